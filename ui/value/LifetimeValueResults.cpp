// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "value/LifetimeValueResults.h"

namespace segmenta::ui {

LifetimeValueResults LifetimeValueResults::fromReport(
    const engine::LifetimeValueReport &report, const engine::LifetimeValueParams &parameters)
{
    LifetimeValueResults results;
    results.report = report;
    results.parameters = parameters;
    return results;
}

LifetimeValueResults LifetimeValueResults::fromStored(const engine::StoredLifetimeValueRun &run)
{
    LifetimeValueResults results;
    engine::LifetimeValueReport &report = results.report;
    report.model = run.model;
    report.purchaseParameters = run.purchaseParameters;
    report.purchaseLogLikelihood = run.purchaseLogLikelihood;
    report.purchaseConverged = run.purchaseConverged;
    report.spendParameters = run.spendParameters;
    report.spendLogLikelihood = run.spendLogLikelihood;
    report.spendConverged = run.spendConverged;
    report.frequencySpendCorrelation = run.frequencySpendCorrelation;
    report.customerCount = run.customerCount;
    report.repeatBuyerCount = run.repeatBuyerCount;
    report.calibrationEnd = run.calibrationEnd;
    report.observationEnd = run.observationEnd;
    report.holdoutActual = run.holdoutActual;
    report.holdoutExpected = run.holdoutExpected;
    report.totalLifetimeValue = run.totalLifetimeValue;
    report.warnings = run.warnings;
    report.range = run.range;
    report.tiers = run.tiers;
    report.tierSegmentation = run.tierSegmentation;
    report.atRiskCount = run.atRiskCount;
    report.atRisk = run.atRisk;
    report.diagnostics = run.diagnostics;
    report.modelRunId = run.id;
    results.parameters = run.parameters;
    results.createdAt = run.createdAt;
    // Runs stored before the list was kept have only its count.
    results.hasAtRiskList = run.atRiskCount == 0 || !run.atRisk.empty();
    return results;
}

} // namespace segmenta::ui
