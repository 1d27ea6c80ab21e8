// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "cluster/Gower.h"
#include "cluster/ChooseSegmentCount.h"
#include "cluster/KMedoids.h"

#include "support/CancellingProgress.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace segmenta::engine;
using segmenta::test::CancelAfter;

namespace {

/// Mall customers: Genre as code (Female 0, Male 1), then Age, Annual Income, Spending Score.
void readMall(Matrix &numeric, CategoryMatrix &categorical)
{
    std::ifstream file(SEGMENTA_SHARED_DATA_DIR "/mall_customers/Mall_Customers.csv", std::ios::binary);
    ASSERT_TRUE(file);
    std::vector<std::vector<std::string>> rows;
    std::string line;
    std::getline(file, line);
    while (std::getline(file, line)) {
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        std::vector<std::string> fields;
        std::stringstream stream(line);
        for (std::string field; std::getline(stream, field, ',');) {
            fields.push_back(field);
        }
        rows.push_back(fields);
    }
    const auto n = static_cast<Eigen::Index>(rows.size());
    numeric.resize(n, 3);
    categorical.resize(n, 1);
    for (Eigen::Index i = 0; i < n; ++i) {
        const auto &fields = rows[static_cast<std::size_t>(i)];
        categorical(i, 0) = fields.at(1) == "Male" ? 1 : 0;
        for (Eigen::Index t = 0; t < 3; ++t) {
            numeric(i, t) = std::stod(fields.at(static_cast<std::size_t>(t) + 2));
        }
    }
}

struct Reference
{
    std::vector<std::vector<double>> gower; // rows 0..4, all columns
    std::vector<Eigen::Index> medoids;
    double cost = 0.0;
};

Reference readReference()
{
    std::ifstream file(SEGMENTA_REFERENCE_DIR "/gower.csv");
    EXPECT_TRUE(file);
    Reference reference;
    reference.gower.resize(5);
    std::string line;
    std::getline(file, line);
    while (std::getline(file, line)) {
        std::stringstream stream(line);
        std::string quantity, i, j, value;
        std::getline(stream, quantity, ',');
        std::getline(stream, i, ',');
        std::getline(stream, j, ',');
        std::getline(stream, value, ',');
        if (quantity == "gower") {
            reference.gower.at(std::stoul(i)).push_back(std::stod(value));
        } else if (quantity == "medoid") {
            reference.medoids.push_back(std::stol(value));
        } else if (quantity == "cost") {
            reference.cost = std::stod(value);
        }
    }
    return reference;
}

Matrix gowerOrFail(const Matrix &numeric, const CategoryMatrix &categorical)
{
    auto result = gowerDissimilarity(numeric, categorical);
    if (!result) {
        ADD_FAILURE() << describe(result.error());
        return {};
    }
    return std::move(result).value();
}

/// The least total dissimilarity to the nearest of k medoids, over all k-subsets (k <= 3).
double bruteForcePamCost(const Matrix &d, int k)
{
    const Eigen::Index n = d.rows();
    double best = std::numeric_limits<double>::infinity();
    std::vector<bool> pick(static_cast<std::size_t>(n), false);
    std::fill(pick.end() - k, pick.end(), true);
    do {
        double cost = 0.0;
        for (Eigen::Index i = 0; i < n; ++i) {
            double nearest = std::numeric_limits<double>::infinity();
            for (Eigen::Index m = 0; m < n; ++m) {
                if (pick[static_cast<std::size_t>(m)]) {
                    nearest = std::min(nearest, d(i, m));
                }
            }
            cost += nearest;
        }
        best = std::min(best, cost);
    } while (std::next_permutation(pick.begin(), pick.end()));
    return best;
}

} // namespace

TEST(Gower, MatchesAHandComputation)
{
    // Numeric ranges: column 0 is 10 (0..10), column 1 is 4 (1..5).
    Matrix numeric(3, 2);
    numeric << 0, 1, 10, 5, 5, std::numeric_limits<double>::quiet_NaN();
    CategoryMatrix categorical(3, 1);
    categorical << 0, 1, 0;
    const Matrix d = gowerOrFail(numeric, categorical);
    // (0,1): (10/10 + 4/4 + 1) / 3 = 1. (0,2): second column missing → (5/10 + 0) / 2 = 0.25.
    // (1,2): (5/10 + 1) / 2 = 0.75.
    EXPECT_DOUBLE_EQ(d(0, 1), 1.0);
    EXPECT_DOUBLE_EQ(d(0, 2), 0.25);
    EXPECT_DOUBLE_EQ(d(1, 2), 0.75);
    EXPECT_DOUBLE_EQ(d(2, 1), 0.75);
    EXPECT_DOUBLE_EQ(d(1, 1), 0.0);
}

