// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "segments/Rfm.h"
#include "Session.h"
#include "import/DateParsing.h"
#include "store/Database.h"
#include "support/CancellingProgress.h"
#include "support/RetailProject.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

using namespace segmenta::engine;
using segmenta::test::CancelAfter;
using segmenta::test::readBytes;
using segmenta::test::retailProject;
using segmenta::test::TempDir;

namespace {

const std::string &onlineRetail = segmenta::test::onlineRetailFile();
constexpr double none = std::numeric_limits<double>::quiet_NaN();
const std::int64_t december10 = *daysFromCivil(2011, 12, 10);

RfmInput frequencies(const std::vector<double> &values)
{
    RfmInput input;
    input.analysisDay = december10;
    input.frequency = values;
    input.recency.assign(values.size(), 1.0);
    input.monetary.assign(values.size(), 10.0);
    return input;
}

} // namespace

TEST(Rfm, QuantileTiesShareAScoreAndTheReportSaysWhichScoresAreEmpty)
{
    // Six of ten customers have one order: plain quintiles would split them over F1..F3.
    auto scored = scoreRfm(frequencies({1, 1, 1, 1, 1, 1, 2, 2, 3, 5}), RfmParams {});
    ASSERT_TRUE(scored);
    const RfmScores &scores = scored.value();
    EXPECT_EQ(scores.frequencyScore, (std::vector<int> {1, 1, 1, 1, 1, 1, 4, 4, 5, 5}));
    const RfmDimensionReport &frequency = scores.dimensions[1];
    EXPECT_EQ(frequency.emptyScores, (std::vector<int> {2, 3}));
    ASSERT_EQ(frequency.ties.size(), 1U);
    const RfmTieNote &tie = frequency.ties.front();
    EXPECT_EQ(tie.value, 1.0);
    EXPECT_EQ(tie.customerCount, 6);
    EXPECT_EQ(tie.score, 1);
    EXPECT_EQ(tie.emptyScores, (std::vector<int> {2, 3}));
    EXPECT_EQ(tie.text,
        "frequency: 60.0% of customers have exactly 1 order, so they all get F1, which covers 60.0% instead "
        "of "
        "about 20.0%, and F2 and F3 are empty");
    EXPECT_EQ(frequency.bands[0].text, "F1 = 1 order (6 customers, 60.0%)");
    EXPECT_EQ(frequency.bands[1].text, "F2 = no customers (0 customers, 0.0%)");
    EXPECT_EQ(frequency.bands[4].text, "F5 = ≥ 3 orders (2 customers, 20.0%)");
    // Everyone's recency and monetary are equal: one tie, everyone R1 and M1, and R2..R5 empty.
    EXPECT_EQ(scores.dimensions[0].emptyScores, (std::vector<int> {2, 3, 4, 5}));
    EXPECT_EQ(scores.recencyScore, std::vector<int>(10, 1));
}

TEST(Rfm, DistinctValuesGiveEqualQuintilesAndRecencyIsReversed)
{
    RfmInput input;
    input.analysisDay = december10;
    for (int i = 0; i < 10; ++i) {
        input.recency.push_back(i); // 0 days: most recent, R5
        input.frequency.push_back(i + 1);
        input.monetary.push_back(100.0 * i);
    }
    input.recency.push_back(none); // no purchase: not scored
    input.frequency.push_back(0);
    input.monetary.push_back(0);
    auto scored = scoreRfm(input, RfmParams {});
    ASSERT_TRUE(scored);
    EXPECT_EQ(scored.value().recencyScore, (std::vector<int> {5, 5, 4, 4, 3, 3, 2, 2, 1, 1, 0}));
    EXPECT_EQ(scored.value().monetaryScore, (std::vector<int> {1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 0}));
    EXPECT_EQ(scored.value().unscoredCount, 1);
    EXPECT_TRUE(scored.value().dimensions[1].ties.empty());
    EXPECT_EQ(scored.value().dimensions[0].bands[4].text,
        "R5 = last purchase ≤ 1 days before 2011-12-10 (2 customers, 20.0%)");
}

