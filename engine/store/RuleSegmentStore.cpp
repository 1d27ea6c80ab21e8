// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "store/RuleSegmentStore.h"

#include "core/Assert.h"

#include <functional>
#include <limits>
#include <string_view>
#include <unordered_map>

namespace segmenta::engine::store {

RuleColumn RuleSegmentStore::loadColumn(const StoredColumn &column, std::int64_t customerCount)
{
    RuleColumn loaded;
    loaded.name = column.info.name;
    loaded.type = column.info.type;
    const auto size = static_cast<std::size_t>(customerCount);
    // Rows are numbered 1..n without gaps (see ProjectStore::customerPage).
    Statement query(m_database, "SELECT row, " + column.sqlName + " FROM customers ORDER BY row");
    if (column.info.type != ColumnType::Text) {
        loaded.numbers.assign(size, std::numeric_limits<double>::quiet_NaN());
        while (query.step()) {
            const auto row = static_cast<std::size_t>(query.columnInt64(0) - 1);
            if (row < size && !query.isNull(1)) {
                loaded.numbers[row] = query.columnDouble(1);
            }
        }
        return loaded;
    }
    loaded.codes.assign(size, -1);
    // Looked up by string_view, so a value seen before costs no string.
    struct TextHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view> {}(text); }
    };
    std::unordered_map<std::string, std::int32_t, TextHash, std::equal_to<>> codes;
    while (query.step()) {
        const auto row = static_cast<std::size_t>(query.columnInt64(0) - 1);
        if (row >= size || query.isNull(1)) {
            continue;
        }
        const std::string_view text = query.columnTextView(1);
        auto found = codes.find(text);
        if (found == codes.end()) {
            found = codes.emplace(std::string(text), static_cast<std::int32_t>(codes.size())).first;
            loaded.dictionary.push_back(found->first);
        }
        loaded.codes[row] = found->second;
    }
    return loaded;
}

void RuleSegmentStore::linkDefinition(std::int64_t segmentationId, std::int64_t definitionId)
{
    Statement update(m_database, "UPDATE segmentations SET definition_id = ?2 WHERE id = ?1");
    update.bind(1, segmentationId).bind(2, definitionId).run();
}

std::optional<std::int64_t> RuleSegmentStore::definitionOf(std::int64_t segmentationId)
{
    Statement query(m_database, "SELECT definition_id FROM segmentations WHERE id = ?1");
    query.bind(1, segmentationId);
    if (!query.step() || query.isNull(0)) {
        return std::nullopt;
    }
    return query.columnInt64(0);
}

void RuleSegmentStore::removeSegmentation(std::int64_t segmentationId)
{
    // Centroids reference segments, points reference projections: both go by cascade.
    Statement erase(m_database, "DELETE FROM segmentations WHERE id = ?1");
    erase.bind(1, segmentationId).run();
}

} // namespace segmenta::engine::store
