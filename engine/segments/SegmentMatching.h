// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Error.h"
#include "core/Matrix.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace segmenta::engine {

/// One segmentation as the matching sees it: who is in which segment, and where the segments' centres are.
struct SegmentMembership
{
    int segmentCount = 0; ///< k; segments are 0..k-1 (a segment may have no member)
    std::vector<std::int64_t> customers; ///< customer ids (e.g. table rows), each at most once, any order
    std::vector<int> segments; ///< per entry of customers: its segment, 0..k-1
    /// k × d segment centres in units both segmentations share (e.g. each column divided by its s.d.).
    /// Empty (0 columns), or columns that differ from the other segmentation's: no centroid fallback.
    Matrix centroids;
};

/// How a re-run's segments are paired with the previous segmentation's (see matchSegments).
struct SegmentMatchingParams
{
    /// Customers in both segmentations, as a share of the smaller segmentation's members, below which the
    /// member overlap says too little and the segments are paired by centroid distance (when comparable);
    /// 0..1. An appended file of new customers keeps most old ones; a disjoint sample falls back.
    double minimumCommonShare = 0.5;
    /// Overlap pairing: a pair is kept only if its Jaccard index (shared customers / customers in either,
    /// among the common customers) is at least this; 0..1. Below it the two are unrelated.
    double minimumJaccard = 0.1;
    /// "Mostly": the share of a segment's common customers that must come from (or go to) one other
    /// segment for a split or merge to be reported; 0.5..1.
    double majorityShare = 0.5;
};

/// Which information paired the segments.
enum class MatchingBasis
{
    MemberOverlap, ///< shared customers (Jaccard), centroid distance breaking ties
    CentroidDistance, ///< too few shared customers: the nearest centres (Euclidean) were paired
};

/// A previous segment that lives on as a new one (same name, colour and notes).
struct KeptSegment
{
    int previous = 0; ///< segment of the previous segmentation
    int current = 0; ///< segment of the new one
    /// Of the previous segment's members that are in both segmentations, the share now in `current`, 0..1.
    /// NaN under CentroidDistance.
    double overlapShare = 0.0;
    double jaccard = 0.0; ///< shared / either, over the common customers; NaN under CentroidDistance
    double centroidDistance = 0.0; ///< between the two centres; NaN when the centroids are not comparable
};

/// A previous segment whose members now mostly fill two or more new segments.
struct SegmentSplit
{
    int previous = 0;
    std::vector<int> current; ///< the new segments it went to, the kept one (if any) first
};

/// Two or more previous segments that now mostly fill one new segment.
struct SegmentMerge
{
    std::vector<int> previous; ///< the kept one (if any) first
    int current = 0;
};

/// How a re-run's segments relate to the previous segmentation's.
struct SegmentMatching
{
    MatchingBasis basis = MatchingBasis::MemberOverlap;
    std::int64_t commonCustomers = 0; ///< customers in both segmentations
    /// Per new segment, the previous segment it was paired with (whose name it takes), -1 for none.
    std::vector<int> predecessor;
    std::vector<KeptSegment> kept; ///< by new segment
    std::vector<SegmentSplit> splits; ///< by previous segment
    std::vector<SegmentMerge> merges; ///< by new segment
    std::vector<int> appeared; ///< new segments with no predecessor, not part of a split
    std::vector<int> vanished; ///< previous segments with no successor, not part of a merge
};

/// Problems with the parameters (each names the field and its range); empty: valid.
std::vector<Error> validate(const SegmentMatchingParams &params);

/// Pairs a re-run's segments one-to-one with the previous segmentation's and says which segments split,
/// merged, appeared or vanished.
///
/// Pairing: the Hungarian algorithm on 1 − Jaccard of the member overlap (over the customers both hold),
/// the centroid distance as a tie-breaker; when fewer than minimumCommonShare of the members are common
/// and the centroids are comparable, on the centroid distance alone. Pairs below minimumJaccard are not
/// kept. Each segment has a "main source" (previous) and "main destination" (new): the other-side segment
/// holding at least majorityShare of its common members — or, under CentroidDistance, the nearest centre.
/// A new segment left unpaired whose main source was kept is part of that segment's split, otherwise it
/// appeared; a previous segment left unpaired whose main destination was kept merged into it, otherwise it
/// vanished.
///
/// Requires: validate(params) is empty; customers and segments of each membership have equal length, each
/// segment in 0..segmentCount-1, no customer twice; centroids have segmentCount rows or none.
/// Ensures: predecessor has current.segmentCount entries, each previous segment appears at most once.
SegmentMatching matchSegments(const SegmentMembership &previous, const SegmentMembership &current,
    const SegmentMatchingParams &params = {});

/// The matching in plain English sentences, one per kept, split, merged, appeared and vanished segment,
/// naming the segments by the given names (previous and new, by index).
std::vector<std::string> describeMatching(const SegmentMatching &matching,
    const std::vector<std::string> &previousNames, const std::vector<std::string> &currentNames);

/// The minimum-cost assignment of rows to columns of a cost matrix (Hungarian algorithm, O(n²m)).
/// Returns, per row, its column, or -1 when there are more rows than columns and it got none.
/// Requires: finite costs.
std::vector<int> solveAssignment(const Matrix &cost);

/// The segment colours the app shows for segments without a colour of their own ("#rrggbb"; Okabe & Ito,
/// in ui/common/SegmentPalette's order), so a carried-over colour can be stored explicitly.
inline constexpr std::array<const char *, 8> segmentPaletteColours
    = {"#0072b2", "#e69f00", "#009e73", "#d55e00", "#56b4e9", "#cc79a7", "#000000", "#f0e442"};

/// The palette's colour for segment @p index (cycling as the app does).
std::string segmentPaletteColour(int index);

} // namespace segmenta::engine
