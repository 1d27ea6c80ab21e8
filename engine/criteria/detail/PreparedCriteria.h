// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "criteria/CriteriaMatrix.h"

#include <cstdint>
#include <string>
#include <vector>

namespace segmenta::engine::detail {

/// One variable read, cleaned and transformed on the customers used: what both the matrix and the
/// preview are made of.
struct PreparedVariable
{
    const CriteriaVariable *variable = nullptr;
    CriteriaFamily family = CriteriaFamily::Other;
    VariableMissing missing;
    bool isCategorical = false;
    std::vector<double> values; ///< numeric-like: per used customer, own units, imputed values included
    std::vector<double> transformed; ///< numeric-like: `values` after the transform, before the weight
    std::vector<std::string> levels; ///< categorical: most frequent first, ties by text
    std::vector<std::int64_t> levelCounts; ///< per level, among the customers used
    std::vector<int> levelOf; ///< categorical: per used customer, index into `levels`
    double levelScale = 0.0; ///< categorical: s = w / sqrt(Σ p(1 − p))
};

struct PreparedCriteria
{
    std::vector<PreparedVariable> variables; ///< weight above 0, in set order
    std::vector<std::int64_t> customerRows; ///< used customers
    std::int64_t customerCount = 0;
    std::int64_t droppedCount = 0;
    std::int64_t analysisDay = 0;
};

/// Errors: as buildCriteriaMatrix.
Result<PreparedCriteria> prepareCriteria(
    const CriteriaSet &set, const CriteriaTable &table, Progress &progress);

/// The level's text of a missing categorical value under the "category" policy.
inline constexpr const char *missingLevel = "(missing)";

/// Linear-interpolation quantile (NumPy's default) of sorted values. Requires: sorted is not empty.
double sortedQuantile(const std::vector<double> &sorted, double q);

} // namespace segmenta::engine::detail
