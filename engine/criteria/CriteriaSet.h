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

/// What a criteria variable's values are, and so how they reach the numeric matrix.
enum class VariableKind
{
    Numeric, ///< a numeric column, or a derived expression over numeric columns
    Categorical, ///< text (or integer codes): one column per level, see CriteriaMatrix.h for the weights
    Ordinal, ///< text answers mapped to numbers (Likert scales), then treated as numeric
    Date, ///< ISO dates ("2024-03-05", a time after the date is ignored): days before the analysis date
};

/// How a numeric-like variable is rescaled before its weight is applied. n = customers used.
enum class CriteriaTransform
{
    None, ///< the values as they are
    Log1p, ///< sign(x)·log(1 + |x|), then z-scored: for skewed spend (the --log of the columns path)
    ZScore, ///< (x − mean) / population s.d. (scikit-learn StandardScaler); a constant column becomes 0
    MinMax, ///< (x − min) / (max − min), into [0, 1]; a constant column becomes 0
    Robust, ///< (x − median) / IQR, quartiles by linear interpolation (NumPy's default); IQR 0 → scale 1
    Rank, ///< (average rank − 1) / (n − 1), into [0, 1]; ties share their average rank (SciPy rankdata)
};

/// What happens to a customer without a usable value for a variable.
enum class MissingPolicy
{
    DropCustomer, ///< the customer is left out of the matrix (and so gets no segment)
    Impute, ///< the median of the used customers (numeric-like) or the most frequent level (categorical)
    OwnCategory, ///< categorical only: a level "(missing)" of its own
};

/// One text answer of an ordinal variable and its number.
struct OrdinalLevel
{
    std::string text; ///< matched as foldAnswer() does: trimmed, ignoring case and dots on i
    double value = 0.0;
    bool operator==(const OrdinalLevel &) const = default;
};

/// One variable of a criteria set.
struct CriteriaVariable
{
    std::string name; ///< unique within the set; shown in previews and as the matrix column label
    std::string column; ///< the customer column read; empty when `expression` is given
    /// A derived numeric variable: + - * / and parentheses over numbers and numeric columns (bare
    /// identifiers, or [names with spaces]), and log(), sqrt(), abs(). See CriteriaExpression.h.
    std::string expression;
    VariableKind kind = VariableKind::Numeric;
    std::optional<CriteriaFamily> family; ///< empty: the family of the column (Other for expressions)
    CriteriaTransform transform = CriteriaTransform::ZScore; ///< ignored for categorical variables
    double weight = 1.0; ///< 0..5; 0 keeps the variable out of the matrix (and out of the drop counts)
    MissingPolicy missing = MissingPolicy::DropCustomer;
    /// Ordinal: a built-in preset ("likert-en", "likert-tr") or empty; `levels` add to it and override it.
    std::string scale;
    std::vector<OrdinalLevel> levels; ///< ordinal: text → number, on top of `scale`
    bool operator==(const CriteriaVariable &) const = default;
};

/// A named, saved set of variables describing customers, the input to clustering and maps.
struct CriteriaSet
{
    std::string name; ///< unique within a project
    std::string description;
    /// "Today" for date variables, days since 1970-01-01. Empty: the day after the latest date among the
    /// set's date variables.
    std::optional<std::int64_t> analysisDay;
    std::vector<CriteriaVariable> variables;
    bool operator==(const CriteriaSet &) const = default;
};

/// Largest weight a variable can have.
constexpr double maxCriteriaWeight = 5.0;
/// The version tag of the JSON format, the document's "format" field.
constexpr std::string_view criteriaFormatTag = "segmenta.criteria/1";

/// Stable lower-case names used in the JSON format and the project file.
const char *variableKindName(VariableKind kind); ///< "numeric", "categorical", "ordinal", "date"
const char *criteriaTransformName(CriteriaTransform transform); ///< "none", "log1p", "zscore", ...
const char *missingPolicyName(MissingPolicy policy); ///< "drop", "impute", "category"
std::optional<VariableKind> variableKindFromName(std::string_view name);
std::optional<CriteriaTransform> criteriaTransformFromName(std::string_view name);
std::optional<MissingPolicy> missingPolicyFromName(std::string_view name);

/// The built-in ordinal scales: "likert-en" (Strongly disagree 1 … Strongly agree 5) and "likert-tr"
/// (Kesinlikle katılmıyorum 1 … Kesinlikle katılıyorum 5), with the common wordings of the middle answer.
/// Empty for an unknown name.
std::vector<OrdinalLevel> ordinalPreset(std::string_view name);

/// The preset's levels with the variable's own levels added or overriding (by matched text).
std::vector<OrdinalLevel> ordinalMapping(const CriteriaVariable &variable);

/// Text folded for matching ordinal answers: trimmed, inner runs of spaces made one, ASCII and Turkish
/// capitals (Ç Ğ Ö Ş Ü) in lower case, and I, ı, İ, i all folded to i, so "KATILIYORUM", "Katiliyorum" and
/// "katılıyorum" match, as do "STRONGLY AGREE" and "strongly agree".
std::string foldAnswer(std::string_view text);

/// Problems with the set itself, before any data is seen: an empty set or name, repeated variable names,
/// weights outside 0..5, a variable with both or neither of column and expression, expressions that do not
/// parse, policies that do not fit the kind, unknown presets. Each error's first argument is the JSON path
/// ("$.variables[2].weight").
std::vector<Error> validate(const CriteriaSet &set);

/// Reads the JSON format (see the README, "Criteria sets"). Errors: InvalidParameter with the JSON path
/// of the offending value as the first argument ("$.variables[1].transform"); for text that is not JSON,
/// the path "$" and the line and column in `where`. The set is also checked with validate().
Result<CriteriaSet> readCriteriaSet(std::string_view json);

/// Writes the JSON format (two-space indent); readCriteriaSet(writeCriteriaSet(s)) == s.
std::string writeCriteriaSet(const CriteriaSet &set);

} // namespace segmenta::engine
