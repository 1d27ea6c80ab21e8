// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "Session.h"
#include "SessionGuard.h"

#include "store/DefinitionStore.h"
#include "store/ProjectStore.h"
#include "store/RuleSegmentStore.h"
#include "store/SqliteError.h"
#include "store/TransactionStore.h"

#include <algorithm>
#include <cmath>
#include <new>
#include <numbers>

namespace segmenta::engine {

namespace {

constexpr double mapRadius = 1.0; ///< segments sit on a circle of this radius
constexpr double discRadius = 0.35; ///< the largest segment's disc; smaller ones by the root of their size

std::vector<RuleColumnType> ruleColumnTypes(const std::vector<store::StoredColumn> &columns)
{
    std::vector<RuleColumnType> types;
    types.reserve(columns.size());
    for (const store::StoredColumn &column : columns) {
        types.push_back({column.info.name, column.info.type});
    }
    return types;
}

/// The day date conditions count from: the parameter, the set's own, or the day after the last transaction.
std::optional<std::int64_t> resolveAnalysisDay(
    store::Database &database, const RuleSet &rules, std::optional<std::int64_t> override)
{
    if (override) {
        return override;
    }
    if (rules.analysisDay) {
        return rules.analysisDay;
    }
    if (const auto range = store::TransactionStore(database).dayRange()) {
        return range->second + 1;
    }
    return std::nullopt;
}

Error missingAnalysisDay()
{
    return makeError(ErrorCode::InvalidParameter,
        {"analysis_date", "not set",
            "a date (YYYY-MM-DD) in the rule set or given with --analysis-date: within_last_days counts back "
            "from it, and the project has no transactions to take the day after the last one from"});
}

std::vector<Error> validateAgainst(store::Database &database, const RuleSetParams &params)
{
    store::ProjectStore project(database);
    std::vector<Error> problems = validateRuleSet(params.rules, ruleColumnTypes(project.columns()));
    if (problems.empty() && usesAnalysisDay(params.rules)
        && !resolveAnalysisDay(database, params.rules, params.analysisDay)) {
        problems.push_back(missingAnalysisDay());
    }
    return problems;
}

/// Loads the columns `names` (all known: validated), checking for cancel between columns.
std::optional<RuleTable> loadTable(
    store::Database &database, const std::vector<std::string> &names, Progress &progress)
{
    store::ProjectStore project(database);
    store::RuleSegmentStore rules(database);
    const auto stored = project.columns();
    RuleTable table;
    table.customerCount = project.customerCount();
    progress.setStage("rules.load");
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (progress.isCancelRequested()) {
            return std::nullopt;
        }
        const auto found = std::find_if(stored.begin(), stored.end(),
            [&](const store::StoredColumn &column) { return column.info.name == names[i]; });
        SEGMENTA_ASSERT(found != stored.end(), "a rule column passed validation but is not stored");
        table.columns.push_back(rules.loadColumn(*found, table.customerCount));
        progress.setFraction(static_cast<double>(i + 1) / static_cast<double>(names.size()));
    }
    return table;
}

RuleSetReport reportOf(
    const RuleSet &rules, const RuleSetEvaluation &evaluation, std::optional<std::int64_t> day)
{
    RuleSetReport report;
    report.customerCount = evaluation.customerCount;
    report.segments = evaluation.segments;
    report.overlap = evaluation.overlap;
    report.inSeveral = evaluation.inSeveral;
    report.inNone = evaluation.inNone;
    report.unmatchedSegment = evaluation.unmatchedSegment;
    report.mode = rules.mode;
    if (usesAnalysisDay(rules)) {
        report.analysisDay = day;
    }
    report.warnings = evaluation.warnings;
    return report;
}

/// Evaluates a validated set; nothing when cancelled.
std::optional<std::pair<RuleSetEvaluation, std::optional<std::int64_t>>> evaluateValidated(
    store::Database &database, const RuleSetParams &params, Progress &progress)
{
    const auto day = resolveAnalysisDay(database, params.rules, params.analysisDay);
    auto table = loadTable(database, referencedColumns(params.rules), progress);
    if (!table || progress.isCancelRequested()) {
        return std::nullopt;
    }
    progress.setStage("rules.evaluate");
    RuleSetEvaluation evaluation = evaluateRuleSet(params.rules, *table, day.value_or(0));
    progress.setFraction(1.0);
    return std::make_pair(std::move(evaluation), day);
}

/// What saveSegmentation stores for an evaluated rule set: members, sizes, centres of the numeric rule
/// columns and a map of one disc per segment.
store::ProjectStore::NewSegmentation segmentationOf(const std::string &name, const RuleSet &rules,
    const RuleSetEvaluation &evaluation, const std::vector<store::StoredColumn> &stored,
    store::RuleSegmentStore &ruleStore)
{
    store::ProjectStore::NewSegmentation saved;
    saved.info.name = name;
    saved.info.method = "rules";
    const std::size_t ruleCount = rules.segments.size();
    const std::size_t segmentCount = ruleCount + (rules.unmatchedSegment.empty() ? 0 : 1);
    saved.info.segmentCount = static_cast<int>(segmentCount);
    saved.scaling = "none";

    std::vector<std::int64_t> sizes(segmentCount, 0);
    for (std::size_t row = 0; row < evaluation.assignment.size(); ++row) {
        const int segment = evaluation.assignment[row];
        if (segment >= 0) {
            saved.memberRows.push_back(static_cast<std::int64_t>(row));
            saved.memberSegments.push_back(segment);
            ++sizes[static_cast<std::size_t>(segment)];
        }
    }
    saved.info.memberCount = static_cast<std::int64_t>(saved.memberRows.size());

    // Centres: mean of each numeric column the rules use, over the segment's members (0 without values).
    std::vector<RuleColumn> numeric;
    for (const std::string &column : referencedColumns(rules)) {
        const auto found = std::find_if(stored.begin(), stored.end(),
            [&](const store::StoredColumn &candidate) { return candidate.info.name == column; });
        if (found != stored.end() && found->info.isNumeric()) {
            saved.info.columns.push_back(column);
            numeric.push_back(ruleStore.loadColumn(*found, evaluation.customerCount));
        }
    }
    std::vector<std::vector<double>> sums(segmentCount, std::vector<double>(numeric.size(), 0.0));
    std::vector<std::vector<std::int64_t>> counts(segmentCount, std::vector<std::int64_t>(numeric.size(), 0));
    for (std::size_t i = 0; i < saved.memberRows.size(); ++i) {
        const auto row = static_cast<std::size_t>(saved.memberRows[i]);
        const auto segment = static_cast<std::size_t>(saved.memberSegments[i]);
        for (std::size_t j = 0; j < numeric.size(); ++j) {
            const double value = numeric[j].numbers[row];
            if (!std::isnan(value)) {
                sums[segment][j] += value;
                ++counts[segment][j];
            }
        }
    }
    for (std::size_t s = 0; s < segmentCount; ++s) {
        SegmentInfo segment;
        segment.index = static_cast<int>(s);
        segment.name = s < ruleCount ? rules.segments[s].name : rules.unmatchedSegment;
        segment.size = sizes[s];
        segment.share = saved.info.memberCount > 0
            ? static_cast<double>(sizes[s]) / static_cast<double>(saved.info.memberCount)
            : 0.0;
        for (std::size_t j = 0; j < numeric.size(); ++j) {
            segment.centroid.push_back(
                counts[s][j] > 0 ? sums[s][j] / static_cast<double>(counts[s][j]) : 0.0);
        }
        saved.segments.push_back(std::move(segment));
    }

    // The map: segment s at angle 2πs/S on a circle; its k-th member at golden-angle steps in a disc
    // (a sunflower pattern, even density), the disc's area proportional to the segment's size.
    const std::int64_t largest = std::max<std::int64_t>(1, *std::max_element(sizes.begin(), sizes.end()));
    const double goldenAngle = std::numbers::pi * (3.0 - std::sqrt(5.0));
    std::vector<std::int64_t> placed(segmentCount, 0);
    saved.mapX.reserve(saved.memberRows.size());
    saved.mapY.reserve(saved.memberRows.size());
    for (const int segment : saved.memberSegments) {
        const auto s = static_cast<std::size_t>(segment);
        const double angle
            = 2.0 * std::numbers::pi * static_cast<double>(s) / static_cast<double>(segmentCount);
        const double centreX = segmentCount > 1 ? mapRadius * std::cos(angle) : 0.0;
        const double centreY = segmentCount > 1 ? mapRadius * std::sin(angle) : 0.0;
        const auto k = static_cast<double>(placed[s]++);
        const auto n = static_cast<double>(sizes[s]);
        const double radius
            = discRadius * std::sqrt(n / static_cast<double>(largest)) * std::sqrt((k + 0.5) / n);
        saved.mapX.push_back(centreX + radius * std::cos(k * goldenAngle));
        saved.mapY.push_back(centreY + radius * std::sin(k * goldenAngle));
    }
    saved.explainedVarianceRatio = {0.0, 0.0}; // the axes are a layout, not components of the data
    return saved;
}

} // namespace

