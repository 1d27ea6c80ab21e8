// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "criteria/detail/ProjectCriteria.h"

#include "store/DefinitionStore.h"
#include "store/ProjectStore.h"

#include <algorithm>

namespace segmenta::engine::detail {

std::vector<CriteriaTableColumn> criteriaTableColumns(store::ProjectStore &project)
{
    std::vector<CriteriaTableColumn> columns;
    for (const store::StoredColumn &column : project.columns()) {
        columns.push_back({column.info.name, column.info.type, column.info.family, column.info.kind});
    }
    return columns;
}

CriteriaTable loadCriteriaTable(store::ProjectStore &project, const CriteriaSet &set)
{
    const auto stored = project.columns();
    const auto names = criteriaColumnNames(set);
    CriteriaTable table;
    std::vector<std::size_t> positions;
    for (const std::string &name : names) {
        const auto found = std::find_if(
            stored.begin(), stored.end(), [&](const store::StoredColumn &c) { return c.info.name == name; });
        SEGMENTA_ASSERT(found != stored.end(), "the set was validated against the project's columns");
        table.columns.push_back({found->info.name, found->info.type, found->info.family, found->info.kind});
        positions.push_back(static_cast<std::size_t>(found - stored.begin()));
    }
    table.values.resize(names.size());
    const auto count = static_cast<std::size_t>(project.customerCount());
    for (auto &values : table.values) {
        values.reserve(count);
    }
    project.forEachCustomer([&](std::int64_t, const std::string &, const std::vector<CellValue> &values) {
        for (std::size_t c = 0; c < positions.size(); ++c) {
            table.values[c].push_back(values[positions[c]]);
        }
    });
    return table;
}

Result<CriteriaSet> findCriteriaSet(store::Database &database, const std::string &name)
{
    store::DefinitionStore definitions(database);
    const auto stored = definitions.find(store::DefinitionKind::CriteriaSet, name);
    if (!stored) {
        return makeError(ErrorCode::InvalidParameter, {"criteria", name, "the name of a saved criteria set"});
    }
    return readCriteriaSet(stored->body);
}

namespace {

Result<ProjectCriteriaMatrix> build(store::Database &database, CriteriaSet set, Progress &progress)
{
    store::ProjectStore project(database);
    if (auto problems = validate(set, criteriaTableColumns(project)); !problems.empty()) {
        return problems.front();
    }
    const CriteriaTable table = loadCriteriaTable(project, set);
    auto matrix = buildCriteriaMatrix(set, table, progress);
    if (!matrix) {
        return matrix.error();
    }
    ProjectCriteriaMatrix result;
    result.json = writeCriteriaSet(set);
    if (const auto stored
        = store::DefinitionStore(database).find(store::DefinitionKind::CriteriaSet, set.name)) {
        result.definitionId = stored->id;
    }
    result.set = std::move(set);
    result.matrix = std::move(matrix).value();
    return result;
}

} // namespace

Result<ProjectCriteriaMatrix> buildSavedCriteriaMatrix(
    store::Database &database, const std::string &name, Progress &progress)
{
    auto set = findCriteriaSet(database, name);
    if (!set) {
        return set.error();
    }
    return build(database, std::move(set).value(), progress);
}

Result<ProjectCriteriaMatrix> buildCriteriaMatrixFromJson(
    store::Database &database, const std::string &json, Progress &progress)
{
    auto set = readCriteriaSet(json);
    if (!set) {
        return set.error();
    }
    return build(database, std::move(set).value(), progress);
}

void checkCriteriaChoice(store::Database &database, const std::string &name,
    const std::vector<std::string> &columns, const std::vector<std::string> &logColumns,
    std::vector<Error> &problems)
{
    if (!columns.empty() || !logColumns.empty()) {
        problems.push_back(makeError(ErrorCode::InvalidParameter,
            {columns.empty() ? "log" : "columns", "given with a criteria set",
                "empty when a criteria set is chosen (the set names its columns, transforms and weights)"}));
    }
    auto set = findCriteriaSet(database, name);
    if (!set) {
        problems.push_back(set.error());
        return;
    }
    store::ProjectStore project(database);
    for (Error &problem : validate(set.value(), criteriaTableColumns(project))) {
        problems.push_back(std::move(problem));
    }
}

} // namespace segmenta::engine::detail
