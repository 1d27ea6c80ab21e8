// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "store/TransactionStore.h"

#include "core/Assert.h"
#include "core/StringInterner.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <set>

namespace segmenta::engine::store {

std::int64_t orderCode(std::string_view text)
{
    std::uint64_t hash = 14695981039346656037ULL;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    return static_cast<std::int64_t>(hash >> 1);
}

std::optional<std::string> TransactionStore::importedAt(const std::string &sha256)
{
    Statement query(m_database, "SELECT imported_at FROM imports WHERE sha256 = ?1 ORDER BY id LIMIT 1");
    query.bind(1, std::string_view(sha256));
    if (!query.step()) {
        return std::nullopt;
    }
    return query.columnText(0);
}

std::int64_t TransactionStore::transactionCount()
{
    return queryInt64(m_database, "SELECT count(*) FROM transactions").value_or(0);
}

std::unordered_set<std::string> TransactionStore::storedOrderKeys()
{
    std::unordered_set<std::string> keys;
    Statement query(m_database, "SELECT DISTINCT order_key FROM transactions WHERE order_key IS NOT NULL");
    while (query.step()) {
        keys.insert(query.columnText(0));
    }
    return keys;
}

std::unordered_set<std::int64_t> TransactionStore::storedRowHashes()
{
    std::unordered_set<std::int64_t> hashes;
    Statement query(m_database, "SELECT row_hash FROM transactions");
    while (query.step()) {
        hashes.insert(query.columnInt64(0));
    }
    return hashes;
}

std::unordered_map<std::string, std::int64_t> TransactionStore::customerRows()
{
    std::unordered_map<std::string, std::int64_t> rows;
    Statement query(m_database, "SELECT row, customer_key FROM customers");
    while (query.step()) {
        rows.emplace(query.columnText(1), query.columnInt64(0));
    }
    return rows;
}

std::int64_t TransactionStore::addImport(const ImportRecord &record)
{
    Statement add(m_database,
        "INSERT INTO imports (source_path, source_size, row_count, id_column, imported_at, kind, sha256, "
        "options, skipped_count, duration_ms) VALUES (?1, ?2, ?3, ?4, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), "
        "'transactions', ?5, ?6, ?7, ?8)");
    add.bind(1, std::string_view(record.sourcePath))
        .bind(2, record.sourceSize)
        .bind(3, record.rowCount)
        .bind(4, std::string_view(record.idColumn))
        .bind(5, std::string_view(record.sha256))
        .bind(6, std::string_view(record.optionsJson))
        .bind(7, record.skippedCount)
        .bind(8, record.durationMs)
        .run();
    return m_database.lastInsertRowId();
}

void TransactionStore::addCustomers(const std::vector<std::pair<std::int64_t, std::string_view>> &rowsAndKeys)
{
    if (rowsAndKeys.empty()) {
        return;
    }
    if (!m_addCustomer) {
        m_addCustomer = std::make_unique<Statement>(
            m_database, "INSERT INTO customers (row, customer_key) VALUES (?1, ?2)");
    }
    for (const auto &[row, key] : rowsAndKeys) {
        m_addCustomer->bind(1, row).bindStatic(2, key).run();
    }
}

void TransactionStore::updateImportCounts(
    std::int64_t importId, std::int64_t rowCount, std::int64_t skippedCount, std::int64_t durationMs)
{
    Statement update(
        m_database, "UPDATE imports SET row_count = ?2, skipped_count = ?3, duration_ms = ?4 WHERE id = ?1");
    update.bind(1, importId).bind(2, rowCount).bind(3, skippedCount).bind(4, durationMs).run();
}

namespace {

/// Lines per multi-row INSERT: one statement costs about as much as several rows, so a bulk import runs
/// one statement per this many lines (10 parameters each, well below SQLite's limit of 32766).
constexpr std::size_t rowsPerInsert = 64;
constexpr int parametersPerRow = 10;

std::string insertSql(std::int64_t importId, std::size_t rows)
{
    std::string sql
        = "INSERT INTO transactions (import_id, line, customer_row, order_key, day, second_of_day, "
          "amount, quantity, category, channel, row_hash) VALUES ";
    const std::string rowValues = "(" + std::to_string(importId) + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    for (std::size_t r = 0; r < rows; ++r) {
        sql += (r > 0 ? ", " : "") + rowValues;
    }
    return sql;
}

/// Binds one line's values from parameter `first` + 1 on. The views outlive the step (see NewTransaction):
/// SQLite need not copy them.
void bindLine(Statement &insert, int first, const NewTransaction &transaction)
{
    insert.bind(first + 1, transaction.line).bind(first + 2, transaction.customerRow);
    transaction.orderKey.empty() ? insert.bindNull(first + 3)
                                 : insert.bindStatic(first + 3, transaction.orderKey);
    insert.bind(first + 4, transaction.day)
        .bind(first + 5, static_cast<std::int64_t>(transaction.secondOfDay));
    insert.bind(first + 6, transaction.amount);
    transaction.quantity ? insert.bind(first + 7, *transaction.quantity) : insert.bindNull(first + 7);
    transaction.category.empty() ? insert.bindNull(first + 8)
                                 : insert.bindStatic(first + 8, transaction.category);
    transaction.channel.empty() ? insert.bindNull(first + 9)
                                : insert.bindStatic(first + 9, transaction.channel);
    insert.bind(first + 10, transaction.rowHash);
}

} // namespace

void TransactionStore::beginInsert(std::int64_t importId)
{
    m_importId = importId;
    m_insert = std::make_unique<Statement>(m_database, insertSql(importId, 1));
    m_insertMany = std::make_unique<Statement>(m_database, insertSql(importId, rowsPerInsert));
}

void TransactionStore::insert(const NewTransaction &transaction)
{
    SEGMENTA_ASSERT(m_insert, "insert() before beginInsert()");
    bindLine(*m_insert, 0, transaction);
    m_insert->run();
}

void TransactionStore::insert(std::span<const NewTransaction> transactions)
{
    SEGMENTA_ASSERT(m_insertMany, "insert() before beginInsert()");
    std::size_t next = 0;
    for (; next + rowsPerInsert <= transactions.size(); next += rowsPerInsert) {
        for (std::size_t r = 0; r < rowsPerInsert; ++r) {
            bindLine(*m_insertMany, static_cast<int>(r) * parametersPerRow, transactions[next + r]);
        }
        m_insertMany->run();
    }
    for (; next < transactions.size(); ++next) {
        insert(transactions[next]);
    }
}

std::vector<TransactionLine> TransactionStore::featureLines(CustomerFeatureParams &params)
{
    return featureLines(params, nullptr);
}

std::vector<TransactionLine> TransactionStore::featureLines(
    CustomerFeatureParams &params, FreshTransactions *fresh)
{
    const std::int64_t customerCount = queryInt64(m_database, "SELECT count(*) FROM customers").value_or(0);
    StringInterner categories;
    StringInterner channels;
    std::vector<TransactionLine> lines;
    bool hasOrders = false;
    bool hasQuantity = false;
    // Stored lines first, then the fresh ones: the order in which reading everything would meet them.
    Statement query(m_database,
        "SELECT customer_row, order_key, day, amount, quantity, category, channel FROM transactions "
        "WHERE import_id <> ?1");
    query.bind(1, fresh ? fresh->importId : std::int64_t {-1});
    while (query.step()) {
        TransactionLine line;
        const std::int64_t row = query.columnInt64(0);
        SEGMENTA_ASSERT(row >= 1 && row <= customerCount, "a stored transaction without its customer");
        line.customer = static_cast<std::int32_t>(row - 1);
        if (!query.isNull(1)) {
            line.order = orderCode(query.columnTextView(1));
            hasOrders = true;
        }
        line.day = query.columnInt64(2);
        line.amount = query.columnDouble(3);
        if (!query.isNull(4)) {
            line.quantity = query.columnDouble(4);
            hasQuantity = true;
        }
        if (!query.isNull(5)) {
            line.category = categories.index(query.columnTextView(5));
        }
        if (!query.isNull(6)) {
            line.channel = channels.index(query.columnTextView(6));
        }
        lines.push_back(line);
    }
    if (fresh) {
        std::vector<std::int32_t> categoryOf;
        for (const std::string_view name : fresh->categoryNames) {
            categoryOf.push_back(categories.index(name));
        }
        std::vector<std::int32_t> channelOf;
        for (const std::string_view name : fresh->channelNames) {
            channelOf.push_back(channels.index(name));
        }
        const std::size_t firstFresh = lines.size();
        if (lines.empty()) {
            lines = std::move(fresh->lines); // no copy of a first import's lines
        } else {
            lines.insert(lines.end(), fresh->lines.begin(), fresh->lines.end());
        }
        for (std::size_t i = firstFresh; i < lines.size(); ++i) {
            TransactionLine &line = lines[i];
            SEGMENTA_ASSERT(
                line.customer >= 0 && line.customer < customerCount, "a fresh line without its customer");
            hasOrders = hasOrders || line.order >= 0;
            hasQuantity = hasQuantity || !std::isnan(line.quantity);
            if (line.category >= 0) {
                line.category = categoryOf[static_cast<std::size_t>(line.category)];
            }
            if (line.channel >= 0) {
                line.channel = channelOf[static_cast<std::size_t>(line.channel)];
            }
        }
        fresh->lines.clear();
    }
    params.customerCount = static_cast<int>(customerCount);
    params.hasOrders = hasOrders;
    params.hasQuantity = hasQuantity;
    params.categoryNames = categories.names();
    params.channelNames = channels.names();
    return lines;
}

std::vector<ColumnInfo> TransactionStore::refreshDerivedColumns(std::int64_t analysisDay, Progress &progress)
{
    progress.setStage("import.features");
    CustomerFeatureParams params;
    const std::vector<TransactionLine> lines = featureLines(params);
    params.analysisDay = analysisDay;
    const std::vector<DerivedColumn> features = computeCustomerFeatures(lines, params);
    progress.setFraction(0.5);
    return replaceCustomerColumns(m_database, "transactions", features);
}

std::vector<ColumnInfo> TransactionStore::refreshDerivedColumns(
    std::int64_t analysisDay, Progress &progress, FreshTransactions &&fresh)
{
    progress.setStage("import.features");
    CustomerFeatureParams params;
    std::vector<TransactionLine> lines = featureLines(params, &fresh);
    params.analysisDay = analysisDay;
    const std::vector<DerivedColumn> features = computeCustomerFeatures(lines, params);
    std::vector<TransactionLine>().swap(lines);
    progress.setFraction(0.5);
    return replaceCustomerColumns(m_database, "transactions", features);
}

std::vector<engine::Transaction> TransactionStore::purchases()
{
    std::vector<engine::Transaction> result;
    Statement query(m_database,
        "SELECT c.customer_key, t.day, t.amount FROM transactions t JOIN customers c ON c.row = "
        "t.customer_row "
        "WHERE t.amount >= 0 ORDER BY t.id");
    while (query.step()) {
        result.push_back(
            engine::Transaction {query.columnText(0), query.columnInt64(1), query.columnDouble(2)});
    }
    return result;
}

std::optional<std::pair<std::int64_t, std::int64_t>> TransactionStore::dayRange()
{
    Statement query(m_database, "SELECT min(day), max(day) FROM transactions");
    if (!query.step() || query.isNull(0)) {
        return std::nullopt;
    }
    return std::make_pair(query.columnInt64(0), query.columnInt64(1));
}

namespace {

/// replaceCustomerColumns and replaceOwnedCustomerColumns: drops the columns of `origin` that `replaces`
/// accepts, then adds `columns` followed by `texts`.
std::vector<ColumnInfo> writeCustomerColumns(Database &database, const std::string &origin,
    const std::function<bool(const std::string &)> &replaces, const std::vector<DerivedColumn> &columns,
    const std::vector<DerivedTextColumn> &texts)
{
    const std::int64_t customerCount = queryInt64(database, "SELECT count(*) FROM customers").value_or(0);
    {
        Statement old(database, "SELECT name, sql_name FROM customer_columns WHERE origin = ?1");
        old.bind(1, std::string_view(origin));
        std::vector<std::string> sqlNames;
        while (old.step()) {
            if (replaces(old.columnText(0))) {
                sqlNames.push_back(old.columnText(1));
            }
        }
        Statement drop(database, "DELETE FROM customer_columns WHERE sql_name = ?1");
        for (const std::string &sqlName : sqlNames) {
            database.execute("ALTER TABLE customers DROP COLUMN " + sqlName);
            drop.bind(1, std::string_view(sqlName)).run();
        }
    }
    // SQL names c<N> and positions continue after the largest in use, so they never clash.
    std::int64_t nextNumber = 1
        + queryInt64(database,
            "SELECT coalesce(max(CAST(substr(sql_name, 2) AS INTEGER)), 0) "
            "FROM customer_columns")
              .value_or(0);
    std::int64_t nextPosition
        = 1 + queryInt64(database, "SELECT coalesce(max(position), 0) FROM customer_columns").value_or(0);
    std::set<std::string> takenNames;
    {
        Statement names(database, "SELECT name FROM customer_columns");
        while (names.step()) {
            takenNames.insert(names.columnText(0));
        }
    }

    std::vector<ColumnInfo> result;
    std::vector<std::string> sqlNames;
    Statement addColumn(database,
        "INSERT INTO customer_columns (position, name, sql_name, value_type, family, missing_count, origin, "
        "value_kind) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    const auto addColumnInfo
        = [&](const std::string &columnName, CriteriaFamily family, ColumnType type, std::int64_t missing) {
              std::string name = columnName;
              if (takenNames.count(name) > 0) { // a file column of the same name keeps its name
                  name += " (" + origin + ")";
              }
              takenNames.insert(name);
              const std::string sqlName = "c" + std::to_string(nextNumber++);
              addColumn.bind(1, nextPosition++)
                  .bind(2, std::string_view(name))
                  .bind(3, std::string_view(sqlName))
                  .bind(4, std::string_view(columnTypeName(type)))
                  .bind(5, std::string_view(criteriaFamilyName(family)))
                  .bind(6, missing)
                  .bind(7, std::string_view(origin))
                  .bind(8, std::string_view(valueKindName(defaultValueKind(type))))
                  .run();
              database.execute("ALTER TABLE customers ADD COLUMN " + sqlName + " " + sqlColumnType(type));
              ColumnInfo info;
              info.name = name;
              info.type = type;
              info.missingCount = missing;
              info.family = family;
              info.origin = origin;
              result.push_back(info);
              sqlNames.push_back(sqlName);
          };
    for (const DerivedColumn &column : columns) {
        SEGMENTA_ASSERT(static_cast<std::int64_t>(column.values.size()) == customerCount,
            "a derived column needs one value per customer");
        const auto missing = std::count_if(
            column.values.begin(), column.values.end(), [](double value) { return std::isnan(value); });
        addColumnInfo(column.name, column.family, column.type, missing);
    }
    for (const DerivedTextColumn &column : texts) {
        SEGMENTA_ASSERT(static_cast<std::int64_t>(column.values.size()) == customerCount,
            "a derived column needs one value per customer");
        const auto missing = std::count_if(column.values.begin(), column.values.end(),
            [](const std::string &value) { return value.empty(); });
        addColumnInfo(column.name, column.family, ColumnType::Text, missing);
    }
    if (sqlNames.empty()) {
        return result;
    }
    std::string update = "UPDATE customers SET ";
    for (std::size_t c = 0; c < sqlNames.size(); ++c) {
        update += (c > 0 ? ", " : "") + sqlNames[c] + " = ?" + std::to_string(c + 2);
    }
    update += " WHERE row = ?1";
    Statement set(database, update);
    for (std::int64_t row = 1; row <= customerCount; ++row) {
        set.bind(1, row);
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const double value = columns[c].values[static_cast<std::size_t>(row - 1)];
            const int parameter = static_cast<int>(c + 2);
            if (std::isnan(value)) {
                set.bindNull(parameter);
            } else if (columns[c].type == ColumnType::Integer) {
                set.bind(parameter, static_cast<std::int64_t>(std::llround(value)));
            } else {
                set.bind(parameter, value);
            }
        }
        for (std::size_t t = 0; t < texts.size(); ++t) {
            const std::string &value = texts[t].values[static_cast<std::size_t>(row - 1)];
            const int parameter = static_cast<int>(columns.size() + t + 2);
            value.empty() ? set.bindNull(parameter) : set.bind(parameter, std::string_view(value));
        }
        set.run();
    }
    return result;
}

} // namespace

std::vector<ColumnInfo> replaceCustomerColumns(
    Database &database, const std::string &origin, const std::vector<DerivedColumn> &columns)
{
    return writeCustomerColumns(database, origin, [](const std::string &) { return true; }, columns, {});
}

std::vector<ColumnInfo> replaceCustomerColumnsOwnedBy(Database &database, const std::string &origin,
    const std::function<bool(const std::string &)> &owns, const std::vector<DerivedColumn> &columns)
{
    return writeCustomerColumns(database, origin, owns, columns, {});
}

std::vector<ColumnInfo> replaceOwnedCustomerColumns(Database &database, const std::string &origin,
    const std::vector<DerivedColumn> &columns, const std::vector<DerivedTextColumn> &texts)
{
    std::set<std::string> owned;
    for (const DerivedColumn &column : columns) {
        owned.insert(column.name);
        owned.insert(column.name + " (" + origin + ")");
    }
    for (const DerivedTextColumn &column : texts) {
        owned.insert(column.name);
        owned.insert(column.name + " (" + origin + ")");
    }
    return writeCustomerColumns(
        database, origin, [&](const std::string &name) { return owned.count(name) > 0; }, columns, texts);
}

} // namespace segmenta::engine::store
