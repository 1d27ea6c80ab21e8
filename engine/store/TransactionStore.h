// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"
#include "features/CustomerFeatures.h"
#include "store/Database.h"
#include "value/RepeatPurchaseSummary.h"

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace segmenta::engine::store {

/// A transaction line to store. The views must stay valid until insert() returns; empty means none.
struct NewTransaction
{
    std::int64_t line = 0; ///< where the row starts in its file
    std::int64_t customerRow = 0; ///< the customer's row in `customers`
    std::string_view orderKey;
    std::int64_t day = 0;
    std::int32_t secondOfDay = 0;
    double amount = 0.0;
    std::optional<double> quantity;
    std::string_view category;
    std::string_view channel;
    std::int64_t rowHash = 0;
};

/// The transactions an import is writing, kept in memory as the customer features read them, so that the
/// features need not read them back from the store. `category` and `channel` index the names here.
struct FreshTransactions
{
    std::int64_t importId = 0;
    std::vector<TransactionLine> lines; ///< customer i is customer row i + 1; order as orderCode()
    std::vector<std::string_view> categoryNames;
    std::vector<std::string_view> channelNames;
};

/// The number featureLines identifies an order by: a 63-bit hash of its key (orders need telling apart
/// only within a customer, so a hash serves without a string per stored row).
std::int64_t orderCode(std::string_view orderKey);

/// The SQL of transaction logs and of the customer columns derived from them. Callers own the transaction.
class TransactionStore
{
public:
    explicit TransactionStore(Database &database)
        : m_database(database)
    { }

    /// When a file with this SHA-256 was imported, if it was.
    std::optional<std::string> importedAt(const std::string &sha256);
    std::int64_t transactionCount();
    /// Order keys of the stored transactions (for leaving out orders an earlier import holds).
    std::unordered_set<std::string> storedOrderKeys();
    std::unordered_set<std::int64_t> storedRowHashes();
    /// Customer row by customer key.
    std::unordered_map<std::string, std::int64_t> customerRows();

    struct ImportRecord
    {
        std::string sourcePath;
        std::int64_t sourceSize = 0;
        std::int64_t rowCount = 0;
        std::string idColumn;
        std::string sha256;
        std::string optionsJson;
        std::int64_t skippedCount = 0;
        std::int64_t durationMs = 0;
    };
    std::int64_t addImport(const ImportRecord &record);
    /// Appends customers with only their key (file columns missing).
    void addCustomers(const std::vector<std::pair<std::int64_t, std::string_view>> &rowsAndKeys);
    /// Sets the counts and duration of an import added before its rows were.
    void updateImportCounts(
        std::int64_t importId, std::int64_t rowCount, std::int64_t skippedCount, std::int64_t durationMs);

    /// Prepares the inserts once; then call insert() per line or per batch of lines.
    void beginInsert(std::int64_t importId);
    void insert(const NewTransaction &transaction);
    /// Inserts the lines in order, many per statement (a bulk import spends most of its time per statement).
    void insert(std::span<const NewTransaction> transactions);

    /// Replaces the derived customer columns with ones computed from every stored transaction, counting days
    /// up to analysisDay. Returns the new columns.
    std::vector<ColumnInfo> refreshDerivedColumns(std::int64_t analysisDay, Progress &progress);
    /// As above, with the transactions of import `fresh.importId` taken from `fresh` instead of the store:
    /// the same result, without reading back what the import has just written.
    std::vector<ColumnInfo> refreshDerivedColumns(
        std::int64_t analysisDay, Progress &progress, FreshTransactions &&fresh);
    /// Every stored line as computeCustomerFeatures reads it (customer i is customer row i + 1), and in
    /// `params` what describes them: customer count, orders, quantities, category and channel names. The
    /// analysis day and share-column count are left to the caller.
    std::vector<TransactionLine> featureLines(CustomerFeatureParams &params);
    /// As above, with the lines of import `fresh->importId` from `fresh` (moved from) when it is given.
    std::vector<TransactionLine> featureLines(CustomerFeatureParams &params, FreshTransactions *fresh);

    /// Every stored purchase (amount >= 0: returns left out) as the value models read it.
    std::vector<engine::Transaction> purchases();
    /// Day range of the stored transactions, or nothing without any.
    std::optional<std::pair<std::int64_t, std::int64_t>> dayRange();

private:
    Database &m_database;
    std::int64_t m_importId = 0;
    std::unique_ptr<Statement> m_insert;
    std::unique_ptr<Statement> m_insertMany; ///< rowsPerInsert lines at once
    std::unique_ptr<Statement> m_addCustomer;
};

/// Writes `columns` (values[i] belongs to customer row i + 1; NaN = missing) as customer columns of
/// `origin` ("transactions", "model"), replacing the existing columns of that origin.
/// Requires: every column has one value per customer.
std::vector<ColumnInfo> replaceCustomerColumns(
    Database &database, const std::string &origin, const std::vector<DerivedColumn> &columns);

/// A text customer column to store: values[i] belongs to customer row i + 1; empty = missing.
struct DerivedTextColumn
{
    std::string name;
    CriteriaFamily family = CriteriaFamily::Other;
    std::vector<std::string> values;
};

/// As replaceCustomerColumns, but replaces only the columns of `origin` that have the new columns' names
/// (or their " (origin)" renamings), so that runs sharing an origin (RFM scores and lifetime value are both
/// "model") keep each other's columns; text columns follow the numeric ones. Returns them in that order.
std::vector<ColumnInfo> replaceOwnedCustomerColumns(Database &database, const std::string &origin,
    const std::vector<DerivedColumn> &columns, const std::vector<DerivedTextColumn> &texts);

/// As replaceCustomerColumns, but drops only the columns of `origin` whose names `owns` accepts: for a run
/// whose column names vary (lifetime value names its horizon), so other runs' columns survive.
std::vector<ColumnInfo> replaceCustomerColumnsOwnedBy(Database &database, const std::string &origin,
    const std::function<bool(const std::string &)> &owns, const std::vector<DerivedColumn> &columns);

} // namespace segmenta::engine::store
