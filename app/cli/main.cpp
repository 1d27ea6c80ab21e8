// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// segmenta-cli: the headless interface scripts and other tools call. Its commands, options, exit codes
// and --json output are documented in README.md and kept stable: add, don't rename.
#include "CliSupport.h"
#include "Commands.h"

#include "Session.h"
#include "import/ValueParsing.h"

#include <atomic>
#include <charconv>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
#include <system_error>
#include <unistd.h>

namespace {

using namespace segmenta::engine;
using namespace segmenta::cli;

constexpr const char *usageText = R"(Usage: segmenta-cli COMMAND [OPTIONS]

Commands:
  import   --project P --file F [--kind customers|transactions] [--id COL] [--sheet NAME] [--delimiter ,|;|tab|pipe]
           [--encoding utf-8|utf-16|windows-1254|iso-8859-9|windows-1252] [--decimal .|,]
           [--on-error stop|skip|missing] [--date-format DD.MM.YYYY|MM/DD/YYYY|YYYY-MM-DD|YYYYMMDD] [--json]
           customers only: [--column-type NAME=integer|decimal|date|datetime|boolean|categorical|text|identifier]
           (repeatable; otherwise each column's type is inferred from all its values)
           transactions only: [--date COL] [--amount COL] [--order COL] [--quantity COL] [--price COL]
           [--category COL] [--channel COL] [--analysis-date YYYY-MM-DD]
           Import a customer table (one row per customer) or a transaction log (one row per order line;
           derives recency, frequency, monetary, ... per customer) into project P (created if missing).
           F is delimited text or an .xlsx workbook (first sheet, or --sheet NAME). Delimiter, encoding,
           decimal mark, date format and column roles are detected unless given.
  segment  --project P (--columns a,b,c [--log a,b] | --criteria NAME|FILE.json) (--k K | --cut-height H)
           [--method kmeans|minibatch|hierarchical|kprototypes|kmedoids|gmm] [--linkage ward|average|complete|single]
           [--gamma G] [--covariance full|diag] [--batch-size N]
           [--seed S] [--n-init N] [--max-iterations N] [--name NAME] [--match-to NAME] [--json]
           Group customers into K segments on the numeric columns (z-scored; k-means or hierarchical; PCA map),
           or on a criteria set (saved NAME, or a FILE.json that is checked and saved under its name first).
           kprototypes also takes text columns (categorical; --gamma weighs a mismatch, default Huang's);
           kmedoids too (Gower dissimilarity; exact PAM up to 3,000 customers, CLARA beyond).
           gmm: Gaussian mixture (--covariance full, the default, or diag); stores each customer's probability
           of every segment. minibatch: mini-batch k-means for very many customers (--batch-size, default 1024).
           --match-to NAME re-runs an earlier segmentation: segments matched to its segments (shared
           customers, else nearest centres) keep their names, colours and notes; says what was kept, split,
           merged, appeared or vanished. --cut-height H (hierarchical only, instead of --k): cut the tree at
           height H; k is the number of segments that leaves (2..50).
  recut    --project P --segmentation NAME (--k K | --height H) [--name N] [--json]
           Cut a hierarchical segmentation's stored merge tree again at K segments or at height H into a new
           segmentation (nothing re-fitted, the source unchanged); its segments are matched to the source's,
           so names, colours and notes carry over. Default name: NAME followed by the new k.
  dendrogram --project P --segmentation NAME [--json]
           The merge tree stored with a hierarchical segmentation: each merge (left, right, height, size), and
           for two-step runs the micro-clusters' sizes.
  assign   --project P --segmentation NAME [--json]
           Put customers who are not yet members (e.g. from a later transaction import) into the segment with
           the nearest centroid, scaled as the segmentation was (k-means or hierarchical on columns); nothing
           is re-fitted. Customers missing a criterion are left out and listed.
  place    --project P [--segmentation NAME] [--json]
           Put the members that have no point on the segmentation's newest map (e.g. after assign) onto it
           without moving it: t-SNE maps place them among their neighbours, PCA maps through the map's own
           transform (recovered from its points). Existing points stay where they are. Newest by default.
  silhouette --project P [--segmentation NAME] [--out FILE.csv] [--json]
           Silhouette of every member of a segmentation (newest by default) on the matrix it was clustered on:
           per-segment means and the overall mean; exact up to 20,000 members, else on a seeded sample of
           20,000. Computed once and kept in the project. --out writes each customer's value as CSV.
  criteria --project P (--file F.json [--save] | --name NAME) [--bins 20] [--json]
           Check a criteria set against the project and preview it: customers used and dropped (and why),
           each variable before and after its transform, near-duplicate variables. --save stores it.
  choose-k --project P (--columns a,b,c | --criteria NAME|FILE.json) [--k-range 2..10] [--seed S] [--n-init N]
           [--stability-runs N] [--method kmeans|gmm] [--covariance full|diag] [--json]
           Compare numbers of segments (silhouette, Calinski-Harabasz, Davies-Bouldin, stability) and
           recommend one, saying why, on the z-scored columns or on the criteria set's matrix (as segment
           uses them). Changes nothing (but a criteria FILE is checked and saved under its name first).
           --method gmm fits Gaussian mixtures instead, reports each k's BIC and recommends the lowest BIC.
  info     --project P [--json]
           Customers, columns with types, and segmentations.
  export   --project P --out FILE.csv|FILE.xlsx [--segmentation NAME] [--format csv|xlsx] [--columns a,b,c]
           [--segment N]
           Write each customer's id, segment number and name, then all columns (newest segmentation by default).
           The format follows --format, else the extension (.xlsx: an Excel workbook with numbers, dates and
           text typed, a frozen header and a filter; otherwise CSV). --columns picks and orders the columns
           by header (customer id header, segment, segment_name, segment_probability, customer columns);
           --segment N writes only segment N's members.
  clv      --project P [--model bgnbd|paretonbd] [--calibration-end YYYY-MM-DD] [--horizon-months 12]
           [--discount-rate 0.01] [--bootstrap 200] [--seed S] [--tiers] [--at-risk-limit 50]
           [--at-risk-value-share 0.2] [--at-risk-max-alive 0.5] [--json]
           Fit lifetime-value models to the imported transactions and store P(alive), expected purchases,
           expected order value and CLV per customer as value columns (usable in segment --columns), with
           a 5-95 % CLV range from N parameter draws (--bootstrap 0: none). Lists valuable customers who are
           probably gone (in the top --at-risk-value-share by past value with P(alive) below
           --at-risk-max-alive); --tiers also stores the CLV tiers (top 1 %, 5 %, 20 %, rest) as a segmentation.
  project  --project P [--segmentation NAME] [--method tsne|pca] [--perplexity 30] [--iterations 750] [--seed S]
           [--gradient auto|bh|fft] [--criteria NAME|FILE.json] [--json]
           Draw a new map of a segmentation's customers (t-SNE or PCA on its criteria, or on the matrix of the
           criteria set given, built as segment --criteria builds it); the app shows the newest. t-SNE's
           --gradient: Barnes-Hut (bh), FFT interpolation (fft), or auto (FFT above 10,000 customers).
  rfm      --project P [--analysis-date YYYY-MM-DD] [--map FILE.json | --preset rf11|rf10|simple6] [--name NAME]
           [--language en|tr] [--write-map FILE.json] [--json]
           Score recency, frequency and monetary 1-5 (ties kept together), apply the named R x F map, report
           bands in real units, ties and map coverage, and store the scores and the segments.
  rules    --project P --file RULES.json [--save NAME] [--analysis-date YYYY-MM-DD] [--json]
           or: rules --project P --refresh NAME [--json]
           Count the customers of each rule segment (JSON rule set, see README), who falls in several and who
           in none. Changes nothing unless --save stores the set and its segments (first matching rule wins);
           --refresh re-evaluates a saved dynamic set (a frozen one keeps its segments).
  --version, --help

Exit codes: 0 done, 1 internal error, 2 usage error, 3 bad input (project unchanged), 130 cancelled.
)";

