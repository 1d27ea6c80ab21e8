// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QRectF>
#include <QWidget>

#include <vector>

namespace segmenta::ui {

/// A scree plot: one bar per principal component of the segmentation's matrix, its share of the variance,
/// with the cumulative share as a line; the components the map uses as its axes are highlighted.
class ScreePlot : public QWidget
{
    Q_OBJECT

public:
    explicit ScreePlot(QWidget *parent = nullptr);

    /// Shows @p spectrum; the first @p mapAxisCount components are highlighted as the map's axes (0: none,
    /// e.g. a t-SNE map).
    void setSpectrum(const engine::PcaSpectrum &spectrum, int mapAxisCount);
    void clear();
    bool hasData() const { return !m_ratios.empty(); }

    int componentCount() const { return static_cast<int>(m_ratios.size()); }
    double ratio(int component) const { return m_ratios.at(static_cast<std::size_t>(component)); }
    int mapAxisCount() const { return m_mapAxisCount; }
    /// Where component @p component's bar is drawn (from the last paint's layout).
    QRectF barRect(int component) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF plotArea() const;

    std::vector<double> m_ratios;
    int m_mapAxisCount = 0;
};

} // namespace segmenta::ui
