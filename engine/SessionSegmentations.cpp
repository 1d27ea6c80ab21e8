// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// Session: renaming, duplicating and deleting segmentations; naming, colouring and annotating segments.
#include "Session.h"
#include "SessionGuard.h"
#include "store/Database.h"
#include "store/ProjectStore.h"

#include <algorithm>
#include <cctype>

namespace segmenta::engine {

namespace {

std::string trimmed(const std::string &text)
{
    const auto isSpace = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    const auto first = std::find_if_not(text.begin(), text.end(), isSpace);
    const auto last = std::find_if_not(text.rbegin(), text.rend(), isSpace).base();
    return first < last ? std::string(first, last) : std::string();
}

bool isHexColor(const std::string &color)
{
    return color.size() == 7 && color[0] == '#' && std::all_of(color.begin() + 1, color.end(), [](char c) {
        return std::isxdigit(static_cast<unsigned char>(c)) != 0;
    });
}

/// Finds the segmentation or says which name is unknown.
Result<SegmentationInfo> existing(store::ProjectStore &project, const std::string &name)
{
    if (name.empty()) {
        return makeError(ErrorCode::UnknownSegmentation, {name});
    }
    auto found = project.findSegmentation(name);
    if (!found) {
        return makeError(ErrorCode::UnknownSegmentation, {name});
    }
    return found.value();
}

/// Checks a new segmentation name: not empty, not taken (by another segmentation than @p self).
Status checkNewName(store::ProjectStore &project, const std::string &newName, std::int64_t self)
{
    if (newName.empty()) {
        return makeError(ErrorCode::InvalidParameter, {"name", "", "a non-empty name"});
    }
    if (auto taken = project.findSegmentation(newName); taken && taken->id != self) {
        return makeError(ErrorCode::SegmentationExists, {newName});
    }
    return {};
}

Status checkSegment(const SegmentationInfo &segmentation, int segment)
{
    if (segment < 0 || segment >= segmentation.segmentCount) {
        return makeError(ErrorCode::InvalidParameter,
            {"segment", std::to_string(segment + 1), "1.." + std::to_string(segmentation.segmentCount)});
    }
    return {};
}

} // namespace

Result<MembershipProbabilities> Session::membershipProbabilities(const std::string &name) const
{
    return guarded<MembershipProbabilities>(m_path, [&]() -> Result<MembershipProbabilities> {
        store::ProjectStore project(*m_database);
        auto found = project.findSegmentation(name);
        if (!found) {
            return makeError(ErrorCode::UnknownSegmentation, {name});
        }
        return project.membershipProbabilities(*found);
    });
}

Status Session::renameSegmentation(const std::string &name, const std::string &newName)
{
    return guarded<void>(m_path, [&]() -> Status {
        const std::string wanted = trimmed(newName);
        store::Transaction transaction(*m_database);
        store::ProjectStore project(*m_database);
        auto segmentation = existing(project, name);
        if (!segmentation) {
            return segmentation.error();
        }
        if (auto ok = checkNewName(project, wanted, segmentation->id); !ok) {
            return ok.error();
        }
        project.renameSegmentation(segmentation->id, wanted);
        transaction.commit();
        return {};
    });
}

Result<SegmentationInfo> Session::duplicateSegmentation(const std::string &name, const std::string &newName)
{
    return guarded<SegmentationInfo>(m_path, [&]() -> Result<SegmentationInfo> {
        const std::string wanted = trimmed(newName);
        store::Transaction transaction(*m_database);
        store::ProjectStore project(*m_database);
        auto segmentation = existing(project, name);
        if (!segmentation) {
            return segmentation.error();
        }
        if (auto ok = checkNewName(project, wanted, 0); !ok) {
            return ok.error();
        }
        project.duplicateSegmentation(segmentation->id, wanted);
        auto copy = project.findSegmentation(wanted);
        transaction.commit();
        return *copy;
    });
}

Status Session::deleteSegmentation(const std::string &name)
{
    return guarded<void>(m_path, [&]() -> Status {
        store::Transaction transaction(*m_database);
        store::ProjectStore project(*m_database);
        auto segmentation = existing(project, name);
        if (!segmentation) {
            return segmentation.error();
        }
        project.deleteSegmentation(segmentation->id);
        transaction.commit();
        return {};
    });
}

namespace {

/// One segment edit in one transaction: finds the segmentation and checks the segment, then lets `edit`
/// check its value and write (an Error from `edit` rolls everything back).
template<typename Edit>
Status editSegmentOf(store::Database &database, const std::string &path, const std::string &segmentation,
    int segment, Edit &&edit)
{
    return guarded<void>(path, [&]() -> Status {
        store::Transaction transaction(database);
        store::ProjectStore project(database);
        auto found = existing(project, segmentation);
        if (!found) {
            return found.error();
        }
        if (auto ok = checkSegment(found.value(), segment); !ok) {
            return ok.error();
        }
        if (Status edited = edit(project, found.value()); !edited) {
            return edited;
        }
        transaction.commit();
        return {};
    });
}

} // namespace

Status Session::renameSegment(const std::string &segmentation, int segment, const std::string &newName)
{
    const std::string wanted = trimmed(newName);
    return editSegmentOf(*m_database, m_path, segmentation, segment,
        [&](store::ProjectStore &project, const SegmentationInfo &found) -> Status {
            if (wanted.empty()) {
                return makeError(ErrorCode::InvalidParameter, {"segment name", "", "a non-empty name"});
            }
            for (const SegmentInfo &other : project.segments(found)) {
                if (other.index != segment && other.name == wanted) {
                    return makeError(ErrorCode::InvalidParameter,
                        {"segment name", wanted, "a name no other segment of this segmentation has"});
                }
            }
            project.setSegmentName(found.id, segment, wanted);
            return {};
        });
}

Status Session::setSegmentColor(const std::string &segmentation, int segment, const std::string &color)
{
    if (!color.empty() && !isHexColor(color)) {
        return makeError(ErrorCode::InvalidParameter, {"colour", color, "#rrggbb, or empty for the default"});
    }
    return editSegmentOf(*m_database, m_path, segmentation, segment,
        [&](store::ProjectStore &project, const SegmentationInfo &found) -> Status {
            project.setSegmentColor(found.id, segment, color);
            return {};
        });
}

Status Session::setSegmentNotes(const std::string &segmentation, int segment, const std::string &notes)
{
    return editSegmentOf(*m_database, m_path, segmentation, segment,
        [&](store::ProjectStore &project, const SegmentationInfo &found) -> Status {
            project.setSegmentNotes(found.id, segment, notes);
            return {};
        });
}

} // namespace segmenta::engine
