// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// segmenta-cli place: members without a point (e.g. after assign) placed into the segmentation's newest map
// without moving it.
#include "CliSupport.h"
#include "Commands.h"

#include <iomanip>
#include <iostream>

namespace segmenta::cli {

using namespace segmenta::engine;

int runPlace(const CommandLine &args)
{
    const bool json = args.has("json");
    if (!args.has("project")) {
        return usage("place needs --project");
    }
    auto session = Session::openProject(args.value("project"));
    if (!session) {
        return fail(session.error(), json);
    }
    std::string name = args.has("segmentation") ? args.value("segmentation") : std::string();
    if (name.empty()) { // the newest, as the other commands take it
        auto summary = session.value().summary();
        if (!summary) {
            return fail(summary.error(), json);
        }
        if (summary->segmentations.empty()) {
            return fail(makeError(ErrorCode::UnknownSegmentation, {""}), json);
        }
        name = summary->segmentations.back().name;
    }
    TerminalProgress progress;
    auto result = session.value().placeNewMembers(name, progress);
    if (!result) {
        return fail(result.error(), json);
    }
    const PlacementReport &report = result.value();
    if (json) {
        JsonWriter out;
        out.beginObject();
        out.key("segmentation").value(report.segmentation);
        out.key("map").value(report.method);
        out.key("placed").value(report.placedCount);
        out.key("already_placed").value(report.alreadyPlacedCount);
        out.key("left_out").value(report.leftOutCount);
        out.key("seconds").value(report.seconds);
        out.endObject();
        std::cout << out.text() << '\n';
        return ExitDone;
    }
    std::cout << "Placed " << report.placedCount << " members of '" << report.segmentation << "' on its "
              << (report.method == "tsne" ? "t-SNE" : "PCA") << " map (" << report.alreadyPlacedCount
              << " were on it already, " << report.leftOutCount << " left out for a missing value) in "
              << std::fixed << std::setprecision(2) << report.seconds << " s.\n";
    return ExitDone;
}

} // namespace segmenta::cli