TEST(Rfm, ThresholdsScoreByTheCutPointsInRealUnits)
{
    RfmInput input;
    input.analysisDay = december10;
    input.recency = {0, 14, 15, 30, 200};
    input.frequency = {1, 2, 4, 10, 11};
    input.monetary = {5, 5, 5, 5, 5};
    RfmParams params;
    params.recency = {RfmScoringMethod::Thresholds, {14, 30, 90, 180}};
    params.frequency = {RfmScoringMethod::Thresholds, {2, 3, 5, 10}};
    auto scored = scoreRfm(input, params);
    ASSERT_TRUE(scored);
    EXPECT_EQ(scored.value().recencyScore, (std::vector<int> {5, 5, 4, 4, 1}));
    EXPECT_EQ(scored.value().frequencyScore, (std::vector<int> {1, 2, 3, 5, 5}));
    const auto &recency = scored.value().dimensions[0].bands;
    EXPECT_EQ(recency[4].text, "R5 = last purchase ≤ 14 days before 2011-12-10 (2 customers, 40.0%)");
    EXPECT_EQ(recency[3].text,
        "R4 = last purchase more than 14 and at most 30 days before 2011-12-10 (2 customers, 40.0%)");
    EXPECT_EQ(
        recency[0].text, "R1 = last purchase more than 180 days before 2011-12-10 (1 customers, 20.0%)");
    EXPECT_EQ(recency[3].lower, 14.0);
    EXPECT_EQ(recency[3].upper, 30.0);
    const auto &frequency = scored.value().dimensions[1].bands;
    EXPECT_EQ(frequency[0].text, "F1 = orders < 2 (1 customers, 20.0%)");
    EXPECT_EQ(frequency[2].text, "F3 = orders ≥ 3 and < 5 (1 customers, 20.0%)");

    params.frequency.thresholds = {2, 2, 5, 10};
    auto refused = scoreRfm(input, params);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidParameter);
    EXPECT_EQ(refused.error().args[0], "frequency.thresholds");
}

TEST(Rfm, EveryPresetCoversEachCellOnce)
{
    ASSERT_GE(rfmPresets().size(), 3U);
    EXPECT_EQ(rfmPresets().front().key, "rf11");
    EXPECT_EQ(rfmPresets().front().map.segments.size(), 11U);
    for (const RfmMapPreset &preset : rfmPresets()) {
        EXPECT_TRUE(validate(preset.map, 5).empty()) << preset.key;
        const RfmCoverage coverage = checkRfmCoverage(preset.map, 5);
        EXPECT_TRUE(coverage.isComplete()) << preset.key;
        EXPECT_EQ(coverage.cellCount, 25);
        for (const RfmSegmentDefinition &segment : preset.map.segments) {
            EXPECT_FALSE(segment.turkishName.empty()) << segment.key;
        }
    }
    EXPECT_EQ(rfmPreset("rf11")->segments[0].turkishName, "Şampiyonlar");
    EXPECT_FALSE(rfmPreset("nope"));
}

