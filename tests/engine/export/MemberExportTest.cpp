// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "Session.h"
#include "export/TableWriter.h"
#include "import/XlsxReader.h"
#include "support/CancellingProgress.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>
#include <unzip.h>

#include <filesystem>
#include <sstream>

using namespace segmenta::engine;
using segmenta::test::readBytes;
using segmenta::test::TempDir;

namespace {

std::vector<std::vector<std::string>> readSheet(const std::string &path)
{
    NullProgress progress;
    auto records = readXlsxSheet(path, "", progress);
    EXPECT_TRUE(records) << (records ? "" : describe(records.error()));
    std::vector<std::vector<std::string>> rows;
    if (records) {
        for (CsvRecord &record : records.value()) {
            rows.push_back(std::move(record.fields));
        }
    }
    return rows;
}

/// The raw XML of the first sheet, to check what the reader does not report (cell types, panes, filter).
std::string sheetXml(const std::string &xlsxPath)
{
    std::string xml;
    unzFile zip = unzOpen(xlsxPath.c_str());
    if (zip == nullptr) {
        return xml;
    }
    if (unzLocateFile(zip, "xl/worksheets/sheet1.xml", 0) == UNZ_OK && unzOpenCurrentFile(zip) == UNZ_OK) {
        char buffer[4096];
        int n = 0;
        while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0) {
            xml.append(buffer, static_cast<std::size_t>(n));
        }
        unzCloseCurrentFile(zip);
    }
    unzClose(zip);
    return xml;
}

const std::string dropTable = "\"; DROP TABLE x; --";

std::vector<TableColumn> mixedColumns()
{
    return {{"id", ValueKind::Identifier}, {"count", ValueKind::Integer}, {"amount", ValueKind::Decimal},
        {"joined", ValueKind::Date}, {"last_seen", ValueKind::DateTime}, {"active", ValueKind::Boolean},
        {"city", ValueKind::Categorical}, {dropTable, ValueKind::FreeText}};
}

std::vector<std::vector<CellValue>> mixedRows()
{
    return {
        {std::string("0001"), std::int64_t {42}, 2.55, std::string("2024-12-31"),
            std::string("2024-12-31T23:59:58"), std::int64_t {1}, std::string("Iğdır"),
            std::string("Işık, şeker ve ğ; \"tırnak\"")},
        {std::string("0002"), std::int64_t {-7}, 1e-7, std::string("1999-01-01"), std::monostate {},
            std::int64_t {0}, std::string("İstanbul"), std::string("=1+1")},
        {std::string("0003"), std::monostate {}, std::monostate {}, std::monostate {},
            std::string("2000-02-29T00:00:00"), std::monostate {}, std::monostate {}, std::string("çöü")},
    };
}

} // namespace

TEST(TableWriter, FormatFromNameAndExtension)
{
    EXPECT_EQ(tableFormatFromPath("out.XLSX"), TableFormat::Xlsx);
    EXPECT_EQ(tableFormatFromPath("dir.v2/out.csv"), TableFormat::Csv);
    EXPECT_EQ(tableFormatFromPath("out.xls"), std::nullopt);
    EXPECT_EQ(tableFormatFromPath("out"), std::nullopt);
    EXPECT_EQ(tableFormatFromName("Excel"), TableFormat::Xlsx);
    EXPECT_EQ(tableFormatFromName("csv"), TableFormat::Csv);
    EXPECT_EQ(tableFormatFromName("ods"), std::nullopt);
}

TEST(TableWriter, XlsxRoundTripKeepsRowsValuesAndTypes)
{
    TempDir dir;
    const std::string path = dir.file("members.xlsx");
    auto writer = openTableWriter(TableFormat::Xlsx, path, mixedColumns());
    ASSERT_TRUE(writer) << describe(writer.error());
    for (const auto &row : mixedRows()) {
        ASSERT_TRUE(writer.value()->writeRow(row));
    }
    EXPECT_FALSE(std::filesystem::exists(path)) << "only the .part file exists until finish()";
    ASSERT_TRUE(writer.value()->finish());
    EXPECT_FALSE(std::filesystem::exists(path + ".part"));

    const auto rows = readSheet(path);
    ASSERT_EQ(rows.size(), 4U);
    EXPECT_EQ(rows[0],
        (std::vector<std::string> {
            "id", "count", "amount", "joined", "last_seen", "active", "city", dropTable}));
    // Dates come back as dates (the reader turns date-formatted numbers into ISO text), yes/no as booleans.
    EXPECT_EQ(rows[1],
        (std::vector<std::string> {"0001", "42", "2.55", "2024-12-31", "2024-12-31 23:59:58", "TRUE", "Iğdır",
            "Işık, şeker ve ğ; \"tırnak\""}));
    EXPECT_EQ(rows[2],
        (std::vector<std::string> {"0002", "-7", "1e-07", "1999-01-01", "", "FALSE", "İstanbul", "=1+1"}));
    EXPECT_EQ(rows[3], (std::vector<std::string> {"0003", "", "", "", "2000-02-29 00:00:00", "", "", "çöü"}));

    // The cell types themselves: numbers are numbers (no t=), text is text (never a formula), booleans are
    // booleans; the header row is frozen and filtered.
    const std::string xml = sheetXml(path);
    EXPECT_NE(xml.find("<c r=\"B2\"><v>42</v></c>"), std::string::npos) << xml.substr(0, 2000);
    EXPECT_NE(xml.find("<c r=\"F2\" t=\"b\"><v>1</v></c>"), std::string::npos);
    EXPECT_NE(xml.find("r=\"A2\" t=\"inlineStr\""), std::string::npos) << "ids with leading zeros stay text";
    EXPECT_EQ(xml.find("<f>"), std::string::npos) << "=1+1 is text, not a formula";
    EXPECT_NE(xml.find("state=\"frozen\""), std::string::npos);
    EXPECT_NE(xml.find("<autoFilter ref=\"A1:H4\""), std::string::npos);
    EXPECT_NE(xml.find("customWidth"), std::string::npos);
}

