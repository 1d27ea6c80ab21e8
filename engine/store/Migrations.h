// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "store/Database.h"

#include <span>

namespace segmenta::engine::store {

/// One numbered step of the project schema. Steps are applied in order and never edited once released:
/// a change to the schema is a new step.
struct Migration
{
    int version; ///< 1, 2, 3, … without gaps
    const char *description; ///< recorded in schema_migrations
    const char *sql; ///< statements run inside the migrating transaction
};

/// PRAGMA application_id of every Segmenta project ("SGMT"), so `file` and we can tell our files apart.
inline constexpr int projectApplicationId = 0x53474D54;

/// All migrations of this build, ordered by version.
std::span<const Migration> projectMigrations();

/// Newest schema version this build knows.
int latestSchemaVersion();

/// The schema version recorded in the file (0 for a file without the schema_migrations table).
int storedSchemaVersion(Database &database);

/// Applies the migrations after storedSchemaVersion() up to latestSchemaVersion(), all in one transaction.
/// Requires: storedSchemaVersion() <= latestSchemaVersion().
void migrate(Database &database);

} // namespace segmenta::engine::store
