// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Value.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace segmenta::ui {

/// Numbers as the user's language writes them: digit grouping, decimal mark and where the percent sign
/// goes all come from the default QLocale and the translation, never from string concatenation.
class LocaleFormat
{
    Q_DECLARE_TR_FUNCTIONS(LocaleFormat)

public:
    /// A whole number with digit grouping: 12,669 (English) or 12.669 (Turkish).
    static QString count(std::int64_t value);
    /// A decimal number with at most @p decimals places, trailing zeros dropped.
    static QString decimal(double value, int decimals = 2);
    /// A summary statistic (an average) with as many decimals as its size warrants: 9,092 · 45.3 · 0.27.
    /// Keeps a column of averages aligned, unlike decimal(), which drops trailing zeros.
    static QString statistic(double value);
    /// A fraction 0..1 as a percentage, e.g. 0.125 → "12.5%" or "%12,5".
    static QString percent(double fraction, int decimals = 1);
    /// One stored cell for display; missing values become an empty string.
    static QString cell(const engine::CellValue &value);
    /// True for cells that hold a number (right-aligned in tables).
    static bool isNumber(const engine::CellValue &value);
};

} // namespace segmenta::ui
