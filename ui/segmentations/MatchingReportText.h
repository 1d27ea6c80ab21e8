// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QCoreApplication>
#include <QStringList>

namespace segmenta::ui {

/// A re-run's matching (SegmentationParams::matchTo) in plain words, in the user's language: built from the
/// report's fields (kept, split, merged, appeared, vanished, by segment index), not from the engine's
/// English sentences, so that it translates.
class MatchingReportText
{
    Q_DECLARE_TR_FUNCTIONS(segmenta::ui::MatchingReportText)

public:
    /// One line saying what the re-run was matched to and how many segments kept their names.
    static QString summary(const engine::SegmentMatchReport &report);
    /// One sentence per kept, split, merged, appeared and vanished segment (and one first when the
    /// segments were matched by their centres for lack of shared customers).
    static QStringList sentences(const engine::SegmentMatchReport &report);
};

} // namespace segmenta::ui
