// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "Session.h"
#include "import/DateParsing.h"
#include "store/Database.h"
#include "support/CancellingProgress.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>

using namespace segmenta::engine;
using segmenta::test::CancelAfter;
using segmenta::test::readBytes;
using segmenta::test::TempDir;

namespace {

const std::string onlineRetail
    = std::string(SEGMENTA_SHARED_DATA_DIR) + "/online_retail/online_retail_sample.csv";
const std::string cdnowElog = std::string(SEGMENTA_SHARED_DATA_DIR) + "/cdnow/cdnowElog.csv";

Session newProject(const TempDir &dir, const std::string &name = "p.segmenta")
{
    auto session = Session::createProject(dir.file(name));
    EXPECT_TRUE(session);
    return std::move(session).value();
}

Result<TransactionImportReport> importLog(Session &session, TransactionImportParams params)
{
    NullProgress progress;
    return session.importTransactionsCsv(params, progress);
}

TransactionImportParams paramsFor(const std::string &path, RowErrorPolicy onError = RowErrorPolicy::Stop)
{
    TransactionImportParams params;
    params.filePath = path;
    params.onError = onError;
    return params;
}

/// Customer key → value of one customer column, read straight from the project file.
std::map<std::string, std::optional<double>> customerColumn(
    const std::string &project, const std::string &name)
{
    store::Database database(project, store::OpenMode::ReadWrite);
    store::Statement find(database, "SELECT sql_name FROM customer_columns WHERE name = ?1");
    find.bind(1, std::string_view(name));
    EXPECT_TRUE(find.step()) << name;
    const std::string sqlName = find.columnText(0);
    store::Statement query(database, "SELECT customer_key, " + sqlName + " FROM customers");
    std::map<std::string, std::optional<double>> values;
    while (query.step()) {
        values[query.columnText(0)]
            = query.isNull(1) ? std::nullopt : std::optional<double>(query.columnDouble(1));
    }
    return values;
}

} // namespace

TEST(DateParsing, ReadsTheCommonFormatsAndRejectsImpossibleDates)
{
    EXPECT_EQ(parseDate("2024-12-31", DateFormat::Iso)->day, *daysFromCivil(2024, 12, 31));
    EXPECT_EQ(parseDate("31.12.2024", DateFormat::DayMonthYear)->day, *daysFromCivil(2024, 12, 31));
    EXPECT_EQ(parseDate("12/31/2024", DateFormat::MonthDayYear)->day, *daysFromCivil(2024, 12, 31));
    EXPECT_EQ(parseDate("19970101", DateFormat::Compact)->day, *daysFromCivil(1997, 1, 1));
    EXPECT_EQ(parseDate("1.2.2024", DateFormat::DayMonthYear)->day, *daysFromCivil(2024, 2, 1));
    const auto withTime = parseDate("2010-12-01 08:26:00", DateFormat::Iso);
    ASSERT_TRUE(withTime);
    EXPECT_EQ(withTime->secondOfDay, 8 * 3600 + 26 * 60);
    EXPECT_EQ(parseDate("2024-03-05T17:45", DateFormat::Iso)->secondOfDay, 17 * 3600 + 45 * 60);
    EXPECT_FALSE(parseDate("29.02.2023", DateFormat::DayMonthYear)); // not a leap year
    EXPECT_TRUE(parseDate("29.02.2024", DateFormat::DayMonthYear));
    EXPECT_FALSE(parseDate("31/12/2024", DateFormat::MonthDayYear));
    EXPECT_FALSE(parseDate("2024-12-31 25:00", DateFormat::Iso));
    EXPECT_FALSE(parseDate("2024-12-31x", DateFormat::Iso));
    EXPECT_EQ(isoDate(0), "1970-01-01");
    EXPECT_EQ(isoDate(*daysFromCivil(2011, 12, 9)), "2011-12-09");
    EXPECT_EQ(isoDate(*daysFromCivil(1900, 3, 1)), "1900-03-01");
    EXPECT_EQ(dateFormatFromName("dd/mm/yyyy"), DateFormat::DayMonthYear);
    EXPECT_EQ(dateFormatFromName("MM-DD-YYYY"), DateFormat::MonthDayYear);
    EXPECT_FALSE(dateFormatFromName("DD.MM.YY"));
}

