// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "Session.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace segmenta::engine;
using segmenta::test::readBytes;
using segmenta::test::TempDir;

namespace {

ImportPreviewParams on(std::string path)
{
    ImportPreviewParams params;
    params.filePath = std::move(path);
    return params;
}

template<typename Change> ImportPreviewParams on(std::string path, Change change)
{
    ImportPreviewParams params = on(std::move(path));
    change(params);
    return params;
}

Result<ImportPreview> preview(ImportPreviewParams params)
{
    NullProgress progress;
    return Session::previewImport(params, progress);
}

ImportPreview previewOk(ImportPreviewParams params)
{
    auto result = preview(std::move(params));
    EXPECT_TRUE(result) << (result ? "" : describe(result.error()));
    return result ? std::move(result).value() : ImportPreview {};
}

const PreviewColumn &column(const ImportPreview &preview, const std::string &name)
{
    for (const PreviewColumn &c : preview.columns) {
        if (c.name == name) {
            return c;
        }
    }
    ADD_FAILURE() << "no column " << name;
    static const PreviewColumn none;
    return none;
}

/// A Turkish customer table as Excel on a Turkish PC saves it: Windows-1254, ';', decimal commas with dot
/// thousands, DD.MM.YYYY dates, evet/hayır answers, a euro sign (0x80, so Windows-1254 rather than
/// ISO-8859-9). Line 9 has an income that is not a number, line 14 a date that does not exist.
std::string turkishCustomers()
{
    // Müşteri No;Şehir;Gelir;Kayıt Tarihi;Üye mi;Not
    std::string text = "M\xFC\xFEteri No;\xDE"
                       "ehir;Gelir;Kay\xFDt Tarihi;\xDCye mi;Not\r\n";
    const char *cities[] = {"\xDDstanbul", "Ankara", "\xDDzmir"};
    for (int i = 1; i <= 20; ++i) {
        const std::string id = (i < 10 ? "00" : "0") + std::to_string(i);
        const std::string income
            = i == 8 ? "bilinmiyor" : std::to_string(i) + ".234," + std::to_string(i % 10) + "5";
        const std::string date
            = i == 13 ? "31.02.2024" : std::to_string(10 + i) + ".0" + std::to_string(1 + i % 9) + ".2024";
        const std::string member = i % 3 == 0 ? "hay\xFDr" : "evet";
        const std::string note = "m\xFC\xFEteri " + std::to_string(i) + " \x80";
        text += id + ";" + cities[i % 3] + ";" + income + ";" + date + ";" + member + ";" + note + "\r\n";
    }
    return text;
}

} // namespace

TEST(ImportPreview, TurkishWindows1254FileWithDecimalCommasDatesAndBooleans)
{
    TempDir dir;
    const std::string path = dir.write("musteriler.csv", turkishCustomers());
    const ImportPreview p = previewOk(on(path));

    EXPECT_EQ(p.detection.dialect.encoding, TextEncoding::Windows1254);
    EXPECT_EQ(p.detection.dialect.delimiter, ';');
    EXPECT_EQ(p.detection.dialect.decimalMark, DecimalMark::Comma);
    EXPECT_EQ(p.detection.delimiter, DetectionConfidence::Certain);
    EXPECT_FALSE(p.isWorkbook);
    EXPECT_EQ(p.kind, ImportKind::Customers);
    EXPECT_EQ(p.suggestedKind, ImportKind::Customers);
    ASSERT_EQ(p.header.size(), 6u);
    EXPECT_EQ(p.header[0], "Müşteri No");
    EXPECT_EQ(p.header[1], "Şehir");
    EXPECT_EQ(p.rowCount, 20);
    ASSERT_EQ(p.sampleRows.size(), 20u);
    EXPECT_EQ(p.sampleRows[0][1], "Ankara");
    EXPECT_EQ(p.sampleRows[1][1], "İzmir");
    EXPECT_EQ(p.sampleLines[0], 2);

    const PreviewColumn &id = column(p, "Müşteri No");
    EXPECT_EQ(id.type, InferredType::Identifier);
    EXPECT_EQ(id.role, "customer_id");
    EXPECT_EQ(id.distinctCount, 20);

    const PreviewColumn &city = column(p, "Şehir");
    EXPECT_EQ(city.type, InferredType::Categorical);
    EXPECT_EQ(city.family, CriteriaFamily::Demographic);
    EXPECT_EQ(city.distinctCount, 3);

    const PreviewColumn &income = column(p, "Gelir");
    EXPECT_EQ(income.type, InferredType::Decimal);
    EXPECT_EQ(income.family, CriteriaFamily::Demographic);
    EXPECT_EQ(income.unparseableCount, 1);
    ASSERT_EQ(income.unparseableExamples.size(), 1u);
    EXPECT_EQ(income.unparseableExamples[0].line, 9);
    EXPECT_EQ(income.unparseableExamples[0].value, "bilinmiyor");

    const PreviewColumn &date = column(p, "Kayıt Tarihi");
    EXPECT_EQ(date.type, InferredType::Date);
    ASSERT_TRUE(date.dateFormat);
    EXPECT_EQ(*date.dateFormat, DateFormat::DayMonthYear);
    EXPECT_EQ(date.unparseableCount, 1);
    ASSERT_EQ(date.unparseableExamples.size(), 1u);
    EXPECT_EQ(date.unparseableExamples[0].line, 14);
    EXPECT_EQ(date.unparseableExamples[0].value, "31.02.2024");
    EXPECT_FALSE(p.isDateFormatAmbiguous); // days 11..30 cannot be months

    const PreviewColumn &member = column(p, "Üye mi");
    EXPECT_EQ(member.type, InferredType::Boolean);
    EXPECT_EQ(member.unparseableCount, 0);

    EXPECT_EQ(column(p, "Not").type, InferredType::FreeText);
    EXPECT_EQ(p.raggedRowCount, 0);
    EXPECT_EQ(p.rowsWithProblems, 2);
}

