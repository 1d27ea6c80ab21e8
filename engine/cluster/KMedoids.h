// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "cluster/Gower.h"
#include "core/Error.h"
#include "core/Matrix.h"
#include "core/Progress.h"
#include "core/Result.h"

#include <cstdint>
#include <vector>

namespace segmenta::engine {

/// What PAM (Kaufman & Rousseeuw) is asked to do on a precomputed dissimilarity matrix.
struct PamParams
{
    int clusterCount = 4; ///< k, 1..rows
    int maxSwaps = 1000; ///< SWAP steps (each applies the best improving swap), >= 0
    /// Largest n × n matrix of doubles exact PAM may need; above it the caller must sample (CLARA).
    std::int64_t memoryBudgetBytes = std::int64_t {2} << 30;
};

struct PamResult
{
    std::vector<Eigen::Index> medoids; ///< row of each label's medoid; labels ordered by size (0 = largest)
    IndexVector labels; ///< nearest medoid per row (ties: the lower label before renumbering)
    std::vector<std::int64_t> sizes; ///< rows per label, non-increasing
    double cost = 0.0; ///< sum over rows of the dissimilarity to their medoid
    int swaps = 0; ///< SWAP steps applied
    bool converged = false; ///< no improving swap was left
};

/// Bytes exact PAM needs for n rows (the n × n matrix of doubles).
std::int64_t pamMemoryBytes(std::int64_t rows);

/// Refuses before any work: InvalidParameter for k out of 1..rows and maxSwaps < 0; InvalidParameter
/// {"customers", n, "at most m for exact PAM within the memory budget of B MB (use CLARA)"} when the n × n
/// matrix would not fit params.memoryBudgetBytes.
std::vector<Error> validate(const PamParams &params, Eigen::Index rows);

/// PAM on a symmetric dissimilarity matrix: BUILD (greedy: each new medoid lowers the total cost most), then
/// SWAP (the best medoid/non-medoid exchange while it lowers the cost). Deterministic: ties go to the lower
/// row. Reports stage "kmedoids" after each swap; checks for cancel there and during BUILD.
/// Errors: those of validate(); InvalidParameter {"k", k, "at most the number of distinct rows (d)"} when
/// BUILD cannot find k medoids at distinct positions; Cancelled.
Result<PamResult> fitPam(const Matrix &dissimilarity, const PamParams &params, Progress &progress);

/// CLARA (Kaufman & Rousseeuw): PAM on random samples, the medoids of the sample with the lowest total
/// Gower dissimilarity over all rows win. For n beyond what exact PAM fits in memory.
struct ClaraParams
{
    int clusterCount = 4; ///< k, 1..rows
    int sampleCount = 5; ///< draws, >= 1
    int sampleSize = 0; ///< rows per draw; 0: 40 + 2k (Kaufman & Rousseeuw), capped at the row count
    int maxSwaps = 1000; ///< per sample's PAM
    std::uint64_t seed = 0; ///< same seed and data give the same result
};

/// Gower on numeric (NaN = missing) and categorical (-1 = missing) columns, ranges over all rows.
/// Result: medoids are rows of the full data; labels, sizes and cost are over all rows.
/// Reports stage "clara" after each draw; checks for cancel there and inside each PAM.
/// Errors: those of gowerRanges and fitPam; InvalidParameter for sampleCount/sampleSize; InvalidParameter
/// {"rows", "i, j", …} when a row shares no variable with a medoid; Cancelled.
Result<PamResult> fitClara(
    const Matrix &numeric, const CategoryMatrix &categorical, const ClaraParams &params, Progress &progress);

} // namespace segmenta::engine
