// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Assert.h"
#include "core/Error.h"

#include <utility>
#include <variant>

namespace segmenta::engine {

/// A value or the Error a user caused. Replaceable by std::expected once we move to C++23.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    { }

    bool isOk() const { return m_state.index() == 0; }
    explicit operator bool() const { return isOk(); }

    T &value() &
    {
        SEGMENTA_ASSERT(isOk(), "value() on a failed Result");
        return std::get<0>(m_state);
    }
    const T &value() const &
    {
        SEGMENTA_ASSERT(isOk(), "value() on a failed Result");
        return std::get<0>(m_state);
    }
    T &&value() &&
    {
        SEGMENTA_ASSERT(isOk(), "value() on a failed Result");
        return std::get<0>(std::move(m_state));
    }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const
    {
        SEGMENTA_ASSERT(!isOk(), "error() on a successful Result");
        return std::get<1>(m_state);
    }

private:
    std::variant<T, Error> m_state;
};

/// Success with no value, or an Error.
template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool isOk() const { return !m_error.has_value(); }
    explicit operator bool() const { return isOk(); }
    const Error &error() const
    {
        SEGMENTA_ASSERT(!isOk(), "error() on a successful Result");
        return *m_error;
    }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace segmenta::engine
