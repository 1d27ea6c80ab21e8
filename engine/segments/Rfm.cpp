// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "segments/Rfm.h"

#include "core/Assert.h"
#include "import/DateParsing.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace segmenta::engine {

namespace {

constexpr std::array<RfmDimension, 3> allDimensions {
    RfmDimension::Recency, RfmDimension::Frequency, RfmDimension::Monetary};
constexpr double centsPerUnit = 100.0;
constexpr double percent = 100.0;
/// A band holding this many times its even share (1 / bins) because of a tie is worth a note.
constexpr double swollenBand = 1.25;

char letterOf(RfmDimension dimension)
{
    switch (dimension) {
    case RfmDimension::Recency:
        return 'R';
    case RfmDimension::Frequency:
        return 'F';
    case RfmDimension::Monetary:
        return 'M';
    }
    return '?';
}

std::string formatFixed(double value, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

std::string formatPercent(double share)
{
    return formatFixed(share * percent, 1) + "%";
}

/// A dimension's value in words-ready form: days and orders are whole numbers, money has cents.
std::string formatValue(RfmDimension dimension, double value)
{
    return formatFixed(value, dimension == RfmDimension::Monetary ? 2 : 0);
}

/// "orders" or "order" for whole counts.
std::string orders(double count)
{
    return formatValue(RfmDimension::Frequency, count) + (count == 1.0 ? " order" : " orders");
}

/// "F2", "F2 and F3", "F2, F3 and F4".
std::string scoreList(RfmDimension dimension, const std::vector<int> &scores)
{
    std::string text;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        if (i > 0) {
            text += i + 1 == scores.size() ? " and " : ", ";
        }
        text += letterOf(dimension) + std::to_string(scores[i]);
    }
    return text;
}

/// The comparison key of a value: larger is better. Money is compared in whole cents so that sums that
/// differ only in the last bits (order of addition) count as equal.
double goodness(RfmDimension dimension, double value)
{
    switch (dimension) {
    case RfmDimension::Recency:
        return -value;
    case RfmDimension::Frequency:
        return value;
    case RfmDimension::Monetary:
        return std::round(value * centsPerUnit);
    }
    return value;
}

/// Recency counts the thresholds the customer is within (recency <= t), the others the thresholds reached
/// (value >= t); either way more is better and the score is 1 + that count.
int thresholdScore(RfmDimension dimension, double value, const std::vector<double> &thresholds)
{
    int passed = 0;
    for (const double threshold : thresholds) {
        if (dimension == RfmDimension::Recency ? value <= threshold : value >= threshold) {
            ++passed;
        }
    }
    return 1 + passed;
}

/// The sentence for one band: "R5 = last purchase ≤ 14 days before 2011-12-09 (812 customers, 19.1%)".
std::string bandText(RfmDimension dimension, const RfmBand &band, int bins, RfmScoringMethod method,
    const std::vector<double> &thresholds, const std::string &date)
{
    const std::string label = std::string(1, letterOf(dimension)) + std::to_string(band.score) + " = ";
    std::string range;
    if (method == RfmScoringMethod::Thresholds) {
        // The rule, in the dimension's words; bands[score - 1] is between thresholds[score - 2] and [score -
        // 1].
        const auto s = static_cast<std::size_t>(band.score);
        if (dimension == RfmDimension::Recency) {
            // Score bins is within t[0]; score s within t[bins - s] and beyond t[bins - s - 1].
            const std::size_t upperIndex = static_cast<std::size_t>(bins) - s;
            const bool hasUpper = upperIndex < thresholds.size();
            const bool hasLower = upperIndex >= 1;
            if (hasUpper && hasLower) {
                range = "last purchase more than " + formatValue(dimension, thresholds[upperIndex - 1])
                    + " and at most " + formatValue(dimension, thresholds[upperIndex]) + " days before "
                    + date;
            } else if (hasUpper) {
                range = "last purchase ≤ " + formatValue(dimension, thresholds[upperIndex]) + " days before "
                    + date;
            } else {
                range = "last purchase more than " + formatValue(dimension, thresholds[upperIndex - 1])
                    + " days before " + date;
            }
        } else {
            const bool hasLower = s >= 2;
            const bool hasUpper = s - 1 < thresholds.size();
            const std::string what = dimension == RfmDimension::Frequency ? "orders" : "net spend";
            const auto shown = [&](double v) { return formatValue(dimension, v); };
            if (hasLower && hasUpper) {
                range = what + " ≥ " + shown(thresholds[s - 2]) + " and < " + shown(thresholds[s - 1]);
            } else if (hasUpper) {
                range = what + " < " + shown(thresholds[s - 1]);
            } else {
                range = what + " ≥ " + shown(thresholds[s - 2]);
            }
        }
    } else if (!band.minimum) {
        range = "no customers";
    } else {
        const double low = *band.minimum;
        const double high = *band.maximum;
        const bool single = low == high;
        // The best score is open upwards (R: towards 0 days), the worst downwards; middle scores are ranges.
        const bool best = band.score == bins;
        const bool worst = band.score == 1;
        const auto shown = [&](double v) { return formatValue(dimension, v); };
        switch (dimension) {
        case RfmDimension::Recency:
            range = "last purchase "
                + (single       ? shown(low)
                        : best  ? "≤ " + shown(high)
                        : worst ? "≥ " + shown(low)
                                : shown(low) + "–" + shown(high))
                + " days before " + date;
            break;
        case RfmDimension::Frequency:
            range = single ? orders(low)
                : best     ? "≥ " + orders(low)
                : worst    ? "≤ " + orders(high)
                           : shown(low) + "–" + orders(high);
            break;
        case RfmDimension::Monetary:
            range = "net spend "
                + (single       ? shown(low)
                        : best  ? "≥ " + shown(low)
                        : worst ? "≤ " + shown(high)
                                : shown(low) + "–" + shown(high));
            break;
        }
    }
    return label + range + " (" + std::to_string(band.customerCount) + " customers, "
        + formatPercent(band.share) + ")";
}

/// "have exactly 1 order", "last purchased exactly 3 days before 2011-12-10", "spent exactly 15.00 net".
std::string tiedValueText(RfmDimension dimension, double value, const std::string &date)
{
    switch (dimension) {
    case RfmDimension::Recency:
        return "last purchased exactly " + formatValue(dimension, value) + " days before " + date;
    case RfmDimension::Frequency:
        return "have exactly " + orders(value);
    case RfmDimension::Monetary:
        return "spent exactly " + formatValue(dimension, value) + " net";
    }
    return {};
}

/// Scores one dimension and describes the outcome.
RfmDimensionReport scoreDimension(RfmDimension dimension, const std::vector<double> &values,
    const std::vector<std::size_t> &scored, const RfmDimensionScoring &scoring, int bins,
    const std::string &date, std::vector<int> &scores)
{
    RfmDimensionReport report;
    report.dimension = dimension;
    report.method = scoring.method;
    report.thresholds = scoring.thresholds;
    const auto n = static_cast<std::int64_t>(scored.size());

    std::vector<double> keys; // sorted goodness of the scored customers
    keys.reserve(scored.size());
    for (const std::size_t c : scored) {
        keys.push_back(goodness(dimension, values[c]));
    }
    std::sort(keys.begin(), keys.end());
    for (const std::size_t c : scored) {
        if (scoring.method == RfmScoringMethod::Thresholds) {
            scores[c] = thresholdScore(dimension, values[c], scoring.thresholds);
        } else {
            const double key = goodness(dimension, values[c]);
            const auto worse
                = static_cast<std::int64_t>(std::lower_bound(keys.begin(), keys.end(), key) - keys.begin());
            scores[c] = 1 + static_cast<int>(bins * worse / n);
        }
    }

    report.bands.resize(static_cast<std::size_t>(bins));
    for (int s = 1; s <= bins; ++s) {
        report.bands[static_cast<std::size_t>(s - 1)].score = s;
    }
    for (const std::size_t c : scored) {
        RfmBand &band = report.bands[static_cast<std::size_t>(scores[c] - 1)];
        ++band.customerCount;
        band.minimum = band.minimum ? std::min(*band.minimum, values[c]) : values[c];
        band.maximum = band.maximum ? std::max(*band.maximum, values[c]) : values[c];
    }
    for (RfmBand &band : report.bands) {
        band.share = static_cast<double>(band.customerCount) / static_cast<double>(n);
        if (scoring.method == RfmScoringMethod::Thresholds) {
            const auto s = static_cast<std::size_t>(band.score);
            const auto &t = scoring.thresholds;
            if (dimension == RfmDimension::Recency) {
                const std::size_t upperIndex = static_cast<std::size_t>(bins) - s;
                if (upperIndex < t.size()) {
                    band.upper = t[upperIndex];
                }
                if (upperIndex >= 1) {
                    band.lower = t[upperIndex - 1];
                }
            } else {
                if (s >= 2) {
                    band.lower = t[s - 2];
                }
                if (s - 1 < t.size()) {
                    band.upper = t[s - 1];
                }
            }
        }
        band.text = bandText(dimension, band, bins, scoring.method, scoring.thresholds, date);
        if (band.customerCount == 0) {
            report.emptyScores.push_back(band.score);
        }
    }
    if (scoring.method != RfmScoringMethod::Quantiles) {
        return report;
    }

    // Tie groups that plain quantiles would have cut: a boundary n·j/bins falls strictly inside the group.
    std::map<double, double> valueOfKey; // goodness → a value with it (for the sentence)
    for (const std::size_t c : scored) {
        valueOfKey.emplace(goodness(dimension, values[c]), values[c]);
    }
    for (std::size_t begin = 0; begin < keys.size();) {
        std::size_t end = begin;
        while (end < keys.size() && keys[end] == keys[begin]) {
            ++end;
        }
        const auto k = static_cast<std::int64_t>(begin);
        const auto size = static_cast<std::int64_t>(end - begin);
        bool cut = false;
        for (std::int64_t j = 1; j < bins && size >= 2; ++j) {
            cut = cut || (k * bins < n * j && n * j < (k + size) * bins);
        }
        const int tiedScore = 1 + static_cast<int>(bins * k / n);
        const int nextScore
            = end < keys.size() ? 1 + static_cast<int>(bins * static_cast<std::int64_t>(end) / n) : bins + 1;
        const double tiedScoreShare = report.bands[static_cast<std::size_t>(tiedScore - 1)].share;
        // Only ties that matter are noted: they empty a score or swell theirs well beyond 1 / bins.
        const bool matters = nextScore > tiedScore + 1 || tiedScoreShare >= swollenBand / bins;
        if (cut && matters) {
            RfmTieNote note;
            note.dimension = dimension;
            note.value = valueOfKey.at(keys[begin]);
            note.customerCount = size;
            note.share = static_cast<double>(size) / static_cast<double>(n);
            note.score = tiedScore;
            note.scoreShare = tiedScoreShare;
            for (int s = note.score + 1; s < nextScore; ++s) {
                note.emptyScores.push_back(s);
            }
            const std::string scoreName = std::string(1, letterOf(dimension)) + std::to_string(note.score);
            note.text = std::string(rfmDimensionName(dimension)) + ": " + formatPercent(note.share)
                + " of customers " + tiedValueText(dimension, note.value, date) + ", so they all get "
                + scoreName + ", which covers " + formatPercent(note.scoreShare) + " instead of about "
                + formatPercent(1.0 / bins);
            if (!note.emptyScores.empty()) {
                note.text += ", and " + scoreList(dimension, note.emptyScores)
                    + (note.emptyScores.size() == 1 ? " is empty" : " are empty");
            }
            report.ties.push_back(std::move(note));
        }
        begin = end;
    }
    return report;
}

void addRangeProblem(
    std::vector<Error> &problems, const std::string &path, const RfmScoreRange &range, int bins)
{
    if (range.low < 1 || range.high > bins || range.low > range.high) {
        problems.push_back(makeError(ErrorCode::InvalidParameter,
            {path, "[" + std::to_string(range.low) + ", " + std::to_string(range.high) + "]",
                "a score range [low, high] with 1 ≤ low ≤ high ≤ " + std::to_string(bins)}));
    }
}

bool usesMonetary(const RfmMap &map)
{
    for (const RfmSegmentDefinition &segment : map.segments) {
        for (const RfmRectangle &rectangle : segment.rectangles) {
            if (rectangle.monetary) {
                return true;
            }
        }
    }
    return false;
}

/// Segments (map order) covering each cell of the R x F x M cube: index ((r-1)·bins + (f-1))·bins + (m-1).
std::vector<std::vector<int>> cellSegments(const RfmMap &map, int bins)
{
    const auto b = static_cast<std::size_t>(bins);
    std::vector<std::vector<int>> cells(b * b * b);
    for (std::size_t s = 0; s < map.segments.size(); ++s) {
        for (const RfmRectangle &rectangle : map.segments[s].rectangles) {
            for (int r = rectangle.recency.low; r <= rectangle.recency.high; ++r) {
                for (int f = rectangle.frequency.low; f <= rectangle.frequency.high; ++f) {
                    for (int m = 1; m <= bins; ++m) {
                        if (rectangle.monetary && !rectangle.monetary->contains(m)) {
                            continue;
                        }
                        auto &covering
                            = cells[(static_cast<std::size_t>(r - 1) * b + static_cast<std::size_t>(f - 1))
                                    * b
                                + static_cast<std::size_t>(m - 1)];
                        if (covering.empty() || covering.back() != static_cast<int>(s)) {
                            covering.push_back(static_cast<int>(s));
                        }
                    }
                }
            }
        }
    }
    return cells;
}

std::size_t cubeIndex(int r, int f, int m, int bins)
{
    const auto b = static_cast<std::size_t>(bins);
    return (static_cast<std::size_t>(r - 1) * b + static_cast<std::size_t>(f - 1)) * b
        + static_cast<std::size_t>(m - 1);
}

} // namespace

