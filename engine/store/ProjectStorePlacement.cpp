// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// ProjectStore: reading a stored map whole and adding points to it (placing new members, issue 6).
#include "store/ProjectStore.h"

#include "core/Assert.h"

namespace segmenta::engine::store {

std::optional<ProjectStore::StoredProjection> ProjectStore::newestProjection(std::int64_t segmentationId)
{
    Statement projection(m_database,
        "SELECT id, method, coalesce(parameters, '') FROM projections WHERE segmentation_id = ?1 "
        "ORDER BY id DESC LIMIT 1");
    projection.bind(1, segmentationId);
    if (!projection.step()) {
        return std::nullopt;
    }
    StoredProjection stored;
    stored.id = projection.columnInt64(0);
    stored.method = projection.columnText(1);
    stored.parametersJson = projection.columnText(2);
    std::vector<double> xs;
    std::vector<double> ys;
    Statement points(m_database,
        "SELECT customer_row, x, y FROM projection_points WHERE projection_id = ?1 ORDER BY customer_row");
    points.bind(1, stored.id);
    while (points.step()) {
        stored.rows.push_back(points.columnInt64(0) - 1);
        xs.push_back(points.columnDouble(1));
        ys.push_back(points.columnDouble(2));
    }
    stored.layout.resize(static_cast<Eigen::Index>(xs.size()), 2);
    for (std::size_t i = 0; i < xs.size(); ++i) {
        stored.layout(static_cast<Eigen::Index>(i), 0) = xs[i];
        stored.layout(static_cast<Eigen::Index>(i), 1) = ys[i];
    }
    return stored;
}

void ProjectStore::addProjectionPoints(
    std::int64_t projectionId, const std::vector<std::int64_t> &rows, const Matrix &layout)
{
    SEGMENTA_ASSERT(static_cast<Eigen::Index>(rows.size()) == layout.rows() && layout.cols() == 2,
        "one (x, y) per added row");
    Statement point(m_database,
        "INSERT INTO projection_points (projection_id, customer_row, x, y) VALUES (?1, ?2, ?3, ?4)");
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto r = static_cast<Eigen::Index>(i);
        point.bind(1, projectionId).bind(2, rows[i] + 1).bind(3, layout(r, 0)).bind(4, layout(r, 1)).run();
    }
}

} // namespace segmenta::engine::store
