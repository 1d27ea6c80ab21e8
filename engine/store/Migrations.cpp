// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "store/Migrations.h"

#include "core/Assert.h"

#include <array>
#include <string>

namespace segmenta::engine::store {

namespace {

// Customer attribute values live in columns c1, c2, … of `customers`, added by the import with
// ALTER TABLE: one wide row per customer keeps the lazy table view and matrix loading a single scan.
constexpr const char *schemaVersion1 = R"sql(
CREATE TABLE schema_migrations (
    version     INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at  TEXT NOT NULL
);
CREATE TABLE project_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE imports (
    id          INTEGER PRIMARY KEY,
    source_path TEXT NOT NULL,
    source_size INTEGER NOT NULL,
    row_count   INTEGER NOT NULL,
    id_column   TEXT,
    imported_at TEXT NOT NULL
);
CREATE TABLE customer_columns (
    id            INTEGER PRIMARY KEY,
    position      INTEGER NOT NULL UNIQUE,
    name          TEXT NOT NULL UNIQUE,
    sql_name      TEXT NOT NULL UNIQUE,
    value_type    TEXT NOT NULL CHECK (value_type IN ('integer', 'real', 'text')),
    family        TEXT NOT NULL DEFAULT 'other'
                  CHECK (family IN ('demographic', 'psychographic', 'behavioural', 'value', 'other')),
    missing_count INTEGER NOT NULL DEFAULT 0,
    import_id     INTEGER REFERENCES imports(id)
);
CREATE TABLE customers (
    row          INTEGER PRIMARY KEY,
    customer_key TEXT NOT NULL UNIQUE
);
CREATE TABLE segmentations (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE,
    method         TEXT NOT NULL,
    segment_count  INTEGER NOT NULL,
    seed           INTEGER NOT NULL,
    init_count     INTEGER NOT NULL,
    max_iterations INTEGER NOT NULL,
    scaling        TEXT NOT NULL,
    member_count   INTEGER NOT NULL,
    inertia        REAL,
    iterations     INTEGER,
    converged      INTEGER,
    created_at     TEXT NOT NULL
);
CREATE TABLE segmentation_columns (
    segmentation_id INTEGER NOT NULL REFERENCES segmentations(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    column_name     TEXT NOT NULL,
    PRIMARY KEY (segmentation_id, position)
) WITHOUT ROWID;
CREATE TABLE segments (
    segmentation_id INTEGER NOT NULL REFERENCES segmentations(id) ON DELETE CASCADE,
    segment_index   INTEGER NOT NULL,
    name            TEXT NOT NULL,
    size            INTEGER NOT NULL,
    PRIMARY KEY (segmentation_id, segment_index)
) WITHOUT ROWID;
CREATE TABLE segment_centroids (
    segmentation_id INTEGER NOT NULL,
    segment_index   INTEGER NOT NULL,
    position        INTEGER NOT NULL,
    value           REAL NOT NULL,
    PRIMARY KEY (segmentation_id, segment_index, position),
    FOREIGN KEY (segmentation_id, segment_index) REFERENCES segments(segmentation_id, segment_index)
        ON DELETE CASCADE
) WITHOUT ROWID;
CREATE TABLE segment_members (
    segmentation_id INTEGER NOT NULL REFERENCES segmentations(id) ON DELETE CASCADE,
    customer_row    INTEGER NOT NULL REFERENCES customers(row),
    segment_index   INTEGER NOT NULL,
    PRIMARY KEY (segmentation_id, customer_row)
) WITHOUT ROWID;
CREATE TABLE projections (
    id              INTEGER PRIMARY KEY,
    segmentation_id INTEGER REFERENCES segmentations(id) ON DELETE CASCADE,
    method          TEXT NOT NULL,
    explained_x     REAL,
    explained_y     REAL,
    created_at      TEXT NOT NULL
);
CREATE TABLE projection_points (
    projection_id INTEGER NOT NULL REFERENCES projections(id) ON DELETE CASCADE,
    customer_row  INTEGER NOT NULL REFERENCES customers(row),
    x             REAL NOT NULL,
    y             REAL NOT NULL,
    PRIMARY KEY (projection_id, customer_row)
) WITHOUT ROWID;
)sql";

// Transaction logs: one row per order line, as read (the file's own text for order ids, categories and
// channels; the customer by their row in `customers`; dates as day numbers). Customer features derived from
// them live in `customers` like imported columns, marked origin = 'transactions' so a later import recomputes
// them. No secondary indexes: the importer and the aggregation scan the table once, and an index would slow
// the 1M-row import more than it saves.
constexpr const char *schemaVersion2 = R"sql(
ALTER TABLE imports ADD COLUMN kind TEXT NOT NULL DEFAULT 'customers'
    CHECK (kind IN ('customers', 'transactions'));
ALTER TABLE imports ADD COLUMN sha256 TEXT;
ALTER TABLE imports ADD COLUMN options TEXT;
ALTER TABLE imports ADD COLUMN skipped_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE imports ADD COLUMN duration_ms INTEGER;
ALTER TABLE customer_columns ADD COLUMN origin TEXT NOT NULL DEFAULT 'file'
    CHECK (origin IN ('file', 'transactions', 'model'));
ALTER TABLE segmentation_columns ADD COLUMN transform TEXT NOT NULL DEFAULT 'none'
    CHECK (transform IN ('none', 'log1p'));
ALTER TABLE projections ADD COLUMN parameters TEXT;
ALTER TABLE projections ADD COLUMN kl_divergence REAL;
CREATE TABLE transactions (
    id            INTEGER PRIMARY KEY,
    import_id     INTEGER NOT NULL REFERENCES imports(id),
    line          INTEGER NOT NULL,
    customer_row  INTEGER NOT NULL REFERENCES customers(row),
    order_key     TEXT,
    day           INTEGER NOT NULL,
    second_of_day INTEGER,
    amount        REAL NOT NULL,
    quantity      REAL,
    category      TEXT,
    channel       TEXT,
    row_hash      INTEGER NOT NULL
);
)sql";

// Version 3: what the user defines and keeps (criteria sets, rule segments, RFM maps) as documented JSON,
// names, colours and notes on segments, fitted models with their diagnostics, and per-criterion weights
// and transforms. segmentation_columns is rebuilt because SQLite cannot change a CHECK constraint.
constexpr const char *schemaVersion3 = R"sql(
CREATE TABLE definitions (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('criteria_set', 'rule_set', 'rfm_map')),
    name       TEXT NOT NULL,
    body       TEXT NOT NULL CHECK (json_valid(body)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (kind, name)
);
ALTER TABLE segmentations ADD COLUMN criteria TEXT CHECK (criteria IS NULL OR json_valid(criteria));
ALTER TABLE segmentations ADD COLUMN definition_id INTEGER REFERENCES definitions(id) ON DELETE SET NULL;
ALTER TABLE segmentations ADD COLUMN notes TEXT;
ALTER TABLE segments ADD COLUMN color TEXT;
ALTER TABLE segments ADD COLUMN notes TEXT;
CREATE TABLE model_runs (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,
    parameters TEXT NOT NULL CHECK (json_valid(parameters)),
    results    TEXT NOT NULL CHECK (json_valid(results)),
    created_at TEXT NOT NULL
);
CREATE TABLE segmentation_columns_v3 (
    segmentation_id INTEGER NOT NULL REFERENCES segmentations(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    column_name     TEXT NOT NULL,
    transform       TEXT NOT NULL DEFAULT 'none'
                    CHECK (transform IN ('none', 'log1p', 'zscore', 'minmax', 'robust', 'rank', 'onehot')),
    weight          REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),
    PRIMARY KEY (segmentation_id, position)
) WITHOUT ROWID;
INSERT INTO segmentation_columns_v3 (segmentation_id, position, column_name, transform)
    SELECT segmentation_id, position, column_name, transform FROM segmentation_columns;
DROP TABLE segmentation_columns;
ALTER TABLE segmentation_columns_v3 RENAME TO segmentation_columns;
)sql";