std::vector<Error> Session::validate(const RuleSetParams &params) const
{
    try {
        return validateAgainst(*m_database, params);
    } catch (const store::SqliteError &error) {
        return {makeError(ErrorCode::StorageFailure, {m_path, error.what()})};
    }
}

Result<RuleSetReport> Session::evaluateRuleSet(const RuleSetParams &params, Progress &progress) const
{
    return guarded<RuleSetReport>(m_path, [&]() -> Result<RuleSetReport> {
        if (auto problems = validateAgainst(*m_database, params); !problems.empty()) {
            return problems.front();
        }
        auto evaluated = evaluateValidated(*m_database, params, progress);
        if (!evaluated) {
            return makeError(ErrorCode::Cancelled);
        }
        return reportOf(params.rules, evaluated->first, evaluated->second);
    });
}

Result<std::int64_t> Session::countRuleMatches(
    const RuleNode &tree, std::optional<std::int64_t> analysisDay) const
{
    return guarded<std::int64_t>(m_path, [&]() -> Result<std::int64_t> {
        store::ProjectStore project(*m_database);
        if (auto problems = validateRuleNode(tree, ruleColumnTypes(project.columns())); !problems.empty()) {
            return problems.front();
        }
        RuleSet single;
        const auto day = resolveAnalysisDay(*m_database, single, analysisDay);
        if (usesAnalysisDay(tree) && !day) {
            return missingAnalysisDay();
        }
        NullProgress progress;
        const auto table = loadTable(*m_database, referencedColumns(tree), progress);
        SEGMENTA_ASSERT(table.has_value(), "NullProgress never cancels");
        return evaluateRuleNode(tree, *table, day.value_or(0)).count();
    });
}

