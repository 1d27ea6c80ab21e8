// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "value/detail/LikelihoodFit.h"

#include "core/Assert.h"

#include <Eigen/Cholesky>
#include <nlopt.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace segmenta::engine::detail {

namespace {

// Progress and cancel are looked at every this many objective evaluations: one evaluation is a pass over
// the customers (milliseconds at most), so a cancel is seen within a fraction of a second.
constexpr int kReportEvery = 16;
// A simplex can stall on a ridge before it reaches the optimum; it is restarted at its end point until a
// restart improves the log-likelihood by less than this (relative) or kMaxRestarts is reached.
constexpr double kRestartImprovement = 1e-12;
constexpr int kMaxRestarts = 6;
// A log parameter closer than this to a box bound is "on the bound": the likelihood kept improving
// towards 0 or infinity, so there is no interior maximum to report as converged.
constexpr double kBoundSlack = 1e-3;
// Central-difference step on the log scale for the Hessian. Truncation error ~ h^2, rounding error
// ~ eps * |LL| / h^2; with |LL| up to ~1e6 both stay below 1e-4 relative at 1e-3.
constexpr double kHessianStep = 1e-3;
// L-BFGS may end with "roundoff limited" when the tolerance asks for more than the sums' rounding allows;
// that end point counts as converged when the gradient (log scale) is this small relative to the
// negative log-likelihood: with n customers the Hessian is ~ n, so the Newton step left is ~ 1e-8 or less.
constexpr double kRelativeGradientAtOptimum = 1e-8;

struct Context
{
    const LikelihoodProblem *problem = nullptr;
    Progress *progress = nullptr;
    nlopt_opt optimiser = nullptr;
    int evaluations = 0;
    double budget = 1.0;
    bool cancelled = false;
};

double evaluate(const LikelihoodProblem &problem, const Vector &logParameters)
{
    const double value = problem.negativeLogLikelihood(logParameters);
    return std::isfinite(value) ? value : HUGE_VAL;
}

double evaluateWithGradient(const LikelihoodProblem &problem, const Vector &logParameters, Vector &gradient)
{
    gradient.setZero(logParameters.size());
    const double value = problem.negativeLogLikelihoodWithGradient(logParameters, gradient);
    if (!std::isfinite(value) || !gradient.allFinite()) {
        gradient.setZero();
        return HUGE_VAL;
    }
    return value;
}

double objective(unsigned n, const double *x, double *gradient, void *data)
{
    auto *context = static_cast<Context *>(data);
    SEGMENTA_ASSERT(gradient == nullptr || context->problem->negativeLogLikelihoodWithGradient,
        "the simplex asked for a gradient");
    ++context->evaluations;
    if (context->evaluations % kReportEvery == 0) {
        context->progress->setFraction(std::min(1.0, context->evaluations / context->budget));
        if (context->progress->isCancelRequested()) {
            context->cancelled = true;
            nlopt_force_stop(context->optimiser);
        }
    }
    const Vector logParameters = Eigen::Map<const Vector>(x, static_cast<Eigen::Index>(n));
    if (gradient != nullptr) {
        Vector g;
        const double value = evaluateWithGradient(*context->problem, logParameters, g);
        Eigen::Map<Vector>(gradient, static_cast<Eigen::Index>(n)) = g;
        return value;
    }
    return evaluate(*context->problem, logParameters);
}

/// L-BFGS ended on rounding rather than on its tolerance: accept the point when the gradient is flat.
bool isFlatEnough(const LikelihoodProblem &problem, const Vector &logParameters)
{
    Vector gradient;
    const double value = evaluateWithGradient(problem, logParameters, gradient);
    return std::isfinite(value)
        && gradient.cwiseAbs().maxCoeff() <= kRelativeGradientAtOptimum * std::max(1.0, std::abs(value));
}

struct StartOutcome
{
    Vector logParameters;
    double value = HUGE_VAL;
    bool converged = false;
};

StartOutcome runStart(const Vector &start, Context &context)
{
    const LikelihoodProblem &problem = *context.problem;
    const auto n = static_cast<unsigned>(start.size());
    StartOutcome outcome {start, evaluate(problem, start), false};
    ++context.evaluations;
    if (!std::isfinite(outcome.value)) {
        return outcome;
    }
    const int firstEvaluation = context.evaluations;
    for (int restart = 0; restart <= kMaxRestarts; ++restart) {
        const int remaining = problem.maxEvaluations - (context.evaluations - firstEvaluation);
        if (remaining <= 0) {
            outcome.converged = false;
            break;
        }
        const bool withGradient = static_cast<bool>(problem.negativeLogLikelihoodWithGradient);
        nlopt_opt optimiser = nlopt_create(withGradient ? NLOPT_LD_LBFGS : NLOPT_LN_NELDERMEAD, n);
        SEGMENTA_ASSERT(optimiser != nullptr, "nlopt_create failed");
        context.optimiser = optimiser;
        nlopt_set_min_objective(optimiser, objective, &context);
        nlopt_set_lower_bounds1(optimiser, problem.logLowerBound);
        nlopt_set_upper_bounds1(optimiser, problem.logUpperBound);
        nlopt_set_xtol_abs1(optimiser, problem.tolerance);
        nlopt_set_maxeval(optimiser, remaining);
        if (!withGradient) {
            nlopt_set_initial_step1(optimiser, problem.initialStep);
        }
        Vector x = outcome.logParameters;
        double value = HUGE_VAL;
        const nlopt_result code = nlopt_optimize(optimiser, x.data(), &value);
        nlopt_destroy(optimiser);
        context.optimiser = nullptr;
        if (context.cancelled) {
            return outcome;
        }
        const bool stoppedOnTolerance = code == NLOPT_XTOL_REACHED || code == NLOPT_FTOL_REACHED
            || code == NLOPT_SUCCESS
            || (code == NLOPT_ROUNDOFF_LIMITED && withGradient && isFlatEnough(problem, x));
        const double improvement = outcome.value - value;
        if (std::isfinite(value) && value <= outcome.value) {
            outcome.logParameters = x;
            outcome.value = value;
        }
        outcome.converged = stoppedOnTolerance;
        if (!stoppedOnTolerance || !(improvement > kRestartImprovement * std::max(1.0, std::abs(value)))) {
            break;
        }
    }
    return outcome;
}

/// Inverse of the numerical Hessian of the negative log-likelihood on the log scale, mapped to the
/// natural scale by the delta method (se(theta) = theta * se(log theta)).
Vector standardErrors(const LikelihoodProblem &problem, const Vector &logOptimum, double valueAtOptimum,
    int &evaluations, std::vector<std::string> &warnings, Matrix &logCovariance)
{
    const Eigen::Index n = logOptimum.size();
    const double h = kHessianStep;
    const auto f = [&](Eigen::Index i, double di, Eigen::Index j, double dj) {
        Vector x = logOptimum;
        x(i) += di;
        x(j) += dj;
        ++evaluations;
        return problem.negativeLogLikelihood(x);
    };
    Eigen::MatrixXd hessian(n, n);
    if (problem.negativeLogLikelihoodWithGradient) {
        // Central differences of the analytic gradient: 2n passes, and no h^2 in the denominator.
        for (Eigen::Index i = 0; i < n; ++i) {
            Vector x = logOptimum;
            Vector up;
            Vector down;
            x(i) = logOptimum(i) + h;
            problem.negativeLogLikelihoodWithGradient(x, up.setZero(n));
            x(i) = logOptimum(i) - h;
            problem.negativeLogLikelihoodWithGradient(x, down.setZero(n));
            evaluations += 2;
            hessian.col(i) = (up - down) / (2.0 * h);
        }
        hessian = (0.5 * (hessian + hessian.transpose())).eval();
    } else {
        for (Eigen::Index i = 0; i < n; ++i) {
            hessian(i, i) = (f(i, h, i, 0.0) - 2.0 * valueAtOptimum + f(i, -h, i, 0.0)) / (h * h);
            for (Eigen::Index j = 0; j < i; ++j) {
                hessian(i, j)
                    = (f(i, h, j, h) - f(i, h, j, -h) - f(i, -h, j, h) + f(i, -h, j, -h)) / (4.0 * h * h);
                hessian(j, i) = hessian(i, j);
            }
        }
    }
    Vector errors = Vector::Constant(n, std::numeric_limits<double>::quiet_NaN());
    const Eigen::LLT<Eigen::MatrixXd> cholesky(hessian);
    if (!hessian.allFinite() || cholesky.info() != Eigen::Success) {
        warnings.emplace_back(
            "the Hessian of the log-likelihood is not positive definite at the estimate, so "
            "no standard errors are reported; the parameters are not well identified by "
            "these data");
        return errors;
    }
    const Eigen::MatrixXd covariance = cholesky.solve(Eigen::MatrixXd::Identity(n, n));
    logCovariance = covariance;
    for (Eigen::Index i = 0; i < n; ++i) {
        errors(i) = std::exp(logOptimum(i)) * std::sqrt(covariance(i, i));
    }
    return errors;
}

} // namespace

