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
