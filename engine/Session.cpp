// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "Session.h"
#include "SessionGuard.h"
#include "SessionSegmentationMatrix.h"

#include "cluster/ChooseMixtureCount.h"
#include "cluster/ChooseSegmentCount.h"
#include "cluster/GaussianMixture.h"
#include "cluster/KMeans.h"
#include "cluster/KMedoids.h"
#include "cluster/KPrototypes.h"
#include "cluster/MiniBatchKMeans.h"
#include "criteria/detail/ProjectCriteria.h"
#include "features/NumericMatrix.h"
#include "import/CustomerTableImporter.h"
#include "import/TransactionImporter.h"
#include "projection/Pca.h"
#include "projection/Tsne.h"
#include "segments/detail/SegmentIdentity.h"
#include "segments/detail/TreeCut.h"
#include "store/Migrations.h"
#include "store/ProjectStore.h"
#include "value/LifetimeValueRun.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <new>
#include <numeric>
#include <unordered_set>
#include <variant>

namespace segmenta::engine {

namespace {

constexpr int minSegmentCount = 2;
constexpr int maxSegmentCount = 50;
constexpr int maxInitCount = 100;
constexpr int maxIterationLimit = 10000;
constexpr int mapDimensions = 2;
constexpr int maxBatchSize = 1000000;

KMeansParams kmeansParams(const SegmentationParams &params)
{
    KMeansParams kmeans;
    kmeans.clusterCount = params.segmentCount;
    kmeans.initCount = params.initCount;
    kmeans.maxIterations = params.maxIterations;
    kmeans.seed = params.seed;
    return kmeans;
}

const char *linkageName(Linkage linkage)
{
    switch (linkage) {
    case Linkage::Ward:
        return "ward";
    case Linkage::Average:
        return "average";
    case Linkage::Complete:
        return "complete";
    case Linkage::Single:
        return "single";
    }
    return "ward";
}

/// Whether the exact agglomerative algorithm runs; otherwise two-step Ward.
bool hierarchicalIsExact(Eigen::Index rows, Eigen::Index columns, Linkage linkage)
{
    HierarchicalParams hierarchical;
    hierarchical.linkage = linkage;
    return rows <= hierarchicalExactLimit && engine::validate(hierarchical, rows, columns).empty();
}

/// Hierarchical segments in the shape k-means gives them: labels by size, centroids (means), inertia. The
/// merge tree goes to @p tree (each row's leaf: the row itself, or its micro-cluster), cut into
/// params.segmentCount segments or at params.cutHeight.
Result<KMeansResult> segmentHierarchically(const Matrix &scaled, const SegmentationParams &params,
    std::string &method, std::optional<store::ProjectStore::StoredTree> &tree, Progress &progress)
{
    const std::optional<int> wantedCount
        = params.cutHeight ? std::nullopt : std::optional<int>(params.segmentCount);
    IndexVector labels;
    tree.emplace();
    if (hierarchicalIsExact(scaled.rows(), scaled.cols(), params.linkage)) {
        HierarchicalParams hierarchical;
        hierarchical.linkage = params.linkage;
        auto fitted = fitHierarchical(scaled, hierarchical, progress);
        if (!fitted) {
            return fitted.error();
        }
        if (auto ok = detail::checkCut(fitted.value(), wantedCount, params.cutHeight, "k", "cut-height");
            !ok) {
            return ok.error();
        }
        labels = params.cutHeight ? cutByHeight(fitted.value(), *params.cutHeight)
                                  : cutByCount(fitted.value(), params.segmentCount);
        method = std::string("hierarchical-") + linkageName(params.linkage);
        tree->dendrogram = std::move(fitted).value();
        tree->memberLeaves.resize(static_cast<std::size_t>(scaled.rows()));
        std::iota(tree->memberLeaves.begin(), tree->memberLeaves.end(), std::int64_t {0});
    } else {
        TwoStepParams twoStep;
        twoStep.seed = params.seed;
        auto fitted = fitTwoStepWard(scaled, twoStep, progress);
        if (!fitted) {
            return fitted.error();
        }
        const TwoStepResult &twoStepResult = fitted.value();
        if (auto ok
            = detail::checkCut(twoStepResult.dendrogram, wantedCount, params.cutHeight, "k", "cut-height");
            !ok) {
            return ok.error();
        }
        labels = params.cutHeight ? cutByHeight(twoStepResult, *params.cutHeight)
                                  : cutByCount(twoStepResult, params.segmentCount);
        method = "two-step-ward";
        tree->leavesAreMicroClusters = true;
        tree->dendrogram = twoStepResult.dendrogram;
        tree->memberLeaves.assign(twoStepResult.microLabels.data(),
            twoStepResult.microLabels.data() + twoStepResult.microLabels.size());
    }
    KMeansResult result;
    const int k = labels.size() > 0 ? static_cast<int>(labels.maxCoeff()) + 1 : 0;
    result.centroids = Matrix::Zero(k, scaled.cols());
    result.sizes.assign(static_cast<std::size_t>(k), 0);
    for (Eigen::Index i = 0; i < scaled.rows(); ++i) {
        result.centroids.row(labels(i)) += scaled.row(i);
        ++result.sizes[static_cast<std::size_t>(labels(i))];
    }
    for (int s = 0; s < k; ++s) {
        result.centroids.row(s)
            /= static_cast<double>(std::max<std::int64_t>(result.sizes[static_cast<std::size_t>(s)], 1));
    }
    for (Eigen::Index i = 0; i < scaled.rows(); ++i) {
        result.inertia += (scaled.row(i) - result.centroids.row(labels(i))).squaredNorm();
    }
    result.labels = std::move(labels);
    result.converged = true; // agglomeration has no iterations to run out of
    return result;
}

/// Means of the rows of each label and the within-segment sum of squares around them, for methods whose own
/// centres are not k-means centroids (hierarchical, Gaussian mixtures).
void fillMeansAndInertia(const Matrix &scaled, KMeansResult &result, int k)
{
    result.centroids = Matrix::Zero(k, scaled.cols());
    std::vector<std::int64_t> counts(static_cast<std::size_t>(k), 0);
    for (Eigen::Index i = 0; i < scaled.rows(); ++i) {
        result.centroids.row(result.labels(i)) += scaled.row(i);
        ++counts[static_cast<std::size_t>(result.labels(i))];
    }
    for (int s = 0; s < k; ++s) {
        result.centroids.row(s)
            /= static_cast<double>(std::max<std::int64_t>(counts[static_cast<std::size_t>(s)], 1));
    }
    result.inertia = 0.0;
    for (Eigen::Index i = 0; i < scaled.rows(); ++i) {
        result.inertia += (scaled.row(i) - result.centroids.row(result.labels(i))).squaredNorm();
    }
}

/// A Gaussian mixture in the shape k-means gives its result (members' means, within-segment sum of squares);
/// the mixture itself (probabilities, log-likelihood, BIC) goes to `mixture`.
Result<KMeansResult> segmentGaussianMixture(const Matrix &scaled, const SegmentationParams &params,
    std::optional<GaussianMixtureResult> &mixture, Progress &progress)
{
    GaussianMixtureParams gmm;
    gmm.componentCount = params.segmentCount;
    gmm.covariance = params.covariance;
    gmm.initCount = params.initCount;
    gmm.maxIterations = params.maxIterations;
    gmm.seed = params.seed;
    auto fitted = fitGaussianMixture(scaled, gmm, progress);
    if (!fitted) {
        return fitted.error();
    }
    mixture = std::move(fitted).value();
    KMeansResult result;
    result.labels = mixture->labels;
    result.sizes = mixture->sizes;
    result.iterations = mixture->iterations;
    result.converged = mixture->converged;
    fillMeansAndInertia(scaled, result, params.segmentCount);
    return result;
}

/// Mini-batch k-means in the shape k-means gives its result; iterations are the passes over the data.
Result<KMeansResult> segmentMiniBatch(
    const Matrix &scaled, const SegmentationParams &params, Progress &progress)
{
    MiniBatchKMeansParams minibatch;
    minibatch.clusterCount = params.segmentCount;
    minibatch.batchSize = params.batchSize;
    minibatch.maxEpochs = params.maxIterations;
    minibatch.initCount = params.initCount;
    minibatch.seed = params.seed;
    auto fitted = fitMiniBatchKMeans(scaled, minibatch, progress);
    if (!fitted) {
        return fitted.error();
    }
    KMeansResult result;
    result.labels = std::move(fitted.value().labels);
    result.centroids = std::move(fitted.value().centroids);
    result.sizes = fitted.value().sizes;
    result.inertia = fitted.value().inertia;
    result.iterations = fitted.value().epochs;
    result.converged = fitted.value().converged;
    return result;
}

/// The criteria as the clustering sees them: the chosen skewed columns on a log scale (sign(x)·log(1+|x|)),
/// then z-scores, so that a column in thousands does not outweigh one in single digits.
/// @p fitted, when given, receives the z-score's means and scales (for assigning new customers later).
Matrix scaledCriteria(const Matrix &raw, const std::vector<std::string> &columns,
    const std::vector<std::string> &logColumns, ZScoreScaler *fitted = nullptr)
{
    Matrix values = raw;
    for (Eigen::Index c = 0; c < values.cols(); ++c) {
        const std::string &name = columns[static_cast<std::size_t>(c)];
        if (std::find(logColumns.begin(), logColumns.end(), name) != logColumns.end()) {
            values.col(c)
                = values.col(c).unaryExpr([](double x) { return std::copysign(std::log1p(std::abs(x)), x); });
        }
    }
    ZScoreScaler scaler = fitZScore(values);
    Matrix scaled = scaler.apply(values);
    if (fitted != nullptr) {
        *fitted = std::move(scaler);
    }
    return scaled;
}

/// Customers described by numeric and categorical criteria, as k-prototypes takes them.
struct MixedCriteria
{
    Matrix numeric; ///< the clustering's units: z-scores (or the criteria set's values)
    CategoryMatrix categorical; ///< level codes, one column per categorical criterion
    /// Per kept customer: each numeric criterion in its units and 0/1 per level of a categorical one, so that
    /// segment means are averages and level shares.
    Matrix original;
    std::vector<std::string> labels; ///< of original's columns: the column's name or "Column = level"
    std::vector<std::int64_t> customerRows;
};

/// The chosen columns (numeric and text) for customers with none missing; text levels coded in sorted order.
/// Requires: checkCriteriaColumns(…, allowText) found no problem.
MixedCriteria loadMixedColumns(store::ProjectStore &project, const SegmentationParams &params)
{
    const auto stored = project.columns();
    std::vector<std::size_t> positions;
    std::vector<bool> isText;
    for (const std::string &name : params.columns) {
        const auto found = std::find_if(
            stored.begin(), stored.end(), [&](const store::StoredColumn &c) { return c.info.name == name; });
        positions.push_back(static_cast<std::size_t>(found - stored.begin()));
        isText.push_back(!found->info.isNumeric());
    }
    std::vector<std::vector<double>> numberColumns;
    std::vector<std::vector<std::string>> textColumns;
    MixedCriteria mixed;
    project.forEachCustomer([&](std::int64_t row, const std::string &, const std::vector<CellValue> &values) {
        for (const std::size_t position : positions) {
            if (std::holds_alternative<std::monostate>(values[position])) {
                return; // missing: no segment, as for k-means
            }
        }
        numberColumns.resize(std::count(isText.begin(), isText.end(), false));
        textColumns.resize(std::count(isText.begin(), isText.end(), true));
        std::size_t number = 0;
        std::size_t text = 0;
        for (std::size_t c = 0; c < positions.size(); ++c) {
            const CellValue &value = values[positions[c]];
            if (isText[c]) {
                textColumns[text++].push_back(std::holds_alternative<std::string>(value)
                        ? std::get<std::string>(value)
                        : std::string());
            } else {
                numberColumns[number++].push_back(std::holds_alternative<double>(value)
                        ? std::get<double>(value)
                        : static_cast<double>(std::get<std::int64_t>(value)));
            }
        }
        mixed.customerRows.push_back(row);
    });
    const auto rows = static_cast<Eigen::Index>(mixed.customerRows.size());
    std::vector<std::string> numericNames;
    Matrix rawNumeric(rows, static_cast<Eigen::Index>(numberColumns.size()));
    for (std::size_t c = 0; c < numberColumns.size(); ++c) {
        for (Eigen::Index i = 0; i < rows; ++i) {
            rawNumeric(i, static_cast<Eigen::Index>(c)) = numberColumns[c][static_cast<std::size_t>(i)];
        }
    }
    mixed.categorical.resize(rows, static_cast<Eigen::Index>(textColumns.size()));
    std::vector<std::vector<std::string>> levels(textColumns.size());
    for (std::size_t c = 0; c < textColumns.size(); ++c) {
        levels[c] = textColumns[c];
        std::sort(levels[c].begin(), levels[c].end());
        levels[c].erase(std::unique(levels[c].begin(), levels[c].end()), levels[c].end());
        for (Eigen::Index i = 0; i < rows; ++i) {
            const auto &value = textColumns[c][static_cast<std::size_t>(i)];
            mixed.categorical(i, static_cast<Eigen::Index>(c)) = static_cast<int>(
                std::lower_bound(levels[c].begin(), levels[c].end(), value) - levels[c].begin());
        }
    }
    // Original values and labels in the order the columns were chosen.
    std::vector<std::vector<double>> originalColumns;
    std::size_t number = 0;
    std::size_t text = 0;
    for (std::size_t c = 0; c < params.columns.size(); ++c) {
        if (!isText[c]) {
            numericNames.push_back(params.columns[c]);
            mixed.labels.push_back(params.columns[c]);
            originalColumns.push_back(numberColumns[number++]);
            continue;
        }
        for (std::size_t level = 0; level < levels[text].size(); ++level) {
            mixed.labels.push_back(params.columns[c] + " = " + levels[text][level]);
            std::vector<double> indicator(static_cast<std::size_t>(rows));
            for (Eigen::Index i = 0; i < rows; ++i) {
                indicator[static_cast<std::size_t>(i)]
                    = mixed.categorical(i, static_cast<Eigen::Index>(text)) == static_cast<int>(level) ? 1.0
                                                                                                       : 0.0;
            }
            originalColumns.push_back(std::move(indicator));
        }
        ++text;
    }
    mixed.original.resize(rows, static_cast<Eigen::Index>(originalColumns.size()));
    for (std::size_t c = 0; c < originalColumns.size(); ++c) {
        for (Eigen::Index i = 0; i < rows; ++i) {
            mixed.original(i, static_cast<Eigen::Index>(c)) = originalColumns[c][static_cast<std::size_t>(i)];
        }
    }
    mixed.numeric = rawNumeric.cols() > 0 && rows > 0
        ? scaledCriteria(rawNumeric, numericNames, params.logColumns)
        : rawNumeric;
    return mixed;
}

/// A criteria set's matrix for k-prototypes: each categorical variable (its one-hot levels) becomes one
/// categorical column; the other columns stay as the set transformed and weighed them.
MixedCriteria mixedFromCriteriaMatrix(const CriteriaMatrix &matrix)
{
    MixedCriteria mixed;
    mixed.original = matrix.originalValues;
    mixed.customerRows = matrix.customerRows;
    const Eigen::Index rows = matrix.values.rows();
    std::vector<Eigen::Index> numericColumns;
    std::vector<std::vector<Eigen::Index>> levelGroups;
    std::vector<std::string> groupVariables;
    for (Eigen::Index j = 0; j < matrix.values.cols(); ++j) {
        const CriteriaMatrixColumn &column = matrix.columns[static_cast<std::size_t>(j)];
        mixed.labels.push_back(column.label);
        if (column.transform != "onehot") {
            numericColumns.push_back(j);
            continue;
        }
        if (groupVariables.empty() || groupVariables.back() != column.variable) {
            groupVariables.push_back(column.variable);
            levelGroups.emplace_back();
        }
        levelGroups.back().push_back(j);
    }
    mixed.numeric.resize(rows, static_cast<Eigen::Index>(numericColumns.size()));
    for (std::size_t c = 0; c < numericColumns.size(); ++c) {
        mixed.numeric.col(static_cast<Eigen::Index>(c)) = matrix.values.col(numericColumns[c]);
    }
    mixed.categorical.resize(rows, static_cast<Eigen::Index>(levelGroups.size()));
    for (std::size_t g = 0; g < levelGroups.size(); ++g) {
        const auto &group = levelGroups[g];
        for (Eigen::Index i = 0; i < rows; ++i) {
            // The level the customer has; none (cannot happen with a "(missing)" level) is one code more.
            int code = static_cast<int>(group.size());
            for (std::size_t level = 0; level < group.size(); ++level) {
                if (matrix.originalValues(i, group[level]) > 0.5) {
                    code = static_cast<int>(level);
                    break;
                }
            }
            mixed.categorical(i, static_cast<Eigen::Index>(g)) = code;
        }
    }
    return mixed;
}

/// The matrix the map of a mixed segmentation is drawn from: the numeric part and each level's indicator
/// × levelScale.
Matrix mixedEmbedding(const MixedCriteria &mixed, double levelScale)
{
    std::vector<int> levelCounts;
    Eigen::Index width = mixed.numeric.cols();
    for (Eigen::Index t = 0; t < mixed.categorical.cols(); ++t) {
        levelCounts.push_back(mixed.categorical.rows() > 0 ? mixed.categorical.col(t).maxCoeff() + 1 : 0);
        width += levelCounts.back();
    }
    const Eigen::Index rows = mixed.original.rows();
    Matrix embedding = Matrix::Zero(rows, width);
    if (mixed.numeric.cols() > 0) {
        embedding.leftCols(mixed.numeric.cols()) = mixed.numeric;
    }
    Eigen::Index offset = mixed.numeric.cols();
    for (Eigen::Index t = 0; t < mixed.categorical.cols(); ++t) {
        for (Eigen::Index i = 0; i < rows; ++i) {
            embedding(i, offset + mixed.categorical(i, t)) = levelScale;
        }
        offset += levelCounts[static_cast<std::size_t>(t)];
    }
    return embedding;
}

/// k-prototypes in the shape k-means gives its result (cost as inertia); `embedding` becomes the matrix the
/// map is drawn from: the numeric part and each level's indicator × sqrt(gamma / 2), so that squared
/// Euclidean distances there are k-prototypes dissimilarities.
Result<KMeansResult> segmentMixed(
    const MixedCriteria &mixed, const SegmentationParams &params, Matrix &embedding, Progress &progress)
{
    KPrototypesParams kprototypes;
    kprototypes.clusterCount = params.segmentCount;
    kprototypes.initCount = params.initCount;
    kprototypes.maxIterations = params.maxIterations;
    kprototypes.seed = params.seed;
    kprototypes.gamma = params.gamma;
    auto fitted = fitKPrototypes(mixed.numeric, mixed.categorical, kprototypes, progress);
    if (!fitted) {
        return fitted.error();
    }
    const KPrototypesResult &found = fitted.value();
    embedding = mixedEmbedding(mixed, std::sqrt(found.gamma / 2.0));
    KMeansResult result;
    result.labels = found.labels;
    result.sizes = found.sizes;
    result.inertia = found.cost;
    result.iterations = found.iterations;
    result.converged = found.converged;
    return result;
}

/// k-medoids on Gower's dissimilarity (PAM, or CLARA beyond kmedoidsExactLimit customers), in the shape
/// k-means gives its result (total dissimilarity to the medoids as inertia); `embedding` as segmentMixed's.
Result<KMeansResult> segmentMedoids(
    const MixedCriteria &mixed, const SegmentationParams &params, Matrix &embedding, Progress &progress)
{
    Result<PamResult> fitted = makeError(ErrorCode::Cancelled);
    if (mixed.original.rows() <= kmedoidsExactLimit) {
        auto dissimilarity = gowerDissimilarity(mixed.numeric, mixed.categorical);
        if (!dissimilarity) {
            return dissimilarity.error();
        }
        PamParams pam;
        pam.clusterCount = params.segmentCount;
        pam.maxSwaps = params.maxIterations;
        fitted = fitPam(dissimilarity.value(), pam, progress);
    } else {
        ClaraParams clara;
        clara.clusterCount = params.segmentCount;
        clara.sampleCount = std::max(5, params.initCount);
        clara.maxSwaps = params.maxIterations;
        clara.seed = params.seed;
        fitted = fitClara(mixed.numeric, mixed.categorical, clara, progress);
    }
    if (!fitted) {
        return fitted.error();
    }
    embedding = mixedEmbedding(mixed, std::sqrt(0.5));
    KMeansResult result;
    result.labels = fitted.value().labels;
    result.sizes = fitted.value().sizes;
    result.inertia = fitted.value().cost;
    result.iterations = fitted.value().swaps;
    result.converged = fitted.value().converged;
    return result;
}

bool isNotADatabase(const store::SqliteError &error)
{
    constexpr int sqliteNotADatabase = 26; // SQLITE_NOTADB
    return (error.code() & 0xFF) == sqliteNotADatabase;
}

/// Adds a problem for each requested column that is unknown, not numeric (unless text is allowed) or
/// repeated.
void checkCriteriaColumns(store::ProjectStore &project, const std::vector<std::string> &columns,
    std::vector<Error> &problems, bool allowText = false)
{
    if (columns.empty()) {
        problems.push_back(
            makeError(ErrorCode::InvalidParameter, {"columns", "empty", "at least one numeric column"}));
    }
    const auto stored = project.columns();
    std::unordered_set<std::string> seen;
    for (const std::string &name : columns) {
        const auto found = std::find_if(
            stored.begin(), stored.end(), [&](const store::StoredColumn &c) { return c.info.name == name; });
        if (found == stored.end()) {
            problems.push_back(makeError(ErrorCode::UnknownColumn, {name}));
        } else if (!found->info.isNumeric() && !allowText) {
            problems.push_back(
                makeError(ErrorCode::NonNumericColumn, {name, columnTypeName(found->info.type)}));
        } else if (!seen.insert(name).second) {
            problems.push_back(makeError(ErrorCode::InvalidParameter, {"columns", name, "each column once"}));
        }
    }
}

/// The chosen columns' values for customers with none missing. Requires: checkCriteriaColumns found no
/// problem.
NumericMatrix loadCriteria(store::ProjectStore &project, const std::vector<std::string> &columns)
{
    const auto stored = project.columns();
    std::vector<store::StoredColumn> chosen;
    for (const std::string &name : columns) {
        chosen.push_back(*std::find_if(
            stored.begin(), stored.end(), [&](const store::StoredColumn &c) { return c.info.name == name; }));
    }
    return project.loadNumericMatrix(chosen);
}

} // namespace

Result<detail::SegmentationMatrix> detail::segmentationMatrix(store::Database &database,
    store::ProjectStore &project, const SegmentationInfo &segmentation, const std::string &criteria,
    Progress &progress)
{
    SegmentationMatrix result;
    // A segmentation made from a criteria set is rebuilt from the JSON stored with it; a set chosen by the
    // caller replaces it. The file says which documents are criteria sets.
    std::optional<std::string> criteriaJson;
    if (criteria.empty()) {
        criteriaJson = project.segmentationDocument(segmentation.id, store::DefinitionKind::CriteriaSet);
    }
    if (!criteria.empty() || criteriaJson) {
        auto built = criteria.empty() ? detail::buildCriteriaMatrixFromJson(database, *criteriaJson, progress)
                                      : detail::buildSavedCriteriaMatrix(database, criteria, progress);
        if (!built) {
            return built.error();
        }
        const CriteriaMatrix &matrix = built.value().matrix;
        // The rows of the segmentation's members; the matrix itself (transforms, imputation, level weights)
        // is fitted on every customer the set keeps, as runSegmentation fits it.
        const std::vector<int> segmentOf = project.memberSegments(segmentation.id, matrix.customerCount);
        std::vector<Eigen::Index> kept;
        for (std::size_t i = 0; i < matrix.customerRows.size(); ++i) {
            if (segmentOf[static_cast<std::size_t>(matrix.customerRows[i])] >= 0) {
                kept.push_back(static_cast<Eigen::Index>(i));
                result.customerRows.push_back(matrix.customerRows[i]);
            }
        }
        result.leftOutCount = segmentation.memberCount - static_cast<std::int64_t>(kept.size());
        result.scaled = matrix.values(kept, Eigen::all);
        return result;
    }
    std::vector<Error> problems;
    checkCriteriaColumns(project, segmentation.columns, problems);
    if (!problems.empty()) {
        return problems.front();
    }
    NumericMatrix data = loadCriteria(project, segmentation.columns);
    result.customerRows = std::move(data.customerRows);
    const auto scaling = project.segmentationScaling(segmentation.id, segmentation.segmentCount);
    if (!scaling || scaling->centers.size() != segmentation.columns.size() || data.values.rows() == 0) {
        result.scaled = data.values.rows() == 0
            ? data.values
            : scaledCriteria(data.values, segmentation.columns, segmentation.logColumns);
        return result;
    }
    // The stored scaling, so that members keep the very values they were clustered on even after customers
    // were added (a refit would move every z-score); the same steps as scaledCriteria.
    Matrix values = std::move(data.values);
    for (Eigen::Index c = 0; c < values.cols(); ++c) {
        const auto column = static_cast<std::size_t>(c);
        if (scaling->transforms[column] == "log1p") {
            values.col(c)
                = values.col(c).unaryExpr([](double x) { return std::copysign(std::log1p(std::abs(x)), x); });
        }
    }
    ZScoreScaler stored;
    stored.mean = Eigen::Map<const RowVector>(scaling->centers.data(), values.cols());
    stored.scale = Eigen::Map<const RowVector>(scaling->scales.data(), values.cols());
    result.scaled = stored.apply(values);
    return result;
}

int Session::latestSchemaVersion()
{
    return store::latestSchemaVersion();
}

Session::Session(std::string path, std::unique_ptr<store::Database> database)
    : m_path(std::move(path))
    , m_database(std::move(database))
{ }

Session::Session(Session &&) noexcept = default;
Session &Session::operator=(Session &&) noexcept = default;
Session::~Session() = default;

Result<Session> Session::createProject(const std::string &path)
{
    std::error_code ignored;
    if (std::filesystem::exists(path, ignored)) {
        return makeError(ErrorCode::ProjectAlreadyExists, {path});
    }
    {
        // Probe the folder first, so that an unwritable place is reported as such and not as SQLite's
        // "unable to open database file".
        std::ofstream probe(path, std::ios::binary);
        if (!probe) {
            return makeError(ErrorCode::FileUnwritable, {path, std::strerror(errno)});
        }
    }
    try {
        auto database = std::make_unique<store::Database>(path, store::OpenMode::ReadWrite);
        store::migrate(*database);
        return Session(path, std::move(database));
    } catch (const store::SqliteError &error) {
        std::filesystem::remove(path, ignored);
        return storageError(path, error);
    }
}

Result<Session> Session::openProject(const std::string &path)
{
    std::error_code ignored;
    if (!std::filesystem::is_regular_file(path, ignored)) {
        return makeError(ErrorCode::FileNotFound, {path});
    }
    try {
        auto database = std::make_unique<store::Database>(path, store::OpenMode::ReadWrite);
        const auto applicationId = store::queryInt64(*database, "PRAGMA application_id").value_or(0);
        if (applicationId != store::projectApplicationId) {
            return makeError(ErrorCode::NotAProject, {path});
        }
        const int stored = store::storedSchemaVersion(*database);
        if (stored > store::latestSchemaVersion()) {
            return makeError(ErrorCode::ProjectFromNewerVersion,
                {path, std::to_string(stored), std::to_string(store::latestSchemaVersion())});
        }
        if (stored < store::latestSchemaVersion()) {
            store::migrate(*database);
        }
        return Session(path, std::move(database));
    } catch (const store::SqliteError &error) {
        if (isNotADatabase(error)) {
            return makeError(ErrorCode::NotAProject, {path});
        }
        return storageError(path, error);
    }
}

Result<ProjectSummary> Session::summary() const
{
    return guarded<ProjectSummary>(m_path, [&]() -> Result<ProjectSummary> {
        store::ProjectStore project(*m_database);
        ProjectSummary summary;
        summary.path = m_path;
        summary.schemaVersion = store::storedSchemaVersion(*m_database);
        summary.customerCount = project.customerCount();
        summary.idColumn = project.idColumn();
        for (const auto &column : project.columns()) {
            summary.columns.push_back(column.info);
        }
        summary.segmentations = project.segmentations();
        return summary;
    });
}

Result<ImportReport> Session::importCustomersCsv(const CsvImportParams &params, Progress &progress)
{
    return guarded<ImportReport>(
        m_path, [&]() { return importCustomerTable(*m_database, m_path, params, progress); });
}

Result<TransactionImportReport> Session::importTransactionsCsv(
    const TransactionImportParams &params, Progress &progress)
{
    return guarded<TransactionImportReport>(
        m_path, [&]() { return importTransactionLog(*m_database, m_path, params, progress); });
}

Result<LifetimeValueReport> Session::runLifetimeValue(const LifetimeValueParams &params, Progress &progress)
{
    return guarded<LifetimeValueReport>(
        m_path, [&]() { return runLifetimeValueModels(*m_database, m_path, params, progress); });
}

std::vector<Error> Session::validate(const SegmentationParams &params) const
{
    std::vector<Error> problems;
    if (params.segmentCount < minSegmentCount || params.segmentCount > maxSegmentCount) {
        problems.push_back(makeError(ErrorCode::InvalidParameter,
            {"k", std::to_string(params.segmentCount),
                std::to_string(minSegmentCount) + ".." + std::to_string(maxSegmentCount)}));
    }
    if (params.initCount < 1 || params.initCount > maxInitCount) {
        problems.push_back(makeError(ErrorCode::InvalidParameter,
            {"n-init", std::to_string(params.initCount), "1.." + std::to_string(maxInitCount)}));
    }
    if (params.maxIterations < 1 || params.maxIterations > maxIterationLimit) {
        problems.push_back(makeError(ErrorCode::InvalidParameter,
            {"max-iterations", std::to_string(params.maxIterations),
                "1.." + std::to_string(maxIterationLimit)}));
    }
    if (params.batchSize < 1 || params.batchSize > maxBatchSize) {
        problems.push_back(makeError(ErrorCode::InvalidParameter,
            {"batch-size", std::to_string(params.batchSize), "1.." + std::to_string(maxBatchSize)}));
    }
    if (params.gamma && !(std::isfinite(*params.gamma) && *params.gamma >= 0.0)) {
        problems.push_back(
            makeError(ErrorCode::InvalidParameter, {"gamma", std::to_string(*params.gamma), ">= 0"}));
    }
    try {
        store::ProjectStore project(*m_database);
        if (params.criteria.empty()) {
            checkCriteriaColumns(project, params.columns, problems,
                params.method == SegmentationMethod::KPrototypes
                    || params.method == SegmentationMethod::KMedoids);
            // Text columns are categorical: a log scale means nothing for them.
            for (const store::StoredColumn &column : project.columns()) {
                if (!column.info.isNumeric()
                    && std::find(params.logColumns.begin(), params.logColumns.end(), column.info.name)
                        != params.logColumns.end()) {
                    problems.push_back(makeError(
                        ErrorCode::NonNumericColumn, {column.info.name, columnTypeName(column.info.type)}));
                }
            }
        } else {
            detail::checkCriteriaChoice(
                *m_database, params.criteria, params.columns, params.logColumns, problems);
        }
        for (const std::string &column : params.logColumns) {
            if (std::find(params.columns.begin(), params.columns.end(), column) == params.columns.end()) {
                problems.push_back(
                    makeError(ErrorCode::InvalidParameter, {"log", column, "one of the chosen columns"}));
            }
        }
        // Two-step hierarchical is Ward only: other linkages must fit exactly.
        const std::int64_t customers = project.customerCount();
        if (params.method == SegmentationMethod::Hierarchical && params.linkage != Linkage::Ward
            && !hierarchicalIsExact(customers,
                static_cast<Eigen::Index>(std::max<std::size_t>(params.columns.size(), 1)), params.linkage)) {
            problems.push_back(makeError(ErrorCode::InvalidParameter,
                {"linkage", linkageName(params.linkage),
                    "ward for more than " + std::to_string(hierarchicalExactLimit)
                        + " customers (exact average, complete and single linkage need all pairwise "
                          "distances; "
                          "two-step hierarchical uses Ward)"}));
        }
        if (params.cutHeight
            && (params.method != SegmentationMethod::Hierarchical || !std::isfinite(*params.cutHeight)
                || *params.cutHeight < 0.0)) {
            problems.push_back(makeError(ErrorCode::InvalidParameter,
                {"cut-height", detail::formatHeight(*params.cutHeight),
                    "a height >= 0, with the hierarchical method only"}));
        }
        if (!params.name.empty() && project.findSegmentation(params.name)) {
            problems.push_back(makeError(ErrorCode::SegmentationExists, {params.name}));
        }
        if (!params.matchTo.empty() && !project.findSegmentation(params.matchTo)) {
            problems.push_back(makeError(ErrorCode::UnknownSegmentation, {params.matchTo}));
        }
    } catch (const store::SqliteError &error) {
        problems.push_back(storageError(m_path, error));
    }
    return problems;
}

Result<SegmentationInfo> Session::runSegmentation(const SegmentationParams &params, Progress &progress)
{
    if (auto problems = validate(params); !problems.empty()) {
        return problems.front();
    }
    return guarded<SegmentationInfo>(m_path, [&]() -> Result<SegmentationInfo> {
        store::ProjectStore project(*m_database);
        progress.setStage("segment.load");
        // A criteria set's matrix is already transformed and weighted: it is clustered as it is.
        std::optional<detail::ProjectCriteriaMatrix> criteria;
        NumericMatrix data;
        const bool mixedMethod = params.method == SegmentationMethod::KPrototypes
            || params.method == SegmentationMethod::KMedoids;
        std::optional<MixedCriteria> mixed;
        if (params.criteria.empty() && mixedMethod) {
            mixed = loadMixedColumns(project, params);
            data.values = mixed->original;
            data.customerRows = mixed->customerRows;
        } else if (params.criteria.empty()) {
            data = loadCriteria(project, params.columns);
        } else {
            auto built = detail::buildSavedCriteriaMatrix(*m_database, params.criteria, progress);
            if (!built) {
                return built.error();
            }
            criteria = std::move(built).value();
            data.values = criteria->matrix.originalValues;
            data.customerRows = criteria->matrix.customerRows;
            if (mixedMethod) {
                mixed = mixedFromCriteriaMatrix(criteria->matrix);
            }
        }
        const auto usable = data.values.rows();
        if (usable < std::max<Eigen::Index>(params.segmentCount, mapDimensions + 1)) {
            return makeError(ErrorCode::TooFewCustomers,
                {std::to_string(usable), std::to_string(std::max(params.segmentCount, mapDimensions + 1))});
        }
        if (progress.isCancelRequested()) {
            return makeError(ErrorCode::Cancelled);
        }

        ZScoreScaler zscore; // of plain columns: kept so that new customers can be assigned later
        Matrix scaled = criteria ? criteria->matrix.values
            : mixed              ? Matrix()
                                 : scaledCriteria(data.values, params.columns, params.logColumns, &zscore);

        std::string method = "kmeans";
        Matrix embedding;
        std::optional<GaussianMixtureResult> mixture;
        std::optional<store::ProjectStore::StoredTree> tree;
        auto clustered = mixed && params.method == SegmentationMethod::KMedoids
            ? segmentMedoids(*mixed, params, embedding, progress)
            : mixed                                       ? segmentMixed(*mixed, params, embedding, progress)
            : params.method == SegmentationMethod::KMeans ? fitKMeans(scaled, kmeansParams(params), progress)
            : params.method == SegmentationMethod::GaussianMixture
            ? segmentGaussianMixture(scaled, params, mixture, progress)
            : params.method == SegmentationMethod::MiniBatchKMeans
            ? segmentMiniBatch(scaled, params, progress)
            : segmentHierarchically(scaled, params, method, tree, progress);
        if (params.method == SegmentationMethod::GaussianMixture) {
            method = "gmm";
        } else if (params.method == SegmentationMethod::MiniBatchKMeans) {
            method = "minibatch";
        }
        if (mixed) {
            method = params.method == SegmentationMethod::KMedoids ? "kmedoids" : "kprototypes";
            if (!criteria) {
                scaled = std::move(embedding); // the map of plain columns shows the k-prototypes geometry
            }
        }
        if (!clustered) {
            return clustered.error();
        }
        const KMeansResult &clusters = clustered.value();
        // k as run: params.segmentCount, or what a hierarchical cut at params.cutHeight gave.
        const int segmentCount = tree ? static_cast<int>(clusters.sizes.size()) : params.segmentCount;

        // The map: PCA of the same z-scored columns; with one column, the second axis is zero.
        progress.setStage("pca");
        Matrix map = Matrix::Zero(usable, mapDimensions);
        std::vector<double> explained(mapDimensions, 0.0);
        if (scaled.cols() >= mapDimensions) {
            PcaParams pcaParams;
            pcaParams.componentCount = mapDimensions;
            auto pca = fitPca(scaled, pcaParams, progress);
            if (!pca) {
                return pca.error();
            }
            map = pca.value().transform(scaled);
            for (int i = 0; i < mapDimensions; ++i) {
                explained[static_cast<std::size_t>(i)] = pca.value().explainedVarianceRatio(i);
            }
        } else {
            map.col(0) = scaled.col(0);
            explained[0] = 1.0;
        }
        if (progress.isCancelRequested()) {
            return makeError(ErrorCode::Cancelled);
        }

        progress.setStage("segment.save");
        store::ProjectStore::NewSegmentation saved;
        saved.info.name = params.name;
        if (saved.info.name.empty()) {
            for (std::size_t n = project.segmentations().size() + 1;; ++n) {
                saved.info.name = "Segmentation " + std::to_string(n);
                if (!project.findSegmentation(saved.info.name)) {
                    break;
                }
            }
        }
        saved.info.method = method;
        saved.info.segmentCount = segmentCount;
        saved.info.columns = params.columns;
        saved.info.logColumns = params.logColumns;
        saved.info.seed = params.seed;
        saved.info.memberCount = usable;
        saved.info.inertia = clusters.inertia;
        saved.info.iterations = clusters.iterations;
        saved.info.converged = clusters.converged;
        saved.scaling = "zscore";
        for (const std::string &column : params.logColumns) {
            saved.scaling += (saved.scaling == "zscore" ? "; log1p: " : ", ") + column;
        }
        if (mixed && !criteria) {
            // Text columns are stored as their levels (the share of members with each), as criteria sets do.
            saved.info.columns = mixed->labels;
        }
        if (criteria) {
            saved.info.columns.clear();
            saved.scaling = "none";
            saved.criteriaJson = criteria->json;
            saved.criteriaKind = store::DefinitionKind::CriteriaSet;
            saved.definitionId = criteria->definitionId;
            for (const CriteriaMatrixColumn &column : criteria->matrix.columns) {
                saved.info.columns.push_back(column.label);
                saved.columnTransforms.push_back(column.transform);
                saved.columnWeights.push_back(column.weight);
                if (column.transform == "log1p") {
                    saved.info.logColumns.push_back(column.label);
                }
            }
        }
        saved.initCount = params.initCount;
        saved.maxIterations = params.maxIterations;
        if (mixture) {
            saved.info.covariance = params.covariance == CovarianceType::Full ? "full" : "diag";
            saved.info.logLikelihood = mixture->logLikelihood;
            saved.info.bic = mixture->bic;
            saved.memberProbabilities.resize(static_cast<std::size_t>(usable));
            for (Eigen::Index i = 0; i < usable; ++i) {
                saved.memberProbabilities[static_cast<std::size_t>(i)]
                    = mixture->probabilities(i, mixture->labels(i));
            }
            saved.memberProbabilityMatrix = mixture->probabilities;
        }
        if (params.method == SegmentationMethod::MiniBatchKMeans) {
            saved.info.batchSize = params.batchSize;
        }
        // Segment centres in the columns' own units: the mean of the members' values (on log-scaled columns
        // too, so the table agrees with the profiles).
        Matrix centroids = Matrix::Zero(segmentCount, data.values.cols());
        for (Eigen::Index i = 0; i < data.values.rows(); ++i) {
            centroids.row(clusters.labels(i)) += data.values.row(i);
        }
        for (int s = 0; s < segmentCount; ++s) {
            const auto size = clusters.sizes[static_cast<std::size_t>(s)];
            centroids.row(s) /= static_cast<double>(std::max<std::int64_t>(size, 1));
        }
        for (int s = 0; s < segmentCount; ++s) {
            SegmentInfo segment;
            segment.index = s;
            segment.name = "Segment " + std::to_string(s + 1);
            segment.size = clusters.sizes[static_cast<std::size_t>(s)];
            segment.share = static_cast<double>(segment.size) / static_cast<double>(usable);
            for (Eigen::Index j = 0; j < centroids.cols(); ++j) {
                segment.centroid.push_back(centroids(s, j));
            }
            saved.segments.push_back(std::move(segment));
        }
        if (!criteria && !mixed) {
            detail::keepScaling(saved, zscore.mean, zscore.scale, clusters.centroids);
        }
        std::optional<SegmentMatchReport> matching;
        if (!params.matchTo.empty()) {
            const auto previous = project.findSegmentation(params.matchTo);
            if (!previous) {
                return makeError(ErrorCode::UnknownSegmentation, {params.matchTo});
            }
            matching = detail::carryOverSegments(project, *previous, saved.info.columns, data.values,
                data.customerRows, clusters.labels, saved.segments);
            saved.matchedTo = previous->id;
        }
        saved.memberRows = data.customerRows;
        saved.memberSegments.assign(clusters.labels.data(), clusters.labels.data() + clusters.labels.size());
        saved.mapX.resize(static_cast<std::size_t>(usable));
        saved.mapY.resize(static_cast<std::size_t>(usable));
        for (Eigen::Index i = 0; i < usable; ++i) {
            saved.mapX[static_cast<std::size_t>(i)] = map(i, 0);
            saved.mapY[static_cast<std::size_t>(i)] = map(i, 1);
        }
        saved.explainedVarianceRatio = explained;
        saved.tree = std::move(tree);

        store::Transaction transaction(*m_database);
        SegmentationInfo info = project.saveSegmentation(saved);
        if (progress.isCancelRequested()) {
            return makeError(ErrorCode::Cancelled); // rolled back
        }
        transaction.commit();
        progress.setFraction(1.0);
        info.matching = std::move(matching);
        return info;
    });
}

Result<ProjectionReport> Session::runProjection(
    const ProjectionParams &params, Progress &progress, const ProjectionSnapshotCallback &onSnapshot)
{
    if (params.method != "pca" && params.method != "tsne") {
        return makeError(ErrorCode::InvalidParameter, {"method", params.method, "pca or tsne"});
    }
    if (params.gradient != "auto" && params.gradient != "bh" && params.gradient != "fft") {
        return makeError(ErrorCode::InvalidParameter, {"gradient", params.gradient, "auto, bh or fft"});
    }
    return guarded<ProjectionReport>(m_path, [&]() -> Result<ProjectionReport> {
        const auto started = std::chrono::steady_clock::now();
        store::ProjectStore project(*m_database);
        const auto segmentation = project.findSegmentation(params.segmentation);
        if (!segmentation) {
            return makeError(ErrorCode::UnknownSegmentation, {params.segmentation});
        }
        progress.setStage("projection.load");
        auto built
            = detail::segmentationMatrix(*m_database, project, *segmentation, params.criteria, progress);
        if (!built) {
            return built.error();
        }
        NumericMatrix data;
        data.customerRows = std::move(built.value().customerRows);
        const Matrix scaled = std::move(built.value().scaled);
        const std::int64_t leftOut = built.value().leftOutCount;
        if (scaled.rows() < mapDimensions + 1) {
            return makeError(ErrorCode::TooFewCustomers,
                {std::to_string(scaled.rows()), std::to_string(mapDimensions + 1)});
        }
        ProjectionReport report;
        report.segmentation = segmentation->name;
        report.method = params.method;
        report.pointCount = scaled.rows();
        report.criteria = params.criteria;
        report.leftOutCount = leftOut;
        Matrix layout;
        std::optional<double> kl;
        std::string parameters;
        if (params.method == "pca") {
            PcaParams pcaParams;
            pcaParams.componentCount = std::min<int>(mapDimensions, static_cast<int>(scaled.cols()));
            auto pca = fitPca(scaled, pcaParams, progress);
            if (!pca) {
                return pca.error();
            }
            layout = Matrix::Zero(scaled.rows(), mapDimensions);
            layout.leftCols(pcaParams.componentCount) = pca.value().transform(scaled);
            for (int i = 0; i < pcaParams.componentCount; ++i) {
                report.explainedVarianceRatio.push_back(pca.value().explainedVarianceRatio(i));
            }
            report.explainedVarianceRatio.resize(mapDimensions, 0.0);
            parameters = "{}";
        } else {
            TsneParams tsne;
            tsne.perplexity = params.perplexity;
            tsne.iterations = params.iterations;
            tsne.seed = params.seed;
            tsne.gradient = params.gradient == "bh" ? TsneGradientMethod::BarnesHut
                : params.gradient == "fft"          ? TsneGradientMethod::Fft
                                                    : TsneGradientMethod::Automatic;
            if (auto invalid = engine::validate(tsne, scaled.rows(), scaled.cols()); !invalid.empty()) {
                return invalid.front();
            }
            TsneSnapshot forward;
            if (onSnapshot) {
                // Each point's segment, once: a snapshot is a map the caller can draw as it stands.
                const auto lastRow = std::max_element(data.customerRows.begin(), data.customerRows.end());
                const std::vector<int> segmentOf = project.memberSegments(
                    segmentation->id, lastRow == data.customerRows.end() ? 0 : *lastRow + 1);
                ProjectionSnapshot snapshot;
                snapshot.segmentation = segmentation->name;
                snapshot.iterations = params.iterations;
                snapshot.points.resize(data.customerRows.size());
                for (std::size_t i = 0; i < data.customerRows.size(); ++i) {
                    snapshot.points[i].customerRow = data.customerRows[i];
                    snapshot.points[i].segment = segmentOf[static_cast<std::size_t>(data.customerRows[i])];
                }
                forward = [&onSnapshot, snapshot = std::move(snapshot)](
                              const Matrix &current, int iteration, double klDivergence) mutable {
                    snapshot.iteration = iteration;
                    snapshot.klDivergence = klDivergence;
                    for (std::size_t i = 0; i < snapshot.points.size(); ++i) {
                        snapshot.points[i].x = current(static_cast<Eigen::Index>(i), 0);
                        snapshot.points[i].y = current(static_cast<Eigen::Index>(i), 1);
                    }
                    onSnapshot(snapshot);
                };
            }
            auto fitted = fitTsne(scaled, tsne, progress, forward);
            if (!fitted) {
                return fitted.error();
            }
            if (fitted.value().cancelled) {
                return makeError(ErrorCode::Cancelled);
            }
            layout = fitted.value().layout;
            report.klDivergence = fitted.value().klDivergence;
            report.klExact = fitted.value().klMethod == KlDivergenceMethod::Exact;
            report.gradient = fitted.value().gradientMethod == TsneGradientMethod::Fft ? "fft" : "barnes_hut";
            kl = report.klDivergence;
            parameters = "{\"perplexity\":" + std::to_string(params.perplexity) + ",\"iterations\":"
                + std::to_string(params.iterations) + ",\"seed\":" + std::to_string(params.seed) + "}";
        }
        progress.setStage("projection.save");
        store::Transaction transaction(*m_database);
        project.saveProjection(segmentation->id, params.method, parameters, report.explainedVarianceRatio, kl,
            data.customerRows, layout);
        transaction.commit();
        report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        return report;
    });
}

std::vector<Error> Session::validate(const SegmentCountSearchParams &params) const
{
    std::vector<Error> problems;
    if (params.method != SegmentationMethod::KMeans && params.method != SegmentationMethod::GaussianMixture) {
        problems.push_back(makeError(ErrorCode::InvalidParameter,
            {"method", "not k-means or a Gaussian mixture",
                "kmeans or gmm for choosing the number of segments"}));
    }
    try {
        store::ProjectStore project(*m_database);
        if (params.criteria.empty()) {
            checkCriteriaColumns(project, params.columns, problems);
        } else {
            detail::checkCriteriaChoice(*m_database, params.criteria, params.columns, {}, problems);
        }
    } catch (const store::SqliteError &error) {
        problems.push_back(storageError(m_path, error));
    }
    return problems;
}

Result<SegmentCountSearch> Session::compareSegmentCounts(
    const SegmentCountSearchParams &params, Progress &progress) const
{
    if (auto problems = validate(params); !problems.empty()) {
        return problems.front();
    }
    return guarded<SegmentCountSearch>(m_path, [&]() -> Result<SegmentCountSearch> {
        store::ProjectStore project(*m_database);
        progress.setStage("segment.load");
        // The same matrix as runSegmentation, so the recommended k means the same thing there: z-scores of
        // the columns, or the criteria set's matrix as it is.
        Matrix scaled;
        if (params.criteria.empty()) {
            const NumericMatrix data = loadCriteria(project, params.columns);
            if (data.values.rows() > 0) {
                scaled = fitZScore(data.values).apply(data.values);
            }
        } else {
            auto built = detail::buildSavedCriteriaMatrix(*m_database, params.criteria, progress);
            if (!built) {
                return built.error();
            }
            scaled = std::move(built.value().matrix.values);
        }
        if (scaled.rows() == 0) {
            return makeError(ErrorCode::TooFewCustomers, {"0", std::to_string(params.maximumCount + 1)});
        }
        if (params.method == SegmentationMethod::GaussianMixture) {
            ChooseMixtureCountParams search;
            search.minimumCount = params.minimumCount;
            search.maximumCount = params.maximumCount;
            search.initCount = params.initCount;
            search.covariance = params.covariance;
            search.seed = params.seed;
            if (auto problems = engine::validate(search, scaled.rows(), scaled.cols()); !problems.empty()) {
                return problems.front();
            }
            auto recommendation = chooseMixtureCount(scaled, search, progress);
            if (!recommendation) {
                return recommendation.error();
            }
            return SegmentCountSearch {std::move(recommendation).value(), scaled.rows()};
        }
        ChooseSegmentCountParams search;
        search.minimumCount = params.minimumCount;
        search.maximumCount = params.maximumCount;
        search.initCount = params.initCount;
        search.stabilityRuns = params.stabilityRuns;
        search.seed = params.seed;
        if (auto problems = engine::validate(search, scaled.rows(), scaled.cols()); !problems.empty()) {
            return problems.front();
        }
        auto recommendation = chooseSegmentCount(scaled, search, progress);
        if (!recommendation) {
            return recommendation.error();
        }
        return SegmentCountSearch {std::move(recommendation).value(), scaled.rows()};
    });
}

Result<SegmentationDetails> Session::segmentation(const std::string &name) const
{
    return guarded<SegmentationDetails>(m_path, [&]() -> Result<SegmentationDetails> {
        store::ProjectStore project(*m_database);
        auto found = project.findSegmentation(name);
        if (!found) {
            return makeError(ErrorCode::UnknownSegmentation, {name});
        }
        SegmentationDetails details;
        details.info = *found;
        details.segments = project.segments(details.info);
        details.points
            = project.mapPoints(details.info.id, details.explainedVarianceRatio, &details.projectionMethod);
        return details;
    });
}

Result<std::vector<SegmentInfo>> Session::segments(const std::string &name) const
{
    return guarded<std::vector<SegmentInfo>>(m_path, [&]() -> Result<std::vector<SegmentInfo>> {
        store::ProjectStore project(*m_database);
        auto found = project.findSegmentation(name);
        if (!found) {
            return makeError(ErrorCode::UnknownSegmentation, {name});
        }
        return project.segments(*found);
    });
}

Result<CustomerPage> Session::customers(std::int64_t offset, std::int64_t limit) const
{
    return guarded<CustomerPage>(m_path, [&]() -> Result<CustomerPage> {
        return store::ProjectStore(*m_database)
            .customerPage(std::max<std::int64_t>(offset, 0), std::max<std::int64_t>(limit, 0));
    });
}

Result<std::int64_t> Session::exportMembersCsv(
    const std::string &segmentationName, const std::string &outPath) const
{
    MemberExportParams params;
    params.segmentation = segmentationName;
    params.outPath = outPath;
    NullProgress progress;
    return exportMembers(params, progress);
}

} // namespace segmenta::engine
