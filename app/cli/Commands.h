// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// Commands defined outside main.cpp. Each is `int run…(const CommandLine &)` returning an ExitCode;
// main.cpp lists them with their grammar and the usage text documents them.
#pragma once

#include "CommandLine.h"

namespace segmenta::cli {

/// segmenta-cli rfm: scores, the named map and its coverage (RfmCommand.cpp).
int runRfm(const CommandLine &args);
/// rules --project P (--file RULES.json [--save NAME] [--analysis-date D] | --refresh NAME) [--json]
int runRules(const CommandLine &args);
/// segmenta-cli clv (ClvCommand.cpp).
int runClv(const CommandLine &args);

} // namespace segmenta::cli
