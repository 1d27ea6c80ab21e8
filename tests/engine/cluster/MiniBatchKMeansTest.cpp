// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "cluster/MiniBatchKMeans.h"

#include "cluster/ChooseSegmentCount.h"
#include "cluster/KMeans.h"
#include "support/Blobs.h"
#include "support/CancellingProgress.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace segmenta::engine;
using segmenta::test::BlobData;
using segmenta::test::CancellingProgress;
using segmenta::test::makeBlobs;

namespace {

MiniBatchKMeansResult fitOrFail(const Matrix &x, const MiniBatchKMeansParams &params)
{
    NullProgress progress;
    Result<MiniBatchKMeansResult> result = fitMiniBatchKMeans(x, params, progress);
    if (!result) {
        ADD_FAILURE() << "fitMiniBatchKMeans failed: " << describe(result.error());
        return {};
    }
    return std::move(result).value();
}

// Five separated groups in 4-D, 30,000 rows: many batches of 1,024, as mini-batch k-means is meant for.
BlobData fiveBlobs()
{
    return makeBlobs({{{0, 0, 0, 0}, 1.0, 9000}, {{8, 0, 0, 0}, 1.0, 7000}, {{0, 8, 0, 0}, 1.0, 6000},
                         {{0, 0, 8, 0}, 1.0, 5000}, {{0, 0, 0, 8}, 1.0, 3000}},
        21);
}

IndexVector truthOf(const BlobData &data)
{
    IndexVector truth(static_cast<Eigen::Index>(data.truth.size()));
    for (std::size_t i = 0; i < data.truth.size(); ++i) {
        truth[static_cast<Eigen::Index>(i)] = data.truth[i];
    }
    return truth;
}

} // namespace

TEST(MiniBatchKMeans, RecoversSeparatedBlobsNearlyAsTightlyAsFullKMeans)
{
    const BlobData data = fiveBlobs();
    MiniBatchKMeansParams params;
    params.clusterCount = 5;
    params.seed = 3;
    const MiniBatchKMeansResult result = fitOrFail(data.x, params);
    ASSERT_EQ(result.labels.size(), data.x.rows());
    EXPECT_NEAR(adjustedRandIndex(result.labels, truthOf(data)), 1.0, 1e-3);
    EXPECT_EQ(result.sizes.size(), 5U);
    EXPECT_TRUE(std::is_sorted(result.sizes.rbegin(), result.sizes.rend()));
    EXPECT_GE(result.steps, 1);
    EXPECT_LT(result.steps, 100 * 30000 / 1024); // stopped early, long before 100 passes
    EXPECT_TRUE(result.converged);

    KMeansParams full;
    full.clusterCount = 5;
    full.seed = 3;
    NullProgress progress;
    const Result<KMeansResult> exact = fitKMeans(data.x, full, progress);
    ASSERT_TRUE(exact);
    // Within 2 % of Lloyd's inertia (scikit-learn's documentation: mini-batch results are "only slightly
    // worse"); here the groups are separated, so the difference is the batch noise in the centres.
    EXPECT_LE(result.inertia, 1.02 * exact.value().inertia);
    EXPECT_GE(result.inertia, exact.value().inertia * (1.0 - 1e-9));
}

TEST(MiniBatchKMeans, LabelsAndInertiaAreExactForTheReturnedCentres)
{
    const BlobData data = fiveBlobs();
    MiniBatchKMeansParams params;
    params.clusterCount = 4; // one fewer than the groups: centres sit between, so labels are not trivial
    params.seed = 8;
    const MiniBatchKMeansResult result = fitOrFail(data.x, params);
    double inertia = 0.0;
    std::vector<std::int64_t> counted(4, 0);
    for (Eigen::Index i = 0; i < data.x.rows(); ++i) {
        const double own = (data.x.row(i) - result.centroids.row(result.labels[i])).squaredNorm();
        for (Eigen::Index j = 0; j < 4; ++j) {
            ASSERT_LE(own, (data.x.row(i) - result.centroids.row(j)).squaredNorm()) << "row " << i;
        }
        inertia += own;
        ++counted[static_cast<std::size_t>(result.labels[i])];
    }
    EXPECT_NEAR(result.inertia, inertia, 1e-9 * inertia);
    EXPECT_EQ(counted, result.sizes);
}

