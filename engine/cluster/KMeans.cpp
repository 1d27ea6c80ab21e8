// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "cluster/KMeans.h"

#include "cluster/detail/RowChunks.h"
#include "core/Assert.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>
#include <random>
#include <string>
#include <system_error>
#include <thread>

namespace segmenta::engine {

namespace {

using Index = Eigen::Index;
using CountMatrix = Eigen::Matrix<std::int64_t, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// Rows are processed in fixed chunks (detail::RowChunks: at least 1,024 rows, at most 256 chunks, which
// bounds the memory of the per-chunk centroid sums) and every sum is first taken per chunk, then over
// chunks in chunk order, so the floating-point result is the same whatever the thread count.
using detail::mixBits;
using detail::resolveThreadCount;
using detail::RowChunks;
using detail::uniformDouble;

constexpr Index kCacheLineDoubles = 64 / sizeof(double);

// Shortest round-trip form, independent of the global locale (the GUI may install a Turkish one).
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

/// Mean over columns of the population variance of each column (scikit-learn's tolerance scale). Row by
/// row, because Eigen's column-wise reductions of a row-major matrix stride through memory.
double meanColumnVariance(const Matrix &x)
{
    RowVector mean = RowVector::Zero(x.cols());
    for (Index i = 0; i < x.rows(); ++i) {
        mean += x.row(i);
    }
    mean /= static_cast<double>(x.rows());
    RowVector squares = RowVector::Zero(x.cols());
    for (Index i = 0; i < x.rows(); ++i) {
        squares += (x.row(i) - mean).array().square().matrix();
    }
    return squares.mean() / static_cast<double>(x.rows());
}

/// Buffers shared by all starts of one fit, allocated once.
struct Workspace
{
    IndexVector labels; // nearest centre per row
    IndexVector previousLabels; // of the previous Lloyd iteration, for strict convergence
    Vector distances; // squared distance of each row to its nearest centre (k-means++: closest so far)
    Matrix chunkSums; // (chunk * sumRowsPerChunk + label) x columns: sum of the chunk's rows with that label
    CountMatrix chunkCounts; // chunk x (label, then padding)
    Matrix chunkValues; // chunk x value: per-chunk partial sums of scalars (inertia, potentials)
};

/// One k-means run from one seeding.
struct StartOutcome
{
    Matrix centres;
    double inertia = 0.0;
    int iterations = 0;
    bool converged = false;
};

class KMeansFit
{
public:
    KMeansFit(const Matrix &x, const KMeansParams &params, int threadCount)
        : m_x(x)
        , m_params(params)
        , m_rows(x.rows())
        , m_columns(x.cols())
        , m_k(params.clusterCount)
        , m_chunks(x.rows(), threadCount)
    {
        const Index chunkCount = m_chunks.count();
        m_work.labels.resize(m_rows);
        m_work.previousLabels.resize(m_rows);
        m_work.distances.resize(m_rows);
        // Each chunk's sums and counts are followed by at least a cache line of padding: they are written
        // for every row, and two threads writing to one line would make it bounce between cores.
        m_sumRowsPerChunk = m_k + (kCacheLineDoubles + m_columns - 1) / m_columns;
        m_work.chunkSums.resize(chunkCount * m_sumRowsPerChunk, m_columns);
        m_work.chunkCounts.resize(chunkCount, m_k + kCacheLineDoubles);
        // Columns for the 2 + floor(ln k) k-means++ candidates; one is enough for the inertia.
        m_work.chunkValues.resize(chunkCount, 2 + static_cast<Index>(std::log(static_cast<double>(m_k))));

        m_absoluteTolerance = params.tolerance * meanColumnVariance(x);
    }

