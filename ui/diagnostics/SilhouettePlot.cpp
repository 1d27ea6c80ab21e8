// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "diagnostics/SilhouettePlot.h"

#include "common/LocaleFormat.h"
#include "common/SegmentPalette.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>

namespace segmenta::ui {

namespace {

constexpr double blockGap = 6.0; ///< pixels between two segments' blocks
constexpr double margin = 8.0;
constexpr double tickLength = 4.0;
constexpr double maximumLabelShare = 0.34; ///< of the width, at most, for the segment names
constexpr std::array<double, 5> ticks {-1.0, -0.5, 0.0, 0.5, 1.0};

} // namespace

SilhouettePlot::SilhouettePlot(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void SilhouettePlot::setSilhouette(
    const engine::SegmentationSilhouette &silhouette, const std::vector<engine::SegmentInfo> &segments)
{
    m_blocks.clear();
    m_mean = silhouette.mean;
    const std::size_t segmentCount = std::max(segments.size(), silhouette.segmentMeans.size());
    std::vector<std::vector<double>> values(segmentCount);
    for (const engine::MemberSilhouette &member : silhouette.members) {
        if (member.segment >= 0 && static_cast<std::size_t>(member.segment) < segmentCount) {
            values[static_cast<std::size_t>(member.segment)].push_back(member.value);
        }
    }
    for (std::size_t s = 0; s < segmentCount; ++s) {
        if (values[s].empty()) {
            continue;
        }
        Block block;
        block.segment = static_cast<int>(s);
        const engine::SegmentInfo *info = s < segments.size() ? &segments[s] : nullptr;
        block.name = info ? QString::fromStdString(info->name) : tr("Segment %1").arg(s + 1);
        block.colour = SegmentPalette::colour(static_cast<int>(s), info ? info->color : std::string());
        block.mean = s < silhouette.segmentMeans.size() ? silhouette.segmentMeans[s] : 0.0;
        block.values = std::move(values[s]);
        std::sort(block.values.begin(), block.values.end(), std::greater<>());
        m_blocks.push_back(std::move(block));
    }
    layoutBlocks();
    update();
}

void SilhouettePlot::clear()
{
    m_blocks.clear();
    m_mean = 0.0;
    update();
}

QSize SilhouettePlot::sizeHint() const
{
    return {640, 420};
}

QSize SilhouettePlot::minimumSizeHint() const
{
    return {320, 200};
}

double SilhouettePlot::labelWidth() const
{
    const QFontMetricsF metrics(font());
    double widest = metrics.horizontalAdvance(tr("Mean %1").arg(LocaleFormat::decimal(-0.99, 2)));
    for (const Block &block : m_blocks) {
        widest = std::max(widest, metrics.horizontalAdvance(block.name));
    }
    return std::min(widest + 2 * margin, width() * maximumLabelShare);
}

QRectF SilhouettePlot::plotArea() const
{
    const QFontMetricsF metrics(font());
    const double top = margin + metrics.height() + 4.0; // the overall mean's label above the plot
    const double bottom = height() - margin - 2 * metrics.height() - tickLength - 4.0; // ticks and title
    const double left = labelWidth();
    const double right = width() - margin - metrics.horizontalAdvance(LocaleFormat::decimal(1.0)) / 2.0;
    return QRectF(QPointF(left, top), QPointF(std::max(left + 1.0, right), std::max(top + 1.0, bottom)));
}

double SilhouettePlot::xForValue(double value) const
{
    const QRectF area = plotArea();
    return area.left() + (std::clamp(value, -1.0, 1.0) + 1.0) / 2.0 * area.width();
}

QRectF SilhouettePlot::blockRect(int block) const
{
    return m_blocks.at(static_cast<std::size_t>(block)).rect;
}

void SilhouettePlot::layoutBlocks()
{
    if (m_blocks.empty()) {
        return;
    }
    const QRectF area = plotArea();
    const QFontMetricsF metrics(font());
    // Every block is tall enough for its two lines of label; the rest of the height is shared by size.
    const double minimumHeight = 2 * metrics.height() + 2.0;
    const double available
        = std::max(0.0, area.height() - blockGap * static_cast<double>(m_blocks.size() - 1));
    std::vector<double> heights(m_blocks.size(), 0.0);
    std::vector<bool> floored(m_blocks.size(), false);
    for (int pass = 0; pass < 3; ++pass) {
        double flooredHeight = 0.0;
        double freeMembers = 0.0;
        for (std::size_t b = 0; b < m_blocks.size(); ++b) {
            if (floored[b]) {
                flooredHeight += minimumHeight;
            } else {
                freeMembers += static_cast<double>(m_blocks[b].values.size());
            }
        }
        const double perMember
            = freeMembers > 0 ? std::max(0.0, available - flooredHeight) / freeMembers : 0.0;
        bool changed = false;
        for (std::size_t b = 0; b < m_blocks.size(); ++b) {
            heights[b]
                = floored[b] ? minimumHeight : perMember * static_cast<double>(m_blocks[b].values.size());
            if (!floored[b] && heights[b] < minimumHeight) {
                floored[b] = true;
                changed = true;
            }
        }
        if (!changed) {
            break;
        }
    }
    double y = area.top();
    for (std::size_t b = 0; b < m_blocks.size(); ++b) {
        m_blocks[b].rect = QRectF(area.left(), y, area.width(), heights[b]);
        y += heights[b] + blockGap;
    }
}

void SilhouettePlot::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutBlocks();
}

void SilhouettePlot::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange
        || event->type() == QEvent::FontChange) {
        layoutBlocks();
        update();
    }
}