std::optional<char> delimiterFromName(const std::string &name)
{
    if (name == "," || name == "comma") {
        return ',';
    }
    if (name == ";" || name == "semicolon") {
        return ';';
    }
    if (name == "tab" || name == "\t") {
        return '\t';
    }
    if (name == "|" || name == "pipe") {
        return '|';
    }
    return std::nullopt;
}

std::optional<DecimalMark> decimalMarkFromName(const std::string &name)
{
    if (name == "." || name == "dot") {
        return DecimalMark::Dot;
    }
    if (name == "," || name == "comma") {
        return DecimalMark::Comma;
    }
    return std::nullopt;
}

/// The dialect options shared by both kinds of import. Returns a usage message on a bad value.
std::optional<std::string> readDialectOptions(
    const CommandLine &args, std::optional<char> &delimiter, std::string &encoding, DecimalMark &decimalMark)
{
    if (args.has("delimiter")) {
        delimiter = delimiterFromName(args.value("delimiter"));
        if (!delimiter) {
            return "--delimiter takes , ; tab or pipe";
        }
    }
    if (args.has("encoding")) {
        if (!encodingFromName(args.value("encoding"))) {
            return "--encoding takes utf-8, utf-16, windows-1254, iso-8859-9 or windows-1252";
        }
        encoding = args.value("encoding");
    }
    if (args.has("decimal")) {
        const auto mark = decimalMarkFromName(args.value("decimal"));
        if (!mark) {
            return "--decimal takes . or ,";
        }
        decimalMark = *mark;
    }
    return std::nullopt;
}

/// --on-error, shared by both kinds of import. Returns a usage message on a bad value.
std::optional<std::string> readOnError(const CommandLine &args, RowErrorPolicy &policy)
{
    if (args.has("on-error")) {
        const std::string name = args.value("on-error");
        if (name == "stop") {
            policy = RowErrorPolicy::Stop;
        } else if (name == "skip") {
            policy = RowErrorPolicy::Skip;
        } else if (name == "missing") {
            policy = RowErrorPolicy::Missing;
        } else {
            return std::string("--on-error takes stop, skip or missing");
        }
    }
    return std::nullopt;
}

/// Opens the project, creating it when missing. `created` says whether this command made it.
Result<Session> openOrCreate(const std::string &projectPath, bool &created)
{
    std::error_code ignored;
    created = !std::filesystem::exists(projectPath, ignored);
    return created ? Session::createProject(projectPath) : Session::openProject(projectPath);
}

/// After a failed import into a project this command created: leave nothing behind.
void removeCreatedProject(Result<Session> &session, const std::string &projectPath)
{
    session = Session::openProject(projectPath); // releases the file before removal
    std::error_code ignored;
    std::filesystem::remove(projectPath, ignored);
}

