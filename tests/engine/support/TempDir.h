// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>

namespace segmenta::test {

/// A fresh folder under the system temp dir, removed with everything in it when the object goes.
class TempDir
{
public:
    TempDir()
    {
        std::random_device entropy;
        m_path = std::filesystem::temp_directory_path() / ("segmenta-test-" + std::to_string(entropy()));
        std::filesystem::create_directories(m_path);
    }
    ~TempDir()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;

    std::string file(const std::string &name) const { return (m_path / name).string(); }

    /// Writes `content` byte for byte and returns the path.
    std::string write(const std::string &name, const std::string &content) const
    {
        std::ofstream out(file(name), std::ios::binary);
        out << content;
        return file(name);
    }

private:
    std::filesystem::path m_path;
};

inline std::string readBytes(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

} // namespace segmenta::test
