// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// The fixtures are written at test time by libxlsxwriter, a spreadsheet library independent of our reader,
// so the reader is checked against what a real writer produces. A few forms libxlsxwriter never writes
// (error cells, phonetic runs, the 1904 date system, damaged parts) are zipped by hand with minizip.
#include "import/XlsxReader.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <minizip/zip.h>
#include <xlsxwriter.h>

#include <array>
#include <charconv>
#include <cstdio>
#include <optional>
#include <utility>

using namespace segmenta::engine;
using segmenta::test::TempDir;

namespace {

using Rows = std::vector<std::vector<std::string>>;

/// A libxlsxwriter workbook, closed (written) when the object goes.
class Workbook
{
public:
    explicit Workbook(const std::string &path, bool constantMemory = false)
    {
        lxw_workbook_options options {};
        options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
        m_workbook = workbook_new_opt(path.c_str(), &options);
        EXPECT_NE(m_workbook, nullptr) << path;
    }
    ~Workbook() { close(); }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    lxw_worksheet *addSheet(const char *name) { return workbook_add_worksheet(m_workbook, name); }
    lxw_format *numberFormat(const char *code)
    {
        lxw_format *format = workbook_add_format(m_workbook);
        format_set_num_format(format, code);
        return format;
    }
    lxw_format *builtInFormat(std::uint8_t index)
    {
        lxw_format *format = workbook_add_format(m_workbook);
        format_set_num_format_index(format, index);
        return format;
    }
    void close()
    {
        if (m_workbook != nullptr) {
            EXPECT_EQ(workbook_close(m_workbook), LXW_NO_ERROR);
            m_workbook = nullptr;
        }
    }

private:
    lxw_workbook *m_workbook = nullptr;
};

/// A zip written entry by entry with minizip: for parts libxlsxwriter never writes.
void writeZip(const std::string &path, const std::vector<std::pair<std::string, std::string>> &entries)
{
    zipFile zip = zipOpen64(path.c_str(), APPEND_STATUS_CREATE);
    ASSERT_NE(zip, nullptr);
    for (const auto &[name, content] : entries) {
        ASSERT_EQ(zipOpenNewFileInZip(zip, name.c_str(), nullptr, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                      Z_DEFAULT_COMPRESSION),
            ZIP_OK);
        ASSERT_EQ(zipWriteInFileInZip(zip, content.data(), static_cast<unsigned>(content.size())), ZIP_OK);
        ASSERT_EQ(zipCloseFileInZip(zip), ZIP_OK);
    }
    ASSERT_EQ(zipClose(zip, nullptr), ZIP_OK);
}

constexpr const char *kMainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/// The smallest workbook Excel's structure allows: one sheet "Data" with `sheetData` (the inside of
/// <sheetData>), optional shared strings and styles, and `workbookProperties` inside <workbook>.
void writeHandMadeXlsx(const std::string &path, const std::string &sheetData,
    const std::string &sharedStrings = {}, const std::string &workbookProperties = {},
    const std::string &styles = {})
{
    const std::string main = kMainNamespace;
    const std::string relationshipType
        = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    std::string relationships
        = R"(<?xml version="1.0" encoding="UTF-8"?>)"
          R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
          R"(<Relationship Id="rId1" Type=")"
        + relationshipType + R"(worksheet" Target="worksheets/data.xml"/>)";
    std::vector<std::pair<std::string, std::string>> entries = {
        {"_rels/.rels",
            R"(<?xml version="1.0" encoding="UTF-8"?>)"
            R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
            R"(<Relationship Id="rId1" Type=")"
                + relationshipType + R"(officeDocument" Target="xl/workbook.xml"/></Relationships>)"},
        {"xl/workbook.xml",
            R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns=")" + main
                + R"(" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
                + workbookProperties
                + R"(<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>)"},
        {"xl/worksheets/data.xml",
            R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns=")" + main + R"("><sheetData>)"
                + sheetData + "</sheetData></worksheet>"},
    };
    if (!sharedStrings.empty()) {
        relationships += R"(<Relationship Id="rId2" Type=")" + relationshipType
            + R"(sharedStrings" Target="/xl/sharedStrings.xml"/>)";
        entries.push_back({"xl/sharedStrings.xml",
            R"(<?xml version="1.0" encoding="UTF-8"?><sst xmlns=")" + main + R"(">)" + sharedStrings
                + "</sst>"});
    }
    if (!styles.empty()) {
        relationships
            += R"(<Relationship Id="rId3" Type=")" + relationshipType + R"(styles" Target="styles.xml"/>)";
        entries.push_back({"xl/styles.xml",
            R"(<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns=")" + main + R"(">)" + styles
                + "</styleSheet>"});
    }
    entries.push_back({"xl/_rels/workbook.xml.rels", relationships + "</Relationships>"});
    writeZip(path, entries);
}

