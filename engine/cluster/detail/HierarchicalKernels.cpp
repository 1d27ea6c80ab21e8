// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "cluster/detail/HierarchicalKernels.h"

#include <array>
#include <cmath>
#include <cstring>

// These loops are the whole cost of hierarchical clustering. Built for baseline x86-64 they use two
// doubles per instruction; target_clones adds an AVX2 + FMA version picked at load time (about 1.5 ns per
// 16-column distance here). GCC contracts a·a + s into one fused multiply-add where the processor has it, so
// the last bit of a distance may depend on the processor, never on the thread count. Skipped when the
// whole build already targets AVX2 (GCC 12 also fails on target_clones under -march=native).
#if defined(__GNUC__) && defined(__x86_64__) && !defined(__clang__) && !defined(__AVX2__)
#define SEGMENTA_VECTOR_CLONES __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define SEGMENTA_VECTOR_CLONES
#endif

namespace segmenta::engine::detail {

namespace {

// GCC's vector extensions: four doubles, one AVX2 or two SSE2 registers (the auto-vectoriser gives up on
// these loops). Wider packs are faster with AVX-512 but fall apart into scalar code in the AVX2 clone.
typedef double Pack __attribute__((vector_size(32)));
constexpr std::int64_t kPackSize = 4;
// Eight packs per group: independent chains of additions keep the adders busy.
constexpr std::size_t kPacks = 8;
static_assert(kScanGroup == static_cast<std::int64_t>(kPacks) * kPackSize, "a scan group is whole packs");

using Lanes = std::array<double, kScanGroup>;

/// Running minimum of a scan and the first position that had it. Each group is first reduced to its
/// smallest value with vector minima; only a group that beats the best so far is searched lane by lane,
/// which is rare after the first few groups.
struct RunningMinimum
{
    double value = std::numeric_limits<double>::infinity();
    std::int64_t position = -1;

    void update(const std::array<Pack, kPacks> &candidate, std::int64_t group)
    {
        Pack smallest = candidate[0];
        for (std::size_t pack = 1; pack < kPacks; ++pack) {
            smallest = candidate[pack] < smallest ? candidate[pack] : smallest;
        }
        std::array<double, kPackSize> lanes;
        std::memcpy(lanes.data(), &smallest, sizeof smallest);
        double groupMinimum = lanes[0];
        for (std::size_t lane = 1; lane < lanes.size(); ++lane) {
            groupMinimum = lanes[lane] < groupMinimum ? lanes[lane] : groupMinimum;
        }
        if (!(groupMinimum < value)) {
            return;
        }
        Lanes values;
        std::memcpy(values.data(), candidate.data(), sizeof candidate);
        for (std::size_t lane = 0; lane < values.size(); ++lane) {
            if (values[lane] == groupMinimum) {
                value = groupMinimum;
                position = group + static_cast<std::int64_t>(lane);
                return;
            }
        }
    }

