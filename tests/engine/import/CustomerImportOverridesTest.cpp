// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
// Per-column choices (skip, type, family) and the on-error policy of a customer-table import, on generated
// files with their problems at known lines.
#include "Session.h"
#include "import/ImportSupport.h"
#include "support/TempDir.h"

#include <algorithm>
#include <stdexcept>

#include <gtest/gtest.h>

using namespace segmenta::engine;
using segmenta::test::readBytes;
using segmenta::test::TempDir;

namespace {

constexpr int rowCount = 50;

/// "id,age,income,city,notes" with 50 customers on lines 2..51. Line L holds customer L-1: age 20+id,
/// income "<id>00.5", city Ankara/İzmir/Bursa in turn. `badAge` lines hold "n/a" as the age; `ragged`
/// lines lose their last field (even lines) or gain one (odd lines).
std::string generated(const std::vector<int> &badAge, const std::vector<int> &ragged)
{
    static const char *cities[] = {"Ankara", "İzmir", "Bursa"};
    std::string text = "id,age,income,city,notes\n";
    for (int id = 1; id <= rowCount; ++id) {
        const int line = id + 1;
        const bool bad = std::find(badAge.begin(), badAge.end(), line) != badAge.end();
        std::string row = std::to_string(id) + "," + (bad ? std::string("n/a") : std::to_string(20 + id))
            + "," + std::to_string(id) + "00.5," + cities[id % 3];
        if (std::find(ragged.begin(), ragged.end(), line) == ragged.end()) {
            row += ",note " + std::to_string(id);
        } else if (line % 2 == 1) {
            row += ",note,extra";
        }
        text += row + "\n";
    }
    return text;
}

struct Fixture
{
    TempDir dir;
    Session session;
    Fixture()
        : session(Session::createProject(dir.file("p.segmenta")).value())
    { }
    Result<ImportReport> run(
        const std::string &csv, std::vector<ColumnOverride> columns, RowErrorPolicy policy)
    {
        NullProgress progress;
        CsvImportParams params;
        params.filePath = dir.write("customers.csv", csv);
        params.columns = std::move(columns);
        params.onError = policy;
        return session.importCustomersCsv(params, progress);
    }
};

/// A choice by storage type: whole numbers, decimals or (free) text.
ColumnOverride typed(const std::string &name, ColumnType type)
{
    ColumnOverride choice;
    choice.name = name;
    choice.type = defaultValueKind(type);
    return choice;
}

const ColumnInfo &column(const std::vector<ColumnInfo> &columns, const std::string &name)
{
    for (const ColumnInfo &c : columns) {
        if (c.name == name) {
            return c;
        }
    }
    throw std::runtime_error("no column " + name);
}

std::vector<std::int64_t> skippedLines(const ImportReport &report)
{
    std::vector<std::int64_t> lines;
    for (const SkippedRow &row : report.skipped) {
        lines.push_back(row.line);
    }
    return lines;
}

} // namespace

TEST(CustomerImportOverrides, WithoutChoicesAColumnWithUnreadableNumbersStaysText)
{
    Fixture f;
    auto report = f.run(generated({10, 30}, {}), {}, RowErrorPolicy::Stop);
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_EQ(report.value().customerCount, rowCount);
    EXPECT_EQ(column(report.value().columns, "age").type, ColumnType::Text);
    EXPECT_EQ(report.value().rowsRead, rowCount);
    EXPECT_EQ(report.value().rowsSkipped, 0);
}

TEST(CustomerImportOverrides, SkippedColumnIsNotStored)
{
    Fixture f;
    ColumnOverride skip;
    skip.name = "notes";
    skip.skip = true;
    auto report = f.run(generated({}, {}), {skip}, RowErrorPolicy::Stop);
    ASSERT_TRUE(report) << describe(report.error());
    const auto summary = f.session.summary().value();
    ASSERT_EQ(summary.columns.size(), 3u);
    EXPECT_EQ(summary.columns[0].name, "age");
    EXPECT_EQ(summary.columns[1].name, "income");
    EXPECT_EQ(summary.columns[2].name, "city");
    auto page = f.session.customers(0, 1).value();
    EXPECT_EQ(page.values[0].size(), 3u);
    EXPECT_EQ(std::get<std::string>(page.values[0][2]), "İzmir");
}

TEST(CustomerImportOverrides, FamilyChoiceIsStored)
{
    Fixture f;
    ColumnOverride city;
    city.name = "city";
    city.family = CriteriaFamily::Value;
    ColumnOverride age;
    age.name = "age";
    age.family = CriteriaFamily::Psychographic;
    auto report = f.run(generated({}, {}), {city, age}, RowErrorPolicy::Stop);
    ASSERT_TRUE(report) << describe(report.error());
    const auto summary = f.session.summary().value();
    EXPECT_EQ(column(summary.columns, "city").family, CriteriaFamily::Value);
    EXPECT_EQ(column(summary.columns, "age").family, CriteriaFamily::Psychographic);
    EXPECT_EQ(column(summary.columns, "income").family, suggestFamily("income")); // not chosen: suggested
}

TEST(CustomerImportOverrides, TextChoiceKeepsNumbersAsWritten)
{
    Fixture f;
    auto report = f.run(generated({}, {}), {typed("income", ColumnType::Text)}, RowErrorPolicy::Stop);
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_EQ(column(f.session.summary().value().columns, "income").type, ColumnType::Text);
    auto page = f.session.customers(6, 1).value();
    EXPECT_EQ(page.keys[0], "7");
    EXPECT_EQ(std::get<std::string>(page.values[0][1]), "700.5");
}