Rows fieldsOf(const std::vector<CsvRecord> &records)
{
    Rows rows;
    for (const CsvRecord &record : records) {
        rows.push_back(record.fields);
    }
    return rows;
}

std::vector<std::int64_t> linesOf(const std::vector<CsvRecord> &records)
{
    std::vector<std::int64_t> lines;
    for (const CsvRecord &record : records) {
        lines.push_back(record.line);
    }
    return lines;
}

Result<std::vector<CsvRecord>> read(const std::string &path, const std::string &sheet = {})
{
    NullProgress progress;
    return readXlsxSheet(path, sheet, progress);
}

/// Stops the reader at the first progress report after `reportsBeforeCancel` of them.
class CancellingProgress final : public Progress
{
public:
    explicit CancellingProgress(int reportsBeforeCancel)
        : m_reportsLeft(reportsBeforeCancel)
    { }
    void setStage(std::string_view) override { }
    void setFraction(double fraction) override
    {
        ++reports;
        lastFraction = fraction;
        --m_reportsLeft;
    }
    bool isCancelRequested() const override { return m_reportsLeft < 0; }

    int reports = 0;
    double lastFraction = -1.0;

private:
    int m_reportsLeft;
};

/// Text that a spreadsheet stores as a number without changing it: its shortest round-trip form
/// ("2.55", "17850"), not a code with leading zeros ("0001").
bool isPlainNumber(const std::string &text)
{
    if (text.empty() || !((text[0] >= '0' && text[0] <= '9') || text[0] == '-')) {
        return false;
    }
    double value = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) {
        return false;
    }
    std::array<char, 32> buffer {};
    const auto written = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), written.ptr) == text;
}

/// Reads a whole UTF-8 CSV file with CsvReader.
Rows readCsv(const std::string &path)
{
    const std::string text = segmenta::test::readBytes(path);
    EXPECT_FALSE(text.empty()) << "missing " << path;
    CsvReader reader(text, ',', path);
    Rows rows;
    CsvRecord record;
    while (true) {
        auto more = reader.next(record);
        EXPECT_TRUE(more);
        if (!more || !more.value()) {
            break;
        }
        rows.push_back(record.fields);
    }
    return rows;
}

/// Writes `rows` to a sheet as a person would have them in Excel: plain numbers as numbers,
/// "YYYY-MM-DD HH:MM:SS" as date-time cells, empty fields as no cell, the rest as text.
void writeRowsAsSpreadsheet(const std::string &path, const Rows &rows)
{
    Workbook workbook(path);
    lxw_worksheet *sheet = workbook.addSheet("Data");
    lxw_format *dateTime = workbook.numberFormat("yyyy-mm-dd hh:mm:ss");
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            const std::string &field = rows[r][c];
            const auto row = static_cast<lxw_row_t>(r);
            const auto column = static_cast<lxw_col_t>(c);
            lxw_datetime when {};
            if (field.empty()) {
                continue;
            }
            if (isPlainNumber(field)) {
                worksheet_write_number(sheet, row, column, std::stod(field), nullptr);
            } else if (field.size() == 19
                && std::sscanf(field.c_str(), "%4d-%2d-%2d %2d:%2d:%lf", &when.year, &when.month, &when.day,
                       &when.hour, &when.min, &when.sec)
                    == 6) {
                worksheet_write_datetime(sheet, row, column, &when, dateTime);
            } else {
                worksheet_write_string(sheet, row, column, field.c_str(), nullptr);
            }
        }
    }
}

} // namespace

