// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "core/Value.h"

#include <cctype>
#include <string>

namespace segmenta::engine {

const char *columnTypeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
        return "integer";
    case ColumnType::Real:
        return "real";
    case ColumnType::Text:
        return "text";
    }
    return "text";
}

const char *valueKindName(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Integer:
        return "integer";
    case ValueKind::Decimal:
        return "decimal";
    case ValueKind::Date:
        return "date";
    case ValueKind::DateTime:
        return "datetime";
    case ValueKind::Boolean:
        return "boolean";
    case ValueKind::Categorical:
        return "categorical";
    case ValueKind::FreeText:
        return "text";
    case ValueKind::Identifier:
        return "identifier";
    }
    return "text";
}

std::optional<ValueKind> valueKindFromName(std::string_view name)
{
    std::string folded;
    for (const char c : name) {
        folded.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    for (const ValueKind kind : {ValueKind::Integer, ValueKind::Decimal, ValueKind::Date, ValueKind::DateTime,
             ValueKind::Boolean, ValueKind::Categorical, ValueKind::FreeText, ValueKind::Identifier}) {
        if (folded == valueKindName(kind)) {
            return kind;
        }
    }
    if (folded == "category") {
        return ValueKind::Categorical;
    }
    if (folded == "real" || folded == "number") {
        return ValueKind::Decimal;
    }
    if (folded == "bool" || folded == "yes/no") {
        return ValueKind::Boolean;
    }
    if (folded == "id") {
        return ValueKind::Identifier;
    }
    return std::nullopt;
}

ColumnType storageType(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Integer:
    case ValueKind::Boolean:
        return ColumnType::Integer;
    case ValueKind::Decimal:
        return ColumnType::Real;
    case ValueKind::Date:
    case ValueKind::DateTime:
    case ValueKind::Categorical:
    case ValueKind::FreeText:
    case ValueKind::Identifier:
        return ColumnType::Text;
    }
    return ColumnType::Text;
}

ValueKind defaultValueKind(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
        return ValueKind::Integer;
    case ColumnType::Real:
        return ValueKind::Decimal;
    case ColumnType::Text:
        return ValueKind::FreeText;
    }
    return ValueKind::FreeText;
}

const char *criteriaFamilyName(CriteriaFamily family)
{
    switch (family) {
    case CriteriaFamily::Demographic:
        return "demographic";
    case CriteriaFamily::Psychographic:
        return "psychographic";
    case CriteriaFamily::Behavioural:
        return "behavioural";
    case CriteriaFamily::Value:
        return "value";
    case CriteriaFamily::Other:
        return "other";
    }
    return "other";
}

CriteriaFamily criteriaFamilyFromName(std::string_view name)
{
    for (const CriteriaFamily family : {CriteriaFamily::Demographic, CriteriaFamily::Psychographic,
             CriteriaFamily::Behavioural, CriteriaFamily::Value}) {
        if (name == criteriaFamilyName(family)) {
            return family;
        }
    }
    return CriteriaFamily::Other;
}

} // namespace segmenta::engine
