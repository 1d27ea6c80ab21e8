// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

namespace segmenta::engine::detail {
[[noreturn]] void assertionFailed(const char *condition, const char *message, const char *file, int line);
}

/// A bug, never a user error: checked in every build type, aborts with the condition and message.
#define SEGMENTA_ASSERT(condition, message)                                                                  \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            ::segmenta::engine::detail::assertionFailed(#condition, message, __FILE__, __LINE__);            \
        }                                                                                                    \
    } while (false)
