// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Error.h"
#include "core/Matrix.h"
#include "core/Result.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace segmenta::engine {

/// How several purchases by one customer on the same day are counted.
enum class SameDayPolicy
{
    /// One purchase occasion per day, its amount the day's total. The buy-till-you-die papers (and the
    /// published CDNOW figures) count repeat purchase *days*: two orders an hour apart are one visit.
    Merge,
    /// Every transaction is a purchase; the first transaction of the first day is the first purchase.
    CountEach,
};

/// The unit of recency, age and every time argument of the models fitted to the summary.
enum class TimeUnit
{
    Days,
    Weeks, ///< days / 7, as in the CDNOW papers
};

/// One purchase as it comes from the transaction table.
struct Transaction
{
    std::string customerKey; ///< any string identifying the customer; compared byte for byte
    std::int64_t day = 0; ///< purchase date as days since 1970-01-01 (the time of day is not used)
    double amount = 0.0; ///< money spent, finite; zero and negative amounts (returns) are kept as they are
};

/// What summariseRepeatPurchases() is asked to do.
struct RepeatPurchaseSummaryParams
{
    SameDayPolicy sameDayPolicy = SameDayPolicy::Merge; ///< see SameDayPolicy; Merge for the published models
    TimeUnit timeUnit = TimeUnit::Weeks; ///< unit of recency and age
    /// Last day (inclusive, days since 1970-01-01) of the calibration period. Later transactions do not
    /// enter frequency, recency, age or spend and are counted in holdoutFrequency instead; customers
    /// whose first purchase is later are left out. Empty: the last transaction day, no holdout.
    std::optional<std::int64_t> calibrationEnd;
};

/// The per-customer summary the buy-till-you-die models are fitted to, one entry per customer in each
/// column (the x, t_x, T, zbar of Fader, Hardie & Lee).
struct RepeatPurchaseData
{
    std::vector<std::string> customerKeys; ///< in order of first appearance in the transactions; may be
                                           ///< empty when the columns were filled by hand
    Vector frequency; ///< x: repeat purchases (first purchase not counted) in the calibration period, >= 0
    Vector recency; ///< t_x: last calibration purchase minus first purchase, in timeUnit; 0 when x = 0
    Vector age; ///< T: calibration end minus first purchase, in timeUnit; >= recency
    Vector meanRepeatSpend; ///< zbar: mean amount of the x repeat purchases; 0 when x = 0
    Vector holdoutFrequency; ///< purchases after the calibration end (same-day policy applied); 0 if none
    TimeUnit timeUnit = TimeUnit::Weeks; ///< unit of recency and age
    std::int64_t calibrationEnd = 0; ///< the calibration end used, days since 1970-01-01
    std::int64_t observationEnd = 0; ///< last transaction day in the input (end of the holdout period)
    std::int64_t laterCustomerCount
        = 0; ///< customers left out because they first bought after calibrationEnd
};

/// Builds the repeat-purchase summary of every customer from raw transactions.
/// Requires: nothing about order; transactions of a customer may be interleaved with others'.
/// Ensures: one entry per customer whose first purchase is on or before the calibration end, in order of
/// first appearance; with SameDayPolicy::Merge and weeks, CDNOW's raw sample gives exactly the published
/// summary (see RepeatPurchaseSummaryTest).
/// Errors: ErrorCode::TooFewCustomers {0, 1} when no customer bought by the calibration end;
/// ErrorCode::InvalidParameter {"amount", value, "finite"} for a NaN or infinite amount.
Result<RepeatPurchaseData> summariseRepeatPurchases(
    std::span<const Transaction> transactions, const RepeatPurchaseSummaryParams &params);

/// Checks that the columns of data can be given to a model: frequency, recency and age of equal length
/// (meanRepeatSpend and holdoutFrequency of that length or empty), finite, frequency a non-negative whole
/// number, 0 <= recency <= age, recency = 0 when frequency = 0. The models' fit functions call it first.
/// Errors: ErrorCode::InvalidParameter {column name with the customer's row, value, allowed range}.
std::vector<Error> validate(const RepeatPurchaseData &data);

} // namespace segmenta::engine
