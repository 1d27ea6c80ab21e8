// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "cluster/detail/HierarchicalAlgorithms.h"

#include "cluster/detail/HierarchicalKernels.h"
#include "core/Assert.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <limits>
#include <numeric>

namespace segmenta::engine::detail {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr std::int64_t kProgressReports = 1000;
// Below this many positions a loop is always shorter than waking the other threads; above, LoopRunner times.
constexpr std::int64_t kParallelScanLength = 1024;
// Distance rows filled between two progress reports (and cancel checks) of the distance matrix.
constexpr std::int64_t kDistanceBatchEntries = std::int64_t {1} << 24;

std::int64_t roundUpToGroup(std::int64_t count)
{
    return (count + kScanGroup - 1) / kScanGroup * kScanGroup;
}

/// Runs the many short loops of a fit either on every thread of the pool or on the calling thread alone,
/// whichever the clock says is faster: on an idle machine the threads win once a loop covers a few thousand
/// clusters, but on a busy one a loop can wait milliseconds for a thread to be scheduled. Each way keeps its
/// recent seconds per unit of work; the faster way runs, the other one now and then (every
/// 16th to 1024th loop) so that its average follows the machine's load. Both ways give the identical
/// answer, so the choice changes the speed only.
class LoopRunner
{
public:
    explicit LoopRunner(HierarchicalThreadPool *pool)
        : m_pool(pool)
    { }

    int threadCount() const { return m_pool != nullptr ? m_pool->threadCount() : 1; }

    /// Calls loop(parallel) with parallel = whether to use pool->run; `work` is its size (for the timing).
    template<typename Loop> void run(std::int64_t work, const Loop &loop)
    {
        if (m_pool == nullptr || work < kParallelScanLength) {
            loop(false);
            return;
        }
        // Unmeasured ways first (parallel, then sequential), then the cheaper one.
        const bool parallelFaster = m_cost[1] < 0.0 || (m_cost[0] >= 0.0 && m_cost[1] < m_cost[0]);
        const bool exploring = ++m_loops % m_exploreInterval == 0;
        const bool parallel = exploring ? !parallelFaster : parallelFaster;
        const auto start = std::chrono::steady_clock::now();
        loop(parallel);
        const double seconds
            = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        // Seconds over work of the recent loops, each summed with a slowly fading weight: a rare loop that
        // waited milliseconds for a thread weighs by its time, as it does on the clock.
        const auto way = static_cast<std::size_t>(parallel ? 1 : 0);
        m_seconds[way] = kFading * m_seconds[way] + seconds;
        m_work[way] = kFading * m_work[way] + static_cast<double>(work);
        m_cost[way] = m_seconds[way] / m_work[way];
        if (exploring) {
            // A way that keeps losing is tried less and less often (on a busy machine a parallel try can
            // cost milliseconds); one that wins is watched closely again.
            const bool nowParallelFaster = m_cost[0] >= 0.0 && m_cost[1] >= 0.0 && m_cost[1] < m_cost[0];
            m_exploreInterval = nowParallelFaster == parallelFaster
                ? std::min(2 * m_exploreInterval, kLongestExploreInterval)
                : kShortestExploreInterval;
        }
    }

    /// Splits [0, length) into one aligned range per thread, runs scan on each and combines the results in
    /// range order, so the answer is the one a single thread gives.
    template<typename Scan> ScanBest scan(std::int64_t length, const Scan &scan)
    {
        ScanBest best;
        run(length, [&](bool parallel) {
            if (!parallel) {
                best = scan(std::int64_t {0}, length);
                return;
            }
            const int count = m_pool->threadCount();
            m_parts.assign(static_cast<std::size_t>(count), ScanBest {});
            const std::int64_t groups = length / kScanGroup;
            m_pool->run([&](int part) {
                const std::int64_t begin = groups * part / count * kScanGroup;
                const std::int64_t end = groups * (part + 1) / count * kScanGroup;
                m_parts[static_cast<std::size_t>(part)] = scan(begin, end);
            });
            best = m_parts.front();
            for (std::size_t part = 1; part < m_parts.size(); ++part) {
                best = combine(best, m_parts[part]);
            }
        });
        return best;
    }

