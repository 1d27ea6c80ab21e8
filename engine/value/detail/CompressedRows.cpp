// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "value/detail/CompressedRows.h"

#include "core/Assert.h"

#include <algorithm>
#include <array>
#include <numeric>

namespace segmenta::engine::detail {

CompressedRows compressRows(const Vector &frequency, const Vector &recency, const Vector &age)
{
    SEGMENTA_ASSERT(frequency.size() == recency.size() && frequency.size() == age.size(),
        "compressRows: columns of different lengths");
    const Eigen::Index n = frequency.size();
    std::vector<std::array<double, 3>> rows(static_cast<std::size_t>(n));
    for (Eigen::Index i = 0; i < n; ++i) {
        rows[static_cast<std::size_t>(i)] = {frequency(i), recency(i), age(i)};
    }
    std::sort(rows.begin(), rows.end());

    std::vector<std::array<double, 3>> distinct;
    std::vector<double> weights;
    for (const auto &row : rows) {
        if (!distinct.empty() && distinct.back() == row) {
            weights.back() += 1.0;
        } else {
            distinct.push_back(row);
            weights.push_back(1.0);
        }
    }

    CompressedRows compressed;
    const auto m = static_cast<Eigen::Index>(distinct.size());
    compressed.frequency.resize(m);
    compressed.recency.resize(m);
    compressed.age.resize(m);
    compressed.weight = Eigen::Map<const Vector>(weights.data(), m);
    compressed.frequencyIndex.resize(distinct.size());
    for (Eigen::Index i = 0; i < m; ++i) {
        const auto &row = distinct[static_cast<std::size_t>(i)];
        compressed.frequency(i) = row[0];
        compressed.recency(i) = row[1];
        compressed.age(i) = row[2];
        // Rows are sorted by x first, so a new distinct x is always the largest so far.
        if (compressed.distinctFrequencies.empty() || compressed.distinctFrequencies.back() != row[0]) {
            compressed.distinctFrequencies.push_back(row[0]);
        }
        compressed.frequencyIndex[static_cast<std::size_t>(i)]
            = static_cast<int>(compressed.distinctFrequencies.size()) - 1;
    }
    return compressed;
}

} // namespace segmenta::engine::detail
