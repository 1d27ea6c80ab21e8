// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "projection/Pca.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

using namespace segmenta::engine;

namespace {

std::vector<std::string> splitFields(const std::string &line)
{
    std::vector<std::string> fields;
    std::stringstream stream(line);
    for (std::string field; std::getline(stream, field, ',');) {
        fields.push_back(field);
    }
    return fields;
}

/// The six spending columns (Fresh … Delicassen, fields 3..8) of the Wholesale customers file.
Matrix readWholesaleSpending()
{
    std::ifstream file(
        SEGMENTA_SHARED_DATA_DIR "/wholesale_customers/Wholesale customers data.csv", std::ios::binary);
    EXPECT_TRUE(file) << "missing the Wholesale customers data under " SEGMENTA_SHARED_DATA_DIR;
    std::vector<std::vector<double>> rows;
    std::string line;
    std::getline(file, line); // header
    while (std::getline(file, line)) {
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        const std::vector<std::string> fields = splitFields(line);
        std::vector<double> values;
        for (std::size_t c = 2; c < 8; ++c) {
            values.push_back(std::stod(fields.at(c)));
        }
        rows.push_back(std::move(values));
    }
    Matrix x(static_cast<Eigen::Index>(rows.size()), 6);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        for (std::size_t j = 0; j < 6; ++j) {
            x(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = rows[i][j];
        }
    }
    return x;
}

/// tests/reference/wholesale_pca.csv keyed by (scaling, quantity, index); see make_wholesale_pca.py.
using Reference = std::map<std::string, RowVector>;

Reference readReference()
{
    std::ifstream file(SEGMENTA_REFERENCE_DIR "/wholesale_pca.csv");
    EXPECT_TRUE(file) << "missing " SEGMENTA_REFERENCE_DIR "/wholesale_pca.csv";
    Reference reference;
    std::string line;
    while (std::getline(file, line)) {
        if (line.empty() || line.front() == '#' || line.starts_with("scaling,")) {
            continue;
        }
        const std::vector<std::string> fields = splitFields(line);
        RowVector values(static_cast<Eigen::Index>(fields.size() - 3));
        for (std::size_t j = 3; j < fields.size(); ++j) {
            values[static_cast<Eigen::Index>(j - 3)] = std::stod(fields[j]);
        }
        reference[fields[0] + "/" + fields[1] + "/" + fields[2]] = values;
    }
    return reference;
}

/// StandardScaler: column mean 0, population (n denominator) standard deviation 1.
Matrix zScore(const Matrix &x)
{
    const RowVector mean = x.colwise().mean();
    const Matrix centred = x.rowwise() - mean;
    const RowVector deviation
        = (centred.array().square().colwise().sum() / static_cast<double>(x.rows())).sqrt().matrix();
    return centred.array().rowwise() / deviation.array();
}

PcaModel fitOrFail(const Matrix &x, int componentCount)
{
    NullProgress progress;
    PcaParams params;
    params.componentCount = componentCount;
    Result<PcaModel> result = fitPca(x, params, progress);
    if (!result) {
        ADD_FAILURE() << "fitPca failed: " << describe(result.error());
        return {};
    }
    return std::move(result).value();
}

Matrix randomCorrelated(Eigen::Index rows, Eigen::Index columns, std::uint64_t seed)
{
    std::mt19937_64 generator(seed);
    const auto uniform = [&generator] { return static_cast<double>(generator() >> 11U) / 0x1p53 - 0.5; };
    Matrix base(rows, columns);
    Matrix mixing(columns, columns);
    for (double &value : base.reshaped()) {
        value = uniform();
    }
    for (double &value : mixing.reshaped()) {
        value = uniform();
    }
    return base * mixing;
}

void expectMatchesScikitLearn(const Matrix &x, const std::string &scaling)
{
    const Reference reference = readReference();
    ASSERT_FALSE(reference.empty());
    const PcaModel model = fitOrFail(x, 6);
    const auto expected = [&](const std::string &quantity, int index) {
        const auto found = reference.find(scaling + "/" + quantity + "/" + std::to_string(index));
        EXPECT_NE(found, reference.end()) << scaling << " " << quantity << " " << index;
        return found == reference.end() ? RowVector() : found->second;
    };

    // Ratios and variances: 1e-9 relative. The covariance route squares the condition number, which on
    // these data costs far less than that (largest / smallest eigenvalue is about 75).
    const RowVector ratio = expected("explained_variance_ratio", 0);
    const RowVector variance = expected("explained_variance", 0);
    for (Eigen::Index c = 0; c < 6; ++c) {
        EXPECT_NEAR(model.explainedVarianceRatio[c], ratio[c], 1e-9 * ratio[c]) << "component " << c;
        EXPECT_NEAR(model.explainedVariance[c], variance[c], 1e-9 * variance[c]) << "component " << c;
    }
    // Means: raw means are exact sums of integers; z-scored means are rounding noise around 0.
    EXPECT_LT((model.mean - expected("mean", 0)).cwiseAbs().maxCoeff(), 1e-9);

    // Components: unit vectors, so 1e-9 absolute. Up to sign first (what PCA defines), then the sign
    // itself, which we take from scikit-learn's svd_flip convention.
    for (int c = 0; c < 6; ++c) {
        const RowVector theirs = expected("component", c);
        const RowVector ours = model.components.row(c);
        const double sameSign = (ours - theirs).cwiseAbs().maxCoeff();
        const double flipped = (ours + theirs).cwiseAbs().maxCoeff();
        EXPECT_LT(std::min(sameSign, flipped), 1e-9) << "component " << c;
        EXPECT_LT(sameSign, 1e-9) << "component " << c << " has the opposite sign to scikit-learn's";
    }

    // Scores of a few rows, 1e-9 relative to the largest score of the row.
    for (int row : {0, 1, 2, 181, 439}) {
        const RowVector theirs = expected("transformed", row);
        const RowVector ours = model.transform(x.middleRows(row, 1));
        EXPECT_LT((ours - theirs).cwiseAbs().maxCoeff(), 1e-9 * theirs.cwiseAbs().maxCoeff())
            << "row " << row;
    }
}

} // namespace

