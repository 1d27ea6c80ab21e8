// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// The engine's side of run_tsne_benchmark.py: generates the blobs both sides read and times our t-SNE.
// Each command prints one line of JSON; the script runs scikit-learn and Rtsne on the same file and prints
// the ratios.
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
    std::string text(const std::string &name, const std::string &fallback) const
    {
        const auto found = m_values.find("--" + name);
        return found == m_values.end() ? fallback : found->second;
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

/// Gaussian blobs: `centres` centres uniform in [-spread, spread]^columns, unit standard deviation around
/// them, rows assigned round-robin; mt19937_64, so the file is the same on every platform for a seed.
int generate(const Options &options)
{
    const Eigen::Index rows = options.integer("rows", 20000);
    const Eigen::Index columns = options.integer("columns", 16);
    const auto centreCount = static_cast<int>(options.integer("centres", 10));
    const double spread = options.real("spread", 3.0);
    std::mt19937_64 generator(static_cast<std::uint64_t>(options.integer("seed", 0)));
    const auto uniform = [&generator] { return (static_cast<double>(generator() >> 11U) + 0.5) / 0x1p53; };
    Matrix centres(centreCount, columns);
    for (Eigen::Index i = 0; i < centres.size(); ++i) {
        centres.data()[i] = spread * (2.0 * uniform() - 1.0);
    }
    Matrix x(rows, columns);
    std::vector<int> labels(static_cast<std::size_t>(rows));
    for (Eigen::Index i = 0; i < rows; ++i) {
        labels[static_cast<std::size_t>(i)] = static_cast<int>(i % centreCount);
        for (Eigen::Index j = 0; j < columns; ++j) {
            const double radius = std::sqrt(-2.0 * std::log(uniform()));
            x(i, j) = centres(labels[static_cast<std::size_t>(i)], j)
                + radius * std::cos(2.0 * std::numbers::pi * uniform());
        }
    }
    writeNpy(options.text("out"), "<f8", {rows, columns}, x.data(),
        static_cast<std::size_t>(x.size()) * sizeof(double));
    writeNpy(options.text("labels-out"), "<i4", {rows}, labels.data(), labels.size() * sizeof(int));
    std::printf("{\"rows\": %lld, \"columns\": %lld}\n", static_cast<long long>(rows),
        static_cast<long long>(columns));
    return 0;
}

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
    std::printf("{\"seconds\": %.6f, \"similarity_seconds\": %.6f, \"optimisation_seconds\": %.6f, "
                "\"kl\": %.17g, \"kl_method\": \"%s\", \"iterations\": %d}\n",
        seconds, fit.similaritySeconds, fit.optimisationSeconds, fit.klDivergence,
        fit.klMethod == KlDivergenceMethod::Exact ? "exact" : "barnes_hut", fit.iterations);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const std::string usage = "usage: segmenta_tsne_benchmark generate|tsne --name value …";
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
        if (command == "tsne") {
            return tsne(options);
        }
        std::fprintf(stderr, "%s\n", usage.c_str());
        return 2;
    } catch (const std::exception &error) {
        std::fprintf(stderr, "segmenta_tsne_benchmark: %s\n", error.what());
        return 1;
    }
}
