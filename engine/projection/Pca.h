// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Error.h"
#include "core/Matrix.h"
#include "core/Progress.h"
#include "core/Result.h"

#include <vector>

namespace segmenta::engine {

/// What principal component analysis is asked to keep.
struct PcaParams
{
    int componentCount = 2; ///< principal components kept, 1..columns of the data
};

/// A fitted PCA: the learned axes and how much of the variance each explains. Matches scikit-learn 1.2's
/// PCA(svd_solver="full") including the signs of the components.
struct PcaModel
{
    RowVector mean; ///< column means of the fitted data (1 x columns)
    /// componentCount x columns; orthonormal rows, by decreasing explained variance. Sign convention of
    /// scikit-learn 1.2 (svd_flip, u_based_decision): in each component's scores on the fitted data, the
    /// score of largest absolute value (the first such row on ties) is positive.
    Matrix components;
    Vector explainedVariance; ///< per component: variance of its scores, n - 1 denominator (as scikit-learn)
    Vector explainedVarianceRatio; ///< per component: its share of the total variance of the data, 0..1

    /// Projects rows onto the components.
    /// Requires: x.cols() == mean.cols().
    /// Ensures: returns (x - mean) * components^T, x.rows() x componentCount.
    Matrix transform(const Matrix &x) const;
};

/// Checks params against the shape of the data before any work.
/// Errors: ErrorCode::InvalidParameter with args {"componentCount", value, "1..columns"} when
/// componentCount is outside 1..columns (so a single-column data set cannot give a 2-D map);
/// ErrorCode::TooFewCustomers with args {rows, 2} when there are fewer than 2 rows.
std::vector<Error> validate(const PcaParams &params, Eigen::Index rows, Eigen::Index columns);

/// Fits PCA exactly, by eigendecomposition of the columns x columns covariance matrix, which suits the
/// few criteria columns of a segmentation (any number of rows).
/// Requires: every entry of x is finite.
/// Ensures: components are unit rows, mutually orthogonal, with explainedVariance non-increasing.
/// Reports stage "pca"; checks for cancel between its steps.
/// Errors: the first error of validate(); ErrorCode::Cancelled when progress asked to stop.
Result<PcaModel> fitPca(const Matrix &x, const PcaParams &params, Progress &progress);

} // namespace segmenta::engine
