// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "import/ImportSupport.h"

#include "import/ValueParsing.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <unordered_set>

namespace segmenta::engine {

namespace {

constexpr std::size_t maxColumnCount = 1000; // SQLite allows 2000 columns a table; leave room

constexpr std::array<std::string_view, 13> idHeaderNames {
    "customerid",
    "customerno",
    "customernumber",
    "customercode",
    "custid",
    "clientid",
    "customer",
    "musteriid",
    "musterino",
    "musterinumarasi",
    "musterikodu",
    "id",
    "no",
};

} // namespace

Result<std::string> readWholeFile(const std::string &path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        if (errno == ENOENT) {
            return makeError(ErrorCode::FileNotFound, {path});
        }
        return makeError(ErrorCode::FileUnreadable, {path, std::strerror(errno)});
    }
    std::ostringstream content;
    content << file.rdbuf();
    if (file.bad()) {
        return makeError(ErrorCode::FileUnreadable, {path, std::strerror(errno)});
    }
    return content.str();
}

Result<DialectHints> dialectHints(
    const std::optional<char> &delimiter, const std::string &encoding, DecimalMark decimalMark)
{
    DialectHints hints;
    if (delimiter) {
        if (!isSupportedDelimiter(*delimiter)) {
            return makeError(ErrorCode::InvalidParameter,
                {"delimiter", delimiterName(*delimiter), "',', ';', tab or '|'"});
        }
        hints.delimiter = delimiter;
    }
    if (!encoding.empty()) {
        hints.encoding = encodingFromName(encoding);
        if (!hints.encoding) {
            return makeError(ErrorCode::InvalidParameter,
                {"encoding", encoding, "utf-8, utf-16, windows-1254, iso-8859-9 or windows-1252"});
        }
    }
    hints.decimalMark = decimalMark;
    return hints;
}

Result<std::string> decodeFile(
    std::string_view bytes, const DialectHints &hints, const std::string &fileName, CsvDialect &dialect)
{
    dialect.encoding = detectEncoding(bytes, hints.encoding).value;
    auto decoded = decodeToUtf8(bytes, dialect.encoding, fileName);
    if (!decoded) {
        return decoded.error();
    }
    dialect.delimiter = hints.delimiter ? *hints.delimiter : detectDelimiter(decoded.value()).value;
    return decoded;
}

Result<CsvRecord> readHeader(CsvReader &reader, const std::string &fileName)
{
    CsvRecord header;
    auto hasHeader = reader.next(header);
    if (!hasHeader) {
        return hasHeader.error();
    }
    if (!hasHeader.value()) {
        return makeError(ErrorCode::EmptyFile, {fileName});
    }
    const std::size_t fieldCount = header.fields.size();
    if (fieldCount > maxColumnCount) {
        return makeError(ErrorCode::InvalidParameter,
            {"columns", std::to_string(fieldCount), "at most " + std::to_string(maxColumnCount)});
    }
    std::unordered_set<std::string> seenNames;
    for (std::size_t i = 0; i < fieldCount; ++i) {
        const auto column = static_cast<std::int64_t>(i + 1);
        if (trimmed(header.fields[i]).empty()) {
            return makeError(
                ErrorCode::EmptyColumnName, {fileName}, Location {fileName, header.line, column});
        }
        if (!seenNames.insert(header.fields[i]).second) {
            return makeError(ErrorCode::DuplicateColumnName, {fileName, header.fields[i]},
                Location {fileName, header.line, column});
        }
    }
    return header;
}

std::span<const std::string_view> customerIdHeaderNames()
{
    return idHeaderNames;
}

std::optional<std::size_t> findColumn(const std::vector<std::string> &header, const std::string &requested,
    std::span<const std::string_view> names)
{
    if (!requested.empty()) {
        for (std::size_t i = 0; i < header.size(); ++i) {
            if (header[i] == requested) {
                return i;
            }
        }
        return std::nullopt;
    }
    for (const std::string_view name : names) {
        for (std::size_t i = 0; i < header.size(); ++i) {
            if (foldHeader(header[i]) == name) {
                return i;
            }
        }
    }
    return std::nullopt;
}

} // namespace segmenta::engine
