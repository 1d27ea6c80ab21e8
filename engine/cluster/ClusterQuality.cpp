// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "cluster/ClusterQuality.h"

#include "core/Assert.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <utility>

namespace segmenta::engine {

namespace {

using Index = Eigen::Index;

// Work is split into fixed blocks of rows, and each row's sums run over fixed blocks of columns in order:
// the partition depends only on the row count, so the result is the same bit for bit on any thread count.
// A 64 x 1024 block of distances is 512 KiB, which stays in a core's L2 cache between the GEMM that writes
// it and the pass that turns it into distances and sums it per segment.
constexpr Index kBlockRows = 64;
constexpr Index kBlockColumns = 1024;

// scikit-learn's davies_bouldin_score returns 0 when np.allclose(…, 0) holds, i.e. all |v| <= 1e-8.
constexpr double kAllCloseToZero = 1e-8;

// splitmix64's finaliser: spreads the seed over the whole state so that neighbouring seeds give unrelated
// generators.
std::uint64_t mixBits(std::uint64_t value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30U)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27U)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31U);
}

// Uniform on 0..bound-1 by rejection. std::uniform_int_distribution is implementation-defined, and the
// sample must be the same on every standard library.
std::uint64_t uniformBelow(std::mt19937_64 &generator, std::uint64_t bound)
{
    const std::uint64_t threshold = (0 - bound) % bound;
    for (;;) {
        const std::uint64_t draw = generator();
        if (draw >= threshold) {
            return draw % bound;
        }
    }
}

/// Labels renumbered 0..count-1 in increasing order of the original values (scikit-learn's LabelEncoder).
struct DenseLabels
{
    std::vector<int> ofRow; // dense label of each row
    std::vector<Index> sizes; // rows per dense label
};

DenseLabels denseLabels(const IndexVector &labels)
{
    std::vector<int> values(labels.data(), labels.data() + labels.size());
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    DenseLabels dense;
    dense.sizes.assign(values.size(), 0);
    dense.ofRow.resize(static_cast<std::size_t>(labels.size()));
    for (Index i = 0; i < labels.size(); ++i) {
        const auto position = std::lower_bound(values.begin(), values.end(), labels[i]) - values.begin();
        dense.ofRow[static_cast<std::size_t>(i)] = static_cast<int>(position);
        ++dense.sizes[static_cast<std::size_t>(position)];
    }
    return dense;
}

Index distinctCount(const IndexVector &labels)
{
    std::vector<int> values(labels.data(), labels.data() + labels.size());
    std::sort(values.begin(), values.end());
    return std::unique(values.begin(), values.end()) - values.begin();
}

