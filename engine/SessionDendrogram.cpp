// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// Session: the merge trees of hierarchical segmentations, and cutting them again into new segmentations.
#include "Session.h"
#include "SessionGuard.h"

#include "criteria/detail/ProjectCriteria.h"
#include "segments/detail/SegmentIdentity.h"
#include "segments/detail/TreeCut.h"
#include "store/Database.h"
#include "store/ProjectStore.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace segmenta::engine {

namespace {

bool isHierarchicalMethod(const std::string &method)
{
    return method.rfind("hierarchical-", 0) == 0 || method == "two-step-ward";
}

/// The stored tree, or why there is none, in the SegmentationTree's words.
SegmentationTree describeTree(store::ProjectStore &project, const SegmentationInfo &info,
    std::optional<store::ProjectStore::StoredTree> &stored)
{
    SegmentationTree tree;
    tree.segmentation = info.name;
    tree.method = info.method;
    tree.segmentCount = info.segmentCount;
    if (!isHierarchicalMethod(info.method)) {
        tree.absence = TreeAbsence::NotHierarchical;
        tree.message = "'" + info.name + "' was made with the " + info.method
            + " method; a dendrogram exists only for hierarchical segmentations (segment --method "
              "hierarchical).";
        return tree;
    }
    stored = project.segmentationTree(info.id);
    if (!stored) {
        tree.absence = TreeAbsence::StoredWithoutTree;
        tree.message = "'" + info.name
            + "' was stored before Segmenta kept merge trees; run it again (segment --method hierarchical) "
              "to "
              "get its dendrogram.";
        return tree;
    }
    tree.leavesAreMicroClusters = stored->leavesAreMicroClusters;
    tree.customerCount = static_cast<std::int64_t>(stored->memberRows.size());
    tree.leafSegments.assign(static_cast<std::size_t>(stored->dendrogram.leafCount()), -1);
    const std::vector<int> segmentOf = project.memberSegments(info.id, project.customerCount());
    for (std::size_t i = 0; i < stored->memberRows.size(); ++i) {
        const auto row = static_cast<std::size_t>(stored->memberRows[i]);
        if (row < segmentOf.size()) {
            tree.leafSegments[static_cast<std::size_t>(stored->memberLeaves[i])] = segmentOf[row];
        }
    }
    tree.dendrogram = stored->dendrogram;
    return tree;
}

/// The name a re-cut gets when none is given: "<source> (k segments)", numbered when taken.
std::string recutName(store::ProjectStore &project, const std::string &source, int k)
{
    const std::string base = source + " (" + std::to_string(k) + " segments)";
    std::string name = base;
    for (int n = 2; project.findSegmentation(name); ++n) {
        name = base + " " + std::to_string(n);
    }
    return name;
}

/// The members' values in the source's own units and as its clustering saw them.
struct RecutData
{
    Matrix values; ///< original units, one row per customer of customerRows
    Matrix scaled; ///< the clustered matrix (z-scores after the transform, or the criteria set's matrix)
    std::vector<std::int64_t> customerRows; ///< ascending
    std::optional<detail::ProjectCriteriaMatrix> criteria; ///< when the source was made from a criteria set
    std::optional<store::ProjectStore::StoredScaling> scaling; ///< of plain columns
};

Result<RecutData> loadRecutData(store::Database &database, store::ProjectStore &project,
    const SegmentationInfo &source, Progress &progress)
{
    RecutData data;
    if (auto json = project.segmentationDocument(source.id, store::DefinitionKind::CriteriaSet)) {
        auto built = detail::buildCriteriaMatrixFromJson(database, *json, progress);
        if (!built) {
            return built.error();
        }
        data.criteria = std::move(built).value();
        data.values = data.criteria->matrix.originalValues;
        data.scaled = data.criteria->matrix.values;
        data.customerRows = data.criteria->matrix.customerRows;
        return data;
    }
    data.scaling = project.segmentationScaling(source.id, source.segmentCount);
    if (!data.scaling || data.scaling->centers.size() != source.columns.size()) {
        return makeError(ErrorCode::InvalidParameter,
            {"segmentation", "'" + source.name + "'",
                "a segmentation stored with its scaling (run it again to cut it anew)"});
    }
    const auto stored = project.columns();
    std::vector<store::StoredColumn> chosen;
    for (const std::string &column : source.columns) {
        const auto found = std::find_if(stored.begin(), stored.end(),
            [&](const store::StoredColumn &c) { return c.info.name == column; });
        if (found == stored.end()) {
            return makeError(ErrorCode::UnknownColumn, {column});
        }
        chosen.push_back(*found);
    }
    NumericMatrix loaded = project.loadNumericMatrix(chosen);
    data.values = std::move(loaded.values);
    data.customerRows = std::move(loaded.customerRows);
    // The same steps as the segmentation took: log scale (sign-preserving), then the stored z-score.
    data.scaled = data.values;
    for (Eigen::Index c = 0; c < data.scaled.cols(); ++c) {
        const auto column = static_cast<std::size_t>(c);
        for (Eigen::Index i = 0; i < data.scaled.rows(); ++i) {
            double &value = data.scaled(i, c);
            if (data.scaling->transforms[column] == "log1p") {
                value = std::copysign(std::log1p(std::abs(value)), value);
            }
            value = (value - data.scaling->centers[column]) / data.scaling->scales[column];
        }
    }
    return data;
}

} // namespace

