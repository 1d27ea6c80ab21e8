// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace segmenta::engine {

/// Everything a user can cause. Each code documents its message arguments (args[0], args[1], …),
/// so the engine's English describe() and the UI's translated ErrorPresenter render the same data.
enum class ErrorCode
{
    Cancelled, ///< the user cancelled; no args
    FileNotFound, ///< args: path
    FileUnreadable, ///< args: path, system reason
    FileUnwritable, ///< args: path, system reason
    NotAProject, ///< args: path — the file is not a Segmenta project (or not SQLite at all)
    ProjectFromNewerVersion, ///< args: path, file schema version, newest version this build knows
    ProjectAlreadyExists, ///< args: path
    StorageFailure, ///< args: path, SQLite message — disk full, locked, corrupt
    EmptyFile, ///< args: path — no header row
    InvalidEncoding, ///< args: path, encoding name (may be absent: UTF-8); where: line and byte column
    RaggedRow, ///< args: path, fields found, fields expected, delimiter; where: line, column
    UnterminatedQuote, ///< args: path; where: line and column of the opening quote
    DuplicateColumnName, ///< args: path, column name; where: line 1, column (field number)
    EmptyColumnName, ///< args: path; where: line 1, column (field number)
    DuplicateCustomerId, ///< args: path, id, column name, first line; where: line, column
    MissingCustomerId, ///< args: path, column name; where: line, column
    ProjectHasCustomers, ///< args: path, existing customer count
    UnknownColumn, ///< args: column name
    NonNumericColumn, ///< args: column name, its type
    TooFewCustomers, ///< args: usable customers, needed
    /// args: parameter name, value, allowed range (English); for a formula also a problem key and its
    /// detail (CriteriaExpression.h lists them), so that the UI can say it in the user's language
    InvalidParameter,
    UnknownSegmentation, ///< args: name
    SegmentationExists, ///< args: name
    NoProjectOpen, ///< no args
    UnparseableValue, ///< args: path, column name, value, expected ("date" or "number"); where: line, column
    AmbiguousDateFormat, ///< args: path, column name, an example value that reads both ways
    MissingColumnRole, ///< args: path, role ("customer id", "date", "amount"), the CLI option that names it
    DuplicateImport, ///< args: path, SHA-256, when the same file was imported before
    NoTransactions, ///< args: path — the project holds no transactions (a transaction log is needed)
};

/// A place in an input file; line and column are 1-based, 0 means "not known".
struct Location
{
    std::string file;
    std::int64_t line = 0;
    std::int64_t column = 0;
};

/// A user-caused failure, as data: a code, the message arguments and, when known, the place.
struct Error
{
    ErrorCode code = ErrorCode::StorageFailure;
    std::vector<std::string> args;
    std::optional<Location> where;
};

/// Builds an Error from a code and its arguments (converted with std::to_string where numeric).
Error makeError(ErrorCode code, std::vector<std::string> args = {}, std::optional<Location> where = {});

/// Stable machine name of a code, e.g. "ragged_row"; used in the CLI's --json output.
const char *errorCodeName(ErrorCode code);

/// One English sentence (or two) saying what is wrong, where, and how to fix it.
std::string describe(const Error &error);

} // namespace segmenta::engine
