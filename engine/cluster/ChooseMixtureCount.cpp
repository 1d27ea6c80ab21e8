// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "cluster/ChooseMixtureCount.h"

#include "cluster/ClusterQuality.h"
#include "core/Assert.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <system_error>

namespace segmenta::engine {

namespace {

using Index = Eigen::Index;

constexpr int maximumSegmentCount = 50;
constexpr double notANumber = std::numeric_limits<double>::quiet_NaN();

std::string formatFixed(double value, int decimals)
{
    std::array<char, 64> buffer {};
    const auto [end, error] = std::to_chars(
        buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed, decimals);
    SEGMENTA_ASSERT(error == std::errc(), "to_chars: 64 characters hold the scores printed here");
    return std::string(buffer.data(), end);
}

/// Maps the 0..1 of one fit or silhouette into its slice of the "choosek" stage, dropping inner stage names.
class SliceProgress final : public Progress
{
public:
    SliceProgress(Progress &outer, double begin, double width)
        : m_outer(outer)
        , m_begin(begin)
        , m_width(width)
    { }
    void setStage(std::string_view) override { }
    void setFraction(double fraction) override
    {
        m_outer.setFraction(m_begin + m_width * std::clamp(fraction, 0.0, 1.0));
    }
    bool isCancelRequested() const override { return m_outer.isCancelRequested(); }

private:
    Progress &m_outer;
    double m_begin;
    double m_width;
};

/// Within-segment sum of squares around the means of the hard segments.
double hardInertia(const Matrix &x, const IndexVector &labels, int k)
{
    Matrix means = Matrix::Zero(k, x.cols());
    std::vector<double> counts(static_cast<std::size_t>(k), 0.0);
    for (Index i = 0; i < x.rows(); ++i) {
        means.row(labels[i]) += x.row(i);
        counts[static_cast<std::size_t>(labels[i])] += 1.0;
    }
    for (int j = 0; j < k; ++j) {
        means.row(j) /= std::max(counts[static_cast<std::size_t>(j)], 1.0);
    }
    double inertia = 0.0;
    for (Index i = 0; i < x.rows(); ++i) {
        inertia += (x.row(i) - means.row(labels[i])).squaredNorm();
    }
    return inertia;
}

} // namespace

std::vector<Error> validate(const ChooseMixtureCountParams &params, Eigen::Index rows, Eigen::Index columns)
{
    std::vector<Error> errors;
    const auto invalid = [&errors](const char *field, const std::string &value, const std::string &allowed) {
        errors.push_back(makeError(ErrorCode::InvalidParameter, {field, value, allowed}));
    };
    if (params.minimumCount < 2) {
        invalid("minimumCount", std::to_string(params.minimumCount), ">= 2");
    }
    if (params.maximumCount < params.minimumCount || params.maximumCount > maximumSegmentCount) {
        invalid("maximumCount", std::to_string(params.maximumCount),
            std::to_string(std::max(params.minimumCount, 2)) + ".." + std::to_string(maximumSegmentCount));
    }
    if (params.initCount < 1) {
        invalid("initCount", std::to_string(params.initCount), ">= 1");
    }
    if (params.threadCount < 0) {
        invalid("threadCount", std::to_string(params.threadCount), ">= 0 (0 = all cores)");
    }
    if (columns < 1) {
        invalid("columns", std::to_string(columns), ">= 1");
    }
    if (errors.empty() && rows < params.maximumCount + 1) {
        errors.push_back(makeError(
            ErrorCode::TooFewCustomers, {std::to_string(rows), std::to_string(params.maximumCount + 1)}));
    }
    return errors;
}

Result<SegmentCountRecommendation> chooseMixtureCount(
    const Matrix &x, const ChooseMixtureCountParams &params, Progress &progress)
{
    if (std::vector<Error> errors = validate(params, x.rows(), x.cols()); !errors.empty()) {
        return std::move(errors.front());
    }
    progress.setStage("choosek");
    const int countTried = params.maximumCount - params.minimumCount + 1;
    const double sliceWidth = 1.0 / static_cast<double>(2 * countTried);

    SegmentCountRecommendation recommendation;
    std::optional<Error> firstError;
    for (int k = params.minimumCount; k <= params.maximumCount; ++k) {
        const double begin = 2.0 * sliceWidth * static_cast<double>(k - params.minimumCount);
        SegmentCountScore score;
        score.segmentCount = k;
        score.inertia = notANumber;
        score.silhouette = notANumber;
        score.calinskiHarabasz = notANumber;
        score.daviesBouldin = notANumber;
        score.stability = notANumber;

        GaussianMixtureParams mixture;
        mixture.componentCount = k;
        mixture.covariance = params.covariance;
        mixture.initCount = params.initCount;
        mixture.seed = params.seed;
        mixture.threadCount = params.threadCount;
        SliceProgress fitSlice(progress, begin, sliceWidth);
        Result<GaussianMixtureResult> fit = fitGaussianMixture(x, mixture, fitSlice);
        if (!fit) {
            if (fit.error().code == ErrorCode::Cancelled) {
                return fit.error();
            }
            recommendation.notes.push_back(
                std::to_string(k) + " segments could not be fitted: " + describe(fit.error()));
            if (!firstError) {
                firstError = fit.error();
            }
            recommendation.scores.push_back(std::move(score));
            continue;
        }
        const GaussianMixtureResult &found = fit.value();
        score.bic = found.bic;
        score.logLikelihood = found.logLikelihood;
        score.sizes = found.sizes;
        score.inertia = hardInertia(x, found.labels, k);
        // The hard segments can be scored when at least two are non-empty and not every row is alone.
        if (validateLabels(found.labels, x.rows()).empty()) {
            SilhouetteParams silhouetteParams = params.silhouette;
            SliceProgress silhouetteSlice(progress, begin + sliceWidth, sliceWidth);
            Result<SilhouetteResult> scored = silhouette(x, found.labels, silhouetteParams, silhouetteSlice);
            if (!scored && scored.error().code == ErrorCode::Cancelled) {
                return scored.error();
            }
            if (scored) {
                score.silhouette = scored.value().mean;
                score.silhouetteSampled = scored.value().isSampled;
            }
            score.calinskiHarabasz = calinskiHarabasz(x, found.labels);
            score.daviesBouldin = daviesBouldin(x, found.labels);
        }
        recommendation.scores.push_back(std::move(score));
    }
    progress.setFraction(1.0);

    const SegmentCountScore *best = nullptr;
    const SegmentCountScore *sharpest = nullptr;
    for (const SegmentCountScore &score : recommendation.scores) {
        if (!std::isnan(score.bic) && (best == nullptr || score.bic < best->bic)) {
            best = &score;
        }
        if (!std::isnan(score.silhouette)
            && (sharpest == nullptr || score.silhouette > sharpest->silhouette)) {
            sharpest = &score;
        }
    }
    if (best == nullptr) {
        SEGMENTA_ASSERT(firstError.has_value(), "chooseMixtureCount: no k scored and no error");
        return *firstError;
    }
    recommendation.recommendedCount = best->segmentCount;
    const char *shape = params.covariance == CovarianceType::Full ? "full" : "diagonal";
    recommendation.reason = std::to_string(best->segmentCount) + " segments: the Gaussian mixture (" + shape
        + " covariances) has its lowest BIC there (" + formatFixed(best->bic, 1)
        + "), the best balance between how well it describes the customers and how many parameters it needs.";
    recommendation.notes.insert(recommendation.notes.begin(),
        "Chosen by the lowest BIC (lower is better). Silhouette, Calinski-Harabasz and Davies-Bouldin "
        "describe "
        "the hard segments (each customer in its most probable segment) and are shown only for comparison; "
        "stability was not computed.");
    if (sharpest != nullptr && sharpest->segmentCount != best->segmentCount) {
        recommendation.criteriaDisagree = true;
        recommendation.notes.push_back("The criteria disagree: the silhouette favours "
            + std::to_string(sharpest->segmentCount) + " segments (" + formatFixed(sharpest->silhouette, 2)
            + "), the BIC " + std::to_string(best->segmentCount) + " segments.");
    }
    if (best->segmentCount == params.maximumCount && params.maximumCount > params.minimumCount) {
        recommendation.notes.push_back("The BIC is lowest at the largest count tried ("
            + std::to_string(params.maximumCount) + "): it may fall further beyond; try a wider range.");
    }
    return recommendation;
}

} // namespace segmenta::engine
