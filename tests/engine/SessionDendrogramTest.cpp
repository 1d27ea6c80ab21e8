// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// Merge trees stored with hierarchical segmentations (issue #5): read back, re-cut at k or height into new
// segmentations whose names carry over, without refitting.
#include "Session.h"
#include "features/NumericMatrix.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "support/CancellingProgress.h"
#include "support/MallCustomers.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <sstream>

using namespace segmenta::engine;
using segmenta::test::CancelAtStage;
using segmenta::test::readBytes;
using segmenta::test::TempDir;

namespace {

const std::vector<std::string> incomeAndScore = {"Annual Income (k$)", "Spending Score (1-100)"};

Session importedProject(const TempDir &dir, const std::string &csv)
{
    auto session = Session::createProject(dir.file("tree.segmenta"));
    EXPECT_TRUE(session);
    CsvImportParams import;
    import.filePath = csv;
    NullProgress progress;
    auto imported = session->importCustomersCsv(import, progress);
    EXPECT_TRUE(imported) << describe(imported.error());
    return std::move(session).value();
}

/// The Mall customers with a five-segment Ward segmentation "Tree" on income and spending score.
Session mallWithWard(const TempDir &dir)
{
    Session session
        = importedProject(dir, std::string(SEGMENTA_SHARED_DATA_DIR) + "/mall_customers/Mall_Customers.csv");
    SegmentationParams params;
    params.name = "Tree";
    params.columns = incomeAndScore;
    params.segmentCount = 5;
    params.method = SegmentationMethod::Hierarchical;
    NullProgress progress;
    auto run = session.runSegmentation(params, progress);
    EXPECT_TRUE(run) << describe(run.error());
    return session;
}

/// The fit Session makes of the Mall columns: z-scores, then Ward.
Dendrogram mallWardFit()
{
    const Matrix raw = segmenta::test::readMallIncomeAndScore();
    const Matrix scaled = fitZScore(raw).apply(raw);
    NullProgress progress;
    auto fitted = fitHierarchical(scaled, HierarchicalParams {}, progress);
    EXPECT_TRUE(fitted);
    return std::move(fitted).value();
}

/// Segment of each member by customer row.
std::vector<int> membersOf(const Session &session, const std::string &name)
{
    const auto details = session.segmentation(name);
    EXPECT_TRUE(details) << describe(details.error());
    std::vector<int> members;
    for (const MapPoint &point : details->points) {
        EXPECT_EQ(point.customerRow, static_cast<std::int64_t>(members.size()));
        members.push_back(point.segment);
    }
    return members;
}

/// Whether two labellings make the same groups (equal up to renaming the labels).
bool sameGroups(const std::vector<int> &a, const IndexVector &b)
{
    if (static_cast<Eigen::Index>(a.size()) != b.size()) {
        return false;
    }
    std::map<int, int> forward;
    std::map<int, int> backward;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const int y = b(static_cast<Eigen::Index>(i));
        const bool forwardAgrees = forward.emplace(a[i], y).first->second == y;
        const bool backwardAgrees = backward.emplace(y, a[i]).first->second == a[i];
        if (!forwardAgrees || !backwardAgrees) {
            return false;
        }
    }
    return true;
}

void expectSameTree(const Dendrogram &stored, const Dendrogram &fitted)
{
    ASSERT_EQ(stored.leafSizes, fitted.leafSizes);
    ASSERT_EQ(stored.merges.size(), fitted.merges.size());
    for (std::size_t i = 0; i < stored.merges.size(); ++i) {
        EXPECT_EQ(stored.merges[i].left, fitted.merges[i].left) << "merge " << i;
        EXPECT_EQ(stored.merges[i].right, fitted.merges[i].right) << "merge " << i;
        EXPECT_EQ(stored.merges[i].height, fitted.merges[i].height) << "merge " << i; // stored bit for bit
        EXPECT_EQ(stored.merges[i].size, fitted.merges[i].size) << "merge " << i;
    }
}

} // namespace

