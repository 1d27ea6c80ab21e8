// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "cluster/KMedoids.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>
#include <random>
#include <string>

namespace segmenta::engine {

namespace {

using Index = Eigen::Index;

/// Nearest and second-nearest medoid distance of every row, the state PAM's SWAP deltas need.
struct Nearest
{
    std::vector<int> label;
    Vector first;
    Vector second;
};

Nearest nearestMedoids(const Matrix &d, const std::vector<Index> &medoids)
{
    const Index rows = d.rows();
    Nearest nearest {std::vector<int>(static_cast<std::size_t>(rows), 0),
        Vector::Constant(rows, std::numeric_limits<double>::infinity()),
        Vector::Constant(rows, std::numeric_limits<double>::infinity())};
    for (Index i = 0; i < rows; ++i) {
        for (std::size_t m = 0; m < medoids.size(); ++m) {
            const double distance = d(i, medoids[m]);
            if (distance < nearest.first(i)) {
                nearest.second(i) = nearest.first(i);
                nearest.first(i) = distance;
                nearest.label[static_cast<std::size_t>(i)] = static_cast<int>(m);
            } else if (distance < nearest.second(i)) {
                nearest.second(i) = distance;
            }
        }
    }
    return nearest;
}

} // namespace

std::int64_t pamMemoryBytes(std::int64_t rows)
{
    return rows * rows * static_cast<std::int64_t>(sizeof(double));
}

std::vector<Error> validate(const PamParams &params, Eigen::Index rows)
{
    std::vector<Error> problems;
    if (params.clusterCount < 1 || params.clusterCount > rows) {
        problems.push_back(makeError(ErrorCode::InvalidParameter,
            {"k", std::to_string(params.clusterCount), "1.." + std::to_string(rows)}));
    }
    if (params.maxSwaps < 0) {
        problems.push_back(
            makeError(ErrorCode::InvalidParameter, {"max-swaps", std::to_string(params.maxSwaps), ">= 0"}));
    }
    if (pamMemoryBytes(rows) > params.memoryBudgetBytes) {
        auto fits = static_cast<std::int64_t>(
            std::sqrt(static_cast<double>(params.memoryBudgetBytes) / static_cast<double>(sizeof(double))));
        while (pamMemoryBytes(fits) > params.memoryBudgetBytes) {
            --fits;
        }
        problems.push_back(makeError(ErrorCode::InvalidParameter,
            {"customers", std::to_string(rows),
                "at most " + std::to_string(fits) + " for exact PAM within the memory budget of "
                    + std::to_string(params.memoryBudgetBytes >> 20) + " MB (use CLARA)"}));
    }
    return problems;
}

Result<PamResult> fitPam(const Matrix &d, const PamParams &params, Progress &progress)
{
    if (auto problems = validate(params, d.rows()); !problems.empty()) {
        return problems.front();
    }
    if (d.rows() != d.cols() || !d.allFinite()) {
        return makeError(ErrorCode::InvalidParameter, {"dissimilarity", "not square or not finite", "n × n"});
    }
    const Index rows = d.rows();
    const int k = params.clusterCount;
    progress.setStage("kmedoids");

    // BUILD: the row with the least total dissimilarity, then each time the row that lowers the cost most.
    std::vector<Index> medoids;
    Vector nearest = Vector::Constant(rows, std::numeric_limits<double>::infinity());
    std::vector<bool> isMedoid(static_cast<std::size_t>(rows), false);
    for (int m = 0; m < k; ++m) {
        Index best = -1;
        double bestGain = -1.0;
        for (Index candidate = 0; candidate < rows; ++candidate) {
            if (isMedoid[static_cast<std::size_t>(candidate)]) {
                continue;
            }
            double gain = 0.0;
            for (Index i = 0; i < rows; ++i) {
                gain += m == 0 ? -d(i, candidate) : std::max(0.0, nearest(i) - d(i, candidate));
            }
            if (best < 0 || gain > bestGain) {
                best = candidate;
                bestGain = gain;
            }
        }
        if (m > 0 && bestGain <= 0.0) {
            // Every remaining row coincides with a medoid: fewer than k distinct rows.
            return makeError(ErrorCode::InvalidParameter,
                {"k", std::to_string(k), "at most the number of distinct rows (" + std::to_string(m) + ")"});
        }
        medoids.push_back(best);
        isMedoid[static_cast<std::size_t>(best)] = true;
        nearest = nearest.cwiseMin(d.col(best));
        if (progress.isCancelRequested()) {
            return makeError(ErrorCode::Cancelled);
        }
    }

    // SWAP: the exchange (medoid m, non-medoid h) with the most negative change of the total cost.
    PamResult result;
    for (; result.swaps <= params.maxSwaps; ++result.swaps) {
        const Nearest state = nearestMedoids(d, medoids);
        double bestDelta = 0.0;
        int bestMedoid = -1;
        Index bestRow = -1;
        for (Index h = 0; h < rows; ++h) {
            if (isMedoid[static_cast<std::size_t>(h)]) {
                continue;
            }
            for (int m = 0; m < k; ++m) {
                double delta = 0.0;
                for (Index i = 0; i < rows; ++i) {
                    const double toNew = d(i, h);
                    if (state.label[static_cast<std::size_t>(i)] == m) {
                        delta += std::min(toNew, state.second(i)) - state.first(i);
                    } else if (toNew < state.first(i)) {
                        delta += toNew - state.first(i);
                    }
                }
                // A relative threshold, so that rounding never makes PAM cycle between equal-cost states.
                if (delta < bestDelta - 1e-12 * (1.0 + state.first.sum())) {
                    bestDelta = delta;
                    bestMedoid = m;
                    bestRow = h;
                }
            }
        }
        progress.setFraction(std::min(1.0, static_cast<double>(result.swaps + 1) / (k + 1)));
        if (progress.isCancelRequested()) {
            return makeError(ErrorCode::Cancelled);
        }
        if (bestMedoid < 0) {
            result.converged = true;
            break;
        }
        if (result.swaps == params.maxSwaps) {
            break;
        }
        isMedoid[static_cast<std::size_t>(medoids[static_cast<std::size_t>(bestMedoid)])] = false;
        isMedoid[static_cast<std::size_t>(bestRow)] = true;
        medoids[static_cast<std::size_t>(bestMedoid)] = bestRow;
    }

    const Nearest state = nearestMedoids(d, medoids);
    std::vector<std::int64_t> sizes(static_cast<std::size_t>(k), 0);
    for (Index i = 0; i < rows; ++i) {
        ++sizes[static_cast<std::size_t>(state.label[static_cast<std::size_t>(i)])];
    }
    std::vector<int> order(static_cast<std::size_t>(k));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return sizes[static_cast<std::size_t>(a)] > sizes[static_cast<std::size_t>(b)];
    });
    std::vector<int> newLabel(static_cast<std::size_t>(k));
    for (int position = 0; position < k; ++position) {
        const auto old = static_cast<std::size_t>(order[static_cast<std::size_t>(position)]);
        newLabel[old] = position;
        result.medoids.push_back(medoids[old]);
        result.sizes.push_back(sizes[old]);
    }
    result.labels.resize(rows);
    for (Index i = 0; i < rows; ++i) {
        result.labels(i) = newLabel[static_cast<std::size_t>(state.label[static_cast<std::size_t>(i)])];
    }
    result.cost = state.first.sum();
    progress.setFraction(1.0);
    return result;
}

