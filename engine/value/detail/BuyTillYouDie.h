// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Error.h"
#include "core/Matrix.h"
#include "core/Progress.h"
#include "core/Result.h"
#include "projection/detail/ParallelFor.h"
#include "value/RepeatPurchaseSummary.h"

#include <algorithm>
#include <array>

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

// Above this many customers the starts are searched on a systematic sample of about kWarmStartSample
// customers first; the sample's optimum is then polished on all customers from a simplex of edge
// kPolishStep (log scale, about 5 %: several standard errors of a 20,000-customer fit), or by L-BFGS when
// the model has a gradient.
constexpr Eigen::Index kWarmStartCustomers = 100000;
constexpr Eigen::Index kWarmStartSample = 20000;
constexpr double kPolishStep = 0.05;
// The polish stops when a step moves every log parameter by less than this (or the caller's tolerance
// if larger): with 100,000 customers and more, standard errors of the log parameters are ~1e-3, so
// 1e-7 is still four orders of magnitude inside them.
constexpr double kPolishTolerance = 1e-7;

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

/// The digamma function psi(x) = d/dx ln Gamma(x) for x > 0: the recurrence psi(x) = psi(x+1) - 1/x up
/// to x >= 10, then the asymptotic series, whose first omitted term is below 1e-15 there.
inline double digamma(double x)
{
    constexpr double kAsymptoticFrom = 10.0;
    double result = 0.0;
    for (; x < kAsymptoticFrom; x += 1.0) {
        result -= 1.0 / x;
    }
    const double f = 1.0 / (x * x);
    // Bernoulli numbers B_2k / (2k): 1/12, -1/120, 1/252, -1/240, 1/132, -691/32760.
    const double series = f
        * (1.0 / 12
            - f * (1.0 / 120 - f * (1.0 / 252 - f * (1.0 / 240 - f * (1.0 / 132 - f * 691.0 / 32760)))));
    return result + std::log(x) - 0.5 / x - series;
}

/// Sums K per-row quantities over rows [0, count): below parallelFrom rows in one pass (addRows(0, count,
/// sums)), else in fixed blocks of blockSize rows on all cores, the blocks' sums added in block order, so
/// the result does not depend on the number of threads.
template<std::size_t K, typename AddRows>
std::array<double, K> blockedSum(
    Eigen::Index count, Eigen::Index parallelFrom, Eigen::Index blockSize, const AddRows &addRows)
{
    std::array<double, K> total {};
    if (count < parallelFrom) {
        addRows(Eigen::Index {0}, count, total);
        return total;
    }
    const Eigen::Index blocks = (count + blockSize - 1) / blockSize;
    std::vector<std::array<double, K>> partial(static_cast<std::size_t>(blocks));
    // One block per call, whatever the thread count, so every block's sum is formed the same way.
    parallelFor(blocks, 1, resolveThreadCount(0), [&](Eigen::Index first, Eigen::Index last) {
        for (Eigen::Index block = first; block < last; ++block) {
            std::array<double, K> &sums = partial[static_cast<std::size_t>(block)];
            sums.fill(0.0);
            addRows(block * blockSize, std::min(count, (block + 1) * blockSize), sums);
        }
    });
    for (const std::array<double, K> &sums : partial) {
        for (std::size_t k = 0; k < K; ++k) {
            total[k] += sums[k];
        }
    }
    return total;
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
/// The same with its gradient with respect to the log parameters (gradient: 4 entries on return).
using CountingLogLikelihoodWithGradient
    = double (*)(const CompressedRows &rows, const Vector &parameters, Vector &gradient);
/// Starting points (log-parameters) for the optimiser, from the data.
using CountingStartingPoints = std::vector<Vector> (*)(const RepeatPurchaseData &data);

/// Checks the data, maximises the likelihood over log-parameters from the given starts and gathers the
/// warnings every purchase-count model gives. Errors: those of checkPurchaseData and maximiseLikelihood.
/// withGradient may be null; when given, a large base's polish on all customers runs L-BFGS on it.
Result<CountingModelFit> fitCountingModel(const RepeatPurchaseData &data, CountingLogLikelihood logLikelihood,
    CountingLogLikelihoodWithGradient withGradient, CountingStartingPoints startingPoints, int maxEvaluations,
    double tolerance, const char *stage, Progress &progress);

/// The mean dropout (BG/NBD: a / (a + b) per purchase; Pareto/NBD: s / beta per time unit) below which a
/// fit whose dropout parameters are unpinned says the data show no one leaving. The likelihood is then
/// flat along the no-dropout direction (a -> 0, b -> infinity): the model has become NBD without dropout,
/// the optimiser stops anywhere along that ridge and reports convergence, and P(alive) is ~1 for every
/// customer. 1e-3 per purchase (or per week) is a lifetime of over 1,000 purchases or ~20 years.
constexpr double kNoDropoutMean = 1e-3;

/// The warning for a fit whose two dropout parameters (BG/NBD a and b, Pareto/NBD s and beta) both have a
/// standard error larger than themselves (or none): the data say little about how customers leave. The
/// English sentence starts "the data show hardly any customers leaving" when the mean dropout is also
/// below kNoDropoutMean, and "the data say little about how customers stop buying" otherwise (the app
/// translates them by those starts). Nothing when either parameter is pinned down.
inline std::optional<std::string> dropoutWarning(
    double shape, double shapeError, double scale, double scaleError, double meanDropout)
{
    const auto unpinned = [](double value, double error) { return !(error <= value); }; // NaN: unpinned
    if (!unpinned(shape, shapeError) || !unpinned(scale, scaleError)) {
        return std::nullopt;
    }
    if (meanDropout < kNoDropoutMean) {
        return std::string("the data show hardly any customers leaving, so the model cannot learn when a "
                           "customer is lost: P(alive) is close to 1 for everyone and CLV assumes that "
                           "customers keep buying (a longer purchase history helps)");
    }
    return std::string("the data say little about how customers stop buying (both dropout parameters are "
                       "less certain than their own size), so P(alive) and CLV are rough (a longer purchase "
                       "history helps)");
}

} // namespace segmenta::engine::detail
