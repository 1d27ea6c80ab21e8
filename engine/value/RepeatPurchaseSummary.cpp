// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "value/RepeatPurchaseSummary.h"

#include "value/detail/BuyTillYouDie.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>

namespace segmenta::engine {

namespace {

constexpr double kDaysPerWeek = 7.0;

/// One purchase occasion of a customer after the same-day policy was applied.
struct Occasion
{
    std::int64_t day = 0;
    double amount = 0.0;
};

/// Input rows of one customer, in input order.
struct CustomerRows
{
    std::vector<std::size_t> rows;
};

std::vector<Occasion> occasionsOf(
    const CustomerRows &customer, std::span<const Transaction> transactions, SameDayPolicy policy)
{
    std::vector<Occasion> occasions;
    occasions.reserve(customer.rows.size());
    for (std::size_t row : customer.rows) {
        occasions.push_back({transactions[row].day, transactions[row].amount});
    }
    // Stable, so that with CountEach the first transaction of the first day in input order is the first
    // purchase.
    std::stable_sort(occasions.begin(), occasions.end(),
        [](const Occasion &left, const Occasion &right) { return left.day < right.day; });
    if (policy == SameDayPolicy::Merge) {
        std::vector<Occasion> merged;
        for (const Occasion &occasion : occasions) {
            if (!merged.empty() && merged.back().day == occasion.day) {
                merged.back().amount += occasion.amount;
            } else {
                merged.push_back(occasion);
            }
        }
        return merged;
    }
    return occasions;
}

} // namespace

Result<RepeatPurchaseData> summariseRepeatPurchases(
    std::span<const Transaction> transactions, const RepeatPurchaseSummaryParams &params)
{
    std::unordered_map<std::string_view, std::size_t> customerIndex;
    std::vector<CustomerRows> customers;
    std::vector<std::string_view> keys;
    std::int64_t observationEnd = 0;
    for (std::size_t row = 0; row < transactions.size(); ++row) {
        const Transaction &transaction = transactions[row];
        if (!std::isfinite(transaction.amount)) {
            return makeError(ErrorCode::InvalidParameter,
                {"amount (transaction " + std::to_string(row + 1) + ")",
                    detail::formatNumber(transaction.amount), "finite"});
        }
        const auto [where, inserted] = customerIndex.try_emplace(transaction.customerKey, customers.size());
        if (inserted) {
            customers.emplace_back();
            keys.push_back(transaction.customerKey);
        }
        customers[where->second].rows.push_back(row);
        observationEnd = row == 0 ? transaction.day : std::max(observationEnd, transaction.day);
    }
    const std::int64_t calibrationEnd = params.calibrationEnd.value_or(observationEnd);
    const double unit = params.timeUnit == TimeUnit::Weeks ? kDaysPerWeek : 1.0;

    RepeatPurchaseData data;
    data.timeUnit = params.timeUnit;
    data.calibrationEnd = calibrationEnd;
    data.observationEnd = observationEnd;
    const auto capacity = static_cast<Eigen::Index>(customers.size());
    data.frequency.resize(capacity);
    data.recency.resize(capacity);
    data.age.resize(capacity);
    data.meanRepeatSpend.resize(capacity);
    data.holdoutFrequency.resize(capacity);
    Eigen::Index kept = 0;
    for (std::size_t c = 0; c < customers.size(); ++c) {
        const std::vector<Occasion> occasions = occasionsOf(customers[c], transactions, params.sameDayPolicy);
        const std::int64_t first = occasions.front().day;
        if (first > calibrationEnd) {
            ++data.laterCustomerCount;
            continue;
        }
        std::int64_t last = first;
        double repeatSpend = 0.0;
        std::int64_t repeats = 0;
        std::int64_t holdout = 0;
        for (std::size_t k = 1; k < occasions.size(); ++k) {
            if (occasions[k].day > calibrationEnd) {
                ++holdout;
                continue;
            }
            ++repeats;
            repeatSpend += occasions[k].amount;
            last = occasions[k].day;
        }
        data.customerKeys.emplace_back(keys[c]);
        data.frequency(kept) = static_cast<double>(repeats);
        data.recency(kept) = static_cast<double>(last - first) / unit;
        data.age(kept) = static_cast<double>(calibrationEnd - first) / unit;
        data.meanRepeatSpend(kept) = repeats > 0 ? repeatSpend / static_cast<double>(repeats) : 0.0;
        data.holdoutFrequency(kept) = static_cast<double>(holdout);
        ++kept;
    }
    if (kept == 0) {
        return makeError(ErrorCode::TooFewCustomers, {"0", "1"});
    }
    data.frequency.conservativeResize(kept);
    data.recency.conservativeResize(kept);
    data.age.conservativeResize(kept);
    data.meanRepeatSpend.conservativeResize(kept);
    data.holdoutFrequency.conservativeResize(kept);
    return data;
}

std::vector<Error> validate(const RepeatPurchaseData &data)
{
    std::vector<Error> errors;
    const Eigen::Index n = data.frequency.size();
    const auto invalid = [&errors](const std::string &field, const std::string &value, const char *allowed) {
        errors.push_back(makeError(ErrorCode::InvalidParameter, {field, value, allowed}));
    };
    const auto checkLength = [&](const char *column, Eigen::Index length, bool mayBeEmpty) {
        if (length != n && !(mayBeEmpty && length == 0)) {
            invalid(std::string(column) + " length", std::to_string(length),
                mayBeEmpty ? "0 or the length of frequency" : "the length of frequency");
            return false;
        }
        return true;
    };
    bool lengthsAgree = checkLength("recency", data.recency.size(), false);
    lengthsAgree = checkLength("age", data.age.size(), false) && lengthsAgree;
    lengthsAgree = checkLength("meanRepeatSpend", data.meanRepeatSpend.size(), true) && lengthsAgree;
    lengthsAgree = checkLength("holdoutFrequency", data.holdoutFrequency.size(), true) && lengthsAgree;
    if (!lengthsAgree) {
        return errors;
    }
    // One error per column is enough to explain the problem; the first offending row is named.
    const auto firstRow = [&](const char *column, const char *allowed, auto isBad, const Vector &values) {
        for (Eigen::Index i = 0; i < values.size(); ++i) {
            if (isBad(i)) {
                invalid(std::string(column) + " (customer " + std::to_string(i + 1) + ")",
                    detail::formatNumber(values(i)), allowed);
                return;
            }
        }
    };
    const Vector &x = data.frequency;
    const Vector &tx = data.recency;
    const Vector &age = data.age;
    firstRow(
        "frequency", "a whole number >= 0",
        [&](Eigen::Index i) { return !std::isfinite(x(i)) || x(i) < 0.0 || x(i) != std::floor(x(i)); }, x);
    firstRow(
        "age", ">= 0, finite", [&](Eigen::Index i) { return !std::isfinite(age(i)) || age(i) < 0.0; }, age);
    firstRow(
        "recency", "0 <= recency <= age, and 0 when frequency is 0",
        [&](Eigen::Index i) {
            return !std::isfinite(tx(i)) || tx(i) < 0.0 || tx(i) > age(i) || (x(i) == 0.0 && tx(i) != 0.0);
        },
        tx);
    if (data.meanRepeatSpend.size() == n) {
        firstRow(
            "meanRepeatSpend", "finite",
            [&](Eigen::Index i) { return !std::isfinite(data.meanRepeatSpend(i)); }, data.meanRepeatSpend);
    }
    return errors;
}

} // namespace segmenta::engine