Result<RuleTable> Session::ruleTable(const std::vector<std::string> &columns) const
{
    return guarded<RuleTable>(m_path, [&]() -> Result<RuleTable> {
        const auto stored = store::ProjectStore(*m_database).columns();
        for (const std::string &name : columns) {
            if (std::none_of(stored.begin(), stored.end(),
                    [&](const store::StoredColumn &column) { return column.info.name == name; })) {
                return makeError(ErrorCode::UnknownColumn, {name});
            }
        }
        NullProgress progress;
        auto table = loadTable(*m_database, columns, progress);
        SEGMENTA_ASSERT(table.has_value(), "NullProgress never cancels");
        return std::move(*table);
    });
}

Result<std::optional<std::int64_t>> Session::defaultAnalysisDay() const
{
    return guarded<std::optional<std::int64_t>>(m_path, [&]() -> Result<std::optional<std::int64_t>> {
        return resolveAnalysisDay(*m_database, RuleSet {}, std::nullopt);
    });
}

Result<RuleSegmentsReport> Session::saveRuleSegments(
    const std::string &name, const RuleSetParams &params, Progress &progress)
{
    if (name.empty()) {
        return makeError(ErrorCode::InvalidParameter, {"name", "empty", "a name for the rule set"});
    }
    return guarded<RuleSegmentsReport>(m_path, [&]() -> Result<RuleSegmentsReport> {
        if (auto problems = validateAgainst(*m_database, params); !problems.empty()) {
            return problems.front();
        }
        store::ProjectStore project(*m_database);
        store::DefinitionStore definitions(*m_database);
        store::RuleSegmentStore ruleStore(*m_database);
        // A segmentation of this name may only be replaced when it was made from this rule set.
        const auto existingDefinition = definitions.find(store::DefinitionKind::RuleSet, name);
        const auto existingSegmentation = project.findSegmentation(name);
        if (existingSegmentation) {
            const auto madeFrom = ruleStore.definitionOf(existingSegmentation->id);
            if (!existingDefinition || madeFrom != existingDefinition->id) {
                return makeError(ErrorCode::SegmentationExists, {name});
            }
        }
        auto evaluated = evaluateValidated(*m_database, params, progress);
        if (!evaluated) {
            return makeError(ErrorCode::Cancelled);
        }
        const auto &[evaluation, day] = *evaluated;

        progress.setStage("rules.save");
        RuleSet stored = params.rules;
        if (params.analysisDay) {
            stored.analysisDay = params.analysisDay; // a refresh counts from the same day
        }
        store::Transaction transaction(*m_database);
        const store::StoredDefinition definition
            = definitions.save(store::DefinitionKind::RuleSet, name, ruleSetToJson(stored));
        if (existingSegmentation) {
            ruleStore.removeSegmentation(existingSegmentation->id);
        }
        const auto saved = segmentationOf(name, params.rules, evaluation, project.columns(), ruleStore);
        const SegmentationInfo info = project.saveSegmentation(saved);
        ruleStore.linkDefinition(info.id, definition.id);
        if (progress.isCancelRequested()) {
            return makeError(ErrorCode::Cancelled); // rolled back
        }
        transaction.commit();
        progress.setFraction(1.0);
        return RuleSegmentsReport {info, reportOf(params.rules, evaluation, day), true};
    });
}

