// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "import/CustomerTableImporter.h"

#include "import/CsvReader.h"
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

namespace segmenta::engine {

namespace {

constexpr std::size_t progressEveryRows = 4096;
constexpr std::size_t maxListedSkips = 100;

std::string quoted(std::string_view value)
{
    return "'" + std::string(value) + "'";
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

    // Columns the user made numbers: an unreadable value stops the import, leaves its row out or becomes
    // missing, as onError says. (Ragged rows were met while reading, so under stop they are reported first.)
    std::vector<std::size_t> numberFields;
    for (std::size_t i = 0; i < fieldCount; ++i) {
        if (overrides[i] && !overrides[i]->skip && overrides[i]->type
            && *overrides[i]->type != ColumnType::Text) {
            numberFields.push_back(i);
        }
    }
    if (!numberFields.empty()) {
        std::vector<CsvRecord> kept;
        kept.reserve(records.size());
        for (CsvRecord &row : records) {
            bool keep = true;
            for (const std::size_t i : numberFields) {
                std::string &raw = row.fields[i];
                const std::string_view value = trimmed(raw);
                if (value.empty()) {
                    continue;
                }
                const bool readable = *overrides[i]->type == ColumnType::Integer
                    ? parseInteger(value, format).has_value()
                    : std::isfinite(parseReal(value, format).value_or(std::nan("")));
                if (readable) {
                    continue;
                }
                const auto column = static_cast<std::int64_t>(i + 1);
                const char *wanted = *overrides[i]->type == ColumnType::Integer ? "whole number" : "number";
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
        const ColumnType type = choice && choice->type ? *choice->type : inferColumnType(values, format);
        const CriteriaFamily family
            = choice && choice->family ? *choice->family : suggestFamily(header.fields[i]);
        report.columns.push_back(ColumnInfo {header.fields[i], type, missing, family});
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
            "missing_count, import_id, family) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
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
            switch (report.columns[c].type) {
            case ColumnType::Integer:
                insert.bind(parameter, *parseInteger(value, format));
                break;
            case ColumnType::Real:
                insert.bind(parameter, *parseReal(value, format));
                break;
            case ColumnType::Text:
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
