// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "cluster/KMeans.h"

#include "support/Blobs.h"
#include "support/CancellingProgress.h"
#include "support/MallCustomers.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <numbers>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

using namespace segmenta::engine;
using segmenta::test::Blob;
using segmenta::test::BlobData;
using segmenta::test::CancellingProgress;
using segmenta::test::makeBlobs;
using segmenta::test::readMallIncomeAndScore;
using segmenta::test::RowOrder;

namespace {

KMeansResult fitOrFail(const Matrix &x, const KMeansParams &params)
{
    NullProgress progress;
    Result<KMeansResult> result = fitKMeans(x, params, progress);
    if (!result) {
        ADD_FAILURE() << "fitKMeans failed: " << describe(result.error());
        return {};
    }
    return std::move(result).value();
}

// Three well separated groups in the plane: 100 rows around (0, 0), 60 around (10, 10), 40 around
// (-10, 10); spread 1, so the closest rows of two groups are more than 10 apart.
const std::vector<Blob> kThreeBlobs
    = {{{0.0, 0.0}, 1.0, 100}, {{10.0, 10.0}, 1.0, 60}, {{-10.0, 10.0}, 1.0, 40}};

// Enough rows for many chunks (and so several threads), overlapping groups so that Lloyd needs many
// iterations and rounding order would show.
BlobData makeOverlappingData()
{
    return makeBlobs({{{0, 0, 0, 0}, 2.0, 3000}, {{3, 1, 0, 2}, 2.0, 2500}, {{-2, 3, 1, 0}, 1.5, 2000},
                         {{1, -3, 2, 1}, 2.5, 1500}},
        7);
}

} // namespace

TEST(KMeans, RecoversThreeSeparatedBlobs)
{
    const BlobData data = makeBlobs(kThreeBlobs, 42);
    KMeansParams params;
    params.clusterCount = 3;
    params.seed = 1;
    const KMeansResult result = fitOrFail(data.x, params);

    // Each true blob maps to exactly one label and no two blobs share one; the sizes differ, so with
    // labels ordered by size blob b must be label b.
    ASSERT_EQ(result.labels.size(), data.x.rows());
    for (Eigen::Index i = 0; i < data.x.rows(); ++i) {
        EXPECT_EQ(result.labels[i], data.truth[static_cast<std::size_t>(i)]) << "row " << i;
    }
    EXPECT_EQ(result.sizes, (std::vector<std::int64_t> {100, 60, 40}));
    EXPECT_TRUE(result.converged);
    EXPECT_GE(result.iterations, 1);
    for (std::size_t b = 0; b < kThreeBlobs.size(); ++b) {
        const auto label = static_cast<Eigen::Index>(b);
        EXPECT_NEAR(result.centroids(label, 0), kThreeBlobs[b].centre[0], 0.5);
        EXPECT_NEAR(result.centroids(label, 1), kThreeBlobs[b].centre[1], 0.5);
    }
    // The reported inertia is the sum of squared distances to the reported centroids.
    double inertia = 0.0;
    for (Eigen::Index i = 0; i < data.x.rows(); ++i) {
        inertia += (data.x.row(i) - result.centroids.row(result.labels[i])).squaredNorm();
    }
    EXPECT_NEAR(result.inertia, inertia, 1e-9 * inertia);
}

TEST(KMeans, SameSeedGivesIdenticalResult)
{
    const BlobData data = makeOverlappingData();
    KMeansParams params;
    params.clusterCount = 5;
    params.initCount = 3;
    params.seed = 12345;
    const KMeansResult first = fitOrFail(data.x, params);
    const KMeansResult second = fitOrFail(data.x, params);
    EXPECT_EQ(first.labels, second.labels);
    EXPECT_EQ(first.centroids, second.centroids);
    EXPECT_EQ(first.inertia, second.inertia); // bit for bit, not just close
    EXPECT_EQ(first.iterations, second.iterations);
}

