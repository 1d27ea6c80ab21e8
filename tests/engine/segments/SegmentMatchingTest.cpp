// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "segments/SegmentMatching.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace segmenta::engine {
namespace {

/// Adds `count` customers, numbered from `firstCustomer`, to `segment`.
void addMembers(SegmentMembership &membership, std::int64_t firstCustomer, int count, int segment)
{
    for (int n = 0; n < count; ++n) {
        membership.customers.push_back(firstCustomer + n);
        membership.segments.push_back(segment);
    }
}

Matrix centres(std::initializer_list<std::initializer_list<double>> rows)
{
    Matrix m(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(rows.begin()->size()));
    Eigen::Index r = 0;
    for (const auto &row : rows) {
        Eigen::Index c = 0;
        for (const double value : row) {
            m(r, c++) = value;
        }
        ++r;
    }
    return m;
}

TEST(SegmentMatching, PermutedLabelsAreMatchedToThemselves)
{
    // Three segments of 10, 8 and 6 customers; the re-run numbers them 2, 0, 1 instead of 0, 1, 2.
    SegmentMembership before {3, {}, {}, centres({{0, 0}, {5, 0}, {0, 5}})};
    addMembers(before, 0, 10, 0);
    addMembers(before, 10, 8, 1);
    addMembers(before, 18, 6, 2);
    SegmentMembership after {3, {}, {}, centres({{5, 0}, {0, 5}, {0, 0}})};
    addMembers(after, 18, 6, 1); // a different order of customers, too
    addMembers(after, 0, 10, 2);
    addMembers(after, 10, 8, 0);

    const SegmentMatching matching = matchSegments(before, after);
    EXPECT_EQ(matching.basis, MatchingBasis::MemberOverlap);
    EXPECT_EQ(matching.commonCustomers, 24);
    EXPECT_EQ(matching.predecessor, (std::vector<int> {1, 2, 0}));
    ASSERT_EQ(matching.kept.size(), 3U);
    for (const KeptSegment &kept : matching.kept) {
        EXPECT_DOUBLE_EQ(kept.overlapShare, 1.0);
        EXPECT_DOUBLE_EQ(kept.jaccard, 1.0);
        EXPECT_NEAR(kept.centroidDistance, 0.0, 1e-12);
    }
    EXPECT_TRUE(matching.splits.empty());
    EXPECT_TRUE(matching.merges.empty());
    EXPECT_TRUE(matching.appeared.empty());
    EXPECT_TRUE(matching.vanished.empty());
}

TEST(SegmentMatching, OneMoreSegmentIsReportedAsOneSplit)
{
    // k = 3 → 4: the big segment 0 (20 customers) splits into 12 (new 0) and 8 (new 3); one customer of
    // segment 1 moved to segment 2 on the way.
    SegmentMembership before {3, {}, {}, {}};
    addMembers(before, 0, 20, 0);
    addMembers(before, 20, 10, 1);
    addMembers(before, 30, 10, 2);
    SegmentMembership after {4, {}, {}, {}};
    addMembers(after, 0, 12, 0);
    addMembers(after, 12, 8, 3);
    addMembers(after, 20, 9, 1);
    addMembers(after, 29, 11, 2);

    const SegmentMatching matching = matchSegments(before, after);
    EXPECT_EQ(matching.predecessor, (std::vector<int> {0, 1, 2, -1}));
    ASSERT_EQ(matching.splits.size(), 1U);
    EXPECT_EQ(matching.splits[0].previous, 0);
    EXPECT_EQ(matching.splits[0].current, (std::vector<int> {0, 3}));
    EXPECT_TRUE(matching.merges.empty());
    EXPECT_TRUE(matching.appeared.empty());
    EXPECT_TRUE(matching.vanished.empty());
    ASSERT_EQ(matching.kept.size(), 3U);
    EXPECT_DOUBLE_EQ(matching.kept[0].overlapShare, 12.0 / 20.0);
    EXPECT_DOUBLE_EQ(matching.kept[1].overlapShare, 9.0 / 10.0);

    const auto sentences
        = describeMatching(matching, {"Loyal", "Bargain", "New"}, {"Loyal", "Bargain", "New", "Segment 4"});
    EXPECT_NE(std::find(sentences.begin(), sentences.end(), "'Loyal' split into 'Loyal' and 'Segment 4'."),
        sentences.end());
    EXPECT_NE(std::find(sentences.begin(), sentences.end(),
                  "'Bargain' continues as 'Bargain' (90% of its "
                  "customers stayed)."),
        sentences.end());
}

TEST(SegmentMatching, OneSegmentFewerIsReportedAsOneMerge)
{
    // k = 4 → 3: old segments 2 (10) and 3 (6) become new segment 1.
    SegmentMembership before {4, {}, {}, {}};
    addMembers(before, 0, 15, 0);
    addMembers(before, 15, 12, 1);
    addMembers(before, 27, 10, 2);
    addMembers(before, 37, 6, 3);
    SegmentMembership after {3, {}, {}, {}};
    addMembers(after, 0, 15, 0);
    addMembers(after, 27, 16, 1);
    addMembers(after, 15, 12, 2);

    const SegmentMatching matching = matchSegments(before, after);
    EXPECT_EQ(matching.predecessor, (std::vector<int> {0, 2, 1}));
    ASSERT_EQ(matching.merges.size(), 1U);
    EXPECT_EQ(matching.merges[0].current, 1);
    EXPECT_EQ(matching.merges[0].previous, (std::vector<int> {2, 3})); // the kept one (larger overlap) first
    EXPECT_TRUE(matching.splits.empty());
    EXPECT_TRUE(matching.appeared.empty());
    EXPECT_TRUE(matching.vanished.empty());
    const auto sentences = describeMatching(matching, {"A", "B", "C", "D"}, {"A", "C", "B"});
    EXPECT_NE(std::find(sentences.begin(), sentences.end(), "'C' and 'D' merged into 'C'."), sentences.end());
}

TEST(SegmentMatching, DisjointCustomersFallBackToTheNearestCentres)
{
    // A second sample: no customer in common. The centres say which is which.
    SegmentMembership before {3, {}, {}, centres({{0, 0}, {10, 0}, {0, 10}})};
    addMembers(before, 0, 30, 0);
    addMembers(before, 30, 20, 1);
    addMembers(before, 50, 10, 2);
    SegmentMembership after {3, {}, {}, centres({{0.4, 9.5}, {0.3, -0.2}, {9.6, 0.5}})};
    addMembers(after, 1000, 25, 0);
    addMembers(after, 1025, 25, 1);
    addMembers(after, 1050, 25, 2);

    const SegmentMatching matching = matchSegments(before, after);
    EXPECT_EQ(matching.basis, MatchingBasis::CentroidDistance);
    EXPECT_EQ(matching.commonCustomers, 0);
    EXPECT_EQ(matching.predecessor, (std::vector<int> {2, 0, 1}));
    ASSERT_EQ(matching.kept.size(), 3U);
    EXPECT_TRUE(std::isnan(matching.kept[0].overlapShare));
    EXPECT_NEAR(matching.kept[0].centroidDistance, std::hypot(0.4, 0.5), 1e-12);
    EXPECT_TRUE(matching.splits.empty());
    EXPECT_TRUE(matching.appeared.empty());

    // Without comparable centres the overlap is all there is: nothing carries over.
    before.centroids.resize(0, 0);
    const SegmentMatching blind = matchSegments(before, after);
    EXPECT_EQ(blind.basis, MatchingBasis::MemberOverlap);
    EXPECT_EQ(blind.predecessor, (std::vector<int> {-1, -1, -1}));
    EXPECT_EQ(blind.appeared, (std::vector<int> {0, 1, 2}));
    EXPECT_EQ(blind.vanished, (std::vector<int> {0, 1, 2}));
}

TEST(SegmentMatching, AnExtraCentreNearAnOldOneIsASplitUnderTheCentroidFallback)
{
    SegmentMembership before {2, {}, {}, centres({{0, 0}, {10, 0}})};
    addMembers(before, 0, 10, 0);
    addMembers(before, 10, 10, 1);
    SegmentMembership after {3, {}, {}, centres({{10, 1}, {0, 0}, {11, -2}})};
    addMembers(after, 100, 30, 0);
    addMembers(after, 130, 30, 1);
    addMembers(after, 160, 30, 2);

    const SegmentMatching matching = matchSegments(before, after);
    EXPECT_EQ(matching.basis, MatchingBasis::CentroidDistance);
    EXPECT_EQ(matching.predecessor, (std::vector<int> {1, 0, -1}));
    ASSERT_EQ(matching.splits.size(), 1U);
    EXPECT_EQ(matching.splits[0].previous, 1);
    EXPECT_EQ(matching.splits[0].current, (std::vector<int> {0, 2}));
}

TEST(SegmentMatching, SpreadCustomersVanishAndNewOnesAppear)
{
    // Old segment 2's nine customers go three each to the new segments: no majority anywhere, so it
    // vanished. New segment 3 holds only customers the old segmentation never saw: it appeared.
    SegmentMembership before {4, {}, {}, {}};
    addMembers(before, 0, 10, 0);
    addMembers(before, 10, 10, 1);
    addMembers(before, 20, 9, 2);
    addMembers(before, 29, 10, 3);
    SegmentMembership after {4, {}, {}, {}};
    addMembers(after, 0, 10, 0);
    addMembers(after, 20, 3, 0);
    addMembers(after, 10, 10, 1);
    addMembers(after, 23, 3, 1);
    addMembers(after, 29, 10, 2);
    addMembers(after, 26, 3, 2);
    addMembers(after, 500, 12, 3);

    const SegmentMatching matching = matchSegments(before, after);
    EXPECT_EQ(matching.basis, MatchingBasis::MemberOverlap);
    EXPECT_EQ(matching.predecessor, (std::vector<int> {0, 1, 3, -1}));
    EXPECT_EQ(matching.vanished, (std::vector<int> {2}));
    EXPECT_EQ(matching.appeared, (std::vector<int> {3}));
    EXPECT_TRUE(matching.splits.empty());
    EXPECT_TRUE(matching.merges.empty());
    const auto sentences = describeMatching(matching, {"A", "B", "C", "D"}, {"A", "B", "D", "Segment 4"});
    EXPECT_NE(
        std::find(sentences.begin(), sentences.end(), "'Segment 4' is new: no earlier segment matches it."),
        sentences.end());
    EXPECT_NE(std::find(sentences.begin(), sentences.end(),
                  "'C' vanished: its customers spread over other "
                  "segments."),
        sentences.end());
}

TEST(SegmentMatching, AppendedCustomersStillMatchByOverlap)
{
    // The old customers keep their segments; 40% more customers arrive and join them.
    SegmentMembership before {2, {}, {}, centres({{0, 0}, {1, 1}})};
    addMembers(before, 0, 50, 0);
    addMembers(before, 50, 50, 1);
    SegmentMembership after {2, {}, {}, centres({{1, 1}, {0, 0}})};
    addMembers(after, 50, 50, 0);
    addMembers(after, 0, 50, 1);
    addMembers(after, 100, 20, 0);
    addMembers(after, 120, 20, 1);
    const SegmentMatching matching = matchSegments(before, after);
    EXPECT_EQ(matching.basis, MatchingBasis::MemberOverlap);
    EXPECT_EQ(matching.predecessor, (std::vector<int> {1, 0}));
    EXPECT_DOUBLE_EQ(matching.kept[0].overlapShare, 1.0);
    // Over the customers both hold: the newcomers do not make the segments look less alike.
    EXPECT_DOUBLE_EQ(matching.kept[0].jaccard, 1.0);
}

/// The cheapest assignment by trying every permutation (n ≤ 7).
double bruteForceCost(const Matrix &cost)
{
    std::vector<int> columns(static_cast<std::size_t>(cost.cols()));
    std::iota(columns.begin(), columns.end(), 0);
    double best = std::numeric_limits<double>::infinity();
    do {
        double total = 0.0;
        for (Eigen::Index r = 0; r < cost.rows(); ++r) {
            total += cost(r, columns[static_cast<std::size_t>(r)]);
        }
        best = std::min(best, total);
    } while (std::next_permutation(columns.begin(), columns.end()));
    return best;
}

TEST(SegmentMatching, AssignmentIsOptimalOnRandomSquareAndRectangularCosts)
{
    std::mt19937_64 random(7);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    for (int trial = 0; trial < 50; ++trial) {
        const int rows = 1 + trial % 6;
        const int cols = rows + trial % 2; // square and one column more
        Matrix cost(rows, cols);
        for (Eigen::Index r = 0; r < rows; ++r) {
            for (Eigen::Index c = 0; c < cols; ++c) {
                cost(r, c) = uniform(random);
            }
        }
        const std::vector<int> assignment = solveAssignment(cost);
        double total = 0.0;
        std::vector<bool> taken(static_cast<std::size_t>(cols), false);
        for (int r = 0; r < rows; ++r) {
            const int c = assignment[static_cast<std::size_t>(r)];
            ASSERT_GE(c, 0);
            EXPECT_FALSE(taken[static_cast<std::size_t>(c)]) << "column " << c << " given twice";
            taken[static_cast<std::size_t>(c)] = true;
            total += cost(r, c);
        }
        EXPECT_NEAR(total, bruteForceCost(cost), 1e-12) << "trial " << trial;

        // More rows than columns: every column is used once, one row goes without.
        const std::vector<int> transposed = solveAssignment(cost.transpose());
        EXPECT_EQ(std::count(transposed.begin(), transposed.end(), -1), cols - rows);
    }
}

TEST(SegmentMatching, ParametersOutsideTheirRangesAreNamed)
{
    SegmentMatchingParams params;
    params.majorityShare = 0.3;
    params.minimumJaccard = 2.0;
    const auto problems = validate(params);
    ASSERT_EQ(problems.size(), 2U);
    EXPECT_EQ(problems[0].args.at(0), "minimumJaccard");
    EXPECT_EQ(problems[1].args.at(0), "majorityShare");
    EXPECT_TRUE(validate(SegmentMatchingParams {}).empty());
}

} // namespace
} // namespace segmenta::engine
