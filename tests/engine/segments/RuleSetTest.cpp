// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "segments/RuleSet.h"
#include "Session.h"
#include "import/DateParsing.h"
#include "segments/RuleEvaluation.h"
#include "store/Database.h"
#include "store/ProjectStore.h"
#include "store/RuleSegmentStore.h"
#include "support/CancellingProgress.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace segmenta::engine {
namespace {

using segmenta::test::CancelAtStage;
using test::readBytes;
using test::TempDir;

const std::string mallCsv = std::string(SEGMENTA_SHARED_DATA_DIR) + "/mall_customers/Mall_Customers.csv";
const std::string retailCsv
    = std::string(SEGMENTA_SHARED_DATA_DIR) + "/online_retail/online_retail_sample.csv";
const std::string sampleRules
    = std::string(SEGMENTA_REFERENCE_DIR) + "/../../resources/sample/rules_online_retail.json";

/// Customers with missing values, Turkish and upper-case city names and ISO dates (with and without a time,
/// and one that is not a date).
constexpr const char *smallCsv = "id,City,Signup,Score,Tier\n"
                                 "1,İstanbul,2024-01-15,10,Gold\n"
                                 "2,ISTANBUL,2023-12-01,,Silver\n"
                                 "3,Ankara,,5.5,\n"
                                 "4,izmir,2024-02-01 10:00,7,Gold\n"
                                 "5,Bursa,not a date,3,Bronze\n"
                                 "6,,2024-02-10,8,Silver\n"
                                 "7,Çanakkale,2024-01-11,,Gold\n"
                                 "8,ıstanbul,2023-06-30,1.5,Bronze\n";
constexpr std::int64_t smallAnalysisDay = 19763; // 2024-02-10

Session importCustomers(const TempDir &dir, const std::string &csv, const std::string &name = "p.segmenta")
{
    auto session = Session::createProject(dir.file(name));
    EXPECT_TRUE(session);
    CsvImportParams params;
    params.filePath = csv;
    NullProgress progress;
    auto report = session.value().importCustomersCsv(params, progress);
    EXPECT_TRUE(report) << (report ? "" : describe(report.error()));
    return std::move(session).value();
}

Session importTransactions(const TempDir &dir, const std::vector<std::string> &files)
{
    auto session = Session::createProject(dir.file("t.segmenta"));
    EXPECT_TRUE(session);
    for (const std::string &file : files) {
        TransactionImportParams params;
        params.filePath = file;
        params.onError = RowErrorPolicy::Skip; // the sample has lines without a customer
        NullProgress progress;
        auto report = session.value().importTransactionsCsv(params, progress);
        EXPECT_TRUE(report) << (report ? "" : describe(report.error()));
    }
    return std::move(session).value();
}

/// The sql name (c1, c2, …) of each customer column, by its name.
std::map<std::string, std::string> sqlNames(store::Database &database)
{
    std::map<std::string, std::string> names;
    for (const auto &column : store::ProjectStore(database).columns()) {
        names[column.info.name] = column.sqlName;
    }
    return names;
}

/// Rows (0-based) an SQL condition selects; `{Column name}` in `where` stands for its sql name.
std::set<std::int64_t> sqlRows(const std::string &path, std::string where)
{
    store::Database database(path, store::OpenMode::ReadWrite);
    for (const auto &[name, sql] : sqlNames(database)) {
        for (std::size_t at; (at = where.find("{" + name + "}")) != std::string::npos;) {
            where.replace(at, name.size() + 2, sql);
        }
    }
    std::set<std::int64_t> rows;
    store::Statement query(database, "SELECT row FROM customers WHERE " + where);
    while (query.step()) {
        rows.insert(query.columnInt64(0) - 1);
    }
    return rows;
}

/// Rows (0-based) a condition tree selects, evaluated by the engine on columns loaded from the project.
std::set<std::int64_t> ruleRows(const std::string &path, const RuleNode &tree, std::int64_t analysisDay)
{
    store::Database database(path, store::OpenMode::ReadWrite);
    store::ProjectStore project(database);
    store::RuleSegmentStore loader(database);
    RuleTable table;
    table.customerCount = project.customerCount();
    for (const std::string &name : referencedColumns(tree)) {
        for (const auto &column : project.columns()) {
            if (column.info.name == name) {
                table.columns.push_back(loader.loadColumn(column, table.customerCount));
            }
        }
    }
    const RuleBits bits = evaluateRuleNode(tree, table, analysisDay);
    std::set<std::int64_t> rows;
    for (std::int64_t row = 0; row < bits.size(); ++row) {
        if (bits.test(row)) {
            rows.insert(row);
        }
    }
    return rows;
}

RuleNode node(const std::string &json)
{
    auto parsed = parseRuleNode(json);
    EXPECT_TRUE(parsed) << (parsed ? "" : describe(parsed.error()));
    return parsed ? std::move(parsed).value() : RuleNode {};
}

RuleSet ruleSet(const std::string &json)
{
    auto parsed = parseRuleSet(json);
    EXPECT_TRUE(parsed) << (parsed ? "" : describe(parsed.error()));
    return parsed ? std::move(parsed).value() : RuleSet {};
}

/// Engine and SQL agree row for row, and Session::countRuleMatches gives the same count.
void expectSameAsSql(
    Session &session, const std::string &tree, const std::string &where, std::int64_t analysisDay = 0)
{
    SCOPED_TRACE(tree);
    const RuleNode parsed = node(tree);
    const auto expected = sqlRows(session.path(), where);
    EXPECT_EQ(ruleRows(session.path(), parsed, analysisDay), expected) << where;
    auto count = session.countRuleMatches(parsed, analysisDay);
    ASSERT_TRUE(count) << describe(count.error());
    EXPECT_EQ(count.value(), static_cast<std::int64_t>(expected.size()));
}

Error parseError(const std::string &json)
{
    auto parsed = parseRuleSet(json);
    EXPECT_FALSE(parsed) << json;
    return parsed ? Error {} : parsed.error();
}

std::string oneSegment(const std::string &match)
{
    return R"j({"segments": [{"name": "S", "match": )j" + match + "}]}";
}

// --- every operator against the equivalent SQL ---

TEST(RuleSetTest, NumberOperatorsMatchSqlOnMallCustomers)
{
    TempDir dir;
    Session session = importCustomers(dir, mallCsv);
    expectSameAsSql(
        session, R"j({"column": "Age", "op": "between", "value": [25, 35]})j", "{Age} BETWEEN 25 AND 35");
    expectSameAsSql(session, R"j({"column": "Age", "op": ">=", "value": 40})j", "{Age} >= 40");
    expectSameAsSql(session, R"j({"column": "Age", "op": "<=", "value": 30})j", "{Age} <= 30");
    expectSameAsSql(session, R"j({"column": "Age", "op": ">", "value": 40})j", "{Age} > 40");
    expectSameAsSql(session, R"j({"column": "Age", "op": "<", "value": 30})j", "{Age} < 30");
    expectSameAsSql(session, R"j({"column": "Age", "op": "=", "value": 35})j", "{Age} = 35");
    expectSameAsSql(session, R"j({"column": "Age", "op": "!=", "value": 35})j", "{Age} != 35");
    expectSameAsSql(
        session, R"j({"column": "Age", "op": "in", "value": [20, 30, 40]})j", "{Age} IN (20, 30, 40)");
    expectSameAsSql(session, R"j({"column": "Age", "op": "not_in", "value": [20, 30, 40]})j",
        "{Age} NOT IN (20, 30, 40)");
    expectSameAsSql(session, R"j({"column": "Annual Income (k$)", "op": "between", "value": [40.5, 70.25]})j",
        "{Annual Income (k$)} BETWEEN 40.5 AND 70.25");
    expectSameAsSql(session, R"j({"column": "Spending Score (1-100)", "op": "is_missing"})j",
        "{Spending Score (1-100)} IS NULL");
    expectSameAsSql(session, R"j({"column": "Spending Score (1-100)", "op": "is_not_missing"})j",
        "{Spending Score (1-100)} IS NOT NULL");
}

TEST(RuleSetTest, CategoryAndTextOperatorsMatchSqlOnMallCustomers)
{
    TempDir dir;
    Session session = importCustomers(dir, mallCsv);
    expectSameAsSql(
        session, R"j({"column": "Genre", "op": "in", "value": ["Female"]})j", "{Genre} IN ('Female')");
    expectSameAsSql(session, R"j({"column": "Genre", "op": "not_in", "value": ["Female"]})j",
        "{Genre} NOT IN ('Female')");
    expectSameAsSql(session, R"j({"column": "Genre", "op": "=", "value": "Male"})j", "{Genre} = 'Male'");
    expectSameAsSql(session, R"j({"column": "Genre", "op": "!=", "value": "Male"})j", "{Genre} != 'Male'");
    // "in" is exact: a different case is a different category.
    expectSameAsSql(
        session, R"j({"column": "Genre", "op": "in", "value": ["female"]})j", "{Genre} IN ('female')");
    // "contains" ignores case; SQLite's LIKE does the same for ASCII.
    expectSameAsSql(
        session, R"j({"column": "Genre", "op": "contains", "value": "FEM"})j", "{Genre} LIKE '%fem%'");
    expectSameAsSql(
        session, R"j({"column": "Genre", "op": "contains", "value": "ale"})j", "{Genre} LIKE '%ale%'");
}

TEST(RuleSetTest, NestedGroupsMatchSql)
{
    TempDir dir;
    Session session = importCustomers(dir, mallCsv);
    expectSameAsSql(session, R"j({"all": [
            {"any": [{"column": "Genre", "op": "=", "value": "Female"}, {"column": "Age", "op": "<", "value": 25}]},
            {"column": "Annual Income (k$)", "op": "between", "value": [40, 70]}]})j",
        "({Genre} = 'Female' OR {Age} < 25) AND {Annual Income (k$)} BETWEEN 40 AND 70");
    expectSameAsSql(session, R"j({"any": [
            {"all": [{"column": "Age", "op": ">=", "value": 50}, {"column": "Spending Score (1-100)", "op": ">", "value": 60}]},
            {"all": [{"column": "Age", "op": "<", "value": 30}, {"any": [
                {"column": "Genre", "op": "in", "value": ["Male"]},
                {"column": "Annual Income (k$)", "op": "<=", "value": 20}]}]}]})j",
        "({Age} >= 50 AND {Spending Score (1-100)} > 60) OR ({Age} < 30 AND ({Genre} IN ('Male') OR "
        "{Annual Income (k$)} <= 20))");
    // An empty "all" holds for everyone, an empty "any" for no one.
    expectSameAsSql(session, R"j({"all": []})j", "1");
    expectSameAsSql(session, R"j({"any": []})j", "0");
}

