// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "Session.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

using namespace segmenta::engine;
using segmenta::test::readBytes;
using segmenta::test::TempDir;

namespace {

/// A fresh project in `dir` with `content` imported from `name`, as `params` says (filePath is set here).
struct Imported
{
    Session session;
    Result<ImportReport> report;
};

Imported importBytes(
    const TempDir &dir, const std::string &name, const std::string &content, CsvImportParams params = {})
{
    auto session = Session::createProject(dir.file(name + ".segmenta"));
    EXPECT_TRUE(session);
    NullProgress progress;
    params.filePath = dir.write(name, content);
    auto report = session.value().importCustomersCsv(params, progress);
    return Imported {std::move(session).value(), std::move(report)};
}

const std::string &text(const CustomerPage &page, std::size_t row, std::size_t column)
{
    return std::get<std::string>(page.values.at(row).at(column));
}

double real(const CustomerPage &page, std::size_t row, std::size_t column)
{
    return std::get<double>(page.values.at(row).at(column));
}

std::int64_t integer(const CustomerPage &page, std::size_t row, std::size_t column)
{
    return std::get<std::int64_t>(page.values.at(row).at(column));
}

/// UTF-16LE bytes with a BOM, as Excel's "Unicode text" writes them.
std::string utf16LeWithBom(std::u16string_view text)
{
    std::string bytes = "\xFF\xFE";
    for (const char16_t unit : text) {
        bytes.push_back(static_cast<char>(unit & 0xFF));
        bytes.push_back(static_cast<char>(unit >> 8));
    }
    return bytes;
}

} // namespace

TEST(DialectImport, TurkishWindows1254SemicolonFileWithDecimalCommas)
{
    TempDir dir;
    // Excel on a Turkish PC: Windows-1254, semicolons, CRLF, "1.234,56"; € (0x80) exists only in 1254.
    const std::string file = "M\xFC\xFEteri No;\xDE"
                             "ehir;Gelir (\x80);Ziyaret\r\n"
                             "1;\xDE"
                             "anl\xFDurfa;1.234,56;3\r\n"
                             "2;\xDDzmir;987,5;12\r\n"
                             "3;A\xF0r\xFD;12.345.678,9;1.204\r\n";
    auto imported = importBytes(dir, "tr.csv", file);
    ASSERT_TRUE(imported.report) << describe(imported.report.error());
    const ImportReport &report = imported.report.value();
    EXPECT_EQ(report.dialect.encoding, TextEncoding::Windows1254);
    EXPECT_EQ(report.dialect.delimiter, ';');
    EXPECT_EQ(report.dialect.decimalMark, DecimalMark::Comma);
    EXPECT_EQ(report.dialect.thousandsSeparator, '.');
    EXPECT_EQ(report.idColumn, "Müşteri No");
    ASSERT_EQ(report.columns.size(), 3u);
    EXPECT_EQ(report.columns[0].name, "Şehir");
    EXPECT_EQ(report.columns[1].name, "Gelir (€)");
    EXPECT_EQ(report.columns[1].type, ColumnType::Real);
    EXPECT_EQ(report.columns[2].type, ColumnType::Integer); // "1.204" is a thousand two hundred and four
    auto page = imported.session.customers(0, 3).value();
    EXPECT_EQ(text(page, 0, 0), "Şanlıurfa");
    EXPECT_EQ(text(page, 1, 0), "İzmir");
    EXPECT_EQ(text(page, 2, 0), "Ağrı");
    EXPECT_DOUBLE_EQ(real(page, 0, 1), 1234.56);
    EXPECT_DOUBLE_EQ(real(page, 1, 1), 987.5);
    EXPECT_DOUBLE_EQ(real(page, 2, 1), 12345678.9);
    EXPECT_EQ(integer(page, 2, 2), 1204);
}

TEST(DialectImport, Iso8859_9File)
{
    TempDir dir;
    auto imported = importBytes(dir, "latin5.csv",
        "id,ad,sehir\n1,\xC7"
        "a\xF0r\xFD,\xDDstanbul\n2,G\xFCl,Mu\xFE\n");
    ASSERT_TRUE(imported.report) << describe(imported.report.error());
    EXPECT_EQ(imported.report.value().dialect.encoding, TextEncoding::Iso8859_9);
    auto page = imported.session.customers(0, 2).value();
    EXPECT_EQ(text(page, 0, 0), "Çağrı");
    EXPECT_EQ(text(page, 0, 1), "İstanbul");
    EXPECT_EQ(text(page, 1, 1), "Muş");
}

