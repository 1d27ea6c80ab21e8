// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "projection/Tsne.h"
#include "projection/detail/TsneSimilarities.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <numbers>
#include <numeric>
#include <random>
#include <string>
#include <vector>

using namespace segmenta::engine;

namespace {

using Index = Eigen::Index;

/// Gaussian blobs: `blobs` centres uniform in [-spread, spread]^columns, unit standard deviation around
/// them, rows assigned round-robin (the generator of tests/reference/make_tsne_blobs.py, which writes the
/// same numbers: Box–Muller on the top 53 bits of mt19937_64).
struct Blobs
{
    Matrix x;
    std::vector<int> labels;
};

Blobs makeBlobs(Index rows, Index columns, int blobs, double spread, std::uint64_t seed)
{
    std::mt19937_64 generator(seed);
    const auto uniform = [&generator] { return (static_cast<double>(generator() >> 11U) + 0.5) / 0x1p53; };
    Matrix centres(blobs, columns);
    for (Index i = 0; i < centres.size(); ++i) {
        centres.data()[i] = spread * (2.0 * uniform() - 1.0);
    }
    Blobs result {Matrix(rows, columns), std::vector<int>(static_cast<std::size_t>(rows))};
    for (Index i = 0; i < rows; ++i) {
        const int label = static_cast<int>(i % blobs);
        result.labels[static_cast<std::size_t>(i)] = label;
        for (Index j = 0; j < columns; ++j) {
            const double radius = std::sqrt(-2.0 * std::log(uniform())); // drawn first, then the angle
            const double normal = radius * std::cos(2.0 * std::numbers::pi * uniform());
            result.x(i, j) = centres(label, j) + normal;
        }
    }
    return result;
}

std::vector<std::vector<double>> squaredDistances(const Matrix &x)
{
    const Index n = x.rows();
    std::vector<std::vector<double>> d(
        static_cast<std::size_t>(n), std::vector<double>(static_cast<std::size_t>(n)));
    for (Index i = 0; i < n; ++i) {
        for (Index j = 0; j < n; ++j) {
            d[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)] = (x.row(i) - x.row(j)).squaredNorm();
        }
    }
    return d;
}

/// Indices of all other rows, nearest first (ties by index, as a stable argsort).
std::vector<std::vector<int>> neighbourOrder(const Matrix &x)
{
    const auto d = squaredDistances(x);
    const auto n = static_cast<int>(x.rows());
    std::vector<std::vector<int>> order(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        std::vector<int> &row = order[static_cast<std::size_t>(i)];
        for (int j = 0; j < n; ++j) {
            if (j != i) {
                row.push_back(j);
            }
        }
        std::stable_sort(row.begin(), row.end(), [&](int a, int b) {
            return d[static_cast<std::size_t>(i)][static_cast<std::size_t>(a)]
                < d[static_cast<std::size_t>(i)][static_cast<std::size_t>(b)];
        });
    }
    return order;
}

/// scikit-learn's sklearn.manifold.trustworthiness (Venna & Kaski): 1 - 2 / (n k (2n - 3k - 1)) times the
/// sum, over each point's k nearest neighbours in the layout, of how far beyond k they rank in the input.
double trustworthiness(const Matrix &input, const Matrix &layout, int k)
{
    const auto n = static_cast<int>(input.rows());
    const auto inputOrder = neighbourOrder(input);
    const auto layoutOrder = neighbourOrder(layout);
    double penalty = 0.0;
    for (int i = 0; i < n; ++i) {
        std::vector<int> rank(static_cast<std::size_t>(n), 0);
        for (int r = 0; r < n - 1; ++r) {
            rank[static_cast<std::size_t>(
                inputOrder[static_cast<std::size_t>(i)][static_cast<std::size_t>(r)])]
                = r + 1;
        }
        for (int r = 0; r < k; ++r) {
            const int j = layoutOrder[static_cast<std::size_t>(i)][static_cast<std::size_t>(r)];
            penalty += std::max(0, rank[static_cast<std::size_t>(j)] - k);
        }
    }
    return 1.0 - penalty * 2.0 / (static_cast<double>(n) * k * (2.0 * n - 3.0 * k - 1.0));
}

