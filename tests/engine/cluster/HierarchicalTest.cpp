// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "cluster/Hierarchical.h"

#include "cluster/ChooseSegmentCount.h"
#include "features/NumericMatrix.h"
#include "support/CancellingProgress.h"
#include "support/MallCustomers.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <numbers>
#include <numeric>
#include <random>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

using namespace segmenta::engine;
using segmenta::test::CancellingProgress;
using segmenta::test::readMallIncomeAndScore;

namespace {

const std::vector<std::pair<Linkage, std::string>> kLinkages = {{Linkage::Ward, "ward"},
    {Linkage::Average, "average"}, {Linkage::Complete, "complete"}, {Linkage::Single, "single"}};

std::vector<std::string> splitCsvLine(std::string line)
{
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    std::vector<std::string> fields;
    std::stringstream stream(line);
    for (std::string field; std::getline(stream, field, ',');) {
        fields.push_back(field);
    }
    return fields;
}

/// The rows of a reference file whose first two fields are dataset and linkage.
std::vector<std::vector<std::string>> readReference(
    const std::string &file, const std::string &dataset, const std::string &linkage)
{
    std::ifstream stream(std::string(SEGMENTA_REFERENCE_DIR "/") + file);
    EXPECT_TRUE(stream) << "missing " << file << " under " SEGMENTA_REFERENCE_DIR;
    std::vector<std::vector<std::string>> rows;
    for (std::string line; std::getline(stream, line);) {
        if (line.empty() || line[0] == '#') {
            continue;
        }
        std::vector<std::string> fields = splitCsvLine(line);
        if (fields.size() > 2 && fields[0] == dataset && fields[1] == linkage) {
            rows.push_back(std::move(fields));
        }
    }
    return rows;
}

/// scipy's Z as Merges (see make_hierarchical.py).
std::vector<Merge> readScipyMerges(const std::string &dataset, const std::string &linkage)
{
    std::vector<Merge> merges;
    for (const std::vector<std::string> &fields :
        readReference("hierarchical_merges.csv", dataset, linkage)) {
        merges.push_back({std::stoll(fields.at(3)), std::stoll(fields.at(4)), std::stod(fields.at(5)),
            std::stoll(fields.at(6))});
    }
    return merges;
}

/// fcluster(Z, k, "maxclust") per row.
IndexVector readScipyClusters(const std::string &dataset, const std::string &linkage, int k)
{
    std::vector<int> labels;
    for (const std::vector<std::string> &fields :
        readReference("hierarchical_clusters.csv", dataset, linkage)) {
        if (std::stoi(fields.at(2)) == k) {
            labels.push_back(std::stoi(fields.at(4)));
        }
    }
    return Eigen::Map<const IndexVector>(labels.data(), static_cast<Eigen::Index>(labels.size()));
}

/// The six spending columns of the Wholesale customers data, z-scored with the population standard
/// deviation by our own fitZScore (make_hierarchical.py does the same with numpy).
Matrix readWholesaleZScored()
{
    std::ifstream file(SEGMENTA_SHARED_DATA_DIR "/wholesale_customers/Wholesale customers data.csv");
    EXPECT_TRUE(file) << "missing Wholesale customers data.csv under " SEGMENTA_SHARED_DATA_DIR;
    std::string line;
    std::getline(file, line);
    const std::vector<std::string> header = splitCsvLine(line);
    std::vector<std::size_t> columns;
    for (const char *name : {"Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen"}) {
        columns.push_back(
            static_cast<std::size_t>(std::find(header.begin(), header.end(), name) - header.begin()));
    }
    std::vector<std::vector<double>> rows;
    while (std::getline(file, line)) {
        const std::vector<std::string> fields = splitCsvLine(line);
        if (fields.empty()) {
            continue;
        }
        std::vector<double> row;
        for (const std::size_t column : columns) {
            row.push_back(std::stod(fields.at(column)));
        }
        rows.push_back(row);
    }
    Matrix x(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(columns.size()));
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        for (Eigen::Index j = 0; j < x.cols(); ++j) {
            x(i, j) = rows[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)];
        }
    }
    return fitZScore(x).apply(x);
}