TEST(SessionDendrogram, TheStoredTreeIsTheFitsTree)
{
    TempDir dir;
    Session session = mallWithWard(dir);
    const auto tree = session.segmentationTree("Tree");
    ASSERT_TRUE(tree) << describe(tree.error());
    ASSERT_TRUE(tree->dendrogram.has_value()) << tree->message;
    EXPECT_EQ(tree->absence, TreeAbsence::None);
    EXPECT_FALSE(tree->leavesAreMicroClusters);
    EXPECT_EQ(tree->customerCount, 200);
    expectSameTree(*tree->dendrogram, mallWardFit());
    // Each leaf (customer) is in the segment the segmentation gave it.
    const std::vector<int> members = membersOf(session, "Tree");
    ASSERT_EQ(tree->leafSegments.size(), members.size());
    EXPECT_EQ(tree->leafSegments, members);
}

TEST(SessionDendrogram, RecutAtKEqualsCuttingTheFittedTree)
{
    TempDir dir;
    Session session = mallWithWard(dir);
    const Dendrogram fitted = mallWardFit();
    NullProgress progress;
    for (const int k : {2, 3, 6, 9}) {
        RecutParams params;
        params.segmentation = "Tree";
        params.segmentCount = k;
        auto cut = session.recutSegmentation(params, progress);
        ASSERT_TRUE(cut) << describe(cut.error());
        EXPECT_EQ(cut->segmentCount, k);
        EXPECT_EQ(cut->name, "Tree (" + std::to_string(k) + " segments)");
        EXPECT_EQ(cut->method, "hierarchical-ward");
        EXPECT_EQ(cut->memberCount, 200);
        EXPECT_EQ(cut->matchedTo, "Tree");
        EXPECT_TRUE(cut->isAssignable);
        const std::vector<int> members = membersOf(session, cut->name);
        EXPECT_TRUE(sameGroups(members, cutByCount(fitted, k))) << "k = " << k;
        // The new segmentation keeps the tree, so it can be cut again.
        const auto again = session.segmentationTree(cut->name);
        ASSERT_TRUE(again && again->dendrogram);
        expectSameTree(*again->dendrogram, fitted);
    }
    // The source is as it was.
    const auto source = session.segmentation("Tree");
    ASSERT_TRUE(source);
    EXPECT_EQ(source->info.segmentCount, 5);
}

TEST(SessionDendrogram, RecutAtTheSourcesKGivesTheSameSegmentsAndInertia)
{
    TempDir dir;
    Session session = mallWithWard(dir);
    RecutParams params;
    params.segmentation = "Tree";
    params.segmentCount = 5;
    params.name = "Same";
    NullProgress progress;
    auto cut = session.recutSegmentation(params, progress);
    ASSERT_TRUE(cut) << describe(cut.error());
    EXPECT_EQ(membersOf(session, "Same"), membersOf(session, "Tree"));
    const auto source = session.segmentation("Tree").value();
    EXPECT_NEAR(cut->inertia, source.info.inertia, 1e-9 * source.info.inertia);
    // The map is the source's, point for point.
    const auto details = session.segmentation("Same").value();
    ASSERT_EQ(details.points.size(), source.points.size());
    for (std::size_t i = 0; i < details.points.size(); ++i) {
        EXPECT_EQ(details.points[i].x, source.points[i].x);
        EXPECT_EQ(details.points[i].y, source.points[i].y);
    }
}

TEST(SessionDendrogram, RecutByHeightMakesEveryMergeAtOrBelowIt)
{
    TempDir dir;
    Session session = mallWithWard(dir);
    const Dendrogram fitted = mallWardFit();
    // Halfway between the merges that leave 4 and 3 clusters: 4 segments.
    const std::size_t n = fitted.merges.size();
    const double height = (fitted.merges[n - 4].height + fitted.merges[n - 3].height) / 2.0;
    RecutParams params;
    params.segmentation = "Tree";
    params.height = height;
    NullProgress progress;
    auto cut = session.recutSegmentation(params, progress);
    ASSERT_TRUE(cut) << describe(cut.error());
    EXPECT_EQ(cut->segmentCount, 4);
    EXPECT_TRUE(sameGroups(membersOf(session, cut->name), cutByHeight(fitted, height)));
}

