// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include <Eigen/Core>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace segmenta::engine::detail {

/// Worker threads for a request: 0 means all cores.
inline int resolveThreadCount(int requested)
{
    if (requested > 0) {
        return requested;
    }
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

/// Calls function(begin, end) over [0, count) in fixed blocks of blockSize, on up to threadCount threads
/// (the caller's included). Blocks are handed out dynamically, so callers must make each index's result
/// independent of which thread computes it; that is what keeps t-SNE bit-identical for any thread count.
template<typename Function>
void parallelFor(Eigen::Index count, Eigen::Index blockSize, int threadCount, const Function &function)
{
    const Eigen::Index blockCount = (count + blockSize - 1) / blockSize;
    const int workers = static_cast<int>(std::min<Eigen::Index>(threadCount, blockCount));
    if (workers <= 1) {
        if (count > 0) {
            function(Eigen::Index {0}, count);
        }
        return;
    }
    std::atomic<Eigen::Index> next {0};
    const auto work = [&] {
        for (Eigen::Index block = next++; block < blockCount; block = next++) {
            function(block * blockSize, std::min(count, (block + 1) * blockSize));
        }
    };
    std::vector<std::jthread> threads;
    threads.reserve(static_cast<std::size_t>(workers - 1));
    for (int worker = 1; worker < workers; ++worker) {
        threads.emplace_back(work);
    }
    work();
}

} // namespace segmenta::engine::detail
