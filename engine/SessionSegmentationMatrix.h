// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// Internal to the Session implementation files: the matrix a stored segmentation was made from, rebuilt
// from the project (runProjection, segmentationSilhouette, pcaSpectrum).
#pragma once

#include "Session.h"
#include "core/Matrix.h"
#include "store/ProjectStore.h"

#include <cstdint>
#include <string>
#include <vector>

namespace segmenta::engine::detail {

/// A stored segmentation's criteria in the units it was clustered in.
struct SegmentationMatrix
{
    /// 0-based customer rows of scaled's rows, ascending. From a criteria set: the segmentation's members the
    /// set keeps; from plain columns: every customer with a value in each column (members and, after a later
    /// import, customers not assigned yet).
    std::vector<std::int64_t> customerRows;
    Matrix scaled; ///< one row per customerRows entry
    /// Members the criteria set leaves out (a missing value under "drop customer"); 0 for plain columns.
    std::int64_t leftOutCount = 0;
};

/// Rebuilds the matrix of @p segmentation: from a criteria set (@p criteria, else the one stored with it),
/// the set's matrix as runSegmentation builds it, restricted to the members; from plain columns, the columns
/// on their log scales, z-scored with the centres and scales stored with the segmentation (so customers
/// keep the values they were clustered on) or, for segmentations stored without them, fitted again.
/// Errors: those of the criteria set (see buildCriteriaMatrixFromJson), UnknownColumn, NonNumericColumn,
/// InvalidParameter (no columns), Cancelled.
Result<SegmentationMatrix> segmentationMatrix(store::Database &database, store::ProjectStore &project,
    const SegmentationInfo &segmentation, const std::string &criteria, Progress &progress);

} // namespace segmenta::engine::detail