TEST(TableWriter, CsvQuotesWhatNeedsIt)
{
    TempDir dir;
    const std::string path = dir.file("members.csv");
    auto writer = openTableWriter(TableFormat::Csv, path, mixedColumns());
    ASSERT_TRUE(writer);
    for (const auto &row : mixedRows()) {
        ASSERT_TRUE(writer.value()->writeRow(row));
    }
    ASSERT_TRUE(writer.value()->finish());
    std::istringstream lines(readBytes(path));
    std::string header, first, second;
    std::getline(lines, header);
    std::getline(lines, first);
    std::getline(lines, second);
    EXPECT_EQ(header, "id,count,amount,joined,last_seen,active,city,\"\"\"; DROP TABLE x; --\"");
    EXPECT_EQ(
        first, "0001,42,2.55,2024-12-31,2024-12-31T23:59:58,1,Iğdır,\"Işık, şeker ve ğ; \"\"tırnak\"\"\"");
    EXPECT_EQ(second, "0002,-7,1e-07,1999-01-01,,0,İstanbul,=1+1");
}

TEST(TableWriter, UnwritablePlaceIsAnErrorAndLeavesNothing)
{
    TempDir dir;
    for (const TableFormat format : {TableFormat::Csv, TableFormat::Xlsx}) {
        const std::string path = dir.file("missing-folder/members." + std::string(tableFormatName(format)));
        auto writer = openTableWriter(format, path, mixedColumns());
        if (writer) {
            // libxlsxwriter only opens the file when it closes the workbook.
            auto finished = writer.value()->finish();
            ASSERT_FALSE(finished);
            EXPECT_EQ(finished.error().code, ErrorCode::FileUnwritable);
        } else {
            EXPECT_EQ(writer.error().code, ErrorCode::FileUnwritable);
        }
        EXPECT_FALSE(std::filesystem::exists(path));
    }
}

TEST(TableWriter, AbandonedWriterLeavesNoFile)
{
    TempDir dir;
    const std::string path = dir.file("members.xlsx");
    {
        auto writer = openTableWriter(TableFormat::Xlsx, path, mixedColumns());
        ASSERT_TRUE(writer);
        ASSERT_TRUE(writer.value()->writeRow(mixedRows()[0]));
    }
    EXPECT_FALSE(std::filesystem::exists(path));
    EXPECT_FALSE(std::filesystem::exists(path + ".part"));
}

namespace {

/// Six customers; customers 1, 3 and 5 (rows 0, 2, 4) selected as segment 1 ("Selected"), the rest "Rest".
Session exportProject(const TempDir &dir)
{
    auto session = Session::createProject(dir.file("e.segmenta")).value();
    NullProgress progress;
    CsvImportParams import;
    import.filePath = dir.write("e.csv",
        "Müşteri No,spend,joined,city,club\n"
        "1,10.5,2024-01-02,İzmir,yes\n2,20,2024-02-03,Muğla,no\n3,30.25,2023-12-31,Iğdır,yes\n"
        "4,40,2022-06-30,Şırnak,no\n5,,2021-01-01,Ağrı,yes\n6,60,2020-05-05,Kırşehir,no\n");
    EXPECT_TRUE(session.importCustomersCsv(import, progress));
    SelectionSegmentParams selection;
    selection.name = "picked";
    selection.customerRows = {0, 2, 4};
    EXPECT_TRUE(session.saveSelectionSegment(selection));
    return session;
}

} // namespace

