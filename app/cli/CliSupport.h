// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// What every segmenta-cli command shares: exit codes, error reporting, terminal progress with Ctrl+C,
// option parsing and the JSON shapes of columns and segments. Commands live one or a few per file.
#pragma once

#include "CommandLine.h"
#include "Json.h"

#include "Session.h"

#include <cstdint>
#include <string>
#include <vector>

namespace segmenta::cli {

enum ExitCode : int
{
    ExitDone = 0,
    ExitInternal = 1,
    ExitUsage = 2,
    ExitBadInput = 3, ///< the project file is unchanged
    ExitCancelled = 130, ///< Ctrl+C; the project file is unchanged
};

/// Progress on stderr when a person watches (a terminal); silent for scripts. Ctrl+C cancels.
class TerminalProgress final : public engine::Progress
{
public:
    TerminalProgress();
    ~TerminalProgress() override;
    TerminalProgress(const TerminalProgress &) = delete;
    TerminalProgress &operator=(const TerminalProgress &) = delete;
    void setStage(std::string_view key) override { m_stage = key; }
    void setFraction(double fraction) override;
    bool isCancelRequested() const override;

private:
    bool m_isTerminal;
    bool m_shown = false;
    std::string m_stage;
    int m_lastPercent = -1;
};

/// Makes Ctrl+C request cancellation of the running command instead of killing it.
void installInterruptHandler();

/// Reports `error` on stderr (and as {"error": …} on stdout with --json); returns the exit code.
int fail(const engine::Error &error, bool json);
/// Reports a usage problem; returns ExitUsage.
int usage(const std::string &message);

void writeColumns(JsonWriter &out, const std::vector<engine::ColumnInfo> &columns);
void writeSegments(JsonWriter &out, const std::vector<engine::SegmentInfo> &segments);

/// The integer option `name`, or `fallback` when absent; sets ok = false when it is not an integer.
int parseInt(const CommandLine &args, const std::string &name, int fallback, bool &ok);
/// --seed as an unsigned 64-bit number, or `fallback` when absent; sets ok = false when malformed.
std::uint64_t parseSeed(const CommandLine &args, std::uint64_t fallback, bool &ok);

} // namespace segmenta::cli
