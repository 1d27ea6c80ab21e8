// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "cluster/GaussianMixture.h"

#include "cluster/ChooseSegmentCount.h"
#include "support/Blobs.h"
#include "support/CancellingProgress.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

using namespace segmenta::engine;
using segmenta::test::BlobData;
using segmenta::test::CancellingProgress;
using segmenta::test::makeBlobs;

namespace {

GaussianMixtureResult fitOrFail(const Matrix &x, const GaussianMixtureParams &params)
{
    NullProgress progress;
    Result<GaussianMixtureResult> result = fitGaussianMixture(x, params, progress);
    if (!result) {
        ADD_FAILURE() << "fitGaussianMixture failed: " << describe(result.error());
        return {};
    }
    return std::move(result).value();
}

IndexVector truthOf(const BlobData &data)
{
    IndexVector truth(static_cast<Eigen::Index>(data.truth.size()));
    for (std::size_t i = 0; i < data.truth.size(); ++i) {
        truth[static_cast<Eigen::Index>(i)] = data.truth[i];
    }
    return truth;
}

/// The chosen columns of a CSV file with a header row (CRLF or LF), z-scored with the population standard
/// deviation (scikit-learn's StandardScaler), as make_gaussian_mixture.py reads them.
Matrix readZScored(const std::string &path, const std::vector<std::string> &names)
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
    for (Eigen::Index j = 0; j < x.cols(); ++j) {
        const double mean = x.col(j).mean();
        const double deviation = std::sqrt((x.col(j).array() - mean).square().mean());
        x.col(j) = (x.col(j).array() - mean) / deviation;
    }
    return x;
}

Matrix wholesale()
{
    return readZScored(SEGMENTA_SHARED_DATA_DIR "/wholesale_customers/Wholesale customers data.csv",
        {"Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen"});
}

Matrix mall()
{
    return readZScored(SEGMENTA_SHARED_DATA_DIR "/mall_customers/Mall_Customers.csv",
        {"Annual Income (k$)", "Spending Score (1-100)"});
}

/// scikit-learn's fit of one dataset and covariance type, from tests/reference/gaussian_mixture.csv.
struct Reference
{
    double logLikelihood = 0.0;
    double bic = 0.0;
    int parameterCount = 0;
    Vector weights;
    Matrix means;
    std::vector<Matrix> covariances;
};

Reference readReference(
    const std::string &dataset, const std::string &covariance, int k, Eigen::Index columns)
{
    std::ifstream file(SEGMENTA_REFERENCE_DIR "/gaussian_mixture.csv");
    EXPECT_TRUE(file) << "missing gaussian_mixture.csv under " SEGMENTA_REFERENCE_DIR;
    Reference reference;
    reference.weights = Vector::Zero(k);
    reference.means = Matrix::Zero(k, columns);
    reference.covariances.assign(static_cast<std::size_t>(k), Matrix::Zero(columns, columns));
    const std::string prefix = dataset + "," + covariance + ",";
    std::string line;
    while (std::getline(file, line)) {
        if (line.rfind(prefix, 0) != 0) {
            continue;
        }
        std::vector<std::string> fields;
        std::stringstream stream(line);
        for (std::string field; std::getline(stream, field, ',');) {
            fields.push_back(field);
        }
        const std::string &quantity = fields.at(2);
        const long index = std::stol(fields.at(3));
        const double value = std::stod(fields.at(4));
        if (quantity == "log_likelihood") {
            reference.logLikelihood = value;
        } else if (quantity == "bic") {
            reference.bic = value;
        } else if (quantity == "parameters") {
            reference.parameterCount = static_cast<int>(value);
        } else if (quantity == "weight") {
            reference.weights[index] = value;
        } else if (quantity == "mean") {
            reference.means(index / columns, index % columns) = value;
        } else if (quantity == "covariance") {
            const long block = columns * columns;
            reference.covariances[static_cast<std::size_t>(index / block)](
                (index % block) / columns, index % columns)
                = value;
        }
    }
    return reference;
}

struct Case
{
    const char *dataset;
    const char *covariance;
    int k;
};

const Case kCases[]
    = {{"wholesale", "full", 4}, {"wholesale", "diag", 4}, {"mall", "full", 5}, {"mall", "diag", 5}};

Matrix dataOf(const Case &c)
{
    return std::string(c.dataset) == "wholesale" ? wholesale() : mall();
}

