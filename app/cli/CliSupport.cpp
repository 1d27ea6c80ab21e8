// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "CliSupport.h"

#include <atomic>
#include <climits>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <unistd.h>

namespace segmenta::cli {

using namespace engine;

namespace {

std::atomic<bool> s_interrupted {false};

extern "C" void onInterrupt(int)
{
    s_interrupted = true;
}

} // namespace

TerminalProgress::TerminalProgress()
    : m_isTerminal(isatty(STDERR_FILENO) != 0)
{ }

TerminalProgress::~TerminalProgress()
{
    if (m_isTerminal && m_shown) {
        std::fputs("\r\033[K", stderr);
    }
}

void TerminalProgress::setFraction(double fraction)
{
    const int percent = static_cast<int>(fraction * 100.0);
    if (m_isTerminal && percent != m_lastPercent) {
        std::fprintf(stderr, "\r%s %3d%%", m_stage.c_str(), percent);
        m_lastPercent = percent;
        m_shown = true;
    }
}

bool TerminalProgress::isCancelRequested() const
{
    return s_interrupted.load();
}

void installInterruptHandler()
{
    std::signal(SIGINT, onInterrupt);
}

int fail(const Error &error, bool json)
{
    std::cerr << "segmenta-cli: " << describe(error) << '\n';
    if (json) {
        JsonWriter out;
        out.beginObject().key("error").beginObject();
        out.key("code").value(errorCodeName(error.code));
        out.key("message").value(describe(error));
        if (error.where) {
            out.key("file").value(error.where->file);
            out.key("line").value(error.where->line);
            out.key("column").value(error.where->column);
        }
        out.endObject().endObject();
        std::cout << out.text() << '\n';
    }
    if (error.code == ErrorCode::Cancelled) {
        return ExitCancelled;
    }
    return error.code == ErrorCode::StorageFailure ? ExitInternal : ExitBadInput;
}

int usage(const std::string &message)
{
    std::cerr << "segmenta-cli: " << message << " (see segmenta-cli --help)\n";
    return ExitUsage;
}

void writeColumns(JsonWriter &out, const std::vector<ColumnInfo> &columns)
{
    out.beginArray();
    for (const ColumnInfo &column : columns) {
        out.beginObject();
        out.key("name").value(column.name);
        out.key("type").value(columnTypeName(column.type));
        out.key("missing").value(column.missingCount);
        out.key("family").value(criteriaFamilyName(column.family));
        out.key("origin").value(column.origin);
        out.key("value_kind").value(valueKindName(column.valueKind()));
        out.endObject();
    }
    out.endArray();
}

void writeSegments(JsonWriter &out, const std::vector<SegmentInfo> &segments)
{
    out.beginArray();
    for (const SegmentInfo &segment : segments) {
        out.beginObject();
        out.key("number").value(segment.index + 1);
        out.key("name").value(segment.name);
        out.key("size").value(segment.size);
        out.key("share").value(segment.share);
        out.endObject();
    }
    out.endArray();
}

int parseInt(const CommandLine &args, const std::string &name, int fallback, bool &ok)
{
    if (!args.has(name)) {
        return fallback;
    }
    const std::string text = args.value(name);
    try {
        std::size_t used = 0;
        const long long value = std::stoll(text, &used);
        if (used == text.size() && value >= INT32_MIN && value <= INT32_MAX) {
            return static_cast<int>(value);
        }
    } catch (const std::exception &) { }
    ok = false;
    return fallback;
}

std::uint64_t parseSeed(const CommandLine &args, std::uint64_t fallback, bool &ok)
{
    if (!args.has("seed")) {
        return fallback;
    }
    const std::string text = args.value("seed");
    try {
        std::size_t used = 0;
        const std::uint64_t seed = std::stoull(text, &used);
        if (used == text.size() && text.front() != '-') {
            return seed;
        }
    } catch (const std::exception &) { }
    ok = false;
    return fallback;
}

} // namespace segmenta::cli
