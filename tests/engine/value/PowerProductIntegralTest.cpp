// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "value/detail/Hypergeometric.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace segmenta::engine;

namespace {

/// The Pareto/NBD's A0 / (r+s+x) by the 2F1 series (Fader & Hardie 2005, eq. 14): the quantity the
/// quadrature replaces near z = 1.
double logSeriesDifference(double r, double alpha, double s, double beta, double x, double tx, double T)
{
    const double rho = r + s + x;
    const bool alphaLarger = alpha >= beta;
    const double m = alphaLarger ? alpha : beta;
    const double b1 = alphaLarger ? s + 1.0 : r + x;
    const double difference = std::abs(alpha - beta);
    const auto logF = [&](double t) {
        return detail::logHypergeometric2F1(rho, b1, rho + 1.0, difference / (m + t)) - rho * std::log(m + t);
    };
    const double atRecency = logF(tx);
    return atRecency + std::log1p(-std::exp(logF(T) - atRecency)) - std::log(rho);
}

} // namespace

TEST(PowerProductIntegral, EqualsTheSeriesDifferenceWhereBothWork)
{
    struct Case
    {
        double r, alpha, s, beta, x, tx, T;
    };
    // Arguments |alpha - beta| / (max + tx) from ~0.05 to ~0.97, alpha above and below beta.
    for (const Case c : {Case {0.55, 10.6, 0.6, 11.7, 3, 20, 38}, Case {0.55, 10.6, 0.6, 2.0, 3, 20, 38},
             Case {0.24, 4.4, 0.8, 400.0, 12, 30, 39}, Case {1.3, 900.0, 2.5, 3.0, 0, 0, 52},
             Case {0.5, 0.2, 0.3, 60.0, 25, 5, 70}}) {
        const double series = logSeriesDifference(c.r, c.alpha, c.s, c.beta, c.x, c.tx, c.T);
        const double integral
            = detail::logPowerProductIntegral(c.alpha, c.r + c.x, c.beta, c.s + 1.0, c.tx, c.T);
        EXPECT_NEAR(integral, series, 1e-11 * std::abs(series)) << c.alpha << " " << c.beta << " " << c.x;
    }
}

TEST(PowerProductIntegral, MatchesScipyQuadWhereTheSeriesWouldCrawl)
{
    // log of scipy.integrate.quad(lambda u: (a+u)**-p * (b+u)**-q, t0, t1, epsabs=0, epsrel=2e-14,
    // limit=500); the series' argument is 0.998, 0.99996 and 0.9997 here.
    EXPECT_NEAR(
        detail::logPowerProductIntegral(10.0, 3.5, 5000.0, 2.0, 0.0, 40.0), -23.72736499969504, 1e-12 * 24);
    EXPECT_NEAR(
        detail::logPowerProductIntegral(0.5, 30.2, 1e6, 1.5, 35.0, 39.0), -128.3731150246188, 1e-12 * 128);
    EXPECT_NEAR(
        detail::logPowerProductIntegral(4.4, 1.2, 2e4, 1.0001, 1.0, 52.0), -9.61524295813311, 1e-12 * 10);
}

TEST(PowerProductIntegral, EmptyRangeAndBadArguments)
{
    EXPECT_EQ(detail::logPowerProductIntegral(1.0, 2.0, 3.0, 4.0, 5.0, 5.0), -HUGE_VAL);
    EXPECT_TRUE(std::isnan(detail::logPowerProductIntegral(0.0, 2.0, 3.0, 4.0, 0.0, 5.0)));
    EXPECT_TRUE(std::isnan(detail::logPowerProductIntegral(1.0, 2.0, 3.0, 4.0, 6.0, 5.0)));
}
