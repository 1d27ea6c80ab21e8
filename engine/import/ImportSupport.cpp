// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "import/ImportSupport.h"

#include "import/ValueParsing.h"

#include <array>
#include <cctype>
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
    std::ifstream file(path, std::ios::binary | std::ios::ate);
    if (!file) {
        if (errno == ENOENT) {
            return makeError(ErrorCode::FileNotFound, {path});
        }
        return makeError(ErrorCode::FileUnreadable, {path, std::strerror(errno)});
    }
    const std::streamoff size = file.tellg();
    if (size < 0) {
        return makeError(ErrorCode::FileUnreadable, {path, "its size cannot be determined"});
    }
    std::string content(static_cast<std::size_t>(size), '\0');
    file.seekg(0);
    if (!file.read(content.data(), size)) {
        return makeError(ErrorCode::FileUnreadable, {path, std::strerror(errno)});
    }
    return content;
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
    std::string bytes, const DialectHints &hints, const std::string &fileName, CsvDialect &dialect)
{
    dialect.encoding = detectEncoding(bytes, hints.encoding).value;
    Result<std::string> decoded = [&]() -> Result<std::string> {
        // UTF-8 needs no conversion: check it and drop the BOM in place instead of copying a large file.
        constexpr std::string_view utf8Bom = "\xEF\xBB\xBF";
        if (dialect.encoding == TextEncoding::Utf8) {
            if (const Location bad = findInvalidUtf8(bytes, fileName); bad.line > 0) {
                return decodeToUtf8(
                    bytes, dialect.encoding, fileName); // its error, with the BOM-relative place
            }
            if (std::string_view(bytes).starts_with(utf8Bom)) {
                bytes.erase(0, utf8Bom.size());
            }
            return std::move(bytes);
        }
        return decodeToUtf8(bytes, dialect.encoding, fileName);
    }();
    if (!decoded) {
        return decoded.error();
    }
    dialect.delimiter = hints.delimiter ? *hints.delimiter : detectDelimiter(decoded.value()).value;
    return decoded;
}

bool looksLikeWorkbook(const std::string &path, std::string_view firstBytes)
{
    std::string extension = path.size() >= 5 ? path.substr(path.size() - 5) : std::string();
    for (char &c : extension) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return extension == ".xlsx" || firstBytes.starts_with(std::string_view("PK\x03\x04", 4));
}

Result<std::unique_ptr<RecordSource>> RecordSource::open(const std::string &path, std::string bytes,
    const std::string &sheet, const DialectHints &hints, CsvDialect &dialect, Progress &progress)
{
    std::unique_ptr<RecordSource> source(new RecordSource());
    source->m_path = path;
    source->m_sheet = sheet;
    if (looksLikeWorkbook(path, bytes)) {
        std::string().swap(bytes);
        auto workbook = XlsxSheetReader::open(path, sheet, progress);
        if (!workbook) {
            return workbook.error();
        }
        source->m_workbook.emplace(std::move(workbook).value());
        // Cells are typed in the workbook: numbers arrive as "1234.5", whatever the user's locale.
        dialect = CsvDialect {};
        dialect.decimalMark = DecimalMark::Dot;
        return source;
    }
    if (!sheet.empty()) {
        return makeError(ErrorCode::InvalidParameter, {"sheet", sheet, "only for .xlsx workbooks"});
    }
    auto decoded = decodeFile(std::move(bytes), hints, path, dialect);
    if (!decoded) {
        return decoded.error();
    }
    source->m_text = std::move(decoded).value();
    source->m_delimiter = dialect.delimiter;
    source->m_textReader.emplace(source->m_text, source->m_delimiter, path);
    return source;
}

Result<bool> RecordSource::next(CsvRecord &record)
{
    return m_workbook ? m_workbook->next(record) : m_textReader->next(record);
}

Result<bool> RecordSource::next(CsvRecordView &record)
{
    if (!m_workbook) {
        return m_textReader->next(record);
    }
    auto more = m_workbook->next(m_workbookRecord);
    record.fields.clear();
    if (more && more.value()) {
        record.line = m_workbookRecord.line;
        record.fields.assign(m_workbookRecord.fields.begin(), m_workbookRecord.fields.end());
    }
    return more;
}

Status RecordSource::rewind(Progress &progress)
{
    if (!m_workbook) {
        m_textReader.emplace(m_text, m_delimiter, m_path);
        return {};
    }
    m_workbook.reset();
    auto workbook = XlsxSheetReader::open(m_path, m_sheet, progress);
    if (!workbook) {
        return workbook.error();
    }
    m_workbook.emplace(std::move(workbook).value());
    return {};
}

double RecordSource::fraction() const
{
    if (m_workbook) {
        return m_workbook->fraction();
    }
    return m_text.empty()
        ? 1.0
        : static_cast<double>(m_textReader->position()) / static_cast<double>(m_text.size());
}

Result<CsvRecord> readHeader(RecordSource &reader, const std::string &fileName)
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

