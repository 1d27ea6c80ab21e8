// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "cluster/ChooseSegmentCount.h"

#include "cluster/KMeans.h"
#include "core/Assert.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <iterator>
#include <limits>
#include <numeric>
#include <optional>
#include <random>
#include <string_view>
#include <system_error>
#include <utility>

namespace segmenta::engine {

namespace {

using Index = Eigen::Index;

// Fifty segments is already more than a marketing team can act on, and every k costs 1 + 2·runs fits.
constexpr int kLargestCount = 50;
constexpr int kMostStabilityRuns = 1000;

// An adjusted Rand index of 0.8 between two resampled fits means they put almost every customer in the
// matching segment; below it, the segments shift with which customers happened to be in the data.
constexpr double kStableThreshold = 0.8;

// Kaufman and Rousseeuw: a mean silhouette below 0.25 means no substantial structure was found.
constexpr double kWeakSilhouette = 0.25;

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

// Shortest round-trip form, independent of the global locale (the GUI may install a Turkish one).
std::string formatNumber(double value)
{
    std::array<char, 32> buffer {};
    const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    SEGMENTA_ASSERT(error == std::errc(), "to_chars: 32 characters hold any double");
    return std::string(buffer.data(), end);
}

// Fixed decimals for the sentences a marketer reads, again independent of the global locale.
std::string formatFixed(double value, int decimals)
{
    std::array<char, 64> buffer {};
    const auto [end, error] = std::to_chars(
        buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed, decimals);
    SEGMENTA_ASSERT(error == std::errc(), "to_chars: 64 characters hold the scores printed here");
    return std::string(buffer.data(), end);
}

// splitmix64's finaliser: spreads its input over all 64 bits, so that neighbouring (seed, k, run) give
// unrelated generators.
std::uint64_t mixBits(std::uint64_t value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30U)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27U)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31U);
}

/// What a seed is used for within one stability run.
enum class SeedUse : std::uint64_t
{
    FirstResample,
    SecondResample,
    FirstFit,
    SecondFit
};

std::uint64_t stabilitySeed(std::uint64_t seed, int segmentCount, int run, SeedUse use)
{
    std::uint64_t value = mixBits(seed);
    value = mixBits(value ^ static_cast<std::uint64_t>(segmentCount));
    value = mixBits(value ^ static_cast<std::uint64_t>(run));
    return mixBits(value ^ static_cast<std::uint64_t>(use));
}

// Uniform on 0..bound-1 by rejection. std::uniform_int_distribution is implementation-defined, and the
// resamples must be the same on every standard library.
std::uint64_t uniformBelow(std::mt19937_64 &generator, std::uint64_t bound)
{
    const std::uint64_t threshold = (0 - bound) % bound;
    for (;;) {
        const std::uint64_t draw = generator();
        if (draw >= threshold) {
            return draw % bound;
        }
    }
}

Index resampleSize(double fraction, Index rows)
{
    return static_cast<Index>(std::llround(fraction * static_cast<double>(rows)));
}

/// size distinct rows of 0..rows-1, ascending (so the resample keeps the data's row order): the first size
/// entries of a seeded partial Fisher-Yates shuffle.
std::vector<Index> sampleRows(Index rows, Index size, std::uint64_t seed)
{
    std::mt19937_64 generator(seed);
    std::vector<Index> order(static_cast<std::size_t>(rows));
    std::iota(order.begin(), order.end(), Index {0});
    for (Index i = 0; i < size; ++i) {
        const auto pick
            = i + static_cast<Index>(uniformBelow(generator, static_cast<std::uint64_t>(rows - i)));
        std::swap(order[static_cast<std::size_t>(i)], order[static_cast<std::size_t>(pick)]);
    }
    order.resize(static_cast<std::size_t>(size));
    std::sort(order.begin(), order.end());
    return order;
}

Matrix selectRows(const Matrix &x, const std::vector<Index> &rows)
{
    Matrix selected(static_cast<Index>(rows.size()), x.cols());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        selected.row(static_cast<Index>(i)) = x.row(rows[i]);
    }
    return selected;
}

