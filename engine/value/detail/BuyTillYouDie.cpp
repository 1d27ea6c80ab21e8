// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "value/detail/BuyTillYouDie.h"

#include "value/detail/CompressedRows.h"

#include "value/detail/LikelihoodFit.h"
#include <algorithm>

#include <sstream>

namespace segmenta::engine::detail {

namespace {

constexpr int kMinEvaluations = 100;
constexpr double kMaxTolerance = 1e-3;

} // namespace

std::string formatNumber(double value)
{
    std::ostringstream out;
    out << value;
    return out.str();
}

std::vector<Error> validateOptimiserSettings(int maxEvaluations, double tolerance)
{
    std::vector<Error> errors;
    if (maxEvaluations < kMinEvaluations) {
        errors.push_back(makeError(ErrorCode::InvalidParameter,
            {"maxEvaluations", std::to_string(maxEvaluations), ">= " + std::to_string(kMinEvaluations)}));
    }
    if (!(tolerance > 0.0 && tolerance <= kMaxTolerance)) {
        errors.push_back(
            makeError(ErrorCode::InvalidParameter, {"tolerance", formatNumber(tolerance), "in (0, 0.001]"}));
    }
    return errors;
}

Result<std::int64_t> checkPurchaseData(const RepeatPurchaseData &data)
{
    if (std::vector<Error> errors = validate(data); !errors.empty()) {
        return std::move(errors.front());
    }
    const std::int64_t customers = data.frequency.size();
    if (customers < kMinCustomers) {
        return makeError(
            ErrorCode::TooFewCustomers, {std::to_string(customers), std::to_string(kMinCustomers)});
    }
    const auto repeatBuyers = static_cast<std::int64_t>((data.frequency.array() > 0.0).count());
    if (repeatBuyers == 0) {
        // Error.h has no code for "nobody bought twice"; zero usable (repeat-buying) customers of at
        // least one needed is the closest reading of TooFewCustomers.
        return makeError(ErrorCode::TooFewCustomers, {"0", "1"});
    }
    return repeatBuyers;
}

std::optional<std::string> fewRepeatBuyersWarning(std::int64_t repeatBuyers)
{
    if (repeatBuyers >= kFewRepeatBuyers) {
        return std::nullopt;
    }
    return "only " + std::to_string(repeatBuyers) + " repeat buyers; estimates are uncertain";
}

Result<CountingModelFit> fitCountingModel(const RepeatPurchaseData &data, CountingLogLikelihood logLikelihood,
    CountingLogLikelihoodWithGradient withGradient, CountingStartingPoints startingPoints, int maxEvaluations,
    double tolerance, const char *stage, Progress &progress)
{
    Result<std::int64_t> repeatBuyers = checkPurchaseData(data);
    if (!repeatBuyers) {
        return repeatBuyers.error();
    }
    const CompressedRows rows = compressRows(data.frequency, data.recency, data.age);
    LikelihoodProblem problem;
    problem.starts = startingPoints(data);
    int sampleEvaluations = 0;
    double polishTolerance = tolerance;
    if (data.frequency.size() > kWarmStartCustomers) {
        // A large base: the starts are searched on a systematic sample (every k-th customer), and all
        // customers only polish the sample's optimum from a small simplex. Same optimum, a fraction of the
        // passes over a million rows.
        const Eigen::Index step = data.frequency.size() / kWarmStartSample;
        RepeatPurchaseData sample;
        sample.timeUnit = data.timeUnit;
        const Eigen::Index n = data.frequency.size() / step;
        sample.frequency.resize(n);
        sample.recency.resize(n);
        sample.age.resize(n);
        for (Eigen::Index i = 0; i < n; ++i) {
            sample.frequency(i) = data.frequency(i * step);
            sample.recency(i) = data.recency(i * step);
            sample.age(i) = data.age(i * step);
        }
        const CompressedRows sampleRows = compressRows(sample.frequency, sample.recency, sample.age);
        LikelihoodProblem warm;
        warm.negativeLogLikelihood = [&sampleRows, logLikelihood](const Vector &logParameters) {
            const Vector p = logParameters.array().exp();
            return -logLikelihood(sampleRows, p(0), p(1), p(2), p(3));
        };
        warm.starts = startingPoints(sample);
        warm.maxEvaluations = maxEvaluations;
        warm.tolerance = tolerance;
        warm.stage = stage;
        Result<LikelihoodOptimum> sampled = maximiseLikelihood(warm, progress);
        if (!sampled) {
            return sampled.error();
        }
        if ((sampled.value().parameters.array() > 0.0).all()) {
            problem.starts = {sampled.value().parameters.array().log()};
            problem.initialStep = kPolishStep;
            polishTolerance = std::max(tolerance, kPolishTolerance);
            if (withGradient != nullptr) {
                // From a start this close, L-BFGS needs tens of passes over all customers where the
                // simplex needed hundreds.
                problem.negativeLogLikelihoodWithGradient
                    = [&rows, withGradient](const Vector &logParameters, Vector &gradient) {
                          const double value = withGradient(rows, logParameters.array().exp(), gradient);
                          gradient = -gradient;
                          return -value;
                      };
            }
        }
        sampleEvaluations = sampled.value().evaluations;
    }
    problem.negativeLogLikelihood = [&rows, logLikelihood](const Vector &logParameters) {
        const Vector p = logParameters.array().exp();
        return -logLikelihood(rows, p(0), p(1), p(2), p(3));
    };
    problem.maxEvaluations = maxEvaluations;
    problem.tolerance = polishTolerance;
    problem.stage = stage;
    Result<LikelihoodOptimum> optimum = maximiseLikelihood(problem, progress);
    if (!optimum) {
        return optimum.error();
    }
    const LikelihoodOptimum &best = optimum.value();
    CountingModelFit fit;
    fit.parameters = best.parameters;
    fit.standardErrors = best.standardErrors;
    fit.logCovariance = best.logCovariance;
    fit.logLikelihood = best.logLikelihood;
    fit.evaluations = best.evaluations + sampleEvaluations;
    fit.converged = best.converged;
    fit.customerCount = data.frequency.size();
    fit.repeatBuyerCount = repeatBuyers.value();
    if (std::optional<std::string> warning = fewRepeatBuyersWarning(fit.repeatBuyerCount)) {
        fit.warnings.push_back(std::move(*warning));
    }
    fit.warnings.insert(fit.warnings.end(), best.warnings.begin(), best.warnings.end());
    return fit;
}

} // namespace segmenta::engine::detail
