// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "segments/RuleSet.h"

#include "import/DateParsing.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <set>
#include <utility>

namespace segmenta::engine {

namespace {

using Json = nlohmann::ordered_json;

constexpr int documentVersion = 1;
constexpr const char *documentFormat = "segmenta-rule-set";
constexpr std::size_t shownValueLength = 60; ///< longest JSON excerpt quoted in an error
constexpr double largestExactInteger = 9007199254740992.0; ///< 2^53: doubles above it skip integers

struct OperatorName
{
    RuleOperator op;
    const char *name;
};

constexpr std::array<OperatorName, 15> operatorNames {{
    {RuleOperator::Between, "between"},
    {RuleOperator::AtLeast, ">="},
    {RuleOperator::AtMost, "<="},
    {RuleOperator::Greater, ">"},
    {RuleOperator::Less, "<"},
    {RuleOperator::Equal, "="},
    {RuleOperator::NotEqual, "!="},
    {RuleOperator::In, "in"},
    {RuleOperator::NotIn, "not_in"},
    {RuleOperator::Contains, "contains"},
    {RuleOperator::WithinLastDays, "within_last_days"},
    {RuleOperator::Before, "before"},
    {RuleOperator::After, "after"},
    {RuleOperator::IsMissing, "is_missing"},
    {RuleOperator::IsNotMissing, "is_not_missing"},
}};

std::string operatorList()
{
    std::string text;
    for (const OperatorName &entry : operatorNames) {
        text += (text.empty() ? "" : ", ") + std::string(entry.name);
    }
    return text;
}

/// Edit distance, for "did you mean" hints on misspelt operators and columns.
std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        previous[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

/// The candidate closest to `text` when it is close enough to be a typo, else empty.
std::string closest(std::string_view text, const std::vector<std::string> &candidates)
{
    std::string best;
    std::size_t bestDistance = std::max<std::size_t>(2, text.size() / 3) + 1;
    for (const std::string &candidate : candidates) {
        const std::size_t distance = editDistance(text, candidate);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best;
}

std::string shown(const Json &value)
{
    std::string text = value.dump();
    if (text.size() > shownValueLength) {
        text = text.substr(0, shownValueLength) + "…";
    }
    return text;
}

Error problem(const std::string &path, const std::string &found, const std::string &expected)
{
    return makeError(ErrorCode::InvalidParameter, {path, found, expected});
}

/// Parsing stops at the first problem; it travels up as this exception and leaves as an Error.
struct ParseProblem
{
    Error error;
};

[[noreturn]] void fail(const std::string &path, const std::string &found, const std::string &expected)
{
    throw ParseProblem {problem(path, found, expected)};
}

void checkKeys(const Json &object, const std::string &path, const std::vector<std::string> &allowed)
{
    for (const auto &item : object.items()) {
        if (std::find(allowed.begin(), allowed.end(), item.key()) == allowed.end()) {
            std::string expected = "one of the keys";
            for (const std::string &key : allowed) {
                expected += (key == allowed.front() ? " " : ", ") + key;
            }
            if (const std::string hint = closest(item.key(), allowed); !hint.empty()) {
                expected += " (did you mean " + hint + "?)";
            }
            fail(path == "(document)" ? item.key() : path + "." + item.key(), "an unknown key", expected);
        }
    }
}

std::int64_t parseIsoDay(const Json &value, const std::string &path)
{
    if (value.is_string()) {
        const std::string text = value.get<std::string>();
        if (text.size() == 10) {
            if (auto parsed = parseDate(text, DateFormat::Iso)) {
                return parsed->day;
            }
        }
    }
    fail(path, shown(value), "a date written YYYY-MM-DD, such as \"2011-12-10\"");
}

double parseNumber(const Json &value, const std::string &path)
{
    if (!value.is_number()) {
        fail(path, shown(value), "a number, such as 30 or 12.5 (no quotes)");
    }
    const double number = value.get<double>();
    if (!std::isfinite(number)) {
        fail(path, shown(value), "a finite number");
    }
    return number;
}

std::optional<RuleOperator> operatorFromName(std::string_view name)
{
    for (const OperatorName &entry : operatorNames) {
        if (name == entry.name) {
            return entry.op;
        }
    }
    return std::nullopt;
}

RuleCondition parseCondition(const Json &object, const std::string &path)
{
    checkKeys(object, path, {"column", "op", "value"});
    RuleCondition condition;
    const Json &column = object.at("column");
    if (!column.is_string() || column.get<std::string>().empty()) {
        fail(path + ".column", shown(column), "the name of a customer column, in quotes");
    }
    condition.column = column.get<std::string>();
    if (!object.contains("op")) {
        fail(path + ".op", "missing", "an operator: " + operatorList());
    }
    const Json &opValue = object.at("op");
    const std::string opPath = path + ".op";
    const std::string opText = opValue.is_string() ? opValue.get<std::string>() : std::string();
    const auto op = operatorFromName(opText);
    if (!op) {
        std::vector<std::string> names;
        for (const OperatorName &entry : operatorNames) {
            names.emplace_back(entry.name);
        }
        std::string expected = "an operator: " + operatorList();
        if (const std::string hint = closest(opText, names); !hint.empty() && opValue.is_string()) {
            expected += " (did you mean " + hint + "?)";
        }
        fail(opPath, shown(opValue), expected);
    }
    condition.op = *op;

    const std::string valuePath = path + ".value";
    const bool hasValue = object.contains("value");
    if (condition.op == RuleOperator::IsMissing || condition.op == RuleOperator::IsNotMissing) {
        if (hasValue) {
            fail(
                valuePath, shown(object.at("value")), std::string("left out: ") + opText + " takes no value");
        }
        return condition;
    }
    if (!hasValue) {
        fail(valuePath, "missing", std::string("given: ") + opText + " needs a value");
    }
    const Json &value = object.at("value");
    switch (condition.op) {
    case RuleOperator::Between: {
        if (!value.is_array() || value.size() != 2) {
            fail(valuePath, shown(value), "two numbers [lowest, highest], such as [18, 30]");
        }
        const double low = parseNumber(value.at(0), valuePath + "[0]");
        const double high = parseNumber(value.at(1), valuePath + "[1]");
        if (low > high) {
            fail(valuePath, shown(value), "[lowest, highest] with the lower bound first");
        }
        condition.numbers = {low, high};
        break;
    }
    case RuleOperator::AtLeast:
    case RuleOperator::AtMost:
    case RuleOperator::Greater:
    case RuleOperator::Less:
        condition.numbers = {parseNumber(value, valuePath)};
        break;
    case RuleOperator::Equal:
    case RuleOperator::NotEqual:
        if (value.is_string()) {
            condition.texts = {value.get<std::string>()};
        } else {
            condition.numbers = {parseNumber(value, valuePath)};
        }
        break;
    case RuleOperator::In:
    case RuleOperator::NotIn: {
        if (!value.is_array() || value.empty()) {
            fail(valuePath, shown(value), "a list of values, such as [\"Female\"] or [1, 2, 3]");
        }
        const bool textual = value.at(0).is_string();
        for (std::size_t i = 0; i < value.size(); ++i) {
            const Json &item = value.at(i);
            const std::string itemPath = valuePath + "[" + std::to_string(i) + "]";
            if (textual) {
                if (!item.is_string()) {
                    fail(itemPath, shown(item), "text in quotes, like the list's first value");
                }
                condition.texts.push_back(item.get<std::string>());
            } else {
                condition.numbers.push_back(parseNumber(item, itemPath));
            }
        }
        break;
    }
    case RuleOperator::Contains:
        if (!value.is_string() || value.get<std::string>().empty()) {
            fail(valuePath, shown(value), "some text in quotes, such as \"istanbul\"");
        }
        condition.texts = {value.get<std::string>()};
        break;
    case RuleOperator::WithinLastDays: {
        const double days
            = value.is_number_integer() || value.is_number_unsigned() ? value.get<double>() : -1.0;
        if (days < 0.0 || days > largestExactInteger) {
            fail(valuePath, shown(value), "a whole number of days, 0 or more, such as 30");
        }
        condition.numbers = {days};
        break;
    }
    case RuleOperator::Before:
    case RuleOperator::After:
        parseIsoDay(value, valuePath);
        condition.texts = {value.get<std::string>()};
        break;
    case RuleOperator::IsMissing:
    case RuleOperator::IsNotMissing:
        break;
    }
    return condition;
}

RuleNode parseNode(const Json &value, const std::string &path)
{
    const std::string expected
        = "a group {\"all\": [...]} or {\"any\": [...]}, or a condition {\"column\": ..., \"op\": ..., "
          "\"value\": ...}";
    if (!value.is_object()) {
        fail(path, shown(value), expected);
    }
    const bool all = value.contains("all");
    const bool any = value.contains("any");
    if (all || any) {
        if (value.size() != 1) {
            fail(path, shown(value), "a group with one key, \"all\" or \"any\"; nest groups to combine both");
        }
        RuleNode node;
        node.kind = all ? RuleNode::Kind::All : RuleNode::Kind::Any;
        const std::string key = all ? "all" : "any";
        const Json &items = value.at(key);
        if (!items.is_array()) {
            fail(path + "." + key, shown(items), "a list [...] of conditions and groups");
        }
        for (std::size_t i = 0; i < items.size(); ++i) {
            node.children.push_back(parseNode(items.at(i), path + "." + key + "[" + std::to_string(i) + "]"));
        }
        return node;
    }
    if (!value.contains("column")) {
        fail(path, shown(value), expected);
    }
    RuleNode node;
    node.kind = RuleNode::Kind::Condition;
    node.condition = parseCondition(value, path);
    return node;
}

Json parseJson(std::string_view text)
{
    try {
        return Json::parse(text);
    } catch (const Json::parse_error &error) {
        // Line and column of the byte the parser stopped at (1-based).
        const std::size_t offset = std::min(error.byte > 0 ? error.byte - 1 : 0, text.size());
        Location where;
        where.line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n');
        const std::size_t lineStart = text.rfind('\n', offset == 0 ? 0 : offset - 1);
        where.column = static_cast<std::int64_t>(
            lineStart == std::string_view::npos || offset == 0 ? offset + 1 : offset - lineStart);
        throw ParseProblem {makeError(ErrorCode::InvalidParameter,
            {"(document)", "not valid JSON (" + std::string(error.what()) + ")",
                "a JSON document; check commas, quotes and brackets near the place given"},
            where)};
    }
}

RuleSet parseSet(const Json &document)
{
    if (!document.is_object()) {
        fail("(document)", shown(document), "an object {\"segments\": [...]}");
    }
    checkKeys(
        document, "(document)", {"format", "version", "mode", "analysis_date", "unmatched", "segments"});
    if (document.contains("format")
        && (!document.at("format").is_string()
            || document.at("format").get<std::string>() != documentFormat)) {
        fail("format", shown(document.at("format")), std::string("\"") + documentFormat + "\"");
    }
    if (document.contains("version")
        && (!document.at("version").is_number_integer()
            || document.at("version").get<int>() != documentVersion)) {
        fail("version", shown(document.at("version")),
            std::to_string(documentVersion) + " (this Segmenta reads rule sets of version 1)");
    }
    RuleSet rules;
    if (document.contains("mode")) {
        const Json &mode = document.at("mode");
        if (mode == "dynamic") {
            rules.mode = RuleSetMode::Dynamic;
        } else if (mode == "frozen") {
            rules.mode = RuleSetMode::Frozen;
        } else {
            fail("mode", shown(mode), "\"dynamic\" (re-evaluated on refresh) or \"frozen\" (kept as saved)");
        }
    }
    if (document.contains("analysis_date") && !document.at("analysis_date").is_null()) {
        rules.analysisDay = parseIsoDay(document.at("analysis_date"), "analysis_date");
    }
    if (document.contains("unmatched")) {
        const Json &unmatched = document.at("unmatched");
        if (unmatched.is_null()) {
            rules.unmatchedSegment.clear();
        } else if (unmatched.is_string() && !unmatched.get<std::string>().empty()) {
            rules.unmatchedSegment = unmatched.get<std::string>();
        } else {
            fail("unmatched", shown(unmatched),
                "the name of the segment for customers no rule matches (such as \"Other\"), or null to leave "
                "them without a segment");
        }
    }
    if (!document.contains("segments")) {
        fail("segments", "missing", "a list of segments [{\"name\": ..., \"match\": ...}, ...]");
    }
    const Json &segments = document.at("segments");
    if (!segments.is_array() || segments.empty()) {
        fail("segments", shown(segments), "a list of at least one segment [{\"name\": ..., \"match\": ...}]");
    }
    std::set<std::string> names;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const std::string path = "segments[" + std::to_string(i) + "]";
        const Json &segment = segments.at(i);
        if (!segment.is_object()) {
            fail(path, shown(segment), "an object {\"name\": ..., \"match\": ...}");
        }
        checkKeys(segment, path, {"name", "match"});
        if (!segment.contains("name") || !segment.at("name").is_string()
            || segment.at("name").get<std::string>().empty()) {
            fail(path + ".name", segment.contains("name") ? shown(segment.at("name")) : "missing",
                "a segment name in quotes");
        }
        RuleSegment parsed;
        parsed.name = segment.at("name").get<std::string>();
        if (!names.insert(parsed.name).second) {
            fail(path + ".name", shown(segment.at("name")), "a name no other segment of the set has");
        }
        if (!segment.contains("match")) {
            fail(path + ".match", "missing", "a condition tree, such as {\"all\": [...]}");
        }
        parsed.match = parseNode(segment.at("match"), path + ".match");
        rules.segments.push_back(std::move(parsed));
    }
    if (!rules.unmatchedSegment.empty() && names.count(rules.unmatchedSegment) > 0) {
        fail("unmatched", "\"" + rules.unmatchedSegment + "\"",
            "a name none of the segments has (it collects the customers no segment matches)");
    }
    return rules;
}

Json numberJson(double number)
{
    if (std::floor(number) == number && std::abs(number) < largestExactInteger) {
        return Json(static_cast<std::int64_t>(number));
    }
    return Json(number);
}

Json nodeJson(const RuleNode &node)
{
    if (node.kind != RuleNode::Kind::Condition) {
        Json items = Json::array();
        for (const RuleNode &child : node.children) {
            items.push_back(nodeJson(child));
        }
        Json group = Json::object();
        group[node.kind == RuleNode::Kind::All ? "all" : "any"] = std::move(items);
        return group;
    }
    const RuleCondition &condition = node.condition;
    Json object = Json::object();
    object["column"] = condition.column;
    object["op"] = ruleOperatorName(condition.op);
    switch (condition.op) {
    case RuleOperator::IsMissing:
    case RuleOperator::IsNotMissing:
        break;
    case RuleOperator::Between:
    case RuleOperator::In:
    case RuleOperator::NotIn:
        if (!condition.texts.empty()) {
            object["value"] = condition.texts;
        } else {
            Json items = Json::array();
            for (double number : condition.numbers) {
                items.push_back(numberJson(number));
            }
            object["value"] = std::move(items);
        }
        break;
    default:
        if (!condition.texts.empty()) {
            object["value"] = condition.texts.front();
        } else if (!condition.numbers.empty()) {
            object["value"] = numberJson(condition.numbers.front());
        }
        break;
    }
    return object;
}

template<typename Parsed, typename Work> Result<Parsed> parseGuarded(std::string_view json, Work &&work)
{
    try {
        return work(parseJson(json));
    } catch (const ParseProblem &problem) {
        return problem.error;
    }
}

bool isTextOperator(RuleOperator op)
{
    return op == RuleOperator::Contains || op == RuleOperator::WithinLastDays || op == RuleOperator::Before
        || op == RuleOperator::After;
}

bool isNumberOperator(RuleOperator op)
{
    return op == RuleOperator::Between || op == RuleOperator::AtLeast || op == RuleOperator::AtMost
        || op == RuleOperator::Greater || op == RuleOperator::Less;
}

void validateNode(const RuleNode &node, const std::vector<RuleColumnType> &columns, const std::string &path,
    std::vector<Error> &problems)
{
    if (node.kind != RuleNode::Kind::Condition) {
        const std::string key = node.kind == RuleNode::Kind::All ? ".all[" : ".any[";
        for (std::size_t i = 0; i < node.children.size(); ++i) {
            validateNode(node.children[i], columns, path + key + std::to_string(i) + "]", problems);
        }
        return;
    }
    const RuleCondition &condition = node.condition;
    const auto found = std::find_if(columns.begin(), columns.end(),
        [&](const RuleColumnType &column) { return column.name == condition.column; });
    if (found == columns.end()) {
        std::vector<std::string> names;
        for (const RuleColumnType &column : columns) {
            names.push_back(column.name);
        }
        std::string expected = "the name of a customer column";
        std::string hint = closest(condition.column, names);
        if (hint.empty()) { // "Recency" for "Recency (days)": a column that starts with the text
            const auto lower = [](std::string text) {
                std::transform(text.begin(), text.end(), text.begin(),
                    [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
                return text;
            };
            const std::string wanted = lower(condition.column);
            for (const std::string &name : names) {
                if (lower(name).starts_with(wanted)) {
                    hint = name;
                    break;
                }
            }
        }
        if (!hint.empty()) {
            expected += " (did you mean \"" + hint + "\"?)";
        } else {
            expected += " (segmenta-cli info lists them)";
        }
        problems.push_back(problem(path + ".column", "\"" + condition.column + "\"", expected));
        return;
    }
    const bool isText = found->type == ColumnType::Text;
    const std::string op = ruleOperatorName(condition.op);
    if (isText && isNumberOperator(condition.op)) {
        problems.push_back(problem(path + ".op",
            "\"" + op + "\" on the text column '" + condition.column + "'",
            "an operator for text: =, !=, in, not_in, contains, within_last_days, before, after, is_missing, "
            "is_not_missing"));
    } else if (!isText && isTextOperator(condition.op)) {
        problems.push_back(problem(path + ".op",
            "\"" + op + "\" on the " + columnTypeName(found->type) + " column '" + condition.column + "'",
            "an operator for numbers: between, >=, <=, >, <, =, !=, in, not_in, is_missing, is_not_missing"));
    } else if (isText && !condition.numbers.empty()
        && (condition.op == RuleOperator::Equal || condition.op == RuleOperator::NotEqual
            || condition.op == RuleOperator::In || condition.op == RuleOperator::NotIn)) {
        problems.push_back(problem(path + ".value", "a number for the text column '" + condition.column + "'",
            "text in quotes, as the column holds text"));
    } else if (!isText && !condition.texts.empty()) {
        problems.push_back(problem(path + ".value",
            "text for the " + std::string(columnTypeName(found->type)) + " column '" + condition.column + "'",
            "a number without quotes, as the column holds numbers"));
    }
}

void collectColumns(const RuleNode &node, std::vector<std::string> &names)
{
    if (node.kind == RuleNode::Kind::Condition) {
        if (std::find(names.begin(), names.end(), node.condition.column) == names.end()) {
            names.push_back(node.condition.column);
        }
        return;
    }
    for (const RuleNode &child : node.children) {
        collectColumns(child, names);
    }
}

} // namespace

const char *ruleOperatorName(RuleOperator op)
{
    for (const OperatorName &entry : operatorNames) {
        if (entry.op == op) {
            return entry.name;
        }
    }
    return "?";
}

Result<RuleSet> parseRuleSet(std::string_view json)
{
    return parseGuarded<RuleSet>(json, [](const Json &document) { return parseSet(document); });
}

Result<RuleNode> parseRuleNode(std::string_view json, const std::string &path)
{
    return parseGuarded<RuleNode>(json, [&](const Json &document) { return parseNode(document, path); });
}

std::string ruleSetToJson(const RuleSet &rules)
{
    Json document = Json::object();
    document["format"] = documentFormat;
    document["version"] = documentVersion;
    document["mode"] = rules.mode == RuleSetMode::Frozen ? "frozen" : "dynamic";
    if (rules.analysisDay) {
        document["analysis_date"] = isoDate(*rules.analysisDay);
    }
    document["unmatched"] = rules.unmatchedSegment.empty() ? Json(nullptr) : Json(rules.unmatchedSegment);
    Json segments = Json::array();
    for (const RuleSegment &segment : rules.segments) {
        Json item = Json::object();
        item["name"] = segment.name;
        item["match"] = nodeJson(segment.match);
        segments.push_back(std::move(item));
    }
    document["segments"] = std::move(segments);
    return document.dump(2);
}

std::string ruleNodeToJson(const RuleNode &node)
{
    return nodeJson(node).dump(2);
}

std::vector<Error> validateRuleNode(
    const RuleNode &node, const std::vector<RuleColumnType> &columns, const std::string &path)
{
    std::vector<Error> problems;
    validateNode(node, columns, path, problems);
    return problems;
}

std::vector<Error> validateRuleSet(const RuleSet &rules, const std::vector<RuleColumnType> &columns)
{
    std::vector<Error> problems;
    if (rules.segments.empty()) {
        problems.push_back(problem("segments", "empty", "a list of at least one segment"));
    }
    for (std::size_t i = 0; i < rules.segments.size(); ++i) {
        validateNode(rules.segments[i].match, columns, "segments[" + std::to_string(i) + "].match", problems);
    }
    return problems;
}

bool usesAnalysisDay(const RuleNode &node)
{
    if (node.kind == RuleNode::Kind::Condition) {
        return node.condition.op == RuleOperator::WithinLastDays;
    }
    return std::any_of(node.children.begin(), node.children.end(),
        [](const RuleNode &child) { return usesAnalysisDay(child); });
}

bool usesAnalysisDay(const RuleSet &rules)
{
    return std::any_of(rules.segments.begin(), rules.segments.end(),
        [](const RuleSegment &segment) { return usesAnalysisDay(segment.match); });
}

std::vector<std::string> referencedColumns(const RuleNode &node)
{
    std::vector<std::string> names;
    collectColumns(node, names);
    return names;
}

std::vector<std::string> referencedColumns(const RuleSet &rules)
{
    std::vector<std::string> names;
    for (const RuleSegment &segment : rules.segments) {
        collectColumns(segment.match, names);
    }
    return names;
}

} // namespace segmenta::engine
