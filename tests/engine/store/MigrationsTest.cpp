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
