// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "projection/Tsne.h"

#include "core/Assert.h"
#include "projection/Pca.h"
#include "projection/detail/FftRepulsion.h"
#include "projection/detail/ParallelFor.h"
#include "projection/detail/QuadTree.h"
#include "projection/detail/TsneSimilarities.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numbers>
#include <optional>
#include <random>
#include <string>

namespace segmenta::engine {

namespace {

using Index = Eigen::Index;
using Clock = std::chrono::steady_clock;
using detail::SparseRows;

// Wider inputs are reduced to this many principal components before the neighbour search: the
// neighbourhoods barely change, and the KD-tree stays useful (openTSNE, bhtsne, Rtsne do the same).
constexpr Index kMaxInputDimensions = 50;
// Standard deviation of the first coordinate of the initial layout (openTSNE, scikit-learn): small, so
// that the early exaggeration phase starts from a nearly collapsed map and the gains can grow.
constexpr double kInitialScale = 1e-4;
constexpr double kEarlyMomentum = 0.5;
constexpr double kLateMomentum = 0.8;
// The gains of Jacobs' delta-bar-delta rule as in bhtsne and scikit-learn.
constexpr double kGainIncrease = 0.2;
constexpr double kGainDecay = 0.8;
constexpr double kMinGain = 0.01;
constexpr double kMinAutoLearningRate = 50.0;
// Points per parallel block of the gradient: enough work per block to amortise the hand-out, small
// enough that two threads finish together.
constexpr Index kPointBlock = 256;
// Rows per parallel block of the quadratic normaliser.
constexpr Index kExactBlock = 64;
// openTSNE's max_grad_norm for transform(): a new point far from where its neighbours pull cannot jump.
constexpr double kPlacementMaxGradientNorm = 0.25;
constexpr double kPlacementMomentum = 0.8;

Index neighbourCount(Index rows, double perplexity)
{
    return std::min<Index>(rows - 1, static_cast<Index>(3.0 * perplexity));
}

double automaticLearningRate(Index rows, double earlyExaggeration)
{
    return std::max(static_cast<double>(rows) / earlyExaggeration, kMinAutoLearningRate);
}

/// n x 2 normal coordinates of standard deviation kInitialScale: Box–Muller on the top 53 bits of
/// mt19937_64, so the same seed gives the same start on every platform.
Matrix randomLayout(Index rows, std::uint64_t seed)
{
    std::mt19937_64 generator(seed);
    const auto uniform = [&generator] { return (static_cast<double>(generator() >> 11U) + 0.5) / 0x1p53; };
    Matrix layout(rows, 2);
    for (Index i = 0; i < layout.size(); ++i) {
        const double radius = std::sqrt(-2.0 * std::log(uniform())); // drawn before the angle, in sequence
        layout.data()[i] = kInitialScale * radius * std::cos(2.0 * std::numbers::pi * uniform());
    }
    return layout;
}

/// The first two principal components scaled to kInitialScale; Random when the data has one column or
/// no spread (then PCA gives no second axis or nothing to scale).
Matrix initialLayout(const Matrix &data, const TsneParams &params)
{
    if (params.initialisation == TsneInitialisation::Pca && data.cols() >= 2) {
        NullProgress quiet;
        Result<PcaModel> pca = fitPca(data, PcaParams {2}, quiet);
        SEGMENTA_ASSERT(pca.isOk(), "initialLayout: PCA of validated data failed");
        Matrix layout = pca.value().transform(data);
        // numpy's std (population), as scikit-learn's scaling.
        const double deviation = std::sqrt(layout.col(0).squaredNorm() / static_cast<double>(layout.rows()));
        if (deviation > 0.0 && std::isfinite(deviation)) {
            layout *= kInitialScale / deviation;
            return layout;
        }
    }
    return randomLayout(data.rows(), params.seed);
}

void centre(Matrix &layout)
{
    double sumX = 0.0;
    double sumY = 0.0;
    for (Index i = 0; i < layout.rows(); ++i) {
        sumX += layout(i, 0);
        sumY += layout(i, 1);
    }
    const double rows = static_cast<double>(layout.rows());
    for (Index i = 0; i < layout.rows(); ++i) {
        layout(i, 0) -= sumX / rows;
        layout(i, 1) -= sumY / rows;
    }
}

/// Sum over the non-zeros of P of p log p: the part of KL(P || Q) that does not depend on the layout.
double entropyTerm(const SparseRows &p)
{
    double sum = 0.0;
    for (const double value : p.values) {
        if (value > 0.0) {
            sum += value * std::log(value);
        }
    }
    return sum;
}

/// The t-SNE gradient (openTSNE's convention, without the factor 4) of a layout, and the pieces of the
/// KL divergence, computed per point in parallel and summed in point order, so that the result does not
/// depend on the number of threads. The repulsion is Barnes–Hut's or the FFT interpolation's.
class Gradient
{
public:
    Gradient(const SparseRows &p, double theta, TsneGradientMethod method, int threadCount)
        : m_p(p)
        , m_thetaSquared(theta * theta)
        , m_method(method)
        , m_threadCount(threadCount)
        , m_attraction(static_cast<std::size_t>(2 * (p.rowStart.size() - 1)))
        , m_repulsion(m_attraction.size())
        , m_normaliser(p.rowStart.size() - 1)
        , m_logQ(p.rowStart.size() - 1)
    {
        SEGMENTA_ASSERT(method != TsneGradientMethod::Automatic, "Gradient: resolve Automatic first");
        if (method == TsneGradientMethod::Fft) {
            m_fft.emplace(threadCount);
        }
    }

