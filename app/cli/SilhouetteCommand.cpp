// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// segmenta-cli silhouette: the per-customer silhouette of a stored segmentation (computed once, then kept
// in the project), its mean per segment and overall, and optionally every customer's value as CSV.
#include "CliSupport.h"
#include "Commands.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>

namespace segmenta::cli {

using namespace segmenta::engine;

namespace {

void writeCsvField(std::ostream &out, const std::string &text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos) {
        out << text;
        return;
    }
    out << '"';
    for (const char c : text) {
        if (c == '"') {
            out << '"';
        }
        out << c;
    }
    out << '"';
}

std::string exactNumber(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.17g", value);
    return buffer;
}

/// customer_id, segment (1-based), segment_name, silhouette: one line per scored customer.
Status writeValues(const std::string &path, const SegmentationSilhouette &silhouette,
    const std::vector<SegmentInfo> &segments)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) {
        return makeError(ErrorCode::FileUnwritable, {path, std::strerror(errno)});
    }
    out << "customer_id,segment,segment_name,silhouette\n";
    for (const MemberSilhouette &member : silhouette.members) {
        writeCsvField(out, member.customerId);
        out << ',' << member.segment + 1 << ',';
        writeCsvField(out, segments.at(static_cast<std::size_t>(member.segment)).name);
        out << ',' << exactNumber(member.value) << '\n';
    }
    out.flush();
    if (!out) {
        return makeError(ErrorCode::FileUnwritable, {path, "write failed (disk full?)"});
    }
    return {};
}

} // namespace

int runSilhouette(const CommandLine &args)
{
    const bool json = args.has("json");
    if (!args.has("project")) {
        return usage("silhouette needs --project");
    }
    auto session = Session::openProject(args.value("project"));
    if (!session) {
        return fail(session.error(), json);
    }
    const std::string name = args.has("segmentation") ? args.value("segmentation") : std::string();
    TerminalProgress progress;
    auto result = session.value().segmentationSilhouette(name, progress);
    if (!result) {
        return fail(result.error(), json);
    }
    const SegmentationSilhouette &silhouette = result.value();
    auto segments = session.value().segments(silhouette.segmentation);
    if (!segments) {
        return fail(segments.error(), json);
    }
    if (args.has("out")) {
        if (auto written = writeValues(args.value("out"), silhouette, segments.value()); !written) {
            return fail(written.error(), json);
        }
    }
    if (json) {
        JsonWriter out;
        out.beginObject();
        out.key("segmentation").value(silhouette.segmentation);
        out.key("members").value(silhouette.memberCount);
        out.key("mean").value(silhouette.mean);
        out.key("sampled").value(silhouette.isSampled);
        out.key("sample_size").value(silhouette.sampleSize);
        out.key("seed").value(silhouette.seed);
        out.key("stored").value(silhouette.wasStored);
        out.key("segments").beginArray();
        for (const SegmentInfo &segment : segments.value()) {
            const auto index = static_cast<std::size_t>(segment.index);
            out.beginObject();
            out.key("number").value(segment.index + 1);
            out.key("name").value(segment.name);
            out.key("scored").value(silhouette.segmentCounts.at(index));
            if (std::isnan(silhouette.segmentMeans.at(index))) {
                out.key("mean").null();
            } else {
                out.key("mean").value(silhouette.segmentMeans.at(index));
            }
            out.endObject();
        }
        out.endArray();
        out.endObject();
        std::cout << out.text() << '\n';
        return ExitDone;
    }
    std::printf("Silhouette of '%s': %.3f", silhouette.segmentation.c_str(), silhouette.mean);
    if (silhouette.isSampled) {
        std::printf(" (on a random sample of %lld of its %lld members, seed %llu)\n",
            static_cast<long long>(silhouette.sampleSize), static_cast<long long>(silhouette.memberCount),
            static_cast<unsigned long long>(silhouette.seed));
    } else {
        std::printf(" (all %lld members)\n", static_cast<long long>(silhouette.memberCount));
    }
    for (const SegmentInfo &segment : segments.value()) {
        const auto index = static_cast<std::size_t>(segment.index);
        std::printf("  %-24s %8lld  %6.3f\n", segment.name.c_str(),
            static_cast<long long>(silhouette.segmentCounts.at(index)), silhouette.segmentMeans.at(index));
    }
    std::printf("Near 1: a customer fits its segment well; below 0: it would fit another segment better.\n");
    if (args.has("out")) {
        std::printf("Wrote %zu values to %s\n", silhouette.members.size(), args.value("out").c_str());
    }
    return ExitDone;
}

} // namespace segmenta::cli
