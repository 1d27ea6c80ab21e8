// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <string>

namespace segmenta::ui {

/// What the lifetime-value window shows: a run just made or one stored in the project. Both come as a
/// LifetimeValueReport, so one code path draws them; a stored run has no at-risk list (only its count).
struct LifetimeValueResults
{
    engine::LifetimeValueReport report;
    engine::LifetimeValueParams parameters; ///< the settings the run used
    std::string createdAt; ///< UTC, ISO 8601, of a stored run; empty for a run just made
    /// false for a run stored by an older Segmenta, which kept only the at-risk count, not the list
    bool hasAtRiskList = true;

    static LifetimeValueResults fromReport(
        const engine::LifetimeValueReport &report, const engine::LifetimeValueParams &parameters);
    static LifetimeValueResults fromStored(const engine::StoredLifetimeValueRun &run);

    /// True when the run kept purchases after its calibration end to check the predictions against.
    bool hasHoldout() const { return report.observationEnd > report.calibrationEnd; }
};

} // namespace segmenta::ui
