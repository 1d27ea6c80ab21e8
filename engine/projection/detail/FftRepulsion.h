// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Matrix.h"

#include <complex>
#include <vector>

namespace segmenta::engine::detail {

/// Lagrange interpolation nodes per box and axis (FIt-SNE's and openTSNE's n_interpolation_points).
inline constexpr int kFftInterpolationPoints = 3;
/// Fewest boxes per axis (openTSNE's min_num_intervals): small maps still get a fine grid.
inline constexpr int kFftMinBoxes = 50;
/// Widest box, in layout units (openTSNE's ints_in_interval = 1): boxes per axis = the map's extent at least.
inline constexpr double kFftMaxBoxWidth = 1.0;

/// The repulsive part of the t-SNE gradient of every point at once by FFT-accelerated interpolation
/// (FIt-SNE, Linderman et al. 2019, as openTSNE's estimate_negative_gradient_fft_2d): the square bounding
/// the layout is cut into B x B boxes (B = the extent / kFftMaxBoxWidth, at least kFftMinBoxes, rounded up
/// to a 2-3-5-smooth size so that FFTW is fast and plans are reused); each box holds
/// kFftInterpolationPoints^2 equispaced nodes. Four charges per point (1, x, y, x^2 + y^2) are spread to the
/// nodes by Lagrange weights, convolved with the squared Cauchy kernel (1 + d^2)^-2 on the node grid by
/// FFT (FFTW r2c/c2r of the zero-padded grid, 2-D circulant embedding of the kernel), and interpolated
/// back to the points with the same weights. From the four potentials phi:
///   force_i = y_i phi_0 - (phi_1, phi_2) = sum_j q_ij^2 (y_i - y_j),
///   Z = sum_i [(1 + |y_i|^2) phi_0 - 2 y_i . (phi_1, phi_2) + phi_3] - n = sum_{i != j} q_ij.
/// Work is O(n + B^2 log B) per evaluation instead of Barnes–Hut's O(n log n) with a large constant.
///
/// Deterministic: points are spread to the grid box row by box row (disjoint grid rows; points by box,
/// in input order within a box), gathered per point, and every sum runs in a fixed order, so the result does
/// not depend on threadCount. FFTW runs single-threaded per transform with FFTW_ESTIMATE plans (a fixed
/// algorithm per size); the four charge transforms run in parallel.
class FftRepulsion
{
public:
    explicit FftRepulsion(int threadCount);
    ~FftRepulsion();
    FftRepulsion(const FftRepulsion &) = delete;
    FftRepulsion &operator=(const FftRepulsion &) = delete;

    /// Fills forceX/forceY (size n) with sum_{j != i} q_ij^2 (y_i - y_j), q_ij = 1 / (1 + |y_i - y_j|^2),
    /// approximately, and returns Z = sum_{i != j} q_ij, approximately.
    /// Requires: layout is n x 2 and finite, n >= 2.
    double evaluate(const Matrix &layout, std::vector<double> &forceX, std::vector<double> &forceY);

    /// Boxes per axis of the last evaluate() (for tests and diagnostics).
    int boxCount() const { return m_boxes; }

private:
    void preparePlans(int fftSize);
    void releasePlans();
    /// The FFT of the kernel (1 + d^2)^-2 between nodes `spacing` apart, circulantly embedded.
    void computeKernelSpectrum(int nodes, double spacing);

    int m_threadCount;
    int m_boxes = 0;
    int m_fftSize = 0; ///< 2 x nodes per axis: the zero-padded transform's side
    void *m_forwardPlan = nullptr; ///< fftw_plan, r2c of fftSize x fftSize (the kernel)
    void *m_rowForwardPlan = nullptr; ///< fftw_plan, r2c of the upper half's rows
    void *m_columnForwardPlan = nullptr; ///< fftw_plan, in-place forward c2c of the spectrum's columns
    void *m_columnBackwardPlan = nullptr; ///< fftw_plan, in-place backward c2c of the columns
    void *m_rowBackwardPlan = nullptr; ///< fftw_plan, c2r of the lower half's rows
    // FFTW buffers (fftw_malloc'd, aligned): one real and one complex per charge, plus the kernel's.
    std::vector<double *> m_real;
    std::vector<std::complex<double> *> m_spectrum;
    double *m_kernelReal = nullptr;
    std::complex<double> *m_kernelSpectrum = nullptr;
    // Per point: box row and column, Lagrange weights along x and y.
    std::vector<int> m_boxRow;
    std::vector<int> m_boxColumn;
    std::vector<double> m_weightX;
    std::vector<double> m_weightY;
    std::vector<int> m_order; ///< points sorted by box, row-major (stable)
    std::vector<int> m_boxStart; ///< boxes^2 + 1 offsets into m_order
    std::vector<int> m_position; ///< per point: its place in m_order
    std::vector<double> m_sorted; ///< per place in m_order: force x, force y, share of Z
};

} // namespace segmenta::engine::detail
