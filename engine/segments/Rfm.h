// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Error.h"
#include "core/Result.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace segmenta::engine {

/// The three RFM dimensions, in the order R, F, M everywhere (arrays, JSON, columns).
enum class RfmDimension
{
    Recency, ///< days from the last purchase to the analysis date; fewer is better
    Frequency, ///< distinct orders with a purchase; more is better
    Monetary, ///< net spend (purchases minus returns); more is better
};

/// "recency", "frequency" or "monetary".
const char *rfmDimensionName(RfmDimension dimension);

/// How a dimension's values become scores 1..bins.
enum class RfmScoringMethod
{
    /// Quantile scores with ties kept together: a customer's score is 1 + floor(bins × k / n), where n is the
    /// number of scored customers and k the number of them whose value is strictly worse (recency: more days;
    /// frequency, monetary: less). Equal values therefore always share a score; a value held by many
    /// customers makes its score larger and can leave the next scores empty (reported as RfmTieNote).
    /// Monetary values are compared rounded to cents.
    Quantiles,
    /// User cut points in the dimension's unit, see RfmDimensionScoring::thresholds.
    Thresholds,
};

/// "quantiles" or "thresholds".
const char *rfmScoringMethodName(RfmScoringMethod method);

struct RfmDimensionScoring
{
    RfmScoringMethod method = RfmScoringMethod::Quantiles;
    /// For Thresholds: bins - 1 strictly increasing cut points t[0] < t[1] < … in days, orders or money.
    /// Recency: score bins for recency <= t[0], bins - 1 for t[0] < recency <= t[1], …, 1 above the last.
    /// Frequency and monetary: score 1 below t[0], 2 for t[0] <= value < t[1], …, bins from the last up.
    std::vector<double> thresholds;
};

constexpr int rfmMinBins = 2;
constexpr int rfmMaxBins = 9; ///< scores stay one digit, so cells read "R5F4"

/// How customers are scored.
struct RfmParams
{
    /// "Today" of the analysis, days since 1970-01-01: recency counts days up to it and only transactions on
    /// or before it count. Empty: the day after the last transaction.
    std::optional<std::int64_t> analysisDay;
    int bins = 5; ///< scores 1..bins per dimension, rfmMinBins..rfmMaxBins
    RfmDimensionScoring recency; ///< default: quantiles
    RfmDimensionScoring frequency; ///< default: quantiles
    RfmDimensionScoring monetary; ///< default: quantiles

    const RfmDimensionScoring &scoring(RfmDimension dimension) const;
};

/// Problems with the parameters (InvalidParameter naming the field), empty when they can be used.
std::vector<Error> validate(const RfmParams &params);

/// Each customer's recency, frequency and monetary value, as computeCustomerFeatures defines them.
struct RfmInput
{
    std::int64_t analysisDay = 0;
    std::vector<double> recency; ///< days; NaN for customers without a purchase (they are not scored)
    std::vector<double> frequency; ///< distinct orders with a purchase
    std::vector<double> monetary; ///< net spend
};

/// One score of one dimension, in real units.
struct RfmBand
{
    int score = 0; ///< 1..bins
    std::int64_t customerCount = 0;
    double share = 0.0; ///< of the scored customers, 0..1
    std::optional<double> minimum; ///< smallest value among the score's customers; empty when none
    std::optional<double> maximum; ///< largest value among them
    /// Thresholds: the rule's bounds (recency: lower exclusive, upper inclusive; others: lower inclusive,
    /// upper exclusive); empty on an open side. Quantiles: empty.
    std::optional<double> lower;
    std::optional<double> upper;
    std::string text; ///< e.g. "R5 = last purchase ≤ 14 days before 2011-12-09 (812 customers, 19.1%)"
};

/// A value shared by so many customers that quantiles could not split it: they all keep one score.
struct RfmTieNote
{
    RfmDimension dimension = RfmDimension::Frequency;
    double value = 0.0; ///< the tied value, in the dimension's unit
    std::int64_t customerCount = 0; ///< customers holding it
    double share = 0.0; ///< of the scored customers
    int score = 0; ///< the score they all get
    double scoreShare = 0.0; ///< share of customers with that score
    std::vector<int> emptyScores; ///< scores left empty above it because of the tie
    std::string
        text; ///< "frequency: 58.3% of customers have exactly 1 order, so F1 covers 58.3% and F2 is empty"
};

