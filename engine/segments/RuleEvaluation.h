// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Value.h"
#include "segments/RuleSet.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace segmenta::engine {

/// One bit per customer (row order): who matches a condition, a group or a segment.
class RuleBits
{
public:
    RuleBits() = default;
    /// `size` customers, all set to `value`.
    RuleBits(std::int64_t size, bool value);

    std::int64_t size() const { return m_size; }
    bool test(std::int64_t row) const
    {
        return (m_words[static_cast<std::size_t>(row >> 6)] >> (row & 63)) & 1U;
    }
    void set(std::int64_t row)
    {
        m_words[static_cast<std::size_t>(row >> 6)] |= std::uint64_t {1} << (row & 63);
    }
    /// Customers set.
    std::int64_t count() const;
    RuleBits &operator&=(const RuleBits &other);
    RuleBits &operator|=(const RuleBits &other);
    /// Customers set in both.
    std::int64_t countBoth(const RuleBits &other) const;

private:
    std::int64_t m_size = 0;
    std::vector<std::uint64_t> m_words;
};

/// A customer column loaded for rule evaluation: numbers (NaN = missing) for number columns, or a
/// dictionary of distinct texts and one code per customer (-1 = missing) for text columns, so text
/// conditions test each distinct value once.
struct RuleColumn
{
    std::string name;
    ColumnType type = ColumnType::Text;
    std::vector<double> numbers; ///< number columns: one per customer
    std::vector<std::int32_t> codes; ///< text columns: index into `dictionary` per customer, -1 when missing
    std::vector<std::string> dictionary; ///< text columns: distinct values
};

/// The columns a rule set refers to, for `customerCount` customers in table order.
struct RuleTable
{
    std::int64_t customerCount = 0;
    std::vector<RuleColumn> columns;
    /// The column of that name. Requires: it was loaded.
    const RuleColumn &column(const std::string &name) const;
};

/// Folds text for "contains": lower case for ASCII, Latin-1 letters (À…Þ), Ğ and Ş; I, İ, ı and i all
/// become "i", so "ISTANBUL", "İstanbul" and "istanbul" match each other. Other bytes pass unchanged.
std::string foldForContains(std::string_view text);

/// Who matches a condition tree. `analysisDay` (days since 1970-01-01) is "today" for within_last_days.
/// Requires: every referenced column is in `table` with a type the tree was validated against.
RuleBits evaluateRuleNode(const RuleNode &node, const RuleTable &table, std::int64_t analysisDay);

/// Counts of a rule set over the customers.
struct RuleSegmentCount
{
    std::string name;
    std::int64_t matched = 0; ///< customers meeting the segment's conditions
    std::int64_t assigned = 0; ///< of them, those for whom it is the first matching segment in the set
};

struct RuleSetEvaluation
{
    std::int64_t customerCount = 0;
    std::vector<RuleSegmentCount> segments; ///< in the set's order
    /// overlap[i][j]: customers matching both segment i and segment j; the diagonal holds `matched`.
    std::vector<std::vector<std::int64_t>> overlap;
    std::int64_t inSeveral = 0; ///< customers matching two or more segments
    std::int64_t inNone = 0; ///< customers matching no segment
    std::string unmatchedSegment; ///< the segment those go to; empty: they stay without a segment
    /// Per customer (row order): index of the assigned segment in the set's order, segments.size() for the
    /// unmatched segment, -1 for none.
    std::vector<int> assignment;
    /// English sentences about conditions that cannot match as written (no ISO dates in a date column).
    std::vector<std::string> warnings;
};

/// Evaluates every segment, counts overlaps and assigns each customer to the first matching segment.
RuleSetEvaluation evaluateRuleSet(const RuleSet &rules, const RuleTable &table, std::int64_t analysisDay);

} // namespace segmenta::engine