TEST(SessionDendrogram, SegmentOnCutHeightChoosesK)
{
    TempDir dir;
    Session session
        = importedProject(dir, std::string(SEGMENTA_SHARED_DATA_DIR) + "/mall_customers/Mall_Customers.csv");
    const Dendrogram fitted = mallWardFit();
    const std::size_t n = fitted.merges.size();
    SegmentationParams params;
    params.name = "By height";
    params.columns = incomeAndScore;
    params.method = SegmentationMethod::Hierarchical;
    params.cutHeight = (fitted.merges[n - 6].height + fitted.merges[n - 5].height) / 2.0;
    NullProgress progress;
    auto run = session.runSegmentation(params, progress);
    ASSERT_TRUE(run) << describe(run.error());
    EXPECT_EQ(run->segmentCount, 6);
    EXPECT_TRUE(sameGroups(membersOf(session, "By height"), cutByCount(fitted, 6)));

    params.name = "Too high";
    params.cutHeight = fitted.merges.back().height + 1.0;
    auto tooHigh = session.runSegmentation(params, progress);
    ASSERT_FALSE(tooHigh);
    EXPECT_EQ(tooHigh.error().code, ErrorCode::InvalidParameter);
    EXPECT_EQ(tooHigh.error().args.at(0), "cut-height");
    EXPECT_NE(describe(tooHigh.error()).find("gives 1 segment"), std::string::npos)
        << describe(tooHigh.error());

    params.method = SegmentationMethod::KMeans;
    params.cutHeight = 1.0;
    EXPECT_FALSE(session.validate(params).empty());
}

TEST(SessionDendrogram, MatchedNamesColoursAndNotesCarryOver)
{
    TempDir dir;
    Session session = mallWithWard(dir);
    const std::vector<std::string> names
        = {"Middle", "Rich spenders", "Rich savers", "Young spenders", "Thrifty"};
    for (int s = 0; s < 5; ++s) {
        ASSERT_TRUE(session.renameSegment("Tree", s, names[static_cast<std::size_t>(s)]));
    }
    ASSERT_TRUE(session.setSegmentColor("Tree", 1, "#123456"));
    ASSERT_TRUE(session.setSegmentNotes("Tree", 2, "Send the catalogue"));
    RecutParams params;
    params.segmentation = "Tree";
    params.segmentCount = 6; // one segment splits in two
    params.name = "Six";
    NullProgress progress;
    auto cut = session.recutSegmentation(params, progress);
    ASSERT_TRUE(cut) << describe(cut.error());
    ASSERT_TRUE(cut->matching.has_value());
    EXPECT_EQ(cut->matching->matchedTo, "Tree");
    const auto segments = session.segments("Six").value();
    ASSERT_EQ(segments.size(), 6U);
    int carried = 0;
    for (const SegmentInfo &segment : segments) {
        if (segment.predecessor < 0) {
            continue;
        }
        ++carried;
        EXPECT_EQ(segment.name, names[static_cast<std::size_t>(segment.predecessor)]);
        if (segment.predecessor == 1) {
            EXPECT_EQ(segment.color, "#123456");
        }
        if (segment.predecessor == 2) {
            EXPECT_EQ(segment.notes, "Send the catalogue");
        }
    }
    // Four segments are the source's unchanged, the split one continues in one of its two parts.
    EXPECT_EQ(carried, 5);
}

