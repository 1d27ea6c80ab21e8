// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "projection/detail/QuadTree.h"

#include "core/Assert.h"

#include <algorithm>
#include <array>

namespace segmenta::engine::detail {

namespace {

// Points a leaf holds before it splits: a short exact scan beats descending two more levels.
constexpr int kLeafCapacity = 8;
// Beyond this depth the points are (nearly) coincident and stay in one leaf, scanned exactly.
constexpr int kMaxDepth = 48;
// The traversal's explicit stack: at most three pending siblings per level, plus the root.
constexpr int kStackSize = 4 * kMaxDepth + 8;

} // namespace

QuadTree::QuadTree(const Matrix &points)
{
    SEGMENTA_ASSERT(points.cols() == 2 && points.rows() >= 1, "QuadTree: needs n x 2 points, n >= 1");
    const auto n = static_cast<std::size_t>(points.rows());
    m_x.resize(n);
    m_y.resize(n);
    m_index.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        m_x[i] = points(static_cast<Eigen::Index>(i), 0);
        m_y[i] = points(static_cast<Eigen::Index>(i), 1);
        m_index[i] = static_cast<int>(i);
    }
    m_scratchX.resize(n);
    m_scratchY.resize(n);
    m_scratchIndex.resize(n);
    m_scratchQuadrant.resize(n);
    m_nodes.reserve(2 * n / kLeafCapacity + 16);
    m_nodes.emplace_back();
    build(0, 0, static_cast<int>(n), 0);
    // The scratch space of build() is not needed by the queries.
    m_scratchX = {};
    m_scratchY = {};
    m_scratchIndex = {};
    m_scratchQuadrant = {};
}

void QuadTree::build(int node, int begin, int end, int depth)
{
    double sumX = 0.0;
    double sumY = 0.0;
    double minX = m_x[static_cast<std::size_t>(begin)];
    double maxX = minX;
    double minY = m_y[static_cast<std::size_t>(begin)];
    double maxY = minY;
    for (int p = begin; p < end; ++p) {
        const double x = m_x[static_cast<std::size_t>(p)];
        const double y = m_y[static_cast<std::size_t>(p)];
        sumX += x;
        sumY += y;
        minX = std::min(minX, x);
        maxX = std::max(maxX, x);
        minY = std::min(minY, y);
        maxY = std::max(maxY, y);
    }
    const int count = end - begin;
    const double width = std::max(maxX - minX, maxY - minY);
    {
        Node &cell = m_nodes[static_cast<std::size_t>(node)];
        cell.centreX = sumX / count;
        cell.centreY = sumY / count;
        cell.widthSquared = width * width;
        cell.count = count;
    }
    if (count <= kLeafCapacity || depth >= kMaxDepth || width == 0.0) {
        Node &cell = m_nodes[static_cast<std::size_t>(node)];
        cell.isLeaf = true;
        cell.first = begin;
        cell.size = count;
        return;
    }

    // Quadrant of each point (bit 0: right half, bit 1: upper half), then a stable counting sort, so
    // the order of points (and of every later sum) is fixed by the input order.
    const double midX = 0.5 * (minX + maxX);
    const double midY = 0.5 * (minY + maxY);
    std::array<int, 5> quadrantStart {};
    for (int p = begin; p < end; ++p) {
        const int q = (m_x[static_cast<std::size_t>(p)] > midX ? 1 : 0)
            | (m_y[static_cast<std::size_t>(p)] > midY ? 2 : 0);
        m_scratchQuadrant[static_cast<std::size_t>(p - begin)] = static_cast<unsigned char>(q);
        ++quadrantStart[static_cast<std::size_t>(q + 1)];
    }
    for (std::size_t q = 1; q < quadrantStart.size(); ++q) {
        quadrantStart[q] += quadrantStart[q - 1];
    }
    std::array<int, 4> fill {quadrantStart[0], quadrantStart[1], quadrantStart[2], quadrantStart[3]};
    for (int p = begin; p < end; ++p) {
        const auto target
            = static_cast<std::size_t>(fill[m_scratchQuadrant[static_cast<std::size_t>(p - begin)]]++);
        m_scratchX[target] = m_x[static_cast<std::size_t>(p)];
        m_scratchY[target] = m_y[static_cast<std::size_t>(p)];
        m_scratchIndex[target] = m_index[static_cast<std::size_t>(p)];
    }
    std::copy_n(m_scratchX.begin(), count, m_x.begin() + begin);
    std::copy_n(m_scratchY.begin(), count, m_y.begin() + begin);
    std::copy_n(m_scratchIndex.begin(), count, m_index.begin() + begin);

    const int firstChild = static_cast<int>(m_nodes.size());
    int children = 0;
    for (std::size_t q = 0; q < 4; ++q) {
        if (quadrantStart[q + 1] > quadrantStart[q]) {
            m_nodes.emplace_back();
            ++children;
        }
    }
    {
        Node &cell = m_nodes[static_cast<std::size_t>(node)];
        cell.first = firstChild;
        cell.size = children;
    }
    int child = firstChild;
    for (std::size_t q = 0; q < 4; ++q) {
        if (quadrantStart[q + 1] > quadrantStart[q]) {
            build(child++, begin + quadrantStart[q], begin + quadrantStart[q + 1], depth + 1);
        }
    }
}

Repulsion QuadTree::repulsion(double x, double y, int self, double thetaSquared) const
{
    Repulsion result;
    std::array<int, kStackSize> stack {};
    int top = 0;
    stack[static_cast<std::size_t>(top++)] = 0;
    while (top > 0) {
        const Node &cell = m_nodes[static_cast<std::size_t>(stack[static_cast<std::size_t>(--top)])];
        if (cell.isLeaf) {
            for (int p = cell.first; p < cell.first + cell.size; ++p) {
                if (m_index[static_cast<std::size_t>(p)] == self) {
                    continue;
                }
                const double dx = x - m_x[static_cast<std::size_t>(p)];
                const double dy = y - m_y[static_cast<std::size_t>(p)];
                const double q = 1.0 / (1.0 + dx * dx + dy * dy);
                result.normaliser += q;
                result.forceX += q * q * dx;
                result.forceY += q * q * dy;
            }
            continue;
        }
        const double dx = x - cell.centreX;
        const double dy = y - cell.centreY;
        const double distanceSquared = dx * dx + dy * dy;
        if (cell.widthSquared < thetaSquared * distanceSquared) {
            const double q = 1.0 / (1.0 + distanceSquared);
            const double count = cell.count;
            result.normaliser += count * q;
            result.forceX += count * q * q * dx;
            result.forceY += count * q * q * dy;
            continue;
        }
        // Pushed in reverse so that children are visited in quadrant order.
        for (int child = cell.first + cell.size - 1; child >= cell.first; --child) {
            SEGMENTA_ASSERT(top < kStackSize, "QuadTree::repulsion: traversal stack overflow");
            stack[static_cast<std::size_t>(top++)] = child;
        }
    }
    return result;
}

} // namespace segmenta::engine::detail
