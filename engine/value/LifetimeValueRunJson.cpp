// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "value/LifetimeValueRunJson.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>

namespace segmenta::engine {

namespace {

using nlohmann::json;

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

/// NaN and infinities as null, as JSON has no such numbers.
json number(double value)
{
    return std::isfinite(value) ? json(value) : json(nullptr);
}

double numberOf(const json &document, const char *key)
{
    const auto found = document.find(key);
    return found != document.end() && found->is_number() ? found->get<double>() : kNan;
}

json parametersJson(const std::vector<ModelParameter> &parameters)
{
    json list = json::array();
    for (const ModelParameter &parameter : parameters) {
        list.push_back({{"name", parameter.name}, {"value", number(parameter.value)},
            {"standard_error", number(parameter.standardError)}});
    }
    return list;
}

std::vector<ModelParameter> parametersOf(const json &list)
{
    std::vector<ModelParameter> parameters;
    if (!list.is_array()) {
        return parameters;
    }
    for (const json &item : list) {
        parameters.push_back(
            {item.value("name", std::string()), numberOf(item, "value"), numberOf(item, "standard_error")});
    }
    return parameters;
}

std::vector<double> numbersOf(const json &list)
{
    std::vector<double> values;
    if (list.is_array()) {
        for (const json &item : list) {
            values.push_back(item.is_number() ? item.get<double>() : kNan);
        }
    }
    return values;
}

json numbersJson(const std::vector<double> &values)
{
    json list = json::array();
    for (double value : values) {
        list.push_back(number(value));
    }
    return list;
}

std::vector<std::string> stringsOf(const json &list)
{
    std::vector<std::string> strings;
    if (list.is_array()) {
        for (const json &item : list) {
            if (item.is_string()) {
                strings.push_back(item.get<std::string>());
            }
        }
    }
    return strings;
}

} // namespace

std::string lifetimeValueParametersJson(const LifetimeValueParams &params)
{
    json document {{"model", params.model == PurchaseModel::BgNbd ? "bgnbd" : "paretonbd"},
        {"time_unit", "weeks"}, {"horizon_months", params.horizonMonths},
        {"monthly_discount_rate", params.monthlyDiscountRate}, {"bootstrap_draws", params.bootstrapDraws},
        {"seed", params.seed}, {"store_tiers", params.storeTiers},
        {"at_risk_value_share", params.atRisk.valueShare},
        {"at_risk_max_alive_probability", params.atRisk.maxAliveProbability},
        {"at_risk_limit", params.atRiskLimit}};
    document["calibration_end_day"] = params.calibrationEnd ? json(*params.calibrationEnd) : json(nullptr);
    return document.dump();
}

std::string lifetimeValueResultsJson(const LifetimeValueReport &report)
{
    json document;
    document["model"] = report.model;
    document["purchase_parameters"] = parametersJson(report.purchaseParameters);
    document["purchase_log_likelihood"] = number(report.purchaseLogLikelihood);
    document["purchase_converged"] = report.purchaseConverged;
    document["spend_parameters"] = parametersJson(report.spendParameters);
    document["spend_log_likelihood"] = number(report.spendLogLikelihood);
    document["spend_converged"] = report.spendConverged;
    document["frequency_spend_correlation"] = number(report.frequencySpendCorrelation);
    document["customers"] = report.customerCount;
    document["repeat_buyers"] = report.repeatBuyerCount;
    document["calibration_end_day"] = report.calibrationEnd;
    document["observation_end_day"] = report.observationEnd;
    document["holdout_actual"] = number(report.holdoutActual);
    document["holdout_expected"] = number(report.holdoutExpected);
    document["total_clv"] = number(report.totalLifetimeValue);
    const LifetimeValueRange &range = report.range;
    document["clv_range"] = {{"available", range.isAvailable}, {"draws", range.drawCount},
        {"seed", range.seed}, {"total_low", number(range.totalLow)}, {"total_high", number(range.totalHigh)},
        {"median_relative_width", number(range.medianRelativeWidth)},
        {"customers_without_range", range.customersWithoutRange}};
    json tiers = json::array();
    for (const LifetimeValueTier &tier : report.tiers) {
        tiers.push_back({{"name", tier.name}, {"customers", tier.customerCount},
            {"minimum_clv", number(tier.minimumValue)}, {"total_clv", number(tier.totalValue)}});
    }
    document["tiers"] = tiers;
    document["tier_segmentation"] = report.tierSegmentation;
    document["at_risk_count"] = report.atRiskCount;
    // The listed customers themselves (at most atRiskLimit), so a stored run shows its list as it was.
    json atRisk = json::array();
    for (const AtRiskCustomer &customer : report.atRisk) {
        atRisk.push_back({{"customer_id", customer.customerId}, {"past_value", number(customer.pastValue)},
            {"alive_probability", number(customer.aliveProbability)}, {"clv", number(customer.lifetimeValue)},
            {"expected_purchases", number(customer.expectedPurchases)}});
    }
    document["at_risk"] = atRisk;
    const LifetimeValueDiagnostics &diagnostics = report.diagnostics;
    json tracking = json::array();
    for (const TrackingPoint &point : diagnostics.tracking) {
        tracking.push_back({{"period", point.period}, {"end_day", point.endDay},
            {"actual", number(point.actual)}, {"expected", number(point.expected)}});
    }
    document["tracking"] = tracking;
    json conditional = json::array();
    for (const ConditionalExpectation &group : diagnostics.conditionalExpectations) {
        conditional.push_back({{"frequency", group.frequency}, {"open_ended", group.isOpenEnded},
            {"customers", group.customerCount}, {"actual", number(group.actual)},
            {"expected", number(group.expected)}});
    }
    document["conditional_expectations"] = conditional;
    document["alive_grid"] = {{"frequencies", numbersJson(diagnostics.aliveGrid.frequencies)},
        {"recencies", numbersJson(diagnostics.aliveGrid.recencies)},
        {"age", number(diagnostics.aliveGrid.age)},
        {"probability", numbersJson(diagnostics.aliveGrid.probability)}};
    document["data_warnings"] = diagnostics.dataWarnings;
    document["warnings"] = report.warnings;
    return document.dump();
}

StoredLifetimeValueRun readLifetimeValueRun(std::int64_t id, const std::string &createdAt,
    const std::string &parametersJson, const std::string &resultsJson)
{
    StoredLifetimeValueRun run;
    run.id = id;
    run.createdAt = createdAt;
    run.parametersJson = parametersJson;
    run.resultsJson = resultsJson;
    const json document = json::parse(resultsJson, nullptr, false);
    if (!document.is_object()) {
        return run;
    }
    run.model = document.value("model", std::string());
    run.purchaseParameters = parametersOf(document.value("purchase_parameters", json::array()));
    run.spendParameters = parametersOf(document.value("spend_parameters", json::array()));
    run.frequencySpendCorrelation = numberOf(document, "frequency_spend_correlation");
    const json range = document.value("clv_range", json::object());
    run.range.isAvailable = range.value("available", false);
    run.range.drawCount = range.value("draws", 0);
    run.range.seed = range.value("seed", std::uint64_t {0});
    run.range.totalLow = numberOf(range, "total_low");
    run.range.totalHigh = numberOf(range, "total_high");
    run.range.medianRelativeWidth = numberOf(range, "median_relative_width");
    run.range.customersWithoutRange = range.value("customers_without_range", std::int64_t {0});
    for (const json &tier : document.value("tiers", json::array())) {
        run.tiers.push_back({tier.value("name", std::string()), tier.value("customers", std::int64_t {0}),
            numberOf(tier, "minimum_clv"), numberOf(tier, "total_clv")});
    }
    for (const json &customer : document.value("at_risk", json::array())) {
        run.atRisk.push_back({customer.value("customer_id", std::string()), numberOf(customer, "past_value"),
            numberOf(customer, "alive_probability"), numberOf(customer, "clv"),
            numberOf(customer, "expected_purchases")});
    }
    for (const json &point : document.value("tracking", json::array())) {
        run.diagnostics.tracking.push_back(
            {point.value("period", 0), point.value("end_day", std::int64_t {0}), numberOf(point, "actual"),
                numberOf(point, "expected")});
    }
    for (const json &group : document.value("conditional_expectations", json::array())) {
        run.diagnostics.conditionalExpectations.push_back({group.value("frequency", 0),
            group.value("open_ended", false), group.value("customers", std::int64_t {0}),
            numberOf(group, "actual"), numberOf(group, "expected")});
    }
    const json grid = document.value("alive_grid", json::object());
    run.diagnostics.aliveGrid.frequencies = numbersOf(grid.value("frequencies", json::array()));
    run.diagnostics.aliveGrid.recencies = numbersOf(grid.value("recencies", json::array()));
    run.diagnostics.aliveGrid.age = numberOf(grid, "age");
    run.diagnostics.aliveGrid.probability = numbersOf(grid.value("probability", json::array()));
    run.diagnostics.dataWarnings = stringsOf(document.value("data_warnings", json::array()));
    run.warnings = stringsOf(document.value("warnings", json::array()));
    return run;
}

} // namespace segmenta::engine