TEST(RuleSetTest, BuilderTableRecountsWithoutReadingTheProjectAgain)
{
    TempDir dir;
    Session session = importCustomers(dir, mallCsv);
    auto table = session.ruleTable({"Age", "Genre"});
    ASSERT_TRUE(table) << describe(table.error());
    EXPECT_EQ(table.value().customerCount, 200);
    for (int age = 20; age <= 60; age += 10) {
        const RuleNode tree = node(R"j({"all": [{"column": "Genre", "op": "=", "value": "Female"},
            {"column": "Age", "op": "<", "value": )j"
            + std::to_string(age) + "}]}");
        EXPECT_EQ(evaluateRuleNode(tree, table.value(), 0).count(),
            static_cast<std::int64_t>(
                sqlRows(session.path(), "{Genre} = 'Female' AND {Age} < " + std::to_string(age)).size()));
    }
    EXPECT_EQ(session.ruleTable({"Agee"}).error().code, ErrorCode::UnknownColumn);
    auto day = session.defaultAnalysisDay();
    ASSERT_TRUE(day);
    EXPECT_FALSE(day.value().has_value()); // no transactions
}

TEST(RuleSetTest, MissingValuesMatchOnlyIsMissingAsInSql)
{
    TempDir dir;
    Session session = importCustomers(dir, dir.write("small.csv", smallCsv));
    // A comparison with a missing value is never true, "!=" and "not_in" included, exactly as SQL's NULL.
    expectSameAsSql(session, R"j({"column": "Score", "op": "!=", "value": 10})j", "{Score} != 10");
    expectSameAsSql(session, R"j({"column": "Score", "op": "<", "value": 8})j", "{Score} < 8");
    expectSameAsSql(
        session, R"j({"column": "Score", "op": "not_in", "value": [10, 7]})j", "{Score} NOT IN (10, 7)");
    expectSameAsSql(session, R"j({"column": "Score", "op": "is_missing"})j", "{Score} IS NULL");
    expectSameAsSql(
        session, R"j({"column": "Tier", "op": "not_in", "value": ["Gold"]})j", "{Tier} NOT IN ('Gold')");
    expectSameAsSql(session, R"j({"column": "Tier", "op": "!=", "value": "Gold"})j", "{Tier} != 'Gold'");
    expectSameAsSql(session, R"j({"column": "City", "op": "is_missing"})j", "{City} IS NULL");
    expectSameAsSql(session, R"j({"column": "City", "op": "is_not_missing"})j", "{City} IS NOT NULL");
    EXPECT_EQ(sqlRows(session.path(), "{Score} IS NULL").size(), 2U); // the fixture has what it claims
    EXPECT_EQ(sqlRows(session.path(), "{City} IS NULL").size(), 1U);
}

