// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "Session.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "support/MallCustomers.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

using namespace segmenta::engine;
using segmenta::test::TempDir;

namespace {

const std::vector<std::string> incomeAndScore = {"Annual Income (k$)", "Spending Score (1-100)"};

/// The Mall customers with the classic five-segment k-means "Base" on income and spending score, its
/// segments renamed, one coloured and one with notes, as a user leaves them.
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
    params.columns = incomeAndScore;
    params.segmentCount = 5;
    auto run = session->runSegmentation(params, progress);
    EXPECT_TRUE(run) << describe(run.error());
    EXPECT_TRUE(run->isAssignable);
    const std::vector<std::string> names
        = {"Middle", "Rich spenders", "Rich savers", "Young spenders", "Thrifty"};
    for (int s = 0; s < 5; ++s) {
        EXPECT_TRUE(session->renameSegment("Base", s, names[static_cast<std::size_t>(s)]));
    }
    EXPECT_TRUE(session->setSegmentColor("Base", 1, "#123456"));
    EXPECT_TRUE(session->setSegmentNotes("Base", 2, "Send the catalogue"));
    return std::move(session).value();
}

/// Segment of each member by customer row.
std::map<std::int64_t, int> membersOf(const Session &session, const std::string &name)
{
    const auto details = session.segmentation(name);
    EXPECT_TRUE(details) << describe(details.error());
    std::map<std::int64_t, int> members;
    for (const MapPoint &point : details->points) {
        members[point.customerRow] = point.segment;
    }
    return members;
}

SegmentationParams rerun(int k, std::uint64_t seed)
{
    SegmentationParams params;
    params.name = "Rerun";
    params.columns = incomeAndScore;
    params.segmentCount = k;
    params.seed = seed;
    params.initCount = 3;
    params.matchTo = "Base";
    return params;
}

} // namespace

TEST(SessionSegmentIdentity, ANewSeedKeepsNamesColoursAndNotes)
{
    TempDir dir;
    Session session = mallProject(dir);
    NullProgress progress;
    auto run = session.runSegmentation(rerun(5, 2024), progress);
    ASSERT_TRUE(run) << describe(run.error());
    ASSERT_TRUE(run->matching.has_value());
    EXPECT_EQ(run->matchedTo, "Base");
    EXPECT_EQ(run->matching->matching.kept.size(), 5U);
    EXPECT_TRUE(run->matching->matching.splits.empty());
    EXPECT_TRUE(run->matching->matching.appeared.empty());
    EXPECT_EQ(run->matching->sentences.size(), 5U);

    const auto before = session.segments("Base").value();
    const auto after = session.segments("Rerun").value();
    const auto oldMembers = membersOf(session, "Base");
    const auto newMembers = membersOf(session, "Rerun");
    for (const SegmentInfo &segment : after) {
        ASSERT_GE(segment.predecessor, 0) << segment.name;
        const SegmentInfo &from = before[static_cast<std::size_t>(segment.predecessor)];
        EXPECT_EQ(segment.name, from.name);
        EXPECT_EQ(segment.notes, from.notes);
        // The colour the app showed: the user's, or the palette's for the old index, now stored explicitly.
        EXPECT_EQ(segment.color, from.color.empty() ? segmentPaletteColour(from.index) : from.color);
        // Checked on the members themselves: most of the new segment was in the segment it is named after.
        int same = 0;
        for (const auto &[row, index] : newMembers) {
            same += index == segment.index && oldMembers.at(row) == from.index ? 1 : 0;
        }
        EXPECT_GE(same, static_cast<int>(0.9 * static_cast<double>(segment.size))) << segment.name;
    }
    EXPECT_EQ(after[static_cast<std::size_t>(std::find_if(after.begin(), after.end(),
                                                 [](const SegmentInfo &s) { return s.predecessor == 2; })
                        - after.begin())]
                  .notes,
        "Send the catalogue");

    // What was stored says it: the summary names the segmentation it was matched to.
    const auto summary = session.summary().value();
    EXPECT_EQ(summary.segmentations.back().matchedTo, "Base");
    EXPECT_EQ(summary.segmentations.front().matchedTo, "");
}