const char *rfmDimensionName(RfmDimension dimension)
{
    switch (dimension) {
    case RfmDimension::Recency:
        return "recency";
    case RfmDimension::Frequency:
        return "frequency";
    case RfmDimension::Monetary:
        return "monetary";
    }
    return "unknown";
}

const char *rfmScoringMethodName(RfmScoringMethod method)
{
    return method == RfmScoringMethod::Quantiles ? "quantiles" : "thresholds";
}

const RfmDimensionScoring &RfmParams::scoring(RfmDimension dimension) const
{
    switch (dimension) {
    case RfmDimension::Recency:
        return recency;
    case RfmDimension::Frequency:
        return frequency;
    case RfmDimension::Monetary:
        return monetary;
    }
    return recency;
}

const std::vector<int> &RfmScores::scores(RfmDimension dimension) const
{
    switch (dimension) {
    case RfmDimension::Recency:
        return recencyScore;
    case RfmDimension::Frequency:
        return frequencyScore;
    case RfmDimension::Monetary:
        return monetaryScore;
    }
    return recencyScore;
}

std::vector<Error> validate(const RfmParams &params)
{
    std::vector<Error> problems;
    if (params.bins < rfmMinBins || params.bins > rfmMaxBins) {
        problems.push_back(makeError(ErrorCode::InvalidParameter,
            {"bins", std::to_string(params.bins),
                std::to_string(rfmMinBins) + ".." + std::to_string(rfmMaxBins)}));
        return problems;
    }
    for (const RfmDimension dimension : allDimensions) {
        const RfmDimensionScoring &scoring = params.scoring(dimension);
        if (scoring.method != RfmScoringMethod::Thresholds) {
            continue;
        }
        const std::string field = std::string(rfmDimensionName(dimension)) + ".thresholds";
        const auto &t = scoring.thresholds;
        bool increasing = std::all_of(t.begin(), t.end(), [](double v) { return std::isfinite(v); });
        for (std::size_t i = 1; i < t.size(); ++i) {
            increasing = increasing && t[i - 1] < t[i];
        }
        if (static_cast<int>(t.size()) != params.bins - 1 || !increasing) {
            std::string given;
            for (const double v : t) {
                given += (given.empty() ? "" : ", ") + formatFixed(v, 2);
            }
            problems.push_back(makeError(ErrorCode::InvalidParameter,
                {field, "[" + given + "]",
                    std::to_string(params.bins - 1)
                        + " strictly increasing numbers (one fewer than the bins)"}));
        }
    }
    return problems;
}