/// Share of points whose k nearest neighbours in the layout mostly carry their own label.
double knnLabelAgreement(const Matrix &layout, const std::vector<int> &labels, int k)
{
    const auto order = neighbourOrder(layout);
    int agreeing = 0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        int same = 0;
        for (int r = 0; r < k; ++r) {
            same += labels[static_cast<std::size_t>(order[i][static_cast<std::size_t>(r)])] == labels[i] ? 1
                                                                                                         : 0;
        }
        agreeing += 2 * same > k ? 1 : 0;
    }
    return static_cast<double>(agreeing) / static_cast<double>(labels.size());
}

/// Cancels once the optimisation has reported the given fraction.
class CancelAt final : public Progress
{
public:
    explicit CancelAt(double fraction)
        : m_fraction(fraction)
    { }
    void setStage(std::string_view key) override { m_optimising = key == "tsne.optimisation"; }
    void setFraction(double fraction) override
    {
        if (m_optimising && fraction >= m_fraction) {
            m_cancel = true;
        }
    }
    bool isCancelRequested() const override { return m_cancel; }

private:
    double m_fraction;
    bool m_optimising = false;
    bool m_cancel = false;
};

double readReferenceNumber(const std::string &name)
{
    std::ifstream file(std::string(SEGMENTA_REFERENCE_DIR) + "/" + name);
    EXPECT_TRUE(file) << "missing " << name << " under " SEGMENTA_REFERENCE_DIR;
    double value = 0.0;
    file >> value;
    return value;
}

} // namespace

// 5 blobs x 200 points in 10-D, centres in [-8, 8]^10: well separated in the input, so a good map keeps
// them apart and keeps local neighbourhoods.
TEST(Tsne, SeparatesBlobsAndKeepsNeighbourhoods)
{
    const Blobs blobs = makeBlobs(1000, 10, 5, 8.0, 7);
    // The data make_tsne_blobs.py regenerated in Python (it prints these).
    ASSERT_DOUBLE_EQ(blobs.x(0, 0), 2.3489293783919374);
    ASSERT_DOUBLE_EQ(blobs.x(0, 2), -4.588134514586045);
    TsneParams params;
    params.iterations = 500;
    NullProgress progress;
    const Result<TsneResult> result = fitTsne(blobs.x, params, progress);
    ASSERT_TRUE(result.isOk());
    const TsneResult &fit = result.value();
    ASSERT_EQ(fit.layout.rows(), 1000);
    ASSERT_EQ(fit.layout.cols(), 2);
    EXPECT_TRUE(fit.layout.allFinite());
    EXPECT_EQ(fit.iterations, 500);
    EXPECT_FALSE(fit.cancelled);
    EXPECT_EQ(fit.klMethod, KlDivergenceMethod::Exact);

    // Perfectly separable blobs: a point's 10 nearest on the map are of its own blob (almost) always.
    EXPECT_GT(knnLabelAgreement(fit.layout, blobs.labels, 10), 0.99);
    // scikit-learn's TSNE (barnes_hut, init="pca", perplexity 30, the same learning rate) on the same
    // data reaches the trustworthiness stored by tests/reference/make_tsne_blobs.py; ours must be no more
    // than 0.01 below it (the maps differ by the random details of the optimisation, not by quality).
    const double theirs = readReferenceNumber("tsne_blobs_trustworthiness.txt");
    const double ours = trustworthiness(blobs.x, fit.layout, 10);
    RecordProperty("trustworthiness", std::to_string(ours));
    RecordProperty("klDivergence", std::to_string(fit.klDivergence));
    EXPECT_GT(ours, theirs - 0.01) << "ours " << ours << ", scikit-learn " << theirs;
    // The KL divergence is no more than 2 % above scikit-learn's on this data (stored alongside), the
    // issue's bar for the benchmark.
    const double theirKl = readReferenceNumber("tsne_blobs_kl.txt");
    EXPECT_LT(fit.klDivergence, 1.02 * theirKl)
        << "ours " << fit.klDivergence << ", scikit-learn " << theirKl;
}

TEST(Tsne, SameSeedGivesBitIdenticalLayoutForAnyThreadCount)
{
    const Blobs blobs = makeBlobs(600, 8, 4, 5.0, 11);
    TsneParams params;
    params.iterations = 300;
    params.initialisation = TsneInitialisation::Random;
    params.seed = 42;
    NullProgress progress;
    params.threadCount = 2;
    const Result<TsneResult> first = fitTsne(blobs.x, params, progress);
    const Result<TsneResult> second = fitTsne(blobs.x, params, progress);
    params.threadCount = 1;
    const Result<TsneResult> single = fitTsne(blobs.x, params, progress);
    ASSERT_TRUE(first.isOk() && second.isOk() && single.isOk());
    EXPECT_TRUE(first.value().layout == second.value().layout);
    EXPECT_TRUE(first.value().layout == single.value().layout);
    EXPECT_EQ(first.value().klDivergence, single.value().klDivergence);

    params.seed = 43;
    const Result<TsneResult> other = fitTsne(blobs.x, params, progress);
    ASSERT_TRUE(other.isOk());
    EXPECT_FALSE(first.value().layout == other.value().layout);
}