    /// Calls task(part) for every part in 0..threadCount()-1, on the pool or one after the other.
    template<typename Task> void forEachPart(std::int64_t work, const Task &task)
    {
        run(work, [&](bool parallel) {
            if (parallel) {
                m_pool->run(task);
                return;
            }
            for (int part = 0; part < threadCount(); ++part) {
                task(part);
            }
        });
    }

private:
    static constexpr std::int64_t kShortestExploreInterval = 16;
    static constexpr std::int64_t kLongestExploreInterval = 1024;
    static constexpr double kFading = 0.98;

    HierarchicalThreadPool *m_pool;
    std::vector<ScanBest> m_parts;
    std::int64_t m_loops = 0;
    std::int64_t m_exploreInterval = kShortestExploreInterval;
    // Seconds per unit of work, sequential and parallel; negative until measured.
    std::array<double, 2> m_cost {-1.0, -1.0};
    std::array<double, 2> m_seconds {};
    std::array<double, 2> m_work {};
};

/// The clusters of Ward or Prim's step as points in column-major arrays ("positions", padded to whole
/// scan groups). A cluster keeps its slot (the leaf it was created from, as in scipy); merged-away slots
/// get an infinite penalty and are squeezed out once they are a quarter of the positions, keeping slot order.
class ScanPoints
{
public:
    explicit ScanPoints(const Matrix &points)
        : m_dims(points.cols())
        , m_stride(roundUpToGroup(points.rows()))
        , m_used(points.rows())
        , m_active(points.rows())
        , m_coordinates(static_cast<std::size_t>(m_dims * m_stride), 0.0)
        , m_weights(static_cast<std::size_t>(m_stride), 1.0)
        , m_penalties(static_cast<std::size_t>(m_stride), kInfinity)
        , m_closest(static_cast<std::size_t>(m_stride), kInfinity)
        , m_slotAt(static_cast<std::size_t>(m_stride), -1)
        , m_positionOf(static_cast<std::size_t>(points.rows()))
    {
        for (std::int64_t p = 0; p < m_used; ++p) {
            for (std::int64_t t = 0; t < m_dims; ++t) {
                m_coordinates[static_cast<std::size_t>(t * m_stride + p)] = points(p, t);
            }
            m_penalties[static_cast<std::size_t>(p)] = 0.0;
            m_slotAt[static_cast<std::size_t>(p)] = p;
            m_positionOf[static_cast<std::size_t>(p)] = p;
        }
    }

    std::int64_t dims() const { return m_dims; }
    std::int64_t stride() const { return m_stride; }
    std::int64_t activeCount() const { return m_active; }
    /// End of the range a scan covers: every position in use, rounded up to a whole group.
    std::int64_t scanLength() const { return roundUpToGroup(m_used); }

    const double *coordinates() const { return m_coordinates.data(); }
    double *coordinates() { return m_coordinates.data(); }
    double &weight(std::int64_t position) { return m_weights[static_cast<std::size_t>(position)]; }
    const double *weights() const { return m_weights.data(); }
    double &penalty(std::int64_t position) { return m_penalties[static_cast<std::size_t>(position)]; }
    const double *penalties() const { return m_penalties.data(); }
    double *closest() { return m_closest.data(); }
    std::int64_t slotAt(std::int64_t position) const { return m_slotAt[static_cast<std::size_t>(position)]; }
    std::int64_t positionOf(std::int64_t slot) const { return m_positionOf[static_cast<std::size_t>(slot)]; }

    /// The point at `position`, gathered into `out` (dims values).
    void copyPoint(std::int64_t position, std::vector<double> &out) const
    {
        out.resize(static_cast<std::size_t>(m_dims));
        for (std::int64_t t = 0; t < m_dims; ++t) {
            out[static_cast<std::size_t>(t)]
                = m_coordinates[static_cast<std::size_t>(t * m_stride + position)];
        }
    }

