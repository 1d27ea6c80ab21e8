// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "criteria/CriteriaMatrix.h"
#include "criteria/CriteriaPreview.h"
#include "import/DateParsing.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

using namespace segmenta::engine;

namespace {

/// criteria_transforms.csv (made by tests/reference/make_criteria_transforms.py): the input column and
/// its value under each transform as scikit-learn, SciPy and NumPy compute it.
std::map<std::string, std::vector<double>> readTransformReference()
{
    std::ifstream file(SEGMENTA_REFERENCE_DIR "/criteria_transforms.csv");
    EXPECT_TRUE(file) << "missing criteria_transforms.csv";
    std::string line;
    std::getline(file, line);
    std::vector<std::string> header;
    std::stringstream headerStream(line);
    for (std::string field; std::getline(headerStream, field, ',');) {
        header.push_back(field);
    }
    std::map<std::string, std::vector<double>> columns;
    while (std::getline(file, line)) {
        std::stringstream stream(line);
        std::size_t c = 0;
        for (std::string field; std::getline(stream, field, ','); ++c) {
            columns[header.at(c)].push_back(std::stod(field));
        }
    }
    return columns;
}

CriteriaTable tableOf(const std::vector<std::pair<CriteriaTableColumn, std::vector<CellValue>>> &columns)
{
    CriteriaTable table;
    for (const auto &[column, values] : columns) {
        table.columns.push_back(column);
        table.values.push_back(values);
    }
    return table;
}

std::vector<CellValue> reals(const std::vector<double> &values)
{
    return {values.begin(), values.end()};
}

CriteriaVariable numeric(const std::string &column, CriteriaTransform transform, double weight = 1.0)
{
    CriteriaVariable variable;
    variable.name = column;
    variable.column = column;
    variable.transform = transform;
    variable.weight = weight;
    return variable;
}

CriteriaSet setOf(std::vector<CriteriaVariable> variables)
{
    CriteriaSet set;
    set.name = "test";
    set.variables = std::move(variables);
    return set;
}

} // namespace

TEST(CriteriaMatrix, EachTransformMatchesScikitLearnAndScipy)
{
    const auto reference = readTransformReference();
    const std::vector<double> &x = reference.at("value");
    const CriteriaTable table = tableOf({{{"x", ColumnType::Real, CriteriaFamily::Value}, reals(x)}});
    NullProgress progress;
    for (const auto transform :
        {CriteriaTransform::ZScore, CriteriaTransform::Log1p, CriteriaTransform::MinMax,
            CriteriaTransform::Robust, CriteriaTransform::Rank, CriteriaTransform::None}) {
        const std::string name = criteriaTransformName(transform);
        SCOPED_TRACE(name);
        auto built = buildCriteriaMatrix(setOf({numeric("x", transform)}), table, progress);
        ASSERT_TRUE(built) << describe(built.error());
        const std::vector<double> &expected = transform == CriteriaTransform::None ? x : reference.at(name);
        ASSERT_EQ(built.value().values.rows(), static_cast<Eigen::Index>(expected.size()));
        for (std::size_t i = 0; i < expected.size(); ++i) {
            // Same formulas in a different summation order: agreement to rounding.
            EXPECT_NEAR(built.value().values(static_cast<Eigen::Index>(i), 0), expected[i], 1e-12)
                << "row " << i;
            EXPECT_EQ(built.value().originalValues(static_cast<Eigen::Index>(i), 0), x[i]);
        }
        EXPECT_EQ(built.value().columns.front().transform, name);
    }
}

TEST(CriteriaMatrix, WeightMultipliesTheTransformedColumn)
{
    const CriteriaTable table
        = tableOf({{{"x", ColumnType::Real, CriteriaFamily::Value}, reals({1, 2, 3, 10})}});
    NullProgress progress;
    auto one = buildCriteriaMatrix(setOf({numeric("x", CriteriaTransform::ZScore, 1.0)}), table, progress);
    auto three = buildCriteriaMatrix(setOf({numeric("x", CriteriaTransform::ZScore, 3.0)}), table, progress);
    ASSERT_TRUE(one && three);
    EXPECT_TRUE(three.value().values.isApprox(3.0 * one.value().values, 1e-15));
    EXPECT_EQ(three.value().columns.front().weight, 3.0);
}

