// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
// Maps through the Session: t-SNE and PCA of a stored segmentation, stored and shown as its newest map.
#include "Session.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string_view>
#include <vector>

using namespace segmenta::engine;
using segmenta::test::readBytes;
using segmenta::test::TempDir;

namespace {

Session mallProject(const TempDir &dir)
{
    auto created = Session::createProject(dir.file("mall.segmenta"));
    EXPECT_TRUE(created);
    Session session = std::move(created).value();
    NullProgress progress;
    CsvImportParams table;
    table.filePath = std::string(SEGMENTA_SHARED_DATA_DIR) + "/mall_customers/Mall_Customers.csv";
    EXPECT_TRUE(session.importCustomersCsv(table, progress));
    SegmentationParams segment;
    segment.name = "Mall";
    segment.columns = {"Age", "Annual Income (k$)", "Spending Score (1-100)"};
    segment.segmentCount = 5;
    EXPECT_TRUE(session.runSegmentation(segment, progress));
    return session;
}

/// Asks to stop once told to (by a snapshot callback, as a Cancel button would between two snapshots).
class CancelWhenTold final : public Progress
{
public:
    void setStage(std::string_view) override { }
    void setFraction(double) override { }
    bool isCancelRequested() const override { return m_cancel; }
    void cancel() { m_cancel = true; }

private:
    bool m_cancel = false;
};

} // namespace

TEST(SessionProjection, TsneSnapshotsSettleIntoTheStoredMap)
{
    TempDir dir;
    Session session = mallProject(dir);
    NullProgress progress;
    ProjectionParams params;
    params.segmentation = "Mall";
    params.iterations = 120; // snapshots after 50, 100 and the last, 120
    std::vector<ProjectionSnapshot> snapshots;
    const auto report = session.runProjection(params, progress,
        [&snapshots](const ProjectionSnapshot &snapshot) { snapshots.push_back(snapshot); });
    ASSERT_TRUE(report) << describe(report.error());
    ASSERT_EQ(snapshots.size(), 3U);
    EXPECT_EQ(snapshots[0].iteration, 50);
    EXPECT_EQ(snapshots[1].iteration, 100);
    EXPECT_EQ(snapshots[2].iteration, 120);
    for (const ProjectionSnapshot &snapshot : snapshots) {
        EXPECT_EQ(snapshot.segmentation, "Mall");
        EXPECT_EQ(snapshot.iterations, 120);
        EXPECT_TRUE(std::isfinite(snapshot.klDivergence));
        EXPECT_GT(snapshot.klDivergence, 0.0);
    }
    // The map moves between snapshots, and the last one is the map that was stored, point for point, with
    // each customer's segment.
    EXPECT_NE(snapshots[0].points[0].x, snapshots[2].points[0].x);
    const auto stored = session.segmentation("Mall");
    ASSERT_TRUE(stored);
    const std::vector<MapPoint> &points = stored.value().points;
    const std::vector<MapPoint> &last = snapshots.back().points;
    ASSERT_EQ(last.size(), points.size());
    ASSERT_EQ(points.size(), 200U);
    for (std::size_t i = 0; i < points.size(); ++i) {
        EXPECT_EQ(last[i].customerRow, points[i].customerRow);
        EXPECT_EQ(last[i].segment, points[i].segment);
        EXPECT_EQ(last[i].x, points[i].x);
        EXPECT_EQ(last[i].y, points[i].y);
    }
    EXPECT_EQ(stored.value().projectionMethod, "tsne");

    // PCA has no snapshots.
    params.method = "pca";
    snapshots.clear();
    ASSERT_TRUE(session.runProjection(params, progress,
        [&snapshots](const ProjectionSnapshot &snapshot) { snapshots.push_back(snapshot); }));
    EXPECT_TRUE(snapshots.empty());
}

TEST(SessionProjection, CancelAfterASnapshotStoresNothing)
{
    TempDir dir;
    Session session = mallProject(dir);
    const std::string before = readBytes(session.path());
    CancelWhenTold progress;
    ProjectionParams params;
    params.segmentation = "Mall";
    int snapshots = 0;
    const auto report = session.runProjection(params, progress, [&](const ProjectionSnapshot &) {
        ++snapshots;
        progress.cancel();
    });
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(snapshots, 1); // seen at the next iteration, long before the next snapshot
    // The partial layout is not stored: the segmentation's PCA map is still its newest.
    EXPECT_EQ(readBytes(session.path()), before);
    const auto shown = session.segmentation("Mall");
    ASSERT_TRUE(shown);
    EXPECT_EQ(shown.value().projectionMethod, "pca");
}

TEST(SessionProjection, TsneMapIsStoredSeededAndShownAsTheNewestMap)
{
    TempDir dir;
    Session session = mallProject(dir);
    NullProgress progress;
    const auto pcaMap = session.segmentation("Mall");
    ASSERT_TRUE(pcaMap);
    EXPECT_EQ(pcaMap.value().explainedVarianceRatio.size(), 2U);

    ProjectionParams params;
    params.segmentation = "Mall";
    const auto report = session.runProjection(params, progress);
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_EQ(report.value().pointCount, 200);
    EXPECT_TRUE(report.value().klExact);
    EXPECT_GT(report.value().klDivergence, 0.0);
    EXPECT_LT(report.value().klDivergence, 1.0); // 200 points in 3-D leave t-SNE little to lose
    const auto tsneMap = session.segmentation("Mall");
    ASSERT_TRUE(tsneMap);
    ASSERT_EQ(tsneMap.value().points.size(), 200U);
    EXPECT_TRUE(tsneMap.value().explainedVarianceRatio.empty()); // t-SNE axes explain no variance share
    EXPECT_NE(tsneMap.value().points[0].x, pcaMap.value().points[0].x);

    // The same seed gives the same map.
    ASSERT_TRUE(session.runProjection(params, progress));
    const auto again = session.segmentation("Mall");
    for (std::size_t i = 0; i < 200; ++i) {
        EXPECT_EQ(again.value().points[i].x, tsneMap.value().points[i].x);
        EXPECT_EQ(again.value().points[i].y, tsneMap.value().points[i].y);
    }
    // PCA again gives back the segmentation's original map.
    params.method = "pca";
    ASSERT_TRUE(session.runProjection(params, progress));
    const auto pcaAgain = session.segmentation("Mall");
    EXPECT_NEAR(pcaAgain.value().points[7].x, pcaMap.value().points[7].x, 1e-12);
    EXPECT_NEAR(pcaAgain.value().explainedVarianceRatio[0], pcaMap.value().explainedVarianceRatio[0], 1e-12);
}

TEST(SessionProjection, BadParametersChangeNothing)
{
    TempDir dir;
    Session session = mallProject(dir);
    const std::string before = readBytes(session.path());
    NullProgress progress;
    ProjectionParams params;
    params.perplexity = 100.0; // at most (200 - 1) / 3
    const auto tooPerplexed = session.runProjection(params, progress);
    ASSERT_FALSE(tooPerplexed);
    EXPECT_EQ(tooPerplexed.error().code, ErrorCode::InvalidParameter);
    params = ProjectionParams {};
    params.segmentation = "Nope";
    EXPECT_EQ(session.runProjection(params, progress).error().code, ErrorCode::UnknownSegmentation);
    params = ProjectionParams {};
    params.method = "umap";
    EXPECT_EQ(session.runProjection(params, progress).error().code, ErrorCode::InvalidParameter);
    EXPECT_EQ(readBytes(session.path()), before);
}
