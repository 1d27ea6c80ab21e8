// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "import/TransactionImporter.h"

#include "core/Sha256.h"
#include "core/StringInterner.h"
#include "import/CsvReader.h"
#include "import/ImportSupport.h"
#include "import/ValueParsing.h"
#include "store/Database.h"
#include "store/TransactionStore.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <exception>
#include <functional>
#include <limits>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <unordered_set>

namespace segmenta::engine {

namespace {

constexpr std::size_t progressEveryRows = 8192;
constexpr std::size_t maxListedSkips = 100;

// Header names of each role, folded (see foldHeader), in order of preference; English, then Turkish.
constexpr std::array<std::string_view, 9> orderNames {"invoiceno", "invoice", "orderid", "orderno",
    "ordernumber", "order", "transactionid", "siparisno", "faturano"};
constexpr std::array<std::string_view, 12> dateNames {"invoicedate", "orderdate", "transactiondate",
    "purchasedate", "date", "datetime", "tarih", "siparistarihi", "islemtarihi", "faturatarihi",
    "satistarihi", "alistarihi"};
constexpr std::array<std::string_view, 13> amountNames {"amount", "sales", "revenue", "totalamount", "total",
    "linetotal", "spend", "tutar", "toplamtutar", "toplam", "ciro", "satistutari", "harcama"};
constexpr std::array<std::string_view, 7> quantityNames {
    "quantity", "qty", "units", "cds", "adet", "miktar", "birim"};
constexpr std::array<std::string_view, 5> priceNames {
    "unitprice", "price", "birimfiyat", "fiyat", "birimfiyati"};
constexpr std::array<std::string_view, 5> categoryNames {
    "category", "productcategory", "kategori", "urunkategorisi", "urungrubu"};
constexpr std::array<std::string_view, 4> channelNames {"channel", "saleschannel", "kanal", "satiskanali"};

enum Role : std::size_t
{
    CustomerRole,
    OrderRole,
    DateRole,
    AmountRole,
    QuantityRole,
    PriceRole,
    CategoryRole,
    ChannelRole,
    RoleCount
};

constexpr std::array<const char *, RoleCount> roleNames {
    "customer_id", "order_id", "date", "amount", "quantity", "unit_price", "category", "channel"};

/// 64-bit FNV-1a over the fields that make a line what it is, to recognise rows an earlier import holds.
class RowHash
{
public:
    void add(std::string_view bytes)
    {
        for (const char c : bytes) {
            m_hash ^= static_cast<unsigned char>(c);
            m_hash *= 1099511628211ULL;
        }
        m_hash ^= 0xFF; // a field separator that no UTF-8 text contains
        m_hash *= 1099511628211ULL;
    }
    void add(double value)
    {
        std::array<char, sizeof(double)> bytes {};
        std::memcpy(bytes.data(), &value, sizeof(double));
        add(std::string_view(bytes.data(), bytes.size()));
    }
    std::int64_t value() const { return static_cast<std::int64_t>(m_hash); }

private:
    std::uint64_t m_hash = 14695981039346656037ULL;
};

std::string quoted(std::string_view value)
{
    return "'" + std::string(value) + "'";
}

} // namespace

std::vector<std::string> suggestTransactionRoles(const std::vector<std::string> &header)
{
    const std::array<std::span<const std::string_view>, RoleCount> names {customerIdHeaderNames(), orderNames,
        dateNames, amountNames, quantityNames, priceNames, categoryNames, channelNames};
    std::array<std::optional<std::size_t>, RoleCount> roles;
    std::vector<bool> taken(header.size(), false);
    for (std::size_t role = 0; role < RoleCount; ++role) { // as importTransactionLog assigns them
        for (const std::string_view name : names[role]) {
            for (std::size_t i = 0; i < header.size() && !roles[role]; ++i) {
                if (!taken[i] && foldHeader(header[i]) == name) {
                    roles[role] = i;
                    taken[i] = true;
                }
            }
        }
    }
    if (roles[AmountRole]) {
        roles[PriceRole].reset();
    }
    std::vector<std::string> result(header.size());
    for (std::size_t role = 0; role < RoleCount; ++role) {
        if (roles[role]) {
            result[*roles[role]] = roleNames[role];
        }
    }
    return result;
}

namespace {

constexpr std::size_t sampleRows = 10000; ///< rows that decide the formats the single pass reads with
constexpr std::size_t batchRows = 8192; ///< rows handed from the reading thread to the writing one at a time
constexpr std::size_t maxQueuedBatches = 4; ///< bounds the memory of rows read but not yet written
constexpr std::int64_t importCacheKibibytes
    = 96 * 1024; ///< SQLite page cache while importing (1M rows ≈ 70 MB)

constexpr std::array<DateFormat, 4> dateFormats {
    DateFormat::Iso, DateFormat::DayMonthYear, DateFormat::MonthDayYear, DateFormat::Compact};
constexpr std::array<NumberFormat, 2> numberFormats {NumberFormat {'.', ','}, NumberFormat {',', '.'}};

/// How many values of the date column and of the numeric role columns fail under each format.
struct FormatVotes
{
    std::array<std::int64_t, 4> dateFailures {}; ///< per DateFormat
    std::array<std::int64_t, 2> numberFailures {}; ///< Dot, Comma over all numeric role columns
    std::string ambiguousExample; ///< a date that day-first and month-first read differently

