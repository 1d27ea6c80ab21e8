// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "criteria/CriteriaSet.h"

#include "criteria/CriteriaExpression.h"
#include "import/DateParsing.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

namespace segmenta::engine {

namespace {

using Json = nlohmann::ordered_json;

Error pathError(const std::string &path, const std::string &value, const std::string &expected)
{
    return makeError(ErrorCode::InvalidParameter, {path, value, expected});
}

std::string variablePath(std::size_t index)
{
    return "$.variables[" + std::to_string(index) + "]";
}

/// Short text of a JSON value for messages: strings quoted, long values cut.
std::string shown(const Json &value)
{
    std::string text = value.dump();
    constexpr std::size_t longest = 60;
    if (text.size() > longest) {
        text = text.substr(0, longest) + "…";
    }
    return text;
}

} // namespace

const char *variableKindName(VariableKind kind)
{
    switch (kind) {
    case VariableKind::Numeric:
        return "numeric";
    case VariableKind::Categorical:
        return "categorical";
    case VariableKind::Ordinal:
        return "ordinal";
    case VariableKind::Date:
        return "date";
    }
    return "numeric";
}

const char *criteriaTransformName(CriteriaTransform transform)
{
    switch (transform) {
    case CriteriaTransform::None:
        return "none";
    case CriteriaTransform::Log1p:
        return "log1p";
    case CriteriaTransform::ZScore:
        return "zscore";
    case CriteriaTransform::MinMax:
        return "minmax";
    case CriteriaTransform::Robust:
        return "robust";
    case CriteriaTransform::Rank:
        return "rank";
    }
    return "none";
}

const char *missingPolicyName(MissingPolicy policy)
{
    switch (policy) {
    case MissingPolicy::DropCustomer:
        return "drop";
    case MissingPolicy::Impute:
        return "impute";
    case MissingPolicy::OwnCategory:
        return "category";
    }
    return "drop";
}

std::optional<VariableKind> variableKindFromName(std::string_view name)
{
    for (const auto kind :
        {VariableKind::Numeric, VariableKind::Categorical, VariableKind::Ordinal, VariableKind::Date}) {
        if (name == variableKindName(kind)) {
            return kind;
        }
    }
    return std::nullopt;
}

std::optional<CriteriaTransform> criteriaTransformFromName(std::string_view name)
{
    for (const auto transform : {CriteriaTransform::None, CriteriaTransform::Log1p, CriteriaTransform::ZScore,
             CriteriaTransform::MinMax, CriteriaTransform::Robust, CriteriaTransform::Rank}) {
        if (name == criteriaTransformName(transform)) {
            return transform;
        }
    }
    return std::nullopt;
}

std::optional<MissingPolicy> missingPolicyFromName(std::string_view name)
{
    for (const auto policy :
        {MissingPolicy::DropCustomer, MissingPolicy::Impute, MissingPolicy::OwnCategory}) {
        if (name == missingPolicyName(policy)) {
            return policy;
        }
    }
    return std::nullopt;
}

std::vector<OrdinalLevel> ordinalPreset(std::string_view name)
{
    if (name == "likert-en") {
        return {{"Strongly disagree", 1}, {"Disagree", 2}, {"Neutral", 3}, {"Neither agree nor disagree", 3},
            {"Agree", 4}, {"Strongly agree", 5}};
    }
    if (name == "likert-tr") {
        return {{"Kesinlikle katılmıyorum", 1}, {"Katılmıyorum", 2}, {"Kararsızım", 3},
            {"Ne katılıyorum ne katılmıyorum", 3}, {"Katılıyorum", 4}, {"Kesinlikle katılıyorum", 5}};
    }
    return {};
}

std::string foldAnswer(std::string_view text)
{
    // Two-byte UTF-8 capitals (and ı) with their folded form; everything else passes through.
    struct Fold
    {
        const char *from;
        const char *to;
    };
    static constexpr Fold folds[]
        = {{"\xC4\xB0", "i"}, {"\xC4\xB1", "i"}, {"\xC3\x87", "\xC3\xA7"}, {"\xC4\x9E", "\xC4\x9F"},
            {"\xC3\x96", "\xC3\xB6"}, {"\xC5\x9E", "\xC5\x9F"}, {"\xC3\x9C", "\xC3\xBC"},
            {"\xCC\x87", ""}}; // the combining dot some tools leave after lower-casing İ
    std::string folded;
    folded.reserve(text.size());
    bool pendingSpace = false;
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\xA0') {
            pendingSpace = !folded.empty();
            ++i;
            continue;
        }
        if (pendingSpace) {
            folded += ' ';
            pendingSpace = false;
        }
        bool replaced = false;
        if (i + 1 < text.size()) {
            for (const Fold &fold : folds) {
                if (text[i] == fold.from[0] && text[i + 1] == fold.from[1]) {
                    folded += fold.to;
                    i += 2;
                    replaced = true;
                    break;
                }
            }
        }
        if (replaced) {
            continue;
        }
        folded += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        ++i;
    }
    return folded;
}

