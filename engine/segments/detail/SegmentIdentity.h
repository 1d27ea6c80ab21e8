// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// Internal to the Session implementation files: carrying segment names over to a re-run, and assigning new
// customers to a stored segmentation.
#pragma once

#include "Session.h"
#include "core/Matrix.h"
#include "store/ProjectStore.h"

#include <cstdint>
#include <string>
#include <vector>

namespace segmenta::engine::detail {

/// Matches a new run's segments to the stored segmentation @p previous and gives the matched ones its
/// names, colours (explicitly, the palette's when it had none) and notes, the others fresh "Segment N"
/// names and palette colours no other segment of the run has.
/// @p segments: the run's segments by index, centroids in the columns' units (changed in place).
/// @p columns: the run's criteria; @p values and @p rows: its members' values (original units) and rows;
/// @p labels: their segments. Centres are compared (when the columns are the same) in units of each
/// column's standard deviation over the run's members.
SegmentMatchReport carryOverSegments(store::ProjectStore &project, const SegmentationInfo &previous,
    const std::vector<std::string> &columns, const Matrix &values, const std::vector<std::int64_t> &rows,
    const IndexVector &labels, std::vector<SegmentInfo> &segments);

/// Stores, with the segmentation, what assigning new customers needs: each column's z-score centre and
/// scale after its transform, and the centroids in those units.
void keepScaling(store::ProjectStore::NewSegmentation &saved, const RowVector &mean, const RowVector &scale,
    const Matrix &scaledCentroids);

/// Session::assignToSegmentation. Requires: an open transaction is the caller's.
Result<AssignmentReport> assignNewCustomers(
    store::ProjectStore &project, const std::string &name, Progress &progress);

} // namespace segmenta::engine::detail