void writeDialect(JsonWriter &out, const CsvDialect &dialect)
{
    out.key("dialect").beginObject();
    out.key("delimiter").value(std::string(1, dialect.delimiter));
    out.key("encoding").value(encodingName(dialect.encoding));
    out.key("decimal").value(dialect.decimalMark == DecimalMark::Comma ? "," : ".");
    out.endObject();
}

/// "skipped": the rows an import left out, as listed in its report.
void writeSkipped(JsonWriter &out, const std::vector<SkippedRow> &skipped)
{
    out.key("skipped").beginArray();
    for (const SkippedRow &row : skipped) {
        out.beginObject();
        out.key("line").value(row.line);
        out.key("column").value(row.column);
        out.key("reason").value(row.reason);
        out.endObject();
    }
    out.endArray();
}

int runImportTransactions(const CommandLine &args)
{
    const bool json = args.has("json");
    const std::string projectPath = args.value("project");
    if (args.has("column-type")) {
        return usage("--column-type applies to --kind customers only");
    }
    TransactionImportParams params;
    params.filePath = args.value("file");
    if (auto problem = readDialectOptions(args, params.delimiter, params.encoding, params.decimalMark)) {
        return usage(*problem);
    }
    params.customerColumn = args.value("id", args.value("id-column"));
    params.sheet = args.value("sheet");
    params.dateColumn = args.value("date");
    params.amountColumn = args.value("amount");
    params.orderColumn = args.value("order");
    params.quantityColumn = args.value("quantity");
    params.priceColumn = args.value("price");
    params.categoryColumn = args.value("category");
    params.channelColumn = args.value("channel");
    if (args.has("date-format")) {
        params.dateFormat = dateFormatFromName(args.value("date-format"));
        if (!params.dateFormat) {
            return usage("--date-format takes YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY, MM/DD/YYYY or YYYYMMDD");
        }
    }
    if (auto problem = readOnError(args, params.onError)) {
        return usage(*problem);
    }
    if (args.has("analysis-date")) {
        const auto day = parseDate(args.value("analysis-date"), DateFormat::Iso);
        if (!day || day->secondOfDay != 0) {
            return usage("--analysis-date takes a date as YYYY-MM-DD");
        }
        params.analysisDay = day->day;
    }
    bool created = false;
    auto session = openOrCreate(projectPath, created);
    if (!session) {
        return fail(session.error(), json);
    }
    TerminalProgress progress;
    auto report = session.value().importTransactionsCsv(params, progress);
    if (!report) {
        if (created) {
            removeCreatedProject(session, projectPath);
        }
        return fail(report.error(), json);
    }
    const TransactionImportReport &r = report.value();
    if (json) {
        JsonWriter out;
        out.beginObject();
        out.key("project").value(projectPath);
        out.key("kind").value("transactions");
        out.key("rows_read").value(r.rowsRead);
        out.key("rows_imported").value(r.rowsImported);
        out.key("rows_skipped").value(r.rowsSkipped);
        out.key("rows_already_imported").value(r.rowsAlreadyImported);
        out.key("return_rows").value(r.returnRows);
        writeSkipped(out, r.skipped);
        out.key("columns").beginArray();
        for (const ImportedColumnRole &column : r.columns) {
            out.beginObject();
            out.key("name").value(column.name);
            out.key("role").value(column.role);
            out.endObject();
        }
        out.endArray();
        writeDialect(out, r.dialect);
        out.key("date_format").value(dateFormatName(r.dateFormat));
        out.key("first_date").value(r.rowsImported > 0 ? isoDate(r.firstDay) : std::string());
        out.key("last_date").value(r.rowsImported > 0 ? isoDate(r.lastDay) : std::string());
        out.key("analysis_date").value(isoDate(r.analysisDay));
        out.key("customers").value(r.customerCount);
        out.key("new_customers").value(r.newCustomerCount);
        out.key("derived_columns");
        writeColumns(out, r.derivedColumns);
        out.key("sha256").value(r.sha256);
        out.key("timings").beginObject();
        out.key("reading").value(r.secondsReading);
        out.key("checking").value(r.secondsChecking);
        out.key("writing").value(r.secondsWriting);
        out.key("deriving").value(r.secondsDeriving);
        out.endObject();
        out.endObject();
        std::cout << out.text() << '\n';
    } else {
        std::cout << "Imported " << r.rowsImported << " of " << r.rowsRead << " transaction rows into "
                  << projectPath << " (" << r.rowsSkipped << " skipped, " << r.rowsAlreadyImported
                  << " already imported); " << r.customerCount << " customers, " << r.derivedColumns.size()
                  << " customer features up to " << isoDate(r.analysisDay) << '\n';
        for (const SkippedRow &row : r.skipped) {
            std::cout << "  skipped line " << row.line << ": " << row.reason << '\n';
        }
    }
    return ExitDone;
}

