// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// segmenta-cli: the headless interface scripts and other tools call. Its commands, options, exit codes
// and --json output are documented in README.md and kept stable: add, don't rename.
#include "CommandLine.h"
#include "Json.h"

#include "Session.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
#include <unistd.h>

namespace {

using namespace segmenta::engine;
using segmenta::cli::CommandLine;
using segmenta::cli::JsonWriter;

enum ExitCode : int
{
    ExitDone = 0,
    ExitInternal = 1,
    ExitUsage = 2,
    ExitBadInput = 3, ///< the project file is unchanged
    ExitCancelled = 130, ///< Ctrl+C; the project file is unchanged
};

constexpr const char *usageText = R"(Usage: segmenta-cli COMMAND [OPTIONS]

Commands:
  import   --project P --file F [--id-column NAME] [--delimiter ,|;|tab|pipe]
           [--encoding utf-8|utf-16|windows-1254|iso-8859-9|windows-1252] [--decimal .|,] [--json]
           Import a customer table (delimited text with a header row) into project P (created if missing).
           Delimiter, encoding and decimal mark are detected unless given.
  segment  --project P --columns a,b,c --k K [--seed S] [--n-init N] [--max-iterations N] [--name NAME] [--json]
           Group customers into K segments on the numeric columns (z-scored k-means, PCA map).
  choose-k --project P --columns a,b,c [--k-range 2..10] [--seed S] [--n-init N] [--stability-runs N] [--json]
           Compare numbers of segments (silhouette, Calinski-Harabasz, Davies-Bouldin, stability) and
           recommend one, saying why. Changes nothing.
  info     --project P [--json]
           Customers, columns with types, and segmentations.
  export   --project P --out FILE.csv [--segmentation NAME]
           Write each customer's id, segment number and name, then all columns (newest segmentation by default).
  --version, --help

Exit codes: 0 done, 1 internal error, 2 usage error, 3 bad input (project unchanged), 130 cancelled.
)";

std::atomic<bool> s_interrupted {false};

extern "C" void onInterrupt(int)
{
    s_interrupted = true;
}

/// Progress on stderr when a person watches (a terminal); silent for scripts. Ctrl+C cancels.
class TerminalProgress final : public Progress
{
public:
    TerminalProgress()
        : m_isTerminal(isatty(STDERR_FILENO) != 0)
    { }
    ~TerminalProgress() override
    {
        if (m_isTerminal && m_shown) {
            std::fputs("\r\033[K", stderr);
        }
    }
    void setStage(std::string_view key) override { m_stage = key; }
    void setFraction(double fraction) override
    {
        const int percent = static_cast<int>(fraction * 100.0);
        if (m_isTerminal && percent != m_lastPercent) {
            std::fprintf(stderr, "\r%s %3d%%", m_stage.c_str(), percent);
            m_lastPercent = percent;
            m_shown = true;
        }
    }
    bool isCancelRequested() const override { return s_interrupted.load(); }

private:
    bool m_isTerminal;
    bool m_shown = false;
    std::string m_stage;
    int m_lastPercent = -1;
};

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

std::optional<char> delimiterFromName(const std::string &name)
{
    if (name == "," || name == "comma") {
        return ',';
    }
    if (name == ";" || name == "semicolon") {
        return ';';
    }
    if (name == "tab" || name == "\t") {
        return '\t';
    }
    if (name == "|" || name == "pipe") {
        return '|';
    }
    return std::nullopt;
}

std::optional<DecimalMark> decimalMarkFromName(const std::string &name)
{
    if (name == "." || name == "dot") {
        return DecimalMark::Dot;
    }
    if (name == "," || name == "comma") {
        return DecimalMark::Comma;
    }
    return std::nullopt;
}

