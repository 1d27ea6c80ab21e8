// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace segmenta::engine {

/// The type a column of customer data was stored with.
enum class ColumnType
{
    Integer,
    Real,
    Text
};

/// One stored cell: missing, whole number, decimal number or text.
using CellValue = std::variant<std::monostate, std::int64_t, double, std::string>;

/// Stable lower-case name ("integer", "real", "text") used in the project file and the CLI's JSON.
const char *columnTypeName(ColumnType type);

/// The four families of segmentation criteria, and the rest.
enum class CriteriaFamily
{
    Demographic, ///< age, gender, city, …
    Psychographic, ///< attitudes, interests, survey answers
    Behavioural, ///< how customers buy: tenure, channels, categories, returns
    Value, ///< what customers are worth: recency, frequency, monetary, lifetime value
    Other,
};

/// Stable lower-case name: "demographic", "psychographic", "behavioural", "value", "other".
const char *criteriaFamilyName(CriteriaFamily family);

/// The family of a stable name; Other for names it does not know.
CriteriaFamily criteriaFamilyFromName(std::string_view name);

} // namespace segmenta::engine
