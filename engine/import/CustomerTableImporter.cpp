// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "import/CustomerTableImporter.h"

#include "import/CsvReader.h"
#include "import/DateParsing.h"
#include "import/Dialect.h"
#include "import/ImportSupport.h"
#include "import/ValueParsing.h"
#include "store/Database.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

namespace segmenta::engine {

namespace {

constexpr std::size_t progressEveryRows = 4096;
constexpr std::size_t maxListedSkips = 100;

constexpr std::array<DateFormat, 4> dateFormats {
    DateFormat::Iso, DateFormat::DayMonthYear, DateFormat::MonthDayYear, DateFormat::Compact};
/// Text with at most this many distinct values (and repeats) is categorical, as the preview judges it.
constexpr std::size_t maxCategories = 50;

std::string quoted(std::string_view value)
{
    return "'" + std::string(value) + "'";
}

bool isDateKind(ValueKind kind)
{
    return kind == ValueKind::Date || kind == ValueKind::DateTime;
}

bool isDayOrMonthFirst(DateFormat format)
{
    return format == DateFormat::DayMonthYear || format == DateFormat::MonthDayYear;
}

/// How one column's values read as dates, over every full-width row.
struct DateVotes
{
    std::array<std::int64_t, 4> counts {}; ///< values that parse under each of dateFormats
    std::int64_t values = 0; ///< non-empty values
    bool hasTime = false; ///< some value that parses has a time of day
    std::string ambiguousExample; ///< a value day-first and month-first read as different days
    /// Whether every non-empty value reads under `format`.
    bool allRead(DateFormat format) const
    {
        return values > 0 && counts[static_cast<std::size_t>(format)] == values;
    }
};

/// Votes of one column. Unless `wholeColumn`, stops at the first value no format reads: such a column is
/// only a date column when the user says so.
DateVotes voteDates(const std::vector<CsvRecord> &records, std::size_t field, bool wholeColumn)
{
    DateVotes votes;
    for (const CsvRecord &row : records) {
        const std::string_view value = trimmed(row.fields[field]);
        if (value.empty()) {
            continue;
        }
        ++votes.values;
        std::array<std::optional<DateTime>, 4> parsed;
        bool any = false;
        for (std::size_t f = 0; f < dateFormats.size(); ++f) {
            parsed[f] = parseDate(value, dateFormats[f]);
            votes.counts[f] += parsed[f] ? 1 : 0;
            any = any || parsed[f].has_value();
        }
        if (!any && !wholeColumn) {
            return {};
        }
        votes.hasTime = votes.hasTime || (any && value.find(':') != std::string_view::npos);
        if (votes.ambiguousExample.empty() && parsed[1] && parsed[2] && parsed[1]->day != parsed[2]->day) {
            votes.ambiguousExample = std::string(value);
        }
    }
    return votes;
}

/// The format most of a column's values read in (ISO before day-first before month-first on ties;
/// YYYYMMDD only when allowed), or nothing when no value reads as a date.
std::optional<DateFormat> bestDateFormat(const DateVotes &votes, bool compactAllowed)
{
    std::optional<DateFormat> best;
    std::int64_t most = 0;
    for (std::size_t f = 0; f < dateFormats.size(); ++f) {
        if ((dateFormats[f] != DateFormat::Compact || compactAllowed) && votes.counts[f] > most) {
            most = votes.counts[f];
            best = dateFormats[f];
        }
    }
    return best;
}

/// Whether day-first and month-first read the column equally well and some value differently.
bool isAmbiguous(const DateVotes &votes)
{
    return votes.counts[1] == votes.counts[2] && !votes.ambiguousExample.empty();
}

/// The format a date column is read in: the user's day-first or month-first choice for columns written
/// that way (ISO and YYYYMMDD columns keep theirs), otherwise the column's best; a column that reads both
/// ways takes the file's decision (from its other date columns). Nothing: ambiguous.
std::optional<DateFormat> chooseDateFormat(const DateVotes &votes, DateFormat best,
    const std::optional<DateFormat> &given, const std::optional<DateFormat> &fileDecision)
{
    if (isDayOrMonthFirst(best)) {
        if (given && isDayOrMonthFirst(*given)) {
            return *given;
        }
        if (isAmbiguous(votes)) {
            return fileDecision;
        }
        return best;
    }
    if (given
        && votes.counts[static_cast<std::size_t>(*given)] >= votes.counts[static_cast<std::size_t>(best)]) {
        return *given;
    }
    return best;
}

/// What a column holds when the user did not say: every non-empty value must read as the kind (a column
/// with one value that does not stays text, as numbers do). Dates are ISO, day-first, month-first or, under a
/// header naming a date, YYYYMMDD; yes/no words (a 0/1 column needs both); then whole numbers and decimals;
/// then identifiers (a distinct value per row, no spaces), categories (at most 50 values, each twice on
/// average) and free text.
ValueKind inferValueKind(const std::vector<std::string_view> &values, const NumberFormat &format,
    const std::string &header, const DateVotes &votes)
{
    const ColumnType storage = inferColumnType(values, format);
    std::int64_t count = 0;
    std::int64_t booleans = 0;
    bool hasZero = false;
    bool hasOne = false;
    std::unordered_set<std::string_view> distinct;
    bool hasSpace = false;
    for (const std::string_view raw : values) {
        const std::string_view value = trimmed(raw);
        if (value.empty()) {
            continue;
        }
        ++count;
        if (const auto yes = parseBoolean(value)) {
            ++booleans;
            hasOne = hasOne || (*yes && value == "1");
            hasZero = hasZero || (!*yes && value == "0");
        }
        hasSpace = hasSpace || value.find(' ') != std::string_view::npos;
        distinct.insert(value);
    }
    if (count == 0) {
        return ValueKind::FreeText;
    }
    if (booleans == count && (storage == ColumnType::Text || (hasZero && hasOne))) {
        return ValueKind::Boolean;
    }
    if (storage != ColumnType::Text) {
        if (namesDate(header) && votes.allRead(DateFormat::Compact)) {
            return ValueKind::Date;
        }
        return defaultValueKind(storage);
    }
    for (const DateFormat f : {DateFormat::Iso, DateFormat::DayMonthYear, DateFormat::MonthDayYear}) {
        if (votes.allRead(f)) {
            return votes.hasTime ? ValueKind::DateTime : ValueKind::Date;
        }
    }
    const auto distinctCount = static_cast<std::int64_t>(distinct.size());
    if (distinctCount == count && count > 1 && !hasSpace) {
        return ValueKind::Identifier;
    }
    if (distinct.size() <= maxCategories && distinctCount * 2 <= count) {
        return ValueKind::Categorical;
    }
    return ValueKind::FreeText;
}

/// Whether a non-empty value reads as `kind` (text kinds read everything).
bool readsAs(std::string_view value, ValueKind kind, const NumberFormat &format, DateFormat dateFormat)
{
    switch (kind) {
    case ValueKind::Integer:
        return parseInteger(value, format).has_value();
    case ValueKind::Decimal:
        return std::isfinite(parseReal(value, format).value_or(std::nan("")));
    case ValueKind::Date:
    case ValueKind::DateTime:
        return parseDate(value, dateFormat).has_value();
    case ValueKind::Boolean:
        return parseBoolean(value).has_value();
    case ValueKind::Categorical:
    case ValueKind::FreeText:
    case ValueKind::Identifier:
        return true;
    }
    return true;
}

/// The words of the messages: "whole number", "number", "date", "yes/no value".
const char *wantedName(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Integer:
        return "whole number";
    case ValueKind::Decimal:
        return "number";
    case ValueKind::Date:
    case ValueKind::DateTime:
        return "date";
    case ValueKind::Boolean:
        return "yes/no value (yes/no, evet/hayır, true/false, 1/0, e/h)";
    case ValueKind::Categorical:
    case ValueKind::FreeText:
    case ValueKind::Identifier:
        break;
    }
    return "text";
}

/// A stored date: "YYYY-MM-DD", or with the time "YYYY-MM-DDTHH:MM:SS".
std::string isoDateText(const DateTime &date, ValueKind kind)
{
    std::string text = isoDate(date.day);
    if (kind == ValueKind::DateTime) {
        const auto twoDigits = [](std::int32_t value) {
            return std::string(1, static_cast<char>('0' + value / 10)) + static_cast<char>('0' + value % 10);
        };
        text += "T" + twoDigits(date.secondOfDay / 3600) + ":" + twoDigits(date.secondOfDay / 60 % 60) + ":"
            + twoDigits(date.secondOfDay % 60);
    }
    return text;
}

} // namespace