TEST(XlsxReader, ReadsTurkishTextNumbersBooleansAndFormulaResults)
{
    TempDir dir;
    const std::string path = dir.file("values.xlsx");
    {
        Workbook workbook(path);
        lxw_worksheet *sheet = workbook.addSheet("Müşteriler");
        const std::array<const char *, 6> header = {"Müşteri", "Şehir", "Tutar", "Adet", "Aktif", "Toplam"};
        for (std::size_t c = 0; c < header.size(); ++c) {
            worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), header[c], nullptr);
        }
        worksheet_write_string(sheet, 1, 0, "ğüşıöçİ ĞÜŞIÖÇ", nullptr);
        worksheet_write_string(sheet, 1, 1, "İstanbul", nullptr);
        worksheet_write_number(sheet, 1, 2, 1234.5, nullptr);
        worksheet_write_number(sheet, 1, 3, 6, nullptr);
        worksheet_write_boolean(sheet, 1, 4, 1, nullptr);
        worksheet_write_formula_num(sheet, 1, 5, "=C2*D2", nullptr, 7407);
        worksheet_write_string(sheet, 2, 0, "Ayşe Yılmaz", nullptr);
        worksheet_write_formula_str(sheet, 2, 1, "=B2&\"!\"", nullptr, "İstanbul!");
        worksheet_write_number(sheet, 2, 2, -0.1, nullptr);
        worksheet_write_number(sheet, 2, 3, 12345678901234.0, nullptr);
        worksheet_write_boolean(sheet, 2, 4, 0, nullptr);
        worksheet_write_formula_num(sheet, 2, 5, "=C3/1000000", nullptr, -1e-7);
    }
    const auto records = read(path);
    ASSERT_TRUE(records) << describe(records.error());
    const Rows expected = {
        {"Müşteri", "Şehir", "Tutar", "Adet", "Aktif", "Toplam"},
        {"ğüşıöçİ ĞÜŞIÖÇ", "İstanbul", "1234.5", "6", "TRUE", "7407"},
        {"Ayşe Yılmaz", "İstanbul!", "-0.1", "12345678901234", "FALSE", "-1e-07"},
    };
    EXPECT_EQ(fieldsOf(records.value()), expected);
    EXPECT_EQ(linesOf(records.value()), (std::vector<std::int64_t> {1, 2, 3}));
}

TEST(XlsxReader, WritesNumbersInShortestRoundTripForm)
{
    // Each value, as libxlsxwriter stores it (%.16G), must come back as the shortest text that reads back
    // as the same double, without an exponent from 1e-5 up to 1e16.
    const std::vector<std::pair<double, std::string>> cases = {
        {2.55, "2.55"},
        {6.0, "6"},
        {1e-7, "1e-07"},
        {0.0001, "0.0001"},
        {0.00001, "0.00001"},
        {-0.0, "0"},
        {9007199254740993.0, "9007199254740992"},
        {1e20, "1e+20"},
        {123456789.125, "123456789.125"},
        {-45.0, "-45"},
    };
    TempDir dir;
    const std::string path = dir.file("numbers.xlsx");
    {
        Workbook workbook(path);
        lxw_worksheet *sheet = workbook.addSheet("Numbers");
        worksheet_write_string(sheet, 0, 0, "value", nullptr);
        for (std::size_t i = 0; i < cases.size(); ++i) {
            worksheet_write_number(sheet, static_cast<lxw_row_t>(i + 1), 0, cases[i].first, nullptr);
        }
    }
    const auto records = read(path);
    ASSERT_TRUE(records) << describe(records.error());
    ASSERT_EQ(records.value().size(), cases.size() + 1);
    for (std::size_t i = 0; i < cases.size(); ++i) {
        EXPECT_EQ(records.value()[i + 1].fields, std::vector<std::string> {cases[i].second})
            << "row " << i + 2 << ", value " << cases[i].first;
    }
}

