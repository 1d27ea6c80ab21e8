// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "store/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace segmenta::engine::store {

/// A segmentation's stored silhouette values (schema v9: segmentation_silhouettes, silhouette_values).
struct StoredSilhouette
{
    std::int64_t memberCount = 0; ///< the segmentation's member count when they were computed
    bool isSampled = false;
    std::int64_t sampleSize = 0;
    std::uint64_t seed = 0;
    double mean = 0.0;
    std::string createdAt; ///< UTC, ISO 8601
    /// Per scored member, in customer order: 0-based row, customer id, segment (as stored now), value.
    std::vector<std::int64_t> rows;
    std::vector<std::string> keys;
    std::vector<int> segments;
    std::vector<double> values;
};

/// Reads and writes the silhouette tables. The caller owns the transaction around writes.
class SilhouetteStore
{
public:
    explicit SilhouetteStore(Database &database)
        : m_database(database)
    { }

    /// Replaces the segmentation's stored values with @p silhouette (rows and values; keys and segments are
    /// not written: they are read from the customers and the members).
    void save(std::int64_t segmentationId, const StoredSilhouette &silhouette);
    /// The stored values, if any; members that are no longer members are left out.
    std::optional<StoredSilhouette> load(std::int64_t segmentationId);

private:
    Database &m_database;
};

} // namespace segmenta::engine::store
