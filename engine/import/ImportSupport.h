// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Result.h"
#include "core/Value.h"
#include "import/CsvReader.h"
#include "import/Dialect.h"
#include "import/XlsxReader.h"

#include <memory>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace segmenta::engine {

/// What the customer-table and transaction-log importers share: reading and decoding the file, the header
/// checks and finding columns by role.

/// The file's bytes. Errors: FileNotFound, FileUnreadable.
Result<std::string> readWholeFile(const std::string &path);

/// The caller's overrides as detection hints. Errors: InvalidParameter for a delimiter or encoding we do
/// not read.
Result<DialectHints> dialectHints(
    const std::optional<char> &delimiter, const std::string &encoding, DecimalMark decimalMark);

/// Decodes `bytes` (detecting the encoding unless hinted), then picks the delimiter. Takes the bytes by
/// value: a UTF-8 file is returned as it is (without its BOM), not copied.
/// Errors: InvalidEncoding.
Result<std::string> decodeFile(
    std::string bytes, const DialectHints &hints, const std::string &fileName, CsvDialect &dialect);

/// Whether the file is an Excel workbook (.xlsx): by its extension, or the zip signature of its first bytes.
bool looksLikeWorkbook(const std::string &path, std::string_view firstBytes);

/// The records of an import file, the first being the header: delimited text (decoded, its dialect
/// detected unless hinted) or one worksheet of an .xlsx workbook (cells as text: numbers with a dot,
/// dates as ISO text). Not movable: the text reader views the source's own copy of the text.
class RecordSource
{
public:
    /// Reads the file. `bytes` are its contents (already read, e.g. to fingerprint them); a workbook is
    /// then streamed from the path. Sets `dialect` (for a workbook: UTF-8, no delimiter, dot decimals).
    /// Errors: InvalidEncoding, those of XlsxSheetReader::open; InvalidParameter when a sheet is named
    /// for a text file.
    static Result<std::unique_ptr<RecordSource>> open(const std::string &path, std::string bytes,
        const std::string &sheet, const DialectHints &hints, CsvDialect &dialect, Progress &progress);
    RecordSource(const RecordSource &) = delete;
    RecordSource &operator=(const RecordSource &) = delete;

    /// The next record; false at the end. Errors: UnterminatedQuote, FileUnreadable (damaged workbook).
    Result<bool> next(CsvRecord &record);
    /// As above as views (see CsvRecordView), valid until the next call: no copy of a text file's fields.
    Result<bool> next(CsvRecordView &record);
    /// Back to the first record (the header), for a second pass.
    Status rewind(Progress &progress);
    /// Share of the file read so far, 0..1.
    double fraction() const;
    bool isWorkbook() const { return m_workbook.has_value(); }

private:
    RecordSource() = default;
    std::string m_path;
    std::string m_sheet;
    std::string m_text;
    char m_delimiter = ',';
    std::optional<CsvReader> m_textReader;
    std::optional<XlsxSheetReader> m_workbook;
    CsvRecord m_workbookRecord; ///< the cells next(CsvRecordView&) views
};

/// Reads and checks the header row: at least one record, every name non-empty and unique.
/// Errors: UnterminatedQuote, EmptyFile, EmptyColumnName, DuplicateColumnName, InvalidParameter (too many
/// columns).
Result<CsvRecord> readHeader(RecordSource &source, const std::string &fileName);

/// The error for a record whose field count is not the header's, placed at the first extra field or the
/// last field present.
Error raggedRowError(
    const std::string &fileName, const CsvRecord &record, std::size_t fieldCount, char delimiter);

/// Headers that name a customer id, folded (see foldHeader), in order of preference.
std::span<const std::string_view> customerIdHeaderNames();

/// The column named `requested` exactly; when `requested` is empty, the first header whose folded form
/// equals one of `names` (tried in the names' order). Nothing when there is none.
std::optional<std::size_t> findColumn(const std::vector<std::string> &header, const std::string &requested,
    std::span<const std::string_view> names);

/// Whether a header names a date ("date", "tarih", "day", "gün", "Birth Date", …), so that 8-digit numbers
/// ("19970101") may be read as YYYYMMDD dates.
bool namesDate(std::string_view header);

/// The criteria family a column's name suggests, in English and Turkish: age/yaş, gender/cinsiyet,
/// income/gelir, city/şehir, … are demographic; attitudes, interests, satisfaction, … psychographic;
/// channel, visits, tenure, spending score, … behavioural; spend, revenue, CLV, … value; anything else
/// other. Only a suggestion: the user can change it.
CriteriaFamily suggestFamily(std::string_view header);

} // namespace segmenta::engine
