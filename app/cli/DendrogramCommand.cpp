// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// segmenta-cli dendrogram (a hierarchical segmentation's stored merge tree) and recut (cut it again at a k or
// a height into a new segmentation, nothing re-fitted).
#include "CliSupport.h"
#include "Commands.h"

#include <charconv>
#include <chrono>
#include <iostream>
#include <optional>

namespace segmenta::cli {

using namespace segmenta::engine;

namespace {

/// A number written with a decimal point whatever the locale; nothing when malformed.
std::optional<double> parseNumber(const std::string &text)
{
    double value = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

/// The error a command reports for a segmentation without a tree: the tree's own plain-words reason.
Error noTreeError(const SegmentationTree &tree)
{
    return makeError(ErrorCode::InvalidParameter,
        {"segmentation", "'" + tree.segmentation + "' (" + tree.method + ")",
            "a hierarchical segmentation stored with its merge tree: " + tree.message});
}

/// Merges printed in the text output: the last ones, where the segments are decided.
constexpr std::size_t shownMerges = 15;

} // namespace

int runDendrogram(const CommandLine &args)
{
    const bool json = args.has("json");
    if (!args.has("project") || !args.has("segmentation")) {
        return usage("dendrogram needs --project and --segmentation");
    }
    auto session = Session::openProject(args.value("project"));
    if (!session) {
        return fail(session.error(), json);
    }
    auto tree = session.value().segmentationTree(args.value("segmentation"));
    if (!tree) {
        return fail(tree.error(), json);
    }
    if (!tree->dendrogram) {
        return fail(noTreeError(tree.value()), json);
    }
    const Dendrogram &dendrogram = *tree->dendrogram;
    if (json) {
        JsonWriter out;
        out.beginObject();
        out.key("segmentation").value(tree->segmentation);
        out.key("method").value(tree->method);
        out.key("k").value(tree->segmentCount);
        out.key("leaf_kind").value(tree->leavesAreMicroClusters ? "micro_clusters" : "customers");
        out.key("leaves").value(static_cast<std::int64_t>(dendrogram.leafCount()));
        out.key("customers").value(tree->customerCount);
        out.key("merges").beginArray();
        for (const Merge &merge : dendrogram.merges) {
            out.beginObject();
            out.key("left").value(merge.left);
            out.key("right").value(merge.right);
            out.key("height").value(merge.height);
            out.key("size").value(merge.size);
            out.endObject();
        }
        out.endArray();
        if (tree->leavesAreMicroClusters) {
            out.key("leaf_sizes").beginArray();
            for (const std::int64_t size : dendrogram.leafSizes) {
                out.value(size);
            }
            out.endArray();
        }
        out.endObject();
        std::cout << out.text() << '\n';
        return ExitDone;
    }
    std::cout << "Dendrogram of '" << tree->segmentation << "' (" << tree->method << ", "
              << tree->customerCount << " customers in " << dendrogram.leafCount()
              << (tree->leavesAreMicroClusters ? " micro-clusters" : " leaves") << ", cut into "
              << tree->segmentCount << " segments)\n";
    std::cout << "The last merges (segments left after each, height):\n";
    const std::size_t count = dendrogram.merges.size();
    for (std::size_t i = count > shownMerges ? count - shownMerges : 0; i < count; ++i) {
        const Merge &merge = dendrogram.merges[i];
        std::cout << "  " << (count - i) << " segments above height " << merge.height << ": clusters "
                  << merge.left << " + " << merge.right << " (" << merge.size << " customers)\n";
    }
    return ExitDone;
}

int runRecut(const CommandLine &args)
{
    const bool json = args.has("json");
    if (!args.has("project") || !args.has("segmentation") || args.has("k") == args.has("height")) {
        return usage("recut needs --project, --segmentation and one of --k or --height");
    }
    RecutParams params;
    params.segmentation = args.value("segmentation");
    params.name = args.value("name");
    if (args.has("name") && params.name.empty()) {
        return usage("--name takes a non-empty name");
    }
    if (args.has("k")) {
        bool ok = true;
        params.segmentCount = parseInt(args, "k", 0, ok);
        if (!ok) {
            return usage("--k takes a whole number");
        }
    } else {
        params.height = parseNumber(args.value("height"));
        if (!params.height) {
            return usage("--height takes a number, e.g. 2.5");
        }
    }
    auto session = Session::openProject(args.value("project"));
    if (!session) {
        return fail(session.error(), json);
    }
    TerminalProgress progress;
    const auto started = std::chrono::steady_clock::now();
    auto result = session.value().recutSegmentation(params, progress);
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
        out.key("source").value(params.segmentation);
        out.key("method").value(info.method);
        out.key("k").value(info.segmentCount);
        if (params.height) {
            out.key("height").value(*params.height);
        }
        out.key("columns").stringArray(info.columns);
        out.key("members").value(info.memberCount);
        out.key("inertia").value(info.inertia);
        out.key("seconds").value(seconds);
        out.key("segments");
        writeSegments(out, segments.value());
        if (info.matching) {
            out.key("matching");
            writeMatching(out, *info.matching);
        }
        out.endObject();
        std::cout << out.text() << '\n';
        return ExitDone;
    }
    std::cout << "Segmentation '" << info.name << "': '" << params.segmentation << "' cut again into "
              << info.segmentCount << " segments, " << info.memberCount << " customers (sizes";
    for (const SegmentInfo &segment : segments.value()) {
        std::cout << ' ' << segment.size;
    }
    std::cout << ")\n";
    if (info.matching) {
        for (const std::string &sentence : info.matching->sentences) {
            std::cout << "  " << sentence << '\n';
        }
    }
    return ExitDone;
}

} // namespace segmenta::cli