struct RfmDimensionReport
{
    RfmDimension dimension = RfmDimension::Recency;
    RfmScoringMethod method = RfmScoringMethod::Quantiles;
    std::vector<double> thresholds; ///< as given (Thresholds)
    std::vector<RfmBand> bands; ///< one per score 1..bins
    std::vector<RfmTieNote> ties; ///< quantile ties that moved the boundaries (Quantiles only)
    std::vector<int> emptyScores; ///< scores no customer has
};

/// Scores per customer and what the scoring did, in words and numbers.
struct RfmScores
{
    std::int64_t analysisDay = 0;
    int bins = 5;
    /// Per customer (the input's order): scores 1..bins, 0 for customers without a purchase.
    std::vector<int> recencyScore, frequencyScore, monetaryScore;
    std::vector<double> recency, frequency, monetary; ///< the values scored (monetary as given)
    std::int64_t scoredCount = 0;
    std::int64_t unscoredCount = 0; ///< customers without a purchase up to the analysis date
    std::array<RfmDimensionReport, 3> dimensions; ///< R, F, M

    const std::vector<int> &scores(RfmDimension dimension) const;
};

/// Scores the customers. Errors: InvalidParameter (from validate), TooFewCustomers (no customer has a
/// purchase).
Result<RfmScores> scoreRfm(const RfmInput &input, const RfmParams &params);

/// Inclusive score range low..high.
struct RfmScoreRange
{
    int low = 1;
    int high = 5;
    bool contains(int score) const { return score >= low && score <= high; }
};

/// A rectangle of the R x F grid (and optionally of M): the cells with R in recency and F in frequency.
struct RfmRectangle
{
    RfmScoreRange recency;
    RfmScoreRange frequency;
    std::optional<RfmScoreRange> monetary; ///< empty: any M
};

/// A named segment of the map: the union of its rectangles.
struct RfmSegmentDefinition
{
    std::string key; ///< stable machine name, "champions"
    std::string name; ///< English, "Champions"
    std::string turkishName; ///< "Şampiyonlar"; empty: the English name
    std::string color; ///< "#RRGGBB" or empty
    std::string description; ///< who they are and what to do, English; may be empty
    std::vector<RfmRectangle> rectangles;
};

/// The named map over R x F (x M) scores. A customer belongs to the first segment containing their cell;
/// customers of a cell no segment covers are "Other". checkRfmCoverage() reports both situations.
struct RfmMap
{
    std::string name; ///< how the map is stored in the project, "RFM 11 segments"
    std::vector<RfmSegmentDefinition> segments;
};

/// A map with the scoring it is meant for: the JSON document stored in the project (kind rfm_map).
struct RfmMapDocument
{
    RfmMap map;
    RfmParams scoring;
};

/// Problems with the map for `bins` scores (InvalidParameter naming the JSON path of the field): no
/// segments, an empty or repeated key, a range outside 1..bins or with low > high, a segment without
/// rectangles. Gaps and overlaps are not errors: see checkRfmCoverage.
std::vector<Error> validate(const RfmMap &map, int bins);

/// "R5F4", or "R5F4M2" with a monetary score.
std::string rfmCellLabel(int recency, int frequency, int monetary = 0);

struct RfmCellOverlap
{
    std::string cell; ///< "R3F3" (or "R3F3M2" when the map uses M)
    std::vector<int> segments; ///< indices into the map, in map order; the first wins
};

/// Whether every cell is assigned exactly once. Over R x F, or R x F x M when any rectangle limits M.
struct RfmCoverage
{
    bool usesMonetary = false;
    std::int64_t cellCount = 0; ///< bins² or bins³
    std::vector<std::string> unassignedCells; ///< cells in no segment: their customers are "Other"
    std::vector<RfmCellOverlap> overlaps; ///< cells in several segments
    bool isComplete() const { return unassignedCells.empty() && overlaps.empty(); }
    /// English sentences, one per problem; empty when complete.
    std::vector<std::string> describe(const RfmMap &map) const;
};

