// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include <QColor>

#include <string>

namespace segmenta::ui {

/// Segment colours, the same on the map and in the segment table.
/// Okabe & Ito's palette, which stays distinguishable with the common colour-vision deficiencies.
/// Segment indices are ordered by size, so the same seed gives the same colours run after run.
class SegmentPalette
{
public:
    /// How many distinct colours there are before they repeat (with a different marker shape).
    static int colourCount();
    /// The colour of segment @p index (0-based); cycles after colourCount().
    static QColor colour(int index);
    /// The colour the user chose (@p stored, "#rrggbb"), else the palette's for @p index.
    static QColor colour(int index, const std::string &stored);
};

} // namespace segmenta::ui