std::vector<OrdinalLevel> ordinalMapping(const CriteriaVariable &variable)
{
    std::vector<OrdinalLevel> mapping = ordinalPreset(variable.scale);
    for (const OrdinalLevel &level : variable.levels) {
        const std::string key = foldAnswer(level.text);
        const auto found = std::find_if(mapping.begin(), mapping.end(),
            [&](const OrdinalLevel &existing) { return foldAnswer(existing.text) == key; });
        if (found != mapping.end()) {
            found->value = level.value;
        } else {
            mapping.push_back(level);
        }
    }
    return mapping;
}

std::vector<Error> validate(const CriteriaSet &set)
{
    std::vector<Error> problems;
    if (set.name.empty()) {
        problems.push_back(pathError("$.name", "empty", "a name for the set"));
    }
    if (set.variables.empty()) {
        problems.push_back(pathError("$.variables", "empty", "a list of at least one variable"));
    }
    std::set<std::string> names;
    bool anyWeight = false;
    for (std::size_t i = 0; i < set.variables.size(); ++i) {
        const CriteriaVariable &variable = set.variables[i];
        const std::string path = variablePath(i);
        if (variable.name.empty()) {
            problems.push_back(pathError(path + ".name", "empty", "a name"));
        } else if (!names.insert(variable.name).second) {
            problems.push_back(pathError(
                path + ".name", "'" + variable.name + "'", "different from the other variables' names"));
        }
        if (variable.column.empty() == variable.expression.empty()) {
            problems.push_back(
                pathError(path, variable.column.empty() ? "without column or expression" : "both",
                    "a variable with either \"column\" or \"expression\""));
        }
        if (!variable.expression.empty()) {
            if (variable.kind != VariableKind::Numeric) {
                problems.push_back(pathError(path + ".kind", variableKindName(variable.kind),
                    "numeric for a variable with an expression"));
            }
            if (auto parsed = CriteriaExpression::parse(variable.expression, path + ".expression"); !parsed) {
                problems.push_back(parsed.error());
            }
        }
        if (!(variable.weight >= 0.0 && variable.weight <= maxCriteriaWeight)) {
            std::ostringstream value;
            value << variable.weight;
            problems.push_back(pathError(path + ".weight", value.str(), "a number from 0 to 5"));
        }
        anyWeight = anyWeight || variable.weight > 0.0;
        if (variable.missing == MissingPolicy::OwnCategory && variable.kind != VariableKind::Categorical) {
            problems.push_back(pathError(path + ".missing", "\"category\"",
                "\"drop\" or \"impute\" (\"category\" is for categorical variables)"));
        }
        if (variable.kind == VariableKind::Ordinal) {
            if (!variable.scale.empty() && ordinalPreset(variable.scale).empty()) {
                problems.push_back(
                    pathError(path + ".scale", "\"" + variable.scale + "\"", "likert-en or likert-tr"));
            } else if (ordinalMapping(variable).empty()) {
                problems.push_back(pathError(path, "an ordinal variable without levels",
                    "given a \"scale\" (likert-en, likert-tr) or \"levels\""));
            }
            for (std::size_t l = 0; l < variable.levels.size(); ++l) {
                if (!std::isfinite(variable.levels[l].value)) {
                    problems.push_back(pathError(
                        path + ".levels[" + std::to_string(l) + "].value", "not finite", "a number"));
                }
            }
        } else if (!variable.scale.empty() || !variable.levels.empty()) {
            problems.push_back(pathError(path + (variable.scale.empty() ? ".levels" : ".scale"), "given",
                "absent unless \"kind\" is \"ordinal\""));
        }
    }
    if (!set.variables.empty() && !anyWeight) {
        problems.push_back(
            pathError("$.variables", "all of weight 0", "at least one variable with a weight above 0"));
    }
    return problems;
}

namespace {

/// Reads one JSON object field by field, naming the path of anything unexpected.
class ObjectReader
{
public:
    ObjectReader(const Json &object, std::string path, std::vector<Error> &problems)
        : m_object(object)
        , m_path(std::move(path))
        , m_problems(problems)
    { }

