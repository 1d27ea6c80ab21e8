// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "store/Database.h"

#include <cstdint>
#include <optional>
#include <string>

namespace segmenta::engine::store {

/// A fitted model as stored: what it was asked (parameters) and what it found (results), as JSON text.
struct StoredModelRun
{
    std::int64_t id = 0;
    std::string kind; ///< e.g. "clv"
    std::string parameters; ///< JSON text
    std::string results; ///< JSON text
    std::string createdAt; ///< UTC, ISO 8601
};

/// The model_runs table (schema v3). The caller owns the transaction around writes.
class ModelRunStore
{
public:
    explicit ModelRunStore(Database &database)
        : m_database(database)
    { }

    /// Appends a run; earlier runs of the kind are kept (the newest is the one shown).
    /// Requires: parameters and results are valid JSON (the table's CHECK refuses anything else).
    std::int64_t save(const std::string &kind, const std::string &parameters, const std::string &results);
    /// The newest run of a kind, if any.
    std::optional<StoredModelRun> latest(const std::string &kind);

private:
    Database &m_database;
};

} // namespace segmenta::engine::store
