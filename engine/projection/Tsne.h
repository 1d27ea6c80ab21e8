// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Error.h"
#include "core/Matrix.h"
#include "core/Progress.h"
#include "core/Result.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace segmenta::engine {

/// How the 2-D layout starts.
enum class TsneInitialisation
{
    /// The first two principal components, scaled so that the first has standard deviation 1e-4
    /// (openTSNE and scikit-learn's init="pca"): global structure survives, and runs are comparable.
    Pca,
    /// Independent normal coordinates with standard deviation 1e-4, drawn from the seed (bhtsne).
    Random,
};

/// How the repulsive part of the gradient is computed.
enum class TsneGradientMethod
{
    /// BarnesHut up to kTsneFftThreshold rows, Fft above (see there for why).
    Automatic,
    /// Barnes–Hut quadtree, accuracy set by theta: O(n log n) per iteration, exact when theta = 0.
    BarnesHut,
    /// FFT-accelerated interpolation (FIt-SNE, Linderman et al. 2019; openTSNE's "fft"): the repulsion of
    /// all points on a grid of 3 x 3 Lagrange nodes per box, boxes at most 1 layout unit wide and at least
    /// 50 per axis, convolved by FFTW: O(n + boxes^2 log boxes) per iteration. theta is not used.
    Fft,
};

/// Rows above which TsneGradientMethod::Automatic takes Fft. Measured on 2 cores (1000 iterations,
/// 16-column blobs of 10 centres, perplexity 30; CPU seconds of the whole fit, Barnes–Hut / FFT): 2,000
/// rows 2.3 / 9.0, 5,000 rows 7.0 / 14.0, 10,000 rows 19.8 / 18.4, 20,000 rows 57 / 27. The FFT's fixed
/// cost (at least 50 x 50 boxes: nine 300 x 300 transforms per iteration) loses on small maps; the two
/// meet near 10,000 rows. Below that Barnes–Hut's KL was also 0.6–2 % lower (the FFT's near-field
/// interpolation error matters more when a point has few others around it); at 20,000 both reached the
/// same KL (3.020). CPU time, not wall time, because the machine was shared (load 4–20) when measured.
inline constexpr long long kTsneFftThreshold = 10000;

/// What t-SNE is asked to do. The schedule is that of the reference implementations (bhtsne, openTSNE,
/// scikit-learn): an early-exaggeration phase with momentum 0.5, then the main phase with momentum 0.8;
/// per-coordinate gains (+0.2 when the gradient changes sign, x0.8 otherwise, never below 0.01).
///
/// Gradient convention: openTSNE's and bhtsne's, dC/dy_i / 4, i.e. without the constant factor 4 of the
/// exact gradient. Hence the learning rate here equals openTSNE's and Rtsne's `eta`, and is 4 x
/// scikit-learn's `learning_rate` for the same steps.
struct TsneParams
{
    /// Effective number of neighbours, 1..(rows - 1) / 3 (bhtsne's bound: k = 3 * perplexity neighbours
    /// must exist); each point's Gaussian bandwidth is calibrated so that the entropy of its conditional
    /// distribution over its neighbours is ln(perplexity) nats, within 1e-5.
    double perplexity = 30.0;
    int iterations = 750; ///< gradient-descent iterations in total, early exaggeration included, >= 1
    double earlyExaggeration = 12.0; ///< factor on P during the first earlyExaggerationIterations, >= 1
    int earlyExaggerationIterations = 250; ///< length of the early phase (momentum 0.5 there), >= 0
    /// Factor on P after the early phase, >= 1; 1 = none. Values around 2–4 tighten clusters on large
    /// data (openTSNE's `exaggeration`, Linderman et al.'s late exaggeration).
    double lateExaggeration = 1.0;
    /// Step size in the gradient convention above, > 0; 0 = automatic: max(rows / earlyExaggeration, 50),
    /// openTSNE's "auto" (scikit-learn's "auto", max(rows / earlyExaggeration / 4, 50), in its convention).
    double learningRate = 0.0;
    /// Barnes–Hut accuracy, 0..1: a cell is summarised when its width / distance < theta; 0 = exact
    /// (quadratic, for small data only).
    double theta = 0.5;
    TsneGradientMethod gradient = TsneGradientMethod::Automatic; ///< repulsion: Barnes–Hut or FFT
    TsneInitialisation initialisation = TsneInitialisation::Pca;
    std::uint64_t seed = 0; ///< used by Random initialisation; runs are reproducible for a seed
    int threadCount = 0; ///< worker threads, >= 0; 0 = std::thread::hardware_concurrency()

    /// placeIntoTsne only: iterations optimising the new points, >= 1 (openTSNE's transform: 250).
    int placementIterations = 250;
    /// placeIntoTsne only: step size for the new points, > 0 (openTSNE's transform: 0.1); each step of a
    /// point is capped at norm 0.25 x learning rate as openTSNE's max_grad_norm.
    double placementLearningRate = 0.1;
};

