// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "cluster/Gower.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace segmenta::engine {

Result<std::vector<double>> gowerRanges(const Matrix &numeric)
{
    std::vector<double> ranges(static_cast<std::size_t>(numeric.cols()));
    for (Eigen::Index t = 0; t < numeric.cols(); ++t) {
        double low = std::numeric_limits<double>::infinity();
        double high = -low;
        for (Eigen::Index i = 0; i < numeric.rows(); ++i) {
            const double value = numeric(i, t);
            if (std::isinf(value)) {
                return makeError(
                    ErrorCode::InvalidParameter, {"values", "infinite", "finite numbers or NaN"});
            }
            if (!std::isnan(value)) {
                low = std::min(low, value);
                high = std::max(high, value);
            }
        }
        if (!(high > low)) { // constant, or all missing: Gower's range would divide by zero
            return makeError(ErrorCode::InvalidParameter,
                {"columns", std::to_string(t), "a column with at least two distinct values"});
        }
        ranges[static_cast<std::size_t>(t)] = high - low;
    }
    return ranges;
}

double gowerPair(const Matrix &numeric, const CategoryMatrix &categorical, const std::vector<double> &ranges,
    Eigen::Index i, Eigen::Index j)
{
    double sum = 0.0;
    int compared = 0;
    for (Eigen::Index t = 0; t < numeric.cols(); ++t) {
        const double a = numeric(i, t);
        const double b = numeric(j, t);
        if (!std::isnan(a) && !std::isnan(b)) {
            sum += std::abs(a - b) / ranges[static_cast<std::size_t>(t)];
            ++compared;
        }
    }
    for (Eigen::Index t = 0; t < categorical.cols(); ++t) {
        const int a = categorical(i, t);
        const int b = categorical(j, t);
        if (a >= 0 && b >= 0) {
            sum += a != b ? 1.0 : 0.0;
            ++compared;
        }
    }
    return compared == 0 ? std::numeric_limits<double>::quiet_NaN() : sum / compared;
}

Result<Matrix> gowerDissimilarity(const Matrix &numeric, const CategoryMatrix &categorical)
{
    const Eigen::Index rows = std::max(numeric.rows(), categorical.rows());
    if (numeric.cols() > 0 && categorical.cols() > 0 && numeric.rows() != categorical.rows()) {
        return makeError(ErrorCode::InvalidParameter,
            {"rows", std::to_string(categorical.rows()), std::to_string(numeric.rows())});
    }
    auto ranges = gowerRanges(numeric);
    if (!ranges) {
        return ranges.error();
    }
    // A side without columns may have no rows either: give it the other's.
    const Matrix numericPart = numeric.rows() == rows ? numeric : Matrix(rows, 0);
    const CategoryMatrix categoricalPart = categorical.rows() == rows ? categorical : CategoryMatrix(rows, 0);
    Matrix distances = Matrix::Zero(rows, rows);
    for (Eigen::Index i = 0; i < rows; ++i) {
        for (Eigen::Index j = i + 1; j < rows; ++j) {
            const double distance = gowerPair(numericPart, categoricalPart, ranges.value(), i, j);
            if (std::isnan(distance)) {
                return makeError(ErrorCode::InvalidParameter,
                    {"rows", std::to_string(i) + ", " + std::to_string(j),
                        "rows sharing at least one non-missing variable"});
            }
            distances(i, j) = distances(j, i) = distance;
        }
    }
    return distances;
}

} // namespace segmenta::engine
