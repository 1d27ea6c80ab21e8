// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "projection/detail/TsneSimilarities.h"

#include "core/Assert.h"
#include "projection/detail/ParallelFor.h"

#include <nanoflann.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>

namespace segmenta::engine::detail {

namespace {

using Index = Eigen::Index;

// Bisection steps before giving up on a bandwidth; 200 halvings exhaust a double's range.
constexpr int kMaxBisectionSteps = 200;
// Rows per parallel block of the neighbour queries and calibration.
constexpr Index kQueryBlock = 256;
// nanoflann's leaf size: a few tens of points trade tree depth against brute-force leaf scans.
constexpr std::size_t kKdTreeLeafSize = 16;

/// nanoflann's dataset interface over the rows of a row-major Matrix.
class MatrixRows
{
public:
    explicit MatrixRows(const Matrix &x)
        : m_x(x)
    { }
    std::size_t kdtree_get_point_count() const { return static_cast<std::size_t>(m_x.rows()); }
    double kdtree_get_pt(std::uint32_t row, std::size_t column) const
    {
        return m_x(static_cast<Index>(row), static_cast<Index>(column));
    }
    template<typename Box> bool kdtree_get_bbox(Box &) const { return false; }

private:
    const Matrix &m_x;
};

using KdTree = nanoflann::KDTreeSingleIndexAdaptor<nanoflann::L2_Simple_Adaptor<double, MatrixRows>,
    MatrixRows, -1, std::uint32_t>;

} // namespace

NeighbourLists findNeighbours(
    const Matrix &reference, const Matrix &queries, Index k, SelfMatch selfMatch, int threadCount)
{
    const Index available = reference.rows() - (selfMatch == SelfMatch::Exclude ? 1 : 0);
    SEGMENTA_ASSERT(k >= 1 && k <= available, "findNeighbours: k outside 1..available reference rows");
    SEGMENTA_ASSERT(queries.cols() == reference.cols(), "findNeighbours: column counts differ");
    const MatrixRows rows(reference);
    const KdTree tree(
        static_cast<int>(reference.cols()), rows, nanoflann::KDTreeSingleIndexAdaptorParams(kKdTreeLeafSize));

    NeighbourLists lists;
    lists.k = k;
    lists.indices.resize(static_cast<std::size_t>(queries.rows() * k));
    lists.squaredDistances.resize(lists.indices.size());
    // One more than k when the query is in the tree: it finds itself (or an exact duplicate) first.
    const Index asked = k + (selfMatch == SelfMatch::Exclude ? 1 : 0);
    parallelFor(queries.rows(), kQueryBlock, threadCount, [&](Index begin, Index end) {
        std::vector<std::uint32_t> found(static_cast<std::size_t>(asked));
        std::vector<double> distances(static_cast<std::size_t>(asked));
        for (Index i = begin; i < end; ++i) {
            const std::size_t count = tree.knnSearch(
                queries.row(i).data(), static_cast<std::size_t>(asked), found.data(), distances.data());
            SEGMENTA_ASSERT(count == static_cast<std::size_t>(asked), "findNeighbours: too few results");
            Index skip = asked; // position dropped: the query itself, or else the farthest
            if (selfMatch == SelfMatch::Exclude) {
                skip = asked - 1;
                for (Index j = 0; j < asked; ++j) {
                    if (static_cast<Index>(found[static_cast<std::size_t>(j)]) == i) {
                        skip = j;
                        break;
                    }
                }
            }
            Index out = i * k;
            for (Index j = 0; j < asked; ++j) {
                if (j == skip) {
                    continue;
                }
                lists.indices[static_cast<std::size_t>(out)]
                    = static_cast<int>(found[static_cast<std::size_t>(j)]);
                lists.squaredDistances[static_cast<std::size_t>(out)]
                    = distances[static_cast<std::size_t>(j)];
                ++out;
            }
        }
    });
    return lists;
}

double calibrateConditional(const double *squaredDistances, Index k, double perplexity, double *p)
{
    SEGMENTA_ASSERT(k >= 1, "calibrateConditional: no neighbours");
    // Shifting by the smallest distance leaves the distribution unchanged but keeps the nearest term at
    // exp(0) = 1, so far-away neighbourhoods cannot underflow to an all-zero row.
    const double nearest = *std::min_element(squaredDistances, squaredDistances + k);
    const double target = std::log(perplexity);
    double beta = 1.0;
    double betaLow = 0.0;
    double betaHigh = std::numeric_limits<double>::infinity();
    double entropy = 0.0;
    for (int step = 0; step < kMaxBisectionSteps; ++step) {
        double sum = 0.0;
        double weightedDistance = 0.0;
        for (Index j = 0; j < k; ++j) {
            const double shifted = squaredDistances[j] - nearest;
            p[j] = std::exp(-beta * shifted);
            sum += p[j];
            weightedDistance += shifted * p[j];
        }
        entropy = std::log(sum) + beta * weightedDistance / sum;
        for (Index j = 0; j < k; ++j) {
            p[j] /= sum;
        }
        const double difference = entropy - target;
        if (std::abs(difference) <= kEntropyTolerance) {
            break;
        }
        if (difference > 0.0) { // too flat: narrow the Gaussian
            betaLow = beta;
            beta = std::isinf(betaHigh) ? beta * 2.0 : 0.5 * (beta + betaHigh);
        } else {
            betaHigh = beta;
            beta = 0.5 * (beta + betaLow);
        }
    }
    return entropy;
}

SparseRows conditionalProbabilities(
    const NeighbourLists &neighbours, Index rows, double perplexity, int threadCount)
{
    const Index k = neighbours.k;
    SparseRows conditional;
    conditional.rowStart.resize(static_cast<std::size_t>(rows + 1));
    for (Index i = 0; i <= rows; ++i) {
        conditional.rowStart[static_cast<std::size_t>(i)] = i * k;
    }
    conditional.columns = neighbours.indices;
    conditional.values.resize(neighbours.squaredDistances.size());
    parallelFor(rows, kQueryBlock, threadCount, [&](Index begin, Index end) {
        for (Index i = begin; i < end; ++i) {
            calibrateConditional(
                neighbours.squaredDistances.data() + i * k, k, perplexity, conditional.values.data() + i * k);
        }
    });
    return conditional;
}

SparseRows symmetrise(const SparseRows &conditional)
{
    const Index rows = static_cast<Index>(conditional.rowStart.size()) - 1;
    // Every entry (i, j) lands in row i and, transposed, in row j; duplicates are merged after sorting.
    std::vector<Index> counts(static_cast<std::size_t>(rows + 1), 0);
    for (Index i = 0; i < rows; ++i) {
        for (Index e = conditional.rowStart[static_cast<std::size_t>(i)];
             e < conditional.rowStart[static_cast<std::size_t>(i + 1)]; ++e) {
            ++counts[static_cast<std::size_t>(i + 1)];
            ++counts[static_cast<std::size_t>(conditional.columns[static_cast<std::size_t>(e)]) + 1];
        }
    }
    std::partial_sum(counts.begin(), counts.end(), counts.begin());
    std::vector<std::pair<int, double>> entries(static_cast<std::size_t>(counts.back()));
    std::vector<Index> fill(counts.begin(), counts.end() - 1);
    const double scale = 0.5 / static_cast<double>(rows);
    for (Index i = 0; i < rows; ++i) {
        for (Index e = conditional.rowStart[static_cast<std::size_t>(i)];
             e < conditional.rowStart[static_cast<std::size_t>(i + 1)]; ++e) {
            const int j = conditional.columns[static_cast<std::size_t>(e)];
            const double value = conditional.values[static_cast<std::size_t>(e)] * scale;
            entries[static_cast<std::size_t>(fill[static_cast<std::size_t>(i)]++)] = {j, value};
            entries[static_cast<std::size_t>(fill[static_cast<std::size_t>(j)]++)]
                = {static_cast<int>(i), value};
        }
    }
    SparseRows joint;
    joint.rowStart.resize(static_cast<std::size_t>(rows + 1));
    joint.columns.reserve(entries.size());
    joint.values.reserve(entries.size());
    for (Index i = 0; i < rows; ++i) {
        joint.rowStart[static_cast<std::size_t>(i)] = static_cast<Index>(joint.columns.size());
        const auto first = entries.begin() + counts[static_cast<std::size_t>(i)];
        const auto last = entries.begin() + counts[static_cast<std::size_t>(i + 1)];
        // Stable, so that the two halves of a pair are added in a fixed order.
        std::stable_sort(first, last, [](const auto &a, const auto &b) { return a.first < b.first; });
        for (auto entry = first; entry != last; ++entry) {
            if (!joint.columns.empty() && entry != first && joint.columns.back() == entry->first) {
                joint.values.back() += entry->second;
            } else {
                joint.columns.push_back(entry->first);
                joint.values.push_back(entry->second);
            }
        }
    }
    joint.rowStart[static_cast<std::size_t>(rows)] = static_cast<Index>(joint.columns.size());
    return joint;
}

} // namespace segmenta::engine::detail
