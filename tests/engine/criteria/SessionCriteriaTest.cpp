// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "Session.h"
#include "criteria/CriteriaMatrix.h"
#include "projection/Pca.h"
#include "store/Database.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace segmenta::engine;
using segmenta::test::TempDir;

namespace {

const std::string incomeColumn = "Annual Income (k$)";
const std::string scoreColumn = "Spending Score (1-100)";

Session mallProject(const TempDir &dir)
{
    auto session = Session::createProject(dir.file("mall.segmenta"));
    EXPECT_TRUE(session);
    NullProgress progress;
    CsvImportParams params;
    params.filePath = SEGMENTA_SHARED_DATA_DIR "/mall_customers/Mall_Customers.csv";
    auto imported = session.value().importCustomersCsv(params, progress);
    EXPECT_TRUE(imported) << describe(imported.error());
    return std::move(session).value();
}

CriteriaVariable variable(const std::string &column, CriteriaTransform transform, double weight = 1.0)
{
    CriteriaVariable v;
    v.name = column;
    v.column = column;
    v.transform = transform;
    v.weight = weight;
    return v;
}

/// Segment of each customer row (-1: none), from the stored map points.
std::vector<int> labelsOf(const Session &session, const std::string &name, std::size_t customers)
{
    auto details = session.segmentation(name);
    EXPECT_TRUE(details);
    std::vector<int> labels(customers, -1);
    for (const MapPoint &point : details.value().points) {
        labels[static_cast<std::size_t>(point.customerRow)] = point.segment;
    }
    return labels;
}

} // namespace

TEST(SessionCriteria, ZScoredSetGivesTheColumnsPathSegments)
{
    TempDir dir;
    Session session = mallProject(dir);
    NullProgress progress;
    CriteriaSet set;
    set.name = "Mall numeric";
    set.variables = {variable("Age", CriteriaTransform::ZScore),
        variable(incomeColumn, CriteriaTransform::Log1p), variable(scoreColumn, CriteriaTransform::ZScore)};
    ASSERT_TRUE(session.saveCriteriaSet(set));

    for (const auto method : {SegmentationMethod::KMeans, SegmentationMethod::Hierarchical}) {
        const std::string suffix = method == SegmentationMethod::KMeans ? " kmeans" : " ward";
        SegmentationParams columns;
        columns.name = "columns" + suffix;
        columns.columns = {"Age", incomeColumn, scoreColumn};
        columns.logColumns = {incomeColumn};
        columns.segmentCount = 5;
        columns.method = method;
        auto byColumns = session.runSegmentation(columns, progress);
        ASSERT_TRUE(byColumns) << describe(byColumns.error());

        SegmentationParams criteria = columns;
        criteria.name = "criteria" + suffix;
        criteria.columns.clear();
        criteria.logColumns.clear();
        criteria.criteria = "Mall numeric";
        auto bySet = session.runSegmentation(criteria, progress);
        ASSERT_TRUE(bySet) << describe(bySet.error());

        EXPECT_EQ(labelsOf(session, columns.name, 200), labelsOf(session, criteria.name, 200));
        EXPECT_DOUBLE_EQ(bySet.value().inertia, byColumns.value().inertia);
        EXPECT_EQ(bySet.value().columns, byColumns.value().columns);
        EXPECT_EQ(bySet.value().logColumns, byColumns.value().logColumns);
        // Segment centres in the columns' own units either way.
        auto a = session.segments(columns.name);
        auto b = session.segments(criteria.name);
        ASSERT_TRUE(a && b);
        for (std::size_t s = 0; s < a.value().size(); ++s) {
            EXPECT_EQ(a.value()[s].centroid, b.value()[s].centroid);
        }
    }
}