TEST(SessionDendrogram, CutsOutOfRangeAndOtherMethodsAreRefused)
{
    TempDir dir;
    Session session = mallWithWard(dir);
    NullProgress progress;
    RecutParams params;
    params.segmentation = "Tree";
    for (const int k : {0, 1, 51}) {
        params.segmentCount = k;
        auto cut = session.recutSegmentation(params, progress);
        ASSERT_FALSE(cut) << k;
        EXPECT_EQ(cut.error().code, ErrorCode::InvalidParameter);
        EXPECT_EQ(cut.error().args.at(0), "k");
        EXPECT_EQ(cut.error().args.at(2), "2..50");
    }
    params.segmentCount.reset();
    params.height = 0.0; // only customers with equal values merge at height 0: far more than 50 segments
    const Dendrogram fitted = mallWardFit();
    const auto atZero = std::count_if(
        fitted.merges.begin(), fitted.merges.end(), [](const Merge &merge) { return merge.height <= 0.0; });
    auto fine = session.recutSegmentation(params, progress);
    ASSERT_FALSE(fine);
    EXPECT_EQ(fine.error().args.at(0), "height");
    EXPECT_NE(fine.error().args.at(1).find("gives " + std::to_string(200 - atZero) + " segments"),
        std::string::npos)
        << fine.error().args.at(1);
    EXPECT_NE(fine.error().args.at(2).find("(2 to 50 segments)"), std::string::npos);
    params.height.reset();
    EXPECT_FALSE(session.recutSegmentation(params, progress)); // neither k nor height

    SegmentationParams kmeans;
    kmeans.name = "Centroids";
    kmeans.columns = incomeAndScore;
    ASSERT_TRUE(session.runSegmentation(kmeans, progress));
    const auto tree = session.segmentationTree("Centroids");
    ASSERT_TRUE(tree);
    EXPECT_FALSE(tree->dendrogram.has_value());
    EXPECT_EQ(tree->absence, TreeAbsence::NotHierarchical);
    EXPECT_NE(tree->message.find("only for hierarchical segmentations"), std::string::npos);
    params.segmentation = "Centroids";
    params.segmentCount = 3;
    auto cut = session.recutSegmentation(params, progress);
    ASSERT_FALSE(cut);
    EXPECT_EQ(cut.error().code, ErrorCode::InvalidParameter);
    EXPECT_EQ(cut.error().args.at(0), "segmentation");

    params.segmentation = "No such";
    EXPECT_EQ(session.recutSegmentation(params, progress).error().code, ErrorCode::UnknownSegmentation);
    params.segmentation = "Tree";
    params.name = "Centroids";
    EXPECT_EQ(session.recutSegmentation(params, progress).error().code, ErrorCode::SegmentationExists);
}

TEST(SessionDendrogram, CancelledRecutLeavesTheProjectByteIdentical)
{
    TempDir dir;
    const std::string path = dir.file("tree.segmenta");
    {
        Session session = mallWithWard(dir);
    }
    const std::string before = readBytes(path);
    for (const char *stage : {"recut.load", "recut.save"}) {
        auto session = Session::openProject(path);
        ASSERT_TRUE(session);
        RecutParams params;
        params.segmentation = "Tree";
        params.segmentCount = 3;
        CancelAtStage cancel(stage);
        auto cut = session->recutSegmentation(params, cancel);
        ASSERT_FALSE(cut) << stage;
        EXPECT_EQ(cut.error().code, ErrorCode::Cancelled);
    }
    EXPECT_EQ(readBytes(path), before);
}

TEST(SessionDendrogram, AHierarchicalRunFromBeforeVersionEightHasNoTree)
{
    TempDir dir;
    const std::string path = dir.file("v7.segmenta");
    {
        store::Database database(path, store::OpenMode::CreateNew);
        for (const store::Migration &migration : store::projectMigrations().first(7)) {
            database.execute(migration.sql);
            database.execute("INSERT INTO schema_migrations VALUES (" + std::to_string(migration.version)
                + ", 'old', '2026-01-01T00:00:00Z')");
        }
        database.execute("PRAGMA application_id = " + std::to_string(store::projectApplicationId));
        database.execute(
            "INSERT INTO segmentations (id, name, method, segment_count, seed, init_count, "
            "max_iterations, scaling, member_count, created_at) "
            "VALUES (1, 'Old tree', 'hierarchical-ward', 2, 1, 1, 10, 'zscore', 0, '2026-01-01')");
        database.execute("INSERT INTO segments (segmentation_id, segment_index, name, size) "
                         "VALUES (1, 0, 'Big', 0), (1, 1, 'Small', 0)");
    }
    auto session = Session::openProject(path);
    ASSERT_TRUE(session) << describe(session.error());
    const auto tree = session->segmentationTree("Old tree");
    ASSERT_TRUE(tree) << describe(tree.error());
    EXPECT_FALSE(tree->dendrogram.has_value());
    EXPECT_EQ(tree->absence, TreeAbsence::StoredWithoutTree);
    EXPECT_NE(tree->message.find("before Segmenta kept merge trees"), std::string::npos) << tree->message;
    RecutParams params;
    params.segmentation = "Old tree";
    params.segmentCount = 2;
    NullProgress progress;
    auto cut = session->recutSegmentation(params, progress);
    ASSERT_FALSE(cut);
    EXPECT_NE(describe(cut.error()).find("run it again"), std::string::npos) << describe(cut.error());
}

