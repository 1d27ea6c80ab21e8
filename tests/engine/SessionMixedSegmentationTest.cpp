// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "Session.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

using namespace segmenta::engine;
using segmenta::test::TempDir;

TEST(SessionMixedSegmentation, KPrototypesTakesTextColumnsAsCategories)
{
    TempDir dir;
    auto session = Session::createProject(dir.file("m.segmenta")).value();
    NullProgress progress;
    CsvImportParams import;
    // Two groups: small a with city x, large a with city y; customer 4 misses a and gets no segment.
    import.filePath = dir.write("m.csv",
        "id,a,city\n1,1,x\n2,1.2,x\n3,0.9,x\n4,,y\n5,8,y\n6,8.3,y\n7,7.7,y\n8,8.1,y\n9,1.1,x\n10,7.9,y\n");
    ASSERT_TRUE(session.importCustomersCsv(import, progress));

    SegmentationParams params;
    params.columns = {"city", "a"};
    params.segmentCount = 2;
    params.method = SegmentationMethod::KPrototypes;
    auto run = session.runSegmentation(params, progress);
    ASSERT_TRUE(run) << describe(run.error());
    EXPECT_EQ(run.value().method, "kprototypes");
    EXPECT_EQ(run.value().memberCount, 9);
    EXPECT_EQ(run.value().columns, (std::vector<std::string> {"city = x", "city = y", "a"}));

    auto details = session.segmentation(run.value().name);
    ASSERT_TRUE(details) << describe(details.error());
    ASSERT_EQ(details.value().segments.size(), 2U);
    // Segment 1 (the larger) is the y group: all members in city y, a around 8.
    const auto &large = details.value().segments[0];
    EXPECT_EQ(large.size, 5);
    EXPECT_DOUBLE_EQ(large.centroid.at(0), 0.0);
    EXPECT_DOUBLE_EQ(large.centroid.at(1), 1.0);
    EXPECT_NEAR(large.centroid.at(2), 8.0, 1e-9);
    const auto &small = details.value().segments[1];
    EXPECT_EQ(small.size, 4);
    EXPECT_DOUBLE_EQ(small.centroid.at(0), 1.0);
    EXPECT_NEAR(small.centroid.at(2), 1.05, 1e-9);
    EXPECT_EQ(details.value().points.size(), 9U);

    // k-means still refuses text; k-prototypes refuses a log scale on it and a negative gamma.
    params.method = SegmentationMethod::KMeans;
    EXPECT_FALSE(session.validate(params).empty());
    params.method = SegmentationMethod::KPrototypes;
    params.logColumns = {"city"};
    EXPECT_FALSE(session.validate(params).empty());
    params.logColumns.clear();
    params.gamma = -0.5;
    EXPECT_FALSE(session.validate(params).empty());
    params.gamma = 0.25;
    EXPECT_TRUE(session.validate(params).empty());
}
