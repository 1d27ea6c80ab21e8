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

/// The value without surrounding spaces and tabs.
std::string_view trimmed(std::string_view text);

/// A whole number written plainly ("42", "-7", "+3"). Leading zeros ("007") are not numbers: they are
/// codes whose zeros matter, so such a column stays text.
std::optional<std::int64_t> parseInteger(std::string_view text);

/// A decimal number with a dot ("3.14", "-2", "1e6"); no thousands separators, no "nan"/"inf".
std::optional<double> parseReal(std::string_view text);

/// The narrowest type that holds every non-empty value: integer, then real, then text.
/// Empty values (after trimming) are missing and do not decide the type.
ColumnType inferColumnType(const std::vector<std::string_view> &values);

/// Folds a header for matching: lower case, Turkish letters to ASCII (ş→s, ı/İ→i, ü→u, ö→o, ç→c, ğ→g),
/// spaces, underscores, dashes and dots removed. "Müşteri No" → "musterino".
std::string foldHeader(std::string_view header);

} // namespace segmenta::engine