/// Label of the nearest centroid for every row of x; equal distances go to the lower label.
IndexVector nearestCentroid(const Matrix &x, const Matrix &centroids)
{
    IndexVector labels(x.rows());
    for (Index i = 0; i < x.rows(); ++i) {
        Index best = 0;
        double bestDistance = std::numeric_limits<double>::infinity();
        for (Index j = 0; j < centroids.rows(); ++j) {
            const double distance = (x.row(i) - centroids.row(j)).squaredNorm();
            if (distance < bestDistance) {
                bestDistance = distance;
                best = j;
            }
        }
        labels[i] = static_cast<int>(best);
    }
    return labels;
}

/// Maps the 0..1 of one fit or silhouette into its slice of the "choosek" stage. Inner stage names
/// ("kmeans", "silhouette") are dropped so that the user sees one stage with one bar moving forward.
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

/// Hands out consecutive equal slices of the stage: one per k-means fit and one per silhouette.
class SliceCounter
{
public:
    SliceCounter(Progress &outer, int sliceCount)
        : m_outer(outer)
        , m_width(1.0 / static_cast<double>(sliceCount))
    { }

    SliceProgress next()
    {
        const double begin = m_width * static_cast<double>(m_used);
        ++m_used;
        return SliceProgress(m_outer, begin, m_width);
    }

    /// Skips slices whose work was not needed, so that the bar still reaches the end.
    void skip(int count)
    {
        m_used += count;
        m_outer.setFraction(std::min(1.0, m_width * static_cast<double>(m_used)));
    }

private:
    Progress &m_outer;
    double m_width;
    int m_used = 0;
};

KMeansParams kMeansParams(const ChooseSegmentCountParams &params, int segmentCount, std::uint64_t seed)
{
    KMeansParams kMeans;
    kMeans.clusterCount = segmentCount;
    kMeans.initCount = params.initCount;
    kMeans.maxIterations = params.maxIterations;
    kMeans.seed = seed;
    kMeans.threadCount = params.threadCount;
    return kMeans;
}

/// Mean adjusted Rand index over params.stabilityRuns pairs of resampled fits (see the header), or the
/// error that stopped it (Cancelled).
Result<double> stability(
    const Matrix &x, const ChooseSegmentCountParams &params, int segmentCount, SliceCounter &slices)
{
    const Index size = resampleSize(params.stabilitySampleFraction, x.rows());
    double sum = 0.0;
    for (int run = 0; run < params.stabilityRuns; ++run) {
        std::array<IndexVector, 2> labelings;
        for (std::size_t side = 0; side < labelings.size(); ++side) {
            const auto resampleUse = side == 0 ? SeedUse::FirstResample : SeedUse::SecondResample;
            const auto fitUse = side == 0 ? SeedUse::FirstFit : SeedUse::SecondFit;
            const Matrix resample = selectRows(
                x, sampleRows(x.rows(), size, stabilitySeed(params.seed, segmentCount, run, resampleUse)));
            SliceProgress slice = slices.next();
            if (slice.isCancelRequested()) {
                return makeError(ErrorCode::Cancelled);
            }
            Result<KMeansResult> fit = fitKMeans(resample,
                kMeansParams(params, segmentCount, stabilitySeed(params.seed, segmentCount, run, fitUse)),
                slice);
            if (!fit) {
                return fit.error();
            }
            labelings[side] = nearestCentroid(x, fit.value().centroids);
        }
        sum += adjustedRandIndex(labelings[0], labelings[1]);
    }
    return sum / static_cast<double>(params.stabilityRuns);
}

/// The k with the best value of `value` over the scored ks (ascending, so ties go to the smaller k).
template<typename Better>
int bestCount(const std::vector<SegmentCountScore> &scores, double SegmentCountScore::*value, Better better)
{
    const SegmentCountScore *best = nullptr;
    for (const SegmentCountScore &score : scores) {
        if (std::isnan(score.silhouette)) {
            continue;
        }
        if (best == nullptr || better(score.*value, best->*value)) {
            best = &score;
        }
    }
    SEGMENTA_ASSERT(best != nullptr, "bestCount: called with no scored k");
    return best->segmentCount;
}

