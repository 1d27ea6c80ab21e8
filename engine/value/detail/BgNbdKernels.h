// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Matrix.h"
#include "value/BgNbd.h"
#include "value/detail/CompressedRows.h"

#include <vector>

namespace segmenta::engine::detail {

/// The BG/NBD log-likelihood of compressed rows at parameters (r, alpha, a, b), and in gradient its
/// derivatives with respect to (ln r, ln alpha, ln a, ln b): what L-BFGS polishes a large base's fit with.
/// The value is the one BgNbdModel::logLikelihoodOf gives, up to the order of summation.
double bgNbdLogLikelihoodWithGradient(const CompressedRows &rows, const Vector &parameters, Vector &gradient);

/// Working memory of bgNbdDiscountedValue(), one entry per month; reused between calls of one thread.
struct BgNbdValueScratch
{
    double month = 0.0; ///< the month length times was filled for
    Eigen::ArrayXd times; ///< t of each month's end
    Eigen::ArrayXd z;
    Eigen::ArrayXd logOneMinusZ;
    Eigen::ArrayXd scaled; ///< (1-z)^(a-1)
    Eigen::ArrayXd bracket; ///< (1 - (1-z)^(a-1)) / (a-1)
    Eigen::ArrayXd power; ///< z^n
    Eigen::ArrayXd series;
};

/// One customer's CLV under a BG/NBD model, the same sum as discountedValue() over
/// model.expectedPurchases (sum over months m of (E[X(m)] - E[X(m-1)]) averageSpend discount(m)) computed
/// in the order that makes the bootstrap's 200 x customers evaluations affordable: E[X(t)] is P(alive)
/// times a part that does not depend on t_x, so P(alive) is taken once instead of once a month, and the
/// hypergeometric series of all months are summed in one pass (they share their coefficients and differ
/// only in z), so a term costs a multiplication per month instead of a division.
/// NaN where the sum is not finite (a + b + x <= 1, infinite spend).
double bgNbdDiscountedValue(const BgNbdModel &model, double x, double tx, double T, double averageSpend,
    double month, const std::vector<double> &discounts, BgNbdValueScratch &scratch);

} // namespace segmenta::engine::detail
