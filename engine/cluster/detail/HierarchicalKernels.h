// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include <cstdint>
#include <limits>

namespace segmenta::engine::detail {

/// Points are stored column by column ("structure of arrays"): coordinate t of point p is
/// coordinates[t * stride + p], so a scan reads each column contiguously and the compiler vectorises across
/// points. Scans work on groups of kScanGroup points; their ranges start and end on multiples of it, so a
/// point's value is computed by the same instructions whichever thread scans it.
constexpr std::int64_t kScanGroup = 32;

/// The smallest value of a scan and the lowest position holding it.
struct ScanBest
{
    double value = std::numeric_limits<double>::infinity();
    std::int64_t position = -1;
    double preferredValue = std::numeric_limits<double>::quiet_NaN(); ///< value at the preferred position
};

/// Keeps the better of two scans of consecutive ranges (`later` after `earlier`): the lower value, on
/// ties the lower position; the preferred value from whichever range held it.
ScanBest combine(const ScanBest &earlier, const ScanBest &later);

/// Ward from a cluster of weight `weight` at `point` to the points of [begin, end): the value
/// ‖c − point‖² · w / (weight + w) + penalty (2·weight·value is the squared Ward height).
/// Requires: begin and end multiples of kScanGroup; penalties 0 (active) or +inf (skip).
ScanBest wardScan(const double *point, double weight, const double *coordinates, std::int64_t stride,
    std::int64_t dims, const double *weights, const double *penalties, std::int64_t begin, std::int64_t end,
    std::int64_t preferred);

/// Prim's step from `point`: closest[p] = min(closest[p], ‖c_p − point‖²), then the smallest
/// closest[p] + penalty[p] over [begin, end). Requires as wardScan().
ScanBest primScan(const double *point, const double *coordinates, std::int64_t stride, std::int64_t dims,
    double *closest, const double *penalties, std::int64_t begin, std::int64_t end);

/// Index of the point of [0, count) nearest to `point` (squared Euclidean distance; ties: the lower
/// index). Requires: count a multiple of kScanGroup, count >= 1.
std::int64_t nearestPoint(const double *point, const double *coordinates, std::int64_t stride,
    std::int64_t dims, std::int64_t count);

/// out[p - begin] = ‖c_p − point‖ (summed over t = 0..dims-1 in order, then the square root, as scipy's
/// pdist) for p in [begin, end).
void euclideanDistances(const double *point, const double *coordinates, std::int64_t stride,
    std::int64_t dims, std::int64_t begin, std::int64_t end, double *out);

} // namespace segmenta::engine::detail
