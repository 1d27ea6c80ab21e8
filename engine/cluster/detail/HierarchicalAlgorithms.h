// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "cluster/Hierarchical.h"
#include "cluster/detail/HierarchicalThreadPool.h"

#include <cstdint>
#include <vector>

namespace segmenta::engine::detail {

/// A merge as an algorithm makes it: a and b name the merged clusters by a leaf each holds (scipy's
/// "slots"); labelMerges() turns these into cluster ids.
struct RawMerge
{
    std::int64_t a = 0;
    std::int64_t b = 0;
    double height = 0.0;
};

/// Reports progress about a thousand times over `total` steps and tells when to stop.
class MergeTicker
{
public:
    MergeTicker(Progress &progress, std::int64_t total);
    /// Call after step `done` (1-based); false when the user asked to cancel.
    bool advance(std::int64_t done);

private:
    Progress &m_progress;
    std::int64_t m_total;
    std::int64_t m_interval;
};

/// Nearest-neighbour chain for Ward on weighted points, with centroids computed as clusters merge.
/// pool may be null (one thread). False when cancelled.
bool wardChain(const Matrix &points, const std::vector<double> &weights, HierarchicalThreadPool *pool,
    Progress &progress, std::vector<RawMerge> &merges);

/// Nearest-neighbour chain for average or complete linkage on the condensed distance matrix, step by step
/// as scipy's _hierarchy.nn_chain. False when cancelled.
bool distanceMatrixChain(const Matrix &x, Linkage linkage, HierarchicalThreadPool *pool, Progress &progress,
    std::vector<RawMerge> &merges);

/// Single linkage by Prim's minimum spanning tree, as scipy's _hierarchy.mst_single_linkage but with the
/// distances computed when needed. False when cancelled.
bool primSingleLinkage(
    const Matrix &x, HierarchicalThreadPool *pool, Progress &progress, std::vector<RawMerge> &merges);

/// What the order of raw merges means.
enum class MergeOrder
{
    Sequence, ///< each merge joins two clusters as they are after the merges before it (nearest-neighbour
              ///< chain)
    SpanningTree, ///< edges of a minimum spanning tree between leaves, in any order (Prim)
};

/// scipy's last step: a stable sort of the merges by height, then cluster ids by union-find (label()).
/// For a Sequence, heights are first raised, where rounding made them fall, to the height of the merges
/// below them, so the sort keeps every merge after the two that made its clusters.
Dendrogram labelMerges(
    const std::vector<RawMerge> &merges, MergeOrder order, std::vector<std::int64_t> leafSizes);

} // namespace segmenta::engine::detail