    /// Seeds and runs Lloyd for start number `start`; empty when cancelled.
    std::optional<StartOutcome> runStart(int start, Progress &progress)
    {
        std::mt19937_64 generator(mixBits(m_params.seed ^ mixBits(static_cast<std::uint64_t>(start))));
        std::optional<Matrix> seeded = seedCentres(generator, progress);
        if (!seeded) {
            return std::nullopt;
        }
        StartOutcome outcome;
        outcome.centres = std::move(*seeded);

        const double totalSteps = static_cast<double>(m_params.initCount) * m_params.maxIterations;
        m_work.previousLabels.setConstant(-1);
        bool labelsUnchanged = false;
        for (int iteration = 0; iteration < m_params.maxIterations; ++iteration) {
            if (progress.isCancelRequested()) {
                return std::nullopt;
            }
            assignRows(outcome.centres);
            Matrix sums;
            std::vector<std::int64_t> counts;
            combineChunkSums(sums, counts);
            relocateEmptyClusters(sums, counts);
            for (int j = 0; j < m_k; ++j) {
                sums.row(j) /= static_cast<double>(counts[static_cast<std::size_t>(j)]);
            }
            const double shift = (sums - outcome.centres).squaredNorm();
            outcome.centres = std::move(sums);
            outcome.iterations = iteration + 1;

            // As scikit-learn: unchanged labels end the start at once; otherwise the centroid shift is
            // compared with the tolerance.
            labelsUnchanged = m_work.labels == m_work.previousLabels;
            outcome.converged = labelsUnchanged || shift <= m_absoluteTolerance;
            const double done = outcome.converged
                ? static_cast<double>(start + 1) * m_params.maxIterations
                : static_cast<double>(start) * m_params.maxIterations + outcome.iterations;
            progress.setFraction(done / totalSteps);
            if (outcome.converged) {
                break;
            }
            m_work.previousLabels = m_work.labels;
        }
        // The last update moved the centres after the rows were assigned; assign once more so that labels,
        // centres and inertia agree.
        outcome.inertia = assignRows(outcome.centres);
        return outcome;
    }

    const IndexVector &labels() const { return m_work.labels; }

private:
    /// Greedy k-means++ (scikit-learn's _kmeans_plusplus): each new centre is the best, by total
    /// potential, of 2 + floor(ln k) rows drawn with probability proportional to their squared distance
    /// to the closest centre so far. Empty when cancelled.
    std::optional<Matrix> seedCentres(std::mt19937_64 &generator, Progress &progress)
    {
        Matrix centres(m_k, m_columns);
        const Index first = std::min<Index>(
            m_rows - 1, static_cast<Index>(uniformDouble(generator) * static_cast<double>(m_rows)));
        centres.row(0) = m_x.row(first);
        m_work.distances.setConstant(std::numeric_limits<double>::infinity());
        double potential = updateClosest(m_x.row(first).data());

        const Index trialCount = m_work.chunkValues.cols();
        std::vector<Index> candidates(static_cast<std::size_t>(trialCount));
        for (int centre = 1; centre < m_k; ++centre) {
            if (progress.isCancelRequested()) {
                return std::nullopt;
            }
            for (Index trial = 0; trial < trialCount; ++trial) {
                candidates[static_cast<std::size_t>(trial)]
                    = rowAtCumulativeDistance(uniformDouble(generator) * potential);
            }
            m_chunks.forEach([&](Index chunk) {
                for (Index trial = 0; trial < trialCount; ++trial) {
                    const double *candidate = m_x.row(candidates[static_cast<std::size_t>(trial)]).data();
                    double sum = 0.0;
                    for (Index i = m_chunks.begin(chunk); i < m_chunks.end(chunk); ++i) {
                        sum += std::min(
                            m_work.distances[i], squaredDistance(m_x.row(i).data(), candidate, m_columns));
                    }
                    m_work.chunkValues(chunk, trial) = sum;
                }
            });
            Index best = 0;
            double bestPotential = std::numeric_limits<double>::infinity();
            for (Index trial = 0; trial < trialCount; ++trial) {
                const double trialPotential = sumOverChunks(trial);
                if (trialPotential < bestPotential) {
                    bestPotential = trialPotential;
                    best = trial;
                }
            }
            const Index chosen = candidates[static_cast<std::size_t>(best)];
            centres.row(centre) = m_x.row(chosen);
            potential = updateClosest(m_x.row(chosen).data());
        }
        return centres;
    }

