// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "core/Assert.h"

#include <cstdio>
#include <cstdlib>

namespace segmenta::engine::detail {

void assertionFailed(const char *condition, const char *message, const char *file, int line)
{
    std::fprintf(stderr, "segmenta: internal error at %s:%d: %s (%s)\n", file, line, message, condition);
    std::fflush(stderr);
    std::abort();
}

} // namespace segmenta::engine::detail
