// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "store/DefinitionStore.h"

#include "core/Assert.h"

namespace segmenta::engine::store {

namespace {

constexpr const char *selectColumns = "SELECT id, kind, name, body, created_at, updated_at FROM definitions ";

StoredDefinition readDefinition(const Statement &statement, DefinitionKind kind)
{
    StoredDefinition definition;
    definition.id = statement.columnInt64(0);
    definition.kind = kind;
    definition.name = statement.columnText(2);
    definition.body = statement.columnText(3);
    definition.createdAt = statement.columnText(4);
    definition.updatedAt = statement.columnText(5);
    return definition;
}

} // namespace

std::string_view definitionKindName(DefinitionKind kind)
{
    switch (kind) {
    case DefinitionKind::CriteriaSet:
        return "criteria_set";
    case DefinitionKind::RuleSet:
        return "rule_set";
    case DefinitionKind::RfmMap:
        return "rfm_map";
    }
    SEGMENTA_ASSERT(false, "unknown definition kind");
    return {};
}

StoredDefinition DefinitionStore::save(DefinitionKind kind, const std::string &name, const std::string &body)
{
    // An upsert keeps the row (and so its id and created_at) when the name exists.
    Statement upsert(m_database,
        "INSERT INTO definitions (kind, name, body, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) "
        "ON CONFLICT (kind, name) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at");
    upsert.bind(1, definitionKindName(kind))
        .bind(2, std::string_view(name))
        .bind(3, std::string_view(body))
        .run();
    auto stored = find(kind, name);
    SEGMENTA_ASSERT(stored.has_value(), "a saved definition is readable");
    return *stored;
}

std::optional<StoredDefinition> DefinitionStore::find(DefinitionKind kind, const std::string &name)
{
    Statement query(m_database, std::string(selectColumns) + "WHERE kind = ?1 AND name = ?2");
    query.bind(1, definitionKindName(kind)).bind(2, std::string_view(name));
    if (!query.step()) {
        return std::nullopt;
    }
    return readDefinition(query, kind);
}

std::vector<StoredDefinition> DefinitionStore::list(DefinitionKind kind)
{
    Statement query(m_database, std::string(selectColumns) + "WHERE kind = ?1 ORDER BY name");
    query.bind(1, definitionKindName(kind));
    std::vector<StoredDefinition> definitions;
    while (query.step()) {
        definitions.push_back(readDefinition(query, kind));
    }
    return definitions;
}

bool DefinitionStore::remove(DefinitionKind kind, const std::string &name)
{
    Statement erase(m_database, "DELETE FROM definitions WHERE kind = ?1 AND name = ?2");
    erase.bind(1, definitionKindName(kind)).bind(2, std::string_view(name)).run();
    return queryInt64(m_database, "SELECT changes()").value_or(0) > 0;
}

} // namespace segmenta::engine::store
