// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "cluster/KPrototypes.h"

#include "cluster/ChooseSegmentCount.h"
#include "support/CancellingProgress.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <numbers>
#include <random>
#include <vector>

using namespace segmenta::engine;
using segmenta::test::CancelAfter;

namespace {

/// Mixed blobs: group g has numeric centre (4g, -4g) with spread 1 and, in each of two categorical
/// columns, level g with probability 0.8 (otherwise a random level of 0..3).
struct MixedBlobs
{
    Matrix numeric;
    CategoryMatrix categorical;
    IndexVector truth;
};

MixedBlobs makeMixedBlobs(const std::vector<int> &sizes, std::uint64_t seed)
{
    std::mt19937_64 generator(seed);
    const auto uniform = [&generator] { return (static_cast<double>(generator() >> 11U) + 0.5) / 0x1p53; };
    Eigen::Index rows = 0;
    for (const int size : sizes) {
        rows += size;
    }
    MixedBlobs blobs;
    blobs.numeric.resize(rows, 2);
    blobs.categorical.resize(rows, 2);
    blobs.truth.resize(rows);
    Eigen::Index i = 0;
    for (std::size_t g = 0; g < sizes.size(); ++g) {
        for (int r = 0; r < sizes[g]; ++r, ++i) {
            blobs.truth(i) = static_cast<int>(g);
            for (Eigen::Index t = 0; t < 2; ++t) {
                const double normal
                    = std::sqrt(-2.0 * std::log(uniform())) * std::cos(2.0 * std::numbers::pi * uniform());
                blobs.numeric(i, t) = (t == 0 ? 4.0 : -4.0) * static_cast<double>(g) + normal;
                blobs.categorical(i, t)
                    = uniform() < 0.8 ? static_cast<int>(g) : static_cast<int>(uniform() * 4.0);
            }
        }
    }
    return blobs;
}

KPrototypesResult fitOrFail(
    const Matrix &numeric, const CategoryMatrix &categorical, const KPrototypesParams &params)
{
    NullProgress progress;
    auto result = fitKPrototypes(numeric, categorical, params, progress);
    if (!result) {
        ADD_FAILURE() << describe(result.error());
        return {};
    }
    return std::move(result).value();
}

} // namespace

TEST(KPrototypes, RecoversMixedBlobs)
{
    const MixedBlobs blobs = makeMixedBlobs({150, 100, 60}, 3);
    KPrototypesParams params;
    params.clusterCount = 3;
    params.seed = 5;
    const KPrototypesResult result = fitOrFail(blobs.numeric, blobs.categorical, params);
    EXPECT_GT(adjustedRandIndex(result.labels, blobs.truth), 0.97);
    EXPECT_EQ(result.sizes.size(), 3U);
    EXPECT_TRUE(result.converged);
    // Labels ordered by size, so group g is label g; its modes are level g.
    for (int g = 0; g < 3; ++g) {
        EXPECT_EQ(result.categoricalModes(g, 0), g);
        EXPECT_EQ(result.categoricalModes(g, 1), g);
        EXPECT_NEAR(result.numericCentroids(g, 0), 4.0 * g, 0.5);
    }
    // The reported cost is the cost of the reported labels and prototypes.
    double cost = 0.0;
    for (Eigen::Index i = 0; i < blobs.numeric.rows(); ++i) {
        const int label = result.labels(i);
        cost += (blobs.numeric.row(i) - result.numericCentroids.row(label)).squaredNorm();
        for (Eigen::Index t = 0; t < 2; ++t) {
            cost += result.gamma * (blobs.categorical(i, t) != result.categoricalModes(label, t) ? 1.0 : 0.0);
        }
    }
    EXPECT_NEAR(result.cost, cost, 1e-9 * cost);
}

TEST(KPrototypes, CostNeverIncreasesAcrossIterations)
{
    // Overlapping groups and a single start, so that several rounds run.
    MixedBlobs blobs = makeMixedBlobs({400, 300, 300, 200}, 11);
    blobs.numeric *= 0.4;
    KPrototypesParams params;
    params.clusterCount = 4;
    params.initCount = 1;
    params.seed = 2;
    const KPrototypesResult result = fitOrFail(blobs.numeric, blobs.categorical, params);
    ASSERT_GE(result.costHistory.size(), 3U);
    for (std::size_t i = 1; i < result.costHistory.size(); ++i) {
        EXPECT_LE(result.costHistory[i], result.costHistory[i - 1] * (1.0 + 1e-12)) << "round " << i;
    }
    EXPECT_EQ(result.cost, result.costHistory.back());
}

TEST(KPrototypes, DefaultGammaIsHalfTheMeanStandardDeviation)
{
    Matrix numeric(4, 2);
    numeric << 1, 10, 2, 10, 3, 30, 4, 30;
    // Population s.d.: column 0 sqrt(1.25), column 1 10.
    const double expected = 0.5 * (std::sqrt(1.25) + 10.0) / 2.0;
    EXPECT_DOUBLE_EQ(defaultKPrototypesGamma(numeric), expected);

    CategoryMatrix categorical(4, 1);
    categorical << 0, 1, 0, 1;
    KPrototypesParams params;
    params.clusterCount = 2;
    EXPECT_DOUBLE_EQ(fitOrFail(numeric, categorical, params).gamma, expected);
    params.gamma = 2.5;
    EXPECT_DOUBLE_EQ(fitOrFail(numeric, categorical, params).gamma, 2.5);
}

