// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "segments/RuleEvaluation.h"
#include "store/Database.h"
#include "store/ProjectStore.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace segmenta::engine::store {

/// The SQL rule segments need beyond ProjectStore and DefinitionStore. The caller owns the transaction
/// around writes. No SQL text is built from user input: columns are addressed by their stored sql names.
class RuleSegmentStore
{
public:
    explicit RuleSegmentStore(Database &database)
        : m_database(database)
    { }

    /// One customer column in table order, as rule evaluation reads it (numbers, or coded texts).
    RuleColumn loadColumn(const StoredColumn &column, std::int64_t customerCount);

    /// Links a stored segmentation to the definition it was made from.
    void linkDefinition(std::int64_t segmentationId, std::int64_t definitionId);
    /// The definition a segmentation was made from, if any.
    std::optional<std::int64_t> definitionOf(std::int64_t segmentationId);
    /// Removes a segmentation with its segments, members and maps.
    void removeSegmentation(std::int64_t segmentationId);

private:
    Database &m_database;
};

} // namespace segmenta::engine::store
