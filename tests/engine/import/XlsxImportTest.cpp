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
