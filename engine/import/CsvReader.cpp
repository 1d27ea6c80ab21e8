// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "import/CsvReader.h"

#include <algorithm>
#include <cstring>

namespace segmenta::engine {

CsvReader::CsvReader(std::string_view text, char delimiter, std::string fileName)
    : m_text(text)
    , m_delimiter(delimiter)
    , m_fileName(std::move(fileName))
{ }

Result<bool> CsvReader::next(CsvRecord &record)
{
    auto more = next(m_views);
    if (!more || !more.value()) {
        record.fields.clear();
        return more;
    }
    record.line = m_views.line;
    // Assigning into the strings already there reuses their buffers: no allocation per field once warm.
    record.fields.resize(m_views.fields.size());
    for (std::size_t i = 0; i < m_views.fields.size(); ++i) {
        record.fields[i].assign(m_views.fields[i]);
    }
    return true;
}

Result<bool> CsvReader::next(CsvRecordView &record)
{
    record.fields.clear();
    m_spans.clear();
    m_unquoted.clear();
    const char *text = m_text.data();
    const std::size_t size = m_text.size();
    const char delimiter = m_delimiter;
    // Skip empty lines between records.
    while (m_position < size && (text[m_position] == '\n' || text[m_position] == '\r')) {
        if (text[m_position] == '\n') {
            ++m_line;
            m_lineStart = m_position + 1;
        }
        ++m_position;
    }
    if (m_position >= size) {
        return false;
    }
    record.line = m_line;
    const auto endsField = [delimiter](char c) { return c == delimiter || c == '\n' || c == '\r'; };

    while (true) {
        FieldSpan span;
        if (m_position < size && text[m_position] == '"') {
            const std::int64_t quoteLine = m_line;
            const auto quoteColumn = static_cast<std::int64_t>(m_position - m_lineStart + 1);
            ++m_position;
            const std::size_t contentStart = m_position;
            // Most quoted fields are viewed where they are; only doubled quotes or text after the closing
            // quote need a copy.
            bool copied = false;
            bool closed = false;
            while (m_position < size) {
                const char c = text[m_position];
                if (c == '"') {
                    if (m_position + 1 < size && text[m_position + 1] == '"') {
                        if (!copied) {
                            span.start = m_unquoted.size();
                            m_unquoted.append(text + contentStart, m_position - contentStart);
                            copied = true;
                        }
                        m_unquoted.push_back('"');
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
                if (copied) {
                    m_unquoted.push_back(c);
                }
                ++m_position;
            }
            if (!closed) {
                return makeError(ErrorCode::UnterminatedQuote, {m_fileName},
                    Location {m_fileName, quoteLine, quoteColumn});
            }
            const std::size_t contentEnd = m_position - 1; // the closing quote
            // Text after a closing quote up to the delimiter is kept, as spreadsheets do ("a"b → ab).
            const std::size_t tailStart = m_position;
            while (m_position < size && !endsField(text[m_position])) {
                ++m_position;
            }
            if (m_position > tailStart && !copied) {
                span.start = m_unquoted.size();
                m_unquoted.append(text + contentStart, contentEnd - contentStart);
                copied = true;
            }
            if (copied) {
                m_unquoted.append(text + tailStart, m_position - tailStart);
                span.length = m_unquoted.size() - span.start;
                span.isUnquoted = true;
            } else {
                span.start = contentStart;
                span.length = contentEnd - contentStart;
            }
        } else {
            span.start = m_position;
            while (m_position < size && !endsField(text[m_position])) {
                ++m_position;
            }
            span.length = m_position - span.start;
        }
        m_spans.push_back(span);
        if (m_position >= size) {
            break;
        }
        const char c = text[m_position];
        if (c == delimiter) {
            ++m_position;
            continue;
        }
        // End of record: CRLF, LF or a lone CR.
        if (c == '\r') {
            ++m_position;
            if (m_position < size && text[m_position] == '\n') {
                ++m_position;
            }
        } else {
            ++m_position;
        }
        ++m_line;
        m_lineStart = m_position;
        break;
    }
    record.fields.reserve(m_spans.size());
    for (const FieldSpan &span : m_spans) {
        record.fields.emplace_back((span.isUnquoted ? m_unquoted.data() : text) + span.start, span.length);
    }
    return true;
}

Location findInvalidUtf8(std::string_view text, const std::string &fileName)
{
    // The place is worked out only for a bad byte: the scan itself skips ASCII eight bytes at a time.
    const auto bad = [&](std::size_t at) {
        const std::string_view before = text.substr(0, at);
        const auto line = static_cast<std::int64_t>(std::count(before.begin(), before.end(), '\n')) + 1;
        const std::size_t lastBreak = before.rfind('\n');
        const std::size_t lineStart = lastBreak == std::string_view::npos ? 0 : lastBreak + 1;
        return Location {fileName, line, static_cast<std::int64_t>(at - lineStart + 1)};
    };
    constexpr std::uint64_t highBits = 0x8080808080808080ULL;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i + sizeof(std::uint64_t) <= text.size()) {
            std::uint64_t word = 0;
            std::memcpy(&word, text.data() + i, sizeof(word));
            if ((word & highBits) != 0) {
                break;
            }
            i += sizeof(word);
        }
        if (i >= text.size()) {
            break;
        }
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
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
