// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Result.h"
#include "core/Value.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace segmenta::engine {

/// The file formats a table (a segmentation's members) can be exported as.
enum class TableFormat
{
    Csv, ///< UTF-8 delimited text, comma-separated, RFC 4180 quoting, LF line ends
    Xlsx, ///< an Excel workbook with one sheet
};

/// Stable lower-case name: "csv", "xlsx".
const char *tableFormatName(TableFormat format);
/// The format of a name above (also "excel"), case-insensitively; nothing for other names.
std::optional<TableFormat> tableFormatFromName(std::string_view name);
/// The format a file name's extension says (".csv", ".txt" → CSV; ".xlsx" → Excel), case-insensitively;
/// nothing for other extensions.
std::optional<TableFormat> tableFormatFromPath(std::string_view path);

/// One column of an exported table: its header and what its values mean, which decides how a cell is
/// written (Excel: numbers as numbers, ISO dates as date cells, yes/no as booleans, the rest as text).
struct TableColumn
{
    std::string name;
    ValueKind kind = ValueKind::FreeText;
};

/// Writes a table row by row to a file (see openTableWriter). Not copyable; one thread.
class TableWriter
{
public:
    virtual ~TableWriter() = default;
    TableWriter(const TableWriter &) = delete;
    TableWriter &operator=(const TableWriter &) = delete;

    /// Appends one row. Requires: values.size() is the number of columns. A missing value is an empty cell.
    /// Errors: FileUnwritable (args: path, reason) when the sheet is full (Excel's 1,048,576 rows) or the
    /// file cannot be written.
    virtual Status writeRow(const std::vector<CellValue> &values) = 0;
    /// Completes the file and moves it to its real name. Until then the data goes to `path + ".part"`, so
    /// a failure, a cancel (destroying the writer without finishing) or a crash never leaves half a file
    /// under the real name. Errors: FileUnwritable (args: path, reason).
    virtual Status finish() = 0;

protected:
    TableWriter() = default;
};

/// The largest number of data rows an Excel sheet takes under its header row.
inline constexpr std::int64_t xlsxMaximumDataRows = 1048575;

/// Opens a writer of @p format for @p path and writes the header row. Excel files get a frozen header
/// row, an autofilter over the table and column widths fitted to the header and the first rows' values.
/// Errors: FileUnwritable (args: path, reason).
Result<std::unique_ptr<TableWriter>> openTableWriter(
    TableFormat format, const std::string &path, std::vector<TableColumn> columns);

} // namespace segmenta::engine
