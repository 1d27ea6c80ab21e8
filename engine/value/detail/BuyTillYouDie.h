// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Error.h"
#include "core/Matrix.h"
#include "core/Progress.h"
#include "core/Result.h"
#include "value/RepeatPurchaseSummary.h"

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace segmenta::engine::detail {

/// Below this many customers a purchase-count model is not fitted at all.
constexpr std::int64_t kMinCustomers = 10;
/// Below this many repeat buyers the fit runs but warns that the estimates are uncertain.
constexpr std::int64_t kFewRepeatBuyers = 50;

/// log(exp(x) + exp(y)) without overflow; either may be -infinity.
inline double logAddExp(double x, double y)
{
    const double larger = std::max(x, y);
    if (larger == -HUGE_VAL) {
        return -HUGE_VAL;
    }
    return larger + std::log1p(std::exp(std::min(x, y) - larger));
}

/// (1 - exp(k * l)) / k for l <= 0, continued to its limit -l at k = 0 (l is the log of a ratio < 1).
inline double oneMinusPowerOverExponent(double k, double l)
{
    constexpr double kSmall = 1e-8;
    if (std::abs(k) < kSmall) {
        return -l * (1.0 + 0.5 * k * l);
    }
    return -std::expm1(k * l) / k;
}

/// A number as the user typed it, for error arguments ("0.5", "1e-05").
std::string formatNumber(double value);

/// The optimiser settings every value model takes: at least 100 evaluations, tolerance in (0, 0.001].
/// Returns an InvalidParameter error per field out of range, named "maxEvaluations" and "tolerance".
std::vector<Error> validateOptimiserSettings(int maxEvaluations, double tolerance);

/// The checks shared by the purchase-count models (BG/NBD, Pareto/NBD): the data are valid and there
/// are at least kMinCustomers customers of whom at least one bought again. Returns the number of repeat
/// buyers, or the error.
Result<std::int64_t> checkPurchaseData(const RepeatPurchaseData &data);

/// The "only N repeat buyers" warning when there are fewer than kFewRepeatBuyers, else nothing.
std::optional<std::string> fewRepeatBuyersWarning(std::int64_t repeatBuyers);

struct CompressedRows;

/// What the purchase-count models (BG/NBD, Pareto/NBD) have in common once fitted: four parameters in
/// the model's own order and the fit's bookkeeping, which each model copies into its named fields.
struct CountingModelFit
{
    Vector parameters; ///< the four model parameters, positive
    Vector standardErrors; ///< of each parameter, from the inverse Hessian
    Matrix logCovariance; ///< of the log parameters, 4 x 4; empty when the Hessian is not positive definite
    double logLikelihood = 0.0;
    int evaluations = 0;
    bool converged = false;
    std::int64_t customerCount = 0;
    std::int64_t repeatBuyerCount = 0;
    std::vector<std::string> warnings;
};

/// The summed log-likelihood of a four-parameter purchase-count model over compressed rows.
using CountingLogLikelihood = double (*)(const CompressedRows &rows, double, double, double, double);
/// Starting points (log-parameters) for the optimiser, from the data.
using CountingStartingPoints = std::vector<Vector> (*)(const RepeatPurchaseData &data);

/// Checks the data, maximises the likelihood over log-parameters from the given starts and gathers the
/// warnings every purchase-count model gives. Errors: those of checkPurchaseData and maximiseLikelihood.
Result<CountingModelFit> fitCountingModel(const RepeatPurchaseData &data, CountingLogLikelihood logLikelihood,
    CountingStartingPoints startingPoints, int maxEvaluations, double tolerance, const char *stage,
    Progress &progress);

} // namespace segmenta::engine::detail
