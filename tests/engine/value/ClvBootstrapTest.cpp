// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "value/ClvBootstrap.h"

#include "value/BgNbdSimulation.h"
#include "value/CdnowData.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace segmenta::engine;

namespace {

struct FittedModels
{
    BgNbdModel purchases;
    GammaGammaModel spend;
};

FittedModels fitBoth(const RepeatPurchaseData &data)
{
    NullProgress progress;
    FittedModels models;
    auto purchases = fitBgNbd(data, BgNbdParams {}, progress);
    auto spend = fitGammaGamma(data, GammaGammaParams {}, progress);
    EXPECT_TRUE(purchases.isOk());
    EXPECT_TRUE(spend.isOk());
    if (purchases && spend) {
        models.purchases = purchases.value();
        models.spend = spend.value();
    }
    return models;
}

/// BG/NBD histories with Gamma-Gamma spends: each repeat purchase of a customer is Gamma(p, nu) with
/// nu ~ Gamma(q, gamma) (rate), so the mean of x of them is Gamma(p x, nu x).
RepeatPurchaseData simulateWithSpend(
    const BgNbdTruth &truth, double p, double q, double gamma, std::uint64_t seed)
{
    RepeatPurchaseData data = simulateBgNbd(truth, seed);
    SimulationSampler sampler(seed + 1);
    data.meanRepeatSpend = Vector::Zero(data.frequency.size());
    for (Eigen::Index i = 0; i < data.frequency.size(); ++i) {
        const double x = data.frequency(i);
        const double nu = sampler.gamma(q) / gamma;
        if (x > 0.0) {
            data.meanRepeatSpend(i) = sampler.gamma(p * x) / (nu * x);
        }
    }
    return data;
}

double medianRelativeWidth(const ClvBootstrapResult &ranges, const Vector &point)
{
    std::vector<double> widths;
    for (Eigen::Index i = 0; i < point.size(); ++i) {
        if (std::isfinite(ranges.low(i)) && point(i) > 0.0) {
            widths.push_back((ranges.high(i) - ranges.low(i)) / point(i));
        }
    }
    std::nth_element(
        widths.begin(), widths.begin() + static_cast<std::ptrdiff_t>(widths.size() / 2), widths.end());
    return widths[widths.size() / 2];
}

} // namespace

TEST(BgNbdClvBootstrap, RangesOnCdnowHoldThePointEstimate)
{
    const RepeatPurchaseData data = cdnowSummary();
    ASSERT_EQ(data.frequency.size(), 2357);
    const FittedModels models = fitBoth(data);
    ASSERT_EQ(models.purchases.logCovariance.rows(), 4);
    ASSERT_EQ(models.spend.logCovariance.rows(), 3);
    const CustomerLifetimeValueParams valueParams;
    Result<Vector> point = customerLifetimeValue(models.purchases, models.spend, data, valueParams);
    ASSERT_TRUE(point.isOk());
    NullProgress progress;
    Result<ClvBootstrapResult> ranges = bootstrapLifetimeValue(
        models.purchases, models.spend, data, valueParams, ClvBootstrapParams {}, progress);
    ASSERT_TRUE(ranges.isOk());
    const ClvBootstrapResult &r = ranges.value();
    EXPECT_TRUE(r.isAvailable);
    EXPECT_EQ(r.drawCount, 200);
    EXPECT_EQ(r.customersWithoutRange, 0);
    for (Eigen::Index i = 0; i < data.frequency.size(); ++i) {
        ASSERT_TRUE(std::isfinite(r.low(i)) && std::isfinite(r.high(i))) << "customer " << i;
        EXPECT_LE(r.low(i), point.value()(i)) << "customer " << i;
        EXPECT_GE(r.high(i), point.value()(i)) << "customer " << i;
        EXPECT_LT(r.low(i), r.high(i)) << "customer " << i;
    }
}

TEST(BgNbdClvBootstrap, IsReproducibleForASeedWhateverTheThreads)
{
    const RepeatPurchaseData data = cdnowSummary();
    const FittedModels models = fitBoth(data);
    const CustomerLifetimeValueParams valueParams;
    NullProgress progress;
    ClvBootstrapParams params;
    params.drawCount = 50;
    params.seed = 7;
    params.threadCount = 1;
    auto one = bootstrapLifetimeValue(models.purchases, models.spend, data, valueParams, params, progress);
    params.threadCount = 3;
    auto three = bootstrapLifetimeValue(models.purchases, models.spend, data, valueParams, params, progress);
    params.seed = 8;
    auto other = bootstrapLifetimeValue(models.purchases, models.spend, data, valueParams, params, progress);
    ASSERT_TRUE(one.isOk() && three.isOk() && other.isOk());
    EXPECT_EQ(one.value().low, three.value().low);
    EXPECT_EQ(one.value().high, three.value().high);
    EXPECT_NE(one.value().high, other.value().high);
}

