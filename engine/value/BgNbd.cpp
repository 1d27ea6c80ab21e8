// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "value/BgNbd.h"

#include "core/Assert.h"
#include "value/detail/BgNbdKernels.h"
#include "value/detail/BuyTillYouDie.h"
#include "value/detail/CompressedRows.h"
#include "value/detail/LikelihoodFit.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace segmenta::engine {

namespace {

// The Euler-transformed series below has terms ~ n^(a - r - x - 2) z^n; 10^6 terms reach 1e-15 for
// every horizon shorter than ~ 10^4 times alpha + T.
constexpr int kMaxSeriesTerms = 1'000'000;
constexpr double kSeriesTolerance = 1e-16;
// Below this |(a-1) ln(1-z)|, 1 - (1-z)^(a-1) is taken with expm1: the subtraction would lose more than
// 3 of the 16 digits there (above it, at most 1e-13 relative, far inside any CLV's uncertainty).
constexpr double kCancellingExponent = 1e-3;
// From this many distinct rows on, the log-likelihood is summed in blocks of kParallelBlock rows on all
// cores (an evaluation over a million customers takes tens of milliseconds on one).
constexpr Eigen::Index kParallelRows = 65536;
constexpr Eigen::Index kParallelBlock = 16384;

/// Per distinct x, the parts of the log-likelihood that depend on x and the parameters but not on t_x or
/// T, so the lgammas run once per distinct x instead of once per customer.
struct FrequencyTerms
{
    std::vector<double> constant; ///< lnG(r+x) - lnG(r) + r ln(alpha) + ln B(a, b+x) - ln B(a, b)
    std::vector<double> logAliveWeight; ///< ln(a / (b + x - 1)), x > 0
};

FrequencyTerms frequencyTerms(
    const std::vector<double> &frequencies, double r, double alpha, double a, double b)
{
    FrequencyTerms terms;
    terms.constant.reserve(frequencies.size());
    terms.logAliveWeight.reserve(frequencies.size());
    const double base = -std::lgamma(r) + r * std::log(alpha) + std::lgamma(a + b) - std::lgamma(b);
    for (double x : frequencies) {
        terms.constant.push_back(base + std::lgamma(r + x) + std::lgamma(b + x) - std::lgamma(a + b + x));
        terms.logAliveWeight.push_back(x > 0.0 ? std::log(a) - std::log(b + x - 1.0) : -HUGE_VAL);
    }
    return terms;
}

/// Fader, Hardie & Lee (2005) eq. 6 on the log scale:
/// ln L = const(x) + ln[ (alpha+T)^-(r+x) + [x>0] a/(b+x-1) (alpha+t_x)^-(r+x) ].
double summedLogLikelihood(const detail::CompressedRows &rows, double r, double alpha, double a, double b)
{
    const FrequencyTerms terms = frequencyTerms(rows.distinctFrequencies, r, alpha, a, b);
    const auto addRows = [&](Eigen::Index begin, Eigen::Index end, std::array<double, 1> &sums) {
        double sum = 0.0;
        for (Eigen::Index i = begin; i < end; ++i) {
            const auto k = static_cast<std::size_t>(rows.frequencyIndex[static_cast<std::size_t>(i)]);
            const double x = rows.frequency(i);
            const double dead = -(r + x) * std::log(alpha + rows.age(i));
            double row = dead;
            if (x > 0.0) {
                row = detail::logAddExp(
                    dead, terms.logAliveWeight[k] - (r + x) * std::log(alpha + rows.recency(i)));
            }
            sum += rows.weight(i) * (terms.constant[k] + row);
        }
        sums[0] = sum;
    };
    return detail::blockedSum<1>(rows.frequency.size(), kParallelRows, kParallelBlock, addRows)[0];
}

} // namespace