Result<LikelihoodOptimum> maximiseLikelihood(const LikelihoodProblem &problem, Progress &progress)
{
    SEGMENTA_ASSERT(!problem.starts.empty(), "maximiseLikelihood needs at least one start");
    const Eigen::Index n = problem.starts.front().size();
    SEGMENTA_ASSERT(n > 0, "maximiseLikelihood needs at least one parameter");

    progress.setStage(problem.stage);
    progress.setFraction(0.0);
    Context context;
    context.problem = &problem;
    context.progress = &progress;
    context.budget = static_cast<double>(problem.maxEvaluations) * static_cast<double>(problem.starts.size());

    StartOutcome best;
    for (const Vector &start : problem.starts) {
        SEGMENTA_ASSERT(start.size() == n, "all starts must have the same number of parameters");
        StartOutcome outcome = runStart(start, context);
        if (context.cancelled || progress.isCancelRequested()) {
            return makeError(ErrorCode::Cancelled);
        }
        // Strictly lower, so that equal optima keep the earlier start whatever the rounding.
        if (outcome.value < best.value) {
            best = std::move(outcome);
        }
    }
    if (!std::isfinite(best.value)) {
        return makeError(ErrorCode::InvalidParameter,
            {"starting values", "no finite likelihood", "data the model can explain (check the summary)"});
    }

    LikelihoodOptimum optimum;
    optimum.parameters = best.logParameters.array().exp();
    optimum.logLikelihood = -best.value;
    optimum.converged = best.converged;
    const bool onBound = (best.logParameters.array() < problem.logLowerBound + kBoundSlack).any()
        || (best.logParameters.array() > problem.logUpperBound - kBoundSlack).any();
    if (onBound) {
        optimum.converged = false;
        optimum.warnings.emplace_back("a parameter ran to the edge of the search range (the likelihood keeps "
                                      "growing towards 0 or infinity), so there is no interior maximum");
    } else if (!best.converged) {
        optimum.warnings.emplace_back("the optimiser stopped at its evaluation limit before converging");
    }
    optimum.standardErrors = standardErrors(problem, best.logParameters, best.value, context.evaluations,
        optimum.warnings, optimum.logCovariance);
    optimum.evaluations = context.evaluations;
    progress.setFraction(1.0);
    return optimum;
}

} // namespace segmenta::engine::detail
