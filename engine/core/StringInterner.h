// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace segmenta::engine {

/// Dense indices for strings, in order of first appearance. Looking up a string_view does not allocate,
/// and the stored names never move, so views of them stay valid for the interner's lifetime: importers
/// keep one small integer per row instead of a string.
class StringInterner
{
public:
    std::int32_t index(std::string_view text)
    {
        if (const auto found = m_indices.find(text); found != m_indices.end()) {
            return found->second;
        }
        const auto index = static_cast<std::int32_t>(m_names.size());
        m_indices.emplace(m_names.emplace_back(text), index);
        return index;
    }
    /// The index of `text`, or -1 when it was never added.
    std::int32_t find(std::string_view text) const
    {
        const auto found = m_indices.find(text);
        return found == m_indices.end() ? -1 : found->second;
    }
    std::string_view name(std::int32_t index) const { return m_names[static_cast<std::size_t>(index)]; }
    std::size_t size() const { return m_names.size(); }
    /// The names in index order, copied.
    std::vector<std::string> names() const { return {m_names.begin(), m_names.end()}; }

private:
    std::deque<std::string> m_names; // a deque: growing it never moves the strings the keys view
    std::unordered_map<std::string_view, std::int32_t> m_indices;
};

} // namespace segmenta::engine