void SilhouettePlot::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (m_blocks.empty()) {
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QRectF area = plotArea();
    const QFontMetricsF metrics(font());
    const QColor text = palette().color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.15);

    // Grid lines at the ticks, the zero line stronger.
    for (const double tick : ticks) {
        QColor colour = grid;
        if (tick == 0.0) {
            colour.setAlphaF(0.45);
        }
        painter.setPen(QPen(colour, 1.0));
        painter.drawLine(QPointF(xForValue(tick), area.top()), QPointF(xForValue(tick), area.bottom()));
    }

    const double zero = xForValue(0.0);
    for (const Block &block : m_blocks) {
        // One filled profile per segment: down the members' values (descending), back up the zero line.
        const auto count = static_cast<double>(block.values.size());
        const double step = block.rect.height() / count;
        QPainterPath profile;
        profile.moveTo(zero, block.rect.top());
        // With more members than pixels, consecutive members share a row; the path keeps each row's extremes.
        const double pixelRows = std::max(1.0, std::floor(block.rect.height()));
        const std::size_t stride
            = std::max<std::size_t>(1, static_cast<std::size_t>(count / pixelRows / 2.0));
        for (std::size_t i = 0; i < block.values.size(); i += stride) {
            const double x = xForValue(block.values[i]);
            const double top = block.rect.top() + static_cast<double>(i) * step;
            const std::size_t last = std::min(block.values.size(), i + stride) - 1;
            const double bottom = block.rect.top() + static_cast<double>(last + 1) * step;
            profile.lineTo(x, top);
            profile.lineTo(xForValue(block.values[last]), bottom);
        }
        profile.lineTo(zero, block.rect.bottom());
        profile.closeSubpath();
        painter.setPen(Qt::NoPen);
        painter.setBrush(block.colour);
        painter.drawPath(profile);

        // The name and the mean, to the left of the block, centred on it.
        painter.setPen(text);
        const double labelRight = area.left() - margin;
        const QRectF nameRect(
            margin, block.rect.center().y() - metrics.height(), labelRight - margin, metrics.height());
        const QRectF meanRect(margin, block.rect.center().y(), labelRight - margin, metrics.height());
        painter.drawText(nameRect, Qt::AlignRight | Qt::AlignVCenter,
            metrics.elidedText(block.name, Qt::ElideRight, nameRect.width()));
        //: Beside a segment's block in the silhouette plot; %1 is its mean silhouette, e.g. 0.52.
        painter.drawText(meanRect, Qt::AlignRight | Qt::AlignVCenter,
            metrics.elidedText(
                tr("Mean %1").arg(LocaleFormat::decimal(block.mean, 2)), Qt::ElideRight, meanRect.width()));
    }

    // The overall mean: a dashed line across all blocks, labelled above the plot.
    const double meanX = xForValue(m_mean);
    QPen dashed(text, 1.5, Qt::DashLine);
    painter.setPen(dashed);
    painter.drawLine(QPointF(meanX, area.top()), QPointF(meanX, area.bottom()));
    //: Above the dashed line of the silhouette plot; %1 is the mean silhouette of all scored customers.
    const QString meanLabel = tr("Average %1").arg(LocaleFormat::decimal(m_mean, 2));
    const double meanWidth = metrics.horizontalAdvance(meanLabel);
    const double labelLeft = std::clamp(meanX - meanWidth / 2.0, area.left(), width() - margin - meanWidth);
    painter.setPen(text);
    painter.drawText(QPointF(labelLeft, area.top() - 4.0 - metrics.descent()), meanLabel);

    // The axis: -1 … 1 in the user's number format, and its title.
    painter.setPen(QPen(text, 1.0));
    painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()));
    for (const double tick : ticks) {
        const double x = xForValue(tick);
        painter.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + tickLength));
        const QString label = LocaleFormat::decimal(tick, 1);
        const double w = metrics.horizontalAdvance(label);
        painter.drawText(QPointF(x - w / 2.0, area.bottom() + tickLength + metrics.ascent() + 2.0), label);
    }
    const QString title = tr("Silhouette value");
    painter.drawText(QRectF(area.left(), area.bottom() + tickLength + metrics.height() + 2.0, area.width(),
                         metrics.height()),
        Qt::AlignHCenter | Qt::AlignVCenter, title);
}

} // namespace segmenta::ui