int runImport(const CommandLine &args)
{
    const bool json = args.has("json");
    const std::string projectPath = args.value("project");
    const std::string filePath = args.value("file");
    if (projectPath.empty() || filePath.empty()) {
        return usage("import needs --project and --file");
    }
    CsvImportParams params;
    params.filePath = filePath;
    params.idColumn = args.value("id-column");
    if (args.has("delimiter")) {
        params.delimiter = delimiterFromName(args.value("delimiter"));
        if (!params.delimiter) {
            return usage("--delimiter takes , ; tab or pipe");
        }
    }
    if (args.has("encoding")) {
        if (!encodingFromName(args.value("encoding"))) {
            return usage("--encoding takes utf-8, utf-16, windows-1254, iso-8859-9 or windows-1252");
        }
        params.encoding = args.value("encoding");
    }
    if (args.has("decimal")) {
        const auto mark = decimalMarkFromName(args.value("decimal"));
        if (!mark) {
            return usage("--decimal takes . or ,");
        }
        params.decimalMark = *mark;
    }
    std::error_code ignored;
    const bool isNewProject = !std::filesystem::exists(projectPath, ignored);
    auto session = isNewProject ? Session::createProject(projectPath) : Session::openProject(projectPath);
    if (!session) {
        return fail(session.error(), json);
    }
    TerminalProgress progress;
    auto report = session.value().importCustomersCsv(params, progress);
    if (!report) {
        if (isNewProject) {
            // The project did not exist before this command; leave nothing behind.
            session = Session::openProject(projectPath); // releases the file before removal
            std::filesystem::remove(projectPath, ignored);
        }
        return fail(report.error(), json);
    }
    const ImportReport &r = report.value();
    if (json) {
        JsonWriter out;
        out.beginObject();
        out.key("project").value(projectPath);
        out.key("customers").value(r.customerCount);
        out.key("id_column");
        r.idColumn.empty() ? out.null() : out.value(r.idColumn);
        out.key("columns");
        writeColumns(out, r.columns);
        out.key("dialect").beginObject();
        out.key("delimiter").value(std::string(1, r.dialect.delimiter));
        out.key("encoding").value(encodingName(r.dialect.encoding));
        out.key("decimal").value(r.dialect.decimalMark == DecimalMark::Comma ? "," : ".");
        out.endObject();
        out.endObject();
        std::cout << out.text() << '\n';
    } else {
        std::cout << "Imported " << r.customerCount << " customers with " << r.columns.size()
                  << " columns into " << projectPath << '\n';
    }
    return ExitDone;
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

int runSegment(const CommandLine &args)
{
    const bool json = args.has("json");
    if (!args.has("project") || !args.has("columns") || !args.has("k")) {
        return usage("segment needs --project, --columns and --k");
    }
    SegmentationParams params;
    params.columns = segmenta::cli::splitList(args.value("columns"));
    params.name = args.value("name");
    bool ok = true;
    params.segmentCount = parseInt(args, "k", params.segmentCount, ok);
    params.initCount = parseInt(args, "n-init", params.initCount, ok);
    params.maxIterations = parseInt(args, "max-iterations", params.maxIterations, ok);
    params.seed = parseSeed(args, params.seed, ok);
    if (!ok) {
        return usage("--k, --n-init, --max-iterations and --seed take whole numbers");
    }
    auto session = Session::openProject(args.value("project"));
    if (!session) {
        return fail(session.error(), json);
    }
    TerminalProgress progress;
    const auto started = std::chrono::steady_clock::now();
    auto result = session.value().runSegmentation(params, progress);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (!result) {
        return fail(result.error(), json);
    }
    const SegmentationInfo &info = result.value();
    auto segments = session.value().segments(info.name);
    if (!segments) {
        return fail(segments.error(), json);
    }
    if (json) {
        JsonWriter out;
        out.beginObject();
        out.key("name").value(info.name);
        out.key("method").value(info.method);
        out.key("k").value(info.segmentCount);
        out.key("columns").stringArray(info.columns);
        out.key("seed").value(info.seed);
        out.key("members").value(info.memberCount);
        out.key("inertia").value(info.inertia);
        out.key("iterations").value(info.iterations);
        out.key("converged").value(info.converged);
        out.key("seconds").value(seconds);
        out.key("segments");
        writeSegments(out, segments.value());
        out.endObject();
        std::cout << out.text() << '\n';
    } else {
        std::cout << "Segmentation '" << info.name << "': " << info.memberCount << " customers in "
                  << info.segmentCount << " segments (sizes";
        for (const SegmentInfo &segment : segments.value()) {
            std::cout << ' ' << segment.size;
        }
        std::cout << ")\n";
    }
    return ExitDone;
}

int runChooseK(const CommandLine &args)
{
    const bool json = args.has("json");
    if (!args.has("project") || !args.has("columns")) {
        return usage("choose-k needs --project and --columns");
    }
    SegmentCountSearchParams params;
    params.columns = segmenta::cli::splitList(args.value("columns"));
    bool ok = true;
    if (args.has("k-range")) {
        const std::string range = args.value("k-range");
        const auto dots = range.find("..");
        try {
            std::size_t usedLow = 0;
            std::size_t usedHigh = 0;
            const std::string low = range.substr(0, dots);
            const std::string high = dots == std::string::npos ? std::string() : range.substr(dots + 2);
            params.minimumCount = std::stoi(low, &usedLow);
            params.maximumCount = std::stoi(high, &usedHigh);
            ok = dots != std::string::npos && usedLow == low.size() && usedHigh == high.size();
        } catch (const std::exception &) {
            ok = false;
        }
        if (!ok) {
            return usage("--k-range takes two whole numbers, as in 2..10");
        }
    }
    params.initCount = parseInt(args, "n-init", params.initCount, ok);
    params.stabilityRuns = parseInt(args, "stability-runs", params.stabilityRuns, ok);
    params.seed = parseSeed(args, params.seed, ok);
    if (!ok) {
        return usage("--n-init, --stability-runs and --seed take whole numbers");
    }
    auto session = Session::openProject(args.value("project"));
    if (!session) {
        return fail(session.error(), json);
    }
    TerminalProgress progress;
    const auto started = std::chrono::steady_clock::now();
    auto search = session.value().compareSegmentCounts(params, progress);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (!search) {
        return fail(search.error(), json);
    }
    const SegmentCountRecommendation &result = search.value().recommendation;
    if (json) {
        JsonWriter out;
        out.beginObject();
        out.key("recommended_k").value(result.recommendedCount);
        out.key("reason").value(result.reason);
        out.key("criteria_disagree").value(result.criteriaDisagree);
        out.key("notes").stringArray(result.notes);
        out.key("members").value(search.value().memberCount);
        out.key("seconds").value(seconds);
        out.key("scores").beginArray();
        for (const SegmentCountScore &score : result.scores) {
            out.beginObject();
            out.key("k").value(score.segmentCount);
            out.key("inertia").value(score.inertia);
            out.key("silhouette").value(score.silhouette);
            out.key("silhouette_sampled").value(score.silhouetteSampled);
            out.key("calinski_harabasz").value(score.calinskiHarabasz);
            out.key("davies_bouldin").value(score.daviesBouldin);
            out.key("stability").value(score.stability); // null when skipped (NaN)
            out.key("sizes").beginArray();
            for (const std::int64_t size : score.sizes) {
                out.value(size);
            }
            out.endArray();
            out.endObject();
        }
        out.endArray().endObject();
        std::cout << out.text() << '\n';
        return ExitDone;
    }
    std::cout << "  k   silhouette  Calinski-Harabasz  Davies-Bouldin  stability\n";
    for (const SegmentCountScore &score : result.scores) {
        char line[128];
        std::snprintf(line, sizeof line, "%3d   %10.3f  %17.1f  %14.3f  %9.3f%s\n", score.segmentCount,
            score.silhouette, score.calinskiHarabasz, score.daviesBouldin, score.stability,
            score.segmentCount == result.recommendedCount ? "   <- recommended" : "");
        std::cout << line;
    }
    std::cout << result.reason << '\n';
    for (const std::string &note : result.notes) {
        std::cout << "- " << note << '\n';
    }
    return ExitDone;
}

int runInfo(const CommandLine &args)
{
    const bool json = args.has("json");
    if (!args.has("project")) {
        return usage("info needs --project");
    }
    auto session = Session::openProject(args.value("project"));
    if (!session) {
        return fail(session.error(), json);
    }
    auto summary = session.value().summary();
    if (!summary) {
        return fail(summary.error(), json);
    }
    const ProjectSummary &s = summary.value();
    if (json) {
        JsonWriter out;
        out.beginObject();
        out.key("project").value(s.path);
        out.key("schema_version").value(s.schemaVersion);
        out.key("customers").value(s.customerCount);
        out.key("id_column");
        s.idColumn.empty() ? out.null() : out.value(s.idColumn);
        out.key("columns");
        writeColumns(out, s.columns);
        out.key("segmentations").beginArray();
        for (const SegmentationInfo &info : s.segmentations) {
            out.beginObject();
            out.key("name").value(info.name);
            out.key("method").value(info.method);
            out.key("k").value(info.segmentCount);
            out.key("columns").stringArray(info.columns);
            out.key("seed").value(info.seed);
            out.key("members").value(info.memberCount);
            out.key("inertia").value(info.inertia);
            out.key("iterations").value(info.iterations);
            out.key("converged").value(info.converged);
            out.key("created_at").value(info.createdAt);
            auto segments = session.value().segments(info.name);
            if (!segments) {
                return fail(segments.error(), json);
            }
            out.key("segments");
            writeSegments(out, segments.value());
            out.endObject();
        }
        out.endArray().endObject();
        std::cout << out.text() << '\n';
        return ExitDone;
    }
    std::cout << "Project:   " << s.path << " (format " << s.schemaVersion << ")\n"
              << "Customers: " << s.customerCount
              << " (id column: " << (s.idColumn.empty() ? "generated" : s.idColumn) << ")\nColumns:\n";
    for (const ColumnInfo &column : s.columns) {
        std::cout << "  " << column.name << " (" << columnTypeName(column.type) << ", " << column.missingCount
                  << " missing)\n";
    }
    std::cout << "Segmentations:" << (s.segmentations.empty() ? " none\n" : "\n");
    for (const SegmentationInfo &info : s.segmentations) {
        std::cout << "  " << info.name << ": " << info.method << ", k=" << info.segmentCount << ", "
                  << info.memberCount << " customers, created " << info.createdAt << '\n';
    }
    return ExitDone;
}

int runExport(const CommandLine &args)
{
    if (!args.has("project") || !args.has("out")) {
        return usage("export needs --project and --out");
    }
    auto session = Session::openProject(args.value("project"));
    if (!session) {
        return fail(session.error(), false);
    }
    auto written = session.value().exportMembersCsv(args.value("segmentation"), args.value("out"));
    if (!written) {
        return fail(written.error(), false);
    }
    std::cout << "Wrote " << written.value() << " customers to " << args.value("out") << '\n';
    return ExitDone;
}

} // namespace