TEST(CustomerImportOverrides, RealChoiceStoresWholeNumbersAsDecimals)
{
    Fixture f;
    auto report = f.run(generated({}, {}), {typed("age", ColumnType::Real)}, RowErrorPolicy::Stop);
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_EQ(column(f.session.summary().value().columns, "age").type, ColumnType::Real);
    auto page = f.session.customers(0, 1).value();
    EXPECT_DOUBLE_EQ(std::get<double>(page.values[0][0]), 21.0);
}

TEST(CustomerImportOverrides, UnreadableNumberStopsTheImportWithItsPlaceAndTheProjectStaysByteIdentical)
{
    Fixture f;
    const std::string before = readBytes(f.session.path());
    auto report = f.run(generated({10, 30}, {}), {typed("age", ColumnType::Integer)}, RowErrorPolicy::Stop);
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().code, ErrorCode::UnparseableValue);
    ASSERT_TRUE(report.error().where);
    EXPECT_EQ(report.error().where->line, 10);
    EXPECT_EQ(report.error().where->column, 2);
    EXPECT_EQ(report.error().args.at(2), "n/a");
    EXPECT_EQ(readBytes(f.session.path()), before);
}

TEST(CustomerImportOverrides, RaggedRowStopsTheImportByDefaultAndTheProjectStaysByteIdentical)
{
    Fixture f;
    const std::string before = readBytes(f.session.path());
    auto report = f.run(generated({}, {20, 41}), {}, RowErrorPolicy::Stop);
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().code, ErrorCode::RaggedRow);
    EXPECT_EQ(report.error().where->line, 20);
    EXPECT_EQ(readBytes(f.session.path()), before);
}

TEST(CustomerImportOverrides, SkipLeavesOutRaggedRowsAndUnreadableNumbersAndListsThemInFileOrder)
{
    Fixture f;
    auto report
        = f.run(generated({10, 30}, {20, 41}), {typed("age", ColumnType::Integer)}, RowErrorPolicy::Skip);
    ASSERT_TRUE(report) << describe(report.error());
    const ImportReport &r = report.value();
    EXPECT_EQ(r.rowsRead, rowCount);
    EXPECT_EQ(r.rowsSkipped, 4);
    EXPECT_EQ(r.customerCount, rowCount - 4);
    EXPECT_EQ(skippedLines(r), (std::vector<std::int64_t> {10, 20, 30, 41}));
    EXPECT_EQ(r.skipped[0].column, 2);
    EXPECT_EQ(r.skipped[0].reason, "age 'n/a' is not a whole number");
    EXPECT_EQ(r.skipped[1].column, 4); // 4 fields of 5
    EXPECT_EQ(r.skipped[1].reason, "4 fields, the header has 5");
    EXPECT_EQ(r.skipped[3].column, 6); // 6 fields of 5
    const auto summary = f.session.summary().value();
    EXPECT_EQ(summary.customerCount, rowCount - 4);
    EXPECT_EQ(column(summary.columns, "age").type, ColumnType::Integer);
    EXPECT_EQ(column(summary.columns, "age").missingCount, 0);
    auto page = f.session.customers(8, 1).value(); // customers 1..8, then 10 (line 10 held customer 9)
    EXPECT_EQ(page.keys[0], "10");
    EXPECT_EQ(std::get<std::int64_t>(page.values[0][0]), 30);
}

TEST(CustomerImportOverrides, MissingKeepsRowsWithUnreadableNumbersEmptyButLeavesOutRaggedRows)
{
    Fixture f;
    auto report
        = f.run(generated({10, 30}, {20, 41}), {typed("age", ColumnType::Integer)}, RowErrorPolicy::Missing);
    ASSERT_TRUE(report) << describe(report.error());
    const ImportReport &r = report.value();
    EXPECT_EQ(r.rowsSkipped, 2);
    EXPECT_EQ(skippedLines(r), (std::vector<std::int64_t> {20, 41}));
    EXPECT_EQ(r.customerCount, rowCount - 2);
    const auto summary = f.session.summary().value();
    EXPECT_EQ(column(summary.columns, "age").type, ColumnType::Integer);
    EXPECT_EQ(column(summary.columns, "age").missingCount, 2);
    auto page = f.session.customers(8, 1).value(); // customer 9, from line 10
    EXPECT_EQ(page.keys[0], "9");
    EXPECT_TRUE(std::holds_alternative<std::monostate>(page.values[0][0]));
}

TEST(CustomerImportOverrides, SkipWithoutAnyProblemImportsEverything)
{
    Fixture f;
    auto report = f.run(generated({}, {}), {typed("age", ColumnType::Integer)}, RowErrorPolicy::Skip);
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_EQ(report.value().customerCount, rowCount);
    EXPECT_TRUE(report.value().skipped.empty());
}

TEST(CustomerImportOverrides, ChoicesForUnknownColumnsOrTheIdAreRefused)
{
    Fixture f;
    const std::string before = readBytes(f.session.path());
    auto unknown = f.run(generated({}, {}), {typed("nope", ColumnType::Text)}, RowErrorPolicy::Stop);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::UnknownColumn);
    auto id = f.run(generated({}, {}), {typed("id", ColumnType::Text)}, RowErrorPolicy::Stop);
    ASSERT_FALSE(id);
    EXPECT_EQ(id.error().code, ErrorCode::InvalidParameter);
    EXPECT_EQ(readBytes(f.session.path()), before);
}