TEST(DateParsing, DetectionListsEveryFormatThatReadsTheWholeColumn)
{
    EXPECT_EQ(detectDateFormat({"31.12.2024", "01.02.2024"}).candidates,
        (std::vector<DateFormat> {DateFormat::DayMonthYear}));
    EXPECT_EQ(detectDateFormat({"01/02/2024", "03/04/2024"}).candidates,
        (std::vector<DateFormat> {DateFormat::DayMonthYear, DateFormat::MonthDayYear}));
    EXPECT_EQ(detectDateFormat({"12/31/2024", ""}).candidates,
        (std::vector<DateFormat> {DateFormat::MonthDayYear}));
    EXPECT_TRUE(detectDateFormat({"2024-12-31", "hello"}).candidates.empty());
}

// The issue's check: RFM from our aggregation equals an independent SQL computation on the Online Retail
// sample (recency to the day after the last invoice, frequency as distinct invoices with a purchase,
// monetary as the net sum of quantity × unit price).
TEST(TransactionImport, OnlineRetailFeaturesEqualAnIndependentSqlComputation)
{
    TempDir dir;
    Session session = newProject(dir);
    // Rows without a CustomerID cannot be attributed to anyone: the default (stop) says so with the place.
    const auto stopped = importLog(session, paramsFor(onlineRetail));
    ASSERT_FALSE(stopped);
    EXPECT_EQ(stopped.error().code, ErrorCode::MissingCustomerId);
    ASSERT_TRUE(stopped.error().where);
    EXPECT_EQ(stopped.error().where->line, 208);
    EXPECT_EQ(stopped.error().where->column, 7);

    const auto report = importLog(session, paramsFor(onlineRetail, RowErrorPolicy::Skip));
    ASSERT_TRUE(report) << describe(report.error());
    const TransactionImportReport &r = report.value();
    // Counts of the file, checked with pandas: 38,966 rows, 2,588 without CustomerID, 445 customers,
    // 742 lines with a negative quantity (cancellations).
    EXPECT_EQ(r.rowsRead, 38966);
    EXPECT_EQ(r.rowsSkipped, 2588);
    EXPECT_EQ(r.rowsImported, 36378);
    EXPECT_EQ(r.returnRows, 742);
    EXPECT_EQ(r.customerCount, 445);
    EXPECT_EQ(r.newCustomerCount, 445);
    EXPECT_EQ(r.skipped.size(), 100U);
    EXPECT_EQ(r.skipped.front().line, 208);
    EXPECT_EQ(r.dateFormat, DateFormat::Iso);
    EXPECT_EQ(isoDate(r.firstDay), "2010-12-01");
    EXPECT_EQ(isoDate(r.lastDay), "2011-12-09");
    EXPECT_EQ(isoDate(r.analysisDay), "2011-12-10");
    std::map<std::string, std::string> roles;
    for (const ImportedColumnRole &column : r.columns) {
        roles[column.name] = column.role;
    }
    EXPECT_EQ(roles["InvoiceNo"], "order_id");
    EXPECT_EQ(roles["InvoiceDate"], "date");
    EXPECT_EQ(roles["CustomerID"], "customer_id");
    EXPECT_EQ(roles["Quantity"], "quantity");
    EXPECT_EQ(roles["UnitPrice"], "unit_price");
    EXPECT_EQ(roles["Country"], "ignored");

    const auto recency = customerColumn(session.path(), "Recency (days)");
    const auto frequency = customerColumn(session.path(), "Frequency (orders)");
    const auto monetary = customerColumn(session.path(), "Monetary (net)");
    store::Database database(session.path(), store::OpenMode::ReadWrite);
    store::Statement sql(database, R"sql(
        SELECT c.customer_key,
               julianday('2011-12-10') - julianday(date(max(CASE WHEN t.amount >= 0 THEN t.day END) * 86400,
                                                        'unixepoch')),
               count(DISTINCT CASE WHEN t.amount >= 0 THEN t.order_key END),
               sum(t.amount)
        FROM transactions t JOIN customers c ON c.row = t.customer_row GROUP BY c.customer_key)sql");
    int customers = 0;
    while (sql.step()) {
        ++customers;
        const std::string key = sql.columnText(0);
        if (sql.isNull(1)) {
            EXPECT_FALSE(recency.at(key).has_value()) << key; // only returns: no recency
        } else {
            EXPECT_EQ(recency.at(key).value(), sql.columnDouble(1)) << key;
        }
        EXPECT_EQ(frequency.at(key).value(), sql.columnDouble(2)) << key;
        EXPECT_NEAR(
            monetary.at(key).value(), sql.columnDouble(3), 1e-9 * std::abs(sql.columnDouble(3)) + 1e-9)
            << key;
    }
    EXPECT_EQ(customers, 445);
    // One customer checked by hand against the file: 12350 bought once, on 2011-02-02.
    EXPECT_EQ(recency.at("12350").value(), 311);
    EXPECT_EQ(frequency.at("12350").value(), 1);
}