TEST(RuleSetTest, DateOperatorsMatchSqlOnIsoText)
{
    TempDir dir;
    Session session = importCustomers(dir, dir.write("small.csv", smallCsv));
    // SQLite's julianday() is NULL for text that is not a date, so those customers match nothing either.
    const std::string day = "julianday(substr({Signup}, 1, 10))";
    expectSameAsSql(session, R"j({"column": "Signup", "op": "before", "value": "2024-01-15"})j",
        day + " < julianday('2024-01-15')");
    expectSameAsSql(session, R"j({"column": "Signup", "op": "after", "value": "2024-01-15"})j",
        day + " > julianday('2024-01-15')");
    expectSameAsSql(session, R"j({"column": "Signup", "op": "within_last_days", "value": 30})j",
        "julianday('2024-02-10') - " + day + " BETWEEN 0 AND 30", smallAnalysisDay);
    expectSameAsSql(session, R"j({"column": "Signup", "op": "within_last_days", "value": 0})j",
        "julianday('2024-02-10') - " + day + " BETWEEN 0 AND 0", smallAnalysisDay);
    // Known answers: 2024-01-11 .. 2024-02-10 are customers 1, 4, 6 and 7.
    EXPECT_EQ(ruleRows(session.path(),
                  node(R"j({"column": "Signup", "op": "within_last_days", "value": 30})j"), smallAnalysisDay),
        (std::set<std::int64_t> {0, 3, 5, 6}));
}

