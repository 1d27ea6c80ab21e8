// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "profile/SegmentProfile.h"
#include "Session.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace segmenta::engine;
using segmenta::test::TempDir;

namespace {

constexpr double tolerance = 1e-9; // hand-computed to 15 digits below

/// Four segmented customers and one without a segment:
///   segment 0: Age 20, 30, 40; Spend 100, 200, (missing); City A, A, B
///   segment 1: Age 60;         Spend 400;                 City C
///   no segment: Age 99, Spend 999, City Z — left out of every figure.
/// Overall Age: mean 37.5, median 35, population variance 875/4 = 218.75.
/// Overall Spend: mean 700/3, median 200, population variance 140000/9.
SegmentationProfile smallTableProfile(const ProfileParams &params = {})
{
    SegmentProfileBuilder builder(
        {{"Age", ColumnType::Integer}, {"Spend", ColumnType::Real}, {"City", ColumnType::Text}},
        {"Young", "Old"}, params);
    builder.addCustomer(0, {std::int64_t {20}, 100.0, std::string("A")});
    builder.addCustomer(0, {std::int64_t {30}, 200.0, std::string("A")});
    builder.addCustomer(0, {std::int64_t {40}, std::monostate {}, std::string("B")});
    builder.addCustomer(1, {std::int64_t {60}, 400.0, std::string("C")});
    builder.addCustomer(-1, {std::int64_t {99}, 999.0, std::string("Z")});
    return builder.build();
}

} // namespace

TEST(SegmentProfile, OverallFiguresLeaveOutCustomersWithoutSegment)
{
    const SegmentationProfile profile = smallTableProfile();
    EXPECT_EQ(profile.memberCount, 4);
    ASSERT_EQ(profile.overall.size(), 3u);
    EXPECT_EQ(profile.overall[0].valueCount, 4);
    EXPECT_NEAR(profile.overall[0].mean, 37.5, tolerance);
    EXPECT_NEAR(profile.overall[0].median, 35.0, tolerance);
    EXPECT_NEAR(profile.overall[0].standardDeviation, std::sqrt(218.75), tolerance);
    EXPECT_EQ(profile.overall[1].valueCount, 3);
    EXPECT_NEAR(profile.overall[1].mean, 700.0 / 3.0, tolerance);
    EXPECT_NEAR(profile.overall[1].median, 200.0, tolerance);
    EXPECT_NEAR(profile.overall[1].standardDeviation, std::sqrt(140000.0 / 9.0), tolerance);
    EXPECT_TRUE(std::isnan(profile.overall[2].mean));
    ASSERT_EQ(profile.overall[2].topValues.size(), 3u);
    EXPECT_EQ(profile.overall[2].topValues[0].value, "A");
    EXPECT_NEAR(profile.overall[2].topValues[0].share, 0.5, tolerance);
    EXPECT_EQ(profile.overall[2].topValues[1].value, "B"); // ties with C: by value
    EXPECT_EQ(profile.overall[2].topValues[2].value, "C");
    EXPECT_NEAR(profile.overall[2].topValues[2].share, 0.25, tolerance);
}

TEST(SegmentProfile, SegmentFiguresAgainstHandComputedValues)
{
    const SegmentationProfile profile = smallTableProfile();
    ASSERT_EQ(profile.segments.size(), 2u);
    const SegmentProfile &young = profile.segments[0];
    EXPECT_EQ(young.name, "Young");
    EXPECT_EQ(young.size, 3);
    EXPECT_NEAR(young.share, 0.75, tolerance);
    EXPECT_NEAR(young.variables[0].summary.mean, 30.0, tolerance);
    EXPECT_NEAR(young.variables[0].summary.median, 30.0, tolerance);
    EXPECT_NEAR(young.variables[0].index, 0.8, tolerance);
    EXPECT_NEAR(young.variables[0].standardisedDifference, -7.5 / std::sqrt(218.75), tolerance);
    EXPECT_EQ(young.variables[1].summary.valueCount, 2); // the missing Spend is left out
    EXPECT_NEAR(young.variables[1].summary.mean, 150.0, tolerance);
    EXPECT_NEAR(young.variables[1].summary.median, 150.0, tolerance); // even count: mean of the middle two
    EXPECT_NEAR(young.variables[1].index, 150.0 / (700.0 / 3.0), tolerance);
    EXPECT_NEAR(young.variables[1].standardisedDifference, (150.0 - 700.0 / 3.0) / std::sqrt(140000.0 / 9.0),
        tolerance);
    ASSERT_EQ(young.variables[2].summary.topValues.size(), 2u);
    EXPECT_EQ(young.variables[2].summary.topValues[0].value, "A");
    EXPECT_EQ(young.variables[2].summary.topValues[0].count, 2);
    EXPECT_NEAR(young.variables[2].summary.topValues[0].share, 2.0 / 3.0, tolerance);
    EXPECT_TRUE(std::isnan(young.variables[2].index));
    EXPECT_TRUE(std::isnan(young.variables[2].standardisedDifference));

    const SegmentProfile &old = profile.segments[1];
    EXPECT_NEAR(old.share, 0.25, tolerance);
    EXPECT_NEAR(old.variables[0].index, 1.6, tolerance);
    EXPECT_NEAR(old.variables[0].standardisedDifference, 22.5 / std::sqrt(218.75), tolerance);
    EXPECT_NEAR(old.variables[1].index, 400.0 / (700.0 / 3.0), tolerance);
}

