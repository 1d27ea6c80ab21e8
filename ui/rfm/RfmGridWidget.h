// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "segments/Rfm.h"

#include <QColor>
#include <QPoint>
#include <QSet>
#include <QStringList>
#include <QWidget>

#include <vector>

namespace segmenta::ui {

/// The R x F grid of an RFM map: R5 on top, F5 on the right. Each cell is painted in the colour of its
/// segment and shows its customer count (revenue on hover); a cell that M ranges split between segments has
/// a bar along its bottom edge, one stretch per segment by customers. The axes show the score bands in real
/// units.
/// Click or drag selects a rectangle of cells, Ctrl+click adds cells to the selection.
class RfmGridWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RfmGridWidget(QWidget *parent = nullptr);

    /// The counts and the segment of every cell; @p colours and @p names per map segment.
    void setGrid(const engine::RfmGrid &grid, const std::vector<QColor> &colours, const QStringList &names);
    /// Band labels per score 1..bins ("≤ 14 days"), recency and frequency.
    void setBands(const QStringList &recency, const QStringList &frequency);
    const engine::RfmGrid &grid() const { return m_grid; }

    /// Selected cells as (R, F) score pairs.
    QList<QPoint> selectedCells() const;
    void selectCell(int recency, int frequency, bool add = false);
    void clearSelection();
    /// Whether the counts on show belong to the map being edited (false while a recount runs).
    void setStale(bool stale);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void selectionChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect gridRect() const;
    QRect cellRect(int recency, int frequency) const;
    /// The (R, F) cell under @p position, or (0, 0).
    QPoint cellAt(const QPoint &position) const;
    void selectRange(const QPoint &from, const QPoint &to);
    /// The name and colour of a map segment (an index into the names given), or Other's for -1.
    QString segmentName(int segment) const;
    QColor segmentColour(int segment) const;

    engine::RfmGrid m_grid;
    std::vector<QColor> m_colours;
    QStringList m_names;
    QStringList m_recencyBands;
    QStringList m_frequencyBands;
    QSet<int> m_selected; ///< (r - 1) * bins + (f - 1)
    QSet<int> m_selectionBase; ///< kept when Ctrl drags
    QPoint m_anchor;
    bool m_stale = false;
};

} // namespace segmenta::ui
