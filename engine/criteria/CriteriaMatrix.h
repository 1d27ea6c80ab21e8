// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Matrix.h"
#include "core/Progress.h"
#include "core/Result.h"
#include "core/Value.h"
#include "criteria/CriteriaSet.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace segmenta::engine {

/// A customer column as a criteria set sees it.
struct CriteriaTableColumn
{
    std::string name;
    ColumnType type = ColumnType::Text;
    CriteriaFamily family = CriteriaFamily::Other;
    std::optional<ValueKind> kind
        = std::nullopt; ///< what the values mean (ColumnInfo::kind); empty: as `type` says
    bool isNumeric() const { return type != ColumnType::Text; }
    /// A column of dates (ISO text): a numeric variable on it is read as a date variable.
    bool isDate() const { return kind == ValueKind::Date || kind == ValueKind::DateTime; }
};

/// How a variable is read from the table: as its kind says, except that a numeric variable (the default
/// kind) on a date column is a date variable, so dates count as days before the analysis date without the
/// set saying "date". Booleans are stored as 1/0 and read as numbers.
VariableKind effectiveKind(const CriteriaVariable &variable, const std::vector<CriteriaTableColumn> &columns);

/// The customer columns a criteria set reads, column by column, all customers in table order.
struct CriteriaTable
{
    std::vector<CriteriaTableColumn> columns;
    std::vector<std::vector<CellValue>> values; ///< values[c][row], every column as long as the table
    std::int64_t rowCount() const
    {
        return values.empty() ? 0 : static_cast<std::int64_t>(values.front().size());
    }
};

/// One column of the matrix fed to clustering and maps.
struct CriteriaMatrixColumn
{
    std::string label; ///< the variable's name, or "City = İzmir" for a level of a categorical variable
    std::string variable; ///< the variable it comes from
    std::string level; ///< categorical: the level's text ("(missing)" for the own category); otherwise empty
    std::string transform; ///< "none", "log1p", "zscore", "minmax", "robust", "rank" or "onehot"
    /// The factor the transformed values were multiplied by: the variable's weight for numeric-like
    /// variables; for a level of a categorical variable w / sqrt(Σ p(1 − p)) over its levels (see below).
    double weight = 1.0;
};

/// What happened to the customers without a usable value for one variable.
struct VariableMissing
{
    std::string variable;
    MissingPolicy policy = MissingPolicy::DropCustomer;
    /// Customers without a usable value: empty, or not readable as the kind says (a text the ordinal
    /// mapping does not know, a text that is not an ISO date, a formula that is not finite or reads a
    /// missing value). Counted over all customers.
    std::int64_t missingCount = 0;
    /// Of them, values present but not readable (so not empty cells): worth a look.
    std::int64_t unreadableCount = 0;
    std::string imputedValue; ///< Impute: the median or the most frequent level, as text
};

/// The numeric matrix a criteria set gives, ready for k-means, hierarchical clustering or a map.
///
/// Weights. A numeric-like variable (numeric, ordinal, date, derived) is transformed, then multiplied by
/// its weight w. A categorical variable with levels l = 1..L (shares p_l among the used customers) becomes
/// L columns s · (indicator_l − p_l) with s = w / sqrt(Σ_l p_l (1 − p_l)). The sum of the level columns'
/// variances is then s² Σ p_l (1 − p_l) = w², the variance of a z-scored numeric variable of weight w;
/// and since the mean squared distance between two customers is twice the total variance, the categorical
/// variable adds as much to the average squared distance as that numeric variable, however many levels it
/// has. A variable with a single level (or weight 0) adds nothing.
struct CriteriaMatrix
{
    Matrix values; ///< one row per used customer, one column per entry of `columns`
    /// The same cells in the variables' own units before transform and weight (numeric value, mapped
    /// ordinal number, days, formula value; 0/1 for a level), imputed values included: for segment means.
    Matrix originalValues;
    std::vector<CriteriaMatrixColumn> columns;
    std::vector<std::int64_t> customerRows; ///< 0-based customer position of each matrix row
    std::int64_t customerCount = 0; ///< customers in the table
    std::int64_t droppedCount = 0; ///< customers left out (missing a value of a "drop" variable)
    std::vector<VariableMissing> missing; ///< one per variable of weight above 0, in set order
    std::int64_t analysisDay = 0; ///< the "today" date variables counted days to (0 without date variables)
};

/// The problems of a set against a table: the checks of validate(set), then unknown columns
/// (UnknownColumn), numeric variables (except on date columns, see effectiveKind) or formulas on text
/// columns (NonNumericColumn), date variables on numeric columns (InvalidParameter with the JSON path).
std::vector<Error> validate(const CriteriaSet &set, const std::vector<CriteriaTableColumn> &columns);

/// The column names the set reads (its columns and the formulas' columns), each once, in set order.
std::vector<std::string> criteriaColumnNames(const CriteriaSet &set);

/// Builds the matrix: reads each variable, applies the missing-value policies (drops first, then
/// imputation and transforms fitted on the customers kept), one-hot encodes categoricals with the weight
/// spread as described above, and applies weights. Reports stage "criteria.build".
/// Requires: `table` holds every column of criteriaColumnNames(set).
/// Errors: those of validate(set, table.columns); TooFewCustomers when no customer is left (args: 0, 1);
/// InvalidParameter when an imputed variable has no value at all; Cancelled.
Result<CriteriaMatrix> buildCriteriaMatrix(
    const CriteriaSet &set, const CriteriaTable &table, Progress &progress);

} // namespace segmenta::engine