CovarianceType typeOf(const Case &c)
{
    return std::string(c.covariance) == "full" ? CovarianceType::Full : CovarianceType::Diagonal;
}

// Three separated groups in 3-D with different shapes: a round one, one stretched along x and one tilted
// (correlated x and y would need a full covariance; the groups are far enough apart for both types).
BlobData threeShapes()
{
    BlobData data = makeBlobs(
        {{{0.0, 0.0, 0.0}, 1.0, 300}, {{15.0, 0.0, 5.0}, 0.5, 200}, {{0.0, 15.0, -5.0}, 1.5, 100}}, 11);
    for (Eigen::Index i = 300; i < 500; ++i) {
        data.x(i, 0) = 15.0 + 4.0 * (data.x(i, 0) - 15.0); // stretched along x
    }
    for (Eigen::Index i = 500; i < 600; ++i) {
        data.x(i, 1) += 0.8 * data.x(i, 0); // tilted
    }
    return data;
}

} // namespace

TEST(GaussianMixture, RecoversThreeShapedBlobsWithEitherCovariance)
{
    const BlobData data = threeShapes();
    for (const CovarianceType type : {CovarianceType::Full, CovarianceType::Diagonal}) {
        GaussianMixtureParams params;
        params.componentCount = 3;
        params.covariance = type;
        params.initCount = 2;
        params.seed = 5;
        const GaussianMixtureResult result = fitOrFail(data.x, params);
        ASSERT_EQ(result.labels.size(), data.x.rows());
        EXPECT_NEAR(adjustedRandIndex(result.labels, truthOf(data)), 1.0, 1e-12);
        // Sizes differ, and labels are ordered by size: blob b is label b.
        EXPECT_EQ(result.sizes, (std::vector<std::int64_t> {300, 200, 100}));
        EXPECT_EQ(result.labels[0], 0);
        EXPECT_EQ(result.labels[599], 2);
        EXPECT_NEAR(result.weights.sum(), 1.0, 1e-12);
        EXPECT_NEAR(result.weights[0], 0.5, 1e-3);
        EXPECT_NEAR(result.means(1, 0), 15.0, 0.5);
        EXPECT_NEAR(result.means(1, 2), 5.0, 0.2);
        // The stretched blob's x variance is 4² · 0.5² = 4, its z variance 0.25.
        EXPECT_NEAR(result.covariances[1](0, 0), 4.0, 1.0);
        EXPECT_NEAR(result.covariances[1](2, 2), 0.25, 0.06);
        if (type == CovarianceType::Diagonal) {
            EXPECT_EQ(result.covariances[2](0, 1), 0.0);
        } else {
            EXPECT_GT(result.covariances[2](0, 1), 1.0); // tilted: y follows 0.8 x
        }
        for (Eigen::Index i = 0; i < data.x.rows(); ++i) {
            ASSERT_NEAR(result.probabilities.row(i).sum(), 1.0, 1e-12) << "row " << i;
            Eigen::Index largest = 0;
            result.probabilities.row(i).maxCoeff(&largest);
            ASSERT_EQ(largest, result.labels[i]) << "row " << i;
        }
        EXPECT_TRUE(result.converged);
        EXPECT_EQ(result.parameterCount, gaussianMixtureParameterCount(3, 3, type));
        EXPECT_NEAR(result.bic, -2.0 * result.logLikelihood + result.parameterCount * std::log(600.0), 1e-9);
    }
    // Full fits the tilted blob better: a higher likelihood, and a lower BIC despite 9 more parameters.
    GaussianMixtureParams full;
    full.componentCount = 3;
    GaussianMixtureParams diagonal = full;
    diagonal.covariance = CovarianceType::Diagonal;
    const GaussianMixtureResult fullFit = fitOrFail(data.x, full);
    const GaussianMixtureResult diagonalFit = fitOrFail(data.x, diagonal);
    EXPECT_GT(fullFit.logLikelihood, diagonalFit.logLikelihood);
    EXPECT_LT(fullFit.bic, diagonalFit.bic);
}

