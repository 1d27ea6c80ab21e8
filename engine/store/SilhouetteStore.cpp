// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "store/SilhouetteStore.h"

#include "core/Assert.h"

namespace segmenta::engine::store {

void SilhouetteStore::save(std::int64_t segmentationId, const StoredSilhouette &silhouette)
{
    SEGMENTA_ASSERT(silhouette.rows.size() == silhouette.values.size(), "a value per stored row");
    Statement erase(m_database, "DELETE FROM segmentation_silhouettes WHERE segmentation_id = ?1");
    erase.bind(1, segmentationId).run();
    Statement summary(m_database,
        "INSERT INTO segmentation_silhouettes "
        "(segmentation_id, member_count, sampled, sample_size, seed, mean, created_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");
    summary.bind(1, segmentationId)
        .bind(2, silhouette.memberCount)
        .bind(3, silhouette.isSampled ? 1 : 0)
        .bind(4, silhouette.sampleSize)
        .bind(5, static_cast<std::int64_t>(silhouette.seed))
        .bind(6, silhouette.mean)
        .run();
    Statement value(m_database,
        "INSERT INTO silhouette_values (segmentation_id, customer_row, value) VALUES (?1, ?2, ?3)");
    for (std::size_t i = 0; i < silhouette.rows.size(); ++i) {
        value.bind(1, segmentationId).bind(2, silhouette.rows[i] + 1).bind(3, silhouette.values[i]).run();
    }
}

std::optional<StoredSilhouette> SilhouetteStore::load(std::int64_t segmentationId)
{
    Statement summary(m_database,
        "SELECT member_count, sampled, sample_size, seed, mean, created_at FROM segmentation_silhouettes "
        "WHERE segmentation_id = ?1");
    summary.bind(1, segmentationId);
    if (!summary.step()) {
        return std::nullopt;
    }
    StoredSilhouette result;
    result.memberCount = summary.columnInt64(0);
    result.isSampled = summary.columnInt64(1) != 0;
    result.sampleSize = summary.columnInt64(2);
    result.seed = static_cast<std::uint64_t>(summary.columnInt64(3));
    result.mean = summary.columnDouble(4);
    result.createdAt = summary.columnText(5);
    Statement values(m_database,
        "SELECT v.customer_row, c.customer_key, m.segment_index, v.value FROM silhouette_values v "
        "JOIN customers c ON c.row = v.customer_row "
        "JOIN segment_members m ON m.segmentation_id = v.segmentation_id AND m.customer_row = v.customer_row "
        "WHERE v.segmentation_id = ?1 ORDER BY v.customer_row");
    values.bind(1, segmentationId);
    while (values.step()) {
        result.rows.push_back(values.columnInt64(0) - 1);
        result.keys.push_back(values.columnText(1));
        result.segments.push_back(static_cast<int>(values.columnInt64(2)));
        result.values.push_back(values.columnDouble(3));
    }
    return result;
}

} // namespace segmenta::engine::store
