// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// segmenta-cli clv: lifetime-value models, CLV ranges, tiers, the at-risk list and the diagnostics.
#include "CliSupport.h"
#include "Commands.h"

#include "Session.h"
#include "import/DateParsing.h"
#include "import/ValueParsing.h"

#include <cmath>
#include <iostream>
#include <optional>

namespace segmenta::cli {

namespace {

using namespace segmenta::engine;

/// A number, or null when it is not finite.
void writeNumber(JsonWriter &out, double value)
{
    std::isfinite(value) ? out.value(value) : out.null();
}

void writeParameters(JsonWriter &out, const std::vector<ModelParameter> &parameters)
{
    out.beginObject();
    for (const ModelParameter &parameter : parameters) {
        out.key(parameter.name).beginObject();
        out.key("value").value(parameter.value);
        out.key("standard_error");
        std::isfinite(parameter.standardError) ? out.value(parameter.standardError) : out.null();
        out.endObject();
    }
    out.endObject();
}

/// The keys issue 8 added: ranges, tiers, at-risk list, diagnostics and data warnings.
void writeInsights(JsonWriter &out, const LifetimeValueReport &r, const LifetimeValueParams &params)
{
    out.key("clv_range").beginObject();
    out.key("available").value(r.range.isAvailable);
    out.key("draws").value(r.range.drawCount);
    out.key("seed").value(r.range.seed);
    out.key("lower_quantile").value(0.05);
    out.key("upper_quantile").value(0.95);
    out.key("total_low");
    writeNumber(out, r.range.isAvailable ? r.range.totalLow : NAN);
    out.key("total_high");
    writeNumber(out, r.range.isAvailable ? r.range.totalHigh : NAN);
    out.key("median_relative_width");
    writeNumber(out, r.range.isAvailable ? r.range.medianRelativeWidth : NAN);
    out.key("customers_without_range").value(r.range.customersWithoutRange);
    out.endObject();

    out.key("tiers").beginArray();
    for (const LifetimeValueTier &tier : r.tiers) {
        out.beginObject();
        out.key("name").value(tier.name);
        out.key("customers").value(tier.customerCount);
        out.key("minimum_clv");
        writeNumber(out, tier.minimumValue);
        out.key("total_clv");
        writeNumber(out, tier.totalValue);
        out.endObject();
    }
    out.endArray();
    out.key("tier_segmentation");
    r.tierSegmentation.empty() ? out.null() : out.value(r.tierSegmentation);

    out.key("at_risk").beginObject();
    out.key("rule").beginObject();
    out.key("value_share").value(params.atRisk.valueShare);
    out.key("max_alive_probability").value(params.atRisk.maxAliveProbability);
    out.endObject();
    out.key("count").value(r.atRiskCount);
    out.key("customers").beginArray();
    for (const AtRiskCustomer &customer : r.atRisk) {
        out.beginObject();
        out.key("customer_id").value(customer.customerId);
        out.key("past_value");
        writeNumber(out, customer.pastValue);
        out.key("p_alive");
        writeNumber(out, customer.aliveProbability);
        out.key("clv");
        writeNumber(out, customer.lifetimeValue);
        out.key("expected_purchases");
        writeNumber(out, customer.expectedPurchases);
        out.endObject();
    }
    out.endArray();
    out.endObject();

    const LifetimeValueDiagnostics &d = r.diagnostics;
    out.key("diagnostics").beginObject();
    out.key("model_run_id").value(r.modelRunId);
    out.key("tracking").beginArray();
    for (const TrackingPoint &point : d.tracking) {
        out.beginObject();
        out.key("period").value(point.period);
        out.key("end_date").value(isoDate(point.endDay));
        out.key("actual").value(point.actual);
        out.key("expected");
        writeNumber(out, point.expected);
        out.endObject();
    }
    out.endArray();
    out.key("conditional_expectations").beginArray();
    for (const ConditionalExpectation &group : d.conditionalExpectations) {
        out.beginObject();
        out.key("frequency").value(group.frequency);
        out.key("open_ended").value(group.isOpenEnded);
        out.key("customers").value(group.customerCount);
        out.key("actual");
        writeNumber(out, group.actual);
        out.key("expected");
        writeNumber(out, group.expected);
        out.endObject();
    }
    out.endArray();
    out.key("alive_grid").beginObject();
    out.key("age").value(d.aliveGrid.age);
    out.key("frequencies").beginArray();
    for (double f : d.aliveGrid.frequencies) {
        out.value(f);
    }
    out.endArray();
    out.key("recencies").beginArray();
    for (double recency : d.aliveGrid.recencies) {
        out.value(recency);
    }
    out.endArray();
    out.key("probability").beginArray(); // row-major [frequency][recency]
    for (double p : d.aliveGrid.probability) {
        writeNumber(out, p);
    }
    out.endArray();
    out.endObject();
    out.endObject();
    out.key("data_warnings").stringArray(d.dataWarnings);
}

void printInsights(const LifetimeValueReport &r)
{
    std::cout << "CLV tiers:";
    for (const LifetimeValueTier &tier : r.tiers) {
        std::cout << "  " << tier.name << ": " << tier.customerCount << " customers, " << tier.totalValue;
    }
    std::cout << '\n';
    if (!r.tierSegmentation.empty()) {
        std::cout << "Stored the tiers as segmentation '" << r.tierSegmentation << "'\n";
    }
    std::cout << r.atRiskCount
              << " valuable customers are probably gone (top 20 % by past spend, P(alive) < 0.5)";
    std::cout << (r.atRisk.empty() ? "" : ":") << '\n';
    for (const AtRiskCustomer &customer : r.atRisk) {
        std::cout << "  " << customer.customerId << "  past " << customer.pastValue << ", P(alive) "
                  << customer.aliveProbability << ", CLV " << customer.lifetimeValue << '\n';
    }
}

} // namespace

int runClv(const CommandLine &args)
{
    const bool json = args.has("json");
    if (!args.has("project")) {
        return usage("clv needs --project");
    }
    LifetimeValueParams params;
    const std::string model = args.value("model", "bgnbd");
    if (model == "bgnbd") {
        params.model = PurchaseModel::BgNbd;
    } else if (model == "paretonbd") {
        params.model = PurchaseModel::ParetoNbd;
    } else {
        return usage("--model takes bgnbd or paretonbd");
    }
    if (args.has("calibration-end")) {
        const auto day = parseDate(args.value("calibration-end"), DateFormat::Iso);
        if (!day || day->secondOfDay != 0) {
            return usage("--calibration-end takes a date as YYYY-MM-DD");
        }
        params.calibrationEnd = day->day;
    }
    bool ok = true;
    params.horizonMonths = parseInt(args, "horizon-months", params.horizonMonths, ok);
    if (!ok) {
        return usage("--horizon-months takes a whole number");
    }
    if (args.has("discount-rate")) {
        const auto rate = parseReal(args.value("discount-rate"));
        if (!rate) {
            return usage("--discount-rate takes a number such as 0.01 (1 % a month)");
        }
        params.monthlyDiscountRate = *rate;
    }
    params.bootstrapDraws = parseInt(args, "bootstrap", params.bootstrapDraws, ok);
    if (!ok || params.bootstrapDraws < 0) {
        return usage("--bootstrap takes a whole number of parameter draws (0: no CLV ranges)");
    }
    params.seed = parseSeed(args, params.seed, ok);
    if (!ok) {
        return usage("--seed takes a whole number");
    }
    params.atRiskLimit = parseInt(args, "at-risk-limit", params.atRiskLimit, ok);
    if (!ok || params.atRiskLimit < 0) {
        return usage("--at-risk-limit takes a whole number >= 0");
    }
    // The at-risk rule: valuable = in the top share by past value, at risk = valuable with P(alive) below
    // the cut. Both in (0, 1]; the engine checks them again (AtRiskRule's validate).
    const auto shareFlag = [&args](const char *name, double fallback) -> std::optional<double> {
        if (!args.has(name)) {
            return fallback;
        }
        const auto value = parseReal(args.value(name));
        if (!value || !(*value > 0.0 && *value <= 1.0)) {
            return std::nullopt;
        }
        return value;
    };
    const std::optional<double> valueShare = shareFlag("at-risk-value-share", params.atRisk.valueShare);
    if (!valueShare) {
        return usage(
            "--at-risk-value-share takes a share in (0, 1], e.g. 0.2 for the top 20 % by past value");
    }
    params.atRisk.valueShare = *valueShare;
    const std::optional<double> maxAlive = shareFlag("at-risk-max-alive", params.atRisk.maxAliveProbability);
    if (!maxAlive) {
        return usage("--at-risk-max-alive takes a probability in (0, 1], e.g. 0.5");
    }
    params.atRisk.maxAliveProbability = *maxAlive;
    params.storeTiers = args.has("tiers");
    auto session = Session::openProject(args.value("project"));
    if (!session) {
        return fail(session.error(), json);
    }
    TerminalProgress progress;
    auto report = session.value().runLifetimeValue(params, progress);
    if (!report) {
        return fail(report.error(), json);
    }
    const LifetimeValueReport &r = report.value();
    if (json) {
        JsonWriter out;
        out.beginObject();
        out.key("model").value(r.model);
        out.key("time_unit").value("weeks");
        out.key("purchase_parameters");
        writeParameters(out, r.purchaseParameters);
        out.key("purchase_log_likelihood").value(r.purchaseLogLikelihood);
        out.key("purchase_converged").value(r.purchaseConverged);
        out.key("spend_parameters");
        writeParameters(out, r.spendParameters);
        out.key("spend_log_likelihood").value(r.spendLogLikelihood);
        out.key("spend_converged").value(r.spendConverged);
        out.key("frequency_spend_correlation").value(r.frequencySpendCorrelation);
        out.key("customers").value(r.customerCount);
        out.key("repeat_buyers").value(r.repeatBuyerCount);
        out.key("calibration_end").value(isoDate(r.calibrationEnd));
        out.key("observation_end").value(isoDate(r.observationEnd));
        out.key("holdout_actual").value(r.holdoutActual);
        out.key("holdout_expected").value(r.holdoutExpected);
        out.key("total_clv").value(r.totalLifetimeValue);
        out.key("warnings").beginArray();
        for (const std::string &warning : r.warnings) {
            out.value(warning);
        }
        out.endArray();
        out.key("columns");
        writeColumns(out, r.columns);
        writeInsights(out, r, params);
        out.endObject();
        std::cout << out.text() << '\n';
        return ExitDone;
    }
    std::cout << (r.model == "bgnbd" ? "BG/NBD" : "Pareto/NBD") << " on " << r.customerCount << " customers ("
              << r.repeatBuyerCount << " repeat buyers), weeks, calibration to " << isoDate(r.calibrationEnd)
              << ":\n ";
    for (const ModelParameter &parameter : r.purchaseParameters) {
        std::cout << " " << parameter.name << " = " << parameter.value << " (se " << parameter.standardError
                  << ")";
    }
    std::cout << "\n  log-likelihood " << r.purchaseLogLikelihood
              << (r.purchaseConverged ? "" : " (not converged)") << "\nGamma-Gamma:\n ";
    for (const ModelParameter &parameter : r.spendParameters) {
        std::cout << " " << parameter.name << " = " << parameter.value << " (se " << parameter.standardError
                  << ")";
    }
    std::cout << "\n  frequency-spend correlation " << r.frequencySpendCorrelation << '\n';
    if (r.observationEnd > r.calibrationEnd) {
        std::cout << "Holdout to " << isoDate(r.observationEnd) << ": " << r.holdoutActual
                  << " purchases, model expected " << r.holdoutExpected << '\n';
    }
    std::cout << "Total CLV over " << params.horizonMonths << " months: " << r.totalLifetimeValue;
    if (r.range.isAvailable) {
        std::cout << " (5-95 % range " << r.range.totalLow << " to " << r.range.totalHigh << ", "
                  << r.range.drawCount << " parameter draws)";
    }
    std::cout << '\n';
    printInsights(r);
    for (const std::string &warning : r.warnings) {
        std::cout << "Warning: " << warning << '\n';
    }
    std::cout << "Stored columns:";
    for (const ColumnInfo &column : r.columns) {
        std::cout << " '" << column.name << "'";
    }
    std::cout << '\n';
    return ExitDone;
}

} // namespace segmenta::cli
