// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "value/BgNbd.h"

#include "value/BgNbdSimulation.h"
#include "value/CdnowData.h"
#include "value/detail/Hypergeometric.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

using namespace segmenta::engine;

namespace {

/// Published estimates are printed to 3 decimals: a fit reproduces them when it rounds to them, i.e. is
/// within half a unit of the last digit. The fit's own precision (tolerance 1e-9 on log scale) is far finer.
constexpr double kThreeDecimals = 0.0005;
/// The published log-likelihood -9582.4 has one decimal.
constexpr double kOneDecimal = 0.05;

/// Cancels once setFraction has been called a given number of times, and counts the calls after that.
class CancelAfter final : public Progress
{
public:
    explicit CancelAfter(int calls)
        : m_calls(calls)
    { }
    void setStage(std::string_view key) override { m_stage = key; }
    void setFraction(double) override
    {
        if (m_seen >= m_calls) {
            ++m_callsAfterCancel;
        }
        ++m_seen;
    }
    bool isCancelRequested() const override { return m_seen >= m_calls; }
    int callsAfterCancel() const { return m_callsAfterCancel; }
    const std::string &stage() const { return m_stage; }

private:
    int m_calls = 0;
    int m_seen = 0;
    int m_callsAfterCancel = 0;
    std::string m_stage;
};

RepeatPurchaseData firstCustomers(const RepeatPurchaseData &data, Eigen::Index count)
{
    RepeatPurchaseData head;
    head.frequency = data.frequency.head(count);
    head.recency = data.recency.head(count);
    head.age = data.age.head(count);
    head.meanRepeatSpend = data.meanRepeatSpend.head(count);
    return head;
}

} // namespace

TEST(BgNbd, ReproducesPublishedCdnowEstimates)
{
    const RepeatPurchaseData data = cdnowSummary();
    ASSERT_EQ(data.frequency.size(), 2357);
    NullProgress progress;
    Result<BgNbdModel> fit = fitBgNbd(data, BgNbdParams {}, progress);
    ASSERT_TRUE(fit.isOk());
    const BgNbdModel &model = fit.value();

    // Fader, Hardie & Lee (2005), Marketing Science 24(2), Table/text: r = 0.243, alpha = 4.414,
    // a = 0.793, b = 2.426, LL = -9582.4.
    EXPECT_NEAR(model.r, 0.243, kThreeDecimals);
    EXPECT_NEAR(model.alpha, 4.414, kThreeDecimals);
    EXPECT_NEAR(model.a, 0.793, kThreeDecimals);
    EXPECT_NEAR(model.b, 2.426, kThreeDecimals);
    EXPECT_NEAR(model.logLikelihood, -9582.4, kOneDecimal);
    EXPECT_TRUE(model.converged);
    EXPECT_TRUE(model.warnings.empty());
    EXPECT_EQ(model.customerCount, 2357);
    EXPECT_EQ(model.repeatBuyerCount, 946);
    // lifetimes prints standard errors 0.0125, 0.378, 0.186, 0.704 for the same fit; numerical Hessians
    // agree to about 1 %.
    EXPECT_NEAR(model.standardErrors.r, 0.0125, 0.0005);
    EXPECT_NEAR(model.standardErrors.alpha, 0.378, 0.005);
    EXPECT_NEAR(model.standardErrors.a, 0.186, 0.003);
    EXPECT_NEAR(model.standardErrors.b, 0.704, 0.01);
    EXPECT_NEAR(model.logLikelihoodOf(data), model.logLikelihood, 1e-9);
}

