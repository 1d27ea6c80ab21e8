// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "diagnostics/ScreePlot.h"

#include "common/LocaleFormat.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>
#include <array>
#include <cmath>

namespace segmenta::ui {

namespace {

constexpr double margin = 8.0;
constexpr double tickLength = 4.0;
constexpr double barShare = 0.7; ///< of each component's slot the bar fills
constexpr std::array<double, 6> ticks {0.0, 0.2, 0.4, 0.6, 0.8, 1.0};
const QColor highlightColour(0x00, 0x72, 0xB2); // Okabe & Ito blue: the map's axes
const QColor otherColour(0xA6, 0xA6, 0xA6);
const QColor cumulativeColour(0xD5, 0x5E, 0x00); // Okabe & Ito vermilion

} // namespace

ScreePlot::ScreePlot(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ScreePlot::setSpectrum(const engine::PcaSpectrum &spectrum, int mapAxisCount)
{
    m_ratios = spectrum.explainedVarianceRatio;
    m_mapAxisCount = std::clamp(mapAxisCount, 0, static_cast<int>(m_ratios.size()));
    update();
}

void ScreePlot::clear()
{
    m_ratios.clear();
    m_mapAxisCount = 0;
    update();
}

QSize ScreePlot::sizeHint() const
{
    return {640, 380};
}

QSize ScreePlot::minimumSizeHint() const
{
    return {320, 200};
}

QRectF ScreePlot::plotArea() const
{
    const QFontMetricsF metrics(font());
    const double left = margin + metrics.horizontalAdvance(LocaleFormat::percent(1.0, 0)) + tickLength + 4.0;
    const double top = margin + 1.6 * metrics.height(); // the legend
    const double bottom = height() - margin - 2 * metrics.height() - tickLength - 4.0;
    const double right = width() - margin;
    return QRectF(QPointF(left, top), QPointF(std::max(left + 1.0, right), std::max(top + 1.0, bottom)));
}

QRectF ScreePlot::barRect(int component) const
{
    const QRectF area = plotArea();
    const double slot = area.width() / static_cast<double>(std::max<std::size_t>(1, m_ratios.size()));
    const double ratio = m_ratios.at(static_cast<std::size_t>(component));
    const double barWidth = slot * barShare;
    const double x = area.left() + slot * component + (slot - barWidth) / 2.0;
    const double h = std::clamp(ratio, 0.0, 1.0) * area.height();
    return QRectF(x, area.bottom() - h, barWidth, h);
}

void ScreePlot::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (m_ratios.empty()) {
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QRectF area = plotArea();
    const QFontMetricsF metrics(font());
    const QColor text = palette().color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.15);
    const auto yFor
        = [&area](double share) { return area.bottom() - std::clamp(share, 0.0, 1.0) * area.height(); };

    // Share axis with grid lines.
    for (const double tick : ticks) {
        painter.setPen(QPen(grid, 1.0));
        painter.drawLine(QPointF(area.left(), yFor(tick)), QPointF(area.right(), yFor(tick)));
        painter.setPen(text);
        const QString label = LocaleFormat::percent(tick, 0);
        painter.drawText(QRectF(margin, yFor(tick) - metrics.height() / 2.0,
                             area.left() - margin - tickLength - 2.0, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, label);
    }

    // Bars, with their share above when there is room.
    const double slot = area.width() / static_cast<double>(m_ratios.size());
    for (int c = 0; c < componentCount(); ++c) {
        const QRectF bar = barRect(c);
        painter.fillRect(bar, c < m_mapAxisCount ? highlightColour : otherColour);
        const QString share = LocaleFormat::percent(m_ratios[static_cast<std::size_t>(c)], 0);
        if (metrics.horizontalAdvance(share) + 2.0 <= slot) {
            painter.setPen(text);
            painter.drawText(
                QRectF(area.left() + slot * c, bar.top() - metrics.height() - 2.0, slot, metrics.height()),
                Qt::AlignHCenter | Qt::AlignBottom, share);
        }
        //: Label of a principal component under its bar in the scree plot; %1 is its number.
        const QString name = tr("PC%1").arg(c + 1);
        // Thin out the labels when the components are many and the slots narrow.
        const int every
            = std::max(1, static_cast<int>(std::ceil((metrics.horizontalAdvance(name) + 6.0) / slot)));
        if (c % every == 0) {
            painter.setPen(text);
            painter.drawText(QRectF(area.left() + slot * (c - (every - 1) / 2.0), area.bottom() + tickLength,
                                 slot * every, metrics.height()),
                Qt::AlignHCenter | Qt::AlignTop, name);
        }
    }

    // The cumulative share: a line through each component's running total, with dots.
    QPainterPath line;
    double running = 0.0;
    for (int c = 0; c < componentCount(); ++c) {
        running += m_ratios[static_cast<std::size_t>(c)];
        const QPointF point(area.left() + slot * (c + 0.5), yFor(running));
        if (c == 0) {
            line.moveTo(point);
        } else {
            line.lineTo(point);
        }
    }
    painter.setPen(QPen(cumulativeColour, 2.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(line);
    painter.setBrush(cumulativeColour);
    running = 0.0;
    for (int c = 0; c < componentCount(); ++c) {
        running += m_ratios[static_cast<std::size_t>(c)];
        painter.drawEllipse(QPointF(area.left() + slot * (c + 0.5), yFor(running)), 3.0, 3.0);
    }

    // Axis line and title.
    painter.setPen(QPen(text, 1.0));
    painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()));
    painter.drawText(QRectF(area.left(), area.bottom() + tickLength + metrics.height() + 2.0, area.width(),
                         metrics.height()),
        Qt::AlignHCenter | Qt::AlignVCenter, tr("Principal component"));

    // Legend along the top.
    double x = area.left();
    const double y = margin;
    const double box = metrics.height() * 0.7;
    const auto legendEntry = [&](const QColor &colour, const QString &label, bool isLine) {
        if (isLine) {
            painter.setPen(QPen(colour, 2.0));
            painter.drawLine(
                QPointF(x, y + metrics.height() / 2.0), QPointF(x + 2 * box, y + metrics.height() / 2.0));
            x += 2 * box + 4.0;
        } else {
            painter.fillRect(QRectF(x, y + (metrics.height() - box) / 2.0, box, box), colour);
            x += box + 4.0;
        }
        painter.setPen(text);
        painter.drawText(QPointF(x, y + metrics.ascent()), label);
        x += metrics.horizontalAdvance(label) + 16.0;
    };
    if (m_mapAxisCount > 0) {
        legendEntry(highlightColour, tr("Axes of the map"), false);
        legendEntry(otherColour, tr("Other components"), false);
    } else {
        legendEntry(otherColour, tr("Share of the variance"), false);
    }
    legendEntry(cumulativeColour, tr("Cumulative"), true);
}

} // namespace segmenta::ui
