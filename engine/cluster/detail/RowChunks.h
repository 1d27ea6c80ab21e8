// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// Shared by the k-means, mixture and mini-batch fits: a fixed partition of the rows into chunks run on
// threads, and the seeded random helpers.
#pragma once

#include "core/Matrix.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <random>
#include <thread>
#include <vector>

namespace segmenta::engine::detail {

/// Fixed partition of the rows into chunks, run on up to threadCount threads. Every sum is taken per chunk,
/// then over chunks in chunk order; the chunking depends only on the row count (and the caller's chunk
/// limit), so floating-point results are the same whatever the thread count.
class RowChunks
{
public:
    static constexpr Eigen::Index minimumChunkRows = 1024;

    RowChunks(Eigen::Index rows, int threadCount, Eigen::Index maximumChunkCount = 256)
        : m_rows(rows)
        , m_chunkRows(std::max(minimumChunkRows,
              (rows + std::max<Eigen::Index>(maximumChunkCount, 1) - 1)
                  / std::max<Eigen::Index>(maximumChunkCount, 1)))
        , m_chunkCount(std::max<Eigen::Index>((rows + m_chunkRows - 1) / m_chunkRows, 1))
        , m_threadCount(static_cast<int>(std::min<Eigen::Index>(std::max(threadCount, 1), m_chunkCount)))
    { }

    Eigen::Index count() const { return m_chunkCount; }
    Eigen::Index begin(Eigen::Index chunk) const { return std::min(m_rows, chunk * m_chunkRows); }
    Eigen::Index end(Eigen::Index chunk) const { return std::min(m_rows, begin(chunk) + m_chunkRows); }

    /// Calls function(chunk) once for every chunk; chunks may run concurrently, in any order.
    template<typename Function> void forEach(const Function &function) const
    {
        if (m_threadCount <= 1) {
            for (Eigen::Index chunk = 0; chunk < m_chunkCount; ++chunk) {
                function(chunk);
            }
            return;
        }
        std::atomic<Eigen::Index> next {0};
        const auto work = [&] {
            for (Eigen::Index chunk = next++; chunk < m_chunkCount; chunk = next++) {
                function(chunk);
            }
        };
        std::vector<std::jthread> workers;
        workers.reserve(static_cast<std::size_t>(m_threadCount - 1));
        for (int worker = 1; worker < m_threadCount; ++worker) {
            workers.emplace_back(work);
        }
        work();
    }

private:
    Eigen::Index m_rows;
    Eigen::Index m_chunkRows;
    Eigen::Index m_chunkCount;
    int m_threadCount;
};

/// 0 = all cores.
inline int resolveThreadCount(int requested)
{
    if (requested > 0) {
        return requested;
    }
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

/// splitmix64's finaliser: spreads (seed, start) over the whole state so that neighbouring seeds give
/// unrelated generators.
inline std::uint64_t mixBits(std::uint64_t value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30U)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27U)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31U);
}

/// std::uniform_real_distribution is implementation-defined; this is the same on every standard library:
/// the top 53 bits of one draw, scaled to [0, 1).
inline double uniformDouble(std::mt19937_64 &generator)
{
    constexpr double twoToMinus53 = 1.0 / 9007199254740992.0;
    return static_cast<double>(generator() >> 11U) * twoToMinus53;
}

/// A row index uniform in [0, rows), the same on every standard library.
inline Eigen::Index uniformRow(std::mt19937_64 &generator, Eigen::Index rows)
{
    return std::min<Eigen::Index>(
        rows - 1, static_cast<Eigen::Index>(uniformDouble(generator) * static_cast<double>(rows)));
}

/// Renumbers labels 0..k-1 by the number of rows holding each (largest first; equal sizes: the label whose
/// first row comes first). Returns order, with order[new] = old, and fills sizes (by new label) and
/// relabels `labels` in place.
inline std::vector<int> relabelBySize(IndexVector &labels, int k, std::vector<std::int64_t> &sizes)
{
    const Eigen::Index rows = labels.size();
    std::vector<std::int64_t> counts(static_cast<std::size_t>(k), 0);
    std::vector<Eigen::Index> firstRow(static_cast<std::size_t>(k), rows);
    for (Eigen::Index i = rows - 1; i >= 0; --i) {
        const auto label = static_cast<std::size_t>(labels[i]);
        ++counts[label];
        firstRow[label] = i;
    }
    std::vector<int> order(static_cast<std::size_t>(k));
    for (int j = 0; j < k; ++j) {
        order[static_cast<std::size_t>(j)] = j;
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const auto ua = static_cast<std::size_t>(a);
        const auto ub = static_cast<std::size_t>(b);
        return counts[ua] > counts[ub] || (counts[ua] == counts[ub] && firstRow[ua] < firstRow[ub]);
    });
    std::vector<int> newLabel(static_cast<std::size_t>(k));
    sizes.assign(static_cast<std::size_t>(k), 0);
    for (int j = 0; j < k; ++j) {
        const auto old = static_cast<std::size_t>(order[static_cast<std::size_t>(j)]);
        newLabel[old] = j;
        sizes[static_cast<std::size_t>(j)] = counts[old];
    }
    for (Eigen::Index i = 0; i < rows; ++i) {
        labels[i] = newLabel[static_cast<std::size_t>(labels[i])];
    }
    return order;
}

} // namespace segmenta::engine::detail