    /// The date under every format, counting those that fail.
    std::array<std::optional<DateTime>, 4> voteDate(std::string_view date)
    {
        std::array<std::optional<DateTime>, 4> parsed;
        for (std::size_t f = 0; f < dateFormats.size(); ++f) {
            parsed[f] = parseDate(date, dateFormats[f]);
            dateFailures[f] += parsed[f] ? 0 : 1;
        }
        if (ambiguousExample.empty() && parsed[1] && parsed[2] && parsed[1]->day != parsed[2]->day) {
            ambiguousExample = std::string(date);
        }
        return parsed;
    }
    /// The number under both decimal marks, counting those that fail.
    std::array<std::optional<double>, 2> voteNumber(std::string_view value)
    {
        std::array<std::optional<double>, 2> parsed;
        for (std::size_t m = 0; m < numberFormats.size(); ++m) {
            parsed[m] = parseReal(value, numberFormats[m]);
            numberFailures[m] += parsed[m] ? 0 : 1;
        }
        return parsed;
    }
    void add(const CsvRecordView &record, std::size_t dateField, const std::vector<std::size_t> &numberFields,
        const TransactionImportParams &params)
    {
        const std::string_view date = trimmed(record.fields[dateField]);
        if (!date.empty() && !params.dateFormat) {
            voteDate(date);
        }
        if (params.decimalMark != DecimalMark::Auto) {
            return;
        }
        for (const std::size_t field : numberFields) {
            const std::string_view value = trimmed(record.fields[field]);
            if (!value.empty()) {
                voteNumber(value);
            }
        }
    }
};

/// The date format and decimal mark the file is read with.
struct Formats
{
    DateFormat date = DateFormat::Iso;
    DecimalMark decimalMark = DecimalMark::Dot;
    bool isAmbiguous = false; ///< day-first and month-first equally good, and some date reads differently

