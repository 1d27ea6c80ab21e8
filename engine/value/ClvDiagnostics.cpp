// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "value/ClvDiagnostics.h"

#include "value/detail/BuyTillYouDie.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <unordered_map>

namespace segmenta::engine {

namespace {

constexpr std::int64_t kDaysPerPeriod = 7;
constexpr double kDaysPerWeek = 7.0;
constexpr int kMaxGridFrequency = 40;
constexpr int kMaxGridSteps = 40;
// Data-sufficiency thresholds: below them the fit still runs, and the user is told in plain words.
constexpr std::int64_t kEnoughRepeatBuyers = 100;
constexpr double kEnoughCalibrationWeeks = 26.0;
constexpr double kEnoughHoldoutShare = 0.1;
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

double daysPerUnit(TimeUnit unit)
{
    return unit == TimeUnit::Weeks ? kDaysPerWeek : 1.0;
}

/// Per value, the number of values strictly greater (NaN values: -1).
std::vector<std::int64_t> ranksFromTop(std::span<const double> values, std::int64_t &known)
{
    std::vector<double> sorted;
    sorted.reserve(values.size());
    for (double value : values) {
        if (!std::isnan(value)) {
            sorted.push_back(value);
        }
    }
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    known = static_cast<std::int64_t>(sorted.size());
    std::vector<std::int64_t> ranks(values.size(), -1);
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!std::isnan(values[i])) {
            // First position whose value is not greater than values[i]: the count of greater values.
            ranks[i] = std::lower_bound(sorted.begin(), sorted.end(), values[i], std::greater<>())
                - sorted.begin();
        }
    }
    return ranks;
}

std::int64_t tierCut(double share, std::int64_t known)
{
    return static_cast<std::int64_t>(std::ceil(share * static_cast<double>(known) - 1e-9));
}

} // namespace

std::vector<TrackingPoint> trackRepeatPurchases(std::span<const Transaction> transactions,
    const RepeatPurchaseData &data, const ExpectedPurchases &purchases)
{
    std::unordered_map<std::string, std::size_t> position;
    position.reserve(data.customerKeys.size());
    for (std::size_t i = 0; i < data.customerKeys.size(); ++i) {
        position.emplace(data.customerKeys[i], i);
    }
    std::vector<std::vector<std::int64_t>> days(data.customerKeys.size());
    for (const Transaction &transaction : transactions) {
        if (const auto found = position.find(transaction.customerKey); found != position.end()) {
            days[found->second].push_back(transaction.day);
        }
    }
    std::int64_t start = std::numeric_limits<std::int64_t>::max();
    std::map<std::int64_t, std::int64_t> firstDays; // first purchase day -> customers
    for (std::vector<std::int64_t> &customerDays : days) {
        if (customerDays.empty()) {
            continue;
        }
        std::sort(customerDays.begin(), customerDays.end());
        customerDays.erase(std::unique(customerDays.begin(), customerDays.end()), customerDays.end());
        start = std::min(start, customerDays.front());
        ++firstDays[customerDays.front()];
    }
    if (firstDays.empty() || data.observationEnd < start) {
        return {};
    }
    const auto periods = static_cast<std::size_t>((data.observationEnd - start) / kDaysPerPeriod + 1);
    std::vector<double> repeatsInPeriod(periods, 0.0);
    for (const std::vector<std::int64_t> &customerDays : days) {
        for (std::size_t k = 1; k < customerDays.size(); ++k) {
            if (customerDays[k] <= data.observationEnd) {
                repeatsInPeriod[static_cast<std::size_t>((customerDays[k] - start) / kDaysPerPeriod)] += 1.0;
            }
        }
    }
    const double unit = daysPerUnit(data.timeUnit);
    std::vector<TrackingPoint> tracking(periods);
    double cumulative = 0.0;
    for (std::size_t k = 0; k < periods; ++k) {
        TrackingPoint &point = tracking[k];
        point.period = static_cast<int>(k + 1);
        point.endDay
            = std::min(start + kDaysPerPeriod * static_cast<std::int64_t>(k + 1) - 1, data.observationEnd);
        cumulative += repeatsInPeriod[k];
        point.actual = cumulative;
        for (const auto &[firstDay, customers] : firstDays) {
            if (firstDay > point.endDay) {
                break;
            }
            point.expected += static_cast<double>(customers)
                * purchases(static_cast<double>(point.endDay - firstDay) / unit, 0.0, 0.0, 0.0);
        }
    }
    return tracking;
}

std::vector<ConditionalExpectation> conditionalExpectations(
    const RepeatPurchaseData &data, const ExpectedPurchases &purchases, int openEndedFrom)
{
    if (data.observationEnd <= data.calibrationEnd || data.holdoutFrequency.size() != data.frequency.size()) {
        return {};
    }
    const double holdout
        = static_cast<double>(data.observationEnd - data.calibrationEnd) / daysPerUnit(data.timeUnit);
    std::vector<ConditionalExpectation> groups(static_cast<std::size_t>(openEndedFrom + 1));
    for (int f = 0; f <= openEndedFrom; ++f) {
        groups[static_cast<std::size_t>(f)].frequency = f;
    }
    groups.back().isOpenEnded = true;
    for (Eigen::Index i = 0; i < data.frequency.size(); ++i) {
        const double x = data.frequency(i);
        ConditionalExpectation &group
            = groups[static_cast<std::size_t>(std::min(static_cast<double>(openEndedFrom), x))];
        ++group.customerCount;
        group.actual += data.holdoutFrequency(i);
        group.expected += purchases(holdout, x, data.recency(i), data.age(i));
    }
    for (ConditionalExpectation &group : groups) {
        const auto n = static_cast<double>(group.customerCount);
        group.actual = group.customerCount > 0 ? group.actual / n : kNan;
        group.expected = group.customerCount > 0 ? group.expected / n : kNan;
    }
    return groups;
}

