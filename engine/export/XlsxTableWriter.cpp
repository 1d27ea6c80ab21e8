// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "core/Assert.h"
#include "core/Error.h"
#include "export/TableWriter.h"
#include "export/detail/TableWriters.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <optional>
#include <string>

namespace segmenta::engine::detail {

namespace {

/// Widths are fitted to the header and the first rows only: enough to read a table, and a million-row
/// export does not measure every cell.
constexpr std::int64_t measuredRows = 1000;
constexpr double minimumWidth = 8.0; ///< characters, about Excel's default column
constexpr double maximumWidth = 60.0; ///< a long free-text column wraps off to the right beyond this
constexpr double widthPadding = 2.0; ///< room for the autofilter's drop-down button
/// Excel's limit on the characters of one cell; longer text is cut there (at a UTF-8 character boundary).
constexpr std::size_t maximumCellBytes = 32767;

/// Characters (UTF-8 code points) of @p text: what Excel's column width counts.
std::size_t characterCount(std::string_view text)
{
    return static_cast<std::size_t>(std::count_if(
        text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string_view cutToCellLimit(std::string_view text)
{
    if (text.size() <= maximumCellBytes) {
        return text;
    }
    std::size_t end = maximumCellBytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
        --end; // never cut inside a character
    }
    return text.substr(0, end);
}

bool readNumber(std::string_view text, int &value)
{
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size();
}

/// "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS" (also with a space) as the project stores dates.
std::optional<lxw_datetime> parseIsoDate(std::string_view text)
{
    if (text.size() < 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    lxw_datetime date {};
    int year = 0, month = 0, day = 0;
    if (!readNumber(text.substr(0, 4), year) || !readNumber(text.substr(5, 2), month)
        || !readNumber(text.substr(8, 2), day) || month < 1 || month > 12 || day < 1 || day > 31
        || year < 1900) {
        return std::nullopt;
    }
    date.year = year;
    date.month = month;
    date.day = day;
    if (text.size() == 10) {
        return date;
    }
    if (text.size() != 19 || (text[10] != 'T' && text[10] != ' ') || text[13] != ':' || text[16] != ':') {
        return std::nullopt;
    }
    int hour = 0, minute = 0, second = 0;
    if (!readNumber(text.substr(11, 2), hour) || !readNumber(text.substr(14, 2), minute)
        || !readNumber(text.substr(17, 2), second) || hour > 23 || minute > 59 || second > 59) {
        return std::nullopt;
    }
    date.hour = hour;
    date.min = minute;
    date.sec = second;
    return date;
}

class XlsxTableWriter final : public TableWriter
{
public:
    XlsxTableWriter(std::string path, std::vector<TableColumn> columns)
        : m_path(std::move(path))
        , m_partial(m_path + ".part")
        , m_columns(std::move(columns))
        , m_widths(m_columns.size(), minimumWidth)
    { }

    ~XlsxTableWriter() override
    {
        if (m_workbook != nullptr) {
            // Cancelled or failed: libxlsxwriter only frees its memory by closing, which writes the file.
            workbook_close(m_workbook);
        }
        if (!m_finished) {
            std::error_code ignored;
            std::filesystem::remove(m_partial, ignored);
        }
    }

    Status open()
    {
        lxw_workbook_options options {};
        // Rows go to a temporary file as they are written, so a large export does not sit in memory.
        options.constant_memory = LXW_TRUE;
        m_workbook = workbook_new_opt(m_partial.c_str(), &options);
        if (m_workbook == nullptr) {
            return makeError(ErrorCode::FileUnwritable, {m_path, "cannot start the workbook"});
        }
        m_sheet = workbook_add_worksheet(m_workbook, nullptr);
        m_headerFormat = workbook_add_format(m_workbook);
        format_set_bold(m_headerFormat);
        m_dateFormat = workbook_add_format(m_workbook);
        format_set_num_format(m_dateFormat, "yyyy-mm-dd");
        m_dateTimeFormat = workbook_add_format(m_workbook);
        format_set_num_format(m_dateTimeFormat, "yyyy-mm-dd hh:mm:ss");
        if (m_sheet == nullptr || m_headerFormat == nullptr || m_dateFormat == nullptr
            || m_dateTimeFormat == nullptr) {
            return makeError(ErrorCode::FileUnwritable, {m_path, "cannot start the workbook"});
        }
        for (std::size_t c = 0; c < m_columns.size(); ++c) {
            const std::string_view header = cutToCellLimit(m_columns[c].name);
            const std::string headerText(header);
            if (const lxw_error error = worksheet_write_string(
                    m_sheet, 0, static_cast<lxw_col_t>(c), headerText.c_str(), m_headerFormat);
                error != LXW_NO_ERROR) {
                return makeError(ErrorCode::FileUnwritable, {m_path, lxw_strerror(error)});
            }
            measure(c, static_cast<double>(characterCount(header)) + 1.0); // bold is wider
            if (m_columns[c].kind == ValueKind::Date) {
                measure(c, 10.0);
            } else if (m_columns[c].kind == ValueKind::DateTime) {
                measure(c, 19.0);
            }
        }
        return {};
    }

    Status writeRow(const std::vector<CellValue> &values) override
    {
        SEGMENTA_ASSERT(values.size() == m_columns.size(), "a row's width differs from the table's columns");
        if (m_rows >= xlsxMaximumDataRows) {
            return makeError(ErrorCode::FileUnwritable,
                {m_path, "an Excel sheet holds at most 1,048,575 rows under its header; export as CSV"});
        }
        ++m_rows;
        const auto row = static_cast<lxw_row_t>(m_rows);
        for (std::size_t c = 0; c < values.size(); ++c) {
            if (const lxw_error error = writeCell(row, c, values[c]); error != LXW_NO_ERROR) {
                return makeError(ErrorCode::FileUnwritable, {m_path, lxw_strerror(error)});
            }
        }
        return {};
    }

    Status finish() override
    {
        SEGMENTA_ASSERT(m_workbook != nullptr, "finish() twice");
        for (std::size_t c = 0; c < m_columns.size(); ++c) {
            const auto column = static_cast<lxw_col_t>(c);
            worksheet_set_column(m_sheet, column, column, std::min(m_widths[c], maximumWidth), nullptr);
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
        if (!m_columns.empty()) {
            worksheet_autofilter(
                m_sheet, 0, 0, static_cast<lxw_row_t>(m_rows), static_cast<lxw_col_t>(m_columns.size() - 1));
        }
        const lxw_error closed = workbook_close(m_workbook);
        m_workbook = nullptr;
        m_finished = true;
        if (closed != LXW_NO_ERROR) {
            std::error_code ignored;
            std::filesystem::remove(m_partial, ignored);
            return makeError(ErrorCode::FileUnwritable, {m_path, lxw_strerror(closed)});
        }
        return movePartialFile(m_partial, m_path);
    }

private:
    void measure(std::size_t column, double characters)
    {
        m_widths[column] = std::max(m_widths[column], characters + widthPadding);
    }

    lxw_error writeCell(lxw_row_t row, std::size_t c, const CellValue &value)
    {
        const auto column = static_cast<lxw_col_t>(c);
        const ValueKind kind = m_columns[c].kind;
        const bool measuring = m_rows <= measuredRows;
        if (const auto *integer = std::get_if<std::int64_t>(&value)) {
            if (kind == ValueKind::Boolean && (*integer == 0 || *integer == 1)) {
                return worksheet_write_boolean(m_sheet, row, column, static_cast<int>(*integer), nullptr);
            }
            if (measuring) {
                measure(c, static_cast<double>(std::to_string(*integer).size()));
            }
            return worksheet_write_number(m_sheet, row, column, static_cast<double>(*integer), nullptr);
        }
        if (const auto *real = std::get_if<double>(&value)) {
            if (measuring) {
                char buffer[32];
                const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, *real);
                // General format shows at most about 11 characters of a number.
                measure(c, std::min(11.0, static_cast<double>(error == std::errc() ? end - buffer : 11)));
            }
            return worksheet_write_number(m_sheet, row, column, *real, nullptr);
        }
        if (const auto *text = std::get_if<std::string>(&value)) {
            if (kind == ValueKind::Date || kind == ValueKind::DateTime) {
                if (auto date = parseIsoDate(*text)) {
                    const bool hasTime = text->size() > 10;
                    return worksheet_write_datetime(
                        m_sheet, row, column, &*date, hasTime ? m_dateTimeFormat : m_dateFormat);
                }
            }
            const std::string_view cell = cutToCellLimit(*text);
            if (measuring) {
                measure(c, static_cast<double>(characterCount(cell)));
            }
            if (cell.empty()) {
                return LXW_NO_ERROR; // an empty text is a missing value in a spreadsheet
            }
            // write_string never reads "=…" as a formula: a value is always shown as written.
            const std::string cellText(cell);
            return worksheet_write_string(m_sheet, row, column, cellText.c_str(), nullptr);
        }
        return LXW_NO_ERROR; // missing: an empty cell
    }

    std::string m_path;
    std::string m_partial;
    std::vector<TableColumn> m_columns;
    std::vector<double> m_widths;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_headerFormat = nullptr;
    lxw_format *m_dateFormat = nullptr;
    lxw_format *m_dateTimeFormat = nullptr;
    std::int64_t m_rows = 0; ///< data rows written
    bool m_finished = false;
};

} // namespace

Result<std::unique_ptr<TableWriter>> openXlsxTableWriter(
    const std::string &path, std::vector<TableColumn> columns)
{
    if (columns.size() > 16384) {
        return makeError(ErrorCode::FileUnwritable, {path, "an Excel sheet holds at most 16,384 columns"});
    }
    auto writer = std::make_unique<XlsxTableWriter>(path, std::move(columns));
    if (Status opened = writer->open(); !opened) {
        return opened.error();
    }
    return std::unique_ptr<TableWriter>(std::move(writer));
}

} // namespace segmenta::engine::detail
