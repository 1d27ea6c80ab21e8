// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Matrix.h"

#include <vector>

namespace segmenta::engine::detail {

/// The distinct (x, t_x, T) rows of a repeat-purchase summary with how often each occurs, and the distinct
/// values of x. Real summaries repeat rows a lot (CDNOW: every x = 0 customer who joined on the same day),
/// and the likelihood terms that depend on x alone (the lgammas) are then computed once per distinct x.
struct CompressedRows
{
    Vector frequency; ///< x of each distinct row
    Vector recency; ///< t_x of each distinct row
    Vector age; ///< T of each distinct row
    Vector weight; ///< how many customers have this row
    std::vector<double> distinctFrequencies; ///< sorted distinct values of x
    std::vector<int> frequencyIndex; ///< per distinct row, its x's index in distinctFrequencies
};

/// Requires: the three vectors have equal length.
CompressedRows compressRows(const Vector &frequency, const Vector &recency, const Vector &age);

} // namespace segmenta::engine::detail
