// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "segments/SegmentMatching.h"

#include "core/Assert.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace segmenta::engine {

namespace {

/// Weight of the centroid distance (divided by the largest) next to 1 − Jaccard: small enough never to
/// outweigh a real difference in overlap, large enough to decide between equal overlaps (e.g. none).
constexpr double tieBreakWeight = 1e-6;

std::string percent(double share)
{
    return std::to_string(static_cast<int>(std::lround(share * 100.0))) + "%";
}

std::string quoted(const std::vector<std::string> &names, int index)
{
    const auto i = static_cast<std::size_t>(index);
    return "'" + (i < names.size() ? names[i] : "Segment " + std::to_string(index + 1)) + "'";
}

std::string joined(const std::vector<std::string> &names, const std::vector<int> &indices)
{
    std::string text;
    for (std::size_t n = 0; n < indices.size(); ++n) {
        if (n > 0) {
            text += n + 1 == indices.size() ? " and " : ", ";
        }
        text += quoted(names, indices[n]);
    }
    return text;
}

void checkMembership(const SegmentMembership &membership)
{
    SEGMENTA_ASSERT(
        membership.customers.size() == membership.segments.size(), "customers and segments differ in length");
    SEGMENTA_ASSERT(
        membership.centroids.rows() == 0 || membership.centroids.rows() == membership.segmentCount,
        "centroids need one row per segment");
    for (const int segment : membership.segments) {
        SEGMENTA_ASSERT(segment >= 0 && segment < membership.segmentCount, "a segment outside 0..k-1");
    }
}

} // namespace

std::vector<Error> validate(const SegmentMatchingParams &params)
{
    std::vector<Error> problems;
    const auto check = [&](const char *name, double value, double low, double high, const char *range) {
        if (!(value >= low && value <= high)) {
            problems.push_back(makeError(ErrorCode::InvalidParameter, {name, std::to_string(value), range}));
        }
    };
    check("minimumCommonShare", params.minimumCommonShare, 0.0, 1.0, "0..1");
    check("minimumJaccard", params.minimumJaccard, 0.0, 1.0, "0..1");
    check("majorityShare", params.majorityShare, 0.5, 1.0, "0.5..1");
    return problems;
}

std::vector<int> solveAssignment(const Matrix &cost)
{
    const auto rows = static_cast<int>(cost.rows());
    const auto cols = static_cast<int>(cost.cols());
    if (rows == 0 || cols == 0) {
        return std::vector<int>(static_cast<std::size_t>(rows), -1);
    }
    if (rows > cols) {
        const std::vector<int> byColumn = solveAssignment(cost.transpose());
        std::vector<int> byRow(static_cast<std::size_t>(rows), -1);
        for (int c = 0; c < cols; ++c) {
            byRow[static_cast<std::size_t>(byColumn[static_cast<std::size_t>(c)])] = c;
        }
        return byRow;
    }
    // Shortest augmenting paths with row and column potentials (Kuhn–Munkres as in Jonker & Volgenant's
    // formulation); 1-based with column 0 as the virtual start.
    constexpr double infinity = std::numeric_limits<double>::infinity();
    std::vector<double> u(static_cast<std::size_t>(rows) + 1, 0.0);
    std::vector<double> v(static_cast<std::size_t>(cols) + 1, 0.0);
    std::vector<int> owner(static_cast<std::size_t>(cols) + 1, 0); // row holding each column, 0: none
    std::vector<int> way(static_cast<std::size_t>(cols) + 1, 0);
    for (int i = 1; i <= rows; ++i) {
        owner[0] = i;
        int j0 = 0;
        std::vector<double> minimum(static_cast<std::size_t>(cols) + 1, infinity);
        std::vector<bool> used(static_cast<std::size_t>(cols) + 1, false);
        do {
            used[static_cast<std::size_t>(j0)] = true;
            const int i0 = owner[static_cast<std::size_t>(j0)];
            double delta = infinity;
            int j1 = 0;
            for (int j = 1; j <= cols; ++j) {
                const auto sj = static_cast<std::size_t>(j);
                if (used[sj]) {
                    continue;
                }
                const double reduced = cost(i0 - 1, j - 1) - u[static_cast<std::size_t>(i0)] - v[sj];
                if (reduced < minimum[sj]) {
                    minimum[sj] = reduced;
                    way[sj] = j0;
                }
                if (minimum[sj] < delta) {
                    delta = minimum[sj];
                    j1 = j;
                }
            }
            SEGMENTA_ASSERT(j1 > 0, "the assignment needs finite costs");
            for (int j = 0; j <= cols; ++j) {
                const auto sj = static_cast<std::size_t>(j);
                if (used[sj]) {
                    u[static_cast<std::size_t>(owner[sj])] += delta;
                    v[sj] -= delta;
                } else {
                    minimum[sj] -= delta;
                }
            }
            j0 = j1;
        } while (owner[static_cast<std::size_t>(j0)] != 0);
        do {
            const int j1 = way[static_cast<std::size_t>(j0)];
            owner[static_cast<std::size_t>(j0)] = owner[static_cast<std::size_t>(j1)];
            j0 = j1;
        } while (j0 != 0);
    }
    std::vector<int> result(static_cast<std::size_t>(rows), -1);
    for (int j = 1; j <= cols; ++j) {
        if (owner[static_cast<std::size_t>(j)] > 0) {
            result[static_cast<std::size_t>(owner[static_cast<std::size_t>(j)] - 1)] = j - 1;
        }
    }
    return result;
}