TEST(CriteriaMatrix, OneHotLevelsAddAsMuchToDistanceAsAWeightedNumeric)
{
    // 40 cities with uneven sizes next to a numeric column: at equal weights both variables add the same
    // mean squared distance between two customers (twice the summed column variances).
    std::vector<CellValue> cities;
    std::vector<CellValue> ages;
    for (int i = 0; i < 400; ++i) {
        const int city = i < 200 ? i % 5 : i % 40; // five big cities, 35 small ones
        cities.emplace_back("City" + std::to_string(city));
        ages.emplace_back(static_cast<std::int64_t>(18 + (i * 37) % 50));
    }
    const CriteriaTable table = tableOf({{{"City", ColumnType::Text, CriteriaFamily::Demographic}, cities},
        {{"Age", ColumnType::Integer, CriteriaFamily::Demographic}, ages}});
    NullProgress progress;
    for (const double weight : {1.0, 2.5}) {
        CriteriaVariable city;
        city.name = "City";
        city.column = "City";
        city.kind = VariableKind::Categorical;
        city.weight = weight;
        auto built = buildCriteriaMatrix(
            setOf({city, numeric("Age", CriteriaTransform::ZScore, weight)}), table, progress);
        ASSERT_TRUE(built) << describe(built.error());
        const CriteriaMatrix &m = built.value();
        ASSERT_EQ(m.columns.size(), 41U); // 40 levels + Age
        EXPECT_EQ(m.columns.front().label.rfind("City = City", 0), 0U);
        const auto n = static_cast<double>(m.values.rows());
        const Eigen::RowVectorXd mean = m.values.colwise().mean();
        const Eigen::RowVectorXd variance = (m.values.rowwise() - mean).array().square().colwise().sum() / n;
        const double cityVariance = variance.head(40).sum();
        const double ageVariance = variance(40);
        EXPECT_NEAR(cityVariance, weight * weight, 1e-12);
        EXPECT_NEAR(ageVariance, weight * weight, 1e-12);
        // The same through pairwise distances, as the clustering sees them.
        double citySquares = 0.0;
        double ageSquares = 0.0;
        for (Eigen::Index i = 0; i < m.values.rows(); ++i) {
            for (Eigen::Index j = 0; j < m.values.rows(); ++j) {
                citySquares += (m.values.row(i).head(40) - m.values.row(j).head(40)).squaredNorm();
                ageSquares += std::pow(m.values(i, 40) - m.values(j, 40), 2);
            }
        }
        EXPECT_NEAR(citySquares / ageSquares, 1.0, 1e-10); // 160,000 summed terms: rounding ~1e-12
        // Each level column is s · (indicator − share) with s = w / sqrt(Σ p (1 − p)).
        double spread = 0.0;
        for (Eigen::Index l = 0; l < 40; ++l) {
            const double p = m.originalValues.col(l).mean();
            spread += p * (1.0 - p);
        }
        EXPECT_NEAR(m.columns.front().weight, weight / std::sqrt(spread), 1e-12);
    }
}

