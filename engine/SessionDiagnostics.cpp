// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// Session: diagnostics of a stored segmentation — per-member silhouette values (kept in the project) and
// the principal-component spectrum of its matrix (issues 5 and 7).
#include "Session.h"
#include "SessionGuard.h"
#include "SessionSegmentationMatrix.h"

#include "cluster/ClusterQuality.h"
#include "core/Assert.h"
#include "projection/Pca.h"
#include "store/ProjectStore.h"
#include "store/SilhouetteStore.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string_view>

namespace segmenta::engine {

namespace {

/// Methods whose segments were made on a numeric matrix in Euclidean units, where a silhouette and PCA on
/// that matrix say something about the segments themselves.
bool isClusteredOnMatrix(const std::string &method)
{
    constexpr std::array<std::string_view, 4> plain {"kmeans", "gmm", "minibatch", "two-step-ward"};
    return std::find(plain.begin(), plain.end(), method) != plain.end()
        || method.starts_with("hierarchical-");
}

Error notClusteredOnMatrix(const SegmentationInfo &info)
{
    return makeError(ErrorCode::InvalidParameter,
        {"segmentation", "'" + info.name + "' (" + info.method + ")",
            "a segmentation clustered on numeric criteria (k-means, hierarchical, Gaussian mixture or "
            "mini-batch k-means)"});
}

/// The members' rows of the segmentation's matrix with their segments.
struct MemberMatrix
{
    Matrix scaled;
    IndexVector labels;
    std::vector<std::int64_t> customerRows;
};

Result<MemberMatrix> memberMatrix(
    store::Database &database, store::ProjectStore &project, const SegmentationInfo &info, Progress &progress)
{
    auto built = detail::segmentationMatrix(database, project, info, std::string(), progress);
    if (!built) {
        return built.error();
    }
    const auto &rows = built.value().customerRows;
    const std::int64_t lastRow = rows.empty() ? 0 : *std::max_element(rows.begin(), rows.end()) + 1;
    const std::vector<int> segmentOf = project.memberSegments(info.id, lastRow);
    // Plain columns also load customers added since who were not assigned: they have no segment to score.
    std::vector<Eigen::Index> kept;
    MemberMatrix result;
    std::vector<int> labels;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const int segment = segmentOf[static_cast<std::size_t>(rows[i])];
        if (segment >= 0) {
            kept.push_back(static_cast<Eigen::Index>(i));
            labels.push_back(segment);
            result.customerRows.push_back(rows[i]);
        }
    }
    result.scaled = built.value().scaled(kept, Eigen::all);
    result.labels = Eigen::Map<const IndexVector>(labels.data(), static_cast<Eigen::Index>(labels.size()));
    return result;
}

SegmentationSilhouette fromStored(const SegmentationInfo &info, const store::StoredSilhouette &stored)
{
    SegmentationSilhouette result;
    result.segmentation = info.name;
    result.mean = stored.mean;
    result.isSampled = stored.isSampled;
    result.sampleSize = stored.sampleSize;
    result.memberCount = stored.memberCount;
    result.seed = stored.seed;
    result.computedAt = stored.createdAt;
    result.wasStored = true;
    result.segmentCounts.assign(static_cast<std::size_t>(info.segmentCount), 0);
    std::vector<double> sums(static_cast<std::size_t>(info.segmentCount), 0.0);
    result.members.reserve(stored.rows.size());
    for (std::size_t i = 0; i < stored.rows.size(); ++i) {
        const int segment = stored.segments[i];
        result.members.push_back({stored.rows[i], stored.keys[i], segment, stored.values[i]});
        if (segment >= 0 && segment < info.segmentCount) {
            ++result.segmentCounts[static_cast<std::size_t>(segment)];
            sums[static_cast<std::size_t>(segment)] += stored.values[i];
        }
    }
    result.segmentMeans.resize(sums.size());
    for (std::size_t s = 0; s < sums.size(); ++s) {
        result.segmentMeans[s] = result.segmentCounts[s] > 0
            ? sums[s] / static_cast<double>(result.segmentCounts[s])
            : std::numeric_limits<double>::quiet_NaN();
    }
    return result;
}

/// The stored values when they belong to the segmentation as it is now (no members added since).
std::optional<store::StoredSilhouette> currentStored(store::Database &database, const SegmentationInfo &info)
{
    auto stored = store::SilhouetteStore(database).load(info.id);
    if (!stored || stored->memberCount != info.memberCount
        || static_cast<std::int64_t>(stored->rows.size()) != stored->sampleSize) {
        return std::nullopt;
    }
    return stored;
}

} // namespace

