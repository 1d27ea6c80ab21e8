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

} // namespace segmenta::engine::detail