TEST(RuleSetTest, ContainsIgnoresCaseIncludingTurkishLetters)
{
    TempDir dir;
    Session session = importCustomers(dir, dir.write("small.csv", smallCsv));
    // İstanbul, ISTANBUL and ıstanbul: I, İ, ı and i fold together.
    EXPECT_EQ(
        ruleRows(session.path(), node(R"j({"column": "City", "op": "contains", "value": "istanbul"})j"), 0),
        (std::set<std::int64_t> {0, 1, 7}));
    EXPECT_EQ(
        ruleRows(session.path(), node(R"j({"column": "City", "op": "contains", "value": "İSTAN"})j"), 0),
        (std::set<std::int64_t> {0, 1, 7}));
    EXPECT_EQ(
        ruleRows(session.path(), node(R"j({"column": "City", "op": "contains", "value": "çanak"})j"), 0),
        (std::set<std::int64_t> {6}));
    EXPECT_EQ(
        ruleRows(session.path(), node(R"j({"column": "City", "op": "contains", "value": "IZMIR"})j"), 0),
        (std::set<std::int64_t> {3}));
    EXPECT_EQ(foldForContains("ĞŞÜÖÇİI"), "ğşüöçii");
    EXPECT_EQ(foldForContains("日本"), "日本"); // other UTF-8 passes through
}

TEST(RuleSetTest, ValueColumnsFromTransactionsMatchSql)
{
    TempDir dir;
    Session session = importTransactions(dir, {retailCsv});
    expectSameAsSql(session, R"j({"all": [{"column": "Recency (days)", "op": "<=", "value": 30},
            {"column": "Frequency (orders)", "op": ">=", "value": 3}]})j",
        "{Recency (days)} <= 30 AND {Frequency (orders)} >= 3");
    expectSameAsSql(session, R"j({"column": "Monetary (net)", "op": "between", "value": [100, 500.5]})j",
        "{Monetary (net)} BETWEEN 100 AND 500.5");
    expectSameAsSql(
        session, R"j({"column": "Recency (days)", "op": "is_missing"})j", "{Recency (days)} IS NULL");
    expectSameAsSql(session, R"j({"any": [{"column": "Frequency (orders)", "op": "=", "value": 1},
            {"column": "Monetary (net)", "op": "<", "value": 0}]})j",
        "{Frequency (orders)} = 1 OR {Monetary (net)} < 0");
}

// --- counts, overlaps, assignment ---

TEST(RuleSetTest, ReportCountsOverlapsAndCustomersInNone)
{
    TempDir dir;
    Session session = importCustomers(dir, mallCsv);
    const std::string young = "{Age} < 30";
    const std::string women = "{Genre} = 'Female'";
    const std::string rich = "{Annual Income (k$)} >= 80";
    RuleSetParams params;
    params.rules = ruleSet(R"j({"segments": [
        {"name": "Young", "match": {"column": "Age", "op": "<", "value": 30}},
        {"name": "Women", "match": {"column": "Genre", "op": "=", "value": "Female"}},
        {"name": "Rich", "match": {"column": "Annual Income (k$)", "op": ">=", "value": 80}}]})j");
    NullProgress progress;
    auto report = session.evaluateRuleSet(params, progress);
    ASSERT_TRUE(report) << describe(report.error());
    const RuleSetReport &r = report.value();
    const std::vector<std::string> sql {young, women, rich};
    const auto count = [&](const std::string &where) {
        return static_cast<std::int64_t>(sqlRows(session.path(), where).size());
    };
    ASSERT_EQ(r.segments.size(), 3U);
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(r.segments[i].matched, count(sql[i]));
        for (std::size_t j = 0; j < 3; ++j) {
            EXPECT_EQ(r.overlap[i][j], count("(" + sql[i] + ") AND (" + sql[j] + ")")) << i << "," << j;
        }
    }
    // First match wins, in the set's order.
    EXPECT_EQ(r.segments[0].assigned, count(young));
    EXPECT_EQ(r.segments[1].assigned, count(women + " AND NOT (" + young + ")"));
    EXPECT_EQ(r.segments[2].assigned, count(rich + " AND NOT (" + young + ") AND NOT (" + women + ")"));
    EXPECT_EQ(r.inNone, count("NOT (" + young + ") AND NOT (" + women + ") AND NOT (" + rich + ")"));
    EXPECT_EQ(r.inSeveral,
        count("(" + young + ") + (" + women + ") + (" + rich + ") >= 2")); // SQLite booleans are 0/1
    EXPECT_EQ(r.customerCount, 200);
    EXPECT_EQ(r.unmatchedSegment, "Other");
    EXPECT_GT(r.inNone, 0);
    EXPECT_GT(r.inSeveral, 0);
}

