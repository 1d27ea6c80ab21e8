// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

namespace segmenta::engine::detail {

/// log of the Gaussian hypergeometric function 2F1(a, b; c; z) by its power series, for a, b, c > 0 and
/// 0 <= z < 1: every term is then positive, so the sum has no cancellation, and a running rescale keeps
/// terms that first grow (large a * b / c) from overflowing. The series converges like z^n; near z = 1
/// it needs ~ 37 / (1 - z) terms.
/// Ensures: NaN when the arguments are outside that domain or the series did not converge in 10^6 terms.
double logHypergeometric2F1(double a, double b, double c, double z);

/// log of the integral over [from, to] of (alpha + t)^-p (beta + t)^-q dt, for alpha, beta > 0,
/// p, q >= 0 and 0 <= from < to, by adaptive Gauss-Kronrod (7/15 points) to a relative accuracy of about
/// 1e-13. The Pareto/NBD's "died between the last purchase and T" part is this integral; it stands in
/// for the difference of two 2F1 series when their argument is so close to 1 that the series would need
/// hundreds of thousands of terms per customer (a base where hardly anyone leaves drives the fit there).
/// Ensures: -inf when from == to; NaN outside the domain.
double logPowerProductIntegral(double alpha, double p, double beta, double q, double from, double to);

} // namespace segmenta::engine::detail
