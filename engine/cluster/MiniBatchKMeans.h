// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Error.h"
#include "core/Matrix.h"
#include "core/Progress.h"
#include "core/Result.h"

#include <cstdint>
#include <vector>

namespace segmenta::engine {

/// What mini-batch k-means is asked to do. Defaults follow scikit-learn 1.2's MiniBatchKMeans (batch_size
/// 1024, max_iter 100, max_no_improvement 10, init_size 3 · batch_size, n_init 3, reassignment_ratio 0.01).
struct MiniBatchKMeansParams
{
    int clusterCount = 4; ///< k: number of segments, 1..rows
    int batchSize = 1024; ///< rows drawn (with replacement) per step, >= 1
    /// Passes over the data, >= 1: at most maxEpochs · rows / batchSize steps (scikit-learn's max_iter).
    int maxEpochs = 100;
    /// Early stop, >= 0: after this many steps in a row without a new lowest smoothed batch inertia (an
    /// exponentially weighted average of the inertia per row of each batch); 0 disables the early stop.
    int maxNoImprovement = 10;
    /// Rows of the random sample each start is seeded on (greedy k-means++) and scored on, >= 0;
    /// 0 = 3 · batchSize (at least k), capped at the row count.
    int initSize = 0;
    int initCount = 3; ///< k-means++ seedings tried on their samples, >= 1; the lowest sample inertia wins
    /// In [0, 1): a centre whose count of rows seen stays below this share of the largest count is moved onto
    /// a random row of the batch now and then (as scikit-learn), so no centre stays stranded. 0 = never.
    double reassignmentRatio = 0.01;
    std::uint64_t seed = 0; ///< same seed and data give the identical result, whatever threadCount is
    int threadCount = 0; ///< worker threads for the final assignment, >= 0; 0 = all cores
};

/// What mini-batch k-means found: centres from the batch updates, then one exact pass over all rows.
struct MiniBatchKMeansResult
{
    /// Per row, the nearest returned centre (ties: the lower one), 0..k-1 ordered by size (0 = largest; equal
    /// sizes: the label whose first row comes first is lower).
    IndexVector labels;
    Matrix centroids; ///< k x columns, in the units of x, row j for label j
    std::vector<std::int64_t> sizes; ///< rows per label, non-increasing
    double inertia = 0.0; ///< exact: sum over all rows of the squared distance to the row's centroid
    int steps = 0; ///< mini-batch updates made
    int epochs = 0; ///< passes over the data those steps amount to, rounded up (scikit-learn's n_iter_)
    bool converged = false; ///< stopped early (no improvement) rather than after maxEpochs
};

/// Checks params against the shape of the data before any work.
/// Errors: ErrorCode::InvalidParameter {field name, value, allowed range} per field out of range (and
/// "columns" for columns == 0); ErrorCode::TooFewCustomers {rows, k} when there are fewer rows than segments.
std::vector<Error> validate(const MiniBatchKMeansParams &params, Eigen::Index rows, Eigen::Index columns);

/// k-means on random batches (Sculley 2010, as scikit-learn's MiniBatchKMeans): seeds the centres with
/// greedy k-means++ on a random sample (the best of initCount samples by their inertia), then for each batch
/// moves every centre towards the mean of its batch rows with the learning rate 1 / (rows it has seen), and
/// stops early when the smoothed batch inertia stops improving. A final pass assigns every row, so labels and
/// inertia are exact for the returned centres. For very many customers: the steps cost batchSize rows each.
/// Requires: every entry of x is finite.
/// Ensures: on success the result is a pure function of (x, params without threadCount).
/// Reports stage "minibatch" and its fraction every few steps; checks for cancel there.
/// Errors: the first error of validate(); ErrorCode::Cancelled when progress asked to stop.
Result<MiniBatchKMeansResult> fitMiniBatchKMeans(
    const Matrix &x, const MiniBatchKMeansParams &params, Progress &progress);

} // namespace segmenta::engine
