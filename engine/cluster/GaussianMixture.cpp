// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "cluster/GaussianMixture.h"

#include "cluster/KMeans.h"
#include "cluster/detail/RowChunks.h"
#include "core/Assert.h"

#include <Eigen/Cholesky>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>
#include <string>
#include <system_error>

namespace segmenta::engine {

namespace {

using Index = Eigen::Index;
using detail::RowChunks;

constexpr double logTwoPi = 1.83787706640934548356065947281; // ln(2π)
/// scikit-learn adds 10 machine epsilons to each component's total responsibility, so that a component that
/// lost every row divides by a tiny number instead of zero; the same here keeps the results comparable.
constexpr double responsibilityFloor = 10.0 * std::numeric_limits<double>::epsilon();
/// Per-chunk covariance sums (chunks × k × d × d doubles) stay under this; fewer, larger chunks beyond it.
constexpr double scatterBudgetBytes = 64.0 * 1024.0 * 1024.0;

// Shortest round-trip form, independent of the global locale (the GUI may install a Turkish one).
std::string formatNumber(double value)
{
    std::array<char, 32> buffer {};
    const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    SEGMENTA_ASSERT(error == std::errc(), "to_chars: 32 characters hold any double");
    return std::string(buffer.data(), end);
}

/// Passes the question "cancel?" through, but keeps the inner k-means from renaming the stage or moving the
/// fraction of the mixture's progress bar.
class CancelOnlyProgress final : public Progress
{
public:
    explicit CancelOnlyProgress(Progress &outer)
        : m_outer(outer)
    { }
    void setStage(std::string_view) override { }
    void setFraction(double) override { }
    bool isCancelRequested() const override { return m_outer.isCancelRequested(); }

private:
    Progress &m_outer;
};

/// One mixture's parameters and what the E-step needs of them.
struct Parameters
{
    Vector weights;
    Matrix means;
    std::vector<Matrix> covariances;
    std::vector<Matrix> lowers; ///< Full: Cholesky factor L of each covariance (covariance = L Lᵀ)
    Matrix inverseVariances; ///< Diagonal: k × d, 1 / variance
    Vector logNormalisers; ///< ln w_j − d/2 ln 2π − ½ ln det Σ_j
};

struct StartOutcome
{
    Parameters parameters;
    double logLikelihood = 0.0;
    int iterations = 0;
    bool converged = false;
};

/// Rows up to which the distinct ones are counted: enough to say "fewer than k".
Index countDistinctRows(const Matrix &x)
{
    std::vector<Index> order(static_cast<std::size_t>(x.rows()));
    std::iota(order.begin(), order.end(), Index {0});
    const auto less = [&](Index a, Index b) {
        for (Index c = 0; c < x.cols(); ++c) {
            if (x(a, c) != x(b, c)) {
                return x(a, c) < x(b, c);
            }
        }
        return false;
    };
    std::sort(order.begin(), order.end(), less);
    Index distinct = order.empty() ? 0 : 1;
    for (std::size_t i = 1; i < order.size(); ++i) {
        distinct += less(order[i - 1], order[i]) ? 1 : 0;
    }
    return distinct;
}

/// Fills lowers / inverseVariances and logNormalisers from weights and covariances; the 0-based component
/// whose covariance is not positive definite, if any.
std::optional<int> factorise(Parameters &p, bool full)
{
    const auto k = static_cast<int>(p.weights.size());
    const Index columns = p.means.cols();
    p.lowers.assign(static_cast<std::size_t>(k), Matrix());
    p.inverseVariances.resize(k, columns);
    p.logNormalisers.resize(k);
    for (int j = 0; j < k; ++j) {
        const Matrix &covariance = p.covariances[static_cast<std::size_t>(j)];
        double halfLogDeterminant = 0.0;
        bool positiveDefinite = covariance.allFinite() && p.weights[j] > 0.0;
        if (positiveDefinite && full) {
            Eigen::LLT<Matrix> cholesky(covariance);
            positiveDefinite = cholesky.info() == Eigen::Success;
            if (positiveDefinite) {
                Matrix lower = cholesky.matrixL();
                positiveDefinite = (lower.diagonal().array() > 0.0).all() && lower.allFinite();
                halfLogDeterminant = lower.diagonal().array().log().sum();
                p.lowers[static_cast<std::size_t>(j)] = std::move(lower);
            }
        } else if (positiveDefinite) {
            const Vector variances = covariance.diagonal();
            positiveDefinite = (variances.array() > 0.0).all();
            if (positiveDefinite) {
                p.inverseVariances.row(j) = variances.cwiseInverse().transpose();
                halfLogDeterminant = 0.5 * variances.array().log().sum();
            }
        }
        if (!positiveDefinite || !std::isfinite(halfLogDeterminant)) {
            return j;
        }
        p.logNormalisers[j]
            = std::log(p.weights[j]) - 0.5 * static_cast<double>(columns) * logTwoPi - halfLogDeterminant;
    }
    return std::nullopt;
}

/// E-step: probabilities = responsibilities of each row under `p` (rows × k); returns the log-likelihood
/// summed over rows, per chunk and then over chunks in order.
double expectation(const Matrix &x, const RowChunks &chunks, const Parameters &p, bool full,
    Matrix &probabilities, Vector &chunkLogLikelihood)
{
    const auto k = static_cast<int>(p.weights.size());
    const Index columns = x.cols();
    chunks.forEach([&](Index chunk) {
        std::vector<double> whitened(static_cast<std::size_t>(columns));
        double sum = 0.0;
        for (Index i = chunks.begin(chunk); i < chunks.end(chunk); ++i) {
            const double *row = x.row(i).data();
            double *out = probabilities.row(i).data();
            double largest = -std::numeric_limits<double>::infinity();
            for (int j = 0; j < k; ++j) {
                const double *mean = p.means.row(j).data();
                double mahalanobis = 0.0;
                if (full) {
                    // Forward substitution L y = x − μ, so that yᵀy = (x − μ)ᵀ Σ⁻¹ (x − μ).
                    const Matrix &lower = p.lowers[static_cast<std::size_t>(j)];
                    for (Index a = 0; a < columns; ++a) {
                        const double *lowerRow = lower.row(a).data();
                        double value = row[a] - mean[a];
                        for (Index b = 0; b < a; ++b) {
                            value -= lowerRow[b] * whitened[static_cast<std::size_t>(b)];
                        }
                        value /= lowerRow[a];
                        whitened[static_cast<std::size_t>(a)] = value;
                        mahalanobis += value * value;
                    }
                } else {
                    const double *inverse = p.inverseVariances.row(j).data();
                    for (Index a = 0; a < columns; ++a) {
                        const double difference = row[a] - mean[a];
                        mahalanobis += difference * difference * inverse[a];
                    }
                }
                out[j] = p.logNormalisers[j] - 0.5 * mahalanobis;
                largest = std::max(largest, out[j]);
            }
            // log-sum-exp around the largest term: no underflow to a zero total for far-away rows.
            double total = 0.0;
            for (int j = 0; j < k; ++j) {
                total += std::exp(out[j] - largest);
            }
            const double logDensity = largest + std::log(total);
            for (int j = 0; j < k; ++j) {
                out[j] = std::exp(out[j] - logDensity);
            }
            sum += logDensity;
        }
        chunkLogLikelihood[chunk] = sum;
    });
    double logLikelihood = 0.0;
    for (Index chunk = 0; chunk < chunks.count(); ++chunk) {
        logLikelihood += chunkLogLikelihood[chunk];
    }
    return logLikelihood;
}

class MixtureFit
{
public:
    MixtureFit(const Matrix &x, const GaussianMixtureParams &params, int threadCount)
        : m_x(x)
        , m_params(params)
        , m_rows(x.rows())
        , m_columns(x.cols())
        , m_k(params.componentCount)
        , m_full(params.covariance == CovarianceType::Full)
        , m_threadCount(threadCount)
        , m_chunks(x.rows(), threadCount, maximumChunkCount())
    {
        const Index chunkCount = m_chunks.count();
        m_probabilities.resize(m_rows, m_k);
        m_chunkTotals.resize(chunkCount, m_k);
        m_chunkSums.resize(chunkCount * m_k, m_columns);
        m_chunkScatter.resize(chunkCount * m_k * (m_full ? m_columns : 1), m_columns);
        m_chunkLogLikelihood.resize(chunkCount);
    }

