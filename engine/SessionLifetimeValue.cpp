// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "Session.h"

#include "store/ModelRunStore.h"
#include "store/SqliteError.h"
#include "value/LifetimeValueRunJson.h"

namespace segmenta::engine {

Result<std::optional<StoredLifetimeValueRun>> Session::lifetimeValueRun() const
{
    try {
        store::ModelRunStore modelRuns(*m_database);
        const std::optional<store::StoredModelRun> stored = modelRuns.latest(lifetimeValueRunKind);
        if (!stored) {
            return std::optional<StoredLifetimeValueRun> {};
        }
        return std::optional<StoredLifetimeValueRun> {
            readLifetimeValueRun(stored->id, stored->createdAt, stored->parameters, stored->results)};
    } catch (const store::SqliteError &error) {
        return makeError(ErrorCode::StorageFailure, {m_path, error.what()});
    }
}

} // namespace segmenta::engine
