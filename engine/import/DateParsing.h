// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace segmenta::engine {

/// How the dates of a column are written. Times of day ("HH:MM" or "HH:MM:SS", after a space or a 'T')
/// may follow any of them.
enum class DateFormat
{
    Iso, ///< 2024-12-31 (also 2024/12/31)
    DayMonthYear, ///< 31.12.2024, 31/12/2024, 31-12-2024 (Turkish, most of Europe)
    MonthDayYear, ///< 12/31/2024 (United States)
    Compact, ///< 20241231 (exports of older systems; CDNOW)
};

/// A calendar date and time of day, both from the file.
struct DateTime
{
    std::int64_t day = 0; ///< days since 1970-01-01
    std::int32_t secondOfDay = 0; ///< 0..86399; 0 when the file has no time
};

/// Days since 1970-01-01 of a proleptic Gregorian date, or nothing when the date does not exist
/// (2023-02-29, month 13).
std::optional<std::int64_t> daysFromCivil(int year, int month, int day);

/// The date of a day number, as "YYYY-MM-DD".
std::string isoDate(std::int64_t day);

/// Parses one value written in `format`; leading and trailing spaces are ignored. Years are four digits
/// (1900..2199). Nothing when the value is not a valid date in that format.
std::optional<DateTime> parseDate(std::string_view text, DateFormat format);

/// The format's name as the CLI takes it: "YYYY-MM-DD", "DD.MM.YYYY", "MM/DD/YYYY", "YYYYMMDD".
const char *dateFormatName(DateFormat format);

/// Parses a --date-format value: the names above, and with any of the separators . / - ("DD/MM/YYYY",
/// "MM-DD-YYYY"), case-insensitively; "iso" and "compact" too.
std::optional<DateFormat> dateFormatFromName(std::string_view name);

/// What a column's values say about their date format.
struct DateFormatDetection
{
    /// The formats under which every non-empty value parses, in the order Iso, DayMonthYear,
    /// MonthDayYear, Compact. Empty: not a date column. DayMonthYear and MonthDayYear both listed means
    /// the column is ambiguous: no day above 12 tells them apart (01/02/2024).
    std::vector<DateFormat> candidates;
    std::int64_t nonEmptyCount = 0;
};

/// Tries each format on every non-empty value of a column.
DateFormatDetection detectDateFormat(const std::vector<std::string_view> &values);

} // namespace segmenta::engine
