// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include <cstdint>
#include <string>
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

} // namespace segmenta::engine