TEST(KPrototypes, GammaDecidesBetweenNumericAndCategoricalStructure)
{
    // Numeric says {0,1} vs {2,3}; categories say {0,2} vs {1,3}.
    Matrix numeric(4, 1);
    numeric << 0.0, 0.1, 1.0, 1.1;
    CategoryMatrix categorical(4, 2);
    categorical << 0, 0, 1, 1, 0, 0, 1, 1;
    KPrototypesParams params;
    params.clusterCount = 2;
    params.gamma = 0.0;
    const auto numericOnly = fitOrFail(numeric, categorical, params);
    EXPECT_EQ(numericOnly.labels(0), numericOnly.labels(1));
    EXPECT_NE(numericOnly.labels(0), numericOnly.labels(2));
    params.gamma = 10.0;
    const auto categoryDriven = fitOrFail(numeric, categorical, params);
    EXPECT_EQ(categoryDriven.labels(0), categoryDriven.labels(2));
    EXPECT_NE(categoryDriven.labels(0), categoryDriven.labels(1));
}

TEST(KPrototypes, SameResultWhateverTheThreadCount)
{
    MixedBlobs blobs = makeMixedBlobs({3000, 2500, 2000}, 17); // several row chunks
    blobs.numeric *= 0.5;
    KPrototypesParams params;
    params.clusterCount = 3;
    params.initCount = 3;
    params.seed = 9;
    params.threadCount = 1;
    const auto one = fitOrFail(blobs.numeric, blobs.categorical, params);
    params.threadCount = 3;
    const auto three = fitOrFail(blobs.numeric, blobs.categorical, params);
    EXPECT_EQ(one.labels, three.labels);
    EXPECT_EQ(one.cost, three.cost);
    EXPECT_EQ(one.numericCentroids, three.numericCentroids);
    EXPECT_EQ(one.categoricalModes, three.categoricalModes);
    EXPECT_EQ(one.iterations, three.iterations);
}

TEST(KPrototypes, CategoricalOnlyAndNumericOnlyWork)
{
    const MixedBlobs blobs = makeMixedBlobs({80, 50}, 23);
    KPrototypesParams params;
    params.clusterCount = 2;
    const auto numericOnly = fitOrFail(blobs.numeric, CategoryMatrix(0, 0), params);
    EXPECT_GT(adjustedRandIndex(numericOnly.labels, blobs.truth), 0.95);
    const auto categoricalOnly = fitOrFail(Matrix(0, 0), blobs.categorical, params);
    EXPECT_EQ(categoricalOnly.labels.size(), blobs.truth.size());
    EXPECT_GT(adjustedRandIndex(categoricalOnly.labels, blobs.truth), 0.5);
}

TEST(KPrototypes, CancelStopsTheRun)
{
    const MixedBlobs blobs = makeMixedBlobs({300, 200}, 29);
    KPrototypesParams params;
    params.clusterCount = 2;
    CancelAfter progress(1);
    const auto result = fitKPrototypes(blobs.numeric, blobs.categorical, params, progress);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
}

TEST(KPrototypes, ClearErrorsForBadInput)
{
    NullProgress progress;
    KPrototypesParams params;
    params.clusterCount = 3;
    // Four rows but only two distinct ones.
    Matrix numeric(4, 1);
    numeric << 1, 1, 2, 2;
    CategoryMatrix categorical(4, 1);
    categorical << 0, 0, 1, 1;
    auto tooFewDistinct = fitKPrototypes(numeric, categorical, params, progress);
    ASSERT_FALSE(tooFewDistinct);
    EXPECT_EQ(tooFewDistinct.error().code, ErrorCode::InvalidParameter);
    EXPECT_EQ(tooFewDistinct.error().args.at(0), "k");
    EXPECT_NE(tooFewDistinct.error().args.at(2).find("(2)"), std::string::npos);

    params.clusterCount = 2;
    numeric(1, 0) = std::numeric_limits<double>::quiet_NaN();
    auto withNaN = fitKPrototypes(numeric, categorical, params, progress);
    ASSERT_FALSE(withNaN);
    EXPECT_EQ(withNaN.error().args.at(0), "values");

    numeric(1, 0) = 1.0;
    categorical(2, 0) = -1;
    auto negativeCode = fitKPrototypes(numeric, categorical, params, progress);
    ASSERT_FALSE(negativeCode);
    EXPECT_EQ(negativeCode.error().args.at(0), "categories");

    params.clusterCount = 5;
    auto tooFewRows = fitKPrototypes(numeric, CategoryMatrix(0, 0), params, progress);
    ASSERT_FALSE(tooFewRows);
    EXPECT_EQ(tooFewRows.error().code, ErrorCode::TooFewCustomers);

    params.clusterCount = 2;
    params.gamma = -1.0;
    EXPECT_FALSE(validate(params, 4, 1, 1, 4).empty());
    params.gamma.reset();
    EXPECT_FALSE(validate(params, 4, 1, 1, 3).empty()); // row counts disagree
}