TEST(GaussianMixture, ParameterCountIsScikitLearns)
{
    EXPECT_EQ(gaussianMixtureParameterCount(4, 6, CovarianceType::Full), 4 * 21 + 4 * 6 + 3); // 111
    EXPECT_EQ(gaussianMixtureParameterCount(4, 6, CovarianceType::Diagonal), 4 * 6 + 4 * 6 + 3); // 51
    EXPECT_EQ(gaussianMixtureParameterCount(1, 1, CovarianceType::Full), 2);
}

// Known answers (tests/reference/make_gaussian_mixture.py): for scikit-learn's fitted parameters our density
// arithmetic gives its log-likelihood, and our BIC formula its bic(), to rounding (1e-10 relative).
TEST(GaussianMixture, ScikitLearnParametersGiveItsLogLikelihoodAndBic)
{
    for (const Case &c : kCases) {
        const Matrix x = dataOf(c);
        const Reference reference = readReference(c.dataset, c.covariance, c.k, x.cols());
        const Result<double> logLikelihood
            = gaussianMixtureLogLikelihood(x, reference.weights, reference.means, reference.covariances);
        ASSERT_TRUE(logLikelihood) << describe(logLikelihood.error());
        EXPECT_NEAR(logLikelihood.value(), reference.logLikelihood, 1e-10 * std::abs(reference.logLikelihood))
            << c.dataset << ' ' << c.covariance;
        const int parameters = gaussianMixtureParameterCount(c.k, x.cols(), typeOf(c));
        EXPECT_EQ(parameters, reference.parameterCount) << c.dataset << ' ' << c.covariance;
        EXPECT_NEAR(bayesianInformationCriterion(logLikelihood.value(), parameters, x.rows()), reference.bic,
            1e-10 * std::abs(reference.bic))
            << c.dataset << ' ' << c.covariance;
    }
}

// Our best of 100 starts is no worse than scikit-learn's best of 100 (n_init=100) on the same data and k.
// Both stop a start once the mean log-likelihood per row changes by less than tol = 1e-3, so two runs that
// end in the same optimum can differ by about tol · rows in total log-likelihood: that is the slack allowed.
TEST(GaussianMixture, BestOfAHundredStartsIsNoWorseThanScikitLearn)
{
    for (const Case &c : kCases) {
        const Matrix x = dataOf(c);
        const Reference reference = readReference(c.dataset, c.covariance, c.k, x.cols());
        GaussianMixtureParams params;
        params.componentCount = c.k;
        params.covariance = typeOf(c);
        params.initCount = 100;
        const GaussianMixtureResult result = fitOrFail(x, params);
        const double slack = params.tolerance * static_cast<double>(x.rows());
        EXPECT_GE(result.logLikelihood, reference.logLikelihood - slack) << c.dataset << ' ' << c.covariance;
        EXPECT_LE(result.bic, reference.bic + 2.0 * slack) << c.dataset << ' ' << c.covariance;
        EXPECT_EQ(result.parameterCount, reference.parameterCount);
        // The reported log-likelihood is that of the returned parameters.
        const Result<double> check
            = gaussianMixtureLogLikelihood(x, result.weights, result.means, result.covariances);
        ASSERT_TRUE(check);
        EXPECT_NEAR(check.value(), result.logLikelihood, 1e-9 * std::abs(result.logLikelihood));
    }
}

TEST(GaussianMixture, SameSeedGivesIdenticalResultWhateverTheThreadCount)
{
    // Enough rows for many chunks, overlapping groups so that EM needs many iterations and rounding would
    // show.
    const BlobData data = makeBlobs({{{0, 0, 0, 0}, 2.0, 3000}, {{3, 1, 0, 2}, 2.0, 2500},
                                        {{-2, 3, 1, 0}, 1.5, 2000}, {{1, -3, 2, 1}, 2.5, 1500}},
        7);
    GaussianMixtureParams params;
    params.componentCount = 4;
    params.initCount = 2;
    params.seed = 99;
    params.threadCount = 1;
    const GaussianMixtureResult single = fitOrFail(data.x, params);
    EXPECT_GT(single.iterations, 3);
    for (int threads : {1, 2, 3}) {
        params.threadCount = threads;
        const GaussianMixtureResult multi = fitOrFail(data.x, params);
        EXPECT_EQ(single.labels, multi.labels) << threads << " threads";
        EXPECT_EQ(single.means, multi.means) << threads << " threads"; // bit for bit
        EXPECT_EQ(single.probabilities, multi.probabilities) << threads << " threads";
        EXPECT_EQ(single.logLikelihood, multi.logLikelihood) << threads << " threads";
        EXPECT_EQ(single.iterations, multi.iterations) << threads << " threads";
    }
}

