// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "value/LifetimeValueRun.h"

#include "store/Database.h"
#include "store/TransactionStore.h"
#include "value/BgNbd.h"
#include "value/CustomerLifetimeValue.h"
#include "value/GammaGamma.h"
#include "value/ParetoNbd.h"
#include "value/RepeatPurchaseSummary.h"

#include <cmath>
#include <limits>

namespace segmenta::engine {

namespace {

constexpr double daysPerWeek = 7.0;
constexpr double daysPerMonth = 30.0; // as CustomerLifetimeValueParams' default month

/// What both purchase models give the run.
struct PurchasePredictions
{
    ExpectedPurchases expected;
    std::function<double(double x, double tx, double T)> alive;
    std::vector<ModelParameter> parameters;
    double logLikelihood = 0.0;
    bool converged = false;
    std::int64_t repeatBuyers = 0;
    std::vector<std::string> warnings;
};

/// What both models share: predictions as functions, the fit's figures and its warnings.
template<typename Model>
PurchasePredictions predictionsOf(const Model &m, std::vector<ModelParameter> parameters)
{
    PurchasePredictions predictions;
    predictions.expected
        = [m](double t, double x, double tx, double T) { return m.expectedPurchases(t, x, tx, T); };
    predictions.alive = [m](double x, double tx, double T) { return m.probabilityAlive(x, tx, T); };
    predictions.parameters = std::move(parameters);
    predictions.logLikelihood = m.logLikelihood;
    predictions.converged = m.converged;
    predictions.repeatBuyers = m.repeatBuyerCount;
    predictions.warnings = m.warnings;
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
    auto lifetimeValue
        = customerLifetimeValue(predict.expected, data.timeUnit, spendModel, data, valueParams);
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

    // Per customer row: the model's predictions; customers the models did not see stay missing.
    const std::unordered_map<std::string, std::int64_t> rows = transactions.customerRows();
    const auto customerCount = rows.size();
    constexpr double missing = std::numeric_limits<double>::quiet_NaN();
    const std::string horizon = std::to_string(params.horizonMonths) + " months";
    std::vector<DerivedColumn> columns {
        {"P(alive)", CriteriaFamily::Value, ColumnType::Real, std::vector<double>(customerCount, missing)},
        {"Expected purchases (" + horizon + ")", CriteriaFamily::Value, ColumnType::Real,
            std::vector<double>(customerCount, missing)},
        {"Expected order value", CriteriaFamily::Value, ColumnType::Real,
            std::vector<double>(customerCount, missing)},
        {"CLV (" + horizon + ")", CriteriaFamily::Value, ColumnType::Real,
            std::vector<double>(customerCount, missing)},
    };
    const double horizonUnits = params.horizonMonths * daysPerMonth / daysPerWeek;
    const double holdoutUnits = static_cast<double>(data.observationEnd - data.calibrationEnd) / daysPerWeek;
    for (std::size_t i = 0; i < data.customerKeys.size(); ++i) {
        const auto index = static_cast<Eigen::Index>(i);
        const double x = data.frequency(index);
        const double tx = data.recency(index);
        const double T = data.age(index);
        const auto row = static_cast<std::size_t>(rows.at(data.customerKeys[i]) - 1);
        columns[0].values[row] = predict.alive(x, tx, T);
        columns[1].values[row] = predict.expected(horizonUnits, x, tx, T);
        columns[2].values[row] = spendModel.conditionalExpectedAverageProfit(x, data.meanRepeatSpend(index));
        columns[3].values[row] = lifetimeValue.value()(index);
        if (std::isfinite(columns[3].values[row])) {
            report.totalLifetimeValue += columns[3].values[row];
        }
        if (holdoutUnits > 0.0) {
            report.holdoutActual += data.holdoutFrequency(index);
            report.holdoutExpected += predict.expected(holdoutUnits, x, tx, T);
        }
    }
    for (DerivedColumn &column : columns) { // a model value that does not exist is missing, not NaN text
        for (double &value : column.values) {
            value = std::isfinite(value) ? value : missing;
        }
    }
    if (progress.isCancelRequested()) {
        return makeError(ErrorCode::Cancelled);
    }
    progress.setStage("clv.write");
    store::Transaction transaction(database);
    report.columns = store::replaceCustomerColumns(database, "model", columns);
    transaction.commit();
    progress.setFraction(1.0);
    return report;
}

} // namespace segmenta::engine
