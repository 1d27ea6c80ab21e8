// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "segments/detail/SegmentIdentity.h"

#include "core/Assert.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <variant>

namespace segmenta::engine::detail {

namespace {

/// Skipped customers listed in the report; all are counted.
constexpr std::size_t listedSkippedLimit = 100;
/// Rows between progress reports while assigning.
constexpr std::int64_t progressInterval = 4096;

std::string lowerCase(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
        [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); });
    return text;
}

std::optional<double> numberOf(const CellValue &value)
{
    if (const auto *integer = std::get_if<std::int64_t>(&value)) {
        return static_cast<double>(*integer);
    }
    if (const auto *real = std::get_if<double>(&value); real != nullptr && std::isfinite(*real)) {
        return *real;
    }
    return std::nullopt;
}

} // namespace

SegmentMatchReport carryOverSegments(store::ProjectStore &project, const SegmentationInfo &previous,
    const std::vector<std::string> &columns, const Matrix &values, const std::vector<std::int64_t> &rows,
    const IndexVector &labels, std::vector<SegmentInfo> &segments)
{
    const std::vector<SegmentInfo> before = project.segments(previous);
    const auto kOld = static_cast<int>(before.size());
    const auto kNew = static_cast<int>(segments.size());

    SegmentMembership old;
    old.segmentCount = kOld;
    const std::vector<int> oldSegments = project.memberSegments(previous.id, project.customerCount());
    for (std::size_t row = 0; row < oldSegments.size(); ++row) {
        if (oldSegments[row] >= 0 && oldSegments[row] < kOld) {
            old.customers.push_back(static_cast<std::int64_t>(row));
            old.segments.push_back(oldSegments[row]);
        }
    }
    SegmentMembership now;
    now.segmentCount = kNew;
    now.customers = rows;
    now.segments.assign(labels.data(), labels.data() + labels.size());

    // Centres are comparable when both runs used the same columns; each column is measured in standard
    // deviations so that one in thousands does not decide alone.
    const auto hasWidth
        = [&](const SegmentInfo &segment) { return segment.centroid.size() == columns.size(); };
    if (previous.columns == columns && !columns.empty() && values.rows() > 1
        && values.cols() == static_cast<Eigen::Index>(columns.size())
        && std::all_of(before.begin(), before.end(), hasWidth)
        && std::all_of(segments.begin(), segments.end(), hasWidth)) {
        const auto width = static_cast<Eigen::Index>(columns.size());
        const RowVector mean = values.colwise().mean();
        RowVector spread = ((values.rowwise() - mean).array().square().colwise().sum()
            / static_cast<double>(values.rows()))
                               .sqrt()
                               .matrix();
        for (Eigen::Index c = 0; c < width; ++c) {
            if (!(spread(c) > 0.0)) {
                spread(c) = 1.0;
            }
        }
        old.centroids.resize(kOld, width);
        now.centroids.resize(kNew, width);
        for (int s = 0; s < kOld; ++s) {
            for (Eigen::Index c = 0; c < width; ++c) {
                old.centroids(s, c)
                    = before[static_cast<std::size_t>(s)].centroid[static_cast<std::size_t>(c)] / spread(c);
            }
        }
        for (int s = 0; s < kNew; ++s) {
            for (Eigen::Index c = 0; c < width; ++c) {
                now.centroids(s, c)
                    = segments[static_cast<std::size_t>(s)].centroid[static_cast<std::size_t>(c)] / spread(c);
            }
        }
    }

    SegmentMatchReport report;
    report.matchedTo = previous.name;
    report.matching = matchSegments(old, now);
    std::set<std::string> usedNames;
    std::set<std::string> usedColours;
    for (int j = 0; j < kNew; ++j) {
        const int i = report.matching.predecessor[static_cast<std::size_t>(j)];
        if (i < 0) {
            continue;
        }
        const SegmentInfo &from = before[static_cast<std::size_t>(i)];
        SegmentInfo &to = segments[static_cast<std::size_t>(j)];
        to.name = from.name;
        to.color = from.color.empty() ? segmentPaletteColour(from.index) : from.color;
        to.notes = from.notes;
        to.predecessor = i;
        usedNames.insert(to.name);
        usedColours.insert(lowerCase(to.color));
    }
    int nextNumber = 1;
    std::size_t nextColour = 0;
    for (int j = 0; j < kNew; ++j) {
        SegmentInfo &segment = segments[static_cast<std::size_t>(j)];
        if (segment.predecessor >= 0) {
            continue;
        }
        while (usedNames.count("Segment " + std::to_string(nextNumber)) > 0) {
            ++nextNumber;
        }
        segment.name = "Segment " + std::to_string(nextNumber++);
        usedNames.insert(segment.name);
        while (nextColour < segmentPaletteColours.size()
            && usedColours.count(segmentPaletteColours[nextColour]) > 0) {
            ++nextColour;
        }
        // Past the palette, the app tells segments apart by marker shape: the index's colour will do.
        segment.color = nextColour < segmentPaletteColours.size() ? segmentPaletteColours[nextColour++]
                                                                  : segmentPaletteColour(j);
        usedColours.insert(segment.color);
        segment.notes.clear();
    }
    for (const SegmentInfo &segment : before) {
        report.previousNames.push_back(segment.name);
    }
    for (const SegmentInfo &segment : segments) {
        report.names.push_back(segment.name);
    }
    report.sentences = describeMatching(report.matching, report.previousNames, report.names);
    return report;
}

