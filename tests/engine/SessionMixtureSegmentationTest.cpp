// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "Session.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace segmenta::engine;
using segmenta::test::TempDir;

namespace {

/// A project holding the 200 Mall customers.
Session mallProject(const TempDir &dir)
{
    auto session = Session::createProject(dir.file("mall.segmenta")).value();
    NullProgress progress;
    CsvImportParams import;
    import.filePath = SEGMENTA_SHARED_DATA_DIR "/mall_customers/Mall_Customers.csv";
    import.idColumn = "CustomerID";
    const auto report = session.importCustomersCsv(import, progress);
    EXPECT_TRUE(report) << describe(report.error());
    return session;
}

SegmentationParams incomeAndScore(SegmentationMethod method)
{
    SegmentationParams params;
    params.columns = {"Annual Income (k$)", "Spending Score (1-100)"};
    params.segmentCount = 5;
    params.method = method;
    params.initCount = 3;
    params.maxIterations = 100;
    return params;
}

} // namespace

TEST(SessionMixtureSegmentation, GaussianMixtureStoresBicAndEveryMembersProbabilities)
{
    TempDir dir;
    Session session = mallProject(dir);
    NullProgress progress;
    SegmentationParams params = incomeAndScore(SegmentationMethod::GaussianMixture);
    params.name = "Mixture";
    auto run = session.runSegmentation(params, progress);
    ASSERT_TRUE(run) << describe(run.error());
    const SegmentationInfo &info = run.value();
    EXPECT_EQ(info.method, "gmm");
    EXPECT_EQ(info.covariance, "full");
    ASSERT_TRUE(info.bic.has_value());
    ASSERT_TRUE(info.logLikelihood.has_value());
    // scikit-learn's formula: 5 full 2-D components have 5·3 + 5·2 + 4 = 29 free parameters.
    EXPECT_NEAR(*info.bic, -2.0 * *info.logLikelihood + 29.0 * std::log(200.0), 1e-9 * std::abs(*info.bic));
    EXPECT_EQ(info.memberCount, 200);
    EXPECT_EQ(info.batchSize, 0);

    auto details = session.segmentation("Mixture");
    ASSERT_TRUE(details) << describe(details.error());
    EXPECT_EQ(details.value().points.size(), 200U); // on the PCA map like k-means
    EXPECT_EQ(details.value().segments.size(), 5U);

    auto probabilities = session.membershipProbabilities("Mixture");
    ASSERT_TRUE(probabilities) << describe(probabilities.error());
    const MembershipProbabilities &p = probabilities.value();
    ASSERT_EQ(p.customerRows.size(), 200U);
    ASSERT_EQ(p.all.rows(), 200);
    ASSERT_EQ(p.all.cols(), 5);
    std::vector<std::int64_t> sizes(5, 0);
    for (std::size_t i = 0; i < p.customerRows.size(); ++i) {
        const auto row = static_cast<Eigen::Index>(i);
        EXPECT_EQ(p.customerRows[i], static_cast<std::int64_t>(i));
        // The customer's segment is its most probable one, and the stored probability is that one's.
        Eigen::Index largest = 0;
        p.all.row(row).maxCoeff(&largest);
        EXPECT_EQ(largest, p.segments[i]) << "customer " << i;
        EXPECT_DOUBLE_EQ(p.assigned[i], p.all(row, p.segments[i]));
        EXPECT_GE(p.assigned[i], 1.0 / 5.0);
        EXPECT_LE(p.all.row(row).sum(), 1.0 + 1e-12);
        EXPECT_GE(p.all.row(row).sum(), 1.0 - 5 * minimumStoredProbability);
        EXPECT_EQ(details.value().points[i].segment, p.segments[i]);
        ++sizes[static_cast<std::size_t>(p.segments[i])];
    }
    for (const SegmentInfo &segment : details.value().segments) {
        EXPECT_EQ(segment.size, sizes[static_cast<std::size_t>(segment.index)]);
    }

    // Read back from the file, copied with the segmentation, gone with it.
    auto summary = session.summary();
    ASSERT_TRUE(summary);
    ASSERT_EQ(summary.value().segmentations.size(), 1U);
    EXPECT_EQ(summary.value().segmentations[0].bic, info.bic);
    EXPECT_EQ(summary.value().segmentations[0].covariance, "full");
    ASSERT_TRUE(session.duplicateSegmentation("Mixture", "Copy"));
    auto copied = session.membershipProbabilities("Copy");
    ASSERT_TRUE(copied);
    EXPECT_EQ(copied.value().all, p.all);
    EXPECT_EQ(copied.value().assigned, p.assigned);
    ASSERT_TRUE(session.deleteSegmentation("Mixture"));
    ASSERT_TRUE(session.deleteSegmentation("Copy"));
    store::Database database(dir.file("mall.segmenta"), store::OpenMode::ReadWrite);
    EXPECT_EQ(store::queryInt64(database, "SELECT count(*) FROM segment_member_probabilities"), 0);
}