int resolveThreadCount(int requested)
{
    if (requested > 0) {
        return requested;
    }
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

/// Calls task(block, slot) once for every block in 0..blockCount-1 on up to threadCount threads; slot
/// (0..threads-1) names the calling thread's scratch space. Only the calling thread touches progress, since
/// a Progress adapter need only be callable from the job's own thread. False when cancelled.
template<typename Task>
bool runBlocks(Index blockCount, int threadCount, Progress &progress, const Task &task)
{
    std::atomic<Index> next {0};
    std::atomic<Index> done {0};
    std::atomic<bool> cancelled {false};
    const auto work = [&](int slot) {
        for (Index block = next++; block < blockCount && !cancelled.load(std::memory_order_relaxed);
             block = next++) {
            task(block, slot);
            const Index finished = ++done;
            if (slot == 0) {
                progress.setFraction(static_cast<double>(finished) / static_cast<double>(blockCount));
                if (progress.isCancelRequested()) {
                    cancelled = true;
                }
            }
        }
    };
    {
        std::vector<std::jthread> workers;
        workers.reserve(static_cast<std::size_t>(threadCount - 1));
        for (int slot = 1; slot < threadCount; ++slot) {
            workers.emplace_back(work, slot);
        }
        work(0);
    }
    return !cancelled;
}

/// Rows grouped by segment, so that the distances from one row to a segment are one contiguous run.
struct GroupedRows
{
    Matrix x; // the rows, segment after segment (stable within a segment)
    Vector squaredNorms; // ||x_i||² of each grouped row
    std::vector<Index> originalRow; // grouped position -> row of the input
    std::vector<int> segmentOfRow; // grouped position -> dense label
    std::vector<Index> segmentStart; // dense label -> first grouped position; one extra entry = rows
};

GroupedRows groupRows(const Matrix &x, const DenseLabels &dense)
{
    const auto segmentCount = dense.sizes.size();
    GroupedRows grouped;
    grouped.segmentStart.assign(segmentCount + 1, 0);
    for (std::size_t s = 0; s < segmentCount; ++s) {
        grouped.segmentStart[s + 1] = grouped.segmentStart[s] + dense.sizes[s];
    }
    std::vector<Index> cursor(grouped.segmentStart.begin(), grouped.segmentStart.end() - 1);
    grouped.originalRow.resize(static_cast<std::size_t>(x.rows()));
    grouped.segmentOfRow.resize(static_cast<std::size_t>(x.rows()));
    for (Index i = 0; i < x.rows(); ++i) {
        const int segment = dense.ofRow[static_cast<std::size_t>(i)];
        const Index position = cursor[static_cast<std::size_t>(segment)]++;
        grouped.originalRow[static_cast<std::size_t>(position)] = i;
        grouped.segmentOfRow[static_cast<std::size_t>(position)] = segment;
    }
    grouped.x.resize(x.rows(), x.cols());
    for (Index p = 0; p < x.rows(); ++p) {
        grouped.x.row(p) = x.row(grouped.originalRow[static_cast<std::size_t>(p)]);
    }
    grouped.squaredNorms = grouped.x.rowwise().squaredNorm();
    return grouped;
}

/// Scratch space of one thread.
struct BlockWorkspace
{
    Matrix distances; // kBlockRows x kBlockColumns
    Matrix segmentSums; // kBlockRows x segments: summed distances from each row of the block to each segment
};

/// Silhouette of the grouped rows [begin, end), written to values at their input positions.
void scoreBlock(const GroupedRows &grouped, Index begin, Index end, BlockWorkspace &work, Vector &values)
{
    const Index rows = end - begin;
    const Index total = grouped.x.rows();
    const auto segmentCount = static_cast<Index>(grouped.segmentStart.size() - 1);
    auto sums = work.segmentSums.topRows(rows);
    sums.setZero();
    const auto blockRows = grouped.x.middleRows(begin, rows);
    for (Index columnBegin = 0; columnBegin < total; columnBegin += kBlockColumns) {
        const Index columns = std::min(kBlockColumns, total - columnBegin);
        const Index columnEnd = columnBegin + columns;
        auto distances = work.distances.topLeftCorner(rows, columns);
        // ||a||² + ||b||² - 2ab in scikit-learn's order of operations, so that rounding matches closely:
        // one GEMM per block instead of rows x columns short loops.
        distances.noalias() = blockRows * grouped.x.middleRows(columnBegin, columns).transpose();
        const auto normsOfColumns = grouped.squaredNorms.segment(columnBegin, columns).transpose().array();
        const auto firstSegment = static_cast<Index>(
            std::upper_bound(grouped.segmentStart.begin(), grouped.segmentStart.end(), columnBegin)
            - grouped.segmentStart.begin() - 1);
        for (Index r = 0; r < rows; ++r) {
            auto row = distances.row(r).array();
            row = ((-2.0 * row + grouped.squaredNorms[begin + r]) + normsOfColumns).max(0.0).sqrt();
            // A row's distance to itself is 0 by definition; the expansion can leave rounding noise there.
            const Index self = begin + r;
            if (self >= columnBegin && self < columnEnd) {
                row(self - columnBegin) = 0.0;
            }
            for (Index segment = firstSegment; segment < segmentCount
                 && grouped.segmentStart[static_cast<std::size_t>(segment)] < columnEnd;
                 ++segment) {
                const Index from
                    = std::max(grouped.segmentStart[static_cast<std::size_t>(segment)], columnBegin);
                const Index to
                    = std::min(grouped.segmentStart[static_cast<std::size_t>(segment) + 1], columnEnd);
                sums(r, segment) += row.segment(from - columnBegin, to - from).sum();
            }
        }
    }
    for (Index r = 0; r < rows; ++r) {
        const auto position = static_cast<std::size_t>(begin + r);
        const int own = grouped.segmentOfRow[position];
        const Index ownSize = grouped.segmentStart[static_cast<std::size_t>(own) + 1]
            - grouped.segmentStart[static_cast<std::size_t>(own)];
        double value = 0.0;
        if (ownSize > 1) {
            const double a = sums(r, own) / static_cast<double>(ownSize - 1);
            double b = std::numeric_limits<double>::infinity();
            for (Index segment = 0; segment < segmentCount; ++segment) {
                if (segment != own) {
                    const auto s = static_cast<std::size_t>(segment);
                    const auto size
                        = static_cast<double>(grouped.segmentStart[s + 1] - grouped.segmentStart[s]);
                    b = std::min(b, sums(r, segment) / size);
                }
            }
            const double larger = std::max(a, b);
            // a = b = 0 (the row and its neighbours coincide) is 0 in scikit-learn too (nan_to_num).
            value = larger > 0.0 ? (b - a) / larger : 0.0;
        }
        values[grouped.originalRow[position]] = value;
    }
}

/// Silhouette of every row of x against the other rows of x; empty when cancelled.
std::optional<Vector> exactSilhouette(
    const Matrix &x, const IndexVector &labels, int threadCount, Progress &progress)
{
    const GroupedRows grouped = groupRows(x, denseLabels(labels));
    const Index blockCount = (x.rows() + kBlockRows - 1) / kBlockRows;
    const int threads = static_cast<int>(std::min<Index>(threadCount, blockCount));
    std::vector<BlockWorkspace> workspaces(static_cast<std::size_t>(threads));
    for (BlockWorkspace &work : workspaces) {
        work.distances.resize(kBlockRows, std::min(kBlockColumns, x.rows()));
        work.segmentSums.resize(kBlockRows, static_cast<Index>(grouped.segmentStart.size() - 1));
    }
    Vector values(x.rows());
    const bool finished = runBlocks(blockCount, threads, progress, [&](Index block, int slot) {
        const Index begin = block * kBlockRows;
        scoreBlock(grouped, begin, std::min(x.rows(), begin + kBlockRows),
            workspaces[static_cast<std::size_t>(slot)], values);
    });
    if (!finished) {
        return std::nullopt;
    }
    return values;
}

/// sampleSize distinct rows of 0..rows-1, ascending: the first sampleSize entries of a seeded partial
/// Fisher-Yates shuffle.
IndexVector sampleRows(Index rows, Index sampleSize, std::uint64_t seed)
{
    std::mt19937_64 generator(mixBits(seed));
    std::vector<int> order(static_cast<std::size_t>(rows));
    std::iota(order.begin(), order.end(), 0);
    for (Index i = 0; i < sampleSize; ++i) {
        const auto pick
            = i + static_cast<Index>(uniformBelow(generator, static_cast<std::uint64_t>(rows - i)));
        std::swap(order[static_cast<std::size_t>(i)], order[static_cast<std::size_t>(pick)]);
    }
    std::sort(order.begin(), order.begin() + sampleSize);
    return Eigen::Map<const IndexVector>(order.data(), sampleSize);
}

Error invalid(const char *field, const std::string &value, const char *allowed)
{
    return makeError(ErrorCode::InvalidParameter, {field, value, allowed});
}

/// Mean of the rows of each segment, accumulated row by row (x is row-major).
Matrix segmentMeans(const Matrix &x, const DenseLabels &dense)
{
    Matrix means = Matrix::Zero(static_cast<Index>(dense.sizes.size()), x.cols());
    for (Index i = 0; i < x.rows(); ++i) {
        means.row(dense.ofRow[static_cast<std::size_t>(i)]) += x.row(i);
    }
    for (std::size_t s = 0; s < dense.sizes.size(); ++s) {
        means.row(static_cast<Index>(s)) /= static_cast<double>(dense.sizes[s]);
    }
    return means;
}

} // namespace

