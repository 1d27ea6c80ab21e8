// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Value.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace segmenta::engine {

/// How numbers are written: the decimal mark and the digit-group separator. The default is the plain
/// form the functions without a format read: dot decimals, no grouping.
struct NumberFormat
{
    char decimalMark = '.'; ///< '.' or ','
    /// '\0': no grouping. ',' or '.' (never the decimal mark): groups of exactly three digits in the
    /// integer part, the first of 1–3 digits not starting with 0 ("1.234.567"); spaces (U+0020, U+00A0,
    /// U+202F) then group too ("1 234,56"). One separator kind per number; no exponent with grouping.
    char thousandsSeparator = '\0';
};

/// The value without surrounding spaces and tabs.
std::string_view trimmed(std::string_view text);

/// A whole number written plainly ("42", "-7", "+3"). Leading zeros ("007") are not numbers: they are
/// codes whose zeros matter, so such a column stays text.
std::optional<std::int64_t> parseInteger(std::string_view text);

/// A decimal number with a dot ("3.14", "-2", "1e6"); no thousands separators, no "nan"/"inf".
std::optional<double> parseReal(std::string_view text);

/// A whole number in `format` ("1.234" with comma decimals is 1234). Leading zeros make a code, as above.
std::optional<std::int64_t> parseInteger(std::string_view text, const NumberFormat &format);

/// A decimal number in `format` ("1.234,56", "1,234.56", "1 234,56"); grouping must be strictly in threes,
/// so "1.5" is not a number with comma decimals and "1,5" is not one with dot decimals.
std::optional<double> parseReal(std::string_view text, const NumberFormat &format);

/// The narrowest type that holds every non-empty value: integer, then real, then text.
/// Empty values (after trimming) are missing and do not decide the type.
ColumnType inferColumnType(const std::vector<std::string_view> &values);

/// As above, reading numbers in `format`.
ColumnType inferColumnType(const std::vector<std::string_view> &values, const NumberFormat &format);

/// A yes/no value: yes, evet, true, 1, e (evet) for true; no, hayır, false, 0, h (hayır) for false; any case,
/// surrounding spaces ignored. Nothing for other values.
std::optional<bool> parseBoolean(std::string_view text);

/// Folds a header for matching: lower case, Turkish letters to ASCII (ş→s, ı/İ→i, ü→u, ö→o, ç→c, ğ→g),
/// spaces, underscores, dashes and dots removed. "Müşteri No" → "musterino".
std::string foldHeader(std::string_view header);

} // namespace segmenta::engine
