// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// The engine's side of run_tsne_benchmark.py: generates the blobs both sides read and times our t-SNE.
// Each command prints one line of JSON; the script runs scikit-learn and Rtsne on the same file and prints
// the ratios.
#include "BenchmarkSupport.h"
#include "projection/Tsne.h"

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
#include <sys/resource.h>
#include <vector>

using namespace segmenta::engine;
using namespace segmenta::benchmark;

namespace {

int tsne(const Options &options)
{
    const Matrix x = readMatrix(options.text("data"));
    TsneParams params;
    params.perplexity = options.real("perplexity", params.perplexity);
    params.iterations = static_cast<int>(options.integer("iterations", params.iterations));
    params.learningRate = options.real("learning-rate", params.learningRate);
    params.theta = options.real("theta", params.theta);
    params.threadCount = static_cast<int>(options.integer("threads", params.threadCount));
    params.seed = static_cast<std::uint64_t>(options.integer("seed", 0));
    if (const std::string gradient = options.text("gradient", "auto"); gradient == "bh") {
        params.gradient = TsneGradientMethod::BarnesHut;
    } else if (gradient == "fft") {
        params.gradient = TsneGradientMethod::Fft;
    } else if (gradient != "auto") {
        std::fprintf(stderr, "--gradient takes auto, bh or fft\n");
        return 2;
    }
    NullProgress progress;
    const Clock::time_point start = Clock::now();
    const Result<TsneResult> result = fitTsne(x, params, progress);
    const double seconds = secondsSince(start);
    if (!result) {
        std::fprintf(stderr, "fitTsne failed: %s\n", describe(result.error()).c_str());
        return 1;
    }
    const TsneResult &fit = result.value();
    if (const std::string out = options.text("out-layout", ""); !out.empty()) {
        writeNpy(out, "<f8", {fit.layout.rows(), 2}, fit.layout.data(),
            static_cast<std::size_t>(fit.layout.size()) * sizeof(double));
    }
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("{\"seconds\": %.6f, \"similarity_seconds\": %.6f, \"optimisation_seconds\": %.6f, "
                "\"kl\": %.17g, \"kl_method\": \"%s\", \"iterations\": %d, \"gradient\": \"%s\", "
                "\"peak_memory_mb\": %.1f, \"cpu_seconds\": %.3f}\n",
        seconds, fit.similaritySeconds, fit.optimisationSeconds, fit.klDivergence,
        fit.klMethod == KlDivergenceMethod::Exact ? "exact" : "barnes_hut", fit.iterations,
        fit.gradientMethod == TsneGradientMethod::Fft ? "fft" : "barnes_hut",
        static_cast<double>(usage.ru_maxrss) / 1024.0, // ru_maxrss is in KiB on Linux
        // CPU time of all threads (reading the data included): robust when other jobs load the machine.
        static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + 1e-6 * static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    return runCommand(argc, argv, "segmenta_tsne_benchmark",
        {
            {"generate", [](const Options &options) { return generateBlobs(options, 20000, 10); }},
            {"tsne", tsne},
        });
}