    std::int64_t firstActiveSlot() const
    {
        for (std::int64_t p = 0; p < m_used; ++p) {
            if (m_penalties[static_cast<std::size_t>(p)] == 0.0) {
                return slotAt(p);
            }
        }
        SEGMENTA_ASSERT(false, "hierarchical: no active cluster left");
        return -1;
    }

    void deactivate(std::int64_t slot)
    {
        const std::int64_t position = positionOf(slot);
        SEGMENTA_ASSERT(position >= 0, "hierarchical: cluster deactivated twice");
        penalty(position) = kInfinity;
        m_positionOf[static_cast<std::size_t>(slot)] = -1;
        --m_active;
    }

    /// Squeezes out merged-away positions once they are a quarter, so scans cost little more than the
    /// active clusters (about 35 squeezes for 20,000 rows, each one pass over the coordinates).
    void compactIfSparse()
    {
        if (4 * m_active >= 3 * m_used || m_used <= 4 * kScanGroup) {
            return;
        }
        std::int64_t kept = 0;
        for (std::int64_t p = 0; p < m_used; ++p) {
            if (m_penalties[static_cast<std::size_t>(p)] != 0.0) {
                continue;
            }
            if (kept != p) {
                for (std::int64_t t = 0; t < m_dims; ++t) {
                    m_coordinates[static_cast<std::size_t>(t * m_stride + kept)]
                        = m_coordinates[static_cast<std::size_t>(t * m_stride + p)];
                }
                m_weights[static_cast<std::size_t>(kept)] = m_weights[static_cast<std::size_t>(p)];
                m_closest[static_cast<std::size_t>(kept)] = m_closest[static_cast<std::size_t>(p)];
                m_slotAt[static_cast<std::size_t>(kept)] = m_slotAt[static_cast<std::size_t>(p)];
                m_penalties[static_cast<std::size_t>(kept)] = 0.0;
            }
            m_positionOf[static_cast<std::size_t>(m_slotAt[static_cast<std::size_t>(kept)])] = kept;
            ++kept;
        }
        SEGMENTA_ASSERT(kept == m_active, "hierarchical: active count out of step");
        m_used = kept;
        // Padding up to the group end: finite coordinates and weights, so padded values are +inf, not NaN.
        for (std::int64_t p = kept; p < scanLength(); ++p) {
            for (std::int64_t t = 0; t < m_dims; ++t) {
                m_coordinates[static_cast<std::size_t>(t * m_stride + p)] = 0.0;
            }
            m_weights[static_cast<std::size_t>(p)] = 1.0;
            m_closest[static_cast<std::size_t>(p)] = kInfinity;
            m_penalties[static_cast<std::size_t>(p)] = kInfinity;
            m_slotAt[static_cast<std::size_t>(p)] = -1;
        }
    }

private:
    std::int64_t m_dims;
    std::int64_t m_stride;
    std::int64_t m_used;
    std::int64_t m_active;
    std::vector<double> m_coordinates;
    std::vector<double> m_weights;
    std::vector<double> m_penalties;
    std::vector<double> m_closest;
    std::vector<std::int64_t> m_slotAt;
    std::vector<std::int64_t> m_positionOf;
};

/// Union-find over cluster ids with path halving.
std::int64_t findRoot(std::vector<std::int64_t> &parent, std::int64_t id)
{
    while (parent[static_cast<std::size_t>(id)] != id) {
        const std::int64_t grandparent
            = parent[static_cast<std::size_t>(parent[static_cast<std::size_t>(id)])];
        parent[static_cast<std::size_t>(id)] = grandparent;
        id = grandparent;
    }
    return id;
}

/// Position of distance (i, j), i < j, in scipy's condensed distance matrix.
std::int64_t condensedIndex(std::int64_t n, std::int64_t i, std::int64_t j)
{
    if (i > j) {
        std::swap(i, j);
    }
    return n * i - i * (i + 1) / 2 + (j - i - 1);
}

} // namespace