Error raggedRowError(
    const std::string &fileName, const CsvRecord &record, std::size_t fieldCount, char delimiter)
{
    const std::size_t found = record.fields.size();
    const auto column = static_cast<std::int64_t>(found > fieldCount ? fieldCount + 1 : found);
    return makeError(ErrorCode::RaggedRow,
        {fileName, std::to_string(found), std::to_string(fieldCount), delimiterName(delimiter)},
        Location {fileName, record.line, column});
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

bool namesDate(std::string_view header)
{
    const std::string folded = foldHeader(header);
    return folded.find("date") != std::string::npos || folded.find("tarih") != std::string::npos
        || folded == "day" || folded == "gun";
}

CriteriaFamily suggestFamily(std::string_view header)
{
    struct Rule
    {
        std::string_view word; ///< folded
        CriteriaFamily family;
    };
    // Tried in order, so the longer, more specific words come first ("spendingscore" before "spending").
    // Words of up to three letters must match the whole folded name ("il" is not "email").
    static constexpr std::array<Rule, 62> rules {{
        {"spendingscore", CriteriaFamily::Behavioural},
        {"harcamapuani", CriteriaFamily::Behavioural},
        {"satisfaction", CriteriaFamily::Psychographic},
        {"memnuniyet", CriteriaFamily::Psychographic},
        {"lifestyle", CriteriaFamily::Psychographic},
        {"yasamtarzi", CriteriaFamily::Psychographic},
        {"interest", CriteriaFamily::Psychographic},
        {"ilgialani", CriteriaFamily::Psychographic},
        {"attitude", CriteriaFamily::Psychographic},
        {"tutum", CriteriaFamily::Psychographic},
        {"opinion", CriteriaFamily::Psychographic},
        {"gorus", CriteriaFamily::Psychographic},
        {"personality", CriteriaFamily::Psychographic},
        {"kisilik", CriteriaFamily::Psychographic},
        {"motivation", CriteriaFamily::Psychographic},
        {"values", CriteriaFamily::Psychographic},
        {"age", CriteriaFamily::Demographic},
        {"yas", CriteriaFamily::Demographic},
        {"gender", CriteriaFamily::Demographic},
        {"genre", CriteriaFamily::Demographic},
        {"sex", CriteriaFamily::Demographic},
        {"cinsiyet", CriteriaFamily::Demographic},
        {"income", CriteriaFamily::Demographic},
        {"gelir", CriteriaFamily::Demographic},
        {"maas", CriteriaFamily::Demographic},
        {"city", CriteriaFamily::Demographic},
        {"sehir", CriteriaFamily::Demographic},
        {"il", CriteriaFamily::Demographic},
        {"ilce", CriteriaFamily::Demographic},
        {"country", CriteriaFamily::Demographic},
        {"ulke", CriteriaFamily::Demographic},
        {"region", CriteriaFamily::Demographic},
        {"bolge", CriteriaFamily::Demographic},
        {"education", CriteriaFamily::Demographic},
        {"egitim", CriteriaFamily::Demographic},
        {"occupation", CriteriaFamily::Demographic},
        {"meslek", CriteriaFamily::Demographic},
        {"marital", CriteriaFamily::Demographic},
        {"medenihal", CriteriaFamily::Demographic},
        {"children", CriteriaFamily::Demographic},
        {"cocuk", CriteriaFamily::Demographic},
        {"household", CriteriaFamily::Demographic},
        {"birth", CriteriaFamily::Demographic},
        {"dogum", CriteriaFamily::Demographic},
        {"channel", CriteriaFamily::Behavioural},
        {"kanal", CriteriaFamily::Behavioural},
        {"visit", CriteriaFamily::Behavioural},
        {"ziyaret", CriteriaFamily::Behavioural},
        {"frequency", CriteriaFamily::Behavioural},
        {"siklik", CriteriaFamily::Behavioural},
        {"tenure", CriteriaFamily::Behavioural},
        {"loyalty", CriteriaFamily::Behavioural},
        {"sadakat", CriteriaFamily::Behavioural},
        {"spend", CriteriaFamily::Value},
        {"harcama", CriteriaFamily::Value},
        {"revenue", CriteriaFamily::Value},
        {"ciro", CriteriaFamily::Value},
        {"monetary", CriteriaFamily::Value},
        {"clv", CriteriaFamily::Value},
        {"ltv", CriteriaFamily::Value},
        {"profit", CriteriaFamily::Value},
        {"lifetimevalue", CriteriaFamily::Value},
    }};
    std::string folded = foldHeader(header);
    // Units and scales in brackets say nothing about the family: "Annual Income (k$)" → "annualincome".
    if (const auto bracket = folded.find('('); bracket != std::string::npos) {
        folded.erase(bracket);
    }
    for (const Rule &rule : rules) {
        const bool matches
            = rule.word.size() <= 3 ? folded == rule.word : folded.find(rule.word) != std::string::npos;
        if (matches) {
            return rule.family;
        }
    }
    return CriteriaFamily::Other;
}

} // namespace segmenta::engine