Result<RuleSegmentsReport> Session::refreshRuleSegments(const std::string &name, Progress &progress)
{
    auto rules = ruleSet(name);
    if (!rules) {
        return rules.error();
    }
    RuleSetParams params;
    params.rules = std::move(rules).value();
    if (params.rules.mode == RuleSetMode::Dynamic) {
        return saveRuleSegments(name, params, progress);
    }
    auto counts = evaluateRuleSet(params, progress);
    if (!counts) {
        return counts.error();
    }
    return guarded<RuleSegmentsReport>(m_path, [&]() -> Result<RuleSegmentsReport> {
        const auto stored = store::ProjectStore(*m_database).findSegmentation(name);
        if (!stored) {
            return makeError(ErrorCode::UnknownSegmentation, {name});
        }
        return RuleSegmentsReport {*stored, std::move(counts).value(), false};
    });
}

Result<RuleSet> Session::ruleSet(const std::string &name) const
{
    return guarded<RuleSet>(m_path, [&]() -> Result<RuleSet> {
        const auto stored = store::DefinitionStore(*m_database).find(store::DefinitionKind::RuleSet, name);
        if (!stored) {
            return makeError(ErrorCode::UnknownSegmentation, {name});
        }
        return parseRuleSet(stored->body);
    });
}

Result<std::vector<std::string>> Session::ruleSetNames() const
{
    return guarded<std::vector<std::string>>(m_path, [&]() -> Result<std::vector<std::string>> {
        std::vector<std::string> names;
        for (const auto &definition :
            store::DefinitionStore(*m_database).list(store::DefinitionKind::RuleSet)) {
            names.push_back(definition.name);
        }
        return names;
    });
}

} // namespace segmenta::engine
