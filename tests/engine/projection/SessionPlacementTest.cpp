// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
// Placing new members into a stored map (Session::placeNewMembers): copies of customers land beside their
// originals, nobody already on the map moves, and a cancel keeps nothing.
#include "Session.h"
#include "store/Database.h"
#include "support/CancellingProgress.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

using namespace segmenta::engine;
using segmenta::test::readBytes;
using segmenta::test::TempDir;

namespace {

constexpr int originals = 200; // the Mall customers
constexpr int copies = 20; // of every tenth of them, appended with new ids

/// Mall_Customers.csv with a copy of every tenth customer (same values, id "C" + the original's) at the end.
std::string mallWithCopies(const TempDir &dir)
{
    std::ifstream in(SEGMENTA_SHARED_DATA_DIR "/mall_customers/Mall_Customers.csv", std::ios::binary);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        lines.push_back(line);
    }
    EXPECT_EQ(lines.size(), static_cast<std::size_t>(originals + 1));
    std::ostringstream out;
    for (const std::string &line : lines) {
        out << line << '\n';
    }
    for (int i = 0; i < copies; ++i) {
        out << 'C' << lines.at(static_cast<std::size_t>(1 + 10 * i)) << '\n';
    }
    return dir.write("mall-copies.csv", out.str());
}

/// The project with the Mall customers and the copies, segmented ("Base", k-means on income and score) and,
/// for "tsne", mapped with t-SNE; then the copies are taken off the segmentation and its newest map, as if
/// they had arrived after both, and assigned again (so they are members without a point).
Session projectWithNewMembers(const TempDir &dir, const std::string &mapMethod)
{
    auto created = Session::createProject(dir.file("mall.segmenta"));
    EXPECT_TRUE(created);
    Session session = std::move(created).value();
    NullProgress progress;
    CsvImportParams table;
    table.filePath = mallWithCopies(dir);
    auto imported = session.importCustomersCsv(table, progress);
    EXPECT_TRUE(imported) << describe(imported.error());
    EXPECT_EQ(imported->customerCount, originals + copies);
    SegmentationParams segment;
    segment.name = "Base";
    segment.columns = {"Annual Income (k$)", "Spending Score (1-100)"};
    segment.segmentCount = 5;
    EXPECT_TRUE(session.runSegmentation(segment, progress));
    if (mapMethod == "tsne") {
        ProjectionParams map;
        map.segmentation = "Base";
        map.iterations = 400;
        auto drawn = session.runProjection(map, progress);
        EXPECT_TRUE(drawn) << describe(drawn.error());
    }
    {
        store::Database database(session.path(), store::OpenMode::ReadWrite);
        const std::string copyRows = "customer_row > " + std::to_string(originals);
        database.execute("DELETE FROM segment_members WHERE " + copyRows);
        database.execute("DELETE FROM projection_points WHERE " + copyRows
            + " AND projection_id = (SELECT max(id) FROM projections)");
    }
    auto assigned = session.assignToSegmentation("Base", progress);
    EXPECT_TRUE(assigned) << describe(assigned.error());
    EXPECT_EQ(assigned->assignedCount, copies);
    return session;
}

std::map<std::int64_t, MapPoint> pointsOf(const Session &session)
{
    const auto details = session.segmentation("Base");
    EXPECT_TRUE(details) << describe(details.error());
    std::map<std::int64_t, MapPoint> points;
    for (const MapPoint &point : details->points) {
        points[point.customerRow] = point;
    }
    return points;
}

void expectUnmoved(
    const std::map<std::int64_t, MapPoint> &before, const std::map<std::int64_t, MapPoint> &after)
{
    for (const auto &[row, point] : before) {
        ASSERT_EQ(after.count(row), 1U) << "row " << row;
        EXPECT_EQ(after.at(row).x, point.x) << "row " << row; // bit for bit: nothing refitted
        EXPECT_EQ(after.at(row).y, point.y) << "row " << row;
    }
}

double distance(const MapPoint &a, const MapPoint &b)
{
    return std::hypot(a.x - b.x, a.y - b.y);
}

} // namespace

