// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace segmenta::ui {

/// Writes what a view shows to a file for a report or a slide: PNG at twice the screen's pixels (sharp on
/// high-DPI screens and in print), or SVG and PDF as vector drawings. The format follows the file's suffix.
class ViewExport
{
    Q_DECLARE_TR_FUNCTIONS(ViewExport)

public:
    /// Pixels per view pixel in PNG exports.
    static constexpr qreal pngPixelRatio = 2.0;

    enum class Format
    {
        Png,
        Svg,
        Pdf,
        Unknown
    };

    /// By suffix, ignoring case: .png, .svg, .pdf.
    static Format formatOf(const QString &path);

    /// Renders @p view (at its current size) to @p path; on failure returns false with a translated reason
    /// in @p error. A SegmentMapView draws without OpenGL while it is exported, so no dot is lost.
    static bool write(QWidget *view, const QString &path, QString *error = nullptr);
};

} // namespace segmenta::ui