Result<SegmentationSilhouette> Session::segmentationSilhouette(const std::string &name, Progress &progress)
{
    return guarded<SegmentationSilhouette>(m_path, [&]() -> Result<SegmentationSilhouette> {
        store::ProjectStore project(*m_database);
        const auto info = project.findSegmentation(name);
        if (!info) {
            return makeError(ErrorCode::UnknownSegmentation, {name});
        }
        if (!isClusteredOnMatrix(info->method)) {
            return notClusteredOnMatrix(*info);
        }
        if (auto stored = currentStored(*m_database, *info)) {
            return fromStored(*info, *stored);
        }
        progress.setStage("silhouette.load");
        auto members = memberMatrix(*m_database, project, *info, progress);
        if (!members) {
            return members.error();
        }
        if (progress.isCancelRequested()) {
            return makeError(ErrorCode::Cancelled);
        }
        const MemberMatrix &data = members.value();
        std::vector<bool> used(static_cast<std::size_t>(std::max(info->segmentCount, 1)), false);
        for (Eigen::Index i = 0; i < data.labels.size(); ++i) {
            used[static_cast<std::size_t>(data.labels(i))] = true;
        }
        if (std::count(used.begin(), used.end(), true) < 2) {
            return makeError(ErrorCode::InvalidParameter,
                {"segmentation", "'" + info->name + "' has fewer than two segments with members",
                    "at least two segments with members"});
        }
        SilhouetteParams params;
        params.exactLimit = silhouetteExactLimit;
        params.sampleSize = silhouetteExactLimit;
        params.seed = info->seed;
        auto scored = silhouette(data.scaled, data.labels, params, progress);
        if (!scored) {
            return scored.error();
        }
        progress.setStage("silhouette.save");
        store::StoredSilhouette stored;
        stored.memberCount = info->memberCount;
        stored.isSampled = scored.value().isSampled;
        stored.sampleSize = scored.value().sampleSize;
        stored.seed = info->seed;
        stored.mean = scored.value().mean;
        stored.rows.reserve(static_cast<std::size_t>(scored.value().rows.size()));
        for (Eigen::Index i = 0; i < scored.value().rows.size(); ++i) {
            stored.rows.push_back(data.customerRows[static_cast<std::size_t>(scored.value().rows(i))]);
            // Rounding can put an exact ±1 a hair outside; the table's CHECK holds values to [-1, 1].
            stored.values.push_back(std::clamp(scored.value().values(i), -1.0, 1.0));
        }
        store::Transaction transaction(*m_database);
        store::SilhouetteStore(*m_database).save(info->id, stored);
        if (progress.isCancelRequested()) {
            return makeError(ErrorCode::Cancelled); // rolled back
        }
        // Read back through the same path as a later call, so both give the same values and ids.
        auto saved = store::SilhouetteStore(*m_database).load(info->id);
        SEGMENTA_ASSERT(saved.has_value(), "silhouette values just stored");
        transaction.commit();
        progress.setFraction(1.0);
        SegmentationSilhouette result = fromStored(*info, *saved);
        result.wasStored = false;
        return result;
    });
}

Result<std::optional<SegmentationSilhouette>> Session::storedSilhouette(const std::string &name) const
{
    return guarded<std::optional<SegmentationSilhouette>>(
        m_path, [&]() -> Result<std::optional<SegmentationSilhouette>> {
            store::ProjectStore project(*m_database);
            const auto info = project.findSegmentation(name);
            if (!info) {
                return makeError(ErrorCode::UnknownSegmentation, {name});
            }
            if (auto stored = currentStored(*m_database, *info)) {
                return std::optional<SegmentationSilhouette>(fromStored(*info, *stored));
            }
            return std::optional<SegmentationSilhouette>();
        });
}

Result<PcaSpectrum> Session::pcaSpectrum(const std::string &name, Progress &progress) const
{
    return guarded<PcaSpectrum>(m_path, [&]() -> Result<PcaSpectrum> {
        store::ProjectStore project(*m_database);
        const auto info = project.findSegmentation(name);
        if (!info) {
            return makeError(ErrorCode::UnknownSegmentation, {name});
        }
        if (!isClusteredOnMatrix(info->method)) {
            return notClusteredOnMatrix(*info);
        }
        progress.setStage("pca");
        auto members = memberMatrix(*m_database, project, *info, progress);
        if (!members) {
            return members.error();
        }
        const Matrix &scaled = members.value().scaled;
        PcaParams params;
        params.componentCount = static_cast<int>(scaled.cols());
        if (auto problems = engine::validate(params, scaled.rows(), scaled.cols()); !problems.empty()) {
            return problems.front();
        }
        auto pca = fitPca(scaled, params, progress);
        if (!pca) {
            return pca.error();
        }
        PcaSpectrum result;
        result.segmentation = info->name;
        result.columns = info->columns;
        result.rowCount = scaled.rows();
        result.explainedVariance.assign(
            pca.value().explainedVariance.data(), pca.value().explainedVariance.data() + scaled.cols());
        result.explainedVarianceRatio.assign(pca.value().explainedVarianceRatio.data(),
            pca.value().explainedVarianceRatio.data() + scaled.cols());
        return result;
    });
}

} // namespace segmenta::engine