AliveGrid aliveGrid(const RepeatPurchaseData &data, const AliveProbability &alive)
{
    AliveGrid grid;
    if (data.frequency.size() == 0) {
        return grid;
    }
    grid.age = data.age.maxCoeff();
    const int maxFrequency = std::min(kMaxGridFrequency, static_cast<int>(data.frequency.maxCoeff()));
    for (int f = 0; f <= maxFrequency; ++f) {
        grid.frequencies.push_back(f);
    }
    const double step = std::max(1.0, std::ceil(grid.age / kMaxGridSteps));
    for (double recency = 0.0; recency <= grid.age; recency += step) {
        grid.recencies.push_back(recency);
    }
    for (double f : grid.frequencies) {
        for (double recency : grid.recencies) {
            grid.probability.push_back(f == 0.0 && recency > 0.0 ? kNan : alive(f, recency, grid.age));
        }
    }
    return grid;
}

std::vector<std::string> dataSufficiencyWarnings(const RepeatPurchaseData &data)
{
    std::vector<std::string> warnings;
    const auto customers = static_cast<std::int64_t>(data.frequency.size());
    const auto repeatBuyers = static_cast<std::int64_t>((data.frequency.array() > 0.0).count());
    if (repeatBuyers < kEnoughRepeatBuyers) {
        warnings.push_back("Only " + std::to_string(repeatBuyers) + " of " + std::to_string(customers)
            + " customers bought more than once. The models learn how often people come back from repeat "
              "buyers; with fewer than 100 the estimates are rough and the CLV ranges wide.");
    }
    const double weeks
        = customers > 0 ? data.age.maxCoeff() * daysPerUnit(data.timeUnit) / kDaysPerWeek : 0.0;
    if (weeks < kEnoughCalibrationWeeks) {
        warnings.push_back("The purchase history used for fitting covers only "
            + detail::formatNumber(std::round(weeks))
            + " weeks. With less than half a year the models cannot tell customers who buy rarely from "
              "customers who are gone; treat P(alive) and CLV as rough.");
    }
    const double calibrationDays = weeks * kDaysPerWeek;
    const auto holdoutDays = static_cast<double>(data.observationEnd - data.calibrationEnd);
    if (holdoutDays > 0.0 && holdoutDays < kEnoughHoldoutShare * calibrationDays) {
        warnings.push_back("The holdout period is short compared with the calibration period, so the "
                           "actual-versus-expected check says little.");
    }
    return warnings;
}

double clvTierShare(ClvTier tier)
{
    switch (tier) {
    case ClvTier::Top1:
        return 0.01;
    case ClvTier::Top5:
        return 0.05;
    case ClvTier::Top20:
        return 0.20;
    case ClvTier::Rest:
        break;
    }
    return 1.0;
}

std::string clvTierName(ClvTier tier)
{
    switch (tier) {
    case ClvTier::Top1:
        return "Top 1%";
    case ClvTier::Top5:
        return "Top 1-5%";
    case ClvTier::Top20:
        return "Top 5-20%";
    case ClvTier::Rest:
        break;
    }
    return "Rest";
}

std::vector<int> clvTiers(std::span<const double> values)
{
    std::int64_t known = 0;
    const std::vector<std::int64_t> ranks = ranksFromTop(values, known);
    const std::int64_t cuts[] = {tierCut(clvTierShare(ClvTier::Top1), known),
        tierCut(clvTierShare(ClvTier::Top5), known), tierCut(clvTierShare(ClvTier::Top20), known)};
    std::vector<int> tiers(values.size(), -1);
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (ranks[i] < 0) {
            continue;
        }
        int tier = clvTierCount - 1;
        for (int t = 0; t < clvTierCount - 1; ++t) {
            if (ranks[i] < cuts[t]) {
                tier = t;
                break;
            }
        }
        tiers[i] = tier;
    }
    return tiers;
}

std::vector<Error> validate(const AtRiskRule &rule)
{
    std::vector<Error> errors;
    if (!(rule.valueShare > 0.0 && rule.valueShare <= 1.0)) {
        errors.push_back(makeError(
            ErrorCode::InvalidParameter, {"valueShare", detail::formatNumber(rule.valueShare), "(0, 1]"}));
    }
    if (!(rule.maxAliveProbability > 0.0 && rule.maxAliveProbability <= 1.0)) {
        errors.push_back(makeError(ErrorCode::InvalidParameter,
            {"maxAliveProbability", detail::formatNumber(rule.maxAliveProbability), "(0, 1]"}));
    }
    return errors;
}

std::vector<std::size_t> atRiskCustomers(
    std::span<const double> pastValue, std::span<const double> aliveProbability, const AtRiskRule &rule)
{
    std::int64_t known = 0;
    const std::vector<std::int64_t> ranks = ranksFromTop(pastValue, known);
    const std::int64_t cut = tierCut(rule.valueShare, known);
    std::vector<std::size_t> atRisk;
    for (std::size_t i = 0; i < pastValue.size(); ++i) {
        if (ranks[i] >= 0 && ranks[i] < cut && pastValue[i] > 0.0
            && aliveProbability[i] < rule.maxAliveProbability) {
            atRisk.push_back(i);
        }
    }
    std::stable_sort(atRisk.begin(), atRisk.end(),
        [&](std::size_t left, std::size_t right) { return pastValue[left] > pastValue[right]; });
    return atRisk;
}

} // namespace segmenta::engine
