// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// The engine's side of run_cluster_benchmark.py: generates the data both sides read, and times our k-means,
// silhouette and a plain read of the data (the memory-bandwidth floor of a Lloyd iteration). Each command
// prints one line of JSON; the script interleaves these runs with scikit-learn's and prints the ratios.
#include "BenchmarkSupport.h"
#include "cluster/ClusterQuality.h"
#include "cluster/GaussianMixture.h"
#include "cluster/KMeans.h"
#include "cluster/MiniBatchKMeans.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <numbers>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using namespace segmenta::engine;
using namespace segmenta::benchmark;

namespace {

int kmeans(const Options &options)
{
    const Matrix x = readMatrix(options.text("data"));
    KMeansParams params;
    params.clusterCount = static_cast<int>(options.integer("k", 8));
    params.initCount = static_cast<int>(options.integer("init-count", 1));
    params.maxIterations = static_cast<int>(options.integer("max-iterations", 300));
    params.tolerance = options.real("tolerance", 1e-4);
    params.seed = static_cast<std::uint64_t>(options.integer("seed", 0));
    NullProgress progress;
    const Clock::time_point start = Clock::now();
    const Result<KMeansResult> result = fitKMeans(x, params, progress);
    const double seconds = secondsSince(start);
    if (!result) {
        std::fprintf(stderr, "fitKMeans failed: %s\n", describe(result.error()).c_str());
        return 1;
    }
    std::printf("{\"seconds\": %.6f, \"inertia\": %.17g, \"iterations\": %d}\n", seconds,
        result.value().inertia, result.value().iterations);
    return 0;
}

int gaussianMixture(const Options &options)
{
    const Matrix x = readMatrix(options.text("data"));
    GaussianMixtureParams params;
    params.componentCount = static_cast<int>(options.integer("k", 8));
    params.initCount = static_cast<int>(options.integer("init-count", 1));
    params.covariance
        = options.text("covariance", "full") == "diag" ? CovarianceType::Diagonal : CovarianceType::Full;
    params.seed = static_cast<std::uint64_t>(options.integer("seed", 0));
    NullProgress progress;
    const Clock::time_point start = Clock::now();
    const Result<GaussianMixtureResult> result = fitGaussianMixture(x, params, progress);
    const double seconds = secondsSince(start);
    if (!result) {
        std::fprintf(stderr, "fitGaussianMixture failed: %s\n", describe(result.error()).c_str());
        return 1;
    }
    std::printf("{\"seconds\": %.6f, \"log_likelihood\": %.17g, \"bic\": %.17g, \"iterations\": %d}\n",
        seconds, result.value().logLikelihood, result.value().bic, result.value().iterations);
    return 0;
}

int miniBatch(const Options &options)
{
    const Matrix x = readMatrix(options.text("data"));
    MiniBatchKMeansParams params;
    params.clusterCount = static_cast<int>(options.integer("k", 8));
    params.batchSize = static_cast<int>(options.integer("batch-size", 1024));
    params.initCount = static_cast<int>(options.integer("init-count", 3));
    params.seed = static_cast<std::uint64_t>(options.integer("seed", 0));
    NullProgress progress;
    const Clock::time_point start = Clock::now();
    const Result<MiniBatchKMeansResult> result = fitMiniBatchKMeans(x, params, progress);
    const double seconds = secondsSince(start);
    if (!result) {
        std::fprintf(stderr, "fitMiniBatchKMeans failed: %s\n", describe(result.error()).c_str());
        return 1;
    }
    std::printf("{\"seconds\": %.6f, \"inertia\": %.17g, \"steps\": %d}\n", seconds, result.value().inertia,
        result.value().steps);
    return 0;
}

int silhouetteCommand(const Options &options)
{
    const Matrix x = readMatrix(options.text("data"));
    const IndexVector labels = readLabels(options.text("labels"));
    SilhouetteParams params;
    params.exactLimit = std::max<Eigen::Index>(params.exactLimit, x.rows());
    NullProgress progress;
    const Clock::time_point start = Clock::now();
    const Result<SilhouetteResult> result = silhouette(x, labels, params, progress);
    const double seconds = secondsSince(start);
    if (!result) {
        std::fprintf(stderr, "silhouette failed: %s\n", describe(result.error()).c_str());
        return 1;
    }
    std::printf("{\"seconds\": %.6f, \"mean\": %.17g}\n", seconds, result.value().mean);
    return 0;
}

/// Read bandwidth: the best of a few timed sums over the whole matrix, one slice per thread, on as many
/// threads as fitKMeans uses by default.
int bandwidth(const Options &options)
{
    const Matrix x = readMatrix(options.text("data"));
    const int threads = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    const Eigen::Index size = x.size();
    double best = 1e300;
    double checksum = 0.0;
    for (int repeat = 0; repeat < static_cast<int>(options.integer("repeats", 5)); ++repeat) {
        std::vector<double> partial(static_cast<std::size_t>(threads) * 8, 0.0);
        const Clock::time_point start = Clock::now();
        {
            std::vector<std::jthread> workers;
            for (int t = 0; t < threads; ++t) {
                workers.emplace_back([&, t] {
                    const Eigen::Index begin = size * t / threads;
                    const Eigen::Index end = size * (t + 1) / threads;
                    partial[static_cast<std::size_t>(t) * 8]
                        = Eigen::Map<const Eigen::VectorXd>(x.data() + begin, end - begin).sum();
                });
            }
        }
        best = std::min(best, secondsSince(start));
        for (int t = 0; t < threads; ++t) {
            checksum += partial[static_cast<std::size_t>(t) * 8];
        }
    }
    const double bytes = static_cast<double>(size) * sizeof(double);
    std::printf("{\"bytes\": %.0f, \"seconds\": %.6f, \"gigabytes_per_second\": %.3f, \"threads\": %d, "
                "\"checksum\": %.6g}\n",
        bytes, best, bytes / best / 1e9, threads, checksum);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    return runCommand(argc, argv, "segmenta_cluster_benchmark",
        {
            {"generate", [](const Options &options) { return generateBlobs(options, 1000000, 8); }},
            {"kmeans", kmeans},
            {"gmm", gaussianMixture},
            {"minibatch", miniBatch},
            {"silhouette", silhouetteCommand},
            {"bandwidth", bandwidth},
        });
}