TEST(KMeans, ResultDoesNotDependOnThreadCount)
{
    const BlobData data = makeOverlappingData();
    KMeansParams params;
    params.clusterCount = 6;
    params.initCount = 2;
    params.seed = 99;
    params.threadCount = 1;
    const KMeansResult single = fitOrFail(data.x, params);
    for (int threads : {2, 3}) {
        params.threadCount = threads;
        const KMeansResult multi = fitOrFail(data.x, params);
        EXPECT_EQ(single.labels, multi.labels) << threads << " threads";
        EXPECT_EQ(single.centroids, multi.centroids) << threads << " threads";
        EXPECT_EQ(single.inertia, multi.inertia) << threads << " threads"; // bit for bit
        EXPECT_EQ(single.iterations, multi.iterations) << threads << " threads";
    }
}

TEST(KMeans, LabelsAreOrderedBySizeThenFirstRow)
{
    // Interleaved rows: row 0 is in the 30-row group A, row 1 in the 50-row group B, row 2 in the 30-row
    // group C. So B is label 0, and of the equal-sized A and C, A (first row 0) is label 1.
    const BlobData data = makeBlobs(
        {{{0.0, 0.0}, 0.5, 30}, {{20.0, 0.0}, 0.5, 50}, {{0.0, 20.0}, 0.5, 30}}, 3, RowOrder::Interleaved);
    KMeansParams params;
    params.clusterCount = 3;
    const KMeansResult result = fitOrFail(data.x, params);
    EXPECT_EQ(result.sizes, (std::vector<std::int64_t> {50, 30, 30}));
    EXPECT_EQ(result.labels[0], 1);
    EXPECT_EQ(result.labels[1], 0);
    EXPECT_EQ(result.labels[2], 2);
    std::vector<std::int64_t> counted(3, 0);
    for (Eigen::Index i = 0; i < result.labels.size(); ++i) {
        ++counted[static_cast<std::size_t>(result.labels[i])];
    }
    EXPECT_EQ(counted, result.sizes);
}

TEST(KMeans, CancelMidRunStopsAtTheNextIteration)
{
    const BlobData data = makeOverlappingData();
    KMeansParams params;
    params.clusterCount = 8;
    params.initCount = 10;
    params.tolerance = 0.0;
    CancellingProgress progress(3);
    const Result<KMeansResult> result = fitKMeans(data.x, params, progress);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(progress.callsAfterCancel(), 0); // checked before the next Lloyd iteration
    EXPECT_EQ(progress.stage(), "kmeans");
}

TEST(KMeans, ZeroClustersIsAnInvalidParameter)
{
    KMeansParams params;
    params.clusterCount = 0;
    const std::vector<Error> errors = validate(params, 10, 2);
    ASSERT_EQ(errors.size(), 1U);
    EXPECT_EQ(errors[0].code, ErrorCode::InvalidParameter);
    EXPECT_EQ(errors[0].args, (std::vector<std::string> {"clusterCount", "0", ">= 1"}));

    NullProgress progress;
    const Result<KMeansResult> result = fitKMeans(Matrix::Zero(10, 2), params, progress);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::InvalidParameter);
}

TEST(KMeans, MoreClustersThanRowsReportsTooFewCustomers)
{
    KMeansParams params;
    params.clusterCount = 5;
    const std::vector<Error> errors = validate(params, 3, 2);
    ASSERT_EQ(errors.size(), 1U);
    EXPECT_EQ(errors[0].code, ErrorCode::TooFewCustomers);
    EXPECT_EQ(errors[0].args, (std::vector<std::string> {"3", "5"}));

    NullProgress progress;
    const Result<KMeansResult> result = fitKMeans(Matrix::Zero(3, 2), params, progress);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::TooFewCustomers);
}

TEST(KMeans, EveryOutOfRangeFieldIsReported)
{
    KMeansParams params;
    params.initCount = 0;
    params.maxIterations = -1;
    params.tolerance = -1.0;
    params.threadCount = -2;
    const std::vector<Error> errors = validate(params, 100, 0);
    std::set<std::string> fields;
    for (const Error &error : errors) {
        EXPECT_EQ(error.code, ErrorCode::InvalidParameter);
        fields.insert(error.args.at(0));
    }
    EXPECT_EQ(fields,
        (std::set<std::string> {"initCount", "maxIterations", "tolerance", "threadCount", "columns"}));
    EXPECT_TRUE(validate(KMeansParams {}, 4, 1).empty());
}