TEST(XlsxReader, DateAndTimeCellsBecomeIsoText)
{
    TempDir dir;
    const std::string path = dir.file("dates.xlsx");
    // One row per case: the cell's format and value (serial numbers for Excel's 1900 quirks), and the
    // text the reader must give.
    struct Case
    {
        const char *format; ///< nullptr: the built-in format `builtIn`
        std::uint8_t builtIn;
        std::optional<lxw_datetime> when; ///< written as a date; else `serial` as a number
        double serial;
        const char *expected;
    };
    const std::vector<Case> cases = {
        {"dd.mm.yyyy", 0, lxw_datetime {2024, 12, 31, 0, 0, 0}, 0, "2024-12-31"},
        {"dd.mm.yyyy hh:mm:ss", 0, lxw_datetime {2024, 12, 31, 23, 59, 58}, 0, "2024-12-31 23:59:58"},
        {nullptr, 14, lxw_datetime {2010, 12, 1, 0, 0, 0}, 0, "2010-12-01"},
        {nullptr, 22, lxw_datetime {2010, 12, 1, 8, 26, 0}, 0, "2010-12-01 08:26:00"},
        {"[$-41F]d mmmm yyyy dddd", 0, lxw_datetime {2000, 2, 29, 0, 0, 0}, 0, "2000-02-29"},
        {"yyyy-mm-dd", 0, std::nullopt, 1.0, "1900-01-01"},
        {"yyyy-mm-dd", 0, std::nullopt, 59.0, "1900-02-28"},
        {"yyyy-mm-dd", 0, std::nullopt, 60.0,
            "1900-02-29"}, // Excel's (Lotus 1-2-3's) leap day that never was
        {"yyyy-mm-dd", 0, std::nullopt, 61.0, "1900-03-01"},
        {"yyyy-mm-dd", 0, std::nullopt, 2958465.0, "9999-12-31"},
        {"hh:mm", 0, std::nullopt, 30360.0 / 86400.0, "08:26:00"},
        {"h:mm AM/PM", 0, std::nullopt, 0.75, "18:00:00"},
        {"mm:ss", 0, std::nullopt, 90.0 / 86400.0, "00:01:30"},
        {"[h]:mm:ss", 0, std::nullopt, 1.5, "36:00:00"},
        {"yyyy-mm-dd", 0, std::nullopt, -3.0, "-3"}, // before 1900: Excel shows ####, we keep the number
        {"0 \"days\"", 0, std::nullopt, 12.0, "12"}, // the d and y are quoted text
        {"[Red]0.00", 0, std::nullopt, 1.5, "1.5"}, {"0.00E+00", 0, std::nullopt, 1500.0, "1500"},
        {"#,##0.00 \\m", 0, std::nullopt, 2.25, "2.25"}, // an escaped m is a letter, not a month
    };
    {
        Workbook workbook(path);
        lxw_worksheet *sheet = workbook.addSheet("Dates");
        worksheet_write_string(sheet, 0, 0, "when", nullptr);
        for (std::size_t i = 0; i < cases.size(); ++i) {
            const Case &c = cases[i];
            lxw_format *format
                = c.format != nullptr ? workbook.numberFormat(c.format) : workbook.builtInFormat(c.builtIn);
            const auto row = static_cast<lxw_row_t>(i + 1);
            if (c.when) {
                lxw_datetime when = *c.when;
                worksheet_write_datetime(sheet, row, 0, &when, format);
            } else {
                worksheet_write_number(sheet, row, 0, c.serial, format);
            }
        }
    }
    const auto records = read(path);
    ASSERT_TRUE(records) << describe(records.error());
    ASSERT_EQ(records.value().size(), cases.size() + 1);
    for (std::size_t i = 0; i < cases.size(); ++i) {
        EXPECT_EQ(records.value()[i + 1].fields, std::vector<std::string> {cases[i].expected})
            << "format " << (cases[i].format != nullptr ? cases[i].format : "built-in");
    }
}

