// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Error.h"
#include "core/Matrix.h"
#include "core/Result.h"
#include "value/BgNbd.h"
#include "value/GammaGamma.h"
#include "value/RepeatPurchaseSummary.h"

#include <functional>
#include <optional>
#include <vector>

namespace segmenta::engine {

/// What customerLifetimeValue() adds up.
struct CustomerLifetimeValueParams
{
    int horizonMonths = 12; ///< months ahead to add up, 1..1200
    double monthlyDiscountRate = 0.01; ///< money a month later is worth 1 / (1 + rate); >= 0, finite
    /// Length of one month in the data's time unit. Empty: 30 days (30/7 weeks), as lifetimes does, so
    /// that results can be compared with it.
    std::optional<double> monthLength;
};

/// Discounted expected value of each customer's purchases over the horizon, as lifetimes'
/// customer_lifetime_value: sum over months m = 1..H of
///   (E[X(m) | x, t_x, T] - E[X(m-1) | x, t_x, T]) * E[Z | x, zbar] / (1 + d)^m,
/// with the purchase counts from the BG/NBD model and the mean spend from the Gamma-Gamma model.
/// Requires: purchases was fitted to a summary in data.timeUnit; validate(data) is empty.
/// Ensures: one value per customer of data, in its order; NaN where a model has no finite prediction
/// (BG/NBD with a + b + x <= 1, Gamma-Gamma with q <= 1 for customers without repeat purchases).
/// Errors: ErrorCode::InvalidParameter {field, value, allowed range} for a parameter out of range, for
/// data whose meanRepeatSpend column is missing, or for a time unit different from the model's.
Result<Vector> customerLifetimeValue(const BgNbdModel &purchases, const GammaGammaModel &spend,
    const RepeatPurchaseData &data, const CustomerLifetimeValueParams &params);

/// E[X(t) | x, t_x, T] of a purchase model (BG/NBD, Pareto/NBD): expected purchases in the next t.
using ExpectedPurchases = std::function<double(double t, double x, double tx, double T)>;

/// As above with any purchase model fitted in `unit` (Pareto/NBD's expectedPurchases, say).
Result<Vector> customerLifetimeValue(const ExpectedPurchases &purchases, TimeUnit unit,
    const GammaGammaModel &spend, const RepeatPurchaseData &data, const CustomerLifetimeValueParams &params);

/// Errors: ErrorCode::InvalidParameter {field, value, allowed range} per field out of range.
std::vector<Error> validate(const CustomerLifetimeValueParams &params);

} // namespace segmenta::engine