TEST(CriteriaMatrix, DropAndImputePoliciesCountTheirCustomers)
{
    // Customers 0..5; income missing for 1 and 4, city missing for 2 and 4, score text unreadable for 5.
    const std::vector<CellValue> income {10.0, std::monostate {}, 30.0, 40.0, std::monostate {}, 60.0};
    const std::vector<CellValue> city {std::string("Ankara"), std::string("İzmir"), std::string(""),
        std::string("İzmir"), std::monostate {}, std::string("İzmir")};
    const std::vector<CellValue> score {1.0, 2.0, 3.0, 4.0, 5.0, 6.0};
    const CriteriaTable table = tableOf({{{"Income", ColumnType::Real, CriteriaFamily::Demographic}, income},
        {{"City", ColumnType::Text, CriteriaFamily::Demographic}, city},
        {{"Score", ColumnType::Real, CriteriaFamily::Value}, score}});
    NullProgress progress;

    CriteriaVariable cityVariable;
    cityVariable.name = "City";
    cityVariable.column = "City";
    cityVariable.kind = VariableKind::Categorical;

    // Drop on income: customers 1 and 4 go; the city's own category keeps customer 2.
    cityVariable.missing = MissingPolicy::OwnCategory;
    auto dropped = buildCriteriaMatrix(
        setOf({numeric("Income", CriteriaTransform::None), cityVariable}), table, progress);
    ASSERT_TRUE(dropped) << describe(dropped.error());
    EXPECT_EQ(dropped.value().droppedCount, 2);
    EXPECT_EQ(dropped.value().customerRows, (std::vector<std::int64_t> {0, 2, 3, 5}));
    EXPECT_EQ(dropped.value().missing[0].missingCount, 2);
    EXPECT_EQ(dropped.value().missing[1].missingCount, 2);
    std::vector<std::string> labels;
    for (const auto &column : dropped.value().columns) {
        labels.push_back(column.label);
    }
    // Levels most frequent first, ties by text: İzmir 2, then (missing) 1 and Ankara 1 in byte order.
    EXPECT_EQ(
        labels, (std::vector<std::string> {"Income", "City = İzmir", "City = (missing)", "City = Ankara"}));

    // Impute: the income median of the kept customers (10, 30, 40, 60 → 35) and the city's mode.
    CriteriaVariable incomeVariable = numeric("Income", CriteriaTransform::None);
    incomeVariable.missing = MissingPolicy::Impute;
    cityVariable.missing = MissingPolicy::Impute;
    auto imputed = buildCriteriaMatrix(setOf({incomeVariable, cityVariable}), table, progress);
    ASSERT_TRUE(imputed) << describe(imputed.error());
    const CriteriaMatrix &m = imputed.value();
    EXPECT_EQ(m.droppedCount, 0);
    EXPECT_EQ(m.missing[0].imputedValue, "35");
    EXPECT_EQ(m.missing[1].imputedValue, "İzmir");
    EXPECT_EQ(m.originalValues(1, 0), 35.0);
    EXPECT_EQ(m.originalValues(4, 0), 35.0);
    ASSERT_EQ(m.columns.size(), 3U); // Income, City = İzmir (5 customers), City = Ankara
    EXPECT_EQ(m.columns[1].label, "City = İzmir");
    EXPECT_EQ(m.originalValues.col(1).sum(), 5.0);

    // Drop on both: customers 1, 2 and 4 go (the empty text counts as missing).
    cityVariable.missing = MissingPolicy::DropCustomer;
    auto both = buildCriteriaMatrix(
        setOf({numeric("Income", CriteriaTransform::None), cityVariable}), table, progress);
    ASSERT_TRUE(both);
    EXPECT_EQ(both.value().droppedCount, 3);
    EXPECT_EQ(both.value().customerRows, (std::vector<std::int64_t> {0, 3, 5}));
}

TEST(CriteriaMatrix, WeightZeroVariablesNeitherCountNorDrop)
{
    const CriteriaTable table = tableOf({{{"a", ColumnType::Real, CriteriaFamily::Value}, reals({1, 2, 3})},
        {{"b", ColumnType::Real, CriteriaFamily::Value}, {1.0, std::monostate {}, 3.0}}});
    NullProgress progress;
    auto built = buildCriteriaMatrix(
        setOf({numeric("a", CriteriaTransform::ZScore), numeric("b", CriteriaTransform::ZScore, 0.0)}), table,
        progress);
    ASSERT_TRUE(built);
    EXPECT_EQ(built.value().columns.size(), 1U);
    EXPECT_EQ(built.value().droppedCount, 0);
}

TEST(CriteriaMatrix, TurkishLikertAnswersMapToOneToFive)
{
    const std::vector<CellValue> answers {std::string("Kesinlikle katılmıyorum"), std::string("Katılmıyorum"),
        std::string("Kararsızım"), std::string("KATILIYORUM"), std::string("  kesinlikle   KATILIYORUM "),
        std::string("Katiliyorum"), std::string("Bilmiyorum"), std::monostate {}};
    const CriteriaTable table
        = tableOf({{{"Memnuniyet", ColumnType::Text, CriteriaFamily::Psychographic}, answers}});
    CriteriaVariable likert;
    likert.name = "Memnuniyet";
    likert.column = "Memnuniyet";
    likert.kind = VariableKind::Ordinal;
    likert.scale = "likert-tr";
    likert.transform = CriteriaTransform::None;
    likert.missing = MissingPolicy::Impute;
    NullProgress progress;
    auto built = buildCriteriaMatrix(setOf({likert}), table, progress);
    ASSERT_TRUE(built) << describe(built.error());
    const CriteriaMatrix &m = built.value();
    // "Bilmiyorum" is not on the scale (unreadable) and the last is empty: both imputed with the median of
    // 1, 2, 3, 4, 5, 4, which is 3.5.
    const std::vector<double> expected {1, 2, 3, 4, 5, 4, 3.5, 3.5};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(m.values(static_cast<Eigen::Index>(i), 0), expected[i]) << i;
    }
    EXPECT_EQ(m.missing[0].missingCount, 2);
    EXPECT_EQ(m.missing[0].unreadableCount, 1);
    EXPECT_EQ(m.missing[0].imputedValue, "3.5");

    // Editable: an extra answer and a changed value on top of the preset.
    likert.levels = {{"Bilmiyorum", 3}, {"kesinlikle katılıyorum", 10}};
    auto edited = buildCriteriaMatrix(setOf({likert}), table, progress);
    ASSERT_TRUE(edited);
    EXPECT_EQ(edited.value().values(6, 0), 3.0);
    EXPECT_EQ(edited.value().values(4, 0), 10.0);
    EXPECT_EQ(ordinalPreset("likert-en").front().text, "Strongly disagree");
    EXPECT_EQ(foldAnswer("STRONGLY  Agree "), "strongly agree");
}