/// Gaussian rows (standard deviation 1) around `centreCount` centres 20 apart on the first axis, labelled by
/// centre, interleaved. Box-Muller on the top 53 bits of mt19937_64: the same data on every library.
std::pair<Matrix, IndexVector> makeBlobs(
    Eigen::Index rows, Eigen::Index columns, int centreCount, std::uint64_t seed, double separation = 20.0)
{
    std::mt19937_64 generator(seed);
    const auto uniform = [&generator] { return (static_cast<double>(generator() >> 11U) + 0.5) / 0x1p53; };
    Matrix x(rows, columns);
    IndexVector labels(rows);
    for (Eigen::Index i = 0; i < rows; ++i) {
        labels[i] = static_cast<int>(i % centreCount);
        for (Eigen::Index j = 0; j < columns; ++j) {
            const double normal
                = std::sqrt(-2.0 * std::log(uniform())) * std::cos(2.0 * std::numbers::pi * uniform());
            x(i, j) = (j == 0 ? separation * labels[i] : 0.0) + normal;
        }
    }
    return {x, labels};
}

Dendrogram fitOrFail(const Matrix &x, Linkage linkage, int threadCount = 0)
{
    HierarchicalParams params;
    params.linkage = linkage;
    params.threadCount = threadCount;
    NullProgress progress;
    Result<Dendrogram> result = fitHierarchical(x, params, progress);
    if (!result) {
        ADD_FAILURE() << "fitHierarchical failed: " << describe(result.error());
        return {};
    }
    return std::move(result).value();
}

// Ward: we compute heights from centroids, scipy by the Lance-Williams recurrence, so they agree up to
// rounding; 1e-9 relative leaves room for that and nothing else. Average, complete and single linkage compute
// the same sums in the same order as scipy (the tolerance is the same, the values are in fact identical).
constexpr double kHeightTolerance = 1e-9;

void expectMergesEqual(
    const std::vector<Merge> &ours, const std::vector<Merge> &scipy, const std::string &what)
{
    ASSERT_EQ(ours.size(), scipy.size()) << what;
    for (std::size_t m = 0; m < ours.size(); ++m) {
        EXPECT_NEAR(ours[m].height, scipy[m].height, kHeightTolerance * std::max(1.0, scipy[m].height))
            << what << " merge " << m;
        EXPECT_EQ(std::tie(ours[m].left, ours[m].right, ours[m].size),
            std::tie(scipy[m].left, scipy[m].right, scipy[m].size))
            << what << " merge " << m;
    }
}

} // namespace

TEST(Hierarchical, WholesaleMergesEqualScipyForEveryLinkage)
{
    const Matrix x = readWholesaleZScored();
    ASSERT_EQ(x.rows(), 440);
    for (const auto &[linkage, name] : kLinkages) {
        const Dendrogram ours = fitOrFail(x, linkage);
        const std::vector<Merge> scipy = readScipyMerges("wholesale", name);
        ASSERT_EQ(scipy.size(), 439U) << name;
        // Relative 1e-9 on every height (the smallest Ward height is 0.044).
        for (std::size_t m = 0; m < scipy.size(); ++m) {
            EXPECT_NEAR(ours.merges[m].height, scipy[m].height, kHeightTolerance * scipy[m].height)
                << name << " merge " << m;
        }
        expectMergesEqual(ours.merges, scipy, "wholesale " + name);
    }
}

TEST(Hierarchical, WholesaleCutsEqualScipyFclusterMaxclust)
{
    const Matrix x = readWholesaleZScored();
    for (const auto &[linkage, name] : kLinkages) {
        const Dendrogram dendrogram = fitOrFail(x, linkage);
        for (int k = 2; k <= 6; ++k) {
            const IndexVector ours = cutByCount(dendrogram, k);
            const IndexVector scipy = readScipyClusters("wholesale", name, k);
            ASSERT_EQ(scipy.size(), x.rows()) << name << " k=" << k;
            EXPECT_EQ(ours.maxCoeff() + 1, k) << name;
            EXPECT_DOUBLE_EQ(adjustedRandIndex(ours, scipy), 1.0) << name << " k=" << k;
        }
    }
}