TEST(KMeans, OneClusterIsTheMean)
{
    const BlobData data = makeBlobs(kThreeBlobs, 5);
    KMeansParams params;
    params.clusterCount = 1;
    const KMeansResult result = fitOrFail(data.x, params);
    const RowVector mean = data.x.colwise().mean();
    EXPECT_TRUE(result.centroids.row(0).isApprox(mean, 1e-12));
    const double totalSquares = (data.x.rowwise() - mean).squaredNorm();
    EXPECT_NEAR(result.inertia, totalSquares, 1e-12 * totalSquares);
    EXPECT_TRUE(result.converged);
}

TEST(KMeans, FewerDistinctRowsThanClustersStillLabelsEveryRow)
{
    // Ten rows but only two distinct points: k-means++ can only pick duplicates, so empty clusters must
    // be relocated without crashing; at most two labels can hold rows.
    Matrix x(10, 2);
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        x.row(i) << (i % 2 == 0 ? 0.0 : 5.0), 1.0;
    }
    KMeansParams params;
    params.clusterCount = 4;
    const KMeansResult result = fitOrFail(x, params);
    EXPECT_EQ(result.inertia, 0.0);
    EXPECT_EQ(result.sizes.size(), 4U);
    EXPECT_EQ(result.sizes[0] + result.sizes[1] + result.sizes[2] + result.sizes[3], 10);
    EXPECT_EQ(result.sizes[0], 5);
    EXPECT_EQ(result.sizes[1], 5);
    EXPECT_EQ(result.labels.minCoeff(), 0);
    EXPECT_EQ(result.labels.maxCoeff(), 1);
}

TEST(KMeans, MallCustomersKnownAnswer)
{
    // Published reference (see ../shared/data/mall_customers/SOURCE.md): income and spending score,
    // unscaled, k = 5: SSE 44,448.4554 with sizes 81, 39, 35, 23, 22. scikit-learn 1.2 (n_init = 10) gives
    // 44448.45544793371. The reference is printed to 4 decimals, so 1e-8 relative is the tightest
    // honest tolerance; we also hold the centroids to the printed 4 decimals.
    const Matrix x = readMallIncomeAndScore();
    ASSERT_EQ(x.rows(), 200);
    KMeansParams params;
    params.clusterCount = 5;
    params.initCount = 10;
    const KMeansResult result = fitOrFail(x, params);
    EXPECT_EQ(result.sizes, (std::vector<std::int64_t> {81, 39, 35, 23, 22}));
    EXPECT_NEAR(result.inertia, 44448.4554, 1e-8 * 44448.4554);
    const Matrix expectedCentroids = (Matrix(5, 2) << 55.2963, 49.5185, 86.5385, 82.1282, 88.2000, 17.1143,
        26.3043, 20.9130, 25.7273, 79.3636)
                                         .finished();
    EXPECT_LT((result.centroids - expectedCentroids).cwiseAbs().maxCoeff(), 1e-4);
    EXPECT_TRUE(result.converged);
}

TEST(KMeans, MallCustomersElbowCurve)
{
    // SOURCE.md's elbow SSE to 2 decimals, for the k whose optimum scikit-learn 1.2 (n_init = 10) reaches
    // from every one of 20 seeds. k = 2 has near-equal local optima (181363.60, 183069.18, 183499.07: which
    // one wins depends on the seed there too), and so do k >= 6; those are not asserted.
    const Matrix x = readMallIncomeAndScore();
    const std::vector<std::pair<int, double>> published
        = {{1, 269981.28}, {3, 106348.37}, {4, 73679.79}, {5, 44448.46}};
    for (const auto &[k, sse] : published) {
        KMeansParams params;
        params.clusterCount = k;
        EXPECT_NEAR(fitOrFail(x, params).inertia, sse, 0.006) << "k = " << k;
    }
}