const SegmentCountScore &scoreOf(const std::vector<SegmentCountScore> &scores, int segmentCount)
{
    const auto found = std::find_if(scores.begin(), scores.end(),
        [segmentCount](const SegmentCountScore &score) { return score.segmentCount == segmentCount; });
    SEGMENTA_ASSERT(found != scores.end(), "scoreOf: k was not tried");
    return *found;
}

std::string segmentsText(int segmentCount)
{
    return std::to_string(segmentCount) + " segments";
}

/// Applies the recommendation rule of the header to scores (at least one of them scored) and writes the
/// reason and notes.
SegmentCountRecommendation recommend(
    std::vector<SegmentCountScore> scores, const ChooseSegmentCountParams &params, Index rows)
{
    SegmentCountRecommendation recommendation;
    const bool hasStability = params.stabilityRuns > 0;
    const auto higher = [](double a, double b) { return a > b; };
    const auto lower = [](double a, double b) { return a < b; };

    // Step 1: the candidates.
    std::vector<SegmentCountScore> candidates;
    for (const SegmentCountScore &score : scores) {
        if (!std::isnan(score.silhouette) && (!hasStability || score.stability >= kStableThreshold)) {
            candidates.push_back(score);
        }
    }
    const bool noneStable = candidates.empty();
    if (noneStable) {
        std::copy_if(scores.begin(), scores.end(), std::back_inserter(candidates),
            [](const SegmentCountScore &score) { return !std::isnan(score.silhouette); });
    }

    // Step 2: the best silhouette among them.
    const int recommended = bestCount(candidates, &SegmentCountScore::silhouette, higher);
    const SegmentCountScore &chosen = scoreOf(scores, recommended);
    recommendation.recommendedCount = recommended;

    const std::string silhouetteText = "silhouette " + formatFixed(chosen.silhouette, 2);
    recommendation.reason = segmentsText(recommended) + ": customers sit most clearly in their own segment ("
        + silhouetteText + ")";
    if (!hasStability) {
        recommendation.reason += "; whether the segments come out the same on re-runs was not checked.";
    } else if (noneStable) {
        const int mostStable = bestCount(scores, &SegmentCountScore::stability, higher);
        recommendation.reason += ", but no segment count comes out the same on re-runs (the most stable, "
            + segmentsText(mostStable) + ", reaches " + formatFixed(scoreOf(scores, mostStable).stability, 2)
            + " of 1): treat the segments as a rough guide.";
    } else {
        recommendation.reason += " and the segments come out the same on re-runs (stability "
            + formatFixed(chosen.stability, 2) + ").";
    }

    std::vector<std::string> &notes = recommendation.notes;
    const int bySilhouette = bestCount(scores, &SegmentCountScore::silhouette, higher);
    if (bySilhouette != recommended) {
        const SegmentCountScore &sharper = scoreOf(scores, bySilhouette);
        notes.push_back(segmentsText(bySilhouette) + " separate customers more clearly (silhouette "
            + formatFixed(sharper.silhouette, 2) + "), but come out differently on re-runs (stability "
            + formatFixed(sharper.stability, 2) + ").");
    }
    const int byCalinskiHarabasz = bestCount(scores, &SegmentCountScore::calinskiHarabasz, higher);
    const int byDaviesBouldin = bestCount(scores, &SegmentCountScore::daviesBouldin, lower);
    recommendation.criteriaDisagree = bySilhouette != byCalinskiHarabasz || bySilhouette != byDaviesBouldin;
    if (recommendation.criteriaDisagree) {
        notes.push_back("The criteria disagree: silhouette favours " + std::to_string(bySilhouette)
            + ", Calinski-Harabasz favours " + std::to_string(byCalinskiHarabasz)
            + ", Davies-Bouldin favours " + std::to_string(byDaviesBouldin) + ".");
    }
    if (chosen.silhouette < kWeakSilhouette) {
        notes.push_back("Even the best silhouette is low (" + formatFixed(chosen.silhouette, 2)
            + "): customers do not fall into clearly separate groups, so any segment count is a judgement "
              "call.");
    }

    // The elbow needs k - 1 and k + 1, so only interior ks can have one; inertia exists for every fit.
    std::optional<int> elbow;
    double sharpestBend = -std::numeric_limits<double>::infinity();
    for (std::size_t i = 1; i + 1 < scores.size(); ++i) {
        const double bend = scores[i - 1].inertia - 2.0 * scores[i].inertia + scores[i + 1].inertia;
        if (bend > sharpestBend) {
            sharpestBend = bend;
            elbow = scores[i].segmentCount;
        }
    }
    if (elbow) {
        notes.push_back("The drop in within-segment spread levels off most sharply at " + segmentsText(*elbow)
            + " (the 'elbow'), a rule of thumb that "
            + (*elbow == recommended ? std::string("agrees.")
                                     : "would pick " + std::to_string(*elbow) + " instead."));
    }

    if (std::any_of(scores.begin(), scores.end(),
            [](const SegmentCountScore &score) { return score.silhouetteSampled; })) {
        notes.push_back("Silhouettes are estimates from a random sample of "
            + std::to_string(std::min(params.silhouette.sampleSize, rows)) + " of the " + std::to_string(rows)
            + " customers.");
    }
    const auto unscored = std::find_if(scores.begin(), scores.end(),
        [](const SegmentCountScore &score) { return std::isnan(score.silhouette); });
    if (unscored != scores.end()) {
        notes.push_back(segmentsText(unscored->segmentCount)
            + " or more could not be scored: some segments came out empty, because the data hold fewer than "
            + std::to_string(unscored->segmentCount) + " different customers.");
    }

    recommendation.scores = std::move(scores);
    return recommendation;
}

} // namespace

