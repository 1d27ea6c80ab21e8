// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "value/CustomerLifetimeValue.h"
#include "value/RepeatPurchaseSummary.h"

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

namespace segmenta::engine {

/// One period of the calibration-and-holdout tracking plot: repeat purchases of the calibration
/// customers up to the end of the period, as counted and as the purchase model expected.
struct TrackingPoint
{
    int period = 0; ///< 1-based; period k covers days [start + 7(k-1), start + 7k) (the last may be shorter)
    std::int64_t endDay = 0; ///< last day of the period (days since 1970-01-01), inclusive
    double actual = 0.0; ///< repeat purchases (same-day purchases merged) on or before endDay, cumulative
    double expected = 0.0; ///< sum over customers of E[X(endDay - first purchase)], cumulative
};

/// Holdout purchases of the customers with one calibration frequency, per customer.
struct ConditionalExpectation
{
    int frequency = 0; ///< repeat purchases in the calibration period; the last group is "this or more"
    bool isOpenEnded = false; ///< true for the last group (frequency or more)
    std::int64_t customerCount = 0;
    double actual = 0.0; ///< mean holdout purchases, NaN for an empty group
    double expected = 0.0; ///< mean E[Y(holdout length) | x, t_x, T], NaN for an empty group
};

/// P(alive) over frequency x recency for a customer of the oldest age in the data (the heatmap of the
/// buy-till-you-die literature).
struct AliveGrid
{
    std::vector<double> frequencies; ///< 0, 1, 2, … up to the largest frequency seen (at most 40)
    std::vector<double> recencies; ///< 0 .. age in whole steps of the time unit (at most 41 values)
    double age = 0.0; ///< T the grid is computed at: the largest age in the data
    /// Row-major [frequency][recency]; NaN where no history exists (frequency 0 with recency > 0).
    std::vector<double> probability;
};

/// Purchase-model predictions as functions, so that BG/NBD and Pareto/NBD share these diagnostics.
using AliveProbability = std::function<double(double x, double tx, double T)>;

/// The tracking plot: weekly (in the data's time unit: 7 days or 1 day × 7) cumulative repeat purchases
/// of the customers in `data`, counted from `transactions` with same-day purchases merged, against the
/// model's expectation, from the first customer's first purchase to data.observationEnd.
/// Requires: data was summarised from these transactions with SameDayPolicy::Merge and customer keys.
std::vector<TrackingPoint> trackRepeatPurchases(std::span<const Transaction> transactions,
    const RepeatPurchaseData &data, const ExpectedPurchases &purchases);

/// Mean holdout purchases by calibration frequency 0, 1, …, openEndedFrom - 1 and openEndedFrom or more,
/// actual and expected. Empty when there is no holdout period (observationEnd == calibrationEnd).
std::vector<ConditionalExpectation> conditionalExpectations(
    const RepeatPurchaseData &data, const ExpectedPurchases &purchases, int openEndedFrom = 7);

/// The P(alive) heatmap over the data's frequencies and recencies at its largest age.
AliveGrid aliveGrid(const RepeatPurchaseData &data, const AliveProbability &alive);

/// Plain-language warnings about the data (too few repeat buyers, too short a history): the models are
/// fitted anyway, these say how far to trust them. English sentences; empty when the data are ample.
std::vector<std::string> dataSufficiencyWarnings(const RepeatPurchaseData &data);

/// The ready-made CLV tiers, best first.
enum class ClvTier
{
    Top1, ///< the top 1 % of customers by CLV
    Top5, ///< the next, to the top 5 %
    Top20, ///< the next, to the top 20 %
    Rest, ///< the other 80 %
};
constexpr int clvTierCount = 4;

/// Share of customers at the bottom of each tier but the last: 0.01, 0.05, 0.20.
double clvTierShare(ClvTier tier);
/// "Top 1%", "Top 1-5%", "Top 5-20%", "Rest".
std::string clvTierName(ClvTier tier);

/// Each customer's tier (its index, 0 = Top1), or -1 for a missing (NaN) value. With n customers of known
/// value, a customer's rank is the number of customers with a strictly higher value, and the customer is
/// in the first tier whose share s has rank < ceil(s n). So ties share a tier, ties at a boundary all go
/// to the better tier (a tier can hold a few more than its share), and with few customers the top tiers
/// may be empty (n = 20: the top 1 % and top 5 % both need rank < 1; the first customer is Top1).
std::vector<int> clvTiers(std::span<const double> values);

/// Who counts as "at risk of being lost".
struct AtRiskRule
{
    /// Valuable: among the top valueShare of customers by past value (ranked as clvTiers does), in (0, 1].
    double valueShare = 0.2;
    /// At risk: valuable and P(alive) strictly below this, in (0, 1].
    double maxAliveProbability = 0.5;
};

/// Errors: ErrorCode::InvalidParameter {field, value, allowed range} per field out of range.
std::vector<Error> validate(const AtRiskRule &rule);

/// Positions of the customers at risk: past value > 0 and in the top rule.valueShare, P(alive) below
/// rule.maxAliveProbability; ordered by past value, highest first (ties by position).
std::vector<std::size_t> atRiskCustomers(
    std::span<const double> pastValue, std::span<const double> aliveProbability, const AtRiskRule &rule);

} // namespace segmenta::engine