    bool operator==(const Formats &other) const
    {
        return date == other.date && decimalMark == other.decimalMark;
    }
};

/// The formats under which the fewest values fail (a tie of decimal marks goes to comma for ';' files).
Formats decideFormats(
    const FormatVotes &votes, const TransactionImportParams &params, bool isWorkbook, char delimiter)
{
    Formats formats;
    if (params.dateFormat) {
        formats.date = *params.dateFormat;
    } else {
        std::size_t best = 0;
        for (std::size_t f = 1; f < dateFormats.size(); ++f) {
            if (votes.dateFailures[f] < votes.dateFailures[best]) {
                best = f;
            }
        }
        formats.isAmbiguous = (best == 1 || best == 2) && votes.dateFailures[1] == votes.dateFailures[2]
            && !votes.ambiguousExample.empty();
        formats.date = dateFormats[best];
    }
    if (isWorkbook) {
        formats.decimalMark = DecimalMark::Dot; // workbook numbers arrive as "1234.5"
    } else if (params.decimalMark != DecimalMark::Auto) {
        formats.decimalMark = params.decimalMark;
    } else if (votes.numberFailures[0] != votes.numberFailures[1]) {
        formats.decimalMark
            = votes.numberFailures[1] < votes.numberFailures[0] ? DecimalMark::Comma : DecimalMark::Dot;
    } else {
        formats.decimalMark = delimiter == ';' ? DecimalMark::Comma : DecimalMark::Dot;
    }
    return formats;
}

/// A checked row on its way to the store; the views are of the interners' names, which never move.
struct CheckedRow
{
    std::int64_t line = 0;
    std::int64_t customerRow = 0;
    std::int64_t day = 0;
    std::int64_t hash = 0;
    double amount = 0.0;
    double quantity = std::numeric_limits<double>::quiet_NaN();
    std::string_view order;
    std::string_view category;
    std::string_view channel;
    std::int32_t secondOfDay = 0;
};

/// Rows read together, with the customers they introduce (to be stored before the rows that name them).
struct RowBatch
{
    std::vector<CheckedRow> rows;
    std::vector<std::pair<std::int64_t, std::string_view>> newCustomers;
    double fraction = 0.0; ///< share of the file read when the batch was complete
};

/// Hands batches from the thread that reads and checks rows to the one that writes them (the thread that
/// owns the database connection), holding at most a few so the file streams through bounded memory.
class BatchQueue
{
public:
    /// Waits while the queue is full. Returns false when the writer has stopped.
    bool push(RowBatch &&batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stopped || m_batches.size() < maxQueuedBatches; });
        if (m_stopped) {
            return false;
        }
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    /// The next batch; nothing once the reader has finished and every batch was taken.
    std::optional<RowBatch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_finished || !m_batches.empty(); });
        if (m_batches.empty()) {
            return std::nullopt;
        }
        RowBatch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }
    /// The reader has no more batches.
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    /// The writer takes no more batches (error or cancel): the reader stops at its next push.
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }
    bool isStopped()
    {
        std::lock_guard lock(m_mutex);
        return m_stopped;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<RowBatch> m_batches;
    bool m_finished = false;
    bool m_stopped = false;
};

/// Joins the reading thread on every way out of the writer, telling it to stop first.
class ReaderThread
{
public:
    ReaderThread(BatchQueue &queue, std::function<void()> work)
        : m_queue(queue)
        , m_thread(std::move(work))
    { }
    ~ReaderThread() { join(); }
    ReaderThread(const ReaderThread &) = delete;
    ReaderThread &operator=(const ReaderThread &) = delete;
    void join()
    {
        if (m_thread.joinable()) {
            m_queue.stop();
            m_thread.join();
        }
    }

private:
    BatchQueue &m_queue;
    std::thread m_thread;
};