TEST(Rfm, CoverageReportsAGapAndAnOverlap)
{
    RfmMap map = *rfmPreset("rf11");
    map.segments[0].rectangles[0].frequency.low
        = 3; // Champions R5 F3-5 now overlaps Potential Loyalist at R5F3
    map.segments.pop_back(); // without Lost, R1F1 and R1F2 are in no segment
    const RfmCoverage coverage = checkRfmCoverage(map, 5);
    EXPECT_EQ(coverage.unassignedCells, (std::vector<std::string> {"R1F2", "R1F1"}));
    ASSERT_EQ(coverage.overlaps.size(), 1U);
    EXPECT_EQ(coverage.overlaps[0].cell, "R5F3");
    EXPECT_EQ(coverage.overlaps[0].segments, (std::vector<int> {0, 2}));
    const auto lines = coverage.describe(map);
    ASSERT_EQ(lines.size(), 2U);
    EXPECT_EQ(lines[0], "2 cells are in no segment, so their customers are left as Other: R1F2, R1F1.");
    EXPECT_EQ(lines[1],
        "Cell R5F3 is in Champions and Potential Loyalist; its customers go to the first, Champions.");

    // Customers in those cells: the overlap goes to the first segment, the gap to Other.
    RfmScores scores;
    scores.bins = 5;
    scores.recencyScore = {5, 1, 1, 0};
    scores.frequencyScore = {3, 1, 5, 0};
    scores.monetaryScore = {1, 1, 1, 0};
    scores.monetary = {10, 20, 30, 0};
    scores.scoredCount = 3;
    const RfmAssignment assignment = applyRfmMap(scores, map);
    EXPECT_EQ(assignment.segmentOf, (std::vector<int> {0, -1, 8, -2}));
    EXPECT_EQ(assignment.otherCount, 1);
    EXPECT_EQ(assignment.sizes.back().name, "Other");
    const RfmGrid grid = rfmGrid(scores, map);
    EXPECT_EQ(grid.cell(5, 3).customerCount, 1);
    EXPECT_EQ(grid.cell(5, 3).segments, (std::vector<int> {0, 2}));
    EXPECT_EQ(grid.cell(1, 1).segment, -1);
    EXPECT_EQ(grid.cell(1, 1).revenue, 20.0);
}

TEST(Rfm, MonetaryRangesSplitCellsAndCoverageCountsTheCube)
{
    RfmMap map;
    map.name = "split";
    map.segments.push_back({"big", "Big", "", "", "", {{{1, 5}, {1, 5}, RfmScoreRange {4, 5}}}});
    map.segments.push_back({"small", "Small", "", "", "", {{{1, 5}, {1, 5}, RfmScoreRange {1, 2}}}});
    const RfmCoverage coverage = checkRfmCoverage(map, 5);
    EXPECT_TRUE(coverage.usesMonetary);
    EXPECT_EQ(coverage.cellCount, 125);
    EXPECT_EQ(coverage.unassignedCells.size(), 25U); // every M3 cell
    EXPECT_EQ(coverage.unassignedCells.front(), "R5F5M3");
}

