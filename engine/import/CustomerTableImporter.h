// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

namespace segmenta::engine {

namespace store {
class Database;
}

/// Imports a customer table (one row per customer) from a delimited text file into an empty project.
/// Encoding and delimiter are detected unless the params give them, then the decimal mark from the whole
/// file (see Dialect.h); the report says which dialect was used.
/// The whole file is read, checked and typed before anything is written; the write is one transaction,
/// so any error or a cancel leaves the project file byte-identical.
/// Errors: see Session::importCustomersCsv.
Result<ImportReport> importCustomerTable(store::Database &database, const std::string &projectPath,
    const CsvImportParams &params, Progress &progress);

} // namespace segmenta::engine