    /// Fills gradient (n x 2) for P multiplied by exaggeration; returns Z, the normaliser of Q, as
    /// estimated by Barnes–Hut or the FFT. With withLogQ, also keeps sum over P's non-zeros of
    /// p log(1 / (1 + d^2)).
    double evaluate(const Matrix &layout, double exaggeration, bool withLogQ, Matrix &gradient)
    {
        const Index rows = layout.rows();
        const bool barnesHut = m_method == TsneGradientMethod::BarnesHut;
        std::optional<detail::QuadTree> tree;
        if (barnesHut) {
            tree.emplace(layout);
        }
        detail::parallelFor(rows, kPointBlock, m_threadCount, [&](Index begin, Index end) {
            for (Index i = begin; i < end; ++i) {
                const double x = layout(i, 0);
                const double y = layout(i, 1);
                double attractionX = 0.0;
                double attractionY = 0.0;
                double logQ = 0.0;
                for (Index e = m_p.rowStart[static_cast<std::size_t>(i)];
                     e < m_p.rowStart[static_cast<std::size_t>(i + 1)]; ++e) {
                    const Index j = m_p.columns[static_cast<std::size_t>(e)];
                    const double value = m_p.values[static_cast<std::size_t>(e)];
                    const double dx = x - layout(j, 0);
                    const double dy = y - layout(j, 1);
                    const double distanceSquared = dx * dx + dy * dy;
                    const double q = 1.0 / (1.0 + distanceSquared);
                    attractionX += value * q * dx;
                    attractionY += value * q * dy;
                    if (withLogQ) {
                        logQ -= value * std::log1p(distanceSquared);
                    }
                }
                const auto slot = static_cast<std::size_t>(i);
                m_attraction[2 * slot] = attractionX;
                m_attraction[2 * slot + 1] = attractionY;
                m_logQ[slot] = logQ;
                if (barnesHut) {
                    const detail::Repulsion repulsion
                        = tree->repulsion(x, y, static_cast<int>(i), m_thetaSquared);
                    m_repulsion[2 * slot] = repulsion.forceX;
                    m_repulsion[2 * slot + 1] = repulsion.forceY;
                    m_normaliser[slot] = repulsion.normaliser;
                }
            }
        });
        double normaliser = 0.0;
        if (barnesHut) {
            for (const double part : m_normaliser) {
                normaliser += part;
            }
        } else {
            normaliser = m_fft->evaluate(layout, m_fftForceX, m_fftForceY);
            for (std::size_t slot = 0; slot < m_fftForceX.size(); ++slot) {
                m_repulsion[2 * slot] = m_fftForceX[slot];
                m_repulsion[2 * slot + 1] = m_fftForceY[slot];
            }
        }
        if (withLogQ) {
            m_sumLogQ = 0.0;
            for (const double part : m_logQ) {
                m_sumLogQ += part;
            }
        }
        for (Index i = 0; i < rows; ++i) {
            const auto slot = static_cast<std::size_t>(i);
            gradient(i, 0) = exaggeration * m_attraction[2 * slot] - m_repulsion[2 * slot] / normaliser;
            gradient(i, 1)
                = exaggeration * m_attraction[2 * slot + 1] - m_repulsion[2 * slot + 1] / normaliser;
        }
        return normaliser;
    }