TEST(RuleSetTest, SavedSegmentationAssignsFirstMatchAndUnmatchedToOther)
{
    TempDir dir;
    Session session = importCustomers(dir, mallCsv);
    RuleSetParams params;
    params.rules = ruleSet(R"j({"segments": [
        {"name": "Young", "match": {"column": "Age", "op": "<", "value": 30}},
        {"name": "Women", "match": {"column": "Genre", "op": "=", "value": "Female"}}]})j");
    NullProgress progress;
    auto saved = session.saveRuleSegments("Simple", params, progress);
    ASSERT_TRUE(saved) << describe(saved.error());
    EXPECT_EQ(saved.value().segmentation.method, "rules");
    EXPECT_EQ(saved.value().segmentation.memberCount, 200); // "Other" takes the rest
    auto details = session.segmentation("Simple");
    ASSERT_TRUE(details);
    ASSERT_EQ(details.value().segments.size(), 3U);
    EXPECT_EQ(details.value().segments[0].name, "Young");
    EXPECT_EQ(details.value().segments[2].name, "Other");
    const auto count = [&](const std::string &where) {
        return static_cast<std::int64_t>(sqlRows(session.path(), where).size());
    };
    EXPECT_EQ(details.value().segments[0].size, count("{Age} < 30"));
    EXPECT_EQ(details.value().segments[1].size, count("{Genre} = 'Female' AND {Age} >= 30"));
    EXPECT_EQ(details.value().segments[2].size, count("{Genre} != 'Female' AND {Age} >= 30"));
    EXPECT_EQ(details.value().points.size(), 200U); // every member is on the map
    // The stored definition reads back as the same set.
    auto stored = session.ruleSet("Simple");
    ASSERT_TRUE(stored);
    EXPECT_EQ(ruleSetToJson(stored.value()), ruleSetToJson(params.rules));

    // Without an unmatched segment, those customers stay without a segment.
    params.rules.unmatchedSegment.clear();
    auto unassigned = session.saveRuleSegments("Unassigned", params, progress);
    ASSERT_TRUE(unassigned);
    EXPECT_EQ(unassigned.value().segmentation.memberCount, count("{Age} < 30 OR {Genre} = 'Female'"));
    EXPECT_EQ(unassigned.value().segmentation.segmentCount, 2);
}

// --- parse errors and type checks ---

