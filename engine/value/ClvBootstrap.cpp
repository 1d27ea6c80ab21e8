// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "value/ClvBootstrap.h"

#include "projection/detail/ParallelFor.h"
#include "value/detail/BgNbdKernels.h"
#include "value/detail/BuyTillYouDie.h"
#include "value/detail/DiscountedValue.h"

#include <Eigen/Cholesky>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <numbers>
#include <optional>
#include <random>
#include <thread>

namespace segmenta::engine {

namespace {

constexpr int kMinDraws = 10;
constexpr int kMaxDraws = 100000;
// Customers per parallel block: big enough that handing out blocks costs nothing, small enough that a
// cancel is seen within a fraction of a second even with long horizons.
constexpr Eigen::Index kBlockSize = 64;
// The spend model's draws come from a second generator seeded with seed ^ this, so that adding draws to
// one model never shifts the other's.
constexpr std::uint64_t kSpendStream = 0x9e37'79b9'7f4a'7c15ULL;

/// Standard normal draws from uniforms only (the std:: distributions differ between standard
/// libraries; std::mt19937_64 does not), so the ranges are the same on every platform.
class NormalSampler
{
public:
    explicit NormalSampler(std::uint64_t seed)
        : m_generator(seed)
    { }

    double normal()
    {
        const double u1 = uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }

private:
    double uniform() { return (static_cast<double>(m_generator() >> 11U) + 0.5) / 0x1p53; }
    std::mt19937_64 m_generator;
};

/// count parameter vectors (rows, natural scale) from log theta ~ N(logEstimate, logCovariance); empty
/// when the covariance is missing or not positive definite.
std::optional<Matrix> drawParameters(
    const Vector &logEstimate, const Matrix &logCovariance, int count, std::uint64_t seed)
{
    const Eigen::Index n = logEstimate.size();
    if (logCovariance.rows() != n || logCovariance.cols() != n || !logCovariance.allFinite()) {
        return std::nullopt;
    }
    const Eigen::LLT<Eigen::MatrixXd> cholesky {Eigen::MatrixXd(logCovariance)};
    if (cholesky.info() != Eigen::Success) {
        return std::nullopt;
    }
    const Eigen::MatrixXd lower = cholesky.matrixL();
    NormalSampler sampler(seed);
    Matrix draws(count, n);
    Vector z(n);
    for (int d = 0; d < count; ++d) {
        for (Eigen::Index j = 0; j < n; ++j) {
            z(j) = sampler.normal();
        }
        draws.row(d) = (logEstimate + lower * z).array().exp().transpose();
    }
    return draws;
}

/// Quantile q of sorted[0..n) by linear interpolation between order statistics (numpy's default).
double sortedQuantile(const std::vector<double> &sorted, std::size_t n, double q)
{
    const double h = static_cast<double>(n - 1) * q;
    const auto below = static_cast<std::size_t>(std::floor(h));
    const std::size_t above = std::min(below + 1, n - 1);
    return sorted[below] + (h - static_cast<double>(below)) * (sorted[above] - sorted[below]);
}

const char *unitName(TimeUnit unit)
{
    return unit == TimeUnit::Weeks ? "weeks" : "days";
}

std::optional<Error> checkInputs(TimeUnit modelUnit, const RepeatPurchaseData &data,
    const CustomerLifetimeValueParams &valueParams, const ClvBootstrapParams &params)
{
    for (std::vector<Error> errors : {validate(params), validate(valueParams), validate(data)}) {
        if (!errors.empty()) {
            return std::move(errors.front());
        }
    }
    if (data.meanRepeatSpend.size() != data.frequency.size()) {
        return makeError(ErrorCode::InvalidParameter,
            {"meanRepeatSpend length", std::to_string(data.meanRepeatSpend.size()),
                "the length of frequency"});
    }
    if (data.timeUnit != modelUnit) {
        return makeError(ErrorCode::InvalidParameter,
            {"timeUnit", unitName(data.timeUnit),
                std::string("the unit the model was fitted in (") + unitName(modelUnit) + ")"});
    }
    return std::nullopt;
}

/// One customer's CLV under one draw, exactly as customerLifetimeValue() computes the point estimate.
/// The BG/NBD has its own kernel (P(alive) once, series coefficients shared by the months); other models
/// go through discountedValue() over their expectedPurchases.
double valueOf(const BgNbdModel &model, double x, double tx, double T, double averageSpend, double month,
    const std::vector<double> &discounts, detail::BgNbdValueScratch &scratch)
{
    return detail::bgNbdDiscountedValue(model, x, tx, T, averageSpend, month, discounts, scratch);
}

template<typename PurchaseModel>
double valueOf(const PurchaseModel &model, double x, double tx, double T, double averageSpend, double month,
    const std::vector<double> &discounts, detail::BgNbdValueScratch & /*scratch*/)
{
    return detail::discountedValue(
        [&](double t) { return model.expectedPurchases(t, x, tx, T); }, averageSpend, month, discounts);
}

/// The work of both public functions. `withParameters(row)` makes the purchase model of one draw.
template<typename PurchaseModel, typename WithParameters>
Result<ClvBootstrapResult> bootstrap(const PurchaseModel &purchases, const Vector &purchaseEstimate,
    const WithParameters &withParameters, const GammaGammaModel &spend, const RepeatPurchaseData &data,
    const CustomerLifetimeValueParams &valueParams, const ClvBootstrapParams &params, Progress &progress)
{
    if (std::optional<Error> error = checkInputs(purchases.timeUnit, data, valueParams, params)) {
        return std::move(*error);
    }
    progress.setStage("clv.bootstrap");
    progress.setFraction(0.0);
    const Eigen::Index customers = data.frequency.size();
    ClvBootstrapResult result;
    result.drawCount = params.drawCount;
    result.low = Vector::Constant(customers, std::numeric_limits<double>::quiet_NaN());
    result.high = result.low;

    const Vector spendEstimate = Eigen::Vector3d(spend.p, spend.q, spend.gamma);
    const std::optional<Matrix> purchaseDraws = drawParameters(
        purchaseEstimate.array().log(), purchases.logCovariance, params.drawCount, params.seed);
    const std::optional<Matrix> spendDraws = drawParameters(
        spendEstimate.array().log(), spend.logCovariance, params.drawCount, params.seed ^ kSpendStream);
    if (!purchaseDraws || !spendDraws) {
        result.warnings.emplace_back(std::string("no CLV ranges: the ")
            + (purchaseDraws ? "spend" : "purchase")
            + " model's likelihood is too flat around its estimate (its Hessian is not positive "
              "definite), so these data do not say how uncertain the parameters are");
        progress.setFraction(1.0);
        return result;
    }
    result.isAvailable = true;

    std::vector<PurchaseModel> purchaseModels;
    std::vector<GammaGammaModel> spendModels;
    purchaseModels.reserve(static_cast<std::size_t>(params.drawCount));
    spendModels.reserve(static_cast<std::size_t>(params.drawCount));
    for (int d = 0; d < params.drawCount; ++d) {
        purchaseModels.push_back(withParameters(purchaseDraws->row(d)));
        GammaGammaModel drawn = spend;
        drawn.p = (*spendDraws)(d, 0);
        drawn.q = (*spendDraws)(d, 1);
        drawn.gamma = (*spendDraws)(d, 2);
        spendModels.push_back(std::move(drawn));
    }

    const double month = detail::monthLength(valueParams.monthLength, data.timeUnit);
    const std::vector<double> discounts
        = detail::monthlyDiscountFactors(valueParams.horizonMonths, valueParams.monthlyDiscountRate);
    const auto draws = static_cast<std::size_t>(params.drawCount);
    // Per block, per draw, the block's CLV total; added up in block order afterwards, so the totals do
    // not depend on which thread finished first.
    const Eigen::Index blockCount = (customers + kBlockSize - 1) / kBlockSize;
    Matrix blockTotals = Matrix::Zero(blockCount, params.drawCount);
    std::atomic<bool> cancelled {false};
    std::atomic<Eigen::Index> done {0};
    std::atomic<std::int64_t> withoutRange {0};
    const std::thread::id caller = std::this_thread::get_id();
    detail::parallelFor(customers, kBlockSize, detail::resolveThreadCount(params.threadCount),
        [&](Eigen::Index begin, Eigen::Index end) {
            if (cancelled.load(std::memory_order_relaxed)) {
                return;
            }
            std::vector<double> values(draws);
            detail::BgNbdValueScratch scratch;
            auto totals = blockTotals.row(begin / kBlockSize);
            for (Eigen::Index i = begin; i < end; ++i) {
                const double x = data.frequency(i);
                const double tx = data.recency(i);
                const double T = data.age(i);
                const double zbar = data.meanRepeatSpend(i);
                std::size_t finite = 0;
                for (std::size_t d = 0; d < draws; ++d) {
                    const double value = valueOf(purchaseModels[d], x, tx, T,
                        spendModels[d].conditionalExpectedAverageProfit(x, zbar), month, discounts, scratch);
                    if (std::isfinite(value)) {
                        values[finite++] = value;
                        totals(static_cast<Eigen::Index>(d)) += value;
                    }
                }
                if (2 * finite < draws) {
                    withoutRange.fetch_add(1, std::memory_order_relaxed);
                    continue;
                }
                std::sort(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(finite));
                result.low(i) = sortedQuantile(values, finite, params.lowerQuantile);
                result.high(i) = sortedQuantile(values, finite, params.upperQuantile);
            }
            const Eigen::Index total = done.fetch_add(end - begin) + (end - begin);
            if (std::this_thread::get_id() == caller) {
                progress.setFraction(static_cast<double>(total) / static_cast<double>(customers));
                if (progress.isCancelRequested()) {
                    cancelled = true;
                }
            }
        });
    if (cancelled || progress.isCancelRequested()) {
        return makeError(ErrorCode::Cancelled);
    }
    result.drawTotals = Vector::Zero(params.drawCount);
    for (Eigen::Index block = 0; block < blockCount; ++block) {
        result.drawTotals += blockTotals.row(block).transpose();
    }
    result.customersWithoutRange = withoutRange.load();
    if (result.customersWithoutRange > 0) {
        result.warnings.push_back(std::to_string(result.customersWithoutRange)
            + " customers have no CLV range: in most parameter draws their expected purchases or spend "
              "has no finite value");
    }
    progress.setFraction(1.0);
    return result;
}

} // namespace

double linearQuantile(std::vector<double> values, double q)
{
    values.erase(
        std::remove_if(values.begin(), values.end(), [](double v) { return std::isnan(v); }), values.end());
    if (values.empty()) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    std::sort(values.begin(), values.end());
    return sortedQuantile(values, values.size(), q);
}

std::vector<Error> validate(const ClvBootstrapParams &params)
{
    std::vector<Error> errors;
    if (params.drawCount < kMinDraws || params.drawCount > kMaxDraws) {
        errors.push_back(makeError(
            ErrorCode::InvalidParameter, {"drawCount", std::to_string(params.drawCount), "10..100000"}));
    }
    if (!(params.lowerQuantile > 0.0 && params.lowerQuantile < params.upperQuantile)) {
        errors.push_back(makeError(ErrorCode::InvalidParameter,
            {"lowerQuantile", detail::formatNumber(params.lowerQuantile), "(0, upperQuantile)"}));
    }
    if (!(params.upperQuantile < 1.0 && params.upperQuantile > params.lowerQuantile)) {
        errors.push_back(makeError(ErrorCode::InvalidParameter,
            {"upperQuantile", detail::formatNumber(params.upperQuantile), "(lowerQuantile, 1)"}));
    }
    if (params.threadCount < 0) {
        errors.push_back(makeError(
            ErrorCode::InvalidParameter, {"threadCount", std::to_string(params.threadCount), ">= 0"}));
    }
    return errors;
}

Result<ClvBootstrapResult> bootstrapLifetimeValue(const BgNbdModel &purchases, const GammaGammaModel &spend,
    const RepeatPurchaseData &data, const CustomerLifetimeValueParams &valueParams,
    const ClvBootstrapParams &params, Progress &progress)
{
    const Vector estimate = Eigen::Vector4d(purchases.r, purchases.alpha, purchases.a, purchases.b);
    const auto withParameters = [&purchases](const auto &row) {
        BgNbdModel model = purchases;
        model.r = row(0);
        model.alpha = row(1);
        model.a = row(2);
        model.b = row(3);
        return model;
    };
    return bootstrap(purchases, estimate, withParameters, spend, data, valueParams, params, progress);
}

Result<ClvBootstrapResult> bootstrapLifetimeValue(const ParetoNbdModel &purchases,
    const GammaGammaModel &spend, const RepeatPurchaseData &data,
    const CustomerLifetimeValueParams &valueParams, const ClvBootstrapParams &params, Progress &progress)
{
    const Vector estimate = Eigen::Vector4d(purchases.r, purchases.alpha, purchases.s, purchases.beta);
    const auto withParameters = [&purchases](const auto &row) {
        ParetoNbdModel model = purchases;
        model.r = row(0);
        model.alpha = row(1);
        model.s = row(2);
        model.beta = row(3);
        return model;
    };
    return bootstrap(purchases, estimate, withParameters, spend, data, valueParams, params, progress);
}

} // namespace segmenta::engine