TEST(XlsxReader, GapsBecomeEmptyFieldsAndEmptyRowsAreSkipped)
{
    TempDir dir;
    const std::string path = dir.file("gaps.xlsx");
    {
        Workbook workbook(path);
        lxw_worksheet *sheet = workbook.addSheet("Boşluklar");
        lxw_format *bordered = workbook.numberFormat("0.00"); // styled blank cells: <c r="…" s="1"/>
        // Rows 1–2 (Excel numbering) are empty; the header is on row 3.
        worksheet_write_blank(sheet, 0, 0, bordered);
        const std::array<const char *, 4> header = {"id", "a", "b", "c"};
        for (std::size_t c = 0; c < header.size(); ++c) {
            worksheet_write_string(sheet, 2, static_cast<lxw_col_t>(c), header[c], nullptr);
        }
        worksheet_write_number(sheet, 3, 0, 1, nullptr); // row 4: B missing, C set, D missing
        worksheet_write_blank(sheet, 3, 1, bordered);
        worksheet_write_string(sheet, 3, 2, "x", nullptr);
        worksheet_write_blank(sheet, 4, 0, bordered); // row 5: only a styled blank
        worksheet_write_blank(sheet, 4, 3, bordered);
        worksheet_write_string(sheet, 5, 3, "z", nullptr); // row 6: only D
        for (lxw_col_t c = 0; c < 5; ++c) { // row 7: one field more than the header
            worksheet_write_number(sheet, 6, c, c, nullptr);
        }
        worksheet_write_string(sheet, 7, 0, "", nullptr); // rows 8–10: empty at the end
        worksheet_write_blank(sheet, 9, 2, bordered);
    }
    const auto records = read(path);
    ASSERT_TRUE(records) << describe(records.error());
    const Rows expected = {
        {"id", "a", "b", "c"},
        {"1", "", "x", ""},
        {"", "", "", "z"},
        {"0", "1", "2", "3", "4"},
    };
    EXPECT_EQ(fieldsOf(records.value()), expected);
    EXPECT_EQ(linesOf(records.value()), (std::vector<std::int64_t> {3, 4, 6, 7}));
}

TEST(XlsxReader, ChoosesTheSheetByNameAndListsSheetsInTabOrder)
{
    TempDir dir;
    const std::string path = dir.file("two.xlsx");
    {
        Workbook workbook(path);
        lxw_worksheet *customers = workbook.addSheet("Müşteriler");
        lxw_worksheet *orders = workbook.addSheet("Siparişler");
        worksheet_write_string(customers, 0, 0, "müşteri", nullptr);
        worksheet_write_string(customers, 1, 0, "A", nullptr);
        worksheet_write_string(orders, 0, 0, "sipariş", nullptr);
        worksheet_write_string(orders, 0, 1, "tutar", nullptr);
        worksheet_write_number(orders, 1, 0, 10, nullptr);
        worksheet_write_number(orders, 1, 1, 99.9, nullptr);
    }
    const auto sheets = listXlsxSheets(path);
    ASSERT_TRUE(sheets) << describe(sheets.error());
    ASSERT_EQ(sheets.value().size(), 2u);
    EXPECT_EQ(sheets.value()[0].name, "Müşteriler");
    EXPECT_EQ(sheets.value()[1].name, "Siparişler");
    EXPECT_EQ(sheets.value()[1].partPath, "xl/worksheets/sheet2.xml");

    const auto first = read(path);
    ASSERT_TRUE(first) << describe(first.error());
    EXPECT_EQ(fieldsOf(first.value()), (Rows {{"müşteri"}, {"A"}}));
    const auto second = read(path, "Siparişler");
    ASSERT_TRUE(second) << describe(second.error());
    EXPECT_EQ(fieldsOf(second.value()), (Rows {{"sipariş", "tutar"}, {"10", "99.9"}}));

    NullProgress progress;
    auto reader = XlsxSheetReader::open(path, "Siparişler", progress);
    ASSERT_TRUE(reader) << describe(reader.error());
    EXPECT_EQ(reader.value().sheet().name, "Siparişler");
    CsvRecord record;
    int count = 0;
    while (true) {
        auto more = reader.value().next(record);
        ASSERT_TRUE(more) << describe(more.error());
        if (!more.value()) {
            break;
        }
        ++count;
    }
    EXPECT_EQ(count, 2);
    EXPECT_DOUBLE_EQ(reader.value().fraction(), 1.0);
}