// Version 4: what kind of document `segmentations.criteria` holds (a criteria set, an RFM map, a rule set),
// so readers ask the file instead of guessing from the method's name. Older rows are named by the
// document's own "format" field, and failing that by the method that wrote it (the only writers of v3).
constexpr const char *schemaVersion4 = R"sql(
ALTER TABLE segmentations ADD COLUMN criteria_kind TEXT
    CHECK (criteria_kind IS NULL OR criteria_kind IN ('criteria_set', 'rule_set', 'rfm_map'));
UPDATE segmentations SET criteria_kind = CASE
        WHEN json_extract(criteria, '$.format') = 'segmenta.criteria/1' THEN 'criteria_set'
        WHEN json_extract(criteria, '$.format') = 'segmenta.rfm_map' THEN 'rfm_map'
        WHEN json_extract(criteria, '$.format') = 'segmenta-rule-set' THEN 'rule_set'
        WHEN method IN ('kmeans', 'two-step-ward') OR method LIKE 'hierarchical-%' THEN 'criteria_set'
        WHEN method = 'rfm' THEN 'rfm_map'
        WHEN method = 'rules' THEN 'rule_set'
    END
    WHERE criteria IS NOT NULL;
)sql";

// Version 5: what each customer column's values mean (value_kind), finer than their storage (value_type):
// dates and datetimes kept as ISO text, yes/no as the integers 1/0, categories and identifiers as text.
// Existing columns get the kind their storage gives; NULL (a writer that does not know kinds) reads the same.
constexpr const char *schemaVersion5 = R"sql(
ALTER TABLE customer_columns ADD COLUMN value_kind TEXT
    CHECK (value_kind IS NULL OR value_kind IN
        ('integer', 'decimal', 'date', 'datetime', 'boolean', 'categorical', 'text', 'identifier'));