    /// Initialises from k-means and runs EM for start number `start`.
    Result<StartOutcome> runStart(int start, Progress &progress)
    {
        KMeansParams kmeans;
        kmeans.clusterCount = m_k;
        kmeans.initCount = 1;
        kmeans.seed = detail::mixBits(m_params.seed ^ detail::mixBits(static_cast<std::uint64_t>(start)));
        kmeans.threadCount = m_threadCount;
        CancelOnlyProgress quiet(progress);
        Result<KMeansResult> initial = fitKMeans(m_x, kmeans, quiet);
        if (!initial) {
            return initial.error();
        }
        const auto &sizes = initial.value().sizes;
        if (std::find(sizes.begin(), sizes.end(), 0) != sizes.end()) {
            // k-means leaves a segment empty only when there are fewer distinct rows than segments.
            return makeError(ErrorCode::InvalidParameter,
                {"k", std::to_string(m_k),
                    "at most the number of distinct customers (" + std::to_string(countDistinctRows(m_x))
                        + ")"});
        }
        m_probabilities.setZero();
        for (Index i = 0; i < m_rows; ++i) {
            m_probabilities(i, initial.value().labels[i]) = 1.0;
        }

        StartOutcome outcome;
        if (auto problem = maximise(outcome.parameters)) {
            return *problem;
        }
        const double totalSteps = static_cast<double>(m_params.initCount) * m_params.maxIterations;
        double lowerBound = -std::numeric_limits<double>::infinity();
        for (int iteration = 1; iteration <= m_params.maxIterations; ++iteration) {
            if (progress.isCancelRequested()) {
                return makeError(ErrorCode::Cancelled);
            }
            const double mean = expect(outcome.parameters) / static_cast<double>(m_rows);
            if (auto problem = maximise(outcome.parameters)) {
                return *problem;
            }
            const double change = mean - lowerBound;
            lowerBound = mean;
            outcome.iterations = iteration;
            outcome.converged = std::abs(change) < m_params.tolerance;
            const double done = outcome.converged
                ? static_cast<double>(start + 1) * m_params.maxIterations
                : static_cast<double>(start) * m_params.maxIterations + iteration;
            progress.setFraction(done / totalSteps);
            if (outcome.converged) {
                break;
            }
        }
        // The last M-step moved the parameters after the responsibilities were taken: one more E-step makes
        // probabilities, labels and log-likelihood those of the returned parameters (as scikit-learn does).
        outcome.logLikelihood = expect(outcome.parameters);
        return outcome;
    }