TEST(Rfm, GridCountsTheSegmentsOfACellThatMonetaryRangesSplit)
{
    // Ten customers, all in R5F5 by threshold, two per monetary score M1..M5.
    RfmInput input;
    input.analysisDay = december10;
    for (const double spend : {50.0, 60.0, 150.0, 160.0, 250.0, 260.0, 350.0, 360.0, 450.0, 460.0}) {
        input.recency.push_back(1.0);
        input.frequency.push_back(9.0);
        input.monetary.push_back(spend);
    }
    RfmParams params;
    params.recency = {RfmScoringMethod::Thresholds, {10, 20, 30, 40}};
    params.frequency = {RfmScoringMethod::Thresholds, {2, 3, 4, 5}};
    params.monetary = {RfmScoringMethod::Thresholds, {100, 200, 300, 400}};
    auto scores = scoreRfm(input, params);
    ASSERT_TRUE(scores);
    RfmMap map;
    map.name = "split";
    map.segments.push_back({"big", "Big", "", "", "", {{{5, 5}, {5, 5}, RfmScoreRange {4, 5}}}});
    map.segments.push_back({"small", "Small", "", "", "", {{{5, 5}, {1, 5}, RfmScoreRange {1, 2}}}});
    map.segments.push_back({"rest", "Rest", "", "", "", {{{1, 5}, {1, 5}, RfmScoreRange {2, 3}}}});
    const RfmGrid grid = rfmGrid(scores.value(), map);
    const RfmGridCell &split = grid.cell(5, 5);
    EXPECT_EQ(split.customerCount, 10);
    ASSERT_EQ(split.segmentCounts.size(), 3U);
    // Big (M4-5) and Small (M1-2) hold four each, in map order; Rest takes M3 (its M2 goes to Small).
    EXPECT_EQ(split.segmentCounts[0].segment, 0);
    EXPECT_EQ(split.segmentCounts[0].customerCount, 4);
    EXPECT_DOUBLE_EQ(split.segmentCounts[0].revenue, 350.0 + 360.0 + 450.0 + 460.0);
    EXPECT_EQ(split.segmentCounts[1].segment, 1);
    EXPECT_EQ(split.segmentCounts[1].customerCount, 4);
    EXPECT_EQ(split.segmentCounts[2].segment, 2);
    EXPECT_EQ(split.segmentCounts[2].customerCount, 2);
    EXPECT_EQ(split.segment, 0);
    EXPECT_TRUE(split.hasOverlap); // M2 is in Small and Rest
    EXPECT_TRUE(grid.cell(5, 1).hasOverlap);
    EXPECT_FALSE(grid.cell(1, 1).hasOverlap); // only Rest covers it
    EXPECT_TRUE(grid.cell(1, 1).segmentCounts.empty());

    // The grid's parts agree with the assignment customer by customer.
    const RfmAssignment assignment = applyRfmMap(scores.value(), map);
    EXPECT_EQ(assignment.sizes[0].customerCount, 4);
    EXPECT_EQ(assignment.sizes[1].customerCount, 4);
    EXPECT_EQ(assignment.sizes[2].customerCount, 2);
    EXPECT_EQ(assignment.otherCount, 0);

    // Without Rest and with Big only M5, M3-4 are Other: as many as Small holds, so Other comes after it.
    map.segments.pop_back();
    map.segments[0].rectangles[0].monetary = RfmScoreRange {5, 5};
    const RfmGrid otherGrid = rfmGrid(scores.value(), map);
    const RfmGridCell &withOther = otherGrid.cell(5, 5);
    ASSERT_EQ(withOther.segmentCounts.size(), 3U);
    EXPECT_EQ(withOther.segmentCounts[0].segment, 1);
    EXPECT_EQ(withOther.segmentCounts[0].customerCount, 4);
    EXPECT_EQ(withOther.segmentCounts[1].segment, -1);
    EXPECT_EQ(withOther.segmentCounts[1].customerCount, 4);
    EXPECT_EQ(withOther.segmentCounts[2].segment, 0);
    EXPECT_EQ(withOther.segmentCounts[2].customerCount, 2);
    EXPECT_FALSE(withOther.hasOverlap);
}

TEST(Rfm, MapDocumentsRoundTrip)
{
    for (const RfmMapPreset &preset : rfmPresets()) {
        RfmMapDocument document {preset.map, RfmParams {}};
        document.scoring.analysisDay = december10;
        document.scoring.frequency = {RfmScoringMethod::Thresholds, {2, 3, 5, 10}};
        const std::string text = writeRfmMapJson(document);
        auto read = readRfmMapJson(text, "map.json");
        ASSERT_TRUE(read) << describe(read.error());
        EXPECT_EQ(writeRfmMapJson(read.value()), text) << preset.key;
        EXPECT_EQ(read.value().scoring.analysisDay, december10);
        EXPECT_EQ(read.value().scoring.frequency.thresholds, (std::vector<double> {2, 3, 5, 10}));
        EXPECT_EQ(read.value().map.segments.size(), preset.map.segments.size());
    }
    // Shorthand: one score for a one-score range; scoring may be left out.
    auto shorthand = readRfmMapJson(
        R"({"name": "m", "segments": [{"key": "a", "name": "A", "cells": [{"r": 5, "f": [1, 5]}]}]})");
    ASSERT_TRUE(shorthand);
    EXPECT_EQ(shorthand.value().map.segments[0].rectangles[0].recency.low, 5);
    EXPECT_EQ(shorthand.value().map.segments[0].rectangles[0].recency.high, 5);
    EXPECT_EQ(shorthand.value().scoring.bins, 5);
}