/// Which divergence TsneResult::klDivergence holds.
enum class KlDivergenceMethod
{
    Exact, ///< the normaliser of Q summed over all pairs (rows <= kTsneExactKlLimit)
    BarnesHut, ///< the normaliser of Q as estimated by the Barnes–Hut tree of the last layout
};

/// Rows up to which fitTsne computes the final KL divergence exactly (a quadratic pass).
inline constexpr Eigen::Index kTsneExactKlLimit = 10000;

/// The layout t-SNE reached. No transform here: new points go through placeIntoTsne().
struct TsneResult
{
    Matrix layout; ///< rows x 2, centred on the origin; row i is row i of the input
    /// KL(P || Q) of the final layout with P not exaggerated, in nats, over the sparse P.
    double klDivergence = 0.0;
    KlDivergenceMethod klMethod = KlDivergenceMethod::Exact;
    /// The repulsion the optimisation used: BarnesHut or Fft (Automatic resolved by the row count).
    TsneGradientMethod gradientMethod = TsneGradientMethod::BarnesHut;
    int iterations = 0; ///< iterations done: params.iterations, or fewer when cancelled
    bool cancelled = false; ///< the user stopped the run; layout holds the state after `iterations`
    double similaritySeconds = 0.0; ///< wall time of PCA reduction, neighbour search and calibration
    double optimisationSeconds = 0.0; ///< wall time of the gradient descent and the final KL
};

/// Called every kTsneSnapshotInterval iterations (and after the last) with the current layout, the
/// iteration count and the KL divergence estimate; runs on the worker thread, so copy what you keep.
using TsneSnapshot = std::function<void(const Matrix &layout, int iteration, double klDivergence)>;

/// Iterations between KL estimates and snapshots.
inline constexpr int kTsneSnapshotInterval = 50;

/// Checks params against the shape of the data before any work; the UI uses it to explain why Run is
/// disabled.
/// Ensures: empty when fitTsne(x, params, …) with x of this shape can run.
/// Errors: ErrorCode::InvalidParameter with args {field name, value, allowed range} for each field out
/// of range, for columns == 0 (named "columns") and for a perplexity too large for the rows (named
/// "perplexity", range "0 < perplexity <= (rows - 1) / 3"); ErrorCode::TooFewCustomers with args
/// {rows, 4} when rows < 4.
std::vector<Error> validate(const TsneParams &params, Eigen::Index rows, Eigen::Index columns);

/// Embeds the rows of x in two dimensions with t-SNE: rows wider than 50 columns are first reduced to 50
/// principal components; input similarities come from the exact k = min(rows - 1, 3 * perplexity)
/// nearest neighbours (KD-tree), calibrated to the perplexity and symmetrised; the repulsive gradient is
/// Barnes–Hut's or the FFT interpolation's (params.gradient), multithreaded.
/// Requires: every entry of x is finite.
/// Ensures: the result is a pure function of (x, params without threadCount): the same for any number of
/// threads, bit for bit. layout is rows x 2 and finite.
/// Reports stages "tsne.similarities", "tsne.optimisation" (fraction after every iteration) and
/// "tsne.divergence"; checks for cancel at each. Cancel during the optimisation is not an error: the
/// result has cancelled = true and the layout reached so far (its KL is estimated, not exact).
/// Errors: the first error of validate(); ErrorCode::Cancelled when cancelled before the first
/// iteration (there is no layout yet).
Result<TsneResult> fitTsne(
    const Matrix &x, const TsneParams &params, Progress &progress, const TsneSnapshot &onSnapshot = {});

/// Places new points into an existing t-SNE map without moving it (openTSNE's prepare_partial +
/// transform): each new point's neighbours among the reference rows are calibrated to params.perplexity
/// (k = min(reference rows, 3 * perplexity)); it starts at the P-weighted mean of their layout positions
/// and descends KL(P_i || Q_i), with Q_i normalised over the reference points, for
/// params.placementIterations steps of params.placementLearningRate (momentum 0.8, gains, and the
/// repulsion by Barnes–Hut over the fixed reference layout). New points do not affect each other.
/// Requires: reference and newPoints finite, with equal column counts; referenceLayout has reference.rows()
/// rows and 2 columns and is finite.
/// Ensures: returns newPoints.rows() x 2, a pure function of the inputs (not of threadCount).
/// Reports stage "tsne.placement"; checks for cancel after each step.
/// Errors: the first error of validate(params, reference.rows(), reference.cols()) (which checks the
/// placement fields too); ErrorCode::Cancelled when progress asked to stop.
Result<Matrix> placeIntoTsne(const Matrix &reference, const Matrix &referenceLayout, const Matrix &newPoints,
    const TsneParams &params, Progress &progress);

} // namespace segmenta::engine
