// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
// Lifetime value through the product path: the CDNOW log imported as a transaction log, the models fitted
// by Session::runLifetimeValue, the predictions stored as customer columns.
#include "Session.h"
#include "import/DateParsing.h"
#include "support/CdnowProject.h"
#include "support/RetailProject.h"
#include "support/TempDir.h"
#include "value/BgNbd.h"
#include "value/CdnowData.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <cmath>
#include <map>

using namespace segmenta::engine;
using segmenta::test::cdnowProject;
using segmenta::test::readBytes;
using segmenta::test::TempDir;

namespace {

double parameter(const std::vector<ModelParameter> &parameters, const std::string &name)
{
    for (const ModelParameter &p : parameters) {
        if (p.name == name) {
            return p.value;
        }
    }
    ADD_FAILURE() << "no parameter " << name;
    return std::nan("");
}

LifetimeValueParams cdnowParams(PurchaseModel model)
{
    LifetimeValueParams params;
    params.model = model;
    params.calibrationEnd = *daysFromCivil(1997, 9, 30); // the papers' 39 calibration weeks
    return params;
}

} // namespace

// Fader, Hardie & Lee (2005), "Counting your customers the easy way": r = 0.243, alpha = 4.414,
// a = 0.793, b = 2.426, LL = -9582.4; Gamma-Gamma (Fader & Hardie 2013): p = 6.25, q = 3.74, gamma = 15.44.
TEST(SessionLifetimeValue, CdnowThroughTheImportReproducesThePublishedBgNbdAndGammaGamma)
{
    TempDir dir;
    Session session = cdnowProject(dir);
    NullProgress progress;
    const auto report = session.runLifetimeValue(cdnowParams(PurchaseModel::BgNbd), progress);
    ASSERT_TRUE(report) << describe(report.error());
    const LifetimeValueReport &r = report.value();
    EXPECT_EQ(r.model, "bgnbd");
    EXPECT_EQ(r.customerCount, 2357);
    EXPECT_NEAR(parameter(r.purchaseParameters, "r"), 0.243, 0.0005);
    EXPECT_NEAR(parameter(r.purchaseParameters, "alpha"), 4.414, 0.0005);
    EXPECT_NEAR(parameter(r.purchaseParameters, "a"), 0.793, 0.0005);
    EXPECT_NEAR(parameter(r.purchaseParameters, "b"), 2.426, 0.0005);
    EXPECT_NEAR(r.purchaseLogLikelihood, -9582.4, 0.05);
    EXPECT_TRUE(r.purchaseConverged);
    EXPECT_NEAR(parameter(r.spendParameters, "p"), 6.25, 0.005);
    EXPECT_NEAR(parameter(r.spendParameters, "q"), 3.74, 0.005);
    EXPECT_NEAR(parameter(r.spendParameters, "gamma"), 15.44, 0.005);
    // The holdout, weeks 40-78: 1,882 purchase days (counted with pandas on cdnowElog.csv, same-day
    // purchases merged), and the published model's conditional expectation for those 39 weeks, summed
    // over the customers of the published summary.
    EXPECT_EQ(isoDate(r.observationEnd), "1998-06-30");
    EXPECT_EQ(r.holdoutActual, 1882.0);
    BgNbdModel published;
    published.r = 0.243;
    published.alpha = 4.414;
    published.a = 0.793;
    published.b = 2.426;
    const RepeatPurchaseData summary = cdnowSummary();
    double expected = 0.0;
    for (Eigen::Index i = 0; i < summary.frequency.size(); ++i) {
        expected
            += published.expectedPurchases(39.0, summary.frequency(i), summary.recency(i), summary.age(i));
    }
    EXPECT_NEAR(r.holdoutExpected, expected, 0.002 * expected);

    // The predictions are value columns of every customer the models saw, with the CLV's bootstrap range.
    ASSERT_EQ(r.columns.size(), 6U);
    EXPECT_EQ(r.columns[0].name, "P(alive)");
    EXPECT_EQ(r.columns[3].name, "CLV (12 months)");
    EXPECT_EQ(r.columns[4].name, "CLV low (5%)");
    EXPECT_EQ(r.columns[5].name, "CLV high (95%)");
    const auto project = session.summary();
    ASSERT_TRUE(project);
    int modelColumns = 0;
    for (const ColumnInfo &column : project.value().columns) {
        if (column.origin == "model") {
            ++modelColumns;
            EXPECT_EQ(column.family, CriteriaFamily::Value);
            EXPECT_EQ(column.missingCount, 0) << column.name;
        }
    }
    EXPECT_EQ(modelColumns, 6);
    EXPECT_GT(r.totalLifetimeValue, 0.0);

    // A second run replaces the columns instead of adding more, and they can be segmented on.
    const auto again = session.runLifetimeValue(cdnowParams(PurchaseModel::ParetoNbd), progress);
    ASSERT_TRUE(again) << describe(again.error());
    EXPECT_NEAR(parameter(again.value().purchaseParameters, "r"), 0.553, 0.0005);
    EXPECT_NEAR(parameter(again.value().purchaseParameters, "s"), 0.606, 0.0005);
    EXPECT_EQ(session.summary().value().columns.size(), project.value().columns.size());
    SegmentationParams segment;
    segment.columns = {"P(alive)", "CLV (12 months)"};
    segment.segmentCount = 3;
    const auto segmented = session.runSegmentation(segment, progress);
    ASSERT_TRUE(segmented) << describe(segmented.error());
    EXPECT_EQ(segmented.value().memberCount, 2357);
}

