// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "criteria/CriteriaMatrix.h"

#include <cstdint>
#include <string>
#include <vector>

namespace segmenta::engine {

/// Counts of values in equal-width bins: bin i holds edges[i] <= x < edges[i + 1], the last bin also its
/// right edge. Empty when there are no values; one bin [v, v] when all values are equal.
struct Histogram
{
    std::vector<double> edges; ///< counts.size() + 1 ascending values
    std::vector<std::int64_t> counts;
};

/// A level of a categorical variable among the customers used.
struct LevelCount
{
    std::string level; ///< the text, or "(missing)"
    std::int64_t count = 0;
    double share = 0.0; ///< count / customers used
};

/// One variable as an editor draws it.
struct VariablePreview
{
    CriteriaVariable variable; ///< as in the set
    CriteriaFamily family = CriteriaFamily::Other; ///< the variable's, or its column's when it has none
    VariableMissing missing; ///< missing-value counts and what was done
    /// Numeric-like variables: the customers used, before the transform (own units, imputed values
    /// included) and after it (before the weight). Empty for categorical variables.
    Histogram before;
    Histogram after;
    double mean = 0.0; ///< of the values before the transform
    double standardDeviation = 0.0; ///< population, before the transform
    double minimum = 0.0;
    double maximum = 0.0;
    std::vector<LevelCount> levels; ///< categorical: most frequent first (ties by text)
    std::vector<std::string> matrixColumns; ///< labels of the matrix columns this variable gives
};

/// Two variables so alike that together they weigh their common trait twice.
struct CorrelationWarning
{
    std::string first; ///< variable names
    std::string second;
    double correlation = 0.0; ///< Pearson r of the transformed values
    std::string message; ///< English, e.g. "Frequency and Monetary are almost the same (r = 0.95): …"
};

/// What a criteria set gives on the project's customers, before anything is run.
struct CriteriaPreview
{
    std::vector<VariablePreview> variables; ///< one per variable of weight above 0, in set order
    /// Pearson correlation of the transformed numeric-like variables (categoricals are left out: their
    /// levels are correlated by construction). correlationLabels[i] names row and column i; a constant
    /// variable correlates 0 with every other.
    std::vector<std::string> correlationLabels;
    Matrix correlation;
    std::vector<CorrelationWarning> warnings; ///< pairs with |r| > correlationWarningThreshold
    std::int64_t customerCount = 0;
    std::int64_t usedCount = 0;
    std::int64_t droppedCount = 0;
    std::int64_t matrixColumnCount = 0; ///< columns the clustering will see (levels counted)
    /// The "today" date variables count days to (days since 1970-01-01): the set's analysisDay, or the day
    /// after the latest date among its date variables; 0 when it has none (and no analysisDay).
    std::int64_t analysisDay = 0;
};

/// |r| above which two variables are reported as near duplicates.
constexpr double correlationWarningThreshold = 0.9;

struct CriteriaPreviewParams
{
    int binCount = 20; ///< histogram bins, 1..200
};

/// The preview: the matrix (as buildCriteriaMatrix), histograms, level counts and correlations.
/// Errors: those of buildCriteriaMatrix; InvalidParameter for the bin count.
Result<CriteriaPreview> previewCriteria(const CriteriaSet &set, const CriteriaTable &table,
    const CriteriaPreviewParams &params, Progress &progress);

} // namespace segmenta::engine
