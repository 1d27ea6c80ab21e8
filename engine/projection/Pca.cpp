// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "projection/Pca.h"

#include "core/Assert.h"

#include <Eigen/Eigenvalues>

#include <algorithm>
#include <cmath>
#include <string>

namespace segmenta::engine {

namespace {

using Index = Eigen::Index;

// Centring is done a block of rows at a time so that a million-row input never needs a centred copy.
constexpr Index kBlockRows = 4096;

// Row by row: Eigen's column-wise reductions of a row-major matrix stride through memory.
RowVector columnMeans(const Matrix &x)
{
    RowVector sum = RowVector::Zero(x.cols());
    for (Index i = 0; i < x.rows(); ++i) {
        sum += x.row(i);
    }
    return sum / static_cast<double>(x.rows());
}

} // namespace

Matrix PcaModel::transform(const Matrix &x) const
{
    SEGMENTA_ASSERT(
        x.cols() == mean.cols(), "PcaModel::transform: x has a different column count than the fit");
    Matrix scores(x.rows(), components.rows());
    // Centred block by block: a product whose left side is the unevaluated (x - mean) expression is an
    // order of magnitude slower in Eigen 3.4, and centring all of x at once would copy it. The product is
    // lazy (coefficient-wise) because the inner dimension is a handful of columns, where Eigen's GEMM
    // would only add packing and, with OpenMP, a thread team per block.
    for (Index begin = 0; begin < x.rows(); begin += kBlockRows) {
        const Index blockRows = std::min(kBlockRows, x.rows() - begin);
        const Matrix centred = x.middleRows(begin, blockRows).rowwise() - mean;
        scores.middleRows(begin, blockRows).noalias() = centred.lazyProduct(components.transpose());
    }
    return scores;
}

std::vector<Error> validate(const PcaParams &params, Eigen::Index rows, Eigen::Index columns)
{
    std::vector<Error> errors;
    if (params.componentCount < 1 || params.componentCount > columns) {
        errors.push_back(makeError(ErrorCode::InvalidParameter,
            {"componentCount", std::to_string(params.componentCount), "1.." + std::to_string(columns)}));
    }
    if (rows < 2) {
        errors.push_back(makeError(ErrorCode::TooFewCustomers, {std::to_string(rows), "2"}));
    }
    return errors;
}

Result<PcaModel> fitPca(const Matrix &x, const PcaParams &params, Progress &progress)
{
    if (std::vector<Error> errors = validate(params, x.rows(), x.cols()); !errors.empty()) {
        return std::move(errors.front());
    }
    SEGMENTA_ASSERT(x.allFinite(), "fitPca: x has NaN or infinite entries; the caller must drop them");
    progress.setStage("pca");

    const Index rows = x.rows();
    const Index columns = x.cols();
    const Index componentCount = params.componentCount;

    PcaModel model;
    model.mean = columnMeans(x);

    // Lower triangle of the scatter matrix; the eigensolver reads only that triangle.
    Eigen::MatrixXd covariance = Eigen::MatrixXd::Zero(columns, columns);
    for (Index begin = 0; begin < rows; begin += kBlockRows) {
        const Index blockRows = std::min(kBlockRows, rows - begin);
        const Matrix centred = x.middleRows(begin, blockRows).rowwise() - model.mean;
        covariance.selfadjointView<Eigen::Lower>().rankUpdate(centred.transpose());
    }
    covariance /= static_cast<double>(rows - 1);
    const double totalVariance = covariance.diagonal().sum();
    if (progress.isCancelRequested()) {
        return makeError(ErrorCode::Cancelled);
    }
    progress.setFraction(0.5);

    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(covariance);
    SEGMENTA_ASSERT(solver.info() == Eigen::Success, "fitPca: eigendecomposition of a finite matrix failed");

    // Eigenvalues come in increasing order; take the largest, largest first.
    model.components.resize(componentCount, columns);
    model.explainedVariance.resize(componentCount);
    for (Index c = 0; c < componentCount; ++c) {
        const Index source = columns - 1 - c;
        model.components.row(c) = solver.eigenvectors().col(source).transpose();
        // Rounding can leave a zero eigenvalue slightly negative; a variance cannot be.
        model.explainedVariance[c] = std::max(0.0, solver.eigenvalues()[source]);
    }
    model.explainedVarianceRatio = totalVariance > 0.0 ? Vector(model.explainedVariance / totalVariance)
                                                       : Vector(Vector::Zero(componentCount));

    // scikit-learn's svd_flip(u_based_decision=True): the first score of largest magnitude of each
    // component is made positive, so our axes point the same way as scikit-learn's.
    RowVector largestMagnitude = RowVector::Constant(componentCount, -1.0);
    RowVector signOfLargest = RowVector::Ones(componentCount);
    for (Index begin = 0; begin < rows; begin += kBlockRows) {
        const Index blockRows = std::min(kBlockRows, rows - begin);
        const Matrix centred = x.middleRows(begin, blockRows).rowwise() - model.mean;
        const Matrix scores = centred.lazyProduct(model.components.transpose());
        for (Index i = 0; i < blockRows; ++i) {
            for (Index c = 0; c < componentCount; ++c) {
                if (std::abs(scores(i, c)) > largestMagnitude[c]) {
                    largestMagnitude[c] = std::abs(scores(i, c));
                    signOfLargest[c] = scores(i, c) < 0.0 ? -1.0 : 1.0;
                }
            }
        }
    }
    for (Index c = 0; c < componentCount; ++c) {
        model.components.row(c) *= signOfLargest[c];
    }
    progress.setFraction(1.0);
    return model;
}

} // namespace segmenta::engine
