// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

namespace segmenta::engine {

namespace store {
class Database;
}

/// Imports a transaction log (one row per order line) and derives the customer features from every
/// transaction in the project (see computeCustomerFeatures). All of it is one SQLite transaction.
///
/// Reading: encoding and delimiter as for customer tables; then a first pass over the whole file decides the
/// date format (the one under which the fewest values fail; day-first and month-first reading the same
/// dates differently is AmbiguousDateFormat unless params.dateFormat says) and the decimal mark of the
/// numeric role columns (fewest failures; a tie goes to comma for ';' files, else dot). The second pass
/// reads the rows; a row with a problem (wrong field count, no customer id, a value that does not parse)
/// is handled as params.onError says.
///
/// Appending: a file whose SHA-256 was imported before is refused (DuplicateImport). Rows of orders that
/// earlier imports already hold are left out and counted (rowsAlreadyImported); without an order column, rows
/// equal to a stored row in every field are.
///
/// Customers: transactions join the customer table on the id (compared after trimming spaces); ids not yet
/// in the project become new customers with the file's other columns missing. Customers without
/// transactions stay, with frequency 0.
/// Errors: see Session::importTransactionsCsv.
Result<TransactionImportReport> importTransactionLog(store::Database &database,
    const std::string &projectPath, const TransactionImportParams &params, Progress &progress);

/// The role importTransactionLog gives each column of `header` when the params name no column: per column
/// "customer_id", "order_id", "date", "amount", "quantity", "unit_price", "category", "channel", or empty.
/// (A price column has no role when there is an amount column.)
std::vector<std::string> suggestTransactionRoles(const std::vector<std::string> &header);

} // namespace segmenta::engine