// Income and spending score are small integers: many pairs are exactly equally far apart. Average, complete
// and single linkage see the same distance values as scipy and break ties as it does (lowest slot first,
// the previous link of the chain preferred), so even the cluster ids agree. Ward's heights come from
// centroids here but from the Lance-Williams recurrence in scipy, whose roundings can make different
// near-ties exact: merges of equal height may come in another order (so the ids differ), but the heights and
// the clusters at every cut agree.
TEST(Hierarchical, MallTiesAreBrokenAsScipyBreaksThem)
{
    const Matrix x = readMallIncomeAndScore();
    ASSERT_EQ(x.rows(), 200);
    for (const auto &[linkage, name] : kLinkages) {
        const Dendrogram ours = fitOrFail(x, linkage);
        const std::vector<Merge> scipy = readScipyMerges("mall", name);
        if (linkage == Linkage::Ward) {
            ASSERT_EQ(ours.merges.size(), scipy.size());
            for (std::size_t m = 0; m < scipy.size(); ++m) {
                EXPECT_NEAR(ours.merges[m].height, scipy[m].height, kHeightTolerance * scipy[m].height) << m;
            }
        } else {
            expectMergesEqual(ours.merges, scipy, "mall " + name);
        }
        for (int k = 2; k <= 6; ++k) {
            EXPECT_DOUBLE_EQ(adjustedRandIndex(cutByCount(ours, k), readScipyClusters("mall", name, k)), 1.0)
                << name << " k=" << k;
        }
    }
}

TEST(Hierarchical, SeparatedBlobsAreFoundByEveryLinkage)
{
    const auto [x, truth] = makeBlobs(600, 3, 4, 7);
    for (const auto &[linkage, name] : kLinkages) {
        const Dendrogram dendrogram = fitOrFail(x, linkage);
        ASSERT_EQ(dendrogram.merges.size(), 599U);
        EXPECT_EQ(dendrogram.merges.back().size, 600);
        EXPECT_DOUBLE_EQ(adjustedRandIndex(cutByCount(dendrogram, 4), truth), 1.0) << name;
        for (std::size_t m = 1; m < dendrogram.merges.size(); ++m) {
            EXPECT_LE(dendrogram.merges[m - 1].height, dendrogram.merges[m].height) << name;
        }
    }
}

TEST(Hierarchical, CutsLabelBySizeAndAgreeWithEachOther)
{
    // Three blobs of 50, 30 and 20 rows, the small one first: labels follow size, not row order.
    Matrix x(100, 2);
    const auto [noise, unused] = makeBlobs(100, 2, 1, 3);
    for (Eigen::Index i = 0; i < 100; ++i) {
        const double centre = i < 20 ? 0.0 : (i < 50 ? 40.0 : 80.0);
        x(i, 0) = centre + 0.5 * noise(i, 0);
        x(i, 1) = 0.5 * noise(i, 1);
    }
    const Dendrogram dendrogram = fitOrFail(x, Linkage::Ward);
    const IndexVector labels = cutByCount(dendrogram, 3);
    EXPECT_EQ(labels[0], 2); // the 20-row blob
    EXPECT_EQ(labels[20], 1); // the 30-row blob
    EXPECT_EQ(labels[50], 0); // the 50-row blob
    EXPECT_EQ((labels.array() == 0).count(), 50);
    EXPECT_EQ((labels.array() == 2).count(), 20);
    // A height between the third- and second-last merges leaves the same three clusters.
    const auto &merges = dendrogram.merges;
    const double between = 0.5 * (merges[merges.size() - 3].height + merges[merges.size() - 2].height);
    EXPECT_EQ(cutByHeight(dendrogram, between), labels);
    EXPECT_EQ(cutByCount(dendrogram, 1), IndexVector::Zero(100));
    EXPECT_EQ(cutByHeight(dendrogram, merges.back().height), IndexVector::Zero(100));
    // Every row its own cluster: equal sizes, so labels follow row order.
    IndexVector rows(100);
    std::iota(rows.begin(), rows.end(), 0);
    EXPECT_EQ(cutByCount(dendrogram, 100), rows);
    EXPECT_EQ(cutByHeight(dendrogram, -1.0), rows);
}

