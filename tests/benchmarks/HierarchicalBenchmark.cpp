// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// The engine's side of run_hierarchical_benchmark.py: generates the data both sides read, and times our
// exact hierarchical clustering (writing its merge heights for the script to compare with fastcluster's and
// scipy's) and two-step Ward. Each command prints one line of JSON.
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

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

/// "--name value" pairs after the command.
class Options
{
public:
    Options(int argc, char **argv)
    {
        for (int i = 2; i + 1 < argc; i += 2) {
            m_values[argv[i]] = argv[i + 1];
        }
    }
    std::string text(const std::string &name) const
    {
        const auto found = m_values.find("--" + name);
        if (found == m_values.end()) {
            throw std::runtime_error("missing option --" + name);
        }
        return found->second;
    }
    long long integer(const std::string &name, long long fallback) const
    {
        return m_values.count("--" + name) != 0 ? std::stoll(text(name)) : fallback;
    }
    double real(const std::string &name, double fallback) const
    {
        return m_values.count("--" + name) != 0 ? std::stod(text(name)) : fallback;
    }
    bool has(const std::string &name) const { return m_values.count("--" + name) != 0; }

private:
    std::map<std::string, std::string> m_values;
};

// .npy version 1.0, little-endian, C order: what numpy.load reads without a copy.
void writeNpy(const std::string &path, const char *descr, const std::vector<Eigen::Index> &shape,
    const void *data, std::size_t bytes)
{
    std::string header = std::string("{'descr': '") + descr + "', 'fortran_order': False, 'shape': (";
    for (const Eigen::Index extent : shape) {
        header += std::to_string(extent) + ", ";
    }
    header += "), }";
    const std::size_t unpadded = 10 + header.size() + 1;
    header.append((64 - unpadded % 64) % 64, ' ');
    header += '\n';
    std::ofstream file(path, std::ios::binary);
    file.write("\x93NUMPY\x01\x00", 8);
    const auto length = static_cast<std::uint16_t>(header.size());
    const std::array<char, 2> lengthBytes {
        static_cast<char>(length & 0xffU), static_cast<char>(length >> 8U)};
    file.write(lengthBytes.data(), 2);
    file.write(header.data(), static_cast<std::streamsize>(header.size()));
    file.write(static_cast<const char *>(data), static_cast<std::streamsize>(bytes));
    if (!file) {
        throw std::runtime_error("cannot write " + path);
    }
}

/// Reads a 2-D float64 .npy written by writeNpy() (or numpy.save of a C-ordered array).
Matrix readMatrix(const std::string &path)
{
    std::ifstream file(path, std::ios::binary);
    std::array<char, 10> preamble {};
    file.read(preamble.data(), 10);
    if (!file || std::memcmp(preamble.data(), "\x93NUMPY\x01\x00", 8) != 0) {
        throw std::runtime_error(path + " is not a version 1.0 .npy file");
    }
    const std::size_t length
        = static_cast<unsigned char>(preamble[8]) + 256U * static_cast<unsigned char>(preamble[9]);
    std::string header(length, ' ');
    file.read(header.data(), static_cast<std::streamsize>(length));
    if (header.find("'<f8'") == std::string::npos
        || header.find("'fortran_order': False") == std::string::npos) {
        throw std::runtime_error(path + " is not a C-ordered float64 array");
    }
    std::size_t position = header.find("'shape': (") + 10;
    std::vector<Eigen::Index> shape;
    while (header[position] != ')') {
        std::size_t used = 0;
        shape.push_back(std::stoll(header.substr(position), &used));
        position += used;
        while (header[position] == ',' || header[position] == ' ') {
            ++position;
        }
    }
    Matrix x(shape.at(0), shape.at(1));
    file.read(reinterpret_cast<char *>(x.data()), static_cast<std::streamsize>(x.size() * sizeof(double)));
    if (!file) {
        throw std::runtime_error(path + " is shorter than its header says");
    }
    return x;
}

/// Gaussian blobs: `centres` centres uniform in [-spread, spread]^columns, unit standard deviation around
/// them, rows assigned round-robin (as segmenta_cluster_benchmark generate).
int generate(const Options &options)
{
    const Eigen::Index rows = options.integer("rows", 20000);
    const Eigen::Index columns = options.integer("columns", 16);
    const auto centreCount = static_cast<int>(options.integer("centres", 8));
    const double spread = options.real("spread", 3.0);
    std::mt19937_64 generator(static_cast<std::uint64_t>(options.integer("seed", 0)));
    const auto uniform = [&generator] { return (static_cast<double>(generator() >> 11U) + 0.5) / 0x1p53; };
    Matrix centres(centreCount, columns);
    for (Eigen::Index i = 0; i < centres.size(); ++i) {
        centres.data()[i] = spread * (2.0 * uniform() - 1.0);
    }
    Matrix x(rows, columns);
    for (Eigen::Index i = 0; i < rows; ++i) {
        for (Eigen::Index j = 0; j < columns; ++j) {
            const double normal
                = std::sqrt(-2.0 * std::log(uniform())) * std::cos(2.0 * std::numbers::pi * uniform());
            x(i, j) = centres(i % centreCount, j) + normal;
        }
    }
    writeNpy(options.text("out"), "<f8", {rows, columns}, x.data(),
        static_cast<std::size_t>(x.size()) * sizeof(double));
    std::printf("{\"rows\": %lld, \"columns\": %lld}\n", static_cast<long long>(rows),
        static_cast<long long>(columns));
    return 0;
}

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
    const std::string usage
        = "usage: segmenta_hierarchical_benchmark generate|linkage|twostep --name value …";
    if (argc < 2) {
        std::fprintf(stderr, "%s\n", usage.c_str());
        return 2;
    }
    try {
        const Options options(argc, argv);
        const std::string command = argv[1];
        if (command == "generate") {
            return generate(options);
        }
        if (command == "linkage") {
            return linkage(options);
        }
        if (command == "twostep") {
            return twoStep(options);
        }
        std::fprintf(stderr, "%s\n", usage.c_str());
        return 2;
    } catch (const std::exception &error) {
        std::fprintf(stderr, "segmenta_hierarchical_benchmark: %s\n", error.what());
        return 1;
    }
}
