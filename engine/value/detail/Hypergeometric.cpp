// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "value/detail/Hypergeometric.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace segmenta::engine::detail {

namespace {

constexpr int kMaxTerms = 1'000'000;
// A term below this fraction of the sum, with the terms shrinking, ends the series (the remainder is
// then below about a double's rounding of the sum).
constexpr double kRelativeTermTolerance = 1e-17;
// The partial sum is divided by kRescale (and its log added back) whenever it passes kRescale.
constexpr double kRescale = 1e200;

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

} // namespace segmenta::engine::detail