Result<RfmScores> scoreRfm(const RfmInput &input, const RfmParams &params)
{
    if (auto problems = validate(params); !problems.empty()) {
        return problems.front();
    }
    const std::size_t customers = input.recency.size();
    SEGMENTA_ASSERT(input.frequency.size() == customers && input.monetary.size() == customers,
        "RFM input columns must have one value per customer");
    RfmScores scores;
    scores.analysisDay = input.analysisDay;
    scores.bins = params.bins;
    scores.recency = input.recency;
    scores.frequency = input.frequency;
    scores.monetary = input.monetary;
    scores.recencyScore.assign(customers, 0);
    scores.frequencyScore.assign(customers, 0);
    scores.monetaryScore.assign(customers, 0);
    std::vector<std::size_t> scored;
    for (std::size_t c = 0; c < customers; ++c) {
        if (std::isfinite(input.recency[c]) && input.frequency[c] > 0.0 && std::isfinite(input.monetary[c])) {
            scored.push_back(c);
        }
    }
    scores.scoredCount = static_cast<std::int64_t>(scored.size());
    scores.unscoredCount = static_cast<std::int64_t>(customers - scored.size());
    if (scored.empty()) {
        return makeError(ErrorCode::TooFewCustomers, {"0", "1"});
    }
    const std::string date = isoDate(input.analysisDay);
    scores.dimensions[0] = scoreDimension(
        RfmDimension::Recency, input.recency, scored, params.recency, params.bins, date, scores.recencyScore);
    scores.dimensions[1] = scoreDimension(RfmDimension::Frequency, input.frequency, scored, params.frequency,
        params.bins, date, scores.frequencyScore);
    scores.dimensions[2] = scoreDimension(RfmDimension::Monetary, input.monetary, scored, params.monetary,
        params.bins, date, scores.monetaryScore);
    return scores;
}

