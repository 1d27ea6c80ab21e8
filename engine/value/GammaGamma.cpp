// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "value/GammaGamma.h"

#include "value/detail/BuyTillYouDie.h"
#include "value/detail/LikelihoodFit.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>

namespace segmenta::engine {

namespace {

// Beyond this absolute Pearson correlation of frequency and spend, the independence assumption of the
// model is visibly violated (CDNOW: about 0.11, which the papers accept).
constexpr double kCorrelationWarning = 0.3;

/// The customers the model is fitted to, with the parts of the log-likelihood that do not depend on the
/// parameters (or depend on them only through x) gathered once, so that an evaluation costs one log per
/// customer and two lgammas per distinct x instead of three lgammas and three logs per customer.
struct SpendRows
{
    Vector frequency;
    Vector meanSpend;
    std::vector<double> distinctFrequencies; ///< sorted distinct x
    std::vector<double> frequencyCounts; ///< customers per distinct x
    double sumLogSpend = 0.0; ///< sum of ln(zbar)
    double sumFrequencyLogSpend = 0.0; ///< sum of x ln(zbar)
    double sumFrequencyLogFrequency = 0.0; ///< sum of x ln(x)
};

SpendRows spendRows(const RepeatPurchaseData &data)
{
    std::vector<double> x;
    std::vector<double> zbar;
    for (Eigen::Index i = 0; i < data.frequency.size(); ++i) {
        if (data.frequency(i) > 0.0 && data.meanRepeatSpend(i) > 0.0) {
            x.push_back(data.frequency(i));
            zbar.push_back(data.meanRepeatSpend(i));
        }
    }
    const auto n = static_cast<Eigen::Index>(x.size());
    SpendRows rows {Eigen::Map<const Vector>(x.data(), n), Eigen::Map<const Vector>(zbar.data(), n), {}, {},
        0.0, 0.0, 0.0};
    std::map<double, double> counts;
    for (std::size_t i = 0; i < x.size(); ++i) {
        counts[x[i]] += 1.0;
        rows.sumLogSpend += std::log(zbar[i]);
        rows.sumFrequencyLogSpend += x[i] * std::log(zbar[i]);
        rows.sumFrequencyLogFrequency += x[i] * std::log(x[i]);
    }
    for (const auto &[value, count] : counts) {
        rows.distinctFrequencies.push_back(value);
        rows.frequencyCounts.push_back(count);
    }
    return rows;
}

// From this many repeat buyers on, the spend terms are summed in fixed blocks on all cores.
constexpr Eigen::Index kParallelRows = 65536;
constexpr Eigen::Index kParallelBlock = 16384;

/// zbar given x is Gamma(p x, nu x) and nu ~ Gamma(q, gamma); integrating nu out gives per customer
/// lnG(px+q) - lnG(px) - lnG(q) + q ln(gamma) + (px-1) ln(zbar) + px ln(x) - (px+q) ln(gamma + x zbar),
/// summed here with the parameter-free sums and the per-x lgammas taken out of the loop.
double summedLogLikelihood(const SpendRows &rows, double p, double q, double gamma)
{
    const auto n = static_cast<double>(rows.frequency.size());
    double sum = n * (-std::lgamma(q) + q * std::log(gamma)) + p * rows.sumFrequencyLogSpend
        - rows.sumLogSpend + p * rows.sumFrequencyLogFrequency;
    for (std::size_t k = 0; k < rows.distinctFrequencies.size(); ++k) {
        const double px = p * rows.distinctFrequencies[k];
        sum += rows.frequencyCounts[k] * (std::lgamma(px + q) - std::lgamma(px));
    }
    const auto addRows = [&](Eigen::Index begin, Eigen::Index end, std::array<double, 1> &sums) {
        double spendTerms = 0.0;
        for (Eigen::Index i = begin; i < end; ++i) {
            const double x = rows.frequency(i);
            spendTerms += (p * x + q) * std::log(gamma + x * rows.meanSpend(i));
        }
        sums[0] = spendTerms;
    };
    return sum - detail::blockedSum<1>(rows.frequency.size(), kParallelRows, kParallelBlock, addRows)[0];
}

/// The same with its gradient with respect to (ln p, ln q, ln gamma), for the L-BFGS polish of a large base.
double summedLogLikelihoodWithGradient(const SpendRows &rows, const Vector &parameters, Vector &gradient)
{
    const double p = parameters(0);
    const double q = parameters(1);
    const double gamma = parameters(2);
    const auto n = static_cast<double>(rows.frequency.size());
    double sum = n * (-std::lgamma(q) + q * std::log(gamma)) + p * rows.sumFrequencyLogSpend
        - rows.sumLogSpend + p * rows.sumFrequencyLogFrequency;
    double byP = rows.sumFrequencyLogSpend + rows.sumFrequencyLogFrequency;
    double byQ = n * (-detail::digamma(q) + std::log(gamma));
    for (std::size_t k = 0; k < rows.distinctFrequencies.size(); ++k) {
        const double x = rows.distinctFrequencies[k];
        const double px = p * x;
        const double count = rows.frequencyCounts[k];
        sum += count * (std::lgamma(px + q) - std::lgamma(px));
        const double psiSum = detail::digamma(px + q);
        byP += count * x * (psiSum - detail::digamma(px));
        byQ += count * psiSum;
    }
    // Per row, with L = ln(gamma + x zbar): (px+q) L, x L, L and (px+q) / (gamma + x zbar).
    const auto addRows = [&](Eigen::Index begin, Eigen::Index end, std::array<double, 4> &sums) {
        for (Eigen::Index i = begin; i < end; ++i) {
            const double x = rows.frequency(i);
            const double shifted = gamma + x * rows.meanSpend(i);
            const double logShifted = std::log(shifted);
            sums[0] += (p * x + q) * logShifted;
            sums[1] += x * logShifted;
            sums[2] += logShifted;
            sums[3] += (p * x + q) / shifted;
        }
    };
    const std::array<double, 4> sums
        = detail::blockedSum<4>(rows.frequency.size(), kParallelRows, kParallelBlock, addRows);
    gradient.resize(3);
    gradient << p * (byP - sums[1]), q * (byQ - sums[2]), gamma * (n * q / gamma - sums[3]);
    return sum - sums[0];
}

/// Every step-th row of rows (a systematic sample), with its parameter-free sums.
SpendRows sampleRows(const SpendRows &rows, Eigen::Index step)
{
    RepeatPurchaseData sample;
    const Eigen::Index n = rows.frequency.size() / step;
    sample.frequency.resize(n);
    sample.meanRepeatSpend.resize(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        sample.frequency(i) = rows.frequency(i * step);
        sample.meanRepeatSpend(i) = rows.meanSpend(i * step);
    }
    return spendRows(sample);
}

double pearsonCorrelation(const Vector &a, const Vector &b)
{
    const Vector da = a.array() - a.mean();
    const Vector db = b.array() - b.mean();
    const double denominator = std::sqrt(da.squaredNorm() * db.squaredNorm());
    return denominator > 0.0 ? da.dot(db) / denominator : 0.0;
}

std::vector<Vector> startingPoints(const SpendRows &rows)
{
    // gamma is in money; each start puts the model's mean spend p gamma / (q-1) at the observed mean.
    const double meanSpend = rows.meanSpend.mean();
    std::vector<Vector> starts;
    for (const auto &[p, q] : {std::array<double, 2> {1.0, 2.0}, std::array<double, 2> {4.0, 4.0},
             std::array<double, 2> {10.0, 2.0}}) {
        Vector start(3);
        start << std::log(p), std::log(q), std::log(meanSpend * (q - 1.0) / p);
        starts.push_back(start);
    }
    return starts;
}

} // namespace

double GammaGammaModel::conditionalExpectedAverageProfit(double x, double zbar) const
{
    const double denominator = p * x + q - 1.0;
    if (!(denominator > 0.0)) {
        return HUGE_VAL;
    }
    return (p * gamma + p * x * zbar) / denominator;
}

double GammaGammaModel::logLikelihoodOf(const RepeatPurchaseData &data) const
{
    return summedLogLikelihood(spendRows(data), p, q, gamma);
}

std::vector<Error> validate(const GammaGammaParams &params)
{
    return detail::validateOptimiserSettings(params.maxEvaluations, params.tolerance);
}

Result<GammaGammaModel> fitGammaGamma(
    const RepeatPurchaseData &data, const GammaGammaParams &params, Progress &progress)
{
    if (std::vector<Error> errors = validate(params); !errors.empty()) {
        return std::move(errors.front());
    }
    if (std::vector<Error> errors = validate(data); !errors.empty()) {
        return std::move(errors.front());
    }
    if (data.meanRepeatSpend.size() != data.frequency.size()) {
        return makeError(ErrorCode::InvalidParameter,
            {"meanRepeatSpend length", std::to_string(data.meanRepeatSpend.size()),
                "the length of frequency"});
    }
    const SpendRows rows = spendRows(data);
    const auto repeatBuyers = static_cast<std::int64_t>((data.frequency.array() > 0.0).count());
    const std::int64_t usable = rows.frequency.size();
    if (usable < detail::kMinCustomers) {
        return makeError(
            ErrorCode::TooFewCustomers, {std::to_string(usable), std::to_string(detail::kMinCustomers)});
    }

    detail::LikelihoodProblem problem;
    problem.negativeLogLikelihood = [&rows](const Vector &logParameters) {
        const Vector v = logParameters.array().exp();
        return -summedLogLikelihood(rows, v(0), v(1), v(2));
    };
    problem.starts = startingPoints(rows);
    problem.maxEvaluations = params.maxEvaluations;
    problem.tolerance = params.tolerance;
    problem.stage = "clv.gammagamma";
    int sampleEvaluations = 0;
    if (usable > detail::kWarmStartCustomers) {
        // A large base, as for the purchase models: the simplex searches the starts on a systematic
        // sample, and L-BFGS with the analytic gradient polishes the sample's optimum on all buyers.
        const SpendRows sample = sampleRows(rows, usable / detail::kWarmStartSample);
        detail::LikelihoodProblem warm = problem;
        warm.negativeLogLikelihood = [&sample](const Vector &logParameters) {
            const Vector v = logParameters.array().exp();
            return -summedLogLikelihood(sample, v(0), v(1), v(2));
        };
        warm.starts = startingPoints(sample);
        Result<detail::LikelihoodOptimum> sampled = detail::maximiseLikelihood(warm, progress);
        if (!sampled) {
            return sampled.error();
        }
        sampleEvaluations = sampled.value().evaluations;
        if (sampled.value().parameters.allFinite() && (sampled.value().parameters.array() > 0.0).all()) {
            problem.starts = {sampled.value().parameters.array().log()};
            problem.tolerance = std::max(params.tolerance, detail::kPolishTolerance);
            problem.negativeLogLikelihoodWithGradient
                = [&rows](const Vector &logParameters, Vector &gradient) {
                      const double logLikelihood
                          = summedLogLikelihoodWithGradient(rows, logParameters.array().exp(), gradient);
                      gradient = -gradient;
                      return -logLikelihood;
                  };
        }
    }
    Result<detail::LikelihoodOptimum> optimum = detail::maximiseLikelihood(problem, progress);
    if (!optimum) {
        return optimum.error();
    }

    const detail::LikelihoodOptimum &best = optimum.value();
    GammaGammaModel model;
    model.p = best.parameters(0);
    model.q = best.parameters(1);
    model.gamma = best.parameters(2);
    model.logLikelihood = best.logLikelihood;
    model.evaluations = best.evaluations + sampleEvaluations;
    model.converged = best.converged;
    model.standardErrors = {best.standardErrors(0), best.standardErrors(1), best.standardErrors(2)};
    model.logCovariance = best.logCovariance;
    model.customerCount = usable;
    model.excludedCount = repeatBuyers - usable;
    model.frequencySpendCorrelation = pearsonCorrelation(rows.frequency, rows.meanSpend);
    if (std::optional<std::string> warning = detail::fewRepeatBuyersWarning(usable)) {
        model.warnings.push_back(std::move(*warning));
    }
    if (model.excludedCount > 0) {
        model.warnings.push_back(std::to_string(model.excludedCount)
            + " repeat buyers with a mean spend of 0 or less were left out (the model needs positive spend)");
    }
    if (std::abs(model.frequencySpendCorrelation) > kCorrelationWarning) {
        model.warnings.push_back("frequency and spend are correlated (Pearson "
            + detail::formatNumber(model.frequencySpendCorrelation)
            + "); the model assumes they are independent, so value predictions may be biased");
    }
    model.warnings.insert(model.warnings.end(), best.warnings.begin(), best.warnings.end());
    if (!(model.q > 1.0)) {
        model.warnings.emplace_back("q <= 1: the population has no finite mean spend; expected spend of "
                                    "customers without repeat purchases is infinite");
    }
    return model;
}

} // namespace segmenta::engine