MergeTicker::MergeTicker(Progress &progress, std::int64_t total)
    : m_progress(progress)
    , m_total(std::max<std::int64_t>(total, 1))
    , m_interval(std::max<std::int64_t>(1, total / kProgressReports))
{ }

bool MergeTicker::advance(std::int64_t done)
{
    if (done % m_interval != 0 && done != m_total) {
        return true;
    }
    m_progress.setFraction(static_cast<double>(done) / static_cast<double>(m_total));
    return !m_progress.isCancelRequested();
}

bool wardChain(const Matrix &points, const std::vector<double> &weights, HierarchicalThreadPool *pool,
    Progress &progress, std::vector<RawMerge> &merges)
{
    const std::int64_t n = points.rows();
    merges.clear();
    merges.reserve(static_cast<std::size_t>(std::max<std::int64_t>(n - 1, 0)));
    if (n < 2) {
        return true;
    }
    ScanPoints clusters(points);
    for (std::int64_t p = 0; p < n; ++p) {
        clusters.weight(p) = weights[static_cast<std::size_t>(p)];
    }
    const std::int64_t dims = clusters.dims();
    const std::int64_t stride = clusters.stride();
    MergeTicker ticker(progress, n - 1);
    std::vector<std::int64_t> chain;
    std::vector<double> centre;
    LoopRunner runner(pool);

    for (std::int64_t done = 0; done < n - 1;) {
        if (chain.empty()) {
            chain.push_back(clusters.firstActiveSlot());
        }
        // Grow the chain of nearest neighbours until its last two are each other's nearest (scipy's
        // nn_chain: the previous link wins ties, so the chain cannot cycle).
        std::int64_t x = 0;
        std::int64_t y = 0;
        double value = 0.0;
        for (;;) {
            x = chain.back();
            const std::int64_t previous = chain.size() >= 2 ? chain[chain.size() - 2] : -1;
            const std::int64_t xPosition = clusters.positionOf(x);
            const std::int64_t preferred = previous >= 0 ? clusters.positionOf(previous) : -1;
            clusters.copyPoint(xPosition, centre);
            const double xWeight = clusters.weight(xPosition);
            clusters.penalty(xPosition) = kInfinity; // not its own neighbour
            const ScanBest best
                = runner.scan(clusters.scanLength(), [&](std::int64_t begin, std::int64_t end) {
                      return wardScan(centre.data(), xWeight, clusters.coordinates(), stride, dims,
                          clusters.weights(), clusters.penalties(), begin, end, preferred);
                  });
            clusters.penalty(xPosition) = 0.0;
            SEGMENTA_ASSERT(best.position >= 0, "ward: no neighbour found");
            if (previous >= 0 && best.preferredValue <= best.value) {
                y = previous;
                value = best.preferredValue;
                break;
            }
            y = clusters.slotAt(best.position);
            value = best.value;
            chain.push_back(y);
        }
        chain.resize(chain.size() - 2);

        const std::int64_t xPosition = clusters.positionOf(x);
        const double height = std::sqrt(2.0 * clusters.weight(xPosition) * value);
        // As scipy (and fastcluster): the merged cluster takes the higher slot, the lower one is dropped.
        const std::int64_t low = std::min(x, y);
        const std::int64_t high = std::max(x, y);
        const std::int64_t lowPosition = clusters.positionOf(low);
        const std::int64_t highPosition = clusters.positionOf(high);
        const double lowWeight = clusters.weight(lowPosition);
        const double total = lowWeight + clusters.weight(highPosition);
        double *coordinates = clusters.coordinates();
        for (std::int64_t t = 0; t < dims; ++t) {
            // As an offset from one centre, so that merging equal points leaves the point unchanged.
            double &target = coordinates[t * stride + highPosition];
            target += (coordinates[t * stride + lowPosition] - target) * (lowWeight / total);
        }
        clusters.weight(highPosition) = total;
        clusters.deactivate(low);
        merges.push_back({low, high, height});
        ++done;
        if (!ticker.advance(done)) {
            return false;
        }
        clusters.compactIfSparse();
    }
    return true;
}

