// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include <stdexcept>
#include <string>

namespace segmenta::engine::store {

/// SQLite failed (I/O, disk full, locked, corrupt, or a bug in our SQL). Thrown inside the engine only;
/// Session turns it into ErrorCode::StorageFailure, so it never crosses into ui/ or the CLI.
class SqliteError : public std::runtime_error
{
public:
    SqliteError(int code, const std::string &message)
        : std::runtime_error(message)
        , m_code(code)
    { }
    int code() const { return m_code; }

private:
    int m_code;
};

} // namespace segmenta::engine::store
