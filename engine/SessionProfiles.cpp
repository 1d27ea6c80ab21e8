// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "Session.h"

#include "store/ProjectStore.h"
#include "store/SqliteError.h"

#include <new>

namespace segmenta::engine {

namespace {

constexpr std::int64_t progressInterval = 4096; ///< customers between progress reports and cancel checks

/// Unwinds forEachCustomer when the user cancels; it never leaves profileSegments.
struct ProfileCancelled
{ };

} // namespace

Result<SegmentationProfile> Session::profileSegments(
    const std::string &name, const ProfileParams &params, Progress &progress) const
{
    if (auto problems = engine::validate(params); !problems.empty()) {
        return problems.front();
    }
    try {
        store::ProjectStore project(*m_database);
        const auto found = project.findSegmentation(name);
        if (!found) {
            return makeError(ErrorCode::UnknownSegmentation, {name});
        }
        std::vector<ProfileColumn> columns;
        for (const store::StoredColumn &column : project.columns()) {
            columns.push_back({column.info.name, column.info.type});
        }
        std::vector<std::string> names;
        const std::vector<SegmentInfo> segments = project.segments(*found);
        for (const SegmentInfo &segment : segments) {
            names.push_back(segment.name);
        }
        const std::int64_t customerCount = project.customerCount();
        const std::vector<int> members = project.memberSegments(found->id, customerCount);
        SegmentProfileBuilder builder(std::move(columns), names, params);

        progress.setStage("profile.read");
        project.forEachCustomer(
            [&](std::int64_t row, const std::string &, const std::vector<CellValue> &values) {
                if (row % progressInterval == 0) {
                    if (progress.isCancelRequested()) {
                        throw ProfileCancelled {};
                    }
                    progress.setFraction(static_cast<double>(row) / static_cast<double>(customerCount));
                }
                const auto position = static_cast<std::size_t>(row);
                const int segment = position < members.size() ? members[position] : -1;
                builder.addCustomer(segment < static_cast<int>(names.size()) ? segment : -1, values);
            });
        progress.setFraction(1.0);
        SegmentationProfile profile = builder.build();
        for (SegmentProfile &segment : profile.segments) {
            const auto index = static_cast<std::size_t>(segment.segment);
            if (index < segments.size()) {
                segment.color = segments[index].color;
                segment.notes = segments[index].notes;
            }
        }
        return profile;
    } catch (const ProfileCancelled &) {
        return makeError(ErrorCode::Cancelled);
    } catch (const store::SqliteError &error) {
        return makeError(ErrorCode::StorageFailure, {m_path, error.what()});
    } catch (const std::bad_alloc &) {
        return makeError(ErrorCode::StorageFailure, {m_path, "out of memory"});
    }
}

} // namespace segmenta::engine
