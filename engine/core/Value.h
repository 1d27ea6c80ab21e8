// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include <cstdint>
#include <optional>
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

/// What a column's values mean, finer than the ColumnType they are stored with: what the import inferred
/// (or the user chose) and the project keeps in customer_columns.value_kind.
enum class ValueKind
{
    Integer, ///< whole numbers; stored as integers
    Decimal, ///< numbers with a fraction; stored as reals
    Date, ///< calendar dates; stored as ISO text "YYYY-MM-DD"
    DateTime, ///< dates with a time of day; stored as ISO text "YYYY-MM-DDTHH:MM:SS"
    Boolean, ///< yes/no, evet/hayır, true/false, 1/0, e/h; stored as the integers 1 (yes) and 0 (no)
    Categorical, ///< text with few distinct values (city, gender, channel); stored as text
    FreeText, ///< any other text; stored as written
    Identifier, ///< a value per row (codes, ids, leading zeros kept); stored as text
};

/// Stable lower-case name used in the project file and the CLI: "integer", "decimal", "date", "datetime",
/// "boolean", "categorical", "text", "identifier".
const char *valueKindName(ValueKind kind);

/// The kind of a name above; also "category" (categorical), "real" and "number" (decimal), "bool" and
/// "yes/no" (boolean), "id" (identifier), case-insensitively. Nothing for other names.
std::optional<ValueKind> valueKindFromName(std::string_view name);

/// How a column of that kind is stored: Integer and Boolean as integers, Decimal as reals, the rest as text.
ColumnType storageType(ValueKind kind);

/// The kind a column stored as @p type has when nothing finer is known: integer, decimal or text.
ValueKind defaultValueKind(ColumnType type);

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