TEST(Tsne, CancelKeepsThePartialLayout)
{
    const Blobs blobs = makeBlobs(500, 6, 3, 5.0, 3);
    TsneParams params;
    params.iterations = 750;
    CancelAt progress(100.0 / 750.0);
    const Result<TsneResult> result = fitTsne(blobs.x, params, progress);
    ASSERT_TRUE(result.isOk());
    const TsneResult &fit = result.value();
    EXPECT_TRUE(fit.cancelled);
    // Cancel is seen at the start of the next iteration: within one reporting interval.
    EXPECT_GE(fit.iterations, 100);
    EXPECT_LE(fit.iterations, 101);
    ASSERT_EQ(fit.layout.rows(), 500);
    ASSERT_EQ(fit.layout.cols(), 2);
    EXPECT_TRUE(fit.layout.allFinite());
    EXPECT_TRUE(std::isfinite(fit.klDivergence));
    EXPECT_EQ(fit.klMethod, KlDivergenceMethod::BarnesHut);
}

TEST(Tsne, CancelBeforeTheFirstIterationIsCancelled)
{
    const Blobs blobs = makeBlobs(200, 4, 2, 5.0, 3);
    CancelAt progress(-1.0);
    progress.setStage("tsne.optimisation");
    progress.setFraction(0.0);
    const Result<TsneResult> result = fitTsne(blobs.x, TsneParams {}, progress);
    ASSERT_FALSE(result.isOk());
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
}

TEST(Tsne, SnapshotsEveryFiftyIterations)
{
    const Blobs blobs = makeBlobs(300, 5, 3, 5.0, 5);
    TsneParams params;
    params.iterations = 260;
    NullProgress progress;
    std::vector<int> seen;
    std::vector<double> divergences;
    const Result<TsneResult> result
        = fitTsne(blobs.x, params, progress, [&](const Matrix &layout, int iteration, double kl) {
              EXPECT_EQ(layout.rows(), 300);
              seen.push_back(iteration);
              divergences.push_back(kl);
          });
    ASSERT_TRUE(result.isOk());
    EXPECT_EQ(seen, (std::vector<int> {50, 100, 150, 200, 250, 260}));
    for (const double kl : divergences) {
        EXPECT_TRUE(std::isfinite(kl) && kl > 0.0);
    }
    // After early exaggeration the divergence only falls, and the final estimate is near the exact KL.
    EXPECT_LT(divergences.back(), divergences[4]);
    EXPECT_NEAR(divergences.back(), result.value().klDivergence, 0.02 * result.value().klDivergence);
}

TEST(Tsne, PerplexityCalibrationHitsTheEntropy)
{
    const Blobs blobs = makeBlobs(400, 7, 3, 4.0, 9);
    for (const double perplexity : {5.0, 30.0, 50.0}) {
        const auto k = static_cast<Index>(3.0 * perplexity);
        const detail::NeighbourLists neighbours
            = detail::findNeighbours(blobs.x, blobs.x, k, detail::SelfMatch::Exclude, 2);
        const detail::SparseRows conditional
            = detail::conditionalProbabilities(neighbours, 400, perplexity, 2);
        for (Index i = 0; i < 400; ++i) {
            double sum = 0.0;
            double entropy = 0.0;
            for (Index e = conditional.rowStart[static_cast<std::size_t>(i)];
                 e < conditional.rowStart[static_cast<std::size_t>(i + 1)]; ++e) {
                const double p = conditional.values[static_cast<std::size_t>(e)];
                sum += p;
                entropy -= p > 0.0 ? p * std::log(p) : 0.0;
            }
            ASSERT_NEAR(sum, 1.0, 1e-12) << "row " << i;
            ASSERT_NEAR(entropy, std::log(perplexity), 1e-5) << "row " << i << ", perplexity " << perplexity;
        }
    }
}

