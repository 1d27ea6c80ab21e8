// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
// Rows without a customer id or repeating one: --on-error stop ends the import at the first, skip and
// missing leave them out (the first row of a repeated id stays) and list them with their lines.
#include "Session.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

using namespace segmenta::engine;
using segmenta::test::readBytes;
using segmenta::test::TempDir;

namespace {

// Line 1 is the header. Line 4 has no id (spaces only), lines 5 and 7 repeat ids of lines 2 and 3.
constexpr const char *problemIds = "customer_id,age,city\n"
                                   "A,30,Ankara\n"
                                   "B,41,İzmir\n"
                                   "  ,25,Bursa\n"
                                   "A,99,Van\n"
                                   "C,52,Muş\n"
                                   " B ,18,Rize\n";

Result<ImportReport> importWith(Session &session, const std::string &path, RowErrorPolicy policy)
{
    NullProgress progress;
    CsvImportParams params;
    params.filePath = path;
    params.onError = policy;
    return session.importCustomersCsv(params, progress);
}

} // namespace

TEST(CustomerIdPolicy, StopEndsAtTheFirstRowWithoutAnIdAndChangesNothing)
{
    TempDir dir;
    auto session = Session::createProject(dir.file("p.segmenta"));
    ASSERT_TRUE(session);
    const std::string before = readBytes(session.value().path());
    const auto report = importWith(session.value(), dir.write("ids.csv", problemIds), RowErrorPolicy::Stop);
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().code, ErrorCode::MissingCustomerId);
    ASSERT_TRUE(report.error().where);
    EXPECT_EQ(report.error().where->line, 4);
    EXPECT_EQ(report.error().where->column, 1);
    EXPECT_NE(describe(report.error()).find("--on-error skip"), std::string::npos);
    EXPECT_EQ(readBytes(session.value().path()), before);
}

TEST(CustomerIdPolicy, SkipKeepsTheFirstRowOfEachIdAndListsTheOthers)
{
    for (const RowErrorPolicy policy : {RowErrorPolicy::Skip, RowErrorPolicy::Missing}) {
        SCOPED_TRACE(policy == RowErrorPolicy::Skip ? "skip" : "missing");
        TempDir dir;
        auto session = Session::createProject(dir.file("p.segmenta"));
        ASSERT_TRUE(session);
        const auto report = importWith(session.value(), dir.write("ids.csv", problemIds), policy);
        ASSERT_TRUE(report) << describe(report.error());
        const ImportReport &r = report.value();
        EXPECT_EQ(r.rowsRead, 6);
        EXPECT_EQ(r.customerCount, 3);
        EXPECT_EQ(r.rowsSkipped, 3);
        EXPECT_EQ(r.rowsWithoutId, 1);
        EXPECT_EQ(r.rowsWithRepeatedId, 2);
        ASSERT_EQ(r.skipped.size(), 3U);
        EXPECT_EQ(r.skipped[0].line, 4);
        EXPECT_EQ(r.skipped[0].column, 1);
        EXPECT_EQ(r.skipped[0].reason, "no customer id");
        EXPECT_EQ(r.skipped[1].line, 5);
        EXPECT_EQ(r.skipped[1].reason, "customer id 'A' repeats line 2 (the first row is kept)");
        EXPECT_EQ(r.skipped[2].line, 7); // ids are compared without surrounding spaces
        EXPECT_EQ(r.skipped[2].reason, "customer id 'B' repeats line 3 (the first row is kept)");

        // The first row of each id, in file order, with its own values.
        const auto page = session.value().customers(0, 10);
        ASSERT_TRUE(page);
        EXPECT_EQ(page.value().keys, (std::vector<std::string> {"A", "B", "C"}));
        ASSERT_EQ(page.value().values.size(), 3U); // per customer: age, city
        EXPECT_EQ(std::get<std::int64_t>(page.value().values[0][0]), 30);
        EXPECT_EQ(std::get<std::int64_t>(page.value().values[1][0]), 41);
        EXPECT_EQ(std::get<std::string>(page.value().values[2][1]), "Muş");
    }
}

TEST(CustomerIdPolicy, RepeatedIdUnderStopNamesBothLines)
{
    TempDir dir;
    auto session = Session::createProject(dir.file("p.segmenta"));
    ASSERT_TRUE(session);
    const auto report = importWith(
        session.value(), dir.write("ids.csv", "customer_id,age\nA,1\nB,2\n A,3\n"), RowErrorPolicy::Stop);
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().code, ErrorCode::DuplicateCustomerId);
    EXPECT_EQ(report.error().where->line, 4);
    EXPECT_EQ(report.error().args.at(1), "A");
    EXPECT_EQ(report.error().args.at(3), "2");
    EXPECT_NE(describe(report.error()).find("--on-error skip"), std::string::npos);
}

TEST(CustomerIdPolicy, PreviewCountsRowsWithoutAndWithRepeatedIds)
{
    TempDir dir;
    NullProgress progress;
    ImportPreviewParams params;
    params.filePath = dir.write("ids.csv", problemIds);
    params.kind = ImportKind::Customers;
    const auto preview = Session::previewImport(params, progress);
    ASSERT_TRUE(preview) << describe(preview.error());
    const ImportPreview &p = preview.value();
    ASSERT_EQ(p.columns.size(), 3U);
    EXPECT_EQ(p.columns[0].role, "customer_id");
    EXPECT_EQ(p.columns[0].unparseableCount, 1); // line 4: no id
    ASSERT_EQ(p.columns[0].unparseableExamples.size(), 1U);
    EXPECT_EQ(p.columns[0].unparseableExamples[0].line, 4);
    EXPECT_EQ(p.repeatedIdCount, 2);
    ASSERT_EQ(p.repeatedIdExamples.size(), 2U);
    EXPECT_EQ(p.repeatedIdExamples[0].line, 5);
    EXPECT_EQ(p.repeatedIdExamples[0].value, "A");
    EXPECT_EQ(p.repeatedIdExamples[1].line, 7);
    EXPECT_EQ(p.repeatedIdExamples[1].value, "B");
    EXPECT_EQ(p.rowsWithProblems, 3);
}