TEST(SegmentProfile, DistinguishingVariablesByMagnitudeWithDirection)
{
    const SegmentationProfile profile = smallTableProfile();
    // Only two numeric columns: both are listed, the larger |difference| first; text never is.
    const auto &young = profile.segments[0].distinguishing;
    ASSERT_EQ(young.size(), 2u);
    EXPECT_EQ(young[0].column, 1); // Spend: −0.668
    EXPECT_EQ(young[0].direction, Direction::Lower);
    EXPECT_EQ(young[1].column, 0); // Age: −0.507
    EXPECT_EQ(young[1].direction, Direction::Lower);
    const auto &old = profile.segments[1].distinguishing;
    ASSERT_EQ(old.size(), 2u);
    EXPECT_EQ(old[0].column, 0); // Age: +1.521
    EXPECT_EQ(old[0].direction, Direction::Higher);
    EXPECT_NEAR(old[0].standardisedDifference, 22.5 / std::sqrt(218.75), tolerance);
    EXPECT_NEAR(old[0].index, 1.6, tolerance);
}

TEST(SegmentProfile, PastTheMinimumOnlyNotableDifferencesAreListed)
{
    ProfileParams params;
    params.minimumDistinguishing = 1;
    params.notableDifference = 0.6;
    const SegmentationProfile profile = smallTableProfile(params);
    // Young: Spend (|−0.668| ≥ 0.6) is listed, Age (|−0.507| < 0.6) is not.
    ASSERT_EQ(profile.segments[0].distinguishing.size(), 1u);
    EXPECT_EQ(profile.segments[0].distinguishing[0].column, 1);
    // Old: Age +1.521 and Spend +1.336, both notable.
    EXPECT_EQ(profile.segments[1].distinguishing.size(), 2u);
}

TEST(SegmentProfile, ConstantColumnHasNoStandardisedDifference)
{
    SegmentProfileBuilder builder({{"Same", ColumnType::Integer}}, {"A", "B"});
    builder.addCustomer(0, {std::int64_t {5}});
    builder.addCustomer(1, {std::int64_t {5}});
    const SegmentationProfile profile = builder.build();
    EXPECT_NEAR(profile.segments[0].variables[0].index, 1.0, tolerance);
    EXPECT_TRUE(std::isnan(profile.segments[0].variables[0].standardisedDifference));
    EXPECT_TRUE(profile.segments[0].distinguishing.empty());
}

TEST(SegmentProfile, ValidateNamesTheField)
{
    ProfileParams params;
    params.minimumDistinguishing = 6;
    params.topValueCount = 0;
    const auto problems = validate(params);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].code, ErrorCode::InvalidParameter);
    EXPECT_EQ(problems[0].args.at(0), "topValueCount");
    EXPECT_EQ(problems[1].args.at(0), "minimumDistinguishing");
}

