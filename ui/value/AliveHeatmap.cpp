// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "value/AliveHeatmap.h"

#include "common/LocaleFormat.h"

#include <QHelpEvent>
#include <QLinearGradient>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <array>
#include <cmath>

namespace segmenta::ui {

namespace {

constexpr int legendWidth = 16;
constexpr int legendGap = 14;
constexpr int tickLength = 4;

/// Steps of the colour scale, light (probably gone) to dark (probably active): a sequential blue ramp
/// that reads in grey-scale and for colour-blind readers.
const std::array<QColor, 5> &scale()
{
    static const std::array<QColor, 5> colours {QColor(0xf7, 0xfb, 0xff), QColor(0xc6, 0xdb, 0xef),
        QColor(0x6b, 0xae, 0xd6), QColor(0x21, 0x71, 0xb5), QColor(0x08, 0x30, 0x6b)};
    return colours;
}

/// A label every few steps so that the numbers on an axis never overlap.
std::size_t labelStep(std::size_t count, double pixelsPerItem, double labelPixels)
{
    std::size_t step = 1;
    while (step < count && pixelsPerItem * static_cast<double>(step) < labelPixels) {
        step = step < 5 ? step + 1 : step + 5 - step % 5;
    }
    return step;
}

} // namespace

AliveHeatmap::AliveHeatmap(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void AliveHeatmap::setGrid(const engine::AliveGrid &grid)
{
    m_grid = grid;
    update();
}

void AliveHeatmap::clear()
{
    m_grid = engine::AliveGrid {};
    update();
}

int AliveHeatmap::paintedCellCount() const
{
    return static_cast<int>(std::count_if(
        m_grid.probability.begin(), m_grid.probability.end(), [](double p) { return std::isfinite(p); }));
}

QColor AliveHeatmap::colourOf(double p)
{
    const auto &colours = scale();
    const double position = std::clamp(p, 0.0, 1.0) * static_cast<double>(colours.size() - 1);
    const auto low = static_cast<std::size_t>(std::floor(position));
    const std::size_t high = std::min(low + 1, colours.size() - 1);
    const double t = position - static_cast<double>(low);
    const QColor &a = colours[low];
    const QColor &b = colours[high];
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
        static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
        static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QSize AliveHeatmap::sizeHint() const
{
    return {640, 420};
}

QSize AliveHeatmap::minimumSizeHint() const
{
    return {320, 220};
}

QRectF AliveHeatmap::plotRect() const
{
    const QFontMetrics metrics = fontMetrics();
    const double left
        = metrics.height() * 2.0 + metrics.horizontalAdvance(QStringLiteral("000")) + tickLength;
    const double right = legendGap + legendWidth + tickLength
        + metrics.horizontalAdvance(QStringLiteral("100%")) + metrics.height() * 2.0;
    const double top = metrics.height() * 2.0;
    const double bottom = metrics.height() * 3.0 + tickLength;
    return QRectF(left, top, std::max(1.0, width() - left - right), std::max(1.0, height() - top - bottom));
}

QRectF AliveHeatmap::cellRect(std::size_t frequency, std::size_t recency) const
{
    const QRectF plot = plotRect();
    const double cellWidth = plot.width() / static_cast<double>(m_grid.recencies.size());
    const double cellHeight = plot.height() / static_cast<double>(m_grid.frequencies.size());
    // Frequency 0 at the bottom, as on a chart.
    return QRectF(plot.left() + cellWidth * static_cast<double>(recency),
        plot.bottom() - cellHeight * static_cast<double>(frequency + 1), cellWidth, cellHeight);
}

void AliveHeatmap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const QFontMetrics metrics = fontMetrics();
    const QColor textColour = palette().color(QPalette::Text);
    const std::size_t rows = m_grid.frequencies.size();
    const std::size_t columns = m_grid.recencies.size();
    if (rows == 0 || columns == 0 || m_grid.probability.size() != rows * columns) {
        painter.setPen(textColour);
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No P(alive) grid to show."));
        return;
    }
    const QRectF plot = plotRect();

    //: Title of the heatmap; %1 is the customers' age in weeks the grid is computed at.
    const QString title = tr("Probability that a customer is still active, for a customer who first bought "
                             "%1 weeks ago")
                              .arg(LocaleFormat::decimal(m_grid.age, 0));
    painter.setPen(textColour);
    painter.drawText(QRectF(0, 0, width(), metrics.height() * 1.6), Qt::AlignCenter,
        metrics.elidedText(title, Qt::ElideRight, width() - 8));

    for (std::size_t f = 0; f < rows; ++f) {
        for (std::size_t r = 0; r < columns; ++r) {
            const double p = m_grid.probability[f * columns + r];
            if (std::isfinite(p)) {
                // Slightly larger than the cell so that no hairline gaps show between neighbours.
                painter.fillRect(cellRect(f, r).adjusted(0, 0, 0.5, 0.5), colourOf(p));
            }
        }
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(plot);

    // Axes: recency across, frequency up, a label every few cells.
    painter.setPen(textColour);
    const double cellWidth = plot.width() / static_cast<double>(columns);
    const double cellHeight = plot.height() / static_cast<double>(rows);
    const std::size_t columnStep
        = labelStep(columns, cellWidth, metrics.horizontalAdvance(QStringLiteral("000")) + 6.0);
    for (std::size_t r = 0; r < columns; r += columnStep) {
        const QRectF cell = cellRect(0, r);
        const double x = cell.center().x();
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + tickLength));
        painter.drawText(QRectF(x - 30, plot.bottom() + tickLength, 60, metrics.height()), Qt::AlignCenter,
            LocaleFormat::decimal(m_grid.recencies[r], 0));
    }
    const std::size_t rowStep = labelStep(rows, cellHeight, metrics.height() + 2.0);
    for (std::size_t f = 0; f < rows; f += rowStep) {
        const double y = cellRect(f, 0).center().y();
        painter.drawLine(QPointF(plot.left() - tickLength, y), QPointF(plot.left(), y));
        painter.drawText(
            QRectF(0, y - metrics.height() / 2.0, plot.left() - tickLength - 3, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, LocaleFormat::decimal(m_grid.frequencies[f], 0));
    }
    const QString xTitle = tr("Weeks from first to last purchase (recency)");
    painter.drawText(QRectF(plot.left(), plot.bottom() + tickLength + metrics.height() * 1.2, plot.width(),
                         metrics.height() * 1.4),
        Qt::AlignCenter, metrics.elidedText(xTitle, Qt::ElideRight, static_cast<int>(plot.width())));
    painter.save();
    painter.translate(metrics.height() * 0.2, plot.center().y());
    painter.rotate(-90);
    const QString yTitle = tr("Repeat purchases (frequency)");
    painter.drawText(QRectF(-plot.height() / 2.0, 0, plot.height(), metrics.height() * 1.2), Qt::AlignCenter,
        metrics.elidedText(yTitle, Qt::ElideRight, static_cast<int>(plot.height())));
    painter.restore();

    // Colour legend: 0 % at the bottom, 100 % at the top.
    const QRectF legend(plot.right() + legendGap, plot.top(), legendWidth, plot.height());
    QLinearGradient gradient(legend.bottomLeft(), legend.topLeft());
    const auto &colours = scale();
    for (std::size_t i = 0; i < colours.size(); ++i) {
        gradient.setColorAt(static_cast<double>(i) / static_cast<double>(colours.size() - 1), colours[i]);
    }
    painter.fillRect(legend, gradient);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(legend);
    painter.setPen(textColour);
    for (int step = 0; step <= 4; ++step) {
        const double fraction = step / 4.0;
        const double y = legend.bottom() - legend.height() * fraction;
        painter.drawLine(QPointF(legend.right(), y), QPointF(legend.right() + tickLength, y));
        painter.drawText(
            QRectF(legend.right() + tickLength + 2, y - metrics.height() / 2.0, 60, metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter, LocaleFormat::percent(fraction, 0));
    }
    painter.save();
    painter.translate(width() - metrics.height() * 0.2, legend.center().y());
    painter.rotate(90);
    painter.drawText(QRectF(-legend.height() / 2.0, 0, legend.height(), metrics.height() * 1.2),
        Qt::AlignCenter, tr("P(alive)"));
    painter.restore();
}

bool AliveHeatmap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const std::size_t rows = m_grid.frequencies.size();
        const std::size_t columns = m_grid.recencies.size();
        const QRectF plot = plotRect();
        if (rows > 0 && columns > 0 && plot.contains(help->pos())) {
            const auto r = std::min(columns - 1,
                static_cast<std::size_t>(
                    (help->pos().x() - plot.left()) / plot.width() * static_cast<double>(columns)));
            const auto f = std::min(rows - 1,
                static_cast<std::size_t>(
                    (plot.bottom() - help->pos().y()) / plot.height() * static_cast<double>(rows)));
            const double p = m_grid.probability.size() == rows * columns ? m_grid.probability[f * columns + r]
                                                                         : std::nan("");
            //: Heatmap tooltip; %1 repeat purchases, %2 weeks, %3 the probability.
            QToolTip::showText(help->globalPos(),
                std::isfinite(p)
                    ? tr("%1 repeat purchases, the last %2 weeks after the first: %3 still active")
                          .arg(LocaleFormat::decimal(m_grid.frequencies[f], 0),
                              LocaleFormat::decimal(m_grid.recencies[r], 0), LocaleFormat::percent(p, 0))
                    : tr("No customer can have this history."),
                this);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace segmenta::ui