TEST(SessionPlacement, TsnePlacesCopiesBesideTheirOriginalsAndMovesNobody)
{
    TempDir dir;
    Session session = projectWithNewMembers(dir, "tsne");
    const auto before = pointsOf(session);
    ASSERT_EQ(before.size(), static_cast<std::size_t>(originals));

    NullProgress progress;
    auto report = session.placeNewMembers("Base", progress);
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_EQ(report->method, "tsne");
    EXPECT_EQ(report->placedCount, copies);
    EXPECT_EQ(report->alreadyPlacedCount, originals);
    EXPECT_EQ(report->leftOutCount, 0);

    const auto after = pointsOf(session);
    ASSERT_EQ(after.size(), static_cast<std::size_t>(originals + copies));
    expectUnmoved(before, after);

    // "Beside", for every copy: the original is among the copy's 5 nearest customers on the map (the middle
    // of the Mall data holds customers with nearly the same income and score, who may be as near), and the
    // copy lies within half the median distance from a customer to its 10th map neighbour.
    std::vector<double> tenth;
    for (const auto &[row, point] : before) {
        std::vector<double> d;
        for (const auto &[other, q] : before) {
            if (other != row) {
                d.push_back(distance(point, q));
            }
        }
        std::nth_element(d.begin(), d.begin() + 9, d.end());
        tenth.push_back(d[9]);
    }
    std::nth_element(tenth.begin(), tenth.begin() + originals / 2, tenth.end());
    const double scale = tenth[originals / 2];
    for (int i = 0; i < copies; ++i) {
        const MapPoint &copy = after.at(originals + i);
        const MapPoint &original = before.at(10 * i);
        EXPECT_EQ(copy.segment, original.segment) << "assigned as its original was segmented";
        const double toOriginal = distance(copy, original);
        int closer = 0;
        for (const auto &[row, point] : before) {
            closer += distance(copy, point) < toOriginal ? 1 : 0;
        }
        EXPECT_LT(closer, 5) << "copy of row " << 10 * i;
        EXPECT_LT(toOriginal, 0.5 * scale) << "copy of row " << 10 * i;
    }

    // Everyone is on the map now: a second call places nobody.
    auto again = session.placeNewMembers("Base", progress);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->placedCount, 0);
    EXPECT_EQ(again->alreadyPlacedCount, originals + copies);
}

TEST(SessionPlacement, PcaPlacesCopiesOnTheirOriginalsPoints)
{
    TempDir dir;
    Session session = projectWithNewMembers(dir, "pca"); // the segmentation's own PCA map
    const auto before = pointsOf(session);
    ASSERT_EQ(before.size(), static_cast<std::size_t>(originals));
    NullProgress progress;
    auto report = session.placeNewMembers("Base", progress);
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_EQ(report->method, "pca");
    EXPECT_EQ(report->placedCount, copies);

    const auto after = pointsOf(session);
    ASSERT_EQ(after.size(), static_cast<std::size_t>(originals + copies));
    expectUnmoved(before, after);
    // The PCA map is a function of the values: a copy's point is its original's, to rounding.
    for (int i = 0; i < copies; ++i) {
        EXPECT_NEAR(after.at(originals + i).x, before.at(10 * i).x, 1e-9) << "copy " << i;
        EXPECT_NEAR(after.at(originals + i).y, before.at(10 * i).y, 1e-9) << "copy " << i;
    }
}

TEST(SessionPlacement, CancelLeavesTheProjectUnchanged)
{
    TempDir dir;
    Session session = projectWithNewMembers(dir, "tsne");
    const std::string bytes = readBytes(session.path());
    segmenta::test::CancelAtStage cancel("tsne.placement");
    auto report = session.placeNewMembers("Base", cancel);
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(readBytes(session.path()), bytes);
    EXPECT_EQ(pointsOf(session).size(), static_cast<std::size_t>(originals));
}

TEST(SessionPlacement, RefusesWhatItCannotPlace)
{
    TempDir dir;
    Session session = projectWithNewMembers(dir, "pca");
    NullProgress progress;
    EXPECT_EQ(session.placeNewMembers("Nope", progress).error().code, ErrorCode::UnknownSegmentation);
    SegmentationParams mixed;
    mixed.name = "Mixed";
    mixed.columns = {"Genre", "Age"};
    mixed.segmentCount = 3;
    mixed.method = SegmentationMethod::KPrototypes;
    ASSERT_TRUE(session.runSegmentation(mixed, progress));
    auto refused = session.placeNewMembers("Mixed", progress);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidParameter);
    EXPECT_NE(describe(refused.error()).find("numeric columns"), std::string::npos)
        << describe(refused.error());
}
