// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Result.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace segmenta::engine {

/// A derived variable's formula, parsed once and evaluated per customer.
///
/// Grammar (usual precedence, left-associative):
///     sum     := product (('+' | '-') product)*
///     product := unary (('*' | '/') unary)*
///     unary   := '-' unary | '+' unary | primary
///     primary := number | column | function '(' sum ')' | '(' sum ')'
///     column  := identifier | '[' any text without ']' ']'
///     function := log | sqrt | abs          (log is the natural logarithm)
/// Identifiers start with a letter or '_' (non-ASCII letters such as ş, ü included) and continue with
/// letters, digits and '_'; numbers are decimal with a '.' mark and an optional exponent ("1.5e3").
/// A result that is not finite (division by zero, log of a negative number) counts as a missing value.
///
/// A formula that does not parse gives ErrorCode::InvalidParameter whose args[3] says what is wrong and
/// args[4] the detail, so the UI can say it in the user's language; `where` holds the character position:
///     empty, unopened_parenthesis, operator_or_end, ends_early, unclosed_bracket, empty_column_name (no
///     detail); unclosed_parenthesis (the position of its '('), unknown_function (the name), unexpected
///     (the character), bad_number (the text).
class CriteriaExpression
{
public:
    /// Parses `text`. Errors: InvalidParameter {parameter, text, "<what was expected> at character N"},
    /// with N (1-based, counted in characters, not bytes) also in where->column.
    static Result<CriteriaExpression> parse(
        std::string_view text, const std::string &parameter = "expression");

    /// The column names the formula reads, each once, in order of first use.
    const std::vector<std::string> &columns() const { return m_columns; }

    /// The value for one customer; `column(i)` gives the value of columns()[i] (NaN when missing). NaN when
    /// any column read is missing or the result is not finite.
    double evaluate(const std::function<double(std::size_t column)> &column) const;

private:
    enum class Op
    {
        Number,
        Column,
        Add,
        Subtract,
        Multiply,
        Divide,
        Negate,
        Log,
        Sqrt,
        Abs
    };
    /// Reverse Polish: operands before their operator.
    struct Step
    {
        Op op = Op::Number;
        double number = 0.0; ///< Number
        std::size_t column = 0; ///< Column: index into m_columns
    };
    friend class ExpressionParser;

    std::vector<Step> m_program;
    std::vector<std::string> m_columns;
};

} // namespace segmenta::engine
