// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "criteria/CriteriaMatrix.h"
#include "store/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace segmenta::engine::store {
class ProjectStore;
}

namespace segmenta::engine::detail {

/// The project's customer columns as criteria sets see them.
std::vector<CriteriaTableColumn> criteriaTableColumns(store::ProjectStore &project);

/// The columns the set reads, for every customer. Requires: validate(set, criteriaTableColumns()) is empty.
CriteriaTable loadCriteriaTable(store::ProjectStore &project, const CriteriaSet &set);

/// A saved set by name. Errors: InvalidParameter {"criteria", name, "the name of a saved criteria set"};
/// the reading errors of readCriteriaSet for a stored body that no longer reads.
Result<CriteriaSet> findCriteriaSet(store::Database &database, const std::string &name);

/// A saved set's matrix on the project's customers, with what a segmentation stores about it.
struct ProjectCriteriaMatrix
{
    CriteriaSet set;
    std::string json; ///< writeCriteriaSet(set)
    std::optional<std::int64_t> definitionId; ///< the definitions row, when the set is saved
    CriteriaMatrix matrix;
};

/// Errors: those of findCriteriaSet, validate(set, columns) and buildCriteriaMatrix.
Result<ProjectCriteriaMatrix> buildSavedCriteriaMatrix(
    store::Database &database, const std::string &name, Progress &progress);

/// The matrix of a set given as JSON (as stored with a segmentation). Errors: as buildSavedCriteriaMatrix.
Result<ProjectCriteriaMatrix> buildCriteriaMatrixFromJson(
    store::Database &database, const std::string &json, Progress &progress);

/// Adds the problems of choosing a saved set for a segmentation: unknown set, a set that does not fit the
/// project's columns, columns or log columns given as well.
void checkCriteriaChoice(store::Database &database, const std::string &name,
    const std::vector<std::string> &columns, const std::vector<std::string> &logColumns,
    std::vector<Error> &problems);

} // namespace segmenta::engine::detail