TEST(MiniBatchKMeans, SameSeedGivesIdenticalResultWhateverTheThreadCount)
{
    const BlobData data = fiveBlobs();
    MiniBatchKMeansParams params;
    params.clusterCount = 6;
    params.seed = 17;
    params.threadCount = 1;
    const MiniBatchKMeansResult single = fitOrFail(data.x, params);
    for (int threads : {1, 2, 3}) {
        params.threadCount = threads;
        const MiniBatchKMeansResult multi = fitOrFail(data.x, params);
        EXPECT_EQ(single.labels, multi.labels) << threads << " threads";
        EXPECT_EQ(single.centroids, multi.centroids) << threads << " threads";
        EXPECT_EQ(single.inertia, multi.inertia) << threads << " threads"; // bit for bit
        EXPECT_EQ(single.steps, multi.steps) << threads << " threads";
    }
    params.seed = 18;
    const MiniBatchKMeansResult other = fitOrFail(data.x, params);
    EXPECT_NE(single.centroids, other.centroids); // the seed matters
}

TEST(MiniBatchKMeans, CancelMidRunStopsAtTheNextStep)
{
    const BlobData data = fiveBlobs();
    MiniBatchKMeansParams params;
    params.clusterCount = 5;
    params.maxNoImprovement = 0; // no early stop: the run would take 2,929 steps
    CancellingProgress progress(3);
    const Result<MiniBatchKMeansResult> result = fitMiniBatchKMeans(data.x, params, progress);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(progress.callsAfterCancel(), 0); // asked before the next step
    EXPECT_EQ(progress.stage(), "minibatch");
}

TEST(MiniBatchKMeans, SmallDataUsesAllRowsPerBatch)
{
    // Fewer rows than a batch: the batch is the row count, and the three groups are still found.
    const BlobData data
        = makeBlobs({{{0.0, 0.0}, 1.0, 100}, {{10.0, 10.0}, 1.0, 60}, {{-10.0, 10.0}, 1.0, 40}}, 42);
    MiniBatchKMeansParams params;
    params.clusterCount = 3;
    const MiniBatchKMeansResult result = fitOrFail(data.x, params);
    EXPECT_EQ(result.sizes, (std::vector<std::int64_t> {100, 60, 40}));
    EXPECT_NEAR(adjustedRandIndex(result.labels, truthOf(data)), 1.0, 1e-12);
}

TEST(MiniBatchKMeans, EveryOutOfRangeFieldIsReported)
{
    MiniBatchKMeansParams params;
    params.clusterCount = 0;
    params.batchSize = 0;
    params.maxEpochs = 0;
    params.maxNoImprovement = -1;
    params.initSize = -1;
    params.initCount = 0;
    params.reassignmentRatio = 1.0;
    params.threadCount = -1;
    std::vector<std::string> fields;
    for (const Error &error : validate(params, 10, 0)) {
        EXPECT_EQ(error.code, ErrorCode::InvalidParameter);
        fields.push_back(error.args.at(0));
    }
    EXPECT_EQ(fields,
        (std::vector<std::string> {"clusterCount", "batchSize", "maxEpochs", "maxNoImprovement", "initSize",
            "initCount", "reassignmentRatio", "threadCount", "columns"}));
    MiniBatchKMeansParams tooMany;
    tooMany.clusterCount = 5;
    const std::vector<Error> few = validate(tooMany, 3, 2);
    ASSERT_EQ(few.size(), 1U);
    EXPECT_EQ(few[0].code, ErrorCode::TooFewCustomers);
}