TEST(Rfm, MapDocumentErrorsNameTheJsonPath)
{
    const auto problemAt = [](const std::string &text) {
        auto read = readRfmMapJson(text, "map.json");
        EXPECT_FALSE(read);
        return read ? Error {} : read.error();
    };
    const std::string head
        = R"({"name": "m", "segments": [{"key": "a", "name": "A", "cells": [{"r": [1, 5], "f": [1, 5]}]}, )";
    Error error = problemAt(head + R"({"key": "b", "name": "B", "cells": [{"r": [4, 6], "f": [1, 5]}]}]})");
    EXPECT_EQ(error.code, ErrorCode::InvalidParameter);
    EXPECT_EQ(error.args[0], "$.segments[1].cells[0].r");
    EXPECT_EQ(error.args[1], "[4, 6]");
    EXPECT_NE(describe(error).find("'$.segments[1].cells[0].r' is [4, 6], but must be"), std::string::npos)
        << describe(error);

    error = problemAt(head + R"({"key": "b", "name": "B", "cels": []}]})");
    EXPECT_EQ(error.args[0], "$.segments[1].cels");
    error = problemAt(head + R"({"key": "a", "name": "B", "cells": [{"r": 1, "f": 1}]}]})");
    EXPECT_EQ(error.args[0], "$.segments[1].key");
    error = problemAt(head + R"({"key": "b", "name": "B", "cells": [{"r": "5", "f": 1}]}]})");
    EXPECT_EQ(error.args[0], "$.segments[1].cells[0].r");
    error = problemAt(
        R"({"name": "m", "scoring": {"frequency": {"method": "thresholds", "thresholds": [2, 3]}}, "segments": []})");
    EXPECT_EQ(error.args[0], "$.scoring.frequency.thresholds");
    error = problemAt(R"({"name": "m", "scoring": {"analysis_date": "10.12.2011"}, "segments": []})");
    EXPECT_EQ(error.args[0], "$.scoring.analysis_date");
    error = problemAt(R"({"name": "m", "segments": []})");
    EXPECT_EQ(error.args[0], "$.segments");

    error = problemAt("{\n  \"name\": \"m\",\n  \"segments\": [,]\n}");
    EXPECT_EQ(error.args[0], "the text");
    EXPECT_EQ(error.args[1].rfind("not JSON (syntax error while parsing value - unexpected ','", 0), 0U)
        << error.args[1];
    ASSERT_TRUE(error.where);
    EXPECT_EQ(error.where->file, "map.json");
    EXPECT_EQ(error.where->line, 3);
    EXPECT_EQ(error.where->column, 16);
}