TEST(Tsne, NeighboursAreTheExactNearest)
{
    const Blobs blobs = makeBlobs(300, 12, 3, 3.0, 13);
    const detail::NeighbourLists neighbours
        = detail::findNeighbours(blobs.x, blobs.x, 20, detail::SelfMatch::Exclude, 2);
    const auto order = neighbourOrder(blobs.x);
    for (Index i = 0; i < 300; ++i) {
        for (Index r = 0; r < 20; ++r) {
            const int expected = order[static_cast<std::size_t>(i)][static_cast<std::size_t>(r)];
            ASSERT_EQ(neighbours.indices[static_cast<std::size_t>(i * 20 + r)], expected) << i << " " << r;
            ASSERT_NEAR(neighbours.squaredDistances[static_cast<std::size_t>(i * 20 + r)],
                (blobs.x.row(i) - blobs.x.row(expected)).squaredNorm(), 1e-9);
        }
    }
}

TEST(Tsne, JointProbabilitiesAreSymmetricAndSumToOne)
{
    const Blobs blobs = makeBlobs(200, 3, 2, 3.0, 17);
    const detail::NeighbourLists neighbours
        = detail::findNeighbours(blobs.x, blobs.x, 30, detail::SelfMatch::Exclude, 1);
    const detail::SparseRows p
        = detail::symmetrise(detail::conditionalProbabilities(neighbours, 200, 10.0, 1));
    Matrix dense = Matrix::Zero(200, 200);
    for (Index i = 0; i < 200; ++i) {
        for (Index e = p.rowStart[static_cast<std::size_t>(i)];
             e < p.rowStart[static_cast<std::size_t>(i + 1)]; ++e) {
            dense(i, p.columns[static_cast<std::size_t>(e)]) += p.values[static_cast<std::size_t>(e)];
        }
    }
    EXPECT_NEAR(dense.sum(), 1.0, 1e-12);
    EXPECT_NEAR((dense - dense.transpose()).cwiseAbs().maxCoeff(), 0.0, 1e-18);
    EXPECT_EQ(dense.diagonal().cwiseAbs().maxCoeff(), 0.0);
}

TEST(Tsne, WideInputIsReducedAndStillSeparates)
{
    const Blobs blobs = makeBlobs(300, 80, 3, 3.0, 19);
    TsneParams params;
    params.iterations = 400;
    NullProgress progress;
    const Result<TsneResult> result = fitTsne(blobs.x, params, progress);
    ASSERT_TRUE(result.isOk());
    EXPECT_GT(knnLabelAgreement(result.value().layout, blobs.labels, 10), 0.99);
}

TEST(Tsne, CopiesOfReferencePointsLandNextToTheirOriginals)
{
    const Blobs blobs = makeBlobs(1000, 10, 5, 8.0, 7);
    TsneParams params;
    params.iterations = 500;
    NullProgress progress;
    const Result<TsneResult> fit = fitTsne(blobs.x, params, progress);
    ASSERT_TRUE(fit.isOk());
    const Matrix &layout = fit.value().layout;

    // Every 10th point, copied.
    Matrix copies(100, 10);
    for (Index i = 0; i < 100; ++i) {
        copies.row(i) = blobs.x.row(10 * i);
    }
    const Result<Matrix> placed = placeIntoTsne(blobs.x, layout, copies, params, progress);
    ASSERT_TRUE(placed.isOk());
    ASSERT_EQ(placed.value().rows(), 100);
    ASSERT_TRUE(placed.value().allFinite());

    // "Next to": the original is among the copy's 3 nearest reference points on the map, and the copy
    // lies closer to it than the median distance from a point to its 10th map neighbour.
    const auto order = neighbourOrder(layout);
    std::vector<double> tenth;
    for (Index i = 0; i < 1000; ++i) {
        tenth.push_back((layout.row(i) - layout.row(order[static_cast<std::size_t>(i)][9])).norm());
    }
    std::nth_element(tenth.begin(), tenth.begin() + 500, tenth.end());
    const double scale = tenth[500];
    int besideOriginal = 0;
    for (Index i = 0; i < 100; ++i) {
        const Eigen::RowVector2d position = placed.value().row(i);
        const double toOriginal = (position - layout.row(10 * i)).norm();
        int closer = 0;
        for (Index j = 0; j < 1000; ++j) {
            closer += (position - layout.row(j)).norm() < toOriginal ? 1 : 0;
        }
        besideOriginal += closer < 3 && toOriginal < scale ? 1 : 0;
        // Never in another blob.
        Index nearest = 0;
        (layout.rowwise() - position).rowwise().squaredNorm().minCoeff(&nearest);
        EXPECT_EQ(
            blobs.labels[static_cast<std::size_t>(nearest)], blobs.labels[static_cast<std::size_t>(10 * i)]);
    }
    EXPECT_GE(besideOriginal, 95);
}

