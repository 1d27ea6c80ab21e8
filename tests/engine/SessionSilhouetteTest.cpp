// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
// Diagnostics through the Session: per-customer silhouette values kept in the project (issue 5) and the PCA
// spectrum for the scree plot (issue 7).
#include "Session.h"
#include "cluster/ClusterQuality.h"
#include "features/NumericMatrix.h"
#include "store/Database.h"
#include "support/CancellingProgress.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <numeric>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using namespace segmenta::engine;
using segmenta::test::CancelAtStage;
using segmenta::test::CancellingProgress;
using segmenta::test::TempDir;

namespace {

const std::vector<std::string> mallColumns = {"Age", "Annual Income (k$)", "Spending Score (1-100)"};

Session mallProject(const TempDir &dir)
{
    auto created = Session::createProject(dir.file("mall.segmenta"));
    EXPECT_TRUE(created);
    Session session = std::move(created).value();
    NullProgress progress;
    CsvImportParams table;
    table.filePath = std::string(SEGMENTA_SHARED_DATA_DIR) + "/mall_customers/Mall_Customers.csv";
    EXPECT_TRUE(session.importCustomersCsv(table, progress));
    SegmentationParams segment;
    segment.name = "Mall";
    segment.columns = mallColumns;
    segment.logColumns = {"Annual Income (k$)"};
    segment.segmentCount = 5;
    EXPECT_TRUE(session.runSegmentation(segment, progress));
    return session;
}

/// Records every stage a call reports.
class StageLog final : public Progress
{
public:
    void setStage(std::string_view key) override { stages.emplace_back(key); }
    void setFraction(double) override { }
    bool isCancelRequested() const override { return false; }
    std::vector<std::string> stages;
};

std::int64_t storedValueCount(const std::string &path)
{
    store::Database database(path, store::OpenMode::ReadWrite);
    return store::queryInt64(database, "SELECT count(*) FROM silhouette_values").value_or(-1)
        + store::queryInt64(database, "SELECT count(*) FROM segmentation_silhouettes").value_or(-1);
}

/// The segmentation's matrix built here from the customer table, independently of the Session's path: the
/// columns (income on a log scale) z-scored over every customer.
Matrix mallMatrixByHand(const Session &session, const std::vector<std::int64_t> &rows)
{
    const auto summary = session.summary();
    EXPECT_TRUE(summary);
    std::vector<std::size_t> positions;
    for (const std::string &name : mallColumns) {
        for (std::size_t c = 0; c < summary.value().columns.size(); ++c) {
            if (summary.value().columns[c].name == name) {
                positions.push_back(c);
            }
        }
    }
    const auto page = session.customers(0, summary.value().customerCount);
    EXPECT_TRUE(page);
    Matrix raw(
        static_cast<Eigen::Index>(page.value().keys.size()), static_cast<Eigen::Index>(positions.size()));
    for (Eigen::Index i = 0; i < raw.rows(); ++i) {
        for (Eigen::Index c = 0; c < raw.cols(); ++c) {
            const CellValue &cell
                = page.value().values[static_cast<std::size_t>(i)][positions[static_cast<std::size_t>(c)]];
            const double value = std::holds_alternative<std::int64_t>(cell)
                ? static_cast<double>(std::get<std::int64_t>(cell))
                : std::get<double>(cell);
            raw(i, c) = c == 1 ? std::log1p(value) : value;
        }
    }
    const Matrix scaled = fitZScore(raw).apply(raw);
    Matrix members(static_cast<Eigen::Index>(rows.size()), scaled.cols());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        members.row(static_cast<Eigen::Index>(i)) = scaled.row(static_cast<Eigen::Index>(rows[i]));
    }
    return members;
}

} // namespace

