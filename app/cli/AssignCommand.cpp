// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// segmenta-cli assign: new customers into a stored segmentation (nearest centroid, nothing re-fitted); and
// the "matching" block segment --match-to prints.
#include "CliSupport.h"
#include "Commands.h"

#include <iostream>

namespace segmenta::cli {

using namespace segmenta::engine;

namespace {

const std::string &nameAt(const std::vector<std::string> &names, int index)
{
    return names.at(static_cast<std::size_t>(index));
}

void nameArray(JsonWriter &out, const std::vector<std::string> &names, const std::vector<int> &indices)
{
    out.beginArray();
    for (const int index : indices) {
        out.value(nameAt(names, index));
    }
    out.endArray();
}

} // namespace

void writeMatching(JsonWriter &out, const SegmentMatchReport &report)
{
    const SegmentMatching &matching = report.matching;
    out.beginObject();
    out.key("matched_to").value(report.matchedTo);
    out.key("basis").value(matching.basis == MatchingBasis::MemberOverlap ? "overlap" : "centroids");
    out.key("common_customers").value(matching.commonCustomers);
    out.key("kept").beginArray();
    for (const KeptSegment &kept : matching.kept) {
        out.beginObject();
        out.key("number").value(kept.current + 1);
        out.key("name").value(nameAt(report.names, kept.current));
        out.key("previous_number").value(kept.previous + 1);
        out.key("overlap_share").value(kept.overlapShare);
        out.key("jaccard").value(kept.jaccard);
        out.key("centroid_distance").value(kept.centroidDistance);
        out.endObject();
    }
    out.endArray();
    out.key("split").beginArray();
    for (const SegmentSplit &split : matching.splits) {
        out.beginObject();
        out.key("previous").value(nameAt(report.previousNames, split.previous));
        out.key("into");
        nameArray(out, report.names, split.current);
        out.endObject();
    }
    out.endArray();
    out.key("merged").beginArray();
    for (const SegmentMerge &merge : matching.merges) {
        out.beginObject();
        out.key("previous");
        nameArray(out, report.previousNames, merge.previous);
        out.key("into").value(nameAt(report.names, merge.current));
        out.endObject();
    }
    out.endArray();
    out.key("appeared");
    nameArray(out, report.names, matching.appeared);
    out.key("vanished");
    nameArray(out, report.previousNames, matching.vanished);
    out.key("sentences").stringArray(report.sentences);
    out.endObject();
}

int runAssign(const CommandLine &args)
{
    const bool json = args.has("json");
    if (!args.has("project") || !args.has("segmentation")) {
        return usage("assign needs --project and --segmentation");
    }
    auto session = Session::openProject(args.value("project"));
    if (!session) {
        return fail(session.error(), json);
    }
    TerminalProgress progress;
    auto result = session.value().assignToSegmentation(args.value("segmentation"), progress);
    if (!result) {
        return fail(result.error(), json);
    }
    auto segments = session.value().segments(result->segmentation);
    if (!segments) {
        return fail(segments.error(), json);
    }
    const AssignmentReport &report = result.value();
    if (json) {
        JsonWriter out;
        out.beginObject();
        out.key("segmentation").value(report.segmentation);
        out.key("assigned").value(report.assignedCount);
        out.key("already_members").value(report.alreadyMemberCount);
        out.key("segments").beginArray();
        for (const SegmentInfo &segment : segments.value()) {
            out.beginObject();
            out.key("number").value(segment.index + 1);
            out.key("name").value(segment.name);
            out.key("assigned").value(report.segmentCounts.at(static_cast<std::size_t>(segment.index)));
            out.key("size").value(segment.size);
            out.endObject();
        }
        out.endArray();
        out.key("skipped_count").value(report.skippedCount);
        out.key("skipped").beginArray();
        for (const UnassignedCustomer &skipped : report.skipped) {
            out.beginObject();
            out.key("customer").value(skipped.customerId);
            out.key("reason").value(skipped.reason);
            out.endObject();
        }
        out.endArray();
        out.endObject();
        std::cout << out.text() << '\n';
        return ExitDone;
    }
    std::cout << "Assigned " << report.assignedCount << " new customers to '" << report.segmentation << "' ("
              << report.alreadyMemberCount << " were members already, " << report.skippedCount
              << " left out):\n";
    for (const SegmentInfo &segment : segments.value()) {
        std::cout << "  " << segment.name << ": +"
                  << report.segmentCounts.at(static_cast<std::size_t>(segment.index)) << " (now "
                  << segment.size << ")\n";
    }
    for (const UnassignedCustomer &skipped : report.skipped) {
        std::cout << "  left out " << skipped.customerId << ": " << skipped.reason << '\n';
    }
    return ExitDone;
}

} // namespace segmenta::cli
