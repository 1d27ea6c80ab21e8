// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "profiles/ProfileText.h"

#include "common/LocaleFormat.h"

#include <QLocale>

#include <cmath>

namespace segmenta::ui {

namespace {

// Two significant digits where they matter: ×0.05, ×0.8, ×2.4, ×12.
QString factorText(double value)
{
    return QLocale().toString(value, 'f', value >= 10.0 ? 0 : (value >= 0.1 ? 1 : 2));
}

} // namespace

QString ProfileText::index(double value)
{
    if (!std::isfinite(value)) {
        return QString();
    }
    //: An index against the average, e.g. "×2.4"; %1 is the number.
    return tr("×%1").arg(factorText(value));
}

QString ProfileText::indexPhrase(double value)
{
    if (!std::isfinite(value)) {
        return QString();
    }
    if (std::abs(value - 1.0) < 0.05) {
        return tr("about average");
    }
    //: How a segment's average compares to everyone's; %1 is a factor such as "2.4".
    return tr("%1× the average").arg(factorText(value));
}

QString ProfileText::signedDifference(double value)
{
    if (!std::isfinite(value)) {
        return QString();
    }
    const QString number = QLocale().toString(std::abs(value), 'f', 1);
    if (std::abs(value) < 0.05) {
        return QLocale().toString(0.0, 'f', 1);
    }
    // U+2212 MINUS SIGN: the same width as the plus, so a column of differences lines up.
    const QString sign = value > 0.0 ? QLocale().positiveSign() : QString(QChar(0x2212));
    return sign + number;
}

QString ProfileText::difference(const QString &column, double d, double indexValue)
{
    const bool hasIndex = std::isfinite(indexValue);
    const QString factor = factorText(indexValue);
    const double size = std::abs(d);
    if (size < smallDifference) {
        //: %1 is a column name, %2 the segment's average as a multiple of everyone's, e.g. "1.1".
        return hasIndex ? tr("%1 is close to average (×%2)").arg(column, factor)
                        : tr("%1 is close to average").arg(column);
    }
    if (d > 0.0) {
        if (size >= largeDifference) {
            //: %1 is a column name, %2 the segment's average as a multiple of everyone's, e.g. "2.4".
            return hasIndex ? tr("%1 is much higher than average (×%2)").arg(column, factor)
                            : tr("%1 is much higher than average").arg(column);
        }
        //: %1 is a column name, %2 the segment's average as a multiple of everyone's, e.g. "1.3".
        return hasIndex ? tr("%1 is somewhat higher than average (×%2)").arg(column, factor)
                        : tr("%1 is somewhat higher than average").arg(column);
    }
    if (size >= largeDifference) {
        //: %1 is a column name, %2 the segment's average as a multiple of everyone's, e.g. "0.3".
        return hasIndex ? tr("%1 is much lower than average (×%2)").arg(column, factor)
                        : tr("%1 is much lower than average").arg(column);
    }
    //: %1 is a column name, %2 the segment's average as a multiple of everyone's, e.g. "0.8".
    return hasIndex ? tr("%1 is somewhat lower than average (×%2)").arg(column, factor)
                    : tr("%1 is somewhat lower than average").arg(column);
}

} // namespace segmenta::ui
