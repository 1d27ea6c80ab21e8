// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "criteria/CriteriaPreview.h"

#include "criteria/detail/PreparedCriteria.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace segmenta::engine {

namespace {

constexpr int maxBinCount = 200;

Histogram histogram(const std::vector<double> &values, int binCount)
{
    Histogram result;
    if (values.empty()) {
        return result;
    }
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    const double minimum = *low;
    const double maximum = *high;
    if (!(maximum > minimum)) {
        result.edges = {minimum, maximum};
        result.counts = {static_cast<std::int64_t>(values.size())};
        return result;
    }
    const double width = (maximum - minimum) / binCount;
    for (int b = 0; b <= binCount; ++b) {
        result.edges.push_back(b == binCount ? maximum : minimum + width * b);
    }
    result.counts.assign(static_cast<std::size_t>(binCount), 0);
    for (const double x : values) {
        auto bin = static_cast<int>(std::floor((x - minimum) / width));
        bin = std::clamp(bin, 0, binCount - 1); // the maximum belongs to the last bin
        ++result.counts[static_cast<std::size_t>(bin)];
    }
    return result;
}

double pearson(const std::vector<double> &a, const std::vector<double> &b)
{
    const auto n = static_cast<double>(a.size());
    double meanA = 0.0;
    double meanB = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        meanA += a[i];
        meanB += b[i];
    }
    meanA /= n;
    meanB /= n;
    double cross = 0.0;
    double squaresA = 0.0;
    double squaresB = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        cross += (a[i] - meanA) * (b[i] - meanB);
        squaresA += (a[i] - meanA) * (a[i] - meanA);
        squaresB += (b[i] - meanB) * (b[i] - meanB);
    }
    if (!(squaresA > 0.0) || !(squaresB > 0.0)) {
        return 0.0;
    }
    return std::clamp(cross / std::sqrt(squaresA * squaresB), -1.0, 1.0);
}

std::string formatR(double r)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.2f", r);
    return buffer;
}

} // namespace

Result<CriteriaPreview> previewCriteria(const CriteriaSet &set, const CriteriaTable &table,
    const CriteriaPreviewParams &params, Progress &progress)
{
    if (params.binCount < 1 || params.binCount > maxBinCount) {
        return makeError(ErrorCode::InvalidParameter,
            {"bins", std::to_string(params.binCount), "1.." + std::to_string(maxBinCount)});
    }
    auto prepared = detail::prepareCriteria(set, table, progress);
    if (!prepared) {
        return prepared.error();
    }
    const detail::PreparedCriteria &p = prepared.value();
    CriteriaPreview preview;
    preview.customerCount = p.customerCount;
    preview.usedCount = static_cast<std::int64_t>(p.customerRows.size());
    preview.droppedCount = p.droppedCount;
    preview.analysisDay = p.analysisDay;
    std::vector<const detail::PreparedVariable *> numeric;
    for (const detail::PreparedVariable &variable : p.variables) {
        VariablePreview out;
        out.variable = *variable.variable;
        out.family = variable.family;
        out.missing = variable.missing;
        const std::string &name = variable.variable->name;
        if (variable.isCategorical) {
            for (std::size_t l = 0; l < variable.levels.size(); ++l) {
                out.levels.push_back({variable.levels[l], variable.levelCounts[l],
                    static_cast<double>(variable.levelCounts[l]) / static_cast<double>(preview.usedCount)});
                out.matrixColumns.push_back(name + " = " + variable.levels[l]);
            }
        } else {
            out.before = histogram(variable.values, params.binCount);
            out.after = histogram(variable.transformed, params.binCount);
            const auto n = static_cast<double>(variable.values.size());
            double sum = 0.0;
            for (const double x : variable.values) {
                sum += x;
            }
            out.mean = sum / n;
            double squares = 0.0;
            for (const double x : variable.values) {
                squares += (x - out.mean) * (x - out.mean);
            }
            out.standardDeviation = std::sqrt(squares / n);
            const auto [low, high] = std::minmax_element(variable.values.begin(), variable.values.end());
            out.minimum = *low;
            out.maximum = *high;
            out.matrixColumns.push_back(name);
            numeric.push_back(&variable);
        }
        preview.matrixColumnCount += static_cast<std::int64_t>(out.matrixColumns.size());
        preview.variables.push_back(std::move(out));
    }
    const auto count = static_cast<Eigen::Index>(numeric.size());
    preview.correlation = Matrix::Identity(count, count);
    for (Eigen::Index i = 0; i < count; ++i) {
        preview.correlationLabels.push_back(numeric[static_cast<std::size_t>(i)]->variable->name);
        for (Eigen::Index j = i + 1; j < count; ++j) {
            const auto &a = *numeric[static_cast<std::size_t>(i)];
            const auto &b = *numeric[static_cast<std::size_t>(j)];
            const double r = pearson(a.transformed, b.transformed);
            preview.correlation(i, j) = r;
            preview.correlation(j, i) = r;
            if (std::abs(r) > correlationWarningThreshold) {
                const std::string &first = a.variable->name;
                const std::string &second = b.variable->name;
                preview.warnings.push_back({first, second, r,
                    first + " and " + second + " are almost the same (r = " + formatR(r)
                        + "): together they count "
                        + "their common trait twice. Consider keeping one of them or lowering their "
                          "weights."});
            }
        }
    }
    return preview;
}

} // namespace segmenta::engine
