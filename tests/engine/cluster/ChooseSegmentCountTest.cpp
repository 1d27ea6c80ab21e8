// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "cluster/ChooseSegmentCount.h"

#include "support/MallCustomers.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <limits>
#include <numbers>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace segmenta::engine;
using segmenta::test::readMallIncomeAndScore;

namespace {

IndexVector labelsOf(const std::vector<int> &values)
{
    return Eigen::Map<const IndexVector>(values.data(), static_cast<Eigen::Index>(values.size()));
}

/// 50 rows around each corner of a 10 x 10 square, spread 1, interleaved: four groups whose closest rows
/// are several spreads apart. Box-Muller on the top 53 bits of mt19937_64, the same on every library.
Matrix makeFourBlobs()
{
    constexpr int kRowsPerBlob = 50;
    const std::vector<std::pair<double, double>> centres
        = {{0.0, 0.0}, {10.0, 0.0}, {0.0, 10.0}, {10.0, 10.0}};
    std::mt19937_64 generator(2026);
    const auto uniform = [&generator] { return (static_cast<double>(generator() >> 11U) + 0.5) / 0x1p53; };
    const auto normal = [&uniform] {
        return std::sqrt(-2.0 * std::log(uniform())) * std::cos(2.0 * std::numbers::pi * uniform());
    };
    Matrix x(kRowsPerBlob * 4, 2);
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        const auto &[centreX, centreY] = centres[static_cast<std::size_t>(i % 4)];
        x(i, 0) = centreX + normal();
        x(i, 1) = centreY + normal();
    }
    return x;
}

SegmentCountRecommendation chooseOrFail(const Matrix &x, const ChooseSegmentCountParams &params)
{
    NullProgress progress;
    Result<SegmentCountRecommendation> result = chooseSegmentCount(x, params, progress);
    if (!result) {
        ADD_FAILURE() << "chooseSegmentCount failed: " << describe(result.error());
        return {};
    }
    return std::move(result).value();
}

const SegmentCountScore &scoreFor(const SegmentCountRecommendation &recommendation, int segmentCount)
{
    for (const SegmentCountScore &score : recommendation.scores) {
        if (score.segmentCount == segmentCount) {
            return score;
        }
    }
    ADD_FAILURE() << "no score for k = " << segmentCount;
    static const SegmentCountScore kMissing;
    return kMissing;
}

/// Equal, with NaN equal to NaN: the "same seed, same result" check is bit for bit.
bool sameNumber(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

/// Records the stages and fractions; asks to cancel once setFraction has been called `callsBeforeCancel`
/// times and counts the calls made after that.
class RecordingProgress final : public Progress
{
public:
    explicit RecordingProgress(int callsBeforeCancel = std::numeric_limits<int>::max())
        : m_callsBeforeCancel(callsBeforeCancel)
    { }

    void setStage(std::string_view key) override { m_stages.emplace_back(key); }
    void setFraction(double fraction) override
    {
        if (isCancelRequested()) {
            ++m_callsAfterCancel;
        }
        m_fractions.push_back(fraction);
    }
    bool isCancelRequested() const override
    {
        return static_cast<int>(m_fractions.size()) >= m_callsBeforeCancel;
    }

    const std::vector<std::string> &stages() const { return m_stages; }
    const std::vector<double> &fractions() const { return m_fractions; }
    int callsAfterCancel() const { return m_callsAfterCancel; }

private:
    int m_callsBeforeCancel;
    int m_callsAfterCancel = 0;
    std::vector<std::string> m_stages;
    std::vector<double> m_fractions;
};

bool hasInvalidParameter(const std::vector<Error> &errors, const std::string &field)
{
    return std::any_of(errors.begin(), errors.end(), [&field](const Error &error) {
        return error.code == ErrorCode::InvalidParameter && !error.args.empty() && error.args[0] == field;
    });
}

} // namespace