// The scores and segment counts of a run on the Online Retail sample, against SQL written from the documented
// rule (score = 1 + floor(5 k / n), k = customers strictly worse) straight on the stored transactions.
TEST(Rfm, OnlineRetailScoresAndSegmentsMatchAnIndependentSqlComputation)
{
    TempDir dir;
    Session session = retailProject(dir);
    NullProgress progress;
    auto run = session.runRfm(RfmRunParams {}, progress);
    ASSERT_TRUE(run) << describe(run.error());
    const RfmReport &report = run.value();
    EXPECT_EQ(report.segmentation.name, "RFM 1");
    EXPECT_EQ(report.segmentation.method, "rfm");
    EXPECT_TRUE(report.coverage.isComplete());
    EXPECT_EQ(report.otherCount, 0);

    store::Database database(session.path(), store::OpenMode::ReadWrite);
    const std::string scoresSql = R"sql(
WITH d AS (SELECT max(day) + 1 AS today FROM transactions),
p AS (SELECT customer_row AS c, max(day) AS last, count(DISTINCT order_key) AS f
      FROM transactions WHERE amount >= 0 GROUP BY customer_row),
net AS (SELECT customer_row AS c, round(sum(amount) * 100) AS cents FROM transactions GROUP BY customer_row),
s AS (SELECT p.c, (SELECT today FROM d) - p.last AS r, p.f, net.cents FROM p JOIN net ON net.c = p.c),
n AS (SELECT count(*) AS n FROM s),
scored AS (SELECT c,
    1 + (5 * (rank() OVER (ORDER BY r DESC) - 1)) / (SELECT n FROM n) AS rs,
    1 + (5 * (rank() OVER (ORDER BY f) - 1)) / (SELECT n FROM n) AS fs,
    1 + (5 * (rank() OVER (ORDER BY cents) - 1)) / (SELECT n FROM n) AS ms
  FROM s)
)sql";
    std::map<std::int64_t, std::array<int, 3>> expected;
    {
        store::Statement query(database, scoresSql + "SELECT c, rs, fs, ms FROM scored");
        while (query.step()) {
            expected[query.columnInt64(0)] = {static_cast<int>(query.columnInt64(1)),
                static_cast<int>(query.columnInt64(2)), static_cast<int>(query.columnInt64(3))};
        }
    }
    ASSERT_EQ(static_cast<std::int64_t>(expected.size()), report.scoredCount);
    // The stored score columns, customer by customer.
    std::map<std::string, std::string> sqlNames;
    {
        store::Statement columns(
            database, "SELECT name, sql_name FROM customer_columns WHERE origin = 'model'");
        while (columns.step()) {
            sqlNames[columns.columnText(0)] = columns.columnText(1);
        }
    }
    ASSERT_EQ(sqlNames.size(), 4U);
    store::Statement stored(database,
        "SELECT row, " + sqlNames["R score"] + ", " + sqlNames["F score"] + ", " + sqlNames["M score"] + ", "
            + sqlNames["RFM cell"] + " FROM customers");
    std::int64_t compared = 0;
    while (stored.step()) {
        const auto found = expected.find(stored.columnInt64(0));
        if (found == expected.end()) {
            EXPECT_TRUE(stored.isNull(1));
            continue;
        }
        const auto &[r, f, m] = found->second;
        EXPECT_EQ(stored.columnInt64(1), r) << "row " << found->first;
        EXPECT_EQ(stored.columnInt64(2), f) << "row " << found->first;
        EXPECT_EQ(stored.columnInt64(3), m) << "row " << found->first;
        EXPECT_EQ(stored.columnText(4), rfmCellLabel(r, f));
        ++compared;
    }
    EXPECT_EQ(compared, report.scoredCount);

    // The rf11 map as SQL, and the stored segmentation's members counted per name.
    std::map<std::string, std::int64_t> expectedSizes;
    {
        store::Statement query(database, scoresSql + R"sql(
SELECT CASE
    WHEN rs = 5 AND fs >= 4 THEN 'Champions'
    WHEN rs IN (3, 4) AND fs >= 4 THEN 'Loyal Customers'
    WHEN rs >= 4 AND fs IN (2, 3) THEN 'Potential Loyalist'
    WHEN rs = 5 AND fs = 1 THEN 'New Customers'
    WHEN rs = 4 AND fs = 1 THEN 'Promising'
    WHEN rs = 3 AND fs = 3 THEN 'Need Attention'
    WHEN rs = 3 AND fs <= 2 THEN 'About To Sleep'
    WHEN rs <= 2 AND fs IN (3, 4) THEN 'At Risk'
    WHEN rs <= 2 AND fs = 5 THEN 'Can''t Lose Them'
    WHEN rs = 2 AND fs <= 2 THEN 'Hibernating'
    WHEN rs = 1 AND fs <= 2 THEN 'Lost'
  END AS segment, count(*) FROM scored GROUP BY segment)sql");
        while (query.step()) {
            expectedSizes[query.columnText(0)] = query.columnInt64(1);
        }
    }
    std::map<std::string, std::int64_t> storedSizes;
    {
        store::Statement query(database,
            "SELECT s.name, count(*) FROM segment_members m JOIN segments s ON s.segmentation_id = "
            "m.segmentation_id AND s.segment_index = m.segment_index WHERE m.segmentation_id = ?1 GROUP BY "
            "s.name");
        query.bind(1, report.segmentation.id);
        while (query.step()) {
            storedSizes[query.columnText(0)] = query.columnInt64(1);
        }
    }
    EXPECT_EQ(storedSizes, expectedSizes);
    for (const RfmSegmentSize &size : report.segments) {
        EXPECT_EQ(size.customerCount, expectedSizes.count(size.name) ? expectedSizes[size.name] : 0)
            << size.name;
    }
    // The grid sums to the scored customers.
    std::int64_t gridTotal = 0;
    for (const RfmGridCell &cell : report.grid.cells) {
        gridTotal += cell.customerCount;
    }
    EXPECT_EQ(gridTotal, report.scoredCount);

    // Many customers have one order: the tie report says so, with F1 taking them all.
    const RfmDimensionReport &frequency = report.dimensions[1];
    ASSERT_FALSE(frequency.ties.empty());
    EXPECT_EQ(frequency.ties[0].value, 1.0);
    EXPECT_EQ(frequency.ties[0].score, 1);
    EXPECT_GT(frequency.ties[0].share, 0.2);

    // The map is stored as a definition, linked from the segmentation.
    store::Statement definition(database,
        "SELECT d.kind, d.name FROM segmentations s JOIN definitions d ON d.id = s.definition_id WHERE s.id "
        "= ?1");
    definition.bind(1, report.segmentation.id);
    ASSERT_TRUE(definition.step());
    EXPECT_EQ(definition.columnText(0), "rfm_map");
    EXPECT_EQ(definition.columnText(1), "RFM 11 segments");
    auto maps = session.rfmMaps();
    ASSERT_TRUE(maps);
    ASSERT_EQ(maps.value().size(), 1U);
    EXPECT_EQ(maps.value()[0].map.segments.size(), 11U);
}

