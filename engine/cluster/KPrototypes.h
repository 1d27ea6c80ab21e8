// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Error.h"
#include "core/Matrix.h"
#include "core/Progress.h"
#include "core/Result.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace segmenta::engine {

/// Categorical values coded as integers 0, 1, 2, … per column; one row per customer.
using CategoryMatrix = Eigen::Matrix<int, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// What k-prototypes (Huang 1997/1998) is asked to do.
struct KPrototypesParams
{
    int clusterCount = 4; ///< k, >= 1
    int initCount = 10; ///< independent starts, >= 1; the one with the lowest cost wins
    int maxIterations = 100; ///< assignment + update rounds per start, >= 1
    /// Weight of one categorical mismatch against squared Euclidean units, >= 0. Empty: Huang's default as
    /// the `kmodes` package computes it, 0.5 × the mean over numeric columns of their population standard
    /// deviation (1 when there is no numeric column).
    std::optional<double> gamma;
    std::uint64_t seed = 0; ///< same seed and data give the identical result, whatever threadCount is
    int threadCount = 0; ///< worker threads, >= 0; 0 = std::thread::hardware_concurrency()
};

/// What k-prototypes found. Labels are renumbered by segment size, as k-means does.
struct KPrototypesResult
{
    IndexVector
        labels; ///< per row, 0..k-1; 0 = the largest segment (ties: the one whose first row comes first)
    Matrix numericCentroids; ///< k × numeric columns: the mean of each segment's numeric values
    CategoryMatrix categoricalModes; ///< k × categorical columns: each segment's most frequent code (ties
                                     ///< keep the earlier mode)
    std::vector<std::int64_t> sizes; ///< rows per label, non-increasing
    /// Sum over rows of squared Euclidean distance to the numeric centroid + gamma × categorical mismatches.
    double cost = 0.0;
    double gamma = 0.0; ///< the weight used (given, or Huang's default)
    int iterations = 0; ///< rounds run by the winning start
    bool converged = false; ///< the winning start stopped because no label changed
    /// Cost of the winning start after each assignment step; never increases.
    std::vector<double> costHistory;
};

/// Huang's default weight: 0.5 × mean over columns of the population standard deviation (1 without columns).
double defaultKPrototypesGamma(const Matrix &numeric);

/// Checks params against the data's shape before any work.
/// Errors: InvalidParameter {field, value, allowed range} (also "columns" when there is no column at all and
/// "rows" when numeric and categorical disagree on the row count); TooFewCustomers {rows, k}.
std::vector<Error> validate(const KPrototypesParams &params, Eigen::Index rows, Eigen::Index numericColumns,
    Eigen::Index categoricalColumns, Eigen::Index categoricalRows);

/// Partitions rows described by numeric columns (already scaled by the caller, e.g. z-scores) and categorical
/// codes into params.clusterCount segments minimising the k-prototypes cost. Each start takes Huang's
/// initialisation: k distinct rows drawn at random (seeded) as the first prototypes; then batch rounds of
/// "assign each row to its nearest prototype" (rows in parallel) and "prototype = mean of numeric values,
/// mode of each categorical column" until no label changes. An empty segment keeps its prototype.
/// Requires nothing of the values: NaN/inf and negative codes are reported as errors.
/// Ensures: the result is a pure function of (data, params without threadCount).
/// Reports stage "kprototypes" and its fraction after each round; checks for cancel there.
/// Errors: those of validate(); InvalidParameter {"values", "NaN or infinite", "finite numbers"} or
/// {"categories", code, ">= 0"}; InvalidParameter {"k", k, "at most the number of distinct rows (d)"};
/// Cancelled.
Result<KPrototypesResult> fitKPrototypes(const Matrix &numeric, const CategoryMatrix &categorical,
    const KPrototypesParams &params, Progress &progress);

} // namespace segmenta::engine
