// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "value/ClvDiagnostics.h"

#include "value/BgNbd.h"
#include "value/CdnowData.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>

using namespace segmenta::engine;

namespace {

/// The BG/NBD estimates on CDNOW this engine fits (BgNbdTest); make_cdnow_tracking.py uses the same.
BgNbdModel cdnowBgNbd()
{
    BgNbdModel model;
    model.r = 0.242594;
    model.alpha = 4.413603;
    model.a = 0.792919;
    model.b = 2.425907;
    return model;
}

ExpectedPurchases expectedOf(const BgNbdModel &model)
{
    return [model](double t, double x, double tx, double T) { return model.expectedPurchases(t, x, tx, T); };
}

struct ReferenceRow
{
    int period = 0;
    std::string endDate;
    double actual = 0.0;
    double expected = 0.0;
};

std::vector<ReferenceRow> referenceTracking()
{
    std::vector<ReferenceRow> rows;
    std::ifstream in(std::string(SEGMENTA_REFERENCE_DIR) + "/cdnow_tracking.csv");
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        ReferenceRow row;
        std::string cell;
        std::getline(fields, cell, ',');
        row.period = std::stoi(cell);
        std::getline(fields, row.endDate, ',');
        std::getline(fields, cell, ',');
        row.actual = std::stod(cell);
        std::getline(fields, cell, ',');
        row.expected = std::stod(cell);
        rows.push_back(row);
    }
    return rows;
}

} // namespace

TEST(BgNbdClvDiagnostics, TrackingOnCdnowMatchesACountFromTheRawFile)
{
    // tests/reference/cdnow_tracking.csv counts repeat purchases per week directly from cdnowElog.csv and
    // sums eq. 9 of Fader, Hardie & Lee with scipy's hyp2f1 (make_cdnow_tracking.py).
    const std::vector<Transaction> transactions = cdnowTransactions();
    const RepeatPurchaseData data = cdnowSummary();
    const std::vector<TrackingPoint> tracking
        = trackRepeatPurchases(transactions, data, expectedOf(cdnowBgNbd()));
    const std::vector<ReferenceRow> reference = referenceTracking();
    ASSERT_EQ(reference.size(), 78U);
    ASSERT_EQ(tracking.size(), reference.size());
    for (std::size_t k = 0; k < tracking.size(); ++k) {
        EXPECT_EQ(tracking[k].period, reference[k].period);
        EXPECT_EQ(tracking[k].actual, reference[k].actual) << "period " << k + 1;
        EXPECT_NEAR(tracking[k].expected, reference[k].expected, 1e-6 * reference[k].expected + 1e-9)
            << "period " << k + 1;
    }
    // Week 39 ends the calibration: its cumulative count is the calibration repeat purchases, sum of x.
    EXPECT_EQ(tracking[38].endDay, cdnowCalibrationEnd());
    EXPECT_EQ(tracking[38].actual, data.frequency.sum());
    EXPECT_EQ(tracking.back().actual - tracking[38].actual, data.holdoutFrequency.sum());
}

TEST(BgNbdClvDiagnostics, ConditionalExpectationsGroupByCalibrationFrequency)
{
    const RepeatPurchaseData data = cdnowSummary();
    const BgNbdModel model = cdnowBgNbd();
    const std::vector<ConditionalExpectation> groups = conditionalExpectations(data, expectedOf(model));
    ASSERT_EQ(groups.size(), 8U);
    EXPECT_TRUE(groups.back().isOpenEnded);
    std::int64_t customers = 0;
    double actualTotal = 0.0;
    for (const ConditionalExpectation &group : groups) {
        customers += group.customerCount;
        actualTotal += group.actual * static_cast<double>(group.customerCount);
    }
    EXPECT_EQ(customers, 2357);
    EXPECT_NEAR(actualTotal, data.holdoutFrequency.sum(), 1e-9);
    // Fader, Hardie & Lee (2005) fig. 4: 1,411 customers made no repeat purchase in weeks 1-39 and those
    // averaged about 0.24 purchases in weeks 40-78, which the model matches closely.
    EXPECT_EQ(groups[0].customerCount, 1411);
    EXPECT_NEAR(groups[0].expected, groups[0].actual, 0.05);
    const double holdout = static_cast<double>(data.observationEnd - data.calibrationEnd) / 7.0;
    double expected = 0.0;
    std::int64_t count = 0;
    for (Eigen::Index i = 0; i < data.frequency.size(); ++i) {
        if (data.frequency(i) == 2.0) {
            expected += model.expectedPurchases(holdout, 2.0, data.recency(i), data.age(i));
            ++count;
        }
    }
    EXPECT_EQ(groups[2].customerCount, count);
    EXPECT_NEAR(groups[2].expected, expected / static_cast<double>(count), 1e-12);
}

