// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "export/TableWriter.h"

#include <string>
#include <vector>

namespace segmenta::engine {

/// What Session::exportMembers writes: the customers of a segmentation (or of one of its segments), with
/// the chosen columns, as CSV or Excel.
struct MemberExportParams
{
    std::string segmentation; ///< the segmentation's name; empty: the newest
    std::string outPath; ///< the file to write; replaced if it exists
    TableFormat format = TableFormat::Csv;
    /// Column headers as Session::memberExportColumns lists them, in the order wanted; each at most once.
    /// Empty: all of them, in their order. A header shared by two columns names the first.
    std::vector<std::string> columns;
    /// 0-based segment index: only that segment's members; -1: every customer (those without a segment
    /// with empty segment fields).
    int segment = -1;
};

} // namespace segmenta::engine