bool primSingleLinkage(
    const Matrix &x, HierarchicalThreadPool *pool, Progress &progress, std::vector<RawMerge> &merges)
{
    const std::int64_t n = x.rows();
    merges.clear();
    merges.reserve(static_cast<std::size_t>(std::max<std::int64_t>(n - 1, 0)));
    if (n < 2) {
        return true;
    }
    ScanPoints points(x);
    const std::int64_t dims = points.dims();
    const std::int64_t stride = points.stride();
    MergeTicker ticker(progress, n - 1);
    std::vector<double> centre;
    LoopRunner runner(pool);
    std::int64_t current = 0;
    for (std::int64_t done = 0; done < n - 1;) {
        points.copyPoint(points.positionOf(current), centre);
        points.deactivate(current);
        const ScanBest best = runner.scan(points.scanLength(), [&](std::int64_t begin, std::int64_t end) {
            return primScan(centre.data(), points.coordinates(), stride, dims, points.closest(),
                points.penalties(), begin, end);
        });
        SEGMENTA_ASSERT(best.position >= 0, "single linkage: no point left to join");
        const std::int64_t next = points.slotAt(best.position);
        merges.push_back({current, next, std::sqrt(best.value)});
        current = next;
        ++done;
        if (!ticker.advance(done)) {
            return false;
        }
        points.compactIfSparse();
    }
    return true;
}

