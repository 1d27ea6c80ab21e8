// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "cluster/KPrototypes.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <string>
#include <thread>

namespace segmenta::engine {

namespace {

using Index = Eigen::Index;

constexpr Index kChunkRows = 2048;

std::uint64_t mixBits(std::uint64_t value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30U)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27U)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31U);
}

/// Uniform in [0, bound) without std::uniform_int_distribution, whose output differs between libraries.
Index drawBelow(std::mt19937_64 &generator, Index bound)
{
    constexpr double kTwoToMinus53 = 1.0 / 9007199254740992.0;
    const double unit = static_cast<double>(generator() >> 11U) * kTwoToMinus53;
    return std::min(bound - 1, static_cast<Index>(unit * static_cast<double>(bound)));
}

/// Runs function(begin, end) over fixed row chunks on up to threadCount threads. Each row's work is
/// independent, so the result does not depend on the thread count.
template<typename Function> void forEachChunk(Index rows, int threadCount, const Function &function)
{
    const Index chunks = (rows + kChunkRows - 1) / kChunkRows;
    const int threads = static_cast<int>(std::min<Index>(threadCount, chunks));
    std::atomic<Index> next {0};
    const auto work = [&] {
        for (Index chunk = next++; chunk < chunks; chunk = next++) {
            function(chunk * kChunkRows, std::min(rows, (chunk + 1) * kChunkRows));
        }
    };
    std::vector<std::jthread> workers;
    for (int worker = 1; worker < threads; ++worker) {
        workers.emplace_back(work);
    }
    work();
}

/// One start's state: prototypes, labels and per-row costs.
struct Prototypes
{
    Matrix centroids;
    CategoryMatrix modes;
};

class Fitter
{
public:
    Fitter(const Matrix &numeric, const CategoryMatrix &categorical, double gamma, int k, int threads)
        : m_numeric(numeric)
        , m_categorical(categorical)
        , m_gamma(gamma)
        , m_k(k)
        , m_threads(threads)
        , m_rows(std::max(numeric.rows(), categorical.rows()))
    {
        m_levels.assign(static_cast<std::size_t>(categorical.cols()), 0);
        for (Index j = 0; j < categorical.cols(); ++j) {
            m_levels[static_cast<std::size_t>(j)] = m_rows == 0 ? 0 : categorical.col(j).maxCoeff() + 1;
        }
    }

    Index rows() const { return m_rows; }

    double rowCost(Index i, const Prototypes &prototypes, Index label) const
    {
        double squared = 0.0;
        for (Index t = 0; t < m_numeric.cols(); ++t) {
            const double difference = m_numeric(i, t) - prototypes.centroids(label, t);
            squared += difference * difference;
        }
        int mismatches = 0;
        for (Index t = 0; t < m_categorical.cols(); ++t) {
            mismatches += m_categorical(i, t) != prototypes.modes(label, t) ? 1 : 0;
        }
        return squared + m_gamma * mismatches;
    }

    bool sameRows(Index a, Index b) const
    {
        return m_numeric.row(a) == m_numeric.row(b) && m_categorical.row(a) == m_categorical.row(b);
    }

    /// Huang's initialisation: the first k distinct rows of a seeded random permutation. Returns the number
    /// of distinct rows found when there are fewer than k.
    std::optional<Index> initialise(std::mt19937_64 &generator, Prototypes &prototypes) const
    {
        std::vector<Index> order(static_cast<std::size_t>(m_rows));
        std::iota(order.begin(), order.end(), Index {0});
        std::vector<Index> chosen;
        for (Index i = 0; i < m_rows && static_cast<int>(chosen.size()) < m_k; ++i) {
            std::swap(order[static_cast<std::size_t>(i)],
                order[static_cast<std::size_t>(i + drawBelow(generator, m_rows - i))]);
            const Index row = order[static_cast<std::size_t>(i)];
            if (std::none_of(
                    chosen.begin(), chosen.end(), [&](Index other) { return sameRows(row, other); })) {
                chosen.push_back(row);
            }
        }
        if (static_cast<int>(chosen.size()) < m_k) {
            return static_cast<Index>(chosen.size());
        }
        prototypes.centroids.resize(m_k, m_numeric.cols());
        prototypes.modes.resize(m_k, m_categorical.cols());
        for (int s = 0; s < m_k; ++s) {
            prototypes.centroids.row(s) = m_numeric.row(chosen[static_cast<std::size_t>(s)]);
            prototypes.modes.row(s) = m_categorical.row(chosen[static_cast<std::size_t>(s)]);
        }
        return std::nullopt;
    }

