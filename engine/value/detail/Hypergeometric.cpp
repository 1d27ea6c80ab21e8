// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "value/detail/Hypergeometric.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace segmenta::engine::detail {

namespace {

constexpr int kMaxTerms = 1'000'000;
// A term below this fraction of the sum, with the terms shrinking, ends the series (the remainder is
// then below about a double's rounding of the sum).
constexpr double kRelativeTermTolerance = 1e-17;
// The partial sum is divided by kRescale (and its log added back) whenever it passes kRescale.
constexpr double kRescale = 1e200;

// Gauss-Kronrod 7/15 on [-1, 1] (QUADPACK's qk15): Kronrod nodes from the outside in, the last one 0;
// the odd-indexed ones are the 7-point Gauss nodes.
constexpr std::array<double, 8> kKronrodNodes {0.991455371120812639206854697526329,
    0.949107912342758524526189684047851, 0.864864423359769072789712788640926,
    0.741531185599394439863864773280788, 0.586087235467691130294144845693013,
    0.405845151377397166906606412076961, 0.207784955007898467600689403773245, 0.0};
constexpr std::array<double, 8> kKronrodWeights {0.022935322010529224963732008058970,
    0.063092092629978553290700663189204, 0.104790010322250183839876322541518,
    0.140653259715525918745189590510238, 0.169004726639267902826583426598550,
    0.190350578064785409913256402421014, 0.204432940075298892414161999234649,
    0.209482141084727828012999174891714};
constexpr std::array<double, 4> kGaussWeights {0.129484966168869693270611432679082,
    0.279705391489276667901467771423780, 0.381830050505118944950369775488975,
    0.417959183673469387755102040816327};
// |Kronrod - Gauss| overstates the Kronrod estimate's error by orders of magnitude, so asking it below
// 1e-12 of the total leaves the result accurate to about a double's rounding.
constexpr double kIntegralRelativeTolerance = 1e-12;
constexpr int kMaxIntervals = 500;

struct QuadratureInterval
{
    double from = 0.0;
    double to = 0.0;
    double estimate = 0.0;
    double error = 0.0;
};

template<typename F> QuadratureInterval kronrod15(const F &f, double from, double to)
{
    const double centre = 0.5 * (from + to);
    const double halfLength = 0.5 * (to - from);
    double kronrod = kKronrodWeights[7] * f(centre);
    double gauss = kGaussWeights[3] * f(centre);
    for (std::size_t i = 0; i < 7; ++i) {
        const double offset = halfLength * kKronrodNodes[i];
        const double pair = f(centre - offset) + f(centre + offset);
        kronrod += kKronrodWeights[i] * pair;
        if (i % 2 == 1) {
            gauss += kGaussWeights[i / 2] * pair;
        }
    }
    return {from, to, kronrod * halfLength, std::abs(kronrod - gauss) * halfLength};
}

} // namespace

double logHypergeometric2F1(double a, double b, double c, double z)
{
    if (!(a > 0.0 && b > 0.0 && c > 0.0 && z >= 0.0 && z < 1.0)) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    double sum = 1.0;
    double term = 1.0;
    double logScale = 0.0;
    for (int n = 0; n < kMaxTerms; ++n) {
        const double ratio = (a + n) * (b + n) / ((c + n) * (n + 1.0)) * z;
        term *= ratio;
        sum += term;
        // The ratios tend to z; while they are below 1 the remainder is at most term * q / (1 - q) with
        // q the larger of the current ratio and z.
        const double q = std::max(ratio, z);
        if (ratio < 1.0 && term * q < kRelativeTermTolerance * sum * (1.0 - q)) {
            return std::log(sum) + logScale;
        }
        if (sum > kRescale) {
            sum /= kRescale;
            term /= kRescale;
            logScale += std::log(kRescale);
        }
    }
    return std::numeric_limits<double>::quiet_NaN();
}

double logPowerProductIntegral(double alpha, double p, double beta, double q, double from, double to)
{
    if (!(alpha > 0.0 && beta > 0.0 && p >= 0.0 && q >= 0.0 && from >= 0.0 && to >= from
            && std::isfinite(to))) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    if (to == from) {
        return -HUGE_VAL;
    }
    // The integrand decreases, so scaling by its value at `from` keeps every sample in (0, 1].
    const auto logIntegrand = [&](double t) { return -p * std::log(alpha + t) - q * std::log(beta + t); };
    const double logScale = logIntegrand(from);
    const auto scaled = [&](double t) { return std::exp(logIntegrand(t) - logScale); };

    // Globally adaptive: always split the interval with the largest error estimate (QUADPACK's qag).
    const auto byError
        = [](const QuadratureInterval &a, const QuadratureInterval &b) { return a.error < b.error; };
    std::vector<QuadratureInterval> heap {kronrod15(scaled, from, to)};
    double total = heap.front().estimate;
    double totalError = heap.front().error;
    while (totalError > kIntegralRelativeTolerance * total && static_cast<int>(heap.size()) < kMaxIntervals) {
        std::pop_heap(heap.begin(), heap.end(), byError);
        const QuadratureInterval worst = heap.back();
        heap.pop_back();
        const double middle = 0.5 * (worst.from + worst.to);
        const QuadratureInterval left = kronrod15(scaled, worst.from, middle);
        const QuadratureInterval right = kronrod15(scaled, middle, worst.to);
        total += left.estimate + right.estimate - worst.estimate;
        totalError += left.error + right.error - worst.error;
        for (const QuadratureInterval &half : {left, right}) {
            heap.push_back(half);
            std::push_heap(heap.begin(), heap.end(), byError);
        }
    }
    // Re-add from the pieces: the running total has absorbed every subtraction's rounding.
    double sum = 0.0;
    for (const QuadratureInterval &piece : heap) {
        sum += piece.estimate;
    }
    return logScale + std::log(sum);
}

} // namespace segmenta::engine::detail