TEST(SessionSilhouette, StoredValuesAreClusterQualitysSilhouetteOfTheSegmentationsMatrix)
{
    TempDir dir;
    Session session = mallProject(dir);
    StageLog first;
    const auto computed = session.segmentationSilhouette("Mall", first);
    ASSERT_TRUE(computed) << describe(computed.error());
    const SegmentationSilhouette &s = computed.value();
    EXPECT_FALSE(s.wasStored);
    EXPECT_FALSE(s.isSampled);
    EXPECT_EQ(s.memberCount, 200);
    EXPECT_EQ(s.sampleSize, 200);
    ASSERT_EQ(s.members.size(), 200U);
    EXPECT_NE(std::find(first.stages.begin(), first.stages.end(), "silhouette"), first.stages.end());

    // The reference: ClusterQuality's exact silhouette on the matrix built by hand, with the stored segments.
    std::vector<std::int64_t> rows;
    IndexVector labels(200);
    for (std::size_t i = 0; i < s.members.size(); ++i) {
        rows.push_back(s.members[i].customerRow);
        labels(static_cast<Eigen::Index>(i)) = s.members[i].segment;
    }
    const auto details = session.segmentation("Mall");
    ASSERT_TRUE(details);
    for (const MapPoint &point : details.value().points) {
        const auto found = std::find(rows.begin(), rows.end(), point.customerRow);
        ASSERT_NE(found, rows.end());
        EXPECT_EQ(s.members[static_cast<std::size_t>(found - rows.begin())].segment, point.segment);
    }
    NullProgress none;
    const auto reference = silhouette(mallMatrixByHand(session, rows), labels, SilhouetteParams {}, none);
    ASSERT_TRUE(reference);
    EXPECT_NEAR(s.mean, reference.value().mean, 1e-12);
    std::vector<double> sums(5, 0.0);
    std::vector<int> counts(5, 0);
    for (std::size_t i = 0; i < s.members.size(); ++i) {
        EXPECT_NEAR(s.members[i].value, reference.value().values(static_cast<Eigen::Index>(i)), 1e-12) << i;
        EXPECT_FALSE(s.members[i].customerId.empty());
        sums[static_cast<std::size_t>(s.members[i].segment)] += s.members[i].value;
        ++counts[static_cast<std::size_t>(s.members[i].segment)];
    }
    for (std::size_t k = 0; k < 5; ++k) {
        EXPECT_EQ(s.segmentCounts[k], counts[k]);
        EXPECT_NEAR(s.segmentMeans[k], sums[k] / counts[k], 1e-12);
    }

    // Asked again (and after reopening), the stored values come back without computing anything.
    StageLog second;
    const auto again = session.segmentationSilhouette("Mall", second);
    ASSERT_TRUE(again);
    EXPECT_TRUE(again.value().wasStored);
    EXPECT_TRUE(second.stages.empty());
    ASSERT_EQ(again.value().members.size(), s.members.size());
    for (std::size_t i = 0; i < s.members.size(); ++i) {
        EXPECT_EQ(again.value().members[i].value, s.members[i].value);
        EXPECT_EQ(again.value().members[i].customerId, s.members[i].customerId);
    }
    EXPECT_EQ(again.value().mean, s.mean);
    auto reopened = Session::openProject(dir.file("mall.segmenta"));
    ASSERT_TRUE(reopened);
    const auto stored = reopened.value().storedSilhouette("Mall");
    ASSERT_TRUE(stored);
    ASSERT_TRUE(stored.value().has_value());
    EXPECT_EQ(stored.value()->segmentMeans, s.segmentMeans);
}

TEST(SessionSilhouette, DeletingTheSegmentationDeletesItsValues)
{
    TempDir dir;
    Session session = mallProject(dir);
    NullProgress progress;
    ASSERT_TRUE(session.segmentationSilhouette("Mall", progress));
    EXPECT_EQ(storedValueCount(dir.file("mall.segmenta")), 201);
    ASSERT_TRUE(session.deleteSegmentation("Mall"));
    EXPECT_EQ(storedValueCount(dir.file("mall.segmenta")), 0);
}

TEST(SessionSilhouette, CancelStoresNothing)
{
    TempDir dir;
    Session session = mallProject(dir);
    // Mid-computation (after the first block of rows), and at the very end, just before the commit.
    CancellingProgress midway(1);
    const auto stopped = session.segmentationSilhouette("Mall", midway);
    ASSERT_FALSE(stopped);
    EXPECT_EQ(stopped.error().code, ErrorCode::Cancelled);
    CancelAtStage atSave("silhouette.save");
    const auto late = session.segmentationSilhouette("Mall", atSave);
    ASSERT_FALSE(late);
    EXPECT_EQ(late.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(storedValueCount(dir.file("mall.segmenta")), 0);
    const auto stored = session.storedSilhouette("Mall");
    ASSERT_TRUE(stored);
    EXPECT_FALSE(stored.value().has_value());
}

TEST(SessionSilhouette, SegmentationsNotClusteredOnAMatrixAreRefused)
{
    TempDir dir;
    Session session = mallProject(dir);
    SelectionSegmentParams selection;
    selection.name = "Picked";
    selection.customerRows = {0, 1, 2, 3};
    ASSERT_TRUE(session.saveSelectionSegment(selection));
    NullProgress progress;
    const auto refused = session.segmentationSilhouette("Picked", progress);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidParameter);
    const auto unknown = session.segmentationSilhouette("Nope", progress);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::UnknownSegmentation);
}