/// The Mall customers segmented on income and spending score, k = 5 (seed 42): the well-known five
/// groups. Expected figures from pandas on the same file and the same partition (scikit-learn's KMeans on
/// the z-scored columns, n_init 10, random_state 42 gives the same groups):
///   sizes 81, 39, 35, 23, 22; mean age 42.716049, 32.692308, 41.114286, 45.217391, 25.272727;
///   median age of the 22 young high spenders 23.5; mean income of the 35 high earners 88.2.
TEST(SegmentProfile, MallCustomersFiveSegments)
{
    TempDir dir;
    auto created = Session::createProject(dir.file("mall.segmenta"));
    ASSERT_TRUE(created);
    Session session = std::move(created).value();
    NullProgress progress;
    CsvImportParams import;
    import.filePath = SEGMENTA_SHARED_DATA_DIR "/mall_customers/Mall_Customers.csv";
    ASSERT_TRUE(session.importCustomersCsv(import, progress));
    SegmentationParams params;
    params.columns = {"Annual Income (k$)", "Spending Score (1-100)"};
    params.segmentCount = 5;
    ASSERT_TRUE(session.runSegmentation(params, progress));

    auto result = session.profileSegments("", ProfileParams {}, progress);
    ASSERT_TRUE(result) << describe(result.error());
    const SegmentationProfile &profile = result.value();
    ASSERT_EQ(profile.columns.size(), 4u);
    EXPECT_EQ(profile.columns[0].name, "Genre");
    EXPECT_EQ(profile.columns[1].name, "Age");
    EXPECT_EQ(profile.memberCount, 200);
    constexpr double digits = 1e-6; // expected values are given to 6 decimals
    EXPECT_NEAR(profile.overall[1].mean, 38.85, digits);
    EXPECT_NEAR(profile.overall[1].median, 36.0, digits);
    EXPECT_NEAR(profile.overall[1].standardDeviation, 13.934041, digits);
    EXPECT_NEAR(profile.overall[2].mean, 60.56, digits);
    EXPECT_NEAR(profile.overall[2].median, 61.5, digits);
    ASSERT_EQ(profile.overall[0].topValues.size(), 2u);
    EXPECT_EQ(profile.overall[0].topValues[0].value, "Female");
    EXPECT_NEAR(profile.overall[0].topValues[0].share, 0.56, digits);

    ASSERT_EQ(profile.segments.size(), 5u);
    const std::int64_t sizes[] = {81, 39, 35, 23, 22};
    const double meanAge[] = {42.716049, 32.692308, 41.114286, 45.217391, 25.272727};
    for (std::size_t s = 0; s < 5; ++s) {
        EXPECT_EQ(profile.segments[s].size, sizes[s]) << "segment " << s;
        EXPECT_NEAR(profile.segments[s].variables[1].summary.mean, meanAge[s], digits) << "segment " << s;
    }
    const SegmentProfile &youngHighSpenders = profile.segments[4];
    EXPECT_NEAR(youngHighSpenders.variables[1].summary.median, 23.5, digits);
    EXPECT_NEAR(youngHighSpenders.variables[1].standardisedDifference, -0.974396, digits);
    const SegmentProfile &highEarners = profile.segments[2];
    EXPECT_NEAR(highEarners.variables[2].summary.mean, 88.2, digits);
    EXPECT_NEAR(highEarners.variables[2].index, 1.456407, digits);
    EXPECT_NEAR(highEarners.variables[3].summary.mean, 17.114286, digits);
    EXPECT_EQ(highEarners.variables[0].summary.topValues[0].value, "Male");
    EXPECT_NEAR(highEarners.variables[0].summary.topValues[0].share, 19.0 / 35.0, digits);
    // The high earners who spend little stand out first by their spending score, then by income.
    ASSERT_GE(highEarners.distinguishing.size(), 3u);
    EXPECT_EQ(profile.columns[static_cast<std::size_t>(highEarners.distinguishing[0].column)].name,
        "Spending Score (1-100)");
    EXPECT_EQ(highEarners.distinguishing[0].direction, Direction::Lower);
    EXPECT_EQ(profile.columns[static_cast<std::size_t>(highEarners.distinguishing[1].column)].name,
        "Annual Income (k$)");
    EXPECT_EQ(highEarners.distinguishing[1].direction, Direction::Higher);
}

TEST(SegmentProfile, UnknownSegmentationAndCancel)
{
    TempDir dir;
    auto created = Session::createProject(dir.file("mall.segmenta"));
    ASSERT_TRUE(created);
    Session session = std::move(created).value();
    NullProgress progress;
    CsvImportParams import;
    import.filePath = SEGMENTA_SHARED_DATA_DIR "/mall_customers/Mall_Customers.csv";
    ASSERT_TRUE(session.importCustomersCsv(import, progress));
    auto missing = session.profileSegments("nope", ProfileParams {}, progress);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::UnknownSegmentation);

    SegmentationParams params;
    params.columns = {"Age"};
    params.segmentCount = 3;
    ASSERT_TRUE(session.runSegmentation(params, progress));
    class CancelAtOnce final : public Progress
    {
    public:
        void setStage(std::string_view) override { }
        void setFraction(double) override { }
        bool isCancelRequested() const override { return true; }
    } cancel;
    auto cancelled = session.profileSegments("", ProfileParams {}, cancel);
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(cancelled.error().code, ErrorCode::Cancelled);
}
