// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include "import/CsvReader.h"

#include <memory>
#include <string>
#include <vector>

namespace segmenta::engine {

/// A worksheet of an .xlsx workbook.
struct XlsxSheetInfo
{
    std::string name; ///< the tab's name, as shown in Excel
    std::string partPath; ///< its XML part inside the zip, e.g. "xl/worksheets/sheet1.xml"
};

/// The worksheets of the workbook at `path`, in tab order (chart sheets and macro sheets are left out).
/// The sheets are found through xl/workbook.xml and its relationships, never by guessing part names.
/// Errors: FileNotFound; FileUnreadable (args: path, reason) when the file is not a zip archive, is an
/// old .xls or an .ods, has no workbook part, or a part is damaged (the reason names the part and the
/// XML line).
Result<std::vector<XlsxSheetInfo>> listXlsxSheets(const std::string &path);

/// Reads one worksheet of an .xlsx workbook row by row, in the shape CsvReader gives, so the importers
/// read a spreadsheet as they read delimited text. The sheet's XML is parsed in chunks as rows are asked
/// for (a million-row sheet never sits in memory); the shared-string table and the cell styles are read
/// when the reader opens.
///
/// Each record is one spreadsheet row; `line` is the row number (1-based, as Excel shows it) and field i
/// is column i + 1 (A, B, …), so error locations match what the user sees. Cells become text:
/// - strings (shared or inline, rich text flattened, phonetic runs left out, `_xHHHH_` escapes decoded)
///   as written;
/// - numbers in the shortest form that reads back as the same double ("2.55", "6", "12345678901234"),
///   without an exponent from 1e-5 up to 1e16 and with one outside ("1e-07", "1e+20");
/// - booleans "TRUE" / "FALSE";
/// - numbers whose cell format is a date (built-in formats 14–22 and 45–47, or a custom format with d, m,
///   y, h or s outside quotes, brackets and escapes) as ISO "YYYY-MM-DD", "YYYY-MM-DD HH:MM:SS" when the
///   format shows a time of day, "HH:MM:SS" when it shows only a time ("[h]" formats count whole
///   hours). Serial numbers follow the workbook's date system: 1900 (with Excel's 1900-02-29, serial 60)
///   or 1904. A serial outside 1900-01-01 … 9999-12-31 stays a number;
/// - formula cells as their cached value (empty when the writer stored none); error cells (#N/A,
///   #DIV/0!, …) as empty.
/// Missing cells inside a row are empty fields. Rows without any non-empty cell are skipped (leading,
/// inner and trailing), as CsvReader skips empty lines. Trailing empty fields are dropped, then every
/// row after the first (the header) that is shorter than it is padded with "" to its width; a longer
/// row keeps its extra fields, so the importer reports it as ragged.
class XlsxSheetReader
{
public:
    /// Opens the sheet named `sheetName` (the first sheet when empty) and reads the shared strings and
    /// the styles. Checks `progress` for cancel while reading them.
    /// Errors: those of listXlsxSheets; InvalidParameter (args: "sheet", the name, "one of 'A', 'B'"
    /// listing the sheets) for an unknown sheet; FileUnreadable for a workbook without worksheets or a
    /// damaged part; Cancelled.
    static Result<XlsxSheetReader> open(
        const std::string &path, const std::string &sheetName, Progress &progress);

    XlsxSheetReader(XlsxSheetReader &&) noexcept;
    XlsxSheetReader &operator=(XlsxSheetReader &&) noexcept;
    ~XlsxSheetReader();

    /// Reads the next non-empty row into `record`. Returns false after the last one.
    /// Errors: FileUnreadable (args: path, reason naming the part and the XML line) for damaged XML or
    /// zip data, a cell reference outside Excel's grid or a shared string that does not exist.
    Result<bool> next(CsvRecord &record);

    /// The sheet being read.
    const XlsxSheetInfo &sheet() const;

    /// Share of the sheet's XML parsed so far, 0..1, for progress.
    double fraction() const;

private:
    struct Impl;
    explicit XlsxSheetReader(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

/// Every non-empty row of one worksheet (the first when `sheetName` is empty), as XlsxSheetReader gives
/// them. Reports stage "import.read" with the share of the sheet parsed; checks for cancel every few
/// thousand rows.
/// Errors: those of XlsxSheetReader::open and next; Cancelled.
Result<std::vector<CsvRecord>> readXlsxSheet(
    const std::string &path, const std::string &sheetName, Progress &progress);

} // namespace segmenta::engine
