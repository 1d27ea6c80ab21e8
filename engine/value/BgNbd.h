// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Error.h"
#include "core/Matrix.h"
#include "core/Progress.h"
#include "core/Result.h"
#include "value/RepeatPurchaseSummary.h"

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace segmenta::engine {

/// How the BG/NBD likelihood is maximised. The defaults reproduce the published CDNOW estimates to all
/// printed digits; they rarely need changing.
struct BgNbdParams
{
    int maxEvaluations = 4000; ///< likelihood evaluations per starting point (restarts included), >= 100
    /// A simplex stops when a step moves every log parameter by less than this (so the parameters are
    /// known to about this relative precision), in (0, 1e-3].
    double tolerance = 1e-9;
};

/// The beta-geometric/NBD model of Fader, Hardie & Lee (2005): while alive a customer buys at Poisson
/// rate lambda ~ Gamma(r, alpha); after each purchase they drop out with probability p ~ Beta(a, b).
/// Times are in the unit of the data it was fitted to (timeUnit).
struct BgNbdModel
{
    /// Standard errors of the parameters, from the inverse of the numerical Hessian of the negative
    /// log-likelihood at the estimate; NaN when that Hessian is not positive definite.
    struct StandardErrors
    {
        double r = std::numeric_limits<double>::quiet_NaN();
        double alpha = std::numeric_limits<double>::quiet_NaN();
        double a = std::numeric_limits<double>::quiet_NaN();
        double b = std::numeric_limits<double>::quiet_NaN();
    };

    double r = 1.0; ///< shape of the purchase-rate gamma, > 0
    double alpha = 1.0; ///< scale (in timeUnit) of the purchase-rate gamma, > 0; mean rate = r / alpha
    double a = 1.0; ///< dropout beta, first shape, > 0
    double b = 1.0; ///< dropout beta, second shape, > 0; mean dropout probability = a / (a + b)
    TimeUnit timeUnit = TimeUnit::Weeks; ///< unit of alpha and of every time argument
    double logLikelihood = 0.0; ///< of the data at the estimate, natural log, with all constants
    int evaluations = 0; ///< likelihood evaluations spent (all starts, restarts and the Hessian)
    bool converged = false; ///< the optimiser met its tolerance in the interior of the search range
    StandardErrors standardErrors;
    /// Covariance of the log parameters in declaration order (inverse Hessian of the negative
    /// log-likelihood on the log scale); empty when that Hessian is not positive definite.
    Matrix logCovariance;
    std::int64_t customerCount = 0; ///< customers fitted
    std::int64_t repeatBuyerCount = 0; ///< of which with frequency > 0
    std::vector<std::string> warnings; ///< English sentences for the user (few repeat buyers, no convergence)

    /// E[Y(t) | x, t_x, T]: expected purchases in the next t time units of a customer with this history
    /// (the conditional expectation of Fader, Hardie & Lee 2005, eq. 10). The hypergeometric function is
    /// summed after an Euler transformation, so a close to 1 and long horizons stay accurate.
    /// Requires: t >= 0, x a whole number >= 0, 0 <= tx <= T, tx = 0 when x = 0.
    /// Ensures: >= 0; NaN when a + b + x <= 1 (the closed form does not exist there).
    double expectedPurchases(double t, double x, double tx, double T) const;

    /// P(alive | x, t_x, T): probability that a customer with this history has not dropped out by T.
    /// Customers without repeat purchases are alive (the model only lets customers drop out right after
    /// a purchase).
    double probabilityAlive(double x, double tx, double T) const;

    /// E[X(t)]: expected purchases in the first t time units of a customer just acquired (first purchase
    /// at 0 not counted). NaN when a + b <= 1.
    double expectedPurchasesNewCustomer(double t) const;

    /// Log-likelihood of the given summary under these parameters (the quantity the fit maximises).
    /// Requires: validate(data) is empty.
    double logLikelihoodOf(const RepeatPurchaseData &data) const;
};

/// Checks params before any work; the UI uses it to explain why Run is disabled.
/// Errors: ErrorCode::InvalidParameter {field, value, allowed range} per field out of range.
std::vector<Error> validate(const BgNbdParams &params);

/// Fits the BG/NBD model to a repeat-purchase summary by maximum likelihood: Nelder-Mead (NLopt) on the
/// log parameters from three data-scaled starting points, each restarted at its end point until it
/// stops improving; the best end point wins. Above 100,000 customers the starts are searched on a
/// 20,000-customer systematic sample and the sample's optimum is polished on all customers by L-BFGS
/// with the analytic gradient (rows summed once per distinct (x, t_x, T), in fixed blocks on all cores).
/// Ensures: a pure function of (data, params). Fewer than 50 repeat buyers still fit, with a warning that
/// the estimates are uncertain; a parameter running to 0 or infinity gives converged = false and a warning.
/// Reports stage "clv.bgnbd" and its fraction every few evaluations; checks for cancel there.
/// Errors: the first error of validate(params) or validate(data); ErrorCode::TooFewCustomers
/// {customers, 10} with fewer than 10 customers, {0 repeat buyers, 1} when nobody bought twice;
/// ErrorCode::Cancelled when progress asked to stop.
Result<BgNbdModel> fitBgNbd(const RepeatPurchaseData &data, const BgNbdParams &params, Progress &progress);

} // namespace segmenta::engine