namespace detail {

double bgNbdLogLikelihoodWithGradient(const CompressedRows &rows, const Vector &parameters, Vector &gradient)
{
    const double r = parameters(0);
    const double alpha = parameters(1);
    const double a = parameters(2);
    const double b = parameters(3);
    const FrequencyTerms terms = frequencyTerms(rows.distinctFrequencies, r, alpha, a, b);
    // d const(x) / d(r, a, b) per distinct x (d/d alpha is r / alpha for every x).
    const std::size_t distinct = rows.distinctFrequencies.size();
    std::vector<double> constantByR(distinct);
    std::vector<double> constantByA(distinct);
    std::vector<double> constantByB(distinct);
    const double psiR = digamma(r);
    const double psiB = digamma(b);
    const double psiAB = digamma(a + b);
    for (std::size_t k = 0; k < distinct; ++k) {
        const double x = rows.distinctFrequencies[k];
        const double psiABX = digamma(a + b + x);
        constantByR[k] = digamma(r + x) - psiR + std::log(alpha);
        constantByA[k] = psiAB - psiABX;
        constantByB[k] = psiAB - psiB + digamma(b + x) - psiABX;
    }
    // Per row: ln[e^dead + e^alive] with alive's share pi = e^alive / (e^dead + e^alive); the derivatives
    // of the bracket are the pi-weighted mix of the two terms' derivatives.
    const auto addRows = [&](Eigen::Index begin, Eigen::Index end, std::array<double, 5> &sums) {
        for (Eigen::Index i = begin; i < end; ++i) {
            const auto k = static_cast<std::size_t>(rows.frequencyIndex[static_cast<std::size_t>(i)]);
            const double x = rows.frequency(i);
            const double w = rows.weight(i);
            const double logAge = std::log(alpha + rows.age(i));
            const double dead = -(r + x) * logAge;
            double row = dead;
            double pi = 0.0;
            double logRecency = 0.0;
            if (x > 0.0) {
                logRecency = std::log(alpha + rows.recency(i));
                const double alive = terms.logAliveWeight[k] - (r + x) * logRecency;
                const double larger = std::max(dead, alive);
                const double e = std::exp(std::min(dead, alive) - larger);
                row = larger + std::log1p(e);
                pi = alive >= dead ? 1.0 / (1.0 + e) : e / (1.0 + e);
            }
            sums[0] += w * (terms.constant[k] + row);
            sums[1] += w * (constantByR[k] - (1.0 - pi) * logAge - pi * logRecency);
            sums[2] += w * (r + x) * ((1.0 - pi) / (alpha + rows.age(i)) + pi / (alpha + rows.recency(i)));
            sums[3] += w * (constantByA[k] + pi / a);
            sums[4] += w * (constantByB[k] - (x > 0.0 ? pi / (b + x - 1.0) : 0.0));
        }
    };
    const std::array<double, 5> sums
        = blockedSum<5>(rows.frequency.size(), kParallelRows, kParallelBlock, addRows);
    const double weight = rows.weight.sum();
    // Chain rule to the log parameters: d/d ln theta = theta d/d theta.
    gradient.resize(4);
    gradient << r * sums[1], alpha * (weight * r / alpha - sums[2]), a * sums[3], b * sums[4];
    return sums[0];
}

double bgNbdDiscountedValue(const BgNbdModel &model, double x, double tx, double T, double averageSpend,
    double month, const std::vector<double> &discounts, BgNbdValueScratch &scratch)
{
    // As expectedPurchases(): E = C [(1 - (1-z)^(a-1)) / (a-1) - (1-z)^(a-1) S(z)] P(alive), with
    // S(z) = sum_{n>=1} c_n z^n, c_1 = (C-A)/C, c_(n+1) = c_n (C-A+n)(a+n-1) / ((C+n)(n+1)).
    const double A = model.r + x;
    const double C = model.a + model.b + x - 1.0;
    if (!(C > 0.0)) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    const auto months = static_cast<Eigen::Index>(discounts.size());
    const double base = model.alpha + T;
    const double k = model.a - 1.0;
    Eigen::ArrayXd &times = scratch.times;
    if (times.size() != months || scratch.month != month) {
        times.resize(months);
        for (Eigen::Index m = 0; m < months; ++m) {
            times(m) = static_cast<double>(m + 1) * month;
        }
        scratch.month = month;
    }
    // Whole-month arrays, so that Eigen vectorises the logs, exps and the series below.
    Eigen::ArrayXd &z = scratch.z;
    Eigen::ArrayXd &logOneMinusZ = scratch.logOneMinusZ;
    Eigen::ArrayXd &scaled = scratch.scaled;
    Eigen::ArrayXd &bracket = scratch.bracket;
    z = times / (base + times);
    logOneMinusZ = (base / (base + times)).log();
    scaled = (k * logOneMinusZ).exp(); // (1-z)^(a-1)
    bracket = (1.0 - scaled) / k;
    for (Eigen::Index m = 0; m < months; ++m) {
        // 1 - (1-z)^(a-1) cancels when (a-1) ln(1-z) is small: there the expm1 form keeps the digits.
        if (std::abs(k * logOneMinusZ(m)) < kCancellingExponent) {
            bracket(m) = oneMinusPowerOverExponent(k, logOneMinusZ(m));
        }
    }
    double coefficient = (C - A) / C;
    Eigen::ArrayXd &power = scratch.power;
    Eigen::ArrayXd &series = scratch.series;
    power = z;
    series = coefficient * z;
    // All months' series in one pass over n: they share c_n and differ only in z, which grows with the
    // month, so the months converge in order; month `first` retires once its last term is below the
    // tolerance (the later months' extra terms are below it too when they retire).
    Eigen::Index first = 0;
    for (int n = 1; n < kMaxSeriesTerms; ++n) {
        while (first < months
            && !(std::abs(coefficient * power(first)) > kSeriesTolerance * std::abs(series(first)))) {
            ++first;
        }
        if (first == months) {
            break;
        }
        const double step = static_cast<double>(n);
        coefficient *= (C - A + step) * (model.a + step - 1.0) / ((C + step) * (step + 1.0));
        const Eigen::Index active = months - first;
        power.segment(first, active) *= z.segment(first, active);
        series.segment(first, active) += coefficient * power.segment(first, active);
    }
    double total = 0.0;
    double previous = 0.0;
    for (Eigen::Index m = 0; m < months; ++m) {
        const double current = C * (bracket(m) - scaled(m) * series(m));
        total += (current - previous) * discounts[static_cast<std::size_t>(m)];
        previous = current;
    }
    total *= model.probabilityAlive(x, tx, T) * averageSpend;
    return std::isfinite(total) ? total : std::numeric_limits<double>::quiet_NaN();
}

} // namespace detail