TEST(Gower, MatchesNumpyOnMallCustomers)
{
    Matrix numeric;
    CategoryMatrix categorical;
    readMall(numeric, categorical);
    const Reference reference = readReference();
    const Matrix d = gowerOrFail(numeric, categorical);
    ASSERT_EQ(d.rows(), 200);
    for (Eigen::Index i = 0; i < 5; ++i) {
        ASSERT_EQ(reference.gower[static_cast<std::size_t>(i)].size(), 200U);
        for (Eigen::Index j = 0; j < 200; ++j) {
            EXPECT_NEAR(
                d(i, j), reference.gower[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)], 1e-14)
                << i << ", " << j;
        }
    }
}

TEST(Gower, PamFindsTheExhaustiveOptimumOnMallSubset)
{
    Matrix numeric;
    CategoryMatrix categorical;
    readMall(numeric, categorical);
    const Reference reference = readReference();
    // Gower on all 200 customers (ranges as the reference took them), PAM on the first 20.
    const Matrix d = gowerOrFail(numeric, categorical).topLeftCorner(20, 20);
    PamParams params;
    params.clusterCount = 3;
    NullProgress progress;
    auto result = fitPam(d, params, progress);
    ASSERT_TRUE(result) << describe(result.error());
    EXPECT_NEAR(result.value().cost, reference.cost, 1e-12);
    std::vector<Eigen::Index> medoids = result.value().medoids;
    std::sort(medoids.begin(), medoids.end());
    EXPECT_EQ(medoids, reference.medoids);
    EXPECT_TRUE(result.value().converged);
}

TEST(Gower, PamReachesTheBruteForceCostOnGeneratedPoints)
{
    // 14 points on a line with three loose groups and a uniform jitter from a fixed formula.
    Matrix numeric(14, 1);
    CategoryMatrix categorical(14, 1);
    for (Eigen::Index i = 0; i < 14; ++i) {
        numeric(i, 0) = static_cast<double>(i % 3) * 5.0 + std::sin(static_cast<double>(i) * 1.7);
        categorical(i, 0) = static_cast<int>((i * 7) % 4);
    }
    const Matrix d = gowerOrFail(numeric, categorical);
    for (int k = 1; k <= 3; ++k) {
        PamParams params;
        params.clusterCount = k;
        NullProgress progress;
        auto result = fitPam(d, params, progress);
        ASSERT_TRUE(result) << describe(result.error());
        EXPECT_NEAR(result.value().cost, bruteForcePamCost(d, k), 1e-12) << "k = " << k;
        // Labels are the nearest medoid's, ordered by size.
        const auto &sizes = result.value().sizes;
        EXPECT_TRUE(std::is_sorted(sizes.rbegin(), sizes.rend()));
    }
}

TEST(Gower, ClearErrors)
{
    Matrix constant(3, 2);
    constant << 1, 1, 1, 2, 1, 3;
    auto constantColumn = gowerDissimilarity(constant, CategoryMatrix(0, 0));
    ASSERT_FALSE(constantColumn);
    EXPECT_EQ(constantColumn.error().args.at(0), "columns");
    EXPECT_EQ(constantColumn.error().args.at(1), "0");

    // Rows 0 and 1 share no non-missing variable.
    const double nan = std::numeric_limits<double>::quiet_NaN();
    Matrix noCommon(3, 2);
    noCommon << 1, nan, nan, 2, 3, 4;
    auto pairless = gowerDissimilarity(noCommon, CategoryMatrix(0, 0));
    ASSERT_FALSE(pairless);
    EXPECT_EQ(pairless.error().args.at(0), "rows");

    Matrix infinite(2, 1);
    infinite << 1, std::numeric_limits<double>::infinity();
    EXPECT_FALSE(gowerDissimilarity(infinite, CategoryMatrix(0, 0)));

    // k larger than the number of distinct points.
    Matrix duplicates(4, 1);
    duplicates << 0, 0, 1, 1;
    const Matrix d = gowerOrFail(duplicates, CategoryMatrix(0, 0));
    PamParams params;
    params.clusterCount = 3;
    NullProgress progress;
    auto tooMany = fitPam(d, params, progress);
    ASSERT_FALSE(tooMany);
    EXPECT_NE(tooMany.error().args.at(2).find("distinct rows (2)"), std::string::npos);

    // The memory estimate refuses before any allocation of the n × n matrix.
    params.memoryBudgetBytes = std::int64_t {1} << 20; // 1 MB: at most 362 rows
    const auto problems = validate(params, 20000);
    ASSERT_FALSE(problems.empty());
    EXPECT_EQ(problems.front().args.at(0), "customers");
    EXPECT_NE(problems.front().args.at(2).find("at most 362 "), std::string::npos);
    EXPECT_NE(problems.front().args.at(2).find("CLARA"), std::string::npos);
    EXPECT_EQ(pamMemoryBytes(20000), std::int64_t {3200000000});
}

