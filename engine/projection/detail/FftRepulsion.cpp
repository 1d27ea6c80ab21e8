// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "projection/detail/FftRepulsion.h"

#include "core/Assert.h"
#include "projection/detail/ParallelFor.h"

#include <fftw3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <functional>
#include <mutex>

namespace segmenta::engine::detail {

namespace {

using Index = Eigen::Index;

// The four charges per point: 1, x, y, x^2 + y^2.
constexpr int kTerms = 4;
constexpr int kNodes = kFftInterpolationPoints;
// Points per parallel block of the per-point passes.
constexpr Index kPointBlock = 1024;

// FFTW's planner is not thread-safe (its execute functions are): two maps computed at once, say in the
// app and a test, must not plan at the same time.
std::mutex &plannerMutex()
{
    static std::mutex mutex;
    return mutex;
}

/// Smallest m >= n whose only prime factors are 2, 3 and 5: FFTW's fastest sizes, and far fewer distinct
/// sizes (hence plans) as the map grows than one per box.
int smoothSizeAtLeast(int n)
{
    for (int m = std::max(n, 1);; ++m) {
        int rest = m;
        for (const int factor : {2, 3, 5}) {
            while (rest % factor == 0) {
                rest /= factor;
            }
        }
        if (rest == 1) {
            return m;
        }
    }
}

/// Interpolation node k of a box of width 1.
constexpr double node(int k)
{
    return (k + 0.5) / kNodes;
}

/// 1 / prod_{l != k} (node k - node l): the Lagrange basis polynomials' constant denominators.
constexpr std::array<double, kNodes> lagrangeDenominators()
{
    std::array<double, kNodes> inverse {};
    for (int k = 0; k < kNodes; ++k) {
        double product = 1.0;
        for (int l = 0; l < kNodes; ++l) {
            if (l != k) {
                product *= node(k) - node(l);
            }
        }
        inverse[static_cast<std::size_t>(k)] = 1.0 / product;
    }
    return inverse;
}

constexpr std::array<double, kNodes> kInverseDenominators = lagrangeDenominators();

/// The kNodes Lagrange basis polynomials at u in [0, 1], nodes at (k + 0.5) / kNodes.
std::array<double, kNodes> lagrangeWeights(double u)
{
    std::array<double, kNodes> weights {};
    for (int k = 0; k < kNodes; ++k) {
        double weight = kInverseDenominators[static_cast<std::size_t>(k)];
        for (int l = 0; l < kNodes; ++l) {
            if (l != k) {
                weight *= u - node(l);
            }
        }
        weights[static_cast<std::size_t>(k)] = weight;
    }
    return weights;
}

fftw_complex *asFftw(std::complex<double> *data)
{
    return reinterpret_cast<fftw_complex *>(data); // layout-compatible, as FFTW's manual documents
}

} // namespace

FftRepulsion::FftRepulsion(int threadCount)
    : m_threadCount(threadCount)
{ }

FftRepulsion::~FftRepulsion()
{
    releasePlans();
}

void FftRepulsion::releasePlans()
{
    const std::lock_guard lock(plannerMutex());
    for (void *&plan : {std::ref(m_forwardPlan), std::ref(m_rowForwardPlan), std::ref(m_columnForwardPlan),
             std::ref(m_columnBackwardPlan), std::ref(m_rowBackwardPlan)}) {
        if (plan != nullptr) {
            fftw_destroy_plan(static_cast<fftw_plan>(plan));
        }
        plan = nullptr;
    }
    for (double *buffer : m_real) {
        fftw_free(buffer);
    }
    for (std::complex<double> *buffer : m_spectrum) {
        fftw_free(buffer);
    }
    fftw_free(m_kernelReal);
    fftw_free(m_kernelSpectrum);
    m_real.clear();
    m_spectrum.clear();
    m_kernelReal = nullptr;
    m_kernelSpectrum = nullptr;
    m_fftSize = 0;
}

void FftRepulsion::preparePlans(int fftSize)
{
    if (fftSize == m_fftSize) {
        return;
    }
    releasePlans();
    const std::lock_guard lock(plannerMutex());
    const auto realSize = static_cast<std::size_t>(fftSize) * static_cast<std::size_t>(fftSize);
    const auto spectrumSize = static_cast<std::size_t>(fftSize) * static_cast<std::size_t>(fftSize / 2 + 1);
    for (int term = 0; term < kTerms; ++term) {
        m_real.push_back(fftw_alloc_real(realSize));
        m_spectrum.push_back(reinterpret_cast<std::complex<double> *>(fftw_alloc_complex(spectrumSize)));
        SEGMENTA_ASSERT(
            m_real.back() != nullptr && m_spectrum.back() != nullptr, "FftRepulsion: out of memory");
    }
    m_kernelReal = fftw_alloc_real(realSize);
    m_kernelSpectrum = reinterpret_cast<std::complex<double> *>(fftw_alloc_complex(spectrumSize));
    SEGMENTA_ASSERT(m_kernelReal != nullptr && m_kernelSpectrum != nullptr, "FftRepulsion: out of memory");
    // FFTW_ESTIMATE: no timing runs, so the plan (and every result) is the same on every run; all buffers
    // come from fftw_alloc, equally aligned, so the plans apply to each through the new-array interface.
    m_forwardPlan = fftw_plan_dft_r2c_2d(fftSize, fftSize, m_real[0], asFftw(m_spectrum[0]), FFTW_ESTIMATE);
    // The charge grids are zero outside their top-left half x half quarter, and only the bottom-right
    // quarter of the result is read: the 2-D transforms run as 1-D passes (rows, then columns) that skip
    // the rows known to be zero or not needed, a quarter of the work saved.
    const int half = fftSize / 2;
    const int spectrumWidth = half + 1;
    int length[] = {fftSize};
    m_rowForwardPlan = fftw_plan_many_dft_r2c(1, length, half, m_real[0], nullptr, 1, fftSize,
        asFftw(m_spectrum[0]), nullptr, 1, spectrumWidth, FFTW_ESTIMATE);
    m_columnForwardPlan = fftw_plan_many_dft(1, length, spectrumWidth, asFftw(m_spectrum[0]), nullptr,
        spectrumWidth, 1, asFftw(m_spectrum[0]), nullptr, spectrumWidth, 1, FFTW_FORWARD, FFTW_ESTIMATE);
    m_columnBackwardPlan = fftw_plan_many_dft(1, length, spectrumWidth, asFftw(m_spectrum[0]), nullptr,
        spectrumWidth, 1, asFftw(m_spectrum[0]), nullptr, spectrumWidth, 1, FFTW_BACKWARD, FFTW_ESTIMATE);
    const auto lowerHalf = static_cast<std::size_t>(half);
    m_rowBackwardPlan = fftw_plan_many_dft_c2r(1, length, half,
        asFftw(m_spectrum[0] + lowerHalf * static_cast<std::size_t>(spectrumWidth)), nullptr, 1,
        spectrumWidth, m_real[0] + lowerHalf * static_cast<std::size_t>(fftSize), nullptr, 1, fftSize,
        FFTW_ESTIMATE);
    SEGMENTA_ASSERT(m_forwardPlan != nullptr && m_rowForwardPlan != nullptr && m_columnForwardPlan != nullptr
            && m_columnBackwardPlan != nullptr && m_rowBackwardPlan != nullptr,
        "FftRepulsion: FFTW planning failed");
    m_fftSize = fftSize;
}

void FftRepulsion::computeKernelSpectrum(int nodes, double spacing)
{
    const auto fftStride = static_cast<std::size_t>(m_fftSize);
    // The kernel (1 + d^2)^-2 at every node offset, embedded circulantly: offset (+a, +b) at
    // (nodes + a, nodes + b), (-a, ...) at (nodes - a, ...); row and column 0 stay zero.
    std::memset(m_kernelReal, 0, sizeof(double) * fftStride * fftStride);
    for (Index a = 0; a < nodes; ++a) {
        for (Index b = 0; b < nodes; ++b) {
            const double dx = static_cast<double>(a) * spacing;
            const double dy = static_cast<double>(b) * spacing;
            const double q = 1.0 / (1.0 + dx * dx + dy * dy);
            const auto up = static_cast<std::size_t>(nodes + a);
            const auto down = static_cast<std::size_t>(nodes - a);
            const auto right = static_cast<std::size_t>(nodes + b);
            const auto left = static_cast<std::size_t>(nodes - b);
            m_kernelReal[up * fftStride + right] = q * q;
            m_kernelReal[up * fftStride + left] = q * q;
            m_kernelReal[down * fftStride + right] = q * q;
            m_kernelReal[down * fftStride + left] = q * q;
        }
    }
    fftw_execute_dft_r2c(static_cast<fftw_plan>(m_forwardPlan), m_kernelReal, asFftw(m_kernelSpectrum));
}

double FftRepulsion::evaluate(const Matrix &layout, std::vector<double> &forceX, std::vector<double> &forceY)
{
    const Index n = layout.rows();
    SEGMENTA_ASSERT(layout.cols() == 2 && n >= 2, "FftRepulsion: needs n x 2 points, n >= 2");
    forceX.resize(static_cast<std::size_t>(n));
    forceY.resize(static_cast<std::size_t>(n));

    // The square grid over the layout's bounding square, centred on it.
    double low = layout(0, 0);
    double high = low;
    for (Index i = 0; i < n; ++i) {
        low = std::min({low, layout(i, 0), layout(i, 1)});
        high = std::max({high, layout(i, 0), layout(i, 1)});
    }
    const double centre = 0.5 * (low + high);
    // A degenerate map (all points in one place) still gets a grid of positive width.
    const double extent = std::max(high - low, 1e-12 * std::max(1.0, std::abs(centre)) + 1e-300);
    m_boxes = smoothSizeAtLeast(
        std::max(kFftMinBoxes, static_cast<int>(std::min(std::ceil(extent / kFftMaxBoxWidth), 1e6))));
    const double boxWidth = extent / m_boxes;
    const double spacing = boxWidth / kNodes; // between neighbouring nodes, also across boxes
    const double origin = centre - 0.5 * extent;
    const int nodes = m_boxes * kNodes; // per axis
    const int fftSize = 2 * nodes;
    preparePlans(fftSize);
    const auto fftStride = static_cast<std::size_t>(fftSize);

    // Box and Lagrange weights of each point.
    m_boxRow.resize(static_cast<std::size_t>(n));
    m_boxColumn.resize(static_cast<std::size_t>(n));
    m_weightX.resize(static_cast<std::size_t>(n * kNodes));
    m_weightY.resize(static_cast<std::size_t>(n * kNodes));
    parallelFor(n, kPointBlock, m_threadCount, [&](Index begin, Index end) {
        for (Index i = begin; i < end; ++i) {
            const double u = (layout(i, 0) - origin) / boxWidth;
            const double v = (layout(i, 1) - origin) / boxWidth;
            const int row = std::clamp(static_cast<int>(u), 0, m_boxes - 1);
            const int column = std::clamp(static_cast<int>(v), 0, m_boxes - 1);
            const auto slot = static_cast<std::size_t>(i);
            m_boxRow[slot] = row;
            m_boxColumn[slot] = column;
            const std::array<double, kNodes> wx = lagrangeWeights(u - row);
            const std::array<double, kNodes> wy = lagrangeWeights(v - column);
            std::copy(wx.begin(), wx.end(), m_weightX.begin() + static_cast<Index>(slot) * kNodes);
            std::copy(wy.begin(), wy.end(), m_weightY.begin() + static_cast<Index>(slot) * kNodes);
        }
    });

    // Points by box (row-major box order), stably: a box row's points touch only its kNodes grid rows,
    // and neighbouring points touch neighbouring nodes (cache-friendly spreading and gathering).
    const auto boxCount = static_cast<std::size_t>(m_boxes) * static_cast<std::size_t>(m_boxes);
    m_boxStart.assign(boxCount + 1, 0);
    for (Index i = 0; i < n; ++i) {
        const auto slot = static_cast<std::size_t>(i);
        ++m_boxStart[static_cast<std::size_t>(m_boxRow[slot]) * static_cast<std::size_t>(m_boxes)
            + static_cast<std::size_t>(m_boxColumn[slot]) + 1];
    }
    for (std::size_t b = 1; b < m_boxStart.size(); ++b) {
        m_boxStart[b] += m_boxStart[b - 1];
    }
    m_order.resize(static_cast<std::size_t>(n));
    m_position.resize(static_cast<std::size_t>(n));
    {
        std::vector<int> fill(m_boxStart.begin(), m_boxStart.end() - 1);
        for (Index i = 0; i < n; ++i) {
            const auto slot = static_cast<std::size_t>(i);
            const std::size_t box
                = static_cast<std::size_t>(m_boxRow[slot]) * static_cast<std::size_t>(m_boxes)
                + static_cast<std::size_t>(m_boxColumn[slot]);
            m_position[slot] = fill[box];
            m_order[static_cast<std::size_t>(fill[box]++)] = static_cast<int>(i);
        }
    }
    const auto rowStart = [&](Index row) {
        return m_boxStart[static_cast<std::size_t>(row) * static_cast<std::size_t>(m_boxes)];
    };

    // One parallel pass (fewer hand-overs between threads): item 0 computes the kernel's spectrum, items
    // 1..boxes each zero their box row's kNodes grid rows and spread that row's charges onto them, straight
    // into the zero-padded FFT inputs (top-left nodes x nodes). Box rows own disjoint grid rows.
    const auto half = static_cast<std::size_t>(nodes);
    parallelFor(m_boxes + 1, 1, m_threadCount, [&](Index begin, Index end) {
        for (Index item = begin; item < end; ++item) {
            if (item == 0) {
                computeKernelSpectrum(nodes, spacing);
                continue;
            }
            const Index box = item - 1;
            for (std::size_t term = 0; term < kTerms; ++term) {
                std::memset(m_real[term] + static_cast<std::size_t>(box * kNodes) * fftStride, 0,
                    sizeof(double) * kNodes * fftStride);
            }
            for (int e = rowStart(box); e < rowStart(box + 1); ++e) {
                const auto i = static_cast<std::size_t>(m_order[static_cast<std::size_t>(e)]);
                const double x = layout(static_cast<Index>(i), 0) - centre;
                const double y = layout(static_cast<Index>(i), 1) - centre;
                const std::array<double, kTerms> charge {1.0, x, y, x * x + y * y};
                const double *wx = m_weightX.data() + i * kNodes;
                const double *wy = m_weightY.data() + i * kNodes;
                const std::size_t firstRow = static_cast<std::size_t>(m_boxRow[i]) * kNodes;
                const std::size_t firstColumn = static_cast<std::size_t>(m_boxColumn[i]) * kNodes;
                for (int a = 0; a < kNodes; ++a) {
                    for (int b = 0; b < kNodes; ++b) {
                        const double weight = wx[a] * wy[b];
                        const std::size_t node = (firstRow + static_cast<std::size_t>(a)) * fftStride
                            + firstColumn + static_cast<std::size_t>(b);
                        for (std::size_t term = 0; term < kTerms; ++term) {
                            m_real[term][node] += weight * charge[term];
                        }
                    }
                }
            }
        }
    });

    // Convolve each charge grid with the kernel: forward, multiply, backward; one charge per thread.
    const std::size_t spectrumSize = fftStride * (fftStride / 2 + 1);
    parallelFor(kTerms, 1, m_threadCount, [&](Index begin, Index end) {
        for (Index term = begin; term < end; ++term) {
            double *real = m_real[static_cast<std::size_t>(term)];
            std::complex<double> *spectrum = m_spectrum[static_cast<std::size_t>(term)];
            const std::size_t spectrumWidth = fftStride / 2 + 1;
            fftw_execute_dft_r2c(static_cast<fftw_plan>(m_rowForwardPlan), real, asFftw(spectrum));
            std::memset(static_cast<void *>(spectrum + half * spectrumWidth), 0,
                sizeof(std::complex<double>) * half * spectrumWidth);
            fftw_execute_dft(static_cast<fftw_plan>(m_columnForwardPlan), asFftw(spectrum), asFftw(spectrum));
            for (std::size_t f = 0; f < spectrumSize; ++f) {
                // Written out: std::complex's operator* checks for infinities (a libgcc call per product).
                const double a = spectrum[f].real();
                const double b = spectrum[f].imag();
                const double c = m_kernelSpectrum[f].real();
                const double d = m_kernelSpectrum[f].imag();
                spectrum[f] = {a * c - b * d, a * d + b * c};
            }
            fftw_execute_dft(
                static_cast<fftw_plan>(m_columnBackwardPlan), asFftw(spectrum), asFftw(spectrum));
            fftw_execute_dft_c2r(static_cast<fftw_plan>(m_rowBackwardPlan),
                asFftw(spectrum + half * spectrumWidth), real + half * fftStride);
        }
    });

    // The kernel between the nodes of one box, by node offset (-kNodes, kNodes): a point's interpolated
    // interaction with itself, which Z must drop, is not exactly 1 (the kernel peaks at distance 0).
    std::array<std::array<double, 2 * kNodes - 1>, 2 * kNodes - 1> selfKernel {};
    for (int a = 0; a < 2 * kNodes - 1; ++a) {
        for (int b = 0; b < 2 * kNodes - 1; ++b) {
            const double dx = (a - (kNodes - 1)) * spacing;
            const double dy = (b - (kNodes - 1)) * spacing;
            const double q = 1.0 / (1.0 + dx * dx + dy * dy);
            selfKernel[static_cast<std::size_t>(a)][static_cast<std::size_t>(b)] = q * q;
        }
    }

    // Interpolate the potentials back to the points (FFTW's transforms are unnormalised).
    const double scale = 1.0 / (static_cast<double>(fftSize) * static_cast<double>(fftSize));
    // In box order, for cache-friendly reads of the grid; the results go to box-order slots too (writing
    // to forceX[i] here would make the threads share cache lines of scattered points).
    m_sorted.resize(static_cast<std::size_t>(3 * n));
    parallelFor(n, kPointBlock, m_threadCount, [&](Index begin, Index end) {
        for (Index e = begin; e < end; ++e) {
            const auto i = static_cast<std::size_t>(m_order[static_cast<std::size_t>(e)]);
            const auto p = static_cast<Index>(i);
            const double *wx = m_weightX.data() + i * kNodes;
            const double *wy = m_weightY.data() + i * kNodes;
            const std::size_t firstRow = static_cast<std::size_t>(nodes + m_boxRow[i] * kNodes);
            const std::size_t firstColumn = static_cast<std::size_t>(nodes + m_boxColumn[i] * kNodes);
            std::array<double, kTerms> phi {};
            for (int a = 0; a < kNodes; ++a) {
                for (int b = 0; b < kNodes; ++b) {
                    const double weight = wx[a] * wy[b];
                    const std::size_t node = (firstRow + static_cast<std::size_t>(a)) * fftStride
                        + firstColumn + static_cast<std::size_t>(b);
                    for (std::size_t term = 0; term < kTerms; ++term) {
                        phi[term] += weight * m_real[term][node];
                    }
                }
            }
            for (double &value : phi) {
                value *= scale;
            }
            const double x = layout(p, 0) - centre;
            const double y = layout(p, 1) - centre;
            double *sorted = m_sorted.data() + 3 * e;
            sorted[0] = x * phi[0] - phi[1];
            sorted[1] = y * phi[0] - phi[2];
            // sum_j (1 + |y_i - y_j|^2) q_ij^2 = sum_j q_ij, j = i included: exactly 1, but as interpolated,
            // sum over node pairs of w w' K(node - node'). Subtracting that (FIt-SNE and openTSNE subtract 1)
            // removes an error of up to ~0.5 per point, which matters for small or sparse maps.
            double self = 0.0;
            for (int a = 0; a < kNodes; ++a) {
                for (int c = 0; c < kNodes; ++c) {
                    const auto &row = selfKernel[static_cast<std::size_t>(a - c + kNodes - 1)];
                    double inner = 0.0;
                    for (int b = 0; b < kNodes; ++b) {
                        for (int d = 0; d < kNodes; ++d) {
                            inner += wy[b] * wy[d] * row[static_cast<std::size_t>(b - d + kNodes - 1)];
                        }
                    }
                    self += wx[a] * wx[c] * inner;
                }
            }
            sorted[2] = (1.0 + x * x + y * y) * phi[0] - 2.0 * (x * phi[1] + y * phi[2]) + phi[3] - self;
        }
    });
    double normaliser = 0.0;
    for (std::size_t i = 0; i < static_cast<std::size_t>(n); ++i) { // point order: a fixed sum
        const double *sorted = m_sorted.data() + 3 * static_cast<std::size_t>(m_position[i]);
        forceX[i] = sorted[0];
        forceY[i] = sorted[1];
        normaliser += sorted[2];
    }
    return normaliser;
}

} // namespace segmenta::engine::detail
