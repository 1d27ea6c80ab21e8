// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "value/ParetoNbd.h"

#include "value/BgNbdSimulation.h"
#include "value/CdnowData.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

using namespace segmenta::engine;

namespace {

constexpr double kThreeDecimals = 0.0005; // half a unit of the printed last digit
constexpr double kOneDecimal = 0.05;
/// beta is weakly identified (its standard error is ~6 on a value of ~11.7): the likelihood is so flat
/// along it that optimisers stopping at ordinary tolerances disagree in the second decimal.
constexpr double kBetaTolerance = 0.01;

} // namespace

TEST(ParetoNbd, ReproducesPublishedCdnowEstimates)
{
    const RepeatPurchaseData data = cdnowSummary();
    NullProgress progress;
    Result<ParetoNbdModel> fit = fitParetoNbd(data, ParetoNbdParams {}, progress);
    ASSERT_TRUE(fit.isOk());
    const ParetoNbdModel &model = fit.value();
    // Fader, Hardie & Lee (2005): r = 0.553, alpha = 10.578, s = 0.606, beta = 11.669, LL = -9595.0.
    EXPECT_NEAR(model.r, 0.553, kThreeDecimals);
    EXPECT_NEAR(model.alpha, 10.578, kThreeDecimals);
    EXPECT_NEAR(model.s, 0.606, kThreeDecimals);
    EXPECT_NEAR(model.beta, 11.669, kBetaTolerance);
    EXPECT_NEAR(model.logLikelihood, -9595.0, kOneDecimal);
    EXPECT_TRUE(model.converged);
    EXPECT_TRUE(model.warnings.empty());
    EXPECT_GT(model.standardErrors.beta, 1.0);
    EXPECT_NEAR(model.logLikelihoodOf(data), model.logLikelihood, 1e-9);
}

TEST(ParetoNbd, PredictionsAreConsistent)
{
    ParetoNbdModel model;
    model.r = 0.553;
    model.alpha = 10.578;
    model.s = 0.606;
    model.beta = 11.669;
    // New customer: the closed form r beta / (alpha (s-1)) [1 - (beta/(beta+t))^(s-1)].
    const double t = 39.0;
    const double closedForm = model.r * model.beta / (model.alpha * (model.s - 1.0))
        * (1.0 - std::pow(model.beta / (model.beta + t), model.s - 1.0));
    EXPECT_NEAR(model.expectedPurchasesNewCustomer(t), closedForm, 1e-12);
    EXPECT_DOUBLE_EQ(model.probabilityAlive(0.0, 0.0, 0.0), 1.0);
    // Recent buyers are more likely alive, and P(alive) is a probability.
    const double stale = model.probabilityAlive(4.0, 5.0, 38.0);
    const double fresh = model.probabilityAlive(4.0, 37.5, 38.0);
    EXPECT_GT(stale, 0.0);
    EXPECT_LT(stale, fresh);
    EXPECT_LE(fresh, 1.0);
    // s = 1 is handled by its limit, continuously.
    model.s = 1.0;
    const double atOne = model.expectedPurchases(20.0, 2.0, 30.0, 38.0);
    model.s = 1.0 + 1e-7;
    EXPECT_NEAR(model.expectedPurchases(20.0, 2.0, 30.0, 38.0), atOne, 1e-6);
    // alpha < beta and alpha >= beta forms of the likelihood agree where they meet.
    model.s = 0.606;
    model.beta = model.alpha;
    const double equal = model.probabilityAlive(3.0, 10.0, 38.0);
    model.beta = model.alpha * (1.0 + 1e-9);
    EXPECT_NEAR(model.probabilityAlive(3.0, 10.0, 38.0), equal, 1e-7);
}

TEST(ParetoNbd, TwentyCustomersFitWithAWarning)
{
    const RepeatPurchaseData cdnow = cdnowSummary();
    RepeatPurchaseData data;
    data.frequency = cdnow.frequency.head(20);
    data.recency = cdnow.recency.head(20);
    data.age = cdnow.age.head(20);
    NullProgress progress;
    Result<ParetoNbdModel> fit = fitParetoNbd(data, ParetoNbdParams {}, progress);
    ASSERT_TRUE(fit.isOk());
    ASSERT_FALSE(fit.value().warnings.empty());
    EXPECT_EQ(fit.value().warnings.front(),
        "only " + std::to_string(fit.value().repeatBuyerCount) + " repeat buyers; estimates are uncertain");
}

TEST(ParetoNbd, DataWithoutDropoutFitWithAWarning)
{
    // The BG/NBD simulation with p = 0 is also Pareto/NBD with mu = 0: nobody leaves.
    const RepeatPurchaseData data = simulateBgNbd(BgNbdTruth {1.0, 10.0, 1e-9, 1.0, 3000, 26.0, 52.0}, 7);
    NullProgress progress;
    Result<ParetoNbdModel> fit = fitParetoNbd(data, ParetoNbdParams {}, progress);
    ASSERT_TRUE(fit.isOk());
    const ParetoNbdModel &model = fit.value();
    const bool warned = std::any_of(model.warnings.begin(), model.warnings.end(), [](const std::string &w) {
        return w.rfind("the data say little about how customers stop buying", 0) == 0
            || w.rfind("the data show hardly any customers leaving", 0) == 0;
    });
    EXPECT_TRUE(warned);
}

TEST(ParetoNbd, CancelEndsWithCancelled)
{
    /// Cancels at the first progress report.
    class CancelAtOnce final : public Progress
    {
    public:
        void setStage(std::string_view) override { }
        void setFraction(double) override { }
        bool isCancelRequested() const override { return true; }
    };
    CancelAtOnce progress;
    Result<ParetoNbdModel> fit = fitParetoNbd(cdnowSummary(), ParetoNbdParams {}, progress);
    ASSERT_FALSE(fit.isOk());
    EXPECT_EQ(fit.error().code, ErrorCode::Cancelled);
}