TEST(CriteriaMatrix, DatesBecomeDaysBeforeTheAnalysisDate)
{
    const std::vector<CellValue> signup {std::string("2024-01-01"), std::string("2024-03-01T10:30:00"),
        std::string("2023-12-31"), std::string("01.02.2024")};
    const CriteriaTable table
        = tableOf({{{"Signup", ColumnType::Text, CriteriaFamily::Behavioural}, signup}});
    CriteriaVariable date;
    date.name = "Days since signup";
    date.column = "Signup";
    date.kind = VariableKind::Date;
    date.transform = CriteriaTransform::None;
    NullProgress progress;
    // Default analysis date: the day after the latest date (2024-03-02).
    auto built = buildCriteriaMatrix(setOf({date}), table, progress);
    ASSERT_TRUE(built) << describe(built.error());
    EXPECT_EQ(built.value().analysisDay, *daysFromCivil(2024, 3, 2));
    EXPECT_EQ(built.value().droppedCount, 1); // "01.02.2024" is not ISO
    EXPECT_EQ(built.value().missing[0].unreadableCount, 1);
    EXPECT_EQ(built.value().values(0, 0), 61.0); // 2024 is a leap year: 31 + 29 + 1
    EXPECT_EQ(built.value().values(1, 0), 1.0);
    EXPECT_EQ(built.value().values(2, 0), 62.0);
    CriteriaSet fixed = setOf({date});
    fixed.analysisDay = *daysFromCivil(2025, 1, 1);
    auto later = buildCriteriaMatrix(fixed, table, progress);
    ASSERT_TRUE(later);
    EXPECT_EQ(later.value().values(0, 0), 366.0);
}

TEST(CriteriaMatrix, DerivedVariableFromAFormula)
{
    const CriteriaTable table
        = tableOf({{{"monetary", ColumnType::Real, CriteriaFamily::Value}, reals({100, 50, 30, 8})},
            {{"frequency", ColumnType::Integer, CriteriaFamily::Value},
                {std::int64_t {4}, std::int64_t {0}, std::int64_t {3}, std::monostate {}}}});
    CriteriaVariable spend;
    spend.name = "Spend per order";
    spend.expression = "monetary / frequency";
    spend.transform = CriteriaTransform::None;
    NullProgress progress;
    auto built = buildCriteriaMatrix(setOf({spend}), table, progress);
    ASSERT_TRUE(built) << describe(built.error());
    // Division by zero and a missing frequency: both missing, so dropped; only one was unreadable.
    EXPECT_EQ(built.value().customerRows, (std::vector<std::int64_t> {0, 2}));
    EXPECT_EQ(built.value().values(0, 0), 25.0);
    EXPECT_EQ(built.value().values(1, 0), 10.0);
    EXPECT_EQ(built.value().missing[0].missingCount, 2);
    EXPECT_EQ(built.value().missing[0].unreadableCount, 1);
}

