// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace segmenta::engine {

/// SHA-256 (FIPS 180-4), fed in pieces: the import log fingerprints whole files with it so that importing
/// the same file twice is noticed.
class Sha256
{
public:
    Sha256();
    void update(std::string_view bytes);
    /// The digest as 64 lower-case hex digits. Call once; the object is spent afterwards.
    std::string hexDigest();

private:
    void compress(const unsigned char *block);

    std::array<std::uint32_t, 8> m_state {};
    std::array<unsigned char, 64> m_buffer {};
    std::size_t m_buffered = 0;
    std::uint64_t m_length = 0; ///< bytes fed so far
};

/// The SHA-256 of `bytes` as lower-case hex.
std::string sha256Hex(std::string_view bytes);

} // namespace segmenta::engine
