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

ColumnType inferColumnType(const std::vector<std::string_view> &values)
{
    bool allInteger = true;
    bool allReal = true;
    bool anyValue = false;
    for (const std::string_view value : values) {
        if (trimmed(value).empty()) {
            continue;
        }
        anyValue = true;
        if (allInteger && !parseInteger(value)) {
            allInteger = false;
        }
        if (!allInteger && !parseReal(value)) {
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