TEST(SessionDendrogram, DuplicatesKeepTheTreeAndDeletingDropsIt)
{
    TempDir dir;
    Session session = mallWithWard(dir);
    ASSERT_TRUE(session.duplicateSegmentation("Tree", "Copy"));
    const auto copy = session.segmentationTree("Copy");
    ASSERT_TRUE(copy && copy->dendrogram);
    expectSameTree(*copy->dendrogram, *session.segmentationTree("Tree")->dendrogram);
    ASSERT_TRUE(session.deleteSegmentation("Tree"));
    {
        store::Database database(session.path(), store::OpenMode::ReadWrite);
        EXPECT_EQ(store::queryInt64(database, "SELECT count(*) FROM segmentation_trees"), 1);
    }
    NullProgress progress;
    RecutParams params;
    params.segmentation = "Copy";
    params.segmentCount = 3;
    EXPECT_TRUE(session.recutSegmentation(params, progress));
}

/// Two-step Ward: more customers than hierarchicalExactLimit. The Mall customers' income and score, each
/// customer repeated with a small shift per copy (so the copies are distinct points), as a CSV of its own.
TEST(SessionDendrogram, TwoStepTreesStoreMicroClustersAndRecutExactly)
{
    TempDir dir;
    const Matrix mall = segmenta::test::readMallIncomeAndScore();
    const Eigen::Index copies = hierarchicalExactLimit / mall.rows() + 2;
    Matrix raw(mall.rows() * copies, 2);
    std::ostringstream csv;
    csv << "Income,Score\n";
    for (Eigen::Index c = 0; c < copies; ++c) {
        for (Eigen::Index i = 0; i < mall.rows(); ++i) {
            const Eigen::Index row = c * mall.rows() + i;
            raw(row, 0) = mall(i, 0) + 0.01 * static_cast<double>(c % 37);
            raw(row, 1) = mall(i, 1) + 0.01 * static_cast<double>(c % 41);
            csv << raw(row, 0) << ',' << raw(row, 1) << '\n';
        }
    }
    // Read back what the CSV holds, so the test's matrix is the imported one exactly.
    {
        std::istringstream in(csv.str());
        std::string line;
        std::getline(in, line);
        for (Eigen::Index row = 0; std::getline(in, line); ++row) {
            const auto comma = line.find(',');
            raw(row, 0) = std::stod(line.substr(0, comma));
            raw(row, 1) = std::stod(line.substr(comma + 1));
        }
    }
    Session session = importedProject(dir, dir.write("many.csv", csv.str()));
    SegmentationParams params;
    params.name = "Big tree";
    params.columns = {"Income", "Score"};
    params.segmentCount = 5;
    params.method = SegmentationMethod::Hierarchical;
    NullProgress progress;
    auto run = session.runSegmentation(params, progress);
    ASSERT_TRUE(run) << describe(run.error());
    ASSERT_EQ(run->method, "two-step-ward");

    TwoStepParams twoStep;
    twoStep.seed = params.seed;
    const Matrix scaled = fitZScore(raw).apply(raw);
    auto fitted = fitTwoStepWard(scaled, twoStep, progress);
    ASSERT_TRUE(fitted);
    const auto tree = session.segmentationTree("Big tree");
    ASSERT_TRUE(tree && tree->dendrogram);
    EXPECT_TRUE(tree->leavesAreMicroClusters);
    EXPECT_EQ(tree->customerCount, raw.rows());
    expectSameTree(*tree->dendrogram, fitted->dendrogram);

    for (const int k : {3, 8}) {
        RecutParams recut;
        recut.segmentation = "Big tree";
        recut.segmentCount = k;
        auto cut = session.recutSegmentation(recut, progress);
        ASSERT_TRUE(cut) << describe(cut.error());
        EXPECT_EQ(cut->segmentCount, k);
        EXPECT_EQ(cut->method, "two-step-ward");
        EXPECT_TRUE(sameGroups(membersOf(session, cut->name), cutByCount(fitted.value(), k))) << k;
    }
}
