// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// Session: placing new members into a segmentation's stored map without moving it (issue 6).
#include "Session.h"
#include "SessionGuard.h"

#include "features/NumericMatrix.h"
#include "projection/Tsne.h"
#include "segments/detail/SegmentIdentity.h"
#include "store/ProjectStore.h"

#include <Eigen/QR>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <unordered_map>

namespace segmenta::engine {

namespace {

/// Methods whose segmentation columns are plain numeric customer columns and whose maps (PCA of the
/// z-scored columns, or a t-SNE drawn by runProjection) are functions of those columns.
bool isOnPlainColumns(const std::string &method)
{
    return method == "kmeans" || method == "minibatch" || method == "gmm" || method == "two-step-ward"
        || method.rfind("hierarchical-", 0) == 0;
}

const char *placeableSegmentations
    = "a segmentation on numeric columns (k-means, mini-batch, hierarchical or "
      "Gaussian mixture, not from a criteria set) with a PCA or t-SNE map";

/// The values as the segmentation used them: sign-preserving log scale on its log columns.
Matrix transformed(const Matrix &raw, const SegmentationInfo &info)
{
    Matrix values = raw;
    for (Eigen::Index c = 0; c < values.cols(); ++c) {
        const std::string &name = info.columns[static_cast<std::size_t>(c)];
        if (std::find(info.logColumns.begin(), info.logColumns.end(), name) != info.logColumns.end()) {
            values.col(c)
                = values.col(c).unaryExpr([](double x) { return std::copysign(std::log1p(std::abs(x)), x); });
        }
    }
    return values;
}

double perplexityOf(const std::string &parametersJson)
{
    constexpr double defaultPerplexity = 30.0; // ProjectionParams' default, for maps stored without it
    const auto parsed = nlohmann::json::parse(parametersJson, nullptr, false);
    if (parsed.is_object() && parsed.contains("perplexity") && parsed["perplexity"].is_number()) {
        return parsed["perplexity"].get<double>();
    }
    return defaultPerplexity;
}

/// placeNewMembers without its transaction: the caller's must be open, and commits.
Result<PlacementReport> placeMembers(
    store::ProjectStore &project, const std::string &name, Progress &progress)
{
    const auto started = std::chrono::steady_clock::now();
    const auto info = project.findSegmentation(name);
    if (!info || name.empty()) {
        return makeError(ErrorCode::UnknownSegmentation, {name});
    }
    const std::string what = "'" + info->name + "' (" + info->method + ")";
    if (!isOnPlainColumns(info->method)
        || project.segmentationDocument(info->id, store::DefinitionKind::CriteriaSet)) {
        return makeError(ErrorCode::InvalidParameter, {"segmentation", what, placeableSegmentations});
    }
    const auto stored = project.columns();
    std::vector<store::StoredColumn> chosen;
    for (const std::string &column : info->columns) {
        const auto found = std::find_if(stored.begin(), stored.end(),
            [&](const store::StoredColumn &c) { return c.info.name == column; });
        if (found == stored.end()) {
            return makeError(ErrorCode::UnknownColumn, {column});
        }
        if (!found->info.isNumeric()) {
            return makeError(ErrorCode::InvalidParameter, {"segmentation", what, placeableSegmentations});
        }
        chosen.push_back(*found);
    }
    progress.setStage("place.read");
    auto map = project.newestProjection(info->id);
    if (!map) {
        return makeError(ErrorCode::InvalidParameter,
            {"map", "none for " + what, "a map of the segmentation (draw one first)"});
    }
    if (map->method != "pca" && map->method != "tsne") {
        return makeError(
            ErrorCode::InvalidParameter, {"map", "'" + map->method + "' of " + what, placeableSegmentations});
    }

    PlacementReport report;
    report.segmentation = info->name;
    report.method = map->method;
    const std::int64_t customerCount = project.customerCount();
    const std::vector<int> members = project.memberSegments(info->id, customerCount);
    std::vector<char> hasPoint(static_cast<std::size_t>(customerCount), 0);
    for (const std::int64_t row : map->rows) {
        hasPoint[static_cast<std::size_t>(row)] = 1;
    }
    const NumericMatrix data = project.loadNumericMatrix(chosen);
    std::unordered_map<std::int64_t, Eigen::Index> valueRow; // customer row -> row of data.values
    for (std::size_t i = 0; i < data.customerRows.size(); ++i) {
        valueRow.emplace(data.customerRows[i], static_cast<Eigen::Index>(i));
    }
    // The reference: every customer on the map (members or not: the map was drawn on them) who still has
    // values; the newcomers: members without a point.
    std::vector<Eigen::Index> referenceValues;
    std::vector<Eigen::Index> referenceLayout;
    for (std::size_t i = 0; i < map->rows.size(); ++i) {
        if (const auto found = valueRow.find(map->rows[i]); found != valueRow.end()) {
            referenceValues.push_back(found->second);
            referenceLayout.push_back(static_cast<Eigen::Index>(i));
        }
    }
    std::vector<std::int64_t> newRows;
    std::vector<Eigen::Index> newValues;
    for (std::int64_t row = 0; row < customerCount; ++row) {
        if (members[static_cast<std::size_t>(row)] < 0) {
            continue;
        }
        if (hasPoint[static_cast<std::size_t>(row)] != 0) {
            ++report.alreadyPlacedCount;
        } else if (const auto found = valueRow.find(row); found != valueRow.end()) {
            newRows.push_back(row);
            newValues.push_back(found->second);
        } else {
            ++report.leftOutCount;
        }
    }
    const auto finish = [&]() {
        report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        return report;
    };
    if (newRows.empty()) {
        progress.setFraction(1.0);
        return finish();
    }
    if (referenceValues.size() < 3) {
        return makeError(ErrorCode::TooFewCustomers, {std::to_string(referenceValues.size()), "3"});
    }
    if (progress.isCancelRequested()) {
        return makeError(ErrorCode::Cancelled);
    }

    const Matrix reference = transformed(data.values(referenceValues, Eigen::all), *info);
    const Matrix newcomers = transformed(data.values(newValues, Eigen::all), *info);
    const Matrix layout = map->layout(referenceLayout, Eigen::all);
    Matrix placed;
    if (map->method == "tsne") {
        // In the units runProjection drew the map in: z-scores over the customers it drew.
        const ZScoreScaler scaler = fitZScore(reference);
        TsneParams tsne;
        tsne.perplexity = perplexityOf(map->parametersJson);
        auto result = placeIntoTsne(scaler.apply(reference), layout, scaler.apply(newcomers), tsne, progress);
        if (!result) {
            return result.error();
        }
        placed = std::move(result).value();
    } else {
        // PCA of z-scores is affine in the values: recover it from the map's own points.
        progress.setStage("place.pca");
        Matrix design(reference.rows(), reference.cols() + 1);
        design << reference, Matrix::Ones(reference.rows(), 1);
        const Matrix coefficients = design.colPivHouseholderQr().solve(layout);
        Matrix added(newcomers.rows(), newcomers.cols() + 1);
        added << newcomers, Matrix::Ones(newcomers.rows(), 1);
        placed = added * coefficients;
    }
    if (progress.isCancelRequested()) {
        return makeError(ErrorCode::Cancelled);
    }
    progress.setStage("place.save");
    project.addProjectionPoints(map->id, newRows, placed);
    report.placedCount = static_cast<std::int64_t>(newRows.size());
    progress.setFraction(1.0);
    return finish();
}

} // namespace

Result<PlacementReport> Session::placeNewMembers(const std::string &name, Progress &progress)
{
    return guarded<PlacementReport>(m_path, [&]() -> Result<PlacementReport> {
        store::ProjectStore project(*m_database);
        store::Transaction transaction(*m_database);
        auto report = placeMembers(project, name, progress);
        if (!report) {
            return report; // rolled back
        }
        if (progress.isCancelRequested()) {
            return makeError(ErrorCode::Cancelled); // rolled back
        }
        transaction.commit();
        return report;
    });
}

Result<NewCustomersReport> Session::addNewCustomers(const std::string &name, Progress &progress)
{
    return guarded<NewCustomersReport>(m_path, [&]() -> Result<NewCustomersReport> {
        store::ProjectStore project(*m_database);
        store::Transaction transaction(*m_database);
        NewCustomersReport report;
        auto assigned = detail::assignNewCustomers(project, name, progress);
        if (!assigned) {
            return assigned.error(); // rolled back
        }
        report.assignment = std::move(assigned).value();
        auto placed = placeMembers(project, name, progress);
        if (placed) {
            report.placement = std::move(placed).value();
        } else if (placed.error().code == ErrorCode::Cancelled) {
            return placed.error(); // rolled back, the assignment too
        } else {
            report.placementError = placed.error();
        }
        if (progress.isCancelRequested()) {
            return makeError(ErrorCode::Cancelled); // rolled back
        }
        transaction.commit();
        return report;
    });
}

} // namespace segmenta::engine
