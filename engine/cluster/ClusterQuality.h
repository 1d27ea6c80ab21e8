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

/// How the silhouette is computed. Every row is scored exactly up to exactLimit rows; above it a seeded
/// sample is scored against itself, as scikit-learn's silhouette_score(sample_size=…) does, because the
/// exact score costs rows² distances (20,000 rows: 4·10⁸, about a second on two cores).
struct SilhouetteParams
{
    /// Rows up to which every row is scored against every other row, >= 2. Above it, the sample is used.
    Eigen::Index exactLimit = 20000;
    /// Rows drawn without replacement when x has more than exactLimit rows, >= 2. The mean over a sample
    /// of 10,000 has a standard error below 0.01 (silhouettes lie in [-1, 1]); rows >= x.rows() scores
    /// every row exactly.
    Eigen::Index sampleSize = 10000;
    std::uint64_t seed = 0; ///< picks the sample; same seed and data give the same sample, on any platform
    int threadCount = 0; ///< worker threads, >= 0; 0 = std::thread::hardware_concurrency()
};

/// The silhouette of every scored row and their mean (scikit-learn's silhouette_samples and
/// silhouette_score, Euclidean distance).
struct SilhouetteResult
{
    /// Rows of x that were scored, ascending: 0..rows-1, or the sample when isSampled.
    IndexVector rows;
    /// values[i] is the silhouette of row rows[i], in [-1, 1]: (b - a) / max(a, b) with a the mean distance
    /// to the other rows of its segment and b the smallest mean distance to the rows of another segment;
    /// 0 for a row alone in its segment (and when a = b = 0). Distances count scored rows only.
    Vector values;
    double mean = 0.0; ///< mean of values: the silhouette score, in [-1, 1]; higher is better
    bool isSampled = false; ///< true when only a sample of the rows was scored (x.rows() > exactLimit)
    Eigen::Index sampleSize = 0; ///< rows scored: x.rows() unless isSampled
};

/// Checks that labels can be scored against data with `rows` rows, before any work.
/// Ensures: empty when the three scores below can be computed for these labels.
/// Errors: ErrorCode::InvalidParameter with args {"labels", found, allowed}: when labels.size() != rows,
/// and when the number of distinct labels is not in 2..rows-1 (scikit-learn's check_number_of_labels).
/// Labels are any integers (not necessarily 0..k-1); each distinct value is a segment.
std::vector<Error> validateLabels(const IndexVector &labels, Eigen::Index rows);

/// Checks params and labels against data with `rows` rows: the errors of validateLabels(), then
/// ErrorCode::InvalidParameter with args {field name, value, allowed range} for each field out of range.
std::vector<Error> validate(const SilhouetteParams &params, const IndexVector &labels, Eigen::Index rows);

/// Silhouette of each row of x under labels (exact up to params.exactLimit rows, else on a seeded
/// sample), computed in row blocks on params.threadCount threads.
/// Requires: every entry of x is finite.
/// Ensures: the result depends on (x, labels, params without threadCount) only, bit for bit.
/// Reports stage "silhouette" and its fraction after each block of rows; checks for cancel there.
/// Errors: the first error of validate(); ErrorCode::InvalidParameter {"sampleSize", …} when the sample
/// drawn holds fewer than 2 distinct labels or only distinct ones (raise sampleSize);
/// ErrorCode::Cancelled when progress asked to stop.
Result<SilhouetteResult> silhouette(
    const Matrix &x, const IndexVector &labels, const SilhouetteParams &params, Progress &progress);

/// Calinski-Harabasz index (variance ratio criterion), scikit-learn's calinski_harabasz_score: between-
/// segment dispersion × (rows - k) / (within-segment dispersion × (k - 1)); 1 when the within-segment
/// dispersion is 0. Higher is better. Takes O(rows · columns).
/// Requires: validateLabels(labels, x.rows()) is empty; every entry of x is finite.
double calinskiHarabasz(const Matrix &x, const IndexVector &labels);

/// Davies-Bouldin index, scikit-learn's davies_bouldin_score: the mean over segments of the largest
/// (s_i + s_j) / d(c_i, c_j), with s the mean distance of a segment's rows to its centroid c; 0 when all
/// s or all centroid distances are (close to) 0. Lower is better; 0 is the minimum. Takes O(rows · columns).
/// Requires: validateLabels(labels, x.rows()) is empty; every entry of x is finite.
double daviesBouldin(const Matrix &x, const IndexVector &labels);

} // namespace segmenta::engine