Result<SegmentationTree> Session::segmentationTree(const std::string &name) const
{
    return guarded<SegmentationTree>(m_path, [&]() -> Result<SegmentationTree> {
        store::ProjectStore project(*m_database);
        const auto found = project.findSegmentation(name);
        if (!found) {
            return makeError(ErrorCode::UnknownSegmentation, {name});
        }
        std::optional<store::ProjectStore::StoredTree> stored;
        return describeTree(project, *found, stored);
    });
}

Result<SegmentationInfo> Session::recutSegmentation(const RecutParams &params, Progress &progress)
{
    return guarded<SegmentationInfo>(m_path, [&]() -> Result<SegmentationInfo> {
        store::ProjectStore project(*m_database);
        progress.setStage("recut.load");
        const auto source
            = params.segmentation.empty() ? std::nullopt : project.findSegmentation(params.segmentation);
        if (!source) {
            return makeError(ErrorCode::UnknownSegmentation, {params.segmentation});
        }
        std::optional<store::ProjectStore::StoredTree> stored;
        const SegmentationTree described = describeTree(project, *source, stored);
        if (!stored) {
            return makeError(ErrorCode::InvalidParameter,
                {"segmentation", "'" + source->name + "' (" + source->method + ")",
                    "a hierarchical segmentation stored with its merge tree: " + described.message});
        }
        const Dendrogram &dendrogram = stored->dendrogram;
        if (auto ok = detail::checkCut(dendrogram, params.segmentCount, params.height, "k", "height"); !ok) {
            return ok.error();
        }
        if (!params.name.empty() && project.findSegmentation(params.name)) {
            return makeError(ErrorCode::SegmentationExists, {params.name});
        }

        auto loaded = loadRecutData(*m_database, project, *source, progress);
        if (!loaded) {
            return loaded.error();
        }
        const RecutData &data = loaded.value();
        if (progress.isCancelRequested()) {
            return makeError(ErrorCode::Cancelled);
        }
        const IndexVector leafLabels = params.segmentCount ? cutByCount(dendrogram, *params.segmentCount)
                                                           : cutByHeight(dendrogram, *params.height);

        // The tree's customers that still have their values (both lists ascend by row).
        std::vector<Eigen::Index> kept; // rows of data
        std::vector<std::int64_t> keptLeaves;
        std::size_t at = 0;
        for (std::size_t i = 0; i < stored->memberRows.size(); ++i) {
            while (at < data.customerRows.size() && data.customerRows[at] < stored->memberRows[i]) {
                ++at;
            }
            if (at < data.customerRows.size() && data.customerRows[at] == stored->memberRows[i]) {
                kept.push_back(static_cast<Eigen::Index>(at));
                keptLeaves.push_back(stored->memberLeaves[i]);
            }
        }
        // Labels 0..k-1 by segment size in customers (equal sizes: the segment of the earlier customer
        // first), as runSegmentation numbers them.
        const int cutCount = leafLabels.size() > 0 ? leafLabels.maxCoeff() + 1 : 0;
        std::vector<std::int64_t> cutSizes(static_cast<std::size_t>(cutCount), 0);
        std::vector<std::size_t> firstSeen(static_cast<std::size_t>(cutCount), kept.size());
        for (std::size_t i = 0; i < kept.size(); ++i) {
            const auto label = static_cast<std::size_t>(leafLabels(keptLeaves[i]));
            ++cutSizes[label];
            firstSeen[label] = std::min(firstSeen[label], i);
        }
        std::vector<int> order(static_cast<std::size_t>(cutCount));
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            const auto ua = static_cast<std::size_t>(a);
            const auto ub = static_cast<std::size_t>(b);
            return cutSizes[ua] != cutSizes[ub] ? cutSizes[ua] > cutSizes[ub] : firstSeen[ua] < firstSeen[ub];
        });
        std::vector<int> relabel(static_cast<std::size_t>(cutCount), -1);
        int k = 0;
        for (const int label : order) {
            if (cutSizes[static_cast<std::size_t>(label)] > 0) {
                relabel[static_cast<std::size_t>(label)] = k++;
            }
        }
        const auto usable = static_cast<Eigen::Index>(kept.size());
        if (k < 2 || usable < k) {
            return makeError(ErrorCode::TooFewCustomers, {std::to_string(usable), std::to_string(cutCount)});
        }
        IndexVector labels(usable);
        std::vector<std::int64_t> rows(static_cast<std::size_t>(usable));
        const Matrix values = data.values(kept, Eigen::all);
        const Matrix scaled = data.scaled(kept, Eigen::all);
        for (Eigen::Index i = 0; i < usable; ++i) {
            const auto index = static_cast<std::size_t>(i);
            labels(i) = relabel[static_cast<std::size_t>(leafLabels(keptLeaves[index]))];
            rows[index] = data.customerRows[static_cast<std::size_t>(kept[index])];
        }

        progress.setStage("recut.save");
        Matrix centroids = Matrix::Zero(k, values.cols());
        Matrix scaledCentroids = Matrix::Zero(k, scaled.cols());
        std::vector<std::int64_t> sizes(static_cast<std::size_t>(k), 0);
        for (Eigen::Index i = 0; i < usable; ++i) {
            centroids.row(labels(i)) += values.row(i);
            scaledCentroids.row(labels(i)) += scaled.row(i);
            ++sizes[static_cast<std::size_t>(labels(i))];
        }
        for (int s = 0; s < k; ++s) {
            centroids.row(s) /= static_cast<double>(sizes[static_cast<std::size_t>(s)]);
            scaledCentroids.row(s) /= static_cast<double>(sizes[static_cast<std::size_t>(s)]);
        }
        double inertia = 0.0;
        for (Eigen::Index i = 0; i < usable; ++i) {
            inertia += (scaled.row(i) - scaledCentroids.row(labels(i))).squaredNorm();
        }

        store::ProjectStore::NewSegmentation saved;
        saved.info.name = params.name.empty() ? recutName(project, source->name, k) : params.name;
        saved.info.method = source->method;
        saved.info.segmentCount = k;
        saved.info.seed = source->seed;
        saved.info.memberCount = usable;
        saved.info.inertia = inertia;
        saved.info.converged = true; // agglomeration has no iterations to run out of
        saved.initCount = 1;
        saved.maxIterations = 1;
        if (data.criteria) {
            saved.scaling = "none";
            saved.criteriaJson = data.criteria->json;
            saved.criteriaKind = store::DefinitionKind::CriteriaSet;
            saved.definitionId = data.criteria->definitionId;
            for (const CriteriaMatrixColumn &column : data.criteria->matrix.columns) {
                saved.info.columns.push_back(column.label);
                saved.columnTransforms.push_back(column.transform);
                saved.columnWeights.push_back(column.weight);
                if (column.transform == "log1p") {
                    saved.info.logColumns.push_back(column.label);
                }
            }
        } else {
            saved.info.columns = source->columns;
            saved.info.logColumns = source->logColumns;
            saved.scaling = "zscore";
            for (const std::string &column : source->logColumns) {
                saved.scaling += (saved.scaling == "zscore" ? "; log1p: " : ", ") + column;
            }
            const auto width = static_cast<Eigen::Index>(data.scaling->centers.size());
            detail::keepScaling(saved, Eigen::Map<const RowVector>(data.scaling->centers.data(), width),
                Eigen::Map<const RowVector>(data.scaling->scales.data(), width), scaledCentroids);
        }
        for (int s = 0; s < k; ++s) {
            SegmentInfo segment;
            segment.index = s;
            segment.name = "Segment " + std::to_string(s + 1);
            segment.size = sizes[static_cast<std::size_t>(s)];
            segment.share = static_cast<double>(segment.size) / static_cast<double>(usable);
            segment.centroid.resize(static_cast<std::size_t>(centroids.cols()));
            for (Eigen::Index j = 0; j < centroids.cols(); ++j) {
                segment.centroid[static_cast<std::size_t>(j)] = centroids(s, j);
            }
            saved.segments.push_back(std::move(segment));
        }
        SegmentMatchReport matching = detail::carryOverSegments(
            project, *source, saved.info.columns, values, rows, labels, saved.segments);
        saved.matchedTo = source->id;

        // The source's newest map, point for point: the members and their criteria are the same.
        std::vector<double> explained;
        const std::vector<MapPoint> points = project.mapPoints(source->id, explained, &saved.mapMethod);
        if (saved.mapMethod.empty()) {
            saved.mapMethod = "pca";
        }
        saved.explainedVarianceRatio = explained;
        saved.memberRows = rows;
        saved.memberSegments.assign(labels.data(), labels.data() + labels.size());
        saved.mapX.assign(rows.size(), std::numeric_limits<double>::quiet_NaN());
        saved.mapY.assign(rows.size(), std::numeric_limits<double>::quiet_NaN());
        std::size_t point = 0;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            while (point < points.size() && points[point].customerRow < rows[i]) {
                ++point;
            }
            if (point < points.size() && points[point].customerRow == rows[i]) {
                saved.mapX[i] = points[point].x;
                saved.mapY[i] = points[point].y;
            }
        }
        store::ProjectStore::StoredTree tree;
        tree.leavesAreMicroClusters = stored->leavesAreMicroClusters;
        tree.dendrogram = dendrogram;
        tree.memberLeaves = keptLeaves;
        saved.tree = std::move(tree);
        if (progress.isCancelRequested()) {
            return makeError(ErrorCode::Cancelled);
        }

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

} // namespace segmenta::engine
