// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "store/Migrations.h"
#include "Session.h"
#include "store/Database.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

using namespace segmenta::engine;
using segmenta::test::TempDir;

TEST(Migrations, CreateTheWholeSchemaAndRecordEachVersion)
{
    TempDir dir;
    const std::string path = dir.file("new.segmenta");
    {
        auto session = Session::createProject(path);
        ASSERT_TRUE(session) << describe(session.error());
    }
    store::Database database(path, store::OpenMode::ReadWrite);
    EXPECT_EQ(store::storedSchemaVersion(database), store::latestSchemaVersion());
    EXPECT_EQ(store::queryInt64(database, "SELECT count(*) FROM schema_migrations"),
        static_cast<std::int64_t>(store::projectMigrations().size()));
    EXPECT_EQ(store::queryInt64(database, "PRAGMA application_id"), store::projectApplicationId);
    for (const char *table : {"customers", "customer_columns", "imports", "segmentations", "segments",
             "segment_members", "segment_centroids", "projections", "projection_points"}) {
        EXPECT_EQ(store::queryInt64(database,
                      std::string("SELECT count(*) FROM sqlite_schema WHERE name = '") + table + "'"),
            1)
            << table;
    }
}

TEST(Migrations, VersionsAreNumberedWithoutGaps)
{
    int expected = 1;
    for (const store::Migration &migration : store::projectMigrations()) {
        EXPECT_EQ(migration.version, expected++);
    }
}

TEST(Migrations, FileFromNewerVersionIsRefusedAndLeftAlone)
{
    TempDir dir;
    const std::string path = dir.file("future.segmenta");
    ASSERT_TRUE(Session::createProject(path));
    {
        store::Database database(path, store::OpenMode::ReadWrite);
        database.execute(
            "INSERT INTO schema_migrations VALUES (999, 'from the future', '2030-01-01T00:00:00Z')");
    }
    const std::string before = segmenta::test::readBytes(path);
    auto session = Session::openProject(path);
    ASSERT_FALSE(session);
    EXPECT_EQ(session.error().code, ErrorCode::ProjectFromNewerVersion);
    EXPECT_NE(describe(session.error()).find("999"), std::string::npos);
    EXPECT_EQ(segmenta::test::readBytes(path), before);
}

TEST(Migrations, OtherFilesAreNotProjects)
{
    TempDir dir;
    const std::string text = dir.write("notes.segmenta", "just some text, not a database\n");
    auto session = Session::openProject(text);
    ASSERT_FALSE(session);
    EXPECT_EQ(session.error().code, ErrorCode::NotAProject);

    const std::string otherDatabase = dir.file("other.sqlite");
    {
        store::Database database(otherDatabase, store::OpenMode::CreateNew);
        database.execute("CREATE TABLE t (x)");
    }
    auto other = Session::openProject(otherDatabase);
    ASSERT_FALSE(other);
    EXPECT_EQ(other.error().code, ErrorCode::NotAProject);

    auto missing = Session::openProject(dir.file("missing.segmenta"));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::FileNotFound);
}

TEST(Migrations, CreatingOverAnExistingFileIsRefused)
{
    TempDir dir;
    const std::string path = dir.write("taken.segmenta", "precious");
    auto session = Session::createProject(path);
    ASSERT_FALSE(session);
    EXPECT_EQ(session.error().code, ErrorCode::ProjectAlreadyExists);
    EXPECT_EQ(segmenta::test::readBytes(path), "precious");
}

