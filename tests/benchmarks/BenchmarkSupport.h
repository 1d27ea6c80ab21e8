// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

// What the benchmark executables share: their command-line options, timing, the .npy files the Python
// scripts hand over, and the Gaussian blobs every side reads.
#include "core/Matrix.h"

#include <array>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <map>
#include <numbers>
#include <random>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace segmenta::benchmark {

using Clock = std::chrono::steady_clock;
using engine::IndexVector;
using engine::Matrix;

inline double secondsSince(Clock::time_point start)
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
    std::string text(const std::string &name, const std::string &fallback) const
    {
        return has(name) ? text(name) : fallback;
    }
    long long integer(const std::string &name, long long fallback) const
    {
        return has(name) ? std::stoll(text(name)) : fallback;
    }
    double real(const std::string &name, double fallback) const
    {
        return has(name) ? std::stod(text(name)) : fallback;
    }
    bool has(const std::string &name) const { return m_values.count("--" + name) != 0; }

private:
    std::map<std::string, std::string> m_values;
};

/// .npy version 1.0, little-endian, C order: what numpy.load reads without a copy.
inline void writeNpy(const std::string &path, const char *descr, const std::vector<Eigen::Index> &shape,
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

/// Reads a C-ordered version 1.0 .npy (writeNpy's, or numpy.save's): returns the shape, fills `data` with the
/// raw little-endian bytes.
inline std::vector<Eigen::Index> readNpy(const std::string &path, std::vector<char> &data)
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
    if (header.find("'fortran_order': False") == std::string::npos) {
        throw std::runtime_error(path + " is not a C-ordered array");
    }
    std::vector<Eigen::Index> shape;
    std::size_t position = header.find("'shape': (") + 10;
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

inline Matrix readMatrix(const std::string &path)
{
    std::vector<char> bytes;
    const std::vector<Eigen::Index> shape = readNpy(path, bytes);
    Matrix x(shape.at(0), shape.at(1));
    if (bytes.size() < static_cast<std::size_t>(x.size()) * sizeof(double)) {
        throw std::runtime_error(path + " is shorter than its header says");
    }
    std::memcpy(x.data(), bytes.data(), static_cast<std::size_t>(x.size()) * sizeof(double));
    return x;
}

inline IndexVector readLabels(const std::string &path)
{
    std::vector<char> bytes;
    const std::vector<Eigen::Index> shape = readNpy(path, bytes);
    IndexVector labels(shape.at(0));
    std::memcpy(labels.data(), bytes.data(), static_cast<std::size_t>(labels.size()) * sizeof(int));
    return labels;
}

/// The `generate` command of every benchmark executable: Gaussian blobs, `--centres` centres uniform in
/// [-spread, spread]^columns, unit standard deviation around them, rows assigned round-robin; Box-Muller on
/// the top 53 bits of mt19937_64, so the file is the same on every platform for a seed. Writes --out and,
/// when asked, the true labels to --labels-out.
inline int generateBlobs(const Options &options, long long defaultRows, long long defaultCentres)
{
    const Eigen::Index rows = options.integer("rows", defaultRows);
    const Eigen::Index columns = options.integer("columns", 16);
    const auto centreCount = static_cast<int>(options.integer("centres", defaultCentres));
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
            const double radius = std::sqrt(-2.0 * std::log(uniform()));
            x(i, j) = centres(labels[i], j) + radius * std::cos(2.0 * std::numbers::pi * uniform());
        }
    }
    writeNpy(options.text("out"), "<f8", {rows, columns}, x.data(),
        static_cast<std::size_t>(x.size()) * sizeof(double));
    if (options.has("labels-out")) {
        writeNpy(options.text("labels-out"), "<i4", {rows}, labels.data(),
            static_cast<std::size_t>(labels.size()) * sizeof(int));
    }
    std::printf("{\"rows\": %lld, \"columns\": %lld}\n", static_cast<long long>(rows),
        static_cast<long long>(columns));
    return 0;
}

using Command = std::function<int(const Options &)>;

/// The main() of a benchmark executable: runs the command named by argv[1] with the options after it.
/// Exit status: the command's, 2 for a usage error, 1 when it throws (the message on stderr).
inline int runCommand(
    int argc, char **argv, const char *program, const std::vector<std::pair<std::string, Command>> &commands)
{
    std::string usage = std::string("usage: ") + program + " ";
    for (std::size_t i = 0; i < commands.size(); ++i) {
        usage += (i == 0 ? "" : "|") + commands[i].first;
    }
    usage += " --name value …";
    if (argc < 2) {
        std::fprintf(stderr, "%s\n", usage.c_str());
        return 2;
    }
    try {
        const Options options(argc, argv);
        for (const auto &[name, command] : commands) {
            if (name == argv[1]) {
                return command(options);
            }
        }
        std::fprintf(stderr, "%s\n", usage.c_str());
        return 2;
    } catch (const std::exception &error) {
        std::fprintf(stderr, "%s: %s\n", program, error.what());
        return 1;
    }
}

} // namespace segmenta::benchmark
