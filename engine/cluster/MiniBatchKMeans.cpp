// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "cluster/MiniBatchKMeans.h"

#include "cluster/detail/RowChunks.h"
#include "core/Assert.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <string>
#include <system_error>

namespace segmenta::engine {

namespace {

using Index = Eigen::Index;
using detail::RowChunks;

/// Steps between two progress reports; cancel is asked every step.
constexpr int reportEverySteps = 16;
/// scikit-learn's default init_size is 3 × batch_size.
constexpr int initSizePerBatch = 3;
/// Reassignments happen each time this many rows per centre have been seen (scikit-learn: 10 · k).
constexpr int reassignEveryRowsPerCentre = 10;

std::string formatNumber(double value)
{
    std::array<char, 32> buffer {};
    const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    SEGMENTA_ASSERT(error == std::errc(), "to_chars: 32 characters hold any double");
    return std::string(buffer.data(), end);
}

double squaredDistance(const double *a, const double *b, Index columns)
{
    double sum = 0.0;
    for (Index t = 0; t < columns; ++t) {
        const double difference = a[t] - b[t];
        sum += difference * difference;
    }
    return sum;
}

/// Nearest centre (ties: the lower index) and its squared distance.
std::pair<int, double> nearestCentre(const double *row, const Matrix &centres)
{
    int nearest = 0;
    double nearestDistance = squaredDistance(row, centres.row(0).data(), centres.cols());
    for (Index j = 1; j < centres.rows(); ++j) {
        const double distance = squaredDistance(row, centres.row(j).data(), centres.cols());
        if (distance < nearestDistance) {
            nearestDistance = distance;
            nearest = static_cast<int>(j);
        }
    }
    return {nearest, nearestDistance};
}

/// Rows of x at `indices`.
Matrix gatherRows(const Matrix &x, const std::vector<Index> &indices)
{
    Matrix rows(static_cast<Index>(indices.size()), x.cols());
    for (std::size_t i = 0; i < indices.size(); ++i) {
        rows.row(static_cast<Index>(i)) = x.row(indices[i]);
    }
    return rows;
}

std::vector<Index> drawRows(std::mt19937_64 &generator, Index rows, Index count)
{
    std::vector<Index> indices(static_cast<std::size_t>(count));
    for (Index &index : indices) {
        index = detail::uniformRow(generator, rows);
    }
    return indices;
}

/// Greedy k-means++ on a (small) sample, as scikit-learn's _kmeans_plusplus: each new centre is the best,
/// by total potential, of 2 + floor(ln k) rows drawn with probability proportional to their squared distance
/// to the closest centre so far.
Matrix seedOnSample(const Matrix &sample, int k, std::mt19937_64 &generator)
{
    const Index rows = sample.rows();
    const Index columns = sample.cols();
    Matrix centres(k, columns);
    centres.row(0) = sample.row(detail::uniformRow(generator, rows));
    Vector closest(rows);
    for (Index i = 0; i < rows; ++i) {
        closest[i] = squaredDistance(sample.row(i).data(), centres.row(0).data(), columns);
    }
    double potential = closest.sum();
    const int trials = 2 + static_cast<int>(std::log(static_cast<double>(k)));
    const auto rowAt = [&](double target) {
        double running = 0.0;
        for (Index i = 0; i < rows; ++i) {
            running += closest[i];
            if (running >= target) {
                return i;
            }
        }
        return rows - 1;
    };
    for (int centre = 1; centre < k; ++centre) {
        Index best = 0;
        double bestPotential = std::numeric_limits<double>::infinity();
        Vector bestClosest;
        for (int trial = 0; trial < trials; ++trial) {
            const Index candidate = rowAt(detail::uniformDouble(generator) * potential);
            Vector trialClosest(rows);
            for (Index i = 0; i < rows; ++i) {
                trialClosest[i] = std::min(
                    closest[i], squaredDistance(sample.row(i).data(), sample.row(candidate).data(), columns));
            }
            const double trialPotential = trialClosest.sum();
            if (trialPotential < bestPotential) {
                bestPotential = trialPotential;
                best = candidate;
                bestClosest = std::move(trialClosest);
            }
        }
        centres.row(centre) = sample.row(best);
        closest = std::move(bestClosest);
        potential = bestPotential;
    }
    return centres;
}

double sampleInertia(const Matrix &sample, const Matrix &centres)
{
    double inertia = 0.0;
    for (Index i = 0; i < sample.rows(); ++i) {
        inertia += nearestCentre(sample.row(i).data(), centres).second;
    }
    return inertia;
}

/// The smoothed-inertia early stop of scikit-learn's _mini_batch_convergence.
class ImprovementMonitor
{
public:
    ImprovementMonitor(Index batchSize, Index rows, int patience)
        : m_batchSize(static_cast<double>(batchSize))
        , m_alpha(std::min(1.0, static_cast<double>(batchSize) * 2.0 / static_cast<double>(rows + 1)))
        , m_patience(patience)
    { }

