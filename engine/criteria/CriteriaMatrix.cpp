// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "criteria/CriteriaMatrix.h"

#include "criteria/CriteriaExpression.h"
#include "criteria/detail/PreparedCriteria.h"
#include "features/NumericMatrix.h"
#include "import/DateParsing.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <optional>
#include <unordered_map>

namespace segmenta::engine {

namespace {

constexpr double missingNumber = std::numeric_limits<double>::quiet_NaN();

std::string variablePath(std::size_t index)
{
    return "$.variables[" + std::to_string(index) + "]";
}

const CriteriaTableColumn *findColumn(
    const std::vector<CriteriaTableColumn> &columns, const std::string &name)
{
    const auto found = std::find_if(
        columns.begin(), columns.end(), [&](const CriteriaTableColumn &c) { return c.name == name; });
    return found == columns.end() ? nullptr : &*found;
}

std::size_t columnIndex(const CriteriaTable &table, const std::string &name)
{
    const auto found = std::find_if(table.columns.begin(), table.columns.end(),
        [&](const CriteriaTableColumn &c) { return c.name == name; });
    SEGMENTA_ASSERT(found != table.columns.end(), "the table holds every column the set reads");
    return static_cast<std::size_t>(found - table.columns.begin());
}

std::optional<double> cellNumber(const CellValue &cell)
{
    if (const auto *integer = std::get_if<std::int64_t>(&cell)) {
        return static_cast<double>(*integer);
    }
    if (const auto *real = std::get_if<double>(&cell)) {
        return *real;
    }
    return std::nullopt;
}

/// The cell as text: integers without a decimal point, reals in their shortest exact form.
std::string cellText(const CellValue &cell)
{
    if (const auto *text = std::get_if<std::string>(&cell)) {
        return *text;
    }
    if (const auto *integer = std::get_if<std::int64_t>(&cell)) {
        return std::to_string(*integer);
    }
    if (const auto *real = std::get_if<double>(&cell)) {
        char buffer[32];
        const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, *real);
        return std::string(buffer, error == std::errc() ? end : buffer);
    }
    return {};
}

bool isEmptyCell(const CellValue &cell)
{
    if (std::holds_alternative<std::monostate>(cell)) {
        return true;
    }
    const auto *text = std::get_if<std::string>(&cell);
    return text && text->find_first_not_of(" \t\r\n") == std::string::npos;
}

/// A date value: ISO "YYYY-MM-DD", optionally followed by a time ("T10:00", " 10:00:00").
std::optional<std::int64_t> cellDay(const CellValue &cell)
{
    const auto *text = std::get_if<std::string>(&cell);
    if (!text) {
        return std::nullopt;
    }
    std::string_view view(*text);
    while (!view.empty() && view.front() == ' ') {
        view.remove_prefix(1);
    }
    constexpr std::size_t isoLength = 10;
    if (view.size() > isoLength && (view[isoLength] == 'T' || view[isoLength] == ' ')) {
        view = view.substr(0, isoLength);
    }
    const auto parsed = parseDate(view, DateFormat::Iso);
    if (!parsed) {
        return std::nullopt;
    }
    return parsed->day;
}

std::string numberText(double value)
{
    char buffer[32];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, error == std::errc() ? end : buffer);
}