TEST(Migrations, AVersionTwoFileUpgradesKeepingItsSegmentations)
{
    TempDir dir;
    const std::string path = dir.file("v2.segmenta");
    {
        store::Database database(path, store::OpenMode::CreateNew);
        for (const store::Migration &migration : store::projectMigrations().first(2)) {
            database.execute(migration.sql);
            database.execute("INSERT INTO schema_migrations VALUES (" + std::to_string(migration.version)
                + ", 'old', '2026-01-01T00:00:00Z')");
        }
        database.execute("PRAGMA application_id = " + std::to_string(store::projectApplicationId));
        database.execute("INSERT INTO segmentations (id, name, method, segment_count, seed, init_count, "
                         "max_iterations, scaling, member_count, created_at) "
                         "VALUES (1, 'Old run', 'kmeans', 2, 1, 1, 10, 'z', 0, '2026-01-01')");
        database.execute(
            "INSERT INTO segmentation_columns VALUES (1, 0, 'Spend', 'log1p'), (1, 1, 'Age', 'none')");
    }
    {
        auto session = Session::openProject(path);
        ASSERT_TRUE(session) << describe(session.error());
    }
    store::Database database(path, store::OpenMode::ReadWrite);
    EXPECT_EQ(store::storedSchemaVersion(database), store::latestSchemaVersion());
    EXPECT_EQ(store::queryInt64(database,
                  "SELECT count(*) FROM segmentation_columns WHERE segmentation_id = 1 AND weight = 1"),
        2);
    EXPECT_EQ(
        store::queryInt64(database,
            "SELECT position FROM segmentation_columns WHERE column_name = 'Spend' AND transform = 'log1p'"),
        0);
    // The rebuilt table still refuses transforms nobody implements.
    EXPECT_THROW(
        database.execute("INSERT INTO segmentation_columns VALUES (1, 2, 'X', 'cube', 1)"), std::exception);
    EXPECT_EQ(store::queryInt64(database, "PRAGMA foreign_key_check"), std::nullopt);
}

TEST(Migrations, AVersionThreeFileUpgradesNamingWhatItsSegmentationsWereMadeFrom)
{
    TempDir dir;
    const std::string path = dir.file("v3.segmenta");
    {
        store::Database database(path, store::OpenMode::CreateNew);
        for (const store::Migration &migration : store::projectMigrations().first(3)) {
            database.execute(migration.sql);
            database.execute("INSERT INTO schema_migrations VALUES (" + std::to_string(migration.version)
                + ", 'old', '2026-01-01T00:00:00Z')");
        }
        database.execute("PRAGMA application_id = " + std::to_string(store::projectApplicationId));
        const std::string columns
            = "INSERT INTO segmentations (id, name, method, segment_count, seed, "
              "init_count, max_iterations, scaling, member_count, created_at, criteria) ";
        // What version 3 wrote: criteria sets (with their format tag) from clustering, RFM maps, plain
        // columns without a document, and a set without a tag, known only by the method that stored it.
        database.execute(columns
            + "VALUES (1, 'Set', 'kmeans', 2, 1, 1, 10, 'none', 0, '2026-01-01', "
              "'{\"format\": \"segmenta.criteria/1\", \"name\": \"S\", \"variables\": []}')");
        database.execute(columns
            + "VALUES (2, 'RFM', 'rfm', 2, 1, 1, 10, 'none', 0, '2026-01-01', "
              "'{\"format\": \"segmenta.rfm_map\", \"name\": \"rf11\"}')");
        database.execute(
            columns + "VALUES (3, 'Columns', 'kmeans', 2, 1, 1, 10, 'zscore', 0, '2026-01-01', NULL)");
        database.execute(columns
            + "VALUES (4, 'Ward', 'hierarchical-ward', 2, 1, 1, 10, 'none', 0, '2026-01-01', "
              "'{\"name\": \"untagged\", \"variables\": []}')");
    }
    {
        auto session = Session::openProject(path);
        ASSERT_TRUE(session) << describe(session.error());
    }
    store::Database database(path, store::OpenMode::ReadWrite);
    EXPECT_EQ(store::storedSchemaVersion(database), store::latestSchemaVersion());
    store::Statement kinds(
        database, "SELECT id, coalesce(criteria_kind, '(none)') FROM segmentations ORDER BY id");
    std::vector<std::string> found;
    while (kinds.step()) {
        found.push_back(kinds.columnText(1));
    }
    EXPECT_EQ(found, (std::vector<std::string> {"criteria_set", "rfm_map", "(none)", "criteria_set"}));
    EXPECT_THROW(
        database.execute("UPDATE segmentations SET criteria_kind = 'guess' WHERE id = 1"), std::exception);
}

