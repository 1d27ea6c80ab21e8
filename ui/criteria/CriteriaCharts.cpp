// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "criteria/CriteriaCharts.h"

#include "common/LocaleFormat.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace segmenta::ui {

HistogramChart::HistogramChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HistogramChart::setHistogram(const QString &title, const engine::Histogram &histogram)
{
    m_title = title;
    m_histogram = histogram;
    setAccessibleName(title);
    update();
}

QSize HistogramChart::sizeHint() const
{
    return {240, 150};
}

QSize HistogramChart::minimumSizeHint() const
{
    return {140, 100};
}

void HistogramChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetrics metrics(font());
    const int line = metrics.height();
    QRect area = rect().adjusted(4, 2, -4, -2);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(area.left(), area.top(), area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(m_title, Qt::ElideRight, area.width()));
    const QRect bars(area.left(), area.top() + line + 4, area.width(), area.height() - 2 * line - 8);
    painter.drawLine(bars.bottomLeft(), bars.bottomRight());
    const std::vector<std::int64_t> &counts = m_histogram.counts;
    if (counts.empty() || bars.height() <= 0) {
        return;
    }
    const std::int64_t highest = std::max<std::int64_t>(1, *std::max_element(counts.begin(), counts.end()));
    const double width = static_cast<double>(bars.width()) / static_cast<double>(counts.size());
    const QColor fill = palette().color(QPalette::Highlight);
    for (std::size_t bin = 0; bin < counts.size(); ++bin) {
        const int height = static_cast<int>(std::lround(static_cast<double>(bars.height())
            * static_cast<double>(counts[bin]) / static_cast<double>(highest)));
        const int left = bars.left() + static_cast<int>(std::lround(width * static_cast<double>(bin)));
        const int right = bars.left() + static_cast<int>(std::lround(width * static_cast<double>(bin + 1)));
        painter.fillRect(QRect(left, bars.bottom() - height, std::max(1, right - left - 1), height), fill);
    }
    if (m_histogram.edges.size() >= 2) {
        const QRect axis(area.left(), bars.bottom() + 2, area.width(), line);
        painter.drawText(
            axis, Qt::AlignLeft | Qt::AlignVCenter, LocaleFormat::statistic(m_histogram.edges.front()));
        painter.drawText(
            axis, Qt::AlignRight | Qt::AlignVCenter, LocaleFormat::statistic(m_histogram.edges.back()));
    }
}

CorrelationHeatmap::CorrelationHeatmap(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void CorrelationHeatmap::setCorrelation(const QStringList &labels, const engine::Matrix &correlation)
{
    m_labels = labels;
    m_correlation = correlation;
    update();
}

QSize CorrelationHeatmap::sizeHint() const
{
    return {320, 240};
}

QSize CorrelationHeatmap::minimumSizeHint() const
{
    return {160, 120};
}

void CorrelationHeatmap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const int n = static_cast<int>(m_labels.size());
    if (n == 0 || m_correlation.rows() != n || m_correlation.cols() != n) {
        return;
    }
    const QFontMetrics metrics(font());
    int labelWidth = 0;
    for (const QString &label : m_labels) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(label));
    }
    labelWidth = std::min(labelWidth + 6, width() / 3);
    const QRect area = rect().adjusted(labelWidth, metrics.height() + 2, -2, -2);
    const int cell = std::clamp(std::min(area.width() / n, area.height() / n), 4, 64);
    for (int row = 0; row < n; ++row) {
        const QRect labelRect(0, area.top() + row * cell, labelWidth - 4, cell);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter,
            metrics.elidedText(m_labels[row], Qt::ElideRight, labelRect.width()));
        for (int column = 0; column < n; ++column) {
            const double r = std::clamp(m_correlation(row, column), -1.0, 1.0);
            const int strength = static_cast<int>(std::lround(255.0 * (1.0 - std::abs(r))));
            const QColor colour = r >= 0 ? QColor(255, strength, strength) : QColor(strength, strength, 255);
            const QRect box(area.left() + column * cell, area.top() + row * cell, cell, cell);
            painter.fillRect(box, colour);
            const bool warn = row != column && std::abs(r) > engine::correlationWarningThreshold;
            painter.setPen(warn ? QPen(Qt::black, 2) : QPen(palette().color(QPalette::Mid)));
            painter.drawRect(box.adjusted(0, 0, -1, -1));
            if (cell >= metrics.horizontalAdvance(QStringLiteral("-0.00")) + 4) {
                painter.setPen(std::abs(r) > 0.6 ? Qt::white : Qt::black);
                painter.drawText(box, Qt::AlignCenter, LocaleFormat::decimal(r, 2));
            }
        }
    }
    // Column labels: the first letters on top, full names in the row labels.
    painter.setPen(palette().color(QPalette::WindowText));
    for (int column = 0; column < n; ++column) {
        const QRect top(area.left() + column * cell, 0, cell, metrics.height());
        painter.drawText(top, Qt::AlignCenter, metrics.elidedText(m_labels[column], Qt::ElideRight, cell));
    }
}

} // namespace segmenta::ui
