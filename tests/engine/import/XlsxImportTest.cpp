// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
// Excel workbooks through the importers: the same customers and transactions as from text.
#include "Session.h"
#include "import/DateParsing.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>
#include <xlsxwriter.h>

using namespace segmenta::engine;
using segmenta::test::readBytes;
using segmenta::test::TempDir;

namespace {

Session newProject(const TempDir &dir, const std::string &name)
{
    auto session = Session::createProject(dir.file(name));
    EXPECT_TRUE(session);
    return std::move(session).value();
}

} // namespace

TEST(XlsxImport, CustomerTableFromTheChosenSheet)
{
    TempDir dir;
    const std::string path = dir.file("customers.xlsx");
    lxw_workbook *workbook = workbook_new(path.c_str());
    lxw_worksheet *notes = workbook_add_worksheet(workbook, "Notlar");
    worksheet_write_string(notes, 0, 0, "not a table", nullptr);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Müşteriler");
    worksheet_write_string(sheet, 0, 0, "Müşteri No", nullptr);
    worksheet_write_string(sheet, 0, 1, "Şehir", nullptr);
    worksheet_write_string(sheet, 0, 2, "Gelir", nullptr);
    const char *cities[] = {"İzmir", "Ankara", "Şanlıurfa"};
    for (int r = 1; r <= 3; ++r) {
        worksheet_write_string(
            sheet, static_cast<lxw_row_t>(r), 0, ("000" + std::to_string(r)).c_str(), nullptr);
        worksheet_write_string(sheet, static_cast<lxw_row_t>(r), 1, cities[r - 1], nullptr);
        worksheet_write_number(sheet, static_cast<lxw_row_t>(r), 2, 1234.5 * r, nullptr);
    }
    ASSERT_EQ(workbook_close(workbook), LXW_NO_ERROR);

    Session session = newProject(dir, "p.segmenta");
    NullProgress progress;
    CsvImportParams params;
    params.filePath = path;
    params.sheet = "Müşteriler";
    const auto report = session.importCustomersCsv(params, progress);
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_EQ(report.value().customerCount, 3);
    EXPECT_EQ(report.value().idColumn, "Müşteri No");
    ASSERT_EQ(report.value().columns.size(), 2U);
    EXPECT_EQ(report.value().columns[1].type, ColumnType::Real);
    EXPECT_EQ(report.value().columns[1].family, CriteriaFamily::Demographic);
    const auto page = session.customers(0, 3);
    ASSERT_TRUE(page);
    EXPECT_EQ(page.value().keys[0], "0001");
    EXPECT_EQ(std::get<std::string>(page.value().values[2][0]), "Şanlıurfa");
    EXPECT_DOUBLE_EQ(std::get<double>(page.value().values[2][1]), 3703.5);

    // An unknown sheet names the ones there are, and changes nothing.
    Session other = newProject(dir, "q.segmenta");
    const std::string before = readBytes(other.path());
    params.sheet = "Sheet9";
    const auto unknown = other.importCustomersCsv(params, progress);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::InvalidParameter);
    EXPECT_NE(unknown.error().args.at(2).find("Müşteriler"), std::string::npos);
    EXPECT_EQ(readBytes(other.path()), before);
}

TEST(XlsxImport, TransactionLogWithDateCellsGivesTheSameFeaturesAsText)
{
    TempDir dir;
    const std::string path = dir.file("orders.xlsx");
    lxw_workbook *workbook = workbook_new(path.c_str());
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
    lxw_format *dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "dd.mm.yyyy");
    const char *header[] = {"Sipariş No", "Müşteri No", "Tarih", "Tutar"};
    for (lxw_col_t c = 0; c < 4; ++c) {
        worksheet_write_string(sheet, 0, c, header[c], nullptr);
    }
    struct Row
    {
        const char *order;
        const char *customer;
        int year, month, day;
        double amount;
    };
    const Row rows[] = {{"S1", "A", 2024, 1, 31, 100.25}, {"S2", "A", 2024, 3, 1, 50.0},
        {"S3", "B", 2024, 2, 29, -20.0}, {"S4", "B", 2024, 3, 2, 80.0}};
    lxw_row_t r = 1;
    for (const Row &row : rows) {
        worksheet_write_string(sheet, r, 0, row.order, nullptr);
        worksheet_write_string(sheet, r, 1, row.customer, nullptr);
        lxw_datetime when {row.year, row.month, row.day, 0, 0, 0.0};
        worksheet_write_datetime(sheet, r, 2, &when, dateFormat);
        worksheet_write_number(sheet, r, 3, row.amount, nullptr);
        ++r;
    }
    ASSERT_EQ(workbook_close(workbook), LXW_NO_ERROR);

    Session session = newProject(dir, "p.segmenta");
    NullProgress progress;
    TransactionImportParams params;
    params.filePath = path;
    const auto report = session.importTransactionsCsv(params, progress);
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_EQ(report.value().rowsImported, 4);
    EXPECT_EQ(report.value().returnRows, 1);
    EXPECT_EQ(isoDate(report.value().firstDay), "2024-01-31");
    EXPECT_EQ(isoDate(report.value().lastDay), "2024-03-02");
    EXPECT_EQ(report.value().customerCount, 2);
    const auto page = session.customers(0, 2);
    ASSERT_TRUE(page);
    const auto summary = session.summary();
    ASSERT_TRUE(summary);
    std::size_t monetary = 0;
    for (std::size_t c = 0; c < summary.value().columns.size(); ++c) {
        monetary = summary.value().columns[c].name == "Monetary (net)" ? c : monetary;
    }
    EXPECT_DOUBLE_EQ(std::get<double>(page.value().values[0][monetary]), 150.25);
    EXPECT_DOUBLE_EQ(std::get<double>(page.value().values[1][monetary]), 60.0);
}