SegmentMatching matchSegments(
    const SegmentMembership &previous, const SegmentMembership &current, const SegmentMatchingParams &params)
{
    SEGMENTA_ASSERT(validate(params).empty(), "matchSegments with invalid parameters");
    checkMembership(previous);
    checkMembership(current);
    const int kOld = previous.segmentCount;
    const int kNew = current.segmentCount;

    // Shared customers per (previous, new) pair.
    std::unordered_map<std::int64_t, int> previousSegment;
    previousSegment.reserve(previous.customers.size());
    for (std::size_t n = 0; n < previous.customers.size(); ++n) {
        const bool inserted = previousSegment.emplace(previous.customers[n], previous.segments[n]).second;
        SEGMENTA_ASSERT(inserted, "a customer twice in the previous segmentation");
    }
    Matrix shared = Matrix::Zero(kOld, kNew);
    SegmentMatching matching;
    for (std::size_t n = 0; n < current.customers.size(); ++n) {
        const auto found = previousSegment.find(current.customers[n]);
        if (found != previousSegment.end()) {
            shared(found->second, current.segments[n]) += 1.0;
            ++matching.commonCustomers;
        }
    }
    const Eigen::VectorXd fromPrevious = shared.rowwise().sum();
    const Eigen::RowVectorXd intoCurrent = shared.colwise().sum();
    Matrix jaccard = Matrix::Zero(kOld, kNew);
    for (int i = 0; i < kOld; ++i) {
        for (int j = 0; j < kNew; ++j) {
            const double either = fromPrevious(i) + intoCurrent(j) - shared(i, j);
            jaccard(i, j) = either > 0.0 ? shared(i, j) / either : 0.0;
        }
    }

    const bool comparable = previous.centroids.cols() > 0
        && previous.centroids.cols() == current.centroids.cols() && previous.centroids.rows() == kOld
        && current.centroids.rows() == kNew;
    Matrix distance = Matrix::Zero(kOld, kNew);
    if (comparable) {
        for (int i = 0; i < kOld; ++i) {
            for (int j = 0; j < kNew; ++j) {
                distance(i, j) = (previous.centroids.row(i) - current.centroids.row(j)).norm();
            }
        }
    }
    const auto smaller = static_cast<double>(std::min(previous.customers.size(), current.customers.size()));
    const bool overlapSaysEnough
        = static_cast<double>(matching.commonCustomers) >= params.minimumCommonShare * smaller
        && matching.commonCustomers > 0;
    matching.basis
        = overlapSaysEnough || !comparable ? MatchingBasis::MemberOverlap : MatchingBasis::CentroidDistance;
    const bool byOverlap = matching.basis == MatchingBasis::MemberOverlap;

    Matrix cost;
    if (byOverlap) {
        const double largest = distance.size() > 0 ? distance.maxCoeff() : 0.0;
        cost = (1.0 - jaccard.array()).matrix();
        if (largest > 0.0) {
            cost += (tieBreakWeight / largest) * distance;
        }
    } else {
        cost = distance;
    }
    const std::vector<int> pairs = solveAssignment(cost);

    matching.predecessor.assign(static_cast<std::size_t>(kNew), -1);
    std::vector<int> successor(static_cast<std::size_t>(kOld), -1);
    for (int i = 0; i < kOld; ++i) {
        const int j = pairs[static_cast<std::size_t>(i)];
        if (j < 0 || (byOverlap && (shared(i, j) <= 0.0 || jaccard(i, j) < params.minimumJaccard))) {
            continue;
        }
        successor[static_cast<std::size_t>(i)] = j;
        matching.predecessor[static_cast<std::size_t>(j)] = i;
    }
    for (int j = 0; j < kNew; ++j) {
        const int i = matching.predecessor[static_cast<std::size_t>(j)];
        if (i < 0) {
            continue;
        }
        constexpr double notMeasured = std::numeric_limits<double>::quiet_NaN();
        matching.kept.push_back(KeptSegment {i, j,
            byOverlap && fromPrevious(i) > 0 ? shared(i, j) / fromPrevious(i) : notMeasured,
            byOverlap ? jaccard(i, j) : notMeasured, comparable ? distance(i, j) : notMeasured});
    }

    // Where each segment's customers mostly come from or go to.
    const auto mainSource = [&](int j) {
        Eigen::Index best = 0;
        if (!byOverlap) {
            distance.col(j).minCoeff(&best);
            return static_cast<int>(best);
        }
        const double most = shared.col(j).maxCoeff(&best);
        return intoCurrent(j) > 0.0 && most >= params.majorityShare * intoCurrent(j) ? static_cast<int>(best)
                                                                                     : -1;
    };
    const auto mainDestination = [&](int i) {
        Eigen::Index best = 0;
        if (!byOverlap) {
            distance.row(i).minCoeff(&best);
            return static_cast<int>(best);
        }
        const double most = shared.row(i).maxCoeff(&best);
        return fromPrevious(i) > 0.0 && most >= params.majorityShare * fromPrevious(i)
            ? static_cast<int>(best)
            : -1;
    };

    std::vector<std::vector<int>> splitParts(static_cast<std::size_t>(kOld));
    for (int j = 0; j < kNew; ++j) {
        if (matching.predecessor[static_cast<std::size_t>(j)] >= 0) {
            continue;
        }
        const int source = kOld > 0 ? mainSource(j) : -1;
        if (source >= 0 && successor[static_cast<std::size_t>(source)] >= 0) {
            splitParts[static_cast<std::size_t>(source)].push_back(j);
        } else {
            matching.appeared.push_back(j);
        }
    }
    for (int i = 0; i < kOld; ++i) {
        if (!splitParts[static_cast<std::size_t>(i)].empty()) {
            SegmentSplit split {i, {successor[static_cast<std::size_t>(i)]}};
            for (const int part : splitParts[static_cast<std::size_t>(i)]) {
                split.current.push_back(part);
            }
            matching.splits.push_back(std::move(split));
        }
    }
    std::vector<std::vector<int>> mergedParts(static_cast<std::size_t>(kNew));
    for (int i = 0; i < kOld; ++i) {
        if (successor[static_cast<std::size_t>(i)] >= 0) {
            continue;
        }
        const int destination = kNew > 0 ? mainDestination(i) : -1;
        if (destination >= 0 && matching.predecessor[static_cast<std::size_t>(destination)] >= 0) {
            mergedParts[static_cast<std::size_t>(destination)].push_back(i);
        } else {
            matching.vanished.push_back(i);
        }
    }
    for (int j = 0; j < kNew; ++j) {
        if (!mergedParts[static_cast<std::size_t>(j)].empty()) {
            SegmentMerge merge {{matching.predecessor[static_cast<std::size_t>(j)]}, j};
            for (const int part : mergedParts[static_cast<std::size_t>(j)]) {
                merge.previous.push_back(part);
            }
            matching.merges.push_back(std::move(merge));
        }
    }
    return matching;
}

