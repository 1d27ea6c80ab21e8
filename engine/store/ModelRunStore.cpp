// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "store/ModelRunStore.h"

namespace segmenta::engine::store {

std::int64_t ModelRunStore::save(
    const std::string &kind, const std::string &parameters, const std::string &results)
{
    Statement insert(m_database,
        "INSERT INTO model_runs (kind, parameters, results, created_at) "
        "VALUES (?1, ?2, ?3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");
    insert.bind(1, std::string_view(kind))
        .bind(2, std::string_view(parameters))
        .bind(3, std::string_view(results))
        .run();
    return m_database.lastInsertRowId();
}

std::optional<StoredModelRun> ModelRunStore::latest(const std::string &kind)
{
    Statement select(m_database,
        "SELECT id, kind, parameters, results, created_at FROM model_runs WHERE kind = ?1 "
        "ORDER BY id DESC LIMIT 1");
    select.bind(1, std::string_view(kind));
    if (!select.step()) {
        return std::nullopt;
    }
    return StoredModelRun {select.columnInt64(0), select.columnText(1), select.columnText(2),
        select.columnText(3), select.columnText(4)};
}

} // namespace segmenta::engine::store
