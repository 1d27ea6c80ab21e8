// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "segments/detail/TreeCut.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace segmenta::engine::detail {

int clustersAtHeight(const Dendrogram &dendrogram, double height)
{
    // Merges are ordered by height, so those at or below it are a prefix.
    const auto made = std::upper_bound(dendrogram.merges.begin(), dendrogram.merges.end(), height,
        [](double h, const Merge &merge) { return h < merge.height; });
    return static_cast<int>(dendrogram.leafCount() - (made - dendrogram.merges.begin()));
}

std::string formatHeight(double height)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", height);
    return text;
}

Status checkCut(const Dendrogram &dendrogram, std::optional<int> k, std::optional<double> height,
    const std::string &kField, const std::string &heightField)
{
    if (k.has_value() == height.has_value()) {
        return makeError(ErrorCode::InvalidParameter,
            {kField, k ? std::to_string(*k) + " and " + heightField + " " + formatHeight(*height) : "missing",
                "given alone: either " + kField + " or " + heightField});
    }
    const auto leaves = static_cast<int>(std::min<Eigen::Index>(dendrogram.leafCount(), maxCutSegments));
    if (k) {
        if (*k < 2 || *k > leaves) {
            return makeError(
                ErrorCode::InvalidParameter, {kField, std::to_string(*k), "2.." + std::to_string(leaves)});
        }
        return {};
    }
    const int clusters = std::isfinite(*height) ? clustersAtHeight(dendrogram, *height) : 0;
    if (clusters >= 2 && clusters <= maxCutSegments) {
        return {};
    }
    // The heights that work: from the merge that leaves maxCutSegments clusters (0 with fewer leaves) up to
    // just below the last merge, which would leave one.
    const auto &merges = dendrogram.merges;
    const auto count = static_cast<Eigen::Index>(merges.size());
    if (count < 1) {
        return makeError(ErrorCode::InvalidParameter,
            {heightField, formatHeight(*height), "a cut of a tree with 2+ leaves"});
    }
    const double low
        = count > maxCutSegments - 1 ? merges[static_cast<std::size_t>(count - maxCutSegments)].height : 0.0;
    const double high = merges.back().height;
    const std::string gives = !std::isfinite(*height) ? ""
        : clusters < 2                                ? " (it gives 1 segment)"
                       : " (it gives " + std::to_string(clusters) + " segments)";
    return makeError(ErrorCode::InvalidParameter,
        {heightField, formatHeight(*height) + gives,
            "at least " + formatHeight(low) + " and below " + formatHeight(high) + " (2 to "
                + std::to_string(maxCutSegments) + " segments)"});
}

} // namespace segmenta::engine::detail