TEST(Hierarchical, DuplicateRowsMergeAtHeightZeroAndConstantColumnsAreHarmless)
{
    Matrix x(6, 3);
    x << 1, 5, 0, //
        1, 5, 0, // duplicate of row 0
        4, 5, 0, //
        1, 5, 0, // duplicate of row 0
        9, 5, 0, //
        4, 5, 0; // duplicate of row 2
    for (const auto &[linkage, name] : kLinkages) {
        const Dendrogram dendrogram = fitOrFail(x, linkage);
        ASSERT_EQ(dendrogram.merges.size(), 5U) << name;
        EXPECT_EQ(dendrogram.merges[0].height, 0.0) << name;
        EXPECT_EQ(dendrogram.merges[1].height, 0.0) << name;
        EXPECT_EQ(dendrogram.merges[2].height, 0.0) << name;
        EXPECT_GT(dendrogram.merges[3].height, 0.0) << name;
        const IndexVector labels = cutByCount(dendrogram, 3);
        EXPECT_EQ(labels, (IndexVector(6) << 0, 0, 1, 0, 2, 1).finished()) << name;
    }
}

TEST(Hierarchical, OneAndTwoRows)
{
    const Matrix one = (Matrix(1, 2) << 3, 4).finished();
    const Matrix two = (Matrix(2, 2) << 0, 0, 3, 4).finished();
    for (const auto &[linkage, name] : kLinkages) {
        const Dendrogram single = fitOrFail(one, linkage);
        EXPECT_TRUE(single.merges.empty()) << name;
        EXPECT_EQ(cutByCount(single, 1), IndexVector::Zero(1));
        const Dendrogram pair = fitOrFail(two, linkage);
        ASSERT_EQ(pair.merges.size(), 1U) << name;
        EXPECT_EQ(pair.merges[0].left, 0);
        EXPECT_EQ(pair.merges[0].right, 1);
        EXPECT_EQ(pair.merges[0].size, 2);
        // Ward's height for two single rows is their distance too: sqrt(2·1·1/2)·5.
        EXPECT_DOUBLE_EQ(pair.merges[0].height, 5.0) << name;
    }
}

// Weighted Ward is Ward on rows repeated `size` times: those merge at height 0 first, then the same tree.
TEST(Hierarchical, WeightedWardEqualsWardOnRepeatedRows)
{
    const auto [centres, unused] = makeBlobs(40, 3, 3, 11, 4.0);
    std::vector<std::int64_t> sizes;
    std::vector<Eigen::Index> source;
    for (Eigen::Index j = 0; j < centres.rows(); ++j) {
        sizes.push_back(1 + j % 4);
        source.insert(source.end(), static_cast<std::size_t>(sizes.back()), j);
    }
    Matrix repeated(static_cast<Eigen::Index>(source.size()), centres.cols());
    for (std::size_t i = 0; i < source.size(); ++i) {
        repeated.row(static_cast<Eigen::Index>(i)) = centres.row(source[i]);
    }
    NullProgress progress;
    const Result<Dendrogram> weighted = fitWeightedWard(centres, sizes, {}, progress);
    ASSERT_TRUE(weighted.isOk());
    EXPECT_EQ(weighted.value().leafSizes, sizes);
    const Dendrogram plain = fitOrFail(repeated, Linkage::Ward);
    const std::size_t zeros = source.size() - static_cast<std::size_t>(centres.rows());
    for (std::size_t m = 0; m < zeros; ++m) {
        EXPECT_EQ(plain.merges[m].height, 0.0);
    }
    const std::vector<Merge> &merges = weighted.value().merges;
    ASSERT_EQ(merges.size(), static_cast<std::size_t>(centres.rows() - 1));
    for (std::size_t m = 0; m < merges.size(); ++m) {
        EXPECT_NEAR(merges[m].height, plain.merges[zeros + m].height, 1e-12 * plain.merges[zeros + m].height);
        EXPECT_EQ(merges[m].size, plain.merges[zeros + m].size);
    }
    EXPECT_EQ(merges.back().size, static_cast<std::int64_t>(source.size()));
}