TEST(SessionCriteria, StoresCriteriaJsonTransformsAndWeights)
{
    TempDir dir;
    Session session = mallProject(dir);
    NullProgress progress;
    CriteriaSet set;
    set.name = "Mall mixed";
    CriteriaVariable gender;
    gender.name = "Gender";
    gender.column = "Genre";
    gender.kind = VariableKind::Categorical;
    gender.weight = 0.5;
    CriteriaVariable perAge;
    perAge.name = "Score per year";
    perAge.expression = "[" + scoreColumn + "] / Age";
    perAge.transform = CriteriaTransform::Robust;
    set.variables = {variable(incomeColumn, CriteriaTransform::Log1p, 2.0), gender, perAge};
    ASSERT_TRUE(session.saveCriteriaSet(set));

    SegmentationParams params;
    params.criteria = "Mall mixed";
    params.segmentCount = 4;
    auto run = session.runSegmentation(params, progress);
    ASSERT_TRUE(run) << describe(run.error());
    EXPECT_EQ(run.value().memberCount, 200);
    EXPECT_EQ(run.value().columns,
        (std::vector<std::string> {incomeColumn, "Gender = Female", "Gender = Male", "Score per year"}));
    // The level shares (112 women, 88 men) are each segment's centre on the level columns.
    auto segments = session.segments("");
    ASSERT_TRUE(segments);
    double women = 0.0;
    for (const SegmentInfo &segment : segments.value()) {
        EXPECT_NEAR(segment.centroid[1] + segment.centroid[2], 1.0, 1e-12);
        women += segment.centroid[1] * static_cast<double>(segment.size);
    }
    EXPECT_NEAR(women, 112.0, 1e-9);

    {
        segmenta::engine::store::Database database(
            session.path(), segmenta::engine::store::OpenMode::ReadWrite);
        segmenta::engine::store::Statement stored(database,
            "SELECT s.criteria, s.scaling, d.name, s.criteria_kind FROM segmentations s "
            "JOIN definitions d ON d.id = "
            "s.definition_id");
        ASSERT_TRUE(stored.step());
        auto json = readCriteriaSet(stored.columnText(0));
        ASSERT_TRUE(json) << describe(json.error());
        EXPECT_EQ(json.value(), set);
        EXPECT_EQ(stored.columnText(1), "none");
        EXPECT_EQ(stored.columnText(2), "Mall mixed");
        EXPECT_EQ(stored.columnText(3), "criteria_set"); // the file says what the document is
        segmenta::engine::store::Statement columns(
            database, "SELECT column_name, transform, weight FROM segmentation_columns ORDER BY position");
        std::vector<std::string> transforms;
        std::vector<double> weights;
        while (columns.step()) {
            transforms.push_back(columns.columnText(1));
            weights.push_back(columns.columnDouble(2));
        }
        EXPECT_EQ(transforms, (std::vector<std::string> {"log1p", "onehot", "onehot", "robust"}));
        // Gender, weight 0.5 over shares 0.56 / 0.44: s = 0.5 / sqrt(2 · 0.56 · 0.44).
        const double levelWeight = 0.5 / std::sqrt(2 * 0.56 * 0.44);
        ASSERT_EQ(weights.size(), 4U);
        EXPECT_EQ(weights[0], 2.0);
        EXPECT_NEAR(weights[1], levelWeight, 1e-12);
        EXPECT_NEAR(weights[2], levelWeight, 1e-12);
        EXPECT_EQ(weights[3], 1.0);
    } // closes the connection: the projection below writes

    // A new map of it is made from the stored set.
    ProjectionParams projection;
    projection.method = "pca";
    auto map = session.runProjection(projection, progress);
    ASSERT_TRUE(map) << describe(map.error());
    EXPECT_EQ(map.value().pointCount, 200);
}

TEST(SessionCriteria, SaveListLoadPreviewAndDelete)
{
    TempDir dir;
    Session session = mallProject(dir);
    CriteriaSet set;
    set.name = "Two";
    set.description = "age and income";
    set.variables
        = {variable("Age", CriteriaTransform::MinMax), variable(incomeColumn, CriteriaTransform::Rank)};
    auto saved = session.saveCriteriaSet(set);
    ASSERT_TRUE(saved) << describe(saved.error());
    EXPECT_EQ(saved.value().variableCount, 2);
    auto listed = session.criteriaSets();
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed.value().size(), 1U);
    EXPECT_EQ(listed.value()[0].description, "age and income");
    auto loaded = session.criteriaSet("Two");
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded.value(), set);

    NullProgress progress;
    auto preview = session.previewCriteria(set, CriteriaPreviewParams {}, progress);
    ASSERT_TRUE(preview) << describe(preview.error());
    EXPECT_EQ(preview.value().usedCount, 200);
    EXPECT_EQ(preview.value().variables[0].family, CriteriaFamily::Demographic); // the column's, as imported
    EXPECT_EQ(preview.value().variables[0].after.edges.front(), 0.0);
    EXPECT_EQ(preview.value().variables[0].after.edges.back(), 1.0);
    EXPECT_EQ(preview.value().variables[0].minimum, 18.0);
    EXPECT_EQ(preview.value().variables[0].maximum, 70.0);

    CriteriaSet unknown = set;
    unknown.variables.push_back(variable("Income", CriteriaTransform::ZScore));
    auto refused = session.saveCriteriaSet(unknown);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::UnknownColumn);

    SegmentationParams both;
    both.criteria = "Two";
    both.columns = {"Age"};
    EXPECT_FALSE(session.validate(both).empty());
    SegmentationParams missing;
    missing.criteria = "Nope";
    const auto problems = session.validate(missing);
    ASSERT_FALSE(problems.empty());
    EXPECT_EQ(problems.front().code, ErrorCode::InvalidParameter);
    EXPECT_EQ(problems.front().args.at(0), "criteria");

    EXPECT_TRUE(session.deleteCriteriaSet("Two"));
    EXPECT_FALSE(session.deleteCriteriaSet("Two"));
    EXPECT_FALSE(session.criteriaSet("Two"));
}

