// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "store/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace segmenta::engine::store {

/// What the user defines and keeps in the project, each as a documented JSON document.
enum class DefinitionKind
{
    CriteriaSet, ///< which variables describe customers, with transforms and weights
    RuleSet, ///< rule-based segments (AND/OR conditions over columns)
    RfmMap, ///< RFM scoring and the named R x F map
};

/// "criteria_set", "rule_set" or "rfm_map": the `kind` stored in the definitions table.
std::string_view definitionKindName(DefinitionKind kind);

struct StoredDefinition
{
    std::int64_t id = 0;
    DefinitionKind kind = DefinitionKind::CriteriaSet;
    std::string name; ///< unique per kind
    std::string body; ///< JSON text
    std::string createdAt; ///< UTC, ISO 8601
    std::string updatedAt;
};

/// The definitions table. The caller owns the transaction around writes.
class DefinitionStore
{
public:
    explicit DefinitionStore(Database &database)
        : m_database(database)
    { }

    /// Stores `body` under (kind, name), replacing an existing one of that name but keeping its id and
    /// creation time (segmentations made from it stay linked).
    /// Requires: body is valid JSON (the table's CHECK refuses anything else).
    StoredDefinition save(DefinitionKind kind, const std::string &name, const std::string &body);
    std::optional<StoredDefinition> find(DefinitionKind kind, const std::string &name);
    /// All of a kind, by name.
    std::vector<StoredDefinition> list(DefinitionKind kind);
    /// Returns whether one was removed. Segmentations made from it keep their members and criteria.
    bool remove(DefinitionKind kind, const std::string &name);

private:
    Database &m_database;
};

} // namespace segmenta::engine::store