namespace {

std::vector<Vector> startingPoints(const RepeatPurchaseData &data)
{
    // The purchase rate of the whole base, ignoring dropout, sets the scale of alpha (whose unit is the
    // data's time unit): each start has r / alpha equal to it, with different shapes and dropout.
    const double totalAge = std::max(data.age.sum(), 1e-9);
    const double rate = std::max(data.frequency.sum(), 1.0) / totalAge;
    std::vector<Vector> starts;
    for (const auto &[r, a, b] : {std::array<double, 3> {1.0, 1.0, 1.0},
             std::array<double, 3> {0.3, 0.5, 3.0}, std::array<double, 3> {3.0, 2.0, 10.0}}) {
        Vector start(4);
        start << std::log(r), std::log(r / rate), std::log(a), std::log(b);
        starts.push_back(start);
    }
    return starts;
}

} // namespace

double BgNbdModel::expectedPurchases(double t, double x, double tx, double T) const
{
    SEGMENTA_ASSERT(t >= 0.0 && x >= 0.0 && tx >= 0.0 && tx <= T, "expectedPurchases: invalid history");
    if (t == 0.0) {
        return 0.0;
    }
    // FHL eq. 10 is (C / (a-1)) [1 - (1-z)^A 2F1(A, B; C; z)] / (1 + alive term) with A = r+x, B = b+x,
    // C = a+b+x-1, z = t / (alpha+T+t). Euler's transformation turns (1-z)^A 2F1(A, B; C; z) into
    // (1-z)^(a-1) 2F1(C-A, a-1; C; z), and since (a-1)_n = (a-1) (a)_(n-1), the bracket divided by a-1 is
    //   (1 - (1-z)^(a-1)) / (a-1)  -  (1-z)^(a-1) S,  S = sum_{n>=1} (C-A)_n (a)_(n-1) / ((C)_n n!) z^n,
    // which has no 0/0 at a = 1 and whose terms decay like n^(a-r-x-2) z^n.
    const double A = r + x;
    const double C = a + b + x - 1.0;
    if (!(C > 0.0)) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    const double z = t / (alpha + T + t);
    const double logOneMinusZ = -std::log1p(t / (alpha + T));
    double term = (C - A) * z / C;
    double series = term;
    for (int n = 1; n < kMaxSeriesTerms && std::abs(term) > kSeriesTolerance * std::abs(series); ++n) {
        term *= (C - A + n) * (a + n - 1.0) * z / ((C + n) * (n + 1.0));
        series += term;
    }
    const double bracket = detail::oneMinusPowerOverExponent(a - 1.0, logOneMinusZ)
        - std::exp((a - 1.0) * logOneMinusZ) * series;
    return C * bracket * probabilityAlive(x, tx, T);
}