TEST(BgNbd, PredictionsMatchThePublishedExampleAndTheDirectFormula)
{
    BgNbdModel model;
    model.r = 0.242594;
    model.alpha = 4.413603;
    model.a = 0.792919;
    model.b = 2.425907;
    // Hardie's note "Implementing the BG/NBD Model for Customer Base Analysis in Excel": customer 1 of
    // CDNOW (x = 2, t_x = 30.43, T = 38.86) is expected to buy 1.226 times in the next 39 weeks.
    EXPECT_NEAR(model.expectedPurchases(39.0, 2.0, 30.43, 38.86), 1.226, kThreeDecimals);

    // FHL eq. 10 summed directly (all hypergeometric terms positive here) against the transformed series.
    for (const auto &[t, x, tx, T] :
        {std::array<double, 4> {39.0, 2.0, 30.43, 38.86}, std::array<double, 4> {10.0, 0.0, 0.0, 20.0},
            std::array<double, 4> {52.0, 7.0, 35.0, 38.0}, std::array<double, 4> {200.0, 1.0, 2.0, 30.0}}) {
        const double z = t / (model.alpha + T + t);
        const double hypergeometric = std::exp(
            detail::logHypergeometric2F1(model.r + x, model.b + x, model.a + model.b + x - 1.0, z));
        const double alive = x > 0.0
            ? model.a / (model.b + x - 1.0) * std::pow((model.alpha + T) / (model.alpha + tx), model.r + x)
            : 0.0;
        const double direct = (model.a + model.b + x - 1.0) / (model.a - 1.0)
            * (1.0 - std::pow(1.0 - z, model.r + x) * hypergeometric) / (1.0 + alive);
        EXPECT_NEAR(model.expectedPurchases(t, x, tx, T), direct, 1e-10 * std::max(1.0, direct));
    }
    EXPECT_DOUBLE_EQ(model.expectedPurchasesNewCustomer(39.0), model.expectedPurchases(39.0, 0.0, 0.0, 0.0));
    EXPECT_EQ(model.expectedPurchases(0.0, 3.0, 10.0, 20.0), 0.0);
    EXPECT_EQ(model.probabilityAlive(0.0, 0.0, 30.0), 1.0);
    // A customer who stopped buying long ago is less likely alive than one who just bought.
    EXPECT_LT(model.probabilityAlive(5.0, 5.0, 38.0), model.probabilityAlive(5.0, 37.0, 38.0));
    // a = 1 exactly: the series form has no 0/0 there and is continuous.
    model.a = 1.0;
    const double atOne = model.expectedPurchases(39.0, 2.0, 30.43, 38.86);
    model.a = 1.0 + 1e-6;
    EXPECT_NEAR(model.expectedPurchases(39.0, 2.0, 30.43, 38.86), atOne, 1e-5);
}

TEST(BgNbd, RecoversSimulatedParameters)
{
    // Two bases: CDNOW-like (heterogeneous, many one-time buyers) and a base of frequent, loyal buyers.
    // The tolerance is 4 standard errors of the fit itself, so it scales with what the data can tell.
    for (const BgNbdTruth &truth : {BgNbdTruth {0.243, 4.414, 0.793, 2.426, 12000, 26.0, 39.0},
             BgNbdTruth {2.0, 8.0, 0.3, 4.0, 8000, 20.0, 52.0}}) {
        SCOPED_TRACE("r = " + std::to_string(truth.r));
        const RepeatPurchaseData data = simulateBgNbd(truth, 20260101);
        NullProgress progress;
        Result<BgNbdModel> fit = fitBgNbd(data, BgNbdParams {}, progress);
        ASSERT_TRUE(fit.isOk());
        const BgNbdModel &model = fit.value();
        EXPECT_TRUE(model.converged);
        EXPECT_NEAR(model.r, truth.r, 4.0 * model.standardErrors.r);
        EXPECT_NEAR(model.alpha, truth.alpha, 4.0 * model.standardErrors.alpha);
        EXPECT_NEAR(model.a, truth.a, 4.0 * model.standardErrors.a);
        EXPECT_NEAR(model.b, truth.b, 4.0 * model.standardErrors.b);
        // And the standard errors are informative: below 25 % of the value at these sizes.
        EXPECT_LT(model.standardErrors.b, 0.25 * truth.b);
    }
}

