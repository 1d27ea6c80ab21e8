// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Matrix.h"

#include <cstdint>
#include <vector>

namespace segmenta::engine {

/// Chosen numeric columns of the customers that have a value in every one of them.
struct NumericMatrix
{
    Matrix values; ///< one row per kept customer, one column per chosen column, original units
    std::vector<std::int64_t> customerRows; ///< 0-based customer position of each matrix row
    std::int64_t droppedCustomers = 0; ///< customers skipped for a missing value
};

/// Column-wise standardisation as scikit-learn's StandardScaler: (x - mean) / population s.d.;
/// a constant column gets scale 1 so it becomes all zeros instead of NaN.
struct ZScoreScaler
{
    RowVector mean;
    RowVector scale;
    Matrix apply(const Matrix &x) const;
    Matrix invert(const Matrix &scaled) const;
};

/// Requires: x has at least one row.
ZScoreScaler fitZScore(const Matrix &x);

} // namespace segmenta::engine
