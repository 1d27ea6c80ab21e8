// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "common/LocaleFormat.h"

#include <QLocale>

#include <cmath>
#include <type_traits>

namespace segmenta::ui {

QString LocaleFormat::count(std::int64_t value)
{
    return QLocale().toString(static_cast<qlonglong>(value));
}

QString LocaleFormat::decimal(double value, int decimals)
{
    if (!std::isfinite(value)) {
        return QString();
    }
    const QLocale locale;
    QString text = locale.toString(value, 'f', decimals);
    // Drop trailing zeros ("12.50" → "12.5", "3.00" → "3") so whole numbers stored as reals read naturally.
    const QString decimalPoint = locale.decimalPoint();
    if (decimals > 0 && text.contains(decimalPoint)) {
        while (text.endsWith(locale.zeroDigit())) {
            text.chop(1);
        }
        if (text.endsWith(decimalPoint)) {
            text.chop(decimalPoint.size());
        }
    }
    return text;
}

QString LocaleFormat::statistic(double value)
{
    if (!std::isfinite(value)) {
        return QString();
    }
    const double magnitude = std::abs(value);
    const int decimals = magnitude >= 100.0 ? 0 : (magnitude >= 10.0 ? 1 : 2);
    return QLocale().toString(value, 'f', decimals);
}

QString LocaleFormat::percent(double fraction, int decimals)
{
    //: A percentage; %1 is the number. Put the percent sign where your language does (Turkish: %%1).
    return tr("%1%").arg(QLocale().toString(fraction * 100.0, 'f', decimals));
}

QString LocaleFormat::cell(const engine::CellValue &value)
{
    return std::visit(
        [](const auto &v) -> QString {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                return QString();
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
                return count(v);
            } else if constexpr (std::is_same_v<T, double>) {
                return decimal(v, 2);
            } else {
                return QString::fromStdString(v);
            }
        },
        value);
}

bool LocaleFormat::isNumber(const engine::CellValue &value)
{
    return std::holds_alternative<std::int64_t>(value) || std::holds_alternative<double>(value);
}

} // namespace segmenta::ui