TEST(Pca, MatchesScikitLearnOnRawWholesaleSpending)
{
    const Matrix x = readWholesaleSpending();
    ASSERT_EQ(x.rows(), 440);
    expectMatchesScikitLearn(x, "raw");
}

TEST(Pca, MatchesScikitLearnOnZScoredWholesaleSpending)
{
    const Matrix x = readWholesaleSpending();
    ASSERT_EQ(x.rows(), 440);
    expectMatchesScikitLearn(zScore(x), "zscore");
}

TEST(Pca, ComponentsAreOrthonormal)
{
    const Matrix x = randomCorrelated(500, 5, 11);
    const PcaModel model = fitOrFail(x, 4);
    const Matrix gram = model.components * model.components.transpose();
    EXPECT_LT((gram - Matrix::Identity(4, 4)).cwiseAbs().maxCoeff(), 1e-12);
    for (Eigen::Index c = 1; c < 4; ++c) {
        EXPECT_GE(model.explainedVariance[c - 1], model.explainedVariance[c]);
    }
    EXPECT_LE(model.explainedVarianceRatio.sum(), 1.0 + 1e-12);
}

TEST(Pca, ExplainedVarianceIsTheVarianceOfTheScores)
{
    const Matrix x = randomCorrelated(300, 4, 5);
    const PcaModel model = fitOrFail(x, 2);
    const Matrix scores = model.transform(x);
    for (Eigen::Index c = 0; c < 2; ++c) {
        const double mean = scores.col(c).mean();
        const double variance
            = (scores.col(c).array() - mean).square().sum() / static_cast<double>(x.rows() - 1);
        EXPECT_NEAR(variance, model.explainedVariance[c], 1e-12 * variance);
        EXPECT_NEAR(mean, 0.0, 1e-12);
    }
    // All components: the ratios add up to one.
    EXPECT_NEAR(fitOrFail(x, 4).explainedVarianceRatio.sum(), 1.0, 1e-12);
}

TEST(Pca, TransformHasOneRowPerCustomerAndOneColumnPerComponent)
{
    const Matrix x = randomCorrelated(7, 4, 3);
    const PcaModel model = fitOrFail(x, 2);
    EXPECT_EQ(model.mean.cols(), 4);
    EXPECT_EQ(model.components.rows(), 2);
    EXPECT_EQ(model.components.cols(), 4);
    const Matrix scores = model.transform(x);
    EXPECT_EQ(scores.rows(), 7);
    EXPECT_EQ(scores.cols(), 2);
    // New rows (not the fitted ones) project too; the mean lands on the origin.
    EXPECT_LT(model.transform(Matrix(model.mean)).cwiseAbs().maxCoeff(), 1e-12);
    EXPECT_EQ(model.transform(Matrix::Zero(3, 4)).rows(), 3);
}

TEST(Pca, LargestScoreOfEachComponentIsPositive)
{
    const Matrix x = randomCorrelated(200, 3, 8);
    const PcaModel model = fitOrFail(x, 3);
    const Matrix scores = model.transform(x);
    for (Eigen::Index c = 0; c < 3; ++c) {
        Eigen::Index largest = 0;
        scores.col(c).cwiseAbs().maxCoeff(&largest);
        EXPECT_GT(scores(largest, c), 0.0) << "component " << c;
    }
}

TEST(Pca, MoreComponentsThanColumnsIsAnInvalidParameter)
{
    PcaParams params; // two components
    const std::vector<Error> errors = validate(params, 10, 1);
    ASSERT_EQ(errors.size(), 1U);
    EXPECT_EQ(errors[0].code, ErrorCode::InvalidParameter);
    EXPECT_EQ(errors[0].args, (std::vector<std::string> {"componentCount", "2", "1..1"}));

    params.componentCount = 0;
    ASSERT_EQ(validate(params, 10, 3).size(), 1U);
    EXPECT_EQ(validate(params, 10, 3)[0].code, ErrorCode::InvalidParameter);

    NullProgress progress;
    const Result<PcaModel> result = fitPca(Matrix::Ones(10, 1), PcaParams {}, progress);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::InvalidParameter);
}

TEST(Pca, CancelRequestedReturnsCancelled)
{
    class CancelledProgress final : public Progress
    {
    public:
        void setStage(std::string_view) override { }
        void setFraction(double) override { }
        bool isCancelRequested() const override { return true; }
    };
    CancelledProgress progress;
    const Result<PcaModel> result = fitPca(randomCorrelated(50, 3, 1), PcaParams {}, progress);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
}

TEST(Pca, OneRowReportsTooFewCustomers)
{
    const std::vector<Error> errors = validate(PcaParams {}, 1, 3);
    ASSERT_EQ(errors.size(), 1U);
    EXPECT_EQ(errors[0].code, ErrorCode::TooFewCustomers);
    EXPECT_EQ(errors[0].args, (std::vector<std::string> {"1", "2"}));
    EXPECT_TRUE(validate(PcaParams {}, 2, 2).empty());
}
