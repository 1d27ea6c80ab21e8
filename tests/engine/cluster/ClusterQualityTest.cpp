// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "cluster/ClusterQuality.h"

#include "support/CancellingProgress.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <limits>
#include <map>
#include <numbers>
#include <numeric>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

using namespace segmenta::engine;
using segmenta::test::CancellingProgress;

namespace {

/// One dataset's known answers from tests/reference/cluster_quality.csv (see make_cluster_quality.py).
struct Reference
{
    IndexVector labels;
    Vector silhouette;
    double silhouetteScore = 0.0;
    double calinskiHarabasz = 0.0;
    double daviesBouldin = 0.0;
};

Reference readReference(const std::string &dataset)
{
    std::ifstream file(SEGMENTA_REFERENCE_DIR "/cluster_quality.csv");
    EXPECT_TRUE(file) << "missing cluster_quality.csv under " SEGMENTA_REFERENCE_DIR;
    std::vector<int> labels;
    std::vector<double> values;
    Reference reference;
    std::string line;
    while (std::getline(file, line)) {
        if (line.empty() || line[0] == '#' || line.rfind(dataset + ",", 0) != 0) {
            continue;
        }
        std::vector<std::string> fields;
        std::stringstream stream(line);
        for (std::string field; std::getline(stream, field, ',');) {
            fields.push_back(field);
        }
        const std::string &quantity = fields.at(1);
        const double value = std::stod(fields.at(3));
        if (quantity == "label") {
            labels.push_back(std::stoi(fields.at(3)));
        } else if (quantity == "silhouette") {
            values.push_back(value);
        } else if (quantity == "silhouette_score") {
            reference.silhouetteScore = value;
        } else if (quantity == "calinski_harabasz") {
            reference.calinskiHarabasz = value;
        } else if (quantity == "davies_bouldin") {
            reference.daviesBouldin = value;
        }
    }
    reference.labels = Eigen::Map<const IndexVector>(labels.data(), static_cast<Eigen::Index>(labels.size()));
    reference.silhouette = Eigen::Map<const Vector>(values.data(), static_cast<Eigen::Index>(values.size()));
    return reference;
}

/// The chosen columns of a CSV file with a header row (CRLF or LF).
Matrix readColumns(const std::string &path, const std::vector<std::string> &names)
{
    std::ifstream file(path, std::ios::binary);
    EXPECT_TRUE(file) << "missing " << path;
    const auto splitLine = [](std::string line) {
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        std::vector<std::string> fields;
        std::stringstream stream(line);
        for (std::string field; std::getline(stream, field, ',');) {
            fields.push_back(field);
        }
        return fields;
    };
    std::string line;
    std::getline(file, line);
    const std::vector<std::string> header = splitLine(line);
    std::vector<std::size_t> columns;
    for (const std::string &name : names) {
        columns.push_back(
            static_cast<std::size_t>(std::find(header.begin(), header.end(), name) - header.begin()));
    }
    std::vector<std::vector<double>> rows;
    while (std::getline(file, line)) {
        if (line.empty() || line == "\r") {
            continue;
        }
        const std::vector<std::string> fields = splitLine(line);
        std::vector<double> row;
        for (const std::size_t column : columns) {
            row.push_back(std::stod(fields.at(column)));
        }
        rows.push_back(row);
    }
    Matrix x(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(names.size()));
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        for (Eigen::Index j = 0; j < x.cols(); ++j) {
            x(i, j) = rows[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)];
        }
    }
    return x;
}

/// Six spending columns of the Wholesale customers data, z-scored with the population standard deviation
/// (scikit-learn's StandardScaler), as make_cluster_quality.py does.
Matrix readWholesaleZScored()
{
    Matrix x = readColumns(SEGMENTA_SHARED_DATA_DIR "/wholesale_customers/Wholesale customers data.csv",
        {"Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen"});
    const RowVector mean = x.colwise().mean();
    x.rowwise() -= mean;
    const RowVector deviation = (x.colwise().squaredNorm() / static_cast<double>(x.rows())).cwiseSqrt();
    x.array().rowwise() /= deviation.array();
    return x;
}

Matrix readMallIncomeAndScore()
{
    return readColumns(SEGMENTA_SHARED_DATA_DIR "/mall_customers/Mall_Customers.csv",
        {"Annual Income (k$)", "Spending Score (1-100)"});
}

