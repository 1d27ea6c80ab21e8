// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "Session.h"
#include "support/CancellingProgress.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <numeric>
#include <sstream>

using namespace segmenta::engine;
using segmenta::test::CancelAtStage;
using segmenta::test::readBytes;
using segmenta::test::TempDir;

namespace {

const std::vector<std::string> spendingColumns {
    "Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen"};

Session wholesaleProject(const TempDir &dir)
{
    auto session = Session::createProject(dir.file("wholesale.segmenta"));
    EXPECT_TRUE(session);
    NullProgress progress;
    CsvImportParams params;
    params.filePath = SEGMENTA_SHARED_DATA_DIR "/wholesale_customers/Wholesale customers data.csv";
    EXPECT_TRUE(session.value().importCustomersCsv(params, progress));
    return std::move(session).value();
}

} // namespace

TEST(SessionSegmentation, StoresSegmentsMembersAndMap)
{
    TempDir dir;
    Session session = wholesaleProject(dir);
    SegmentationParams params;
    params.columns = spendingColumns;
    params.segmentCount = 5;
    params.seed = 7;
    NullProgress progress;
    auto run = session.runSegmentation(params, progress);
    ASSERT_TRUE(run) << describe(run.error());
    EXPECT_EQ(run.value().name, "Segmentation 1");
    EXPECT_EQ(run.value().memberCount, 440);
    EXPECT_GT(run.value().inertia, 0.0);

    auto details = session.segmentation("").value();
    ASSERT_EQ(details.segments.size(), 5u);
    std::int64_t total = 0;
    for (std::size_t i = 0; i < details.segments.size(); ++i) {
        total += details.segments[i].size;
        EXPECT_EQ(details.segments[i].centroid.size(), spendingColumns.size());
        if (i > 0) {
            EXPECT_LE(details.segments[i].size, details.segments[i - 1].size) << "segments ordered by size";
        }
    }
    EXPECT_EQ(total, 440);
    ASSERT_EQ(details.points.size(), 440u);
    ASSERT_EQ(details.explainedVarianceRatio.size(), 2u);
    EXPECT_GT(details.explainedVarianceRatio[0], details.explainedVarianceRatio[1]);
    // Centroids are in the columns' own units: their size-weighted mean is the column mean.
    double weightedFresh = 0.0;
    for (const auto &segment : details.segments) {
        weightedFresh += segment.centroid[0] * static_cast<double>(segment.size);
    }
    EXPECT_NEAR(weightedFresh / 440.0, 12000.298, 0.01); // SOURCE.md: mean of Fresh

    // Same seed, same answer.
    params.name = "again";
    auto again = session.runSegmentation(params, progress);
    ASSERT_TRUE(again);
    EXPECT_DOUBLE_EQ(again.value().inertia, run.value().inertia);
    auto second = session.segmentation("again").value();
    for (std::size_t i = 0; i < details.points.size(); ++i) {
        ASSERT_EQ(second.points[i].segment, details.points[i].segment);
    }
    EXPECT_EQ(session.summary().value().segmentations.size(), 2u);
}

TEST(SessionSegmentation, ValidationNamesTheProblem)
{
    TempDir dir;
    Session session = wholesaleProject(dir);
    SegmentationParams params;
    params.columns = {"Fresh", "Nope"};
    params.segmentCount = 1;
    const auto problems = session.validate(params);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].code, ErrorCode::InvalidParameter);
    EXPECT_EQ(problems[0].args[0], "k");
    EXPECT_EQ(problems[1].code, ErrorCode::UnknownColumn);
    EXPECT_EQ(problems[1].args[0], "Nope");
    NullProgress progress;
    const std::string before = readBytes(session.path());
    EXPECT_FALSE(session.runSegmentation(params, progress));
    EXPECT_EQ(readBytes(session.path()), before);
}

TEST(SessionSegmentation, CustomersWithMissingValuesGetNoSegment)
{
    TempDir dir;
    auto session = Session::createProject(dir.file("m.segmenta")).value();
    NullProgress progress;
    CsvImportParams import;
    import.filePath = dir.write(
        "m.csv", "id,a,b,city\n1,1,1,x\n2,1.2,0.9,y\n3,,5,z\n4,8,8,x\n5,8.3,7.9,y\n6,7.7,8.1,z\n");
    ASSERT_TRUE(session.importCustomersCsv(import, progress));
    SegmentationParams params;
    params.columns = {"a", "b"};
    params.segmentCount = 2;
    auto run = session.runSegmentation(params, progress);
    ASSERT_TRUE(run) << describe(run.error());
    EXPECT_EQ(run.value().memberCount, 5);

    params.columns = {"city"};
    params.name = "text";
    auto text = session.runSegmentation(params, progress);
    ASSERT_FALSE(text);
    EXPECT_EQ(text.error().code, ErrorCode::NonNumericColumn);

    const std::string out = dir.file("members.csv");
    auto written = session.exportMembersCsv("", out);
    ASSERT_TRUE(written) << describe(written.error());
    EXPECT_EQ(written.value(), 6);
    std::istringstream lines(readBytes(out));
    std::string header, first, second, third;
    std::getline(lines, header);
    std::getline(lines, first);
    std::getline(lines, second);
    std::getline(lines, third);
    EXPECT_EQ(header, "id,segment,segment_name,a,b,city");
    EXPECT_EQ(third, "3,,,,5,z"); // no segment, missing a
    EXPECT_NE(first.find(",Segment "), std::string::npos);
}

TEST(SessionSegmentation, CancelAtAnyStageLeavesTheProjectByteIdentical)
{
    for (const char *stage : {"segment.load", "kmeans", "pca", "segment.save"}) {
        TempDir dir;
        Session session = wholesaleProject(dir);
        const std::string before = readBytes(session.path());
        SegmentationParams params;
        params.columns = spendingColumns;
        params.segmentCount = 3;
        CancelAtStage cancel(stage);
        auto run = session.runSegmentation(params, cancel);
        ASSERT_FALSE(run) << stage;
        EXPECT_EQ(run.error().code, ErrorCode::Cancelled) << stage;
        EXPECT_EQ(readBytes(session.path()), before) << stage;
        EXPECT_TRUE(session.summary().value().segmentations.empty());
    }
}

TEST(SessionSegmentation, ExportOfUnknownSegmentationIsAnError)
{
    TempDir dir;
    Session session = wholesaleProject(dir);
    auto written = session.exportMembersCsv("nothing", dir.file("x.csv"));
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().code, ErrorCode::UnknownSegmentation);
}