TEST(XlsxReader, UnknownSheetIsAnInvalidParameterListingTheSheets)
{
    TempDir dir;
    const std::string path = dir.file("two.xlsx");
    {
        Workbook workbook(path);
        worksheet_write_string(workbook.addSheet("Müşteriler"), 0, 0, "a", nullptr);
        worksheet_write_string(workbook.addSheet("Siparişler"), 0, 0, "b", nullptr);
    }
    const auto records = read(path, "Satışlar");
    ASSERT_FALSE(records);
    EXPECT_EQ(records.error().code, ErrorCode::InvalidParameter);
    EXPECT_EQ(records.error().args,
        (std::vector<std::string> {"sheet", "Satışlar", "one of 'Müşteriler', 'Siparişler'"}));
    EXPECT_EQ(
        describe(records.error()), "'sheet' is Satışlar, but must be one of 'Müşteriler', 'Siparişler'.");
}

TEST(XlsxReader, StreamsTenThousandRowsOfInlineStrings)
{
    // constant_memory makes libxlsxwriter stream rows and write inline strings (<is>) instead of the
    // shared-string table: the other way Excel files hold text.
    TempDir dir;
    const std::string path = dir.file("big.xlsx");
    constexpr int kRows = 10000;
    {
        Workbook workbook(path, true);
        lxw_worksheet *sheet = workbook.addSheet("Big");
        worksheet_write_string(sheet, 0, 0, "id", nullptr);
        worksheet_write_string(sheet, 0, 1, "name", nullptr);
        worksheet_write_string(sheet, 0, 2, "score", nullptr);
        for (int i = 1; i <= kRows; ++i) {
            const auto row = static_cast<lxw_row_t>(i);
            worksheet_write_number(sheet, row, 0, i, nullptr);
            worksheet_write_string(sheet, row, 1, ("müşteri " + std::to_string(i)).c_str(), nullptr);
            worksheet_write_number(sheet, row, 2, i * 0.5, nullptr);
        }
    }
    CancellingProgress progress(1000);
    const auto records = readXlsxSheet(path, "", progress);
    ASSERT_TRUE(records) << describe(records.error());
    ASSERT_EQ(records.value().size(), static_cast<std::size_t>(kRows + 1));
    EXPECT_EQ(records.value()[1].fields, (std::vector<std::string> {"1", "müşteri 1", "0.5"}));
    EXPECT_EQ(records.value()[kRows].fields, (std::vector<std::string> {"10000", "müşteri 10000", "5000"}));
    EXPECT_EQ(records.value()[kRows].line, kRows + 1);
    EXPECT_GE(progress.reports, 2);
    EXPECT_DOUBLE_EQ(progress.lastFraction, 1.0);
}

TEST(XlsxReader, CancelStopsAtTheNextProgressReport)
{
    TempDir dir;
    const std::string path = dir.file("big.xlsx");
    {
        Workbook workbook(path, true);
        lxw_worksheet *sheet = workbook.addSheet("Big");
        for (int i = 0; i < 10000; ++i) {
            worksheet_write_number(sheet, static_cast<lxw_row_t>(i), 0, i, nullptr);
        }
    }
    CancellingProgress progress(0);
    const auto records = readXlsxSheet(path, "", progress);
    ASSERT_FALSE(records);
    EXPECT_EQ(records.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(progress.reports, 1);
}

TEST(XlsxReader, FormsOnlyOtherWritersUse)
{
    // Rich text with a phonetic run, _xHHHH_ escapes, an error cell, an ISO date cell, cells and rows
    // without references, a formula without a cached value, a shared string used twice, and numbers as
    // Excel writes them.
    TempDir dir;
    const std::string path = dir.file("handmade.xlsx");
    const std::string strings
        = R"(<si><t>name</t></si>)"
          R"(<si><r><t>Çok </t></r><r><rPr><b/></rPr><t xml:space="preserve">güzel</t></r>)"
          R"(<rPh sb="0" eb="1"><t>ｶﾅ</t></rPh></si>)"
          R"(<si><t>line_x000D__x000A_break _x005F_x0041_</t></si>)"
          R"(<si><t>when</t></si>)";
    const std::string sheet
        = R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c t="s"><v>3</v></c>)"
          R"(<c t="inlineStr"><is><t>state</t></is></c></row>)"
          R"(<row><c t="s"><v>1</v></c><c t="d"><v>2024-12-31T10:30:00Z</v></c>)"
          R"(<c t="e"><v>#N/A</v></c></row>)"
          R"(<row r="5"><c r="A5" t="s"><v>2</v></c><c r="B5" t="str"><f>A1</f><v>A_x0031_</v></c>)"
          R"(<c r="C5" t="b"><v>1</v></c></row>)"
          R"(<row r="6"><c r="A6" t="s"><v>1</v></c><c r="C6"><f>1/0</f></c></row>)"
          // Excel writes up to 17 significant digits: 2.55 is 2.5499999999999998 there.
          R"(<row r="7"><c r="A7"><v>2.5499999999999998</v></c><c r="B7"><v>0.30000000000000004</v></c>)"
          R"(<c r="C7"><v>1.0E-3</v></c></row>)";
    writeHandMadeXlsx(path, sheet, strings);
    const auto records = read(path);
    ASSERT_TRUE(records) << describe(records.error());
    const Rows expected = {
        {"name", "when", "state"},
        {"Çok güzel", "2024-12-31 10:30:00", ""},
        {"line\r\nbreak _x0041_", "A1", "TRUE"},
        {"Çok güzel", "", ""},
        {"2.55", "0.30000000000000004", "0.001"},
    };
    EXPECT_EQ(fieldsOf(records.value()), expected);
    EXPECT_EQ(linesOf(records.value()), (std::vector<std::int64_t> {1, 2, 5, 6, 7}));
}

