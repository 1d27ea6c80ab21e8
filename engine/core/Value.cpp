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

} // namespace segmenta::engine