TEST(RuleSetTest, ParseErrorsNameTheJsonPath)
{
    const std::string ok = R"j({"column": "Age", "op": ">=", "value": 1})j";
    Error error = parseError(R"j({"segments": [{"name": "A", "match": )j" + ok
        + R"j(}, {"name": "B", "match": )j" + ok
        + R"j(}, {"name": "C", "match": {"all": [{"column": "Age", "op": "betwen", "value": [1, 2]}]}}]})j");
    EXPECT_EQ(error.code, ErrorCode::InvalidParameter);
    ASSERT_EQ(error.args.size(), 3U);
    EXPECT_EQ(error.args[0], "segments[2].match.all[0].op");
    EXPECT_EQ(error.args[1], "\"betwen\"");
    EXPECT_NE(error.args[2].find("between, >=, <=, >, <, =, !=, in, not_in, contains"), std::string::npos);
    EXPECT_NE(error.args[2].find("did you mean between?"), std::string::npos);

    EXPECT_EQ(parseError(oneSegment(R"j({"column": "Age", "op": "between", "value": [5, 1]})j")).args[0],
        "segments[0].match.value");
    EXPECT_EQ(parseError(oneSegment(R"j({"column": "Age", "op": "between", "value": [1, "x"]})j")).args[0],
        "segments[0].match.value[1]");
    EXPECT_EQ(
        parseError(oneSegment(R"j({"column": "Age", "op": ">="})j")).args[0], "segments[0].match.value");
    EXPECT_EQ(parseError(oneSegment(R"j({"column": "Age", "op": "is_missing", "value": 1})j")).args[0],
        "segments[0].match.value");
    EXPECT_EQ(parseError(oneSegment(R"j({"column": "Age", "op": "in", "value": ["a", 1]})j")).args[0],
        "segments[0].match.value[1]");
    EXPECT_EQ(parseError(oneSegment(R"j({"column": "S", "op": "before", "value": "01.02.2024"})j")).args[0],
        "segments[0].match.value");
    EXPECT_EQ(parseError(oneSegment(R"j({"column": "S", "op": "within_last_days", "value": -3})j")).args[0],
        "segments[0].match.value");
    EXPECT_EQ(parseError(oneSegment(R"j({"all": [], "any": []})j")).args[0], "segments[0].match");
    EXPECT_EQ(parseError(oneSegment(R"j({"any": [{"op": "="}]})j")).args[0], "segments[0].match.any[0]");
    EXPECT_EQ(parseError(oneSegment(R"j({"column": "Age", "op": "=", "valeu": 1})j")).args[0],
        "segments[0].match.valeu");
    EXPECT_EQ(parseError(R"j({"segmnets": []})j").args[0], "segmnets");
    EXPECT_EQ(parseError(R"j({"segments": []})j").args[0], "segments");
    EXPECT_EQ(parseError(R"j({"mode": "live", "segments": [{"name": "A", "match": {"all": []}}]})j").args[0],
        "mode");
    EXPECT_EQ(
        parseError(
            R"j({"segments": [{"name": "A", "match": {"all": []}}, {"name": "A", "match": {"all": []}}]})j")
            .args[0],
        "segments[1].name");
    EXPECT_EQ(
        parseError(R"j({"unmatched": "A", "segments": [{"name": "A", "match": {"all": []}}]})j").args[0],
        "unmatched");

    // Not JSON at all: the place of the problem, line and column.
    error = parseError("{\n  \"segments\": [\n    {\"name\": \"A\",, }\n]}");
    EXPECT_EQ(error.args[0], "(document)");
    ASSERT_TRUE(error.where.has_value());
    EXPECT_EQ(error.where->line, 3);
    EXPECT_GT(error.where->column, 0);
    EXPECT_NE(describe(error).find("not valid JSON"), std::string::npos);
}

TEST(RuleSetTest, ColumnsAndTypesAreCheckedBeforeEvaluation)
{
    TempDir dir;
    Session session = importCustomers(dir, dir.write("small.csv", smallCsv));
    const auto problemOf = [&](const std::string &match) {
        RuleSetParams params;
        params.rules = ruleSet(oneSegment(match));
        auto problems = session.validate(params);
        NullProgress progress;
        auto report = session.evaluateRuleSet(params, progress);
        EXPECT_FALSE(report) << match;
        EXPECT_FALSE(problems.empty()) << match;
        return problems.empty() ? Error {} : problems.front();
    };
    Error error = problemOf(R"j({"all": [{"column": "Scor", "op": ">=", "value": 1}]})j");
    EXPECT_EQ(error.args[0], "segments[0].match.all[0].column");
    EXPECT_NE(error.args[2].find("did you mean \"Score\"?"), std::string::npos);
    error = problemOf(R"j({"column": "Tier", "op": ">=", "value": 1})j");
    EXPECT_EQ(error.args[0], "segments[0].match.op");
    EXPECT_NE(error.args[1].find("text column 'Tier'"), std::string::npos);
    EXPECT_EQ(problemOf(R"j({"column": "Score", "op": "contains", "value": "1"})j").args[0],
        "segments[0].match.op");
    EXPECT_EQ(problemOf(R"j({"column": "Score", "op": "before", "value": "2024-01-01"})j").args[0],
        "segments[0].match.op");
    EXPECT_EQ(
        problemOf(R"j({"column": "Score", "op": "=", "value": "10"})j").args[0], "segments[0].match.value");
    EXPECT_EQ(
        problemOf(R"j({"column": "Tier", "op": "in", "value": [1, 2]})j").args[0], "segments[0].match.value");
    // within_last_days needs an analysis date; a project without transactions cannot supply one.
    EXPECT_EQ(problemOf(R"j({"column": "Signup", "op": "within_last_days", "value": 7})j").args[0],
        "analysis_date");
    RuleSetParams params;
    params.rules = ruleSet(oneSegment(R"j({"column": "Signup", "op": "within_last_days", "value": 7})j"));
    params.analysisDay = smallAnalysisDay;
    EXPECT_TRUE(session.validate(params).empty());
    // A date condition on a column without dates is allowed but reported.
    params.rules = ruleSet(oneSegment(R"j({"column": "Tier", "op": "before", "value": "2024-01-01"})j"));
    NullProgress progress;
    auto report = session.evaluateRuleSet(params, progress);
    ASSERT_TRUE(report);
    ASSERT_EQ(report.value().warnings.size(), 1U);
    EXPECT_NE(report.value().warnings[0].find("'Tier'"), std::string::npos);
}

