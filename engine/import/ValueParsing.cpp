// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "import/ValueParsing.h"

#include <charconv>
#include <cmath>

namespace segmenta::engine {

std::string_view trimmed(std::string_view text)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t'; };
    while (!text.empty() && isSpace(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && isSpace(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

namespace {

std::string_view withoutPlus(std::string_view text)
{
    if (text.size() > 1 && text.front() == '+' && text[1] != '-') {
        text.remove_prefix(1);
    }
    return text;
}

bool hasSignificantLeadingZero(std::string_view text)
{
    if (!text.empty() && text.front() == '-') {
        text.remove_prefix(1);
    }
    return text.size() > 1 && text[0] == '0' && text[1] >= '0' && text[1] <= '9';
}

bool isPlainFormat(const NumberFormat &format)
{
    return format.decimalMark == '.' && format.thousandsSeparator == '\0';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Length of the digit-group separator starting at `at`, 0 if there is none. Spaces group in every format
// that groups at all (French and Excel exports use them, often U+00A0), but only in numbers with a
// decimal part: see plainNumber.
std::size_t separatorLength(std::string_view text, std::size_t at, const NumberFormat &format)
{
    if (format.thousandsSeparator == '\0') {
        return 0;
    }
    const std::string_view rest = text.substr(at);
    if (rest.front() == format.thousandsSeparator && format.thousandsSeparator != format.decimalMark) {
        return 1;
    }
    if (rest.front() == ' ') {
        return 1;
    }
    if (rest.starts_with("\xC2\xA0")) {
        return 2; // U+00A0 no-break space
    }
    if (rest.starts_with("\xE2\x80\xAF")) {
        return 3; // U+202F narrow no-break space
    }
    return 0;
}

// Rewrites a number written in `format` to the plain dot form parseInteger/parseReal read, or nothing when
// its grouping or marks do not follow the format. Grouping is strict (threes after a first group of 1–3
// digits that does not start with 0) because a loose reading is exactly how "1.5" would become 15.
std::optional<std::string> plainNumber(std::string_view text, const NumberFormat &format)
{
    std::string plain;
    std::size_t i = 0;
    if (i < text.size() && text[i] == '-') {
        plain.push_back('-');
        ++i;
    }
    const std::size_t integerStart = plain.size();
    std::size_t groupDigits = 0;
    std::string_view separator;
    while (i < text.size()) {
        if (isDigit(text[i])) {
            plain.push_back(text[i++]);
            ++groupDigits;
            continue;
        }
        const std::size_t length = separatorLength(text, i, format);
        if (length == 0) {
            break;
        }
        const std::string_view found = text.substr(i, length);
        if (separator.empty()) {
            if (groupDigits < 1 || groupDigits > 3 || plain[integerStart] == '0') {
                return std::nullopt;
            }
            separator = found;
        } else if (groupDigits != 3 || found != separator) {
            return std::nullopt;
        }
        groupDigits = 0;
        i += length;
    }
    if (!separator.empty() && groupDigits != 3) {
        return std::nullopt;
    }
    // Space-grouped whole numbers are far more often codes ("212 555 123", a phone number) than amounts;
    // reading them as numbers would alter what the user imported, so spaces group only with a decimal part.
    const bool groupedBySpace = !separator.empty() && separator.front() != format.thousandsSeparator;
    if (groupedBySpace && (i >= text.size() || text[i] != format.decimalMark)) {
        return std::nullopt;
    }
    if (i < text.size() && text[i] == format.decimalMark) {
        plain.push_back('.');
        ++i;
        while (i < text.size() && isDigit(text[i])) {
            plain.push_back(text[i++]);
        }
    }
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        if (!separator.empty()) {
            return std::nullopt;
        }
        plain.append(text.substr(i)); // parseReal checks the exponent
        i = text.size();
    }
    if (i != text.size()) {
        return std::nullopt;
    }
    return plain;
}

} // namespace

std::optional<std::int64_t> parseInteger(std::string_view text)
{
    text = withoutPlus(trimmed(text));
    if (text.empty() || hasSignificantLeadingZero(text)) {
        return std::nullopt;
    }
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

std::optional<double> parseReal(std::string_view text)
{
    text = withoutPlus(trimmed(text));
    if (text.empty() || hasSignificantLeadingZero(text)) {
        return std::nullopt;
    }
    // from_chars would accept "nan" and "inf"; a customer file meaning those is far rarer than text.
    for (const char c : text) {
        const bool allowed
            = (c >= '0' && c <= '9') || c == '.' || c == '-' || c == 'e' || c == 'E' || c == '+';
        if (!allowed) {
            return std::nullopt;
        }
    }
    double value = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

std::optional<std::int64_t> parseInteger(std::string_view text, const NumberFormat &format)
{
    if (isPlainFormat(format)) {
        return parseInteger(text);
    }
    const auto plain = plainNumber(withoutPlus(trimmed(text)), format);
    return plain ? parseInteger(*plain) : std::nullopt;
}

std::optional<double> parseReal(std::string_view text, const NumberFormat &format)
{
    if (isPlainFormat(format)) {
        return parseReal(text);
    }
    const auto plain = plainNumber(withoutPlus(trimmed(text)), format);
    return plain ? parseReal(*plain) : std::nullopt;
}

ColumnType inferColumnType(const std::vector<std::string_view> &values)
{
    return inferColumnType(values, NumberFormat {});
}

ColumnType inferColumnType(const std::vector<std::string_view> &values, const NumberFormat &format)
{
    bool allInteger = true;
    bool allReal = true;
    bool anyValue = false;
    for (const std::string_view value : values) {
        if (trimmed(value).empty()) {
            continue;
        }
        anyValue = true;
        if (allInteger && !parseInteger(value, format)) {
            allInteger = false;
        }
        if (!allInteger && !parseReal(value, format)) {
            allReal = false;
            break;
        }
    }
    if (!anyValue) {
        return ColumnType::Text;
    }
    if (allInteger) {
        return ColumnType::Integer;
    }
    return allReal ? ColumnType::Real : ColumnType::Text;
}

std::optional<bool> parseBoolean(std::string_view text)
{
    const std::string_view value = trimmed(text);
    if (value.empty() || value.size() > 8) { // "hayır" is six bytes
        return std::nullopt;
    }
    const std::string folded = foldHeader(value);
    for (const std::string_view word : {"yes", "evet", "true", "1", "e"}) {
        if (folded == word) {
            return true;
        }
    }
    for (const std::string_view word : {"no", "hayir", "false", "0", "h"}) {
        if (folded == word) {
            return false;
        }
    }
    return std::nullopt;
}

std::string foldHeader(std::string_view header)
{
    std::string folded;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const auto byte = static_cast<unsigned char>(header[i]);
        if (byte == ' ' || byte == '_' || byte == '-' || byte == '.' || byte == '\t') {
            continue;
        }
        if (byte < 0x80) {
            folded.push_back(static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte - 'A' + 'a' : byte));
            continue;
        }
        if (i + 1 < header.size()) {
            const auto next = static_cast<unsigned char>(header[i + 1]);
            const auto pair = static_cast<unsigned>((byte << 8) | next);
            char ascii = 0;
            switch (pair) {
            case 0xC59F: // ş
            case 0xC59E: // Ş
                ascii = 's';
                break;
            case 0xC4B1: // ı
            case 0xC4B0: // İ
                ascii = 'i';
                break;
            case 0xC3BC: // ü
            case 0xC39C: // Ü
                ascii = 'u';
                break;
            case 0xC3B6: // ö
            case 0xC396: // Ö
                ascii = 'o';
                break;
            case 0xC3A7: // ç
            case 0xC387: // Ç
                ascii = 'c';
                break;
            case 0xC49F: // ğ
            case 0xC49E: // Ğ
                ascii = 'g';
                break;
            default:
                break;
            }
            if (ascii != 0) {
                folded.push_back(ascii);
                ++i;
                continue;
            }
        }
        folded.push_back(static_cast<char>(byte));
    }
    return folded;
}

} // namespace segmenta::engine