TEST(ImportPreview, OptionsChangeTheReading)
{
    TempDir dir;
    const std::string path = dir.write("musteriler.csv", turkishCustomers());

    // A comma delimiter leaves one column (the file has no commas outside the numbers).
    const ImportPreview commas
        = previewOk(on(path, [](ImportPreviewParams &params) { params.delimiter = ','; }));
    EXPECT_EQ(commas.detection.delimiter, DetectionConfidence::Given);
    EXPECT_LT(commas.header.size(), 6u);

    // Dot decimals: "1.234,15" is no number, so the income column is text.
    const ImportPreview dots
        = previewOk(on(path, [](ImportPreviewParams &params) { params.decimalMark = DecimalMark::Dot; }));
    EXPECT_EQ(dots.detection.decimalMark, DetectionConfidence::Given);
    EXPECT_NE(column(dots, "Gelir").type, InferredType::Decimal);

    // Read as ISO-8859-9 the file has no euro sign: 0x80 is a control character there.
    const ImportPreview latin5
        = previewOk(on(path, [](ImportPreviewParams &params) { params.encoding = "iso-8859-9"; }));
    EXPECT_EQ(latin5.detection.dialect.encoding, TextEncoding::Iso8859_9);
    EXPECT_EQ(latin5.detection.encoding, DetectionConfidence::Given);
    EXPECT_EQ(latin5.header[1], "Şehir");

    // Month-first dates: every day above 12 becomes a problem; 11.02 and 12.03 read as 2 November and
    // 3 December, and 31.02 is no date either way.
    const ImportPreview monthFirst = previewOk(
        on(path, [](ImportPreviewParams &params) { params.dateFormat = DateFormat::MonthDayYear; }));
    const PreviewColumn &date = column(monthFirst, "Kayıt Tarihi");
    EXPECT_EQ(date.type, InferredType::Date);
    EXPECT_EQ(*date.dateFormat, DateFormat::MonthDayYear);
    EXPECT_EQ(date.unparseableCount, 18);
    EXPECT_EQ(date.unparseableExamples.size(), 5u);

    // Fewer sample rows.
    const ImportPreview few
        = previewOk(on(path, [](ImportPreviewParams &params) { params.sampleRowCount = 3; }));
    EXPECT_EQ(few.sampleRows.size(), 3u);
    EXPECT_EQ(few.rowCount, 20);
}