UPDATE customer_columns SET value_kind = CASE value_type
        WHEN 'integer' THEN 'integer'
        WHEN 'real' THEN 'decimal'
        ELSE 'text'
    END;
)sql";

// Version 6: what soft and sampled methods
// report. Gaussian mixtures keep their covariance type, log-likelihood and BIC, each member's probability of
// its own segment (segment_members.probability; NULL for hard methods) and, in a table of its own, its
// probability of every segment from minimumStoredProbability up (most customers belong clearly to one or two
// segments, so the table stays near one row per member rather than k). Mini-batch k-means keeps its batch
// size.
constexpr const char *schemaVersion6 = R"sql(
ALTER TABLE segmentations ADD COLUMN covariance_type TEXT
    CHECK (covariance_type IS NULL OR covariance_type IN ('full', 'diag'));
ALTER TABLE segmentations ADD COLUMN log_likelihood REAL;
ALTER TABLE segmentations ADD COLUMN bic REAL;
ALTER TABLE segmentations ADD COLUMN batch_size INTEGER CHECK (batch_size IS NULL OR batch_size >= 1);
ALTER TABLE segment_members ADD COLUMN probability REAL
    CHECK (probability IS NULL OR (probability >= 0 AND probability <= 1));
CREATE TABLE segment_member_probabilities (
    segmentation_id INTEGER NOT NULL REFERENCES segmentations(id) ON DELETE CASCADE,
    customer_row    INTEGER NOT NULL REFERENCES customers(row),
    segment_index   INTEGER NOT NULL,
    probability     REAL NOT NULL CHECK (probability >= 0 AND probability <= 1),
    PRIMARY KEY (segmentation_id, customer_row, segment_index)
) WITHOUT ROWID;
)sql";

// Version 7: stable segment identity. A re-run remembers the segmentation it was matched to and, per
// segment, the segment whose name, colour and notes it took over. New customers can be assigned to a stored
// segmentation without recomputing it: each criterion's fitted centre and scale (z-scores after the stored
// transform) and the centroids in those units are kept. Older rows have NULLs there and cannot be assigned
// to.
constexpr const char *schemaVersion7 = R"sql(
ALTER TABLE segmentations ADD COLUMN matched_to INTEGER; -- segmentations(id); deleting one clears it
ALTER TABLE segments ADD COLUMN predecessor INTEGER;
ALTER TABLE segmentation_columns ADD COLUMN center REAL;
ALTER TABLE segmentation_columns ADD COLUMN scale REAL;
ALTER TABLE segment_centroids ADD COLUMN scaled_value REAL;
)sql";

