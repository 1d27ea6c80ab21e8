// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// The engine's side of run_cluster_benchmark.py: generates the data both sides read, and times our k-means,
// silhouette and a plain read of the data (the memory-bandwidth floor of a Lloyd iteration). Each command
// prints one line of JSON; the script interleaves these runs with scikit-learn's and prints the ratios.
#include "cluster/ClusterQuality.h"
#include "cluster/KMeans.h"

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

/// Reads a .npy written by writeNpy(): returns the shape, fills `data` with the raw little-endian bytes.
std::vector<Eigen::Index> readNpy(const std::string &path, std::vector<char> &data)
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
    std::vector<Eigen::Index> shape;
    const std::size_t open = header.find("'shape': (");
    std::size_t position = open + 10;
    while (header[position] != ')') {
        std::size_t used = 0;
        shape.push_back(std::stoll(header.substr(position), &used));
        position += used;
        while (header[position] == ',' || header[position] == ' ') {
            ++position;
        }
    }
    const auto begin = file.tellg();
    file.seekg(0, std::ios::end);
    data.resize(static_cast<std::size_t>(file.tellg() - begin));
    file.seekg(begin);
    file.read(data.data(), static_cast<std::streamsize>(data.size()));
    return shape;
}

Matrix readMatrix(const std::string &path)
{
    std::vector<char> bytes;
    const std::vector<Eigen::Index> shape = readNpy(path, bytes);
    Matrix x(shape.at(0), shape.at(1));
    std::memcpy(x.data(), bytes.data(), static_cast<std::size_t>(x.size()) * sizeof(double));
    return x;
}

IndexVector readLabels(const std::string &path)
{
    std::vector<char> bytes;
    const std::vector<Eigen::Index> shape = readNpy(path, bytes);
    IndexVector labels(shape.at(0));
    std::memcpy(labels.data(), bytes.data(), static_cast<std::size_t>(labels.size()) * sizeof(int));
    return labels;
}

/// Gaussian blobs: `centres` centres uniform in [-spread, spread]^columns, unit standard deviation around
/// them, rows assigned round-robin. Box-Muller on the top 53 bits of mt19937_64, so the file is the same on
/// every platform for a seed.
int generate(const Options &options)
{
    const Eigen::Index rows = options.integer("rows", 1000000);
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
    IndexVector labels(rows);
    for (Eigen::Index i = 0; i < rows; ++i) {
        labels[i] = static_cast<int>(i % centreCount);
        for (Eigen::Index j = 0; j < columns; ++j) {
            const double normal
                = std::sqrt(-2.0 * std::log(uniform())) * std::cos(2.0 * std::numbers::pi * uniform());
            x(i, j) = centres(labels[i], j) + normal;
        }
    }
    writeNpy(options.text("out"), "<f8", {rows, columns}, x.data(),
        static_cast<std::size_t>(x.size()) * sizeof(double));
    writeNpy(options.text("labels-out"), "<i4", {rows}, labels.data(),
        static_cast<std::size_t>(labels.size()) * sizeof(int));
    std::printf("{\"rows\": %lld, \"columns\": %lld}\n", static_cast<long long>(rows),
        static_cast<long long>(columns));
    return 0;
}

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
    const std::string usage
        = "usage: segmenta_cluster_benchmark generate|kmeans|silhouette|bandwidth --name value …";
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
        if (command == "kmeans") {
            return kmeans(options);
        }
        if (command == "silhouette") {
            return silhouetteCommand(options);
        }
        if (command == "bandwidth") {
            return bandwidth(options);
        }
        std::fprintf(stderr, "%s\n", usage.c_str());
        return 2;
    } catch (const std::exception &error) {
        std::fprintf(stderr, "segmenta_cluster_benchmark: %s\n", error.what());
        return 1;
    }
}
