// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// The likelihood machinery behind the fast fits: rows compressed into distinct (x, t_x, T) with weights,
// block sums on all cores, the analytic gradient L-BFGS polishes large bases with, and digamma.
#include "value/BgNbd.h"
#include "value/GammaGamma.h"

#include "value/BgNbdSimulation.h"
#include "value/CdnowData.h"
#include "value/detail/BgNbdKernels.h"
#include "value/detail/BuyTillYouDie.h"
#include "value/detail/CompressedRows.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>

using namespace segmenta::engine;

namespace {

/// FHL (2005) eq. 6 for every customer on its own, straight from the paper: no compression, no
/// per-x caching, no log-sum-exp, summed in customer order.
double perCustomerLogLikelihood(const RepeatPurchaseData &data, double r, double alpha, double a, double b)
{
    double sum = 0.0;
    for (Eigen::Index i = 0; i < data.frequency.size(); ++i) {
        const double x = data.frequency(i);
        const double tx = data.recency(i);
        const double T = data.age(i);
        const double logA1 = std::lgamma(r + x) - std::lgamma(r) + r * std::log(alpha);
        const double logA2
            = std::lgamma(a + b) + std::lgamma(b + x) - std::lgamma(b) - std::lgamma(a + b + x);
        const double a3 = std::pow(alpha + T, -(r + x));
        const double a4 = x > 0.0 ? a / (b + x - 1.0) * std::pow(alpha + tx, -(r + x)) : 0.0;
        sum += logA1 + logA2 + std::log(a3 + a4);
    }
    return sum;
}

/// Simulated customers whose times are whole days, in weeks: what a transaction log gives, and what
/// compresses (many customers share a row).
RepeatPurchaseData inWholeDays(RepeatPurchaseData data)
{
    constexpr double daysPerWeek = 7.0;
    for (Eigen::Index i = 0; i < data.frequency.size(); ++i) {
        data.age(i) = std::floor(data.age(i) * daysPerWeek) / daysPerWeek;
        data.recency(i) = std::min(std::floor(data.recency(i) * daysPerWeek) / daysPerWeek, data.age(i));
    }
    return data;
}

BgNbdModel withParameters(double r, double alpha, double a, double b)
{
    BgNbdModel model;
    model.r = r;
    model.alpha = alpha;
    model.a = a;
    model.b = b;
    return model;
}

} // namespace

TEST(BgNbdLikelihood, CompressedRowsGiveThePerCustomerSum)
{
    const RepeatPurchaseData cdnow = cdnowSummary();
    // Continuous times (no two rows alike: 70,000 distinct rows, summed in parallel blocks) and whole
    // days (a few thousand distinct rows for 20,000 customers).
    const RepeatPurchaseData continuous = simulateBgNbd({0.25, 4.0, 0.8, 2.5, 70000, 10.0, 78.0}, 5);
    const RepeatPurchaseData days = inWholeDays(simulateBgNbd({0.5, 6.0, 0.6, 3.0, 20000, 10.0, 78.0}, 6));
    const detail::CompressedRows cdnowRows = detail::compressRows(cdnow.frequency, cdnow.recency, cdnow.age);
    const detail::CompressedRows dayRows = detail::compressRows(days.frequency, days.recency, days.age);
    EXPECT_LT(cdnowRows.frequency.size(), cdnow.frequency.size());
    EXPECT_LT(dayRows.frequency.size(), days.frequency.size() * 7 / 10);
    EXPECT_EQ(cdnowRows.weight.sum(), static_cast<double>(cdnow.frequency.size()));
    EXPECT_EQ(dayRows.weight.sum(), static_cast<double>(days.frequency.size()));

    for (const RepeatPurchaseData *data : {&cdnow, &continuous, &days}) {
        for (const std::array<double, 4> &p : {std::array<double, 4> {0.243, 4.414, 0.793, 2.426},
                 std::array<double, 4> {2.0, 8.0, 0.3, 4.0}}) {
            const double direct = perCustomerLogLikelihood(*data, p[0], p[1], p[2], p[3]);
            const double compressed = withParameters(p[0], p[1], p[2], p[3]).logLikelihoodOf(*data);
            EXPECT_NEAR(compressed, direct, 1e-9 * std::abs(direct))
                << data->frequency.size() << " customers";
            Vector gradient;
            const double withGradient = detail::bgNbdLogLikelihoodWithGradient(
                detail::compressRows(data->frequency, data->recency, data->age),
                Eigen::Vector4d(p[0], p[1], p[2], p[3]), gradient);
            EXPECT_NEAR(withGradient, direct, 1e-9 * std::abs(direct));
        }
    }
}

TEST(BgNbdLikelihood, GradientIsTheDerivativeOfTheLikelihood)
{
    const RepeatPurchaseData cdnow = cdnowSummary();
    const detail::CompressedRows rows = detail::compressRows(cdnow.frequency, cdnow.recency, cdnow.age);
    // Away from the optimum, where every component is far from zero.
    const Eigen::Vector4d logParameters(std::log(0.3), std::log(5.0), std::log(0.7), std::log(2.0));
    Vector gradient;
    detail::bgNbdLogLikelihoodWithGradient(rows, logParameters.array().exp(), gradient);
    ASSERT_EQ(gradient.size(), 4);
    constexpr double h = 1e-5;
    for (Eigen::Index j = 0; j < 4; ++j) {
        Eigen::Vector4d up = logParameters;
        Eigen::Vector4d down = logParameters;
        up(j) += h;
        down(j) -= h;
        const auto at = [&](const Eigen::Vector4d &logs) {
            const Eigen::Vector4d v = logs.array().exp();
            return withParameters(v(0), v(1), v(2), v(3)).logLikelihoodOf(cdnow);
        };
        const double numerical = (at(up) - at(down)) / (2.0 * h);
        EXPECT_NEAR(gradient(j), numerical, 1e-5 * std::max(1.0, std::abs(numerical))) << "parameter " << j;
    }
}