TEST(AdjustedRandIndex, MatchesScikitLearnOnHandMadeLabels)
{
    // Expected values from scikit-learn 1.2.1:
    // /usr/bin/python3 -c "from sklearn.metrics import adjusted_rand_score as a; print(repr(a(x, y)))"
    struct Case
    {
        std::vector<int> a;
        std::vector<int> b;
        double expected;
    };
    const std::vector<Case> cases = {
        {{0, 0, 1, 1}, {1, 1, 0, 0}, 1.0}, // same partition, swapped names
        {{0, 0, 1, 1}, {0, 0, 1, 2}, 0.5714285714285714}, // one segment split
        {{0, 0, 1, 2}, {0, 0, 1, 1}, 0.5714285714285714}, // the same, the other way round
        {{0, 0, 0, 1, 1, 1}, {0, 0, 1, 1, 2, 2}, 0.24242424242424243},
        {{0, 1, 2, 3}, {0, 0, 1, 1}, 0.0},
        {{0, 0, 1, 1}, {0, 1, 0, 1}, -0.5}, // worse than chance
        {{5, 5, 5, -3, -3, 7, 7, 7, 7}, {1, 1, 2, 2, 2, 3, 3, 0, 0}, 0.3684210526315789}, // any label values
        {{0, 0, 0, 0}, {0, 0, 0, 0}, 1.0}, // one segment in both: scikit-learn's special case
        {{0, 1, 2, 3}, {3, 2, 1, 0}, 1.0}, // every row alone in both: the same special case
        {{0, 0, 0, 0}, {0, 1, 2, 3}, 0.0},
    };
    for (const Case &c : cases) {
        EXPECT_NEAR(adjustedRandIndex(labelsOf(c.a), labelsOf(c.b)), c.expected, 1e-15)
            << ::testing::PrintToString(c.a) << " vs " << ::testing::PrintToString(c.b);
        EXPECT_NEAR(adjustedRandIndex(labelsOf(c.b), labelsOf(c.a)), c.expected, 1e-15) << "not symmetric";
    }

    // 50 rows: a = [(i*i) % 5 for i in range(50)], b = [(3*i+1) % 4 if i % 3 else (i*i) % 5 ...].
    std::vector<int> a;
    std::vector<int> b;
    for (int i = 0; i < 50; ++i) {
        a.push_back((i * i) % 5);
        b.push_back(i % 3 != 0 ? (3 * i + 1) % 4 : (i * i) % 5);
    }
    EXPECT_NEAR(adjustedRandIndex(labelsOf(a), labelsOf(b)), 0.07056903936365491, 1e-15);
    EXPECT_EQ(adjustedRandIndex(IndexVector(), IndexVector()), 1.0); // empty: scikit-learn returns 1.0
}

TEST(ChooseSegmentCount, RecommendsFourForFourSeparatedBlobs)
{
    const Matrix x = makeFourBlobs();
    ChooseSegmentCountParams params;
    params.minimumCount = 2;
    params.maximumCount = 8;
    const SegmentCountRecommendation recommendation = chooseOrFail(x, params);
    ASSERT_EQ(recommendation.scores.size(), 7U);
    EXPECT_EQ(recommendation.recommendedCount, 4);
    const SegmentCountScore &four = scoreFor(recommendation, 4);
    EXPECT_GT(four.stability, 0.99);
    EXPECT_EQ(four.sizes, (std::vector<std::int64_t> {50, 50, 50, 50}));
    EXPECT_GT(four.silhouette, 0.7);
    EXPECT_FALSE(four.silhouetteSampled);
    EXPECT_FALSE(recommendation.criteriaDisagree);
    EXPECT_EQ(recommendation.reason.rfind("4 segments: ", 0), 0U) << recommendation.reason;
    for (std::size_t i = 0; i < recommendation.scores.size(); ++i) {
        EXPECT_EQ(recommendation.scores[i].segmentCount, 2 + static_cast<int>(i));
    }
}