// The import wizard's preview reads a workbook as the importers do: sheets listed in tab order, cells as
// text (numbers with a dot, date cells as ISO dates, booleans as TRUE/FALSE), each column typed over the
// whole sheet, and nothing written anywhere.
TEST(XlsxImport, PreviewReadsTheChosenSheetOfALibxlsxwriterWorkbook)
{
    TempDir dir;
    const std::string path = dir.file("müşteriler.xlsx");
    lxw_workbook *workbook = workbook_new(path.c_str());
    lxw_worksheet *notes = workbook_add_worksheet(workbook, "Özet");
    worksheet_write_string(notes, 0, 0, "yalnızca notlar", nullptr);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Müşteriler");
    lxw_format *dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "dd.mm.yyyy");
    const char *header[] = {"Müşteri No", "Yaş", "Gelir", "Şehir", "Kayıt Tarihi", "Üye"};
    for (lxw_col_t c = 0; c < 6; ++c) {
        worksheet_write_string(sheet, 0, c, header[c], nullptr);
    }
    const char *cities[] = {"İzmir", "Ankara", "Şanlıurfa"};
    constexpr int customers = 30;
    for (int i = 1; i <= customers; ++i) {
        const auto r = static_cast<lxw_row_t>(i);
        const std::string id = (i < 10 ? "000" : "00") + std::to_string(i); // leading zeros: an identifier
        worksheet_write_string(sheet, r, 0, id.c_str(), nullptr);
        worksheet_write_number(sheet, r, 1, 20 + i, nullptr);
        worksheet_write_number(sheet, r, 2, 1000.5 * i, nullptr);
        worksheet_write_string(sheet, r, 3, cities[i % 3], nullptr);
        lxw_datetime when {2024, 1 + i % 12, 1 + i % 28, 0, 0, 0.0};
        worksheet_write_datetime(sheet, r, 4, &when, dateFormat);
        worksheet_write_boolean(sheet, r, 5, i % 4 == 0, nullptr);
    }
    worksheet_write_string(sheet, 7, 1, "bilinmiyor", nullptr); // row 8: an age that is not a number
    ASSERT_EQ(workbook_close(workbook), LXW_NO_ERROR);
    const std::string before = readBytes(path);

    NullProgress progress;
    ImportPreviewParams params;
    params.filePath = path;
    params.sheet = "Müşteriler";
    const auto result = Session::previewImport(params, progress);
    ASSERT_TRUE(result) << describe(result.error());
    const ImportPreview &preview = result.value();
    EXPECT_TRUE(preview.isWorkbook);
    EXPECT_EQ(preview.sheets, (std::vector<std::string> {"Özet", "Müşteriler"}));
    EXPECT_EQ(preview.sheet, "Müşteriler");
    EXPECT_EQ(preview.kind, ImportKind::Customers);
    EXPECT_EQ(preview.header, (std::vector<std::string>(std::begin(header), std::end(header))));
    EXPECT_EQ(preview.rowCount, customers);
    EXPECT_EQ(preview.raggedRowCount, 0);
    ASSERT_GE(preview.sampleRows.size(), 2U);
    // Row 2 of the sheet is customer 0001: 21 years, 1000.5, Ankara, 2024-02-02, FALSE.
    EXPECT_EQ(preview.sampleLines[0], 2);
    EXPECT_EQ(preview.sampleRows[0],
        (std::vector<std::string> {"0001", "21", "1000.5", "Ankara", "2024-02-02", "FALSE"}));
    EXPECT_EQ(preview.sampleRows[3][5], "TRUE");

    ASSERT_EQ(preview.columns.size(), 6U);
    EXPECT_EQ(preview.columns[0].type, InferredType::Identifier);
    EXPECT_EQ(preview.columns[0].role, "customer_id");
    EXPECT_EQ(preview.columns[1].type, InferredType::Integer);
    EXPECT_EQ(preview.columns[1].family, CriteriaFamily::Demographic);
    EXPECT_EQ(preview.columns[1].unparseableCount, 1);
    ASSERT_EQ(preview.columns[1].unparseableExamples.size(), 1U);
    EXPECT_EQ(preview.columns[1].unparseableExamples[0].line, 8);
    EXPECT_EQ(preview.columns[1].unparseableExamples[0].value, "bilinmiyor");
    EXPECT_EQ(preview.columns[2].type, InferredType::Decimal);
    EXPECT_EQ(preview.columns[3].type, InferredType::Categorical);
    EXPECT_EQ(preview.columns[3].distinctCount, 3);
    EXPECT_EQ(preview.columns[4].type, InferredType::Date);
    EXPECT_EQ(preview.columns[4].dateFormat, DateFormat::Iso);
    EXPECT_EQ(preview.columns[5].type, InferredType::Boolean);
    EXPECT_EQ(preview.rowsWithProblems, 1);
    EXPECT_EQ(readBytes(path), before); // read, never written

    // Without a sheet named, the first one is read: a one-cell sheet of notes.
    params.sheet.clear();
    const auto first = Session::previewImport(params, progress);
    ASSERT_TRUE(first) << describe(first.error());
    EXPECT_EQ(first.value().sheet, "Özet");
    EXPECT_EQ(first.value().header, (std::vector<std::string> {"yalnızca notlar"}));
    EXPECT_EQ(first.value().rowCount, 0);
}