    /// Nearest prototype of every row (ties: the lower label); returns whether any label changed.
    bool assign(const Prototypes &prototypes, IndexVector &labels, Vector &costs) const
    {
        std::atomic<bool> changed {false};
        forEachChunk(m_rows, m_threads, [&](Index begin, Index end) {
            bool chunkChanged = false;
            for (Index i = begin; i < end; ++i) {
                int best = 0;
                double bestCost = rowCost(i, prototypes, 0);
                for (int s = 1; s < m_k; ++s) {
                    const double cost = rowCost(i, prototypes, s);
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = s;
                    }
                }
                chunkChanged = chunkChanged || labels(i) != best;
                labels(i) = best;
                costs(i) = bestCost;
            }
            if (chunkChanged) {
                changed = true;
            }
        });
        return changed;
    }

    /// Means of numeric values and modes of codes per label, in row order; an empty label keeps its
    /// prototype.
    void update(const IndexVector &labels, Prototypes &prototypes) const
    {
        Matrix sums = Matrix::Zero(m_k, m_numeric.cols());
        std::vector<std::int64_t> sizes(static_cast<std::size_t>(m_k), 0);
        for (Index i = 0; i < m_rows; ++i) {
            sums.row(labels(i)) += m_numeric.row(i);
            ++sizes[static_cast<std::size_t>(labels(i))];
        }
        for (int s = 0; s < m_k; ++s) {
            if (sizes[static_cast<std::size_t>(s)] > 0) {
                prototypes.centroids.row(s)
                    = sums.row(s) / static_cast<double>(sizes[static_cast<std::size_t>(s)]);
            }
        }
        for (Index t = 0; t < m_categorical.cols(); ++t) {
            const int levels = m_levels[static_cast<std::size_t>(t)];
            std::vector<std::int64_t> counts(
                static_cast<std::size_t>(m_k) * static_cast<std::size_t>(levels), 0);
            for (Index i = 0; i < m_rows; ++i) {
                ++counts[static_cast<std::size_t>(labels(i)) * static_cast<std::size_t>(levels)
                    + static_cast<std::size_t>(m_categorical(i, t))];
            }
            for (int s = 0; s < m_k; ++s) {
                if (sizes[static_cast<std::size_t>(s)] == 0) {
                    continue;
                }
                const auto first = counts.begin() + static_cast<std::ptrdiff_t>(s) * levels;
                // Keep the current mode on a tie, so that a round that changes nothing is seen as converged.
                int mode = prototypes.modes(s, t);
                for (int level = 0; level < levels; ++level) {
                    if (first[level] > first[mode]) {
                        mode = level;
                    }
                }
                prototypes.modes(s, t) = mode;
            }
        }
    }

private:
    const Matrix &m_numeric;
    const CategoryMatrix &m_categorical;
    double m_gamma;
    int m_k;
    int m_threads;
    Index m_rows;
    std::vector<int> m_levels;
};

std::string toText(double value)
{
    std::string text = std::to_string(value);
    return text;
}

} // namespace

double defaultKPrototypesGamma(const Matrix &numeric)
{
    if (numeric.cols() == 0 || numeric.rows() == 0) {
        return 1.0;
    }
    double sum = 0.0;
    for (Index t = 0; t < numeric.cols(); ++t) {
        const double mean = numeric.col(t).mean();
        const double variance = (numeric.col(t).array() - mean).square().mean();
        sum += std::sqrt(variance);
    }
    return 0.5 * sum / static_cast<double>(numeric.cols());
}

std::vector<Error> validate(const KPrototypesParams &params, Eigen::Index rows, Eigen::Index numericColumns,
    Eigen::Index categoricalColumns, Eigen::Index categoricalRows)
{
    std::vector<Error> problems;
    if (params.clusterCount < 1) {
        problems.push_back(
            makeError(ErrorCode::InvalidParameter, {"k", std::to_string(params.clusterCount), ">= 1"}));
    }
    if (params.initCount < 1) {
        problems.push_back(
            makeError(ErrorCode::InvalidParameter, {"n-init", std::to_string(params.initCount), ">= 1"}));
    }
    if (params.maxIterations < 1) {
        problems.push_back(makeError(
            ErrorCode::InvalidParameter, {"max-iterations", std::to_string(params.maxIterations), ">= 1"}));
    }
    if (params.gamma && !(std::isfinite(*params.gamma) && *params.gamma >= 0.0)) {
        problems.push_back(makeError(ErrorCode::InvalidParameter, {"gamma", toText(*params.gamma), ">= 0"}));
    }
    if (params.threadCount < 0) {
        problems.push_back(
            makeError(ErrorCode::InvalidParameter, {"threads", std::to_string(params.threadCount), ">= 0"}));
    }
    if (numericColumns + categoricalColumns == 0) {
        problems.push_back(makeError(ErrorCode::InvalidParameter, {"columns", "0", ">= 1"}));
    }
    if (numericColumns > 0 && categoricalColumns > 0 && rows != categoricalRows) {
        problems.push_back(makeError(ErrorCode::InvalidParameter,
            {"rows", std::to_string(categoricalRows), std::to_string(rows) + " (as many as numeric rows)"}));
    }
    if (params.clusterCount >= 1 && std::max(rows, categoricalRows) < params.clusterCount) {
        problems.push_back(makeError(ErrorCode::TooFewCustomers,
            {std::to_string(std::max(rows, categoricalRows)), std::to_string(params.clusterCount)}));
    }
    return problems;
}