std::vector<Error> validate(const RfmMap &map, int bins)
{
    std::vector<Error> problems;
    if (map.segments.empty()) {
        problems.push_back(
            makeError(ErrorCode::InvalidParameter, {"$.segments", "empty", "at least one segment"}));
    }
    std::set<std::string> keys;
    for (std::size_t s = 0; s < map.segments.size(); ++s) {
        const RfmSegmentDefinition &segment = map.segments[s];
        const std::string path = "$.segments[" + std::to_string(s) + "]";
        if (segment.key.empty() || segment.key == "other") {
            problems.push_back(makeError(ErrorCode::InvalidParameter,
                {path + ".key", "'" + segment.key + "'", "a non-empty key other than 'other'"}));
        } else if (!keys.insert(segment.key).second) {
            problems.push_back(makeError(ErrorCode::InvalidParameter,
                {path + ".key", "'" + segment.key + "'", "unique within the map"}));
        }
        if (segment.name.empty()) {
            problems.push_back(makeError(ErrorCode::InvalidParameter, {path + ".name", "empty", "a name"}));
        }
        if (segment.rectangles.empty()) {
            problems.push_back(
                makeError(ErrorCode::InvalidParameter, {path + ".cells", "empty", "at least one rectangle"}));
        }
        for (std::size_t i = 0; i < segment.rectangles.size(); ++i) {
            const RfmRectangle &rectangle = segment.rectangles[i];
            const std::string cell = path + ".cells[" + std::to_string(i) + "]";
            addRangeProblem(problems, cell + ".r", rectangle.recency, bins);
            addRangeProblem(problems, cell + ".f", rectangle.frequency, bins);
            if (rectangle.monetary) {
                addRangeProblem(problems, cell + ".m", *rectangle.monetary, bins);
            }
        }
    }
    return problems;
}