TEST(RuleSetTest, DocumentRoundTripsAndSampleFileParses)
{
    const RuleSet rules = ruleSet(R"j({"mode": "frozen", "analysis_date": "2011-12-10", "unmatched": null,
        "segments": [{"name": "A", "match": {"any": [
            {"column": "x", "op": "between", "value": [1, 2.5]}, {"column": "t", "op": "in", "value": ["a", "b"]},
            {"column": "t", "op": "within_last_days", "value": 30}, {"column": "t", "op": "is_missing"}]}}]})j");
    EXPECT_EQ(rules.mode, RuleSetMode::Frozen);
    EXPECT_EQ(rules.analysisDay, daysFromCivil(2011, 12, 10));
    EXPECT_TRUE(rules.unmatchedSegment.empty());
    const std::string json = ruleSetToJson(rules);
    EXPECT_EQ(ruleSetToJson(ruleSet(json)), json);

    std::ifstream file(sampleRules);
    ASSERT_TRUE(file) << sampleRules;
    std::stringstream text;
    text << file.rdbuf();
    const RuleSet sample = ruleSet(text.str());
    EXPECT_GE(sample.segments.size(), 3U);
    TempDir dir;
    Session session = importTransactions(dir, {retailCsv});
    RuleSetParams params;
    params.rules = sample;
    const auto problems = session.validate(params);
    EXPECT_TRUE(problems.empty()) << (problems.empty() ? "" : describe(problems.front()));
    NullProgress progress;
    auto report = session.evaluateRuleSet(params, progress);
    ASSERT_TRUE(report);
    std::int64_t assigned = report.value().inNone;
    for (const auto &segment : report.value().segments) {
        assigned += segment.assigned;
    }
    EXPECT_EQ(assigned, report.value().customerCount);
}

TEST(RuleSetTest, ReadmeExampleParses)
{
    std::ifstream file(std::string(SEGMENTA_REFERENCE_DIR) + "/../../README.md");
    ASSERT_TRUE(file);
    std::stringstream text;
    text << file.rdbuf();
    const std::string readme = text.str();
    const auto section = readme.find("## Rule-based segments");
    ASSERT_NE(section, std::string::npos);
    const auto begin = readme.find("```json\n", section);
    ASSERT_NE(begin, std::string::npos);
    const auto end = readme.find("```", begin + 8);
    const RuleSet example = ruleSet(readme.substr(begin + 8, end - begin - 8));
    ASSERT_EQ(example.segments.size(), 3U);
    EXPECT_EQ(example.segments[1].match.kind, RuleNode::Kind::Any);
    EXPECT_EQ(example.analysisDay, daysFromCivil(2011, 12, 10));
}

// --- dynamic and frozen sets; a failed save changes nothing ---

/// Splits the Online Retail sample by invoice date: lines before `day` go to the first file, the rest to the
/// second (the header in both).
std::pair<std::string, std::string> splitRetail(const TempDir &dir, const std::string &day)
{
    std::ifstream in(retailCsv, std::ios::binary);
    std::string header;
    std::getline(in, header);
    std::string early = header + "\n", late = header + "\n";
    for (std::string line; std::getline(in, line);) {
        auto dateAt = line.find(",20");
        while (dateAt != std::string::npos && (dateAt + 5 >= line.size() || line[dateAt + 5] != '-')) {
            dateAt = line.find(",20", dateAt + 1); // skip quantities such as ",20,"
        }
        (dateAt != std::string::npos && line.compare(dateAt + 1, 10, day) < 0 ? early : late) += line + "\n";
    }
    return {dir.write("early.csv", early), dir.write("late.csv", late)};
}