TEST(ImportPreview, RaggedRowsAreCountedWithTheirLines)
{
    TempDir dir;
    const std::string path = dir.write("ragged.csv",
        "id,age,city\n"
        "1,34,Bursa\n"
        "2,41\n"
        "3,29,Izmir\n"
        "4,52,Ankara,extra\n"
        "5,38,Bursa\n"
        "\n"
        "6,27,Van,x,y\n");
    const ImportPreview p = previewOk(on(path));
    EXPECT_EQ(p.rowCount, 6);
    EXPECT_EQ(p.raggedRowCount, 3);
    ASSERT_EQ(p.raggedRows.size(), 3u);
    EXPECT_EQ(p.raggedRows[0].line, 3);
    EXPECT_EQ(p.raggedRows[0].fieldCount, 2);
    EXPECT_EQ(p.raggedRows[1].line, 5);
    EXPECT_EQ(p.raggedRows[1].fieldCount, 4);
    EXPECT_EQ(p.raggedRows[2].line, 8);
    EXPECT_EQ(p.rowsWithProblems, 3);
    EXPECT_EQ(column(p, "age").type, InferredType::Integer);
    EXPECT_EQ(column(p, "age").valueCount, 3); // the full rows only
    ASSERT_EQ(p.sampleRows.size(), 6u);
    EXPECT_EQ(p.sampleRows[1].size(), 2u); // shown as written
}

TEST(ImportPreview, BooleansInEveryLanguageAndOneZero)
{
    TempDir dir;
    const std::string path = dir.write("flags.csv",
        "id,a,b,c,d\n"
        "1,yes,EVET,true,1\n"
        "2,no,Hayır,false,0\n"
        "3,Yes,evet,TRUE,1\n"
        "4,No,HAYIR,False,0\n");
    const ImportPreview p = previewOk(on(path));
    for (const char *name : {"a", "b", "c", "d"}) {
        EXPECT_EQ(column(p, name).type, InferredType::Boolean) << name;
    }
}

TEST(ImportPreview, TransactionLogIsRecognisedWithItsRoles)
{
    const ImportPreview p
        = previewOk(on(std::string(SEGMENTA_SHARED_DATA_DIR) + "/online_retail/online_retail_sample.csv"));
    EXPECT_EQ(p.suggestedKind, ImportKind::Transactions);
    EXPECT_EQ(p.kind, ImportKind::Transactions);
    EXPECT_EQ(p.rowCount, 38966);
    EXPECT_EQ(p.sampleRows.size(), 100u);
    EXPECT_EQ(column(p, "InvoiceNo").role, "order_id");
    EXPECT_EQ(column(p, "InvoiceNo").type, InferredType::Identifier);
    EXPECT_EQ(column(p, "CustomerID").role, "customer_id");
    EXPECT_EQ(column(p, "InvoiceDate").role, "date");
    EXPECT_EQ(column(p, "InvoiceDate").type, InferredType::DateTime);
    EXPECT_EQ(*column(p, "InvoiceDate").dateFormat, DateFormat::Iso);
    EXPECT_EQ(column(p, "Quantity").role, "quantity");
    EXPECT_EQ(column(p, "Quantity").type, InferredType::Integer);
    EXPECT_EQ(column(p, "UnitPrice").role, "unit_price");
    EXPECT_EQ(column(p, "UnitPrice").type, InferredType::Decimal);
    EXPECT_EQ(column(p, "Description").type, InferredType::FreeText);
    EXPECT_EQ(column(p, "CustomerID").missingCount, 2588); // checked with pandas (TransactionImportTest)
    // A transaction needs its customer: rows without one are problems, shown with their lines.
    EXPECT_EQ(column(p, "CustomerID").unparseableCount, 2588);
    EXPECT_EQ(column(p, "CustomerID").unparseableExamples.at(0).value, "");
    EXPECT_EQ(p.rowsWithProblems, 2588);

    // Asked as a customer table, only the id keeps a role.
    const ImportPreview asCustomers
        = previewOk(on(std::string(SEGMENTA_SHARED_DATA_DIR) + "/online_retail/online_retail_sample.csv",
            [](ImportPreviewParams &params) { params.kind = ImportKind::Customers; }));
    EXPECT_EQ(asCustomers.kind, ImportKind::Customers);
    EXPECT_EQ(asCustomers.suggestedKind, ImportKind::Transactions);
    EXPECT_EQ(column(asCustomers, "CustomerID").role, "customer_id");
    EXPECT_EQ(column(asCustomers, "InvoiceNo").role, "");
}

