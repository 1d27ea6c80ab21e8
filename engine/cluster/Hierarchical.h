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

/// How the distance between two clusters is measured (all on Euclidean distances between rows).
enum class Linkage
{
    Ward, ///< increase of the within-cluster sum of squares; heights as scipy: sqrt(2|A||B|/(|A|+|B|))·‖cA −
          ///< cB‖
    Average, ///< mean distance between the rows of the two clusters (UPGMA)
    Complete, ///< largest distance between a row of one and a row of the other
    Single, ///< smallest distance between a row of one and a row of the other
};

/// What hierarchical clustering is asked to do.
///
/// Cost: every linkage takes O(rows² · columns) time — Ward on 20,000 × 16 rows takes ~1.8 s of processor
/// time, 200,000 rows would take minutes (fitTwoStepWard is the way past ~30,000 rows). Memory
/// (estimateHierarchicalMemory): Ward and single linkage need O(rows · columns) — nearest-neighbour chain on
/// centroids, Prim's minimum spanning tree — so 200,000 rows fit but take long; average and complete keep
/// all rows·(rows−1)/2 distances (8 bytes each), so 200,000 rows would need 160 GB and are refused by
/// validate().
struct HierarchicalParams
{
    Linkage linkage = Linkage::Ward; ///< how clusters are compared
    int threadCount
        = 0; ///< worker threads, >= 0; 0 = std::thread::hardware_concurrency(); never changes the result
    /// Upper bound, in bytes, on what the fit may allocate (estimateHierarchicalMemory); validate() refuses
    /// larger runs. The default, 4 GB, allows average or complete linkage up to about 31,000 rows.
    std::uint64_t memoryLimitBytes = 4'000'000'000;
};

/// One merge of a dendrogram, in scipy's linkage-matrix convention (one row of
/// scipy.cluster.hierarchy.linkage's Z).
struct Merge
{
    /// Cluster ids: 0..leafCount-1 are the leaves; leafCount + i is the cluster made by merges[i].
    /// left < right.
    std::int64_t left = 0;
    std::int64_t right = 0;
    double height = 0.0; ///< linkage distance between left and right (see Linkage), >= 0
    std::int64_t size = 0; ///< rows in the merged cluster (sum of its leaves' sizes)
};

/// The merge tree of a hierarchical clustering.
struct Dendrogram
{
    /// Rows each leaf stands for: all 1 when the leaves are rows, the micro-cluster sizes in two-step Ward.
    std::vector<std::int64_t> leafSizes;
    /// leafCount() - 1 merges, ordered by height as scipy orders them (a stable sort of the merges in the
    /// order the algorithm made them), so heights are non-decreasing and every merge comes after those
    /// that made its two clusters.
    std::vector<Merge> merges;

    Eigen::Index leafCount() const { return static_cast<Eigen::Index>(leafSizes.size()); }
};

/// Bytes fitHierarchical() allocates for `rows` × `columns` data with this linkage (an upper estimate,
/// without x itself): about 8·rows·columns + 160·rows for Ward and single linkage, plus 4·rows·(rows−1)
/// for average and complete linkage's distance matrix.
std::uint64_t estimateHierarchicalMemory(Eigen::Index rows, Eigen::Index columns, Linkage linkage);

/// Checks params against the shape of the data before any work.
/// Ensures: empty when fitHierarchical(x, params, …) with x of this shape can run.
/// Errors: ErrorCode::InvalidParameter {field, value, allowed range} for threadCount < 0 and columns < 1;
/// ErrorCode::InvalidParameter {"memory", needed (e.g. "160 GB"), "at most <limit> …" with the way out}
/// when estimateHierarchicalMemory() exceeds memoryLimitBytes; ErrorCode::TooFewCustomers {rows, 1} for no
/// rows.
std::vector<Error> validate(const HierarchicalParams &params, Eigen::Index rows, Eigen::Index columns);

/// Agglomerative clustering of the rows of x: nearest-neighbour chain for Ward (on centroids, like
/// fastcluster.linkage_vector), average and complete (on the condensed distance matrix, like scipy), and
/// Prim's minimum spanning tree for single linkage. Merge heights equal
/// scipy.cluster.hierarchy.linkage(x, method) up to rounding (~1e-15 relative: the same sums in the same
/// order, Ward's from centroids instead of scipy's Lance-Williams recurrence). Ties are broken as scipy
/// breaks them (lowest cluster slot first, the previous link of the nearest-neighbour chain preferred), so
/// average, complete and single linkage give scipy's very Z even on tied data; Ward's rounding differs, so
/// merges of equal height may come in another order (same heights, same clusters at each cut).
/// Requires: every entry of x is finite.
/// Ensures: on success, merges.size() == rows - 1 and leafSizes are all 1; a pure function of (x, params
/// without threadCount). Duplicate rows merge at height 0.
/// Reports stage "hierarchical" (average/complete first "hierarchical.distances") and its fraction about a
/// thousand times; checks for cancel there.
/// Errors: the first error of validate(); ErrorCode::Cancelled when progress asked to stop.
Result<Dendrogram> fitHierarchical(const Matrix &x, const HierarchicalParams &params, Progress &progress);

