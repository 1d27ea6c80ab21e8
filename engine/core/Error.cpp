// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "core/Error.h"

#include <initializer_list>
#include <sstream>
#include <string_view>

namespace segmenta::engine {

Error makeError(ErrorCode code, std::vector<std::string> args, std::optional<Location> where)
{
    return Error {code, std::move(args), std::move(where)};
}

const char *errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Cancelled:
        return "cancelled";
    case ErrorCode::FileNotFound:
        return "file_not_found";
    case ErrorCode::FileUnreadable:
        return "file_unreadable";
    case ErrorCode::FileUnwritable:
        return "file_unwritable";
    case ErrorCode::NotAProject:
        return "not_a_project";
    case ErrorCode::ProjectFromNewerVersion:
        return "project_from_newer_version";
    case ErrorCode::ProjectAlreadyExists:
        return "project_already_exists";
    case ErrorCode::StorageFailure:
        return "storage_failure";
    case ErrorCode::EmptyFile:
        return "empty_file";
    case ErrorCode::InvalidEncoding:
        return "invalid_encoding";
    case ErrorCode::RaggedRow:
        return "ragged_row";
    case ErrorCode::UnterminatedQuote:
        return "unterminated_quote";
    case ErrorCode::DuplicateColumnName:
        return "duplicate_column_name";
    case ErrorCode::EmptyColumnName:
        return "empty_column_name";
    case ErrorCode::DuplicateCustomerId:
        return "duplicate_customer_id";
    case ErrorCode::MissingCustomerId:
        return "missing_customer_id";
    case ErrorCode::ProjectHasCustomers:
        return "project_has_customers";
    case ErrorCode::UnknownColumn:
        return "unknown_column";
    case ErrorCode::NonNumericColumn:
        return "non_numeric_column";
    case ErrorCode::TooFewCustomers:
        return "too_few_customers";
    case ErrorCode::InvalidParameter:
        return "invalid_parameter";
    case ErrorCode::UnknownSegmentation:
        return "unknown_segmentation";
    case ErrorCode::SegmentationExists:
        return "segmentation_exists";
    case ErrorCode::NoProjectOpen:
        return "no_project_open";
    case ErrorCode::UnparseableValue:
        return "unparseable_value";
    case ErrorCode::AmbiguousDateFormat:
        return "ambiguous_date_format";
    case ErrorCode::MissingColumnRole:
        return "missing_column_role";
    case ErrorCode::DuplicateImport:
        return "duplicate_import";
    case ErrorCode::NoTransactions:
        return "no_transactions";
    }
    return "unknown";
}