/// Every file of the shared data: rows and columns as pandas counts them (python3 csv module for the
/// whitespace-aligned CDNOW text files, which read as one column since they have no delimiter we know).
TEST(ImportPreview, EverySharedFileHasItsRowAndColumnCounts)
{
    struct Case
    {
        const char *file;
        std::int64_t rows;
        std::size_t columns;
        ImportKind kind;
    };
    const Case cases[] = {
        {"/mall_customers/Mall_Customers.csv", 200, 5, ImportKind::Customers},
        {"/wholesale_customers/Wholesale customers data.csv", 440, 8, ImportKind::Customers},
        {"/cdnow/cdnow_customers_summary.csv", 2357, 4, ImportKind::Customers},
        {"/cdnow/cdnow_customers_summary_with_transactions.csv", 2357, 5, ImportKind::Customers},
        {"/cdnow/cdnowElog.csv", 6919, 5, ImportKind::Transactions}, // date and sales; the id is asked
        {"/online_retail/online_retail_sample.csv", 38966, 8, ImportKind::Transactions},
        {"/cdnow/CDNOW_master.txt", 69659, 1, ImportKind::Customers},
        {"/cdnow/CDNOW_sample.txt", 6918, 1, ImportKind::Customers},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.file);
        const ImportPreview p = previewOk(on(std::string(SEGMENTA_SHARED_DATA_DIR) + c.file));
        EXPECT_EQ(p.rowCount, c.rows);
        EXPECT_EQ(p.header.size(), c.columns);
        EXPECT_EQ(p.columns.size(), c.columns);
        EXPECT_EQ(p.suggestedKind, c.kind);
        EXPECT_EQ(p.raggedRowCount, 0);
    }
    const ImportPreview mall
        = previewOk(on(std::string(SEGMENTA_SHARED_DATA_DIR) + "/mall_customers/Mall_Customers.csv"));
    EXPECT_EQ(column(mall, "CustomerID").type, InferredType::Identifier);
    EXPECT_EQ(column(mall, "Genre").type, InferredType::Categorical);
    EXPECT_EQ(column(mall, "Age").type, InferredType::Integer);
    EXPECT_EQ(column(mall, "Age").family, CriteriaFamily::Demographic);
    EXPECT_EQ(column(mall, "Spending Score (1-100)").family, CriteriaFamily::Behavioural);
    const ImportPreview elog = previewOk(on(std::string(SEGMENTA_SHARED_DATA_DIR) + "/cdnow/cdnowElog.csv"));
    EXPECT_EQ(column(elog, "date").type, InferredType::Date);
    EXPECT_EQ(*column(elog, "date").dateFormat, DateFormat::Compact);
    EXPECT_EQ(column(elog, "sales").type, InferredType::Decimal);
}

TEST(ImportPreview, NeverWritesAndReportsBadInput)
{
    TempDir dir;
    const std::string content = turkishCustomers();
    const std::string path = dir.write("musteriler.csv", content);
    (void)previewOk(on(path));
    EXPECT_EQ(readBytes(path), content);
    EXPECT_EQ(std::distance(
                  std::filesystem::directory_iterator(dir.file("")), std::filesystem::directory_iterator()),
        1);

    EXPECT_EQ(preview(on(dir.file("missing.csv"))).error().code, ErrorCode::FileNotFound);
    EXPECT_EQ(preview(on(dir.write("empty.csv", ""))).error().code, ErrorCode::EmptyFile);
    EXPECT_EQ(preview(on(path, [](ImportPreviewParams &params) { params.delimiter = 'x'; })).error().code,
        ErrorCode::InvalidParameter);
    EXPECT_EQ(
        preview(on(path, [](ImportPreviewParams &params) { params.encoding = "klingon"; })).error().code,
        ErrorCode::InvalidParameter);
    EXPECT_EQ(preview(on(path, [](ImportPreviewParams &params) { params.sheet = "Sheet1"; })).error().code,
        ErrorCode::InvalidParameter);
    EXPECT_EQ(preview(on(path, [](ImportPreviewParams &params) { params.sampleRowCount = 0; })).error().code,
        ErrorCode::InvalidParameter);
    EXPECT_EQ(preview(on(dir.write("dup.csv", "a,a\n1,2\n"))).error().code, ErrorCode::DuplicateColumnName);
}

TEST(ImportPreview, CancelStopsTheReading)
{
    class CancelAtOnce final : public Progress
    {
    public:
        void setStage(std::string_view) override { }
        void setFraction(double) override { }
        bool isCancelRequested() const override { return true; }
    } cancel;
    ImportPreviewParams params;
    params.filePath = std::string(SEGMENTA_SHARED_DATA_DIR) + "/online_retail/online_retail_sample.csv";
    const auto result = Session::previewImport(params, cancel);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
}
