// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "value/RepeatPurchaseSummary.h"

#include "value/CdnowData.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace segmenta::engine;

namespace {

/// One row of cdnow_customers_summary_with_transactions.csv (ID,x,t_x,T,zbar).
struct PublishedRow
{
    std::string id;
    double x = 0.0;
    double tx = 0.0;
    double T = 0.0;
    double zbar = 0.0;
};

std::vector<PublishedRow> readPublishedSummary()
{
    std::vector<PublishedRow> rows;
    std::ifstream in(cdnowPath("cdnow_customers_summary_with_transactions.csv"));
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        PublishedRow row;
        std::string value;
        std::getline(fields, row.id, ',');
        std::getline(fields, value, ',');
        row.x = std::stod(value);
        std::getline(fields, value, ',');
        row.tx = std::stod(value);
        std::getline(fields, value, ',');
        row.T = std::stod(value);
        std::getline(fields, value, ',');
        row.zbar = std::stod(value);
        rows.push_back(row);
    }
    return rows;
}

constexpr std::int64_t kDay0 = 10'000; // an arbitrary day number for the inline examples

} // namespace

TEST(RepeatPurchaseSummary, RawCdnowSampleGivesThePublishedSummary)
{
    const RepeatPurchaseData data = cdnowSummary();
    const std::vector<PublishedRow> published = readPublishedSummary();
    ASSERT_EQ(published.size(), 2357U);
    ASSERT_EQ(data.frequency.size(), 2357);
    EXPECT_EQ(data.laterCustomerCount, 0);
    // The file rounds t_x, T and zbar to 2 decimals: a value matches when it is within half a unit of the
    // last printed digit (plus a little for the binary representation of the printed number).
    constexpr double kHalfCent = 0.005 + 1e-9;
    int repeatBuyers = 0;
    for (std::size_t i = 0; i < published.size(); ++i) {
        const auto k = static_cast<Eigen::Index>(i);
        SCOPED_TRACE("customer " + published[i].id);
        ASSERT_EQ(data.customerKeys[i], published[i].id);
        EXPECT_EQ(data.frequency(k), published[i].x);
        EXPECT_NEAR(data.recency(k), published[i].tx, kHalfCent);
        EXPECT_NEAR(data.age(k), published[i].T, kHalfCent);
        EXPECT_NEAR(data.meanRepeatSpend(k), published[i].zbar, kHalfCent);
        repeatBuyers += published[i].x > 0.0 ? 1 : 0;
    }
    EXPECT_EQ(repeatBuyers, 946);
    // Every transaction after 1997-09-30 lands in the holdout counts (on merged days).
    EXPECT_GT(data.holdoutFrequency.sum(), 0.0);
    EXPECT_EQ(data.observationEnd, civilDayNumber(1998, 6, 30));
}

TEST(RepeatPurchaseSummary, SameDayPolicyMergesOrCountsEachTransaction)
{
    // Customer "a": two orders on day 0 (10 + 5), two on day 14 (20 + 2), one on day 21 (8).
    // Customer "b": a single order on day 7.
    const std::vector<Transaction> transactions {{"a", kDay0 + 14, 20.0}, {"a", kDay0, 10.0},
        {"b", kDay0 + 7, 3.0}, {"a", kDay0 + 14, 2.0}, {"a", kDay0, 5.0}, {"a", kDay0 + 21, 8.0}};
    RepeatPurchaseSummaryParams params;
    params.timeUnit = TimeUnit::Days;

    Result<RepeatPurchaseData> merged = summariseRepeatPurchases(transactions, params);
    ASSERT_TRUE(merged.isOk());
    const RepeatPurchaseData &m = merged.value();
    ASSERT_EQ(m.customerKeys, (std::vector<std::string> {"a", "b"}));
    EXPECT_EQ(m.frequency(0), 2.0); // days 14 and 21
    EXPECT_EQ(m.recency(0), 21.0);
    EXPECT_EQ(m.age(0), 21.0); // no calibration end: the last transaction day
    EXPECT_DOUBLE_EQ(m.meanRepeatSpend(0), (22.0 + 8.0) / 2.0);
    EXPECT_EQ(m.frequency(1), 0.0);
    EXPECT_EQ(m.recency(1), 0.0);
    EXPECT_EQ(m.age(1), 14.0);
    EXPECT_EQ(m.meanRepeatSpend(1), 0.0);

    params.sameDayPolicy = SameDayPolicy::CountEach;
    Result<RepeatPurchaseData> each = summariseRepeatPurchases(transactions, params);
    ASSERT_TRUE(each.isOk());
    // The first purchase is the first day-0 order in input order (10); the other four are repeats.
    EXPECT_EQ(each.value().frequency(0), 4.0);
    EXPECT_EQ(each.value().recency(0), 21.0);
    EXPECT_DOUBLE_EQ(each.value().meanRepeatSpend(0), (5.0 + 20.0 + 2.0 + 8.0) / 4.0);
}

