// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "import/ImportPreview.h"

#include "import/CsvReader.h"
#include "import/ImportSupport.h"
#include "import/TransactionImporter.h"
#include "import/ValueParsing.h"
#include "import/XlsxReader.h"

#include <algorithm>
#include <array>
#include <unordered_set>

namespace segmenta::engine {

namespace {

constexpr std::size_t progressEveryRows = 4096;
constexpr std::size_t maxExamples = 5;
constexpr std::size_t maxDistinctCounted = 10000;
constexpr int maxSampleRows = 10000;
/// A column takes a type when at least this share of its values read as it; the rest are its problems.
constexpr double typeShare = 0.9;
/// A numeric column's values that are not numbers are slips ("n/a", "bilinmiyor") when they take at most this
/// many forms; more forms make it a column of codes ("85123A", "84029G", …), which is text.
constexpr std::size_t maxSlipForms = 10;
/// Text with at most this many distinct values (and repeats) is categorical.
constexpr std::int64_t maxCategories = 50;
constexpr std::array<DateFormat, 4> dateFormats {
    DateFormat::Iso, DateFormat::DayMonthYear, DateFormat::MonthDayYear, DateFormat::Compact};

bool isBooleanWord(std::string_view value)
{
    return parseBoolean(value).has_value();
}

/// The records of the file: delimited text (decoded) or a worksheet, through the importers' readers.
class PreviewSource
{
public:
    Result<bool> next(CsvRecord &record)
    {
        return m_workbook ? m_workbook->next(record) : m_textReader->next(record);
    }
    double fraction() const
    {
        if (m_workbook) {
            return m_workbook->fraction();
        }
        return m_text.empty()
            ? 1.0
            : static_cast<double>(m_textReader->position()) / static_cast<double>(m_text.size());
    }