TEST(GaussianMixture, CancelMidRunStopsAtTheNextIteration)
{
    const BlobData data = makeBlobs({{{0, 0}, 2.0, 3000}, {{3, 1}, 2.0, 2500}}, 3);
    GaussianMixtureParams params;
    params.componentCount = 6;
    params.initCount = 5;
    params.tolerance = 0.0;
    CancellingProgress progress(3);
    const Result<GaussianMixtureResult> result = fitGaussianMixture(data.x, params, progress);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(progress.callsAfterCancel(), 0); // checked before the next EM iteration
    EXPECT_EQ(progress.stage(), "gmm");
}

TEST(GaussianMixture, NotANumberIsReportedWithItsPlace)
{
    Matrix x = Matrix::Random(20, 3);
    x(7, 2) = std::numeric_limits<double>::quiet_NaN();
    GaussianMixtureParams params;
    params.componentCount = 2;
    NullProgress progress;
    const Result<GaussianMixtureResult> result = fitGaussianMixture(x, params, progress);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::InvalidParameter);
    EXPECT_EQ(result.error().args.at(0), "data");
    EXPECT_EQ(result.error().args.at(1), "not a finite number in row 8, column 3");
}

TEST(GaussianMixture, MoreComponentsThanDistinctRowsIsReported)
{
    Matrix x(12, 2);
    for (Eigen::Index i = 0; i < 12; ++i) {
        x.row(i) << static_cast<double>(i % 3), 1.0; // three distinct rows
    }
    GaussianMixtureParams params;
    params.componentCount = 4;
    NullProgress progress;
    const Result<GaussianMixtureResult> result = fitGaussianMixture(x, params, progress);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::InvalidParameter);
    EXPECT_EQ(result.error().args,
        (std::vector<std::string> {"k", "4", "at most the number of distinct customers (3)"}));
}

TEST(GaussianMixture, SingularCovarianceWithoutRegularisationIsReported)
{
    // 40 customers exactly at the origin (a segment with no spread at all) and 60 spread around (10, 10).
    BlobData data = makeBlobs({{{10.0, 10.0}, 1.0, 60}}, 4);
    Matrix x = Matrix::Zero(100, 2);
    x.bottomRows(60) = data.x;
    for (const CovarianceType type : {CovarianceType::Full, CovarianceType::Diagonal}) {
        GaussianMixtureParams params;
        params.componentCount = 2;
        params.covariance = type;
        params.covarianceRegularization = 0.0;
        NullProgress progress;
        const Result<GaussianMixtureResult> result = fitGaussianMixture(x, params, progress);
        ASSERT_FALSE(result);
        EXPECT_EQ(result.error().code, ErrorCode::InvalidParameter);
        EXPECT_EQ(result.error().args.at(0), "covarianceRegularization");
        // scikit-learn's default regularisation makes the same data fit.
        params.covarianceRegularization = 1e-6;
        const GaussianMixtureResult fitted = fitOrFail(x, params);
        EXPECT_EQ(fitted.sizes, (std::vector<std::int64_t> {60, 40}));
    }
}

TEST(GaussianMixture, EveryOutOfRangeFieldIsReported)
{
    GaussianMixtureParams params;
    params.componentCount = 0;
    params.initCount = 0;
    params.maxIterations = 0;
    params.tolerance = -1.0;
    params.covarianceRegularization = std::numeric_limits<double>::quiet_NaN();
    params.threadCount = -1;
    const std::vector<Error> errors = validate(params, 10, 0);
    std::vector<std::string> fields;
    for (const Error &error : errors) {
        EXPECT_EQ(error.code, ErrorCode::InvalidParameter);
        fields.push_back(error.args.at(0));
    }
    EXPECT_EQ(fields,
        (std::vector<std::string> {"componentCount", "initCount", "maxIterations", "tolerance",
            "covarianceRegularization", "threadCount", "columns"}));

    GaussianMixtureParams tooMany;
    tooMany.componentCount = 5;
    const std::vector<Error> few = validate(tooMany, 3, 2);
    ASSERT_EQ(few.size(), 1U);
    EXPECT_EQ(few[0].code, ErrorCode::TooFewCustomers);
}