    /// distances = min(distances, distance to centre); returns their sum, keeping the per-chunk sums for
    /// rowAtCumulativeDistance().
    double updateClosest(const double *centre)
    {
        m_chunks.forEach([&](Index chunk) {
            double sum = 0.0;
            for (Index i = m_chunks.begin(chunk); i < m_chunks.end(chunk); ++i) {
                const double distance = squaredDistance(m_x.row(i).data(), centre, m_columns);
                m_work.distances[i] = std::min(m_work.distances[i], distance);
                sum += m_work.distances[i];
            }
            m_work.chunkValues(chunk, 0) = sum;
        });
        m_closestChunkSums = m_work.chunkValues.col(0);
        return sumOverChunks(0);
    }

    /// The first row whose running sum of distances reaches target (numpy.searchsorted on the cumulative
    /// sum, clipped to the last row as scikit-learn does against rounding).
    Index rowAtCumulativeDistance(double target) const
    {
        double running = 0.0;
        for (Index chunk = 0; chunk < m_chunks.count(); ++chunk) {
            if (running + m_closestChunkSums[chunk] < target) {
                running += m_closestChunkSums[chunk];
                continue;
            }
            for (Index i = m_chunks.begin(chunk); i < m_chunks.end(chunk); ++i) {
                running += m_work.distances[i];
                if (running >= target) {
                    return i;
                }
            }
            return m_chunks.end(chunk) - 1;
        }
        return m_rows - 1;
    }

    double sumOverChunks(Index column) const
    {
        double sum = 0.0;
        for (Index chunk = 0; chunk < m_chunks.count(); ++chunk) {
            sum += m_work.chunkValues(chunk, column);
        }
        return sum;
    }

    /// Labels every row with its nearest centre (ties: the lower index), fills the per-chunk sums and
    /// counts, and returns the inertia.
    double assignRows(const Matrix &centres)
    {
        m_chunks.forEach([&](Index chunk) {
            auto sums = m_work.chunkSums.middleRows(chunk * m_sumRowsPerChunk, m_k);
            auto counts = m_work.chunkCounts.row(chunk);
            sums.setZero();
            counts.setZero();
            double inertia = 0.0;
            for (Index i = m_chunks.begin(chunk); i < m_chunks.end(chunk); ++i) {
                const double *row = m_x.row(i).data();
                int nearest = 0;
                double nearestDistance = squaredDistance(row, centres.row(0).data(), m_columns);
                for (int j = 1; j < m_k; ++j) {
                    const double distance = squaredDistance(row, centres.row(j).data(), m_columns);
                    if (distance < nearestDistance) {
                        nearestDistance = distance;
                        nearest = j;
                    }
                }
                m_work.labels[i] = nearest;
                m_work.distances[i] = nearestDistance;
                sums.row(nearest) += m_x.row(i);
                ++counts[nearest];
                inertia += nearestDistance;
            }
            m_work.chunkValues(chunk, 0) = inertia;
        });
        return sumOverChunks(0);
    }

    void combineChunkSums(Matrix &sums, std::vector<std::int64_t> &counts) const
    {
        sums = Matrix::Zero(m_k, m_columns);
        counts.assign(static_cast<std::size_t>(m_k), 0);
        for (Index chunk = 0; chunk < m_chunks.count(); ++chunk) {
            sums += m_work.chunkSums.middleRows(chunk * m_sumRowsPerChunk, m_k);
            for (int j = 0; j < m_k; ++j) {
                counts[static_cast<std::size_t>(j)] += m_work.chunkCounts(chunk, j);
            }
        }
    }