TEST(Rfm, RerunsReplaceTheirColumnsKeepOthersAndRefuseATakenName)
{
    TempDir dir;
    Session session = retailProject(dir);
    NullProgress progress;
    RfmRunParams params;
    params.name = "RFM";
    ASSERT_TRUE(session.runRfm(params, progress));
    auto again = session.runRfm(params, progress);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::SegmentationExists);

    params.name = "RFM simple";
    params.map = *rfmPreset("simple6");
    params.language = "tr";
    params.scoring.analysisDay = *daysFromCivil(2011, 11, 23); // later transactions do not count
    auto simple = session.runRfm(params, progress);
    ASSERT_TRUE(simple) << describe(simple.error());
    EXPECT_EQ(isoDate(simple.value().analysisDay), "2011-11-23");
    auto summary = session.summary();
    ASSERT_TRUE(summary);
    int rfmColumns = 0;
    for (const ColumnInfo &column : summary.value().columns) {
        rfmColumns += column.origin == "model" ? 1 : 0;
    }
    EXPECT_EQ(rfmColumns, 4);
    auto segments = session.segments("RFM simple");
    ASSERT_TRUE(segments);
    bool turkish = false;
    for (const SegmentInfo &segment : segments.value()) {
        turkish = turkish || segment.name == "Şampiyonlar";
    }
    EXPECT_TRUE(turkish);

    // Lifetime value writes "model" columns too; neither run removes the other's.
    LifetimeValueParams clv;
    ASSERT_TRUE(session.runLifetimeValue(clv, progress));
    params.name = "RFM after CLV";
    ASSERT_TRUE(session.runRfm(params, progress));
    summary = session.summary();
    ASSERT_TRUE(summary);
    bool hasAlive = false;
    bool hasCell = false;
    for (const ColumnInfo &column : summary.value().columns) {
        hasAlive = hasAlive || column.name == "P(alive)";
        hasCell = hasCell || column.name == "RFM cell";
    }
    EXPECT_TRUE(hasAlive);
    EXPECT_TRUE(hasCell);

    // And a second CLV run, over another horizon and without ranges, replaces only its own columns.
    clv.horizonMonths = 6;
    clv.bootstrapDraws = 0;
    ASSERT_TRUE(session.runLifetimeValue(clv, progress));
    summary = session.summary();
    ASSERT_TRUE(summary);
    std::vector<std::string> modelColumns;
    for (const ColumnInfo &column : summary.value().columns) {
        if (column.origin == "model") {
            modelColumns.push_back(column.name);
        }
    }
    for (const char *kept : {"R score", "F score", "M score", "RFM cell", "P(alive)", "CLV (6 months)"}) {
        EXPECT_NE(std::find(modelColumns.begin(), modelColumns.end(), kept), modelColumns.end()) << kept;
    }
    for (const char *gone :
        {"CLV (12 months)", "CLV low (5%)", "CLV high (95%)", "Expected purchases (12 months)"}) {
        EXPECT_EQ(std::find(modelColumns.begin(), modelColumns.end(), gone), modelColumns.end()) << gone;
    }
}

