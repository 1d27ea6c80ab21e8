// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Error.h"
#include "core/Result.h"
#include "core/Value.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace segmenta::engine {

/// What one condition asks of a customer's value in one column. A customer with no value in the column
/// matches only IsMissing (as in SQL, where a comparison with NULL is never true).
enum class RuleOperator
{
    Between, ///< "between" [lo, hi]: lo <= x <= hi; numbers
    AtLeast, ///< ">=": numbers
    AtMost, ///< "<=": numbers
    Greater, ///< ">": numbers
    Less, ///< "<": numbers
    Equal, ///< "=": numbers, or text equal byte for byte
    NotEqual, ///< "!=": numbers, or text not equal byte for byte
    In, ///< "in" [v, …]: text equal to one of the values (byte for byte), or a number equal to one
    NotIn, ///< "not_in" [v, …]: has a value, and it is none of them
    Contains, ///< "contains" "t": text holding t, ignoring case (ASCII, Latin-1 letters and Turkish İ ı Ğ Ş)
    WithinLastDays, ///< "within_last_days" N: an ISO date from N days before the analysis date up to it
    Before, ///< "before" "YYYY-MM-DD": an ISO date earlier than the given one
    After, ///< "after" "YYYY-MM-DD": an ISO date later than the given one
    IsMissing, ///< "is_missing": no value
    IsNotMissing, ///< "is_not_missing": any value
};

/// The operator's name in rule documents ("between", ">=", "not_in", …).
const char *ruleOperatorName(RuleOperator op);

/// One test on one customer column.
struct RuleCondition
{
    std::string column; ///< customer column name, as ProjectSummary::columns lists it
    RuleOperator op = RuleOperator::IsNotMissing;
    std::vector<double> numbers; ///< between: {lo, hi}; comparisons: {x}; in/not_in on numbers; within: {N}
    std::vector<std::string> texts; ///< in/not_in/=/!= on text; contains: {t}; before/after: {ISO date}
};

/// A node of a condition tree: a group combining its children with AND (All) or OR (Any), or a condition.
/// An empty All matches every customer, an empty Any none.
struct RuleNode
{
    enum class Kind
    {
        All,
        Any,
        Condition,
    };
    Kind kind = Kind::All;
    std::vector<RuleNode> children; ///< groups only
    RuleCondition condition; ///< Condition only
};

/// One named segment of a rule set.
struct RuleSegment
{
    std::string name; ///< unique in the set
    RuleNode match; ///< who belongs
};

/// Dynamic sets are re-evaluated when asked to refresh (after new data); frozen ones keep their stored
/// members until the user saves the set again.
enum class RuleSetMode
{
    Dynamic,
    Frozen,
};

/// An ordered list of rule segments: the document format is described in README.md ("Rule-based
/// segments"). When segments overlap, a customer is assigned to the first matching segment in this order.
struct RuleSet
{
    RuleSetMode mode = RuleSetMode::Dynamic;
    /// "Today" of date conditions, days since 1970-01-01; empty: the day after the project's last
    /// transaction.
    std::optional<std::int64_t> analysisDay;
    /// Name of the segment customers matching no rule are assigned to; empty: they stay without a segment.
    std::string unmatchedSegment = "Other";
    std::vector<RuleSegment> segments;
};

/// Reads a rule document. Errors are InvalidParameter whose first argument is the JSON path of the
/// problem ("segments[2].match.all[0].op"), the second the value found and the third what to write
/// instead; a document that is not JSON at all gives the path "(document)" and the parser's message.
Result<RuleSet> parseRuleSet(std::string_view json);

/// Reads one condition tree ({"all": […]}, {"any": […]} or a condition); `path` prefixes error paths.
Result<RuleNode> parseRuleNode(std::string_view json, const std::string &path = "match");

/// The document of a rule set, as parseRuleSet reads it (pretty-printed, two spaces).
std::string ruleSetToJson(const RuleSet &rules);
/// The JSON of one condition tree.
std::string ruleNodeToJson(const RuleNode &node);

/// A customer column as rules see it: its name and type.
struct RuleColumnType
{
    std::string name;
    ColumnType type = ColumnType::Text;
};

/// Problems of a rule set against the project's columns (unknown columns, operators that do not fit the
/// column's type, text values for number columns and the reverse), each naming the JSON path. Empty: ready.
std::vector<Error> validateRuleSet(const RuleSet &rules, const std::vector<RuleColumnType> &columns);
/// The same for one condition tree, its paths prefixed with `path`.
std::vector<Error> validateRuleNode(
    const RuleNode &node, const std::vector<RuleColumnType> &columns, const std::string &path = "match");

/// Whether the tree (or any segment of the set) has a date condition relative to the analysis date.
bool usesAnalysisDay(const RuleNode &node);
bool usesAnalysisDay(const RuleSet &rules);

/// The columns a tree (or set) refers to, each once, in order of first appearance.
std::vector<std::string> referencedColumns(const RuleNode &node);
std::vector<std::string> referencedColumns(const RuleSet &rules);

} // namespace segmenta::engine