    /// A centre that lost all its rows moves onto the row farthest from its own centre (as scikit-learn,
    /// but only taking rows whose cluster keeps at least one other row, so no cluster empties in turn).
    void relocateEmptyClusters(Matrix &sums, std::vector<std::int64_t> &counts) const
    {
        if (std::find(counts.begin(), counts.end(), 0) == counts.end()) {
            return;
        }
        // Rare (duplicate rows, unlucky seeding), so a full sort is affordable; ties go to the lower row.
        std::vector<Index> byDistance(static_cast<std::size_t>(m_rows));
        std::iota(byDistance.begin(), byDistance.end(), Index {0});
        std::sort(byDistance.begin(), byDistance.end(), [&](Index a, Index b) {
            return m_work.distances[a] > m_work.distances[b]
                || (m_work.distances[a] == m_work.distances[b] && a < b);
        });
        auto candidate = byDistance.begin();
        for (int empty = 0; empty < m_k; ++empty) {
            if (counts[static_cast<std::size_t>(empty)] != 0) {
                continue;
            }
            while (candidate != byDistance.end()
                && counts[static_cast<std::size_t>(m_work.labels[*candidate])] < 2) {
                ++candidate;
            }
            // rows >= k guarantees a donor: if a cluster is empty, another one holds two or more rows.
            SEGMENTA_ASSERT(candidate != byDistance.end(), "k-means: no row to relocate an empty cluster to");
            const Index row = *candidate++;
            const int donor = m_work.labels[row];
            sums.row(donor) -= m_x.row(row);
            --counts[static_cast<std::size_t>(donor)];
            sums.row(empty) = m_x.row(row);
            counts[static_cast<std::size_t>(empty)] = 1;
        }
    }

    const Matrix &m_x;
    const KMeansParams &m_params;
    Index m_rows;
    Index m_columns;
    int m_k;
    RowChunks m_chunks;
    Index m_sumRowsPerChunk = 0;
    Workspace m_work;
    Vector m_closestChunkSums;
    double m_absoluteTolerance = 0.0;
};

/// Renumbers labels by cluster size (detail::relabelBySize: largest first, equal sizes by first row) and
/// reorders the centres to match.
KMeansResult relabelBySize(const IndexVector &labels, const Matrix &centres)
{
    KMeansResult result;
    result.labels = labels;
    const int k = static_cast<int>(centres.rows());
    const std::vector<int> order = detail::relabelBySize(result.labels, k, result.sizes);
    result.centroids.resize(k, centres.cols());
    for (int j = 0; j < k; ++j) {
        result.centroids.row(j) = centres.row(order[static_cast<std::size_t>(j)]);
    }
    return result;
}

} // namespace

std::vector<Error> validate(const KMeansParams &params, Eigen::Index rows, Eigen::Index columns)
{
    std::vector<Error> errors;
    const auto invalid = [&errors](const char *field, const std::string &value, const char *allowed) {
        errors.push_back(makeError(ErrorCode::InvalidParameter, {field, value, allowed}));
    };
    if (params.clusterCount < 1) {
        invalid("clusterCount", std::to_string(params.clusterCount), ">= 1");
    }
    if (params.initCount < 1) {
        invalid("initCount", std::to_string(params.initCount), ">= 1");
    }
    if (params.maxIterations < 1) {
        invalid("maxIterations", std::to_string(params.maxIterations), ">= 1");
    }
    if (!std::isfinite(params.tolerance) || params.tolerance < 0.0) {
        invalid("tolerance", formatNumber(params.tolerance), ">= 0, finite");
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

Result<KMeansResult> fitKMeans(const Matrix &x, const KMeansParams &params, Progress &progress)
{
    if (std::vector<Error> errors = validate(params, x.rows(), x.cols()); !errors.empty()) {
        return std::move(errors.front());
    }
    SEGMENTA_ASSERT(x.allFinite(), "fitKMeans: x has NaN or infinite entries; the caller must drop them");

    progress.setStage("kmeans");
    KMeansFit fit(x, params, resolveThreadCount(params.threadCount));
    std::optional<StartOutcome> best;
    IndexVector bestLabels;
    for (int start = 0; start < params.initCount; ++start) {
        std::optional<StartOutcome> outcome = fit.runStart(start, progress);
        if (!outcome) {
            return makeError(ErrorCode::Cancelled);
        }
        // Strictly lower, so that equal inertias keep the earlier start whatever the rounding.
        if (!best || outcome->inertia < best->inertia) {
            best = std::move(outcome);
            bestLabels = fit.labels();
        }
    }

    KMeansResult result = relabelBySize(bestLabels, best->centres);
    result.inertia = best->inertia;
    result.iterations = best->iterations;
    result.converged = best->converged;
    return result;
}

} // namespace segmenta::engine
