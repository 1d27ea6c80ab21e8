// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "value/RepeatPurchaseSummary.h"

#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace segmenta::engine::detail {

/// Length of a month in `unit`: as given, else 30 days (30/7 weeks), as lifetimes counts it.
inline double monthLength(const std::optional<double> &given, TimeUnit unit)
{
    constexpr double daysPerMonth = 30.0;
    constexpr double daysPerWeek = 7.0;
    return given.value_or(unit == TimeUnit::Weeks ? daysPerMonth / daysPerWeek : daysPerMonth);
}

/// 1 / (1 + rate)^m for m = 1..horizonMonths (index m - 1).
inline std::vector<double> monthlyDiscountFactors(int horizonMonths, double monthlyDiscountRate)
{
    std::vector<double> factors(static_cast<std::size_t>(horizonMonths));
    for (int m = 1; m <= horizonMonths; ++m) {
        factors[static_cast<std::size_t>(m - 1)] = 1.0 / std::pow(1.0 + monthlyDiscountRate, m);
    }
    return factors;
}

/// One customer's CLV: sum over months m of (E[X(m)] - E[X(m-1)]) * averageSpend * discount(m), with
/// `cumulative(t)` = E[X(t) | the customer's history]. NaN when the sum is not finite. The point estimate
/// and every bootstrap draw go through this one function, so they cannot drift apart.
template<typename Cumulative>
double discountedValue(
    const Cumulative &cumulative, double averageSpend, double month, const std::vector<double> &discounts)
{
    double total = 0.0;
    double previous = 0.0;
    for (std::size_t m = 0; m < discounts.size(); ++m) {
        const double current = cumulative(static_cast<double>(m + 1) * month);
        total += (current - previous) * averageSpend * discounts[m];
        previous = current;
    }
    return std::isfinite(total) ? total : std::numeric_limits<double>::quiet_NaN();
}

} // namespace segmenta::engine::detail