TEST(SessionLifetimeValue, AProjectWithoutTransactionsSaysSoAndStaysUnchanged)
{
    TempDir dir;
    auto created = Session::createProject(dir.file("empty.segmenta"));
    ASSERT_TRUE(created);
    Session session = std::move(created).value();
    const std::string before = readBytes(session.path());
    NullProgress progress;
    const auto report = session.runLifetimeValue(LifetimeValueParams {}, progress);
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().code, ErrorCode::NoTransactions);
    EXPECT_EQ(readBytes(session.path()), before);
}

TEST(SessionLifetimeValue, TwentyCustomersGiveAWarningNotACrash)
{
    TempDir dir;
    auto created = Session::createProject(dir.file("tiny.segmenta"));
    ASSERT_TRUE(created);
    Session session = std::move(created).value();
    std::string log = "customer,date,amount\n";
    for (int c = 0; c < 20; ++c) {
        for (int purchase = 0; purchase <= c % 4; ++purchase) {
            log += "c" + std::to_string(c) + ",2024-0" + std::to_string(1 + purchase * 2) + "-"
                + std::to_string(10 + c) + "," + std::to_string(10 + c + purchase) + "\n";
        }
    }
    TransactionImportParams params;
    params.filePath = dir.write("tiny.csv", log);
    NullProgress progress;
    ASSERT_TRUE(session.importTransactionsCsv(params, progress));
    const auto report = session.runLifetimeValue(LifetimeValueParams {}, progress);
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_FALSE(report.value().warnings.empty());
    EXPECT_EQ(report.value().customerCount, 20);
}

TEST(SessionLifetimeValue, OnlineRetailSampleSaysThatItShowsHardlyAnyoneLeaving)
{
    // The sample covers a year of 442 customers with few signs of anyone stopping: BG/NBD runs to a -> 0,
    // b -> infinity. The optimiser stops on that ridge as "converged"; the report must not leave it there.
    TempDir dir;
    Session session = segmenta::test::retailProject(dir);
    LifetimeValueParams params;
    params.bootstrapDraws = 0;
    NullProgress progress;
    const auto report = session.runLifetimeValue(params, progress);
    ASSERT_TRUE(report) << describe(report.error());
    const auto &parameters = report.value().purchaseParameters;
    ASSERT_EQ(parameters.size(), 4u);
    EXPECT_LT(parameters[2].value / (parameters[2].value + parameters[3].value), 1e-3); // a / (a + b)
    const auto &warnings = report.value().warnings;
    EXPECT_TRUE(std::any_of(warnings.begin(), warnings.end(),
        [](const std::string &w) { return w.rfind("the data show hardly any customers leaving", 0) == 0; }));
}
