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

    /// Bytes consumed so far, for progress.
    std::size_t position() const { return m_position; }

private:
    std::string_view m_text;
    char m_delimiter;
    std::string m_fileName;
    std::size_t m_position = 0;
    std::int64_t m_line = 1;
    std::size_t m_lineStart = 0; ///< offset of the current line's first byte, for columns
};

/// Finds the first byte that is not valid UTF-8 (overlong forms and surrogates included).
/// Returns its line and 1-based byte column, or line 0 when the text is valid.
Location findInvalidUtf8(std::string_view text, const std::string &fileName);

} // namespace segmenta::engine