void keepScaling(store::ProjectStore::NewSegmentation &saved, const RowVector &mean, const RowVector &scale,
    const Matrix &scaledCentroids)
{
    SEGMENTA_ASSERT(mean.size() == scale.size() && scaledCentroids.cols() == mean.size(),
        "one centre and scale per column");
    saved.columnCenters.assign(mean.data(), mean.data() + mean.size());
    saved.columnScales.assign(scale.data(), scale.data() + scale.size());
    saved.scaledCentroids = scaledCentroids;
}

Result<AssignmentReport> assignNewCustomers(
    store::ProjectStore &project, const std::string &name, Progress &progress)
{
    const auto info = project.findSegmentation(name);
    if (!info || name.empty()) {
        return makeError(ErrorCode::UnknownSegmentation, {name});
    }
    const std::string allowed
        = "a k-means or hierarchical segmentation on columns, stored with its scaling (segmentations made by "
          "this version; re-run an older one with segment --match-to to keep its names)";
    if (!info->isAssignable) {
        return makeError(
            ErrorCode::InvalidParameter, {"segmentation", "'" + name + "' (" + info->method + ")", allowed});
    }
    const auto scaling = project.segmentationScaling(info->id, info->segmentCount);
    if (!scaling) {
        return makeError(
            ErrorCode::InvalidParameter, {"segmentation", "'" + name + "' (" + info->method + ")", allowed});
    }
    const auto stored = project.columns();
    std::vector<std::size_t> positions; // of each criterion among the customer columns
    for (const std::string &column : info->columns) {
        const auto found = std::find_if(stored.begin(), stored.end(),
            [&](const store::StoredColumn &c) { return c.info.name == column; });
        if (found == stored.end()) {
            return makeError(ErrorCode::UnknownColumn, {column});
        }
        positions.push_back(static_cast<std::size_t>(found - stored.begin()));
    }

    progress.setStage("assign.read");
    const std::int64_t customerCount = project.customerCount();
    const std::vector<int> members = project.memberSegments(info->id, customerCount);
    AssignmentReport report;
    report.segmentation = info->name;
    report.segmentCounts.assign(static_cast<std::size_t>(info->segmentCount), 0);
    std::vector<std::int64_t> newRows;
    std::vector<int> newSegments;
    const auto width = static_cast<Eigen::Index>(positions.size());
    RowVector point(width);
    project.forEachCustomer(
        [&](std::int64_t row, const std::string &key, const std::vector<CellValue> &values) {
            if (row % progressInterval == 0 && customerCount > 0) {
                progress.setFraction(static_cast<double>(row) / static_cast<double>(customerCount));
            }
            if (row >= 0 && row < customerCount && members[static_cast<std::size_t>(row)] >= 0) {
                ++report.alreadyMemberCount;
                return;
            }
            for (Eigen::Index c = 0; c < width; ++c) {
                const auto number = numberOf(values[positions[static_cast<std::size_t>(c)]]);
                if (!number) {
                    ++report.skippedCount;
                    if (report.skipped.size() < listedSkippedLimit) {
                        report.skipped.push_back(
                            {key, "no value in '" + info->columns[static_cast<std::size_t>(c)] + "'"});
                    }
                    return;
                }
                const auto column = static_cast<std::size_t>(c);
                // The same steps as the segmentation took: log scale (sign-preserving), then the stored
                // z-score.
                const double value = scaling->transforms[column] == "log1p"
                    ? std::copysign(std::log1p(std::abs(*number)), *number)
                    : *number;
                point(c) = (value - scaling->centers[column]) / scaling->scales[column];
            }
            Eigen::Index nearest = 0;
            (scaling->scaledCentroids.rowwise() - point).rowwise().squaredNorm().minCoeff(&nearest);
            newRows.push_back(row);
            newSegments.push_back(static_cast<int>(nearest));
            ++report.segmentCounts[static_cast<std::size_t>(nearest)];
        });
    if (progress.isCancelRequested()) {
        return makeError(ErrorCode::Cancelled);
    }
    progress.setStage("assign.save");
    project.addMembers(info->id, newRows, newSegments);
    report.assignedCount = static_cast<std::int64_t>(newRows.size());
    progress.setFraction(1.0);
    return report;
}

} // namespace segmenta::engine::detail
