// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// ProjectStore: the merge trees of hierarchical segmentations (migration 8 documents the BLOB layout).
#include "store/ProjectStore.h"

#include "core/Assert.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace segmenta::engine::store {

namespace {

constexpr std::size_t mergeRecordBytes = 16; // int32 left, int32 right, float64 height
constexpr std::size_t leafSizeBytes = 8; // int64

void putLittleEndian(std::vector<std::uint8_t> &bytes, std::uint64_t value, int byteCount)
{
    for (int b = 0; b < byteCount; ++b) {
        bytes.push_back(static_cast<std::uint8_t>(value >> (8 * b)));
    }
}

std::uint64_t readLittleEndian(const std::uint8_t *bytes, int byteCount)
{
    std::uint64_t value = 0;
    for (int b = 0; b < byteCount; ++b) {
        value |= static_cast<std::uint64_t>(bytes[b]) << (8 * b);
    }
    return value;
}

} // namespace

void ProjectStore::saveTree(std::int64_t segmentationId, const StoredTree &tree)
{
    const Dendrogram &dendrogram = tree.dendrogram;
    const std::int64_t leafCount = dendrogram.leafCount();
    SEGMENTA_ASSERT(leafCount >= 1 && leafCount <= INT32_MAX, "a tree has 1..2^31-1 leaves");
    SEGMENTA_ASSERT(
        static_cast<std::int64_t>(dendrogram.merges.size()) == leafCount - 1, "leaves - 1 merges");
    std::vector<std::uint8_t> merges;
    merges.reserve(dendrogram.merges.size() * mergeRecordBytes);
    for (const Merge &merge : dendrogram.merges) {
        putLittleEndian(merges, static_cast<std::uint32_t>(merge.left), 4);
        putLittleEndian(merges, static_cast<std::uint32_t>(merge.right), 4);
        putLittleEndian(merges, std::bit_cast<std::uint64_t>(merge.height), 8);
    }
    const bool unitLeaves = std::all_of(dendrogram.leafSizes.begin(), dendrogram.leafSizes.end(),
        [](std::int64_t size) { return size == 1; });
    std::vector<std::uint8_t> sizes;
    if (!unitLeaves) {
        sizes.reserve(dendrogram.leafSizes.size() * leafSizeBytes);
        for (const std::int64_t size : dendrogram.leafSizes) {
            putLittleEndian(sizes, static_cast<std::uint64_t>(size), 8);
        }
    }
    Statement insert(m_database,
        "INSERT INTO segmentation_trees (segmentation_id, leaf_kind, leaf_count, merges, leaf_sizes) "
        "VALUES (?1, ?2, ?3, ?4, ?5)");
    insert.bind(1, segmentationId)
        .bind(2, std::string_view(tree.leavesAreMicroClusters ? "micro_clusters" : "customers"))
        .bind(3, leafCount)
        .bindBlob(4, merges);
    unitLeaves ? insert.bindNull(5) : insert.bindBlob(5, sizes);
    insert.run();
}

std::optional<ProjectStore::StoredTree> ProjectStore::segmentationTree(std::int64_t segmentationId)
{
    Statement query(m_database,
        "SELECT leaf_kind, leaf_count, merges, leaf_sizes FROM segmentation_trees WHERE segmentation_id = "
        "?1");
    query.bind(1, segmentationId);
    if (!query.step()) {
        return std::nullopt;
    }
    StoredTree tree;
    tree.leavesAreMicroClusters = query.columnText(0) == "micro_clusters";
    const std::int64_t leafCount = query.columnInt64(1);
    const std::vector<std::uint8_t> merges = query.columnBlob(2);
    const std::vector<std::uint8_t> sizes = query.columnBlob(3);
    if (leafCount < 1 || merges.size() != static_cast<std::size_t>(leafCount - 1) * mergeRecordBytes
        || (!sizes.empty() && sizes.size() != static_cast<std::size_t>(leafCount) * leafSizeBytes)) {
        return std::nullopt;
    }
    Dendrogram &dendrogram = tree.dendrogram;
    dendrogram.leafSizes.assign(static_cast<std::size_t>(leafCount), 1);
    for (std::size_t i = 0; i < sizes.size() / leafSizeBytes; ++i) {
        dendrogram.leafSizes[i] = static_cast<std::int64_t>(readLittleEndian(&sizes[i * leafSizeBytes], 8));
        if (dendrogram.leafSizes[i] < 1) {
            return std::nullopt;
        }
    }
    // Cluster sizes by id (leaves first), to give each merge its size as scipy's Z has it.
    std::vector<std::int64_t> clusterSizes = dendrogram.leafSizes;
    clusterSizes.reserve(static_cast<std::size_t>(2 * leafCount - 1));
    dendrogram.merges.resize(static_cast<std::size_t>(leafCount - 1));
    for (std::size_t i = 0; i < dendrogram.merges.size(); ++i) {
        const std::uint8_t *record = &merges[i * mergeRecordBytes];
        Merge &merge = dendrogram.merges[i];
        merge.left = static_cast<std::int64_t>(readLittleEndian(record, 4));
        merge.right = static_cast<std::int64_t>(readLittleEndian(record + 4, 4));
        merge.height = std::bit_cast<double>(readLittleEndian(record + 8, 8));
        const auto made = static_cast<std::int64_t>(clusterSizes.size());
        if (merge.left < 0 || merge.right < 0 || merge.left >= made || merge.right >= made
            || merge.left == merge.right || !std::isfinite(merge.height)) {
            return std::nullopt;
        }
        merge.size = clusterSizes[static_cast<std::size_t>(merge.left)]
            + clusterSizes[static_cast<std::size_t>(merge.right)];
        clusterSizes.push_back(merge.size);
    }
    Statement members(m_database,
        "SELECT customer_row, tree_leaf FROM segment_members WHERE segmentation_id = ?1 AND tree_leaf IS NOT "
        "NULL ORDER BY customer_row");
    members.bind(1, segmentationId);
    while (members.step()) {
        const std::int64_t leaf = members.columnInt64(1);
        if (leaf < 0 || leaf >= leafCount) {
            return std::nullopt;
        }
        tree.memberRows.push_back(members.columnInt64(0) - 1);
        tree.memberLeaves.push_back(leaf);
    }
    return tree;
}

} // namespace segmenta::engine::store
