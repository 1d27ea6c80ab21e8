// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
// CLV ranges, tiers, the at-risk list and the stored diagnostics through Session on CDNOW.
#include "Session.h"
#include "import/DateParsing.h"
#include "support/CdnowProject.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>

using namespace segmenta::engine;
using segmenta::test::cdnowProject;
using segmenta::test::TempDir;

namespace {

std::size_t columnIndex(const ProjectSummary &summary, const std::string &name)
{
    for (std::size_t i = 0; i < summary.columns.size(); ++i) {
        if (summary.columns[i].name == name) {
            return i;
        }
    }
    ADD_FAILURE() << "no column " << name;
    return 0;
}

} // namespace

TEST(SessionLifetimeValueInsights, CdnowRangesTiersAtRiskAndStoredDiagnostics)
{
    TempDir dir;
    Session session = cdnowProject(dir);
    NullProgress progress;
    EXPECT_FALSE(session.lifetimeValueRun().value().has_value());
    LifetimeValueParams params;
    params.calibrationEnd = *daysFromCivil(1997, 9, 30);
    params.storeTiers = true;
    params.atRiskLimit = 10;
    const auto report = session.runLifetimeValue(params, progress);
    ASSERT_TRUE(report) << describe(report.error());
    const LifetimeValueReport &r = report.value();

    // Ranges: every customer has one holding the point estimate; the total's range holds the total.
    EXPECT_TRUE(r.range.isAvailable);
    EXPECT_EQ(r.range.drawCount, 200);
    EXPECT_LT(r.range.totalLow, r.totalLifetimeValue);
    EXPECT_GT(r.range.totalHigh, r.totalLifetimeValue);
    EXPECT_GT(r.range.medianRelativeWidth, 0.0);
    const ProjectSummary summary = session.summary().value();
    const std::size_t clv = columnIndex(summary, "CLV (12 months)");
    const std::size_t low = columnIndex(summary, "CLV low (5%)");
    const std::size_t high = columnIndex(summary, "CLV high (95%)");
    EXPECT_EQ(high, low + 1);
    EXPECT_EQ(low, clv + 1);
    const CustomerPage page = session.customers(0, 3000).value();
    ASSERT_EQ(page.values.size(), 2357U);
    for (const std::vector<CellValue> &row : page.values) {
        const double value = std::get<double>(row[clv]);
        EXPECT_LE(std::get<double>(row[low]), value);
        EXPECT_GE(std::get<double>(row[high]), value);
    }

    // Tiers: 2,357 customers -> cuts at 24, 118 and 472 from the top (no ties among CDNOW's CLVs).
    ASSERT_EQ(r.tiers.size(), 4U);
    EXPECT_EQ(r.tiers[0].name, "Top 1%");
    EXPECT_EQ(r.tiers[0].customerCount, 24);
    EXPECT_EQ(r.tiers[1].customerCount, 94);
    EXPECT_EQ(r.tiers[2].customerCount, 354);
    EXPECT_EQ(r.tiers[3].customerCount, 2357 - 472);
    EXPECT_GT(r.tiers[0].minimumValue, r.tiers[1].minimumValue);
    ASSERT_EQ(r.tierSegmentation, "CLV tiers (12 months)");
    const auto tiers = session.segmentation(r.tierSegmentation);
    ASSERT_TRUE(tiers) << describe(tiers.error());
    EXPECT_EQ(tiers.value().info.method, "clv-tiers");
    EXPECT_EQ(tiers.value().info.memberCount, 2357);
    ASSERT_EQ(tiers.value().segments.size(), 4U);
    EXPECT_EQ(tiers.value().segments[0].size, 24);
    EXPECT_EQ(tiers.value().points.size(), 2357U);

    // At risk: valuable in the past, probably gone; the list is capped, the count is not.
    EXPECT_GT(r.atRiskCount, 10);
    ASSERT_EQ(r.atRisk.size(), 10U);
    for (std::size_t k = 0; k < r.atRisk.size(); ++k) {
        EXPECT_LT(r.atRisk[k].aliveProbability, 0.5);
        EXPECT_GT(r.atRisk[k].pastValue, 0.0);
        if (k > 0) {
            EXPECT_LE(r.atRisk[k].pastValue, r.atRisk[k - 1].pastValue);
        }
    }

    // The stored run reads back with everything the GUI draws.
    const auto stored = session.lifetimeValueRun();
    ASSERT_TRUE(stored);
    ASSERT_TRUE(stored.value().has_value());
    const StoredLifetimeValueRun &run = *stored.value();
    EXPECT_EQ(run.id, r.modelRunId);
    EXPECT_EQ(run.model, "bgnbd");
    ASSERT_EQ(run.purchaseParameters.size(), 4U);
    EXPECT_NEAR(run.purchaseParameters[0].value, 0.243, 0.0005);
    EXPECT_GT(run.purchaseParameters[0].standardError, 0.0);
    EXPECT_NEAR(run.frequencySpendCorrelation, r.frequencySpendCorrelation, 1e-12);
    ASSERT_EQ(run.diagnostics.tracking.size(), 78U);
    EXPECT_EQ(run.diagnostics.tracking.back().actual, 4339.0);
    EXPECT_EQ(run.diagnostics.conditionalExpectations.size(), 8U);
    EXPECT_EQ(run.diagnostics.aliveGrid.probability.size(),
        run.diagnostics.aliveGrid.frequencies.size() * run.diagnostics.aliveGrid.recencies.size());
    EXPECT_TRUE(std::isnan(run.diagnostics.aliveGrid.probability[1]));
    EXPECT_TRUE(run.diagnostics.dataWarnings.empty());
    EXPECT_EQ(run.tiers.size(), 4U);
    EXPECT_TRUE(run.range.isAvailable);
    const nlohmann::json parameters = nlohmann::json::parse(run.parametersJson);
    EXPECT_EQ(parameters["bootstrap_draws"], 200);
    EXPECT_EQ(parameters["calibration_end_day"], *daysFromCivil(1997, 9, 30));
}

TEST(SessionLifetimeValueInsights, NoDrawsNoRangeColumns)
{
    TempDir dir;
    Session session = cdnowProject(dir);
    NullProgress progress;
    LifetimeValueParams params;
    params.bootstrapDraws = 0;
    const auto report = session.runLifetimeValue(params, progress);
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_FALSE(report.value().range.isAvailable);
    EXPECT_EQ(report.value().columns.size(), 4U);
    EXPECT_TRUE(report.value().tierSegmentation.empty());
    params.bootstrapDraws = 3;
    const auto refused = session.runLifetimeValue(params, progress);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidParameter);
}