int runImport(const CommandLine &args)
{
    const bool json = args.has("json");
    const std::string projectPath = args.value("project");
    const std::string filePath = args.value("file");
    if (projectPath.empty() || filePath.empty()) {
        return usage("import needs --project and --file");
    }
    const std::string kind = args.value("kind", "customers");
    if (kind == "transactions") {
        return runImportTransactions(args);
    }
    if (kind != "customers") {
        return usage("--kind takes customers or transactions");
    }
    for (const char *option :
        {"date", "amount", "order", "quantity", "price", "category", "channel", "analysis-date"}) {
        if (args.has(option)) {
            return usage(std::string("--") + option + " applies to --kind transactions only");
        }
    }
    CsvImportParams params;
    params.filePath = filePath;
    params.idColumn = args.value("id", args.value("id-column"));
    params.sheet = args.value("sheet");
    if (args.has("date-format")) {
        params.dateFormat = dateFormatFromName(args.value("date-format"));
        if (!params.dateFormat) {
            return usage("--date-format takes YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY, MM/DD/YYYY or YYYYMMDD");
        }
    }
    for (const std::string &choice : args.values("column-type")) {
        const auto equals = choice.rfind('=');
        const auto chosen
            = equals == std::string::npos ? std::nullopt : valueKindFromName(choice.substr(equals + 1));
        if (equals == 0 || !chosen) {
            return usage(
                "--column-type takes NAME=TYPE, TYPE one of integer, decimal, date, datetime, boolean, "
                "categorical (or category), text, identifier");
        }
        ColumnOverride column;
        column.name = choice.substr(0, equals);
        column.type = chosen;
        params.columns.push_back(column);
    }
    if (auto problem = readDialectOptions(args, params.delimiter, params.encoding, params.decimalMark)) {
        return usage(*problem);
    }
    if (auto problem = readOnError(args, params.onError)) {
        return usage(*problem);
    }
    bool created = false;
    auto session = openOrCreate(projectPath, created);
    if (!session) {
        return fail(session.error(), json);
    }
    TerminalProgress progress;
    auto report = session.value().importCustomersCsv(params, progress);
    if (!report) {
        if (created) {
            removeCreatedProject(session, projectPath);
        }
        return fail(report.error(), json);
    }
    const ImportReport &r = report.value();
    if (json) {
        JsonWriter out;
        out.beginObject();
        out.key("project").value(projectPath);
        out.key("customers").value(r.customerCount);
        out.key("id_column");
        r.idColumn.empty() ? out.null() : out.value(r.idColumn);
        out.key("columns");
        writeColumns(out, r.columns);
        writeDialect(out, r.dialect);
        out.key("rows_read").value(r.rowsRead);
        out.key("rows_skipped").value(r.rowsSkipped);
        out.key("rows_without_id").value(r.rowsWithoutId);
        out.key("rows_with_repeated_id").value(r.rowsWithRepeatedId);
        writeSkipped(out, r.skipped);
        out.endObject();
        std::cout << out.text() << '\n';
    } else {
        std::cout << "Imported " << r.customerCount << " customers with " << r.columns.size()
                  << " columns into " << projectPath << '\n';
        if (r.rowsSkipped > 0) {
            std::cout << r.rowsSkipped << " of " << r.rowsRead << " rows were left out";
            if (r.rowsWithoutId + r.rowsWithRepeatedId > 0) {
                std::cout << " (" << r.rowsWithoutId << " without a customer id, " << r.rowsWithRepeatedId
                          << " repeating an earlier row's id)";
            }
            std::cout << ":\n";
        }
        for (const SkippedRow &row : r.skipped) {
            std::cout << "  skipped line " << row.line << ": " << row.reason << '\n';
        }
    }
    return ExitDone;
}

/// The fields only some methods have: covariance, log_likelihood and bic for "gmm", batch_size for
/// "minibatch"; nothing for the others (so their JSON is unchanged).
void writeMethodDetails(JsonWriter &out, const SegmentationInfo &info)
{
    if (!info.covariance.empty()) {
        out.key("covariance").value(info.covariance);
    }
    if (info.logLikelihood) {
        out.key("log_likelihood").value(*info.logLikelihood);
    }
    if (info.bic) {
        out.key("bic").value(*info.bic);
    }
    if (info.batchSize > 0) {
        out.key("batch_size").value(info.batchSize);
    }
}

