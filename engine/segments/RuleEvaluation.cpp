// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "segments/RuleEvaluation.h"

#include "core/Assert.h"
#include "import/DateParsing.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <optional>

namespace segmenta::engine {

namespace {

constexpr int wordBits = 64;

std::size_t wordCount(std::int64_t size)
{
    return static_cast<std::size_t>((size + wordBits - 1) / wordBits);
}

/// Bits for rows 0..size-1 where `matches(row)` holds, built a word at a time.
template<typename Predicate> RuleBits bitsWhere(std::int64_t size, Predicate &&matches)
{
    RuleBits bits(size, false);
    for (std::int64_t row = 0; row < size; ++row) {
        if (matches(row)) {
            bits.set(row);
        }
    }
    return bits;
}

/// Appends the UTF-8 encoding of a code point.
void appendUtf8(std::string &out, char32_t codePoint)
{
    if (codePoint < 0x80) {
        out.push_back(static_cast<char>(codePoint));
    } else if (codePoint < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (codePoint >> 6)));
        out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xE0 | (codePoint >> 12)));
        out.push_back(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
    }
}

/// The case-folded form of a two-byte code point, or the code point itself.
char32_t foldCodePoint(char32_t codePoint)
{
    constexpr char32_t latinCapitalFirst = 0xC0; // À
    constexpr char32_t latinCapitalLast = 0xDE; // Þ
    constexpr char32_t multiplication = 0xD7; // ×, not a letter
    constexpr char32_t latinCaseOffset = 0x20;
    constexpr char32_t capitalIWithDot = 0x130; // İ
    constexpr char32_t dotlessSmallI = 0x131; // ı
    constexpr char32_t capitalGBreve = 0x11E; // Ğ
    constexpr char32_t capitalSCedilla = 0x15E; // Ş
    if (codePoint >= latinCapitalFirst && codePoint <= latinCapitalLast && codePoint != multiplication) {
        return codePoint + latinCaseOffset;
    }
    if (codePoint == capitalIWithDot || codePoint == dotlessSmallI) {
        return U'i';
    }
    if (codePoint == capitalGBreve || codePoint == capitalSCedilla) {
        return codePoint + 1;
    }
    return codePoint;
}

bool numberMatches(const RuleCondition &condition, double x)
{
    const auto &n = condition.numbers;
    switch (condition.op) {
    case RuleOperator::Between:
        return x >= n[0] && x <= n[1];
    case RuleOperator::AtLeast:
        return x >= n[0];
    case RuleOperator::AtMost:
        return x <= n[0];
    case RuleOperator::Greater:
        return x > n[0];
    case RuleOperator::Less:
        return x < n[0];
    case RuleOperator::Equal:
        return x == n[0];
    case RuleOperator::NotEqual:
        return !std::isnan(x) && x != n[0];
    case RuleOperator::In:
        return std::find(n.begin(), n.end(), x) != n.end();
    case RuleOperator::NotIn:
        return !std::isnan(x) && std::find(n.begin(), n.end(), x) == n.end();
    case RuleOperator::IsMissing:
        return std::isnan(x);
    case RuleOperator::IsNotMissing:
        return !std::isnan(x);
    default:
        SEGMENTA_ASSERT(false, "a text operator on a number column passed validation");
        return false;
    }
}

/// The day of an ISO date (with or without a time), or nothing.
std::optional<std::int64_t> isoDay(std::string_view text)
{
    if (auto parsed = parseDate(text, DateFormat::Iso)) {
        return parsed->day;
    }
    return std::nullopt;
}

/// Whether a present text value matches (missing values are handled by the caller).
class TextMatcher
{
public:
    TextMatcher(const RuleCondition &condition, std::int64_t analysisDay)
        : m_condition(condition)
        , m_analysisDay(analysisDay)
    {
        if (condition.op == RuleOperator::Contains) {
            m_needle = foldForContains(condition.texts.front());
        } else if (condition.op == RuleOperator::Before || condition.op == RuleOperator::After) {
            const auto day = isoDay(condition.texts.front());
            SEGMENTA_ASSERT(day.has_value(), "an unparsed date passed validation");
            m_day = *day;
        }
    }

