// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// Commands defined outside main.cpp. Each is `int run…(const CommandLine &)` returning an ExitCode;
// main.cpp lists them with their grammar and the usage text documents them.
#pragma once

#include "CommandLine.h"

#include <string>

namespace segmenta::engine {
class Session;
struct SegmentMatchReport;
} // namespace segmenta::engine

namespace segmenta::cli {

/// segmenta-cli rfm: scores, the named map and its coverage (RfmCommand.cpp).
int runRfm(const CommandLine &args);
/// rules --project P (--file RULES.json [--save NAME] [--analysis-date D] | --refresh NAME) [--json]
int runRules(const CommandLine &args);
/// segmenta-cli clv (ClvCommand.cpp).
int runClv(const CommandLine &args);
/// `criteria --project P (--file F.json | --name NAME) [--save] [--bins N] [--json]`: checks a criteria set
/// against the project and prints its preview (CriteriaCommand.cpp).
int runCriteria(const CommandLine &args);
int runAssign(const CommandLine &args);
/// place --project P [--segmentation NAME] [--json] (PlaceCommand.cpp).
int runPlace(const CommandLine &args);
/// `dendrogram --project P --segmentation NAME [--json]`: the stored merge tree (DendrogramCommand.cpp).
int runDendrogram(const CommandLine &args);
/// `recut --project P --segmentation NAME (--k K | --height H) [--name N] [--json]` (DendrogramCommand.cpp).
int runRecut(const CommandLine &args);
/// silhouette --project P [--segmentation NAME] [--out FILE.csv] [--json] (SilhouetteCommand.cpp).
int runSilhouette(const CommandLine &args);

/// The value of a `--criteria NAME|FILE.json` option: a file (a path ending in .json, or an existing file)
/// is read, checked and saved under the set's own name; anything else names a saved set. Sets `name` to
/// the saved set's name and returns ExitDone, or reports the problem and returns its exit code.
class JsonWriter;
/// The "matching" object of segment --match-to (AssignCommand.cpp).
void writeMatching(JsonWriter &out, const engine::SegmentMatchReport &report);

int useCriteriaOption(engine::Session &session, const std::string &value, bool json, std::string &name);

} // namespace segmenta::cli
