// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "value/CustomerLifetimeValue.h"

#include "value/detail/BgNbdKernels.h"
#include "value/detail/BuyTillYouDie.h"
#include "value/detail/DiscountedValue.h"

#include <cmath>
#include <optional>

namespace segmenta::engine {

namespace {

constexpr int kMaxHorizonMonths = 1200;

const char *unitName(TimeUnit unit)
{
    return unit == TimeUnit::Weeks ? "weeks" : "days";
}

} // namespace

std::vector<Error> validate(const CustomerLifetimeValueParams &params)
{
    std::vector<Error> errors;
    if (params.horizonMonths < 1 || params.horizonMonths > kMaxHorizonMonths) {
        errors.push_back(makeError(
            ErrorCode::InvalidParameter, {"horizonMonths", std::to_string(params.horizonMonths), "1..1200"}));
    }
    if (!(params.monthlyDiscountRate >= 0.0 && std::isfinite(params.monthlyDiscountRate))) {
        errors.push_back(makeError(ErrorCode::InvalidParameter,
            {"monthlyDiscountRate", detail::formatNumber(params.monthlyDiscountRate), ">= 0, finite"}));
    }
    if (params.monthLength && !(*params.monthLength > 0.0 && std::isfinite(*params.monthLength))) {
        errors.push_back(makeError(ErrorCode::InvalidParameter,
            {"monthLength", detail::formatNumber(*params.monthLength), "> 0, finite"}));
    }
    return errors;
}

namespace {

/// The checks both overloads make before valuing anyone.
std::optional<Error> checkInputs(
    TimeUnit unit, const RepeatPurchaseData &data, const CustomerLifetimeValueParams &params)
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
    if (data.timeUnit != unit) {
        return makeError(ErrorCode::InvalidParameter,
            {"timeUnit", unitName(data.timeUnit),
                std::string("the unit the model was fitted in (") + unitName(unit) + ")"});
    }
    return std::nullopt;
}

} // namespace

Result<Vector> customerLifetimeValue(const BgNbdModel &purchases, const GammaGammaModel &spend,
    const RepeatPurchaseData &data, const CustomerLifetimeValueParams &params)
{
    if (std::optional<Error> error = checkInputs(purchases.timeUnit, data, params)) {
        return std::move(*error);
    }
    // The bootstrap values every draw with the same function, so the point estimate and the ranges
    // cannot drift apart.
    const double month = detail::monthLength(params.monthLength, data.timeUnit);
    const std::vector<double> discounts
        = detail::monthlyDiscountFactors(params.horizonMonths, params.monthlyDiscountRate);
    detail::BgNbdValueScratch scratch;
    Vector value(data.frequency.size());
    for (Eigen::Index i = 0; i < value.size(); ++i) {
        const double x = data.frequency(i);
        value(i) = detail::bgNbdDiscountedValue(purchases, x, data.recency(i), data.age(i),
            spend.conditionalExpectedAverageProfit(x, data.meanRepeatSpend(i)), month, discounts, scratch);
    }
    return value;
}

Result<Vector> customerLifetimeValue(const ExpectedPurchases &purchases, TimeUnit unit,
    const GammaGammaModel &spend, const RepeatPurchaseData &data, const CustomerLifetimeValueParams &params)
{
    if (std::optional<Error> error = checkInputs(unit, data, params)) {
        return std::move(*error);
    }
    const double month = detail::monthLength(params.monthLength, data.timeUnit);

    const std::vector<double> discounts
        = detail::monthlyDiscountFactors(params.horizonMonths, params.monthlyDiscountRate);
    Vector value(data.frequency.size());
    for (Eigen::Index i = 0; i < value.size(); ++i) {
        const double x = data.frequency(i);
        const double tx = data.recency(i);
        const double T = data.age(i);
        const double averageSpend = spend.conditionalExpectedAverageProfit(x, data.meanRepeatSpend(i));
        value(i) = detail::discountedValue(
            [&](double t) { return purchases(t, x, tx, T); }, averageSpend, month, discounts);
    }
    return value;
}

} // namespace segmenta::engine