TEST(TransactionImport, TheSameFileTwiceIsRefusedAndANewerExportAddsOnlyNewOrders)
{
    TempDir dir;
    Session session = newProject(dir);
    const std::string first = dir.write("first.csv",
        "Order,Customer ID,Date,Amount\n"
        "A1,c1,2024-01-05,10\nA2,c2,2024-01-06,20\nA3,c1,2024-02-01,5\n");
    ASSERT_TRUE(importLog(session, paramsFor(first)));
    const std::string before = readBytes(session.path());
    const auto again = importLog(session, paramsFor(first));
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::DuplicateImport);
    EXPECT_EQ(readBytes(session.path()), before);

    // The newer export repeats A2 and A3 and adds A4 (a new customer) and A5.
    const std::string newer = dir.write("newer.csv",
        "Order,Customer ID,Date,Amount\n"
        "A2,c2,2024-01-06,20\nA3,c1,2024-02-01,5\nA4,c3,2024-03-01,7.5\nA5,c2,2024-03-02,1\n");
    const auto report = importLog(session, paramsFor(newer));
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_EQ(report.value().rowsRead, 4);
    EXPECT_EQ(report.value().rowsAlreadyImported, 2);
    EXPECT_EQ(report.value().rowsImported, 2);
    EXPECT_EQ(report.value().newCustomerCount, 1);
    EXPECT_EQ(report.value().customerCount, 3);
    // Features are recomputed from all transactions, up to the day after the newest.
    EXPECT_EQ(isoDate(report.value().analysisDay), "2024-03-03");
    const auto frequency = customerColumn(session.path(), "Frequency (orders)");
    EXPECT_EQ(frequency.at("c1").value(), 2);
    EXPECT_EQ(frequency.at("c2").value(), 2);
    EXPECT_EQ(frequency.at("c3").value(), 1);
    const auto recency = customerColumn(session.path(), "Recency (days)");
    EXPECT_EQ(recency.at("c1").value(), 31); // 2024-02-01 → 2024-03-03 (a leap year)
    const auto monetary = customerColumn(session.path(), "Monetary (net)");
    EXPECT_DOUBLE_EQ(monetary.at("c2").value(), 21.0);
    // The summary lists the derived columns once each, not twice after the second import.
    const auto summary = session.summary();
    ASSERT_TRUE(summary);
    int frequencyColumns = 0;
    for (const ColumnInfo &column : summary.value().columns) {
        frequencyColumns += column.name == "Frequency (orders)" ? 1 : 0;
    }
    EXPECT_EQ(frequencyColumns, 1);
}

