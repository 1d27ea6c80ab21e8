// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "features/NumericMatrix.h"

#include "core/Assert.h"

#include <cmath>

namespace segmenta::engine {

ZScoreScaler fitZScore(const Matrix &x)
{
    SEGMENTA_ASSERT(x.rows() > 0, "fitZScore on an empty matrix");
    ZScoreScaler scaler;
    scaler.mean = x.colwise().mean();
    const Matrix centred = x.rowwise() - scaler.mean;
    scaler.scale = (centred.array().square().colwise().sum() / static_cast<double>(x.rows())).sqrt();
    for (Eigen::Index j = 0; j < scaler.scale.size(); ++j) {
        // Relative to the mean's size: a column that only differs by rounding noise is constant.
        if (!(scaler.scale(j) > 1e-12 * std::max(1.0, std::abs(scaler.mean(j))))) {
            scaler.scale(j) = 1.0;
        }
    }
    return scaler;
}

Matrix ZScoreScaler::apply(const Matrix &x) const
{
    return (x.rowwise() - mean).array().rowwise() / scale.array();
}

Matrix ZScoreScaler::invert(const Matrix &scaled) const
{
    Matrix original = scaled.array().rowwise() * scale.array();
    return original.rowwise() + mean;
}

} // namespace segmenta::engine