double BgNbdModel::probabilityAlive(double x, double tx, double T) const
{
    if (x == 0.0) {
        return 1.0;
    }
    // 1 / (1 + a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x)), on the log scale so long gaps cannot overflow.
    const double logOdds
        = std::log(a) - std::log(b + x - 1.0) + (r + x) * std::log((alpha + T) / (alpha + tx));
    return 1.0 / (1.0 + std::exp(logOdds));
}

double BgNbdModel::expectedPurchasesNewCustomer(double t) const
{
    return expectedPurchases(t, 0.0, 0.0, 0.0);
}

double BgNbdModel::logLikelihoodOf(const RepeatPurchaseData &data) const
{
    return summedLogLikelihood(detail::compressRows(data.frequency, data.recency, data.age), r, alpha, a, b);
}

std::vector<Error> validate(const BgNbdParams &params)
{
    return detail::validateOptimiserSettings(params.maxEvaluations, params.tolerance);
}

Result<BgNbdModel> fitBgNbd(const RepeatPurchaseData &data, const BgNbdParams &params, Progress &progress)
{
    if (std::vector<Error> errors = validate(params); !errors.empty()) {
        return std::move(errors.front());
    }
    Result<detail::CountingModelFit> fitted
        = detail::fitCountingModel(data, summedLogLikelihood, detail::bgNbdLogLikelihoodWithGradient,
            startingPoints, params.maxEvaluations, params.tolerance, "clv.bgnbd", progress);
    if (!fitted) {
        return fitted.error();
    }
    detail::CountingModelFit &fit = fitted.value();
    BgNbdModel model;
    model.r = fit.parameters(0);
    model.alpha = fit.parameters(1);
    model.a = fit.parameters(2);
    model.b = fit.parameters(3);
    model.timeUnit = data.timeUnit;
    model.logLikelihood = fit.logLikelihood;
    model.evaluations = fit.evaluations;
    model.converged = fit.converged;
    model.standardErrors
        = {fit.standardErrors(0), fit.standardErrors(1), fit.standardErrors(2), fit.standardErrors(3)};
    model.logCovariance = fit.logCovariance;
    model.customerCount = fit.customerCount;
    model.repeatBuyerCount = fit.repeatBuyerCount;
    model.warnings = std::move(fit.warnings);
    if (auto warning = detail::dropoutWarning(model.a, model.standardErrors.a, model.b,
            model.standardErrors.b, model.a / (model.a + model.b))) {
        model.warnings.push_back(std::move(*warning));
    }
    if (!(model.a + model.b > 1.0)) {
        model.warnings.emplace_back("a + b <= 1: expected purchases of customers without repeat purchases "
                                    "have no closed form and are reported as not available");
    }
    return model;
}

} // namespace segmenta::engine