TEST(Hierarchical, SameResultWhateverTheThreadCount)
{
    // Enough rows for parallel loops (over 1024 clusters), which run at least one loop in 16.
    const auto [x, truth] = makeBlobs(1500, 4, 6, 5, 3.0);
    for (const auto &[linkage, name] : kLinkages) {
        const Dendrogram one = fitOrFail(x, linkage, 1);
        const Dendrogram two = fitOrFail(x, linkage, 2);
        ASSERT_EQ(one.merges.size(), 1499U);
        ASSERT_EQ(two.merges.size(), 1499U);
        for (std::size_t m = 0; m < one.merges.size(); ++m) {
            ASSERT_EQ(std::tie(one.merges[m].left, one.merges[m].right, one.merges[m].height),
                std::tie(two.merges[m].left, two.merges[m].right, two.merges[m].height))
                << name << " merge " << m;
        }
    }
}

TEST(Hierarchical, CancelMidRunStopsWithinOneReport)
{
    const auto [x, truth] = makeBlobs(3000, 3, 3, 2);
    for (const auto &[linkage, name] : kLinkages) {
        HierarchicalParams params;
        params.linkage = linkage;
        CancellingProgress progress(5);
        const Result<Dendrogram> result = fitHierarchical(x, params, progress);
        ASSERT_FALSE(result.isOk()) << name;
        EXPECT_EQ(result.error().code, ErrorCode::Cancelled) << name;
        EXPECT_EQ(progress.callsAfterCancel(), 0) << name;
        EXPECT_EQ(progress.calls(), 5) << name;
        EXPECT_TRUE(progress.stage().rfind("hierarchical", 0) == 0) << name << ": " << progress.stage();
    }
    TwoStepParams twoStep;
    twoStep.microClusterCount = 100;
    CancellingProgress progress(3);
    const Result<TwoStepResult> result = fitTwoStepWard(x, twoStep, progress);
    ASSERT_FALSE(result.isOk());
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(progress.callsAfterCancel(), 0);
}

