// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Matrix.h"
#include "core/Progress.h"
#include "core/Result.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace segmenta::engine::detail {

/// A maximum-likelihood problem over strictly positive parameters, posed on their logarithms so that the
/// optimiser never has to respect positivity itself.
struct LikelihoodProblem
{
    /// Negative log-likelihood at exp(logParameters); may return +infinity or NaN where the model is
    /// undefined (both are treated as "worse than anything finite").
    std::function<double(const Vector &logParameters)> negativeLogLikelihood;
    /// Optional: the same negative log-likelihood, also writing its gradient with respect to the log
    /// parameters (gradient has the parameters' size on entry). When set, the optimiser is L-BFGS (NLopt
    /// LD_LBFGS) instead of the simplex and the Hessian is taken from central differences of the gradient:
    /// tens of passes over the data instead of hundreds, which is what makes bases of millions fit fast.
    std::function<double(const Vector &logParameters, Vector &gradient)> negativeLogLikelihoodWithGradient;
    std::vector<Vector> starts; ///< starting points, log scale; the best end point over all starts wins
    double logLowerBound = -15.0; ///< lower box bound of every log parameter
    double logUpperBound = 15.0; ///< upper box bound of every log parameter
    int maxEvaluations = 3000; ///< objective evaluations per start (restarts included)
    double tolerance = 1e-9; ///< absolute change of the log parameters at which a simplex stops
    double initialStep = 0.5; ///< first simplex edge on the log scale (0.5: a factor of ~1.65)
    std::string_view stage; ///< progress stage key, e.g. "clv.bgnbd"
};

/// Where the optimiser ended.
struct LikelihoodOptimum
{
    Vector parameters; ///< exp of the best log parameters
    double logLikelihood = 0.0; ///< at parameters
    int evaluations = 0; ///< objective evaluations over all starts, restarts and the Hessian
    bool converged = false; ///< the winning start met the tolerance, not a bound and not maxEvaluations
    Vector standardErrors; ///< natural scale, from the inverse numerical Hessian; NaN where not available
    /// Covariance of the log parameters (inverse Hessian of the negative log-likelihood on the log scale):
    /// the asymptotic normal the CLV bootstrap draws from. Empty (0 x 0) when the Hessian is not positive
    /// definite.
    Matrix logCovariance;
    std::vector<std::string> warnings; ///< English, for the user: bounds hit, Hessian not invertible, …
};

/// Minimises problem.negativeLogLikelihood with NLopt's Nelder-Mead simplex (or L-BFGS when the problem
/// has a gradient) from every start, restarting at the end point until a restart no longer improves (a
/// simplex can collapse early).
/// Requires: at least one start; all starts have the same, non-zero size.
/// Errors: ErrorCode::Cancelled when progress asked to stop (checked every few evaluations);
/// ErrorCode::InvalidParameter {"starting values", …} when no start has a finite likelihood.
Result<LikelihoodOptimum> maximiseLikelihood(const LikelihoodProblem &problem, Progress &progress);

} // namespace segmenta::engine::detail