TEST(Tsne, PerplexityTooLargeForTinyInputIsInvalidParameter)
{
    Matrix x(5, 3);
    x << 1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 0, 1, 2, 2, 2;
    NullProgress progress;
    const Result<TsneResult> result = fitTsne(x, TsneParams {}, progress);
    ASSERT_FALSE(result.isOk());
    EXPECT_EQ(result.error().code, ErrorCode::InvalidParameter);
    ASSERT_EQ(result.error().args.size(), 3U);
    EXPECT_EQ(result.error().args[0], "perplexity");

    TsneParams small;
    small.perplexity = 1.3;
    const Result<TsneResult> fits = fitTsne(x, small, progress);
    ASSERT_TRUE(fits.isOk());
    EXPECT_TRUE(fits.value().layout.allFinite());
}

TEST(Tsne, ValidateNamesEachBadField)
{
    TsneParams params;
    params.iterations = 0;
    params.theta = 1.5;
    params.learningRate = -1.0;
    params.threadCount = -2;
    const std::vector<Error> errors = validate(params, 1000, 4);
    std::vector<std::string> names;
    for (const Error &error : errors) {
        EXPECT_EQ(error.code, ErrorCode::InvalidParameter);
        names.push_back(error.args.at(0));
    }
    EXPECT_EQ(names, (std::vector<std::string> {"iterations", "learningRate", "theta", "threadCount"}));
    EXPECT_EQ(validate(TsneParams {}, 3, 4).front().code, ErrorCode::TooFewCustomers);
    EXPECT_TRUE(validate(TsneParams {}, 91, 1).empty());
    EXPECT_FALSE(validate(TsneParams {}, 90, 1).empty());
}

TEST(Tsne, DuplicatePointsDoNotBreakTheMap)
{
    // 100 copies of one customer plus 100 of another, and 100 distinct ones: zero distances everywhere.
    const Blobs blobs = makeBlobs(100, 4, 2, 3.0, 23);
    Matrix x(300, 4);
    for (Index i = 0; i < 100; ++i) {
        x.row(i) = blobs.x.row(0);
        x.row(100 + i) = blobs.x.row(1);
        x.row(200 + i) = blobs.x.row(i);
    }
    TsneParams params;
    params.iterations = 300;
    NullProgress progress;
    const Result<TsneResult> result = fitTsne(x, params, progress);
    ASSERT_TRUE(result.isOk());
    EXPECT_TRUE(result.value().layout.allFinite());
    EXPECT_TRUE(std::isfinite(result.value().klDivergence));

    // All rows identical: no spread for PCA to scale, the random start takes over.
    const Matrix same = Matrix::Constant(50, 3, 2.5);
    params.perplexity = 5.0;
    const Result<TsneResult> flat = fitTsne(same, params, progress);
    ASSERT_TRUE(flat.isOk());
    EXPECT_TRUE(flat.value().layout.allFinite());
}

// The FFT-accelerated gradient on the data of SeparatesBlobsAndKeepsNeighbourhoods: the same bars
// (scikit-learn's trustworthiness - 0.01, KL at most 2 % above scikit-learn's).
TEST(Tsne, FftGradientSeparatesBlobsAndKeepsNeighbourhoods)
{
    const Blobs blobs = makeBlobs(1000, 10, 5, 8.0, 7);
    TsneParams params;
    params.iterations = 500;
    params.gradient = TsneGradientMethod::Fft;
    NullProgress progress;
    const Result<TsneResult> result = fitTsne(blobs.x, params, progress);
    ASSERT_TRUE(result.isOk());
    const TsneResult &fit = result.value();
    EXPECT_EQ(fit.gradientMethod, TsneGradientMethod::Fft);
    ASSERT_EQ(fit.layout.rows(), 1000);
    EXPECT_TRUE(fit.layout.allFinite());
    EXPECT_EQ(fit.klMethod, KlDivergenceMethod::Exact);
    EXPECT_GT(knnLabelAgreement(fit.layout, blobs.labels, 10), 0.99);
    const double theirs = readReferenceNumber("tsne_blobs_trustworthiness.txt");
    const double ours = trustworthiness(blobs.x, fit.layout, 10);
    RecordProperty("trustworthiness", std::to_string(ours));
    RecordProperty("klDivergence", std::to_string(fit.klDivergence));
    EXPECT_GT(ours, theirs - 0.01) << "ours " << ours << ", scikit-learn " << theirs;
    const double theirKl = readReferenceNumber("tsne_blobs_kl.txt");
    EXPECT_LT(fit.klDivergence, 1.02 * theirKl)
        << "ours " << fit.klDivergence << ", scikit-learn " << theirKl;
}