std::vector<Error> validateLabels(const IndexVector &labels, Eigen::Index rows)
{
    std::vector<Error> errors;
    if (labels.size() != rows) {
        errors.push_back(
            invalid("labels", std::to_string(labels.size()) + " labels for " + std::to_string(rows) + " rows",
                "one label per row"));
        return errors;
    }
    const Index distinct = distinctCount(labels);
    if (distinct < 2 || distinct >= rows) {
        errors.push_back(invalid("labels",
            std::to_string(distinct) + " distinct labels for " + std::to_string(rows) + " rows",
            "2 .. rows - 1 distinct labels"));
    }
    return errors;
}

std::vector<Error> validate(const SilhouetteParams &params, const IndexVector &labels, Eigen::Index rows)
{
    std::vector<Error> errors = validateLabels(labels, rows);
    if (params.exactLimit < 2) {
        errors.push_back(invalid("exactLimit", std::to_string(params.exactLimit), ">= 2"));
    }
    if (params.sampleSize < 2) {
        errors.push_back(invalid("sampleSize", std::to_string(params.sampleSize), ">= 2"));
    }
    if (params.threadCount < 0) {
        errors.push_back(invalid("threadCount", std::to_string(params.threadCount), ">= 0 (0 = all cores)"));
    }
    return errors;
}

