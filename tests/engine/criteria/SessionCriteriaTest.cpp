// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "Session.h"
#include "store/Database.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

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
            "SELECT s.criteria, s.scaling, d.name FROM segmentations s JOIN definitions d ON d.id = "
            "s.definition_id");
        ASSERT_TRUE(stored.step());
        auto json = readCriteriaSet(stored.columnText(0));
        ASSERT_TRUE(json) << describe(json.error());
        EXPECT_EQ(json.value(), set);
        EXPECT_EQ(stored.columnText(1), "none");
        EXPECT_EQ(stored.columnText(2), "Mall mixed");
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