/// One attempt at the import with the formats `tentative`; `redoWith` is set instead of a report when the
/// whole file votes for other formats than the sample did (the caller then imports again with those).
Result<TransactionImportReport> importWithFormats(store::Database &database,
    const TransactionImportParams &params, const std::optional<Formats> &forced,
    std::optional<Formats> &redoWith, Progress &progress)
{
    const auto started = std::chrono::steady_clock::now();
    auto stageStart = started;
    const auto stageSeconds = [&stageStart] {
        const auto now = std::chrono::steady_clock::now();
        const double seconds = std::chrono::duration<double>(now - stageStart).count();
        stageStart = now;
        return seconds;
    };
    const std::string &file = params.filePath;
    const auto hints = dialectHints(params.delimiter, params.encoding, params.decimalMark);
    if (!hints) {
        return hints.error();
    }
    progress.setStage("import.read");
    auto content = readWholeFile(file);
    if (!content) {
        return content.error();
    }
    TransactionImportReport report;
    report.sha256 = sha256Hex(content.value());
    store::TransactionStore transactions(database);
    if (const auto previous = transactions.importedAt(report.sha256)) {
        return makeError(ErrorCode::DuplicateImport, {file, report.sha256, *previous});
    }
    const auto sourceSize = static_cast<std::int64_t>(content.value().size());
    auto opened = RecordSource::open(
        file, std::move(content.value()), params.sheet, hints.value(), report.dialect, progress);
    if (!opened) {
        return opened.error();
    }
    RecordSource &source = *opened.value();

    report.secondsReading = stageSeconds();
    auto headerRecord = readHeader(source, file);
    if (!headerRecord) {
        return headerRecord.error();
    }
    const std::vector<std::string> header = headerRecord.value().fields;
    const std::size_t fieldCount = header.size();

    // Roles: what the caller named, else recognised by header name.
    std::array<std::optional<std::size_t>, RoleCount> roles;
    const std::array<const std::string *, RoleCount> requested {&params.customerColumn, &params.orderColumn,
        &params.dateColumn, &params.amountColumn, &params.quantityColumn, &params.priceColumn,
        &params.categoryColumn, &params.channelColumn};
    const std::array<std::span<const std::string_view>, RoleCount> names {customerIdHeaderNames(), orderNames,
        dateNames, amountNames, quantityNames, priceNames, categoryNames, channelNames};
    std::vector<bool> taken(fieldCount, false);
    for (std::size_t role = 0; role < RoleCount; ++role) {
        if (!requested[role]->empty()) {
            roles[role] = findColumn(header, *requested[role], {});
            if (!roles[role]) {
                return makeError(ErrorCode::UnknownColumn, {*requested[role]});
            }
            taken[*roles[role]] = true;
        }
    }
    for (std::size_t role = 0; role < RoleCount; ++role) {
        if (roles[role]) {
            continue;
        }
        for (const std::string_view name : names[role]) { // first unclaimed column with a known name
            for (std::size_t i = 0; i < fieldCount && !roles[role]; ++i) {
                if (!taken[i] && foldHeader(header[i]) == name) {
                    roles[role] = i;
                    taken[i] = true;
                }
            }
        }
    }
    if (!roles[CustomerRole]) {
        return makeError(ErrorCode::MissingColumnRole, {file, "customer id", "--id"});
    }
    if (!roles[DateRole]) {
        return makeError(ErrorCode::MissingColumnRole, {file, "date", "--date"});
    }
    const bool amountFromPrice = !roles[AmountRole];
    if (amountFromPrice && (!roles[PriceRole] || !roles[QuantityRole])) {
        return makeError(
            ErrorCode::MissingColumnRole, {file, "amount", "--amount (or --price and --quantity)"});
    }
    if (!amountFromPrice) {
        roles[PriceRole].reset(); // the amount is the line's money; a price column is then only a column
    }
    for (std::size_t i = 0; i < fieldCount; ++i) {
        report.columns.push_back(ImportedColumnRole {header[i], "ignored"});
    }
    for (std::size_t role = 0; role < RoleCount; ++role) {
        if (roles[role]) {
            report.columns[*roles[role]].role = roleNames[role];
        }
    }
    const std::vector<std::size_t> numberFields = [&] {
        std::vector<std::size_t> fields;
        for (const Role role : {AmountRole, QuantityRole, PriceRole}) {
            if (roles[role]) {
                fields.push_back(*roles[role]);
            }
        }
        return fields;
    }();

    // The formats are those under which the fewest values of the whole file fail. Reading the file once,
    // the rows are read with the formats a sample votes for while the votes of every row are counted; in
    // the rare file whose later rows outvote its first ones, the caller imports again with the winners.
    progress.setStage("import.detect");
    Formats tentative;
    if (forced) {
        tentative = *forced;
    } else {
        FormatVotes sampleVotes;
        CsvRecordView record;
        for (std::size_t rows = 0; rows < sampleRows; ++rows) {
            auto more = source.next(record);
            if (!more) {
                return more.error();
            }
            if (!more.value()) {
                break;
            }
            if (record.fields.size() == fieldCount) {
                sampleVotes.add(record, *roles[DateRole], numberFields, params);
            }
        }
        tentative = decideFormats(sampleVotes, params, source.isWorkbook(), report.dialect.delimiter);
        if (Status rewound = source.rewind(progress); !rewound) {
            return rewound.error();
        }
        CsvRecordView skippedHeader;
        (void)source.next(skippedHeader);
    }
    report.dateFormat = tentative.date;
    report.dialect.decimalMark = tentative.decimalMark;
    report.dialect.thousandsSeparator = report.dialect.decimalMark == DecimalMark::Comma ? '.' : ',';
    const NumberFormat numbers = numberFormat(report.dialect);
    const auto dateFormatIndex = static_cast<std::size_t>(
        std::find(dateFormats.begin(), dateFormats.end(), report.dateFormat) - dateFormats.begin());
    const std::size_t decimalMarkIndex = report.dialect.decimalMark == DecimalMark::Comma ? 1 : 0;
    report.secondsChecking = stageSeconds();

    // One pass: a reading thread checks the rows while this one (which owns the connection) writes them,
    // all in one transaction. A problem under --on-error stop is kept until the whole file has voted.
    progress.setStage("import.write");
    const bool appending = transactions.transactionCount() > 0;
    const auto storedDayRange = appending ? transactions.dayRange() : std::nullopt;
    const std::unordered_set<std::string> storedOrders
        = appending && roles[OrderRole] ? transactions.storedOrderKeys() : std::unordered_set<std::string> {};
    const std::unordered_set<std::int64_t> storedHashes = appending && !roles[OrderRole]
        ? transactions.storedRowHashes()
        : std::unordered_set<std::int64_t> {};
    const std::unordered_map<std::string, std::int64_t> storedCustomers = transactions.customerRows();
    const auto storedCustomerCount = static_cast<std::int64_t>(storedCustomers.size());

    // A page cache that holds the whole import keeps SQLite from spilling pages (and syncing the journal)
    // mid-transaction; crash safety is the journal's and is unchanged.
    const store::ScopedCacheSize bigCache(database, importCacheKibibytes);
    // Every row references the import added first and a customer stored before the row (existing, or added
    // from the same batch just ahead of it), so checking each reference would only cost time.
    const store::ScopedForeignKeysOff referencesHoldByConstruction(database);
    store::Transaction transaction(database);
    store::TransactionStore::ImportRecord importRecord;
    importRecord.sourcePath = file;
    importRecord.sourceSize = sourceSize;
    importRecord.idColumn = header[*roles[CustomerRole]];
    importRecord.sha256 = report.sha256;
    importRecord.optionsJson = "{\"delimiter\":\"" + delimiterName(report.dialect.delimiter)
        + "\",\"encoding\":\"" + encodingName(report.dialect.encoding) + "\",\"decimal\":\""
        + (report.dialect.decimalMark == DecimalMark::Comma ? "," : ".") + "\",\"date_format\":\""
        + dateFormatName(report.dateFormat) + "\",\"on_error\":\""
        + (params.onError == RowErrorPolicy::Stop        ? "stop"
                : params.onError == RowErrorPolicy::Skip ? "skip"
                                                         : "missing")
        + "\"}";
    const std::int64_t importId = transactions.addImport(importRecord); // counts follow at the end
    transactions.beginInsert(importId);

    StringInterner customers;
    StringInterner orders;
    StringInterner categories;
    StringInterner channels;
    FormatVotes votes;
    std::optional<Error> readError; ///< the file cannot be read on (unterminated quote, damaged workbook)
    std::optional<Error> rowError; ///< the first bad row under --on-error stop
    std::exception_ptr readerFailure;
    std::atomic<bool> cancelRequested = false;
    std::int64_t newCustomerCount = 0;
    store::FreshTransactions fresh; ///< the rows as the customer features read them
    fresh.importId = importId;
    BatchQueue queue;
    bool anyRow = false;

    const auto readRows = [&] {
        std::vector<std::int64_t> rowOfCustomer;
        std::vector<std::int64_t> orderCodes; ///< per interned order
        std::int64_t nextCustomerRow = storedCustomerCount + 1;
        const auto skip = [&](std::int64_t line, std::int64_t column, std::string reason) {
            ++report.rowsSkipped;
            if (report.skipped.size() < maxListedSkips) {
                report.skipped.push_back(SkippedRow {line, column, std::move(reason)});
            }
        };
        RowBatch batch;
        CsvRecordView record;
        while (true) {
            auto more = source.next(record);
            if (!more) {
                readError = more.error();
                break;
            }
            if (!more.value()) {
                break;
            }
            ++report.rowsRead;
            if (record.fields.size() != fieldCount) {
                if (rowError) {
                    continue;
                }
                Error ragged = raggedRowError(file,
                    CsvRecord {std::vector<std::string>(record.fields.size()), record.line}, fieldCount,
                    report.dialect.delimiter);
                if (params.onError == RowErrorPolicy::Stop) {
                    rowError = std::move(ragged);
                    continue;
                }
                skip(record.line, ragged.where->column,
                    std::to_string(record.fields.size()) + " fields, the header has "
                        + std::to_string(fieldCount));
                continue;
            }
            // Every row votes (the values are read under every format once, and the read under the formats
            // in use is kept for the row).
            const bool votesDates = !forced && !params.dateFormat;
            const bool votesNumbers = !forced && params.decimalMark == DecimalMark::Auto;
            const std::string_view dateText = trimmed(record.fields[*roles[DateRole]]);
            std::optional<DateTime> date;
            if (votesDates && !dateText.empty()) {
                date = votes.voteDate(dateText)[dateFormatIndex];
            } else {
                date = parseDate(dateText, report.dateFormat);
            }
            std::array<std::optional<double>, RoleCount> values;
            for (const Role role : {AmountRole, QuantityRole, PriceRole}) {
                if (!roles[role]) {
                    continue;
                }
                const std::string_view raw = trimmed(record.fields[*roles[role]]);
                if (raw.empty()) {
                    continue;
                }
                values[role]
                    = votesNumbers ? votes.voteNumber(raw)[decimalMarkIndex] : parseReal(raw, numbers);
                if (values[role] && !std::isfinite(*values[role])) {
                    values[role].reset();
                }
            }
            if (rowError) {
                continue; // only voting from here
            }
            const auto fieldOf = [&](Role role) { return record.fields[*roles[role]]; };
            const auto where = [&](Role role) {
                return Location {file, record.line, static_cast<std::int64_t>(*roles[role] + 1)};
            };
            CheckedRow row;
            row.line = record.line;
            const std::string_view customerKey = trimmed(fieldOf(CustomerRole));
            if (customerKey.empty()) {
                if (params.onError == RowErrorPolicy::Stop) {
                    rowError = makeError(ErrorCode::MissingCustomerId, {file, header[*roles[CustomerRole]]},
                        where(CustomerRole));
                    continue;
                }
                skip(record.line, where(CustomerRole).column, "no customer id");
                continue;
            }
            if (!date) {
                if (params.onError == RowErrorPolicy::Stop) {
                    rowError = makeError(ErrorCode::UnparseableValue,
                        {file, header[*roles[DateRole]], std::string(fieldOf(DateRole)), "date"},
                        where(DateRole));
                    continue;
                }
                skip(record.line, where(DateRole).column,
                    "date " + quoted(fieldOf(DateRole)) + " is not a date in the form "
                        + dateFormatName(report.dateFormat));
                continue;
            }
            row.day = date->day;
            row.secondOfDay = date->secondOfDay;
            // Numbers: a required one (amount, or price and quantity when they make the amount) that does not
            // parse leaves the row out under skip and missing alike; an optional quantity becomes missing.
            bool rowOk = true;
            for (const Role role : {AmountRole, QuantityRole, PriceRole}) {
                if (!roles[role] || !rowOk) {
                    continue;
                }
                const std::string_view raw = trimmed(fieldOf(role));
                const bool required = role == AmountRole || amountFromPrice;
                if (values[role] || (raw.empty() && !required)) {
                    continue;
                }
                if (params.onError == RowErrorPolicy::Stop) {
                    rowError = makeError(ErrorCode::UnparseableValue,
                        {file, header[*roles[role]], std::string(fieldOf(role)), "number"}, where(role));
                    rowOk = false;
                    continue;
                }
                if (required || params.onError == RowErrorPolicy::Skip) {
                    skip(record.line, where(role).column,
                        std::string(roleNames[role]) + " " + quoted(fieldOf(role)) + " is not a number");
                    rowOk = false;
                }
            }
            if (!rowOk) {
                continue;
            }
            row.amount = amountFromPrice ? *values[PriceRole] * *values[QuantityRole] : *values[AmountRole];
            row.quantity = values[QuantityRole].value_or(std::numeric_limits<double>::quiet_NaN());
            const std::string_view order
                = roles[OrderRole] ? trimmed(fieldOf(OrderRole)) : std::string_view();
            const std::string_view category
                = roles[CategoryRole] ? trimmed(fieldOf(CategoryRole)) : std::string_view();
            const std::string_view channel
                = roles[ChannelRole] ? trimmed(fieldOf(ChannelRole)) : std::string_view();
            RowHash hash;
            hash.add(customerKey);
            hash.add(order);
            hash.add(static_cast<double>(row.day * 86400 + row.secondOfDay));
            hash.add(row.amount);
            hash.add(row.quantity);
            hash.add(category);
            hash.add(channel);
            row.hash = hash.value();
            if (appending
                && (!order.empty() ? storedOrders.count(std::string(order)) > 0
                                   : storedHashes.count(row.hash) > 0)) {
                ++report.rowsAlreadyImported;
                continue;
            }
            const std::int32_t customer = customers.index(customerKey);
            if (static_cast<std::size_t>(customer) == rowOfCustomer.size()) {
                // Customers join on the id; ids the project does not hold yet become new customers.
                const std::string_view key = customers.name(customer);
                const auto stored = storedCustomers.find(std::string(key));
                if (stored != storedCustomers.end()) {
                    rowOfCustomer.push_back(stored->second);
                } else {
                    rowOfCustomer.push_back(nextCustomerRow);
                    batch.newCustomers.emplace_back(nextCustomerRow++, key);
                    ++newCustomerCount;
                }
            }
            row.customerRow = rowOfCustomer[static_cast<std::size_t>(customer)];
            TransactionLine featureLine;
            featureLine.customer = static_cast<std::int32_t>(row.customerRow - 1);
            featureLine.day = row.day;
            featureLine.amount = row.amount;
            featureLine.quantity = row.quantity;
            if (!order.empty()) {
                const std::int32_t index = orders.index(order);
                row.order = orders.name(index);
                if (static_cast<std::size_t>(index) == orderCodes.size()) {
                    orderCodes.push_back(store::orderCode(row.order));
                }
                featureLine.order = orderCodes[static_cast<std::size_t>(index)];
            }
            if (!category.empty()) {
                featureLine.category = categories.index(category);
                row.category = categories.name(featureLine.category);
            }
            if (!channel.empty()) {
                featureLine.channel = channels.index(channel);
                row.channel = channels.name(featureLine.channel);
            }
            fresh.lines.push_back(featureLine);
            report.returnRows += row.amount < 0.0 ? 1 : 0;
            if (!anyRow) {
                report.firstDay = row.day;
                report.lastDay = row.day;
                anyRow = true;
            }
            report.firstDay = std::min(report.firstDay, row.day);
            report.lastDay = std::max(report.lastDay, row.day);
            ++report.rowsImported;
            batch.rows.push_back(row);
            if (batch.rows.size() == batchRows) {
                batch.fraction = source.fraction();
                if (cancelRequested || !queue.push(std::move(batch))) {
                    return;
                }
                batch = RowBatch {};
                batch.rows.reserve(batchRows);
            }
        }
        if (!rowError && !readError && (!batch.rows.empty() || !batch.newCustomers.empty())) {
            batch.fraction = source.fraction();
            queue.push(std::move(batch));
        }
    };
    {
        ReaderThread reader(queue, [&] {
            try {
                readRows();
            } catch (...) {
                readerFailure = std::current_exception();
            }
            queue.finish();
        });
        std::vector<store::NewTransaction> lines;
        while (auto batch = queue.pop()) {
            transactions.addCustomers(batch->newCustomers);
            lines.clear();
            for (const CheckedRow &row : batch->rows) {
                store::NewTransaction &line = lines.emplace_back();
                line.line = row.line;
                line.customerRow = row.customerRow;
                line.orderKey = row.order;
                line.day = row.day;
                line.secondOfDay = row.secondOfDay;
                line.amount = row.amount;
                if (!std::isnan(row.quantity)) {
                    line.quantity = row.quantity;
                }
                line.category = row.category;
                line.channel = row.channel;
                line.rowHash = row.hash;
            }
            transactions.insert(lines);
            progress.setFraction(batch->fraction);
            if (progress.isCancelRequested()) {
                cancelRequested = true;
                return makeError(ErrorCode::Cancelled); // the reader is joined, the transaction rolls back
            }
        }
        reader.join();
    }
    if (readerFailure) {
        std::rethrow_exception(readerFailure);
    }
    const bool isWorkbook = source.isWorkbook();
    opened.value().reset(); // the text is read: free it before the features need their memory
    if (readError) {
        return *readError;
    }
    if (!forced) {
        const Formats voted = decideFormats(votes, params, isWorkbook, report.dialect.delimiter);
        if (voted.isAmbiguous) {
            return makeError(
                ErrorCode::AmbiguousDateFormat, {file, header[*roles[DateRole]], votes.ambiguousExample});
        }
        if (!(voted == tentative)) {
            redoWith = voted;
            return makeError(ErrorCode::Cancelled); // rolled back; the caller imports again with `voted`
        }
    }
    if (rowError) {
        return *rowError;
    }
    report.secondsWriting = stageSeconds();
    report.newCustomerCount = newCustomerCount;
    report.customerCount = storedCustomerCount + report.newCustomerCount;

    // The project's day range: the stored one and this import's, without scanning the table again.
    std::optional<std::pair<std::int64_t, std::int64_t>> range = storedDayRange;
    if (anyRow) {
        range = range
            ? std::make_pair(std::min(range->first, report.firstDay), std::max(range->second, report.lastDay))
            : std::make_pair(report.firstDay, report.lastDay);
    }
    report.analysisDay = params.analysisDay ? *params.analysisDay : (range ? range->second + 1 : 0);
    if (range) {
        for (std::size_t c = 0; c < categories.size(); ++c) {
            fresh.categoryNames.push_back(categories.name(static_cast<std::int32_t>(c)));
        }
        for (std::size_t c = 0; c < channels.size(); ++c) {
            fresh.channelNames.push_back(channels.name(static_cast<std::int32_t>(c)));
        }
        report.derivedColumns
            = transactions.refreshDerivedColumns(report.analysisDay, progress, std::move(fresh));
    }
    report.secondsDeriving = stageSeconds();
    database.execute("INSERT OR REPLACE INTO project_meta (key, value) VALUES ('analysis_day', "
        + std::to_string(report.analysisDay) + ")");
    transactions.updateImportCounts(importId, report.rowsImported, report.rowsSkipped,
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started)
            .count());
    if (progress.isCancelRequested()) {
        return makeError(ErrorCode::Cancelled);
    }
    progress.setFraction(1.0);
    transaction.commit();
    return report;
}

} // namespace

Result<TransactionImportReport> importTransactionLog(store::Database &database,
    const std::string &projectPath, const TransactionImportParams &params, Progress &progress)
{
    (void)projectPath;
    std::optional<Formats> redoWith;
    auto report = importWithFormats(database, params, std::nullopt, redoWith, progress);
    if (redoWith) {
        std::optional<Formats> unused;
        report = importWithFormats(database, params, redoWith, unused, progress);
    }
    return report;
}

} // namespace segmenta::engine