// A Windows-1254 export from a Turkish system: semicolons, decimal commas with dot thousands, DD.MM.YYYY,
// Turkish headers, a quoted field with a line break.
TEST(TransactionImport, TurkishWindows1254FileWithDecimalCommasAndDayFirstDates)
{
    TempDir dir;
    Session session = newProject(dir);
    // "Müşteri No;Sipariş No;Tarih;Tutar;Kategori;Not" in Windows-1254: ü FC, ş FE, ı FD.
    const std::string bytes
        = "M\xFC\xFEteri No;Sipari\xFE No;Tarih;Tutar;Kategori;Not\r\n"
          "1001;S-1;31.12.2023;1.234,56;Giyim;\r\n"
          "1001;S-2;15.01.2024;99,90;Ev e\xFEyas\xFD;\"kap\xFD"
          "da\r\nb\xFD"
          "rak\"\r\n"
          "1002;S-3;02.01.2024;-10,00;Giyim;iade 10 \x80\r\n" // € (0x80) exists only in Windows-1254
          "1002;S-4;03.01.2024;250;Giyim;\r\n";
    const std::string path = dir.write("siparisler.csv", bytes);
    const auto report = importLog(session, paramsFor(path));
    ASSERT_TRUE(report) << describe(report.error());
    const TransactionImportReport &r = report.value();
    EXPECT_EQ(r.dialect.encoding, TextEncoding::Windows1254);
    EXPECT_EQ(r.dialect.delimiter, ';');
    EXPECT_EQ(r.dialect.decimalMark, DecimalMark::Comma);
    EXPECT_EQ(r.dateFormat, DateFormat::DayMonthYear);
    EXPECT_EQ(r.rowsImported, 4);
    EXPECT_EQ(r.returnRows, 1);
    EXPECT_EQ(r.columns[0].role, "customer_id");
    EXPECT_EQ(r.columns[1].role, "order_id");
    EXPECT_EQ(r.columns[4].role, "category");
    const auto monetary = customerColumn(session.path(), "Monetary (net)");
    EXPECT_NEAR(monetary.at("1001").value(), 1334.46, 1e-9);
    EXPECT_NEAR(monetary.at("1002").value(), 240.0, 1e-9);
    const auto returns = customerColumn(session.path(), "Returns (amount)");
    EXPECT_NEAR(returns.at("1002").value(), 10.0, 1e-9);
    const auto clothing = customerColumn(session.path(), "Share: Giyim");
    EXPECT_NEAR(clothing.at("1001").value(), 1234.56 / 1334.46, 1e-12);
    const auto home = customerColumn(session.path(), "Share: Ev eşyası");
    EXPECT_NEAR(home.at("1001").value(), 99.90 / 1334.46, 1e-12);
    const auto average = customerColumn(session.path(), "Average order value");
    EXPECT_NEAR(average.at("1002").value(), 250.0, 1e-9); // the return is not an order
}

TEST(TransactionImport, AmbiguousDatesAreAskedAboutAndReadAsTold)
{
    TempDir dir;
    Session session = newProject(dir);
    const std::string path = dir.write("us.csv", "customer,date,amount\na,01/02/2024,5\nb,03/04/2024,6\n");
    const std::string before = readBytes(session.path());
    const auto ambiguous = importLog(session, paramsFor(path));
    ASSERT_FALSE(ambiguous);
    EXPECT_EQ(ambiguous.error().code, ErrorCode::AmbiguousDateFormat);
    EXPECT_EQ(ambiguous.error().args.at(2), "01/02/2024");
    EXPECT_EQ(readBytes(session.path()), before);

    auto params = paramsFor(path);
    params.dateFormat = DateFormat::MonthDayYear;
    const auto report = importLog(session, params);
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_EQ(isoDate(report.value().firstDay), "2024-01-02");
    EXPECT_EQ(isoDate(report.value().lastDay), "2024-03-04");
    // One date with a day above 12 anywhere in the column decides it without asking.
    TempDir other;
    Session second = newProject(other);
    const std::string decided
        = other.write("eu.csv", "customer,date,amount\na,01/02/2024,5\nb,03/04/2024,6\nc,25/04/2024,1\n");
    const auto detected = importLog(second, paramsFor(decided));
    ASSERT_TRUE(detected) << describe(detected.error());
    EXPECT_EQ(detected.value().dateFormat, DateFormat::DayMonthYear);
}