std::vector<std::string> describeMatching(const SegmentMatching &matching,
    const std::vector<std::string> &previousNames, const std::vector<std::string> &currentNames)
{
    std::vector<std::string> sentences;
    const bool byOverlap = matching.basis == MatchingBasis::MemberOverlap;
    if (!byOverlap) {
        sentences.push_back("Only " + std::to_string(matching.commonCustomers)
            + " customers are in both segmentations, so segments were matched by their nearest centres.");
    }
    for (const KeptSegment &kept : matching.kept) {
        std::string sentence
            = quoted(previousNames, kept.previous) + " continues as " + quoted(currentNames, kept.current);
        if (byOverlap) {
            sentence += " (" + percent(kept.overlapShare) + " of its customers stayed)";
        }
        sentences.push_back(sentence + ".");
    }
    for (const SegmentSplit &split : matching.splits) {
        sentences.push_back(quoted(previousNames, split.previous) + " split into "
            + joined(currentNames, split.current) + ".");
    }
    for (const SegmentMerge &merge : matching.merges) {
        sentences.push_back(joined(previousNames, merge.previous) + " merged into "
            + quoted(currentNames, merge.current) + ".");
    }
    for (const int j : matching.appeared) {
        sentences.push_back(quoted(currentNames, j) + " is new: no earlier segment matches it.");
    }
    for (const int i : matching.vanished) {
        sentences.push_back(quoted(previousNames, i)
            + (byOverlap ? " vanished: its customers spread over other segments."
                         : " vanished: no new segment matches it."));
    }
    return sentences;
}

std::string segmentPaletteColour(int index)
{
    const auto count = static_cast<int>(segmentPaletteColours.size());
    return segmentPaletteColours[static_cast<std::size_t>(((index % count) + count) % count)];
}

} // namespace segmenta::engine