std::string rfmCellLabel(int recency, int frequency, int monetary)
{
    std::string label = "R" + std::to_string(recency) + "F" + std::to_string(frequency);
    if (monetary > 0) {
        label += "M" + std::to_string(monetary);
    }
    return label;
}

RfmCoverage checkRfmCoverage(const RfmMap &map, int bins)
{
    SEGMENTA_ASSERT(validate(map, bins).empty(), "checkRfmCoverage needs a valid map");
    RfmCoverage coverage;
    coverage.usesMonetary = usesMonetary(map);
    const std::vector<std::vector<int>> cells = cellSegments(map, bins);
    const int monetaryLevels = coverage.usesMonetary ? bins : 1;
    coverage.cellCount = static_cast<std::int64_t>(bins) * bins * monetaryLevels;
    for (int r = bins; r >= 1; --r) {
        for (int f = bins; f >= 1; --f) {
            for (int m = monetaryLevels; m >= 1; --m) {
                const auto &covering = cells[cubeIndex(r, f, m, bins)];
                const std::string label = rfmCellLabel(r, f, coverage.usesMonetary ? m : 0);
                if (covering.empty()) {
                    coverage.unassignedCells.push_back(label);
                } else if (covering.size() > 1) {
                    coverage.overlaps.push_back({label, covering});
                }
            }
        }
    }
    return coverage;
}