TEST(Hierarchical, MemoryEstimateRefusesExactAverageLinkageOn200kRows)
{
    // 200,000 rows: 2e10 distances of 8 bytes.
    EXPECT_GE(estimateHierarchicalMemory(200'000, 16, Linkage::Average), 160'000'000'000ULL);
    EXPECT_LT(estimateHierarchicalMemory(200'000, 16, Linkage::Average), 160'100'000'000ULL);
    EXPECT_LT(estimateHierarchicalMemory(200'000, 16, Linkage::Ward), 100'000'000ULL);
    EXPECT_LT(estimateHierarchicalMemory(200'000, 16, Linkage::Single), 100'000'000ULL);

    HierarchicalParams params;
    params.linkage = Linkage::Average;
    const std::vector<Error> errors = validate(params, 200'000, 16);
    ASSERT_EQ(errors.size(), 1U);
    EXPECT_EQ(errors[0].code, ErrorCode::InvalidParameter);
    ASSERT_EQ(errors[0].args.size(), 3U);
    EXPECT_EQ(errors[0].args[0], "memory");
    EXPECT_EQ(errors[0].args[1], "160 GB");
    EXPECT_NE(errors[0].args[2].find("at most 4.0 GB"), std::string::npos) << errors[0].args[2];
    EXPECT_NE(describe(errors[0]).find("two-step Ward"), std::string::npos) << describe(errors[0]);
    params.linkage = Linkage::Complete;
    EXPECT_EQ(validate(params, 200'000, 16).size(), 1U);
    // Ward and single linkage fit in memory at that size (they take long instead).
    params.linkage = Linkage::Ward;
    EXPECT_TRUE(validate(params, 200'000, 16).empty());
    params.linkage = Linkage::Single;
    EXPECT_TRUE(validate(params, 200'000, 16).empty());
    // fitHierarchical refuses before allocating anything: a lower limit makes 3,000 rows too many.
    params.linkage = Linkage::Average;
    params.memoryLimitBytes = 1'000'000;
    const auto [x, truth] = makeBlobs(3000, 2, 2, 1);
    NullProgress progress;
    const Result<Dendrogram> refused = fitHierarchical(x, params, progress);
    ASSERT_FALSE(refused.isOk());
    EXPECT_EQ(refused.error().args.at(0), "memory");
    EXPECT_EQ(refused.error().args.at(1), "37 MB");
}

TEST(Hierarchical, ValidateNamesEachBadField)
{
    HierarchicalParams params;
    params.threadCount = -1;
    std::vector<Error> errors = validate(params, 0, 0);
    ASSERT_EQ(errors.size(), 3U);
    EXPECT_EQ(errors[0].args.at(0), "threadCount");
    EXPECT_EQ(errors[1].args.at(0), "columns");
    EXPECT_EQ(errors[2].code, ErrorCode::TooFewCustomers);

    TwoStepParams twoStep;
    twoStep.microClusterCount = -1;
    twoStep.sampleSize = -2;
    twoStep.kmeansMaxIterations = 0;
    twoStep.threadCount = -1;
    errors = validate(twoStep, 10, 2);
    ASSERT_EQ(errors.size(), 4U);
    EXPECT_EQ(errors[0].args.at(0), "microClusterCount");
    EXPECT_EQ(errors[1].args.at(0), "sampleSize");
    EXPECT_EQ(errors[2].args.at(0), "kmeansMaxIterations");
    EXPECT_EQ(errors[3].args.at(0), "threadCount");
    EXPECT_TRUE(validate(TwoStepParams {}, 10, 2).empty());
}

TEST(Hierarchical, TwoStepWardRecoversBlobsOn50kRows)
{
    const auto [x, truth] = makeBlobs(50'000, 4, 5, 9);
    TwoStepParams params;
    params.microClusterCount = 100;
    params.seed = 4;
    NullProgress progress;
    const Result<TwoStepResult> result = fitTwoStepWard(x, params, progress);
    ASSERT_TRUE(result.isOk()) << describe(result.error());
    const TwoStepResult &twoStep = result.value();
    ASSERT_EQ(twoStep.microLabels.size(), x.rows());
    const Eigen::Index micro = twoStep.microCentroids.rows();
    EXPECT_GT(micro, 75);
    EXPECT_LE(micro, 100);
    EXPECT_EQ(twoStep.dendrogram.leafCount(), micro);
    EXPECT_EQ(twoStep.dendrogram.merges.back().size, 50'000);
    // Each micro-centroid is the mean of its rows.
    Matrix sums = Matrix::Zero(micro, x.cols());
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        sums.row(twoStep.microLabels[i]) += x.row(i);
    }
    for (Eigen::Index j = 0; j < micro; ++j) {
        const auto size = static_cast<double>(twoStep.dendrogram.leafSizes[static_cast<std::size_t>(j)]);
        EXPECT_LT((sums.row(j) / size - twoStep.microCentroids.row(j)).norm(), 1e-9);
    }
    const IndexVector labels = cutByCount(twoStep, 5);
    EXPECT_DOUBLE_EQ(adjustedRandIndex(labels, truth), 1.0);
    EXPECT_EQ((labels.array() == 0).count(), 10'000);
    // The same seed gives the same result whatever the thread count.
    params.threadCount = 1;
    const Result<TwoStepResult> again = fitTwoStepWard(x, params, progress);
    ASSERT_TRUE(again.isOk());
    EXPECT_EQ(again.value().microLabels, twoStep.microLabels);
    EXPECT_EQ(cutByCount(again.value(), 5), labels);
}

TEST(Hierarchical, TwoStepOnFewRowsIsExactWard)
{
    const Matrix x = readWholesaleZScored();
    NullProgress progress;
    const Result<TwoStepResult> result = fitTwoStepWard(x, TwoStepParams {}, progress);
    ASSERT_TRUE(result.isOk());
    expectMergesEqual(result.value().dendrogram.merges, readScipyMerges("wholesale", "ward"), "two-step");
    EXPECT_DOUBLE_EQ(
        adjustedRandIndex(cutByCount(result.value(), 4), readScipyClusters("wholesale", "ward", 4)), 1.0);
}
