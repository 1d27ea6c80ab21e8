// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// Session: storing customers chosen by hand (on the map or in the customer table) as a segmentation.
#include "Session.h"
#include "SessionGuard.h"
#include "store/Database.h"
#include "store/ProjectStore.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <numbers>

namespace segmenta::engine {

namespace {

constexpr int selectedSegment = 0;
constexpr int restSegment = 1;
/// Without a map to keep: the two segments as discs this far from the centre, the larger one of this radius.
constexpr double discDistance = 1.0;
constexpr double discRadius = 0.6;

std::string trimmedText(const std::string &text)
{
    const auto isSpace = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    const auto first = std::find_if_not(text.begin(), text.end(), isSpace);
    const auto last = std::find_if_not(text.rbegin(), text.rend(), isSpace).base();
    return first < last ? std::string(first, last) : std::string();
}

/// Places member i of a segment of `size` in a disc around `centre` (a sunflower: even density), the disc's
/// area proportional to the segment's size against the `largest`.
void sunflowerPlace(
    std::int64_t k, std::int64_t size, std::int64_t largest, double centreX, double &x, double &y)
{
    const double goldenAngle = std::numbers::pi * (3.0 - std::sqrt(5.0));
    const auto n = static_cast<double>(size);
    const double radius = discRadius * std::sqrt(n / static_cast<double>(largest))
        * std::sqrt((static_cast<double>(k) + 0.5) / n);
    x = centreX + radius * std::cos(static_cast<double>(k) * goldenAngle);
    y = radius * std::sin(static_cast<double>(k) * goldenAngle);
}

} // namespace

Result<SegmentationInfo> Session::saveSelectionSegment(const SelectionSegmentParams &params)
{
    return guarded<SegmentationInfo>(m_path, [&]() -> Result<SegmentationInfo> {
        store::Transaction transaction(*m_database);
        store::ProjectStore project(*m_database);
        const std::int64_t customerCount = project.customerCount();

        if (params.customerRows.empty()) {
            return makeError(
                ErrorCode::InvalidParameter, {"customers", "none", "at least one chosen customer"});
        }
        std::vector<char> chosen(static_cast<std::size_t>(customerCount), 0);
        for (const std::int64_t row : params.customerRows) {
            if (row < 0 || row >= customerCount) {
                return makeError(ErrorCode::InvalidParameter,
                    {"customer row", std::to_string(row + 1), "1.." + std::to_string(customerCount)});
            }
            chosen[static_cast<std::size_t>(row)] = 1;
        }
        const std::string selectedName = trimmedText(params.selectedName);
        const std::string restName = trimmedText(params.restName);
        if (selectedName.empty()) {
            return makeError(ErrorCode::InvalidParameter, {"segment name", "", "a non-empty name"});
        }
        if (restName == selectedName) {
            return makeError(ErrorCode::InvalidParameter,
                {"segment name", restName, "a name the other segment does not have"});
        }
        const bool hasRest = !restName.empty();

        std::string name = trimmedText(params.name);
        if (name.empty()) {
            for (std::size_t n = 1;; ++n) {
                name = "Selection " + std::to_string(n);
                if (!project.findSegmentation(name)) {
                    break;
                }
            }
        } else if (project.findSegmentation(name)) {
            return makeError(ErrorCode::SegmentationExists, {name});
        }

        // Where each customer sits on the map the selection was made on: NaN for no place.
        constexpr double nowhere = std::numeric_limits<double>::quiet_NaN();
        std::vector<double> placeX;
        std::vector<double> placeY;
        std::vector<double> explained;
        std::string mapMethod;
        if (!params.mapFrom.empty()) {
            const auto source = project.findSegmentation(params.mapFrom);
            if (!source) {
                return makeError(ErrorCode::UnknownSegmentation, {params.mapFrom});
            }
            placeX.assign(static_cast<std::size_t>(customerCount), nowhere);
            placeY.assign(static_cast<std::size_t>(customerCount), nowhere);
            for (const MapPoint &point : project.mapPoints(source->id, explained, &mapMethod)) {
                if (point.customerRow >= 0 && point.customerRow < customerCount) {
                    placeX[static_cast<std::size_t>(point.customerRow)] = point.x;
                    placeY[static_cast<std::size_t>(point.customerRow)] = point.y;
                }
            }
        }

        store::ProjectStore::NewSegmentation saved;
        saved.info.name = name;
        saved.info.method = "manual";
        saved.info.segmentCount = hasRest ? 2 : 1;
        saved.scaling = "none";
        std::vector<std::int64_t> sizes(hasRest ? 2 : 1, 0);
        for (std::int64_t row = 0; row < customerCount; ++row) {
            const bool isChosen = chosen[static_cast<std::size_t>(row)] != 0;
            if (!isChosen && !hasRest) {
                continue;
            }
            const int segment = isChosen ? selectedSegment : restSegment;
            saved.memberRows.push_back(row);
            saved.memberSegments.push_back(segment);
            ++sizes[static_cast<std::size_t>(segment)];
        }
        saved.info.memberCount = static_cast<std::int64_t>(saved.memberRows.size());
        for (std::size_t s = 0; s < sizes.size(); ++s) {
            SegmentInfo segment;
            segment.index = static_cast<int>(s);
            segment.name = s == selectedSegment ? selectedName : restName;
            segment.size = sizes[s];
            segment.share = static_cast<double>(sizes[s]) / static_cast<double>(saved.info.memberCount);
            saved.segments.push_back(std::move(segment));
        }

        saved.mapX.reserve(saved.memberRows.size());
        saved.mapY.reserve(saved.memberRows.size());
        if (!placeX.empty()) {
            for (const std::int64_t row : saved.memberRows) {
                saved.mapX.push_back(placeX[static_cast<std::size_t>(row)]);
                saved.mapY.push_back(placeY[static_cast<std::size_t>(row)]);
            }
            saved.mapMethod = mapMethod.empty() ? std::string("pca") : mapMethod;
            saved.explainedVarianceRatio = explained;
        } else {
            // The chosen on the left, the rest on the right.
            const std::int64_t largest = *std::max_element(sizes.begin(), sizes.end());
            std::vector<std::int64_t> placed(sizes.size(), 0);
            for (const int segment : saved.memberSegments) {
                const auto s = static_cast<std::size_t>(segment);
                const double centreX
                    = hasRest ? (segment == selectedSegment ? -discDistance : discDistance) : 0.0;
                double x = 0.0;
                double y = 0.0;
                sunflowerPlace(placed[s]++, sizes[s], largest, centreX, x, y);
                saved.mapX.push_back(x);
                saved.mapY.push_back(y);
            }
            saved.mapMethod = "layout";
            saved.explainedVarianceRatio = {0.0, 0.0}; // a layout, not components of the data
        }

        SegmentationInfo info = project.saveSegmentation(saved);
        transaction.commit();
        return info;
    });
}

} // namespace segmenta::engine