TEST(DialectImport, Utf16LeWithBomTabDelimited)
{
    TempDir dir;
    auto imported = importBytes(dir, "unicode.txt",
        utf16LeWithBom(u"Müşteri No\tŞehir\tHarcama\r\n7\tİzmir\t12,5\r\n8\tAğrı\t3\r\n"));
    ASSERT_TRUE(imported.report) << describe(imported.report.error());
    const ImportReport &report = imported.report.value();
    EXPECT_EQ(report.dialect.encoding, TextEncoding::Utf16Le);
    EXPECT_EQ(report.dialect.delimiter, '\t');
    EXPECT_EQ(report.dialect.decimalMark, DecimalMark::Comma);
    EXPECT_EQ(report.idColumn, "Müşteri No");
    auto page = imported.session.customers(0, 2).value();
    EXPECT_EQ(page.keys.at(0), "7");
    EXPECT_EQ(text(page, 1, 0), "Ağrı");
    EXPECT_DOUBLE_EQ(real(page, 0, 1), 12.5);
}

TEST(DialectImport, TabAndPipeFiles)
{
    TempDir dir;
    auto tab = importBytes(dir, "tab.tsv", "id\tname\tspend\n1\tAyşe\t12.5\n2\tBob\t7\n");
    ASSERT_TRUE(tab.report) << describe(tab.report.error());
    EXPECT_EQ(tab.report.value().dialect.delimiter, '\t');
    EXPECT_EQ(tab.report.value().columns.size(), 2u);
    EXPECT_EQ(tab.report.value().columns[1].type, ColumnType::Real);
    EXPECT_DOUBLE_EQ(real(tab.session.customers(0, 1).value(), 0, 1), 12.5);

    auto pipe = importBytes(dir, "pipe.txt", "id|city|score\n1|Ankara|3\n2|Bursa|4\n");
    ASSERT_TRUE(pipe.report) << describe(pipe.report.error());
    EXPECT_EQ(pipe.report.value().dialect.delimiter, '|');
    EXPECT_EQ(pipe.report.value().columns.size(), 2u);
    EXPECT_EQ(text(pipe.session.customers(1, 1).value(), 0, 0), "Bursa");
}

TEST(DialectImport, DotThousandsAreReadTheWayTheFileWritesNumbers)
{
    TempDir dir;
    // Semicolon file with nothing decisive: "1.234" is a thousand (comma-decimal convention).
    auto semicolon = importBytes(dir, "a.csv", "id;spend\n1;1.234\n2;5.678\n");
    ASSERT_TRUE(semicolon.report);
    EXPECT_EQ(semicolon.report.value().dialect.decimalMark, DecimalMark::Comma);
    EXPECT_EQ(integer(semicolon.session.customers(0, 1).value(), 0, 0), 1234);
    // Comma file: the same text is one point two three four.
    auto comma = importBytes(dir, "b.csv", "id,spend\n1,1.234\n2,5.678\n");
    ASSERT_TRUE(comma.report);
    EXPECT_EQ(comma.report.value().dialect.decimalMark, DecimalMark::Dot);
    EXPECT_DOUBLE_EQ(real(comma.session.customers(0, 1).value(), 0, 0), 1.234);
    // One "1.234,5" in the column decides it, even in a file that looks English otherwise.
    auto decided = importBytes(dir, "c.csv", "id;spend\n1;1.234\n2;1.234,5\n");
    ASSERT_TRUE(decided.report);
    auto page = decided.session.customers(0, 2).value();
    EXPECT_DOUBLE_EQ(real(page, 0, 0), 1234.0);
    EXPECT_DOUBLE_EQ(real(page, 1, 0), 1234.5);
    // A "12.5" in a semicolon file decides for the dot: "1.234" is then 1.234, not 1234.
    auto dotted = importBytes(dir, "d.csv", "id;spend\n1;1.234\n2;12.5\n");
    ASSERT_TRUE(dotted.report);
    EXPECT_EQ(dotted.report.value().dialect.decimalMark, DecimalMark::Dot);
    EXPECT_DOUBLE_EQ(real(dotted.session.customers(0, 1).value(), 0, 0), 1.234);
    // A column that cannot be read under the file's mark becomes text instead of being misread.
    auto mixed = importBytes(dir, "e.csv", "id;a;b;c\n1;1,5;2,5;1.5\n");
    ASSERT_TRUE(mixed.report);
    EXPECT_EQ(mixed.report.value().dialect.decimalMark, DecimalMark::Comma);
    EXPECT_EQ(mixed.report.value().columns[2].type, ColumnType::Text);
    EXPECT_EQ(text(mixed.session.customers(0, 1).value(), 0, 2), "1.5");
}

