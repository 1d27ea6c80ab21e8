// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Value.h"
#include "store/SqliteError.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace segmenta::engine::store {

enum class OpenMode
{
    ReadWrite,
    CreateNew
};

/// One SQLite connection (RAII). One per thread: a Database is not shared between threads.
class Database
{
public:
    /// Throws SqliteError when the file cannot be opened.
    Database(const std::string &path, OpenMode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Runs one or more statements without results.
    void execute(std::string_view sql);
    std::int64_t lastInsertRowId() const;
    sqlite3 *handle() const { return m_handle; }

private:
    sqlite3 *m_handle = nullptr;
};

/// A prepared statement (RAII). Bind indices are 1-based, column indices 0-based, as in SQLite.
class Statement
{
public:
    Statement(Database &database, std::string_view sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, std::string_view text);
    /// Binds `text` without SQLite copying it: it must stay valid until the statement is next reset
    /// (run() resets) or rebound.
    Statement &bindStatic(int index, std::string_view text);
    Statement &bindNull(int index);
    /// Binds `bytes` as a BLOB (SQLite copies them).
    Statement &bindBlob(int index, std::span<const std::uint8_t> bytes);

    /// Advances to the next row: true while there is one. Throws SqliteError on failure.
    bool step();
    /// Runs a statement without results to completion and resets it for reuse.
    void run();
    /// Back to the start; bindings are kept (clearBindings() drops them).
    void reset();
    void clearBindings();

    bool isNull(int column) const;
    std::int64_t columnInt64(int column) const;
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    /// The text without a copy; valid until the next step(), reset() or the statement's end.
    std::string_view columnTextView(int column) const;
    /// The column's storage class: 1 integer, 2 real, 3 text, 4 blob, 5 null (SQLITE_INTEGER, …).
    int columnStorageClass(int column) const;
    /// A BLOB column's bytes (empty for NULL).
    std::vector<std::uint8_t> columnBlob(int column) const;

private:
    Database &m_database;
    sqlite3_stmt *m_statement = nullptr;
};

/// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() was called, so every early
/// return, error or exception leaves the file as it was.
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_database;
    bool m_isOpen = true;
};

/// Sets the connection's page cache to `kibibytes` for its lifetime, then back to what it was.
class ScopedCacheSize
{
public:
    ScopedCacheSize(Database &database, std::int64_t kibibytes);
    ~ScopedCacheSize();
    ScopedCacheSize(const ScopedCacheSize &) = delete;
    ScopedCacheSize &operator=(const ScopedCacheSize &) = delete;

private:
    Database &m_database;
    std::int64_t m_previous = 0; ///< as PRAGMA cache_size says it: pages, or KiB when negative
};

/// Turns foreign-key enforcement off for its lifetime (SQLite ignores the switch inside a transaction, so
/// construct it before the Transaction; inside one, references simply stay checked). For bulk writers whose
/// rows reference what they inserted themselves just before: the per-row parent lookups are then pure cost.
class ScopedForeignKeysOff
{
public:
    explicit ScopedForeignKeysOff(Database &database);
    ~ScopedForeignKeysOff();
    ScopedForeignKeysOff(const ScopedForeignKeysOff &) = delete;
    ScopedForeignKeysOff &operator=(const ScopedForeignKeysOff &) = delete;

private:
    Database &m_database;
    bool m_wasOn = false;
};

/// The SQLite column type that stores a customer column of `type` ("INTEGER", "REAL", "TEXT").
const char *sqlColumnType(ColumnType type);

/// The first value of a single-row query, or nothing when it returns no row.
std::optional<std::int64_t> queryInt64(Database &database, std::string_view sql);

} // namespace segmenta::engine::store
