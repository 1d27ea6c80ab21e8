// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Value.h"

#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <vector>

namespace segmenta::engine {

/// One transaction line, with its customer, order, category and channel as indices into the caller's lists.
struct TransactionLine
{
    std::int32_t customer = 0; ///< 0-based customer index
    std::int64_t order = -1; ///< any number identifying the order (an index or a hash), >= 0; -1: none
    std::int64_t day = 0; ///< days since 1970-01-01
    double amount = 0.0; ///< money of the line; negative for returns and cancellations
    double quantity = std::numeric_limits<double>::quiet_NaN(); ///< NaN when not known
    std::int32_t category = -1; ///< index into the category names, -1 when none
    std::int32_t channel = -1; ///< index into the channel names, -1 when none
};

/// A derived customer column: its name as the user sees it and one value per customer (NaN = missing).
struct DerivedColumn
{
    std::string name;
    CriteriaFamily family = CriteriaFamily::Other;
    ColumnType type = ColumnType::Real;
    std::vector<double>
        values; ///< per customer; NaN where the value does not exist (recency without purchases)
};

struct CustomerFeatureParams
{
    std::int64_t analysisDay = 0; ///< "today" of the analysis: recency and tenure count days up to it
    int customerCount = 0; ///< customers to describe, including those without transactions
    bool hasOrders = false; ///< lines carry order ids; without them, purchase days count as orders
    bool hasQuantity = false;
    std::vector<std::string> categoryNames; ///< names behind TransactionLine::category
    std::vector<std::string> channelNames; ///< names behind TransactionLine::channel
    /// Categories (channels) with their own share column, the largest by purchase amount; the rest are
    /// not given a column (their share is 1 minus the shown ones).
    int maxShareColumns = 8;
};

/// Customer features from a transaction log, the RFM-style value and behaviour columns:
/// - Recency (days): analysis day minus the last purchase day; missing without purchases.
/// - Frequency (orders): distinct orders with a purchase (a purchase is a line with amount >= 0; without
///   order ids, distinct purchase days, so same-day purchases count once); 0 without purchases.
/// - Monetary (net): purchases minus returns (the sum of all amounts); 0 without transactions.
/// - Average order value: purchase amount / frequency; missing without purchases.
/// - Tenure (days): analysis day minus the first purchase day; missing without purchases.
/// - Days between orders: (last − first purchase day) / (frequency − 1); missing below 2 orders.
/// - Returns (amount): the sum of the negative amounts, as a positive number (returns and cancellations).
/// - Items (quantity): summed quantity of purchase lines, when the log has quantities.
/// - Share: <category> / Channel share: <channel>: that category's (channel's) part of the customer's
///   purchase amount, 0..1, for the largest categories (channels); missing without purchases.
/// Recency, frequency, monetary and average order value are the value family; the others behavioural.
/// Requires: every line's customer < params.customerCount; finite amounts.
std::vector<DerivedColumn> computeCustomerFeatures(
    std::span<const TransactionLine> lines, const CustomerFeatureParams &params);

} // namespace segmenta::engine
