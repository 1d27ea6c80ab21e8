// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "core/Value.h"

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
