// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "export/TableWriter.h"

#include "core/Assert.h"
#include "core/Error.h"
#include "export/detail/TableWriters.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace segmenta::engine {

namespace {

std::string lowerCase(std::string_view text)
{
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
        [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower;
}

void writeCsvField(std::ostream &out, std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        out << text;
        return;
    }
    out << '"';
    for (const char c : text) {
        if (c == '"') {
            out << '"';
        }
        out << c;
    }
    out << '"';
}

/// Plain text, as the project stores it: the CSV that `export` always wrote (numbers in their shortest
/// exact form, dates as ISO text, yes/no as 1/0), so a re-import infers the same types.
class CsvTableWriter final : public TableWriter
{
public:
    CsvTableWriter(std::string path, std::size_t columnCount)
        : m_path(std::move(path))
        , m_partial(m_path + ".part")
        , m_columnCount(columnCount)
    { }

    ~CsvTableWriter() override
    {
        if (!m_finished) {
            m_out.close();
            std::error_code ignored;
            std::filesystem::remove(m_partial, ignored);
        }
    }

    Status open(const std::vector<TableColumn> &columns)
    {
        m_out.open(m_partial, std::ios::binary | std::ios::trunc);
        if (!m_out) {
            return makeError(ErrorCode::FileUnwritable, {m_path, std::strerror(errno)});
        }
        for (std::size_t c = 0; c < columns.size(); ++c) {
            if (c > 0) {
                m_out << ',';
            }
            writeCsvField(m_out, columns[c].name);
        }
        m_out << '\n';
        return {};
    }

    Status writeRow(const std::vector<CellValue> &values) override
    {
        SEGMENTA_ASSERT(values.size() == m_columnCount, "a row's width differs from the table's columns");
        for (std::size_t c = 0; c < values.size(); ++c) {
            if (c > 0) {
                m_out << ',';
            }
            const CellValue &value = values[c];
            if (const auto *integer = std::get_if<std::int64_t>(&value)) {
                m_out << *integer;
            } else if (const auto *real = std::get_if<double>(&value)) {
                char buffer[32];
                const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, *real);
                m_out.write(buffer, error == std::errc() ? end - buffer : 0);
            } else if (const auto *text = std::get_if<std::string>(&value)) {
                writeCsvField(m_out, *text);
            }
        }
        m_out << '\n';
        if (!m_out) {
            return makeError(ErrorCode::FileUnwritable, {m_path, "write failed (disk full?)"});
        }
        return {};
    }

    Status finish() override
    {
        m_out.close();
        if (!m_out) {
            std::error_code ignored;
            std::filesystem::remove(m_partial, ignored);
            m_finished = true;
            return makeError(ErrorCode::FileUnwritable, {m_path, "write failed (disk full?)"});
        }
        m_finished = true;
        return detail::movePartialFile(m_partial, m_path);
    }

private:
    std::string m_path;
    std::string m_partial;
    std::size_t m_columnCount = 0;
    std::ofstream m_out;
    bool m_finished = false;
};

} // namespace

const char *tableFormatName(TableFormat format)
{
    switch (format) {
    case TableFormat::Csv:
        return "csv";
    case TableFormat::Xlsx:
        return "xlsx";
    }
    return "csv";
}

std::optional<TableFormat> tableFormatFromName(std::string_view name)
{
    const std::string lower = lowerCase(name);
    if (lower == "csv") {
        return TableFormat::Csv;
    }
    if (lower == "xlsx" || lower == "excel") {
        return TableFormat::Xlsx;
    }
    return std::nullopt;
}

std::optional<TableFormat> tableFormatFromPath(std::string_view path)
{
    const std::string extension = lowerCase(std::filesystem::path(std::string(path)).extension().string());
    if (extension == ".csv" || extension == ".txt") {
        return TableFormat::Csv;
    }
    if (extension == ".xlsx") {
        return TableFormat::Xlsx;
    }
    return std::nullopt;
}

Result<std::unique_ptr<TableWriter>> openTableWriter(
    TableFormat format, const std::string &path, std::vector<TableColumn> columns)
{
    if (format == TableFormat::Xlsx) {
        return detail::openXlsxTableWriter(path, std::move(columns));
    }
    return detail::openCsvTableWriter(path, std::move(columns));
}

namespace detail {

Result<std::unique_ptr<TableWriter>> openCsvTableWriter(
    const std::string &path, std::vector<TableColumn> columns)
{
    auto writer = std::make_unique<CsvTableWriter>(path, columns.size());
    if (Status opened = writer->open(columns); !opened) {
        return opened.error();
    }
    return std::unique_ptr<TableWriter>(std::move(writer));
}

Status movePartialFile(const std::string &partial, const std::string &path)
{
    std::error_code renameError;
    std::filesystem::rename(partial, path, renameError);
    if (renameError) {
        std::error_code ignored;
        std::filesystem::remove(partial, ignored);
        return makeError(ErrorCode::FileUnwritable, {path, renameError.message()});
    }
    return {};
}

} // namespace detail

} // namespace segmenta::engine
