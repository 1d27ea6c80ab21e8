// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "cluster/detail/HierarchicalThreadPool.h"

#include "core/Assert.h"

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

namespace segmenta::engine::detail {

namespace {

// About 50-100 µs of spinning: longer than the serial work between two scans of a fit, far shorter than
// a scheduler time slice, so a waiting thread neither sleeps between scans nor burns a core after the fit.
constexpr int kSpinCount = 2000;

void relax()
{
#if defined(__x86_64__) || defined(__i386__)
    _mm_pause();
#endif
}

} // namespace

HierarchicalThreadPool::HierarchicalThreadPool(int threadCount)
{
    SEGMENTA_ASSERT(threadCount >= 1, "HierarchicalThreadPool: threadCount must be >= 1");
    // With more threads than cores a spinning thread holds the core the one it waits for needs.
    const auto cores = static_cast<int>(std::thread::hardware_concurrency());
    m_spinCount = cores > 0 && threadCount > cores ? 0 : kSpinCount;
    m_workers.reserve(static_cast<std::size_t>(threadCount - 1));
    for (int part = 1; part < threadCount; ++part) {
        m_workers.emplace_back([this, part] { work(part); });
    }
}

HierarchicalThreadPool::~HierarchicalThreadPool()
{
    m_stopping.store(true, std::memory_order_relaxed);
    m_generation.fetch_add(1, std::memory_order_release);
    m_generation.notify_all();
    for (std::thread &worker : m_workers) {
        worker.join();
    }
}

void HierarchicalThreadPool::runErased(Function function, const void *context)
{
    if (m_workers.empty()) {
        function(context, 0);
        return;
    }
    m_function = function;
    m_context = context;
    m_pending.store(static_cast<int>(m_workers.size()), std::memory_order_relaxed);
    m_generation.fetch_add(1, std::memory_order_release);
    m_generation.notify_all();
    function(context, 0);
    int spins = 0;
    for (int pending = m_pending.load(std::memory_order_acquire); pending != 0;
         pending = m_pending.load(std::memory_order_acquire)) {
        if (++spins < m_spinCount) {
            relax();
        } else {
            m_pending.wait(pending, std::memory_order_acquire);
        }
    }
}

void HierarchicalThreadPool::work(int part)
{
    std::uint64_t seen = 0;
    for (;;) {
        int spins = 0;
        std::uint64_t generation = m_generation.load(std::memory_order_acquire);
        while (generation == seen) {
            if (++spins < m_spinCount) {
                relax();
            } else {
                m_generation.wait(seen, std::memory_order_acquire);
            }
            generation = m_generation.load(std::memory_order_acquire);
        }
        seen = generation;
        if (m_stopping.load(std::memory_order_relaxed)) {
            return;
        }
        m_function(m_context, part);
        if (m_pending.fetch_sub(1, std::memory_order_acq_rel) == 1) {
            m_pending.notify_one();
        }
    }
}

} // namespace segmenta::engine::detail