TEST(TransactionImport, OnErrorStopSkipAndMissing)
{
    TempDir dir;
    const std::string path = dir.write("messy.csv",
        "customer,order,date,amount,quantity\n"
        "a,o1,2024-01-01,10,1\n"
        "b,o2,2024-13-01,5,1\n" // month 13
        "c,o3,2024-01-02,12,many\n" // quantity not a number
        "d,o4,2024-01-03,abc,1\n" // amount not a number
        "e,o5,2024-01-04\n" // ragged
        ",o6,2024-01-05,1,1\n"); // no customer
    {
        Session session = newProject(dir, "stop.segmenta");
        const std::string before = readBytes(session.path());
        const auto stopped = importLog(session, paramsFor(path));
        ASSERT_FALSE(stopped);
        EXPECT_EQ(stopped.error().code, ErrorCode::UnparseableValue);
        EXPECT_EQ(stopped.error().where->line, 3);
        EXPECT_EQ(stopped.error().where->column, 3);
        EXPECT_EQ(stopped.error().args.at(2), "2024-13-01");
        EXPECT_EQ(readBytes(session.path()), before);
    }
    {
        Session session = newProject(dir, "skip.segmenta");
        const auto skipped = importLog(session, paramsFor(path, RowErrorPolicy::Skip));
        ASSERT_TRUE(skipped) << describe(skipped.error());
        EXPECT_EQ(skipped.value().rowsImported, 1);
        EXPECT_EQ(skipped.value().rowsSkipped, 5);
        ASSERT_EQ(skipped.value().skipped.size(), 5U);
        EXPECT_EQ(skipped.value().skipped[0].line, 3);
        EXPECT_EQ(skipped.value().skipped[1].line, 4);
        EXPECT_EQ(skipped.value().skipped[1].column, 5);
        EXPECT_EQ(skipped.value().skipped[3].reason, "3 fields, the header has 5");
    }
    {
        Session session = newProject(dir, "missing.segmenta");
        const auto kept = importLog(session, paramsFor(path, RowErrorPolicy::Missing));
        ASSERT_TRUE(kept) << describe(kept.error());
        // The unreadable quantity becomes missing; the bad date, bad amount, ragged row and missing
        // customer still leave their rows out: a transaction needs them.
        EXPECT_EQ(kept.value().rowsImported, 2);
        EXPECT_EQ(kept.value().rowsSkipped, 4);
        const auto items = customerColumn(session.path(), "Items (quantity)");
        EXPECT_EQ(items.at("c").value(), 0.0);
    }
}

TEST(TransactionImport, CustomersFromATableKeepTheirColumnsAndThoseWithoutPurchasesGetFrequencyZero)
{
    TempDir dir;
    Session session = newProject(dir);
    NullProgress progress;
    CsvImportParams table;
    table.filePath = dir.write("customers.csv", "CustomerID,City\n1,İzmir\n2,Ankara\n3,Bursa\n");
    ASSERT_TRUE(session.importCustomersCsv(table, progress));
    const std::string log = dir.write("log.csv", "CustomerID,Date,Amount\n1,2024-05-01,10\n4,2024-05-02,3\n");
    const auto report = importLog(session, paramsFor(log));
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_EQ(report.value().customerCount, 4);
    EXPECT_EQ(report.value().newCustomerCount, 1);
    const auto frequency = customerColumn(session.path(), "Frequency (orders)");
    EXPECT_EQ(frequency.at("1").value(), 1);
    EXPECT_EQ(frequency.at("2").value(), 0);
    EXPECT_EQ(frequency.at("4").value(), 1);
    const auto recency = customerColumn(session.path(), "Recency (days)");
    EXPECT_FALSE(recency.at("2").has_value());
    const auto page = session.customers(0, 10);
    ASSERT_TRUE(page);
    EXPECT_EQ(page.value().keys.size(), 4U);
    EXPECT_EQ(std::get<std::string>(page.value().values[0][0]), "İzmir");
    EXPECT_TRUE(std::holds_alternative<std::monostate>(page.value().values[3][0])); // new customer: no city
}

TEST(TransactionImport, CdnowElogWithCompactDatesGivesThePublishedCustomerCount)
{
    TempDir dir;
    Session session = newProject(dir);
    auto params = paramsFor(cdnowElog);
    params.customerColumn = "masterid";
    params.amountColumn = "sales";
    params.quantityColumn = "cds";
    const auto report = importLog(session, params);
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_EQ(report.value().dateFormat, DateFormat::Compact);
    EXPECT_EQ(report.value().rowsImported, 6919);
    EXPECT_EQ(report.value().customerCount, 2357);
    EXPECT_EQ(isoDate(report.value().firstDay), "1997-01-01");
    EXPECT_EQ(isoDate(report.value().lastDay), "1998-06-30");
}