/// Gaussian rows around `centreCount` centres on a line, labelled by centre, interleaved. Box-Muller on the
/// top 53 bits of mt19937_64, so the data are the same on every standard library.
std::pair<Matrix, IndexVector> makeBlobs(
    Eigen::Index rows, Eigen::Index columns, int centreCount, std::uint64_t seed)
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
            x(i, j) = (j == 0 ? 3.0 * labels[i] : 0.0) + normal;
        }
    }
    return {x, labels};
}

/// The textbook definition, one distance at a time: the check on the blocked GEMM version.
Vector naiveSilhouette(const Matrix &x, const IndexVector &labels)
{
    std::map<int, double> sizes;
    for (Eigen::Index i = 0; i < labels.size(); ++i) {
        sizes[labels[i]] += 1.0;
    }
    Vector values(x.rows());
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        std::map<int, double> sums;
        for (Eigen::Index j = 0; j < x.rows(); ++j) {
            sums[labels[j]] += (x.row(i) - x.row(j)).norm();
        }
        const double ownSize = sizes[labels[i]];
        if (ownSize < 2.0) {
            values[i] = 0.0;
            continue;
        }
        const double a = sums[labels[i]] / (ownSize - 1.0);
        double b = std::numeric_limits<double>::infinity();
        for (const auto &[label, sum] : sums) {
            if (label != labels[i]) {
                b = std::min(b, sum / sizes[label]);
            }
        }
        values[i] = (b - a) / std::max(a, b);
    }
    return values;
}

SilhouetteResult silhouetteOrFail(const Matrix &x, const IndexVector &labels, const SilhouetteParams &params)
{
    NullProgress progress;
    Result<SilhouetteResult> result = silhouette(x, labels, params, progress);
    if (!result) {
        ADD_FAILURE() << "silhouette failed: " << describe(result.error());
        return {};
    }
    return std::move(result).value();
}

// Agreement with scikit-learn: both compute distances as sqrt(||a||² + ||b||² - 2ab) but sum them in a
// different order, so they differ by rounding only; 1e-9 relative leaves room for that and nothing else.
// Per-row silhouettes near 0 are held to 1e-9 absolute, since a relative bound means nothing there.
constexpr double kRelativeTolerance = 1e-9;

void expectMatchesScikitLearn(const Matrix &x, const Reference &reference)
{
    ASSERT_EQ(reference.labels.size(), x.rows());
    ASSERT_EQ(reference.silhouette.size(), x.rows());
    const SilhouetteResult result = silhouetteOrFail(x, reference.labels, {});
    EXPECT_FALSE(result.isSampled);
    EXPECT_EQ(result.sampleSize, x.rows());
    ASSERT_EQ(result.values.size(), x.rows());
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        EXPECT_EQ(result.rows[i], i);
        const double expected = reference.silhouette[i];
        EXPECT_NEAR(result.values[i], expected, kRelativeTolerance * std::max(1.0, std::abs(expected)))
            << "row " << i;
    }
    EXPECT_NEAR(
        result.mean, reference.silhouetteScore, kRelativeTolerance * std::abs(reference.silhouetteScore));
    const double ch = calinskiHarabasz(x, reference.labels);
    EXPECT_NEAR(ch, reference.calinskiHarabasz, kRelativeTolerance * reference.calinskiHarabasz);
    const double db = daviesBouldin(x, reference.labels);
    EXPECT_NEAR(db, reference.daviesBouldin, kRelativeTolerance * reference.daviesBouldin);
}

} // namespace

TEST(ClusterQuality, WholesaleZScoredMatchesScikitLearn)
{
    expectMatchesScikitLearn(readWholesaleZScored(), readReference("wholesale"));
}

TEST(ClusterQuality, MallIncomeAndScoreMatchesScikitLearn)
{
    expectMatchesScikitLearn(readMallIncomeAndScore(), readReference("mall"));
}

TEST(ClusterQuality, SilhouetteMatchesTheDefinitionIncludingSingletons)
{
    // 300 rows over more than one block of rows and columns' worth of segments, plus a segment of one row
    // (silhouette 0 by definition) and labels that are neither contiguous nor sorted.
    auto [x, labels] = makeBlobs(300, 3, 5, 11);
    for (Eigen::Index i = 0; i < labels.size(); ++i) {
        labels[i] = labels[i] * 7 - 10;
    }
    labels[123] = 1000;
    SilhouetteParams params;
    params.threadCount = 3;
    const SilhouetteResult result = silhouetteOrFail(x, labels, params);
    const Vector expected = naiveSilhouette(x, labels);
    ASSERT_EQ(result.values.size(), expected.size());
    EXPECT_EQ(result.values[123], 0.0);
    EXPECT_LT((result.values - expected).cwiseAbs().maxCoeff(), 1e-12);
    EXPECT_NEAR(result.mean, expected.mean(), 1e-12);
}

