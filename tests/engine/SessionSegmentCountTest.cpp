// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "Session.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

using namespace segmenta::engine;
using segmenta::test::readBytes;
using segmenta::test::TempDir;

namespace {

Session mallProject(const TempDir &dir)
{
    auto session = Session::createProject(dir.file("mall.segmenta"));
    EXPECT_TRUE(session);
    NullProgress progress;
    CsvImportParams params;
    params.filePath = SEGMENTA_SHARED_DATA_DIR "/mall_customers/Mall_Customers.csv";
    EXPECT_TRUE(session.value().importCustomersCsv(params, progress));
    return std::move(session).value();
}

} // namespace

TEST(SessionSegmentCount, MallCustomersRecommendFiveSegmentsWithoutChangingTheProject)
{
    TempDir dir;
    Session session = mallProject(dir);
    const std::string before = readBytes(session.path());
    SegmentCountSearchParams params;
    params.columns = {"Annual Income (k$)", "Spending Score (1-100)"};
    params.minimumCount = 2;
    params.maximumCount = 8;
    NullProgress progress;
    auto search = session.compareSegmentCounts(params, progress);
    ASSERT_TRUE(search) << describe(search.error());
    const SegmentCountRecommendation &recommendation = search.value().recommendation;
    EXPECT_EQ(search.value().memberCount, 200);
    ASSERT_EQ(recommendation.scores.size(), 7u);
    // z-scoring two columns of similar spread keeps the five well-known groups the clearest choice.
    EXPECT_EQ(recommendation.recommendedCount, 5);
    EXPECT_NE(recommendation.reason.find("5 segments"), std::string::npos) << recommendation.reason;
    EXPECT_EQ(readBytes(session.path()), before);
}

TEST(SessionSegmentCount, ProblemsAreNamedBeforeAnyWork)
{
    TempDir dir;
    Session session = mallProject(dir);
    SegmentCountSearchParams params;
    params.columns = {"Genre", "Nope"};
    const auto problems = session.validate(params);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].code, ErrorCode::NonNumericColumn);
    EXPECT_EQ(problems[1].code, ErrorCode::UnknownColumn);

    params.columns = {"Age"};
    params.minimumCount = 1;
    NullProgress progress;
    auto search = session.compareSegmentCounts(params, progress);
    ASSERT_FALSE(search);
    EXPECT_EQ(search.error().code, ErrorCode::InvalidParameter);
}