TEST(SessionSegmentIdentity, OneMoreSegmentIsASplitWithAFreshNameAndColour)
{
    TempDir dir;
    Session session = mallProject(dir);
    NullProgress progress;
    auto run = session.runSegmentation(rerun(6, 42), progress);
    ASSERT_TRUE(run) << describe(run.error());
    const SegmentMatching &matching = run->matching->matching;
    EXPECT_EQ(matching.kept.size(), 5U);
    EXPECT_EQ(matching.splits.size() + matching.appeared.size(), 1U);
    EXPECT_TRUE(matching.vanished.empty());
    EXPECT_TRUE(matching.merges.empty());

    const auto after = session.segments("Rerun").value();
    std::set<std::string> names;
    std::set<std::string> colours;
    for (const SegmentInfo &segment : after) {
        names.insert(segment.name);
        colours.insert(segment.color);
        if (segment.predecessor < 0) {
            EXPECT_EQ(segment.name, "Segment 1"); // the old names were all renamed, so 1 is free
            EXPECT_TRUE(segment.notes.empty());
        }
    }
    EXPECT_EQ(names.size(), 6U);
    EXPECT_EQ(colours.size(), 6U) << "the new segment's colour differs from the carried-over ones";
}

TEST(SessionSegmentIdentity, OneSegmentFewerIsAMerge)
{
    TempDir dir;
    Session session = mallProject(dir);
    NullProgress progress;
    auto run = session.runSegmentation(rerun(4, 42), progress);
    ASSERT_TRUE(run) << describe(run.error());
    const SegmentMatching &matching = run->matching->matching;
    EXPECT_EQ(matching.kept.size(), 4U);
    EXPECT_EQ(matching.merges.size() + matching.vanished.size(), 1U);
    EXPECT_TRUE(matching.appeared.empty());
    const auto &sentences = run->matching->sentences;
    const bool saysMergedOrVanished
        = std::any_of(sentences.begin(), sentences.end(), [](const std::string &s) {
              return s.find("merged into") != std::string::npos || s.find("vanished") != std::string::npos;
          });
    EXPECT_TRUE(saysMergedOrVanished);
}

TEST(SessionSegmentIdentity, MatchingToAnUnknownSegmentationIsRefused)
{
    TempDir dir;
    Session session = mallProject(dir);
    SegmentationParams params = rerun(5, 1);
    params.matchTo = "Nope";
    const auto problems = session.validate(params);
    ASSERT_EQ(problems.size(), 1U);
    EXPECT_EQ(problems[0].code, ErrorCode::UnknownSegmentation);
}

TEST(SessionSegmentIdentity, HeldOutCustomersGoToTheirNearestCentroid)
{
    TempDir dir;
    Session session = mallProject(dir);
    const auto before = membersOf(session, "Base");
    const auto sizes = session.segments("Base").value();

    // The test's own z-scores (population s.d., as StandardScaler) and centroids (k-means converged: the
    // members' means), from the file read independently of the importer.
    const Matrix raw = segmenta::test::readMallIncomeAndScore();
    const RowVector mean = raw.colwise().mean();
    const RowVector sd = ((raw.rowwise() - mean).array().square().colwise().mean()).sqrt().matrix();
    const Matrix z = (raw.rowwise() - mean).array().rowwise() / sd.array();
    Matrix centroids = Matrix::Zero(5, 2);
    std::vector<int> counts(5, 0);
    for (const auto &[row, segment] : before) {
        centroids.row(segment) += z.row(row);
        ++counts[static_cast<std::size_t>(segment)];
    }
    for (int s = 0; s < 5; ++s) {
        centroids.row(s) /= counts[static_cast<std::size_t>(s)];
    }

    // Hold out every tenth customer, as if they had arrived after the segmentation.
    {
        store::Database database(session.path(), store::OpenMode::ReadWrite);
        database.execute("DELETE FROM segment_members WHERE (customer_row - 1) % 10 = 0");
    }
    ASSERT_EQ(membersOf(session, "Base").size(), 180U);

    NullProgress progress;
    auto report = session.assignToSegmentation("Base", progress);
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_EQ(report->assignedCount, 20);
    EXPECT_EQ(report->alreadyMemberCount, 180);
    EXPECT_EQ(report->skippedCount, 0);

    store::Database database(session.path(), store::OpenMode::ReadWrite);
    int assigned = 0;
    for (std::int64_t row = 0; row < 200; row += 10) {
        const auto segment = store::queryInt64(database,
            "SELECT segment_index FROM segment_members WHERE segmentation_id = 1 AND customer_row = "
                + std::to_string(row + 1));
        ASSERT_TRUE(segment.has_value()) << "row " << row;
        Eigen::Index nearest = 0;
        (centroids.rowwise() - z.row(row)).rowwise().squaredNorm().minCoeff(&nearest);
        EXPECT_EQ(*segment, nearest) << "row " << row;
        EXPECT_EQ(*segment, before.at(row)) << "k-means put it there too";
        ++assigned;
    }
    EXPECT_EQ(assigned, 20);
    // Sizes and member count are whole again; nothing else changed.
    const auto restored = session.segments("Base").value();
    for (std::size_t s = 0; s < restored.size(); ++s) {
        EXPECT_EQ(restored[s].size, sizes[s].size);
        EXPECT_EQ(restored[s].name, sizes[s].name);
        EXPECT_EQ(restored[s].centroid, sizes[s].centroid);
    }
    EXPECT_EQ(session.summary()->segmentations.front().memberCount, 200);

    // A second call finds nobody left to assign.
    auto again = session.assignToSegmentation("Base", progress);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->assignedCount, 0);
    EXPECT_EQ(again->alreadyMemberCount, 200);
}