TEST(DialectImport, QuotedSemicolonsAndLineBreaksInASemicolonFile)
{
    TempDir dir;
    auto imported = importBytes(dir, "q.csv",
        "id;note;amount\r\n1;\"a; b\";\"1,5\"\r\n2;\"two\r\nlines; really\";2,25\r\n3;plain;\"1.000\"\r\n");
    ASSERT_TRUE(imported.report) << describe(imported.report.error());
    EXPECT_EQ(imported.report.value().dialect.delimiter, ';');
    EXPECT_EQ(imported.report.value().customerCount, 3);
    auto page = imported.session.customers(0, 3).value();
    EXPECT_EQ(text(page, 0, 0), "a; b");
    EXPECT_EQ(text(page, 1, 0), "two\r\nlines; really");
    EXPECT_DOUBLE_EQ(real(page, 0, 1), 1.5);
    EXPECT_DOUBLE_EQ(real(page, 1, 1), 2.25);
    EXPECT_DOUBLE_EQ(real(page, 2, 1), 1000.0);
}

TEST(DialectImport, CommaDecimalsInACommaFileMustBeQuoted)
{
    TempDir dir;
    auto imported = importBytes(dir, "cq.csv", "id,spend\n1,\"1,5\"\n2,\"1.234,5\"\n");
    ASSERT_TRUE(imported.report) << describe(imported.report.error());
    EXPECT_EQ(imported.report.value().dialect.delimiter, ',');
    EXPECT_EQ(imported.report.value().dialect.decimalMark, DecimalMark::Comma);
    auto page = imported.session.customers(0, 2).value();
    EXPECT_DOUBLE_EQ(real(page, 0, 0), 1.5);
    EXPECT_DOUBLE_EQ(real(page, 1, 0), 1234.5);
}

TEST(DialectImport, ExplicitOverridesBeatDetection)
{
    TempDir dir;
    CsvImportParams semicolon;
    semicolon.delimiter = ';'; // detection alone would take the comma: both read as two fields
    auto delimiter = importBytes(dir, "a.csv", "a;b,c\n1;2,5\n", semicolon);
    ASSERT_TRUE(delimiter.report) << describe(delimiter.report.error());
    EXPECT_EQ(delimiter.report.value().dialect.delimiter, ';');
    EXPECT_EQ(delimiter.report.value().columns.at(1).name, "b,c");

    CsvImportParams dot;
    dot.decimalMark = DecimalMark::Dot;
    auto decimal = importBytes(dir, "b.csv", "id;x\n1;1.234\n", dot);
    ASSERT_TRUE(decimal.report);
    EXPECT_EQ(decimal.report.value().dialect.decimalMark, DecimalMark::Dot);
    EXPECT_DOUBLE_EQ(real(decimal.session.customers(0, 1).value(), 0, 0), 1.234);

    CsvImportParams cp1254;
    cp1254.encoding = "windows-1254"; // valid UTF-8 "ü" read as the two Windows-1254 letters it also is
    auto encoding = importBytes(dir, "c.csv", "id,name\n1,\xC3\xBC\n", cp1254);
    ASSERT_TRUE(encoding.report);
    EXPECT_EQ(encoding.report.value().dialect.encoding, TextEncoding::Windows1254);
    EXPECT_EQ(text(encoding.session.customers(0, 1).value(), 0, 0), "Ã¼");
}

