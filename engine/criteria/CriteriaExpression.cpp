// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "criteria/CriteriaExpression.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <optional>

namespace segmenta::engine {

/// Recursive descent over the bytes of the text; positions are reported in characters.
class ExpressionParser
{
public:
    ExpressionParser(std::string_view text, const std::string &parameter)
        : m_text(text)
        , m_parameter(parameter)
    { }

    Result<CriteriaExpression> run()
    {
        skipSpaces();
        if (m_at == m_text.size()) {
            return fail("empty");
        }
        if (!parseSum()) {
            return *m_error;
        }
        skipSpaces();
        if (m_at != m_text.size()) {
            return fail(peek() == ')' ? "unopened_parenthesis" : "operator_or_end");
        }
        return std::move(m_result);
    }

private:
    using Op = CriteriaExpression::Op;

    /// 1-based character position of byte `at`: UTF-8 continuation bytes do not start a character.
    std::int64_t characterPosition(std::size_t at) const
    {
        std::int64_t position = 1;
        for (std::size_t i = 0; i < at && i < m_text.size(); ++i) {
            if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80) {
                ++position;
            }
        }
        return position;
    }

    Error fail(std::string_view problem, const std::string &detail = {})
    {
        return fail(problem, detail, m_at);
    }
    /// Records the first error: `problem` is a key of CriteriaExpression.h's list, `detail` its value.
    Error fail(std::string_view problem, const std::string &detail, std::size_t at)
    {
        const std::int64_t position = characterPosition(at);
        Error error = makeError(ErrorCode::InvalidParameter,
            {m_parameter, "'" + std::string(m_text) + "'",
                expectedText(problem, detail) + " at character " + std::to_string(position),
                std::string(problem), detail},
            Location {"", 1, position});
        if (!m_error) {
            m_error = error;
        }
        return error;
    }

    /// The English "must be …" text of a problem (the CLI's message).
    static std::string expectedText(std::string_view problem, const std::string &detail)
    {
        if (problem == "empty") {
            return "a formula (it is empty)";
        }
        if (problem == "unopened_parenthesis") {
            return "an operator (this ')' has no '(')";
        }
        if (problem == "operator_or_end") {
            return "an operator or the end";
        }
        if (problem == "ends_early") {
            return "a number, a column or '(' (the formula ends too early)";
        }
        if (problem == "unclosed_parenthesis") {
            return "')' to close the '(' at character " + detail;
        }
        if (problem == "unclosed_bracket") {
            return "']' to close the '['";
        }
        if (problem == "empty_column_name") {
            return "a column name inside '[ ]'";
        }
        if (problem == "unknown_function") {
            return "a function log, sqrt or abs (not '" + detail + "')";
        }
        if (problem == "bad_number") {
            return "a number (not '" + detail + "')";
        }
        return "a number, a column or '(' (not '" + detail + "')"; // "unexpected"
    }

    char peek() const { return m_at < m_text.size() ? m_text[m_at] : '\0'; }
    void skipSpaces()
    {
        while (m_at < m_text.size() && (m_text[m_at] == ' ' || m_text[m_at] == '\t')) {
            ++m_at;
        }
    }
    static bool isIdentifierStart(char c)
    {
        const auto u = static_cast<unsigned char>(c);
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || u >= 0x80;
    }
    static bool isIdentifierPart(char c) { return isIdentifierStart(c) || (c >= '0' && c <= '9'); }

    void emit(Op op) { m_result.m_program.push_back({op, 0.0, 0}); }

    bool parseSum()
    {
        return parseLeftAssociative(&ExpressionParser::parseProduct, '+', Op::Add, '-', Op::Subtract);
    }
    bool parseProduct()
    {
        return parseLeftAssociative(&ExpressionParser::parseUnary, '*', Op::Multiply, '/', Op::Divide);
    }

    /// One precedence level: operand ((first | second) operand)*, evaluated left to right.
    bool parseLeftAssociative(
        bool (ExpressionParser::*operand)(), char first, Op firstOp, char second, Op secondOp)
    {
        if (!(this->*operand)()) {
            return false;
        }
        for (;;) {
            skipSpaces();
            const char c = peek();
            if (c != first && c != second) {
                return true;
            }
            ++m_at;
            if (!(this->*operand)()) {
                return false;
            }
            emit(c == first ? firstOp : secondOp);
        }
    }

    bool parseUnary()
    {
        skipSpaces();
        if (peek() == '-' || peek() == '+') {
            const bool negate = peek() == '-';
            ++m_at;
            if (!parseUnary()) {
                return false;
            }
            if (negate) {
                emit(Op::Negate);
            }
            return true;
        }
        return parsePrimary();
    }