TEST(ClusterQuality, CoincidingRowsScoreZeroNotNan)
{
    // Two segments whose rows all coincide: a = b = 0, where (b - a) / max(a, b) is 0 / 0; scikit-learn
    // turns that NaN into 0 (nan_to_num), and so do we.
    Matrix x(4, 2);
    x << 1, 1, 1, 1, 1, 1, 1, 1;
    const IndexVector labels = (IndexVector(4) << 0, 0, 1, 1).finished();
    const SilhouetteResult result = silhouetteOrFail(x, labels, {});
    EXPECT_TRUE(result.values.allFinite());
    EXPECT_EQ(result.values, Vector::Zero(4));
}

TEST(ClusterQuality, ResultDoesNotDependOnThreadCount)
{
    const auto [x, labels] = makeBlobs(2500, 4, 6, 5);
    SilhouetteParams one;
    one.threadCount = 1;
    SilhouetteParams many;
    many.threadCount = 7;
    const SilhouetteResult a = silhouetteOrFail(x, labels, one);
    const SilhouetteResult b = silhouetteOrFail(x, labels, many);
    EXPECT_EQ(a.values, b.values);
    EXPECT_EQ(a.mean, b.mean);
}

TEST(ClusterQuality, SampledSilhouetteIsDeterministicForASeed)
{
    const auto [x, labels] = makeBlobs(3000, 3, 4, 9);
    SilhouetteParams params;
    params.exactLimit = 1000;
    params.sampleSize = 400;
    params.seed = 42;
    const SilhouetteResult first = silhouetteOrFail(x, labels, params);
    params.threadCount = 1;
    const SilhouetteResult again = silhouetteOrFail(x, labels, params);
    EXPECT_TRUE(first.isSampled);
    EXPECT_EQ(first.sampleSize, 400);
    ASSERT_EQ(first.rows.size(), 400);
    EXPECT_EQ(first.rows, again.rows);
    EXPECT_EQ(first.values, again.values);
    EXPECT_EQ(first.mean, again.mean);
    EXPECT_TRUE(std::is_sorted(first.rows.begin(), first.rows.end()));
    EXPECT_EQ(std::adjacent_find(first.rows.begin(), first.rows.end()), first.rows.end());

    // The sample is scored against itself: the same as the exact silhouette of the sampled rows.
    Matrix sample(first.rows.size(), x.cols());
    IndexVector sampleLabels(first.rows.size());
    for (Eigen::Index i = 0; i < first.rows.size(); ++i) {
        sample.row(i) = x.row(first.rows[i]);
        sampleLabels[i] = labels[first.rows[i]];
    }
    const SilhouetteResult exact = silhouetteOrFail(sample, sampleLabels, {});
    EXPECT_FALSE(exact.isSampled);
    EXPECT_LT((first.values - exact.values).cwiseAbs().maxCoeff(), 1e-12);

    params.seed = 43;
    EXPECT_NE(silhouetteOrFail(x, labels, params).rows, first.rows);
}

TEST(ClusterQuality, SampleAtLeastAsLargeAsTheDataScoresEveryRow)
{
    const auto [x, labels] = makeBlobs(500, 2, 3, 1);
    SilhouetteParams params;
    params.exactLimit = 100;
    params.sampleSize = 500;
    const SilhouetteResult result = silhouetteOrFail(x, labels, params);
    EXPECT_FALSE(result.isSampled);
    EXPECT_EQ(result.sampleSize, 500);
}

TEST(ClusterQuality, CancelMidRunStopsAtTheNextBlock)
{
    const auto [x, labels] = makeBlobs(2000, 3, 4, 3);
    CancellingProgress progress(2);
    const Result<SilhouetteResult> result = silhouette(x, labels, {}, progress);
    ASSERT_FALSE(result.isOk());
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(progress.stage(), "silhouette");
    EXPECT_EQ(progress.callsAfterCancel(), 0);

    CancellingProgress already(0);
    const Result<SilhouetteResult> before = silhouette(x, labels, {}, already);
    ASSERT_FALSE(before.isOk());
    EXPECT_EQ(before.error().code, ErrorCode::Cancelled);
}

