// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "features/CustomerFeatures.h"

#include "core/Assert.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace segmenta::engine {

namespace {

constexpr double missing = std::numeric_limits<double>::quiet_NaN();

/// The indices of the `limit` names with the largest totals (ties: lower index first), largest first.
std::vector<std::int32_t> largest(const std::vector<double> &totals, int limit)
{
    std::vector<std::int32_t> order(totals.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::int32_t a, std::int32_t b) {
        return totals[static_cast<std::size_t>(a)] > totals[static_cast<std::size_t>(b)];
    });
    order.resize(std::min(order.size(), static_cast<std::size_t>(std::max(limit, 0))));
    return order;
}

/// Share columns for the largest groups (categories or channels) of purchase amount.
void addShareColumns(std::span<const TransactionLine> lines, const CustomerFeatureParams &params,
    const std::vector<double> &purchaseTotal, const std::vector<std::string> &names,
    std::int32_t TransactionLine::*group, const std::string &prefix, std::vector<DerivedColumn> &columns)
{
    if (names.empty()) {
        return;
    }
    std::vector<double> groupTotal(names.size(), 0.0);
    for (const TransactionLine &line : lines) {
        if (line.amount >= 0.0 && line.*group >= 0) {
            groupTotal[static_cast<std::size_t>(line.*group)] += line.amount;
        }
    }
    const std::vector<std::int32_t> shown = largest(groupTotal, params.maxShareColumns);
    std::vector<int> columnOf(names.size(), -1);
    const std::size_t first = columns.size();
    for (std::size_t i = 0; i < shown.size(); ++i) {
        columnOf[static_cast<std::size_t>(shown[i])] = static_cast<int>(i);
        DerivedColumn column {prefix + names[static_cast<std::size_t>(shown[i])], CriteriaFamily::Behavioural,
            ColumnType::Real, std::vector<double>(static_cast<std::size_t>(params.customerCount), 0.0)};
        columns.push_back(std::move(column));
    }
    for (const TransactionLine &line : lines) {
        if (line.amount < 0.0 || line.*group < 0) {
            continue;
        }
        const int column = columnOf[static_cast<std::size_t>(line.*group)];
        if (column >= 0) {
            columns[first + static_cast<std::size_t>(column)].values[static_cast<std::size_t>(line.customer)]
                += line.amount;
        }
    }
    for (std::size_t c = first; c < columns.size(); ++c) {
        for (std::size_t customer = 0; customer < purchaseTotal.size(); ++customer) {
            double &value = columns[c].values[customer];
            // A customer whose purchases are all free has no meaningful shares.
            value = purchaseTotal[customer] > 0.0 ? value / purchaseTotal[customer] : missing;
        }
    }
}

} // namespace

std::vector<DerivedColumn> computeCustomerFeatures(
    std::span<const TransactionLine> lines, const CustomerFeatureParams &params)
{
    const auto customers = static_cast<std::size_t>(params.customerCount);
    std::vector<std::int64_t> firstDay(customers, std::numeric_limits<std::int64_t>::max());
    std::vector<std::int64_t> lastDay(customers, std::numeric_limits<std::int64_t>::min());
    std::vector<double> purchaseTotal(customers, 0.0);
    std::vector<double> netTotal(customers, 0.0);
    std::vector<double> returned(customers, 0.0);
    std::vector<double> items(customers, 0.0);
    // (customer, order or purchase day), one per purchase line; distinct pairs are the orders.
    std::vector<std::pair<std::int32_t, std::int64_t>> orderKeys;
    orderKeys.reserve(lines.size());
    for (const TransactionLine &line : lines) {
        SEGMENTA_ASSERT(line.customer >= 0 && static_cast<std::size_t>(line.customer) < customers,
            "transaction line of an unknown customer");
        SEGMENTA_ASSERT(std::isfinite(line.amount), "non-finite amount");
        const auto c = static_cast<std::size_t>(line.customer);
        netTotal[c] += line.amount;
        if (line.amount < 0.0) {
            returned[c] -= line.amount;
            continue;
        }
        firstDay[c] = std::min(firstDay[c], line.day);
        lastDay[c] = std::max(lastDay[c], line.day);
        purchaseTotal[c] += line.amount;
        if (params.hasQuantity && std::isfinite(line.quantity)) {
            items[c] += line.quantity;
        }
        orderKeys.emplace_back(line.customer, params.hasOrders ? line.order : line.day);
    }
    std::sort(orderKeys.begin(), orderKeys.end());
    orderKeys.erase(std::unique(orderKeys.begin(), orderKeys.end()), orderKeys.end());
    std::vector<double> frequency(customers, 0.0);
    for (const auto &key : orderKeys) {
        frequency[static_cast<std::size_t>(key.first)] += 1.0;
    }

    std::vector<DerivedColumn> columns;
    columns.reserve(8); // the references `add` returns stay valid while the fixed columns are filled
    const auto add = [&](std::string name, CriteriaFamily family, ColumnType type) -> std::vector<double> & {
        columns.push_back(
            DerivedColumn {std::move(name), family, type, std::vector<double>(customers, missing)});
        return columns.back().values;
    };
    auto &recency = add("Recency (days)", CriteriaFamily::Value, ColumnType::Integer);
    auto &frequencyColumn = add("Frequency (orders)", CriteriaFamily::Value, ColumnType::Integer);
    auto &monetary = add("Monetary (net)", CriteriaFamily::Value, ColumnType::Real);
    auto &averageOrder = add("Average order value", CriteriaFamily::Value, ColumnType::Real);
    auto &tenure = add("Tenure (days)", CriteriaFamily::Behavioural, ColumnType::Integer);
    auto &between = add("Days between orders", CriteriaFamily::Behavioural, ColumnType::Real);
    auto &returns = add("Returns (amount)", CriteriaFamily::Behavioural, ColumnType::Real);
    std::vector<double> *itemsColumn = nullptr;
    if (params.hasQuantity) {
        itemsColumn = &add("Items (quantity)", CriteriaFamily::Behavioural, ColumnType::Real);
    }
    for (std::size_t c = 0; c < customers; ++c) {
        frequencyColumn[c] = frequency[c];
        monetary[c] = netTotal[c];
        returns[c] = returned[c];
        if (itemsColumn) {
            (*itemsColumn)[c] = items[c];
        }
        if (frequency[c] == 0.0) {
            continue;
        }
        recency[c] = static_cast<double>(params.analysisDay - lastDay[c]);
        tenure[c] = static_cast<double>(params.analysisDay - firstDay[c]);
        averageOrder[c] = purchaseTotal[c] / frequency[c];
        if (frequency[c] >= 2.0) {
            between[c] = static_cast<double>(lastDay[c] - firstDay[c]) / (frequency[c] - 1.0);
        }
    }
    addShareColumns(
        lines, params, purchaseTotal, params.categoryNames, &TransactionLine::category, "Share: ", columns);
    addShareColumns(lines, params, purchaseTotal, params.channelNames, &TransactionLine::channel,
        "Channel share: ", columns);
    return columns;
}

} // namespace segmenta::engine