Result<PamResult> fitClara(
    const Matrix &numeric, const CategoryMatrix &categorical, const ClaraParams &params, Progress &progress)
{
    const Index rows = std::max(numeric.rows(), categorical.rows());
    const Matrix numericPart = numeric.rows() == rows ? numeric : Matrix(rows, 0);
    const CategoryMatrix categoricalPart = categorical.rows() == rows ? categorical : CategoryMatrix(rows, 0);
    if (params.clusterCount < 1 || params.clusterCount > rows) {
        return makeError(ErrorCode::InvalidParameter,
            {"k", std::to_string(params.clusterCount), "1.." + std::to_string(rows)});
    }
    if (params.sampleCount < 1 || params.sampleSize < 0) {
        return makeError(ErrorCode::InvalidParameter,
            {"samples", std::to_string(params.sampleCount) + " × " + std::to_string(params.sampleSize),
                ">= 1 draws of >= 0 rows"});
    }
    auto ranges = gowerRanges(numericPart);
    if (!ranges) {
        return ranges.error();
    }
    const int k = params.clusterCount;
    const Index sampleSize = std::min<Index>(rows, params.sampleSize > 0 ? params.sampleSize : 40 + 2 * k);
    std::mt19937_64 generator(params.seed ^ 0x5deece66dULL);
    std::optional<PamResult> best;
    for (int draw = 0; draw < params.sampleCount; ++draw) {
        progress.setStage("clara");
        // A partial Fisher-Yates shuffle (own integer draw: the same on every standard library).
        std::vector<Index> order(static_cast<std::size_t>(rows));
        std::iota(order.begin(), order.end(), Index {0});
        for (Index i = 0; i < sampleSize; ++i) {
            const auto span = static_cast<std::uint64_t>(rows - i);
            const auto pick = i + static_cast<Index>(generator() % span);
            std::swap(order[static_cast<std::size_t>(i)], order[static_cast<std::size_t>(pick)]);
        }
        order.resize(static_cast<std::size_t>(sampleSize));
        std::sort(order.begin(), order.end());
        Matrix d = Matrix::Zero(sampleSize, sampleSize);
        for (Index a = 0; a < sampleSize; ++a) {
            for (Index b = a + 1; b < sampleSize; ++b) {
                const double distance = gowerPair(numericPart, categoricalPart, ranges.value(),
                    order[static_cast<std::size_t>(a)], order[static_cast<std::size_t>(b)]);
                // A pair without a shared variable counts as maximally different inside the sample.
                d(a, b) = d(b, a) = std::isnan(distance) ? 1.0 : distance;
            }
        }
        PamParams pam;
        pam.clusterCount = k;
        pam.maxSwaps = params.maxSwaps;
        auto fitted = fitPam(d, pam, progress);
        if (!fitted) {
            return fitted.error();
        }
        // Every row to its nearest sample medoid; the draw's cost is over all rows.
        PamResult candidate;
        for (const Index medoid : fitted.value().medoids) {
            candidate.medoids.push_back(order[static_cast<std::size_t>(medoid)]);
        }
        candidate.labels.resize(rows);
        candidate.sizes.assign(static_cast<std::size_t>(k), 0);
        for (Index i = 0; i < rows; ++i) {
            int label = -1;
            double nearest = std::numeric_limits<double>::infinity();
            for (int m = 0; m < k; ++m) {
                const double distance = gowerPair(numericPart, categoricalPart, ranges.value(), i,
                    candidate.medoids[static_cast<std::size_t>(m)]);
                if (distance < nearest) {
                    nearest = distance;
                    label = m;
                }
            }
            if (label < 0) {
                return makeError(ErrorCode::InvalidParameter,
                    {"rows", std::to_string(i),
                        "rows sharing at least one non-missing variable with a medoid"});
            }
            candidate.labels(i) = label;
            ++candidate.sizes[static_cast<std::size_t>(label)];
            candidate.cost += nearest;
        }
        candidate.swaps = fitted.value().swaps;
        candidate.converged = fitted.value().converged;
        if (!best || candidate.cost < best->cost) {
            best = std::move(candidate);
        }
        progress.setFraction(static_cast<double>(draw + 1) / params.sampleCount);
        if (progress.isCancelRequested()) {
            return makeError(ErrorCode::Cancelled);
        }
    }
    // Labels by size, as everywhere.
    PamResult result = std::move(*best);
    std::vector<int> order(static_cast<std::size_t>(k));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return result.sizes[static_cast<std::size_t>(a)] > result.sizes[static_cast<std::size_t>(b)];
    });
    std::vector<int> newLabel(static_cast<std::size_t>(k));
    std::vector<Index> medoids;
    std::vector<std::int64_t> sizes;
    for (int position = 0; position < k; ++position) {
        const auto old = static_cast<std::size_t>(order[static_cast<std::size_t>(position)]);
        newLabel[old] = position;
        medoids.push_back(result.medoids[old]);
        sizes.push_back(result.sizes[old]);
    }
    for (Index i = 0; i < rows; ++i) {
        result.labels(i) = newLabel[static_cast<std::size_t>(result.labels(i))];
    }
    result.medoids = std::move(medoids);
    result.sizes = std::move(sizes);
    progress.setFraction(1.0);
    return result;
}

} // namespace segmenta::engine