TEST(Gower, PamCancels)
{
    Matrix numeric(30, 1);
    for (Eigen::Index i = 0; i < 30; ++i) {
        numeric(i, 0) = static_cast<double>(i * i % 17);
    }
    const Matrix d = gowerOrFail(numeric, CategoryMatrix(0, 0));
    PamParams params;
    params.clusterCount = 3;
    CancelAfter progress(2);
    auto result = fitPam(d, params, progress);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
}

namespace {

/// Three groups: numeric centres 0, 5, 10 (spread 1) in two columns, category = group with probability 0.9.
void makeMixedGroups(Eigen::Index rows, Matrix &numeric, CategoryMatrix &categorical, IndexVector &truth)
{
    std::mt19937_64 generator(77);
    const auto uniform = [&generator] { return (static_cast<double>(generator() >> 11U) + 0.5) / 0x1p53; };
    numeric.resize(rows, 2);
    categorical.resize(rows, 1);
    truth.resize(rows);
    for (Eigen::Index i = 0; i < rows; ++i) {
        const int group = static_cast<int>(uniform() * 3.0);
        truth(i) = group;
        for (Eigen::Index t = 0; t < 2; ++t) {
            numeric(i, t) = 5.0 * group + 2.0 * (uniform() - 0.5);
        }
        categorical(i, 0) = uniform() < 0.9 ? group : 3;
    }
}

} // namespace

TEST(Gower, ClaraOnManyPointsIsCloseToPam)
{
    Matrix numeric;
    CategoryMatrix categorical;
    IndexVector truth;
    makeMixedGroups(20000, numeric, categorical, truth);
    ClaraParams params;
    params.clusterCount = 3;
    params.seed = 4;
    NullProgress progress;
    auto clara = fitClara(numeric, categorical, params, progress);
    ASSERT_TRUE(clara) << describe(clara.error());
    EXPECT_EQ(clara.value().labels.size(), 20000);
    EXPECT_GT(adjustedRandIndex(clara.value().labels, truth), 0.95);

    // On 600 of the rows, where exact PAM is cheap: CLARA's cost within 3 % of PAM's.
    const Matrix subsetNumeric = numeric.topRows(600);
    const CategoryMatrix subsetCategorical = categorical.topRows(600);
    auto claraSubset = fitClara(subsetNumeric, subsetCategorical, params, progress);
    ASSERT_TRUE(claraSubset) << describe(claraSubset.error());
    PamParams pam;
    pam.clusterCount = 3;
    auto exact = fitPam(gowerOrFail(subsetNumeric, subsetCategorical), pam, progress);
    ASSERT_TRUE(exact) << describe(exact.error());
    EXPECT_GE(claraSubset.value().cost, exact.value().cost * (1.0 - 1e-12));
    EXPECT_LE(claraSubset.value().cost, exact.value().cost * 1.03);
}

TEST(Gower, ClaraCancels)
{
    Matrix numeric;
    CategoryMatrix categorical;
    IndexVector truth;
    makeMixedGroups(2000, numeric, categorical, truth);
    ClaraParams params;
    params.clusterCount = 3;
    CancelAfter progress(3);
    auto result = fitClara(numeric, categorical, params, progress);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
}
