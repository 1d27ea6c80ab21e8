// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <string>

namespace segmenta::engine {

/// The model_runs kind of lifetime-value runs.
inline constexpr const char *lifetimeValueRunKind = "clv";

/// The `parameters` document of a lifetime-value run (keys in snake_case, days as day numbers).
std::string lifetimeValueParametersJson(const LifetimeValueParams &params);

/// The `results` document: fitted parameters with standard errors, fit figures, range, tiers, the
/// at-risk count and every diagnostic (tracking, conditional expectations, P(alive) grid, warnings).
/// Missing numbers (NaN) are written as null.
std::string lifetimeValueResultsJson(const LifetimeValueReport &report);

/// Reads a stored run back; keys that are missing keep their defaults, so older runs still read.
StoredLifetimeValueRun readLifetimeValueRun(std::int64_t id, const std::string &createdAt,
    const std::string &parametersJson, const std::string &resultsJson);

} // namespace segmenta::engine