namespace {

/// The set's columns for every customer, read through the Session's public customer pages (not the store
/// code the Session uses), for building the matrix independently.
CriteriaTable tableOf(const Session &session, const CriteriaSet &set)
{
    auto summary = session.summary();
    EXPECT_TRUE(summary);
    auto page = session.customers(0, summary.value().customerCount);
    EXPECT_TRUE(page);
    CriteriaTable table;
    for (const std::string &name : criteriaColumnNames(set)) {
        const auto &columns = summary.value().columns;
        const auto found = std::find_if(
            columns.begin(), columns.end(), [&](const ColumnInfo &column) { return column.name == name; });
        EXPECT_NE(found, columns.end()) << name;
        table.columns.push_back({found->name, found->type, found->family});
        std::vector<CellValue> values;
        for (const auto &row : page.value().values) {
            values.push_back(row[static_cast<std::size_t>(found - columns.begin())]);
        }
        table.values.push_back(std::move(values));
    }
    return table;
}

CriteriaSet mallMixedSet()
{
    CriteriaSet set;
    set.name = "Mall mixed";
    CriteriaVariable gender;
    gender.name = "Gender";
    gender.column = "Genre";
    gender.kind = VariableKind::Categorical;
    gender.weight = 0.5;
    CriteriaVariable perAge;
    perAge.name = "Score per year";
    perAge.expression = "[" + scoreColumn + "] / Age";
    perAge.transform = CriteriaTransform::Robust;
    set.variables = {variable(incomeColumn, CriteriaTransform::Log1p, 2.0), gender, perAge};
    return set;
}

} // namespace

TEST(SessionCriteria, MapOnACriteriaSetIsThePcaOfItsMatrix)
{
    TempDir dir;
    Session session = mallProject(dir);
    NullProgress progress;
    const CriteriaSet set = mallMixedSet();
    ASSERT_TRUE(session.saveCriteriaSet(set));

    SegmentationParams columns;
    columns.name = "By columns";
    columns.columns = {"Age", incomeColumn, scoreColumn};
    columns.segmentCount = 4;
    ASSERT_TRUE(session.runSegmentation(columns, progress));
    SegmentationParams fromSet;
    fromSet.name = "By set";
    fromSet.criteria = set.name;
    fromSet.segmentCount = 4;
    ASSERT_TRUE(session.runSegmentation(fromSet, progress));

    ProjectionParams projection;
    projection.segmentation = "By columns";
    projection.method = "pca";
    projection.criteria = set.name;
    auto map = session.runProjection(projection, progress);
    ASSERT_TRUE(map) << describe(map.error());
    EXPECT_EQ(map.value().pointCount, 200);
    EXPECT_EQ(map.value().leftOutCount, 0);
    EXPECT_EQ(map.value().criteria, set.name);

    // Independently: the matrix CriteriaMatrix builds from the customers, and its first two components.
    auto matrix = buildCriteriaMatrix(set, tableOf(session, set), progress);
    ASSERT_TRUE(matrix) << describe(matrix.error());
    ASSERT_EQ(matrix.value().values.cols(), 4);
    auto pca = fitPca(matrix.value().values, PcaParams {}, progress);
    ASSERT_TRUE(pca);
    const Matrix expected = pca.value().transform(matrix.value().values);
    auto drawn = session.segmentation("By columns");
    ASSERT_TRUE(drawn);
    ASSERT_EQ(drawn.value().points.size(), 200U);
    for (const MapPoint &point : drawn.value().points) {
        EXPECT_NEAR(point.x, expected(point.customerRow, 0), 1e-9);
        EXPECT_NEAR(point.y, expected(point.customerRow, 1), 1e-9);
    }
    EXPECT_NEAR(map.value().explainedVarianceRatio[0], pca.value().explainedVarianceRatio(0), 1e-12);
    // …which is the map segment --criteria drew for the segmentation made from the set.
    auto bySet = session.segmentation("By set");
    ASSERT_TRUE(bySet);
    ASSERT_EQ(bySet.value().points.size(), 200U);
    for (std::size_t i = 0; i < 200; ++i) {
        EXPECT_EQ(bySet.value().points[i].x, drawn.value().points[i].x);
        EXPECT_EQ(bySet.value().points[i].y, drawn.value().points[i].y);
    }

    ProjectionParams unknown = projection;
    unknown.criteria = "No such set";
    auto refused = session.runProjection(unknown, progress);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidParameter);
    EXPECT_EQ(refused.error().args.at(0), "criteria");
}

