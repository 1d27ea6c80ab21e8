// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "cluster/ChooseSegmentCount.h"
#include "cluster/GaussianMixture.h"
#include "core/Error.h"
#include "core/Matrix.h"
#include "core/Progress.h"
#include "core/Result.h"

#include <cstdint>
#include <vector>

namespace segmenta::engine {

/// Which numbers of Gaussian-mixture components to try. Each k is fitted with fitGaussianMixture and scored
/// by its BIC; the lowest BIC is recommended.
struct ChooseMixtureCountParams
{
    int minimumCount = 2; ///< smallest k tried, 2..maximumCount
    int maximumCount
        = 10; ///< largest k tried, minimumCount..50; the data need at least maximumCount + 1 rows
    int initCount = 1; ///< EM starts per k (GaussianMixtureParams::initCount), >= 1
    CovarianceType covariance = CovarianceType::Full;
    /// Seed of every fit: the fit scored for k is fitGaussianMixture(x, {k, covariance, initCount, seed}), so
    /// segmenting with the recommended k and this seed gives exactly the scored mixture.
    std::uint64_t seed = 42;
    SilhouetteParams silhouette; ///< for the hard segments' silhouette
    int threadCount = 0; ///< >= 0; 0 = all cores. Results do not depend on it.
};

/// Errors: InvalidParameter {field, value, allowed range} per field out of range; TooFewCustomers {rows,
/// maximumCount + 1}.
std::vector<Error> validate(const ChooseMixtureCountParams &params, Eigen::Index rows, Eigen::Index columns);

/// Fits a Gaussian mixture for every k in minimumCount..maximumCount and recommends the k with the lowest
/// BIC (ties: the smaller k), saying so in the reason. Each score holds the BIC and log-likelihood, and, for
/// the hard segments (each row in its most probable component), inertia, silhouette, Calinski-Harabasz and
/// Davies-Bouldin for comparison (not used to choose); stability is not computed (NaN). A k that cannot be
/// fitted (fewer distinct rows than k, a singular covariance) is left unscored (NaN) with a note.
/// criteriaDisagree is true when the best silhouette is at another k than the lowest BIC.
/// Reports stage "choosek" (one slice per fit and per silhouette); checks for cancel between and inside fits.
/// Errors: the first error of validate(); the error of the first k when no k could be fitted; Cancelled.
Result<SegmentCountRecommendation> chooseMixtureCount(
    const Matrix &x, const ChooseMixtureCountParams &params, Progress &progress);

} // namespace segmenta::engine