TEST(RuleSetTest, DynamicSetsFollowNewDataFrozenSetsKeepTheirMembers)
{
    TempDir dir;
    const auto [early, late] = splitRetail(dir, "2011-06-01");
    Session session = importTransactions(dir, {early});
    const std::string rules = R"j({"mode": "MODE", "segments": [
        {"name": "Loyal", "match": {"column": "Frequency (orders)", "op": ">=", "value": 3}}]})j";
    const auto withMode = [&](const std::string &mode) {
        std::string text = rules;
        text.replace(text.find("MODE"), 4, mode);
        RuleSetParams params;
        params.rules = ruleSet(text);
        return params;
    };
    NullProgress progress;
    ASSERT_TRUE(session.saveRuleSegments("Dynamic", withMode("dynamic"), progress));
    ASSERT_TRUE(session.saveRuleSegments("Frozen", withMode("frozen"), progress));
    const auto loyalBefore = sqlRows(session.path(), "{Frequency (orders)} >= 3");
    const auto members = [&](const std::string &name) {
        store::Database database(session.path(), store::OpenMode::ReadWrite);
        store::ProjectStore project(database);
        const auto info = project.findSegmentation(name);
        EXPECT_TRUE(info.has_value());
        std::set<std::int64_t> loyal;
        const auto segments = project.memberSegments(info->id, project.customerCount());
        for (std::size_t row = 0; row < segments.size(); ++row) {
            if (segments[row] == 0) {
                loyal.insert(static_cast<std::int64_t>(row));
            }
        }
        return loyal;
    };
    EXPECT_EQ(members("Dynamic"), loyalBefore);
    EXPECT_EQ(members("Frozen"), loyalBefore);

    TransactionImportParams more;
    more.filePath = late;
    more.onError = RowErrorPolicy::Skip;
    ASSERT_TRUE(session.importTransactionsCsv(more, progress));
    const auto loyalAfter = sqlRows(session.path(), "{Frequency (orders)} >= 3");
    ASSERT_NE(loyalAfter, loyalBefore);

    auto dynamic = session.refreshRuleSegments("Dynamic", progress);
    ASSERT_TRUE(dynamic) << describe(dynamic.error());
    EXPECT_TRUE(dynamic.value().isRefreshed);
    EXPECT_EQ(members("Dynamic"), loyalAfter);
    EXPECT_EQ(dynamic.value().segmentation.memberCount, dynamic.value().counts.customerCount); // with "Other"

    auto frozen = session.refreshRuleSegments("Frozen", progress);
    ASSERT_TRUE(frozen) << describe(frozen.error());
    EXPECT_FALSE(frozen.value().isRefreshed);
    EXPECT_EQ(members("Frozen"), loyalBefore); // the snapshot stands
    EXPECT_EQ(frozen.value().counts.segments[0].matched, static_cast<std::int64_t>(loyalAfter.size()));

    // Saving a frozen set again is the explicit re-run.
    auto stored = session.ruleSet("Frozen");
    ASSERT_TRUE(stored);
    RuleSetParams rerun;
    rerun.rules = stored.value();
    ASSERT_TRUE(session.saveRuleSegments("Frozen", rerun, progress));
    EXPECT_EQ(members("Frozen"), loyalAfter);
    auto names = session.ruleSetNames();
    ASSERT_TRUE(names);
    EXPECT_EQ(names.value(), (std::vector<std::string> {"Dynamic", "Frozen"}));
    EXPECT_EQ(session.refreshRuleSegments("Nothing", progress).error().code, ErrorCode::UnknownSegmentation);
}

TEST(RuleSetTest, FailedSaveLeavesTheProjectFileByteIdentical)
{
    TempDir dir;
    Session session = importCustomers(dir, mallCsv);
    RuleSetParams params;
    params.rules = ruleSet(oneSegment(R"j({"column": "Age", "op": "<", "value": 30})j"));
    NullProgress progress;
    ASSERT_TRUE(session.saveRuleSegments("Kept", params, progress));
    SegmentationParams kmeans;
    kmeans.name = "Clusters";
    kmeans.columns = {"Age", "Annual Income (k$)"};
    ASSERT_TRUE(session.runSegmentation(kmeans, progress));
    const std::string before = readBytes(session.path());

    // Cancelled after the rows were written: rolled back.
    params.rules = ruleSet(oneSegment(R"j({"column": "Age", "op": ">=", "value": 30})j"));
    CancelAtStage cancel("rules.save");
    auto cancelled = session.saveRuleSegments("Kept", params, cancel);
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(cancelled.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(readBytes(session.path()), before);
    // A name taken by a clustering.
    auto taken = session.saveRuleSegments("Clusters", params, progress);
    ASSERT_FALSE(taken);
    EXPECT_EQ(taken.error().code, ErrorCode::SegmentationExists);
    EXPECT_EQ(readBytes(session.path()), before);
    // An unknown column.
    params.rules = ruleSet(oneSegment(R"j({"column": "Agee", "op": ">=", "value": 30})j"));
    EXPECT_FALSE(session.saveRuleSegments("New", params, progress));
    EXPECT_EQ(readBytes(session.path()), before);
    // The earlier save is intact.
    auto kept = session.segmentation("Kept");
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept.value().segments[0].size,
        static_cast<std::int64_t>(sqlRows(session.path(), "{Age} < 30").size()));
}

} // namespace
} // namespace segmenta::engine