TEST(SessionCriteria, MapOnACriteriaSetLeavesOutTheMembersItDrops)
{
    TempDir dir;
    Session session = mallProject(dir);
    NullProgress progress;
    CriteriaSet set;
    set.name = "Over thirty";
    CriteriaVariable years;
    years.name = "Years over 30";
    years.expression = "log(Age - 30)"; // not finite up to 30: those customers are dropped
    set.variables = {years, variable(scoreColumn, CriteriaTransform::ZScore)};
    ASSERT_TRUE(session.saveCriteriaSet(set));
    auto preview = session.previewCriteria(set, CriteriaPreviewParams {}, progress);
    ASSERT_TRUE(preview);
    const std::int64_t kept = preview.value().usedCount;
    ASSERT_GT(kept, 10);
    ASSERT_LT(kept, 200);

    SegmentationParams columns;
    columns.name = "All";
    columns.columns = {incomeColumn, scoreColumn};
    columns.segmentCount = 3;
    ASSERT_TRUE(session.runSegmentation(columns, progress));
    ProjectionParams projection;
    projection.method = "pca";
    projection.criteria = set.name;
    auto map = session.runProjection(projection, progress);
    ASSERT_TRUE(map) << describe(map.error());
    EXPECT_EQ(map.value().pointCount, kept);
    EXPECT_EQ(map.value().leftOutCount, 200 - kept);
    auto drawn = session.segmentation("All");
    ASSERT_TRUE(drawn);
    EXPECT_EQ(static_cast<std::int64_t>(drawn.value().points.size()), kept);
    auto page = session.customers(0, 200);
    ASSERT_TRUE(page);
    const auto summary = session.summary();
    ASSERT_TRUE(summary);
    std::size_t age = 0;
    while (summary.value().columns[age].name != "Age") {
        ++age;
    }
    for (const MapPoint &point : drawn.value().points) {
        const CellValue &value = page.value().values[static_cast<std::size_t>(point.customerRow)][age];
        EXPECT_GT(std::get<std::int64_t>(value), 30) << point.customerRow;
    }
}

