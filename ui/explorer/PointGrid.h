// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include <QPointF>
#include <QRectF>

#include <functional>
#include <vector>

namespace segmenta::ui {

/// A uniform grid over 2-D points for "which point is nearest the cursor" on maps of a million customers:
/// each query looks at the few cells around the cursor, not at every point. About four points per cell;
/// built in O(n), two integers of memory per point.
class PointGrid
{
public:
    /// Indexes @p points (NaN coordinates are left out). Replaces what was indexed before.
    void build(const std::vector<QPointF> &points);
    void clear();
    bool isEmpty() const { return m_order.empty(); }

    /// The indexed point nearest @p centre in scaled distance — dx·scaleX, dy·scaleY, so pixels when the
    /// scales are pixels per map unit — within @p radius (in those scaled units) and accepted by @p accept;
    /// -1 if none.
    qsizetype nearest(const QPointF &centre, double radius, double scaleX, double scaleY,
        const std::function<bool(qsizetype)> &accept) const;

    /// Calls @p visit with every indexed point inside @p range, in increasing index order.
    void forEachIn(const QRectF &range, const std::function<void(qsizetype)> &visit) const;

private:
    int cellX(double x) const;
    int cellY(double y) const;

    std::vector<QPointF> m_points;
    std::vector<qsizetype>
        m_cellStart; ///< per cell, where its points begin in m_order; one past the end last
    std::vector<qsizetype> m_order; ///< point indices, grouped by cell
    QRectF m_bounds;
    int m_columns = 0;
    int m_rows = 0;
};

} // namespace segmenta::ui