    bool operator()(const std::string &value) const
    {
        const auto &texts = m_condition.texts;
        switch (m_condition.op) {
        case RuleOperator::Equal:
        case RuleOperator::In:
            return std::find(texts.begin(), texts.end(), value) != texts.end();
        case RuleOperator::NotEqual:
        case RuleOperator::NotIn:
            return std::find(texts.begin(), texts.end(), value) == texts.end();
        case RuleOperator::Contains:
            return foldForContains(value).find(m_needle) != std::string::npos;
        case RuleOperator::WithinLastDays: {
            const auto day = isoDay(value);
            return day && *day <= m_analysisDay
                && static_cast<double>(m_analysisDay - *day) <= m_condition.numbers.front();
        }
        case RuleOperator::Before: {
            const auto day = isoDay(value);
            return day && *day < m_day;
        }
        case RuleOperator::After: {
            const auto day = isoDay(value);
            return day && *day > m_day;
        }
        case RuleOperator::IsMissing:
            return false;
        case RuleOperator::IsNotMissing:
            return true;
        default:
            SEGMENTA_ASSERT(false, "a number operator on a text column passed validation");
            return false;
        }
    }

private:
    const RuleCondition &m_condition;
    std::int64_t m_analysisDay = 0;
    std::string m_needle;
    std::int64_t m_day = 0;
};

RuleBits evaluateCondition(const RuleCondition &condition, const RuleTable &table, std::int64_t analysisDay)
{
    const RuleColumn &column = table.column(condition.column);
    const std::int64_t size = table.customerCount;
    if (column.type != ColumnType::Text) {
        SEGMENTA_ASSERT(static_cast<std::int64_t>(column.numbers.size()) == size, "a short number column");
        const double *values = column.numbers.data();
        return bitsWhere(size, [&](std::int64_t row) { return numberMatches(condition, values[row]); });
    }
    SEGMENTA_ASSERT(static_cast<std::int64_t>(column.codes.size()) == size, "a short text column");
    // Each distinct text is tested once; customers then look their value's answer up.
    const TextMatcher matcher(condition, analysisDay);
    std::vector<char> answers(column.dictionary.size());
    for (std::size_t i = 0; i < column.dictionary.size(); ++i) {
        answers[i] = matcher(column.dictionary[i]) ? 1 : 0;
    }
    const bool missingMatches = condition.op == RuleOperator::IsMissing;
    const std::int32_t *codes = column.codes.data();
    return bitsWhere(size, [&](std::int64_t row) {
        const std::int32_t code = codes[row];
        return code < 0 ? missingMatches : answers[static_cast<std::size_t>(code)] != 0;
    });
}

bool isDateOperator(RuleOperator op)
{
    return op == RuleOperator::WithinLastDays || op == RuleOperator::Before || op == RuleOperator::After;
}

void collectDateWarnings(const RuleNode &node, const RuleTable &table, std::vector<std::string> &warnings)
{
    if (node.kind != RuleNode::Kind::Condition) {
        for (const RuleNode &child : node.children) {
            collectDateWarnings(child, table, warnings);
        }
        return;
    }
    if (!isDateOperator(node.condition.op)) {
        return;
    }
    const RuleColumn &column = table.column(node.condition.column);
    const bool anyDate = std::any_of(column.dictionary.begin(), column.dictionary.end(),
        [](const std::string &value) { return isoDay(value).has_value(); });
    const std::string warning = "Column '" + column.name
        + "' holds no dates written YYYY-MM-DD, so its date conditions match no one.";
    if (!anyDate && !column.dictionary.empty()
        && std::find(warnings.begin(), warnings.end(), warning) == warnings.end()) {
        warnings.push_back(warning);
    }
}

} // namespace

RuleBits::RuleBits(std::int64_t size, bool value)
    : m_size(size)
    , m_words(wordCount(size), value ? ~std::uint64_t {0} : std::uint64_t {0})
{
    if (value && size % wordBits != 0) {
        m_words.back() &= (std::uint64_t {1} << (size % wordBits)) - 1;
    }
}

std::int64_t RuleBits::count() const
{
    std::int64_t total = 0;
    for (const std::uint64_t word : m_words) {
        total += std::popcount(word);
    }
    return total;
}

RuleBits &RuleBits::operator&=(const RuleBits &other)
{
    SEGMENTA_ASSERT(other.m_size == m_size, "combining bits of different sizes");
    for (std::size_t i = 0; i < m_words.size(); ++i) {
        m_words[i] &= other.m_words[i];
    }
    return *this;
}