    ScanBest result() const
    {
        ScanBest best;
        best.value = value;
        best.position = position;
        return best;
    }
};

} // namespace

// The helpers below are macros rather than functions: passing 64-byte vectors between functions changes
// the ABI with the instruction set.
#define SEGMENTA_LOAD(target, address) std::memcpy(&(target), (address), sizeof(Pack))
// Sum over t of (c_t - point_t)² for the kScanGroup points of `group`, in t order (scipy's pdist order).
#define SEGMENTA_SQUARED_DISTANCES(sum, group)                                                               \
    std::array<Pack, kPacks> sum;                                                                            \
    sum.fill(Pack {});                                                                                       \
    for (std::int64_t t = 0; t < dims; ++t) {                                                                \
        const double *column = coordinates + t * stride + (group);                                           \
        for (std::size_t pack = 0; pack < kPacks; ++pack) {                                                  \
            Pack difference;                                                                                 \
            SEGMENTA_LOAD(difference, column + static_cast<std::int64_t>(pack) * kPackSize);                 \
            difference -= point[t];                                                                          \
            sum[pack] += difference * difference;                                                            \
        }                                                                                                    \
    }

ScanBest combine(const ScanBest &earlier, const ScanBest &later)
{
    ScanBest best = earlier;
    if (later.position >= 0 && (best.position < 0 || later.value < best.value)) {
        best.value = later.value;
        best.position = later.position;
    }
    if (std::isnan(best.preferredValue)) {
        best.preferredValue = later.preferredValue;
    }
    return best;
}

SEGMENTA_VECTOR_CLONES
ScanBest wardScan(const double *point, double weight, const double *coordinates, std::int64_t stride,
    std::int64_t dims, const double *weights, const double *penalties, std::int64_t begin, std::int64_t end,
    std::int64_t preferred)
{
    RunningMinimum minimum;
    double preferredValue = std::numeric_limits<double>::quiet_NaN();
    for (std::int64_t group = begin; group < end; group += kScanGroup) {
        SEGMENTA_SQUARED_DISTANCES(sum, group)
        std::array<Pack, kPacks> value;
        for (std::size_t pack = 0; pack < kPacks; ++pack) {
            const std::int64_t offset = group + static_cast<std::int64_t>(pack) * kPackSize;
            Pack other;
            Pack penalty;
            SEGMENTA_LOAD(other, weights + offset);
            SEGMENTA_LOAD(penalty, penalties + offset);
            value[pack] = sum[pack] * (other / (weight + other)) + penalty;
        }
        minimum.update(value, group);
        if (preferred >= group && preferred < group + kScanGroup) {
            Lanes values;
            std::memcpy(values.data(), value.data(), sizeof value);
            preferredValue = values[static_cast<std::size_t>(preferred - group)];
        }
    }
    ScanBest result = minimum.result();
    result.preferredValue = preferredValue;
    return result;
}

SEGMENTA_VECTOR_CLONES
ScanBest primScan(const double *point, const double *coordinates, std::int64_t stride, std::int64_t dims,
    double *closest, const double *penalties, std::int64_t begin, std::int64_t end)
{
    RunningMinimum minimum;
    for (std::int64_t group = begin; group < end; group += kScanGroup) {
        SEGMENTA_SQUARED_DISTANCES(sum, group)
        std::array<Pack, kPacks> value;
        for (std::size_t pack = 0; pack < kPacks; ++pack) {
            const std::int64_t offset = group + static_cast<std::int64_t>(pack) * kPackSize;
            Pack nearest;
            Pack penalty;
            SEGMENTA_LOAD(nearest, closest + offset);
            SEGMENTA_LOAD(penalty, penalties + offset);
            nearest = sum[pack] < nearest ? sum[pack] : nearest;
            std::memcpy(closest + offset, &nearest, sizeof nearest);
            value[pack] = nearest + penalty;
        }
        minimum.update(value, group);
    }
    return minimum.result();
}

SEGMENTA_VECTOR_CLONES
std::int64_t nearestPoint(const double *point, const double *coordinates, std::int64_t stride,
    std::int64_t dims, std::int64_t count)
{
    RunningMinimum minimum;
    for (std::int64_t group = 0; group < count; group += kScanGroup) {
        SEGMENTA_SQUARED_DISTANCES(sum, group)
        minimum.update(sum, group);
    }
    return minimum.result().position;
}

SEGMENTA_VECTOR_CLONES
void euclideanDistances(const double *point, const double *coordinates, std::int64_t stride,
    std::int64_t dims, std::int64_t begin, std::int64_t end, double *out)
{
    std::int64_t group = begin;
    for (; group + kScanGroup <= end; group += kScanGroup) {
        SEGMENTA_SQUARED_DISTANCES(sum, group)
        std::memcpy(out + (group - begin), sum.data(), sizeof sum);
    }
    // The tail one point at a time, with the same operations in the same order.
    for (std::int64_t p = group; p < end; ++p) {
        double sum = 0.0;
        for (std::int64_t t = 0; t < dims; ++t) {
            const double difference = coordinates[t * stride + p] - point[t];
            sum += difference * difference;
        }
        out[p - begin] = sum;
    }
    for (std::int64_t p = 0; p < end - begin; ++p) {
        out[p] = std::sqrt(out[p]);
    }
}

#undef SEGMENTA_SQUARED_DISTANCES
#undef SEGMENTA_LOAD

} // namespace segmenta::engine::detail