    /// Of the last evaluate(…, withLogQ = true): sum of p log(1 / (1 + d^2)) over P's non-zeros.
    double sumLogQ() const { return m_sumLogQ; }

private:
    const SparseRows &m_p;
    double m_thetaSquared;
    TsneGradientMethod m_method;
    int m_threadCount;
    std::vector<double> m_attraction;
    std::vector<double> m_repulsion;
    std::vector<double> m_normaliser;
    std::vector<double> m_logQ;
    std::optional<detail::FftRepulsion> m_fft;
    std::vector<double> m_fftForceX;
    std::vector<double> m_fftForceY;
    double m_sumLogQ = 0.0;
};

/// Z = sum over i != j of 1 / (1 + |y_i - y_j|^2), exactly: rows in parallel, summed in row order.
double exactNormaliser(const Matrix &layout, int threadCount)
{
    const Index rows = layout.rows();
    std::vector<double> rowSums(static_cast<std::size_t>(rows));
    detail::parallelFor(rows, kExactBlock, threadCount, [&](Index begin, Index end) {
        for (Index i = begin; i < end; ++i) {
            const double x = layout(i, 0);
            const double y = layout(i, 1);
            double sum = 0.0;
            for (Index j = 0; j < rows; ++j) {
                const double dx = x - layout(j, 0);
                const double dy = y - layout(j, 1);
                sum += 1.0 / (1.0 + dx * dx + dy * dy);
            }
            rowSums[static_cast<std::size_t>(i)] = sum - 1.0; // j == i adds exactly 1
        }
    });
    double total = 0.0;
    for (const double sum : rowSums) {
        total += sum;
    }
    return total;
}

/// What t-SNE works on when x is wider than kMaxInputDimensions: its first kMaxInputDimensions principal
/// component scores, and the model that maps new points the same way. Empty for narrower x.
struct ReducedInput
{
    std::optional<PcaModel> model;
    Matrix scores;
};

ReducedInput reduceIfWide(const Matrix &x)
{
    ReducedInput reduced;
    if (x.cols() > kMaxInputDimensions) {
        NullProgress quiet;
        Result<PcaModel> pca = fitPca(x, PcaParams {static_cast<int>(kMaxInputDimensions)}, quiet);
        SEGMENTA_ASSERT(pca.isOk(), "reduceIfWide: PCA of validated data failed");
        reduced.model = std::move(pca).value();
        reduced.scores = reduced.model->transform(x);
    }
    return reduced;
}

TsneGradientMethod resolveGradientMethod(TsneGradientMethod requested, Index rows)
{
    if (requested != TsneGradientMethod::Automatic) {
        return requested;
    }
    return rows > kTsneFftThreshold ? TsneGradientMethod::Fft : TsneGradientMethod::BarnesHut;
}

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

} // namespace

std::vector<Error> validate(const TsneParams &params, Eigen::Index rows, Eigen::Index columns)
{
    std::vector<Error> errors;
    const auto invalid = [&errors](const char *name, const std::string &value, const std::string &range) {
        errors.push_back(makeError(ErrorCode::InvalidParameter, {name, value, range}));
    };
    if (columns < 1) {
        invalid("columns", std::to_string(columns), ">= 1");
    }
    if (rows < 4) {
        errors.push_back(makeError(ErrorCode::TooFewCustomers, {std::to_string(rows), "4"}));
    }
    const double largestPerplexity = static_cast<double>(std::max<Eigen::Index>(rows - 1, 0)) / 3.0;
    if (!(params.perplexity >= 1.0) || (rows >= 4 && params.perplexity > largestPerplexity)) {
        invalid("perplexity", std::to_string(params.perplexity),
            "1 <= perplexity <= (rows - 1) / 3 = " + std::to_string(std::max(largestPerplexity, 1.0)));
    }
    if (params.iterations < 1) {
        invalid("iterations", std::to_string(params.iterations), ">= 1");
    }
    if (!(params.earlyExaggeration >= 1.0) || !std::isfinite(params.earlyExaggeration)) {
        invalid("earlyExaggeration", std::to_string(params.earlyExaggeration), ">= 1");
    }
    if (params.earlyExaggerationIterations < 0) {
        invalid("earlyExaggerationIterations", std::to_string(params.earlyExaggerationIterations), ">= 0");
    }
    if (!(params.lateExaggeration >= 1.0) || !std::isfinite(params.lateExaggeration)) {
        invalid("lateExaggeration", std::to_string(params.lateExaggeration), ">= 1");
    }
    if (!(params.learningRate >= 0.0) || !std::isfinite(params.learningRate)) {
        invalid("learningRate", std::to_string(params.learningRate), "> 0, or 0 for automatic");
    }
    if (!(params.theta >= 0.0 && params.theta <= 1.0)) {
        invalid("theta", std::to_string(params.theta), "0..1");
    }
    if (params.threadCount < 0) {
        invalid("threadCount", std::to_string(params.threadCount), ">= 0 (0 = all cores)");
    }
    if (params.placementIterations < 1) {
        invalid("placementIterations", std::to_string(params.placementIterations), ">= 1");
    }
    if (!(params.placementLearningRate > 0.0) || !std::isfinite(params.placementLearningRate)) {
        invalid("placementLearningRate", std::to_string(params.placementLearningRate), "> 0");
    }
    return errors;
}

Result<TsneResult> fitTsne(
    const Matrix &x, const TsneParams &params, Progress &progress, const TsneSnapshot &onSnapshot)
{
    if (std::vector<Error> errors = validate(params, x.rows(), x.cols()); !errors.empty()) {
        return std::move(errors.front());
    }
    SEGMENTA_ASSERT(x.allFinite(), "fitTsne: x has NaN or infinite entries; the caller must drop them");
    const int threadCount = detail::resolveThreadCount(params.threadCount);
    const Index rows = x.rows();
    const Clock::time_point start = Clock::now();
    TsneResult result;

    progress.setStage("tsne.similarities");
    const ReducedInput reduced = reduceIfWide(x);
    const Matrix &data = reduced.model ? reduced.scores : x;
    if (progress.isCancelRequested()) {
        return makeError(ErrorCode::Cancelled);
    }
    const detail::NeighbourLists neighbours = detail::findNeighbours(
        data, data, neighbourCount(rows, params.perplexity), detail::SelfMatch::Exclude, threadCount);
    progress.setFraction(0.8);
    if (progress.isCancelRequested()) {
        return makeError(ErrorCode::Cancelled);
    }
    const SparseRows p = detail::symmetrise(
        detail::conditionalProbabilities(neighbours, rows, params.perplexity, threadCount));
    Matrix layout = initialLayout(data, params);
    progress.setFraction(1.0);
    if (progress.isCancelRequested()) {
        return makeError(ErrorCode::Cancelled);
    }
    result.similaritySeconds = secondsSince(start);

    const Clock::time_point optimisationStart = Clock::now();
    progress.setStage("tsne.optimisation");
    const double learningRate = params.learningRate > 0.0
        ? params.learningRate
        : automaticLearningRate(rows, params.earlyExaggeration);
    const double pLogP = entropyTerm(p);
    result.gradientMethod = resolveGradientMethod(params.gradient, rows);
    Gradient gradient(p, params.theta, result.gradientMethod, threadCount);
    Matrix direction(rows, 2);
    Matrix update = Matrix::Zero(rows, 2);
    Matrix gains = Matrix::Ones(rows, 2);
    for (int iteration = 0; iteration < params.iterations; ++iteration) {
        if (progress.isCancelRequested()) {
            result.cancelled = true;
            break;
        }
        const bool early = iteration < params.earlyExaggerationIterations;
        const double exaggeration = early ? params.earlyExaggeration : params.lateExaggeration;
        const double momentum = early ? kEarlyMomentum : kLateMomentum;
        const bool snapshot = onSnapshot
            && ((iteration + 1) % kTsneSnapshotInterval == 0 || iteration + 1 == params.iterations);
        const double normaliser = gradient.evaluate(layout, exaggeration, snapshot, direction);
        for (Index e = 0; e < layout.size(); ++e) {
            double &gain = gains.data()[e];
            const double slope = direction.data()[e];
            double &step = update.data()[e];
            // Growing while the gradient keeps its sign against the last step, shrinking when it flips.
            gain = (slope > 0.0) != (step > 0.0) ? gain + kGainIncrease : gain * kGainDecay;
            gain = std::max(gain, kMinGain);
            step = momentum * step - learningRate * gain * slope;
            layout.data()[e] += step;
        }
        centre(layout);
        result.iterations = iteration + 1;
        progress.setFraction(static_cast<double>(iteration + 1) / params.iterations);
        if (snapshot) {
            // Of the layout the gradient was taken at, one step behind: an estimate that costs nothing extra.
            onSnapshot(layout, iteration + 1, pLogP - gradient.sumLogQ() + std::log(normaliser));
        }
    }

    progress.setStage("tsne.divergence");
    Matrix unused(rows, 2);
    // Estimated by Barnes–Hut whichever gradient ran, so that klMethod means the same for both.
    std::optional<Gradient> barnesHut;
    if (result.gradientMethod != TsneGradientMethod::BarnesHut) {
        barnesHut.emplace(p, params.theta, TsneGradientMethod::BarnesHut, threadCount);
    }
    Gradient &finalGradient = barnesHut ? *barnesHut : gradient;
    const double estimatedNormaliser = finalGradient.evaluate(layout, 1.0, true, unused);
    if (rows <= kTsneExactKlLimit && !result.cancelled) {
        result.klDivergence
            = pLogP - finalGradient.sumLogQ() + std::log(exactNormaliser(layout, threadCount));
        result.klMethod = KlDivergenceMethod::Exact;
    } else {
        result.klDivergence = pLogP - finalGradient.sumLogQ() + std::log(estimatedNormaliser);
        result.klMethod = KlDivergenceMethod::BarnesHut;
    }
    progress.setFraction(1.0);
    result.layout = std::move(layout);
    result.optimisationSeconds = secondsSince(optimisationStart);
    return result;
}

Result<Matrix> placeIntoTsne(const Matrix &reference, const Matrix &referenceLayout, const Matrix &newPoints,
    const TsneParams &params, Progress &progress)
{
    if (std::vector<Error> errors = validate(params, reference.rows(), reference.cols()); !errors.empty()) {
        return std::move(errors.front());
    }
    SEGMENTA_ASSERT(newPoints.cols() == reference.cols(), "placeIntoTsne: newPoints has other columns");
    SEGMENTA_ASSERT(referenceLayout.rows() == reference.rows() && referenceLayout.cols() == 2,
        "placeIntoTsne: referenceLayout must be reference.rows() x 2");
    SEGMENTA_ASSERT(reference.allFinite() && newPoints.allFinite() && referenceLayout.allFinite(),
        "placeIntoTsne: NaN or infinite entries; the caller must drop them");
    const int threadCount = detail::resolveThreadCount(params.threadCount);
    progress.setStage("tsne.placement");
    const Index added = newPoints.rows();
    if (added == 0) {
        return Matrix(0, 2);
    }

    const ReducedInput reduced = reduceIfWide(reference);
    const Matrix &referenceData = reduced.model ? reduced.scores : reference;
    const Matrix reducedNew = reduced.model ? reduced.model->transform(newPoints) : Matrix();
    const Matrix &newData = reduced.model ? reducedNew : newPoints;
    const Index k = std::min<Index>(reference.rows(), static_cast<Index>(3.0 * params.perplexity));
    const detail::NeighbourLists neighbours
        = detail::findNeighbours(referenceData, newData, k, detail::SelfMatch::Include, threadCount);
    const SparseRows p = detail::conditionalProbabilities(neighbours, added, params.perplexity, threadCount);
    if (progress.isCancelRequested()) {
        return makeError(ErrorCode::Cancelled);
    }

    // Start at the P-weighted mean of the neighbours' positions (openTSNE's "weighted" initialisation).
    Matrix layout = Matrix::Zero(added, 2);
    for (Index i = 0; i < added; ++i) {
        for (Index e = p.rowStart[static_cast<std::size_t>(i)];
             e < p.rowStart[static_cast<std::size_t>(i + 1)]; ++e) {
            layout.row(i) += p.values[static_cast<std::size_t>(e)]
                * referenceLayout.row(p.columns[static_cast<std::size_t>(e)]);
        }
    }

    const detail::QuadTree tree(referenceLayout);
    const double thetaSquared = params.theta * params.theta;
    Matrix update = Matrix::Zero(added, 2);
    Matrix gains = Matrix::Ones(added, 2);
    for (int iteration = 0; iteration < params.placementIterations; ++iteration) {
        if (progress.isCancelRequested()) {
            return makeError(ErrorCode::Cancelled);
        }
        // Each new point descends its own KL(P_i || Q_i): independent of the others, so in parallel.
        detail::parallelFor(added, kPointBlock, threadCount, [&](Index begin, Index end) {
            for (Index i = begin; i < end; ++i) {
                const double x = layout(i, 0);
                const double y = layout(i, 1);
                double slopeX = 0.0;
                double slopeY = 0.0;
                for (Index e = p.rowStart[static_cast<std::size_t>(i)];
                     e < p.rowStart[static_cast<std::size_t>(i + 1)]; ++e) {
                    const Index j = p.columns[static_cast<std::size_t>(e)];
                    const double dx = x - referenceLayout(j, 0);
                    const double dy = y - referenceLayout(j, 1);
                    const double q = 1.0 / (1.0 + dx * dx + dy * dy);
                    slopeX += p.values[static_cast<std::size_t>(e)] * q * dx;
                    slopeY += p.values[static_cast<std::size_t>(e)] * q * dy;
                }
                const detail::Repulsion repulsion = tree.repulsion(x, y, -1, thetaSquared);
                slopeX -= repulsion.forceX / repulsion.normaliser;
                slopeY -= repulsion.forceY / repulsion.normaliser;
                const double norm = std::hypot(slopeX, slopeY);
                if (norm > kPlacementMaxGradientNorm) {
                    slopeX *= kPlacementMaxGradientNorm / norm;
                    slopeY *= kPlacementMaxGradientNorm / norm;
                }
                const double slopes[2] = {slopeX, slopeY};
                for (Index c = 0; c < 2; ++c) {
                    double &gain = gains(i, c);
                    double &step = update(i, c);
                    gain = (slopes[c] > 0.0) != (step > 0.0) ? gain + kGainIncrease : gain * kGainDecay;
                    gain = std::max(gain, kMinGain);
                    step = kPlacementMomentum * step - params.placementLearningRate * gain * slopes[c];
                    layout(i, c) += step;
                }
            }
        });
        progress.setFraction(static_cast<double>(iteration + 1) / params.placementIterations);
    }
    return layout;
}

} // namespace segmenta::engine
