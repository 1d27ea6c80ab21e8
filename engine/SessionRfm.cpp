// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "Session.h"
#include "SessionGuard.h"

#include "features/CustomerFeatures.h"
#include "store/DefinitionStore.h"
#include "store/ProjectStore.h"
#include "store/SqliteError.h"
#include "store/TransactionStore.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <new>
#include <numeric>

namespace segmenta::engine {

namespace {

// The CustomerFeatures columns RFM scores: the same definitions as the imported features, recomputed for the
// analysis date.
constexpr const char *recencyFeature = "Recency (days)";
constexpr const char *frequencyFeature = "Frequency (orders)";
constexpr const char *monetaryFeature = "Monetary (net)";
constexpr const char *defaultPreset = "rf11";
/// Half the width of the square a customer's map point may take around its (R, F) score: points of one cell
/// spread out but stay clear of the neighbouring cells.
constexpr double mapJitter = 0.35;

const std::vector<double> &featureValues(const std::vector<DerivedColumn> &columns, const char *name)
{
    const auto found = std::find_if(
        columns.begin(), columns.end(), [&](const DerivedColumn &column) { return column.name == name; });
    SEGMENTA_ASSERT(found != columns.end(), "computeCustomerFeatures gives recency, frequency and monetary");
    return found->values;
}

/// The features RFM scores, as of the analysis date (transactions after it left out).
Result<RfmInput> loadRfmInput(store::Database &database, const std::string &path, const RfmParams &params)
{
    store::TransactionStore transactions(database);
    const auto range = transactions.dayRange();
    if (!range) {
        return makeError(ErrorCode::NoTransactions, {path});
    }
    CustomerFeatureParams featureParams;
    std::vector<TransactionLine> lines = transactions.featureLines(featureParams);
    featureParams.analysisDay = params.analysisDay.value_or(range->second + 1);
    featureParams.maxShareColumns = 0;
    featureParams.categoryNames.clear();
    featureParams.channelNames.clear();
    std::erase_if(lines, [&](const TransactionLine &line) { return line.day > featureParams.analysisDay; });
    for (TransactionLine &line : lines) {
        line.category = -1;
        line.channel = -1;
    }
    const std::vector<DerivedColumn> features = computeCustomerFeatures(lines, featureParams);
    RfmInput input;
    input.analysisDay = featureParams.analysisDay;
    input.recency = featureValues(features, recencyFeature);
    input.frequency = featureValues(features, frequencyFeature);
    input.monetary = featureValues(features, monetaryFeature);
    return input;
}

Result<RfmScores> scoreProject(
    store::Database &database, const std::string &path, const RfmParams &params, Progress &progress)
{
    if (auto problems = validate(params); !problems.empty()) {
        return problems.front();
    }
    progress.setStage("rfm.read");
    auto input = loadRfmInput(database, path, params);
    if (!input) {
        return input.error();
    }
    if (progress.isCancelRequested()) {
        return makeError(ErrorCode::Cancelled);
    }
    progress.setStage("rfm.score");
    auto scores = scoreRfm(input.value(), params);
    progress.setFraction(1.0);
    return scores;
}

/// A number in [-1, 1) from a customer row and a stream, the same on every run (splitmix64).
double jitter(std::uint64_t row, std::uint64_t stream)
{
    std::uint64_t z = row * 2 + stream + 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    constexpr double twoToThe53 = 9007199254740992.0;
    return static_cast<double>(z >> 11) / twoToThe53 * 2.0 - 1.0;
}

} // namespace

Result<RfmScores> Session::scoreRfm(const RfmParams &params, Progress &progress) const
{
    return guarded<RfmScores>(m_path, [&]() { return scoreProject(*m_database, m_path, params, progress); });
}

Result<RfmGrid> Session::rfmGrid(const RfmParams &params, const RfmMap &map, Progress &progress) const
{
    if (auto problems = engine::validate(map, params.bins); !problems.empty()) {
        return problems.front();
    }
    auto scores = scoreRfm(params, progress);
    if (!scores) {
        return scores.error();
    }
    return engine::rfmGrid(scores.value(), map);
}

const std::vector<RfmMapPreset> &Session::rfmMapPresets()
{
    return rfmPresets();
}

Result<std::vector<RfmMapDocument>> Session::rfmMaps() const
{
    return guarded<std::vector<RfmMapDocument>>(m_path, [&]() -> Result<std::vector<RfmMapDocument>> {
        store::DefinitionStore definitions(*m_database);
        std::vector<RfmMapDocument> maps;
        for (const store::StoredDefinition &stored : definitions.list(store::DefinitionKind::RfmMap)) {
            auto document = readRfmMapJson(stored.body, m_path + " (RFM map '" + stored.name + "')");
            if (!document) {
                return document.error();
            }
            maps.push_back(std::move(document).value());
        }
        return maps;
    });
}

Result<RfmReport> Session::runRfm(const RfmRunParams &params, Progress &progress)
{
    if (params.language != "en" && params.language != "tr") {
        return makeError(ErrorCode::InvalidParameter, {"language", params.language, "\"en\" or \"tr\""});
    }
    RfmMap map = params.map.segments.empty() ? *rfmPreset(defaultPreset) : params.map;
    if (map.name.empty()) {
        map.name = "RFM map";
    }
    if (auto problems = engine::validate(map, params.scoring.bins); !problems.empty()) {
        return problems.front();
    }
    return guarded<RfmReport>(m_path, [&]() -> Result<RfmReport> {
        store::ProjectStore project(*m_database);
        if (!params.name.empty() && project.findSegmentation(params.name)) {
            return makeError(ErrorCode::SegmentationExists, {params.name});
        }
        auto scored = scoreProject(*m_database, m_path, params.scoring, progress);
        if (!scored) {
            return scored.error();
        }
        const RfmScores &scores = scored.value();
        const RfmAssignment assignment = applyRfmMap(scores, map);

        RfmReport report;
        report.analysisDay = scores.analysisDay;
        report.bins = scores.bins;
        report.customerCount = static_cast<std::int64_t>(scores.recencyScore.size());
        report.scoredCount = scores.scoredCount;
        report.unscoredCount = scores.unscoredCount;
        report.dimensions = scores.dimensions;
        report.coverage = checkRfmCoverage(map, scores.bins);
        report.coverageProblems = report.coverage.describe(map);
        if (assignment.otherCount > 0) {
            report.coverageProblems.push_back(std::to_string(assignment.otherCount)
                + " customers are in cells no segment covers and are stored as Other.");
        }
        report.grid = engine::rfmGrid(scores, map);
        report.segments = assignment.sizes;
        report.otherCount = assignment.otherCount;
        report.document = {map, params.scoring};

        // Customer columns: the three scores and the cell, missing for customers without a purchase.
        constexpr double missing = std::numeric_limits<double>::quiet_NaN();
        const std::size_t customers = scores.recencyScore.size();
        std::vector<DerivedColumn> columns {
            {"R score", CriteriaFamily::Value, ColumnType::Integer, std::vector<double>(customers, missing)},
            {"F score", CriteriaFamily::Value, ColumnType::Integer, std::vector<double>(customers, missing)},
            {"M score", CriteriaFamily::Value, ColumnType::Integer, std::vector<double>(customers, missing)},
        };
        store::DerivedTextColumn cells {
            "RFM cell", CriteriaFamily::Value, std::vector<std::string>(customers)};
        for (std::size_t c = 0; c < customers; ++c) {
            if (scores.recencyScore[c] == 0) {
                continue;
            }
            columns[0].values[c] = scores.recencyScore[c];
            columns[1].values[c] = scores.frequencyScore[c];
            columns[2].values[c] = scores.monetaryScore[c];
            cells.values[c] = rfmCellLabel(scores.recencyScore[c], scores.frequencyScore[c]);
        }

        // The segmentation: non-empty segments (Other last in map order) numbered by size.
        std::vector<std::size_t> order; // indices into assignment.sizes
        for (std::size_t s = 0; s < assignment.sizes.size(); ++s) {
            if (assignment.sizes[s].customerCount > 0) {
                order.push_back(s);
            }
        }
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return assignment.sizes[a].customerCount > assignment.sizes[b].customerCount;
        });
        std::vector<int> indexOfSize(assignment.sizes.size(), -1);
        store::ProjectStore::NewSegmentation saved;
        for (std::size_t i = 0; i < order.size(); ++i) {
            const RfmSegmentSize &size = assignment.sizes[order[i]];
            indexOfSize[order[i]] = static_cast<int>(i);
            SegmentInfo segment;
            segment.index = static_cast<int>(i);
            segment.name = params.language == "tr" ? size.turkishName : size.name;
            segment.size = size.customerCount;
            segment.share = size.share;
            segment.centroid.assign(3, 0.0);
            // The map's colours, so that the explorer paints the segments as the map editor did.
            if (size.segment < 0) {
                segment.color = rfmOtherColor;
            } else if (const std::string &color = map.segments[static_cast<std::size_t>(size.segment)].color;
                       isRfmSegmentColor(color)) {
                segment.color = color;
            }
            saved.segments.push_back(segment);
        }
        for (std::size_t c = 0; c < customers; ++c) {
            const int mapSegment = assignment.segmentOf[c];
            if (mapSegment == -2) {
                continue;
            }
            const std::size_t sizeIndex
                = mapSegment < 0 ? assignment.sizes.size() - 1 : static_cast<std::size_t>(mapSegment);
            const int segment = indexOfSize[sizeIndex];
            SEGMENTA_ASSERT(segment >= 0, "a customer's segment is among the non-empty ones");
            saved.memberRows.push_back(static_cast<std::int64_t>(c));
            saved.memberSegments.push_back(segment);
            const auto row = static_cast<std::uint64_t>(c);
            saved.mapX.push_back(scores.recencyScore[c] + mapJitter * jitter(row, 0));
            saved.mapY.push_back(scores.frequencyScore[c] + mapJitter * jitter(row, 1));
            auto &centroid = saved.segments[static_cast<std::size_t>(segment)].centroid;
            centroid[0] += scores.recencyScore[c];
            centroid[1] += scores.frequencyScore[c];
            centroid[2] += scores.monetaryScore[c];
        }
        for (SegmentInfo &segment : saved.segments) {
            for (double &mean : segment.centroid) {
                mean /= static_cast<double>(segment.size);
            }
        }
        if (progress.isCancelRequested()) {
            return makeError(ErrorCode::Cancelled);
        }

        progress.setStage("rfm.save");
        store::Transaction transaction(*m_database);
        store::DefinitionStore definitions(*m_database);
        const store::StoredDefinition definition
            = definitions.save(store::DefinitionKind::RfmMap, map.name, writeRfmMapJson(report.document));
        report.columns = store::replaceOwnedCustomerColumns(*m_database, "model", columns, {cells});
        if (progress.isCancelRequested()) {
            return makeError(ErrorCode::Cancelled); // the transaction rolls back
        }
        progress.setFraction(0.5);

        saved.info.name = params.name;
        if (saved.info.name.empty()) {
            for (std::size_t n = 1;; ++n) {
                saved.info.name = "RFM " + std::to_string(n);
                if (!project.findSegmentation(saved.info.name)) {
                    break;
                }
            }
        }
        saved.info.method = "rfm";
        saved.info.segmentCount = static_cast<int>(saved.segments.size());
        saved.info.columns = {report.columns[0].name, report.columns[1].name, report.columns[2].name};
        saved.info.memberCount = scores.scoredCount;
        saved.info.converged = true;
        saved.scaling = "none";
        saved.mapMethod = "rfm-grid";
        saved.explainedVarianceRatio = {0.0, 0.0};
        saved.definitionId = definition.id;
        RfmMapDocument used = report.document; // the exact scoring, analysis date included
        used.scoring.analysisDay = scores.analysisDay;
        saved.criteriaJson = writeRfmMapJson(used);
        saved.criteriaKind = store::DefinitionKind::RfmMap;
        report.segmentation = project.saveSegmentation(saved);
        if (progress.isCancelRequested()) {
            return makeError(ErrorCode::Cancelled);
        }
        transaction.commit();
        progress.setFraction(1.0);
        return report;
    });
}

} // namespace segmenta::engine