TEST(BgNbdLikelihood, DigammaMatchesKnownValues)
{
    constexpr double eulerGamma = 0.57721566490153286;
    EXPECT_NEAR(detail::digamma(1.0), -eulerGamma, 1e-14);
    EXPECT_NEAR(detail::digamma(0.5), -eulerGamma - 2.0 * std::log(2.0), 1e-14);
    EXPECT_NEAR(detail::digamma(100.0), 4.6001618527380874, 1e-14);
    // psi(x+1) = psi(x) + 1/x across the switch to the asymptotic series.
    for (double x : {0.01, 0.3, 9.5, 9.999, 10.0, 37.25}) {
        EXPECT_NEAR(detail::digamma(x + 1.0), detail::digamma(x) + 1.0 / x, 1e-12 * std::max(1.0, 1.0 / x));
    }
}

TEST(BgNbdLikelihood, LargeBasesArePolishedToTheMaximum)
{
    // 120,000 customers take the large-base path (sample search, then L-BFGS with the analytic gradient
    // on all customers): the result must be the maximum of the full likelihood, i.e. no small move of
    // any parameter does better, and it must recover the truth.
    const BgNbdTruth truth {0.25, 4.0, 0.8, 2.5, 120000, 10.0, 78.0};
    const RepeatPurchaseData data = simulateBgNbd(truth, 9);
    NullProgress progress;
    Result<BgNbdModel> fit = fitBgNbd(data, BgNbdParams {}, progress);
    ASSERT_TRUE(fit.isOk());
    const BgNbdModel &model = fit.value();
    EXPECT_TRUE(model.converged);
    EXPECT_TRUE(model.warnings.empty());
    EXPECT_NEAR(model.logLikelihoodOf(data), model.logLikelihood, 1e-9 * std::abs(model.logLikelihood));
    for (int j = 0; j < 4; ++j) {
        for (double factor : {1.0 - 1e-4, 1.0 + 1e-4}) {
            BgNbdModel moved = model;
            std::array<double *, 4> parameters {&moved.r, &moved.alpha, &moved.a, &moved.b};
            *parameters[static_cast<std::size_t>(j)] *= factor;
            EXPECT_LE(moved.logLikelihoodOf(data), model.logLikelihood)
                << "parameter " << j << " x " << factor;
        }
    }
    EXPECT_NEAR(model.r, truth.r, 4.0 * model.standardErrors.r);
    EXPECT_NEAR(model.alpha, truth.alpha, 4.0 * model.standardErrors.alpha);
    EXPECT_NEAR(model.a, truth.a, 4.0 * model.standardErrors.a);
    EXPECT_NEAR(model.b, truth.b, 4.0 * model.standardErrors.b);
    EXPECT_EQ(model.logCovariance.rows(), 4);
}

TEST(BgNbdLikelihood, LargeGammaGammaBasesArePolishedToTheMaximum)
{
    // 150,000 repeat buyers: Gamma-Gamma's sample search and L-BFGS polish on all of them.
    constexpr double p = 6.0;
    constexpr double q = 4.0;
    constexpr double gamma = 15.0;
    constexpr Eigen::Index buyers = 150000;
    SimulationSampler sampler(21);
    RepeatPurchaseData data;
    data.frequency.resize(buyers);
    data.recency.resize(buyers);
    data.age.resize(buyers);
    data.meanRepeatSpend.resize(buyers);
    for (Eigen::Index i = 0; i < buyers; ++i) {
        const double x = 1.0 + std::floor(5.0 * sampler.uniform());
        const double nu = sampler.gamma(q) / gamma;
        data.frequency(i) = x;
        data.age(i) = 52.0;
        data.recency(i) = 26.0;
        data.meanRepeatSpend(i) = sampler.gamma(p * x) / (nu * x);
    }
    NullProgress progress;
    Result<GammaGammaModel> fit = fitGammaGamma(data, GammaGammaParams {}, progress);
    ASSERT_TRUE(fit.isOk());
    const GammaGammaModel &model = fit.value();
    EXPECT_TRUE(model.converged);
    EXPECT_NEAR(model.logLikelihoodOf(data), model.logLikelihood, 1e-9 * std::abs(model.logLikelihood));
    for (int j = 0; j < 3; ++j) {
        for (double factor : {1.0 - 1e-4, 1.0 + 1e-4}) {
            GammaGammaModel moved = model;
            std::array<double *, 3> parameters {&moved.p, &moved.q, &moved.gamma};
            *parameters[static_cast<std::size_t>(j)] *= factor;
            EXPECT_LE(moved.logLikelihoodOf(data), model.logLikelihood)
                << "parameter " << j << " x " << factor;
        }
    }
    EXPECT_NEAR(model.p, p, 4.0 * model.standardErrors.p);
    EXPECT_NEAR(model.q, q, 4.0 * model.standardErrors.q);
    EXPECT_NEAR(model.gamma, gamma, 4.0 * model.standardErrors.gamma);
}
