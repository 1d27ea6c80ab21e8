// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "Session.h"
#include "SessionGuard.h"

#include "criteria/detail/ProjectCriteria.h"
#include "store/Database.h"
#include "store/DefinitionStore.h"
#include "store/ProjectStore.h"
#include "store/SqliteError.h"

#include <new>

namespace segmenta::engine {

namespace {

CriteriaSetInfo infoOf(const store::StoredDefinition &stored, const CriteriaSet *set)
{
    CriteriaSetInfo info;
    info.name = stored.name;
    info.createdAt = stored.createdAt;
    info.updatedAt = stored.updatedAt;
    if (set) {
        info.description = set->description;
        info.variableCount = static_cast<int>(set->variables.size());
    }
    return info;
}

} // namespace

std::vector<Error> Session::validate(const CriteriaSet &set) const
{
    try {
        store::ProjectStore project(*m_database);
        return engine::validate(set, detail::criteriaTableColumns(project));
    } catch (const store::SqliteError &error) {
        return {makeError(ErrorCode::StorageFailure, {m_path, error.what()})};
    }
}

Result<CriteriaSetInfo> Session::saveCriteriaSet(const CriteriaSet &set)
{
    if (auto problems = validate(set); !problems.empty()) {
        return problems.front();
    }
    return guarded<CriteriaSetInfo>(m_path, [&]() -> Result<CriteriaSetInfo> {
        store::Transaction transaction(*m_database);
        const auto stored = store::DefinitionStore(*m_database)
                                .save(store::DefinitionKind::CriteriaSet, set.name, writeCriteriaSet(set));
        transaction.commit();
        return infoOf(stored, &set);
    });
}

Result<std::vector<CriteriaSetInfo>> Session::criteriaSets() const
{
    return guarded<std::vector<CriteriaSetInfo>>(m_path, [&]() -> Result<std::vector<CriteriaSetInfo>> {
        std::vector<CriteriaSetInfo> sets;
        for (const auto &stored :
            store::DefinitionStore(*m_database).list(store::DefinitionKind::CriteriaSet)) {
            // A body that no longer reads is still listed, so that it can be seen and deleted.
            const auto set = readCriteriaSet(stored.body);
            sets.push_back(infoOf(stored, set ? &set.value() : nullptr));
        }
        return sets;
    });
}

Result<CriteriaSet> Session::criteriaSet(const std::string &name) const
{
    return guarded<CriteriaSet>(m_path, [&]() { return detail::findCriteriaSet(*m_database, name); });
}

Status Session::deleteCriteriaSet(const std::string &name)
{
    auto removed = guarded<bool>(m_path, [&]() -> Result<bool> {
        store::Transaction transaction(*m_database);
        const bool found
            = store::DefinitionStore(*m_database).remove(store::DefinitionKind::CriteriaSet, name);
        transaction.commit();
        return found;
    });
    if (!removed) {
        return removed.error();
    }
    if (!removed.value()) {
        return makeError(ErrorCode::InvalidParameter, {"criteria", name, "the name of a saved criteria set"});
    }
    return {};
}

Result<CriteriaPreview> Session::previewCriteria(
    const CriteriaSet &set, const CriteriaPreviewParams &params, Progress &progress) const
{
    if (auto problems = validate(set); !problems.empty()) {
        return problems.front();
    }
    return guarded<CriteriaPreview>(m_path, [&]() -> Result<CriteriaPreview> {
        store::ProjectStore project(*m_database);
        progress.setStage("criteria.load");
        const CriteriaTable table = detail::loadCriteriaTable(project, set);
        return engine::previewCriteria(set, table, params, progress);
    });
}

} // namespace segmenta::engine
