// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "Session.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace segmenta::engine;
using segmenta::test::TempDir;

namespace {

/// A project with the Mall customers and one 3-segment k-means segmentation "Base" with a map.
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

TEST(SessionSegmentationEditing, RenameDuplicateAndDeleteKeepEverythingElse)
{
    TempDir dir;
    Session session = mallProject(dir);
    const auto original = session.segmentation("Base");
    ASSERT_TRUE(original);

    ASSERT_TRUE(session.renameSegmentation("Base", "  Income x spending  "));
    EXPECT_FALSE(session.segmentation("Base"));
    auto renamed = session.segmentation("Income x spending");
    ASSERT_TRUE(renamed);
    EXPECT_EQ(renamed->points.size(), original->points.size());

    auto copy = session.duplicateSegmentation("Income x spending", "Copy");
    ASSERT_TRUE(copy) << describe(copy.error());
    auto copied = session.segmentation("Copy");
    ASSERT_TRUE(copied);
    EXPECT_NE(copied->info.id, renamed->info.id);
    EXPECT_EQ(copied->info.columns, renamed->info.columns);
    EXPECT_EQ(copied->info.memberCount, renamed->info.memberCount);
    ASSERT_EQ(copied->points.size(), renamed->points.size());
    for (std::size_t i = 0; i < copied->points.size(); ++i) {
        EXPECT_EQ(copied->points[i].customerRow, renamed->points[i].customerRow);
        EXPECT_EQ(copied->points[i].segment, renamed->points[i].segment);
        EXPECT_EQ(copied->points[i].x, renamed->points[i].x);
    }
    ASSERT_EQ(copied->segments.size(), renamed->segments.size());
    EXPECT_EQ(copied->segments[1].centroid, renamed->segments[1].centroid);

    // Editing the copy leaves the original alone.
    ASSERT_TRUE(session.renameSegment("Copy", 0, "Big spenders"));
    EXPECT_EQ(session.segments("Income x spending")->at(0).name, renamed->segments[0].name);

    ASSERT_TRUE(session.deleteSegmentation("Income x spending"));
    EXPECT_FALSE(session.segmentation("Income x spending"));
    EXPECT_TRUE(session.segmentation("Copy"));
    EXPECT_EQ(session.summary()->customerCount, 200);
    EXPECT_EQ(session.summary()->segmentations.size(), 1U);
}

TEST(SessionSegmentationEditing, SegmentNamesColoursAndNotesAreStored)
{
    TempDir dir;
    Session session = mallProject(dir);
    ASSERT_TRUE(session.renameSegment("Base", 1, "Careful savers"));
    ASSERT_TRUE(session.setSegmentColor("Base", 1, "#12ab9F"));
    ASSERT_TRUE(session.setSegmentNotes("Base", 1, "Call before the sale.\nTürkçe not: indirim."));
    const std::string path = session.path();
    {
        Session moved = std::move(session); // closes with the scope
    }
    auto reopened = Session::openProject(path);
    ASSERT_TRUE(reopened);
    auto segments = reopened->segments("Base");
    ASSERT_TRUE(segments);
    EXPECT_EQ(segments->at(1).name, "Careful savers");
    EXPECT_EQ(segments->at(1).color, "#12ab9F");
    EXPECT_EQ(segments->at(1).notes, "Call before the sale.\nTürkçe not: indirim.");
    EXPECT_EQ(segments->at(0).color, "");

    ASSERT_TRUE(reopened->setSegmentColor("Base", 1, ""));
    EXPECT_EQ(reopened->segments("Base")->at(1).color, "");
}

TEST(SessionSegmentationEditing, BadEditsAreRefusedAndChangeNothing)
{
    TempDir dir;
    Session session = mallProject(dir);
    ASSERT_TRUE(session.duplicateSegmentation("Base", "Other"));
    const std::string before = segmenta::test::readBytes(session.path());

    auto expectError = [](const Status &status, ErrorCode code) {
        ASSERT_FALSE(status);
        EXPECT_EQ(status.error().code, code) << describe(status.error());
    };
    expectError(session.renameSegmentation("Base", "Other"), ErrorCode::SegmentationExists);
    expectError(session.renameSegmentation("Base", "   "), ErrorCode::InvalidParameter);
    expectError(session.renameSegmentation("Missing", "New"), ErrorCode::UnknownSegmentation);
    EXPECT_EQ(session.duplicateSegmentation("Base", "Other").error().code, ErrorCode::SegmentationExists);
    expectError(session.deleteSegmentation("Missing"), ErrorCode::UnknownSegmentation);
    expectError(session.renameSegment("Base", 3, "Fourth"), ErrorCode::InvalidParameter);
    expectError(session.renameSegment("Base", -1, "None"), ErrorCode::InvalidParameter);
    const std::string taken = session.segments("Base")->at(0).name;
    expectError(session.renameSegment("Base", 1, taken), ErrorCode::InvalidParameter);
    expectError(session.setSegmentColor("Base", 0, "red"), ErrorCode::InvalidParameter);
    expectError(session.setSegmentColor("Base", 0, "#12345g"), ErrorCode::InvalidParameter);
    expectError(session.setSegmentNotes("Base", 7, "x"), ErrorCode::InvalidParameter);
    EXPECT_EQ(segmenta::test::readBytes(session.path()), before);
}