Result<ImportReport> importCustomerTable(store::Database &database, const std::string &projectPath,
    const CsvImportParams &params, Progress &progress)
{
    const auto existing = store::queryInt64(database, "SELECT count(*) FROM customers").value_or(0);
    if (existing > 0) {
        return makeError(ErrorCode::ProjectHasCustomers, {projectPath, std::to_string(existing)});
    }

    const auto hints = dialectHints(params.delimiter, params.encoding, params.decimalMark);
    if (!hints) {
        return hints.error();
    }
    progress.setStage("import.read");
    auto content = readWholeFile(params.filePath);
    if (!content) {
        return content.error();
    }
    const std::string &file = params.filePath;
    CsvDialect dialect;
    const auto sourceSize = static_cast<std::int64_t>(content.value().size());
    // The bytes move in: a UTF-8 file is used as it is, others are converted and the bytes freed.
    auto source = RecordSource::open(
        file, std::move(content.value()), params.sheet, hints.value(), dialect, progress);
    if (!source) {
        return source.error();
    }
    RecordSource &reader = *source.value();

    progress.setStage("import.parse");
    auto headerRecord = readHeader(reader, file);
    if (!headerRecord) {
        return headerRecord.error();
    }
    const CsvRecord &header = headerRecord.value();
    const std::size_t fieldCount = header.fields.size();

    // Rows left out, listed in file order at the end (the first maxListedSkips of them).
    std::vector<SkippedRow> skipped;
    std::vector<CsvRecord> records;
    CsvRecord record;
    std::int64_t rowsRead = 0;
    while (true) {
        auto more = reader.next(record);
        if (!more) {
            return more.error();
        }
        if (!more.value()) {
            break;
        }
        ++rowsRead;
        if (rowsRead % static_cast<std::int64_t>(progressEveryRows) == 0) {
            progress.setFraction(reader.fraction());
            if (progress.isCancelRequested()) {
                return makeError(ErrorCode::Cancelled);
            }
        }
        if (record.fields.size() != fieldCount) {
            Error ragged = raggedRowError(file, record, fieldCount, dialect.delimiter);
            if (params.onError == RowErrorPolicy::Stop) {
                return ragged;
            }
            skipped.push_back(SkippedRow {record.line, ragged.where->column,
                std::to_string(record.fields.size()) + " fields, the header has "
                    + std::to_string(fieldCount)});
            continue;
        }
        records.push_back(std::move(record));
    }

    const auto idColumn = findColumn(header.fields, params.idColumn, customerIdHeaderNames());
    if (!params.idColumn.empty() && !idColumn) {
        return makeError(ErrorCode::UnknownColumn, {params.idColumn});
    }
    // The user's per-column choices, by field.
    std::vector<const ColumnOverride *> overrides(fieldCount, nullptr);
    for (const ColumnOverride &choice : params.columns) {
        const auto field = std::find(header.fields.begin(), header.fields.end(), choice.name);
        if (field == header.fields.end()) {
            return makeError(ErrorCode::UnknownColumn, {choice.name});
        }
        const auto index = static_cast<std::size_t>(field - header.fields.begin());
        if (idColumn && index == *idColumn && (choice.skip || choice.type)) {
            return makeError(ErrorCode::InvalidParameter,
                {"columns", "'" + choice.name + "' left out or retyped",
                    "kept as it is: it is the customer id column"});
        }
        overrides[index] = &choice;
    }
    const auto isSkipped = [&](std::size_t i) { return overrides[i] && overrides[i]->skip; };

    // The decimal mark is decided from whole columns, so "1.234" is read the way the rest of the file
    // writes numbers (see detectDecimalMark).
    // Workbook cells hold numbers, written here with a dot whatever the spreadsheet showed.
    dialect.decimalMark = reader.isWorkbook() ? DecimalMark::Dot : hints.value().decimalMark;
    if (dialect.decimalMark == DecimalMark::Auto) {
        std::vector<std::vector<std::string_view>> columns(fieldCount);
        for (std::size_t i = 0; i < fieldCount; ++i) {
            if ((idColumn && i == *idColumn) || isSkipped(i)) {
                continue; // ids are kept as text whatever they look like; left-out columns do not count
            }
            columns[i].reserve(records.size());
            for (const CsvRecord &row : records) {
                columns[i].push_back(row.fields[i]);
            }
        }
        dialect.decimalMark = detectDecimalMark(columns, dialect.delimiter).value;
    }
    dialect.thousandsSeparator = dialect.decimalMark == DecimalMark::Comma ? '.' : ',';
    const NumberFormat format = numberFormat(dialect);

    // Dates: how each column that may hold them reads under every format, over every row; the user's date
    // format, or the file's decision from its other date columns, settles those that read both ways.
    std::vector<DateVotes> dateVotes(fieldCount);
    std::optional<DateFormat> fileDateFormat = params.dateFormat;
    {
        std::vector<DateFormat> decided;
        for (std::size_t i = 0; i < fieldCount; ++i) {
            if ((idColumn && i == *idColumn) || isSkipped(i)) {
                continue;
            }
            const bool chosen = overrides[i] && overrides[i]->type;
            if (chosen && !isDateKind(*overrides[i]->type)) {
                continue;
            }
            dateVotes[i] = voteDates(records, i, chosen);
            const auto best = bestDateFormat(dateVotes[i], chosen || namesDate(header.fields[i]));
            if (best && isDayOrMonthFirst(*best) && !isAmbiguous(dateVotes[i])
                && (chosen || dateVotes[i].allRead(*best))) {
                decided.push_back(*best);
            }
        }
        if (!fileDateFormat && !decided.empty()
            && std::all_of(
                decided.begin(), decided.end(), [&](DateFormat f) { return f == decided.front(); })) {
            fileDateFormat = decided.front();
        }
    }
    // The format of one date column. Errors: AmbiguousDateFormat.
    const auto columnDateFormat = [&](std::size_t i) -> Result<DateFormat> {
        const DateVotes &votes = dateVotes[i];
        const bool chosen = overrides[i] && overrides[i]->type; // the user said dates: YYYYMMDD too
        const auto best = bestDateFormat(votes, chosen || namesDate(header.fields[i]));
        if (!best) { // no value reads as a date: every one is a problem, whatever the format
            return params.dateFormat.value_or(DateFormat::Iso);
        }
        const auto chosenFormat = chooseDateFormat(votes, *best, params.dateFormat, fileDateFormat);
        if (!chosenFormat) {
            return makeError(
                ErrorCode::AmbiguousDateFormat, {file, header.fields[i], votes.ambiguousExample});
        }
        return *chosenFormat;
    };

    // Columns the user gave a kind that reads values (numbers, dates, yes/no): an unreadable value stops the
    // import, leaves its row out or becomes missing, as onError says. (Ragged rows were met while reading,
    // so under stop they are reported first.)
    std::vector<ValueKind> kinds(fieldCount, ValueKind::FreeText);
    std::vector<DateFormat> columnFormats(fieldCount, DateFormat::Iso);
    std::vector<std::size_t> checkedFields;
    for (std::size_t i = 0; i < fieldCount; ++i) {
        if (!overrides[i] || overrides[i]->skip || !overrides[i]->type) {
            continue;
        }
        kinds[i] = *overrides[i]->type;
        if (isDateKind(kinds[i])) {
            auto dateFormat = columnDateFormat(i);
            if (!dateFormat) {
                return dateFormat.error();
            }
            columnFormats[i] = dateFormat.value();
        }
        if (storageType(kinds[i]) != ColumnType::Text || isDateKind(kinds[i])) {
            checkedFields.push_back(i);
        }
    }
    if (!checkedFields.empty()) {
        std::vector<CsvRecord> kept;
        kept.reserve(records.size());
        for (CsvRecord &row : records) {
            bool keep = true;
            for (const std::size_t i : checkedFields) {
                std::string &raw = row.fields[i];
                const std::string_view value = trimmed(raw);
                if (value.empty() || readsAs(value, kinds[i], format, columnFormats[i])) {
                    continue;
                }
                const auto column = static_cast<std::int64_t>(i + 1);
                const char *wanted = wantedName(kinds[i]);
                if (params.onError == RowErrorPolicy::Stop) {
                    return makeError(ErrorCode::UnparseableValue, {file, header.fields[i], raw, wanted},
                        Location {file, row.line, column});
                }
                if (params.onError == RowErrorPolicy::Skip) {
                    skipped.push_back(SkippedRow {
                        row.line, column, header.fields[i] + " " + quoted(value) + " is not a " + wanted});
                    keep = false;
                    break;
                }
                raw.clear(); // treated as missing: counted with the column's missing values
            }
            if (keep) {
                kept.push_back(std::move(row));
            }
        }
        records = std::move(kept);
    }

    // Ids: a row without one, or repeating an earlier row's, stops the import (stop); under skip and
    // missing it is left out and listed, and of repeated ids the first row is kept. (An id cannot be
    // "missing": the customer would have nothing to join their transactions on.)
    std::int64_t rowsWithoutId = 0;
    std::int64_t rowsWithRepeatedId = 0;
    if (idColumn) {
        std::vector<bool> keep(records.size(), true);
        {
            std::unordered_map<std::string_view, std::int64_t>
                firstLine; // views of `records`: not moved here
            firstLine.reserve(records.size());
            for (std::size_t r = 0; r < records.size(); ++r) {
                const CsvRecord &row = records[r];
                const std::string_view key = trimmed(row.fields[*idColumn]);
                const Location where {file, row.line, static_cast<std::int64_t>(*idColumn + 1)};
                if (key.empty()) {
                    if (params.onError == RowErrorPolicy::Stop) {
                        return makeError(
                            ErrorCode::MissingCustomerId, {file, header.fields[*idColumn]}, where);
                    }
                    skipped.push_back(SkippedRow {row.line, where.column, "no customer id"});
                    ++rowsWithoutId;
                    keep[r] = false;
                    continue;
                }
                const auto [it, inserted] = firstLine.emplace(key, row.line);
                if (!inserted) {
                    if (params.onError == RowErrorPolicy::Stop) {
                        return makeError(ErrorCode::DuplicateCustomerId,
                            {file, std::string(key), header.fields[*idColumn], std::to_string(it->second)},
                            where);
                    }
                    skipped.push_back(SkippedRow {row.line, where.column,
                        "customer id " + quoted(key) + " repeats line " + std::to_string(it->second)
                            + " (the first row is kept)"});
                    ++rowsWithRepeatedId;
                    keep[r] = false;
                }
            }
        }
        if (rowsWithoutId + rowsWithRepeatedId > 0) {
            std::size_t kept = 0;
            for (std::size_t r = 0; r < records.size(); ++r) {
                if (keep[r]) {
                    if (kept != r) { // a self-move would empty the record
                        records[kept] = std::move(records[r]);
                    }
                    ++kept;
                }
            }
            records.resize(kept);
        }
    }

    // Attribute columns: every column but the id, in file order.
    ImportReport report;
    report.dialect = dialect;
    report.idColumn = idColumn ? header.fields[*idColumn] : std::string();
    std::vector<std::size_t> attributeFields;
    for (std::size_t i = 0; i < fieldCount; ++i) {
        if ((idColumn && i == *idColumn) || isSkipped(i)) {
            continue;
        }
        const ColumnOverride *choice = overrides[i];
        std::vector<std::string_view> values;
        values.reserve(records.size());
        std::int64_t missing = 0;
        for (const CsvRecord &row : records) {
            values.push_back(row.fields[i]);
            missing += trimmed(row.fields[i]).empty() ? 1 : 0;
        }
        if (!(choice && choice->type)) {
            kinds[i] = inferValueKind(values, format, header.fields[i], dateVotes[i]);
            if (isDateKind(kinds[i])) {
                auto dateFormat = columnDateFormat(i);
                if (!dateFormat) {
                    return dateFormat.error();
                }
                columnFormats[i] = dateFormat.value();
                if (!dateVotes[i].allRead(columnFormats[i])) {
                    kinds[i] = ValueKind::FreeText; // not every value reads in the format the user gave
                }
            }
        }
        const CriteriaFamily family
            = choice && choice->family ? *choice->family : suggestFamily(header.fields[i]);
        report.columns.push_back(
            ColumnInfo {header.fields[i], storageType(kinds[i]), missing, family, "file", kinds[i]});
        attributeFields.push_back(i);
    }
    report.customerCount = static_cast<std::int64_t>(records.size());
    report.rowsRead = rowsRead;
    report.rowsSkipped = static_cast<std::int64_t>(skipped.size());
    report.rowsWithoutId = rowsWithoutId;
    report.rowsWithRepeatedId = rowsWithRepeatedId;
    std::stable_sort(skipped.begin(), skipped.end(),
        [](const SkippedRow &a, const SkippedRow &b) { return a.line < b.line; });
    if (skipped.size() > maxListedSkips) {
        skipped.resize(maxListedSkips);
    }
    report.skipped = std::move(skipped);

    progress.setStage("import.write");
    store::Transaction transaction(database);
    {
        store::Statement addImport(database,
            "INSERT INTO imports (source_path, source_size, row_count, id_column, imported_at) "
            "VALUES (?1, ?2, ?3, ?4, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");
        addImport.bind(1, std::string_view(file)).bind(2, sourceSize).bind(3, report.customerCount);
        if (idColumn) {
            addImport.bind(4, std::string_view(report.idColumn));
        } else {
            addImport.bindNull(4);
        }
        addImport.run();
    }
    const std::int64_t importId = database.lastInsertRowId();

    std::string insertSql = "INSERT INTO customers (row, customer_key";
    std::string placeholders = "?1, ?2";
    {
        store::Statement addColumn(database,
            "INSERT INTO customer_columns (position, name, sql_name, value_type, "
            "missing_count, import_id, family, value_kind) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        for (std::size_t c = 0; c < report.columns.size(); ++c) {
            const ColumnInfo &column = report.columns[c];
            const std::string sqlName = "c" + std::to_string(c + 1);
            addColumn.bind(1, static_cast<std::int64_t>(c + 1))
                .bind(2, std::string_view(column.name))
                .bind(3, std::string_view(sqlName))
                .bind(4, std::string_view(columnTypeName(column.type)))
                .bind(5, column.missingCount)
                .bind(6, importId)
                .bind(7, std::string_view(criteriaFamilyName(column.family)))
                .bind(8, std::string_view(valueKindName(column.valueKind())))
                .run();
            database.execute(
                "ALTER TABLE customers ADD COLUMN " + sqlName + " " + store::sqlColumnType(column.type));
            insertSql += ", " + sqlName;
            placeholders += ", ?" + std::to_string(c + 3);
        }
    }
    insertSql += ") VALUES (" + placeholders + ")";

    store::Statement insert(database, insertSql);
    for (std::size_t r = 0; r < records.size(); ++r) {
        const CsvRecord &row = records[r];
        const auto rowId = static_cast<std::int64_t>(r + 1);
        insert.bind(1, rowId);
        if (idColumn) {
            insert.bind(2, trimmed(row.fields[*idColumn]));
        } else {
            insert.bind(2, std::string_view(std::to_string(rowId)));
        }
        for (std::size_t c = 0; c < attributeFields.size(); ++c) {
            const int parameter = static_cast<int>(c + 3);
            const std::string &raw = row.fields[attributeFields[c]];
            const std::string_view value = trimmed(raw);
            if (value.empty()) {
                insert.bindNull(parameter);
                continue;
            }
            const std::size_t field = attributeFields[c];
            switch (kinds[field]) {
            case ValueKind::Integer:
                insert.bind(parameter, *parseInteger(value, format));
                break;
            case ValueKind::Decimal:
                insert.bind(parameter, *parseReal(value, format));
                break;
            case ValueKind::Boolean:
                insert.bind(parameter, static_cast<std::int64_t>(*parseBoolean(value) ? 1 : 0));
                break;
            case ValueKind::Date:
            case ValueKind::DateTime: {
                const std::string iso = isoDateText(*parseDate(value, columnFormats[field]), kinds[field]);
                insert.bind(parameter, std::string_view(iso)); // copied by the bind (SQLITE_TRANSIENT)
                break;
            }
            case ValueKind::Categorical:
            case ValueKind::FreeText:
            case ValueKind::Identifier:
                insert.bind(parameter, std::string_view(raw)); // text is kept exactly as written
                break;
            }
        }
        insert.run();
        if ((r + 1) % progressEveryRows == 0) {
            progress.setFraction(static_cast<double>(r + 1) / static_cast<double>(records.size()));
            if (progress.isCancelRequested()) {
                return makeError(ErrorCode::Cancelled); // the transaction rolls back
            }
        }
    }
    progress.setFraction(1.0);
    transaction.commit();
    return report;
}

} // namespace segmenta::engine