/// Ward on weighted points: row j of centres stands for sizes[j] rows at that point (a micro-cluster), so
/// the heights are those Ward would give on the rows if each micro-cluster were merged first. params.linkage
/// is ignored.
/// Requires: sizes.size() == centres.rows(), every size >= 1, every entry of centres finite.
/// Ensures: leafSizes == sizes; merge sizes count rows. Otherwise as fitHierarchical().
/// Errors: as fitHierarchical() with Ward.
Result<Dendrogram> fitWeightedWard(const Matrix &centres, const std::vector<std::int64_t> &sizes,
    const HierarchicalParams &params, Progress &progress);

/// The k clusters left after all but the last k - 1 merges, as one label per leaf: 0..k-1, ordered by
/// cluster size in rows (0 = largest; equal sizes: the cluster whose first leaf comes first is lower), as
/// KMeansResult::labels. Equals scipy's fcluster(Z, k, "maxclust") up to the label names when the merge
/// heights around the cut are distinct (with equal heights scipy may return fewer than k clusters).
/// Requires: 1 <= k <= dendrogram.leafCount().
IndexVector cutByCount(const Dendrogram &dendrogram, int k);

/// The clusters left after every merge with height <= height (scipy's fcluster(Z, height, "distance")),
/// labelled as cutByCount().
/// Requires: dendrogram.leafCount() >= 1.
IndexVector cutByHeight(const Dendrogram &dendrogram, double height);

/// Two-step Ward for many rows: k-means condenses the rows into micro-clusters, Ward merges those.
struct TwoStepParams
{
    /// Micro-clusters, >= 0; 0 = min(rows, 1000). With rows <= this count every row is its own
    /// micro-cluster and the result is exact Ward.
    int microClusterCount = 0;
    /// Rows the micro-clusters' k-means is fitted on (drawn without replacement with seed), >= 0;
    /// 0 = min(rows, 50 · micro-clusters). Every row is then assigned to its nearest micro-cluster centre
    /// and the centres become the means of their rows.
    Eigen::Index sampleSize = 0;
    int kmeansMaxIterations = 30; ///< Lloyd iterations of that k-means (one start), >= 1
    std::uint64_t seed = 0; ///< same seed and data give the identical result, whatever threadCount is
    int threadCount = 0; ///< worker threads, >= 0; 0 = std::thread::hardware_concurrency()
};

/// What two-step Ward found: micro-clusters and the Ward tree over them.
struct TwoStepResult
{
    IndexVector microLabels; ///< per row of x: its micro-cluster, 0..microCentroids.rows()-1
    Matrix microCentroids; ///< one row per micro-cluster: the mean of its rows, in the units of x
    /// Ward over the micro-clusters: leaf j is micro-cluster j, leafSizes[j] its rows (never 0).
    Dendrogram dendrogram;
};

/// Checks params against the shape of the data before any work.
/// Errors: ErrorCode::InvalidParameter {field, value, allowed range} for each field out of range and for
/// columns < 1; ErrorCode::TooFewCustomers {rows, 1} for no rows.
std::vector<Error> validate(const TwoStepParams &params, Eigen::Index rows, Eigen::Index columns);

/// Hierarchical Ward clustering that scales to millions of rows: fitKMeans on a sample makes the
/// micro-clusters, every row joins its nearest one, then fitWeightedWard merges them by size-weighted Ward.
/// 1,000,000 × 16 rows into 1,000 micro-clusters take ~15 s of processor time and ~25 MB beside x. Cut with
/// the TwoStepResult overloads of cutByCount() / cutByHeight() to get one label per row.
/// Requires: every entry of x is finite.
/// Ensures: a pure function of (x, params without threadCount); micro-clusters that received no row are
/// dropped, so every leaf size is >= 1.
/// Reports stages "kmeans" (fitKMeans's), "twostep.assign" and "hierarchical"; checks for cancel in each.
/// Errors: the first error of validate(); ErrorCode::Cancelled when progress asked to stop.
Result<TwoStepResult> fitTwoStepWard(const Matrix &x, const TwoStepParams &params, Progress &progress);

/// cutByCount() of the micro-cluster tree, mapped back to the rows: one label per row of x, 0..k-1 by
/// cluster size in rows (equal sizes: the cluster whose first row comes first is lower).
/// Requires: 1 <= k <= result.dendrogram.leafCount().
IndexVector cutByCount(const TwoStepResult &result, int k);

/// cutByHeight() of the micro-cluster tree, mapped back to the rows and labelled as above.
IndexVector cutByHeight(const TwoStepResult &result, double height);

} // namespace segmenta::engine