TEST(SessionMixtureSegmentation, DiagonalMixtureAndSameSeedSameSegments)
{
    TempDir dir;
    Session session = mallProject(dir);
    NullProgress progress;
    SegmentationParams params = incomeAndScore(SegmentationMethod::GaussianMixture);
    params.covariance = CovarianceType::Diagonal;
    auto first = session.runSegmentation(params, progress);
    ASSERT_TRUE(first) << describe(first.error());
    EXPECT_EQ(first.value().covariance, "diag");
    auto second = session.runSegmentation(params, progress);
    ASSERT_TRUE(second);
    EXPECT_EQ(first.value().bic, second.value().bic);
    EXPECT_EQ(session.membershipProbabilities(first.value().name).value().segments,
        session.membershipProbabilities(second.value().name).value().segments);
}

TEST(SessionMixtureSegmentation, MiniBatchKMeansIsStoredLikeKMeansWithItsBatchSize)
{
    TempDir dir;
    Session session = mallProject(dir);
    NullProgress progress;
    SegmentationParams params = incomeAndScore(SegmentationMethod::MiniBatchKMeans);
    params.batchSize = 64;
    auto run = session.runSegmentation(params, progress);
    ASSERT_TRUE(run) << describe(run.error());
    EXPECT_EQ(run.value().method, "minibatch");
    EXPECT_EQ(run.value().batchSize, 64);
    EXPECT_FALSE(run.value().bic.has_value());
    EXPECT_TRUE(run.value().covariance.empty());
    EXPECT_EQ(run.value().memberCount, 200);
    auto details = session.segmentation(run.value().name);
    ASSERT_TRUE(details);
    EXPECT_EQ(details.value().points.size(), 200U);
    // No probabilities for a hard method.
    auto probabilities = session.membershipProbabilities(run.value().name);
    ASSERT_TRUE(probabilities);
    EXPECT_TRUE(probabilities.value().customerRows.empty());

    // The same data with k-means: mini-batch comes within a few per cent of its inertia.
    auto kmeans = session.runSegmentation(incomeAndScore(SegmentationMethod::KMeans), progress);
    ASSERT_TRUE(kmeans);
    EXPECT_LE(run.value().inertia, 1.10 * kmeans.value().inertia);

    params.batchSize = 0;
    ASSERT_FALSE(session.validate(params).empty());
    EXPECT_EQ(session.validate(params).front().args.at(0), "batch-size");
}