std::vector<Error> validate(const ChooseSegmentCountParams &params, Eigen::Index rows, Eigen::Index columns)
{
    std::vector<Error> errors;
    const auto invalid = [&errors](const char *field, const std::string &value, const std::string &allowed) {
        errors.push_back(makeError(ErrorCode::InvalidParameter, {field, value, allowed}));
    };
    const std::string largest = std::to_string(kLargestCount);
    if (params.minimumCount < 2 || params.minimumCount > kLargestCount) {
        invalid("minimumCount", std::to_string(params.minimumCount), "2 .. " + largest);
    }
    if (params.maximumCount < std::max(2, params.minimumCount) || params.maximumCount > kLargestCount) {
        invalid("maximumCount", std::to_string(params.maximumCount),
            "minimumCount (" + std::to_string(params.minimumCount) + ") .. " + largest);
    }
    if (params.initCount < 1) {
        invalid("initCount", std::to_string(params.initCount), ">= 1");
    }
    if (params.maxIterations < 1) {
        invalid("maxIterations", std::to_string(params.maxIterations), ">= 1");
    }
    if (params.stabilityRuns < 0 || params.stabilityRuns > kMostStabilityRuns) {
        invalid("stabilityRuns", std::to_string(params.stabilityRuns),
            "0 .. " + std::to_string(kMostStabilityRuns) + " (0 = skip stability)");
    }
    const bool fractionInRange = std::isfinite(params.stabilitySampleFraction)
        && params.stabilitySampleFraction > 0.0 && params.stabilitySampleFraction <= 1.0;
    if (!fractionInRange) {
        invalid("stabilitySampleFraction", formatNumber(params.stabilitySampleFraction), "> 0 and <= 1");
    }
    if (params.silhouette.exactLimit < 2) {
        invalid("silhouette.exactLimit", std::to_string(params.silhouette.exactLimit), ">= 2");
    }
    if (params.silhouette.sampleSize < 2) {
        invalid("silhouette.sampleSize", std::to_string(params.silhouette.sampleSize), ">= 2");
    }
    if (params.silhouette.threadCount < 0) {
        invalid(
            "silhouette.threadCount", std::to_string(params.silhouette.threadCount), ">= 0 (0 = all cores)");
    }
    if (params.threadCount < 0) {
        invalid("threadCount", std::to_string(params.threadCount), ">= 0 (0 = all cores)");
    }
    if (columns < 1) {
        invalid("columns", std::to_string(columns), ">= 1");
    }
    if (params.maximumCount >= 1 && rows <= params.maximumCount) {
        errors.push_back(makeError(
            ErrorCode::TooFewCustomers, {std::to_string(rows), std::to_string(params.maximumCount + 1)}));
    } else if (params.stabilityRuns > 0 && fractionInRange
        && resampleSize(params.stabilitySampleFraction, rows) < params.maximumCount) {
        invalid("stabilitySampleFraction", formatNumber(params.stabilitySampleFraction),
            "large enough that round(fraction x " + std::to_string(rows) + " customers) >= maximumCount ("
                + std::to_string(params.maximumCount) + ")");
    }
    return errors;
}