std::vector<std::string> RfmCoverage::describe(const RfmMap &map) const
{
    std::vector<std::string> lines;
    if (!unassignedCells.empty()) {
        std::string cells;
        for (const std::string &cell : unassignedCells) {
            cells += (cells.empty() ? "" : ", ") + cell;
        }
        lines.push_back(std::to_string(unassignedCells.size())
            + (unassignedCells.size() == 1 ? " cell is" : " cells are")
            + " in no segment, so their customers are left as Other: " + cells + ".");
    }
    for (const RfmCellOverlap &overlap : overlaps) {
        std::string names;
        for (std::size_t i = 0; i < overlap.segments.size(); ++i) {
            names += (i == 0                                    ? ""
                             : i + 1 == overlap.segments.size() ? " and "
                                                                : ", ")
                + map.segments[static_cast<std::size_t>(overlap.segments[i])].name;
        }
        lines.push_back("Cell " + overlap.cell + " is in " + names + "; its customers go to the first, "
            + map.segments[static_cast<std::size_t>(overlap.segments.front())].name + ".");
    }
    return lines;
}

const RfmGridCell &RfmGrid::cell(int recency, int frequency) const
{
    SEGMENTA_ASSERT(
        recency >= 1 && recency <= bins && frequency >= 1 && frequency <= bins, "cell out of the grid");
    return cells[static_cast<std::size_t>((recency - 1) * bins + (frequency - 1))];
}