    /// True when the run should stop after step `step` (0-based) with this batch inertia.
    bool shouldStop(int step, double batchInertia)
    {
        const double perRow = batchInertia / m_batchSize;
        if (step == 0) {
            return false; // the first batch measures the seeding, not the updates
        }
        m_smoothed = m_hasSmoothed ? m_smoothed * (1.0 - m_alpha) + perRow * m_alpha : perRow;
        m_hasSmoothed = true;
        if (!m_hasLowest || m_smoothed < m_lowest) {
            m_lowest = m_smoothed;
            m_hasLowest = true;
            m_stepsWithoutImprovement = 0;
        } else {
            ++m_stepsWithoutImprovement;
        }
        return m_patience > 0 && m_stepsWithoutImprovement >= m_patience;
    }

private:
    double m_batchSize;
    double m_alpha;
    int m_patience;
    double m_smoothed = 0.0;
    bool m_hasSmoothed = false;
    double m_lowest = 0.0;
    bool m_hasLowest = false;
    int m_stepsWithoutImprovement = 0;
};

} // namespace

std::vector<Error> validate(const MiniBatchKMeansParams &params, Eigen::Index rows, Eigen::Index columns)
{
    std::vector<Error> errors;
    const auto invalid = [&errors](const char *field, const std::string &value, const char *allowed) {
        errors.push_back(makeError(ErrorCode::InvalidParameter, {field, value, allowed}));
    };
    if (params.clusterCount < 1) {
        invalid("clusterCount", std::to_string(params.clusterCount), ">= 1");
    }
    if (params.batchSize < 1) {
        invalid("batchSize", std::to_string(params.batchSize), ">= 1");
    }
    if (params.maxEpochs < 1) {
        invalid("maxEpochs", std::to_string(params.maxEpochs), ">= 1");
    }
    if (params.maxNoImprovement < 0) {
        invalid("maxNoImprovement", std::to_string(params.maxNoImprovement), ">= 0 (0 = no early stop)");
    }
    if (params.initSize < 0) {
        invalid("initSize", std::to_string(params.initSize), ">= 0 (0 = 3 x batchSize)");
    }
    if (params.initCount < 1) {
        invalid("initCount", std::to_string(params.initCount), ">= 1");
    }
    if (!(params.reassignmentRatio >= 0.0 && params.reassignmentRatio < 1.0)) {
        invalid("reassignmentRatio", formatNumber(params.reassignmentRatio), "0 <= ratio < 1");
    }
    if (params.threadCount < 0) {
        invalid("threadCount", std::to_string(params.threadCount), ">= 0 (0 = all cores)");
    }
    if (columns < 1) {
        invalid("columns", std::to_string(columns), ">= 1");
    }
    if (params.clusterCount >= 1 && rows < params.clusterCount) {
        errors.push_back(makeError(
            ErrorCode::TooFewCustomers, {std::to_string(rows), std::to_string(params.clusterCount)}));
    }
    return errors;
}

Result<MiniBatchKMeansResult> fitMiniBatchKMeans(
    const Matrix &x, const MiniBatchKMeansParams &params, Progress &progress)
{
    if (std::vector<Error> errors = validate(params, x.rows(), x.cols()); !errors.empty()) {
        return std::move(errors.front());
    }
    SEGMENTA_ASSERT(
        x.allFinite(), "fitMiniBatchKMeans: x has NaN or infinite entries; the caller must drop them");
    progress.setStage("minibatch");

    const Index rows = x.rows();
    const Index columns = x.cols();
    const int k = params.clusterCount;
    const Index batchSize = std::min<Index>(params.batchSize, rows);
    Index initSize = params.initSize > 0 ? params.initSize : initSizePerBatch * batchSize;
    if (initSize < k) {
        initSize = initSizePerBatch * static_cast<Index>(k);
    }
    initSize = std::min(initSize, rows);

    // One generator for the whole run, in scikit-learn's order of draws: the scoring sample, each start's
    // seeding sample and seeding, then the batches and reassignments.
    std::mt19937_64 generator(detail::mixBits(params.seed));
    const Matrix scoring = gatherRows(x, drawRows(generator, rows, initSize));
    Matrix centres;
    double bestInertia = std::numeric_limits<double>::infinity();
    for (int start = 0; start < params.initCount; ++start) {
        if (progress.isCancelRequested()) {
            return makeError(ErrorCode::Cancelled);
        }
        const Matrix sample = gatherRows(x, drawRows(generator, rows, initSize));
        Matrix seeded = seedOnSample(sample, k, generator);
        const double inertia = sampleInertia(scoring, seeded);
        if (inertia < bestInertia) {
            bestInertia = inertia;
            centres = std::move(seeded);
        }
    }

    Vector counts = Vector::Zero(k); // rows each centre has absorbed: its learning rate is 1 / count
    ImprovementMonitor monitor(batchSize, rows, params.maxNoImprovement);
    const std::int64_t stepLimit = std::max<std::int64_t>(
        1, static_cast<std::int64_t>(params.maxEpochs) * static_cast<std::int64_t>(rows) / batchSize);
    Index seenSinceReassign = 0;
    MiniBatchKMeansResult result;
    Matrix batchSums(k, columns);
    Vector batchCounts(k);
    std::vector<int> batchLabels(static_cast<std::size_t>(batchSize));
    for (std::int64_t step = 0; step < stepLimit; ++step) {
        if (progress.isCancelRequested()) {
            return makeError(ErrorCode::Cancelled);
        }
        const std::vector<Index> batch = drawRows(generator, rows, batchSize);
        // Reassign when a centre is still empty, and each time 10 · k rows went by.
        seenSinceReassign += batchSize;
        bool reassign = (counts.array() == 0.0).any()
            || seenSinceReassign >= reassignEveryRowsPerCentre * static_cast<Index>(k);
        if (reassign) {
            seenSinceReassign = 0;
        }

        batchSums.setZero();
        batchCounts.setZero();
        double batchInertia = 0.0;
        for (std::size_t b = 0; b < batch.size(); ++b) {
            const auto [label, distance] = nearestCentre(x.row(batch[b]).data(), centres);
            batchLabels[b] = label;
            batchSums.row(label) += x.row(batch[b]);
            batchCounts[label] += 1.0;
            batchInertia += distance;
        }
        for (int j = 0; j < k; ++j) {
            if (batchCounts[j] > 0.0) {
                // centre ← (count · centre + Σ batch rows) / (count + n): each row moves it by 1 / count.
                const double total = counts[j] + batchCounts[j];
                centres.row(j) = (centres.row(j) * counts[j] + batchSums.row(j)) / total;
                counts[j] = total;
            }
        }
        if (reassign && params.reassignmentRatio > 0.0) {
            const double threshold = params.reassignmentRatio * counts.maxCoeff();
            std::vector<int> lowCentres;
            for (int j = 0; j < k; ++j) {
                if (counts[j] < threshold) {
                    lowCentres.push_back(j);
                }
            }
            // At most half a batch of centres move: the ones with the smallest counts.
            const auto limit = static_cast<std::size_t>(batch.size() / 2);
            if (lowCentres.size() > limit) {
                std::stable_sort(lowCentres.begin(), lowCentres.end(),
                    [&](int a, int b) { return counts[a] < counts[b]; });
                lowCentres.resize(limit);
            }
            if (!lowCentres.empty()) {
                std::vector<bool> moved(static_cast<std::size_t>(k), false);
                for (int j : lowCentres) {
                    moved[static_cast<std::size_t>(j)] = true;
                }
                double smallestKept = std::numeric_limits<double>::infinity();
                for (int j = 0; j < k; ++j) {
                    if (!moved[static_cast<std::size_t>(j)]) {
                        smallestKept = std::min(smallestKept, counts[j]);
                    }
                }
                // Distinct batch rows, uniformly (a partial Fisher-Yates shuffle of the batch positions).
                std::vector<Index> positions(batch.size());
                std::iota(positions.begin(), positions.end(), Index {0});
                for (std::size_t r = 0; r < lowCentres.size(); ++r) {
                    const auto pick = r
                        + static_cast<std::size_t>(
                            detail::uniformRow(generator, static_cast<Index>(positions.size() - r)));
                    std::swap(positions[r], positions[pick]);
                    const int j = lowCentres[r];
                    centres.row(j) = x.row(batch[static_cast<std::size_t>(positions[r])]);
                    // Not reset to zero, or the centre would be moved again at once (scikit-learn's choice).
                    counts[j] = std::isfinite(smallestKept) ? smallestKept : 1.0;
                }
            }
        }
        result.steps = static_cast<int>(step + 1);
        if ((step + 1) % reportEverySteps == 0) {
            progress.setFraction(0.9 * static_cast<double>(step + 1) / static_cast<double>(stepLimit));
        }
        if (monitor.shouldStop(static_cast<int>(step), batchInertia)) {
            result.converged = true;
            break;
        }
    }
    result.epochs = static_cast<int>((static_cast<std::int64_t>(result.steps) * batchSize + rows - 1) / rows);
    if (progress.isCancelRequested()) {
        return makeError(ErrorCode::Cancelled);
    }

    // The exact pass: every row to its nearest returned centre.
    const RowChunks chunks(rows, detail::resolveThreadCount(params.threadCount));
    Vector chunkInertia(chunks.count());
    IndexVector labels(rows);
    chunks.forEach([&](Index chunk) {
        double inertia = 0.0;
        for (Index i = chunks.begin(chunk); i < chunks.end(chunk); ++i) {
            const auto [label, distance] = nearestCentre(x.row(i).data(), centres);
            labels[i] = label;
            inertia += distance;
        }
        chunkInertia[chunk] = inertia;
    });
    for (Index chunk = 0; chunk < chunks.count(); ++chunk) {
        result.inertia += chunkInertia[chunk];
    }
    const std::vector<int> order = detail::relabelBySize(labels, k, result.sizes);
    result.labels = std::move(labels);
    result.centroids.resize(k, columns);
    for (int j = 0; j < k; ++j) {
        result.centroids.row(j) = centres.row(order[static_cast<std::size_t>(j)]);
    }
    progress.setFraction(1.0);
    return result;
}

} // namespace segmenta::engine
