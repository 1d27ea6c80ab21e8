// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "store/DefinitionStore.h"
#include "Session.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

using namespace segmenta::engine;
using namespace segmenta::engine::store;
using segmenta::test::TempDir;

TEST(DefinitionStore, SaveFindListReplaceAndRemovePerKind)
{
    TempDir dir;
    const std::string path = dir.file("definitions.segmenta");
    ASSERT_TRUE(Session::createProject(path));
    Database database(path, OpenMode::ReadWrite);
    DefinitionStore store(database);

    const StoredDefinition first = store.save(DefinitionKind::RuleSet, "Big spenders", R"({"rules": []})");
    store.save(DefinitionKind::RfmMap, "Big spenders", R"({"cells": []})"); // same name, other kind
    store.save(DefinitionKind::RuleSet, "Anyone", "{}");
    EXPECT_EQ(store.list(DefinitionKind::RuleSet).size(), 2U);
    EXPECT_EQ(store.list(DefinitionKind::RuleSet).front().name, "Anyone"); // by name
    EXPECT_EQ(store.list(DefinitionKind::CriteriaSet).size(), 0U);

    const StoredDefinition replaced
        = store.save(DefinitionKind::RuleSet, "Big spenders", R"({"rules": [1]})");
    EXPECT_EQ(replaced.id, first.id);
    EXPECT_EQ(replaced.createdAt, first.createdAt);
    EXPECT_EQ(replaced.body, R"({"rules": [1]})");
    EXPECT_EQ(store.find(DefinitionKind::RfmMap, "Big spenders")->body, R"({"cells": []})");

    EXPECT_THROW(store.save(DefinitionKind::CriteriaSet, "Broken", "{not json"), std::exception);
    EXPECT_FALSE(store.find(DefinitionKind::CriteriaSet, "Broken"));

    EXPECT_TRUE(store.remove(DefinitionKind::RuleSet, "Big spenders"));
    EXPECT_FALSE(store.remove(DefinitionKind::RuleSet, "Big spenders"));
    EXPECT_FALSE(store.find(DefinitionKind::RuleSet, "Big spenders"));
    EXPECT_TRUE(store.find(DefinitionKind::RfmMap, "Big spenders"));
}