int runSegment(const CommandLine &args)
{
    const bool json = args.has("json");
    if (!args.has("project") || args.has("columns") == args.has("criteria")
        || args.has("k") == args.has("cut-height")) {
        return usage(
            "segment needs --project, one of --k or --cut-height and one of --columns or --criteria");
    }
    if (args.has("criteria") && args.has("log")) {
        return usage("--log applies to --columns (a criteria set names its own transforms)");
    }
    SegmentationParams params;
    if (args.has("columns")) {
        params.columns = segmenta::cli::splitList(args.value("columns"));
    }
    if (args.has("log")) {
        params.logColumns = segmenta::cli::splitList(args.value("log"));
    }
    params.name = args.value("name");
    params.matchTo = args.value("match-to");
    if (args.has("match-to") && params.matchTo.empty()) {
        return usage("--match-to takes the name of a stored segmentation");
    }
    bool ok = true;
    params.segmentCount = parseInt(args, "k", params.segmentCount, ok);
    params.seed = parseSeed(args, params.seed, ok);
    if (!ok) {
        return usage("--k, --n-init, --max-iterations and --seed take whole numbers");
    }
    const std::string method = args.value("method", "kmeans");
    if (method == "hierarchical") {
        params.method = SegmentationMethod::Hierarchical;
    } else if (method == "kprototypes") {
        params.method = SegmentationMethod::KPrototypes;
    } else if (method == "kmedoids") {
        params.method = SegmentationMethod::KMedoids;
    } else if (method == "gmm") {
        params.method = SegmentationMethod::GaussianMixture;
        params.initCount = 1; // scikit-learn's n_init for mixtures; --n-init raises it
        params.maxIterations = 100; // scikit-learn's max_iter for mixtures
    } else if (method == "minibatch") {
        params.method = SegmentationMethod::MiniBatchKMeans;
        params.initCount = 3; // scikit-learn's n_init for MiniBatchKMeans
        params.maxIterations = 100; // passes over the data, scikit-learn's max_iter
    } else if (method != "kmeans") {
        return usage("--method takes kmeans, minibatch, hierarchical, kprototypes, kmedoids or gmm");
    }
    params.initCount = parseInt(args, "n-init", params.initCount, ok);
    params.maxIterations = parseInt(args, "max-iterations", params.maxIterations, ok);
    if (!ok) {
        return usage("--k, --n-init, --max-iterations and --seed take whole numbers");
    }
    if (args.has("covariance")) {
        if (params.method != SegmentationMethod::GaussianMixture) {
            return usage("--covariance applies to --method gmm only");
        }
        const std::string covariance = args.value("covariance");
        if (covariance == "full") {
            params.covariance = CovarianceType::Full;
        } else if (covariance == "diag") {
            params.covariance = CovarianceType::Diagonal;
        } else {
            return usage("--covariance takes full or diag");
        }
    }
    if (args.has("batch-size")) {
        if (params.method != SegmentationMethod::MiniBatchKMeans) {
            return usage("--batch-size applies to --method minibatch only");
        }
        params.batchSize = parseInt(args, "batch-size", params.batchSize, ok);
        if (!ok) {
            return usage("--batch-size takes a whole number");
        }
    }
    if (args.has("gamma")) {
        if (params.method != SegmentationMethod::KPrototypes) {
            return usage("--gamma applies to --method kprototypes only");
        }
        // from_chars: a decimal point whatever the locale.
        const std::string text = args.value("gamma");
        double gamma = 0.0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), gamma);
        if (error != std::errc() || end != text.data() + text.size()) {
            return usage("--gamma takes a number, e.g. 0.5");
        }
        params.gamma = gamma;
    }
    if (args.has("linkage")) {
        const std::string linkage = args.value("linkage");
        if (params.method != SegmentationMethod::Hierarchical) {
            return usage("--linkage applies to --method hierarchical only");
        }
        if (linkage == "ward") {
            params.linkage = Linkage::Ward;
        } else if (linkage == "average") {
            params.linkage = Linkage::Average;
        } else if (linkage == "complete") {
            params.linkage = Linkage::Complete;
        } else if (linkage == "single") {
            params.linkage = Linkage::Single;
        } else {
            return usage("--linkage takes ward, average, complete or single");
        }
    }
    if (args.has("cut-height")) {
        if (params.method != SegmentationMethod::Hierarchical) {
            return usage("--cut-height applies to --method hierarchical only");
        }
        const std::string text = args.value("cut-height");
        double height = 0.0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), height);
        if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
            return usage("--cut-height takes a number, e.g. 2.5");
        }
        params.cutHeight = height;
    }
    auto session = Session::openProject(args.value("project"));
    if (!session) {
        return fail(session.error(), json);
    }
    if (args.has("criteria")) {
        if (const int code
            = useCriteriaOption(session.value(), args.value("criteria"), json, params.criteria);
            code != ExitDone) {
            return code;
        }
    }
    TerminalProgress progress;
    const auto started = std::chrono::steady_clock::now();
    auto result = session.value().runSegmentation(params, progress);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (!result) {
        return fail(result.error(), json);
    }
    const SegmentationInfo &info = result.value();
    auto segments = session.value().segments(info.name);
    if (!segments) {
        return fail(segments.error(), json);
    }
    if (json) {
        JsonWriter out;
        out.beginObject();
        out.key("name").value(info.name);
        out.key("method").value(info.method);
        out.key("k").value(info.segmentCount);
        out.key("columns").stringArray(info.columns);
        out.key("seed").value(info.seed);
        out.key("members").value(info.memberCount);
        out.key("inertia").value(info.inertia);
        out.key("iterations").value(info.iterations);
        out.key("converged").value(info.converged);
        writeMethodDetails(out, info);
        out.key("seconds").value(seconds);
        out.key("segments");
        writeSegments(out, segments.value());
        if (info.matching) {
            out.key("matching");
            writeMatching(out, *info.matching);
        }
        out.endObject();
        std::cout << out.text() << '\n';
    } else {
        std::cout << "Segmentation '" << info.name << "': " << info.memberCount << " customers in "
                  << info.segmentCount << " segments (sizes";
        for (const SegmentInfo &segment : segments.value()) {
            std::cout << ' ' << segment.size;
        }
        std::cout << ")\n";
        if (info.bic) {
            std::cout << "Gaussian mixture (" << info.covariance << " covariances): log-likelihood "
                      << *info.logLikelihood << ", BIC " << *info.bic << " (lower is better)\n";
        }
        if (info.matching) {
            std::cout << "Matched to '" << info.matching->matchedTo << "':\n";
            for (const std::string &sentence : info.matching->sentences) {
                std::cout << "  " << sentence << '\n';
            }
        }
    }
    return ExitDone;
}