    const Matrix &probabilities() const { return m_probabilities; }

private:
    /// Fewer chunks when per-chunk covariance sums would outgrow scatterBudgetBytes (wide data, many k).
    Index maximumChunkCount() const
    {
        const double perChunk = static_cast<double>(m_k) * static_cast<double>(m_columns)
            * static_cast<double>(m_full ? m_columns : 1) * static_cast<double>(sizeof(double));
        return std::clamp<Index>(static_cast<Index>(scatterBudgetBytes / std::max(perChunk, 1.0)), 1, 256);
    }

    double expect(const Parameters &p)
    {
        return expectation(m_x, m_chunks, p, m_full, m_probabilities, m_chunkLogLikelihood);
    }

    /// M-step from the current probabilities (scikit-learn's _estimate_gaussian_parameters); an error when a
    /// covariance is not positive definite.
    std::optional<Error> maximise(Parameters &p)
    {
        // Totals and weighted sums per chunk, then over chunks in order.
        m_chunks.forEach([&](Index chunk) {
            auto totals = m_chunkTotals.row(chunk);
            auto sums = m_chunkSums.middleRows(chunk * m_k, m_k);
            totals.setZero();
            sums.setZero();
            for (Index i = m_chunks.begin(chunk); i < m_chunks.end(chunk); ++i) {
                for (int j = 0; j < m_k; ++j) {
                    const double r = m_probabilities(i, j);
                    totals[j] += r;
                    sums.row(j) += r * m_x.row(i);
                }
            }
        });
        Vector totals = Vector::Zero(m_k);
        Matrix sums = Matrix::Zero(m_k, m_columns);
        for (Index chunk = 0; chunk < m_chunks.count(); ++chunk) {
            totals += m_chunkTotals.row(chunk).transpose();
            sums += m_chunkSums.middleRows(chunk * m_k, m_k);
        }
        totals.array() += responsibilityFloor;
        p.means.resize(m_k, m_columns);
        for (int j = 0; j < m_k; ++j) {
            p.means.row(j) = sums.row(j) / totals[j];
        }

        // Weighted scatter around the new means (Full: lower triangle only).
        const Index block = m_full ? m_columns : 1;
        m_chunks.forEach([&](Index chunk) {
            auto scatter = m_chunkScatter.middleRows(chunk * m_k * block, m_k * block);
            scatter.setZero();
            std::vector<double> difference(static_cast<std::size_t>(m_columns));
            for (Index i = m_chunks.begin(chunk); i < m_chunks.end(chunk); ++i) {
                const double *row = m_x.row(i).data();
                for (int j = 0; j < m_k; ++j) {
                    const double r = m_probabilities(i, j);
                    if (r == 0.0) {
                        continue;
                    }
                    const double *mean = p.means.row(j).data();
                    for (Index a = 0; a < m_columns; ++a) {
                        difference[static_cast<std::size_t>(a)] = row[a] - mean[a];
                    }
                    if (m_full) {
                        for (Index a = 0; a < m_columns; ++a) {
                            const double weighted = r * difference[static_cast<std::size_t>(a)];
                            double *out = scatter.row(j * m_columns + a).data();
                            for (Index b = 0; b <= a; ++b) {
                                out[b] += weighted * difference[static_cast<std::size_t>(b)];
                            }
                        }
                    } else {
                        double *out = scatter.row(j).data();
                        for (Index a = 0; a < m_columns; ++a) {
                            const double value = difference[static_cast<std::size_t>(a)];
                            out[a] += r * value * value;
                        }
                    }
                }
            }
        });
        Matrix scatter = Matrix::Zero(m_k * block, m_columns);
        for (Index chunk = 0; chunk < m_chunks.count(); ++chunk) {
            scatter += m_chunkScatter.middleRows(chunk * m_k * block, m_k * block);
        }

        p.weights = totals / static_cast<double>(m_rows);
        p.covariances.assign(static_cast<std::size_t>(m_k), Matrix());
        for (int j = 0; j < m_k; ++j) {
            Matrix &covariance = p.covariances[static_cast<std::size_t>(j)];
            if (m_full) {
                const Matrix lowerHalf = scatter.middleRows(j * m_columns, m_columns) / totals[j];
                covariance = lowerHalf.selfadjointView<Eigen::Lower>();
            } else {
                covariance = Matrix::Zero(m_columns, m_columns);
                covariance.diagonal() = (scatter.row(j) / totals[j]).transpose();
            }
            covariance.diagonal().array() += m_params.covarianceRegularization;
        }
        if (const std::optional<int> singular = factorise(p, m_full)) {
            return makeError(ErrorCode::InvalidParameter,
                {"covarianceRegularization", formatNumber(m_params.covarianceRegularization),
                    "larger: the customers of segment " + std::to_string(*singular + 1)
                        + " lie on a line or plane (a singular covariance), so its density is undefined; "
                          "or choose fewer segments or fewer, less related columns"});
        }
        return std::nullopt;
    }

