// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "value/LifetimeValueRun.h"

#include "store/Database.h"
#include "store/ModelRunStore.h"
#include "store/ProjectStore.h"
#include "store/TransactionStore.h"
#include "value/BgNbd.h"
#include "value/ClvBootstrap.h"
#include "value/ClvDiagnostics.h"
#include "value/CustomerLifetimeValue.h"
#include "value/GammaGamma.h"
#include "value/LifetimeValueRunJson.h"
#include "value/ParetoNbd.h"
#include "value/RepeatPurchaseSummary.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <type_traits>

namespace segmenta::engine {

namespace {

constexpr double daysPerWeek = 7.0;
constexpr double daysPerMonth = 30.0; // as CustomerLifetimeValueParams' default month

/// What both purchase models give the run.
struct PurchasePredictions
{
    ExpectedPurchases expected;
    /// customerLifetimeValue() with this purchase model (the BG/NBD's own overload for the BG/NBD, the
    /// one its bootstrap uses too).
    std::function<Result<Vector>(
        const GammaGammaModel &, const RepeatPurchaseData &, const CustomerLifetimeValueParams &)>
        lifetimeValue;
    std::function<double(double x, double tx, double T)> alive;
    std::vector<ModelParameter> parameters;
    double logLikelihood = 0.0;
    bool converged = false;
    std::int64_t repeatBuyers = 0;
    std::vector<std::string> warnings;
    /// bootstrapLifetimeValue() with this purchase model.
    std::function<Result<ClvBootstrapResult>(const GammaGammaModel &, const RepeatPurchaseData &,
        const CustomerLifetimeValueParams &, const ClvBootstrapParams &, Progress &)>
        bootstrap;
};

/// What both models share: predictions as functions, the fit's figures and its warnings.
template<typename Model>
PurchasePredictions predictionsOf(const Model &m, std::vector<ModelParameter> parameters)
{
    PurchasePredictions predictions;
    predictions.expected
        = [m](double t, double x, double tx, double T) { return m.expectedPurchases(t, x, tx, T); };
    predictions.alive = [m](double x, double tx, double T) { return m.probabilityAlive(x, tx, T); };
    predictions.lifetimeValue
        = [m, expected = predictions.expected](const GammaGammaModel &spend, const RepeatPurchaseData &data,
              const CustomerLifetimeValueParams &params) {
              if constexpr (std::is_same_v<Model, BgNbdModel>) {
                  return customerLifetimeValue(m, spend, data, params);
              } else {
                  return customerLifetimeValue(expected, m.timeUnit, spend, data, params);
              }
          };
    predictions.parameters = std::move(parameters);
    predictions.logLikelihood = m.logLikelihood;
    predictions.converged = m.converged;
    predictions.repeatBuyers = m.repeatBuyerCount;
    predictions.warnings = m.warnings;
    predictions.bootstrap = [m](const GammaGammaModel &spend, const RepeatPurchaseData &data,
                                const CustomerLifetimeValueParams &valueParams,
                                const ClvBootstrapParams &params, Progress &progress) {
        return bootstrapLifetimeValue(m, spend, data, valueParams, params, progress);
    };
    return predictions;
}

Result<PurchasePredictions> fitPurchaseModel(
    PurchaseModel model, const RepeatPurchaseData &data, Progress &progress)
{
    if (model == PurchaseModel::BgNbd) {
        auto fit = fitBgNbd(data, BgNbdParams {}, progress);
        if (!fit) {
            return fit.error();
        }
        const BgNbdModel &m = fit.value();
        return predictionsOf(m,
            {{"r", m.r, m.standardErrors.r}, {"alpha", m.alpha, m.standardErrors.alpha},
                {"a", m.a, m.standardErrors.a}, {"b", m.b, m.standardErrors.b}});
    }
    auto fit = fitParetoNbd(data, ParetoNbdParams {}, progress);
    if (!fit) {
        return fit.error();
    }
    const ParetoNbdModel &m = fit.value();
    return predictionsOf(m,
        {{"r", m.r, m.standardErrors.r}, {"alpha", m.alpha, m.standardErrors.alpha},
            {"s", m.s, m.standardErrors.s}, {"beta", m.beta, m.standardErrors.beta}});
}

/// Stores the CLV tiers as a segmentation of method "clv-tiers": members are the customers with a CLV,
/// segment 0 the top tier. Its map puts each customer at (log(1 + CLV), P(alive)) — value across, how
/// likely the customer is still active up — so the tiers read as bands from left to right. Returns the
/// name: "CLV tiers (H months)", with " 2", " 3", … when that name is taken.
std::string saveTierSegmentation(store::Database &database, const std::string &lifetimeValueName,
    const LifetimeValueParams &params, const std::vector<int> &tiers,
    const std::vector<std::int64_t> &customerRow, const std::vector<double> &values,
    const std::vector<double> &alive, const std::vector<LifetimeValueTier> &summary)
{
    store::ProjectStore project(database);
    store::ProjectStore::NewSegmentation saved;
    const std::string base = "CLV tiers (" + std::to_string(params.horizonMonths) + " months)";
    saved.info.name = base;
    for (int n = 2; project.findSegmentation(saved.info.name); ++n) {
        saved.info.name = base + " " + std::to_string(n);
    }
    saved.info.method = "clv-tiers";
    saved.info.segmentCount = clvTierCount;
    saved.info.columns = {lifetimeValueName, "P(alive)"};
    saved.info.logColumns = {lifetimeValueName};
    saved.info.seed = params.seed;
    saved.info.converged = true;
    saved.scaling = "none; map: log1p(" + lifetimeValueName + ") x P(alive)";
    std::vector<double> aliveSum(clvTierCount, 0.0);
    for (std::size_t i = 0; i < tiers.size(); ++i) {
        if (tiers[i] < 0) {
            continue;
        }
        saved.memberRows.push_back(customerRow[i]);
        saved.memberSegments.push_back(tiers[i]);
        saved.mapX.push_back(std::copysign(std::log1p(std::abs(values[i])), values[i]));
        saved.mapY.push_back(alive[i]);
        aliveSum[static_cast<std::size_t>(tiers[i])] += alive[i];
    }
    // Members in customer order, as runSegmentation stores them.
    std::vector<std::size_t> order(saved.memberRows.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        order[k] = k;
    }
    std::sort(order.begin(), order.end(), [&](std::size_t left, std::size_t right) {
        return saved.memberRows[left] < saved.memberRows[right];
    });
    const auto permute = [&order](auto &items) {
        auto copy = items;
        for (std::size_t k = 0; k < order.size(); ++k) {
            items[k] = copy[order[k]];
        }
    };
    permute(saved.memberRows);
    permute(saved.memberSegments);
    permute(saved.mapX);
    permute(saved.mapY);
    saved.info.memberCount = static_cast<std::int64_t>(saved.memberRows.size());
    for (int t = 0; t < clvTierCount; ++t) {
        const LifetimeValueTier &tier = summary[static_cast<std::size_t>(t)];
        SegmentInfo segment;
        segment.index = t;
        segment.name = tier.name;
        segment.size = tier.customerCount;
        segment.share = saved.info.memberCount > 0
            ? static_cast<double>(tier.customerCount) / static_cast<double>(saved.info.memberCount)
            : 0.0;
        const double size = static_cast<double>(std::max<std::int64_t>(tier.customerCount, 1));
        segment.centroid = {tier.totalValue / size, aliveSum[static_cast<std::size_t>(t)] / size};
        saved.segments.push_back(std::move(segment));
    }
    saved.explainedVarianceRatio = {0.0, 0.0}; // the axes are the two criteria themselves, not components
    return project.saveSegmentation(saved).name;
}

} // namespace

Result<LifetimeValueReport> runLifetimeValueModels(store::Database &database, const std::string &projectPath,
    const LifetimeValueParams &params, Progress &progress)
{
    CustomerLifetimeValueParams valueParams;
    valueParams.horizonMonths = params.horizonMonths;
    valueParams.monthlyDiscountRate = params.monthlyDiscountRate;
    if (std::vector<Error> errors = validate(valueParams); !errors.empty()) {
        return std::move(errors.front());
    }
    ClvBootstrapParams bootstrapParams;
    bootstrapParams.drawCount = params.bootstrapDraws;
    bootstrapParams.seed = params.seed;
    if (params.bootstrapDraws != 0) {
        if (std::vector<Error> errors = validate(bootstrapParams); !errors.empty()) {
            return std::move(errors.front());
        }
    }
    if (std::vector<Error> errors = validate(params.atRisk); !errors.empty()) {
        return std::move(errors.front());
    }
    if (params.atRiskLimit < 0) {
        return makeError(
            ErrorCode::InvalidParameter, {"atRiskLimit", std::to_string(params.atRiskLimit), ">= 0"});
    }
    store::TransactionStore transactions(database);
    const std::vector<Transaction> purchases = transactions.purchases();
    if (purchases.empty()) {
        return makeError(ErrorCode::NoTransactions, {projectPath});
    }
    progress.setStage("clv.summary");
    RepeatPurchaseSummaryParams summaryParams;
    summaryParams.calibrationEnd = params.calibrationEnd;
    auto summary = summariseRepeatPurchases(purchases, summaryParams);
    if (!summary) {
        return summary.error();
    }
    const RepeatPurchaseData &data = summary.value();
    constexpr double missing = std::numeric_limits<double>::quiet_NaN();

    LifetimeValueReport report;
    report.model = params.model == PurchaseModel::BgNbd ? "bgnbd" : "paretonbd";
    auto purchaseModel = fitPurchaseModel(params.model, data, progress);
    if (!purchaseModel) {
        return purchaseModel.error();
    }
    const PurchasePredictions &predict = purchaseModel.value();
    auto spend = fitGammaGamma(data, GammaGammaParams {}, progress);
    if (!spend) {
        return spend.error();
    }
    const GammaGammaModel &spendModel = spend.value();
    auto lifetimeValue = predict.lifetimeValue(spendModel, data, valueParams);
    if (!lifetimeValue) {
        return lifetimeValue.error();
    }

    report.purchaseParameters = predict.parameters;
    report.purchaseLogLikelihood = predict.logLikelihood;
    report.purchaseConverged = predict.converged;
    report.spendParameters
        = {{"p", spendModel.p, spendModel.standardErrors.p}, {"q", spendModel.q, spendModel.standardErrors.q},
            {"gamma", spendModel.gamma, spendModel.standardErrors.gamma}};
    report.spendLogLikelihood = spendModel.logLikelihood;
    report.spendConverged = spendModel.converged;
    report.frequencySpendCorrelation = spendModel.frequencySpendCorrelation;
    report.customerCount = static_cast<std::int64_t>(data.frequency.size());
    report.repeatBuyerCount = predict.repeatBuyers;
    report.calibrationEnd = data.calibrationEnd;
    report.observationEnd = data.observationEnd;
    report.warnings = predict.warnings;
    report.warnings.insert(report.warnings.end(), spendModel.warnings.begin(), spendModel.warnings.end());

    const auto n = static_cast<std::size_t>(data.frequency.size());
    const Vector &value = lifetimeValue.value();
    const double horizonUnits = params.horizonMonths * daysPerMonth / daysPerWeek;
    const double holdoutUnits = static_cast<double>(data.observationEnd - data.calibrationEnd) / daysPerWeek;
    std::vector<double> alive(n);
    std::vector<double> expectedPurchases(n);
    std::vector<double> orderValue(n);
    std::vector<double> pastValue(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto index = static_cast<Eigen::Index>(i);
        const double x = data.frequency(index);
        const double tx = data.recency(index);
        const double T = data.age(index);
        alive[i] = predict.alive(x, tx, T);
        expectedPurchases[i] = predict.expected(horizonUnits, x, tx, T);
        orderValue[i] = spendModel.conditionalExpectedAverageProfit(x, data.meanRepeatSpend(index));
        pastValue[i] = x * data.meanRepeatSpend(index);
        if (std::isfinite(value(index))) {
            report.totalLifetimeValue += value(index);
        }
        if (holdoutUnits > 0.0) {
            report.holdoutActual += data.holdoutFrequency(index);
            report.holdoutExpected += predict.expected(holdoutUnits, x, tx, T);
        }
    }
    if (progress.isCancelRequested()) {
        return makeError(ErrorCode::Cancelled);
    }

    // Ranges: a parametric bootstrap of every customer's CLV.
    std::optional<ClvBootstrapResult> ranges;
    report.range.seed = params.seed;
    if (params.bootstrapDraws > 0) {
        auto drawn = predict.bootstrap(spendModel, data, valueParams, bootstrapParams, progress);
        if (!drawn) {
            return drawn.error();
        }
        ranges = std::move(drawn).value();
        report.range.isAvailable = ranges->isAvailable;
        report.range.drawCount = ranges->drawCount;
        report.range.customersWithoutRange = ranges->customersWithoutRange;
        report.warnings.insert(report.warnings.end(), ranges->warnings.begin(), ranges->warnings.end());
        if (ranges->isAvailable) {
            const std::vector<double> totals(ranges->drawTotals.begin(), ranges->drawTotals.end());
            report.range.totalLow = linearQuantile(totals, bootstrapParams.lowerQuantile);
            report.range.totalHigh = linearQuantile(totals, bootstrapParams.upperQuantile);
            std::vector<double> widths;
            for (std::size_t i = 0; i < n; ++i) {
                const auto index = static_cast<Eigen::Index>(i);
                if (value(index) > 0.0 && std::isfinite(ranges->low(index))) {
                    widths.push_back((ranges->high(index) - ranges->low(index)) / value(index));
                }
            }
            report.range.medianRelativeWidth = linearQuantile(widths, 0.5);
        }
    }

    // Tiers and the at-risk list.
    const std::vector<double> values(value.begin(), value.end());
    const std::vector<int> tiers = clvTiers(values);
    for (int t = 0; t < clvTierCount; ++t) {
        report.tiers.push_back({clvTierName(static_cast<ClvTier>(t)), 0, missing, 0.0});
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (tiers[i] < 0) {
            continue;
        }
        LifetimeValueTier &tier = report.tiers[static_cast<std::size_t>(tiers[i])];
        ++tier.customerCount;
        tier.totalValue += values[i];
        tier.minimumValue
            = std::isnan(tier.minimumValue) ? values[i] : std::min(tier.minimumValue, values[i]);
    }
    const std::vector<std::size_t> atRisk = atRiskCustomers(pastValue, alive, params.atRisk);
    report.atRiskCount = static_cast<std::int64_t>(atRisk.size());
    for (std::size_t k = 0; k < atRisk.size() && k < static_cast<std::size_t>(params.atRiskLimit); ++k) {
        const std::size_t i = atRisk[k];
        report.atRisk.push_back(
            {data.customerKeys[i], pastValue[i], alive[i], values[i], expectedPurchases[i]});
    }

    // Diagnostics, stored with the run so the app can draw them without refitting.
    progress.setStage("clv.diagnostics");
    report.diagnostics.tracking = trackRepeatPurchases(purchases, data, predict.expected);
    report.diagnostics.conditionalExpectations = conditionalExpectations(data, predict.expected);
    report.diagnostics.aliveGrid = aliveGrid(data, predict.alive);
    report.diagnostics.dataWarnings = dataSufficiencyWarnings(data);
    report.warnings.insert(report.warnings.end(), report.diagnostics.dataWarnings.begin(),
        report.diagnostics.dataWarnings.end());

    // Per customer row: the model's predictions; customers the models did not see stay missing.
    const std::unordered_map<std::string, std::int64_t> rows = transactions.customerRows();
    const auto customerCount = rows.size();
    const std::string horizon = std::to_string(params.horizonMonths) + " months";
    const std::string lifetimeValueName = "CLV (" + horizon + ")";
    std::vector<DerivedColumn> columns {
        {"P(alive)", CriteriaFamily::Value, ColumnType::Real, std::vector<double>(customerCount, missing)},
        {"Expected purchases (" + horizon + ")", CriteriaFamily::Value, ColumnType::Real,
            std::vector<double>(customerCount, missing)},
        {"Expected order value", CriteriaFamily::Value, ColumnType::Real,
            std::vector<double>(customerCount, missing)},
        {lifetimeValueName, CriteriaFamily::Value, ColumnType::Real,
            std::vector<double>(customerCount, missing)},
    };
    if (ranges && ranges->isAvailable) {
        columns.push_back({"CLV low (5%)", CriteriaFamily::Value, ColumnType::Real,
            std::vector<double>(customerCount, missing)});
        columns.push_back({"CLV high (95%)", CriteriaFamily::Value, ColumnType::Real,
            std::vector<double>(customerCount, missing)});
    }
    std::vector<std::int64_t> customerRow(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto index = static_cast<Eigen::Index>(i);
        customerRow[i] = rows.at(data.customerKeys[i]) - 1;
        const auto row = static_cast<std::size_t>(customerRow[i]);
        columns[0].values[row] = alive[i];
        columns[1].values[row] = expectedPurchases[i];
        columns[2].values[row] = orderValue[i];
        columns[3].values[row] = values[i];
        if (columns.size() > 4) {
            columns[4].values[row] = ranges->low(index);
            columns[5].values[row] = ranges->high(index);
        }
    }
    for (DerivedColumn &column : columns) { // a model value that does not exist is missing, not NaN text
        for (double &cell : column.values) {
            cell = std::isfinite(cell) ? cell : missing;
        }
    }
    if (progress.isCancelRequested()) {
        return makeError(ErrorCode::Cancelled);
    }
    progress.setStage("clv.write");
    store::Transaction transaction(database);
    // Only lifetime value's own columns (any horizon, with or without ranges) are replaced: RFM scores
    // are "model" columns too and must survive a new CLV run.
    const auto ownedByLifetimeValue = [](const std::string &name) {
        const auto startsWith = [&](std::string_view prefix) { return name.rfind(prefix, 0) == 0; };
        return name == "P(alive)" || name == "Expected order value" || startsWith("Expected purchases (")
            || startsWith("CLV (") || startsWith("CLV low (") || startsWith("CLV high (");
    };
    report.columns = store::replaceCustomerColumnsOwnedBy(database, "model", ownedByLifetimeValue, columns);
    if (params.storeTiers) {
        report.tierSegmentation = saveTierSegmentation(
            database, lifetimeValueName, params, tiers, customerRow, values, alive, report.tiers);
    }
    store::ModelRunStore modelRuns(database);
    report.modelRunId = modelRuns.save(
        lifetimeValueRunKind, lifetimeValueParametersJson(params), lifetimeValueResultsJson(report));
    if (progress.isCancelRequested()) {
        return makeError(ErrorCode::Cancelled); // rolled back
    }
    transaction.commit();
    progress.setFraction(1.0);
    return report;
}

} // namespace segmenta::engine
