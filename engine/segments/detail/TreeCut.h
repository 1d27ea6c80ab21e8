// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// Internal to the Session implementation files: checking where a merge tree is cut before cutting it.
#pragma once

#include "cluster/Hierarchical.h"
#include "core/Error.h"
#include "core/Result.h"

#include <optional>
#include <string>

namespace segmenta::engine::detail {

/// Most segments a cut may give (as SegmentationParams::segmentCount).
constexpr int maxCutSegments = 50;

/// Clusters left when every merge at or below @p height is made (cutByHeight's count).
int clustersAtHeight(const Dendrogram &dendrogram, double height);

/// Checks a cut: exactly one of @p k and @p height; k in 2..min(maxCutSegments, leaves); a height giving
/// 2..maxCutSegments clusters. @p kField and @p heightField name the parameters in the errors ("k",
/// "cut-height", …). Errors: InvalidParameter {field, value, the values that work}.
Status checkCut(const Dendrogram &dendrogram, std::optional<int> k, std::optional<double> height,
    const std::string &kField, const std::string &heightField);

/// Formats a height as the messages and the CLI write it (up to 6 significant digits).
std::string formatHeight(double height);

} // namespace segmenta::engine::detail