int main(int argc, char **argv)
{
    std::vector<std::string> arguments(argv + 1, argv + argc);
    if (arguments.empty()) {
        std::cerr << usageText;
        return ExitUsage;
    }
    const std::string command = arguments.front();
    if (command == "--version" || command == "version") {
        std::cout << "segmenta-cli " << SEGMENTA_VERSION << " (project format "
                  << Session::latestSchemaVersion() << ")\n";
        return ExitDone;
    }
    if (command == "--help" || command == "help" || command == "-h") {
        std::cout << usageText;
        return ExitDone;
    }
    std::signal(SIGINT, onInterrupt);

    struct CommandSpec
    {
        const char *name;
        CommandLine::Grammar grammar;
        int (*run)(const CommandLine &);
    };
    const std::vector<CommandSpec> commands {
        {"import", {{"project", "file", "id-column", "delimiter", "encoding", "decimal"}, {"json"}},
            runImport},
        {"segment", {{"project", "columns", "k", "seed", "n-init", "max-iterations", "name"}, {"json"}},
            runSegment},
        {"choose-k", {{"project", "columns", "k-range", "seed", "n-init", "stability-runs"}, {"json"}},
            runChooseK},
        {"info", {{"project"}, {"json"}}, runInfo},
        {"export", {{"project", "out", "segmentation"}, {}}, runExport},
    };
    for (const CommandSpec &spec : commands) {
        if (command != spec.name) {
            continue;
        }
        CommandLine args;
        if (auto problem = args.parse({arguments.begin() + 1, arguments.end()}, spec.grammar)) {
            return usage(*problem);
        }
        try {
            return spec.run(args);
        } catch (const std::exception &exception) {
            std::cerr << "segmenta-cli: internal error: " << exception.what() << '\n';
            return ExitInternal;
        }
    }
    return usage("unknown command '" + command + "'");
}
