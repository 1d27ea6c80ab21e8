// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
// A stored lifetime-value run reads back everything the app shows without refitting: the fit figures,
// counts, days, holdout, total, the at-risk list and the settings the run used.
#include "Session.h"
#include "import/DateParsing.h"
#include "support/CdnowProject.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace segmenta::engine;
using segmenta::test::cdnowProject;
using segmenta::test::TempDir;

TEST(StoredLifetimeValueRun, ReadsBackTheFitAndTheSettings)
{
    TempDir dir;
    Session session = cdnowProject(dir);
    NullProgress progress;
    LifetimeValueParams params;
    params.calibrationEnd = *daysFromCivil(1997, 9, 30);
    params.horizonMonths = 6;
    params.monthlyDiscountRate = 0.02;
    params.bootstrapDraws = 0; // the ranges are not what this test is about
    params.storeTiers = true;
    params.atRiskLimit = 5;
    const auto report = session.runLifetimeValue(params, progress);
    ASSERT_TRUE(report) << describe(report.error());
    const LifetimeValueReport &r = report.value();

    const auto stored = session.lifetimeValueRun();
    ASSERT_TRUE(stored);
    ASSERT_TRUE(stored.value().has_value());
    const StoredLifetimeValueRun &run = *stored.value();
    EXPECT_EQ(run.model, "bgnbd");
    EXPECT_DOUBLE_EQ(run.purchaseLogLikelihood, r.purchaseLogLikelihood);
    EXPECT_EQ(run.purchaseConverged, r.purchaseConverged);
    EXPECT_DOUBLE_EQ(run.spendLogLikelihood, r.spendLogLikelihood);
    EXPECT_EQ(run.spendConverged, r.spendConverged);
    EXPECT_EQ(run.customerCount, 2357);
    EXPECT_EQ(run.customerCount, r.customerCount);
    EXPECT_EQ(run.repeatBuyerCount, r.repeatBuyerCount);
    EXPECT_EQ(run.calibrationEnd, *params.calibrationEnd);
    EXPECT_EQ(run.observationEnd, r.observationEnd);
    EXPECT_GT(run.observationEnd, run.calibrationEnd);
    EXPECT_DOUBLE_EQ(run.holdoutActual, r.holdoutActual);
    EXPECT_DOUBLE_EQ(run.holdoutExpected, r.holdoutExpected);
    EXPECT_DOUBLE_EQ(run.totalLifetimeValue, r.totalLifetimeValue);
    EXPECT_EQ(run.tierSegmentation, "CLV tiers (6 months)");
    EXPECT_EQ(run.atRiskCount, r.atRiskCount);
    // The list itself, customer by customer and figure by figure.
    ASSERT_GT(r.atRiskCount, 5);
    ASSERT_EQ(r.atRisk.size(), 5u);
    ASSERT_EQ(run.atRisk.size(), r.atRisk.size());
    for (std::size_t i = 0; i < r.atRisk.size(); ++i) {
        EXPECT_EQ(run.atRisk[i].customerId, r.atRisk[i].customerId);
        EXPECT_DOUBLE_EQ(run.atRisk[i].pastValue, r.atRisk[i].pastValue);
        EXPECT_DOUBLE_EQ(run.atRisk[i].aliveProbability, r.atRisk[i].aliveProbability);
        if (std::isnan(r.atRisk[i].lifetimeValue)) { // not available: stored as null, read back as NaN
            EXPECT_TRUE(std::isnan(run.atRisk[i].lifetimeValue));
        } else {
            EXPECT_DOUBLE_EQ(run.atRisk[i].lifetimeValue, r.atRisk[i].lifetimeValue);
        }
        EXPECT_DOUBLE_EQ(run.atRisk[i].expectedPurchases, r.atRisk[i].expectedPurchases);
    }

    EXPECT_EQ(run.parameters.model, PurchaseModel::BgNbd);
    EXPECT_EQ(run.parameters.calibrationEnd, params.calibrationEnd);
    EXPECT_EQ(run.parameters.horizonMonths, 6);
    EXPECT_DOUBLE_EQ(run.parameters.monthlyDiscountRate, 0.02);
    EXPECT_EQ(run.parameters.bootstrapDraws, 0);
    EXPECT_TRUE(run.parameters.storeTiers);
    EXPECT_EQ(run.parameters.atRiskLimit, 5);
}

TEST(StoredLifetimeValueRun, WithoutHoldoutTheCalibrationEndIsTheLastDay)
{
    TempDir dir;
    Session session = cdnowProject(dir);
    NullProgress progress;
    LifetimeValueParams params;
    params.bootstrapDraws = 0;
    ASSERT_TRUE(session.runLifetimeValue(params, progress));
    const StoredLifetimeValueRun run = *session.lifetimeValueRun().value();
    EXPECT_FALSE(run.parameters.calibrationEnd.has_value());
    EXPECT_EQ(run.calibrationEnd, run.observationEnd);
    EXPECT_TRUE(run.tierSegmentation.empty());
}
