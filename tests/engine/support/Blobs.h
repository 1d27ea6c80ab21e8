// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Matrix.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <random>
#include <vector>

namespace segmenta::test {

using engine::Matrix;

/// A gaussian blob: its centre, spread and number of rows.
struct Blob
{
    std::vector<double> centre;
    double spread = 1.0;
    int rows = 0;
};

/// Rows of the blobs one after the other (or interleaved round-robin), with their true blob index.
/// Box-Muller on the top 53 bits of mt19937_64, so the data are the same on every standard library.
struct BlobData
{
    Matrix x;
    std::vector<int> truth;
};

enum class RowOrder
{
    BlobAfterBlob,
    Interleaved
};

inline BlobData makeBlobs(
    const std::vector<Blob> &blobs, std::uint64_t seed, RowOrder order = RowOrder::BlobAfterBlob)
{
    std::mt19937_64 generator(seed);
    const auto uniform = [&generator] { return (static_cast<double>(generator() >> 11U) + 0.5) / 0x1p53; };
    std::vector<int> blobOfRow;
    std::vector<int> remaining;
    for (const Blob &blob : blobs) {
        remaining.push_back(blob.rows);
    }
    for (bool any = true; any;) {
        any = false;
        for (std::size_t b = 0; b < blobs.size(); ++b) {
            const int take = order == RowOrder::Interleaved ? std::min(1, remaining[b]) : remaining[b];
            for (int r = 0; r < take; ++r) {
                blobOfRow.push_back(static_cast<int>(b));
            }
            remaining[b] -= take;
            any = any || remaining[b] > 0;
        }
    }
    BlobData data;
    const auto columns = static_cast<Eigen::Index>(blobs.front().centre.size());
    data.x.resize(static_cast<Eigen::Index>(blobOfRow.size()), columns);
    data.truth = blobOfRow;
    for (Eigen::Index i = 0; i < data.x.rows(); ++i) {
        const Blob &blob = blobs[static_cast<std::size_t>(blobOfRow[static_cast<std::size_t>(i)])];
        for (Eigen::Index j = 0; j < columns; ++j) {
            const double normal
                = std::sqrt(-2.0 * std::log(uniform())) * std::cos(2.0 * std::numbers::pi * uniform());
            data.x(i, j) = blob.centre[static_cast<std::size_t>(j)] + blob.spread * normal;
        }
    }
    return data;
}

} // namespace segmenta::test