    /// Fails for keys other than `allowed`.
    void allowOnly(std::initializer_list<std::string_view> allowed)
    {
        for (const auto &[key, value] : m_object.items()) {
            if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
                std::string list;
                for (const std::string_view name : allowed) {
                    list += (list.empty() ? "" : ", ") + std::string(name);
                }
                m_problems.push_back(pathError(m_path + "." + key, "an unknown field", "one of " + list));
            }
        }
    }

    const Json *find(const std::string &key) const
    {
        const auto found = m_object.find(key);
        return found == m_object.end() ? nullptr : &*found;
    }

    std::optional<std::string> text(const std::string &key, bool required = false)
    {
        const Json *value = find(key);
        if (!value) {
            if (required) {
                m_problems.push_back(pathError(m_path + "." + key, "missing", "a text"));
            }
            return std::nullopt;
        }
        if (!value->is_string()) {
            m_problems.push_back(pathError(m_path + "." + key, shown(*value), "a text"));
            return std::nullopt;
        }
        return value->get<std::string>();
    }

    std::optional<double> number(const std::string &key)
    {
        const Json *value = find(key);
        if (!value) {
            return std::nullopt;
        }
        if (!value->is_number()) {
            m_problems.push_back(pathError(m_path + "." + key, shown(*value), "a number"));
            return std::nullopt;
        }
        return value->get<double>();
    }

    /// A text that must be one of a fixed set of names.
    template<typename T, typename FromName>
    std::optional<T> choice(const std::string &key, FromName fromName, const std::string &allowed)
    {
        const auto name = text(key);
        if (!name) {
            return std::nullopt;
        }
        auto value = fromName(*name);
        if (!value) {
            m_problems.push_back(pathError(m_path + "." + key, "\"" + *name + "\"", allowed));
        }
        return value;
    }

    const std::string &path() const { return m_path; }

private:
    const Json &m_object;
    std::string m_path;
    std::vector<Error> &m_problems;
};

std::optional<CriteriaFamily> familyFromName(std::string_view name)
{
    for (const auto family : {CriteriaFamily::Demographic, CriteriaFamily::Psychographic,
             CriteriaFamily::Behavioural, CriteriaFamily::Value, CriteriaFamily::Other}) {
        if (name == criteriaFamilyName(family)) {
            return family;
        }
    }
    return std::nullopt;
}

CriteriaVariable readVariable(const Json &object, const std::string &path, std::vector<Error> &problems)
{
    CriteriaVariable variable;
    ObjectReader reader(object, path, problems);
    reader.allowOnly({"name", "column", "expression", "kind", "family", "transform", "weight", "missing",
        "scale", "levels"});
    variable.column = reader.text("column").value_or("");
    variable.expression = reader.text("expression").value_or("");
    variable.name
        = reader.text("name").value_or(variable.column.empty() ? variable.expression : variable.column);
    variable.kind
        = reader.choice<VariableKind>("kind", variableKindFromName, "numeric, categorical, ordinal or date")
              .value_or(VariableKind::Numeric);
    variable.family = reader.choice<CriteriaFamily>(
        "family", familyFromName, "demographic, psychographic, behavioural, value or other");
    if (const Json *transform = reader.find("transform");
        variable.kind == VariableKind::Categorical && transform) {
        if (*transform != "onehot") {
            problems.push_back(pathError(path + ".transform", shown(*transform),
                "\"onehot\" or absent for a categorical variable (its levels are one-hot encoded)"));
        }
    } else {
        variable.transform = reader
                                 .choice<CriteriaTransform>("transform", criteriaTransformFromName,
                                     "none, log1p, zscore, minmax, robust or rank")
                                 .value_or(CriteriaTransform::ZScore);
    }
    variable.weight = reader.number("weight").value_or(1.0);
    variable.missing
        = reader.choice<MissingPolicy>("missing", missingPolicyFromName, "drop, impute or category")
              .value_or(MissingPolicy::DropCustomer);
    variable.scale = reader.text("scale").value_or("");
    if (const Json *levels = reader.find("levels")) {
        if (!levels->is_array()) {
            problems.push_back(
                pathError(path + ".levels", shown(*levels), "a list of {\"text\", \"value\"}"));
        } else {
            for (std::size_t l = 0; l < levels->size(); ++l) {
                const std::string levelPath = path + ".levels[" + std::to_string(l) + "]";
                const Json &level = (*levels)[l];
                if (!level.is_object()) {
                    problems.push_back(pathError(levelPath, shown(level), "an object {\"text\", \"value\"}"));
                    continue;
                }
                ObjectReader levelReader(level, levelPath, problems);
                levelReader.allowOnly({"text", "value"});
                const auto text = levelReader.text("text", true);
                const auto value = levelReader.number("value");
                if (!levelReader.find("value")) {
                    problems.push_back(pathError(levelPath + ".value", "missing", "a number"));
                }
                if (text && value) {
                    variable.levels.push_back({*text, *value});
                }
            }
        }
    }
    return variable;
}

} // namespace