    std::string m_text;
    std::optional<CsvReader> m_textReader;
    std::optional<XlsxSheetReader> m_workbook;
};

/// Counts of how a column's non-empty values read, over every full-width row.
struct ColumnTally
{
    std::int64_t values = 0;
    std::int64_t missing = 0;
    std::int64_t integers = 0;
    std::int64_t reals = 0;
    std::int64_t booleans = 0;
    std::array<std::int64_t, 4> dates {}; ///< parsed under each of dateFormats
    bool hasTime = false;
    bool hasSpace = false;
    std::unordered_set<std::string> distinct;
    bool distinctCapped = false;
    std::unordered_set<std::string>
        nonNumbers; ///< distinct values that are no number, up to maxSlipForms + 1
};

bool readsAs(const PreviewColumn &column, std::string_view value, const NumberFormat &format)
{
    switch (column.type) {
    case InferredType::Integer:
        return parseInteger(value, format).has_value();
    case InferredType::Decimal:
        return parseReal(value, format).has_value();
    case InferredType::Date:
    case InferredType::DateTime:
        return parseDate(value, *column.dateFormat).has_value();
    case InferredType::Boolean:
        return isBooleanWord(value);
    case InferredType::Categorical:
    case InferredType::FreeText:
    case InferredType::Identifier:
        return true;
    }
    return true;
}

void inferType(PreviewColumn &column, const ColumnTally &tally, const std::optional<DateFormat> &dateFormat)
{
    column.valueCount = tally.values;
    column.missingCount = tally.missing;
    column.distinctCount = static_cast<std::int64_t>(tally.distinct.size());
    const auto n = static_cast<double>(tally.values);
    const auto enough
        = [n](std::int64_t count) { return n > 0 && static_cast<double>(count) >= typeShare * n; };
    const bool allDistinct
        = !tally.distinctCapped && column.distinctCount == tally.values && tally.values > 1;
    if (tally.values == 0) {
        column.type = InferredType::FreeText;
        return;
    }
    if (column.role == "customer_id" || column.role == "order_id") {
        column.type = InferredType::Identifier;
        return;
    }
    if (enough(tally.booleans) && column.distinctCount <= 4) {
        column.type = InferredType::Boolean;
        return;
    }
    std::size_t best = 0;
    for (std::size_t f = 1; f < dateFormats.size(); ++f) {
        if (tally.dates[f] > tally.dates[best]) {
            best = f;
        }
    }
    const bool compactAllowed = namesDate(column.name) || column.role == "date";
    if (enough(tally.dates[best]) && (dateFormats[best] != DateFormat::Compact || compactAllowed)) {
        column.type = tally.hasTime ? InferredType::DateTime : InferredType::Date;
        column.dateFormat = dateFormat ? *dateFormat : dateFormats[best];
        return;
    }
    if (enough(tally.reals)
        && tally.nonNumbers.size() <= maxSlipForms) { // whole numbers read as decimals too
        column.type = tally.integers == tally.reals ? InferredType::Integer : InferredType::Decimal;
        return;
    }
    if (allDistinct && !tally.hasSpace) {
        column.type = InferredType::Identifier;
    } else if (!tally.distinctCapped && column.distinctCount <= maxCategories
        && column.distinctCount * 2 <= tally.values) {
        column.type = InferredType::Categorical;
    } else {
        column.type = InferredType::FreeText;
    }
}

/// Whether the columns look like a transaction log: the roles a log needs, with customers repeating.
ImportKind suggestKind(const std::vector<PreviewColumn> &transactionColumns)
{
    const auto find = [&](std::string_view role) -> const PreviewColumn * {
        for (const PreviewColumn &column : transactionColumns) {
            if (column.role == role) {
                return &column;
            }
        }
        return nullptr;
    };
    const PreviewColumn *customer = find("customer_id");
    const bool hasMoney = find("amount") || (find("unit_price") && find("quantity"));
    const bool customersRepeat = customer && customer->distinctCount < customer->valueCount;
    return find("date") && hasMoney && (customersRepeat || !customer) ? ImportKind::Transactions
                                                                      : ImportKind::Customers;
}

} // namespace

const char *importKindName(ImportKind kind)
{
    return kind == ImportKind::Transactions ? "transactions" : "customers";
}

const char *inferredTypeName(InferredType type)
{
    return valueKindName(type);
}

std::vector<Error> ImportPreviewParams::validate() const
{
    std::vector<Error> errors;
    if (filePath.empty()) {
        errors.push_back(makeError(ErrorCode::InvalidParameter, {"file", "", "a file to read"}));
    }
    if (auto hints = dialectHints(delimiter, encoding, decimalMark); !hints) {
        errors.push_back(hints.error());
    }
    if (sampleRowCount < 1 || sampleRowCount > maxSampleRows) {
        errors.push_back(makeError(ErrorCode::InvalidParameter,
            {"sample rows", std::to_string(sampleRowCount), "1 to " + std::to_string(maxSampleRows)}));
    }
    return errors;
}

Result<ImportPreview> previewImportFile(const ImportPreviewParams &params, Progress &progress)
{
    if (auto errors = params.validate(); !errors.empty()) {
        return errors.front();
    }
    const std::string &file = params.filePath;
    const DialectHints hints = dialectHints(params.delimiter, params.encoding, params.decimalMark).value();
    progress.setStage("import.read");
    auto bytes = readWholeFile(file);
    if (!bytes) {
        return bytes.error();
    }

    ImportPreview preview;
    DialectDetection &detection = preview.detection;
    PreviewSource source;
    if (looksLikeWorkbook(file, bytes.value())) {
        std::string().swap(bytes.value());
        auto sheets = listXlsxSheets(file);
        if (!sheets) {
            return sheets.error();
        }
        for (const XlsxSheetInfo &sheet : sheets.value()) {
            preview.sheets.push_back(sheet.name);
        }
        auto workbook = XlsxSheetReader::open(file, params.sheet, progress);
        if (!workbook) {
            return workbook.error();
        }
        preview.isWorkbook = true;
        preview.sheet = workbook.value().sheet().name;
        source.m_workbook.emplace(std::move(workbook).value());
        detection.dialect = CsvDialect {};
        detection.dialect.decimalMark = DecimalMark::Dot; // cells hold numbers, written with a dot
        detection.encoding = DetectionConfidence::Certain;
        detection.delimiter = DetectionConfidence::Certain;
        detection.decimalMark = DetectionConfidence::Certain;
    } else {
        if (!params.sheet.empty()) {
            return makeError(
                ErrorCode::InvalidParameter, {"sheet", params.sheet, "only for .xlsx workbooks"});
        }
        detection.encoding = hints.encoding ? DetectionConfidence::Given
                                            : detectEncoding(bytes.value(), std::nullopt).confidence;
        auto decoded = decodeFile(std::move(bytes.value()), hints, file, detection.dialect);
        if (!decoded) {
            return decoded.error();
        }
        source.m_text = std::move(decoded).value();
        detection.delimiter
            = hints.delimiter ? DetectionConfidence::Given : detectDelimiter(source.m_text).confidence;
        source.m_textReader.emplace(source.m_text, detection.dialect.delimiter, file);
    }

    progress.setStage("import.parse");
    CsvRecord header;
    {
        auto hasHeader = source.next(header);
        if (!hasHeader) {
            return hasHeader.error();
        }
        if (!hasHeader.value()) {
            return makeError(ErrorCode::EmptyFile, {file});
        }
        std::unordered_set<std::string> seen;
        for (std::size_t i = 0; i < header.fields.size(); ++i) {
            const Location where {file, header.line, static_cast<std::int64_t>(i + 1)};
            if (trimmed(header.fields[i]).empty()) {
                return makeError(ErrorCode::EmptyColumnName, {file}, where);
            }
            if (!seen.insert(header.fields[i]).second) {
                return makeError(ErrorCode::DuplicateColumnName, {file, header.fields[i]}, where);
            }
        }
    }
    preview.header = header.fields;
    const std::size_t fieldCount = header.fields.size();

    // Every record is kept: the decimal mark and the types are decided on whole columns.
    std::vector<CsvRecord> records;
    CsvRecord record;
    while (true) {
        auto more = source.next(record);
        if (!more) {
            return more.error();
        }
        if (!more.value()) {
            break;
        }
        ++preview.rowCount;
        if (preview.sampleRows.size() < static_cast<std::size_t>(params.sampleRowCount)) {
            preview.sampleRows.push_back(record.fields);
            preview.sampleLines.push_back(record.line);
        }
        if (record.fields.size() != fieldCount) {
            ++preview.raggedRowCount;
            if (preview.raggedRows.size() < maxExamples) {
                preview.raggedRows.push_back(
                    RaggedRowExample {record.line, static_cast<std::int64_t>(record.fields.size())});
            }
            continue; // its fields cannot be matched to columns
        }
        records.push_back(std::move(record));
        if (records.size() % progressEveryRows == 0) {
            progress.setFraction(source.fraction());
            if (progress.isCancelRequested()) {
                return makeError(ErrorCode::Cancelled);
            }
        }
    }

    // Roles by name, for both kinds; the kind then picks which apply.
    const std::vector<std::string> transactionRoles = suggestTransactionRoles(header.fields);
    const auto idColumn = findColumn(header.fields, {}, customerIdHeaderNames());

    // The decimal mark, from every column but the ids (ids are text whatever they look like).
    if (!preview.isWorkbook) {
        if (hints.decimalMark != DecimalMark::Auto) {
            detection.dialect.decimalMark = hints.decimalMark;
            detection.decimalMark = DetectionConfidence::Given;
        } else {
            std::vector<std::vector<std::string_view>> columns(fieldCount);
            for (std::size_t i = 0; i < fieldCount; ++i) {
                if ((idColumn && i == *idColumn) || transactionRoles[i] == "customer_id"
                    || transactionRoles[i] == "order_id") {
                    continue;
                }
                columns[i].reserve(records.size());
                for (const CsvRecord &row : records) {
                    columns[i].push_back(row.fields[i]);
                }
            }
            const auto mark = detectDecimalMark(columns, detection.dialect.delimiter);
            detection.dialect.decimalMark = mark.value;
            detection.decimalMark = mark.confidence;
        }
    }
    detection.dialect.thousandsSeparator = detection.dialect.decimalMark == DecimalMark::Comma ? '.' : ',';
    const NumberFormat format = numberFormat(detection.dialect);

    std::vector<ColumnTally> tallies(fieldCount);
    for (std::size_t r = 0; r < records.size(); ++r) {
        const CsvRecord &row = records[r];
        for (std::size_t i = 0; i < fieldCount; ++i) {
            const std::string_view value = trimmed(row.fields[i]);
            ColumnTally &tally = tallies[i];
            if (value.empty()) {
                ++tally.missing;
                continue;
            }
            ++tally.values;
            tally.integers += parseInteger(value, format) ? 1 : 0;
            const bool isNumber = parseReal(value, format).has_value();
            tally.reals += isNumber ? 1 : 0;
            if (!isNumber && tally.nonNumbers.size() <= maxSlipForms) {
                tally.nonNumbers.emplace(value);
            }
            tally.booleans += isBooleanWord(value) ? 1 : 0;
            for (std::size_t f = 0; f < dateFormats.size(); ++f) {
                if (const auto date = parseDate(value, dateFormats[f])) {
                    ++tally.dates[f];
                    tally.hasTime = tally.hasTime || value.find(':') != std::string_view::npos;
                }
            }
            tally.hasSpace = tally.hasSpace || value.find(' ') != std::string_view::npos;
            if (tally.distinct.size() < maxDistinctCounted) {
                tally.distinct.emplace(value);
            } else if (!tally.distinct.contains(std::string(value))) {
                tally.distinctCapped = true;
            }
        }
        if ((r + 1) % progressEveryRows == 0 && progress.isCancelRequested()) {
            return makeError(ErrorCode::Cancelled);
        }
    }

    // Both kinds' columns, to suggest the kind from the transaction roles.
    std::vector<PreviewColumn> transactionColumns(fieldCount);
    for (std::size_t i = 0; i < fieldCount; ++i) {
        transactionColumns[i].name = header.fields[i];
        transactionColumns[i].role = transactionRoles[i];
        transactionColumns[i].valueCount = tallies[i].values;
        transactionColumns[i].distinctCount = static_cast<std::int64_t>(tallies[i].distinct.size());
    }
    preview.suggestedKind = suggestKind(transactionColumns);
    preview.kind = params.kind ? *params.kind : preview.suggestedKind;

    preview.columns.resize(fieldCount);
    for (std::size_t i = 0; i < fieldCount; ++i) {
        PreviewColumn &column = preview.columns[i];
        column.name = header.fields[i];
        if (preview.kind == ImportKind::Transactions) {
            column.role = transactionRoles[i];
        } else if (idColumn && i == *idColumn) {
            column.role = "customer_id";
        }
        column.family = column.role.empty() ? suggestFamily(column.name) : CriteriaFamily::Other;
        inferType(column, tallies[i], params.dateFormat);
    }
    for (std::size_t i = 0; i < fieldCount; ++i) {
        const PreviewColumn &column = preview.columns[i];
        if (column.type != InferredType::Date && column.type != InferredType::DateTime) {
            continue;
        }
        const auto dayFirst = static_cast<std::size_t>(DateFormat::DayMonthYear);
        const auto monthFirst = static_cast<std::size_t>(DateFormat::MonthDayYear);
        if (!params.dateFormat && tallies[i].dates[dayFirst] == tallies[i].dates[monthFirst]
            && tallies[i].dates[dayFirst] > 0) {
            preview.isDateFormatAmbiguous = true;
        }
    }

    // Problems: values that do not read as their column's type, with where they are.
    std::int64_t rowsWithBadValues = 0;
    const bool checksRepeatedIds = preview.kind == ImportKind::Customers && idColumn;
    std::unordered_set<std::string_view> seenIds; // views of `records`, which stay put from here
    for (const CsvRecord &row : records) {
        bool bad = false;
        if (checksRepeatedIds) {
            const std::string_view id = trimmed(row.fields[*idColumn]);
            if (!id.empty() && !seenIds.insert(id).second) {
                bad = true;
                ++preview.repeatedIdCount;
                if (preview.repeatedIdExamples.size() < maxExamples) {
                    preview.repeatedIdExamples.push_back(ValueExample {row.line, std::string(id)});
                }
            }
        }
        for (std::size_t i = 0; i < fieldCount; ++i) {
            PreviewColumn &column = preview.columns[i];
            const std::string_view value = trimmed(row.fields[i]);
            const bool required = column.role == "customer_id"
                || (preview.kind == ImportKind::Transactions
                    && (column.role == "date" || column.role == "amount"));
            if (value.empty() ? !required : readsAs(column, value, format)) {
                continue;
            }
            bad = true;
            ++column.unparseableCount;
            if (column.unparseableExamples.size() < maxExamples) {
                column.unparseableExamples.push_back(ValueExample {row.line, row.fields[i]});
            }
        }
        rowsWithBadValues += bad ? 1 : 0;
    }
    preview.rowsWithProblems = rowsWithBadValues + preview.raggedRowCount;
    progress.setFraction(1.0);
    return preview;
}

} // namespace segmenta::engine
