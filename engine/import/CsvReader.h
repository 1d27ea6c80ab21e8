// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace segmenta::engine {

/// One record of a delimited text file: its fields and the line it starts on (1-based).
struct CsvRecord
{
    std::vector<std::string> fields;
    std::int64_t line = 0;
};

/// One record as views: into the reader's text, or for quoted fields with doubled quotes into the reader's
/// own copy of the unquoted field. Valid until the next call to next() or the reader's end.
struct CsvRecordView
{
    std::vector<std::string_view> fields;
    std::int64_t line = 0;
};

/// Reads RFC 4180 delimited text held in memory: quoted fields may contain the delimiter, doubled quotes
/// and line breaks; CRLF and LF both end a record; a missing final newline is fine; lines that are
/// completely empty are skipped (spreadsheet exports often end with some).
class CsvReader
{
public:
    /// `text` must outlive the reader; `fileName` is used in error locations only.
    CsvReader(std::string_view text, char delimiter, std::string fileName);

    /// Reads the next record into `record`. Returns false at the end of the text.
    /// Errors: UnterminatedQuote (with the line and column of the opening quote).
    Result<bool> next(CsvRecord &record);
    /// As above without copying the fields: the fast path of the importers (no allocation per field).
    Result<bool> next(CsvRecordView &record);

    /// Bytes consumed so far, for progress.
    std::size_t position() const { return m_position; }

private:
    std::string_view m_text;
    char m_delimiter;
    std::string m_fileName;
    std::size_t m_position = 0;
    std::int64_t m_line = 1;
    std::size_t m_lineStart = 0; ///< offset of the current line's first byte, for columns
    /// Where each field of the current record lies: in m_text, or (unquoted) in m_unquoted.
    struct FieldSpan
    {
        std::size_t start = 0;
        std::size_t length = 0;
        bool isUnquoted = false;
    };
    std::vector<FieldSpan> m_spans;
    std::string m_unquoted;
    CsvRecordView m_views; ///< next(CsvRecord&) reads through here
};

/// Finds the first byte that is not valid UTF-8 (overlong forms and surrogates included).
/// Returns its line and 1-based byte column, or line 0 when the text is valid.
Location findInvalidUtf8(std::string_view text, const std::string &fileName);

} // namespace segmenta::engine
