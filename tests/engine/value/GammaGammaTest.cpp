// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "value/GammaGamma.h"

#include "value/BgNbd.h"
#include "value/BgNbdSimulation.h"
#include "value/CdnowData.h"
#include "value/CustomerLifetimeValue.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

using namespace segmenta::engine;

namespace {

constexpr double kTwoDecimals = 0.005; // half a unit of the printed last digit

} // namespace

TEST(GammaGamma, ReproducesPublishedCdnowEstimates)
{
    // Mean spends from the raw transactions (same-day merged, calibration period, repeat purchases only),
    // not from the 2-decimal summary file.
    const RepeatPurchaseData data = cdnowSummary();
    NullProgress progress;
    Result<GammaGammaModel> fit = fitGammaGamma(data, GammaGammaParams {}, progress);
    ASSERT_TRUE(fit.isOk());
    const GammaGammaModel &model = fit.value();
    // Fader & Hardie (2013), note 025: p = 6.25, q = 3.74, gamma = 15.44 on the 946 repeat buyers.
    EXPECT_EQ(model.customerCount, 946);
    EXPECT_EQ(model.excludedCount, 0);
    EXPECT_NEAR(model.p, 6.25, kTwoDecimals);
    EXPECT_NEAR(model.q, 3.74, kTwoDecimals);
    EXPECT_NEAR(model.gamma, 15.44, kTwoDecimals);
    // CLVTools' test suite: LL = -4055.9177 (4 decimals printed).
    EXPECT_NEAR(model.logLikelihood, -4055.9177, 0.00005);
    EXPECT_TRUE(model.converged);
    EXPECT_TRUE(model.warnings.empty());
    // lifetimes' documentation reports a Pearson correlation of 0.1136 on the 2-decimal summary; the raw
    // spends move it in the fourth decimal.
    EXPECT_NEAR(model.frequencySpendCorrelation, 0.1136, 0.001);
}

TEST(GammaGamma, ConditionalAverageProfitShrinksTowardsThePopulationMean)
{
    GammaGammaModel model;
    model.p = 6.25;
    model.q = 3.74;
    model.gamma = 15.44;
    const double populationMean = model.p * model.gamma / (model.q - 1.0);
    EXPECT_DOUBLE_EQ(model.conditionalExpectedAverageProfit(0.0, 0.0), populationMean);
    // The estimate lies between the population mean and the customer's own mean, closer to the latter
    // the more purchases it rests on.
    const double fewPurchases = model.conditionalExpectedAverageProfit(1.0, 100.0);
    const double manyPurchases = model.conditionalExpectedAverageProfit(20.0, 100.0);
    EXPECT_GT(fewPurchases, populationMean);
    EXPECT_LT(fewPurchases, manyPurchases);
    EXPECT_LT(manyPurchases, 100.0);
    // lifetimes' documentation, CDNOW customer 1 (x = 2, zbar = 22.35 → 24.6586 with its estimates).
    EXPECT_NEAR(model.conditionalExpectedAverageProfit(2.0, 22.35), 24.6586, 0.02);
    model.q = 0.9;
    EXPECT_EQ(model.conditionalExpectedAverageProfit(0.0, 0.0), HUGE_VAL);
}

TEST(GammaGamma, TwentyRepeatBuyersFitWithAWarning)
{
    const RepeatPurchaseData cdnow = cdnowSummary();
    RepeatPurchaseData data;
    std::vector<double> x;
    std::vector<double> zbar;
    for (Eigen::Index i = 0; i < cdnow.frequency.size() && x.size() < 20; ++i) {
        if (cdnow.frequency(i) > 0.0) {
            x.push_back(cdnow.frequency(i));
            zbar.push_back(cdnow.meanRepeatSpend(i));
        }
    }
    data.frequency = Eigen::Map<const Vector>(x.data(), 20);
    data.meanRepeatSpend = Eigen::Map<const Vector>(zbar.data(), 20);
    data.recency = Vector::Zero(20);
    data.age = Vector::Constant(20, 40.0);
    NullProgress progress;
    Result<GammaGammaModel> fit = fitGammaGamma(data, GammaGammaParams {}, progress);
    ASSERT_TRUE(fit.isOk());
    ASSERT_FALSE(fit.value().warnings.empty());
    EXPECT_EQ(fit.value().warnings.front(), "only 20 repeat buyers; estimates are uncertain");
}

TEST(GammaGamma, MissingSpendColumnAndTooFewBuyersAreErrors)
{
    RepeatPurchaseData data;
    data.frequency = Vector::Constant(30, 2.0);
    data.recency = Vector::Constant(30, 5.0);
    data.age = Vector::Constant(30, 10.0);
    NullProgress progress;
    Result<GammaGammaModel> noSpend = fitGammaGamma(data, GammaGammaParams {}, progress);
    ASSERT_FALSE(noSpend.isOk());
    EXPECT_EQ(noSpend.error().code, ErrorCode::InvalidParameter);
    EXPECT_EQ(noSpend.error().args.at(0), "meanRepeatSpend length");

    data.meanRepeatSpend = Vector::Zero(30); // nobody has positive spend
    data.meanRepeatSpend.head(3).setConstant(10.0);
    Result<GammaGammaModel> fewPositive = fitGammaGamma(data, GammaGammaParams {}, progress);
    ASSERT_FALSE(fewPositive.isOk());
    EXPECT_EQ(fewPositive.error().code, ErrorCode::TooFewCustomers);
    EXPECT_EQ(fewPositive.error().args, (std::vector<std::string> {"3", "10"}));
}

TEST(GammaGamma, CancelEndsWithCancelled)
{
    /// Cancels at the first progress report and remembers the stage.
    class CancelAtOnce final : public Progress
    {
    public:
        void setStage(std::string_view key) override { stage = key; }
        void setFraction(double) override { }
        bool isCancelRequested() const override { return true; }
        std::string stage;
    };
    CancelAtOnce progress;
    Result<GammaGammaModel> fit = fitGammaGamma(cdnowSummary(), GammaGammaParams {}, progress);
    ASSERT_FALSE(fit.isOk());
    EXPECT_EQ(fit.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(progress.stage, "clv.gammagamma");
}