bool distanceMatrixChain(const Matrix &x, Linkage linkage, HierarchicalThreadPool *pool, Progress &progress,
    std::vector<RawMerge> &merges)
{
    SEGMENTA_ASSERT(linkage == Linkage::Average || linkage == Linkage::Complete,
        "distanceMatrixChain: only average and complete linkage");
    const std::int64_t n = x.rows();
    merges.clear();
    merges.reserve(static_cast<std::size_t>(std::max<std::int64_t>(n - 1, 0)));
    if (n < 2) {
        return true;
    }
    const std::int64_t dims = x.cols();
    const int threads = pool != nullptr ? pool->threadCount() : 1;

    // The condensed matrix, as scipy's pdist: row i holds the distances from i to i+1..n-1.
    progress.setStage("hierarchical.distances");
    std::vector<double> distances(static_cast<std::size_t>(n * (n - 1) / 2));
    {
        std::vector<double> columns(static_cast<std::size_t>(n * dims));
        for (std::int64_t i = 0; i < n; ++i) {
            for (std::int64_t t = 0; t < dims; ++t) {
                columns[static_cast<std::size_t>(t * n + i)] = x(i, t);
            }
        }
        std::vector<double> point(static_cast<std::size_t>(dims));
        std::int64_t row = 0;
        while (row < n - 1) {
            // A batch of rows of about kDistanceBatchEntries distances; rows go round-robin to the threads.
            std::int64_t batchEnd = row;
            for (std::int64_t entries = 0; batchEnd < n - 1 && entries < kDistanceBatchEntries; ++batchEnd) {
                entries += n - batchEnd - 1;
            }
            const auto fill = [&](int part) {
                std::vector<double> own(static_cast<std::size_t>(dims));
                for (std::int64_t i = row + part; i < batchEnd; i += threads) {
                    for (std::int64_t t = 0; t < dims; ++t) {
                        own[static_cast<std::size_t>(t)] = x(i, t);
                    }
                    euclideanDistances(own.data(), columns.data(), n, dims, i + 1, n,
                        distances.data() + condensedIndex(n, i, i + 1));
                }
            };
            if (pool != nullptr) {
                pool->run(fill);
            } else {
                fill(0);
            }
            row = batchEnd;
            const double done = 1.0
                - static_cast<double>(n - row) * static_cast<double>(n - row - 1) / static_cast<double>(n)
                    / static_cast<double>(n - 1);
            progress.setFraction(done);
            if (progress.isCancelRequested()) {
                return false;
            }
        }
    }
    progress.setStage("hierarchical");

    std::vector<std::int64_t> sizes(static_cast<std::size_t>(n), 1);
    std::vector<std::int64_t> active(
        static_cast<std::size_t>(n)); // ascending slots; dropped ones have size 0
    std::iota(active.begin(), active.end(), std::int64_t {0});
    std::int64_t activeCount = n;
    std::vector<std::int64_t> chain;
    struct Nearest
    {
        double distance = kInfinity;
        std::int64_t slot = -1;
    };
    std::vector<Nearest> parts(static_cast<std::size_t>(threads));
    const auto range = [&](int part, std::int64_t length) {
        return std::pair<std::int64_t, std::int64_t> {length * part / threads, length * (part + 1) / threads};
    };
    LoopRunner runner(pool);
    MergeTicker ticker(progress, n - 1);

    for (std::int64_t done = 0; done < n - 1;) {
        if (chain.empty()) {
            chain.push_back(*std::find_if(active.begin(), active.end(),
                [&](std::int64_t slot) { return sizes[static_cast<std::size_t>(slot)] != 0; }));
        }
        std::int64_t xSlot = 0;
        std::int64_t ySlot = 0;
        double currentMin = kInfinity;
        for (;;) {
            xSlot = chain.back();
            const std::int64_t previous = chain.size() >= 2 ? chain[chain.size() - 2] : -1;
            const auto scan = [&](int part) {
                const auto [begin, end] = range(part, static_cast<std::int64_t>(active.size()));
                Nearest nearest;
                for (std::int64_t k = begin; k < end; ++k) {
                    const std::int64_t i = active[static_cast<std::size_t>(k)];
                    if (sizes[static_cast<std::size_t>(i)] == 0 || i == xSlot) {
                        continue;
                    }
                    const double distance = distances[static_cast<std::size_t>(condensedIndex(n, xSlot, i))];
                    if (distance < nearest.distance) {
                        nearest = {distance, i};
                    }
                }
                parts[static_cast<std::size_t>(part)] = nearest;
            };
            runner.forEachPart(static_cast<std::int64_t>(active.size()), scan);
            // scipy starts from the previous link and takes only strictly smaller distances.
            currentMin = previous >= 0
                ? distances[static_cast<std::size_t>(condensedIndex(n, xSlot, previous))]
                : kInfinity;
            ySlot = previous;
            for (const Nearest &nearest : parts) {
                if (nearest.slot >= 0 && nearest.distance < currentMin) {
                    currentMin = nearest.distance;
                    ySlot = nearest.slot;
                }
            }
            if (previous >= 0 && ySlot == previous) {
                break;
            }
            chain.push_back(ySlot);
        }
        chain.resize(chain.size() - 2);

        const std::int64_t low = std::min(xSlot, ySlot);
        const std::int64_t high = std::max(xSlot, ySlot);
        const std::int64_t lowSize = sizes[static_cast<std::size_t>(low)];
        const std::int64_t highSize = sizes[static_cast<std::size_t>(high)];
        merges.push_back({low, high, currentMin});
        sizes[static_cast<std::size_t>(low)] = 0;
        sizes[static_cast<std::size_t>(high)] = lowSize + highSize;
        --activeCount;
        // Lance-Williams, written as scipy's _hierarchy_distance_update.pxi so the roundings agree.
        const auto update = [&](int part) {
            const auto [begin, end] = range(part, static_cast<std::int64_t>(active.size()));
            for (std::int64_t k = begin; k < end; ++k) {
                const std::int64_t i = active[static_cast<std::size_t>(k)];
                if (sizes[static_cast<std::size_t>(i)] == 0 || i == high) {
                    continue;
                }
                const double dLow = distances[static_cast<std::size_t>(condensedIndex(n, i, low))];
                double &dHigh = distances[static_cast<std::size_t>(condensedIndex(n, i, high))];
                if (linkage == Linkage::Complete) {
                    dHigh = std::max(dLow, dHigh);
                } else {
                    dHigh = (static_cast<double>(lowSize) * dLow + static_cast<double>(highSize) * dHigh)
                        / static_cast<double>(lowSize + highSize);
                }
            }
        };
        runner.forEachPart(static_cast<std::int64_t>(active.size()), update);
        ++done;
        if (!ticker.advance(done)) {
            return false;
        }
        if (2 * activeCount < static_cast<std::int64_t>(active.size())) {
            active.erase(std::remove_if(active.begin(), active.end(),
                             [&](std::int64_t slot) { return sizes[static_cast<std::size_t>(slot)] == 0; }),
                active.end());
        }
    }
    return true;
}