TEST(SessionExport, ListsTheColumnsWithTheirKinds)
{
    TempDir dir;
    Session session = exportProject(dir);
    auto columns = session.memberExportColumns("picked");
    ASSERT_TRUE(columns) << describe(columns.error());
    std::vector<std::string> names;
    for (const TableColumn &column : columns.value()) {
        names.push_back(column.name);
    }
    EXPECT_EQ(names,
        (std::vector<std::string> {
            "Müşteri No", "segment", "segment_name", "spend", "joined", "city", "club"}));
    EXPECT_EQ(columns.value()[4].kind, ValueKind::Date);
    EXPECT_EQ(columns.value()[6].kind, ValueKind::Boolean);
    EXPECT_EQ(session.memberExportColumns("nope").error().code, ErrorCode::UnknownSegmentation);
}

TEST(SessionExport, ChosenColumnsOfOneSegmentAsExcel)
{
    TempDir dir;
    Session session = exportProject(dir);
    MemberExportParams params;
    params.segmentation = "picked";
    params.outPath = dir.file("selected.xlsx");
    params.format = TableFormat::Xlsx;
    params.columns = {"city", "Müşteri No", "joined", "spend", "club"};
    params.segment = 0;
    NullProgress progress;
    auto written = session.exportMembers(params, progress);
    ASSERT_TRUE(written) << describe(written.error());
    EXPECT_EQ(written.value(), 3);
    const auto rows = readSheet(params.outPath);
    ASSERT_EQ(rows.size(), 4U);
    EXPECT_EQ(rows[0], (std::vector<std::string> {"city", "Müşteri No", "joined", "spend", "club"}));
    EXPECT_EQ(rows[1], (std::vector<std::string> {"İzmir", "1", "2024-01-02", "10.5", "TRUE"}));
    EXPECT_EQ(rows[2], (std::vector<std::string> {"Iğdır", "3", "2023-12-31", "30.25", "TRUE"}));
    EXPECT_EQ(rows[3], (std::vector<std::string> {"Ağrı", "5", "2021-01-01", "", "TRUE"}));
}

TEST(SessionExport, AllColumnsAsCsvMatchTheOldExport)
{
    TempDir dir;
    Session session = exportProject(dir);
    ASSERT_TRUE(session.exportMembersCsv("picked", dir.file("old.csv")));
    MemberExportParams params;
    params.segmentation = "picked";
    params.outPath = dir.file("new.csv");
    NullProgress progress;
    ASSERT_TRUE(session.exportMembers(params, progress));
    const std::string text = readBytes(params.outPath);
    EXPECT_EQ(text, readBytes(dir.file("old.csv")));
    EXPECT_EQ(text.substr(0, text.find('\n')), "Müşteri No,segment,segment_name,spend,joined,city,club");
    EXPECT_NE(text.find("\n2,2,Rest,20,2024-02-03,Muğla,0\n"), std::string::npos) << text;
}

TEST(SessionExport, BadChoicesAreErrors)
{
    TempDir dir;
    Session session = exportProject(dir);
    NullProgress progress;
    MemberExportParams params;
    params.segmentation = "picked";
    params.outPath = dir.file("x.csv");
    params.columns = {"city", dropTable};
    EXPECT_EQ(session.exportMembers(params, progress).error().code, ErrorCode::UnknownColumn);
    params.columns = {"city", "city"};
    EXPECT_EQ(session.exportMembers(params, progress).error().code, ErrorCode::InvalidParameter);
    params.columns = {};
    params.segment = 2;
    EXPECT_EQ(session.exportMembers(params, progress).error().code, ErrorCode::InvalidParameter);
    params.segment = -1;
    params.segmentation = "nope";
    EXPECT_EQ(session.exportMembers(params, progress).error().code, ErrorCode::UnknownSegmentation);
    EXPECT_FALSE(std::filesystem::exists(params.outPath));
}

TEST(SessionExport, CancelLeavesNoFile)
{
    TempDir dir;
    auto session = Session::createProject(dir.file("big.segmenta")).value();
    std::string csv = "id,x\n";
    for (int i = 0; i < 20000; ++i) {
        csv += std::to_string(i) + "," + std::to_string(i % 97) + "\n";
    }
    NullProgress progress;
    CsvImportParams import;
    import.filePath = dir.write("big.csv", csv);
    ASSERT_TRUE(session.importCustomersCsv(import, progress));
    SelectionSegmentParams selection;
    selection.customerRows = {1, 2, 3};
    ASSERT_TRUE(session.saveSelectionSegment(selection));
    for (const TableFormat format : {TableFormat::Csv, TableFormat::Xlsx}) {
        MemberExportParams params;
        params.outPath = dir.file(std::string("members.") + tableFormatName(format));
        params.format = format;
        segmenta::test::CancellingProgress cancel(2);
        auto written = session.exportMembers(params, cancel);
        ASSERT_FALSE(written);
        EXPECT_EQ(written.error().code, ErrorCode::Cancelled);
        EXPECT_EQ(cancel.stage(), "export.write");
        EXPECT_FALSE(std::filesystem::exists(params.outPath));
        EXPECT_FALSE(std::filesystem::exists(params.outPath + ".part"));
    }
}
