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

/// What k-means is asked to do. Defaults follow scikit-learn's KMeans (n_init = 10, max_iter = 300,
/// tol = 1e-4) so that results can be compared with it.
struct KMeansParams
{
    int clusterCount = 4; ///< k: number of segments, 1..rows
    int initCount = 10; ///< independent k-means++ starts, >= 1; the start with the lowest inertia wins
    int maxIterations = 300; ///< Lloyd iterations per start, >= 1
    /// Convergence, >= 0: a start stops when the squared centroid shift summed over all centroids is
    /// <= tolerance * (mean over columns of the population variance of x), scikit-learn's definition,
    /// or when no label changed.
    double tolerance = 1e-4;
    std::uint64_t seed = 0; ///< same seed and data give the identical result, whatever threadCount is
    int threadCount = 0; ///< worker threads, >= 0; 0 = std::thread::hardware_concurrency()
};

/// What k-means found. Labels are renumbered by segment size, so equal runs give equal colours.
struct KMeansResult
{
    /// Per row of x, 0..k-1, ordered by segment size (0 = largest; equal sizes: the label whose first
    /// row comes first is lower).
    IndexVector labels;
    /// k x columns, in the units of x, row j for label j: the centres of the last Lloyd step, to which every
    /// row's label is the nearest (the mean of the rows labelled j once labels stopped changing).
    Matrix centroids;
    std::vector<std::int64_t> sizes; ///< rows per label, non-increasing
    double inertia = 0.0; ///< sum over rows of the squared Euclidean distance to the row's centroid
    int iterations = 0; ///< Lloyd iterations run by the winning start
    bool converged = false; ///< the winning start met the tolerance (or stopped changing) in time
};

/// Checks params against the shape of the data before any work; the UI uses it to explain why Run is
/// disabled.
/// Ensures: empty when fitKMeans(x, params, …) with x of this shape can run.
/// Errors: ErrorCode::InvalidParameter with args {field name, value, allowed range} for each field out
/// of range (and for columns == 0, named "columns"); ErrorCode::TooFewCustomers with args {rows, k}
/// when there are fewer rows than segments.
std::vector<Error> validate(const KMeansParams &params, Eigen::Index rows, Eigen::Index columns);

/// Partitions the rows of x into params.clusterCount segments minimising the within-segment sum of
/// squares: greedy k-means++ seeding (as scikit-learn: 2 + floor(ln k) candidates per centre), then
/// Lloyd iterations, repeated params.initCount times.
/// Requires: every entry of x is finite.
/// Ensures: on success the result is a pure function of (x, params without threadCount); labels of
/// rows are 0..k-1. Only when x has fewer than k distinct rows can trailing labels have size 0.
/// Reports stage "kmeans" and its fraction after each Lloyd iteration; checks for cancel there.
/// Errors: the first error of validate(); ErrorCode::Cancelled when progress asked to stop.
Result<KMeansResult> fitKMeans(const Matrix &x, const KMeansParams &params, Progress &progress);

} // namespace segmenta::engine
