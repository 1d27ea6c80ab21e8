// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "criteria/CriteriaSet.h"
#include "import/DateParsing.h"

#include <gtest/gtest.h>

using namespace segmenta::engine;

namespace {

/// The example of the README's "Criteria sets" section.
constexpr const char *readmeExample = R"json({
  "format": "segmenta.criteria/1",
  "name": "Mall basics",
  "description": "Age, income and spending, gender as a category",
  "analysisDate": "2024-06-30",
  "variables": [
    {"name": "Age", "column": "Age", "kind": "numeric", "family": "demographic", "transform": "zscore",
     "weight": 1, "missing": "impute"},
    {"name": "Income", "column": "Annual Income (k$)",
                     "transform" : "log1p", "weight" : 1.5
},
    {"name": "Spending per age", "expression": "[Spending Score (1-100)] / Age", "transform": "robust"},
    {"name": "Gender", "column": "Genre", "kind": "categorical", "weight": 0.5, "missing": "category"},
    {"name": "Satisfaction", "column": "Memnuniyet", "kind": "ordinal", "scale": "likert-tr",
     "levels": [{"text": "Fikrim yok", "value": 3}], "transform": "minmax"},
    {"name": "Customer for", "column": "Signup", "kind": "date", "transform": "rank", "weight": 0}
  ]
})json";

Error readError(const std::string &json)
{
    auto read = readCriteriaSet(json);
    EXPECT_FALSE(read) << json;
    return read ? Error {} : read.error();
}

} // namespace

TEST(CriteriaSetJson, ReadsTheReadmeExampleAndRoundTrips)
{
    auto read = readCriteriaSet(readmeExample);
    ASSERT_TRUE(read) << describe(read.error());
    const CriteriaSet &set = read.value();
    EXPECT_EQ(set.name, "Mall basics");
    EXPECT_EQ(set.analysisDay, daysFromCivil(2024, 6, 30));
    ASSERT_EQ(set.variables.size(), 6U);
    EXPECT_EQ(set.variables[0].family, CriteriaFamily::Demographic);
    EXPECT_EQ(set.variables[0].missing, MissingPolicy::Impute);
    EXPECT_EQ(set.variables[1].kind, VariableKind::Numeric); // the default
    EXPECT_FALSE(set.variables[1].family.has_value());
    EXPECT_EQ(set.variables[1].transform, CriteriaTransform::Log1p);
    EXPECT_EQ(set.variables[1].weight, 1.5);
    EXPECT_EQ(set.variables[2].expression, "[Spending Score (1-100)] / Age");
    EXPECT_EQ(set.variables[3].kind, VariableKind::Categorical);
    EXPECT_EQ(set.variables[3].missing, MissingPolicy::OwnCategory);
    EXPECT_EQ(set.variables[4].levels, (std::vector<OrdinalLevel> {{"Fikrim yok", 3}}));
    EXPECT_EQ(ordinalMapping(set.variables[4]).size(), ordinalPreset("likert-tr").size() + 1);
    EXPECT_EQ(set.variables[5].weight, 0.0);

    const std::string written = writeCriteriaSet(set);
    auto again = readCriteriaSet(written);
    ASSERT_TRUE(again) << describe(again.error()) << "\n" << written;
    EXPECT_EQ(again.value(), set);
    EXPECT_EQ(writeCriteriaSet(again.value()), written);
}

TEST(CriteriaSetJson, NameDefaultsToTheColumn)
{
    auto read = readCriteriaSet(R"({"name": "n", "variables": [{"column": "Age"}]})");
    ASSERT_TRUE(read) << describe(read.error());
    EXPECT_EQ(read.value().variables[0].name, "Age");
    EXPECT_EQ(read.value().variables[0].transform, CriteriaTransform::ZScore);
    EXPECT_EQ(read.value().variables[0].weight, 1.0);
}

TEST(CriteriaSetJson, ErrorsNameTheJsonPath)
{
    struct Case
    {
        const char *json;
        const char *path;
    };
    const Case cases[] = {
        {R"({"variables": [{"column": "Age"}]})", "$.name"},
        {R"({"name": "n"})", "$.variables"},
        {R"({"name": "n", "variables": {}})", "$.variables"},
        {R"({"name": "n", "variables": [{"column": "Age", "weight": 7}]})", "$.variables[0].weight"},
        {R"({"name": "n", "variables": [{"column": "A"}, {"column": "B", "weight": "high"}]})",
            "$.variables[1].weight"},
        {R"({"name": "n", "variables": [{"column": "A", "transform": "sqrt"}]})", "$.variables[0].transform"},
        {R"({"name": "n", "variables": [{"column": "A", "wieght": 2}]})", "$.variables[0].wieght"},
        {R"({"name": "n", "variables": [{"column": "A", "kind": "text"}]})", "$.variables[0].kind"},
        {R"({"name": "n", "variables": [{"column": "A", "missing": "category"}]})", "$.variables[0].missing"},
        {R"({"name": "n", "variables": [{"column": "A"}, {"column": "A"}]})", "$.variables[1].name"},
        {R"({"name": "n", "variables": [{"column": "A", "expression": "A + 1"}]})", "$.variables[0]"},
        {R"({"name": "n", "variables": [{"expression": "A + * 1"}]})", "$.variables[0].expression"},
        {R"({"name": "n", "variables": [{"column": "A", "kind": "ordinal", "scale": "likert-de"}]})",
            "$.variables[0].scale"},
        {R"({"name": "n", "variables": [{"column": "A", "kind": "ordinal", "levels": [{"text": "x"}]}]})",
            "$.variables[0].levels[0].value"},
        {R"({"name": "n", "variables": [{"column": "A", "kind": "categorical", "transform": "zscore"}]})",
            "$.variables[0].transform"},
        {R"({"name": "n", "analysisDate": "30.06.2024", "variables": [{"column": "A"}]})", "$.analysisDate"},
        {R"({"name": "n", "format": "segmenta.criteria/9", "variables": [{"column": "A"}]})", "$.format"},
        {R"({"name": "n", "variables": [{"column": "A", "weight": 0}]})", "$.variables"},
        {R"([1, 2])", "$"},
    };
    for (const Case &c : cases) {
        const Error error = readError(c.json);
        EXPECT_EQ(error.code, ErrorCode::InvalidParameter) << c.json;
        ASSERT_FALSE(error.args.empty()) << c.json;
        EXPECT_EQ(error.args[0], c.path) << c.json << "\n" << describe(error);
    }
}

TEST(CriteriaSetJson, SyntaxErrorsGiveLineAndColumn)
{
    const Error error = readError("{\n  \"name\": \"n\",\n  \"variables\": [,]\n}");
    EXPECT_EQ(error.code, ErrorCode::InvalidParameter);
    EXPECT_EQ(error.args.at(0), "$");
    ASSERT_TRUE(error.where.has_value());
    EXPECT_EQ(error.where->line, 3);
    EXPECT_EQ(error.where->column, 17);
}