Dendrogram labelMerges(
    const std::vector<RawMerge> &merges, MergeOrder order, std::vector<std::int64_t> leafSizes)
{
    const auto n = static_cast<std::int64_t>(leafSizes.size());
    SEGMENTA_ASSERT(static_cast<std::int64_t>(merges.size()) == std::max<std::int64_t>(n - 1, 0),
        "labelMerges: a dendrogram of n leaves has n - 1 merges");

    // Heights as the sort will see them: never below the merges that built the two clusters.
    std::vector<double> heights(merges.size());
    for (std::size_t m = 0; m < merges.size(); ++m) {
        heights[m] = merges[m].height;
    }
    if (order == MergeOrder::Sequence) {
        std::vector<std::int64_t> parent(static_cast<std::size_t>(n));
        std::iota(parent.begin(), parent.end(), std::int64_t {0});
        std::vector<std::int64_t> madeBy(static_cast<std::size_t>(n), -1); // per root: its merge
        for (std::size_t m = 0; m < merges.size(); ++m) {
            const std::int64_t a = findRoot(parent, merges[m].a);
            const std::int64_t b = findRoot(parent, merges[m].b);
            SEGMENTA_ASSERT(a != b, "labelMerges: a merge joins a cluster with itself");
            double height = merges[m].height;
            for (const std::int64_t root : {a, b}) {
                const std::int64_t below = madeBy[static_cast<std::size_t>(root)];
                if (below >= 0) {
                    height = std::max(height, heights[static_cast<std::size_t>(below)]);
                }
            }
            heights[m] = height;
            parent[static_cast<std::size_t>(a)] = b;
            madeBy[static_cast<std::size_t>(b)] = static_cast<std::int64_t>(m);
        }
    }
    std::vector<std::size_t> sorted(merges.size());
    std::iota(sorted.begin(), sorted.end(), std::size_t {0});
    std::stable_sort(
        sorted.begin(), sorted.end(), [&](std::size_t a, std::size_t b) { return heights[a] < heights[b]; });

    Dendrogram dendrogram;
    dendrogram.merges.resize(merges.size());
    const std::int64_t ids = std::max<std::int64_t>(2 * n - 1, 0);
    std::vector<std::int64_t> parent(static_cast<std::size_t>(ids));
    std::iota(parent.begin(), parent.end(), std::int64_t {0});
    std::vector<std::int64_t> size(static_cast<std::size_t>(ids), 0);
    std::copy(leafSizes.begin(), leafSizes.end(), size.begin());
    for (std::size_t k = 0; k < sorted.size(); ++k) {
        const RawMerge &raw = merges[sorted[k]];
        const std::int64_t a = findRoot(parent, raw.a);
        const std::int64_t b = findRoot(parent, raw.b);
        const std::int64_t id = n + static_cast<std::int64_t>(k);
        parent[static_cast<std::size_t>(a)] = id;
        parent[static_cast<std::size_t>(b)] = id;
        size[static_cast<std::size_t>(id)]
            = size[static_cast<std::size_t>(a)] + size[static_cast<std::size_t>(b)];
        dendrogram.merges[k]
            = {std::min(a, b), std::max(a, b), heights[sorted[k]], size[static_cast<std::size_t>(id)]};
    }
    dendrogram.leafSizes = std::move(leafSizes);
    return dendrogram;
}

} // namespace segmenta::engine::detail