Result<SegmentCountRecommendation> chooseSegmentCount(
    const Matrix &x, const ChooseSegmentCountParams &params, Progress &progress)
{
    if (std::vector<Error> errors = validate(params, x.rows(), x.cols()); !errors.empty()) {
        return std::move(errors.front());
    }
    SEGMENTA_ASSERT(
        x.allFinite(), "chooseSegmentCount: x has NaN or infinite entries; the caller must drop them");

    progress.setStage("choosek");
    // Per k: the scored fit, its silhouette, and two fits per stability run. Equal slices: the bar moves
    // unevenly (larger k costs more) but never backwards.
    const int slicesPerCount = 2 + 2 * params.stabilityRuns;
    SliceCounter slices(progress, (params.maximumCount - params.minimumCount + 1) * slicesPerCount);

    std::vector<SegmentCountScore> scores;
    Index distinctFound = 0;
    for (int segmentCount = params.minimumCount; segmentCount <= params.maximumCount; ++segmentCount) {
        SegmentCountScore score;
        score.segmentCount = segmentCount;

        SliceProgress fitSlice = slices.next();
        if (fitSlice.isCancelRequested()) {
            return makeError(ErrorCode::Cancelled);
        }
        Result<KMeansResult> fit = fitKMeans(x, kMeansParams(params, segmentCount, params.seed), fitSlice);
        if (!fit) {
            return fit.error();
        }
        score.inertia = fit.value().inertia;
        score.sizes = fit.value().sizes;

        // Empty segments mean fewer distinct rows than k (KMeans.h); the scores would then describe a
        // smaller k, so this k is left unscored rather than scored under a false name.
        const auto nonEmpty = static_cast<Index>(std::count_if(
            score.sizes.begin(), score.sizes.end(), [](std::int64_t size) { return size > 0; }));
        distinctFound = std::max(distinctFound, nonEmpty);
        if (nonEmpty < segmentCount) {
            score.silhouette = kNan;
            score.calinskiHarabasz = kNan;
            score.daviesBouldin = kNan;
            score.stability = kNan;
            scores.push_back(std::move(score));
            slices.skip(slicesPerCount - 1);
            continue;
        }

        SliceProgress silhouetteSlice = slices.next();
        if (silhouetteSlice.isCancelRequested()) {
            return makeError(ErrorCode::Cancelled);
        }
        Result<SilhouetteResult> silhouetteResult
            = silhouette(x, fit.value().labels, params.silhouette, silhouetteSlice);
        if (!silhouetteResult) {
            Error error = silhouetteResult.error();
            // The silhouette names its own field; the caller knows it as part of these params.
            if (error.code == ErrorCode::InvalidParameter && !error.args.empty()) {
                error.args[0] = "silhouette." + error.args[0];
            }
            return error;
        }
        score.silhouette = silhouetteResult.value().mean;
        score.silhouetteSampled = silhouetteResult.value().isSampled;
        score.calinskiHarabasz = calinskiHarabasz(x, fit.value().labels);
        score.daviesBouldin = daviesBouldin(x, fit.value().labels);

        score.stability = kNan;
        if (params.stabilityRuns > 0) {
            Result<double> stable = stability(x, params, segmentCount, slices);
            if (!stable) {
                return stable.error();
            }
            score.stability = stable.value();
        }
        scores.push_back(std::move(score));
    }
    progress.setFraction(1.0);

    if (std::none_of(scores.begin(), scores.end(),
            [](const SegmentCountScore &score) { return !std::isnan(score.silhouette); })) {
        return makeError(
            ErrorCode::TooFewCustomers, {std::to_string(distinctFound), std::to_string(params.minimumCount)});
    }
    return recommend(std::move(scores), params, x.rows());
}