/// Applies a transform to the used customers' values (all present).
std::vector<double> transformValues(const std::vector<double> &values, CriteriaTransform transform)
{
    const auto n = values.size();
    std::vector<double> out(values);
    switch (transform) {
    case CriteriaTransform::None:
        break;
    case CriteriaTransform::Log1p:
        for (double &x : out) {
            x = std::copysign(std::log1p(std::abs(x)), x);
        }
        [[fallthrough]];
    case CriteriaTransform::ZScore: {
        // The columns path's scaler, so a set of z-scored columns gives that path's matrix to the bit.
        Matrix column = Eigen::Map<const Eigen::VectorXd>(out.data(), static_cast<Eigen::Index>(n));
        const Matrix scaled = fitZScore(column).apply(column);
        for (std::size_t i = 0; i < n; ++i) {
            out[i] = scaled(static_cast<Eigen::Index>(i), 0);
        }
        break;
    }
    case CriteriaTransform::MinMax: {
        const auto [low, high] = std::minmax_element(out.begin(), out.end());
        const double minimum = *low;
        const double range = *high - *low;
        for (double &x : out) {
            x = range > 0.0 ? (x - minimum) / range : 0.0;
        }
        break;
    }
    case CriteriaTransform::Robust: {
        std::vector<double> sorted(values);
        std::sort(sorted.begin(), sorted.end());
        const double median = detail::sortedQuantile(sorted, 0.5);
        double iqr = detail::sortedQuantile(sorted, 0.75) - detail::sortedQuantile(sorted, 0.25);
        if (!(iqr > 0.0)) {
            iqr = 1.0; // as scikit-learn's RobustScaler: a zero spread leaves the values centred only
        }
        for (double &x : out) {
            x = (x - median) / iqr;
        }
        break;
    }
    case CriteriaTransform::Rank: {
        std::vector<std::size_t> order(n);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(
            order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
        for (std::size_t start = 0; start < n;) {
            std::size_t end = start + 1;
            while (end < n && values[order[end]] == values[order[start]]) {
                ++end;
            }
            // Ranks start..end-1 (0-based) shared: their average, 0-based.
            const double rank = 0.5 * static_cast<double>(start + end - 1);
            for (std::size_t k = start; k < end; ++k) {
                out[order[k]] = n > 1 ? rank / static_cast<double>(n - 1) : 0.0;
            }
            start = end;
        }
        break;
    }
    }
    return out;
}

} // namespace

double detail::sortedQuantile(const std::vector<double> &sorted, double q)
{
    SEGMENTA_ASSERT(!sorted.empty(), "quantile of no values");
    const double position = q * static_cast<double>(sorted.size() - 1);
    const auto low = static_cast<std::size_t>(std::floor(position));
    const std::size_t high = std::min(low + 1, sorted.size() - 1);
    return sorted[low] + (position - static_cast<double>(low)) * (sorted[high] - sorted[low]);
}

std::vector<std::string> criteriaColumnNames(const CriteriaSet &set)
{
    std::vector<std::string> names;
    const auto add = [&](const std::string &name) {
        if (std::find(names.begin(), names.end(), name) == names.end()) {
            names.push_back(name);
        }
    };
    for (const CriteriaVariable &variable : set.variables) {
        if (!variable.column.empty()) {
            add(variable.column);
        } else if (auto parsed = CriteriaExpression::parse(variable.expression)) {
            for (const std::string &name : parsed.value().columns()) {
                add(name);
            }
        }
    }
    return names;
}

VariableKind effectiveKind(const CriteriaVariable &variable, const std::vector<CriteriaTableColumn> &columns)
{
    if (variable.kind != VariableKind::Numeric || !variable.expression.empty()) {
        return variable.kind;
    }
    const CriteriaTableColumn *column = findColumn(columns, variable.column);
    return column && column->isDate() ? VariableKind::Date : VariableKind::Numeric;
}

std::vector<Error> validate(const CriteriaSet &set, const std::vector<CriteriaTableColumn> &columns)
{
    std::vector<Error> problems = validate(set);
    if (!problems.empty()) {
        return problems;
    }
    for (std::size_t i = 0; i < set.variables.size(); ++i) {
        const CriteriaVariable &variable = set.variables[i];
        if (!variable.expression.empty()) {
            const auto parsed = CriteriaExpression::parse(variable.expression);
            for (const std::string &name : parsed.value().columns()) {
                const CriteriaTableColumn *column = findColumn(columns, name);
                if (!column) {
                    problems.push_back(makeError(ErrorCode::UnknownColumn, {name}));
                } else if (!column->isNumeric()) {
                    problems.push_back(
                        makeError(ErrorCode::NonNumericColumn, {name, columnTypeName(column->type)}));
                }
            }
            continue;
        }
        const CriteriaTableColumn *column = findColumn(columns, variable.column);
        if (!column) {
            problems.push_back(makeError(ErrorCode::UnknownColumn, {variable.column}));
        } else if (effectiveKind(variable, columns) == VariableKind::Numeric && !column->isNumeric()) {
            problems.push_back(
                makeError(ErrorCode::NonNumericColumn, {variable.column, columnTypeName(column->type)}));
        } else if (variable.kind == VariableKind::Date && column->isNumeric()) {
            problems.push_back(makeError(ErrorCode::InvalidParameter,
                {variablePath(i) + ".kind", "date",
                    "numeric for column '" + variable.column
                        + "' (it holds numbers, dates are read from text)"}));
        }
    }
    return problems;
}