int runChooseK(const CommandLine &args)
{
    const bool json = args.has("json");
    if (!args.has("project") || args.has("columns") == args.has("criteria")) {
        return usage("choose-k needs --project and one of --columns or --criteria");
    }
    SegmentCountSearchParams params;
    if (args.has("columns")) {
        params.columns = segmenta::cli::splitList(args.value("columns"));
    }
    bool ok = true;
    if (args.has("k-range")) {
        const std::string range = args.value("k-range");
        const auto dots = range.find("..");
        try {
            std::size_t usedLow = 0;
            std::size_t usedHigh = 0;
            const std::string low = range.substr(0, dots);
            const std::string high = dots == std::string::npos ? std::string() : range.substr(dots + 2);
            params.minimumCount = std::stoi(low, &usedLow);
            params.maximumCount = std::stoi(high, &usedHigh);
            ok = dots != std::string::npos && usedLow == low.size() && usedHigh == high.size();
        } catch (const std::exception &) {
            ok = false;
        }
        if (!ok) {
            return usage("--k-range takes two whole numbers, as in 2..10");
        }
    }
    const std::string method = args.value("method", "kmeans");
    if (method == "gmm") {
        params.method = SegmentationMethod::GaussianMixture;
        params.initCount = 1; // scikit-learn's n_init for mixtures; --n-init raises it
    } else if (method != "kmeans") {
        return usage("choose-k --method takes kmeans or gmm");
    }
    if (args.has("covariance")) {
        const std::string covariance = args.value("covariance");
        if (params.method != SegmentationMethod::GaussianMixture) {
            return usage("--covariance applies to --method gmm only");
        }
        if (covariance == "diag") {
            params.covariance = CovarianceType::Diagonal;
        } else if (covariance != "full") {
            return usage("--covariance takes full or diag");
        }
    }
    if (params.method == SegmentationMethod::GaussianMixture && args.has("stability-runs")) {
        return usage("--stability-runs applies to --method kmeans only");
    }
    params.initCount = parseInt(args, "n-init", params.initCount, ok);
    params.stabilityRuns = parseInt(args, "stability-runs", params.stabilityRuns, ok);
    params.seed = parseSeed(args, params.seed, ok);
    if (!ok) {
        return usage("--n-init, --stability-runs and --seed take whole numbers");
    }
    auto session = Session::openProject(args.value("project"));
    if (!session) {
        return fail(session.error(), json);
    }
    if (args.has("criteria")) {
        if (const int code
            = useCriteriaOption(session.value(), args.value("criteria"), json, params.criteria);
            code != ExitDone) {
            return code;
        }
    }
    TerminalProgress progress;
    const auto started = std::chrono::steady_clock::now();
    auto search = session.value().compareSegmentCounts(params, progress);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (!search) {
        return fail(search.error(), json);
    }
    const SegmentCountRecommendation &result = search.value().recommendation;
    if (json) {
        JsonWriter out;
        out.beginObject();
        out.key("recommended_k").value(result.recommendedCount);
        if (params.method == SegmentationMethod::GaussianMixture) {
            out.key("method").value("gmm");
            out.key("covariance").value(params.covariance == CovarianceType::Full ? "full" : "diag");
        }
        out.key("reason").value(result.reason);
        out.key("criteria_disagree").value(result.criteriaDisagree);
        out.key("notes").stringArray(result.notes);
        out.key("members").value(search.value().memberCount);
        out.key("criteria");
        params.criteria.empty() ? out.null() : out.value(params.criteria);
        out.key("seconds").value(seconds);
        out.key("scores").beginArray();
        for (const SegmentCountScore &score : result.scores) {
            out.beginObject();
            out.key("k").value(score.segmentCount);
            out.key("inertia").value(score.inertia);
            out.key("silhouette").value(score.silhouette);
            out.key("silhouette_sampled").value(score.silhouetteSampled);
            out.key("calinski_harabasz").value(score.calinskiHarabasz);
            out.key("davies_bouldin").value(score.daviesBouldin);
            out.key("stability").value(score.stability); // null when skipped (NaN)
            if (params.method == SegmentationMethod::GaussianMixture) {
                out.key("bic").value(score.bic); // null when k could not be fitted
                out.key("log_likelihood").value(score.logLikelihood);
            }
            out.key("sizes").beginArray();
            for (const std::int64_t size : score.sizes) {
                out.value(size);
            }
            out.endArray();
            out.endObject();
        }
        out.endArray().endObject();
        std::cout << out.text() << '\n';
        return ExitDone;
    }
    if (params.method == SegmentationMethod::GaussianMixture) {
        std::cout << "  k          BIC   silhouette  Calinski-Harabasz  Davies-Bouldin\n";
        for (const SegmentCountScore &score : result.scores) {
            char line[160];
            std::snprintf(line, sizeof line, "%3d  %11.1f   %10.3f  %17.1f  %14.3f%s\n", score.segmentCount,
                score.bic, score.silhouette, score.calinskiHarabasz, score.daviesBouldin,
                score.segmentCount == result.recommendedCount ? "   <- recommended (lowest BIC)" : "");
            std::cout << line;
        }
        std::cout << result.reason << '\n';
        for (const std::string &note : result.notes) {
            std::cout << "- " << note << '\n';
        }
        return ExitDone;
    }
    std::cout << "  k   silhouette  Calinski-Harabasz  Davies-Bouldin  stability\n";
    for (const SegmentCountScore &score : result.scores) {
        char line[128];
        std::snprintf(line, sizeof line, "%3d   %10.3f  %17.1f  %14.3f  %9.3f%s\n", score.segmentCount,
            score.silhouette, score.calinskiHarabasz, score.daviesBouldin, score.stability,
            score.segmentCount == result.recommendedCount ? "   <- recommended" : "");
        std::cout << line;
    }
    std::cout << result.reason << '\n';
    for (const std::string &note : result.notes) {
        std::cout << "- " << note << '\n';
    }
    return ExitDone;
}

