// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "value/RepeatPurchaseSummary.h"

#include <cmath>
#include <cstdint>
#include <numbers>
#include <random>

namespace segmenta::engine {

/// Draws from the distributions the buy-till-you-die models are built on, from uniforms only: the
/// std:: distributions differ between standard libraries, std::mt19937_64 itself does not.
class SimulationSampler
{
public:
    explicit SimulationSampler(std::uint64_t seed)
        : m_generator(seed)
    { }

    /// Uniform on (0, 1): the top 53 bits of one draw, never exactly 0 or 1.
    double uniform() { return (static_cast<double>(m_generator() >> 11U) + 0.5) / 0x1p53; }

    double exponential(double rate) { return -std::log(uniform()) / rate; }

    double normal()
    {
        // Box-Muller; the second value is thrown away to keep the sampler stateless.
        return std::sqrt(-2.0 * std::log(uniform())) * std::cos(2.0 * std::numbers::pi * uniform());
    }

    /// Gamma(shape, rate 1): Marsaglia & Tsang (2000), with the shape < 1 boost G(k) = G(k+1) U^(1/k).
    double gamma(double shape)
    {
        if (shape < 1.0) {
            return gamma(shape + 1.0) * std::pow(uniform(), 1.0 / shape);
        }
        const double d = shape - 1.0 / 3.0;
        const double c = 1.0 / std::sqrt(9.0 * d);
        while (true) {
            double z = normal();
            double v = 1.0 + c * z;
            if (v <= 0.0) {
                continue;
            }
            v = v * v * v;
            if (std::log(uniform()) < 0.5 * z * z + d - d * v + d * std::log(v)) {
                return d * v;
            }
        }
    }

    double beta(double a, double b)
    {
        const double x = gamma(a);
        return x / (x + gamma(b));
    }

private:
    std::mt19937_64 m_generator;
};

/// True BG/NBD parameters and the observation design of a simulated customer base.
struct BgNbdTruth
{
    double r = 0.0;
    double alpha = 0.0;
    double a = 0.0;
    double b = 0.0;
    int customers = 0;
    double minAge = 0.0; ///< customers joined uniformly so that their T is in [minAge, maxAge]
    double maxAge = 0.0;
};

/// Simulates the BG/NBD story: lambda ~ Gamma(r, alpha), p ~ Beta(a, b); from the first purchase at 0,
/// purchases arrive at rate lambda and after each the customer drops out with probability p.
inline RepeatPurchaseData simulateBgNbd(const BgNbdTruth &truth, std::uint64_t seed)
{
    SimulationSampler sampler(seed);
    RepeatPurchaseData data;
    data.frequency.resize(truth.customers);
    data.recency.resize(truth.customers);
    data.age.resize(truth.customers);
    for (int i = 0; i < truth.customers; ++i) {
        const double lambda = sampler.gamma(truth.r) / truth.alpha;
        const double p = sampler.beta(truth.a, truth.b);
        const double age = truth.minAge + (truth.maxAge - truth.minAge) * sampler.uniform();
        double x = 0.0;
        double last = 0.0;
        for (double t = sampler.exponential(lambda); t <= age; t += sampler.exponential(lambda)) {
            x += 1.0;
            last = t;
            if (sampler.uniform() < p) {
                break;
            }
        }
        data.frequency(i) = x;
        data.recency(i) = last;
        data.age(i) = age;
    }
    return data;
}

} // namespace segmenta::engine