TEST(RepeatPurchaseSummary, CalibrationEndSplitsOffHoldoutAndLaterCustomers)
{
    // "a" buys on days 0, 7, 14 (twice) and 28; the calibration ends on day 10 (inclusive).
    // "b" first buys on day 12, after the calibration end, and is left out.
    const std::vector<Transaction> transactions {{"a", kDay0, 1.0}, {"a", kDay0 + 7, 2.0},
        {"a", kDay0 + 14, 3.0}, {"a", kDay0 + 14, 4.0}, {"a", kDay0 + 28, 5.0}, {"b", kDay0 + 12, 6.0}};
    RepeatPurchaseSummaryParams params;
    params.calibrationEnd = kDay0 + 10;
    Result<RepeatPurchaseData> summary = summariseRepeatPurchases(transactions, params);
    ASSERT_TRUE(summary.isOk());
    const RepeatPurchaseData &data = summary.value();
    ASSERT_EQ(data.frequency.size(), 1);
    EXPECT_EQ(data.laterCustomerCount, 1);
    EXPECT_EQ(data.frequency(0), 1.0);
    EXPECT_DOUBLE_EQ(data.recency(0), 1.0); // 7 days in weeks
    EXPECT_DOUBLE_EQ(data.age(0), 10.0 / 7.0);
    EXPECT_EQ(data.meanRepeatSpend(0), 2.0);
    EXPECT_EQ(data.holdoutFrequency(0), 2.0); // days 14 (merged) and 28
    EXPECT_EQ(data.calibrationEnd, kDay0 + 10);
    EXPECT_EQ(data.observationEnd, kDay0 + 28);
}

TEST(RepeatPurchaseSummary, NoCustomerBeforeCalibrationEndIsTooFewCustomers)
{
    RepeatPurchaseSummaryParams params;
    params.calibrationEnd = kDay0 - 1;
    const std::vector<Transaction> transactions {{"a", kDay0, 1.0}};
    Result<RepeatPurchaseData> late = summariseRepeatPurchases(transactions, params);
    ASSERT_FALSE(late.isOk());
    EXPECT_EQ(late.error().code, ErrorCode::TooFewCustomers);

    Result<RepeatPurchaseData> empty = summariseRepeatPurchases({}, RepeatPurchaseSummaryParams {});
    ASSERT_FALSE(empty.isOk());
    EXPECT_EQ(empty.error().code, ErrorCode::TooFewCustomers);
}

TEST(RepeatPurchaseSummary, NonFiniteAmountNamesTheTransaction)
{
    const std::vector<Transaction> transactions {{"a", kDay0, 1.0}, {"a", kDay0 + 1, std::nan("")}};
    Result<RepeatPurchaseData> summary
        = summariseRepeatPurchases(transactions, RepeatPurchaseSummaryParams {});
    ASSERT_FALSE(summary.isOk());
    EXPECT_EQ(summary.error().code, ErrorCode::InvalidParameter);
    EXPECT_EQ(summary.error().args.at(0), "amount (transaction 2)");
}

TEST(RepeatPurchaseSummary, ValidateRejectsImpossibleRows)
{
    RepeatPurchaseData data;
    data.frequency = Vector::Constant(3, 1.0);
    data.recency = Vector::Constant(3, 2.0);
    data.age = Vector::Constant(3, 5.0);
    EXPECT_TRUE(validate(data).empty());

    data.recency(1) = 6.0; // bought after the end of the observation
    std::vector<Error> errors = validate(data);
    ASSERT_EQ(errors.size(), 1U);
    EXPECT_EQ(errors.front().args.at(0), "recency (customer 2)");

    data.recency(1) = 2.0;
    data.frequency(2) = 1.5;
    errors = validate(data);
    ASSERT_EQ(errors.size(), 1U);
    EXPECT_EQ(errors.front().args.at(0), "frequency (customer 3)");

    data.frequency(2) = 1.0;
    data.age.resize(2);
    errors = validate(data);
    ASSERT_FALSE(errors.empty());
    EXPECT_EQ(errors.front().args.at(0), "age length");
}
