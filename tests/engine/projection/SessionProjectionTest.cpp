// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
// Maps through the Session: t-SNE and PCA of a stored segmentation, stored and shown as its newest map.
#include "Session.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <cmath>

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

} // namespace

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
