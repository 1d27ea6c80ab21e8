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

/// How the Gamma-Gamma likelihood is maximised; the defaults reproduce the published CDNOW estimates.
struct GammaGammaParams
{
    int maxEvaluations = 3000; ///< likelihood evaluations per starting point (restarts included), >= 100
    /// A simplex stops when a step moves every log parameter by less than this, in (0, 1e-3].
    double tolerance = 1e-9;
};

/// The Gamma-Gamma spend model (Fader, Hardie & Lee 2005, JMR; Fader & Hardie 2013, note 025): each
/// transaction value of a customer is Gamma(p, nu), and nu ~ Gamma(q, gamma) across customers, so the
/// mean transaction value is p gamma / (q - 1). It assumes spend is independent of purchase frequency;
/// frequencySpendCorrelation reports how far the data are from that.
struct GammaGammaModel
{
    /// Standard errors from the inverse numerical Hessian at the estimate; NaN when not available.
    struct StandardErrors
    {
        double p = std::numeric_limits<double>::quiet_NaN();
        double q = std::numeric_limits<double>::quiet_NaN();
        double gamma = std::numeric_limits<double>::quiet_NaN();
    };

    double p = 1.0; ///< shape of each transaction's value, > 0
    double q = 1.0; ///< shape of the customers' spend-rate gamma, > 0
    double gamma = 1.0; ///< scale (in money) of the customers' spend-rate gamma, > 0
    double logLikelihood = 0.0; ///< of the mean spends at the estimate, natural log, with all constants
    int evaluations = 0; ///< likelihood evaluations spent (all starts, restarts and the Hessian)
    bool converged = false; ///< the optimiser met its tolerance in the interior of the search range
    StandardErrors standardErrors;
    /// Covariance of the log parameters in declaration order (inverse Hessian of the negative
    /// log-likelihood on the log scale); empty when that Hessian is not positive definite.
    Matrix logCovariance;
    std::int64_t customerCount = 0; ///< repeat buyers fitted (frequency > 0 and mean spend > 0)
    std::int64_t excludedCount = 0; ///< repeat buyers left out because their mean spend is <= 0
    /// Pearson correlation of frequency and mean repeat spend over the fitted customers: the model's
    /// independence assumption is doubtful when it is far from 0 (a warning is added beyond +-0.3).
    double frequencySpendCorrelation = 0.0;
    std::vector<std::string> warnings; ///< English sentences for the user

    /// E[Z | x, zbar]: expected mean transaction value of a customer with x repeat purchases of mean
    /// value zbar, (p gamma + p x zbar) / (p x + q - 1) — a weighted mean of the population mean and zbar.
    /// For x = 0 it is the population mean p gamma / (q - 1); +infinity when q <= 1 (no finite mean).
    double conditionalExpectedAverageProfit(double x, double zbar) const;

    /// Log-likelihood of the given summary's repeat buyers under these parameters.
    double logLikelihoodOf(const RepeatPurchaseData &data) const;
};

/// Errors: ErrorCode::InvalidParameter {field, value, allowed range} per field out of range.
std::vector<Error> validate(const GammaGammaParams &params);

/// Fits the Gamma-Gamma model by maximum likelihood to the customers with frequency > 0 and
/// meanRepeatSpend > 0 (frequency and meanRepeatSpend of data are used; recency and age are not).
/// Ensures: as fitBgNbd(); fewer than 50 repeat buyers fit with a warning. Above 100,000 usable repeat
/// buyers, as fitBgNbd(): simplex on a sample, L-BFGS with the analytic gradient on all of them.
/// Reports stage "clv.gammagamma"; checks for cancel every few evaluations.
/// Errors: the first error of validate(params) or validate(data); ErrorCode::InvalidParameter
/// {"meanRepeatSpend length", …} when data has no spend column; ErrorCode::TooFewCustomers
/// {usable repeat buyers, 10} with fewer than 10 of them; ErrorCode::Cancelled.
Result<GammaGammaModel> fitGammaGamma(
    const RepeatPurchaseData &data, const GammaGammaParams &params, Progress &progress);

} // namespace segmenta::engine