TEST(BgNbdClvBootstrap, RangesNarrowWithMoreCustomers)
{
    // The same 200 customer histories valued by models fitted to 1,000 and to 25,000 customers simulated
    // from one truth: more data, better-known parameters, narrower ranges (roughly by sqrt(25) = 5).
    BgNbdTruth truth {0.25, 4.0, 0.8, 2.5, 1000, 20.0, 40.0};
    const RepeatPurchaseData small = simulateWithSpend(truth, 6.0, 4.0, 15.0, 11);
    truth.customers = 25000;
    const RepeatPurchaseData large = simulateWithSpend(truth, 6.0, 4.0, 15.0, 12);
    truth.customers = 200;
    const RepeatPurchaseData histories = simulateWithSpend(truth, 6.0, 4.0, 15.0, 13);

    const FittedModels fewer = fitBoth(small);
    const FittedModels more = fitBoth(large);
    const CustomerLifetimeValueParams valueParams;
    NullProgress progress;
    auto fewerPoint = customerLifetimeValue(fewer.purchases, fewer.spend, histories, valueParams);
    auto morePoint = customerLifetimeValue(more.purchases, more.spend, histories, valueParams);
    auto fewerRanges = bootstrapLifetimeValue(
        fewer.purchases, fewer.spend, histories, valueParams, ClvBootstrapParams {}, progress);
    auto moreRanges = bootstrapLifetimeValue(
        more.purchases, more.spend, histories, valueParams, ClvBootstrapParams {}, progress);
    ASSERT_TRUE(fewerPoint && morePoint && fewerRanges && moreRanges);
    const double fewerWidth = medianRelativeWidth(fewerRanges.value(), fewerPoint.value());
    const double moreWidth = medianRelativeWidth(moreRanges.value(), morePoint.value());
    EXPECT_LT(moreWidth, 0.5 * fewerWidth) << fewerWidth << " vs " << moreWidth;
    EXPECT_GT(moreWidth, 0.0);
}

TEST(BgNbdClvBootstrap, WithoutACovarianceSaysSoInsteadOfGuessing)
{
    const RepeatPurchaseData data = cdnowSummary();
    FittedModels models = fitBoth(data);
    models.spend.logCovariance = Matrix(); // as when the Hessian is not positive definite
    NullProgress progress;
    auto ranges = bootstrapLifetimeValue(models.purchases, models.spend, data, CustomerLifetimeValueParams {},
        ClvBootstrapParams {}, progress);
    ASSERT_TRUE(ranges.isOk());
    EXPECT_FALSE(ranges.value().isAvailable);
    ASSERT_EQ(ranges.value().warnings.size(), 1U);
    EXPECT_NE(ranges.value().warnings.front().find("spend model"), std::string::npos);
    EXPECT_TRUE(std::isnan(ranges.value().low(0)));
}

TEST(BgNbdClvBootstrap, ChecksItsParameters)
{
    ClvBootstrapParams params;
    params.drawCount = 5;
    params.lowerQuantile = 0.9;
    params.upperQuantile = 0.5;
    params.threadCount = -1;
    EXPECT_EQ(validate(params).size(), 4U);
    EXPECT_TRUE(validate(ClvBootstrapParams {}).empty());
}

TEST(BgNbdClvBootstrap, StopsWhenCancelled)
{
    class CancelNow final : public Progress
    {
    public:
        void setStage(std::string_view) override { }
        void setFraction(double) override { }
        bool isCancelRequested() const override { return true; }
    };
    const RepeatPurchaseData data = cdnowSummary();
    const FittedModels models = fitBoth(data);
    CancelNow cancel;
    auto ranges = bootstrapLifetimeValue(
        models.purchases, models.spend, data, CustomerLifetimeValueParams {}, ClvBootstrapParams {}, cancel);
    ASSERT_FALSE(ranges.isOk());
    EXPECT_EQ(ranges.error().code, ErrorCode::Cancelled);
}
