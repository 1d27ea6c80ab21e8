// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Matrix.h"

#include <vector>

namespace segmenta::engine::detail {

/// Whether a query row is also a reference row that must not be its own neighbour.
enum class SelfMatch
{
    Exclude, ///< queries are the reference rows themselves (fitTsne)
    Include, ///< queries are other points (placeIntoTsne)
};

/// The k nearest reference rows of each query row, nearest first.
struct NeighbourLists
{
    Eigen::Index k = 0;
    std::vector<int> indices; ///< queries x k, row-major: reference row numbers
    std::vector<double> squaredDistances; ///< queries x k, row-major, non-decreasing along a row
};

/// Exact k nearest neighbours by a KD-tree (nanoflann) over the reference rows, queries in parallel.
/// Requires: 1 <= k <= reference rows (- 1 with SelfMatch::Exclude); queries.cols() == reference.cols().
/// Ensures: with SelfMatch::Exclude row i never lists i (with duplicates of i, the copies are listed).
NeighbourLists findNeighbours(
    const Matrix &reference, const Matrix &queries, Eigen::Index k, SelfMatch selfMatch, int threadCount);

/// Tolerance on |entropy - ln(perplexity)| of the bandwidth search, in nats (scikit-learn's).
inline constexpr double kEntropyTolerance = 1e-5;

/// Fills p[0..k) with the conditional distribution p_{j|i} ∝ exp(-beta d_j) whose entropy (nats) is within
/// kEntropyTolerance of ln(perplexity), found by bisection on beta (the precision of the Gaussian).
/// Returns that entropy. When no beta reaches it (all distances equal), p is uniform.
/// Requires: k >= 1, squaredDistances non-negative.
double calibrateConditional(const double *squaredDistances, Eigen::Index k, double perplexity, double *p);

/// Row-compressed sparse matrix (CSR), columns sorted within each row.
struct SparseRows
{
    std::vector<Eigen::Index> rowStart; ///< rows + 1 offsets into columns/values
    std::vector<int> columns;
    std::vector<double> values;
};

/// The conditional probabilities of each query row over its neighbours (rows of sum 1), as CSR.
SparseRows conditionalProbabilities(
    const NeighbourLists &neighbours, Eigen::Index rows, double perplexity, int threadCount);

/// t-SNE's joint P: (P_cond + P_cond^T) / (2 rows); symmetric, sums to 1.
SparseRows symmetrise(const SparseRows &conditional);

} // namespace segmenta::engine::detail