TEST(ChooseSegmentCount, MallCustomersRecommendsFive)
{
    // scikit-learn 1.2.1, KMeans(k, n_init=10) on income and spending score, unscaled (random_state 42,
    // 0 and 1 agree for k = 2..5):
    //   k  inertia      silhouette  Calinski-Harabasz  Davies-Bouldin
    //   2  181363.596   0.296897     96.7465           1.256774
    //   3  106348.3731  0.467614    151.5570           0.715277
    //   4   73679.789   0.493196    174.0644           0.710364
    //   5   44448.4554  0.553932    247.3590           0.572563  <- best silhouette, best Davies-Bouldin
    //   6   37233.8145  0.539761    242.5376           0.652243  (random_state 0: 37265.87, 0.537968)
    //   7   30259.6572  0.526428    254.8292           0.720375  (random_state 1: 30566.45, 0.532171)
    //   8   25011.8393  0.458271    268.6393           0.751055  <- best Calinski-Harabasz (other seeds near)
    // k = 5 is the known answer (five income x spending groups). Its stability (resampled re-fits with
    // scikit-learn, same scheme) is about 0.98.
    const Matrix x = readMallIncomeAndScore();
    ASSERT_EQ(x.rows(), 200);
    ChooseSegmentCountParams params;
    params.minimumCount = 2;
    params.maximumCount = 8;
    const SegmentCountRecommendation recommendation = chooseOrFail(x, params);
    ASSERT_EQ(recommendation.scores.size(), 7U);

    // The ks whose optimum scikit-learn reaches from every seed: the same fit, so the same scores (the
    // published 4-decimal SSE of KMeansTest; the scores to the 6 decimals printed above).
    const std::vector<std::array<double, 4>> known = {{3, 106348.3731, 0.467614, 0.715277},
        {4, 73679.789, 0.493196, 0.710364}, {5, 44448.4554, 0.553932, 0.572563}};
    for (const auto &[k, inertia, silhouette, daviesBouldin] : known) {
        const SegmentCountScore &score = scoreFor(recommendation, static_cast<int>(k));
        EXPECT_NEAR(score.inertia, inertia, 1e-3) << "k = " << k;
        EXPECT_NEAR(score.silhouette, silhouette, 1e-6) << "k = " << k;
        EXPECT_NEAR(score.daviesBouldin, daviesBouldin, 1e-6) << "k = " << k;
    }
    EXPECT_NEAR(scoreFor(recommendation, 5).calinskiHarabasz, 247.3590, 1e-3);

    const auto bestSilhouette = std::max_element(recommendation.scores.begin(), recommendation.scores.end(),
        [](const SegmentCountScore &a, const SegmentCountScore &b) { return a.silhouette < b.silhouette; });
    EXPECT_EQ(bestSilhouette->segmentCount, 5);
    EXPECT_GT(scoreFor(recommendation, 5).stability, 0.9);
    EXPECT_EQ(recommendation.recommendedCount, 5);
    EXPECT_EQ(recommendation.reason.rfind("5 segments: customers sit most clearly in their own segment "
                                          "(silhouette 0.55) and the segments come out the same on re-runs",
                  0),
        0U)
        << recommendation.reason;

    // Calinski-Harabasz keeps rising with k here, so the criteria disagree and a note says how.
    EXPECT_TRUE(recommendation.criteriaDisagree);
    EXPECT_TRUE(std::any_of(recommendation.notes.begin(), recommendation.notes.end(),
        [](const std::string &note) {
            return note.find("silhouette favours 5, Calinski-Harabasz favours 8, Davies-Bouldin favours 5")
                != std::string::npos;
        }))
        << ::testing::PrintToString(recommendation.notes);
}

TEST(ChooseSegmentCount, SameSeedGivesIdenticalResult)
{
    const Matrix x = readMallIncomeAndScore();
    ChooseSegmentCountParams params;
    params.minimumCount = 3;
    params.maximumCount = 6;
    params.stabilityRuns = 3;
    params.seed = 7;
    const SegmentCountRecommendation first = chooseOrFail(x, params);
    params.threadCount = 1; // results do not depend on the thread count
    params.silhouette.threadCount = 1;
    const SegmentCountRecommendation second = chooseOrFail(x, params);

    ASSERT_EQ(first.scores.size(), second.scores.size());
    for (std::size_t i = 0; i < first.scores.size(); ++i) {
        const SegmentCountScore &a = first.scores[i];
        const SegmentCountScore &b = second.scores[i];
        EXPECT_EQ(a.segmentCount, b.segmentCount);
        EXPECT_TRUE(sameNumber(a.inertia, b.inertia)) << "k = " << a.segmentCount;
        EXPECT_TRUE(sameNumber(a.silhouette, b.silhouette)) << "k = " << a.segmentCount;
        EXPECT_TRUE(sameNumber(a.calinskiHarabasz, b.calinskiHarabasz)) << "k = " << a.segmentCount;
        EXPECT_TRUE(sameNumber(a.daviesBouldin, b.daviesBouldin)) << "k = " << a.segmentCount;
        EXPECT_TRUE(sameNumber(a.stability, b.stability)) << "k = " << a.segmentCount;
        EXPECT_EQ(a.sizes, b.sizes);
    }
    EXPECT_EQ(first.recommendedCount, second.recommendedCount);
    EXPECT_EQ(first.reason, second.reason);
    EXPECT_EQ(first.criteriaDisagree, second.criteriaDisagree);
    EXPECT_EQ(first.notes, second.notes);
}

