// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Error.h"
#include "core/Matrix.h"
#include "core/Progress.h"
#include "core/Result.h"
#include "value/BgNbd.h"
#include "value/CustomerLifetimeValue.h"
#include "value/GammaGamma.h"
#include "value/ParetoNbd.h"
#include "value/RepeatPurchaseSummary.h"

#include <cstdint>
#include <string>
#include <vector>

namespace segmenta::engine {

/// How the per-customer CLV ranges are drawn.
struct ClvBootstrapParams
{
    int drawCount = 200; ///< parameter vectors drawn per model, 10..100000
    std::uint64_t seed = 42; ///< same seed, fits and data -> the same ranges, whatever threadCount
    double lowerQuantile = 0.05; ///< of the drawn CLVs, in (0, upperQuantile)
    double upperQuantile = 0.95; ///< of the drawn CLVs, in (lowerQuantile, 1)
    int threadCount = 0; ///< worker threads, >= 0; 0 = std::thread::hardware_concurrency(); never
                         ///< changes the result
};

/// Per-customer CLV ranges from a parametric bootstrap.
struct ClvBootstrapResult
{
    Vector low; ///< lowerQuantile of each customer's drawn CLVs; NaN where not available
    Vector high; ///< upperQuantile of each customer's drawn CLVs; NaN where not available
    int drawCount = 0; ///< parameter vectors drawn
    /// Per draw, the sum of the customers' finite CLVs: its quantiles are the range of the total CLV
    /// (a sum of the customers' lows would be far too low, as the customers' draws move together).
    Vector drawTotals;
    /// False when a model's Hessian was not positive definite (no covariance to draw from): then every
    /// range is NaN and warnings says why. Ranges are never made up from a repaired matrix.
    bool isAvailable = false;
    /// Customers whose range is NaN although the bootstrap ran: fewer than half of the draws gave them a
    /// finite CLV (BG/NBD with a + b + x <= 1, Gamma-Gamma with q <= 1 in those draws).
    std::int64_t customersWithoutRange = 0;
    std::vector<std::string> warnings; ///< English sentences for the user
};

/// Errors: ErrorCode::InvalidParameter {field, value, allowed range} per field out of range.
std::vector<Error> validate(const ClvBootstrapParams &params);

/// Quantile q in [0, 1] of the non-NaN values, by linear interpolation between order statistics (numpy's
/// default, the rule the ranges use); NaN when there are none.
double linearQuantile(std::vector<double> values, double q);

/// Parametric bootstrap of customerLifetimeValue(): drawCount parameter vectors are drawn from each
/// fitted model's asymptotic normal on the log scale, log theta ~ N(log theta_hat, inverse Hessian)
/// (the scale the models are fitted on, so every draw is positive; to first order the same as the
/// natural-scale normal of the standard errors). The purchase and the spend model are fitted separately
/// and are drawn independently. For each draw every customer's CLV is recomputed exactly as the point
/// estimate is, and the customer's range is the [lowerQuantile, upperQuantile] of their finite draws
/// (linear interpolation between order statistics, numpy's default). The ranges show parameter
/// uncertainty only, not the randomness of a single customer's future purchases.
/// Requires: as customerLifetimeValue(); the models were fitted (their logCovariance filled or empty).
/// Ensures: deterministic in (models, data, params) and independent of threadCount; when a model's
/// logCovariance is empty, isAvailable = false with a warning, not an error.
/// Reports stage "clv.bootstrap" with the fraction of customers done; checks for cancel as it goes.
/// Errors: the first error of validate(params) or of customerLifetimeValue's checks; ErrorCode::Cancelled.
Result<ClvBootstrapResult> bootstrapLifetimeValue(const BgNbdModel &purchases, const GammaGammaModel &spend,
    const RepeatPurchaseData &data, const CustomerLifetimeValueParams &valueParams,
    const ClvBootstrapParams &params, Progress &progress);

/// As above with the Pareto/NBD purchase model.
Result<ClvBootstrapResult> bootstrapLifetimeValue(const ParetoNbdModel &purchases,
    const GammaGammaModel &spend, const RepeatPurchaseData &data,
    const CustomerLifetimeValueParams &valueParams, const ClvBootstrapParams &params, Progress &progress);

} // namespace segmenta::engine
