// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "common/SegmentPalette.h"

#include <array>

namespace segmenta::ui {

namespace {

// Okabe-Ito, reordered so the first segments get the colours that read best on white (yellow last).
constexpr std::array<QRgb, 8> s_okabeIto = {
    0xff0072b2, // blue
    0xffe69f00, // orange
    0xff009e73, // bluish green
    0xffd55e00, // vermillion
    0xff56b4e9, // sky blue
    0xffcc79a7, // reddish purple
    0xff000000, // black
    0xfff0e442, // yellow
};

} // namespace

int SegmentPalette::colourCount()
{
    return static_cast<int>(s_okabeIto.size());
}

QColor SegmentPalette::colour(int index)
{
    const int count = colourCount();
    return QColor::fromRgb(s_okabeIto[static_cast<std::size_t>(((index % count) + count) % count)]);
}

QColor SegmentPalette::colour(int index, const std::string &stored)
{
    if (!stored.empty()) {
        const QColor chosen(QString::fromStdString(stored));
        if (chosen.isValid()) {
            return chosen;
        }
    }
    return colour(index);
}

} // namespace segmenta::ui
