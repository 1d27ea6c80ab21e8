// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>

namespace segmenta::test {

/// A project holding the CDNOW purchase log (../shared/data/cdnow), imported as a transaction log the way
/// the product does it: the fixture of the lifetime-value tests that go through Session.
inline engine::Session cdnowProject(const TempDir &dir)
{
    auto created = engine::Session::createProject(dir.file("cdnow.segmenta"));
    EXPECT_TRUE(created);
    engine::Session session = std::move(created).value();
    engine::TransactionImportParams params;
    params.filePath = std::string(SEGMENTA_SHARED_DATA_DIR) + "/cdnow/cdnowElog.csv";
    params.customerColumn = "masterid";
    params.amountColumn = "sales";
    params.quantityColumn = "cds";
    engine::NullProgress progress;
    const auto report = session.importTransactionsCsv(params, progress);
    EXPECT_TRUE(report) << describe(report.error());
    return session;
}

} // namespace segmenta::test
