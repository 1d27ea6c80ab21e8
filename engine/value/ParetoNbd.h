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

/// How the Pareto/NBD likelihood is maximised; the defaults reproduce the published CDNOW estimates.
struct ParetoNbdParams
{
    int maxEvaluations = 4000; ///< likelihood evaluations per starting point (restarts included), >= 100
    /// A simplex stops when a step moves every log parameter by less than this, in (0, 1e-3].
    double tolerance = 1e-9;
};

/// The Pareto/NBD model of Schmittlein, Morrison & Colombo (1987): while alive a customer buys at Poisson
/// rate lambda ~ Gamma(r, alpha) and dies at an exponential time of rate mu ~ Gamma(s, beta). Times are
/// in the unit of the data it was fitted to.
struct ParetoNbdModel
{
    /// Standard errors from the inverse numerical Hessian at the estimate; NaN when not available.
    struct StandardErrors
    {
        double r = std::numeric_limits<double>::quiet_NaN();
        double alpha = std::numeric_limits<double>::quiet_NaN();
        double s = std::numeric_limits<double>::quiet_NaN();
        double beta = std::numeric_limits<double>::quiet_NaN();
    };

    double r = 1.0; ///< shape of the purchase-rate gamma, > 0
    double alpha = 1.0; ///< scale (in timeUnit) of the purchase-rate gamma, > 0
    double s = 1.0; ///< shape of the dropout-rate gamma, > 0
    double beta = 1.0; ///< scale (in timeUnit) of the dropout-rate gamma, > 0; weakly identified in practice
    TimeUnit timeUnit = TimeUnit::Weeks; ///< unit of alpha, beta and of every time argument
    double logLikelihood = 0.0; ///< of the data at the estimate, natural log, with all constants
    int evaluations = 0; ///< likelihood evaluations spent (all starts, restarts and the Hessian)
    bool converged = false; ///< the optimiser met its tolerance in the interior of the search range
    StandardErrors standardErrors;
    /// Covariance of the log parameters in declaration order (inverse Hessian of the negative
    /// log-likelihood on the log scale); empty when that Hessian is not positive definite.
    Matrix logCovariance;
    std::int64_t customerCount = 0; ///< customers fitted
    std::int64_t repeatBuyerCount = 0; ///< of which with frequency > 0
    std::vector<std::string> warnings; ///< English sentences for the user

    /// E[Y(t) | x, t_x, T]: expected purchases in the next t time units (Fader & Hardie's note on the
    /// Pareto/NBD, eq. 21).
    /// Requires: t >= 0, x a whole number >= 0, 0 <= tx <= T.
    double expectedPurchases(double t, double x, double tx, double T) const;

    /// P(alive | x, t_x, T) (note eq. 18). The hypergeometric terms are summed as a positive series
    /// whose argument is kept in [0, 1) by choosing the alpha >= beta or alpha < beta form.
    double probabilityAlive(double x, double tx, double T) const;

    /// E[X(t)] of a customer just acquired: r beta / (alpha (s-1)) [1 - (beta / (beta+t))^(s-1)].
    double expectedPurchasesNewCustomer(double t) const;

    /// Log-likelihood of the given summary under these parameters. Requires: validate(data) is empty.
    double logLikelihoodOf(const RepeatPurchaseData &data) const;
};

/// Errors: ErrorCode::InvalidParameter {field, value, allowed range} per field out of range.
std::vector<Error> validate(const ParetoNbdParams &params);

/// Fits the Pareto/NBD model by maximum likelihood, as fitBgNbd() does (Nelder-Mead on the log
/// parameters, three data-scaled starts, restarts until no improvement).
/// Ensures: as fitBgNbd(); beta is typically the least precise estimate (flat likelihood along it).
/// Reports stage "clv.paretonbd"; checks for cancel every few evaluations.
/// Errors: as fitBgNbd().
Result<ParetoNbdModel> fitParetoNbd(
    const RepeatPurchaseData &data, const ParetoNbdParams &params, Progress &progress);

} // namespace segmenta::engine