TEST(SessionSegmentIdentity, OnlySegmentationsWithStoredScalingTakeNewCustomers)
{
    TempDir dir;
    Session session = mallProject(dir);
    NullProgress progress;
    EXPECT_EQ(session.assignToSegmentation("Nope", progress).error().code, ErrorCode::UnknownSegmentation);

    SegmentationParams mixed;
    mixed.name = "Mixed";
    mixed.columns = {"Genre", "Age"};
    mixed.segmentCount = 3;
    mixed.method = SegmentationMethod::KPrototypes;
    ASSERT_TRUE(session.runSegmentation(mixed, progress));
    auto refused = session.assignToSegmentation("Mixed", progress);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidParameter);
    EXPECT_NE(describe(refused.error()).find("kprototypes"), std::string::npos);

    // A copy keeps the scaling; a segmentation stored before this version (no scaling) is refused.
    ASSERT_TRUE(session.duplicateSegmentation("Base", "Copy"));
    EXPECT_TRUE(session.summary()->segmentations.back().isAssignable);
    {
        store::Database database(session.path(), store::OpenMode::ReadWrite);
        database.execute(
            "UPDATE segmentation_columns SET center = NULL, scale = NULL WHERE segmentation_id = 1");
    }
    EXPECT_FALSE(session.summary()->segmentations.front().isAssignable);
    EXPECT_EQ(session.assignToSegmentation("Base", progress).error().code, ErrorCode::InvalidParameter);
    // It can still be matched to: a re-run of it carries its names over.
    auto rerunOfOld = session.runSegmentation(rerun(5, 3), progress);
    ASSERT_TRUE(rerunOfOld) << describe(rerunOfOld.error());
    EXPECT_EQ(rerunOfOld->matching->matching.kept.size(), 5U);
    EXPECT_TRUE(rerunOfOld->isAssignable);
}

TEST(SessionSegmentIdentity, AVersionFourFileUpgradesWithoutMatchesOrScaling)
{
    TempDir dir;
    const std::string path = dir.file("v4.segmenta");
    {
        store::Database database(path, store::OpenMode::CreateNew);
        for (const store::Migration &migration : store::projectMigrations().first(4)) {
            database.execute(migration.sql);
            database.execute("INSERT INTO schema_migrations VALUES (" + std::to_string(migration.version)
                + ", 'old', '2026-01-01T00:00:00Z')");
        }
        database.execute("PRAGMA application_id = " + std::to_string(store::projectApplicationId));
        database.execute("INSERT INTO segmentations (id, name, method, segment_count, seed, init_count, "
                         "max_iterations, scaling, member_count, created_at) "
                         "VALUES (1, 'Old run', 'kmeans', 2, 1, 1, 10, 'zscore', 0, '2026-01-01')");
        database.execute("INSERT INTO segmentation_columns (segmentation_id, position, column_name) "
                         "VALUES (1, 0, 'Spend')");
        database.execute("INSERT INTO segments (segmentation_id, segment_index, name, size, color, notes) "
                         "VALUES (1, 0, 'Big', 0, '#ff0000', 'keep'), (1, 1, 'Small', 0, NULL, NULL)");
    }
    auto session = Session::openProject(path);
    ASSERT_TRUE(session) << describe(session.error());
    const auto summary = session->summary().value();
    EXPECT_EQ(summary.schemaVersion, Session::latestSchemaVersion());
    ASSERT_EQ(summary.segmentations.size(), 1U);
    EXPECT_EQ(summary.segmentations[0].matchedTo, "");
    EXPECT_FALSE(summary.segmentations[0].isAssignable);
    const auto segments = session->segments("Old run").value();
    ASSERT_EQ(segments.size(), 2U);
    EXPECT_EQ(segments[0].predecessor, -1);
    EXPECT_EQ(segments[0].notes, "keep");
    EXPECT_EQ(segments[0].color, "#ff0000");
}

