// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// segmenta-cli rfm: RFM scores, the named map, and its coverage, stored in the project.
#include "CliSupport.h"
#include "Commands.h"
#include "import/DateParsing.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

namespace segmenta::cli {

namespace {

using namespace engine;

/// The map's key of a segment index, null for Other.
void writeSegmentKey(JsonWriter &out, const RfmMap &map, int segment)
{
    if (segment < 0) {
        out.null();
    } else {
        out.value(map.segments[static_cast<std::size_t>(segment)].key);
    }
}

void writeOptional(JsonWriter &out, const std::optional<double> &value)
{
    value ? out.value(*value) : out.null();
}

void writeIntegers(JsonWriter &out, const std::vector<int> &values)
{
    out.beginArray();
    for (const int value : values) {
        out.value(value);
    }
    out.endArray();
}

void writeDimension(JsonWriter &out, const RfmDimensionReport &dimension)
{
    out.beginObject();
    out.key("method").value(rfmScoringMethodName(dimension.method));
    out.key("thresholds").beginArray();
    for (const double threshold : dimension.thresholds) {
        out.value(threshold);
    }
    out.endArray();
    out.key("bands").beginArray();
    for (const RfmBand &band : dimension.bands) {
        out.beginObject();
        out.key("score").value(band.score);
        out.key("customers").value(band.customerCount);
        out.key("share").value(band.share);
        out.key("min");
        writeOptional(out, band.minimum);
        out.key("max");
        writeOptional(out, band.maximum);
        out.key("lower");
        writeOptional(out, band.lower);
        out.key("upper");
        writeOptional(out, band.upper);
        out.key("text").value(band.text);
        out.endObject();
    }
    out.endArray();
    out.key("empty_scores");
    writeIntegers(out, dimension.emptyScores);
    out.key("ties").beginArray();
    for (const RfmTieNote &tie : dimension.ties) {
        out.beginObject();
        out.key("value").value(tie.value);
        out.key("customers").value(tie.customerCount);
        out.key("share").value(tie.share);
        out.key("score").value(tie.score);
        out.key("score_share").value(tie.scoreShare);
        out.key("empty_scores");
        writeIntegers(out, tie.emptyScores);
        out.key("text").value(tie.text);
        out.endObject();
    }
    out.endArray();
    out.endObject();
}

void writeJson(const RfmReport &r)
{
    const RfmMap &map = r.document.map;
    JsonWriter out;
    out.beginObject();
    out.key("segmentation").value(r.segmentation.name);
    out.key("map").value(map.name);
    out.key("analysis_date").value(isoDate(r.analysisDay));
    out.key("bins").value(r.bins);
    out.key("customers").value(r.customerCount);
    out.key("scored").value(r.scoredCount);
    out.key("unscored").value(r.unscoredCount);
    out.key("dimensions").beginObject();
    for (const RfmDimensionReport &dimension : r.dimensions) {
        out.key(rfmDimensionName(dimension.dimension));
        writeDimension(out, dimension);
    }
    out.endObject();
    out.key("grid").beginArray();
    for (const RfmGridCell &cell : r.grid.cells) {
        out.beginObject();
        out.key("cell").value(rfmCellLabel(cell.recency, cell.frequency));
        out.key("r").value(cell.recency);
        out.key("f").value(cell.frequency);
        out.key("customers").value(cell.customerCount);
        out.key("revenue").value(cell.revenue);
        out.key("segment");
        writeSegmentKey(out, map, cell.segment);
        out.key("segments").beginArray();
        for (const int segment : cell.segments) {
            writeSegmentKey(out, map, segment);
        }
        out.endArray();
        out.endObject();
    }
    out.endArray();
    out.key("segments").beginArray();
    for (const RfmSegmentSize &size : r.segments) {
        out.beginObject();
        out.key("key").value(size.key);
        out.key("name").value(size.name);
        out.key("name_tr").value(size.turkishName);
        out.key("customers").value(size.customerCount);
        out.key("share").value(size.share);
        out.key("revenue").value(size.revenue);
        out.endObject();
    }
    out.endArray();
    out.key("coverage").beginObject();
    out.key("complete").value(r.coverage.isComplete() && r.otherCount == 0);
    out.key("uses_monetary").value(r.coverage.usesMonetary);
    out.key("unassigned_cells").stringArray(r.coverage.unassignedCells);
    out.key("overlaps").beginArray();
    for (const RfmCellOverlap &overlap : r.coverage.overlaps) {
        out.beginObject();
        out.key("cell").value(overlap.cell);
        out.key("segments").beginArray();
        for (const int segment : overlap.segments) {
            writeSegmentKey(out, map, segment);
        }
        out.endArray();
        out.endObject();
    }
    out.endArray();
    out.key("other_customers").value(r.otherCount);
    out.key("problems").stringArray(r.coverageProblems);
    out.endObject();
    out.key("columns");
    writeColumns(out, r.columns);
    out.endObject();
    std::cout << out.text() << '\n';
}

void writeText(const RfmReport &r)
{
    std::cout << "RFM on " << r.scoredCount << " of " << r.customerCount << " customers (" << r.unscoredCount
              << " without a purchase), analysis date " << isoDate(r.analysisDay) << ":\n";
    for (const RfmDimensionReport &dimension : r.dimensions) {
        std::cout << "  " << rfmDimensionName(dimension.dimension) << " ("
                  << rfmScoringMethodName(dimension.method) << "):\n";
        for (const RfmBand &band : dimension.bands) {
            std::cout << "    " << band.text << '\n';
        }
        for (const RfmTieNote &tie : dimension.ties) {
            std::cout << "    note: " << tie.text << '\n';
        }
    }
    std::cout << "Segmentation '" << r.segmentation.name << "' from map '" << r.document.map.name << "':\n";
    for (const RfmSegmentSize &size : r.segments) {
        if (size.segment < 0 && size.customerCount == 0) {
            continue;
        }
        char share[32];
        std::snprintf(share, sizeof share, "%.1f%%", size.share * 100.0);
        std::cout << "  " << size.name << ": " << size.customerCount << " (" << share << ")\n";
    }
    for (const std::string &problem : r.coverageProblems) {
        std::cout << "Coverage: " << problem << '\n';
    }
}

} // namespace

int runRfm(const CommandLine &args)
{
    const bool json = args.has("json");
    if (!args.has("project")) {
        return usage("rfm needs --project");
    }
    if (args.has("map") && args.has("preset")) {
        return usage("rfm takes --map FILE or --preset NAME, not both");
    }
    RfmRunParams params;
    params.name = args.value("name");
    params.language = args.value("language", "en");
    if (params.language != "en" && params.language != "tr") {
        return usage("--language takes en or tr");
    }
    if (args.has("preset")) {
        const auto preset = rfmPreset(args.value("preset"));
        if (!preset) {
            std::string names;
            for (const RfmMapPreset &known : rfmPresets()) {
                names += (names.empty() ? "" : ", ") + known.key;
            }
            return usage("--preset takes one of " + names);
        }
        params.map = *preset;
    } else if (args.has("map")) {
        const std::string path = args.value("map");
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            return fail(makeError(ErrorCode::FileNotFound, {path}), json);
        }
        std::ostringstream text;
        text << in.rdbuf();
        auto document = readRfmMapJson(text.str(), path);
        if (!document) {
            return fail(document.error(), json);
        }
        params.map = document.value().map;
        params.scoring = document.value().scoring;
    } else {
        params.map = *rfmPreset("rf11");
    }
    if (args.has("analysis-date")) {
        const auto day = parseDate(args.value("analysis-date"), DateFormat::Iso);
        if (!day || day->secondOfDay != 0) {
            return usage("--analysis-date takes a date as YYYY-MM-DD");
        }
        params.scoring.analysisDay = day->day;
    }
    if (auto problems = validate(params.map, params.scoring.bins); !problems.empty()) {
        return fail(problems.front(), json);
    }
    // The map file is written first, so that a path that cannot be written leaves the project unchanged.
    if (args.has("write-map")) {
        const std::string path = args.value("write-map");
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << writeRfmMapJson(RfmMapDocument {params.map, params.scoring});
        if (!out.flush()) {
            return fail(makeError(ErrorCode::FileUnwritable, {path, std::strerror(errno)}), json);
        }
    }
    auto session = Session::openProject(args.value("project"));
    if (!session) {
        return fail(session.error(), json);
    }
    TerminalProgress progress;
    auto report = session.value().runRfm(params, progress);
    if (!report) {
        return fail(report.error(), json);
    }
    json ? writeJson(report.value()) : writeText(report.value());
    return ExitDone;
}

} // namespace segmenta::cli
