// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "store/ProjectStore.h"

namespace segmenta::engine::store {

void ProjectStore::renameSegmentation(std::int64_t segmentationId, const std::string &newName)
{
    Statement update(m_database, "UPDATE segmentations SET name = ?2 WHERE id = ?1");
    update.bind(1, segmentationId).bind(2, std::string_view(newName)).run();
}

std::int64_t ProjectStore::duplicateSegmentation(std::int64_t segmentationId, const std::string &newName)
{
    Statement copy(m_database,
        "INSERT INTO segmentations (name, method, segment_count, seed, init_count, max_iterations, scaling, "
        "member_count, inertia, iterations, converged, created_at, criteria, criteria_kind, definition_id, "
        "notes, covariance_type, log_likelihood, bic, batch_size, matched_to) "
        "SELECT ?2, method, segment_count, seed, init_count, max_iterations, scaling, member_count, inertia, "
        "iterations, converged, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), criteria, criteria_kind, "
        "definition_id, notes, covariance_type, log_likelihood, bic, batch_size, matched_to "
        "FROM segmentations WHERE id = ?1");
    copy.bind(1, segmentationId).bind(2, std::string_view(newName)).run();
    const std::int64_t copyId = m_database.lastInsertRowId();

    // The child tables keep their rows' shape; only the segmentation id changes.
    for (const char *sql : {
             "INSERT INTO segmentation_columns (segmentation_id, position, column_name, transform, weight, "
             "center, scale) "
             "SELECT ?2, position, column_name, transform, weight, center, scale FROM segmentation_columns "
             "WHERE segmentation_id = ?1",
             "INSERT INTO segments (segmentation_id, segment_index, name, size, color, notes, predecessor) "
             "SELECT ?2, segment_index, name, size, color, notes, predecessor FROM segments "
             "WHERE segmentation_id = ?1",
             "INSERT INTO segment_centroids (segmentation_id, segment_index, position, value, scaled_value) "
             "SELECT ?2, segment_index, position, value, scaled_value FROM segment_centroids "
             "WHERE segmentation_id = ?1",
             "INSERT INTO segment_members (segmentation_id, customer_row, segment_index, probability, "
             "tree_leaf) "
             "SELECT ?2, customer_row, segment_index, probability, tree_leaf FROM segment_members "
             "WHERE segmentation_id = ?1",
             "INSERT INTO segmentation_trees (segmentation_id, leaf_kind, leaf_count, merges, leaf_sizes) "
             "SELECT ?2, leaf_kind, leaf_count, merges, leaf_sizes FROM segmentation_trees "
             "WHERE segmentation_id = ?1",
             "INSERT INTO segment_member_probabilities (segmentation_id, customer_row, segment_index, "
             "probability) "
             "SELECT ?2, customer_row, segment_index, probability FROM segment_member_probabilities "
             "WHERE segmentation_id = ?1",
         }) {
        Statement child(m_database, sql);
        child.bind(1, segmentationId).bind(2, copyId).run();
    }

    std::vector<std::int64_t> projections;
    Statement listProjections(
        m_database, "SELECT id FROM projections WHERE segmentation_id = ?1 ORDER BY id");
    listProjections.bind(1, segmentationId);
    while (listProjections.step()) {
        projections.push_back(listProjections.columnInt64(0));
    }
    for (const std::int64_t projection : projections) {
        // In id order, so the newest map of the original is the newest of the copy too.
        Statement copyProjection(m_database,
            "INSERT INTO projections (segmentation_id, method, explained_x, explained_y, created_at, "
            "parameters, "
            "kl_divergence) SELECT ?2, method, explained_x, explained_y, created_at, parameters, "
            "kl_divergence "
            "FROM projections WHERE id = ?1");
        copyProjection.bind(1, projection).bind(2, copyId).run();
        const std::int64_t projectionCopy = m_database.lastInsertRowId();
        Statement copyPoints(m_database,
            "INSERT INTO projection_points (projection_id, customer_row, x, y) "
            "SELECT ?2, customer_row, x, y FROM projection_points WHERE projection_id = ?1");
        copyPoints.bind(1, projection).bind(2, projectionCopy).run();
    }
    return copyId;
}

void ProjectStore::deleteSegmentation(std::int64_t segmentationId)
{
    // matched_to has no foreign key (a column with one could not be dropped when a test rebuilds an older
    // file), so re-runs of this segmentation forget it here.
    Statement forget(m_database, "UPDATE segmentations SET matched_to = NULL WHERE matched_to = ?1");
    forget.bind(1, segmentationId).run();
    Statement erase(m_database, "DELETE FROM segmentations WHERE id = ?1");
    erase.bind(1, segmentationId).run();
}

void ProjectStore::setSegmentName(std::int64_t segmentationId, int segment, const std::string &name)
{
    Statement update(
        m_database, "UPDATE segments SET name = ?3 WHERE segmentation_id = ?1 AND segment_index = ?2");
    update.bind(1, segmentationId).bind(2, segment).bind(3, std::string_view(name)).run();
}

void ProjectStore::setSegmentColor(std::int64_t segmentationId, int segment, const std::string &color)
{
    Statement update(
        m_database, "UPDATE segments SET color = ?3 WHERE segmentation_id = ?1 AND segment_index = ?2");
    update.bind(1, segmentationId).bind(2, segment);
    if (color.empty()) {
        update.bindNull(3);
    } else {
        update.bind(3, std::string_view(color));
    }
    update.run();
}

void ProjectStore::setSegmentNotes(std::int64_t segmentationId, int segment, const std::string &notes)
{
    Statement update(
        m_database, "UPDATE segments SET notes = ?3 WHERE segmentation_id = ?1 AND segment_index = ?2");
    update.bind(1, segmentationId).bind(2, segment).bind(3, std::string_view(notes)).run();
}

} // namespace segmenta::engine::store