TEST(SessionMixtureSegmentation, ChoosingKForAMixtureRecommendsTheLowestBic)
{
    TempDir dir;
    Session session = mallProject(dir);
    NullProgress progress;
    SegmentCountSearchParams params;
    params.columns = {"Annual Income (k$)", "Spending Score (1-100)"};
    params.minimumCount = 2;
    params.maximumCount = 7;
    params.initCount = 2;
    params.method = SegmentationMethod::GaussianMixture;
    auto search = session.compareSegmentCounts(params, progress);
    ASSERT_TRUE(search) << describe(search.error());
    const SegmentCountRecommendation &result = search.value().recommendation;
    ASSERT_EQ(result.scores.size(), 6U);
    int lowest = 0;
    double lowestBic = INFINITY;
    for (const SegmentCountScore &score : result.scores) {
        ASSERT_TRUE(std::isfinite(score.bic)) << score.segmentCount;
        EXPECT_NEAR(
            score.bic, -2.0 * score.logLikelihood + (score.segmentCount * 6 - 1) * std::log(200.0), 1e-6);
        if (score.bic < lowestBic) {
            lowestBic = score.bic;
            lowest = score.segmentCount;
        }
    }
    EXPECT_EQ(result.recommendedCount, lowest);
    EXPECT_NE(result.reason.find("lowest BIC"), std::string::npos) << result.reason;

    // The k-means search leaves the BIC empty; other methods are refused.
    params.method = SegmentationMethod::KMeans;
    params.stabilityRuns = 0;
    auto kmeans = session.compareSegmentCounts(params, progress);
    ASSERT_TRUE(kmeans);
    EXPECT_TRUE(std::isnan(kmeans.value().recommendation.scores.front().bic));
    params.method = SegmentationMethod::Hierarchical;
    EXPECT_FALSE(session.validate(params).empty());
}

TEST(SessionMixtureSegmentation, AVersionFourFileUpgradesWithoutProbabilities)
{
    TempDir dir;
    const std::string path = dir.file("v4.segmenta");
    {
        store::Database database(path, store::OpenMode::CreateNew);
        for (const store::Migration &migration : store::projectMigrations().first(4)) {
            ASSERT_LE(migration.version, 4);
            database.execute(migration.sql);
            database.execute("INSERT INTO schema_migrations VALUES (" + std::to_string(migration.version)
                + ", 'old', '2026-01-01T00:00:00Z')");
        }
        database.execute("PRAGMA application_id = " + std::to_string(store::projectApplicationId));
        database.execute("INSERT INTO customers VALUES (1, 'a'), (2, 'b')");
        database.execute("INSERT INTO segmentations (id, name, method, segment_count, seed, init_count, "
                         "max_iterations, scaling, member_count, created_at) "
                         "VALUES (1, 'Old run', 'kmeans', 2, 1, 1, 10, 'z', 2, '2026-01-01')");
        database.execute("INSERT INTO segments (segmentation_id, segment_index, name, size) VALUES "
                         "(1, 0, 'Segment 1', 1), (1, 1, 'Segment 2', 1)");
        database.execute("INSERT INTO segment_members VALUES (1, 1, 0), (1, 2, 1)");
    }
    Session session = Session::openProject(path).value();
    auto summary = session.summary();
    ASSERT_TRUE(summary) << describe(summary.error());
    EXPECT_EQ(summary.value().schemaVersion, store::latestSchemaVersion());
    ASSERT_EQ(summary.value().segmentations.size(), 1U);
    const SegmentationInfo &old = summary.value().segmentations[0];
    EXPECT_EQ(old.name, "Old run");
    EXPECT_FALSE(old.bic.has_value());
    EXPECT_TRUE(old.covariance.empty());
    EXPECT_EQ(old.batchSize, 0);
    auto probabilities = session.membershipProbabilities("Old run");
    ASSERT_TRUE(probabilities) << describe(probabilities.error());
    EXPECT_TRUE(probabilities.value().customerRows.empty());
    auto segments = session.segments("Old run");
    ASSERT_TRUE(segments);
    EXPECT_EQ(segments.value().size(), 2U);

    store::Database database(path, store::OpenMode::ReadWrite);
    EXPECT_EQ(
        store::queryInt64(database, "SELECT count(*) FROM segment_members WHERE probability IS NULL"), 2);
    // The new columns refuse what no writer means.
    EXPECT_THROW(database.execute("UPDATE segment_members SET probability = 1.5"), std::exception);
    EXPECT_THROW(database.execute("UPDATE segmentations SET covariance_type = 'spherical'"), std::exception);
    EXPECT_EQ(store::queryInt64(database, "PRAGMA foreign_key_check"), std::nullopt);
}
