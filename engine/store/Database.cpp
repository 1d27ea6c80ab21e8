// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "store/Database.h"

#include "core/Assert.h"

#include <sqlite3.h>

namespace segmenta::engine::store {

namespace {

[[noreturn]] void throwError(sqlite3 *handle, int code, std::string_view context)
{
    std::string message = handle ? sqlite3_errmsg(handle) : sqlite3_errstr(code);
    throw SqliteError(code, message + " (" + std::string(context) + ")");
}

constexpr int busyTimeoutMilliseconds = 5000; // another connection of ours may be committing

} // namespace

Database::Database(const std::string &path, OpenMode mode)
{
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (mode == OpenMode::CreateNew) {
        flags |= SQLITE_OPEN_CREATE;
    }
    const int status = sqlite3_open_v2(path.c_str(), &m_handle, flags, nullptr);
    if (status != SQLITE_OK) {
        std::string message = m_handle ? sqlite3_errmsg(m_handle) : sqlite3_errstr(status);
        sqlite3_close_v2(m_handle);
        m_handle = nullptr;
        throw SqliteError(status, message);
    }
    sqlite3_extended_result_codes(m_handle, 1);
    sqlite3_busy_timeout(m_handle, busyTimeoutMilliseconds);
    // A project is one self-contained file a consultant can e-mail: the rollback journal (not WAL)
    // leaves no side files behind once a transaction ends.
    try {
        execute("PRAGMA foreign_keys = ON; PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL;");
    } catch (...) {
        // A throwing constructor runs no destructor: close here, or a non-database file leaks the handle.
        sqlite3_close_v2(m_handle);
        m_handle = nullptr;
        throw;
    }
}

Database::~Database()
{
    sqlite3_close_v2(m_handle);
}

void Database::execute(std::string_view sql)
{
    char *message = nullptr;
    const std::string text(sql);
    const int status = sqlite3_exec(m_handle, text.c_str(), nullptr, nullptr, &message);
    if (status != SQLITE_OK) {
        std::string what = message ? message : sqlite3_errstr(status);
        sqlite3_free(message);
        throw SqliteError(status, what + " (" + text.substr(0, 80) + ")");
    }
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

Statement::Statement(Database &database, std::string_view sql)
    : m_database(database)
{
    const int status = sqlite3_prepare_v3(database.handle(), sql.data(), static_cast<int>(sql.size()),
        SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (status != SQLITE_OK) {
        throwError(database.handle(), status, sql.substr(0, 80));
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement &Statement::bind(int index, std::int64_t value)
{
    const int status = sqlite3_bind_int64(m_statement, index, value);
    if (status != SQLITE_OK) {
        throwError(m_database.handle(), status, "bind");
    }
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    const int status = sqlite3_bind_double(m_statement, index, value);
    if (status != SQLITE_OK) {
        throwError(m_database.handle(), status, "bind");
    }
    return *this;
}

Statement &Statement::bind(int index, std::string_view text)
{
    const int status
        = sqlite3_bind_text64(m_statement, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (status != SQLITE_OK) {
        throwError(m_database.handle(), status, "bind");
    }
    return *this;
}

Statement &Statement::bindStatic(int index, std::string_view text)
{
    const int status
        = sqlite3_bind_text64(m_statement, index, text.data(), text.size(), SQLITE_STATIC, SQLITE_UTF8);
    if (status != SQLITE_OK) {
        throwError(m_database.handle(), status, "bind");
    }
    return *this;
}

Statement &Statement::bindNull(int index)
{
    const int status = sqlite3_bind_null(m_statement, index);
    if (status != SQLITE_OK) {
        throwError(m_database.handle(), status, "bind");
    }
    return *this;
}

bool Statement::step()
{
    const int status = sqlite3_step(m_statement);
    if (status == SQLITE_ROW) {
        return true;
    }
    if (status == SQLITE_DONE) {
        return false;
    }
    throwError(m_database.handle(), status, sqlite3_sql(m_statement));
}

void Statement::run()
{
    while (step()) { }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
}

void Statement::clearBindings()
{
    sqlite3_clear_bindings(m_statement);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

std::int64_t Statement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

std::string_view Statement::columnTextView(int column) const
{
    const auto *text = sqlite3_column_text(m_statement, column);
    if (!text) {
        return {};
    }
    return std::string_view(reinterpret_cast<const char *>(text),
        static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column)));
}

std::string Statement::columnText(int column) const
{
    const auto *text = sqlite3_column_text(m_statement, column);
    if (!text) {
        return {};
    }
    return std::string(reinterpret_cast<const char *>(text),
        static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column)));
}

Statement &Statement::bindBlob(int index, std::span<const std::uint8_t> bytes)
{
    const int status = sqlite3_bind_blob64(m_statement, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    if (status != SQLITE_OK) {
        throwError(m_database.handle(), status, "bind");
    }
    return *this;
}

std::vector<std::uint8_t> Statement::columnBlob(int column) const
{
    const auto *data = static_cast<const std::uint8_t *>(sqlite3_column_blob(m_statement, column));
    if (!data) {
        return {};
    }
    return std::vector<std::uint8_t>(data, data + sqlite3_column_bytes(m_statement, column));
}

int Statement::columnStorageClass(int column) const
{
    return sqlite3_column_type(m_statement, column);
}

Transaction::Transaction(Database &database)
    : m_database(database)
{
    m_database.execute("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (m_isOpen) {
        // Never throw from a destructor: a failed rollback leaves SQLite to roll back from the journal
        // when the connection closes or the file is next opened.
        sqlite3_exec(m_database.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void Transaction::commit()
{
    SEGMENTA_ASSERT(m_isOpen, "commit() twice on one transaction");
    m_database.execute("COMMIT");
    m_isOpen = false;
}

ScopedCacheSize::ScopedCacheSize(Database &database, std::int64_t kibibytes)
    : m_database(database)
    , m_previous(queryInt64(database, "PRAGMA cache_size").value_or(-2000))
{
    m_database.execute("PRAGMA cache_size = " + std::to_string(-kibibytes));
}

ScopedCacheSize::~ScopedCacheSize()
{
    // Never throws: a failure leaves only a larger cache on this connection.
    const std::string sql = "PRAGMA cache_size = " + std::to_string(m_previous);
    sqlite3_exec(m_database.handle(), sql.c_str(), nullptr, nullptr, nullptr);
}

ScopedForeignKeysOff::ScopedForeignKeysOff(Database &database)
    : m_database(database)
    , m_wasOn(queryInt64(database, "PRAGMA foreign_keys").value_or(0) != 0)
{
    m_database.execute("PRAGMA foreign_keys = OFF"); // inside a transaction a no-op: references stay checked
}

ScopedForeignKeysOff::~ScopedForeignKeysOff()
{
    if (m_wasOn) {
        sqlite3_exec(m_database.handle(), "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
    }
}

std::optional<std::int64_t> queryInt64(Database &database, std::string_view sql)
{
    Statement statement(database, sql);
    if (!statement.step() || statement.isNull(0)) {
        return std::nullopt;
    }
    return statement.columnInt64(0);
}

const char *sqlColumnType(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
        return "INTEGER";
    case ColumnType::Real:
        return "REAL";
    case ColumnType::Text:
        return "TEXT";
    }
    return "TEXT";
}

} // namespace segmenta::engine::store
