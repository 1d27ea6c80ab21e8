// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "rfm/RfmGridWidget.h"

#include "common/LocaleFormat.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace segmenta::ui {

namespace {

constexpr int labelWidth = 150; ///< left margin for the R bands
constexpr int labelHeight = 44; ///< bottom margin for the F bands
constexpr int captionHeight = 22; ///< the axis captions
constexpr int splitBarHeight = 7; ///< the bar showing how M ranges split a cell between segments

QColor textColourOn(const QColor &background)
{
    return background.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
}

QColor otherColour()
{
    return QColor(QString::fromLatin1(engine::rfmOtherColor)); // cells no segment covers (Other)
}

} // namespace

RfmGridWidget::RfmGridWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(false);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void RfmGridWidget::setGrid(
    const engine::RfmGrid &grid, const std::vector<QColor> &colours, const QStringList &names)
{
    m_grid = grid;
    m_colours = colours;
    m_names = names;
    m_stale = false;
    update();
}

void RfmGridWidget::setBands(const QStringList &recency, const QStringList &frequency)
{
    m_recencyBands = recency;
    m_frequencyBands = frequency;
    update();
}

void RfmGridWidget::setStale(bool stale)
{
    m_stale = stale;
    update();
}

QList<QPoint> RfmGridWidget::selectedCells() const
{
    QList<int> indices(m_selected.begin(), m_selected.end());
    std::sort(indices.begin(), indices.end());
    QList<QPoint> cells;
    for (int index : indices) {
        cells.append(QPoint(index / m_grid.bins + 1, index % m_grid.bins + 1));
    }
    return cells;
}

void RfmGridWidget::selectCell(int recency, int frequency, bool add)
{
    if (!add) {
        m_selected.clear();
    }
    m_selected.insert((recency - 1) * m_grid.bins + (frequency - 1));
    update();
    Q_EMIT selectionChanged();
}

void RfmGridWidget::clearSelection()
{
    m_selected.clear();
    update();
    Q_EMIT selectionChanged();
}

QSize RfmGridWidget::sizeHint() const
{
    return {labelWidth + 5 * 110, captionHeight * 2 + labelHeight + 5 * 70};
}

QSize RfmGridWidget::minimumSizeHint() const
{
    return {labelWidth + 5 * 70, captionHeight * 2 + labelHeight + 5 * 44};
}

QRect RfmGridWidget::gridRect() const
{
    return QRect(
        labelWidth, captionHeight, width() - labelWidth - 4, height() - captionHeight * 2 - labelHeight);
}

QRect RfmGridWidget::cellRect(int recency, int frequency) const
{
    const QRect area = gridRect();
    const int bins = std::max(1, m_grid.bins);
    const int left = area.left() + area.width() * (frequency - 1) / bins;
    const int right = area.left() + area.width() * frequency / bins;
    const int top = area.top() + area.height() * (bins - recency) / bins;
    const int bottom = area.top() + area.height() * (bins - recency + 1) / bins;
    return QRect(QPoint(left, top), QPoint(right - 1, bottom - 1));
}

QPoint RfmGridWidget::cellAt(const QPoint &position) const
{
    const QRect area = gridRect();
    if (!area.contains(position) || m_grid.bins <= 0) {
        return {};
    }
    const int bins = m_grid.bins;
    const int frequency
        = std::clamp((position.x() - area.left()) * bins / std::max(1, area.width()) + 1, 1, bins);
    const int recency
        = std::clamp(bins - (position.y() - area.top()) * bins / std::max(1, area.height()), 1, bins);
    return {recency, frequency};
}

void RfmGridWidget::selectRange(const QPoint &from, const QPoint &to)
{
    m_selected = m_selectionBase;
    for (int r = std::min(from.x(), to.x()); r <= std::max(from.x(), to.x()); ++r) {
        for (int f = std::min(from.y(), to.y()); f <= std::max(from.y(), to.y()); ++f) {
            m_selected.insert((r - 1) * m_grid.bins + (f - 1));
        }
    }
    update();
    Q_EMIT selectionChanged();
}

void RfmGridWidget::mousePressEvent(QMouseEvent *event)
{
    const QPoint cell = cellAt(event->position().toPoint());
    if (cell.isNull()) {
        return;
    }
    m_anchor = cell;
    m_selectionBase = (event->modifiers() & Qt::ControlModifier) ? m_selected : QSet<int>();
    selectRange(cell, cell);
}

void RfmGridWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_anchor.isNull()) {
        return;
    }
    const QPoint cell = cellAt(event->position().toPoint());
    if (!cell.isNull()) {
        selectRange(m_anchor, cell);
    }
}

bool RfmGridWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.isNull() || m_grid.cells.empty()) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const engine::RfmGridCell &content = m_grid.cell(cell.x(), cell.y());
        //: Tooltip of an RFM grid cell, first line: %1 the cell ("R5F4"), %2 its segment.
        QStringList lines {tr("%1 · %2").arg(
            QString::fromStdString(engine::rfmCellLabel(cell.x(), cell.y())), segmentName(content.segment))};
        lines.append(tr("%Ln customers", nullptr, static_cast<int>(content.customerCount)));
        lines.append(tr("Revenue: %1").arg(LocaleFormat::decimal(content.revenue, 0)));
        if (content.segmentCounts.size() > 1) { // M ranges split the cell
            for (const engine::RfmCellSegmentCount &part : content.segmentCounts) {
                //: A part of a grid cell that monetary ranges split: %1 the segment, %Ln its customers.
                lines.append(tr("%1: %Ln customers", nullptr, static_cast<int>(part.customerCount))
                                 .arg(segmentName(part.segment)));
            }
        }
        if (content.hasOverlap) {
            lines.append(tr("Several segments cover this cell; its customers go to the first."));
        }
        QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this);
        return true;
    }
    return QWidget::event(event);
}

void RfmGridWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QRect area = gridRect();
    const int bins = m_grid.bins;
    const QFont base = font();
    QFont bold = base;
    bold.setBold(true);
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.85);

    painter.setPen(palette().color(QPalette::WindowText));
    painter.setFont(bold);
    // The long captions say which way is better; where the grid is too narrow for them (long languages,
    // small windows), the short ones keep the axis named rather than cut.
    const auto fitting = [&painter](const QString &full, const QString &brief, int room) {
        return painter.fontMetrics().horizontalAdvance(full) <= room ? full : brief;
    };
    painter.drawText(QRect(0, 0, width(), captionHeight), Qt::AlignLeft | Qt::AlignVCenter,
        fitting(tr("R score (recency: fewer days since the last purchase is better)"),
            tr("R score (recency)"), width()));
    const QRect bottomCaption(labelWidth, height() - captionHeight, width() - labelWidth, captionHeight);
    painter.drawText(bottomCaption, Qt::AlignHCenter | Qt::AlignVCenter,
        fitting(
            tr("F score (frequency: number of orders)"), tr("F score (frequency)"), bottomCaption.width()));

    for (int r = 1; r <= bins; ++r) {
        const QRect row = cellRect(r, 1);
        const QRect label(0, row.top(), labelWidth - 6, row.height());
        QString text = QStringLiteral("R%1").arg(r);
        if (r - 1 < m_recencyBands.size()) {
            text += QLatin1Char('\n') + m_recencyBands[r - 1];
        }
        painter.setFont(base);
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, text);
    }
    for (int f = 1; f <= bins; ++f) {
        const QRect column = cellRect(1, f);
        const QRect label(column.left(), area.bottom() + 2, column.width(), labelHeight);
        QString text = QStringLiteral("F%1").arg(f);
        if (f - 1 < m_frequencyBands.size()) {
            text += QLatin1Char('\n') + m_frequencyBands[f - 1];
        }
        painter.setFont(base);
        painter.drawText(label, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
    }

    if (m_grid.cells.empty()) {
        painter.drawText(area, Qt::AlignCenter, tr("Counting customers…"));
        return;
    }
    for (int r = 1; r <= bins; ++r) {
        for (int f = 1; f <= bins; ++f) {
            const engine::RfmGridCell &content = m_grid.cell(r, f);
            const QRect rect = cellRect(r, f);
            QColor fill = segmentColour(content.segment);
            if (m_stale) {
                fill = fill.lighter(115);
            }
            painter.fillRect(rect, fill);
            if (content.hasOverlap) { // overlap: hatch it
                painter.fillRect(rect, QBrush(textColourOn(fill), Qt::BDiagPattern));
            }
            if (content.segmentCounts.size() > 1 && content.customerCount > 0) {
                // M ranges split the cell: a bar along its bottom edge, one stretch per segment by customers.
                const QRect bar(
                    rect.left() + 1, rect.bottom() - splitBarHeight, rect.width() - 2, splitBarHeight);
                int left = bar.left();
                std::int64_t before = 0;
                for (const engine::RfmCellSegmentCount &part : content.segmentCounts) {
                    before += part.customerCount;
                    const int right
                        = bar.left() + static_cast<int>(bar.width() * before / content.customerCount);
                    painter.fillRect(
                        QRect(left, bar.top(), right - left, bar.height()), segmentColour(part.segment));
                    left = right;
                }
                painter.setPen(QPen(textColourOn(fill), 1));
                painter.drawRect(bar);
            }
            painter.setPen(QPen(palette().color(QPalette::Window), 1));
            painter.drawRect(rect);
            painter.setPen(textColourOn(fill));
            const QRect inner = rect.adjusted(4, 3, -4, -3 - splitBarHeight);
            painter.setFont(bold);
            painter.drawText(
                inner, Qt::AlignHCenter | Qt::AlignTop, LocaleFormat::count(content.customerCount));
            painter.setFont(small);
            const QString name = segmentName(content.segment);
            painter.drawText(inner, Qt::AlignHCenter | Qt::AlignBottom,
                QFontMetrics(small).elidedText(name, Qt::ElideRight, inner.width()));
            if (m_selected.contains((r - 1) * bins + (f - 1))) {
                painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
                painter.drawRect(rect.adjusted(1, 1, -2, -2));
            }
        }
    }
}

QString RfmGridWidget::segmentName(int segment) const
{
    return segment >= 0 && segment < m_names.size() ? m_names[segment] : tr("Other");
}

QColor RfmGridWidget::segmentColour(int segment) const
{
    return segment >= 0 && static_cast<std::size_t>(segment) < m_colours.size()
        ? m_colours[static_cast<std::size_t>(segment)]
        : otherColour();
}

} // namespace segmenta::ui
