// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "cluster/Hierarchical.h"

#include "cluster/KMeans.h"
#include "cluster/detail/HierarchicalAlgorithms.h"
#include "cluster/detail/HierarchicalKernels.h"
#include "cluster/detail/HierarchicalThreadPool.h"
#include "core/Assert.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <limits>
#include <memory>
#include <numeric>
#include <random>
#include <string>
#include <thread>

namespace segmenta::engine {

namespace {

using Index = Eigen::Index;
using detail::HierarchicalThreadPool;

constexpr int kDefaultMicroClusters = 1000;
constexpr Index kSampleRowsPerMicroCluster = 50;
// Below this many rows a fit is over before a second thread would have started.
constexpr Index kParallelRows = 2048;
// Rows assigned to micro-clusters between two progress reports (and cancel checks).
constexpr Index kAssignBatchRows = Index {1} << 16;
// Bookkeeping per row of the Ward / single-linkage fits besides the coordinates: weights, penalties,
// closest distances, slot maps, the chain, raw and final merges, union-find arrays.
constexpr std::uint64_t kBytesPerRow = 160;

int resolveThreadCount(int requested)
{
    if (requested > 0) {
        return requested;
    }
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

std::unique_ptr<HierarchicalThreadPool> makePool(int threadCount, Index rows)
{
    if (threadCount <= 1 || rows < kParallelRows) {
        return nullptr;
    }
    return std::make_unique<HierarchicalThreadPool>(threadCount);
}

/// "160 GB", "3.2 GB", "512 MB": decimal units, as disk and memory sizes are shown to users.
std::string formatBytes(std::uint64_t bytes)
{
    constexpr std::array<const char *, 6> kUnits = {"bytes", "kB", "MB", "GB", "TB", "PB"};
    double value = static_cast<double>(bytes);
    std::size_t unit = 0;
    while (value >= 1000.0 && unit + 1 < kUnits.size()) {
        value /= 1000.0;
        ++unit;
    }
    std::array<char, 32> buffer {};
    std::snprintf(
        buffer.data(), buffer.size(), value < 10.0 && unit > 0 ? "%.1f %s" : "%.0f %s", value, kUnits[unit]);
    return buffer.data();
}

const char *linkageName(Linkage linkage)
{
    switch (linkage) {
    case Linkage::Ward:
        return "Ward";
    case Linkage::Average:
        return "average";
    case Linkage::Complete:
        return "complete";
    case Linkage::Single:
        return "single";
    }
    return "?";
}

/// Renumbers groups (any ids in [0, idBound)) as labels 0..k-1 by total weight, largest first; equal
/// weights: the group whose first element comes first is lower.
IndexVector labelBySize(
    const std::vector<std::int64_t> &groups, std::int64_t idBound, const std::vector<std::int64_t> *weights)
{
    std::vector<int> compact(static_cast<std::size_t>(idBound), -1);
    std::vector<std::int64_t> totals;
    std::vector<int> ofElement(groups.size());
    for (std::size_t i = 0; i < groups.size(); ++i) {
        int &group = compact[static_cast<std::size_t>(groups[i])];
        if (group < 0) {
            group = static_cast<int>(totals.size());
            totals.push_back(0);
        }
        totals[static_cast<std::size_t>(group)] += weights != nullptr ? (*weights)[i] : 1;
        ofElement[i] = group;
    }
    // Groups are numbered by first element already, so a stable sort by total keeps that tie order.
    std::vector<int> order(totals.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return totals[static_cast<std::size_t>(a)] > totals[static_cast<std::size_t>(b)];
    });
    std::vector<int> label(totals.size());
    for (std::size_t rank = 0; rank < order.size(); ++rank) {
        label[static_cast<std::size_t>(order[rank])] = static_cast<int>(rank);
    }
    IndexVector labels(static_cast<Index>(groups.size()));
    for (std::size_t i = 0; i < groups.size(); ++i) {
        labels[static_cast<Index>(i)] = label[static_cast<std::size_t>(ofElement[i])];
    }
    return labels;
}

/// Labels of the leaves after the first `applied` merges.
IndexVector cutAfter(const Dendrogram &dendrogram, std::int64_t applied)
{
    const std::int64_t n = dendrogram.leafCount();
    std::vector<std::int64_t> parent(static_cast<std::size_t>(std::max<std::int64_t>(2 * n - 1, 0)));
    std::iota(parent.begin(), parent.end(), std::int64_t {0});
    for (std::int64_t m = 0; m < applied; ++m) {
        const Merge &merge = dendrogram.merges[static_cast<std::size_t>(m)];
        parent[static_cast<std::size_t>(merge.left)] = n + m;
        parent[static_cast<std::size_t>(merge.right)] = n + m;
    }
    std::vector<std::int64_t> roots(static_cast<std::size_t>(n));
    for (std::int64_t leaf = 0; leaf < n; ++leaf) {
        std::int64_t id = leaf;
        while (parent[static_cast<std::size_t>(id)] != id) {
            id = parent[static_cast<std::size_t>(id)];
        }
        // Path compression: later leaves of the same cluster stop at the root at once.
        for (std::int64_t walk = leaf; walk != id;) {
            const std::int64_t next = parent[static_cast<std::size_t>(walk)];
            parent[static_cast<std::size_t>(walk)] = id;
            walk = next;
        }
        roots[static_cast<std::size_t>(leaf)] = id;
    }
    return labelBySize(roots, static_cast<std::int64_t>(parent.size()), &dendrogram.leafSizes);
}

/// Leaf labels mapped to rows through the micro-cluster of each row, renumbered by rows.
IndexVector mapToRows(const TwoStepResult &result, const IndexVector &leafLabels)
{
    std::vector<std::int64_t> groups(static_cast<std::size_t>(result.microLabels.size()));
    for (Index i = 0; i < result.microLabels.size(); ++i) {
        groups[static_cast<std::size_t>(i)] = leafLabels[result.microLabels[i]];
    }
    return labelBySize(groups, leafLabels.size() == 0 ? 0 : leafLabels.maxCoeff() + 1, nullptr);
}

Result<Dendrogram> runFit(const Matrix &x, const std::vector<double> &weights,
    std::vector<std::int64_t> leafSizes, const HierarchicalParams &params, Progress &progress)
{
    const std::unique_ptr<HierarchicalThreadPool> pool
        = makePool(resolveThreadCount(params.threadCount), x.rows());
    progress.setStage("hierarchical");
    std::vector<detail::RawMerge> merges;
    bool finished = false;
    switch (params.linkage) {
    case Linkage::Ward:
        finished = detail::wardChain(x, weights, pool.get(), progress, merges);
        break;
    case Linkage::Average:
    case Linkage::Complete:
        finished = detail::distanceMatrixChain(x, params.linkage, pool.get(), progress, merges);
        break;
    case Linkage::Single:
        finished = detail::primSingleLinkage(x, pool.get(), progress, merges);
        break;
    }
    if (!finished) {
        return makeError(ErrorCode::Cancelled);
    }
    const detail::MergeOrder order
        = params.linkage == Linkage::Single ? detail::MergeOrder::SpanningTree : detail::MergeOrder::Sequence;
    return detail::labelMerges(merges, order, std::move(leafSizes));
}

/// Rows drawn without replacement (partial Fisher-Yates with the seed), in their original order.
std::vector<Index> sampleRows(Index rows, Index count, std::uint64_t seed)
{
    std::vector<Index> all(static_cast<std::size_t>(rows));
    std::iota(all.begin(), all.end(), Index {0});
    if (count >= rows) {
        return all;
    }
    std::mt19937_64 generator(seed ^ 0x5eed'7a1c'0000'0001ULL);
    for (Index i = 0; i < count; ++i) {
        // Uniform in [i, rows) from the top 53 bits, the same on every standard library.
        const double uniform = static_cast<double>(generator() >> 11U) * 0x1p-53;
        const Index pick
            = i + std::min(rows - i - 1, static_cast<Index>(uniform * static_cast<double>(rows - i)));
        std::swap(all[static_cast<std::size_t>(i)], all[static_cast<std::size_t>(pick)]);
    }
    all.resize(static_cast<std::size_t>(count));
    std::sort(all.begin(), all.end());
    return all;
}

} // namespace

std::uint64_t estimateHierarchicalMemory(Eigen::Index rows, Eigen::Index columns, Linkage linkage)
{
    const auto n = static_cast<std::uint64_t>(std::max<Index>(rows, 0));
    const auto d = static_cast<std::uint64_t>(std::max<Index>(columns, 0));
    // Coordinates are copied (column-major, padded to whole scan groups).
    const auto group = static_cast<std::uint64_t>(detail::kScanGroup);
    const std::uint64_t padded = (n + group - 1) / group * group;
    std::uint64_t bytes = 8 * padded * d + kBytesPerRow * n;
    if (linkage == Linkage::Average || linkage == Linkage::Complete) {
        bytes += n * (n > 0 ? n - 1 : 0) / 2 * 8;
    }
    return bytes;
}

std::vector<Error> validate(const HierarchicalParams &params, Eigen::Index rows, Eigen::Index columns)
{
    std::vector<Error> errors;
    if (params.threadCount < 0) {
        errors.push_back(makeError(ErrorCode::InvalidParameter,
            {"threadCount", std::to_string(params.threadCount), ">= 0 (0 = all cores)"}));
    }
    if (columns < 1) {
        errors.push_back(
            makeError(ErrorCode::InvalidParameter, {"columns", std::to_string(columns), ">= 1"}));
    }
    if (rows < 1) {
        errors.push_back(makeError(ErrorCode::TooFewCustomers, {std::to_string(rows), "1"}));
    }
    const std::uint64_t needed = estimateHierarchicalMemory(rows, columns, params.linkage);
    if (needed > params.memoryLimitBytes) {
        std::string advice = "at most " + formatBytes(params.memoryLimitBytes) + " (the memory limit): exact "
            + linkageName(params.linkage) + " linkage on " + std::to_string(rows) + " customers";
        if (params.linkage == Linkage::Average || params.linkage == Linkage::Complete) {
            advice += " keeps all their pairwise distances; use Ward or single linkage, or two-step Ward";
        } else {
            advice += " does not fit; use two-step Ward";
        }
        errors.push_back(makeError(ErrorCode::InvalidParameter, {"memory", formatBytes(needed), advice}));
    }
    return errors;
}

Result<Dendrogram> fitHierarchical(const Matrix &x, const HierarchicalParams &params, Progress &progress)
{
    if (std::vector<Error> errors = validate(params, x.rows(), x.cols()); !errors.empty()) {
        return std::move(errors.front());
    }
    SEGMENTA_ASSERT(
        x.allFinite(), "fitHierarchical: x has NaN or infinite entries; the caller must drop them");
    const auto rows = static_cast<std::size_t>(x.rows());
    return runFit(x, std::vector<double>(rows, 1.0), std::vector<std::int64_t>(rows, 1), params, progress);
}

Result<Dendrogram> fitWeightedWard(const Matrix &centres, const std::vector<std::int64_t> &sizes,
    const HierarchicalParams &params, Progress &progress)
{
    HierarchicalParams ward = params;
    ward.linkage = Linkage::Ward;
    if (std::vector<Error> errors = validate(ward, centres.rows(), centres.cols()); !errors.empty()) {
        return std::move(errors.front());
    }
    SEGMENTA_ASSERT(
        static_cast<Index>(sizes.size()) == centres.rows(), "fitWeightedWard: one size per centre");
    SEGMENTA_ASSERT(std::all_of(sizes.begin(), sizes.end(), [](std::int64_t size) { return size >= 1; }),
        "fitWeightedWard: every size must be >= 1");
    SEGMENTA_ASSERT(centres.allFinite(), "fitWeightedWard: centres have NaN or infinite entries");
    std::vector<double> weights(sizes.begin(), sizes.end());
    return runFit(centres, weights, sizes, ward, progress);
}

IndexVector cutByCount(const Dendrogram &dendrogram, int k)
{
    SEGMENTA_ASSERT(k >= 1 && k <= dendrogram.leafCount(), "cutByCount: k must be in 1..leafCount");
    return cutAfter(dendrogram, dendrogram.leafCount() - k);
}

IndexVector cutByHeight(const Dendrogram &dendrogram, double height)
{
    SEGMENTA_ASSERT(dendrogram.leafCount() >= 1, "cutByHeight: empty dendrogram");
    const auto end = std::upper_bound(dendrogram.merges.begin(), dendrogram.merges.end(), height,
        [](double h, const Merge &merge) { return h < merge.height; });
    return cutAfter(dendrogram, end - dendrogram.merges.begin());
}

IndexVector cutByCount(const TwoStepResult &result, int k)
{
    return mapToRows(result, cutByCount(result.dendrogram, k));
}

IndexVector cutByHeight(const TwoStepResult &result, double height)
{
    return mapToRows(result, cutByHeight(result.dendrogram, height));
}

std::vector<Error> validate(const TwoStepParams &params, Eigen::Index rows, Eigen::Index columns)
{
    std::vector<Error> errors;
    const auto invalid = [&errors](const char *field, long long value, const char *allowed) {
        errors.push_back(makeError(ErrorCode::InvalidParameter, {field, std::to_string(value), allowed}));
    };
    if (params.microClusterCount < 0) {
        invalid("microClusterCount", params.microClusterCount, ">= 0 (0 = min(rows, 1000))");
    }
    if (params.sampleSize < 0) {
        invalid("sampleSize", params.sampleSize, ">= 0 (0 = 50 rows per micro-cluster)");
    }
    if (params.kmeansMaxIterations < 1) {
        invalid("kmeansMaxIterations", params.kmeansMaxIterations, ">= 1");
    }
    if (params.threadCount < 0) {
        invalid("threadCount", params.threadCount, ">= 0 (0 = all cores)");
    }
    if (columns < 1) {
        invalid("columns", columns, ">= 1");
    }
    if (rows < 1) {
        errors.push_back(makeError(ErrorCode::TooFewCustomers, {std::to_string(rows), "1"}));
    }
    return errors;
}

Result<TwoStepResult> fitTwoStepWard(const Matrix &x, const TwoStepParams &params, Progress &progress)
{
    if (std::vector<Error> errors = validate(params, x.rows(), x.cols()); !errors.empty()) {
        return std::move(errors.front());
    }
    SEGMENTA_ASSERT(
        x.allFinite(), "fitTwoStepWard: x has NaN or infinite entries; the caller must drop them");
    const Index rows = x.rows();
    const Index columns = x.cols();
    const int threadCount = resolveThreadCount(params.threadCount);
    HierarchicalParams wardParams;
    wardParams.threadCount = threadCount;
    const Index microCount = std::min<Index>(
        rows, params.microClusterCount == 0 ? kDefaultMicroClusters : params.microClusterCount);

    TwoStepResult result;
    if (microCount >= rows) {
        result.microLabels.resize(rows);
        std::iota(result.microLabels.begin(), result.microLabels.end(), 0);
        result.microCentroids = x;
        Result<Dendrogram> tree = fitWeightedWard(
            x, std::vector<std::int64_t>(static_cast<std::size_t>(rows), 1), wardParams, progress);
        if (!tree) {
            return tree.error();
        }
        result.dendrogram = std::move(tree).value();
        return result;
    }

    // Step 1: k-means on a sample, so that its seeding and Lloyd iterations cost O(sample · micro-clusters).
    const Index sampleSize = std::max(microCount,
        std::min(rows, params.sampleSize == 0 ? kSampleRowsPerMicroCluster * microCount : params.sampleSize));
    const std::vector<Index> sample = sampleRows(rows, sampleSize, params.seed);
    Matrix sampled(static_cast<Index>(sample.size()), columns);
    for (std::size_t i = 0; i < sample.size(); ++i) {
        sampled.row(static_cast<Index>(i)) = x.row(sample[i]);
    }
    KMeansParams kmeans;
    kmeans.clusterCount = static_cast<int>(microCount);
    kmeans.initCount = 1;
    kmeans.maxIterations = params.kmeansMaxIterations;
    kmeans.seed = params.seed;
    kmeans.threadCount = threadCount;
    Result<KMeansResult> fitted = fitKMeans(sampled, kmeans, progress);
    if (!fitted) {
        return fitted.error();
    }
    const Matrix &centres = fitted.value().centroids;

    // Step 2: every row joins its nearest centre; the centres become the means of their rows.
    progress.setStage("twostep.assign");
    const Index stride = (microCount + detail::kScanGroup - 1) / detail::kScanGroup * detail::kScanGroup;
    // Padding centres are infinitely far, so no row picks them.
    std::vector<double> centreColumns(
        static_cast<std::size_t>(stride * columns), std::numeric_limits<double>::infinity());
    for (Index j = 0; j < microCount; ++j) {
        for (Index t = 0; t < columns; ++t) {
            centreColumns[static_cast<std::size_t>(t * stride + j)] = centres(j, t);
        }
    }
    IndexVector nearest(rows);
    const std::unique_ptr<HierarchicalThreadPool> pool = makePool(threadCount, rows);
    const int parts = pool != nullptr ? pool->threadCount() : 1;
    for (Index batch = 0; batch < rows; batch += kAssignBatchRows) {
        const Index batchEnd = std::min(rows, batch + kAssignBatchRows);
        const auto assign = [&](int part) {
            const Index begin = batch + (batchEnd - batch) * part / parts;
            const Index end = batch + (batchEnd - batch) * (part + 1) / parts;
            for (Index i = begin; i < end; ++i) {
                nearest[i] = static_cast<int>(
                    detail::nearestPoint(x.row(i).data(), centreColumns.data(), stride, columns, stride));
            }
        };
        if (pool != nullptr) {
            pool->run(assign);
        } else {
            assign(0);
        }
        progress.setFraction(static_cast<double>(batchEnd) / static_cast<double>(rows));
        if (progress.isCancelRequested()) {
            return makeError(ErrorCode::Cancelled);
        }
    }
    Matrix sums = Matrix::Zero(microCount, columns);
    std::vector<std::int64_t> counts(static_cast<std::size_t>(microCount), 0);
    for (Index i = 0; i < rows; ++i) {
        sums.row(nearest[i]) += x.row(i);
        ++counts[static_cast<std::size_t>(nearest[i])];
    }
    // Centres no row chose (duplicate centres when x has fewer distinct rows) are dropped.
    std::vector<int> renumbered(static_cast<std::size_t>(microCount), -1);
    std::vector<std::int64_t> sizes;
    for (Index j = 0; j < microCount; ++j) {
        if (counts[static_cast<std::size_t>(j)] > 0) {
            renumbered[static_cast<std::size_t>(j)] = static_cast<int>(sizes.size());
            sizes.push_back(counts[static_cast<std::size_t>(j)]);
        }
    }
    result.microCentroids.resize(static_cast<Index>(sizes.size()), columns);
    for (Index j = 0; j < microCount; ++j) {
        const int kept = renumbered[static_cast<std::size_t>(j)];
        if (kept >= 0) {
            result.microCentroids.row(kept)
                = sums.row(j) / static_cast<double>(counts[static_cast<std::size_t>(j)]);
        }
    }
    result.microLabels.resize(rows);
    for (Index i = 0; i < rows; ++i) {
        result.microLabels[i] = renumbered[static_cast<std::size_t>(nearest[i])];
    }

    // Step 3: Ward on the micro-clusters, each weighted by its rows.
    Result<Dendrogram> tree = fitWeightedWard(result.microCentroids, sizes, wardParams, progress);
    if (!tree) {
        return tree.error();
    }
    result.dendrogram = std::move(tree).value();
    return result;
}

} // namespace segmenta::engine