TEST(Tsne, FftGradientSameSeedGivesBitIdenticalLayoutForAnyThreadCount)
{
    const Blobs blobs = makeBlobs(600, 8, 4, 5.0, 11);
    TsneParams params;
    params.iterations = 200; // past early exaggeration, so the map (and the grid) has grown
    params.initialisation = TsneInitialisation::Random;
    params.seed = 42;
    params.gradient = TsneGradientMethod::Fft;
    NullProgress progress;
    params.threadCount = 2;
    const Result<TsneResult> first = fitTsne(blobs.x, params, progress);
    const Result<TsneResult> second = fitTsne(blobs.x, params, progress);
    params.threadCount = 1;
    const Result<TsneResult> single = fitTsne(blobs.x, params, progress);
    ASSERT_TRUE(first.isOk() && second.isOk() && single.isOk());
    EXPECT_TRUE(first.value().layout == second.value().layout);
    EXPECT_TRUE(first.value().layout == single.value().layout);
    EXPECT_EQ(first.value().klDivergence, single.value().klDivergence);

    params.seed = 43;
    const Result<TsneResult> other = fitTsne(blobs.x, params, progress);
    ASSERT_TRUE(other.isOk());
    EXPECT_FALSE(first.value().layout == other.value().layout);
}

TEST(Tsne, FftGradientCancelKeepsThePartialLayout)
{
    const Blobs blobs = makeBlobs(500, 6, 3, 5.0, 3);
    TsneParams params;
    params.iterations = 750;
    params.gradient = TsneGradientMethod::Fft;
    CancelAt progress(100.0 / 750.0);
    std::vector<int> seen;
    const Result<TsneResult> result
        = fitTsne(blobs.x, params, progress, [&](const Matrix &, int iteration, double kl) {
              seen.push_back(iteration);
              EXPECT_TRUE(std::isfinite(kl) && kl > 0.0);
          });
    ASSERT_TRUE(result.isOk());
    const TsneResult &fit = result.value();
    EXPECT_TRUE(fit.cancelled);
    EXPECT_GE(fit.iterations, 100);
    EXPECT_LE(fit.iterations, 101);
    EXPECT_EQ(seen, (std::vector<int> {50, 100}));
    ASSERT_EQ(fit.layout.rows(), 500);
    ASSERT_EQ(fit.layout.cols(), 2);
    EXPECT_TRUE(fit.layout.allFinite());
    EXPECT_TRUE(std::isfinite(fit.klDivergence));
    EXPECT_EQ(fit.klMethod, KlDivergenceMethod::BarnesHut);
}

TEST(Tsne, AutomaticGradientSwitchesToFftAboveTheThreshold)
{
    TsneParams params;
    params.perplexity = 5.0;
    params.iterations = 2;
    params.earlyExaggerationIterations = 1;
    NullProgress progress;
    const Blobs small = makeBlobs(static_cast<int>(kTsneFftThreshold), 3, 3, 5.0, 2);
    const Result<TsneResult> atThreshold = fitTsne(small.x, params, progress);
    ASSERT_TRUE(atThreshold.isOk());
    EXPECT_EQ(atThreshold.value().gradientMethod, TsneGradientMethod::BarnesHut);
    const Blobs large = makeBlobs(static_cast<int>(kTsneFftThreshold) + 1, 3, 3, 5.0, 2);
    const Result<TsneResult> above = fitTsne(large.x, params, progress);
    ASSERT_TRUE(above.isOk());
    EXPECT_EQ(above.value().gradientMethod, TsneGradientMethod::Fft);
    params.gradient = TsneGradientMethod::BarnesHut;
    const Result<TsneResult> forced = fitTsne(large.x, params, progress);
    ASSERT_TRUE(forced.isOk());
    EXPECT_EQ(forced.value().gradientMethod, TsneGradientMethod::BarnesHut);
}