TEST(ChooseSegmentCount, ProgressIsOneStageMovingForward)
{
    const Matrix x = makeFourBlobs();
    ChooseSegmentCountParams params;
    params.minimumCount = 2;
    params.maximumCount = 4;
    params.initCount = 2;
    params.stabilityRuns = 2;
    RecordingProgress progress;
    ASSERT_TRUE(chooseSegmentCount(x, params, progress).isOk());
    EXPECT_EQ(
        progress.stages(), std::vector<std::string> {"choosek"}); // k-means' and silhouette's are folded in
    ASSERT_FALSE(progress.fractions().empty());
    EXPECT_TRUE(std::is_sorted(progress.fractions().begin(), progress.fractions().end()));
    EXPECT_GE(progress.fractions().front(), 0.0);
    EXPECT_EQ(progress.fractions().back(), 1.0);
}

TEST(ChooseSegmentCount, CancelMidRunStopsAtTheNextCheck)
{
    const Matrix x = makeFourBlobs();
    ChooseSegmentCountParams params;
    params.minimumCount = 2;
    params.maximumCount = 8;
    RecordingProgress progress(40);
    const Result<SegmentCountRecommendation> result = chooseSegmentCount(x, params, progress);
    ASSERT_FALSE(result.isOk());
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(progress.callsAfterCancel(), 0); // no fit or silhouette ran on after the request
    EXPECT_LT(progress.fractions().back(), 1.0);

    RecordingProgress already(0);
    const Result<SegmentCountRecommendation> before = chooseSegmentCount(x, params, already);
    ASSERT_FALSE(before.isOk());
    EXPECT_EQ(before.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(already.callsAfterCancel(), 0);
}

TEST(ChooseSegmentCount, SkippedStabilityIsNanAndSaidSo)
{
    const Matrix x = makeFourBlobs();
    ChooseSegmentCountParams params;
    params.minimumCount = 3;
    params.maximumCount = 5;
    params.stabilityRuns = 0;
    params.silhouette.exactLimit = 100; // 200 rows: the silhouette is sampled
    params.silhouette.sampleSize = 150;
    const SegmentCountRecommendation recommendation = chooseOrFail(x, params);
    EXPECT_EQ(recommendation.recommendedCount, 4);
    for (const SegmentCountScore &score : recommendation.scores) {
        EXPECT_TRUE(std::isnan(score.stability)) << "k = " << score.segmentCount;
        EXPECT_TRUE(score.silhouetteSampled) << "k = " << score.segmentCount;
    }
    EXPECT_NE(recommendation.reason.find("was not checked"), std::string::npos) << recommendation.reason;
    EXPECT_TRUE(std::any_of(recommendation.notes.begin(), recommendation.notes.end(),
        [](const std::string &note) { return note.find("sample of 150 of the 200") != std::string::npos; }))
        << ::testing::PrintToString(recommendation.notes);
}

TEST(ChooseSegmentCount, EveryOutOfRangeFieldIsReported)
{
    ChooseSegmentCountParams params;
    params.minimumCount = 1;
    params.maximumCount = 51;
    params.initCount = 0;
    params.maxIterations = 0;
    params.stabilityRuns = -1;
    params.stabilitySampleFraction = 1.5;
    params.silhouette.exactLimit = 1;
    params.silhouette.sampleSize = 1;
    params.silhouette.threadCount = -1;
    params.threadCount = -1;
    const std::vector<Error> errors = validate(params, 1000, 0);
    for (const char *field : {"minimumCount", "maximumCount", "initCount", "maxIterations", "stabilityRuns",
             "stabilitySampleFraction", "silhouette.exactLimit", "silhouette.sampleSize",
             "silhouette.threadCount", "threadCount", "columns"}) {
        EXPECT_TRUE(hasInvalidParameter(errors, field)) << field;
    }
    EXPECT_EQ(errors.size(), 11U);

    params = {};
    params.minimumCount = 6;
    params.maximumCount = 5; // below minimumCount
    EXPECT_TRUE(hasInvalidParameter(validate(params, 1000, 2), "maximumCount"));
    EXPECT_TRUE(validate(ChooseSegmentCountParams {}, 1000, 2).empty());
}

TEST(ChooseSegmentCount, NotMoreRowsThanTheLargestCountReportsTooFewCustomers)
{
    ChooseSegmentCountParams params;
    params.maximumCount = 10;
    const Matrix x = Matrix::Random(10, 2);
    NullProgress progress;
    const Result<SegmentCountRecommendation> result = chooseSegmentCount(x, params, progress);
    ASSERT_FALSE(result.isOk());
    EXPECT_EQ(result.error().code, ErrorCode::TooFewCustomers);
    EXPECT_EQ(result.error().args, (std::vector<std::string> {"10", "11"}));
}

TEST(ChooseSegmentCount, ResamplesSmallerThanTheLargestCountNameTheFraction)
{
    ChooseSegmentCountParams params;
    params.maximumCount = 10;
    params.stabilitySampleFraction = 0.2; // 20 rows: resamples of 4
    const std::vector<Error> errors = validate(params, 20, 2);
    ASSERT_EQ(errors.size(), 1U);
    EXPECT_TRUE(hasInvalidParameter(errors, "stabilitySampleFraction"));
    params.stabilityRuns = 0; // no resamples, nothing to check
    EXPECT_TRUE(validate(params, 20, 2).empty());
}

TEST(ChooseSegmentCount, IdenticalCustomersReportTooFewCustomers)
{
    // Twenty copies of one customer: no k >= 2 can be scored.
    const Matrix x = Matrix::Constant(20, 2, 3.0);
    ChooseSegmentCountParams params;
    params.maximumCount = 4;
    params.stabilityRuns = 1;
    NullProgress progress;
    const Result<SegmentCountRecommendation> result = chooseSegmentCount(x, params, progress);
    ASSERT_FALSE(result.isOk());
    EXPECT_EQ(result.error().code, ErrorCode::TooFewCustomers);
    EXPECT_EQ(result.error().args, (std::vector<std::string> {"1", "2"}));
}

TEST(ChooseSegmentCount, CountsAboveTheDistinctCustomersAreLeftUnscored)
{
    // Three distinct customers, each ten times: k = 2 and 3 can be scored, 4 and 5 cannot.
    Matrix x(30, 2);
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        x(i, 0) = 10.0 * static_cast<double>(i % 3);
        x(i, 1) = static_cast<double>(i % 3 == 2);
    }
    ChooseSegmentCountParams params;
    params.maximumCount = 5;
    params.stabilityRuns = 2;
    const SegmentCountRecommendation recommendation = chooseOrFail(x, params);
    ASSERT_EQ(recommendation.scores.size(), 4U);
    EXPECT_FALSE(std::isnan(scoreFor(recommendation, 3).silhouette));
    EXPECT_TRUE(std::isnan(scoreFor(recommendation, 4).silhouette));
    EXPECT_TRUE(std::isnan(scoreFor(recommendation, 5).stability));
    EXPECT_EQ(recommendation.recommendedCount, 3);
    EXPECT_TRUE(std::any_of(recommendation.notes.begin(), recommendation.notes.end(),
        [](const std::string &note) { return note.find("4 segments or more") != std::string::npos; }))
        << ::testing::PrintToString(recommendation.notes);
}

