// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// segmenta-cli rules: counts, overlaps and (with --save) stored segments of a rule set file.
#include "CliSupport.h"
#include "Commands.h"
#include "import/DateParsing.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>

namespace segmenta::cli {

namespace {

using namespace segmenta::engine;

constexpr double percent = 100.0;
constexpr int nameWidth = 28;
constexpr int countWidth = 10;

/// The rule file's text, or the error reading it.
Result<std::string> readRuleFile(const std::string &path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        const int reason = errno;
        if (reason == ENOENT) {
            return makeError(ErrorCode::FileNotFound, {path});
        }
        return makeError(ErrorCode::FileUnreadable, {path, std::strerror(reason)});
    }
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

/// Names the rule file as the place of a problem in it.
Error inFile(Error error, const std::string &path)
{
    if (!error.where) {
        error.where = Location {path, 0, 0};
    } else if (error.where->file.empty()) {
        error.where->file = path;
    }
    return error;
}

void writeJson(const RuleSetReport &report, const std::optional<RuleSegmentsReport> &saved)
{
    JsonWriter out;
    out.beginObject();
    out.key("customers").value(report.customerCount);
    out.key("mode").value(report.mode == RuleSetMode::Frozen ? "frozen" : "dynamic");
    out.key("analysis_date");
    report.analysisDay ? out.value(isoDate(*report.analysisDay)) : out.null();
    out.key("segments").beginArray();
    for (const RuleSegmentCount &segment : report.segments) {
        out.beginObject();
        out.key("name").value(segment.name);
        out.key("matched").value(segment.matched);
        out.key("assigned").value(segment.assigned);
        out.endObject();
    }
    out.endArray();
    out.key("unmatched_segment");
    report.unmatchedSegment.empty() ? out.null() : out.value(report.unmatchedSegment);
    out.key("in_none").value(report.inNone);
    out.key("in_several").value(report.inSeveral);
    out.key("overlap").beginArray();
    for (const auto &row : report.overlap) {
        out.beginArray();
        for (const std::int64_t count : row) {
            out.value(count);
        }
        out.endArray();
    }
    out.endArray();
    out.key("warnings").stringArray(report.warnings);
    out.key("saved");
    if (saved) {
        out.beginObject();
        out.key("segmentation").value(saved->segmentation.name);
        out.key("method").value(saved->segmentation.method);
        out.key("members").value(saved->segmentation.memberCount);
        out.key("refreshed").value(saved->isRefreshed);
        out.endObject();
    } else {
        out.null();
    }
    out.endObject();
    std::cout << out.text() << '\n';
}

void writeText(
    const std::string &source, const RuleSetReport &report, const std::optional<RuleSegmentsReport> &saved)
{
    const auto share = [&](std::int64_t count) {
        std::ostringstream text;
        text << std::fixed << std::setprecision(1)
             << (report.customerCount > 0
                        ? percent * static_cast<double>(count) / static_cast<double>(report.customerCount)
                        : 0.0)
             << " %";
        return text.str();
    };
    std::cout << "Rule set " << source << " on " << report.customerCount << " customers";
    if (report.analysisDay) {
        std::cout << " (dates counted back from " << isoDate(*report.analysisDay) << ")";
    }
    std::cout << ":\n";
    std::cout << "   # " << std::left << std::setw(nameWidth) << "Segment" << std::right
              << std::setw(countWidth) << "matched" << std::setw(countWidth) << "assigned"
              << std::setw(countWidth) << "share" << '\n';
    for (std::size_t i = 0; i < report.segments.size(); ++i) {
        const RuleSegmentCount &segment = report.segments[i];
        std::cout << std::setw(4) << i + 1 << ' ' << std::left << std::setw(nameWidth) << segment.name
                  << std::right << std::setw(countWidth) << segment.matched << std::setw(countWidth)
                  << segment.assigned << std::setw(countWidth) << share(segment.assigned) << '\n';
    }
    if (!report.unmatchedSegment.empty()) {
        std::cout << "   - " << std::left << std::setw(nameWidth)
                  << report.unmatchedSegment + " (no rule matches)" << std::right << std::setw(countWidth)
                  << "" << std::setw(countWidth) << report.inNone << std::setw(countWidth)
                  << share(report.inNone) << '\n';
    }
    std::cout << "In several segments: " << report.inSeveral
              << " (each assigned to the first that matches)\n";
    std::cout << "In none: " << report.inNone
              << (report.unmatchedSegment.empty() ? " (left without a segment)"
                                                  : " (assigned to '" + report.unmatchedSegment + "')")
              << '\n';
    if (report.segments.size() > 1) {
        std::cout << "Overlap (customers matching both):\n    ";
        for (std::size_t j = 0; j < report.segments.size(); ++j) {
            std::cout << std::setw(countWidth) << j + 1;
        }
        std::cout << '\n';
        for (std::size_t i = 0; i < report.overlap.size(); ++i) {
            std::cout << std::setw(4) << i + 1;
            for (const std::int64_t count : report.overlap[i]) {
                std::cout << std::setw(countWidth) << count;
            }
            std::cout << '\n';
        }
    }
    for (const std::string &warning : report.warnings) {
        std::cout << "Warning: " << warning << '\n';
    }
    if (saved) {
        const bool frozen = report.mode == RuleSetMode::Frozen;
        if (saved->isRefreshed) {
            std::cout << "Saved rule set and segmentation '" << saved->segmentation.name << "' ("
                      << (frozen ? "frozen: kept as it is until saved again"
                                 : "dynamic: rules --refresh re-evaluates it")
                      << "), " << saved->segmentation.memberCount << " customers with a segment.\n";
        } else {
            std::cout
                << "'" << saved->segmentation.name
                << "' is frozen: its stored segments were kept (counts above are today's). Save it again "
                   "with --file … --save to re-run it.\n";
        }
    }
}

} // namespace

int runRules(const CommandLine &args)
{
    const bool json = args.has("json");
    const bool refresh = args.has("refresh");
    if (!args.has("project") || args.has("file") == refresh) {
        return usage("rules needs --project and either --file RULES.json or --refresh NAME");
    }
    if (refresh && (args.has("save") || args.has("analysis-date"))) {
        return usage(
            "--refresh re-evaluates a saved rule set as stored; --save and --analysis-date go with --file");
    }
    RuleSetParams params;
    if (args.has("analysis-date")) {
        const auto day = parseDate(args.value("analysis-date"), DateFormat::Iso);
        if (!day || day->secondOfDay != 0) {
            return usage("--analysis-date takes a date as YYYY-MM-DD");
        }
        params.analysisDay = day->day;
    }
    if (args.has("save") && args.value("save").empty()) {
        return usage("--save takes a name for the rule set");
    }
    auto session = Session::openProject(args.value("project"));
    if (!session) {
        return fail(session.error(), json);
    }
    TerminalProgress progress;
    if (refresh) {
        auto refreshed = session.value().refreshRuleSegments(args.value("refresh"), progress);
        if (!refreshed) {
            return fail(refreshed.error(), json);
        }
        json ? writeJson(refreshed.value().counts, refreshed.value())
             : writeText("'" + args.value("refresh") + "'", refreshed.value().counts, refreshed.value());
        return ExitDone;
    }

    const std::string path = args.value("file");
    auto text = readRuleFile(path);
    if (!text) {
        return fail(text.error(), json);
    }
    auto rules = parseRuleSet(text.value());
    if (!rules) {
        return fail(inFile(rules.error(), path), json);
    }
    params.rules = std::move(rules).value();
    if (auto problems = session.value().validate(params); !problems.empty()) {
        const int code = fail(inFile(problems.front(), path), json);
        for (std::size_t i = 1; i < problems.size(); ++i) {
            std::cerr << "segmenta-cli: " << describe(inFile(problems[i], path)) << '\n';
        }
        return code;
    }
    if (!args.has("save")) {
        auto report = session.value().evaluateRuleSet(params, progress);
        if (!report) {
            return fail(report.error(), json);
        }
        json ? writeJson(report.value(), std::nullopt) : writeText(path, report.value(), std::nullopt);
        return ExitDone;
    }
    auto saved = session.value().saveRuleSegments(args.value("save"), params, progress);
    if (!saved) {
        return fail(saved.error(), json);
    }
    json ? writeJson(saved.value().counts, saved.value())
         : writeText(path, saved.value().counts, saved.value());
    return ExitDone;
}

} // namespace segmenta::cli