TEST(Migrations, AVersionFourFileUpgradesInPlaceGivingItsColumnsTheKindTheirStorageSays)
{
    TempDir dir;
    const std::string path = dir.file("v4.segmenta");
    {
        store::Database database(path, store::OpenMode::CreateNew);
        for (const store::Migration &migration : store::projectMigrations().first(4)) {
            database.execute(migration.sql);
            database.execute("INSERT INTO schema_migrations VALUES (" + std::to_string(migration.version)
                + ", 'old', '2026-01-01T00:00:00Z')");
        }
        database.execute("PRAGMA application_id = " + std::to_string(store::projectApplicationId));
        // What version 4 wrote for a customer table: the birth date and the yes/no answer as text.
        database.execute(
            "INSERT INTO imports (id, source_path, source_size, row_count, id_column, imported_at) "
            "VALUES (1, 'old.csv', 100, 2, 'id', '2026-01-01')");
        database.execute(
            "INSERT INTO customer_columns (position, name, sql_name, value_type, missing_count, import_id) "
            "VALUES (1, 'Age', 'c1', 'integer', 0, 1), (2, 'Spend', 'c2', 'real', 1, 1), "
            "(3, 'Born', 'c3', 'text', 0, 1), (4, 'Member', 'c4', 'text', 0, 1)");
        database.execute("ALTER TABLE customers ADD COLUMN c1 INTEGER");
        database.execute("ALTER TABLE customers ADD COLUMN c2 REAL");
        database.execute("ALTER TABLE customers ADD COLUMN c3 TEXT");
        database.execute("ALTER TABLE customers ADD COLUMN c4 TEXT");
        database.execute("INSERT INTO customers VALUES (1, 'A1', 30, 12.5, '31.12.1990', 'evet'), "
                         "(2, 'A2', 41, NULL, '01.02.1983', 'hayır')");
    }
    {
        auto session = Session::openProject(path);
        ASSERT_TRUE(session) << describe(session.error());
        const auto summary = session.value().summary();
        ASSERT_TRUE(summary) << describe(summary.error());
        ASSERT_EQ(summary.value().columns.size(), 4u);
        EXPECT_EQ(summary.value().customerCount, 2);
        const std::vector<ValueKind> expected {
            ValueKind::Integer, ValueKind::Decimal, ValueKind::FreeText, ValueKind::FreeText};
        for (std::size_t c = 0; c < expected.size(); ++c) {
            EXPECT_EQ(summary.value().columns[c].valueKind(), expected[c]) << summary.value().columns[c].name;
        }
        // The data is kept as it was: upgrading does not reinterpret text.
        const auto page = session.value().customers(0, 2);
        ASSERT_TRUE(page) << describe(page.error());
        EXPECT_EQ(std::get<std::int64_t>(page.value().values[1][0]), 41);
        EXPECT_EQ(std::get<double>(page.value().values[0][1]), 12.5);
        EXPECT_EQ(std::get<std::string>(page.value().values[0][2]), "31.12.1990");
        EXPECT_EQ(std::get<std::string>(page.value().values[1][3]), "hayır");
    }
    store::Database database(path, store::OpenMode::ReadWrite);
    EXPECT_EQ(store::storedSchemaVersion(database), store::latestSchemaVersion());
    store::Statement kinds(database, "SELECT value_kind FROM customer_columns ORDER BY position");
    std::vector<std::string> found;
    while (kinds.step()) {
        found.push_back(kinds.columnText(0));
    }
    EXPECT_EQ(found, (std::vector<std::string> {"integer", "decimal", "text", "text"}));
    EXPECT_EQ(store::queryInt64(database, "SELECT count(*) FROM customers"), 2);
    EXPECT_THROW(database.execute("UPDATE customer_columns SET value_kind = 'guess' WHERE position = 1"),
        std::exception);
    store::Statement integrity(database, "PRAGMA integrity_check");
    ASSERT_TRUE(integrity.step());
    EXPECT_EQ(integrity.columnText(0), "ok");
}