int runInfo(const CommandLine &args)
{
    const bool json = args.has("json");
    if (!args.has("project")) {
        return usage("info needs --project");
    }
    auto session = Session::openProject(args.value("project"));
    if (!session) {
        return fail(session.error(), json);
    }
    auto summary = session.value().summary();
    if (!summary) {
        return fail(summary.error(), json);
    }
    const ProjectSummary &s = summary.value();
    if (json) {
        JsonWriter out;
        out.beginObject();
        out.key("project").value(s.path);
        out.key("schema_version").value(s.schemaVersion);
        out.key("customers").value(s.customerCount);
        out.key("id_column");
        s.idColumn.empty() ? out.null() : out.value(s.idColumn);
        out.key("columns");
        writeColumns(out, s.columns);
        out.key("segmentations").beginArray();
        for (const SegmentationInfo &info : s.segmentations) {
            out.beginObject();
            out.key("name").value(info.name);
            out.key("method").value(info.method);
            out.key("k").value(info.segmentCount);
            out.key("columns").stringArray(info.columns);
            out.key("seed").value(info.seed);
            out.key("members").value(info.memberCount);
            out.key("inertia").value(info.inertia);
            out.key("iterations").value(info.iterations);
            out.key("converged").value(info.converged);
            writeMethodDetails(out, info);
            out.key("created_at").value(info.createdAt);
            out.key("matched_to");
            info.matchedTo.empty() ? out.null() : out.value(info.matchedTo);
            out.key("assignable").value(info.isAssignable);
            auto segments = session.value().segments(info.name);
            if (!segments) {
                return fail(segments.error(), json);
            }
            out.key("segments");
            writeSegments(out, segments.value());
            out.endObject();
        }
        out.endArray().endObject();
        std::cout << out.text() << '\n';
        return ExitDone;
    }
    std::cout << "Project:   " << s.path << " (format " << s.schemaVersion << ")\n"
              << "Customers: " << s.customerCount
              << " (id column: " << (s.idColumn.empty() ? "generated" : s.idColumn) << ")\nColumns:\n";
    for (const ColumnInfo &column : s.columns) {
        std::cout << "  " << column.name << " (" << columnTypeName(column.type) << ", "
                  << criteriaFamilyName(column.family) << ", " << column.missingCount << " missing"
                  << (column.origin == "file" ? "" : ", from " + column.origin) << ")\n";
    }
    std::cout << "Segmentations:" << (s.segmentations.empty() ? " none\n" : "\n");
    for (const SegmentationInfo &info : s.segmentations) {
        std::cout << "  " << info.name << ": " << info.method << ", k=" << info.segmentCount << ", "
                  << info.memberCount << " customers, created " << info.createdAt << '\n';
    }
    return ExitDone;
}

int runProject(const CommandLine &args)
{
    const bool json = args.has("json");
    if (!args.has("project")) {
        return usage("project needs --project");
    }
    ProjectionParams params;
    params.segmentation = args.value("segmentation");
    params.method = args.value("method", "tsne");
    if (params.method != "pca" && params.method != "tsne") {
        return usage("--method takes pca or tsne");
    }
    bool ok = true;
    params.iterations = parseInt(args, "iterations", params.iterations, ok);
    params.seed = parseSeed(args, params.seed, ok);
    if (args.has("perplexity")) {
        const auto perplexity = parseReal(args.value("perplexity"));
        ok = ok && perplexity.has_value();
        params.perplexity = perplexity.value_or(params.perplexity);
    }
    if (!ok) {
        return usage("--perplexity takes a number, --iterations and --seed whole numbers");
    }
    params.gradient = args.value("gradient", params.gradient);
    if (params.gradient != "auto" && params.gradient != "bh" && params.gradient != "fft") {
        return usage("--gradient takes auto, bh or fft");
    }
    auto session = Session::openProject(args.value("project"));
    if (!session) {
        return fail(session.error(), json);
    }
    if (args.has("criteria")) {
        if (const int code
            = useCriteriaOption(session.value(), args.value("criteria"), json, params.criteria);
            code != ExitDone) {
            return code;
        }
    }
    TerminalProgress progress;
    auto report = session.value().runProjection(params, progress);
    if (!report) {
        return fail(report.error(), json);
    }
    const ProjectionReport &r = report.value();
    if (json) {
        JsonWriter out;
        out.beginObject();
        out.key("segmentation").value(r.segmentation);
        out.key("method").value(r.method);
        out.key("points").value(r.pointCount);
        out.key("criteria");
        r.criteria.empty() ? out.null() : out.value(r.criteria);
        out.key("left_out").value(r.leftOutCount);
        if (r.method == "tsne") {
            out.key("kl_divergence").value(r.klDivergence);
            out.key("kl_method").value(r.klExact ? "exact" : "barnes_hut");
            out.key("perplexity").value(params.perplexity);
            out.key("iterations").value(params.iterations);
            out.key("seed").value(params.seed);
            out.key("gradient").value(r.gradient);
        } else {
            out.key("explained_variance_ratio").beginArray();
            for (const double ratio : r.explainedVarianceRatio) {
                out.value(ratio);
            }
            out.endArray();
        }
        out.key("seconds").value(r.seconds);
        out.endObject();
        std::cout << out.text() << '\n';
        return ExitDone;
    }
    std::cout << "Mapped " << r.pointCount << " customers of '" << r.segmentation << "' with " << r.method;
    if (r.method == "tsne") {
        std::cout << " (KL divergence " << r.klDivergence << (r.klExact ? "" : ", estimated") << ")";
    }
    if (!r.criteria.empty()) {
        std::cout << " on criteria set '" << r.criteria << "'";
    }
    std::cout << " in " << r.seconds << " s\n";
    if (r.leftOutCount > 0) {
        std::cout << r.leftOutCount
                  << " members have no point: the criteria set leaves them out (missing values)\n";
    }
    return ExitDone;
}

