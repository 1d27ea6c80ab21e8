// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "Session.h"

#include "store/ModelRunStore.h"
#include "store/SqliteError.h"
#include "value/LifetimeValueRunJson.h"

#include <nlohmann/json.hpp>

#include <limits>

namespace segmenta::engine {

namespace {

using nlohmann::json;

double numberOr(const json &document, const char *key, double fallback)
{
    const auto found = document.find(key);
    return found != document.end() && found->is_number() ? found->get<double>() : fallback;
}

/// The figures readLifetimeValueRun leaves out: the fit, counts, days, holdout and total, and the run's
/// parameters. Keys that are missing keep their defaults, as there.
void readFitFigures(StoredLifetimeValueRun &run)
{
    constexpr double missing = std::numeric_limits<double>::quiet_NaN();
    const json results = json::parse(run.resultsJson, nullptr, false);
    if (results.is_object()) {
        run.purchaseLogLikelihood = numberOr(results, "purchase_log_likelihood", missing);
        run.purchaseConverged = results.value("purchase_converged", false);
        run.spendLogLikelihood = numberOr(results, "spend_log_likelihood", missing);
        run.spendConverged = results.value("spend_converged", false);
        run.customerCount = results.value("customers", std::int64_t {0});
        run.repeatBuyerCount = results.value("repeat_buyers", std::int64_t {0});
        run.calibrationEnd = results.value("calibration_end_day", std::int64_t {0});
        run.observationEnd = results.value("observation_end_day", std::int64_t {0});
        run.holdoutActual = numberOr(results, "holdout_actual", 0.0);
        run.holdoutExpected = numberOr(results, "holdout_expected", 0.0);
        run.totalLifetimeValue = numberOr(results, "total_clv", missing);
        run.tierSegmentation = results.value("tier_segmentation", std::string());
        run.atRiskCount = results.value("at_risk_count", std::int64_t {0});
    }
    const json parameters = json::parse(run.parametersJson, nullptr, false);
    if (parameters.is_object()) {
        LifetimeValueParams &p = run.parameters;
        p.model = parameters.value("model", std::string()) == "paretonbd" ? PurchaseModel::ParetoNbd
                                                                          : PurchaseModel::BgNbd;
        if (const auto end = parameters.find("calibration_end_day");
            end != parameters.end() && end->is_number()) {
            p.calibrationEnd = end->get<std::int64_t>();
        }
        p.horizonMonths = parameters.value("horizon_months", p.horizonMonths);
        p.monthlyDiscountRate = numberOr(parameters, "monthly_discount_rate", p.monthlyDiscountRate);
        p.bootstrapDraws = parameters.value("bootstrap_draws", p.bootstrapDraws);
        p.seed = parameters.value("seed", p.seed);
        p.storeTiers = parameters.value("store_tiers", p.storeTiers);
        p.atRisk.valueShare = numberOr(parameters, "at_risk_value_share", p.atRisk.valueShare);
        p.atRisk.maxAliveProbability
            = numberOr(parameters, "at_risk_max_alive_probability", p.atRisk.maxAliveProbability);
        p.atRiskLimit = parameters.value("at_risk_limit", p.atRiskLimit);
    }
}

} // namespace

Result<std::optional<StoredLifetimeValueRun>> Session::lifetimeValueRun() const
{
    try {
        store::ModelRunStore modelRuns(*m_database);
        const std::optional<store::StoredModelRun> stored = modelRuns.latest(lifetimeValueRunKind);
        if (!stored) {
            return std::optional<StoredLifetimeValueRun> {};
        }
        StoredLifetimeValueRun run
            = readLifetimeValueRun(stored->id, stored->createdAt, stored->parameters, stored->results);
        readFitFigures(run);
        return std::optional<StoredLifetimeValueRun> {std::move(run)};
    } catch (const store::SqliteError &error) {
        return makeError(ErrorCode::StorageFailure, {m_path, error.what()});
    }
}

} // namespace segmenta::engine