Result<CriteriaSet> readCriteriaSet(std::string_view text)
{
    Json document;
    try {
        document = Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error &error) {
        // Line and column of the byte where the parser stopped.
        std::int64_t line = 1;
        std::int64_t column = 1;
        const std::size_t end = std::min<std::size_t>(error.byte > 0 ? error.byte - 1 : 0, text.size());
        for (std::size_t i = 0; i < end; ++i) {
            if (text[i] == '\n') {
                ++line;
                column = 1;
            } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
                ++column;
            }
        }
        return makeError(ErrorCode::InvalidParameter,
            {"$", "not JSON (line " + std::to_string(line) + ", column " + std::to_string(column) + ")",
                "a JSON object as described in the README, \"Criteria sets\""},
            Location {"", line, column});
    }
    if (!document.is_object()) {
        return pathError("$", shown(document), "a JSON object with \"name\" and \"variables\"");
    }
    std::vector<Error> problems;
    CriteriaSet set;
    ObjectReader reader(document, "$", problems);
    reader.allowOnly({"format", "name", "description", "analysisDate", "variables"});
    if (const auto format = reader.text("format"); format && *format != criteriaFormatTag) {
        problems.push_back(
            pathError("$.format", "\"" + *format + "\"", "\"" + std::string(criteriaFormatTag) + "\""));
    }
    set.name = reader.text("name", true).value_or("");
    set.description = reader.text("description").value_or("");
    if (const auto date = reader.text("analysisDate")) {
        const auto parsed = parseDate(*date, DateFormat::Iso);
        if (!parsed) {
            problems.push_back(pathError("$.analysisDate", "\"" + *date + "\"", "a date written YYYY-MM-DD"));
        } else {
            set.analysisDay = parsed->day;
        }
    }
    const Json *variables = reader.find("variables");
    if (!variables || !variables->is_array()) {
        problems.push_back(pathError(
            "$.variables", variables ? shown(*variables) : "missing", "a list of variable objects"));
    } else {
        for (std::size_t i = 0; i < variables->size(); ++i) {
            const Json &variable = (*variables)[i];
            if (!variable.is_object()) {
                problems.push_back(pathError(variablePath(i), shown(variable), "a variable object"));
                continue;
            }
            set.variables.push_back(readVariable(variable, variablePath(i), problems));
        }
    }
    if (!problems.empty()) {
        return problems.front();
    }
    if (auto invalid = validate(set); !invalid.empty()) {
        return invalid.front();
    }
    return set;
}

std::string writeCriteriaSet(const CriteriaSet &set)
{
    Json document;
    document["format"] = criteriaFormatTag;
    document["name"] = set.name;
    if (!set.description.empty()) {
        document["description"] = set.description;
    }
    if (set.analysisDay) {
        document["analysisDate"] = isoDate(*set.analysisDay);
    }
    Json variables = Json::array();
    for (const CriteriaVariable &variable : set.variables) {
        Json object;
        object["name"] = variable.name;
        if (!variable.column.empty()) {
            object["column"] = variable.column;
        }
        if (!variable.expression.empty()) {
            object["expression"] = variable.expression;
        }
        object["kind"] = variableKindName(variable.kind);
        if (variable.family) {
            object["family"] = criteriaFamilyName(*variable.family);
        }
        if (variable.kind != VariableKind::Categorical) {
            object["transform"] = criteriaTransformName(variable.transform);
        }
        object["weight"] = variable.weight;
        object["missing"] = missingPolicyName(variable.missing);
        if (!variable.scale.empty()) {
            object["scale"] = variable.scale;
        }
        if (!variable.levels.empty()) {
            Json levels = Json::array();
            for (const OrdinalLevel &level : variable.levels) {
                levels.push_back(Json {{"text", level.text}, {"value", level.value}});
            }
            object["levels"] = std::move(levels);
        }
        variables.push_back(std::move(object));
    }
    document["variables"] = std::move(variables);
    return document.dump(2);
}

} // namespace segmenta::engine
