// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "cluster/ChooseSegmentCount.h"
#include "cluster/GaussianMixture.h"
#include "cluster/Hierarchical.h"
#include "core/Error.h"
#include "core/Progress.h"
#include "core/Result.h"
#include "core/Value.h"
#include "criteria/CriteriaPreview.h"
#include "export/MemberExport.h"
#include "import/DateParsing.h"
#include "import/Dialect.h"
#include "import/ImportPreview.h"
#include "profile/SegmentProfile.h"
#include "segments/Rfm.h"
#include "segments/RuleEvaluation.h"
#include "segments/RuleSet.h"
#include "segments/SegmentMatching.h"
#include "value/ClvDiagnostics.h"

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace segmenta::engine {

namespace store {
class Database;
}

/// A column of the customer table as the user sees it.
struct ColumnInfo
{
    std::string name; ///< header text from the imported file, unchanged
    ColumnType type = ColumnType::Text;
    std::int64_t missingCount = 0; ///< customers with no value in this column
    CriteriaFamily family = CriteriaFamily::Other;
    std::string origin = "file"; ///< "file" (imported as is) or "transactions" (derived from the log)
    /// What the values mean (customer_columns.value_kind): dates and datetimes are ISO text, booleans the
    /// integers 1/0, categories and identifiers text. Empty: what `type` says (see valueKind()).
    std::optional<ValueKind> kind = std::nullopt;
    bool isNumeric() const { return type != ColumnType::Text; }
    /// The kind, or for a column without one the kind its storage type gives (integer, decimal, text).
    ValueKind valueKind() const { return kind ? *kind : defaultValueKind(type); }
    bool isDate() const { return valueKind() == ValueKind::Date || valueKind() == ValueKind::DateTime; }
};

/// How a re-run's segments relate to the segmentation it was matched to (SegmentationParams::matchTo).
struct SegmentMatchReport
{
    std::string matchedTo; ///< name of the earlier segmentation
    SegmentMatching matching; ///< by segment index: kept, split, merged, appeared, vanished
    std::vector<std::string> previousNames; ///< the earlier segmentation's segment names, by index
    std::vector<std::string> names; ///< the new segments' names (carried over or fresh), by index
    std::vector<std::string> sentences; ///< the matching in plain English (describeMatching)
};

/// A stored segmentation, without its members.
struct SegmentationInfo
{
    std::int64_t id = 0;
    std::string name; ///< unique within the project
    /// "kmeans", "hierarchical-ward|average|complete|single", "two-step-ward", "kprototypes", "kmedoids",
    /// "gmm" (Gaussian mixture), "minibatch" (mini-batch k-means), "rfm", "rules", "manual"
    /// (saveSelectionSegment: segment 0 holds the chosen customers) or "clv-tiers" (runLifetimeValue's
    /// tiers: segment 0 is the top tier, not the largest)
    std::string method;
    int segmentCount = 0; ///< k
    std::vector<std::string> columns; ///< the criteria, as column names
    std::vector<std::string> logColumns; ///< of the criteria, those taken on a log scale
    std::uint64_t seed = 0;
    std::int64_t memberCount = 0; ///< customers with a segment (others had missing values)
    double inertia = 0.0; ///< within-segment sum of squares on the z-scored columns
    int iterations = 0; ///< Lloyd iterations of the best start (gmm: EM iterations; minibatch: passes)
    bool converged = false;
    std::string createdAt; ///< UTC, ISO 8601
    std::string covariance; ///< "gmm": "full" or "diag"; empty for other methods
    std::optional<double> logLikelihood; ///< "gmm": summed over members, on the clustered matrix
    std::optional<double> bic; ///< "gmm": Bayesian information criterion, lower is better
    int batchSize = 0; ///< "minibatch": rows per batch; 0 for other methods
    /// The segmentation this one was run as a re-run of (SegmentationParams::matchTo); empty: none, or that
    /// segmentation was deleted since.
    std::string matchedTo;
    /// Whether new customers can be assigned to it (assignToSegmentation): k-means or hierarchical on plain
    /// columns, stored with its scaling (by this version).
    bool isAssignable = false;
    /// Filled by runSegmentation with matchTo only (not stored beyond matchedTo and each segment's
    /// predecessor): how the new segments matched the earlier ones.
    std::optional<SegmentMatchReport> matching;
};

/// What the project holds, for the window title, the CLI's `info` and dialogs.
struct ProjectSummary
{
    std::string path;
    int schemaVersion = 0;
    std::int64_t customerCount = 0;
    std::string idColumn; ///< name of the imported customer-id column; empty when ids were generated
    std::vector<ColumnInfo> columns; ///< attribute columns, in file order (the id column excluded)
    std::vector<SegmentationInfo> segmentations; ///< oldest first
};

/// What to do with a row that cannot be read as the file's other rows are.
enum class RowErrorPolicy
{
    Stop, ///< the import fails with the row's error; nothing is written
    Skip, ///< the row is left out and listed in the report
    Missing, ///< an unreadable optional value (quantity, category, …) becomes missing; rows whose customer,
             ///< date or amount cannot be read are still left out (a transaction needs them) and listed.
             ///< Customer tables: an unreadable number becomes missing; a ragged row is left out and listed
};

/// The user's choice for one column of a customer table (the wizard's columns page).
struct ColumnOverride
{
    std::string name; ///< header text of the column
    bool skip = false; ///< leave the column out of the project
    /// What the column holds and so how it is stored (see ValueKind): Integer and Decimal as numbers, Date
    /// and DateTime as ISO text (read in the import's date format), Boolean as 1/0; a value that does not
    /// read as the kind follows the import's onError policy. Categorical, FreeText and Identifier: stored as
    /// written, even if it looks like numbers or dates. Empty: inferred from the whole column.
    std::optional<ValueKind> type;
    std::optional<CriteriaFamily> family; ///< empty: suggested from the name
};

/// Reading a customer table from a delimited text file with a header row. Delimiter, encoding and decimal
/// mark are detected unless given (see import/Dialect.h for the rules).
struct CsvImportParams
{
    std::string filePath;
    /// Column holding the customer id. Empty: a column named like "CustomerID", "customer_id", "id",
    /// "Müşteri No" is used if there is one, otherwise ids 1, 2, 3, … are generated in file order.
    std::string idColumn;
    /// ',', ';', '\t' or '|'; empty: sniffed from the first 50 records (quotes respected).
    std::optional<char> delimiter;
    /// "utf-8", "utf-16" (byte order from the BOM), "utf-16le", "utf-16be", "windows-1254", "iso-8859-9",
    /// "windows-1252" (aliases such as "cp1254" too, see encodingFromName); empty: detected.
    std::string encoding;
    /// Dot or Comma forces the mark (digit groups then use ',' or '.', and spaces); Auto decides per file.
    DecimalMark decimalMark = DecimalMark::Auto;
    /// For an .xlsx workbook: the worksheet to read; empty: the first. (Delimiter, encoding and decimal mark
    /// do not apply to workbooks.)
    std::string sheet;
    /// How day-first or month-first dates are written. Empty: decided from each date column, and where a
    /// column reads both ways, from the file's other date columns; failing that AmbiguousDateFormat. Given:
    /// it decides columns written with '.', '/' or '-' between day and month; ISO and YYYYMMDD columns keep
    /// theirs.
    std::optional<DateFormat> dateFormat;
    /// Per-column choices, by header name (unknown names: UnknownColumn; the id column cannot be skipped
    /// or retyped: InvalidParameter).
    std::vector<ColumnOverride> columns;
    /// Rows with the wrong field count, values that do not read as a column's chosen kind (a number, date or
    /// yes/no; see ColumnOverride), and
    /// rows without a customer id or repeating an earlier row's id. Stop: the first such row ends the import.
    /// Skip: such rows are left out (of repeated ids, the first row is kept). Missing: unreadable values
    /// become missing; ragged rows and rows without or with a repeated id are left out as under skip.
    RowErrorPolicy onError = RowErrorPolicy::Stop;
};

/// A row an import left out.
struct SkippedRow
{
    std::int64_t line = 0; ///< 1-based line where the row starts
    std::int64_t column = 0; ///< 1-based field, 0 for the whole row
    std::string reason; ///< English, e.g. "date '31.02.2024' is not a valid date"
};

struct ImportReport
{
    std::int64_t customerCount = 0;
    std::vector<ColumnInfo> columns;
    std::string idColumn; ///< empty when ids were generated
    CsvDialect dialect; ///< how the file was read: detected, or as the parameters said
    std::int64_t rowsRead = 0; ///< data rows in the file
    std::int64_t rowsSkipped = 0; ///< left out for problems (onError skip or missing)
    std::vector<SkippedRow> skipped; ///< the first 100 of them, in file order
    std::int64_t rowsWithoutId = 0; ///< of the rows skipped, those without a customer id
    std::int64_t rowsWithRepeatedId = 0; ///< of the rows skipped, those repeating an earlier row's id
};

/// Reading a transaction log (one row per order line) from a delimited text file with a header row.
/// Column names left empty are recognised from the header in English and Turkish (see the README).
struct TransactionImportParams
{
    std::string filePath;
    std::optional<char> delimiter; ///< as CsvImportParams
    std::string encoding; ///< as CsvImportParams
    DecimalMark decimalMark = DecimalMark::Auto; ///< as CsvImportParams
    std::string sheet; ///< as CsvImportParams
    std::optional<DateFormat> dateFormat; ///< empty: detected from the whole date column
    std::string customerColumn; ///< required role; "CustomerID", "Müşteri No", …
    std::string dateColumn; ///< required role; "InvoiceDate", "Tarih", …
    std::string amountColumn; ///< the line's money; without one, price × quantity
    std::string orderColumn; ///< order or invoice id; optional (without it, purchase days count as orders)
    std::string quantityColumn; ///< optional
    std::string priceColumn; ///< unit price; used when there is no amount column
    std::string categoryColumn; ///< optional: gives category share columns
    std::string channelColumn; ///< optional: gives channel share columns
    RowErrorPolicy onError = RowErrorPolicy::Stop;
    /// "Today" for recency and tenure, days since 1970-01-01. Empty: the day after the last transaction.
    std::optional<std::int64_t> analysisDay;
};

/// A file column and what the import used it as.
struct ImportedColumnRole
{
    std::string name; ///< header text
    std::string role; ///< "customer_id", "order_id", "date", "amount", "quantity", "unit_price", "category",
                      ///< "channel" or "ignored"
};

struct TransactionImportReport
{
    std::int64_t rowsRead = 0; ///< data rows in the file
    std::int64_t rowsImported = 0;
    std::int64_t rowsSkipped = 0; ///< left out for problems (see skipped)
    std::int64_t rowsAlreadyImported = 0; ///< left out because earlier imports hold them
    std::int64_t returnRows = 0; ///< imported rows with a negative amount (returns, cancellations)
    std::vector<SkippedRow> skipped; ///< the first 100 rows left out for problems
    std::vector<ImportedColumnRole> columns; ///< every file column, in file order
    CsvDialect dialect;
    DateFormat dateFormat = DateFormat::Iso;
    std::int64_t firstDay = 0; ///< earliest imported transaction
    std::int64_t lastDay = 0; ///< latest imported transaction
    std::int64_t analysisDay = 0; ///< the "today" the features count days to
    std::int64_t customerCount = 0; ///< customers in the project afterwards
    std::int64_t newCustomerCount = 0; ///< of them, added by this import
    std::vector<ColumnInfo> derivedColumns; ///< the customer features now in the customer table
    std::string sha256; ///< of the file's bytes
    /// Wall-clock seconds of each stage: reading and decoding the file, detecting the formats and
    /// checking every row, writing the rows, deriving the customer features from the stored transactions.
    double secondsReading = 0.0;
    double secondsChecking = 0.0;
    double secondsWriting = 0.0;
    double secondsDeriving = 0.0;
};

/// Which model predicts the number of future purchases.
enum class PurchaseModel
{
    BgNbd, ///< beta-geometric/NBD (Fader, Hardie & Lee 2005): the robust default
    ParetoNbd, ///< Pareto/NBD (Schmittlein, Morrison & Colombo 1987): customers may leave at any time
};

/// Lifetime value from the project's transactions: a purchase model and the Gamma-Gamma spend model,
/// fitted in weeks with same-day purchases merged (as the published CDNOW analyses).
struct LifetimeValueParams
{
    PurchaseModel model = PurchaseModel::BgNbd;
    /// Last day (days since 1970-01-01) of the calibration period: the models learn from purchases up to
    /// it, and purchases after it are the holdout the report compares predictions with. Empty: all.
    std::optional<std::int64_t> calibrationEnd;
    int horizonMonths = 12; ///< CLV and expected purchases look this far ahead, 1..1200
    double monthlyDiscountRate = 0.01; ///< >= 0
    // Ranges, tiers, at-risk (issue 8).
    /// Parameter draws for the per-customer CLV ranges "CLV low (5%)" / "CLV high (95%)", 10..100000;
    /// 0 computes no ranges (and stores no range columns).
    int bootstrapDraws = 200;
    std::uint64_t seed = 42; ///< of the bootstrap: same seed and data -> the same ranges
    /// Also store the CLV tiers (top 1 %, 5 %, 20 %, rest) as a segmentation of method "clv-tiers".
    bool storeTiers = false;
    AtRiskRule atRisk; ///< who is listed as at risk of being lost (see AtRiskRule)
    int atRiskLimit = 50; ///< at most this many at-risk customers in the report (all are counted), >= 0
};

/// The bootstrap range of the CLV (see engine/value/ClvBootstrap.h).
struct LifetimeValueRange
{
    bool isAvailable = false; ///< false when no draws were asked for or a Hessian was not positive definite
    int drawCount = 0;
    std::uint64_t seed = 0;
    double totalLow = 0.0; ///< 5 % quantile of the drawn total CLV (not the sum of customers' lows)
    double totalHigh = 0.0; ///< 95 % quantile of the drawn total CLV
    double medianRelativeWidth = 0.0; ///< median over customers of (high - low) / CLV, CLV > 0
    std::int64_t customersWithoutRange = 0;
};

/// One CLV tier of the run's customers.
struct LifetimeValueTier
{
    std::string name; ///< "Top 1%", "Top 1-5%", "Top 5-20%", "Rest"
    std::int64_t customerCount = 0;
    double minimumValue = 0.0; ///< lowest CLV in the tier, NaN when empty
    double totalValue = 0.0; ///< sum of the tier's CLV
};

/// A valuable customer the model thinks is probably gone.
struct AtRiskCustomer
{
    std::string customerId;
    double pastValue = 0.0; ///< repeat purchases x mean repeat spend in the calibration period
    double aliveProbability = 0.0; ///< P(alive)
    double lifetimeValue = 0.0; ///< CLV over the horizon, NaN when not available
    double expectedPurchases = 0.0; ///< over the horizon
};

/// What the GUI draws without refitting; stored as results of the model run (kind "clv").
struct LifetimeValueDiagnostics
{
    std::vector<TrackingPoint> tracking; ///< weekly, cumulative repeat purchases, actual vs expected
    std::vector<ConditionalExpectation> conditionalExpectations; ///< by calibration frequency 0..7+
    AliveGrid aliveGrid; ///< P(alive) over frequency x recency
    std::vector<std::string> dataWarnings; ///< plain-language data-sufficiency warnings
};

/// A fitted model parameter with its standard error (NaN when the Hessian could not give one).
struct ModelParameter
{
    std::string name; ///< "r", "alpha", "a", "b", "s", "beta", "p", "q", "gamma"
    double value = 0.0;
    double standardError = 0.0;
};

struct LifetimeValueReport
{
    std::string model; ///< "bgnbd" or "paretonbd"
    std::vector<ModelParameter> purchaseParameters;
    double purchaseLogLikelihood = 0.0;
    bool purchaseConverged = false;
    std::vector<ModelParameter> spendParameters; ///< p, q, gamma
    double spendLogLikelihood = 0.0;
    bool spendConverged = false;
    /// Correlation of repeat-purchase count and mean spend among repeat buyers; Gamma-Gamma assumes none.
    double frequencySpendCorrelation = 0.0;
    std::int64_t customerCount = 0; ///< customers the models saw (first purchase by the calibration end)
    std::int64_t repeatBuyerCount = 0;
    std::int64_t calibrationEnd = 0; ///< day
    std::int64_t observationEnd = 0; ///< last transaction day
    /// Holdout check (when the calibration ends before the last transaction): purchases all customers made
    /// after the calibration end, and what the purchase model expected for that period.
    double holdoutActual = 0.0;
    double holdoutExpected = 0.0;
    double totalLifetimeValue = 0.0; ///< sum of the customers' CLV over the horizon
    std::vector<std::string> warnings; ///< English sentences: few repeat buyers, no convergence, correlation
    std::vector<ColumnInfo> columns; ///< the customer columns written (P(alive), expected purchases, CLV, …)
    // Ranges, tiers, at-risk and diagnostics (issue 8).
    LifetimeValueRange range;
    std::vector<LifetimeValueTier> tiers; ///< best first; always computed
    std::string tierSegmentation; ///< name of the stored "clv-tiers" segmentation; empty unless storeTiers
    std::int64_t atRiskCount = 0; ///< customers at risk by the rule (the list holds the first atRiskLimit)
    std::vector<AtRiskCustomer> atRisk; ///< highest past value first
    LifetimeValueDiagnostics diagnostics;
    std::int64_t modelRunId = 0; ///< row of model_runs holding parameters, results and diagnostics
};

/// A lifetime-value run as stored in the project (model_runs, kind "clv"): enough to draw its
/// diagnostics without refitting.
struct StoredLifetimeValueRun
{
    std::int64_t id = 0;
    std::string createdAt; ///< UTC, ISO 8601
    std::string model; ///< "bgnbd" or "paretonbd"
    std::string parametersJson; ///< the run's parameters as stored
    std::string resultsJson; ///< the full results as stored (README documents the keys)
    std::vector<ModelParameter> purchaseParameters;
    std::vector<ModelParameter> spendParameters;
    double frequencySpendCorrelation = 0.0;
    LifetimeValueRange range;
    std::vector<LifetimeValueTier> tiers;
    LifetimeValueDiagnostics diagnostics;
    std::vector<std::string> warnings;
    // The rest of the stored figures, so the app can show a run as it was without refitting.
    LifetimeValueParams parameters; ///< as the run used them (read back from parametersJson)
    double purchaseLogLikelihood = 0.0; ///< NaN when not stored
    bool purchaseConverged = false;
    double spendLogLikelihood = 0.0; ///< NaN when not stored
    bool spendConverged = false;
    std::int64_t customerCount = 0;
    std::int64_t repeatBuyerCount = 0;
    std::int64_t calibrationEnd = 0; ///< day
    std::int64_t observationEnd = 0; ///< day; after calibrationEnd when the run had a holdout
    double holdoutActual = 0.0;
    double holdoutExpected = 0.0;
    double totalLifetimeValue = 0.0;
    std::string tierSegmentation; ///< empty unless the run stored its tiers
    std::int64_t atRiskCount = 0;
    /// The listed at-risk customers (the first atRiskLimit); empty for runs stored before the list was.
    std::vector<AtRiskCustomer> atRisk;
};

/// An RFM run: score the customers, apply a named map, store both (see Session::runRfm).
struct RfmRunParams
{
    RfmParams scoring; ///< analysis date, bins, quantiles or thresholds per dimension
    RfmMap map; ///< the named map; no segments: the "rf11" preset
    std::string name; ///< name of the stored segmentation; empty: "RFM N"
    std::string language = "en"; ///< names the stored segments get: "en" or "tr"
};

/// What an RFM run did, in numbers a report, the CLI's --json and a grid editor show.
struct RfmReport
{
    std::int64_t analysisDay = 0; ///< days since 1970-01-01
    int bins = 5;
    std::int64_t customerCount = 0; ///< in the project
    std::int64_t scoredCount = 0; ///< with a purchase up to the analysis date
    std::int64_t unscoredCount = 0; ///< without one: no scores, no segment
    std::array<RfmDimensionReport, 3> dimensions; ///< R, F, M: bands in real units, ties
    RfmCoverage coverage; ///< unassigned and overlapping cells of the map
    std::vector<std::string> coverageProblems; ///< the coverage in English sentences
    RfmGrid grid; ///< customers and revenue per R x F cell
    std::vector<RfmSegmentSize> segments; ///< per map segment in map order, then Other
    std::int64_t otherCount = 0; ///< scored customers in no segment
    RfmMapDocument document; ///< the map and scoring used, as stored in the project
    SegmentationInfo segmentation; ///< the stored segmentation (method "rfm")
    std::vector<ColumnInfo> columns; ///< the customer columns written: R, F, M scores and the cell
};

/// How customers are grouped.
enum class SegmentationMethod
{
    KMeans, ///< k-means++ start, Lloyd iterations, the best of initCount restarts
    /// Agglomerative clustering cut into k segments: exact for up to hierarchicalExactLimit customers (and
    /// when the linkage's memory fits), beyond that two-step (k-means micro-clusters, then size-weighted
    /// Ward), which needs Ward linkage.
    Hierarchical,
    /// k-prototypes (Huang): numeric columns z-scored (squared Euclidean), text columns categorical (simple
    /// matching, weighted by gamma). From a criteria set, each categorical variable is one categorical
    /// column (its level weights are not used: gamma weighs a mismatch) and the other columns enter as the
    /// set transforms and weighs them.
    KPrototypes,
    /// k-medoids on Gower's dissimilarity (numeric: |a − b| / range; text: mismatch): exact PAM up to 3,000
    /// customers, CLARA beyond. Columns and criteria sets as for KPrototypes (Gower's ranges make the
    /// z-scores and numeric weights irrelevant).
    KMedoids,
    /// Gaussian mixture (EM, k-means start, the best of initCount starts by log-likelihood) on the z-scored
    /// columns or the criteria set's matrix: each customer's segment is its most probable component, and the
    /// probabilities of every segment are stored (Session::membershipProbabilities). Stored method "gmm".
    GaussianMixture,
    /// Mini-batch k-means (batches of SegmentationParams::batchSize rows, then one exact assignment pass):
    /// for very many customers. Stored method "minibatch".
    MiniBatchKMeans,
};

/// Customers up to which hierarchical segmentation is exact; above it, two-step Ward.
constexpr std::int64_t hierarchicalExactLimit = 30000;

/// Customers up to which k-medoids is exact PAM on all pairwise Gower dissimilarities; above it, CLARA
/// (PAM on random samples, the best sample's medoids win).
constexpr std::int64_t kmedoidsExactLimit = 3000;

/// Segmenting customers on numeric columns: z-scored, then k-means or hierarchical, PCA map.
struct SegmentationParams
{
    std::string name; ///< empty: "Segmentation N"
    std::vector<std::string> columns; ///< numeric columns to segment on; at least one
    int segmentCount = 4; ///< k, 2..50
    std::uint64_t seed = 42; ///< same seed and data → same segments
    int initCount = 10; ///< k-means restarts; the lowest inertia wins; 1..100
    int maxIterations = 300; ///< Lloyd iterations per restart; 1..10000
    SegmentationMethod method = SegmentationMethod::KMeans;
    Linkage linkage = Linkage::Ward; ///< for Hierarchical
    /// Columns (among `columns`) taken as sign(x)·log(1 + |x|) before the z-scores, so that a few big
    /// spenders do not make a segment of their own. Segment centres are reported back in the column's units.
    std::vector<std::string> logColumns;
    /// A saved criteria set's name, instead of columns and logColumns (which must then be empty): its
    /// transforms and weights make the matrix, which is not scaled again. The segmentation's columns are
    /// the matrix columns (a variable's name, "City = İzmir" for a level) and its centres are in the
    /// variables' units (the share of members for a level).
    std::string criteria;
    /// k-prototypes: the weight of one categorical mismatch against squared z-score units, >= 0. Empty:
    /// Huang's default, 0.5 × the mean standard deviation of the numeric columns (as scaled).
    std::optional<double> gamma;
    CovarianceType covariance = CovarianceType::Full; ///< GaussianMixture: full or diagonal covariances
    int batchSize = 1024; ///< MiniBatchKMeans: rows per batch, 1..1,000,000
    /// A stored segmentation this run repeats (new seed, more customers, k ± 1): the new segments are
    /// matched to its segments (engine::matchSegments on the members both hold, centres when few are
    /// shared) and take the matched ones' names, colours and notes; the others get fresh names and colours.
    /// The result's `matching` says what was kept, split, merged, appeared or vanished. Empty: no matching.
    std::string matchTo;
    /// Hierarchical: cut the merge tree at this height (every merge at or below it is made; scipy's
    /// fcluster "distance") instead of into segmentCount segments. It must give 2..50 segments
    /// (InvalidParameter {"cut-height", …} names the heights that do). Empty: cut into segmentCount.
    std::optional<double> cutHeight;
};

/// Comparing numbers of segments before choosing one, on the same matrix runSegmentation would use: the
/// z-scored columns, or a criteria set's matrix.
struct SegmentCountSearchParams
{
    std::vector<std::string> columns; ///< numeric columns, as for SegmentationParams
    /// A saved criteria set's name, instead of columns (which must then be empty): the scores are computed
    /// on the set's matrix exactly as runSegmentation with SegmentationParams::criteria clusters it
    /// (transforms, weights, one-hot levels, missing-value policies; not scaled again).
    std::string criteria;
    int minimumCount = 2; ///< smallest k tried, >= 2
    int maximumCount = 10; ///< largest k tried, <= 50
    std::uint64_t seed = 42; ///< same seed and data → same scores and recommendation
    int initCount = 10; ///< k-means restarts per k
    int stabilityRuns = 5; ///< resampled re-runs per k for the stability score; 0 skips it
    /// KMeans (the default) or GaussianMixture: then each k is a mixture scored by its BIC (and the hard
    /// segments' silhouette, Calinski-Harabasz, Davies-Bouldin), the lowest BIC is recommended and
    /// stabilityRuns is not used. Other methods are refused.
    SegmentationMethod method = SegmentationMethod::KMeans;
    CovarianceType covariance = CovarianceType::Full; ///< GaussianMixture only
};

struct SegmentCountSearch
{
    SegmentCountRecommendation recommendation; ///< scores per k, the recommended k and why
    std::int64_t memberCount
        = 0; ///< customers with a value in every chosen column (kept by the criteria set)
};

/// A 2-D map of a segmentation's customers on its own criteria (z-scored, log scales as the segmentation
/// used them). The newest map of a segmentation is the one its details (and the app) show.
struct ProjectionParams
{
    std::string segmentation; ///< empty: the newest segmentation
    std::string method = "tsne"; ///< "pca" or "tsne"
    double perplexity = 30.0; ///< t-SNE: effective number of neighbours, 1..(customers - 1) / 3
    int iterations = 750; ///< t-SNE optimisation steps
    std::uint64_t seed = 42; ///< t-SNE: same seed and data → the same map
    /// t-SNE repulsion: "auto" (Barnes–Hut up to kTsneFftThreshold customers, FFT above), "bh" or "fft".
    std::string gradient = "auto";
    /// A saved criteria set's name: the map is drawn on that set's matrix, built exactly as runSegmentation
    /// builds it for SegmentationParams::criteria (transforms and imputation fitted on the customers the set
    /// keeps, weights, one-hot levels), restricted to the segmentation's members. Empty: the segmentation's
    /// own criteria (its stored criteria set, or its z-scored columns).
    std::string criteria;
};

struct ProjectionReport
{
    std::string segmentation;
    std::string method;
    std::int64_t pointCount = 0;
    double klDivergence = 0.0; ///< t-SNE's final Kullback-Leibler divergence (lower: neighbours kept better)
    bool klExact = true; ///< exact up to 10,000 customers, Barnes-Hut estimate beyond
    std::string gradient; ///< t-SNE: the repulsion used, "barnes_hut" or "fft"; empty for PCA
    std::vector<double> explainedVarianceRatio; ///< PCA: of the two axes
    double seconds = 0.0;
    std::string criteria; ///< the criteria set the map was drawn on (ProjectionParams::criteria); empty: own
    /// Members of the segmentation the criteria set leaves out (a missing value under "drop customer"): they
    /// have no point on this map. 0 without ProjectionParams::criteria.
    std::int64_t leftOutCount = 0;
};

/// A customer's place on the segment map.
struct MapPoint
{
    std::int64_t customerRow = 0; ///< 0-based position in the customer table
    double x = 0.0;
    double y = 0.0;
    int segment = 0; ///< SegmentInfo::index
};

/// A t-SNE map while it settles, as runProjection hands it out (every kTsneSnapshotInterval iterations of
/// projection/Tsne.h, and after the last): enough to draw it as the map it will become.
struct ProjectionSnapshot
{
    std::string segmentation; ///< the segmentation being mapped (its name as stored)
    int iteration = 0; ///< iterations done, 1..iterations
    int iterations = 0; ///< iterations asked for (ProjectionParams::iterations)
    /// KL(P || Q) in nats of the layout one step behind (P not exaggerated), with Q's normaliser as
    /// Barnes–Hut estimates it: an estimate that falls as the map settles.
    double klDivergence = 0.0;
    /// One per customer on the map, in the order the map stores them (customer order), with the member's
    /// segment. The last snapshot has exactly the positions of the stored map.
    std::vector<MapPoint> points;
};

/// Receives runProjection's snapshots on the thread that runs it (copy what you keep). Only t-SNE has them.
using ProjectionSnapshotCallback = std::function<void(const ProjectionSnapshot &snapshot)>;

/// One segment of a segmentation; index 0 is the largest.
struct SegmentInfo
{
    int index = 0;
    std::string name; ///< "Segment 1", … until the user renames it
    std::int64_t size = 0;
    double share = 0.0; ///< size / members, 0..1
    std::vector<double> centroid; ///< mean of each criterion column, in the column's own units
    std::string color; ///< "#rrggbb" chosen by the user; empty: the palette's colour for the index
    std::string notes; ///< the user's notes on the segment
    /// Of a re-run (SegmentationInfo::matchedTo): the index of the earlier segment this one continues (whose
    /// name, colour and notes it took), -1 for none.
    int predecessor = -1;
};

/// A customer assignToSegmentation left without a segment.
struct UnassignedCustomer
{
    std::string customerId;
    std::string reason; ///< English, e.g. "no value in 'Age'"
};

/// What assignToSegmentation did.
struct AssignmentReport
{
    std::string segmentation;
    std::int64_t assignedCount = 0; ///< customers given a segment now
    std::int64_t alreadyMemberCount = 0; ///< customers that had one (left as they were)
    std::vector<std::int64_t> segmentCounts; ///< per segment index: customers assigned now
    std::int64_t skippedCount = 0; ///< customers left without a segment (a criterion is missing)
    std::vector<UnassignedCustomer> skipped; ///< the first 100 of them, in table order
};

/// What placeNewMembers did.
struct PlacementReport
{
    std::string segmentation;
    std::string method; ///< of the map the points were added to: "tsne" or "pca"
    std::int64_t placedCount = 0; ///< members given a point now
    std::int64_t alreadyPlacedCount = 0; ///< members that had one (left where they were)
    std::int64_t leftOutCount = 0; ///< members without a point and without a value in a criterion: still none
    double seconds = 0.0; ///< wall-clock time of the whole call
};

/// What addNewCustomers did: the assignment, then the placing on the newest map.
struct NewCustomersReport
{
    AssignmentReport assignment;
    std::optional<PlacementReport> placement; ///< empty when the map could not take them (placementError)
    std::optional<Error> placementError; ///< why they have no place on the map (kept as members all the same)
};

struct SegmentationDetails
{
    SegmentationInfo info;
    std::vector<SegmentInfo> segments; ///< ordered by index (largest first)
    std::vector<MapPoint> points; ///< one per member, in customer order
    std::vector<double> explainedVarianceRatio; ///< of the two map axes (PCA components)
    std::string projectionMethod; ///< where the points come from: "pca", "tsne", "rfm-grid"; empty: none
};

/// Soft membership of a Gaussian-mixture segmentation's members (SegmentationInfo::method "gmm").
struct MembershipProbabilities
{
    std::vector<std::int64_t> customerRows; ///< 0-based customer rows of the members, in customer order
    std::vector<int> segments; ///< per member: its segment (the most probable one), SegmentInfo::index
    std::vector<double> assigned; ///< per member: the probability of that segment, 0..1
    /// members × k: the probability of each segment. Probabilities below minimumStoredProbability are not
    /// stored and read as 0, so a row may sum to slightly less than 1.
    Matrix all;
};

/// Smallest membership probability stored for a segment other than the customer's own (see
/// MembershipProbabilities::all): keeps the file near one row per customer instead of k.
constexpr double minimumStoredProbability = 1e-4;

/// A segmentation made by hand from chosen customers ("save selection as segment"): method "manual".
struct SelectionSegmentParams
{
    std::string name; ///< of the new segmentation; empty: "Selection N" (the first N not taken)
    std::vector<std::int64_t> customerRows; ///< the chosen customers, 0-based rows; any order; at least one
    std::string selectedName = "Selected"; ///< name of segment 0, the chosen customers
    /// Name of segment 1, every other customer of the project; empty: no such segment, only the chosen
    /// customers are members.
    std::string restName = "Rest";
    /// The segmentation whose newest map the members keep their places from (the map the selection was made
    /// on); members not on that map have no place. Empty: the segments are laid out as two discs.
    std::string mapFrom;
};

/// A window onto the customer table for lazy views: rows [offset, offset + keys.size()).
struct CustomerPage
{
    std::int64_t offset = 0;
    std::vector<std::string> keys; ///< customer ids
    std::vector<std::vector<CellValue>> values; ///< per row, one value per ProjectSummary::columns entry
};

// --- Rule-based segments (segments/RuleSet.h; the JSON format is in README.md, "Rule-based segments") ---

/// Evaluating a rule set against the project's customers.
struct RuleSetParams
{
    RuleSet rules; ///< from parseRuleSet, or built in the GUI
    /// "Today" for within_last_days, days since 1970-01-01; overrides rules.analysisDay. Empty: the set's own
    /// analysis date, else the day after the project's last transaction.
    std::optional<std::int64_t> analysisDay;
};

/// Who a rule set's segments hold: counts only (no members), cheap enough for live counts while editing.
struct RuleSetReport
{
    std::int64_t customerCount = 0;
    std::vector<RuleSegmentCount> segments; ///< in the set's order: matched and (first match wins) assigned
    std::vector<std::vector<std::int64_t>> overlap; ///< [i][j]: customers matching segments i and j
    std::int64_t inSeveral = 0; ///< customers matching two or more segments (assigned to the first)
    std::int64_t inNone = 0; ///< customers matching no segment
    std::string unmatchedSegment; ///< the segment they go to ("Other"); empty: they stay without a segment
    RuleSetMode mode = RuleSetMode::Dynamic;
    std::optional<std::int64_t> analysisDay; ///< the day date conditions counted from, when one was needed
    std::vector<std::string> warnings; ///< English sentences (date conditions on columns without dates)
};

/// A rule set stored with its segmentation (method "rules").
struct RuleSegmentsReport
{
    SegmentationInfo segmentation; ///< as stored now
    RuleSetReport counts; ///< of the set evaluated now
    bool isRefreshed = true; ///< false: a frozen set whose stored members were kept as they were
};

/// A saved criteria set, as listed.
struct CriteriaSetInfo
{
    std::string name;
    std::string description;
    int variableCount = 0;
    std::string createdAt; ///< UTC, ISO 8601
    std::string updatedAt;
};

/// Why a segmentation has no merge tree to show (SegmentationTree::absence).
enum class TreeAbsence
{
    None, ///< the tree is there
    NotHierarchical, ///< made by another method (k-means, rules, …): it never had a tree
    StoredWithoutTree, ///< hierarchical, but stored before Segmenta kept trees (schema version 8)
};

/// The merge tree (dendrogram) of a stored hierarchical segmentation (Session::segmentationTree).
struct SegmentationTree
{
    std::string segmentation; ///< its name as stored
    std::string method; ///< SegmentationInfo::method
    int segmentCount = 0; ///< k of the stored segmentation
    /// scipy's linkage convention (see Dendrogram). Exact runs: one leaf per customer of the fit (in
    /// customer order), leafSizes all 1. "two-step-ward": one leaf per micro-cluster, leafSizes its
    /// customers. Empty: no tree (see absence and message).
    std::optional<Dendrogram> dendrogram;
    TreeAbsence absence = TreeAbsence::None;
    std::string message; ///< when there is no tree: why, in plain English (the CLI prints it)
    bool leavesAreMicroClusters = false; ///< two-step Ward
    /// Per leaf: the segment (SegmentInfo::index) its customers have in the stored segmentation, -1 if none.
    std::vector<int> leafSegments;
    /// Customers in the tree (members the run placed; those added by assignToSegmentation are not).
    std::int64_t customerCount = 0;
};

/// Cutting a stored hierarchical segmentation's tree again into a new segmentation
/// (Session::recutSegmentation).
struct RecutParams
{
    std::string segmentation; ///< the stored hierarchical segmentation (not changed)
    /// k, 2..min(50, leaves): keep the last k - 1 merges undone. Exactly one of segmentCount and height.
    std::optional<int> segmentCount;
    /// Make every merge at or below this height (scipy's fcluster "distance"); must give 2..50 segments.
    std::optional<double> height;
    std::string name; ///< of the new segmentation; empty: "<source> (k segments)", numbered if taken
};

// --- Diagnostics of a stored segmentation (SessionDiagnostics.cpp; issues 5 and 7) ---

/// Members up to which a segmentation's silhouette is exact; beyond it, a seeded random sample of this many
/// members is scored against itself (scikit-learn's silhouette_score(sample_size=…)).
constexpr std::int64_t silhouetteExactLimit = 20000;

/// One member's silhouette (see SilhouetteResult): how much closer it is to its own segment than to the
/// nearest other one.
struct MemberSilhouette
{
    std::int64_t customerRow = 0; ///< 0-based position in the customer table
    std::string customerId;
    int segment = 0; ///< SegmentInfo::index
    double value = 0.0; ///< -1..1: near 1 fits its segment well, below 0 would fit another segment better
};

/// The silhouette of every member of a stored segmentation (or of a sample of them), on the matrix the
/// segmentation was clustered on (its z-scored columns with their log scales, or its criteria set's matrix).
struct SegmentationSilhouette
{
    std::string segmentation; ///< its name as stored
    std::vector<MemberSilhouette> members; ///< the scored members, in customer order
    std::vector<double> segmentMeans; ///< per segment index: mean of its scored members, NaN when none
    std::vector<std::int64_t> segmentCounts; ///< per segment index: scored members
    double mean = 0.0; ///< over all scored members: the silhouette score
    bool isSampled = false; ///< true: only a seeded sample of sampleSize members was scored
    std::int64_t sampleSize = 0; ///< members scored (all of them unless isSampled)
    std::int64_t memberCount = 0; ///< members of the segmentation
    std::uint64_t seed = 0; ///< drew the sample (the segmentation's own seed)
    std::string computedAt; ///< UTC, ISO 8601
    bool wasStored = false; ///< true: read back from the project; false: computed (and stored) by this call
};

/// How the variance of a segmentation's matrix spreads over its principal components (a scree plot).
struct PcaSpectrum
{
    std::string segmentation; ///< its name as stored
    std::vector<std::string> columns; ///< the matrix columns (SegmentationInfo::columns)
    std::vector<double> explainedVariance; ///< per component, largest first (n - 1 denominator)
    std::vector<double> explainedVarianceRatio; ///< per component: share of the total variance; sums to 1
    std::int64_t rowCount = 0; ///< customers the components were fitted on
};

/// The engine's facade for the GUI and the CLI: one open project file.
/// Not thread-safe: open one Session per thread (each has its own SQLite connection). Writers run in one
/// transaction, so a failed, cancelled or killed job leaves the project file as it was.
class Session
{
public:
    /// Newest project schema version this build reads and writes.
    static int latestSchemaVersion();

    /// Creates a new, empty project file. Errors: ProjectAlreadyExists, FileUnwritable, StorageFailure.
    static Result<Session> createProject(const std::string &path);
    /// Opens a project, migrating an older schema forward in one transaction.
    /// Errors: FileNotFound, NotAProject, ProjectFromNewerVersion, StorageFailure.
    static Result<Session> openProject(const std::string &path);

    Session(Session &&) noexcept;
    Session &operator=(Session &&) noexcept;
    ~Session();

    const std::string &path() const { return m_path; }

    Result<ProjectSummary> summary() const;

    /// Imports a customer table into an empty project, all rows or none.
    /// Errors: FileNotFound, FileUnreadable, EmptyFile, InvalidEncoding, RaggedRow, UnterminatedQuote,
    /// DuplicateColumnName, EmptyColumnName, DuplicateCustomerId, MissingCustomerId, UnknownColumn,
    /// InvalidParameter (delimiter or encoding not supported, a choice for the id column),
    /// ProjectHasCustomers, UnparseableValue (a value not of its column's chosen kind, under
    /// RowErrorPolicy::Stop), AmbiguousDateFormat (a date column reads day-first and month-first and
    /// nothing decides: set CsvImportParams::dateFormat), Cancelled, StorageFailure.
    Result<ImportReport> importCustomersCsv(const CsvImportParams &params, Progress &progress);

    /// Imports a transaction log, all rows or none, and (re)computes the customer features (recency,
    /// frequency, monetary, …) from every transaction in the project. See import/TransactionImporter.h.
    /// Errors: those of importCustomersCsv except DuplicateCustomerId and ProjectHasCustomers, and
    /// MissingColumnRole, UnparseableValue, AmbiguousDateFormat, DuplicateImport.
    Result<TransactionImportReport> importTransactionsCsv(
        const TransactionImportParams &params, Progress &progress);

    /// Reads a file to import and describes it (options, first rows, column types, roles, families and
    /// problems) without writing anything: needs no open project. See import/ImportPreview.h.
    static Result<ImportPreview> previewImport(const ImportPreviewParams &params, Progress &progress);

    /// Fits the lifetime-value models to the project's purchases (lines with amount >= 0) and stores, per
    /// customer, P(alive), expected purchases and average order value and CLV over the horizon as value
    /// columns (replacing those of an earlier run), so they can be segmented on; with bootstrapDraws > 0
    /// also "CLV low (5%)" and "CLV high (95%)". Computes the CLV tiers and the at-risk list (storing the
    /// tiers as a "clv-tiers" segmentation when storeTiers) and stores the run with its diagnostics in
    /// model_runs (see lifetimeValueRun()). One transaction.
    /// Errors: NoTransactions, InvalidParameter, TooFewCustomers, Cancelled, StorageFailure.
    Result<LifetimeValueReport> runLifetimeValue(const LifetimeValueParams &params, Progress &progress);

    /// RFM scores of every customer with a purchase up to the analysis date, with the bands in real units
    /// and the tie report. Reads only. A grid editor scores once and then calls engine::rfmGrid(scores, map)
    /// on every edit (one pass, no I/O). Errors: NoTransactions, InvalidParameter, TooFewCustomers,
    /// Cancelled, StorageFailure.
    Result<RfmScores> scoreRfm(const RfmParams &params, Progress &progress) const;

    /// Customers and revenue per R x F cell under `map` (scoreRfm then rfmGrid). Reads only.
    /// Errors: those of scoreRfm, InvalidParameter (the map, with its JSON path).
    Result<RfmGrid> rfmGrid(const RfmParams &params, const RfmMap &map, Progress &progress) const;

    /// Scores the customers, applies the map and stores, in one transaction: the map (definitions, kind
    /// rfm_map, under the map's name, replacing one of that name), the columns "R score", "F score",
    /// "M score" and "RFM cell" (origin model, family value; replacing those of an earlier RFM run only),
    /// and a segmentation of method "rfm" whose segments are the map's non-empty segments (and "Other" when
    /// cells are unassigned), numbered by size, with the R/F scores jittered as its map. Each segment keeps
    /// its map segment's colour (when it is "#rrggbb"; Other gets rfmOtherColor).
    /// Errors: those of scoreRfm, InvalidParameter (map or language), SegmentationExists.
    Result<RfmReport> runRfm(const RfmRunParams &params, Progress &progress);

    /// The RFM maps stored in the project, by name. Errors: StorageFailure, InvalidParameter (a stored
    /// document that no longer reads).
    Result<std::vector<RfmMapDocument>> rfmMaps() const;

    /// The maps in common use (engine::rfmPresets()), the default first.
    static const std::vector<RfmMapPreset> &rfmMapPresets();
    /// The newest stored lifetime-value run with its diagnostics; empty when the models were never run.
    /// Reads only. Errors: StorageFailure. (Implemented in SessionLifetimeValue.cpp.)
    Result<std::optional<StoredLifetimeValueRun>> lifetimeValueRun() const;

    /// Problems with the parameters against this project, before any work (empty: ready to run).
    std::vector<Error> validate(const SegmentationParams &params) const;

    /// Segments customers and stores the segmentation with its map. Customers missing a value in any
    /// chosen column get no segment. Errors: those of validate(), TooFewCustomers, Cancelled, StorageFailure.
    Result<SegmentationInfo> runSegmentation(const SegmentationParams &params, Progress &progress);

    /// Computes a new map (PCA or t-SNE) of a stored segmentation's members and stores it with its
    /// parameters; it becomes the map segmentation() returns. One transaction; cancel keeps nothing (the
    /// partial t-SNE layout is dropped: the previous map stays the newest).
    /// t-SNE hands its layout to @p onSnapshot as it settles (see ProjectionSnapshot), on this thread and
    /// inside the run: the callback should be quick (copy, or post elsewhere); PCA never calls it.
    /// Errors: UnknownSegmentation, InvalidParameter (method, perplexity, iterations; {"criteria", name, …}
    /// for an unknown set), the errors of a criteria set that does not fit the project, TooFewCustomers,
    /// Cancelled, StorageFailure.
    Result<ProjectionReport> runProjection(const ProjectionParams &params, Progress &progress,
        const ProjectionSnapshotCallback &onSnapshot = {});

    /// Problems with a segment-count search against this project (empty: ready to run).
    std::vector<Error> validate(const SegmentCountSearchParams &params) const;

    /// Scores each k in the range (inertia, silhouette, Calinski–Harabasz, Davies–Bouldin, stability) and
    /// recommends one with the reason in plain words. Reads only: the project is not changed.
    /// Errors: those of validate(), InvalidParameter for the range, TooFewCustomers, Cancelled.
    Result<SegmentCountSearch> compareSegmentCounts(
        const SegmentCountSearchParams &params, Progress &progress) const;

    /// Gives each customer who is not yet a member of the named segmentation (e.g. added by a later
    /// transaction import) the segment with the nearest stored centroid, in the segmentation's own units:
    /// its columns with their stored log scale, z-scored with the stored means and standard deviations.
    /// Members keep their segments and nothing is re-fitted (centroids, inertia and the map stay as they
    /// were; the newcomers have no place on the map until a new map is drawn). Segment sizes and the member
    /// count are updated. One transaction. Errors: UnknownSegmentation; InvalidParameter when the
    /// segmentation is not assignable (other methods, made from a criteria set, or stored before the scaling
    /// was kept — SegmentationInfo::isAssignable); Cancelled, StorageFailure.
    Result<AssignmentReport> assignToSegmentation(const std::string &name, Progress &progress);

    /// Places every member of the named segmentation that has no point on its newest map (e.g. after
    /// assignToSegmentation) into that map without moving it (SessionPlacement.cpp). The map's customers are
    /// the reference, in the segmentation's own units (its columns, log scale as it used them, z-scored over
    /// the map's customers as the map was drawn). t-SNE maps: placeIntoTsne with the map's perplexity. PCA
    /// maps (the PCA transform is not stored): the map is an affine function of the columns, so the
    /// transform is recovered by least squares from the map's own customers and applied to the new members;
    /// it is the stored transform exactly while those customers' values are unchanged (a later transaction
    /// import recomputes derived columns such as recency, and the fit then is the closest such map). Existing
    /// points are never changed; the new points are stored with the map. One transaction: cancel keeps
    /// nothing. Errors: UnknownSegmentation; InvalidParameter when the segmentation is not on plain numeric
    /// columns (criteria sets, k-prototypes, k-medoids, RFM, rules, selections, CLV tiers), has no map, or
    /// its map is not PCA or t-SNE; the errors of placeIntoTsne (perplexity too large); Cancelled,
    /// StorageFailure.
    Result<PlacementReport> placeNewMembers(const std::string &name, Progress &progress);

    /// assignToSegmentation, then placeNewMembers, in one transaction (the app's "Add new customers"):
    /// cancel anywhere keeps nothing. A map that cannot take the new members (placeNewMembers' errors other
    /// than Cancelled) does not stop the assignment: the report says why. Errors: those of
    /// assignToSegmentation.
    Result<NewCustomersReport> addNewCustomers(const std::string &name, Progress &progress);

    /// A stored segmentation with segments and map points; an empty name means the newest.
    Result<SegmentationDetails> segmentation(const std::string &name) const;

    /// The segments of a stored segmentation (without members); an empty name means the newest.
    Result<std::vector<SegmentInfo>> segments(const std::string &name) const;

    /// How strongly each member of a Gaussian-mixture segmentation belongs to each segment; an empty name
    /// means the newest. Empty (no customers) for methods without probabilities. Reads only.
    /// (SessionSegmentations.cpp.) Errors: UnknownSegmentation, StorageFailure.
    Result<MembershipProbabilities> membershipProbabilities(const std::string &name) const;

    /// The merge tree of a stored segmentation (SessionDendrogram.cpp); an empty name means the newest. For
    /// other methods, and hierarchical runs stored before trees were kept, `dendrogram` is empty and
    /// `absence` and `message` say why. Reads only. Errors: UnknownSegmentation, StorageFailure.
    Result<SegmentationTree> segmentationTree(const std::string &name) const;

    /// Cuts a stored hierarchical segmentation's tree at a k or a height into a NEW segmentation, without
    /// refitting (SessionDendrogram.cpp): the same criteria, map and tree; members the leaves' customers
    /// (customers added later by assignToSegmentation, not in the tree, are left out). Its segments are
    /// matched to the source's (as SegmentationParams::matchTo), so names, colours and notes carry over;
    /// `matching` says how. One transaction; the source is not changed. Reports stages "recut.load",
    /// "recut.save". Errors: UnknownSegmentation; InvalidParameter {"segmentation", …} for a source without a
    /// tree (the message says why), {"k", …} out of range, {"height", …} giving 1 or more than 50 segments
    /// (the message names the heights that work); SegmentationExists (the name is taken);
    /// TooFewCustomers; Cancelled; StorageFailure.
    Result<SegmentationInfo> recutSegmentation(const RecutParams &params, Progress &progress);
    /// The silhouette values of a stored segmentation's members (an empty name means the newest): read back
    /// when the project holds them for its current members, otherwise computed (exact up to
    /// silhouetteExactLimit members, else on a sample of that many drawn with the segmentation's seed) and
    /// stored, in one transaction, so that the next call returns at once. Deleting the segmentation deletes
    /// them. Reports stages "silhouette.load", "silhouette", "silhouette.save"; cancel stores nothing.
    /// Errors: UnknownSegmentation; InvalidParameter for a segmentation not clustered on a numeric matrix
    /// (rules, RFM, manual, CLV tiers, k-prototypes, k-medoids) or with fewer than two non-empty segments;
    /// those of the criteria (UnknownColumn, …), Cancelled, StorageFailure.
    Result<SegmentationSilhouette> segmentationSilhouette(const std::string &name, Progress &progress);
    /// The stored silhouette values only (nothing when they were never computed or are out of date). Reads
    /// only. Errors: UnknownSegmentation, StorageFailure.
    Result<std::optional<SegmentationSilhouette>> storedSilhouette(const std::string &name) const;
    /// Explained variance of every principal component of the segmentation's matrix (the one
    /// segmentationSilhouette scores). Reads only. Reports stage "pca".
    /// Errors: those of segmentationSilhouette except the segment count, TooFewCustomers, Cancelled.
    Result<PcaSpectrum> pcaSpectrum(const std::string &name, Progress &progress) const;

    // Managing stored segmentations and their segments (SessionSegmentations.cpp). Each change is one
    // transaction: on an error the project is unchanged. Names are trimmed; empty names are refused.

    /// Errors: UnknownSegmentation; SegmentationExists when @p newName is taken; InvalidParameter (empty).
    Status renameSegmentation(const std::string &name, const std::string &newName);
    /// A full copy (segments, names, colours, notes, members, criteria and maps) under @p newName.
    Result<SegmentationInfo> duplicateSegmentation(const std::string &name, const std::string &newName);
    /// Removes the segmentation with its members and maps. The customers and their columns stay.
    Status deleteSegmentation(const std::string &name);
    /// Errors: UnknownSegmentation; InvalidParameter for a segment out of range, an empty name or one that
    /// another segment of the same segmentation already has.
    Status renameSegment(const std::string &segmentation, int segment, const std::string &newName);
    /// @p color is "#rrggbb"; empty restores the palette's colour. InvalidParameter for anything else.
    Status setSegmentColor(const std::string &segmentation, int segment, const std::string &color);
    Status setSegmentNotes(const std::string &segmentation, int segment, const std::string &notes);

    /// Stores the chosen customers as a new segmentation of method "manual" (SessionSelection.cpp): segment 0
    /// the chosen, segment 1 (unless restName is empty) everyone else, whatever their size; no criteria. One
    /// transaction. Errors: InvalidParameter (no customers, a row out of range, a segment name empty or
    /// repeated), SegmentationExists, UnknownSegmentation (mapFrom), StorageFailure.
    Result<SegmentationInfo> saveSelectionSegment(const SelectionSegmentParams &params);

    /// What sets each segment of a stored segmentation apart (an empty name means the newest): size, share
    /// and, for every customer column, mean, median, index and standardised difference against all
    /// segmented customers, the top values of text columns and the most distinguishing variables.
    /// Reads only. Reports stage "profile.read" over the customers and checks for cancel as it reads.
    /// Errors: InvalidParameter (from validate(params)), UnknownSegmentation, Cancelled, StorageFailure.
    Result<SegmentationProfile> profileSegments(
        const std::string &name, const ProfileParams &params, Progress &progress) const;

    /// Customers [offset, offset + limit) in table order; fewer at the end.
    Result<CustomerPage> customers(std::int64_t offset, std::int64_t limit) const;

    /// Writes customer id, segment number (1-based), segment name, then every column, as UTF-8 CSV.
    /// Customers without a segment are written with empty segment fields. An empty name means the newest.
    /// Returns the number of customers written. Errors: UnknownSegmentation, FileUnwritable.
    Result<std::int64_t> exportMembersCsv(
        const std::string &segmentationName, const std::string &outPath) const;
    /// The columns exportMembers can write for @p segmentationName (empty: the newest), in their default
    /// order: the customer id (headed by the imported id column's name, or "customer_id"), "segment" (the
    /// number, 1 = largest), "segment_name", "segment_probability" (Gaussian mixtures only), then every
    /// customer column with its value kind (SessionExport.cpp). Errors: UnknownSegmentation, StorageFailure.
    Result<std::vector<TableColumn>> memberExportColumns(const std::string &segmentationName) const;
    /// Writes the members of a segmentation (all customers, or one segment's) with the chosen columns as
    /// CSV (as exportMembersCsv) or Excel (numbers as numbers, dates as dates, yes/no as booleans, text as
    /// text; frozen header, autofilter). Writes to `outPath + ".part"` and renames it when done, so a
    /// failure or cancel leaves no half file. Reports stage "export.write" per customer; checks for cancel.
    /// Returns the number of rows written. Errors: UnknownSegmentation, UnknownColumn {header},
    /// InvalidParameter ("columns" repeated, "segment" out of range, "out" empty), FileUnwritable (also for
    /// more rows than an Excel sheet holds), Cancelled, StorageFailure.
    Result<std::int64_t> exportMembers(const MemberExportParams &params, Progress &progress) const;

    // --- Rule-based segments ---
    /// Problems of a rule set against this project: unknown columns, operators that do not fit a column's
    /// type, a missing analysis date (each names the JSON path). Empty: ready.
    std::vector<Error> validate(const RuleSetParams &params) const;
    /// Counts each segment, the overlaps and who matches none. Reads only: the project is not changed.
    /// Errors: those of validate(), Cancelled, StorageFailure.
    Result<RuleSetReport> evaluateRuleSet(const RuleSetParams &params, Progress &progress) const;
    /// Customers matching one condition tree (a builder's live count). Reads only.
    /// Errors: InvalidParameter (paths start at "match"), StorageFailure.
    Result<std::int64_t> countRuleMatches(
        const RuleNode &tree, std::optional<std::int64_t> analysisDay) const;
    /// The named columns loaded once for a builder: evaluateRuleNode(tree, table, day) (segments/
    /// RuleEvaluation.h) then recounts in milliseconds on every edit, without reading the project again.
    /// Errors: UnknownColumn, StorageFailure.
    Result<RuleTable> ruleTable(const std::vector<std::string> &columns) const;
    /// The day within_last_days counts back from when neither the set nor the caller gives one: the day
    /// after the project's last transaction; nothing without transactions. Errors: StorageFailure.
    Result<std::optional<std::int64_t>> defaultAnalysisDay() const;
    /// Stores the set as definition `name` (kind rule_set) and its segmentation `name` (method "rules"), in
    /// one transaction, replacing an earlier save of the same name. Each customer gets the first matching
    /// segment in the set's order; those matching none get the unmatched segment (last index) or none.
    /// The map places each segment on a circle, its members in a disc whose area grows with its size.
    /// Errors: those of validate(), InvalidParameter (empty name), SegmentationExists (a segmentation of
    /// that name not made from this rule set), Cancelled, StorageFailure.
    Result<RuleSegmentsReport> saveRuleSegments(
        const std::string &name, const RuleSetParams &params, Progress &progress);
    /// Re-evaluates a saved dynamic rule set and re-stores its segmentation (after new data); a frozen set
    /// keeps its stored members (isRefreshed false) until it is saved again.
    /// Errors: UnknownSegmentation (no rule set of that name), those of saveRuleSegments.
    Result<RuleSegmentsReport> refreshRuleSegments(const std::string &name, Progress &progress);
    /// A saved rule set, as stored.  Errors: UnknownSegmentation, InvalidParameter, StorageFailure.
    Result<RuleSet> ruleSet(const std::string &name) const;
    /// Names of the saved rule sets, alphabetical. Errors: StorageFailure.
    Result<std::vector<std::string>> ruleSetNames() const;
    // Criteria sets (SessionCriteria.cpp), stored in the project as JSON (see the README, "Criteria sets").

    /// Problems with a criteria set against this project's columns (empty: it can be saved and used).
    std::vector<Error> validate(const CriteriaSet &set) const;
    /// Stores the set under its name, replacing a set of that name. Errors: those of validate(set),
    /// StorageFailure.
    Result<CriteriaSetInfo> saveCriteriaSet(const CriteriaSet &set);
    /// The saved sets, by name.
    Result<std::vector<CriteriaSetInfo>> criteriaSets() const;
    /// A saved set. Errors: InvalidParameter {"criteria", name, …} for an unknown name, StorageFailure.
    Result<CriteriaSet> criteriaSet(const std::string &name) const;
    /// Removes a saved set; segmentations made from it keep their criteria. Errors: as criteriaSet.
    Status deleteCriteriaSet(const std::string &name);
    /// What the set gives on this project's customers: histograms, correlations, used and dropped
    /// customers. Reads only. Errors: those of validate(set), buildCriteriaMatrix, StorageFailure.
    Result<CriteriaPreview> previewCriteria(
        const CriteriaSet &set, const CriteriaPreviewParams &params, Progress &progress) const;

private:
    Session(std::string path, std::unique_ptr<store::Database> database);

    std::string m_path;
    std::unique_ptr<store::Database> m_database;
};

} // namespace segmenta::engine