Result<detail::PreparedCriteria> detail::prepareCriteria(
    const CriteriaSet &set, const CriteriaTable &table, Progress &progress)
{
    if (auto problems = validate(set, table.columns); !problems.empty()) {
        return problems.front();
    }
    progress.setStage("criteria.build");
    const std::int64_t rowCount = table.rowCount();
    const auto rows = static_cast<std::size_t>(rowCount);

    // 1. Every variable read for every customer: numbers (NaN for missing) or level texts.
    struct Raw
    {
        std::size_t setIndex = 0;
        VariableKind kind = VariableKind::Numeric; ///< as read (see effectiveKind)
        std::vector<double> numbers;
        std::vector<std::string> texts;
        std::vector<char> isMissing;
        std::int64_t unreadable = 0;
    };
    std::vector<Raw> raws;
    std::optional<std::int64_t> latestDay;
    for (std::size_t v = 0; v < set.variables.size(); ++v) {
        const CriteriaVariable &variable = set.variables[v];
        if (!(variable.weight > 0.0)) {
            continue;
        }
        Raw raw;
        raw.setIndex = v;
        raw.kind = effectiveKind(variable, table.columns);
        raw.isMissing.assign(rows, 0);
        if (!variable.expression.empty()) {
            const auto expression = CriteriaExpression::parse(variable.expression).value();
            std::vector<const std::vector<CellValue> *> inputs;
            for (const std::string &name : expression.columns()) {
                inputs.push_back(&table.values[columnIndex(table, name)]);
            }
            raw.numbers.resize(rows);
            for (std::size_t r = 0; r < rows; ++r) {
                bool complete = true;
                const double value = expression.evaluate([&](std::size_t c) {
                    const auto number = cellNumber((*inputs[c])[r]);
                    complete = complete && number.has_value();
                    return number.value_or(missingNumber);
                });
                raw.numbers[r] = value;
                raw.isMissing[r] = std::isnan(value) ? 1 : 0;
                raw.unreadable += (complete && std::isnan(value)) ? 1 : 0;
            }
        } else {
            const std::vector<CellValue> &cells = table.values[columnIndex(table, variable.column)];
            std::unordered_map<std::string, double> mapping;
            if (raw.kind == VariableKind::Ordinal) {
                for (const OrdinalLevel &level : ordinalMapping(variable)) {
                    mapping[foldAnswer(level.text)] = level.value;
                }
            }
            if (raw.kind == VariableKind::Categorical) {
                raw.texts.resize(rows);
            } else {
                raw.numbers.assign(rows, missingNumber);
            }
            for (std::size_t r = 0; r < rows; ++r) {
                const CellValue &cell = cells[r];
                if (isEmptyCell(cell)) {
                    raw.isMissing[r] = 1;
                    continue;
                }
                std::optional<double> number;
                switch (raw.kind) {
                case VariableKind::Numeric:
                    number = cellNumber(cell);
                    break;
                case VariableKind::Ordinal:
                    if (const auto found = mapping.find(foldAnswer(cellText(cell))); found != mapping.end()) {
                        number = found->second;
                    }
                    break;
                case VariableKind::Date:
                    if (const auto day = cellDay(cell)) {
                        number = static_cast<double>(*day);
                        latestDay = std::max(latestDay.value_or(*day), *day);
                    }
                    break;
                case VariableKind::Categorical:
                    raw.texts[r] = cellText(cell);
                    continue;
                }
                if (number && std::isfinite(*number)) {
                    raw.numbers[r] = *number;
                } else {
                    raw.isMissing[r] = 1;
                    ++raw.unreadable;
                }
            }
        }
        raws.push_back(std::move(raw));
        if (progress.isCancelRequested()) {
            return makeError(ErrorCode::Cancelled);
        }
    }

    PreparedCriteria prepared;
    prepared.customerCount = rowCount;
    prepared.analysisDay = set.analysisDay.value_or(latestDay ? *latestDay + 1 : 0);

    // 2. The customers kept: none missing among the "drop" variables.
    std::vector<char> keep(rows, 1);
    for (const Raw &raw : raws) {
        if (set.variables[raw.setIndex].missing == MissingPolicy::DropCustomer) {
            for (std::size_t r = 0; r < rows; ++r) {
                keep[r] = keep[r] && !raw.isMissing[r];
            }
        }
    }
    for (std::size_t r = 0; r < rows; ++r) {
        if (keep[r]) {
            prepared.customerRows.push_back(static_cast<std::int64_t>(r));
        }
    }
    prepared.droppedCount = rowCount - static_cast<std::int64_t>(prepared.customerRows.size());
    if (prepared.customerRows.empty()) {
        return makeError(ErrorCode::TooFewCustomers, {"0", "1"});
    }
    const std::size_t used = prepared.customerRows.size();

    // 3. Per variable on the kept customers: impute, transform or encode.
    for (Raw &raw : raws) {
        const CriteriaVariable &variable = set.variables[raw.setIndex];
        PreparedVariable out;
        out.variable = &variable;
        if (variable.family) {
            out.family = *variable.family;
        } else if (!variable.column.empty()) {
            out.family = findColumn(table.columns, variable.column)->family;
        }
        out.missing.variable = variable.name;
        out.missing.policy = variable.missing;
        out.missing.missingCount = std::count(raw.isMissing.begin(), raw.isMissing.end(), 1);
        out.missing.unreadableCount = raw.unreadable;
        const std::string imputeFailure = "a variable with at least one value to impute from ('"
            + variable.name + "' has none among the customers kept)";

        if (raw.kind == VariableKind::Categorical) {
            out.isCategorical = true;
            std::map<std::string, std::int64_t> counts;
            for (const std::int64_t row : prepared.customerRows) {
                const auto r = static_cast<std::size_t>(row);
                if (!raw.isMissing[r]) {
                    ++counts[raw.texts[r]];
                }
            }
            std::string fill;
            if (variable.missing == MissingPolicy::Impute) {
                if (counts.empty()) {
                    return makeError(ErrorCode::InvalidParameter,
                        {variablePath(raw.setIndex) + ".missing", "impute", imputeFailure});
                }
                // The most frequent level; a tie goes to the first text in byte order (the map's order).
                fill = std::max_element(counts.begin(), counts.end(), [](const auto &a, const auto &b) {
                    return a.second < b.second;
                })->first;
                out.missing.imputedValue = fill;
            } else {
                fill = detail::missingLevel;
            }
            std::vector<std::string> values(used);
            for (std::size_t i = 0; i < used; ++i) {
                const auto r = static_cast<std::size_t>(prepared.customerRows[i]);
                values[i] = raw.isMissing[r] ? fill : raw.texts[r];
                if (raw.isMissing[r]) {
                    ++counts[fill];
                }
            }
            std::vector<std::pair<std::string, std::int64_t>> ordered(counts.begin(), counts.end());
            std::stable_sort(ordered.begin(), ordered.end(),
                [](const auto &a, const auto &b) { return a.second > b.second; });
            std::unordered_map<std::string, int> indexOf;
            double spread = 0.0;
            for (const auto &[level, count] : ordered) {
                indexOf[level] = static_cast<int>(out.levels.size());
                out.levels.push_back(level);
                out.levelCounts.push_back(count);
                const double p = static_cast<double>(count) / static_cast<double>(used);
                spread += p * (1.0 - p);
            }
            out.levelScale = spread > 0.0 ? variable.weight / std::sqrt(spread) : 0.0;
            out.levelOf.resize(used);
            for (std::size_t i = 0; i < used; ++i) {
                out.levelOf[i] = indexOf.at(values[i]);
            }
        } else {
            std::vector<double> present;
            for (const std::int64_t row : prepared.customerRows) {
                const auto r = static_cast<std::size_t>(row);
                if (!raw.isMissing[r]) {
                    present.push_back(raw.numbers[r]);
                }
            }
            double fill = missingNumber;
            if (out.missing.missingCount > 0 && variable.missing == MissingPolicy::Impute) {
                if (present.empty()) {
                    return makeError(ErrorCode::InvalidParameter,
                        {variablePath(raw.setIndex) + ".missing", "impute", imputeFailure});
                }
                std::sort(present.begin(), present.end());
                fill = detail::sortedQuantile(present, 0.5);
                if (raw.kind == VariableKind::Date) {
                    fill = std::round(fill);
                    out.missing.imputedValue = isoDate(static_cast<std::int64_t>(fill));
                } else {
                    out.missing.imputedValue = numberText(fill);
                }
            }
            out.values.resize(used);
            for (std::size_t i = 0; i < used; ++i) {
                const auto r = static_cast<std::size_t>(prepared.customerRows[i]);
                double value = raw.isMissing[r] ? fill : raw.numbers[r];
                if (raw.kind == VariableKind::Date) {
                    value = static_cast<double>(prepared.analysisDay) - value; // days since
                }
                out.values[i] = value;
            }
            out.transformed = transformValues(out.values, variable.transform);
        }
        prepared.variables.push_back(std::move(out));
        if (progress.isCancelRequested()) {
            return makeError(ErrorCode::Cancelled);
        }
    }
    return prepared;
}