TEST(SessionSegmentIdentity, HierarchicalSegmentsTakeNewCustomersByTheirCentroids)
{
    TempDir dir;
    Session session = mallProject(dir);
    NullProgress progress;
    SegmentationParams params;
    params.name = "Ward";
    params.columns = incomeAndScore;
    params.logColumns = {"Annual Income (k$)"};
    params.segmentCount = 4;
    params.method = SegmentationMethod::Hierarchical;
    auto run = session.runSegmentation(params, progress);
    ASSERT_TRUE(run) << describe(run.error());
    EXPECT_TRUE(run->isAssignable);
    const auto before = membersOf(session, "Ward");

    // The test's own units: income on the log scale (sign-preserving), then z-scores; centroids are the
    // members' means there (Ward's segments have no centres of their own).
    Matrix raw = segmenta::test::readMallIncomeAndScore();
    raw.col(0) = raw.col(0).unaryExpr([](double x) { return std::copysign(std::log1p(std::abs(x)), x); });
    const RowVector mean = raw.colwise().mean();
    const RowVector sd = ((raw.rowwise() - mean).array().square().colwise().mean()).sqrt().matrix();
    const Matrix z = (raw.rowwise() - mean).array().rowwise() / sd.array();
    Matrix centroids = Matrix::Zero(4, 2);
    std::vector<int> counts(4, 0);
    for (const auto &[row, segment] : before) {
        centroids.row(segment) += z.row(row);
        ++counts[static_cast<std::size_t>(segment)];
    }
    for (int s = 0; s < 4; ++s) {
        centroids.row(s) /= counts[static_cast<std::size_t>(s)];
    }
    {
        store::Database database(session.path(), store::OpenMode::ReadWrite);
        database.execute("DELETE FROM segment_members WHERE segmentation_id = " + std::to_string(run->id)
            + " AND customer_row % 7 = 0");
    }
    auto report = session.assignToSegmentation("Ward", progress);
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_EQ(report->assignedCount, 28);
    store::Database database(session.path(), store::OpenMode::ReadWrite);
    for (std::int64_t row = 6; row < 200; row += 7) {
        const auto segment = store::queryInt64(database,
            "SELECT segment_index FROM segment_members WHERE segmentation_id = " + std::to_string(run->id)
                + " AND customer_row = " + std::to_string(row + 1));
        ASSERT_TRUE(segment.has_value()) << "row " << row;
        Eigen::Index nearest = 0;
        (centroids.rowwise() - z.row(row)).rowwise().squaredNorm().minCoeff(&nearest);
        EXPECT_EQ(*segment, nearest) << "row " << row;
    }
}

TEST(SessionSegmentIdentity, DeletingTheEarlierSegmentationForgetsTheMatch)
{
    TempDir dir;
    Session session = mallProject(dir);
    NullProgress progress;
    ASSERT_TRUE(session.runSegmentation(rerun(5, 11), progress));
    ASSERT_TRUE(session.deleteSegmentation("Base"));
    SegmentationParams next;
    next.columns = incomeAndScore;
    next.segmentCount = 3;
    ASSERT_TRUE(session.runSegmentation(next, progress)); // may take the deleted one's id
    const auto summary = session.summary();
    ASSERT_TRUE(summary);
    for (const SegmentationInfo &info : summary->segmentations) {
        EXPECT_EQ(info.matchedTo, "") << info.name;
    }
}
