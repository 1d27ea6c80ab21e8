// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Matrix.h"

#include <vector>

namespace segmenta::engine::detail {

/// The repulsive part of the t-SNE gradient at one point, before division by the normaliser Z.
struct Repulsion
{
    double forceX = 0.0; ///< sum over j != i of q_ij^2 (y_i - y_j), q_ij = 1 / (1 + |y_i - y_j|^2)
    double forceY = 0.0;
    double normaliser = 0.0; ///< sum over j != i of q_ij: this point's share of Z
};

/// Barnes–Hut tree over 2-D points: each cell is split at the centre of the bounding box of its points
/// into up to four non-empty children, down to kQuadTreeLeafCapacity points (or coincident points).
/// Built sequentially in a fixed order, so its sums do not depend on threads.
class QuadTree
{
public:
    /// Requires: points is n x 2 and finite, n >= 1.
    explicit QuadTree(const Matrix &points);

    /// The repulsion at (x, y) from every point except `self` (pass -1 for a point not in the tree).
    /// A cell is summarised by its centre of mass when its width^2 < theta^2 * distance^2.
    /// Thread-safe: const and allocation-free.
    Repulsion repulsion(double x, double y, int self, double thetaSquared) const;

private:
    struct Node
    {
        double centreX = 0.0; ///< centre of mass
        double centreY = 0.0;
        double widthSquared = 0.0; ///< squared longer side of the bounding box of the cell's points
        int count = 0; ///< points in the cell
        int first = 0; ///< leaf: first position in m_x/m_y/m_index; otherwise: first child node
        int size = 0; ///< leaf: points; otherwise: children (contiguous)
        bool isLeaf = false;
    };

    void build(int node, int begin, int end, int depth);

    std::vector<Node> m_nodes;
    std::vector<double> m_x; ///< point coordinates in tree order, for contiguous leaf scans
    std::vector<double> m_y;
    std::vector<int> m_index; ///< original row of each position
    // build()'s counting-sort buffers, released once the tree stands.
    std::vector<double> m_scratchX;
    std::vector<double> m_scratchY;
    std::vector<int> m_scratchIndex;
    std::vector<unsigned char> m_scratchQuadrant;
};

} // namespace segmenta::engine::detail