TEST(TransactionImport, MissingRolesAndUnknownColumnsAreClearErrors)
{
    TempDir dir;
    Session session = newProject(dir);
    const std::string noDate = dir.write("nodate.csv", "customer,amount\na,1\n");
    const auto missingDate = importLog(session, paramsFor(noDate));
    ASSERT_FALSE(missingDate);
    EXPECT_EQ(missingDate.error().code, ErrorCode::MissingColumnRole);
    EXPECT_EQ(missingDate.error().args.at(1), "date");
    const std::string noAmount = dir.write("noamount.csv", "customer,date,quantity\na,2024-01-01,1\n");
    const auto missingAmount = importLog(session, paramsFor(noAmount));
    ASSERT_FALSE(missingAmount);
    EXPECT_EQ(missingAmount.error().args.at(1), "amount");
    auto params = paramsFor(noAmount);
    params.amountColumn = "Betrag";
    const auto unknown = importLog(session, params);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::UnknownColumn);
}

TEST(TransactionImport, HostileColumnNamesAreOnlyText)
{
    TempDir dir;
    Session session = newProject(dir);
    const std::string path = dir.write("hostile.csv",
        "\"\"\"; DROP TABLE customers; --\",select,customer,date,amount,category\n"
        "x,y,a,2024-01-01,1,\"'); DROP TABLE transactions; --\"\n");
    const auto report = importLog(session, paramsFor(path));
    ASSERT_TRUE(report) << describe(report.error());
    const auto share = customerColumn(session.path(), "Share: '); DROP TABLE transactions; --");
    EXPECT_EQ(share.at("a").value(), 1.0);
    EXPECT_EQ(session.summary().value().customerCount, 1);
}

TEST(TransactionImport, CancelAtAnyPointLeavesTheProjectByteIdentical)
{
    TempDir dir;
    Session session = newProject(dir);
    const std::string before = readBytes(session.path());
    for (int questions = 0; questions < 12; ++questions) {
        CancelAfter progress(questions);
        auto params = paramsFor(onlineRetail, RowErrorPolicy::Skip);
        const auto report = session.importTransactionsCsv(params, progress);
        if (report) {
            break; // asked fewer times than this: the import ran to the end
        }
        EXPECT_EQ(report.error().code, ErrorCode::Cancelled);
        EXPECT_EQ(readBytes(session.path()), before) << "cancelled at question " << questions;
    }
}

// The formats are read from a sample and confirmed by every row: when the rows after the sample outvote it,
// the whole file decides and the import is redone with the winner, so nothing depends on where the sample
// ends. Here the first 12,000 amounts are whole numbers (either decimal mark reads them; a ';' file then
// suggests a comma), the next 3,000 are "1.5" (only a dot decimal reads them).
TEST(TransactionImport, RowsAfterTheSampleOutvoteItAndTheWholeFileDecides)
{
    TempDir dir;
    std::string text = "Müşteri No;Tarih;Tutar\n";
    for (int i = 0; i < 15000; ++i) {
        const std::string amount = i < 12000 ? "12" : "1.5";
        text += "M" + std::to_string(i % 50) + ";2024-03-" + std::to_string(10 + i % 9) + ";" + amount + "\n";
    }
    Session session = newProject(dir);
    const auto report = importLog(session, paramsFor(dir.write("late.csv", text)));
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_EQ(report.value().dialect.decimalMark, DecimalMark::Dot);
    EXPECT_EQ(report.value().rowsImported, 15000);
    EXPECT_EQ(report.value().rowsSkipped, 0);
    double total = 0.0;
    for (const auto &[key, value] : customerColumn(session.path(), "Monetary (net)")) {
        total += value.value_or(0.0);
    }
    EXPECT_DOUBLE_EQ(total, 12000 * 12.0 + 3000 * 1.5);
    // One import is recorded, not two.
    store::Database database(session.path(), store::OpenMode::ReadWrite);
    EXPECT_EQ(store::queryInt64(database, "SELECT count(*) FROM imports"), 1);
    EXPECT_EQ(store::queryInt64(database, "SELECT count(*) FROM transactions"), 15000);
}