Result<SilhouetteResult> silhouette(
    const Matrix &x, const IndexVector &labels, const SilhouetteParams &params, Progress &progress)
{
    if (std::vector<Error> errors = validate(params, labels, x.rows()); !errors.empty()) {
        return std::move(errors.front());
    }
    SEGMENTA_ASSERT(x.allFinite(), "silhouette: x has NaN or infinite entries; the caller must drop them");

    progress.setStage("silhouette");
    if (progress.isCancelRequested()) {
        return makeError(ErrorCode::Cancelled);
    }
    const int threadCount = resolveThreadCount(params.threadCount);
    SilhouetteResult result;
    result.isSampled = x.rows() > params.exactLimit && params.sampleSize < x.rows();
    std::optional<Vector> values;
    if (result.isSampled) {
        result.rows = sampleRows(x.rows(), params.sampleSize, params.seed);
        Matrix sample(params.sampleSize, x.cols());
        IndexVector sampleLabels(params.sampleSize);
        for (Index i = 0; i < params.sampleSize; ++i) {
            sample.row(i) = x.row(result.rows[i]);
            sampleLabels[i] = labels[result.rows[i]];
        }
        if (!validateLabels(sampleLabels, params.sampleSize).empty()) {
            return invalid("sampleSize", std::to_string(params.sampleSize),
                "large enough for the sample to hold 2 segments and 2 rows of one");
        }
        values = exactSilhouette(sample, sampleLabels, threadCount, progress);
    } else {
        result.rows.resize(x.rows());
        std::iota(result.rows.begin(), result.rows.end(), 0);
        values = exactSilhouette(x, labels, threadCount, progress);
    }
    if (!values) {
        return makeError(ErrorCode::Cancelled);
    }
    result.values = std::move(*values);
    result.sampleSize = result.values.size();
    result.mean = result.values.mean();
    return result;
}

double calinskiHarabasz(const Matrix &x, const IndexVector &labels)
{
    SEGMENTA_ASSERT(
        validateLabels(labels, x.rows()).empty(), "calinskiHarabasz: labels fail validateLabels()");
    const DenseLabels dense = denseLabels(labels);
    const Matrix means = segmentMeans(x, dense);
    const RowVector overallMean = x.colwise().mean();
    double between = 0.0;
    for (std::size_t s = 0; s < dense.sizes.size(); ++s) {
        between += static_cast<double>(dense.sizes[s])
            * (means.row(static_cast<Index>(s)) - overallMean).squaredNorm();
    }
    double within = 0.0;
    for (Index i = 0; i < x.rows(); ++i) {
        within += (x.row(i) - means.row(dense.ofRow[static_cast<std::size_t>(i)])).squaredNorm();
    }
    if (within == 0.0) {
        return 1.0;
    }
    const auto rows = static_cast<double>(x.rows());
    const auto k = static_cast<double>(dense.sizes.size());
    return between * (rows - k) / (within * (k - 1.0));
}

double daviesBouldin(const Matrix &x, const IndexVector &labels)
{
    SEGMENTA_ASSERT(validateLabels(labels, x.rows()).empty(), "daviesBouldin: labels fail validateLabels()");
    const DenseLabels dense = denseLabels(labels);
    const Matrix centroids = segmentMeans(x, dense);
    const auto k = static_cast<Index>(dense.sizes.size());
    Vector spread = Vector::Zero(k);
    for (Index i = 0; i < x.rows(); ++i) {
        const int s = dense.ofRow[static_cast<std::size_t>(i)];
        spread[s] += (x.row(i) - centroids.row(s)).norm();
    }
    for (Index s = 0; s < k; ++s) {
        spread[s] /= static_cast<double>(dense.sizes[static_cast<std::size_t>(s)]);
    }
    Matrix centroidDistances(k, k);
    for (Index s = 0; s < k; ++s) {
        for (Index t = 0; t < k; ++t) {
            centroidDistances(s, t) = (centroids.row(s) - centroids.row(t)).norm();
        }
    }
    if (spread.cwiseAbs().maxCoeff() <= kAllCloseToZero
        || centroidDistances.cwiseAbs().maxCoeff() <= kAllCloseToZero) {
        return 0.0;
    }
    double total = 0.0;
    for (Index s = 0; s < k; ++s) {
        double worst = 0.0;
        for (Index t = 0; t < k; ++t) {
            // Coinciding centroids count as infinitely far apart, as in scikit-learn.
            if (t != s && centroidDistances(s, t) > 0.0) {
                worst = std::max(worst, (spread[s] + spread[t]) / centroidDistances(s, t));
            }
        }
        total += worst;
    }
    return total / static_cast<double>(k);
}

} // namespace segmenta::engine