TEST(SessionCriteria, SegmentCountsOnACriteriaSetScoreItsMatrix)
{
    TempDir dir;
    Session session = mallProject(dir);
    NullProgress progress;
    CriteriaSet zscored;
    zscored.name = "Income and score";
    zscored.variables = {
        variable(incomeColumn, CriteriaTransform::ZScore), variable(scoreColumn, CriteriaTransform::ZScore)};
    ASSERT_TRUE(session.saveCriteriaSet(zscored));
    CriteriaSet weighted = zscored;
    weighted.name = "Income counts triple";
    weighted.variables[0].weight = 3.0;
    ASSERT_TRUE(session.saveCriteriaSet(weighted));

    SegmentCountSearchParams columns;
    columns.columns = {incomeColumn, scoreColumn};
    columns.maximumCount = 6;
    columns.stabilityRuns = 2;
    auto byColumns = session.compareSegmentCounts(columns, progress);
    ASSERT_TRUE(byColumns) << describe(byColumns.error());

    // A set of z-scored columns is the columns path: the same matrix, so the same scores.
    SegmentCountSearchParams bySet = columns;
    bySet.columns.clear();
    bySet.criteria = zscored.name;
    auto same = session.compareSegmentCounts(bySet, progress);
    ASSERT_TRUE(same) << describe(same.error());
    EXPECT_EQ(same.value().memberCount, 200);
    EXPECT_EQ(
        same.value().recommendation.recommendedCount, byColumns.value().recommendation.recommendedCount);
    ASSERT_EQ(same.value().recommendation.scores.size(), byColumns.value().recommendation.scores.size());
    for (std::size_t i = 0; i < same.value().recommendation.scores.size(); ++i) {
        const SegmentCountScore &a = same.value().recommendation.scores[i];
        const SegmentCountScore &b = byColumns.value().recommendation.scores[i];
        EXPECT_NEAR(a.inertia, b.inertia, 1e-9 * b.inertia);
        EXPECT_NEAR(a.silhouette, b.silhouette, 1e-12);
        EXPECT_EQ(a.sizes, b.sizes);
    }

    // The weight is applied: income's spread is three times larger, so is its share of the inertia.
    SegmentCountSearchParams tripled = bySet;
    tripled.criteria = weighted.name;
    auto heavier = session.compareSegmentCounts(tripled, progress);
    ASSERT_TRUE(heavier) << describe(heavier.error());
    // (Total sum of squares 200 · (9 + 1) against 200 · 2 unweighted.)
    EXPECT_GT(
        heavier.value().recommendation.scores[0].inertia, byColumns.value().recommendation.scores[0].inertia);

    SegmentCountSearchParams both = bySet;
    both.columns = {"Age"};
    EXPECT_FALSE(session.validate(both).empty());
    SegmentCountSearchParams unknown = bySet;
    unknown.criteria = "Nope";
    const auto problems = session.validate(unknown);
    ASSERT_FALSE(problems.empty());
    EXPECT_EQ(problems.front().args.at(0), "criteria");
}

TEST(SessionCriteria, AVersionThreeProjectStillMapsOnItsCriteriaSet)
{
    TempDir dir;
    std::string path;
    {
        Session session = mallProject(dir);
        path = session.path();
        NullProgress progress;
        ASSERT_TRUE(session.saveCriteriaSet(mallMixedSet()));
        SegmentationParams params;
        params.criteria = "Mall mixed";
        params.segmentCount = 3;
        ASSERT_TRUE(session.runSegmentation(params, progress));
    }
    {
        // Back to what version 3 wrote: the same rows without the document kind (and without what later
        // versions added, so that they are applied again on top of version 4).
        segmenta::engine::store::Database database(path, segmenta::engine::store::OpenMode::ReadWrite);
        database.execute("ALTER TABLE segmentations DROP COLUMN criteria_kind");
        database.execute("ALTER TABLE customer_columns DROP COLUMN value_kind"); // and no later version
        // Version 6: mixture results and membership probabilities.
        for (const char *column : {"covariance_type", "log_likelihood", "bic", "batch_size"}) {
            database.execute(std::string("ALTER TABLE segmentations DROP COLUMN ") + column);
        }
        database.execute("ALTER TABLE segment_members DROP COLUMN probability");
        database.execute("DROP TABLE segment_member_probabilities");
        // Version 7: re-run matching and the scaling kept for assigning new customers.
        database.execute("ALTER TABLE segmentations DROP COLUMN matched_to");
        database.execute("ALTER TABLE segments DROP COLUMN predecessor");
        database.execute("ALTER TABLE segmentation_columns DROP COLUMN center");
        database.execute("ALTER TABLE segmentation_columns DROP COLUMN scale");
        database.execute("ALTER TABLE segment_centroids DROP COLUMN scaled_value");
        // Version 8: merge trees of hierarchical segmentations.
        database.execute("DROP TABLE segmentation_trees");
        database.execute("ALTER TABLE segment_members DROP COLUMN tree_leaf");
        // Version 9: stored silhouette values.
        database.execute("DROP TABLE silhouette_values");
        database.execute("DROP TABLE segmentation_silhouettes");
        database.execute("DELETE FROM schema_migrations WHERE version >= 4");
    }
    auto reopened = Session::openProject(path);
    ASSERT_TRUE(reopened) << describe(reopened.error());
    auto summary = reopened.value().summary();
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary.value().schemaVersion, Session::latestSchemaVersion());
    // Its columns ("Gender = Female", …) are no customer columns: only the set can give this map.
    NullProgress progress;
    ProjectionParams projection;
    projection.method = "pca";
    auto map = reopened.value().runProjection(projection, progress);
    ASSERT_TRUE(map) << describe(map.error());
    EXPECT_EQ(map.value().pointCount, 200);
}