RfmCoverage checkRfmCoverage(const RfmMap &map, int bins);

/// Customers of one segment within one R x F cell: a map with M ranges can split a cell between segments.
struct RfmCellSegmentCount
{
    int segment = -1; ///< index into the map; -1 for "Other"
    std::int64_t customerCount = 0;
    double revenue = 0.0; ///< sum of their net spend
};

/// One cell of the R x F grid, summed over M.
struct RfmGridCell
{
    int recency = 0; ///< 1..bins
    int frequency = 0; ///< 1..bins
    std::int64_t customerCount = 0;
    double revenue = 0.0; ///< sum of the customers' net spend
    /// Segment of the cell's customers (index into the map), -1 for "Other"; with M ranges, the segment of
    /// most of the cell's customers.
    int segment = -1;
    std::vector<int> segments; ///< every segment covering the cell at some M score
    /// Customers per segment (and Other) in the cell, most customers first, ties in map order with Other
    /// last; only segments holding customers. One entry unless M ranges split the cell.
    std::vector<RfmCellSegmentCount> segmentCounts;
    /// Some (R, F, M) cell of this R x F cell is in several segments (the first wins); as checkRfmCoverage.
    bool hasOverlap = false;
};

/// Live counts for a grid editor: cells[(r - 1) * bins + (f - 1)].
struct RfmGrid
{
    int bins = 5;
    std::vector<RfmGridCell> cells;
    const RfmGridCell &cell(int recency, int frequency) const;
};

/// Counts and revenue per R x F cell under `map`. Cheap (one pass over the scores): call it again on every
/// edit of the map. Requires: validate(map, scores.bins) is empty.
RfmGrid rfmGrid(const RfmScores &scores, const RfmMap &map);

/// Segment sizes under a map.
struct RfmSegmentSize
{
    int segment = -1; ///< index into the map; -1 for "Other"
    std::string key; ///< "other" for Other
    std::string name;
    std::string turkishName;
    std::int64_t customerCount = 0;
    double share = 0.0; ///< of the scored customers
    double revenue = 0.0; ///< sum of net spend
};

struct RfmAssignment
{
    std::vector<int> segmentOf; ///< per customer: index into the map, -1 Other, -2 not scored
    std::vector<RfmSegmentSize> sizes; ///< per map segment in map order, then Other
    std::int64_t otherCount = 0; ///< scored customers whose cell no segment covers
};

/// Which segment each customer falls in. Requires: validate(map, scores.bins) is empty.
RfmAssignment applyRfmMap(const RfmScores &scores, const RfmMap &map);

/// The colour the GUI and a stored RFM segmentation give "Other" (cells no segment covers).
constexpr const char *rfmOtherColor = "#c8c8c8";

/// Whether @p color is a colour a segment can store: "#rrggbb" (either case).
bool isRfmSegmentColor(std::string_view color);

/// A map in common use, ready to edit.
struct RfmMapPreset
{
    std::string key; ///< "rf11", "rf-classic10", "simple6"
    std::string title; ///< "11 segments on R x F (Champions … Lost)"
    std::string description; ///< where it comes from, how it differs from others
    RfmMap map;
};

/// The presets, the default ("rf11") first. Each covers every cell of the 5 x 5 grid exactly once.
const std::vector<RfmMapPreset> &rfmPresets();
/// The preset with this key, or nothing.
std::optional<RfmMap> rfmPreset(std::string_view key);

/// Reads a map document (format in the README, "RFM segments"). `source` names the file in errors.
/// Errors: InvalidParameter with the JSON path ("$.segments[2].cells[0].r"), its value and what is
/// allowed; for text that is not JSON, args ("the text", "not JSON (the parser's reason)", "a JSON
/// document") and the line and column in `where`.
Result<RfmMapDocument> readRfmMapJson(std::string_view text, const std::string &source = {});
/// Writes the document as indented JSON that readRfmMapJson reads back to an equal document.
std::string writeRfmMapJson(const RfmMapDocument &document);

} // namespace segmenta::engine
