// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>

namespace segmenta::test {

/// The Online Retail sample (../shared/data/online_retail).
inline const std::string &onlineRetailFile()
{
    static const std::string path
        = std::string(SEGMENTA_SHARED_DATA_DIR) + "/online_retail/online_retail_sample.csv";
    return path;
}

/// A project holding the Online Retail sample's transactions (rows without a customer left out).
inline engine::Session retailProject(const TempDir &dir)
{
    auto created = engine::Session::createProject(dir.file("retail.segmenta"));
    EXPECT_TRUE(created);
    engine::Session session = std::move(created).value();
    engine::TransactionImportParams params;
    params.filePath = onlineRetailFile();
    params.onError = engine::RowErrorPolicy::Skip;
    engine::NullProgress progress;
    auto imported = session.importTransactionsCsv(params, progress);
    EXPECT_TRUE(imported) << (imported ? "" : describe(imported.error()));
    return session;
}

} // namespace segmenta::test