TEST(SessionSilhouette, AboveTheExactLimitASeededSampleIsScoredReproducibly)
{
    TempDir dir;
    // 25,000 customers in three loose groups on two columns.
    std::ostringstream csv;
    csv << "id,x,y\n";
    std::mt19937_64 generator(11);
    std::normal_distribution<double> noise(0.0, 1.0);
    const double centres[3][2] = {{0.0, 0.0}, {4.0, 1.0}, {1.0, 5.0}};
    constexpr int customers = 25000;
    for (int i = 0; i < customers; ++i) {
        const auto &c = centres[i % 3];
        csv << i + 1 << ',' << c[0] + noise(generator) << ',' << c[1] + noise(generator) << '\n';
    }
    const std::string file = dir.write("big.csv", csv.str());
    auto created = Session::createProject(dir.file("big.segmenta"));
    ASSERT_TRUE(created);
    Session session = std::move(created).value();
    NullProgress progress;
    CsvImportParams table;
    table.filePath = file;
    ASSERT_TRUE(session.importCustomersCsv(table, progress));
    SegmentationParams segment;
    segment.name = "Big";
    segment.columns = {"x", "y"};
    segment.segmentCount = 3;
    segment.initCount = 1;
    segment.seed = 5;
    ASSERT_TRUE(session.runSegmentation(segment, progress));
    std::filesystem::copy_file(dir.file("big.segmenta"), dir.file("copy.segmenta"));

    const auto sampled = session.segmentationSilhouette("Big", progress);
    ASSERT_TRUE(sampled) << describe(sampled.error());
    EXPECT_TRUE(sampled.value().isSampled);
    EXPECT_EQ(sampled.value().sampleSize, silhouetteExactLimit);
    EXPECT_EQ(sampled.value().memberCount, customers);
    EXPECT_EQ(sampled.value().seed, 5U);
    ASSERT_EQ(sampled.value().members.size(), static_cast<std::size_t>(silhouetteExactLimit));
    std::int64_t counted = std::accumulate(
        sampled.value().segmentCounts.begin(), sampled.value().segmentCounts.end(), std::int64_t {0});
    EXPECT_EQ(counted, silhouetteExactLimit);
    double sum = 0.0;
    for (const MemberSilhouette &member : sampled.value().members) {
        sum += member.value;
    }
    EXPECT_NEAR(sampled.value().mean, sum / silhouetteExactLimit, 1e-12);

    // The same project, computed again from scratch: the same sample, the same values.
    auto copy = Session::openProject(dir.file("copy.segmenta"));
    ASSERT_TRUE(copy);
    const auto repeated = copy.value().segmentationSilhouette("Big", progress);
    ASSERT_TRUE(repeated);
    EXPECT_FALSE(repeated.value().wasStored);
    ASSERT_EQ(repeated.value().members.size(), sampled.value().members.size());
    for (std::size_t i = 0; i < sampled.value().members.size(); ++i) {
        ASSERT_EQ(repeated.value().members[i].customerRow, sampled.value().members[i].customerRow);
        ASSERT_EQ(repeated.value().members[i].value, sampled.value().members[i].value);
    }
    EXPECT_EQ(repeated.value().mean, sampled.value().mean);
}

TEST(SessionPcaSpectrum, RatiosSumToOneAndTheFirstTwoAreTheMapAxes)
{
    TempDir dir;
    Session session = mallProject(dir);
    NullProgress progress;
    const auto spectrum = session.pcaSpectrum("Mall", progress);
    ASSERT_TRUE(spectrum) << describe(spectrum.error());
    ASSERT_EQ(spectrum.value().explainedVarianceRatio.size(), 3U);
    ASSERT_EQ(spectrum.value().explainedVariance.size(), 3U);
    EXPECT_EQ(spectrum.value().rowCount, 200);
    EXPECT_EQ(spectrum.value().columns, mallColumns);
    const auto &ratio = spectrum.value().explainedVarianceRatio;
    EXPECT_NEAR(std::accumulate(ratio.begin(), ratio.end(), 0.0), 1.0, 1e-12);
    EXPECT_GE(ratio[0], ratio[1]);
    EXPECT_GE(ratio[1], ratio[2]);
    // z-scored columns: the variances add up to the column count (n - 1 denominator over 200 rows).
    const auto &variance = spectrum.value().explainedVariance;
    EXPECT_NEAR(std::accumulate(variance.begin(), variance.end(), 0.0), 3.0 * 200.0 / 199.0, 1e-9);
    const auto details = session.segmentation("Mall");
    ASSERT_TRUE(details);
    EXPECT_NEAR(details.value().explainedVarianceRatio[0], ratio[0], 1e-12);
    EXPECT_NEAR(details.value().explainedVarianceRatio[1], ratio[1], 1e-12);
}
