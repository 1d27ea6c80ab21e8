// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "import/CsvReader.h"

namespace segmenta::engine {

CsvReader::CsvReader(std::string_view text, char delimiter, std::string fileName)
    : m_text(text)
    , m_delimiter(delimiter)
    , m_fileName(std::move(fileName))
{ }

Result<bool> CsvReader::next(CsvRecord &record)
{
    record.fields.clear();
    // Skip empty lines between records.
    while (m_position < m_text.size() && (m_text[m_position] == '\n' || m_text[m_position] == '\r')) {
        if (m_text[m_position] == '\n') {
            ++m_line;
            m_lineStart = m_position + 1;
        }
        ++m_position;
    }
    if (m_position >= m_text.size()) {
        return false;
    }
    record.line = m_line;

    std::string field;
    while (true) {
        field.clear();
        if (m_position < m_text.size() && m_text[m_position] == '"') {
            const std::int64_t quoteLine = m_line;
            const auto quoteColumn = static_cast<std::int64_t>(m_position - m_lineStart + 1);
            ++m_position;
            bool closed = false;
            while (m_position < m_text.size()) {
                const char c = m_text[m_position];
                if (c == '"') {
                    if (m_position + 1 < m_text.size() && m_text[m_position + 1] == '"') {
                        field.push_back('"');
                        m_position += 2;
                        continue;
                    }
                    ++m_position;
                    closed = true;
                    break;
                }
                if (c == '\n') {
                    ++m_line;
                    m_lineStart = m_position + 1;
                }
                field.push_back(c);
                ++m_position;
            }
            if (!closed) {
                return makeError(ErrorCode::UnterminatedQuote, {m_fileName},
                    Location {m_fileName, quoteLine, quoteColumn});
            }
            // Text after a closing quote up to the delimiter is kept, as spreadsheets do ("a"b → ab).
            while (m_position < m_text.size() && m_text[m_position] != m_delimiter
                && m_text[m_position] != '\n' && m_text[m_position] != '\r') {
                field.push_back(m_text[m_position++]);
            }
        } else {
            while (m_position < m_text.size() && m_text[m_position] != m_delimiter
                && m_text[m_position] != '\n' && m_text[m_position] != '\r') {
                field.push_back(m_text[m_position++]);
            }
        }
        record.fields.push_back(field);
        if (m_position >= m_text.size()) {
            return true;
        }
        const char c = m_text[m_position];
        if (c == m_delimiter) {
            ++m_position;
            continue;
        }
        // End of record: CRLF, LF or a lone CR.
        if (c == '\r') {
            ++m_position;
            if (m_position < m_text.size() && m_text[m_position] == '\n') {
                ++m_position;
            }
        } else {
            ++m_position;
        }
        ++m_line;
        m_lineStart = m_position;
        return true;
    }
}

Location findInvalidUtf8(std::string_view text, const std::string &fileName)
{
    std::int64_t line = 1;
    std::size_t lineStart = 0;
    std::size_t i = 0;
    const auto bad = [&](std::size_t at) {
        return Location {fileName, line, static_cast<std::int64_t>(at - lineStart + 1)};
    };
    while (i < text.size()) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            if (byte == '\n') {
                ++line;
                lineStart = i + 1;
            }
            ++i;
            continue;
        }
        int length = 0;
        std::uint32_t codePoint = 0;
        if ((byte & 0xE0) == 0xC0) {
            length = 2;
            codePoint = byte & 0x1F;
        } else if ((byte & 0xF0) == 0xE0) {
            length = 3;
            codePoint = byte & 0x0F;
        } else if ((byte & 0xF8) == 0xF0) {
            length = 4;
            codePoint = byte & 0x07;
        } else {
            return bad(i);
        }
        if (i + static_cast<std::size_t>(length) > text.size()) {
            return bad(i);
        }
        for (int k = 1; k < length; ++k) {
            const auto continuation = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
            if ((continuation & 0xC0) != 0x80) {
                return bad(i);
            }
            codePoint = (codePoint << 6) | (continuation & 0x3F);
        }
        const bool overlong = (length == 2 && codePoint < 0x80) || (length == 3 && codePoint < 0x800)
            || (length == 4 && codePoint < 0x10000);
        const bool surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
        if (overlong || surrogate || codePoint > 0x10FFFF) {
            return bad(i);
        }
        i += static_cast<std::size_t>(length);
    }
    return Location {fileName, 0, 0};
}

} // namespace segmenta::engine
