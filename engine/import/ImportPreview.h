// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Error.h"
#include "core/Progress.h"
#include "core/Result.h"
#include "core/Value.h"
#include "import/DateParsing.h"
#include "import/Dialect.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace segmenta::engine {

/// What a file holds: one row per customer, or one row per order line.
enum class ImportKind
{
    Customers, ///< a customer table (Session::importCustomersCsv)
    Transactions, ///< a transaction log (Session::importTransactionsCsv)
};

/// Stable lower-case name: "customers", "transactions".
const char *importKindName(ImportKind kind);

/// What a column's values are, judged on the whole file; finer than the stored ColumnType. The same kinds a
/// customer table import stores (customer_columns.value_kind), so the preview's choice is the import's.
using InferredType = ValueKind;

/// Stable lower-case name: "integer", "decimal", "date", "datetime", "boolean", "categorical", "text",
/// "identifier" (valueKindName).
const char *inferredTypeName(InferredType type);

/// Reading a file to show it before importing it. Options left empty are detected, as the importers do.
struct ImportPreviewParams
{
    std::string filePath;
    std::optional<ImportKind> kind; ///< empty: suggested from the columns (see ImportPreview::suggestedKind)
    std::optional<char> delimiter; ///< ',', ';', '\t' or '|'; empty: sniffed
    std::string encoding; ///< as CsvImportParams::encoding; empty: detected
    DecimalMark decimalMark = DecimalMark::Auto; ///< Auto: decided from the whole file
    std::optional<DateFormat> dateFormat; ///< empty: per date column, the format most values parse in
    std::string sheet; ///< .xlsx only: the worksheet; empty: the first
    int sampleRowCount = 100; ///< data rows kept as text for the preview table, 1..10000
    /// Problems: InvalidParameter for an empty path, an unsupported delimiter or encoding, or a sample size
    /// outside its range.
    std::vector<Error> validate() const;
};

/// A value that does not read as its column's type, where it is in the file.
struct ValueExample
{
    std::int64_t line = 0; ///< 1-based line the row starts on (for .xlsx: the spreadsheet row)
    std::string value; ///< as written
};

/// A row whose field count is not the header's.
struct RaggedRowExample
{
    std::int64_t line = 0; ///< 1-based
    std::int64_t fieldCount = 0; ///< fields found
};

/// One column as the preview sees it, over the whole file.
struct PreviewColumn
{
    std::string name; ///< header text
    InferredType type = InferredType::FreeText;
    std::optional<DateFormat> dateFormat; ///< for Date and DateTime columns: the format the values are in
    /// The suggested role: "customer_id" for customer tables; for transaction logs "customer_id",
    /// "order_id", "date", "amount", "quantity", "unit_price", "category", "channel"; empty: none.
    std::string role;
    CriteriaFamily family = CriteriaFamily::Other; ///< suggested from the name (see suggestFamily)
    std::int64_t valueCount = 0; ///< non-empty values
    std::int64_t missingCount = 0; ///< empty values
    std::int64_t distinctCount = 0; ///< distinct non-empty values, counted up to 10000
    /// Values that do not read as `type`; empty customer ids too (in both kinds), and in a transaction log
    /// empty dates and amounts (a transaction needs them), listed with an empty value.
    std::int64_t unparseableCount = 0;
    std::vector<ValueExample> unparseableExamples; ///< the first 5 of them
};

/// What a file would import as, read without writing anything.
struct ImportPreview
{
    ImportKind kind = ImportKind::Customers; ///< as asked, else as suggested
    ImportKind suggestedKind = ImportKind::Customers; ///< from the columns
    DialectDetection detection; ///< the options used, and which were given, certain or guessed
    bool isWorkbook = false; ///< an .xlsx file: delimiter, encoding and decimal mark do not apply
    std::vector<std::string> sheets; ///< for a workbook: its worksheets, in tab order
    std::string sheet; ///< for a workbook: the sheet read
    bool isDateFormatAmbiguous = false; ///< a date column reads as both day-first and month-first
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> sampleRows; ///< the first data rows, fields as written
    std::vector<std::int64_t> sampleLines; ///< the line each sample row starts on
    std::int64_t rowCount = 0; ///< data rows in the file (ragged ones included)
    std::int64_t raggedRowCount = 0;
    std::vector<RaggedRowExample> raggedRows; ///< the first 5
    std::vector<PreviewColumn> columns; ///< one per header field
    /// For a customer table: rows whose customer id (compared without surrounding spaces) repeats an earlier
    /// row's. The import stops on the first, or under --on-error skip/missing keeps the first row of the id.
    std::int64_t repeatedIdCount = 0;
    std::vector<ValueExample> repeatedIdExamples; ///< the first 5: where the repeat is, and the id
    /// Rows with a problem: ragged, with a value that does not read as its column's type, or (customer
    /// tables) without an id or repeating one.
    std::int64_t rowsWithProblems = 0;
};

/// Reads the file with the given or detected options and describes it: options, header, the first rows as
/// text, each column's type (confirmed over every row), suggested role and family, and the problems an
/// import would meet. Never writes anything. Reports stage "import.read" then "import.parse"; checks for
/// cancel while parsing.
/// Errors: those of validate(); FileNotFound, FileUnreadable, EmptyFile, InvalidEncoding,
/// UnterminatedQuote, EmptyColumnName, DuplicateColumnName; Cancelled.
Result<ImportPreview> previewImportFile(const ImportPreviewParams &params, Progress &progress);

} // namespace segmenta::engine