TEST(Rfm, StoredSegmentsKeepTheMapColours)
{
    TempDir dir;
    Session session = retailProject(dir);
    NullProgress progress;
    RfmRunParams params;
    params.name = "coloured";
    params.map = *rfmPreset("rf11");
    params.map.segments[0].color = "#123ABC"; // Champions, chosen by the user
    params.map.segments[1].color = "teal"; // not "#rrggbb": the palette's colour instead
    params.map.segments.pop_back(); // Lost: its cells become Other
    auto run = session.runRfm(params, progress);
    ASSERT_TRUE(run) << describe(run.error());
    ASSERT_GT(run.value().otherCount, 0);
    auto segments = session.segments("coloured");
    ASSERT_TRUE(segments);
    std::map<std::string, std::string> colorOf;
    for (const SegmentInfo &segment : segments.value()) {
        colorOf[segment.name] = segment.color;
    }
    EXPECT_EQ(colorOf.at("Champions"), "#123ABC");
    EXPECT_EQ(colorOf.at("Loyal Customers"), "");
    EXPECT_EQ(colorOf.at("At Risk"), "#f46d43"); // the preset's
    EXPECT_EQ(colorOf.at("Other"), rfmOtherColor);
    // The stored map keeps them as well.
    auto maps = session.rfmMaps();
    ASSERT_TRUE(maps);
    ASSERT_EQ(maps.value().size(), 1U);
    EXPECT_EQ(maps.value()[0].map.segments[0].color, "#123ABC");
}

TEST(Rfm, CancelLeavesTheProjectFileByteIdentical)
{
    TempDir dir;
    std::string path;
    {
        Session session = retailProject(dir);
        path = session.path();
    }
    const std::string before = readBytes(path);
    int cancelled = 0;
    for (int questions = 0; questions < 8; ++questions) {
        auto opened = Session::openProject(path);
        ASSERT_TRUE(opened);
        CancelAfter progress(questions);
        auto run = opened.value().runRfm(RfmRunParams {}, progress);
        if (run) {
            break;
        }
        EXPECT_EQ(run.error().code, ErrorCode::Cancelled);
        ++cancelled;
        EXPECT_EQ(readBytes(path), before) << "cancelled at question " << questions;
    }
    EXPECT_GE(cancelled, 3); // before reading, before writing, after the columns, after the segmentation
}

TEST(Rfm, WithoutTransactionsTheRunSaysSo)
{
    TempDir dir;
    auto created = Session::createProject(dir.file("empty.segmenta"));
    ASSERT_TRUE(created);
    NullProgress progress;
    auto run = created.value().runRfm(RfmRunParams {}, progress);
    ASSERT_FALSE(run);
    EXPECT_EQ(run.error().code, ErrorCode::NoTransactions);
}