TEST(BgNbd, TwentyCustomersFitWithAWarning)
{
    const RepeatPurchaseData data = firstCustomers(cdnowSummary(), 20);
    NullProgress progress;
    Result<BgNbdModel> fit = fitBgNbd(data, BgNbdParams {}, progress);
    ASSERT_TRUE(fit.isOk());
    const BgNbdModel &model = fit.value();
    ASSERT_FALSE(model.warnings.empty());
    EXPECT_EQ(model.warnings.front(),
        "only " + std::to_string(model.repeatBuyerCount) + " repeat buyers; estimates are uncertain");
    EXPECT_TRUE(std::isfinite(model.logLikelihood));
    EXPECT_GT(model.r, 0.0);
}

TEST(BgNbd, DataWithoutDropoutFitWithAWarningNotASilentConvergence)
{
    // p ~ Beta(1e-9, 1) is 0 for every customer: nobody ever leaves. The fit then finds a and b that the
    // data do not pin down (standard errors larger than the values); it must say so.
    const RepeatPurchaseData data = simulateBgNbd(BgNbdTruth {1.0, 10.0, 1e-9, 1.0, 3000, 26.0, 52.0}, 7);
    NullProgress progress;
    Result<BgNbdModel> fit = fitBgNbd(data, BgNbdParams {}, progress);
    ASSERT_TRUE(fit.isOk());
    const BgNbdModel &model = fit.value();
    EXPECT_FALSE(model.standardErrors.a <= model.a);
    EXPECT_FALSE(model.standardErrors.b <= model.b);
    const bool warned = std::any_of(model.warnings.begin(), model.warnings.end(), [](const std::string &w) {
        return w.rfind("the data say little about how customers stop buying", 0) == 0
            || w.rfind("the data show hardly any customers leaving", 0) == 0;
    });
    EXPECT_TRUE(warned);
    // The no-dropout part aside, the purchase rate is still learnt: lambda ~ Gamma(1, 10).
    EXPECT_NEAR(model.r / model.alpha, 0.1, 0.01);
}

TEST(BgNbd, TooFewCustomersOrNoRepeatBuyersAreErrors)
{
    const RepeatPurchaseData cdnow = cdnowSummary();
    NullProgress progress;
    Result<BgNbdModel> tiny = fitBgNbd(firstCustomers(cdnow, 5), BgNbdParams {}, progress);
    ASSERT_FALSE(tiny.isOk());
    EXPECT_EQ(tiny.error().code, ErrorCode::TooFewCustomers);
    EXPECT_EQ(tiny.error().args, (std::vector<std::string> {"5", "10"}));

    RepeatPurchaseData oneTimers;
    oneTimers.frequency = Vector::Zero(30);
    oneTimers.recency = Vector::Zero(30);
    oneTimers.age = Vector::Constant(30, 10.0);
    Result<BgNbdModel> none = fitBgNbd(oneTimers, BgNbdParams {}, progress);
    ASSERT_FALSE(none.isOk());
    EXPECT_EQ(none.error().code, ErrorCode::TooFewCustomers);
}

TEST(BgNbd, InvalidParamsAreReportedByName)
{
    BgNbdParams params;
    params.maxEvaluations = 5;
    params.tolerance = 0.0;
    const std::vector<Error> errors = validate(params);
    ASSERT_EQ(errors.size(), 2U);
    EXPECT_EQ(errors[0].args.at(0), "maxEvaluations");
    EXPECT_EQ(errors[1].args.at(0), "tolerance");
    NullProgress progress;
    Result<BgNbdModel> fit = fitBgNbd(cdnowSummary(), params, progress);
    ASSERT_FALSE(fit.isOk());
    EXPECT_EQ(fit.error().code, ErrorCode::InvalidParameter);
}

TEST(BgNbd, CancelStopsWithinOneReportingInterval)
{
    const RepeatPurchaseData data = cdnowSummary();
    CancelAfter progress(3);
    Result<BgNbdModel> fit = fitBgNbd(data, BgNbdParams {}, progress);
    ASSERT_FALSE(fit.isOk());
    EXPECT_EQ(fit.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(progress.stage(), "clv.bgnbd");
    EXPECT_EQ(progress.callsAfterCancel(), 0);
}
