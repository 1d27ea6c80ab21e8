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

#include <array>
#include <chrono>
#include <cmath>
#include <cstring>
#include <limits>
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

/// The formats and marks still possible for a column, with how many values failed under each.
struct FormatVotes
{
    std::array<std::int64_t, 4> dateFailures {}; ///< per DateFormat
    std::array<std::int64_t, 2> numberFailures {}; ///< Dot, Comma over all numeric role columns
    std::string ambiguousExample; ///< a date that day-first and month-first read differently
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

Result<TransactionImportReport> importTransactionLog(store::Database &database,
    const std::string &projectPath, const TransactionImportParams &params, Progress &progress)
{
    (void)projectPath;
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
    const std::vector<std::string> &header = headerRecord.value().fields;
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

    // Pass 1: the date format and decimal mark that read the whole file.
    progress.setStage("import.detect");
    constexpr std::array<DateFormat, 4> dateFormats {
        DateFormat::Iso, DateFormat::DayMonthYear, DateFormat::MonthDayYear, DateFormat::Compact};
    const std::array<NumberFormat, 2> numberFormats {NumberFormat {'.', ','}, NumberFormat {',', '.'}};
    FormatVotes votes;
    {
        RecordSource &reader = source; // positioned after the header
        CsvRecord record;
        std::size_t rows = 0;
        while (true) {
            auto more = reader.next(record);
            if (!more) {
                return more.error();
            }
            if (!more.value()) {
                break;
            }
            if (record.fields.size() != fieldCount) {
                continue; // counted in pass 2
            }
            const std::string_view date = trimmed(record.fields[*roles[DateRole]]);
            if (!date.empty() && !params.dateFormat) {
                std::array<std::optional<DateTime>, 4> parsed;
                for (std::size_t f = 0; f < dateFormats.size(); ++f) {
                    parsed[f] = parseDate(date, dateFormats[f]);
                    votes.dateFailures[f] += parsed[f] ? 0 : 1;
                }
                if (votes.ambiguousExample.empty() && parsed[1] && parsed[2]
                    && parsed[1]->day != parsed[2]->day) {
                    votes.ambiguousExample = std::string(date);
                }
            }
            for (const std::size_t field : numberFields) {
                const std::string_view value = trimmed(record.fields[field]);
                if (!value.empty() && params.decimalMark == DecimalMark::Auto) {
                    for (std::size_t m = 0; m < numberFormats.size(); ++m) {
                        votes.numberFailures[m] += parseReal(value, numberFormats[m]) ? 0 : 1;
                    }
                }
            }
            if (++rows % progressEveryRows == 0) {
                progress.setFraction(reader.fraction());
                if (progress.isCancelRequested()) {
                    return makeError(ErrorCode::Cancelled);
                }
            }
        }
    }
    if (params.dateFormat) {
        report.dateFormat = *params.dateFormat;
    } else {
        std::size_t best = 0;
        for (std::size_t f = 1; f < dateFormats.size(); ++f) {
            if (votes.dateFailures[f] < votes.dateFailures[best]) {
                best = f;
            }
        }
        // Day-first and month-first equally good, and some date reads differently: only the user knows.
        if ((best == 1 || best == 2) && votes.dateFailures[1] == votes.dateFailures[2]
            && !votes.ambiguousExample.empty()) {
            return makeError(
                ErrorCode::AmbiguousDateFormat, {file, header[*roles[DateRole]], votes.ambiguousExample});
        }
        report.dateFormat = dateFormats[best];
    }
    if (source.isWorkbook()) {
        report.dialect.decimalMark = DecimalMark::Dot; // workbook numbers arrive as "1234.5"
    } else if (params.decimalMark != DecimalMark::Auto) {
        report.dialect.decimalMark = params.decimalMark;
    } else if (votes.numberFailures[0] != votes.numberFailures[1]) {
        report.dialect.decimalMark
            = votes.numberFailures[1] < votes.numberFailures[0] ? DecimalMark::Comma : DecimalMark::Dot;
    } else {
        report.dialect.decimalMark = report.dialect.delimiter == ';' ? DecimalMark::Comma : DecimalMark::Dot;
    }
    report.dialect.thousandsSeparator = report.dialect.decimalMark == DecimalMark::Comma ? '.' : ',';
    const NumberFormat numbers = numberFormat(report.dialect);

    // Pass 2: read, check and collect every row before anything is written. Rows are kept compact (keys
    // and names interned), so a million-row log needs some tens of megabytes beyond its text.
    progress.setStage("import.parse");
    const bool appending = transactions.transactionCount() > 0;
    const std::unordered_set<std::string> storedOrders
        = appending && roles[OrderRole] ? transactions.storedOrderKeys() : std::unordered_set<std::string> {};
    const std::unordered_set<std::int64_t> storedHashes = appending && !roles[OrderRole]
        ? transactions.storedRowHashes()
        : std::unordered_set<std::int64_t> {};
    struct ParsedRow
    {
        std::int64_t line = 0;
        std::int64_t day = 0;
        std::int64_t hash = 0;
        double amount = 0.0;
        double quantity = std::numeric_limits<double>::quiet_NaN();
        std::int32_t customer = 0;
        std::int32_t order = -1;
        std::int32_t category = -1;
        std::int32_t channel = -1;
        std::int32_t secondOfDay = 0;
    };
    StringInterner customers;
    StringInterner orders;
    StringInterner categories;
    StringInterner channels;
    std::vector<ParsedRow> rows;
    const auto skip = [&](std::int64_t line, std::int64_t column, std::string reason) {
        ++report.rowsSkipped;
        if (report.skipped.size() < maxListedSkips) {
            report.skipped.push_back(SkippedRow {line, column, std::move(reason)});
        }
    };
    {
        if (Status rewound = source.rewind(progress); !rewound) {
            return rewound.error();
        }
        RecordSource &reader = source;
        CsvRecord record;
        (void)reader.next(record); // the header
        while (true) {
            auto more = reader.next(record);
            if (!more) {
                return more.error();
            }
            if (!more.value()) {
                break;
            }
            ++report.rowsRead;
            if (report.rowsRead % static_cast<std::int64_t>(progressEveryRows) == 0) {
                progress.setFraction(reader.fraction());
                if (progress.isCancelRequested()) {
                    return makeError(ErrorCode::Cancelled);
                }
            }
            if (record.fields.size() != fieldCount) {
                Error ragged = raggedRowError(file, record, fieldCount, report.dialect.delimiter);
                if (params.onError == RowErrorPolicy::Stop) {
                    return ragged;
                }
                skip(record.line, ragged.where->column,
                    std::to_string(record.fields.size()) + " fields, the header has "
                        + std::to_string(fieldCount));
                continue;
            }
            const auto fieldOf = [&](Role role) { return std::string_view(record.fields[*roles[role]]); };
            const auto where = [&](Role role) {
                return Location {file, record.line, static_cast<std::int64_t>(*roles[role] + 1)};
            };
            ParsedRow row;
            row.line = record.line;
            const std::string_view customerKey = trimmed(fieldOf(CustomerRole));
            if (customerKey.empty()) {
                if (params.onError == RowErrorPolicy::Stop) {
                    return makeError(ErrorCode::MissingCustomerId, {file, header[*roles[CustomerRole]]},
                        where(CustomerRole));
                }
                skip(record.line, where(CustomerRole).column, "no customer id");
                continue;
            }
            const auto date = parseDate(fieldOf(DateRole), report.dateFormat);
            if (!date) {
                if (params.onError == RowErrorPolicy::Stop) {
                    return makeError(ErrorCode::UnparseableValue,
                        {file, header[*roles[DateRole]], std::string(fieldOf(DateRole)), "date"},
                        where(DateRole));
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
            std::array<std::optional<double>, RoleCount> values;
            for (const Role role : {AmountRole, QuantityRole, PriceRole}) {
                if (!roles[role] || !rowOk) {
                    continue;
                }
                const std::string_view raw = trimmed(fieldOf(role));
                values[role] = raw.empty() ? std::nullopt : parseReal(raw, numbers);
                const bool required = role == AmountRole || amountFromPrice;
                if (values[role] && !std::isfinite(*values[role])) {
                    values[role].reset();
                }
                if (values[role] || (raw.empty() && !required)) {
                    continue;
                }
                if (params.onError == RowErrorPolicy::Stop) {
                    return makeError(ErrorCode::UnparseableValue,
                        {file, header[*roles[role]], std::string(fieldOf(role)), "number"}, where(role));
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
            row.customer = customers.index(customerKey);
            row.order = order.empty() ? -1 : orders.index(order);
            row.category = category.empty() ? -1 : categories.index(category);
            row.channel = channel.empty() ? -1 : channels.index(channel);
            report.returnRows += row.amount < 0.0 ? 1 : 0;
            rows.push_back(row);
        }
    }
    report.rowsImported = static_cast<std::int64_t>(rows.size());
    if (!rows.empty()) {
        report.firstDay = rows.front().day;
        report.lastDay = rows.front().day;
        for (const ParsedRow &row : rows) {
            report.firstDay = std::min(report.firstDay, row.day);
            report.lastDay = std::max(report.lastDay, row.day);
        }
    }

    report.secondsChecking = stageSeconds();
    progress.setStage("import.write");
    store::Transaction transaction(database);
    store::TransactionStore::ImportRecord record;
    record.sourcePath = file;
    record.sourceSize = sourceSize;
    record.rowCount = report.rowsImported;
    record.idColumn = header[*roles[CustomerRole]];
    record.sha256 = report.sha256;
    {
        std::string options = "{\"delimiter\":\"" + delimiterName(report.dialect.delimiter)
            + "\",\"encoding\":\"" + encodingName(report.dialect.encoding) + "\",\"decimal\":\""
            + (report.dialect.decimalMark == DecimalMark::Comma ? "," : ".") + "\",\"date_format\":\""
            + dateFormatName(report.dateFormat) + "\",\"on_error\":\""
            + (params.onError == RowErrorPolicy::Stop        ? "stop"
                    : params.onError == RowErrorPolicy::Skip ? "skip"
                                                             : "missing")
            + "\"}";
        record.optionsJson = std::move(options);
    }
    record.skippedCount = report.rowsSkipped;
    record.durationMs
        = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started)
              .count();
    const std::int64_t importId = transactions.addImport(record);

    // Customers join on the id; ids the project does not hold yet become new customers.
    std::unordered_map<std::string, std::int64_t> customerRows = transactions.customerRows();
    std::vector<std::pair<std::int64_t, std::string>> newCustomers;
    std::vector<std::int64_t> rowOfCustomer(customers.size());
    std::int64_t nextRow = static_cast<std::int64_t>(customerRows.size()) + 1;
    for (std::size_t c = 0; c < customers.size(); ++c) {
        const std::string key(customers.name(static_cast<std::int32_t>(c)));
        const auto [it, added] = customerRows.emplace(key, nextRow);
        if (added) {
            newCustomers.emplace_back(nextRow++, key);
        }
        rowOfCustomer[c] = it->second;
    }
    transactions.addCustomers(newCustomers);
    report.newCustomerCount = static_cast<std::int64_t>(newCustomers.size());
    report.customerCount = static_cast<std::int64_t>(customerRows.size());

    transactions.beginInsert(importId);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const ParsedRow &row = rows[r];
        store::NewTransaction line;
        line.line = row.line;
        line.customerRow = rowOfCustomer[static_cast<std::size_t>(row.customer)];
        line.orderKey = row.order >= 0 ? orders.name(row.order) : std::string_view();
        line.day = row.day;
        line.secondOfDay = row.secondOfDay;
        line.amount = row.amount;
        if (!std::isnan(row.quantity)) {
            line.quantity = row.quantity;
        }
        line.category = row.category >= 0 ? categories.name(row.category) : std::string_view();
        line.channel = row.channel >= 0 ? channels.name(row.channel) : std::string_view();
        line.rowHash = row.hash;
        transactions.insert(line);
        if ((r + 1) % progressEveryRows == 0) {
            progress.setFraction(static_cast<double>(r + 1) / static_cast<double>(rows.size()));
            if (progress.isCancelRequested()) {
                return makeError(ErrorCode::Cancelled); // the transaction rolls back
            }
        }
    }
    std::vector<ParsedRow>().swap(rows);

    report.secondsWriting = stageSeconds();
    const auto range = transactions.dayRange();
    report.analysisDay = params.analysisDay ? *params.analysisDay : (range ? range->second + 1 : 0);
    if (range) {
        report.derivedColumns = transactions.refreshDerivedColumns(report.analysisDay, progress);
    }
    report.secondsDeriving = stageSeconds();
    database.execute("INSERT OR REPLACE INTO project_meta (key, value) VALUES ('analysis_day', "
        + std::to_string(report.analysisDay) + ")");
    if (progress.isCancelRequested()) {
        return makeError(ErrorCode::Cancelled);
    }
    progress.setFraction(1.0);
    transaction.commit();
    return report;
}

} // namespace segmenta::engine
