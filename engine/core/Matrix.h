// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include <Eigen/Core>

namespace segmenta::engine {

/// Row-major so that one customer (one row) is contiguous: distance loops read rows.
using Matrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using Vector = Eigen::VectorXd;
using RowVector = Eigen::RowVectorXd;
using IndexVector = Eigen::VectorXi;

} // namespace segmenta::engine
