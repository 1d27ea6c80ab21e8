// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "Session.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>

using namespace segmenta::engine;
using segmenta::test::TempDir;

namespace {

/// The Mall customers (200) with one 3-segment k-means segmentation "Base" and its PCA map.
Session mallProject(TempDir &dir)
{
    auto session = Session::createProject(dir.file("mall.segmenta"));
    EXPECT_TRUE(session);
    CsvImportParams import;
    import.filePath = std::string(SEGMENTA_SHARED_DATA_DIR) + "/mall_customers/Mall_Customers.csv";
    NullProgress progress;
    auto imported = session->importCustomersCsv(import, progress);
    EXPECT_TRUE(imported) << describe(imported.error());
    SegmentationParams params;
    params.name = "Base";
    params.columns = {"Annual Income (k$)", "Spending Score (1-100)"};
    params.segmentCount = 3;
    auto run = session->runSegmentation(params, progress);
    EXPECT_TRUE(run) << describe(run.error());
    return std::move(session).value();
}

} // namespace

TEST(SessionSelectionSegment, ChosenAndRestKeepTheirPlacesOnTheSourceMap)
{
    TempDir dir;
    Session session = mallProject(dir);
    const auto base = session.segmentation("Base");
    ASSERT_TRUE(base);

    SelectionSegmentParams params;
    params.name = "  Lasso  ";
    params.customerRows = {17, 3, 199, 3}; // any order, a repeat counts once
    params.selectedName = "Picked";
    params.restName = "Others";
    params.mapFrom = "Base";
    auto info = session.saveSelectionSegment(params);
    ASSERT_TRUE(info) << describe(info.error());
    EXPECT_EQ(info->name, "Lasso");
    EXPECT_EQ(info->method, "manual");
    EXPECT_EQ(info->segmentCount, 2);
    EXPECT_EQ(info->memberCount, 200);
    EXPECT_TRUE(info->columns.empty());

    const auto saved = session.segmentation("Lasso");
    ASSERT_TRUE(saved);
    ASSERT_EQ(saved->segments.size(), 2U);
    EXPECT_EQ(saved->segments[0].name, "Picked");
    EXPECT_EQ(saved->segments[0].size, 3);
    EXPECT_EQ(saved->segments[1].name, "Others");
    EXPECT_EQ(saved->segments[1].size, 197);
    EXPECT_DOUBLE_EQ(saved->segments[0].share, 3.0 / 200.0);
    EXPECT_EQ(saved->projectionMethod, base->projectionMethod);
    EXPECT_EQ(saved->explainedVarianceRatio, base->explainedVarianceRatio);

    // Every customer sits where it sat on Base's map; the chosen three are segment 0.
    std::map<std::int64_t, std::pair<double, double>> before;
    for (const MapPoint &point : base->points) {
        before[point.customerRow] = {point.x, point.y};
    }
    ASSERT_EQ(saved->points.size(), base->points.size());
    for (const MapPoint &point : saved->points) {
        ASSERT_TRUE(before.count(point.customerRow));
        EXPECT_EQ(point.x, before[point.customerRow].first);
        EXPECT_EQ(point.y, before[point.customerRow].second);
        const bool chosen = point.customerRow == 3 || point.customerRow == 17 || point.customerRow == 199;
        EXPECT_EQ(point.segment, chosen ? 0 : 1) << point.customerRow;
    }
    // It is listed with the others and can be edited like them.
    EXPECT_EQ(session.summary()->segmentations.size(), 2U);
    EXPECT_TRUE(session.renameSegment("Lasso", 0, "VIP"));
    EXPECT_TRUE(session.deleteSegmentation("Lasso"));
}

TEST(SessionSelectionSegment, OnlyTheChosenWithoutAMapGetALayoutAndAFreshName)
{
    TempDir dir;
    Session session = mallProject(dir);
    SelectionSegmentParams params;
    params.customerRows = {0, 1, 2, 3, 4};
    params.restName.clear();
    auto first = session.saveSelectionSegment(params);
    ASSERT_TRUE(first) << describe(first.error());
    EXPECT_EQ(first->name, "Selection 1");
    EXPECT_EQ(first->segmentCount, 1);
    EXPECT_EQ(first->memberCount, 5);
    auto second = session.saveSelectionSegment(params);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->name, "Selection 2");

    const auto saved = session.segmentation("Selection 1");
    ASSERT_TRUE(saved);
    ASSERT_EQ(saved->points.size(), 5U);
    EXPECT_EQ(saved->projectionMethod, "layout");
    for (std::size_t i = 0; i < saved->points.size(); ++i) {
        EXPECT_EQ(saved->points[i].customerRow, static_cast<std::int64_t>(i));
        EXPECT_EQ(saved->points[i].segment, 0);
        EXPECT_LE(std::hypot(saved->points[i].x, saved->points[i].y), 0.6 + 1e-9); // in the one disc
    }
}

TEST(SessionSelectionSegment, BadSelectionsAreRefusedAndChangeNothing)
{
    TempDir dir;
    Session session = mallProject(dir);
    const std::string before = segmenta::test::readBytes(session.path());
    const auto expectError = [&session](SelectionSegmentParams params, ErrorCode code) {
        auto result = session.saveSelectionSegment(params);
        ASSERT_FALSE(result);
        EXPECT_EQ(result.error().code, code) << describe(result.error());
    };
    SelectionSegmentParams good;
    good.customerRows = {5};

    SelectionSegmentParams none = good;
    none.customerRows.clear();
    expectError(none, ErrorCode::InvalidParameter);
    SelectionSegmentParams outside = good;
    outside.customerRows = {5, 200};
    expectError(outside, ErrorCode::InvalidParameter);
    SelectionSegmentParams negative = good;
    negative.customerRows = {-1};
    expectError(negative, ErrorCode::InvalidParameter);
    SelectionSegmentParams taken = good;
    taken.name = "Base";
    expectError(taken, ErrorCode::SegmentationExists);
    SelectionSegmentParams unknownMap = good;
    unknownMap.mapFrom = "Missing";
    expectError(unknownMap, ErrorCode::UnknownSegmentation);
    SelectionSegmentParams sameNames = good;
    sameNames.restName = "Selected";
    expectError(sameNames, ErrorCode::InvalidParameter);
    SelectionSegmentParams unnamed = good;
    unnamed.selectedName = "  ";
    expectError(unnamed, ErrorCode::InvalidParameter);
    EXPECT_EQ(segmenta::test::readBytes(session.path()), before);
}