Result<KPrototypesResult> fitKPrototypes(const Matrix &numeric, const CategoryMatrix &categorical,
    const KPrototypesParams &params, Progress &progress)
{
    if (auto problems
        = validate(params, numeric.rows(), numeric.cols(), categorical.cols(), categorical.rows());
        !problems.empty()) {
        return problems.front();
    }
    if (!numeric.allFinite()) {
        return makeError(ErrorCode::InvalidParameter, {"values", "NaN or infinite", "finite numbers"});
    }
    if (categorical.size() > 0 && categorical.minCoeff() < 0) {
        return makeError(
            ErrorCode::InvalidParameter, {"categories", std::to_string(categorical.minCoeff()), ">= 0"});
    }
    // A matrix without columns still needs the row count: give the empty side the other's rows.
    const Index rows = std::max(numeric.rows(), categorical.rows());
    const Matrix numericPart = numeric.rows() == rows ? numeric : Matrix(rows, 0);
    const CategoryMatrix categoricalPart = categorical.rows() == rows ? categorical : CategoryMatrix(rows, 0);

    const double gamma = params.gamma.value_or(defaultKPrototypesGamma(numericPart));
    const int threads = params.threadCount > 0
        ? params.threadCount
        : static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
    const int k = params.clusterCount;
    const Fitter fitter(numericPart, categoricalPart, gamma, k, threads);

    progress.setStage("kprototypes");
    std::optional<KPrototypesResult> best;
    IndexVector bestLabels;
    Prototypes bestPrototypes;
    for (int start = 0; start < params.initCount; ++start) {
        std::mt19937_64 generator(mixBits(params.seed ^ mixBits(static_cast<std::uint64_t>(start))));
        Prototypes prototypes;
        if (const auto distinct = fitter.initialise(generator, prototypes)) {
            return makeError(ErrorCode::InvalidParameter,
                {"k", std::to_string(k),
                    "at most the number of distinct rows (" + std::to_string(*distinct) + ")"});
        }
        IndexVector labels = IndexVector::Constant(rows, -1);
        Vector costs(rows);
        KPrototypesResult run;
        for (int iteration = 1; iteration <= params.maxIterations; ++iteration) {
            const bool changed = fitter.assign(prototypes, labels, costs);
            run.costHistory.push_back(costs.sum());
            run.iterations = iteration;
            if (!changed) {
                run.converged = true;
                break;
            }
            fitter.update(labels, prototypes);
            progress.setFraction(
                (start + static_cast<double>(iteration) / params.maxIterations) / params.initCount);
            if (progress.isCancelRequested()) {
                return makeError(ErrorCode::Cancelled);
            }
        }
        run.cost = run.costHistory.back();
        if (!best || run.cost < best->cost) {
            best = std::move(run);
            bestLabels = labels;
            bestPrototypes = prototypes;
        }
        progress.setFraction(static_cast<double>(start + 1) / params.initCount);
        if (progress.isCancelRequested()) {
            return makeError(ErrorCode::Cancelled);
        }
    }

    // Renumber by size (ties: first row first), as k-means does.
    std::vector<std::int64_t> sizes(static_cast<std::size_t>(k), 0);
    std::vector<Index> firstRow(static_cast<std::size_t>(k), rows);
    for (Index i = 0; i < rows; ++i) {
        const auto label = static_cast<std::size_t>(bestLabels(i));
        ++sizes[label];
        firstRow[label] = std::min(firstRow[label], i);
    }
    std::vector<int> order(static_cast<std::size_t>(k));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const auto sa = static_cast<std::size_t>(a);
        const auto sb = static_cast<std::size_t>(b);
        return sizes[sa] != sizes[sb] ? sizes[sa] > sizes[sb] : firstRow[sa] < firstRow[sb];
    });
    std::vector<int> newLabel(static_cast<std::size_t>(k));
    KPrototypesResult result = std::move(*best);
    result.gamma = gamma;
    result.numericCentroids.resize(k, numericPart.cols());
    result.categoricalModes.resize(k, categoricalPart.cols());
    result.sizes.resize(static_cast<std::size_t>(k));
    for (int position = 0; position < k; ++position) {
        const int old = order[static_cast<std::size_t>(position)];
        newLabel[static_cast<std::size_t>(old)] = position;
        result.numericCentroids.row(position) = bestPrototypes.centroids.row(old);
        result.categoricalModes.row(position) = bestPrototypes.modes.row(old);
        result.sizes[static_cast<std::size_t>(position)] = sizes[static_cast<std::size_t>(old)];
    }
    result.labels.resize(rows);
    for (Index i = 0; i < rows; ++i) {
        result.labels(i) = newLabel[static_cast<std::size_t>(bestLabels(i))];
    }
    progress.setFraction(1.0);
    return result;
}

} // namespace segmenta::engine
