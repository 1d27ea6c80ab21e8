// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "value/ClvDiagnostics.h"

#include <QColor>
#include <QWidget>

namespace segmenta::ui {

/// The frequency x recency P(alive) heatmap: repeat purchases up, weeks from first to last purchase across,
/// each cell coloured by the probability that such a customer is still active (a colour legend on the
/// right). Cells where no history can exist (no repeat purchase but a later last purchase) stay blank.
/// Hovering a cell tells its numbers.
class AliveHeatmap : public QWidget
{
    Q_OBJECT

public:
    explicit AliveHeatmap(QWidget *parent = nullptr);

    void setGrid(const engine::AliveGrid &grid);
    void clear();
    const engine::AliveGrid &grid() const { return m_grid; }
    /// Cells with a probability (painted in colour).
    int paintedCellCount() const;
    /// The colour of probability @p p (0..1) on the legend's scale.
    static QColor colourOf(double p);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF plotRect() const;
    QRectF cellRect(std::size_t frequency, std::size_t recency) const;

    engine::AliveGrid m_grid;
};

} // namespace segmenta::ui