TEST(ClusterQuality, LabelCountMustMatchRows)
{
    const auto [x, labels] = makeBlobs(20, 2, 2, 1);
    const IndexVector shorter = labels.head(19);
    NullProgress progress;
    const Result<SilhouetteResult> result = silhouette(x, shorter, {}, progress);
    ASSERT_FALSE(result.isOk());
    EXPECT_EQ(result.error().code, ErrorCode::InvalidParameter);
    EXPECT_EQ(result.error().args.at(0), "labels");
    EXPECT_EQ(validateLabels(shorter, 20).size(), 1U);
}

TEST(ClusterQuality, OneSegmentIsAnInvalidParameter)
{
    const auto [x, labels] = makeBlobs(20, 2, 2, 1);
    NullProgress progress;
    const Result<SilhouetteResult> result = silhouette(x, IndexVector::Constant(20, 3), {}, progress);
    ASSERT_FALSE(result.isOk());
    EXPECT_EQ(result.error().code, ErrorCode::InvalidParameter);
    EXPECT_EQ(result.error().args.at(0), "labels");
    EXPECT_EQ(result.error().args.at(2), "2 .. rows - 1 distinct labels");
}

TEST(ClusterQuality, EveryRowItsOwnSegmentIsAnInvalidParameter)
{
    IndexVector distinct(20);
    std::iota(distinct.begin(), distinct.end(), 0);
    EXPECT_EQ(validateLabels(distinct, 20).size(), 1U);
    distinct[19] = 0;
    EXPECT_TRUE(validateLabels(distinct, 20).empty());
}

TEST(ClusterQuality, EveryOutOfRangeFieldIsReported)
{
    SilhouetteParams params;
    params.exactLimit = 1;
    params.sampleSize = 0;
    params.threadCount = -1;
    const std::vector<Error> errors = validate(params, IndexVector::Zero(5), 5);
    std::vector<std::string> fields;
    for (const Error &error : errors) {
        EXPECT_EQ(error.code, ErrorCode::InvalidParameter);
        fields.push_back(error.args.at(0));
    }
    EXPECT_EQ(fields, (std::vector<std::string> {"labels", "exactLimit", "sampleSize", "threadCount"}));
}

TEST(ClusterQuality, SampleWithOneSegmentNamesSampleSize)
{
    // 999 rows of one segment and 1 of another: a sample of 2 almost surely misses the lone row.
    const Matrix x = makeBlobs(1000, 2, 1, 2).first;
    IndexVector labels = IndexVector::Zero(1000);
    labels[999] = 1;
    SilhouetteParams params;
    params.exactLimit = 10;
    params.sampleSize = 2;
    NullProgress progress;
    const Result<SilhouetteResult> result = silhouette(x, labels, params, progress);
    ASSERT_FALSE(result.isOk());
    EXPECT_EQ(result.error().code, ErrorCode::InvalidParameter);
    EXPECT_EQ(result.error().args.at(0), "sampleSize");
}

TEST(ClusterQuality, CalinskiHarabaszAndDaviesBouldinOfSeparatedSegments)
{
    // Two segments of two rows each: {(0,0), (0,2)} and {(10,0), (10,2)}. Centroids (0,1) and (10,1);
    // within dispersion 4 x 1 = 4, between 4 x 25 = 100, CH = 100 x (4 - 2) / (4 x 1) = 50; each row is 1
    // from its centroid, DB = (1 + 1) / 10 = 0.2.
    Matrix x(4, 2);
    x << 0, 0, 0, 2, 10, 0, 10, 2;
    const IndexVector labels = (IndexVector(4) << 5, 5, 2, 2).finished();
    EXPECT_DOUBLE_EQ(calinskiHarabasz(x, labels), 50.0);
    EXPECT_DOUBLE_EQ(daviesBouldin(x, labels), 0.2);

    // Segments that are single points: CH is 1 and DB 0 by scikit-learn's conventions.
    Matrix points(4, 1);
    points << 1, 1, 3, 3;
    EXPECT_EQ(calinskiHarabasz(points, labels), 1.0);
    EXPECT_EQ(daviesBouldin(points, labels), 0.0);
}
