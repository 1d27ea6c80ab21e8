// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "projection/detail/FftRepulsion.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

using namespace segmenta::engine;

namespace {

struct ExactRepulsion
{
    std::vector<double> forceX;
    std::vector<double> forceY;
    double normaliser = 0.0;
};

/// The O(n^2) sums the FFT approximates: sum_{j != i} q_ij^2 (y_i - y_j) and Z = sum_{i != j} q_ij.
ExactRepulsion exactRepulsion(const Matrix &layout)
{
    ExactRepulsion exact;
    const Eigen::Index n = layout.rows();
    exact.forceX.assign(static_cast<std::size_t>(n), 0.0);
    exact.forceY.assign(static_cast<std::size_t>(n), 0.0);
    for (Eigen::Index i = 0; i < n; ++i) {
        for (Eigen::Index j = 0; j < n; ++j) {
            if (i == j) {
                continue;
            }
            const double dx = layout(i, 0) - layout(j, 0);
            const double dy = layout(i, 1) - layout(j, 1);
            const double q = 1.0 / (1.0 + dx * dx + dy * dy);
            exact.forceX[static_cast<std::size_t>(i)] += q * q * dx;
            exact.forceY[static_cast<std::size_t>(i)] += q * q * dy;
            exact.normaliser += q;
        }
    }
    return exact;
}

/// Clusters of normal points around random centres: the shape t-SNE layouts have, at a given extent.
Matrix clusteredLayout(Eigen::Index n, double extent, std::uint32_t seed)
{
    std::mt19937 generator(seed);
    std::uniform_real_distribution<double> centre(-0.5 * extent, 0.5 * extent);
    std::normal_distribution<double> spread(0.0, 0.05 * extent);
    constexpr int clusters = 6;
    std::vector<std::pair<double, double>> centres;
    for (int c = 0; c < clusters; ++c) {
        centres.emplace_back(centre(generator), centre(generator));
    }
    Matrix layout(n, 2);
    for (Eigen::Index i = 0; i < n; ++i) {
        const auto &[x, y] = centres[static_cast<std::size_t>(i % clusters)];
        layout(i, 0) = x + spread(generator);
        layout(i, 1) = y + spread(generator);
    }
    return layout;
}

struct Errors
{
    double gradient = 0.0; ///< |F_fft / Z_fft - F / Z| / |F / Z| over all points (Frobenius norms)
    double normaliser = 0.0; ///< |Z_fft - Z| / Z
};

Errors compare(const Matrix &layout, int threads)
{
    const ExactRepulsion exact = exactRepulsion(layout);
    detail::FftRepulsion fft(threads);
    std::vector<double> forceX;
    std::vector<double> forceY;
    const double normaliser = fft.evaluate(layout, forceX, forceY);
    double difference = 0.0;
    double reference = 0.0;
    for (std::size_t i = 0; i < forceX.size(); ++i) {
        const double ex = exact.forceX[i] / exact.normaliser;
        const double ey = exact.forceY[i] / exact.normaliser;
        const double fx = forceX[i] / normaliser;
        const double fy = forceY[i] / normaliser;
        difference += (fx - ex) * (fx - ex) + (fy - ey) * (fy - ey);
        reference += ex * ex + ey * ey;
    }
    return {std::sqrt(difference / reference), std::abs(normaliser - exact.normaliser) / exact.normaliser};
}

} // namespace

// The map sizes t-SNE passes through: collapsed at the start (extent << 1: 50 boxes of width << 1, where
// the 3-point interpolation is exact to rounding), mid-way (extent 30: 50 boxes of width 0.6) and spread
// out (extent 120: boxes of width ~1, the coarsest the method uses, openTSNE's ints_in_interval = 1).
// Measured on these 400 points: relative (Frobenius) error of the repulsive gradient F / Z 0 (< 1e-6),
// 0.0055 and 0.033; of Z below 0.0014. Bounds: 1e-6 on collapsed maps, 0.01 at box width 0.6, 0.05 at
// width 1 for the gradient, and 0.005 for Z throughout. The error at width 1 comes from pairs closer than
// ~2 (interpolating (1 + d^2)^-2 on nodes 1/3 apart, ~5 % per such pair); far pairs are accurate to
// ~1e-4. On real maps, where most of a point's repulsion comes from far points, it averages lower.
TEST(FftRepulsion, MatchesTheExactRepulsionOnSmallAndLargeMaps)
{
    struct Case
    {
        double extent;
        double gradientBound;
    };
    for (const Case &c : {Case {1e-3, 1e-6}, Case {0.5, 1e-6}, Case {30.0, 0.01}, Case {120.0, 0.05}}) {
        const Matrix layout = clusteredLayout(400, c.extent, 17);
        const Errors errors = compare(layout, 2);
        RecordProperty("gradient_error_" + std::to_string(c.extent), std::to_string(errors.gradient));
        EXPECT_LT(errors.gradient, c.gradientBound) << "extent " << c.extent;
        EXPECT_LT(errors.normaliser, 0.005) << "extent " << c.extent;
    }
}

// 300 points uniform on an 80 x 80 square (80 boxes of width 1): measured 0.041 and 0.0031.
TEST(FftRepulsion, UniformMapMatchesTheExactRepulsion)
{
    std::mt19937 generator(5);
    std::uniform_real_distribution<double> uniform(-40.0, 40.0);
    Matrix layout(300, 2);
    for (Eigen::Index i = 0; i < layout.size(); ++i) {
        layout.data()[i] = uniform(generator);
    }
    const Errors errors = compare(layout, 1);
    EXPECT_LT(errors.gradient, 0.05);
    EXPECT_LT(errors.normaliser, 0.005);
}

TEST(FftRepulsion, BoxesFollowTheExtent)
{
    detail::FftRepulsion fft(1);
    std::vector<double> forceX;
    std::vector<double> forceY;
    fft.evaluate(clusteredLayout(100, 10.0, 3), forceX, forceY);
    EXPECT_EQ(fft.boxCount(), detail::kFftMinBoxes); // 50 = 2 x 5^2: already smooth
    Matrix wide = clusteredLayout(100, 10.0, 3);
    wide(0, 0) = -100.3;
    wide(1, 0) = 100.3;
    fft.evaluate(wide, forceX, forceY);
    // Extent 200.6: at least 201 boxes of width <= 1, rounded up to 216 = 2^3 x 3^3 (2-3-5-smooth).
    EXPECT_EQ(fft.boxCount(), 216);
}

TEST(FftRepulsion, SameResultForAnyThreadCount)
{
    const Matrix layout = clusteredLayout(3000, 60.0, 9);
    std::vector<double> x1;
    std::vector<double> y1;
    std::vector<double> x2;
    std::vector<double> y2;
    detail::FftRepulsion single(1);
    detail::FftRepulsion pair(2);
    const double z1 = single.evaluate(layout, x1, y1);
    const double z2 = pair.evaluate(layout, x2, y2);
    EXPECT_EQ(z1, z2);
    EXPECT_EQ(x1, x2);
    EXPECT_EQ(y1, y2);
}