int runExport(const CommandLine &args)
{
    if (!args.has("project") || !args.has("out")) {
        return usage("export needs --project and --out");
    }
    MemberExportParams params;
    params.segmentation = args.value("segmentation");
    params.outPath = args.value("out");
    // --format wins; otherwise the extension says (.xlsx: Excel); anything else stays CSV, as it always was.
    if (args.has("format")) {
        const auto format = tableFormatFromName(args.value("format"));
        if (!format) {
            return usage("--format takes csv or xlsx, not '" + args.value("format") + "'");
        }
        params.format = *format;
    } else {
        params.format = tableFormatFromPath(params.outPath).value_or(TableFormat::Csv);
    }
    if (args.has("columns")) {
        params.columns = segmenta::cli::splitList(args.value("columns"));
        for (const std::string &column : params.columns) {
            if (column.empty()) {
                return usage("--columns takes column headers separated by commas, without empty ones");
            }
        }
    }
    bool ok = true;
    params.segment = parseInt(args, "segment", 0, ok) - 1;
    if (!ok || (args.has("segment") && params.segment < 0)) {
        return usage("--segment takes a segment number, 1 or more");
    }
    auto session = Session::openProject(args.value("project"));
    if (!session) {
        return fail(session.error(), false);
    }
    TerminalProgress progress;
    auto written = session.value().exportMembers(params, progress);
    if (!written) {
        return fail(written.error(), false);
    }
    std::cout << "Wrote " << written.value() << " customers to " << args.value("out") << '\n';
    return ExitDone;
}

} // namespace

int main(int argc, char **argv)
{
    std::vector<std::string> arguments(argv + 1, argv + argc);
    if (arguments.empty()) {
        std::cerr << usageText;
        return ExitUsage;
    }
    const std::string command = arguments.front();
    if (command == "--version" || command == "version") {
        std::cout << "segmenta-cli " << SEGMENTA_VERSION << " (project format "
                  << Session::latestSchemaVersion() << ")\n";
        return ExitDone;
    }
    if (command == "--help" || command == "help" || command == "-h") {
        std::cout << usageText;
        return ExitDone;
    }
    installInterruptHandler();

    struct CommandSpec
    {
        const char *name;
        CommandLine::Grammar grammar;
        int (*run)(const CommandLine &);
    };
    const std::vector<CommandSpec> commands {
        {"import",
            {{"project", "file", "kind", "id-column", "id", "sheet", "delimiter", "encoding", "decimal",
                 "date", "amount", "order", "quantity", "price", "category", "channel", "date-format",
                 "on-error", "analysis-date", "column-type"},
                {"json"}},
            runImport},
        {"segment",
            {{"project", "columns", "k", "seed", "n-init", "max-iterations", "name", "method", "linkage",
                 "log", "criteria", "gamma", "covariance", "batch-size", "match-to", "cut-height"},
                {"json"}},
            runSegment},
        {"choose-k",
            {{"project", "columns", "criteria", "k-range", "seed", "n-init", "stability-runs", "method",
                 "covariance"},
                {"json"}},
            runChooseK},
        {"info", {{"project"}, {"json"}}, runInfo},
        {"export", {{"project", "out", "segmentation", "format", "columns", "segment"}, {}}, runExport},
        {"project",
            {{"project", "segmentation", "method", "perplexity", "iterations", "seed", "criteria",
                 "gradient"},
                {"json"}},
            runProject},
        {"clv",
            {{"project", "model", "calibration-end", "horizon-months", "discount-rate", "bootstrap", "seed",
                 "at-risk-limit", "at-risk-value-share", "at-risk-max-alive"},
                {"json", "tiers"}},
            runClv},
        {"rfm", {{"project", "analysis-date", "map", "preset", "name", "language", "write-map"}, {"json"}},
            segmenta::cli::runRfm},
        {"rules", {{"project", "file", "save", "analysis-date", "refresh"}, {"json"}}, runRules},
        {"criteria", {{"project", "file", "name", "bins"}, {"json", "save"}}, runCriteria},
        {"assign", {{"project", "segmentation"}, {"json"}}, segmenta::cli::runAssign},
        {"place", {{"project", "segmentation"}, {"json"}}, segmenta::cli::runPlace},
        {"recut", {{"project", "segmentation", "k", "height", "name"}, {"json"}}, segmenta::cli::runRecut},
        {"dendrogram", {{"project", "segmentation"}, {"json"}}, segmenta::cli::runDendrogram},
        {"silhouette", {{"project", "segmentation", "out"}, {"json"}}, segmenta::cli::runSilhouette},
    };
    for (const CommandSpec &spec : commands) {
        if (command != spec.name) {
            continue;
        }
        CommandLine args;
        if (auto problem = args.parse({arguments.begin() + 1, arguments.end()}, spec.grammar)) {
            return usage(*problem);
        }
        try {
            return spec.run(args);
        } catch (const std::exception &exception) {
            std::cerr << "segmenta-cli: internal error: " << exception.what() << '\n';
            return ExitInternal;
        }
    }
    return usage("unknown command '" + command + "'");
}