    const Matrix &m_x;
    const GaussianMixtureParams &m_params;
    Index m_rows;
    Index m_columns;
    int m_k;
    bool m_full;
    int m_threadCount;
    RowChunks m_chunks;
    Matrix m_probabilities; // rows × k
    Matrix m_chunkTotals; // chunk × k
    Matrix m_chunkSums; // (chunk · k + j) × columns
    Matrix m_chunkScatter; // Full: (chunk · k · d + j · d + a) × d; Diagonal: (chunk · k + j) × d
    Vector m_chunkLogLikelihood;
};

} // namespace

int gaussianMixtureParameterCount(int componentCount, Eigen::Index columns, CovarianceType covariance)
{
    const auto k = static_cast<std::int64_t>(componentCount);
    const auto d = static_cast<std::int64_t>(columns);
    const std::int64_t covarianceParameters
        = covariance == CovarianceType::Full ? k * d * (d + 1) / 2 : k * d;
    return static_cast<int>(covarianceParameters + k * d + k - 1);
}

double bayesianInformationCriterion(double logLikelihood, int parameterCount, Eigen::Index rows)
{
    return -2.0 * logLikelihood + static_cast<double>(parameterCount) * std::log(static_cast<double>(rows));
}

Result<double> gaussianMixtureLogLikelihood(const Matrix &x, const Vector &weights, const Matrix &means,
    const std::vector<Matrix> &covariances, int threadCount)
{
    const auto k = weights.size();
    SEGMENTA_ASSERT(k >= 1 && means.rows() == k && static_cast<Index>(covariances.size()) == k
            && means.cols() == x.cols(),
        "gaussianMixtureLogLikelihood: weights, means and covariances must describe the same k components");
    Parameters p;
    p.weights = weights;
    p.means = means;
    p.covariances = covariances;
    if (const std::optional<int> singular = factorise(p, true)) {
        return makeError(ErrorCode::InvalidParameter,
            {"covariances", "not positive definite for component " + std::to_string(*singular + 1),
                "symmetric positive definite matrices and positive weights"});
    }
    const RowChunks chunks(x.rows(), detail::resolveThreadCount(threadCount));
    Matrix probabilities(x.rows(), k);
    Vector chunkLogLikelihood(chunks.count());
    return expectation(x, chunks, p, true, probabilities, chunkLogLikelihood);
}

std::vector<Error> validate(const GaussianMixtureParams &params, Eigen::Index rows, Eigen::Index columns)
{
    std::vector<Error> errors;
    const auto invalid = [&errors](const char *field, const std::string &value, const char *allowed) {
        errors.push_back(makeError(ErrorCode::InvalidParameter, {field, value, allowed}));
    };
    if (params.componentCount < 1) {
        invalid("componentCount", std::to_string(params.componentCount), ">= 1");
    }
    if (params.initCount < 1) {
        invalid("initCount", std::to_string(params.initCount), ">= 1");
    }
    if (params.maxIterations < 1) {
        invalid("maxIterations", std::to_string(params.maxIterations), ">= 1");
    }
    if (!std::isfinite(params.tolerance) || params.tolerance < 0.0) {
        invalid("tolerance", formatNumber(params.tolerance), ">= 0, finite");
    }
    if (!std::isfinite(params.covarianceRegularization) || params.covarianceRegularization < 0.0) {
        invalid("covarianceRegularization", formatNumber(params.covarianceRegularization), ">= 0, finite");
    }
    if (params.threadCount < 0) {
        invalid("threadCount", std::to_string(params.threadCount), ">= 0 (0 = all cores)");
    }
    if (columns < 1) {
        invalid("columns", std::to_string(columns), ">= 1");
    }
    if (params.componentCount >= 1 && rows < params.componentCount) {
        errors.push_back(makeError(
            ErrorCode::TooFewCustomers, {std::to_string(rows), std::to_string(params.componentCount)}));
    }
    return errors;
}

Result<GaussianMixtureResult> fitGaussianMixture(
    const Matrix &x, const GaussianMixtureParams &params, Progress &progress)
{
    if (std::vector<Error> errors = validate(params, x.rows(), x.cols()); !errors.empty()) {
        return std::move(errors.front());
    }
    if (!x.allFinite()) {
        for (Index i = 0; i < x.rows(); ++i) {
            for (Index c = 0; c < x.cols(); ++c) {
                if (!std::isfinite(x(i, c))) {
                    return makeError(ErrorCode::InvalidParameter,
                        {"data",
                            "not a finite number in row " + std::to_string(i + 1) + ", column "
                                + std::to_string(c + 1),
                            "a finite number in every row and column (leave out or fill in missing values)"});
                }
            }
        }
    }

    progress.setStage("gmm");
    const int k = params.componentCount;
    MixtureFit fit(x, params, detail::resolveThreadCount(params.threadCount));
    std::optional<StartOutcome> best;
    Matrix bestProbabilities;
    for (int start = 0; start < params.initCount; ++start) {
        Result<StartOutcome> outcome = fit.runStart(start, progress);
        if (!outcome) {
            return outcome.error();
        }
        // Strictly higher, so that equal log-likelihoods keep the earlier start whatever the rounding.
        if (!best || outcome.value().logLikelihood > best->logLikelihood) {
            best = std::move(outcome).value();
            bestProbabilities = fit.probabilities();
        }
    }

    GaussianMixtureResult result;
    result.labels.resize(x.rows());
    for (Index i = 0; i < x.rows(); ++i) {
        Index largest = 0;
        bestProbabilities.row(i).maxCoeff(&largest); // ties: the first, i.e. the lower label
        result.labels[i] = static_cast<int>(largest);
    }
    const std::vector<int> order = detail::relabelBySize(result.labels, k, result.sizes);
    const Parameters &found = best->parameters;
    result.weights.resize(k);
    result.means.resize(k, x.cols());
    result.probabilities.resize(x.rows(), k);
    for (int j = 0; j < k; ++j) {
        const int old = order[static_cast<std::size_t>(j)];
        result.weights[j] = found.weights[old];
        result.means.row(j) = found.means.row(old);
        result.covariances.push_back(found.covariances[static_cast<std::size_t>(old)]);
        result.probabilities.col(j) = bestProbabilities.col(old);
    }
    result.logLikelihood = best->logLikelihood;
    result.parameterCount = gaussianMixtureParameterCount(k, x.cols(), params.covariance);
    result.bic = bayesianInformationCriterion(result.logLikelihood, result.parameterCount, x.rows());
    result.iterations = best->iterations;
    result.converged = best->converged;
    progress.setFraction(1.0);
    return result;
}

} // namespace segmenta::engine
