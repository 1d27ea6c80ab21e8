// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// Commands defined outside main.cpp. Each is `int run…(const CommandLine &)` returning an ExitCode;
// main.cpp lists them with their grammar and the usage text documents them.
#pragma once

#include "CommandLine.h"

namespace segmenta::cli {

/// segmenta-cli clv (ClvCommand.cpp).
int runClv(const CommandLine &args);

} // namespace segmenta::cli