TEST(XlsxReader, Follows1904DateSystemOfTheWorkbook)
{
    // Excel for Mac before 2011 counted from 1904-01-01 = serial 0; workbook.xml says so.
    TempDir dir;
    const std::string path = dir.file("mac.xlsx");
    const std::string styles
        = R"(<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>)"
          R"(<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>)";
    const std::string sheet = R"(<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>44195</v></c>)"
                              R"(<c r="C1"><v>44195</v></c></row>)";
    writeHandMadeXlsx(path, sheet, {}, R"(<workbookPr date1904="1"/>)", styles);
    const auto records = read(path);
    ASSERT_TRUE(records) << describe(records.error());
    EXPECT_EQ(fieldsOf(records.value()), (Rows {{"1904-01-01", "2024-12-31", "44195"}}));
}

TEST(XlsxReader, MissingFileIsFileNotFound)
{
    TempDir dir;
    const auto records = read(dir.file("nowhere.xlsx"));
    ASSERT_FALSE(records);
    EXPECT_EQ(records.error().code, ErrorCode::FileNotFound);
}

TEST(XlsxReader, NonZipFileIsUnreadableWithAReason)
{
    TempDir dir;
    const auto csv = read(dir.write("customers.xlsx", "id,name\n1,Ayşe\n"));
    ASSERT_FALSE(csv);
    EXPECT_EQ(csv.error().code, ErrorCode::FileUnreadable);
    ASSERT_EQ(csv.error().args.size(), 2u);
    EXPECT_EQ(csv.error().args[1], "not an Excel .xlsx workbook (not a zip archive)");

    // An .xls (and a password-protected .xlsx) is an OLE2 compound file.
    const auto xls
        = listXlsxSheets(dir.write("old.xls", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + "rest"));
    ASSERT_FALSE(xls);
    EXPECT_EQ(xls.error().code, ErrorCode::FileUnreadable);
    EXPECT_NE(xls.error().args.at(1).find("old Excel .xls workbook"), std::string::npos)
        << xls.error().args.at(1);
}

TEST(XlsxReader, ZipWithoutWorkbookIsNotAnXlsx)
{
    TempDir dir;
    const std::string path = dir.file("notes.xlsx");
    writeZip(path, {{"notes.txt", "hello"}});
    const auto sheets = listXlsxSheets(path);
    ASSERT_FALSE(sheets);
    EXPECT_EQ(sheets.error().code, ErrorCode::FileUnreadable);
    EXPECT_EQ(sheets.error().args,
        (std::vector<std::string> {path, "not an Excel .xlsx workbook (no xl/workbook.xml)"}));
}

