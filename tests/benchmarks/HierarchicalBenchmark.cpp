// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// The engine's side of run_hierarchical_benchmark.py: generates the data both sides read, and times our
// exact hierarchical clustering (writing its merge heights for the script to compare with fastcluster's and
// scipy's) and two-step Ward. Each command prints one line of JSON.
#include "BenchmarkSupport.h"
#include "cluster/Hierarchical.h"

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
#include <vector>

using namespace segmenta::engine;
using namespace segmenta::benchmark;

namespace {

Linkage parseLinkage(const std::string &name)
{
    if (name == "ward") {
        return Linkage::Ward;
    }
    if (name == "average") {
        return Linkage::Average;
    }
    if (name == "complete") {
        return Linkage::Complete;
    }
    if (name == "single") {
        return Linkage::Single;
    }
    throw std::runtime_error("unknown linkage " + name);
}

/// Exact clustering; writes the linkage matrix (left, right, height, size per merge) as scipy's Z.
int linkage(const Options &options)
{
    const Matrix x = readMatrix(options.text("data"));
    HierarchicalParams params;
    params.linkage = parseLinkage(options.text("linkage"));
    params.threadCount = static_cast<int>(options.integer("threads", 0));
    NullProgress progress;
    const Clock::time_point start = Clock::now();
    const Result<Dendrogram> result = fitHierarchical(x, params, progress);
    const double seconds = secondsSince(start);
    if (!result) {
        std::fprintf(stderr, "fitHierarchical failed: %s\n", describe(result.error()).c_str());
        return 1;
    }
    if (options.has("z-out")) {
        const std::vector<Merge> &merges = result.value().merges;
        std::vector<double> z;
        for (const Merge &merge : merges) {
            z.insert(z.end(),
                {static_cast<double>(merge.left), static_cast<double>(merge.right), merge.height,
                    static_cast<double>(merge.size)});
        }
        writeNpy(options.text("z-out"), "<f8", {static_cast<Eigen::Index>(merges.size()), 4}, z.data(),
            z.size() * sizeof(double));
    }
    std::printf("{\"seconds\": %.6f}\n", seconds);
    return 0;
}

/// Two-step Ward, then a cut into k segments; writes the row labels when asked.
int twoStep(const Options &options)
{
    const Matrix x = readMatrix(options.text("data"));
    TwoStepParams params;
    params.microClusterCount = static_cast<int>(options.integer("micro-clusters", 0));
    params.seed = static_cast<std::uint64_t>(options.integer("seed", 0));
    params.threadCount = static_cast<int>(options.integer("threads", 0));
    NullProgress progress;
    const Clock::time_point start = Clock::now();
    const Result<TwoStepResult> result = fitTwoStepWard(x, params, progress);
    if (!result) {
        std::fprintf(stderr, "fitTwoStepWard failed: %s\n", describe(result.error()).c_str());
        return 1;
    }
    const IndexVector labels = cutByCount(result.value(), static_cast<int>(options.integer("k", 8)));
    const double seconds = secondsSince(start);
    if (options.has("labels-out")) {
        writeNpy(options.text("labels-out"), "<i4", {labels.size()}, labels.data(),
            static_cast<std::size_t>(labels.size()) * sizeof(int));
    }
    std::printf("{\"seconds\": %.6f, \"micro_clusters\": %lld}\n", seconds,
        static_cast<long long>(result.value().microCentroids.rows()));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    return runCommand(argc, argv, "segmenta_hierarchical_benchmark",
        {
            {"generate", [](const Options &options) { return generateBlobs(options, 20000, 8); }},
            {"linkage", linkage},
            {"twostep", twoStep},
        });
}