TEST(BgNbdClvDiagnostics, AliveGridCoversTheDataAtTheLargestAge)
{
    const RepeatPurchaseData data = cdnowSummary();
    const BgNbdModel model = cdnowBgNbd();
    const AliveGrid grid = aliveGrid(
        data, [&model](double x, double tx, double T) { return model.probabilityAlive(x, tx, T); });
    EXPECT_DOUBLE_EQ(grid.age, data.age.maxCoeff());
    EXPECT_EQ(grid.frequencies.back(), data.frequency.maxCoeff());
    ASSERT_EQ(grid.probability.size(), grid.frequencies.size() * grid.recencies.size());
    EXPECT_DOUBLE_EQ(grid.probability[0], 1.0); // never bought again: alive for BG/NBD
    EXPECT_TRUE(std::isnan(grid.probability[1])); // frequency 0, recency > 0: no such history
    const std::size_t columns = grid.recencies.size();
    // Frequent buyers who stopped long ago are the likeliest gone; recent ones the likeliest alive.
    EXPECT_LT(grid.probability[10 * columns + 0], 0.05);
    EXPECT_GT(grid.probability[10 * columns + columns - 1], 0.9);
}

TEST(BgNbdClvDiagnostics, WarnsInPlainWordsAboutThinData)
{
    RepeatPurchaseData data;
    data.frequency = Vector::Zero(20);
    data.recency = Vector::Zero(20);
    data.age = Vector::Constant(20, 10.0);
    data.frequency(0) = 2.0;
    data.recency(0) = 5.0;
    const std::vector<std::string> warnings = dataSufficiencyWarnings(data);
    ASSERT_EQ(warnings.size(), 2U);
    EXPECT_NE(warnings[0].find("Only 1 of 20 customers bought more than once"), std::string::npos);
    EXPECT_NE(warnings[1].find("only 10 weeks"), std::string::npos);
    EXPECT_TRUE(dataSufficiencyWarnings(cdnowSummary()).empty());
}

TEST(BgNbdClvDiagnostics, TiersRankWithTiesGoingToTheBetterTier)
{
    // 200 customers: cuts at 2, 10 and 40 customers from the top.
    std::vector<double> values(200);
    for (std::size_t i = 0; i < values.size(); ++i) {
        values[i] = static_cast<double>(values.size() - i); // 200, 199, …, 1
    }
    values[2] = values[1]; // ties with the second: both in the top 1 %, which then holds 3
    values[5] = std::nan("");
    const std::vector<int> tiers = clvTiers(values);
    EXPECT_EQ(tiers[0], 0);
    EXPECT_EQ(tiers[1], 0);
    EXPECT_EQ(tiers[2], 0);
    EXPECT_EQ(tiers[3], 1);
    EXPECT_EQ(tiers[5], -1);
    int counts[4] = {0, 0, 0, 0};
    for (int tier : tiers) {
        if (tier >= 0) {
            ++counts[tier];
        }
    }
    // 199 known values: cuts at ceil(1.99) = 2, ceil(9.95) = 10, ceil(39.8) = 40.
    EXPECT_EQ(counts[0], 3);
    EXPECT_EQ(counts[1], 7);
    EXPECT_EQ(counts[2], 30);
    EXPECT_EQ(counts[3], 159);
    EXPECT_EQ(clvTierName(ClvTier::Top5), "Top 1-5%");
}

TEST(BgNbdClvDiagnostics, AtRiskAreValuableCustomersProbablyGone)
{
    const std::vector<double> past {100.0, 90.0, 80.0, 0.0, 10.0, 5.0, 1.0, 0.0, 0.0, 0.0};
    const std::vector<double> alive {0.9, 0.2, 0.4, 0.1, 0.1, 0.1, 0.1, 1.0, 1.0, 1.0};
    AtRiskRule rule;
    rule.valueShare = 0.3; // the top 3 by past value
    rule.maxAliveProbability = 0.5;
    EXPECT_EQ(atRiskCustomers(past, alive, rule), (std::vector<std::size_t> {1, 2}));
    rule.valueShare = 0.5; // the top 5 (100, 90, 80, 10, 5); position 3 spent nothing, position 0 is alive
    EXPECT_EQ(atRiskCustomers(past, alive, rule), (std::vector<std::size_t> {1, 2, 4, 5}));
    rule.maxAliveProbability = 0.0;
    EXPECT_EQ(validate(rule).size(), 1U);
}