// Version 8: the merge tree of every hierarchical segmentation, so that it can be drawn as a dendrogram and
// cut again at another k or height without refitting. One row per tree: `merges` is a BLOB of
// leaf_count - 1 records of 16 bytes, little-endian: int32 left, int32 right, IEEE-754 float64 height
// (scipy's linkage-matrix rows without the size, which the leaf sizes give); `leaf_sizes` is a BLOB of
// leaf_count little-endian int64 (customers per leaf), NULL when every leaf is one customer. Each member's
// leaf is segment_members.tree_leaf: its place among the fit's rows for exact runs, its micro-cluster for
// two-step Ward; NULL for customers added later (assignToSegmentation), who are not in the tree.
constexpr const char *schemaVersion8 = R"sql(
CREATE TABLE segmentation_trees (
    segmentation_id INTEGER PRIMARY KEY REFERENCES segmentations(id) ON DELETE CASCADE,
    leaf_kind       TEXT NOT NULL CHECK (leaf_kind IN ('customers', 'micro_clusters')),
    leaf_count      INTEGER NOT NULL CHECK (leaf_count >= 1),
    merges          BLOB NOT NULL CHECK (length(merges) = 16 * (leaf_count - 1)),
    leaf_sizes      BLOB CHECK (leaf_sizes IS NULL OR length(leaf_sizes) = 8 * leaf_count)
);
ALTER TABLE segment_members ADD COLUMN tree_leaf INTEGER;
)sql";

// Version 9: per-customer silhouette values of a segmentation, computed on demand for the diagnostics (the
// silhouette plot) and kept so that they reopen at once. One summary row per segmentation (deleting the
// segmentation deletes it, and with it the values); member_count is the segmentation's member count when
// they were computed, so values computed before new customers were assigned are recognised as out of date.
// A member without a value was not in the sample.
constexpr const char *schemaVersion9 = R"sql(
CREATE TABLE segmentation_silhouettes (
    segmentation_id INTEGER PRIMARY KEY REFERENCES segmentations(id) ON DELETE CASCADE,
    member_count    INTEGER NOT NULL,
    sampled         INTEGER NOT NULL CHECK (sampled IN (0, 1)),
    sample_size     INTEGER NOT NULL,
    seed            INTEGER NOT NULL,
    mean            REAL NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE TABLE silhouette_values (
    segmentation_id INTEGER NOT NULL REFERENCES segmentation_silhouettes(segmentation_id) ON DELETE CASCADE,
    customer_row    INTEGER NOT NULL REFERENCES customers(row),
    value           REAL NOT NULL CHECK (value >= -1 AND value <= 1),
    PRIMARY KEY (segmentation_id, customer_row)
) WITHOUT ROWID;
)sql";

constexpr std::array<Migration, 9> migrations {{
    {1, "project file: customers, columns, imports, segmentations, map projections", schemaVersion1},
    {2, "transaction logs, import fingerprints, derived customer columns, column transforms, t-SNE maps",
        schemaVersion2},
    {3,
        "criteria sets, rule segments and RFM maps; segment colours and notes; stored model runs; criterion "
        "weights",
        schemaVersion3},
    {4, "the kind of document each segmentation's criteria column holds", schemaVersion4},
    {5, "what each customer column's values mean: dates, yes/no, categories, identifiers", schemaVersion5},
    {6, "Gaussian mixture probabilities, log-likelihood and BIC; mini-batch size", schemaVersion6},
    {7,
        "re-runs matched to an earlier segmentation; fitted scaling and scaled centroids for assigning new "
        "customers",
        schemaVersion7},
    {8, "merge trees of hierarchical segmentations (dendrograms, re-cutting)", schemaVersion8},
    {9, "per-customer silhouette values of segmentations, for the silhouette plot", schemaVersion9},
}};

} // namespace

std::span<const Migration> projectMigrations()
{
    return migrations;
}

int latestSchemaVersion()
{
    return migrations.back().version;
}

int storedSchemaVersion(Database &database)
{
    const auto hasTable = queryInt64(
        database, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'");
    if (!hasTable || *hasTable == 0) {
        return 0;
    }
    return static_cast<int>(queryInt64(database, "SELECT max(version) FROM schema_migrations").value_or(0));
}

void migrate(Database &database)
{
    Transaction transaction(database);
    const int stored = storedSchemaVersion(database);
    SEGMENTA_ASSERT(stored <= latestSchemaVersion(), "migrate() on a file from a newer version");
    for (const Migration &migration : migrations) {
        if (migration.version <= stored) {
            continue;
        }
        database.execute(migration.sql);
        Statement record(database,
            "INSERT INTO schema_migrations (version, description, applied_at) "
            "VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");
        record.bind(1, migration.version).bind(2, std::string_view(migration.description)).run();
    }
    database.execute("PRAGMA application_id = " + std::to_string(projectApplicationId));
    database.execute("PRAGMA user_version = " + std::to_string(latestSchemaVersion()));
    transaction.commit();
}

} // namespace segmenta::engine::store