double adjustedRandIndex(const IndexVector &a, const IndexVector &b)
{
    SEGMENTA_ASSERT(a.size() == b.size(), "adjustedRandIndex: the two labelings have different lengths");
    const auto rows = static_cast<std::size_t>(a.size());

    // Dense codes 0..count-1 per labeling, so that a contingency cell is one integer to sort.
    const auto encode = [rows](const IndexVector &labels, std::vector<std::int64_t> &codes) {
        std::vector<int> values(labels.data(), labels.data() + labels.size());
        std::sort(values.begin(), values.end());
        values.erase(std::unique(values.begin(), values.end()), values.end());
        codes.resize(rows);
        for (std::size_t i = 0; i < rows; ++i) {
            codes[i] = std::lower_bound(values.begin(), values.end(), labels[static_cast<Index>(i)])
                - values.begin();
        }
        return static_cast<std::int64_t>(values.size());
    };
    std::vector<std::int64_t> codesA;
    std::vector<std::int64_t> codesB;
    encode(a, codesA);
    const std::int64_t countB = encode(b, codesB);

    // Sums of squared counts: per segment of a, per segment of b, and per cell of the contingency table.
    const auto sumOfSquaredRuns = [](std::vector<std::int64_t> keys) {
        std::sort(keys.begin(), keys.end());
        std::int64_t sum = 0;
        for (std::size_t begin = 0; begin < keys.size();) {
            std::size_t end = begin;
            while (end < keys.size() && keys[end] == keys[begin]) {
                ++end;
            }
            const auto run = static_cast<std::int64_t>(end - begin);
            sum += run * run;
            begin = end;
        }
        return sum;
    };
    std::vector<std::int64_t> cells(rows);
    for (std::size_t i = 0; i < rows; ++i) {
        cells[i] = codesA[i] * countB + codesB[i];
    }
    const std::int64_t squaresA = sumOfSquaredRuns(codesA);
    const std::int64_t squaresB = sumOfSquaredRuns(codesB);
    const std::int64_t squaresCells = sumOfSquaredRuns(std::move(cells));

    // scikit-learn's pair_confusion_matrix, counting ordered pairs: together in both, together only in b,
    // only in a, apart in both.
    const auto n = static_cast<std::int64_t>(rows);
    const std::int64_t together = squaresCells - n;
    const std::int64_t onlyB = squaresB - squaresCells;
    const std::int64_t onlyA = squaresA - squaresCells;
    const std::int64_t apart = n * n - onlyB - onlyA - squaresCells;
    if (onlyA == 0 && onlyB == 0) {
        return 1.0;
    }
    // The products reach rows⁴, beyond 64 bits from 55,000 rows on; doubles keep 16 significant digits.
    const auto tp = static_cast<double>(together);
    const auto tn = static_cast<double>(apart);
    const auto fp = static_cast<double>(onlyB);
    const auto fn = static_cast<double>(onlyA);
    return 2.0 * (tp * tn - fn * fp) / ((tp + fn) * (fn + tn) + (tp + fp) * (fp + tn));
}

} // namespace segmenta::engine
