// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Error.h"
#include "core/Matrix.h"
#include "core/Progress.h"
#include "core/Result.h"

#include <cstdint>
#include <vector>

namespace segmenta::engine {

/// The shape each component's covariance may take.
enum class CovarianceType
{
    Full, ///< any symmetric positive definite matrix: segments may be tilted ellipsoids
    Diagonal, ///< one variance per column: axis-aligned ellipsoids, d parameters per segment instead of
              ///< d(d+1)/2
};

/// What the Gaussian mixture is asked to do. Defaults follow scikit-learn's GaussianMixture (max_iter 100,
/// tol 1e-3, reg_covar 1e-6, k-means initialisation) so that results can be compared with it.
struct GaussianMixtureParams
{
    int componentCount = 4; ///< k: number of segments (mixture components), >= 1
    CovarianceType covariance = CovarianceType::Full;
    /// Independent starts, >= 1; each starts from its own k-means fit (one k-means++ seeding + Lloyd), and
    /// the start with the highest log-likelihood wins.
    int initCount = 1;
    int maxIterations = 100; ///< EM iterations per start, >= 1
    /// Convergence, >= 0: a start stops when the mean log-likelihood per row (the lower bound EM raises)
    /// changed by less than this between two iterations, scikit-learn's tol.
    double tolerance = 1e-3;
    /// Added to the diagonal of every covariance, >= 0, in squared units of x (scikit-learn's reg_covar):
    /// keeps covariances positive definite when a segment's rows lie on a line or plane.
    double covarianceRegularization = 1e-6;
    std::uint64_t seed = 0; ///< same seed and data give the identical result, whatever threadCount is
    int threadCount = 0; ///< worker threads, >= 0; 0 = std::thread::hardware_concurrency()
};

/// What the mixture found. Components are renumbered by the size of their hard segment, as k-means does.
struct GaussianMixtureResult
{
    Vector weights; ///< k mixing proportions, each > 0, summing to 1
    Matrix means; ///< k x columns, in the units of x, row j for label j
    /// k matrices of columns x columns (Diagonal: zero off the diagonal), regularisation included.
    std::vector<Matrix> covariances;
    /// rows x k: probability that row i belongs to component j given the fitted mixture (each row sums to 1).
    Matrix probabilities;
    /// Per row, the component with the highest probability (ties: the lower label before renumbering),
    /// 0..k-1, ordered by size (0 = largest; equal sizes: the label whose first row comes first is lower).
    IndexVector labels;
    /// Rows per label, non-increasing. A component can own no row outright (size 0) while still holding
    /// probability mass.
    std::vector<std::int64_t> sizes;
    /// Sum over rows of log p(x_i) under the returned parameters (scikit-learn: score(X) * rows).
    double logLikelihood = 0.0;
    /// Bayesian information criterion, scikit-learn's bic(): -2 logLikelihood + parameterCount ln(rows);
    /// lower is better.
    double bic = 0.0;
    int parameterCount = 0; ///< free parameters: means, covariances and k - 1 weights
    int iterations = 0; ///< EM iterations run by the winning start
    bool converged = false; ///< the winning start met the tolerance within maxIterations
};

/// Free parameters of a mixture, scikit-learn's _n_parameters(): k·d means + k·d (Diagonal) or k·d(d+1)/2
/// (Full) covariance entries + k − 1 weights.
int gaussianMixtureParameterCount(int componentCount, Eigen::Index columns, CovarianceType covariance);

/// scikit-learn's bic(): −2·logLikelihood + parameterCount·ln(rows).
double bayesianInformationCriterion(double logLikelihood, int parameterCount, Eigen::Index rows);

/// Log-likelihood of the rows of x (summed) under a given mixture, e.g. one fitted elsewhere, with the same
/// arithmetic as fitGaussianMixture's E-step; scikit-learn's score(X) · rows for its parameters. A diagonal
/// mixture passes its covariances as diagonal matrices.
/// Requires: weights (k), means (k × columns of x) and k covariances (columns × columns) describe the same
/// k >= 1 components.
/// Errors: InvalidParameter {"covariances", …} when a covariance is not positive definite or a weight is not
/// positive.
Result<double> gaussianMixtureLogLikelihood(const Matrix &x, const Vector &weights, const Matrix &means,
    const std::vector<Matrix> &covariances, int threadCount = 0);

/// Checks params against the shape of the data before any work; the UI uses it to explain why Run is
/// disabled.
/// Ensures: empty when fitGaussianMixture(x, params, …) with finite x of this shape can start.
/// Errors: ErrorCode::InvalidParameter with args {field name, value, allowed range} for each field out of
/// range (and for columns == 0, named "columns"); ErrorCode::TooFewCustomers with args {rows, k} when there
/// are fewer rows than components.
std::vector<Error> validate(const GaussianMixtureParams &params, Eigen::Index rows, Eigen::Index columns);

/// Fits a mixture of params.componentCount Gaussians to the rows of x by expectation-maximisation, as
/// scikit-learn's GaussianMixture(init_params="kmeans"): each start takes the responsibilities of a k-means
/// fit (one greedy k-means++ seeding, then Lloyd), then alternates the E-step (responsibilities in log space
/// with log-sum-exp) and the M-step (weights, means, covariances + regularisation) until the mean
/// log-likelihood changes by less than the tolerance. The start with the highest log-likelihood wins; a final
/// E-step with its parameters gives the probabilities, labels and log-likelihood.
/// Requires: nothing of x beyond validate(); NaN and infinity are reported, not asserted.
/// Ensures: on success the result is a pure function of (x, params without threadCount).
/// Reports stage "gmm" and its fraction after each EM iteration; checks for cancel there and inside the
/// k-means initialisation.
/// Errors: the first error of validate(); InvalidParameter {"data", "not a finite number in row r, column c",
/// …} for NaN or infinity; InvalidParameter {"k", k, "at most the number of distinct rows (d)"} when x has
/// fewer than k distinct rows; InvalidParameter {"covarianceRegularization", value, …} when a component's
/// covariance is singular (its rows lie on a lower-dimensional subspace) despite the regularisation;
/// ErrorCode::Cancelled when progress asked to stop.
Result<GaussianMixtureResult> fitGaussianMixture(
    const Matrix &x, const GaussianMixtureParams &params, Progress &progress);

} // namespace segmenta::engine
