// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "criteria/CriteriaExpression.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>

using namespace segmenta::engine;

namespace {

double evaluate(const std::string &text, const std::map<std::string, double> &values = {})
{
    auto parsed = CriteriaExpression::parse(text);
    EXPECT_TRUE(parsed) << text << ": " << (parsed ? "" : describe(parsed.error()));
    if (!parsed) {
        return std::nan("");
    }
    const CriteriaExpression &expression = parsed.value();
    return expression.evaluate([&](std::size_t c) { return values.at(expression.columns()[c]); });
}

/// The 1-based character position an invalid formula's error names.
std::int64_t errorPosition(const std::string &text)
{
    auto parsed = CriteriaExpression::parse(text, "$.variables[0].expression");
    EXPECT_FALSE(parsed) << text;
    if (parsed) {
        return 0;
    }
    EXPECT_EQ(parsed.error().code, ErrorCode::InvalidParameter);
    EXPECT_EQ(parsed.error().args.at(0), "$.variables[0].expression");
    EXPECT_TRUE(parsed.error().where.has_value());
    const std::int64_t position = parsed.error().where->column;
    EXPECT_NE(parsed.error().args.at(2).find("at character " + std::to_string(position)), std::string::npos)
        << parsed.error().args.at(2);
    return position;
}

} // namespace

TEST(CriteriaExpression, PrecedenceAndAssociativity)
{
    EXPECT_EQ(evaluate("1 + 2 * 3"), 7.0);
    EXPECT_EQ(evaluate("(1 + 2) * 3"), 9.0);
    EXPECT_EQ(evaluate("8 / 4 / 2"), 1.0); // left to right
    EXPECT_EQ(evaluate("10 - 4 - 3"), 3.0);
    EXPECT_EQ(evaluate("-2 * -3"), 6.0);
    EXPECT_EQ(evaluate("2 - -3"), 5.0);
    EXPECT_EQ(evaluate("-(1 + 2) * 2"), -6.0);
    EXPECT_EQ(evaluate("1.5e2 + .5"), 150.5);
    EXPECT_DOUBLE_EQ(evaluate("log(1 + 2 * 3) + sqrt(16) * abs(-2)"), std::log(7.0) + 8.0);
}

TEST(CriteriaExpression, ColumnsBareAndBracketed)
{
    const std::map<std::string, double> values {
        {"monetary", 300.0}, {"frequency", 4.0}, {"Annual Income (k$)", 60.0}, {"yaş", 30.0}};
    EXPECT_EQ(evaluate("monetary / frequency", values), 75.0);
    EXPECT_EQ(evaluate("[Annual Income (k$)] / yaş", values), 2.0);
    auto parsed = CriteriaExpression::parse("monetary / frequency + monetary");
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed.value().columns(), (std::vector<std::string> {"monetary", "frequency"}));
}

TEST(CriteriaExpression, NotFiniteResultsAreMissing)
{
    EXPECT_TRUE(std::isnan(evaluate("1 / 0")));
    EXPECT_TRUE(std::isnan(evaluate("log(-1)")));
    EXPECT_TRUE(std::isnan(evaluate("a + 1", {{"a", std::nan("")}})));
}

TEST(CriteriaExpression, ErrorsNameTheCharacterPosition)
{
    EXPECT_EQ(errorPosition("monetary / "), 12); // ends too early
    EXPECT_EQ(errorPosition("monetary // frequency"), 11);
    EXPECT_EQ(errorPosition("(monetary / frequency"), 22); // the missing ')'
    EXPECT_EQ(errorPosition("monetary / frequency)"), 21);
    EXPECT_EQ(errorPosition("monetary frequency"), 10);
    EXPECT_EQ(errorPosition("exp(monetary)"), 1); // unknown function
    EXPECT_EQ(errorPosition("[Annual Income / 2"), 1); // unclosed bracket
    EXPECT_EQ(errorPosition("yaş * 2 $"), 9); // counted in characters: ş is two bytes
    EXPECT_EQ(errorPosition("1.2.3 + a"), 1);
    EXPECT_EQ(errorPosition(""), 1);
    EXPECT_EQ(errorPosition("a + []"), 5);
}

TEST(CriteriaExpression, ErrorsSayWhatIsWrongAsAKeyTheUiTranslates)
{
    const auto problem = [](const std::string &text) {
        auto parsed = CriteriaExpression::parse(text, "$.variables[0].expression");
        EXPECT_FALSE(parsed) << text;
        if (parsed || parsed.error().args.size() < 5) {
            return std::pair<std::string, std::string> {};
        }
        return std::pair {parsed.error().args.at(3), parsed.error().args.at(4)};
    };
    using Problem = std::pair<std::string, std::string>;
    EXPECT_EQ(problem(""), (Problem {"empty", ""}));
    EXPECT_EQ(problem("monetary / frequency)"), (Problem {"unopened_parenthesis", ""}));
    EXPECT_EQ(problem("monetary frequency"), (Problem {"operator_or_end", ""}));
    EXPECT_EQ(problem("monetary / "), (Problem {"ends_early", ""}));
    EXPECT_EQ(problem("2 * (monetary / frequency"), (Problem {"unclosed_parenthesis", "5"}));
    EXPECT_EQ(problem("[Annual Income / 2"), (Problem {"unclosed_bracket", ""}));
    EXPECT_EQ(problem("a + []"), (Problem {"empty_column_name", ""}));
    EXPECT_EQ(problem("exp(monetary)"), (Problem {"unknown_function", "exp"}));
    EXPECT_EQ(problem("1.2.3 + a"), (Problem {"bad_number", "1.2.3"}));
    EXPECT_EQ(problem("yaş * $"), (Problem {"unexpected", "$"}));
}