TEST(ChooseSegmentCount, NoStableCountSaysSoInTheReason)
{
    // 240 customers evenly round a circle: every cut is as good as its rotation, so resampled fits cut in
    // different places (stabilities 0.27 .. 0.66 for k = 2 .. 6 with this seed) and no k reaches 0.8.
    constexpr int kRows = 240;
    Matrix x(kRows, 2);
    for (int i = 0; i < kRows; ++i) {
        const double angle = 2.0 * std::numbers::pi * static_cast<double>(i) / kRows;
        x(i, 0) = std::cos(angle);
        x(i, 1) = std::sin(angle);
    }
    ChooseSegmentCountParams params;
    params.minimumCount = 2;
    params.maximumCount = 6;
    const SegmentCountRecommendation recommendation = chooseOrFail(x, params);
    for (const SegmentCountScore &score : recommendation.scores) {
        EXPECT_LT(score.stability, 0.8) << "k = " << score.segmentCount;
    }
    // Then the best silhouette of all wins, and the reason warns.
    const auto bestSilhouette = std::max_element(recommendation.scores.begin(), recommendation.scores.end(),
        [](const SegmentCountScore &a, const SegmentCountScore &b) { return a.silhouette < b.silhouette; });
    EXPECT_EQ(recommendation.recommendedCount, bestSilhouette->segmentCount);
    EXPECT_NE(recommendation.reason.find("no segment count comes out the same on re-runs"), std::string::npos)
        << recommendation.reason;
}