TEST(CriteriaMatrix, ColumnProblemsAreReported)
{
    const CriteriaTable table
        = tableOf({{{"City", ColumnType::Text, CriteriaFamily::Demographic}, {std::string("A")}},
            {{"Age", ColumnType::Integer, CriteriaFamily::Demographic}, {std::int64_t {3}}}});
    NullProgress progress;
    auto unknown
        = buildCriteriaMatrix(setOf({numeric("Income", CriteriaTransform::ZScore)}), table, progress);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::UnknownColumn);
    auto text = buildCriteriaMatrix(setOf({numeric("City", CriteriaTransform::ZScore)}), table, progress);
    ASSERT_FALSE(text);
    EXPECT_EQ(text.error().code, ErrorCode::NonNumericColumn);
    CriteriaVariable formula;
    formula.name = "f";
    formula.expression = "Age * [Yearly income]";
    auto missingColumn = buildCriteriaMatrix(setOf({formula}), table, progress);
    ASSERT_FALSE(missingColumn);
    EXPECT_EQ(missingColumn.error().code, ErrorCode::UnknownColumn);
    EXPECT_EQ(missingColumn.error().args.at(0), "Yearly income");
}

TEST(CriteriaPreview, HistogramsCorrelationWarningAndCounts)
{
    // b is almost a (r > 0.9), c is unrelated; one customer lacks c.
    const CriteriaTable table
        = tableOf({{{"a", ColumnType::Real, CriteriaFamily::Value}, reals({1, 2, 3, 4, 5, 6})},
            {{"b", ColumnType::Real, CriteriaFamily::Value}, reals({2, 4, 6, 8, 10, 13})},
            {{"c", ColumnType::Real, CriteriaFamily::Value}, {5.0, 1.0, 4.0, 1.0, 5.0, std::monostate {}}},
            {{"g", ColumnType::Text, CriteriaFamily::Demographic},
                {std::string("F"), std::string("M"), std::string("F"), std::string("F"), std::string("M"),
                    std::string("M")}}});
    CriteriaVariable gender;
    gender.name = "g";
    gender.column = "g";
    gender.kind = VariableKind::Categorical;
    NullProgress progress;
    CriteriaPreviewParams params;
    params.binCount = 4;
    auto preview = previewCriteria(
        setOf({numeric("a", CriteriaTransform::None), numeric("b", CriteriaTransform::Log1p),
            numeric("c", CriteriaTransform::ZScore), gender}),
        table, params, progress);
    ASSERT_TRUE(preview) << describe(preview.error());
    const CriteriaPreview &p = preview.value();
    EXPECT_EQ(p.customerCount, 6);
    EXPECT_EQ(p.usedCount, 5);
    EXPECT_EQ(p.droppedCount, 1);
    EXPECT_EQ(p.matrixColumnCount, 5);
    ASSERT_EQ(p.variables.size(), 4U);
    // a on the 5 used customers: 1..5 in 4 bins of width 1: [1,2) [2,3) [3,4) [4,5].
    EXPECT_EQ(p.variables[0].before.edges, (std::vector<double> {1, 2, 3, 4, 5}));
    EXPECT_EQ(p.variables[0].before.counts, (std::vector<std::int64_t> {1, 1, 1, 2}));
    EXPECT_DOUBLE_EQ(p.variables[0].mean, 3.0);
    EXPECT_DOUBLE_EQ(p.variables[0].standardDeviation, std::sqrt(2.0));
    EXPECT_EQ(p.variables[3].levels.size(), 2U);
    EXPECT_EQ(p.variables[3].levels[0].level, "F");
    EXPECT_EQ(p.variables[3].levels[0].count, 3);
    ASSERT_EQ(p.correlationLabels, (std::vector<std::string> {"a", "b", "c"}));
    ASSERT_EQ(p.warnings.size(), 1U);
    EXPECT_EQ(p.warnings[0].first, "a");
    EXPECT_EQ(p.warnings[0].second, "b");
    EXPECT_GT(p.warnings[0].correlation, 0.9);
    EXPECT_NE(p.warnings[0].message.find("almost the same"), std::string::npos);
    EXPECT_DOUBLE_EQ(p.correlation(0, 1), p.warnings[0].correlation);
    EXPECT_LT(std::abs(p.correlation(0, 2)), 0.9);
}

TEST(CriteriaMatrix, CancelStopsTheBuild)
{
    class CancelAlways final : public Progress
    {
    public:
        void setStage(std::string_view) override { }
        void setFraction(double) override { }
        bool isCancelRequested() const override { return true; }
    };
    const CriteriaTable table = tableOf({{{"x", ColumnType::Real, CriteriaFamily::Value}, reals({1, 2, 3})}});
    CancelAlways cancel;
    auto built = buildCriteriaMatrix(setOf({numeric("x", CriteriaTransform::ZScore)}), table, cancel);
    ASSERT_FALSE(built);
    EXPECT_EQ(built.error().code, ErrorCode::Cancelled);
}