RfmGrid rfmGrid(const RfmScores &scores, const RfmMap &map)
{
    const int bins = scores.bins;
    const std::vector<std::vector<int>> cube = cellSegments(map, bins);
    const bool monetary = usesMonetary(map);
    RfmGrid grid;
    grid.bins = bins;
    grid.cells.resize(static_cast<std::size_t>(bins * bins));
    // Per cell, customers per segment (index + 1; 0 = Other), to name a cell that M splits.
    std::vector<std::map<int, std::pair<std::int64_t, double>>> votes(grid.cells.size());
    for (std::size_t c = 0; c < scores.recencyScore.size(); ++c) {
        const int r = scores.recencyScore[c];
        if (r == 0) {
            continue;
        }
        const int f = scores.frequencyScore[c];
        const auto index = static_cast<std::size_t>((r - 1) * bins + (f - 1));
        ++grid.cells[index].customerCount;
        grid.cells[index].revenue += scores.monetary[c];
        const auto &covering = cube[cubeIndex(r, f, scores.monetaryScore[c], bins)];
        auto &vote = votes[index][covering.empty() ? -1 : covering.front()];
        ++vote.first;
        vote.second += scores.monetary[c];
    }
    for (int r = 1; r <= bins; ++r) {
        for (int f = 1; f <= bins; ++f) {
            const auto index = static_cast<std::size_t>((r - 1) * bins + (f - 1));
            RfmGridCell &cell = grid.cells[index];
            cell.recency = r;
            cell.frequency = f;
            std::set<int> covering;
            for (int m = 1; m <= bins; ++m) {
                for (const int s : cube[cubeIndex(r, f, m, bins)]) {
                    covering.insert(s);
                }
            }
            cell.segments.assign(covering.begin(), covering.end());
            for (int m = 1; m <= bins; ++m) {
                cell.hasOverlap = cell.hasOverlap || cube[cubeIndex(r, f, m, bins)].size() > 1;
            }
            for (const auto &[segment, counted] : votes[index]) {
                cell.segmentCounts.push_back({segment, counted.first, counted.second});
            }
            // Most customers first; equal counts in map order, Other (-1) last.
            std::stable_sort(cell.segmentCounts.begin(), cell.segmentCounts.end(),
                [](const RfmCellSegmentCount &a, const RfmCellSegmentCount &b) {
                    if (a.customerCount != b.customerCount) {
                        return a.customerCount > b.customerCount;
                    }
                    return (a.segment < 0 ? INT_MAX : a.segment) < (b.segment < 0 ? INT_MAX : b.segment);
                });
            const auto &first = cube[cubeIndex(r, f, 1, bins)];
            cell.segment = first.empty() ? -1 : first.front();
            if (monetary && !cell.segmentCounts.empty()) {
                cell.segment = cell.segmentCounts.front().segment;
            }
        }
    }
    return grid;
}

bool isRfmSegmentColor(std::string_view color)
{
    return color.size() == 7 && color[0] == '#' && std::all_of(color.begin() + 1, color.end(), [](char c) {
        return std::isxdigit(static_cast<unsigned char>(c)) != 0;
    });
}

RfmAssignment applyRfmMap(const RfmScores &scores, const RfmMap &map)
{
    const int bins = scores.bins;
    const std::vector<std::vector<int>> cube = cellSegments(map, bins);
    RfmAssignment assignment;
    const std::size_t customers = scores.recencyScore.size();
    assignment.segmentOf.assign(customers, -2);
    for (std::size_t s = 0; s < map.segments.size(); ++s) {
        const RfmSegmentDefinition &segment = map.segments[s];
        assignment.sizes.push_back({static_cast<int>(s), segment.key, segment.name,
            segment.turkishName.empty() ? segment.name : segment.turkishName, 0, 0.0, 0.0});
    }
    assignment.sizes.push_back({-1, "other", "Other", "Diğer", 0, 0.0, 0.0});
    for (std::size_t c = 0; c < customers; ++c) {
        const int r = scores.recencyScore[c];
        if (r == 0) {
            continue;
        }
        const auto &covering = cube[cubeIndex(r, scores.frequencyScore[c], scores.monetaryScore[c], bins)];
        const int segment = covering.empty() ? -1 : covering.front();
        assignment.segmentOf[c] = segment;
        RfmSegmentSize &size
            = segment < 0 ? assignment.sizes.back() : assignment.sizes[static_cast<std::size_t>(segment)];
        ++size.customerCount;
        size.revenue += scores.monetary[c];
    }
    for (RfmSegmentSize &size : assignment.sizes) {
        size.share = static_cast<double>(size.customerCount)
            / static_cast<double>(std::max<std::int64_t>(scores.scoredCount, 1));
    }
    assignment.otherCount = assignment.sizes.back().customerCount;
    return assignment;
}

} // namespace segmenta::engine
