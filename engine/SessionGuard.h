// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// Internal to the Session implementation files (Session*.cpp): how storage exceptions become Errors.
#pragma once

#include "core/Error.h"
#include "core/Result.h"
#include "store/SqliteError.h"

#include <exception>
#include <new>
#include <string>

namespace segmenta::engine {

inline Error storageError(const std::string &path, const std::exception &exception)
{
    return makeError(ErrorCode::StorageFailure, {path, exception.what()});
}

/// Runs `work`, turning the exceptions the engine lets out of the RAII layer into Errors: nothing is thrown
/// across the Session boundary.
template<typename T, typename Work> Result<T> guarded(const std::string &path, Work &&work)
{
    try {
        return work();
    } catch (const store::SqliteError &error) {
        return storageError(path, error);
    } catch (const std::bad_alloc &) {
        return makeError(ErrorCode::StorageFailure, {path, "out of memory"});
    }
}

} // namespace segmenta::engine