Result<CriteriaMatrix> buildCriteriaMatrix(
    const CriteriaSet &set, const CriteriaTable &table, Progress &progress)
{
    auto prepared = detail::prepareCriteria(set, table, progress);
    if (!prepared) {
        return prepared.error();
    }
    const detail::PreparedCriteria &p = prepared.value();
    CriteriaMatrix matrix;
    matrix.customerRows = p.customerRows;
    matrix.customerCount = p.customerCount;
    matrix.droppedCount = p.droppedCount;
    matrix.analysisDay = p.analysisDay;
    for (const detail::PreparedVariable &variable : p.variables) {
        matrix.missing.push_back(variable.missing);
        const std::string &name = variable.variable->name;
        if (variable.isCategorical) {
            for (const std::string &level : variable.levels) {
                matrix.columns.push_back({name + " = " + level, name, level, "onehot", variable.levelScale});
            }
        } else {
            matrix.columns.push_back({name, name, "", criteriaTransformName(variable.variable->transform),
                variable.variable->weight});
        }
    }
    const auto rows = static_cast<Eigen::Index>(p.customerRows.size());
    const auto width = static_cast<Eigen::Index>(matrix.columns.size());
    matrix.values.resize(rows, width);
    matrix.originalValues.resize(rows, width);
    Eigen::Index column = 0;
    for (const detail::PreparedVariable &variable : p.variables) {
        if (variable.isCategorical) {
            const auto used = static_cast<double>(rows);
            for (std::size_t l = 0; l < variable.levels.size(); ++l, ++column) {
                const double share = static_cast<double>(variable.levelCounts[l]) / used;
                for (Eigen::Index i = 0; i < rows; ++i) {
                    const double indicator
                        = variable.levelOf[static_cast<std::size_t>(i)] == static_cast<int>(l) ? 1.0 : 0.0;
                    matrix.originalValues(i, column) = indicator;
                    matrix.values(i, column) = variable.levelScale * (indicator - share);
                }
            }
        } else {
            const double weight = variable.variable->weight;
            for (Eigen::Index i = 0; i < rows; ++i) {
                matrix.originalValues(i, column) = variable.values[static_cast<std::size_t>(i)];
                matrix.values(i, column) = weight * variable.transformed[static_cast<std::size_t>(i)];
            }
            ++column;
        }
    }
    return matrix;
}

} // namespace segmenta::engine
