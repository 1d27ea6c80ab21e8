// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// Internal to engine/export: the two writers behind openTableWriter.
#pragma once

#include "export/TableWriter.h"

namespace segmenta::engine::detail {

Result<std::unique_ptr<TableWriter>> openCsvTableWriter(
    const std::string &path, std::vector<TableColumn> columns);
Result<std::unique_ptr<TableWriter>> openXlsxTableWriter(
    const std::string &path, std::vector<TableColumn> columns);

/// Moves the finished `path + ".part"` to `path`; removes the partial file on failure.
Status movePartialFile(const std::string &partial, const std::string &path);

} // namespace segmenta::engine::detail