    bool parsePrimary()
    {
        skipSpaces();
        const char c = peek();
        if (m_at == m_text.size()) {
            fail("ends_early");
            return false;
        }
        if ((c >= '0' && c <= '9') || c == '.') {
            return parseNumber();
        }
        if (c == '(') {
            const std::size_t open = m_at;
            ++m_at;
            if (!parseSum()) {
                return false;
            }
            skipSpaces();
            if (peek() != ')') {
                fail("unclosed_parenthesis", std::to_string(characterPosition(open)));
                return false;
            }
            ++m_at;
            return true;
        }
        if (c == '[') {
            const std::size_t open = m_at;
            const auto close = m_text.find(']', m_at + 1);
            if (close == std::string_view::npos) {
                fail("unclosed_bracket", {}, open);
                return false;
            }
            const std::string name(m_text.substr(m_at + 1, close - m_at - 1));
            if (name.empty()) {
                fail("empty_column_name", {}, open);
                return false;
            }
            m_at = close + 1;
            emitColumn(name);
            return true;
        }
        if (isIdentifierStart(c)) {
            const std::size_t start = m_at;
            while (m_at < m_text.size() && isIdentifierPart(m_text[m_at])) {
                ++m_at;
            }
            const std::string name(m_text.substr(start, m_at - start));
            const std::size_t afterName = m_at;
            skipSpaces();
            if (peek() == '(') {
                std::optional<Op> function;
                if (name == "log") {
                    function = Op::Log;
                } else if (name == "sqrt") {
                    function = Op::Sqrt;
                } else if (name == "abs") {
                    function = Op::Abs;
                }
                if (!function) {
                    fail("unknown_function", name, start);
                    return false;
                }
                const std::size_t open = m_at;
                ++m_at;
                if (!parseSum()) {
                    return false;
                }
                skipSpaces();
                if (peek() != ')') {
                    fail("unclosed_parenthesis", std::to_string(characterPosition(open)));
                    return false;
                }
                ++m_at;
                emit(*function);
                return true;
            }
            m_at = afterName;
            emitColumn(name);
            return true;
        }
        fail("unexpected", std::string(1, c));
        return false;
    }

    bool parseNumber()
    {
        const std::size_t start = m_at;
        while (m_at < m_text.size()
            && ((m_text[m_at] >= '0' && m_text[m_at] <= '9') || m_text[m_at] == '.'
                || ((m_text[m_at] == 'e' || m_text[m_at] == 'E') && m_at + 1 < m_text.size()
                    && (std::isdigit(static_cast<unsigned char>(m_text[m_at + 1])) || m_text[m_at + 1] == '-'
                        || m_text[m_at + 1] == '+'))
                || ((m_text[m_at] == '-' || m_text[m_at] == '+') && m_at > start
                    && (m_text[m_at - 1] == 'e' || m_text[m_at - 1] == 'E')))) {
            ++m_at;
        }
        double value = 0.0;
        const char *first = m_text.data() + start;
        const char *last = m_text.data() + m_at;
        const auto [end, error] = std::from_chars(first, last, value);
        if (error != std::errc() || end != last) {
            fail("bad_number", std::string(first, last), start);
            return false;
        }
        m_result.m_program.push_back({Op::Number, value, 0});
        return true;
    }

    void emitColumn(const std::string &name)
    {
        auto &columns = m_result.m_columns;
        const auto found = std::find(columns.begin(), columns.end(), name);
        const auto index = static_cast<std::size_t>(found - columns.begin());
        if (found == columns.end()) {
            columns.push_back(name);
        }
        m_result.m_program.push_back({Op::Column, 0.0, index});
    }

    std::string_view m_text;
    const std::string &m_parameter;
    std::size_t m_at = 0;
    CriteriaExpression m_result;
    std::optional<Error> m_error;
};

Result<CriteriaExpression> CriteriaExpression::parse(std::string_view text, const std::string &parameter)
{
    return ExpressionParser(text, parameter).run();
}

double CriteriaExpression::evaluate(const std::function<double(std::size_t column)> &column) const
{
    // The deepest formula a person writes is a handful of levels; a small vector avoids recursion.
    std::vector<double> stack;
    stack.reserve(m_program.size());
    for (const Step &step : m_program) {
        switch (step.op) {
        case Op::Number:
            stack.push_back(step.number);
            break;
        case Op::Column:
            stack.push_back(column(step.column));
            break;
        case Op::Negate:
            stack.back() = -stack.back();
            break;
        case Op::Log:
            stack.back() = std::log(stack.back());
            break;
        case Op::Sqrt:
            stack.back() = std::sqrt(stack.back());
            break;
        case Op::Abs:
            stack.back() = std::abs(stack.back());
            break;
        default: {
            const double right = stack.back();
            stack.pop_back();
            double &left = stack.back();
            if (step.op == Op::Add) {
                left += right;
            } else if (step.op == Op::Subtract) {
                left -= right;
            } else if (step.op == Op::Multiply) {
                left *= right;
            } else {
                left /= right;
            }
        }
        }
    }
    SEGMENTA_ASSERT(stack.size() == 1, "a parsed formula leaves one value");
    const double value = stack.front();
    return std::isfinite(value) ? value : std::nan("");
}

} // namespace segmenta::engine
