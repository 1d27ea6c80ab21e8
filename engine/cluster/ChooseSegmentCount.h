// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "cluster/ClusterQuality.h"
#include "core/Error.h"
#include "core/Matrix.h"
#include "core/Progress.h"
#include "core/Result.h"

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace segmenta::engine {

/// Which segment counts to try and how hard. Each k is fitted with fitKMeans, scored, and re-fitted on
/// resampled data to see whether the segments hold up.
struct ChooseSegmentCountParams
{
    int minimumCount = 2; ///< smallest k tried, 2..maximumCount
    /// Largest k tried, minimumCount..50; the data need at least maximumCount + 1 rows.
    int maximumCount = 10;
    int initCount = 10; ///< k-means++ starts per fit (KMeansParams::initCount), >= 1
    int maxIterations = 300; ///< Lloyd iterations per start (KMeansParams::maxIterations), >= 1
    /// Seed of every random choice. The fit scored for k is fitKMeans(x, {k, initCount, maxIterations,
    /// seed}), so re-running k-means with the recommended k and this seed gives exactly the scored segments.
    std::uint64_t seed = 42;
    /// Pairs of resampled re-fits per k for the stability score, 0..1000; 0 skips stability (and its cost:
    /// each run is two more k-means fits per k).
    int stabilityRuns = 5;
    /// Share of the rows in each resample, drawn without replacement, in (0, 1]: each resample holds
    /// round(fraction · rows) rows, which must be at least maximumCount.
    double stabilitySampleFraction = 0.8;
    SilhouetteParams silhouette; ///< exact silhouette up to silhouette.exactLimit rows, sampled beyond
    int threadCount = 0; ///< k-means worker threads, >= 0; 0 = all cores. Results do not depend on it.
};

/// How one segment count k did.
struct SegmentCountScore
{
    int segmentCount = 0; ///< k
    double inertia = 0.0; ///< k-means within-segment sum of squares, in squared units of x; lower is tighter
    /// Mean silhouette in [-1, 1], higher is better: how much closer customers are to their own segment
    /// than to the next one. NaN when k could not be scored (the data hold fewer than k distinct rows).
    double silhouette = 0.0;
    bool silhouetteSampled = false; ///< the silhouette was taken on a sample (rows > silhouette.exactLimit)
    /// Between- over within-segment dispersion, higher is better; NaN as above.
    double calinskiHarabasz = 0.0;
    /// Mean worst overlap of a segment with another, >= 0, lower is better; NaN as above.
    double daviesBouldin = 0.0;
    /// Mean adjusted Rand index (at most 1, below 0 when worse than chance) between the segmentations of the
    /// resample pairs (see chooseSegmentCount); 1 = the same segments every time. NaN when stabilityRuns == 0
    /// or k was not scored.
    double stability = 0.0;
    std::vector<std::int64_t> sizes; ///< customers per segment of the scored fit, non-increasing
    /// Gaussian mixtures only (chooseMixtureCount): the fit's BIC, lower is better, and its log-likelihood
    /// summed over rows; NaN for k-means or when k could not be fitted.
    double bic = std::numeric_limits<double>::quiet_NaN();
    double logLikelihood = std::numeric_limits<double>::quiet_NaN();
};

/// The scores of every k tried and the count to start from, with the reason in words a marketer can use.
struct SegmentCountRecommendation
{
    std::vector<SegmentCountScore> scores; ///< one per k, minimumCount..maximumCount ascending
    int recommendedCount = 0; ///< the k chosen by the rule documented at chooseSegmentCount
    /// Plain English, e.g. "5 segments: customers sit most clearly in their own segment (silhouette 0.55)
    /// and the segments come out the same on re-runs (stability 0.99)."
    std::string reason;
    /// The best k by silhouette, by Calinski-Harabasz and by Davies-Bouldin are not all the same; notes
    /// then say which favours which.
    bool criteriaDisagree = false;
    /// Further plain-English observations: where the criteria disagree, the elbow of the inertia curve,
    /// unstable counts, sampled silhouettes, counts that could not be scored.
    std::vector<std::string> notes;
};

/// Checks params against the shape of the data before any work; the UI uses it to explain why Run is
/// disabled.
/// Ensures: empty when chooseSegmentCount(x, params, …) with x of this shape can run.
/// Errors: ErrorCode::InvalidParameter with args {field name, value, allowed range} for each field out of
/// range (silhouette fields as "silhouette.exactLimit", …; columns == 0 as "columns"; a
/// stabilitySampleFraction whose resamples would hold fewer than maximumCount rows);
/// ErrorCode::TooFewCustomers with args {rows, maximumCount + 1} when there are not more rows than the
/// largest k (the silhouette needs one segment with two customers).
std::vector<Error> validate(const ChooseSegmentCountParams &params, Eigen::Index rows, Eigen::Index columns);

/// Fits k-means for every k in minimumCount..maximumCount, scores each fit and recommends one k.
///
/// Scores per k: inertia, silhouette (exact or sampled, see SilhouetteParams), Calinski-Harabasz,
/// Davies-Bouldin of the fit with params.seed; then stability: for each of stabilityRuns runs, two
/// resamples of round(stabilitySampleFraction · rows) rows are drawn without replacement (seeded by seed, k
/// and run), k-means is fitted on each, and *every* row of x is assigned to its nearest centroid of each
/// fit; stability is the mean adjusted Rand index between the two labelings of all rows. Labelling all
/// rows, not only those both resamples hold, compares the two fits on the same, complete set of customers,
/// as a fit is applied to customers it has not seen.
///
/// Recommendation rule, in order:
///  1. Candidates are the ks that could be scored; when stability was computed, only those with stability
///     >= 0.8 (when none reaches 0.8, all scored ks, and the reason says so).
///  2. The candidate with the highest silhouette wins; equal silhouettes go to the smaller k.
/// criteriaDisagree is true when the best k by silhouette (highest), Calinski-Harabasz (highest) and
/// Davies-Bouldin (lowest), over all scored ks, are not all equal (ties to the smaller k). The elbow — the
/// k with the largest second difference of inertia, inertia(k-1) - 2·inertia(k) + inertia(k+1) — is only
/// a note, since inertia always falls as k grows and its bend is a matter of eye.
///
/// Requires: every entry of x is finite.
/// Ensures: a pure function of (x, params without the thread counts); scores.size() ==
/// maximumCount - minimumCount + 1; recommendedCount is a scored k.
/// Reports stage "choosek" and its fraction across ks and runs (each k an equal slice); checks for
/// cancel between fits and, through the fits, after every Lloyd iteration and silhouette block.
/// Errors: the first error of validate(); the silhouette's ErrorCode::InvalidParameter
/// {"silhouette.sampleSize", …} when its sample holds too few segments; ErrorCode::TooFewCustomers {distinct
/// customers found, minimumCount} when no k could be scored because the data hold fewer than minimumCount
/// distinct rows; ErrorCode::Cancelled when progress asked to stop.
Result<SegmentCountRecommendation> chooseSegmentCount(
    const Matrix &x, const ChooseSegmentCountParams &params, Progress &progress);

/// Adjusted Rand index between two labelings of the same rows, scikit-learn's adjusted_rand_score: the Rand
/// index corrected for chance, 1 for identical partitions (whatever the label values), about 0 for
/// unrelated ones, negative when worse than chance. Like scikit-learn, 1 when the partitions agree on every
/// pair (including empty labelings). Takes O(rows · log rows).
/// Requires: a.size() == b.size(). Labels are any integers; each distinct value is a segment.
double adjustedRandIndex(const IndexVector &a, const IndexVector &b);

} // namespace segmenta::engine