TEST(DialectImport, InvalidByteForTheChosenEncodingReportsLineAndColumn)
{
    TempDir dir;
    CsvImportParams cp1254;
    cp1254.encoding = "cp1254";
    auto imported = importBytes(dir, "bad.csv",
        "id,name\n1,Ali\n2,Ay\x81"
        "e\n",
        cp1254);
    ASSERT_FALSE(imported.report);
    const Error &error = imported.report.error();
    EXPECT_EQ(error.code, ErrorCode::InvalidEncoding);
    ASSERT_TRUE(error.where);
    EXPECT_EQ(error.where->line, 3);
    EXPECT_EQ(error.where->column, 5);
    EXPECT_EQ(error.args.at(1), "windows-1254");
    EXPECT_EQ(imported.session.summary().value().customerCount, 0);
}

TEST(DialectImport, UnsupportedOverridesAreInvalidParameters)
{
    TempDir dir;
    CsvImportParams colon;
    colon.delimiter = ':';
    auto delimiter = importBytes(dir, "a.csv", "a:b\n1:2\n", colon);
    ASSERT_FALSE(delimiter.report);
    EXPECT_EQ(delimiter.report.error().code, ErrorCode::InvalidParameter);
    EXPECT_EQ(delimiter.report.error().args.at(0), "delimiter");
    CsvImportParams klingon;
    klingon.encoding = "klingon";
    auto encoding = importBytes(dir, "b.csv", "a,b\n1,2\n", klingon);
    ASSERT_FALSE(encoding.report);
    EXPECT_EQ(encoding.report.error().code, ErrorCode::InvalidParameter);
    EXPECT_EQ(encoding.report.error().args.at(0), "encoding");
}

TEST(DialectImport, RaggedRowNamesTheDetectedDelimiter)
{
    TempDir dir;
    auto imported = importBytes(dir, "r.csv", "id;a;b\n1;2;3\n2;5\n3;6;7\n");
    ASSERT_FALSE(imported.report);
    EXPECT_EQ(imported.report.error().code, ErrorCode::RaggedRow);
    EXPECT_EQ(imported.report.error().where->line, 3);
    EXPECT_EQ(imported.report.error().args.at(3), ";");
    EXPECT_NE(describe(imported.report.error()).find("currently ';'"), std::string::npos);
}

TEST(DialectImport, RealFilesKeepTheirCountsAndTypes)
{
    struct Expected
    {
        const char *path;
        std::int64_t customers;
        const char *idColumn;
        std::vector<ColumnType> types;
    };
    const auto I = ColumnType::Integer;
    const auto R = ColumnType::Real;
    const auto T = ColumnType::Text;
    const std::vector<Expected> files {
        {SEGMENTA_SHARED_DATA_DIR "/mall_customers/Mall_Customers.csv", 200, "CustomerID", {T, I, I, I}},
        {SEGMENTA_SHARED_DATA_DIR "/wholesale_customers/Wholesale customers data.csv", 440, "",
            {I, I, I, I, I, I, I, I}},
        {SEGMENTA_SHARED_DATA_DIR "/cdnow/cdnow_customers_summary.csv", 2357, "ID", {I, R, R}},
    };
    for (const Expected &expected : files) {
        TempDir dir;
        auto session = Session::createProject(dir.file("p.segmenta"));
        ASSERT_TRUE(session);
        NullProgress progress;
        CsvImportParams params;
        params.filePath = expected.path;
        auto report = session.value().importCustomersCsv(params, progress);
        ASSERT_TRUE(report) << expected.path << ": " << describe(report.error());
        EXPECT_EQ(report.value().customerCount, expected.customers) << expected.path;
        EXPECT_EQ(report.value().idColumn, expected.idColumn) << expected.path;
        std::vector<ColumnType> types;
        for (const ColumnInfo &column : report.value().columns) {
            types.push_back(column.type);
        }
        EXPECT_EQ(types, expected.types) << expected.path;
        EXPECT_EQ(report.value().dialect.delimiter, ',') << expected.path;
        EXPECT_EQ(report.value().dialect.encoding, TextEncoding::Utf8) << expected.path;
        EXPECT_EQ(report.value().dialect.decimalMark, DecimalMark::Dot) << expected.path;
    }
}
