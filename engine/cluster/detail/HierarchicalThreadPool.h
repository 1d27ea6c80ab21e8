// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include <atomic>
#include <cstdint>
#include <thread>
#include <vector>

namespace segmenta::engine::detail {

/// A fixed set of threads for the many short parallel loops of hierarchical clustering: a nearest-neighbour
/// scan of 20,000 clusters takes tens of microseconds, less than starting a thread, so the workers stay
/// alive for the whole fit and spin briefly between calls before they sleep.
class HierarchicalThreadPool
{
public:
    /// Starts threadCount - 1 workers (the caller's thread is the last one). Requires: threadCount >= 1.
    explicit HierarchicalThreadPool(int threadCount);
    ~HierarchicalThreadPool();
    HierarchicalThreadPool(const HierarchicalThreadPool &) = delete;
    HierarchicalThreadPool &operator=(const HierarchicalThreadPool &) = delete;

    int threadCount() const { return static_cast<int>(m_workers.size()) + 1; }

    /// Calls task(part) once for each part in 0..threadCount()-1, concurrently (part 0 on the calling
    /// thread), and returns when all calls have returned. task must not throw.
    template<typename Task> void run(const Task &task)
    {
        runErased([](const void *context, int part) { (*static_cast<const Task *>(context))(part); }, &task);
    }

private:
    using Function = void (*)(const void *, int);
    void runErased(Function function, const void *context);
    void work(int part);

    std::vector<std::thread> m_workers;
    int m_spinCount = 0;
    Function m_function = nullptr;
    const void *m_context = nullptr;
    std::atomic<std::uint64_t> m_generation {0};
    std::atomic<int> m_pending {0};
    std::atomic<bool> m_stopping {false};
};

} // namespace segmenta::engine::detail