namespace {

std::string arg(const Error &error, std::size_t index)
{
    return index < error.args.size() ? error.args[index] : std::string("?");
}

std::string place(const Error &error)
{
    if (!error.where) {
        return {};
    }
    std::ostringstream out;
    out << error.where->file;
    if (error.where->line > 0) {
        out << ":" << error.where->line;
        if (error.where->column > 0) {
            out << ":" << error.where->column;
        }
    }
    return out.str();
}

/// Joins message parts by appending: GCC 12 warns falsely (-Wrestrict, bug 105651) on the
/// `"literal" + std::string` chains this would otherwise be.
std::string cat(std::initializer_list<std::string_view> parts)
{
    std::string text;
    for (const std::string_view part : parts) {
        text.append(part);
    }
    return text;
}

std::string sentence(const Error &error)
{
    const auto a = [&](std::size_t i) { return arg(error, i); };
    const std::int64_t line = error.where ? error.where->line : 0;
    const std::int64_t column = error.where ? error.where->column : 0;
    switch (error.code) {
    case ErrorCode::Cancelled:
        return "Cancelled; nothing was changed.";
    case ErrorCode::FileNotFound:
        return cat({"The file '", a(0), "' does not exist."});
    case ErrorCode::FileUnreadable:
        return cat({"The file '", a(0), "' cannot be read: ", a(1), "."});
    case ErrorCode::FileUnwritable:
        return cat({"The file '", a(0), "' cannot be written: ", a(1), "."});
    case ErrorCode::NotAProject:
        return cat({"'", a(0), "' is not a Segmenta project file."});
    case ErrorCode::ProjectFromNewerVersion:
        return cat({"'", a(0), "' was saved by a newer Segmenta (project format ", a(1),
            "; this version reads up to ", a(2), "). Update Segmenta to open it."});
    case ErrorCode::ProjectAlreadyExists:
        return cat({"'", a(0), "' already exists; choose another name or open it instead."});
    case ErrorCode::StorageFailure:
        return cat({"The project file '", a(0), "' could not be updated (", a(1),
            "). Nothing was changed; check free disk space and that no other program has it open."});
    case ErrorCode::EmptyFile:
        return cat({"'", a(0), "' is empty: a header row with column names is needed."});
    case ErrorCode::InvalidEncoding:
        // args[1], when present, names the encoding the file was read as (detected or chosen).
        return cat({"Line ", std::to_string(line), ", byte ", std::to_string(column), " is not valid ",
            error.args.size() > 1 ? error.args[1] : std::string("UTF-8"),
            ". Choose the file's encoding (--encoding), or save it as UTF-8 (CSV UTF-8 in Excel) and import "
            "it "
            "again."});
    case ErrorCode::RaggedRow:
        return cat({"Line ", std::to_string(line), " has ", a(1), " fields, the header has ", a(2),
            ". Check the delimiter (currently '", a(3), "') and quotes around values that contain it."});
    case ErrorCode::UnterminatedQuote:
        return cat({"The quote opened at line ", std::to_string(line), ", column ", std::to_string(column),
            " is never closed."});
    case ErrorCode::DuplicateColumnName:
        return cat({"The column name '", a(1), "' appears twice in the header (field ",
            std::to_string(column), "); rename one of them."});
    case ErrorCode::EmptyColumnName:
        return cat({"Header field ", std::to_string(column), " has no name; give every column a name."});
    case ErrorCode::DuplicateCustomerId:
        return cat({"Customer id '", a(1), "' in column '", a(2), "' appears again at line ",
            std::to_string(line), " (first at line ", a(3),
            "). A customer table has one row per customer; a file with one row per purchase is a "
            "transaction log. To keep the first row of each id and leave the repeats out (listed with "
            "their lines), import with --on-error skip."});
    case ErrorCode::MissingCustomerId:
        return cat({"Line ", std::to_string(line), " has no customer id in column '", a(1),
            "'. To leave rows without an id out (listed with their lines), import with --on-error skip."});
    case ErrorCode::ProjectHasCustomers:
        return cat({"'", a(0), "' already holds ", a(1),
            " customers. Import into a new project; adding to existing customers is not supported yet."});
    case ErrorCode::UnknownColumn:
        return cat({"There is no column named '", a(0), "'."});
    case ErrorCode::NonNumericColumn:
        return cat(
            {"Column '", a(0), "' holds ", a(1), ", not numbers; choose numeric columns to segment on."});
    case ErrorCode::TooFewCustomers:
        return cat({"Only ", a(0), " customers have values in every chosen column; at least ", a(1),
            " are needed."});
    case ErrorCode::InvalidParameter:
        return cat({"'", a(0), "' is ", a(1), ", but must be ", a(2), "."});
    case ErrorCode::UnknownSegmentation:
        return cat({"There is no segmentation named '", a(0), "'."});
    case ErrorCode::SegmentationExists:
        return cat({"A segmentation named '", a(0), "' already exists; choose another name."});
    case ErrorCode::NoProjectOpen:
        return "No project is open.";
    case ErrorCode::UnparseableValue:
        return cat({"Column '", a(1), "' holds '", a(2), "', which is not a ", a(3),
            ". Fix the value, or choose --on-error skip (leave the row out) or missing (keep it without "
            "this value)."});
    case ErrorCode::AmbiguousDateFormat:
        return cat({"The dates in column '", a(1), "' (such as '", a(2),
            "') read both day-first and month-first. Say which with --date-format DD/MM/YYYY or "
            "MM/DD/YYYY."});
    case ErrorCode::MissingColumnRole:
        return cat({"No column of '", a(0), "' was recognised as the ", a(1), "; name it with ", a(2), "."});
    case ErrorCode::DuplicateImport:
        return cat({"'", a(0), "' was already imported on ", a(2),
            " (same content). Nothing was added; import a newer export to add its new rows."});
    case ErrorCode::NoTransactions:
        return cat({"'", a(0),
            "' holds no transactions. Import a transaction log first (segmenta-cli import --kind "
            "transactions)."});
    }
    (void)column;
    return "Unknown error.";
}

} // namespace

std::string describe(const Error &error)
{
    const std::string where = place(error);
    return where.empty() ? sentence(error) : where + ": " + sentence(error);
}

} // namespace segmenta::engine
