// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "explorer/PointGrid.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace segmenta::ui {

namespace {

constexpr double pointsPerCell = 4.0;
constexpr int maxCellsPerSide = 2048;

bool isFinite(const QPointF &point)
{
    return std::isfinite(point.x()) && std::isfinite(point.y());
}

} // namespace

void PointGrid::clear()
{
    m_points.clear();
    m_cellStart.clear();
    m_order.clear();
    m_bounds = QRectF();
    m_columns = 0;
    m_rows = 0;
}

void PointGrid::build(const std::vector<QPointF> &points)
{
    clear();
    m_points = points;
    double minX = std::numeric_limits<double>::infinity();
    double maxX = -minX;
    double minY = minX;
    double maxY = -minX;
    qsizetype finite = 0;
    for (const QPointF &point : m_points) {
        if (!isFinite(point)) {
            continue;
        }
        ++finite;
        minX = std::min(minX, point.x());
        maxX = std::max(maxX, point.x());
        minY = std::min(minY, point.y());
        maxY = std::max(maxY, point.y());
    }
    if (finite == 0) {
        return;
    }
    m_bounds = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
    const int side
        = std::clamp(static_cast<int>(std::ceil(std::sqrt(static_cast<double>(finite) / pointsPerCell))), 1,
            maxCellsPerSide);
    m_columns = side;
    m_rows = side;

    // Counting sort by cell: two passes, no per-cell vectors.
    m_cellStart.assign(static_cast<std::size_t>(m_columns) * static_cast<std::size_t>(m_rows) + 1, 0);
    std::vector<qsizetype> cellOf(m_points.size(), -1);
    for (std::size_t i = 0; i < m_points.size(); ++i) {
        if (!isFinite(m_points[i])) {
            continue;
        }
        const qsizetype cell
            = static_cast<qsizetype>(cellY(m_points[i].y())) * m_columns + cellX(m_points[i].x());
        cellOf[i] = cell;
        ++m_cellStart[static_cast<std::size_t>(cell) + 1];
    }
    for (std::size_t c = 1; c < m_cellStart.size(); ++c) {
        m_cellStart[c] += m_cellStart[c - 1];
    }
    m_order.resize(static_cast<std::size_t>(finite));
    std::vector<qsizetype> next(m_cellStart.begin(), m_cellStart.end() - 1);
    for (std::size_t i = 0; i < m_points.size(); ++i) {
        if (cellOf[i] >= 0) {
            m_order[static_cast<std::size_t>(next[static_cast<std::size_t>(cellOf[i])]++)]
                = static_cast<qsizetype>(i);
        }
    }
}

int PointGrid::cellX(double x) const
{
    if (m_bounds.width() <= 0.0) {
        return 0;
    }
    const double position = (x - m_bounds.left()) / m_bounds.width() * m_columns;
    return std::clamp(static_cast<int>(std::floor(position)), 0, m_columns - 1);
}

int PointGrid::cellY(double y) const
{
    if (m_bounds.height() <= 0.0) {
        return 0;
    }
    const double position = (y - m_bounds.top()) / m_bounds.height() * m_rows;
    return std::clamp(static_cast<int>(std::floor(position)), 0, m_rows - 1);
}

qsizetype PointGrid::nearest(const QPointF &centre, double radius, double scaleX, double scaleY,
    const std::function<bool(qsizetype)> &accept) const
{
    if (isEmpty() || !isFinite(centre) || !(scaleX > 0.0) || !(scaleY > 0.0)) {
        return -1;
    }
    const QRectF box(QPointF(centre.x() - radius / scaleX, centre.y() - radius / scaleY),
        QPointF(centre.x() + radius / scaleX, centre.y() + radius / scaleY));
    qsizetype best = -1;
    double bestDistance = radius * radius;
    forEachIn(box, [&](qsizetype index) {
        const QPointF &point = m_points[static_cast<std::size_t>(index)];
        const double dx = (point.x() - centre.x()) * scaleX;
        const double dy = (point.y() - centre.y()) * scaleY;
        const double distance = dx * dx + dy * dy;
        if (distance <= bestDistance && accept(index)) {
            // Equal distances go to the later point, which is drawn on top.
            best = index;
            bestDistance = distance;
        }
    });
    return best;
}

void PointGrid::forEachIn(const QRectF &range, const std::function<void(qsizetype)> &visit) const
{
    if (isEmpty()) {
        return;
    }
    const QRectF box = range.normalized();
    if (box.right() < m_bounds.left() || box.left() > m_bounds.right() || box.bottom() < m_bounds.top()
        || box.top() > m_bounds.bottom()) {
        return;
    }
    const int firstColumn = cellX(box.left());
    const int lastColumn = cellX(box.right());
    const int firstRow = cellY(box.top());
    const int lastRow = cellY(box.bottom());
    std::vector<qsizetype> found;
    for (int row = firstRow; row <= lastRow; ++row) {
        for (int column = firstColumn; column <= lastColumn; ++column) {
            const auto cell = static_cast<std::size_t>(row) * static_cast<std::size_t>(m_columns)
                + static_cast<std::size_t>(column);
            for (qsizetype k = m_cellStart[cell]; k < m_cellStart[cell + 1]; ++k) {
                const qsizetype index = m_order[static_cast<std::size_t>(k)];
                const QPointF &point = m_points[static_cast<std::size_t>(index)];
                if (point.x() >= box.left() && point.x() <= box.right() && point.y() >= box.top()
                    && point.y() <= box.bottom()) {
                    found.push_back(index);
                }
            }
        }
    }
    std::sort(found.begin(), found.end());
    for (const qsizetype index : found) {
        visit(index);
    }
}

} // namespace segmenta::ui