TEST(XlsxReader, DamagedXmlNamesThePartAndTheLine)
{
    TempDir dir;
    const std::string path = dir.file("broken.xlsx");
    writeHandMadeXlsx(
        path, "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>\n<row r=\"2\">\n<c r=\"A2\"><v>2</v></row>");
    const auto records = read(path);
    ASSERT_FALSE(records);
    EXPECT_EQ(records.error().code, ErrorCode::FileUnreadable);
    EXPECT_EQ(records.error().args.at(1),
        "xl/worksheets/data.xml is damaged: mismatched tag at XML line 3, column 21");
}

TEST(XlsxReader, ImpossibleCellContentIsReportedNotGuessed)
{
    TempDir dir;
    const std::vector<std::pair<std::string, std::string>> cases = {
        {R"(<row r="1"><c r="A1" t="s"><v>7</v></c></row>)",
            "xl/worksheets/data.xml is damaged: cell refers to shared string '7', but the table has 1"},
        {R"(<row r="1"><c r="XFE1"><v>1</v></c></row>)",
            "xl/worksheets/data.xml is damaged: cell reference 'XFE1' is not a cell of Excel's grid"},
        {R"(<row r="1048577"><c><v>1</v></c></row>)",
            "xl/worksheets/data.xml is damaged: row number '1048577' is outside Excel's 1 … 1048576"},
    };
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const std::string path = dir.file("bad" + std::to_string(i) + ".xlsx");
        writeHandMadeXlsx(path, cases[i].first, "<si><t>only</t></si>");
        const auto records = read(path);
        ASSERT_FALSE(records) << cases[i].first;
        EXPECT_EQ(records.error().code, ErrorCode::FileUnreadable);
        const std::string &reason = records.error().args.at(1);
        EXPECT_EQ(reason.substr(0, reason.find(" at XML line")), cases[i].second);
    }
}

TEST(XlsxReader, DocumentTypeDeclarationsAreRefused)
{
    // A DTD is how "billion laughs" entity bombs start; Office never writes one.
    TempDir dir;
    const std::string path = dir.file("dtd.xlsx");
    writeZip(path,
        {{"xl/workbook.xml", R"(<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol">]><workbook/>)"}});
    const auto sheets = listXlsxSheets(path);
    ASSERT_FALSE(sheets);
    EXPECT_EQ(sheets.error().code, ErrorCode::FileUnreadable);
    EXPECT_NE(sheets.error().args.at(1).find("document type declaration"), std::string::npos);
}

TEST(XlsxReader, MallCustomersWrittenAsXlsxReadBackAsTheCsv)
{
    const Rows csv = readCsv(SEGMENTA_SHARED_DATA_DIR "/mall_customers/Mall_Customers.csv");
    ASSERT_EQ(csv.size(), 201u); // header + 200 customers
    TempDir dir;
    const std::string path = dir.file("mall.xlsx");
    writeRowsAsSpreadsheet(path, csv);
    const auto records = read(path);
    ASSERT_TRUE(records) << describe(records.error());
    const Rows rows = fieldsOf(records.value());
    ASSERT_EQ(rows.size(), 201u);
    for (const auto &row : rows) {
        ASSERT_EQ(row.size(), 5u);
    }
    EXPECT_EQ(rows, csv);
    EXPECT_EQ(rows[1][0], "0001"); // the id's zeros survive: it was written as text
}

TEST(XlsxReader, OnlineRetailWrittenAsXlsxReadsBackAsTheCsv)
{
    const Rows csv = readCsv(SEGMENTA_SHARED_DATA_DIR "/online_retail/online_retail_sample.csv");
    ASSERT_EQ(csv.size(), 38967u); // header + 38,966 transactions (SOURCE.md)
    TempDir dir;
    const std::string path = dir.file("retail.xlsx");
    writeRowsAsSpreadsheet(path, csv);
    const auto records = read(path);
    ASSERT_TRUE(records) << describe(records.error());
    const Rows rows = fieldsOf(records.value());
    ASSERT_EQ(rows.size(), 38967u);
    for (const auto &row : rows) {
        ASSERT_EQ(row.size(), 8u);
    }
    EXPECT_EQ(rows, csv);
    EXPECT_EQ(rows[1][4], "2010-12-01 08:26:00"); // a date-time cell, not its serial number
}
