// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "import/DateParsing.h"

#include "import/ValueParsing.h"

#include <array>
#include <cctype>
#include <cstdio>

namespace segmenta::engine {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// Reads exactly `count` digits at `position`, advancing it.
std::optional<int> readDigits(std::string_view text, std::size_t &position, std::size_t count)
{
    if (position + count > text.size()) {
        return std::nullopt;
    }
    int value = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const char c = text[position + i];
        if (!isDigit(c)) {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    position += count;
    return value;
}

/// One or two digits (day and month may be written without a leading zero: 1.2.2024).
std::optional<int> readShortNumber(std::string_view text, std::size_t &position)
{
    if (position >= text.size() || !isDigit(text[position])) {
        return std::nullopt;
    }
    int value = text[position] - '0';
    ++position;
    if (position < text.size() && isDigit(text[position])) {
        value = value * 10 + (text[position] - '0');
        ++position;
    }
    return value;
}

bool isDateSeparator(char c)
{
    return c == '.' || c == '/' || c == '-';
}

/// An optional time after the date: " HH:MM[:SS[.fff]]" or "THH:MM…"; the rest must be empty.
std::optional<std::int32_t> readTimeOfDay(std::string_view text, std::size_t position)
{
    if (position == text.size()) {
        return 0;
    }
    if (text[position] != ' ' && text[position] != 'T') {
        return std::nullopt;
    }
    ++position;
    const auto hour = readShortNumber(text, position);
    if (!hour || position >= text.size() || text[position] != ':') {
        return std::nullopt;
    }
    ++position;
    const auto minute = readDigits(text, position, 2);
    if (!minute) {
        return std::nullopt;
    }
    int second = 0;
    if (position < text.size() && text[position] == ':') {
        ++position;
        const auto seconds = readDigits(text, position, 2);
        if (!seconds) {
            return std::nullopt;
        }
        second = *seconds;
        if (position < text.size() && text[position] == '.') { // fractions of a second are dropped
            ++position;
            while (position < text.size() && isDigit(text[position])) {
                ++position;
            }
        }
    }
    if (position != text.size() || *hour > 23 || *minute > 59 || second > 59) {
        return std::nullopt;
    }
    return *hour * 3600 + *minute * 60 + second;
}

std::optional<DateTime> makeDateTime(
    int year, int month, int day, std::string_view text, std::size_t position)
{
    if (year < 1900 || year > 2199) {
        return std::nullopt;
    }
    const auto days = daysFromCivil(year, month, day);
    if (!days) {
        return std::nullopt;
    }
    const auto time = readTimeOfDay(text, position);
    if (!time) {
        return std::nullopt;
    }
    return DateTime {*days, *time};
}

} // namespace

std::optional<std::int64_t> daysFromCivil(int year, int month, int day)
{
    if (month < 1 || month > 12 || day < 1) {
        return std::nullopt;
    }
    constexpr std::array<int, 12> monthLengths {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int length = month == 2 && leap ? 29 : monthLengths[static_cast<std::size_t>(month - 1)];
    if (day > length) {
        return std::nullopt;
    }
    // Howard Hinnant's days_from_civil.
    const int y = month <= 2 ? year - 1 : year;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yearOfEra = y - era * 400;
    const int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return static_cast<std::int64_t>(era) * 146097 + dayOfEra - 719468;
}

std::string isoDate(std::int64_t day)
{
    // Howard Hinnant's civil_from_days.
    const std::int64_t z = day + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t dayOfEra = z - era * 146097;
    const std::int64_t yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const std::int64_t mp = (5 * dayOfYear + 2) / 153;
    const std::int64_t d = dayOfYear - (153 * mp + 2) / 5 + 1;
    const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
    // m is 1..12 and d 1..31 by construction; the casts tell the compiler so.
    std::array<char, 48> buffer {};
    std::snprintf(buffer.data(), buffer.size(), "%04lld-%02u-%02u", static_cast<long long>(y),
        static_cast<unsigned>(m) % 100U, static_cast<unsigned>(d) % 100U);
    return buffer.data();
}

std::optional<DateTime> parseDate(std::string_view text, DateFormat format)
{
    text = trimmed(text);
    std::size_t position = 0;
    switch (format) {
    case DateFormat::Iso: {
        const auto year = readDigits(text, position, 4);
        if (!year || position >= text.size() || (text[position] != '-' && text[position] != '/')) {
            return std::nullopt;
        }
        const char separator = text[position++];
        const auto month = readShortNumber(text, position);
        if (!month || position >= text.size() || text[position] != separator) {
            return std::nullopt;
        }
        ++position;
        const auto day = readShortNumber(text, position);
        if (!day) {
            return std::nullopt;
        }
        return makeDateTime(*year, *month, *day, text, position);
    }
    case DateFormat::DayMonthYear:
    case DateFormat::MonthDayYear: {
        const auto first = readShortNumber(text, position);
        if (!first || position >= text.size() || !isDateSeparator(text[position])) {
            return std::nullopt;
        }
        const char separator = text[position++];
        const auto second = readShortNumber(text, position);
        if (!second || position >= text.size() || text[position] != separator) {
            return std::nullopt;
        }
        ++position;
        const auto year = readDigits(text, position, 4);
        if (!year) {
            return std::nullopt;
        }
        const bool dayFirst = format == DateFormat::DayMonthYear;
        return makeDateTime(*year, dayFirst ? *second : *first, dayFirst ? *first : *second, text, position);
    }
    case DateFormat::Compact: {
        const auto year = readDigits(text, position, 4);
        const auto month = readDigits(text, position, 2);
        const auto day = readDigits(text, position, 2);
        if (!year || !month || !day) {
            return std::nullopt;
        }
        return makeDateTime(*year, *month, *day, text, position);
    }
    }
    return std::nullopt;
}

const char *dateFormatName(DateFormat format)
{
    switch (format) {
    case DateFormat::Iso:
        return "YYYY-MM-DD";
    case DateFormat::DayMonthYear:
        return "DD.MM.YYYY";
    case DateFormat::MonthDayYear:
        return "MM/DD/YYYY";
    case DateFormat::Compact:
        return "YYYYMMDD";
    }
    return "YYYY-MM-DD";
}

std::optional<DateFormat> dateFormatFromName(std::string_view name)
{
    std::string folded;
    for (const char c : trimmed(name)) {
        const char upper = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        folded += isDateSeparator(upper) ? '.' : upper; // one separator spelling for the comparison
    }
    if (folded == "YYYY.MM.DD" || folded == "ISO") {
        return DateFormat::Iso;
    }
    if (folded == "DD.MM.YYYY") {
        return DateFormat::DayMonthYear;
    }
    if (folded == "MM.DD.YYYY") {
        return DateFormat::MonthDayYear;
    }
    if (folded == "YYYYMMDD" || folded == "COMPACT") {
        return DateFormat::Compact;
    }
    return std::nullopt;
}

DateFormatDetection detectDateFormat(const std::vector<std::string_view> &values)
{
    constexpr std::array<DateFormat, 4> formats {
        DateFormat::Iso, DateFormat::DayMonthYear, DateFormat::MonthDayYear, DateFormat::Compact};
    std::array<bool, 4> possible {true, true, true, true};
    DateFormatDetection detection;
    for (const std::string_view value : values) {
        if (trimmed(value).empty()) {
            continue;
        }
        ++detection.nonEmptyCount;
        bool any = false;
        for (std::size_t f = 0; f < formats.size(); ++f) {
            if (possible[f]) {
                possible[f] = parseDate(value, formats[f]).has_value();
                any = any || possible[f];
            }
        }
        if (!any) {
            return {};
        }
    }
    if (detection.nonEmptyCount == 0) {
        return detection;
    }
    for (std::size_t f = 0; f < formats.size(); ++f) {
        if (possible[f]) {
            detection.candidates.push_back(formats[f]);
        }
    }
    return detection;
}

} // namespace segmenta::engine
