// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "cluster/KPrototypes.h"
#include "core/Matrix.h"
#include "core/Result.h"

#include <vector>

namespace segmenta::engine {

/// Gower's (1971) dissimilarity of every pair of rows, described by numeric columns (NaN = missing) and
/// categorical codes (-1 = missing): the mean over the variables both rows have of |a − b| / range (numeric,
/// range over the non-missing values) or 0/1 mismatch (categorical). Pairs with no variable in common are
/// an error. Returns the symmetric n × n matrix with a zero diagonal.
/// Errors: InvalidParameter {"columns", index, "a column with at least two distinct values"} for a numeric
/// column whose range is 0 (or that is all missing); InvalidParameter {"rows", "i, j", "…"} for a pair with
/// no variable in common; InvalidParameter {"values", "infinite", …}.
Result<Matrix> gowerDissimilarity(const Matrix &numeric, const CategoryMatrix &categorical);

/// The range of each numeric column (over its non-missing values), Gower's scale; the errors of
/// gowerDissimilarity for constant, all-missing or infinite columns.
Result<std::vector<double>> gowerRanges(const Matrix &numeric);

/// Gower's dissimilarity of rows i and j with the given ranges; NaN when they share no variable.
double gowerPair(const Matrix &numeric, const CategoryMatrix &categorical, const std::vector<double> &ranges,
    Eigen::Index i, Eigen::Index j);

} // namespace segmenta::engine