RuleBits &RuleBits::operator|=(const RuleBits &other)
{
    SEGMENTA_ASSERT(other.m_size == m_size, "combining bits of different sizes");
    for (std::size_t i = 0; i < m_words.size(); ++i) {
        m_words[i] |= other.m_words[i];
    }
    return *this;
}

std::int64_t RuleBits::countBoth(const RuleBits &other) const
{
    SEGMENTA_ASSERT(other.m_size == m_size, "combining bits of different sizes");
    std::int64_t total = 0;
    for (std::size_t i = 0; i < m_words.size(); ++i) {
        total += std::popcount(m_words[i] & other.m_words[i]);
    }
    return total;
}

const RuleColumn &RuleTable::column(const std::string &name) const
{
    const auto found = std::find_if(
        columns.begin(), columns.end(), [&](const RuleColumn &column) { return column.name == name; });
    SEGMENTA_ASSERT(found != columns.end(), "a rule column that was not loaded");
    return *found;
}

std::string foldForContains(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            out.push_back(
                byte >= 'A' && byte <= 'Z' ? static_cast<char>(byte - 'A' + 'a') : static_cast<char>(byte));
            ++i;
            continue;
        }
        // Two-byte sequences hold the letters folded here; anything else passes through byte by byte.
        if ((byte & 0xE0) == 0xC0 && i + 1 < text.size()
            && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) {
            const char32_t codePoint = (static_cast<char32_t>(byte & 0x1F) << 6)
                | (static_cast<unsigned char>(text[i + 1]) & 0x3F);
            appendUtf8(out, foldCodePoint(codePoint));
            i += 2;
            continue;
        }
        out.push_back(static_cast<char>(byte));
        ++i;
    }
    return out;
}

RuleBits evaluateRuleNode(const RuleNode &node, const RuleTable &table, std::int64_t analysisDay)
{
    switch (node.kind) {
    case RuleNode::Kind::Condition:
        return evaluateCondition(node.condition, table, analysisDay);
    case RuleNode::Kind::All: {
        RuleBits bits(table.customerCount, true);
        for (const RuleNode &child : node.children) {
            bits &= evaluateRuleNode(child, table, analysisDay);
        }
        return bits;
    }
    case RuleNode::Kind::Any: {
        RuleBits bits(table.customerCount, false);
        for (const RuleNode &child : node.children) {
            bits |= evaluateRuleNode(child, table, analysisDay);
        }
        return bits;
    }
    }
    return RuleBits(table.customerCount, false);
}

RuleSetEvaluation evaluateRuleSet(const RuleSet &rules, const RuleTable &table, std::int64_t analysisDay)
{
    RuleSetEvaluation result;
    result.customerCount = table.customerCount;
    result.unmatchedSegment = rules.unmatchedSegment;
    const std::size_t count = rules.segments.size();
    std::vector<RuleBits> matches;
    matches.reserve(count);
    for (const RuleSegment &segment : rules.segments) {
        matches.push_back(evaluateRuleNode(segment.match, table, analysisDay));
        collectDateWarnings(segment.match, table, result.warnings);
    }
    result.overlap.assign(count, std::vector<std::int64_t>(count, 0));
    for (std::size_t i = 0; i < count; ++i) {
        for (std::size_t j = i; j < count; ++j) {
            const std::int64_t both = i == j ? matches[i].count() : matches[i].countBoth(matches[j]);
            result.overlap[i][j] = both;
            result.overlap[j][i] = both;
        }
    }
    result.segments.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        result.segments[i].name = rules.segments[i].name;
        result.segments[i].matched = result.overlap[i][i];
    }
    const int unmatchedIndex = rules.unmatchedSegment.empty() ? -1 : static_cast<int>(count);
    result.assignment.assign(static_cast<std::size_t>(table.customerCount), unmatchedIndex);
    for (std::int64_t row = 0; row < table.customerCount; ++row) {
        int matched = 0;
        for (std::size_t i = 0; i < count; ++i) {
            if (matches[i].test(row)) {
                if (matched == 0) {
                    result.assignment[static_cast<std::size_t>(row)] = static_cast<int>(i);
                    ++result.segments[i].assigned;
                }
                ++matched;
            }
        }
        if (matched == 0) {
            ++result.inNone;
        } else if (matched > 1) {
            ++result.inSeveral;
        }
    }
    return result;
}

} // namespace segmenta::engine
