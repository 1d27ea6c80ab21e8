// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QCoreApplication>
#include <QString>

namespace segmenta::ui {

/// Segment profiles in plain words, from translatable templates: "Fresh is much higher than average (×2.4)".
class ProfileText
{
    Q_DECLARE_TR_FUNCTIONS(ProfileText)

public:
    /// |standardised difference| from which a difference is "much" higher or lower (Cohen's "large").
    static constexpr double largeDifference = 0.8;
    /// Below this |standardised difference| a value is "close to average" (Cohen's "small").
    static constexpr double smallDifference = 0.2;

    /// One distinguishing variable as a sentence; the index is left out when it is undefined.
    static QString difference(const QString &column, double standardisedDifference, double index);
    /// "×2.4"; empty for an undefined index.
    static QString index(double index);
    /// "2.4× the average", "half the average", "about average".
    static QString indexPhrase(double index);
    /// A signed standardised difference for a heatmap cell: "+1.2", "−0.4".
    static QString signedDifference(double standardisedDifference);
};

} // namespace segmenta::ui
