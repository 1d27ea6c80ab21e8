// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "store/ProjectStore.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/Assert.h"

namespace segmenta::engine::store {

namespace {

ColumnType columnTypeFromName(const std::string &name)
{
    if (name == "integer") {
        return ColumnType::Integer;
    }
    if (name == "real") {
        return ColumnType::Real;
    }
    return ColumnType::Text;
}

constexpr int sqliteNull = 5; // SQLITE_NULL, without including sqlite3.h outside Database.cpp
constexpr int sqliteInteger = 1;
constexpr int sqliteFloat = 2;

} // namespace

std::vector<StoredColumn> ProjectStore::columns()
{
    std::vector<StoredColumn> result;
    Statement query(m_database,
        "SELECT name, value_type, missing_count, sql_name, family, origin, value_kind FROM customer_columns "
        "ORDER BY position");
    while (query.step()) {
        ColumnInfo info {query.columnText(0), columnTypeFromName(query.columnText(1)), query.columnInt64(2),
            criteriaFamilyFromName(query.columnText(4)), query.columnText(5)};
        if (!query.isNull(6)) {
            const auto kind = valueKindFromName(query.columnText(6));
            // A kind whose storage is not the column's (never written so) falls back to the storage's.
            if (kind && storageType(*kind) == info.type) {
                info.kind = kind;
            }
        }
        result.push_back({std::move(info), query.columnText(3)});
    }
    return result;
}

std::int64_t ProjectStore::customerCount()
{
    return queryInt64(m_database, "SELECT count(*) FROM customers").value_or(0);
}

std::string ProjectStore::idColumn()
{
    Statement query(m_database, "SELECT id_column FROM imports ORDER BY id LIMIT 1");
    if (!query.step() || query.isNull(0)) {
        return {};
    }
    return query.columnText(0);
}

NumericMatrix ProjectStore::loadNumericMatrix(const std::vector<StoredColumn> &chosen)
{
    SEGMENTA_ASSERT(!chosen.empty(), "loadNumericMatrix without columns");
    std::string sql = "SELECT row";
    for (const StoredColumn &column : chosen) {
        SEGMENTA_ASSERT(column.info.isNumeric(), "loadNumericMatrix on a text column");
        sql += ", " + column.sqlName;
    }
    sql += " FROM customers ORDER BY row";

    const auto total = customerCount();
    const auto width = static_cast<Eigen::Index>(chosen.size());
    NumericMatrix result;
    result.values.resize(total, width);
    result.customerRows.reserve(static_cast<std::size_t>(total));
    Statement query(m_database, sql);
    Eigen::Index kept = 0;
    while (query.step()) {
        bool complete = true;
        for (Eigen::Index j = 0; j < width; ++j) {
            if (query.isNull(static_cast<int>(j) + 1)) {
                complete = false;
                break;
            }
            result.values(kept, j) = query.columnDouble(static_cast<int>(j) + 1);
        }
        if (!complete) {
            ++result.droppedCustomers;
            continue;
        }
        result.customerRows.push_back(query.columnInt64(0) - 1);
        ++kept;
    }
    result.values.conservativeResize(kept, width);
    return result;
}

CellValue ProjectStore::readCell(Statement &statement, int column, ColumnType type)
{
    const int storage = statement.columnStorageClass(column);
    if (storage == sqliteNull) {
        return std::monostate {};
    }
    if (type == ColumnType::Integer && storage == sqliteInteger) {
        return statement.columnInt64(column);
    }
    if (type != ColumnType::Text && (storage == sqliteInteger || storage == sqliteFloat)) {
        return statement.columnDouble(column);
    }
    return statement.columnText(column);
}

CustomerPage ProjectStore::customerPage(std::int64_t offset, std::int64_t limit)
{
    const auto stored = columns();
    std::string sql = "SELECT customer_key";
    for (const StoredColumn &column : stored) {
        sql += ", " + column.sqlName;
    }
    // Rows are numbered 1..n without gaps, so a range on the primary key pages in O(limit).
    sql += " FROM customers WHERE row > ?1 ORDER BY row LIMIT ?2";
    Statement query(m_database, sql);
    query.bind(1, offset).bind(2, limit);
    CustomerPage page;
    page.offset = offset;
    while (query.step()) {
        page.keys.push_back(query.columnText(0));
        std::vector<CellValue> values;
        values.reserve(stored.size());
        for (std::size_t c = 0; c < stored.size(); ++c) {
            values.push_back(readCell(query, static_cast<int>(c) + 1, stored[c].info.type));
        }
        page.values.push_back(std::move(values));
    }
    return page;
}

void ProjectStore::forEachCustomer(
    const std::function<void(std::int64_t, const std::string &, const std::vector<CellValue> &)> &visit)
{
    const auto stored = columns();
    std::string sql = "SELECT row, customer_key";
    for (const StoredColumn &column : stored) {
        sql += ", " + column.sqlName;
    }
    sql += " FROM customers ORDER BY row";
    Statement query(m_database, sql);
    std::vector<CellValue> values(stored.size());
    while (query.step()) {
        for (std::size_t c = 0; c < stored.size(); ++c) {
            values[c] = readCell(query, static_cast<int>(c) + 2, stored[c].info.type);
        }
        visit(query.columnInt64(0) - 1, query.columnText(1), values);
    }
}

namespace {

constexpr const char *segmentationColumns
    = "SELECT s.id, s.name, s.method, s.segment_count, s.seed, s.member_count, s.inertia, s.iterations, "
      "s.converged, s.created_at, coalesce(m.name, ''), s.criteria_kind, s.covariance_type, "
      "s.log_likelihood, s.bic, s.batch_size "
      "FROM segmentations s LEFT JOIN segmentations m ON m.id = s.matched_to ";

/// Methods whose segments are the nearest-centroid cells of their centres (on the scaled columns).
bool hasCentroidCells(const std::string &method)
{
    return method == "kmeans" || method == "two-step-ward" || method.rfind("hierarchical-", 0) == 0;
}

SegmentationInfo readSegmentation(Database &database, Statement &query)
{
    SegmentationInfo info;
    info.id = query.columnInt64(0);
    info.name = query.columnText(1);
    info.method = query.columnText(2);
    info.segmentCount = static_cast<int>(query.columnInt64(3));
    info.seed = static_cast<std::uint64_t>(query.columnInt64(4));
    info.memberCount = query.columnInt64(5);
    info.inertia = query.columnDouble(6);
    info.iterations = static_cast<int>(query.columnInt64(7));
    info.converged = query.columnInt64(8) != 0;
    info.createdAt = query.columnText(9);
    info.matchedTo = query.columnText(10);
    const bool fromDocument = !query.isNull(11);
    if (!query.isNull(12)) {
        info.covariance = query.columnText(12);
    }
    if (!query.isNull(13)) {
        info.logLikelihood = query.columnDouble(13);
    }
    if (!query.isNull(14)) {
        info.bic = query.columnDouble(14);
    }
    info.batchSize = query.isNull(15) ? 0 : static_cast<int>(query.columnInt64(15));
    Statement columns(database,
        "SELECT column_name, transform, center IS NOT NULL AND scale IS NOT NULL FROM segmentation_columns "
        "WHERE segmentation_id = ?1 ORDER BY position");
    columns.bind(1, info.id);
    bool scaled = true;
    while (columns.step()) {
        info.columns.push_back(columns.columnText(0));
        if (columns.columnTextView(1) == "log1p") {
            info.logColumns.push_back(columns.columnText(0));
        }
        scaled = scaled && columns.columnInt64(2) != 0;
    }
    info.isAssignable = scaled && !info.columns.empty() && !fromDocument && hasCentroidCells(info.method);
    return info;
}

} // namespace

std::vector<SegmentationInfo> ProjectStore::segmentations()
{
    std::vector<SegmentationInfo> result;
    Statement query(m_database, std::string(segmentationColumns) + "ORDER BY s.id");
    while (query.step()) {
        result.push_back(readSegmentation(m_database, query));
    }
    return result;
}

std::optional<SegmentationInfo> ProjectStore::findSegmentation(const std::string &name)
{
    Statement query(m_database,
        std::string(segmentationColumns)
            + (name.empty() ? "ORDER BY s.id DESC LIMIT 1" : "WHERE s.name = ?1"));
    if (!name.empty()) {
        query.bind(1, std::string_view(name));
    }
    if (!query.step()) {
        return std::nullopt;
    }
    return readSegmentation(m_database, query);
}

std::optional<std::string> ProjectStore::segmentationDocument(
    std::int64_t segmentationId, DefinitionKind kind)
{
    Statement query(m_database, "SELECT criteria FROM segmentations WHERE id = ?1 AND criteria_kind = ?2");
    query.bind(1, segmentationId).bind(2, definitionKindName(kind));
    if (!query.step() || query.isNull(0)) {
        return std::nullopt;
    }
    return query.columnText(0);
}

std::vector<SegmentInfo> ProjectStore::segments(const SegmentationInfo &segmentation)
{
    std::vector<SegmentInfo> result;
    Statement query(m_database,
        "SELECT segment_index, name, size, coalesce(color, ''), coalesce(notes, ''), coalesce(predecessor, "
        "-1) "
        "FROM segments WHERE segmentation_id = ?1 ORDER BY segment_index");
    query.bind(1, segmentation.id);
    while (query.step()) {
        SegmentInfo segment;
        segment.index = static_cast<int>(query.columnInt64(0));
        segment.name = query.columnText(1);
        segment.size = query.columnInt64(2);
        segment.color = query.columnText(3);
        segment.notes = query.columnText(4);
        segment.predecessor = static_cast<int>(query.columnInt64(5));
        segment.share = segmentation.memberCount > 0
            ? static_cast<double>(segment.size) / static_cast<double>(segmentation.memberCount)
            : 0.0;
        segment.centroid.assign(segmentation.columns.size(), 0.0);
        result.push_back(std::move(segment));
    }
    Statement centroids(m_database,
        "SELECT segment_index, position, value FROM segment_centroids WHERE segmentation_id = ?1");
    centroids.bind(1, segmentation.id);
    while (centroids.step()) {
        const auto index = static_cast<std::size_t>(centroids.columnInt64(0));
        const auto position = static_cast<std::size_t>(centroids.columnInt64(1));
        if (index < result.size() && position < result[index].centroid.size()) {
            result[index].centroid[position] = centroids.columnDouble(2);
        }
    }
    return result;
}

std::vector<int> ProjectStore::memberSegments(std::int64_t segmentationId, std::int64_t count)
{
    std::vector<int> result(static_cast<std::size_t>(count), -1);
    Statement query(
        m_database, "SELECT customer_row, segment_index FROM segment_members WHERE segmentation_id = ?1");
    query.bind(1, segmentationId);
    while (query.step()) {
        const auto row = query.columnInt64(0) - 1;
        if (row >= 0 && row < count) {
            result[static_cast<std::size_t>(row)] = static_cast<int>(query.columnInt64(1));
        }
    }
    return result;
}

MembershipProbabilities ProjectStore::membershipProbabilities(const SegmentationInfo &segmentation)
{
    MembershipProbabilities result;
    Statement members(m_database,
        "SELECT customer_row, segment_index, probability FROM segment_members "
        "WHERE segmentation_id = ?1 AND probability IS NOT NULL ORDER BY customer_row");
    members.bind(1, segmentation.id);
    while (members.step()) {
        result.customerRows.push_back(members.columnInt64(0) - 1);
        result.segments.push_back(static_cast<int>(members.columnInt64(1)));
        result.assigned.push_back(members.columnDouble(2));
    }
    result.all
        = Matrix::Zero(static_cast<Eigen::Index>(result.customerRows.size()), segmentation.segmentCount);
    Statement all(m_database,
        "SELECT customer_row, segment_index, probability FROM segment_member_probabilities "
        "WHERE segmentation_id = ?1 ORDER BY customer_row, segment_index");
    all.bind(1, segmentation.id);
    std::size_t member = 0;
    while (all.step()) {
        const std::int64_t row = all.columnInt64(0) - 1;
        while (member < result.customerRows.size() && result.customerRows[member] < row) {
            ++member;
        }
        const auto segment = all.columnInt64(1);
        if (member < result.customerRows.size() && result.customerRows[member] == row && segment >= 0
            && segment < segmentation.segmentCount) {
            result.all(static_cast<Eigen::Index>(member), static_cast<Eigen::Index>(segment))
                = all.columnDouble(2);
        }
    }
    return result;
}

void ProjectStore::saveProjection(std::int64_t segmentationId, const std::string &method,
    const std::string &parametersJson, const std::vector<double> &explained,
    std::optional<double> klDivergence, const std::vector<std::int64_t> &rows, const Matrix &layout)
{
    Statement projection(m_database,
        "INSERT INTO projections (segmentation_id, method, explained_x, explained_y, parameters, "
        "kl_divergence, "
        "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");
    projection.bind(1, segmentationId).bind(2, std::string_view(method));
    explained.size() > 0 ? projection.bind(3, explained[0]) : projection.bindNull(3);
    explained.size() > 1 ? projection.bind(4, explained[1]) : projection.bindNull(4);
    projection.bind(5, std::string_view(parametersJson));
    klDivergence ? projection.bind(6, *klDivergence) : projection.bindNull(6);
    projection.run();
    const std::int64_t projectionId = m_database.lastInsertRowId();
    Statement point(m_database,
        "INSERT INTO projection_points (projection_id, customer_row, x, y) VALUES (?1, ?2, ?3, ?4)");
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto r = static_cast<Eigen::Index>(i);
        point.bind(1, projectionId).bind(2, rows[i] + 1).bind(3, layout(r, 0)).bind(4, layout(r, 1)).run();
    }
}

std::vector<MapPoint> ProjectStore::mapPoints(
    std::int64_t segmentationId, std::vector<double> &explained, std::string *projectionMethod)
{
    std::vector<MapPoint> points;
    explained.clear();
    Statement projection(m_database,
        "SELECT id, explained_x, explained_y, method FROM projections "
        "WHERE segmentation_id = ?1 ORDER BY id DESC LIMIT 1");
    projection.bind(1, segmentationId);
    if (!projection.step()) {
        return points;
    }
    const std::int64_t projectionId = projection.columnInt64(0);
    if (projectionMethod != nullptr) {
        *projectionMethod = projection.columnText(3);
    }
    if (!projection.isNull(1)) { // t-SNE axes explain no share of the variance
        explained = {projection.columnDouble(1), projection.columnDouble(2)};
    }
    Statement query(m_database,
        "SELECT p.customer_row, p.x, p.y, m.segment_index FROM projection_points p "
        "JOIN segment_members m ON m.customer_row = p.customer_row "
        "AND m.segmentation_id = ?2 WHERE p.projection_id = ?1 ORDER BY p.customer_row");
    query.bind(1, projectionId).bind(2, segmentationId);
    while (query.step()) {
        points.push_back(MapPoint {query.columnInt64(0) - 1, query.columnDouble(1), query.columnDouble(2),
            static_cast<int>(query.columnInt64(3))});
    }
    return points;
}

SegmentationInfo ProjectStore::saveSegmentation(const NewSegmentation &segmentation)
{
    const SegmentationInfo &info = segmentation.info;
    Statement insert(m_database,
        "INSERT INTO segmentations (name, method, segment_count, seed, init_count, max_iterations, "
        "scaling, member_count, inertia, iterations, converged, created_at, definition_id, criteria, "
        "criteria_kind, covariance_type, log_likelihood, bic, batch_size, matched_to) VALUES "
        "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?12, ?13, "
        "?14, ?15, ?16, ?17, ?18, ?19)");
    insert.bind(1, std::string_view(info.name))
        .bind(2, std::string_view(info.method))
        .bind(3, info.segmentCount)
        .bind(4, static_cast<std::int64_t>(info.seed))
        .bind(5, segmentation.initCount)
        .bind(6, segmentation.maxIterations)
        .bind(7, std::string_view(segmentation.scaling))
        .bind(8, info.memberCount)
        .bind(9, info.inertia)
        .bind(10, info.iterations)
        .bind(11, info.converged ? 1 : 0);
    segmentation.definitionId ? insert.bind(12, *segmentation.definitionId) : insert.bindNull(12);
    segmentation.criteriaJson.empty() ? insert.bindNull(13)
                                      : insert.bind(13, std::string_view(segmentation.criteriaJson));
    SEGMENTA_ASSERT(segmentation.criteriaJson.empty() || segmentation.criteriaKind.has_value(),
        "a stored document says what it is");
    segmentation.criteriaJson.empty() ? insert.bindNull(14)
                                      : insert.bind(14, definitionKindName(*segmentation.criteriaKind));
    info.covariance.empty() ? insert.bindNull(15) : insert.bind(15, std::string_view(info.covariance));
    info.logLikelihood ? insert.bind(16, *info.logLikelihood) : insert.bindNull(16);
    info.bic ? insert.bind(17, *info.bic) : insert.bindNull(17);
    info.batchSize > 0 ? insert.bind(18, info.batchSize) : insert.bindNull(18);
    segmentation.matchedTo ? insert.bind(19, *segmentation.matchedTo) : insert.bindNull(19);
    insert.run();
    const std::int64_t id = m_database.lastInsertRowId();

    Statement column(m_database,
        "INSERT INTO segmentation_columns (segmentation_id, position, column_name, transform, weight, "
        "center, scale) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    const bool scaled = segmentation.columnCenters.size() == info.columns.size()
        && segmentation.columnScales.size() == info.columns.size()
        && segmentation.scaledCentroids.rows() == static_cast<Eigen::Index>(segmentation.segments.size())
        && segmentation.scaledCentroids.cols() == static_cast<Eigen::Index>(info.columns.size());
    for (std::size_t i = 0; i < info.columns.size(); ++i) {
        const bool logged = std::find(info.logColumns.begin(), info.logColumns.end(), info.columns[i])
            != info.logColumns.end();
        const std::string_view transform = i < segmentation.columnTransforms.size()
            ? std::string_view(segmentation.columnTransforms[i])
            : std::string_view(logged ? "log1p" : "none");
        column.bind(1, id)
            .bind(2, static_cast<std::int64_t>(i))
            .bind(3, std::string_view(info.columns[i]))
            .bind(4, transform)
            .bind(5, i < segmentation.columnWeights.size() ? segmentation.columnWeights[i] : 1.0);
        scaled ? column.bind(6, segmentation.columnCenters[i]) : column.bindNull(6);
        scaled ? column.bind(7, segmentation.columnScales[i]) : column.bindNull(7);
        column.run();
    }
    Statement segment(m_database,
        "INSERT INTO segments (segmentation_id, segment_index, name, size, color, notes, predecessor) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    Statement centroid(m_database,
        "INSERT INTO segment_centroids (segmentation_id, segment_index, position, value, scaled_value) "
        "VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const SegmentInfo &s : segmentation.segments) {
        segment.bind(1, id).bind(2, s.index).bind(3, std::string_view(s.name)).bind(4, s.size);
        if (s.color.empty()) { // NULL: the palette's colour for the index
            segment.bindNull(5);
        } else {
            segment.bind(5, std::string_view(s.color));
        }
        s.notes.empty() ? segment.bindNull(6) : segment.bind(6, std::string_view(s.notes));
        s.predecessor >= 0 ? segment.bind(7, s.predecessor) : segment.bindNull(7);
        segment.run();
        for (std::size_t j = 0; j < s.centroid.size(); ++j) {
            centroid.bind(1, id)
                .bind(2, s.index)
                .bind(3, static_cast<std::int64_t>(j))
                .bind(4, s.centroid[j]);
            scaled ? centroid.bind(5, segmentation.scaledCentroids(s.index, static_cast<Eigen::Index>(j)))
                   : centroid.bindNull(5);
            centroid.run();
        }
    }
    Statement member(m_database,
        "INSERT INTO segment_members (segmentation_id, customer_row, segment_index, probability, tree_leaf) "
        "VALUES (?1, ?2, ?3, ?4, ?5)");
    const bool hasProbabilities = !segmentation.memberProbabilities.empty();
    SEGMENTA_ASSERT(
        !segmentation.tree || segmentation.tree->memberLeaves.size() == segmentation.memberRows.size(),
        "one tree leaf per member");
    SEGMENTA_ASSERT(
        !hasProbabilities || segmentation.memberProbabilities.size() == segmentation.memberRows.size(),
        "one probability per member");
    for (std::size_t i = 0; i < segmentation.memberRows.size(); ++i) {
        member.bind(1, id).bind(2, segmentation.memberRows[i] + 1).bind(3, segmentation.memberSegments[i]);
        hasProbabilities ? member.bind(4, segmentation.memberProbabilities[i]) : member.bindNull(4);
        const bool inTree = segmentation.tree && segmentation.tree->memberLeaves[i] >= 0;
        inTree ? member.bind(5, segmentation.tree->memberLeaves[i]) : member.bindNull(5);
        member.run();
    }
    const Matrix &all = segmentation.memberProbabilityMatrix;
    if (all.size() > 0) {
        SEGMENTA_ASSERT(all.rows() == static_cast<Eigen::Index>(segmentation.memberRows.size()),
            "one row of probabilities per member");
        Statement probability(m_database,
            "INSERT INTO segment_member_probabilities (segmentation_id, customer_row, segment_index, "
            "probability) VALUES (?1, ?2, ?3, ?4)");
        for (Eigen::Index i = 0; i < all.rows(); ++i) {
            const auto memberIndex = static_cast<std::size_t>(i);
            for (Eigen::Index j = 0; j < all.cols(); ++j) {
                if (all(i, j) < minimumStoredProbability && j != segmentation.memberSegments[memberIndex]) {
                    continue;
                }
                probability.bind(1, id)
                    .bind(2, segmentation.memberRows[memberIndex] + 1)
                    .bind(3, static_cast<std::int64_t>(j))
                    .bind(4, std::clamp(all(i, j), 0.0, 1.0))
                    .run();
            }
        }
    }

    Statement projection(m_database,
        "INSERT INTO projections (segmentation_id, method, explained_x, explained_y, "
        "created_at) VALUES (?1, ?4, ?2, ?3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");
    const auto &explained = segmentation.explainedVarianceRatio;
    projection.bind(1, id)
        .bind(4, std::string_view(segmentation.mapMethod))
        .bind(2, explained.size() > 0 ? explained[0] : 0.0)
        .bind(3, explained.size() > 1 ? explained[1] : 0.0)
        .run();
    const std::int64_t projectionId = m_database.lastInsertRowId();
    Statement point(m_database,
        "INSERT INTO projection_points (projection_id, customer_row, x, y) VALUES (?1, ?2, ?3, ?4)");
    for (std::size_t i = 0; i < segmentation.memberRows.size(); ++i) {
        if (std::isnan(segmentation.mapX[i]) || std::isnan(segmentation.mapY[i])) {
            continue; // a member without a place on the map (SQLite would store NaN as NULL, read as 0)
        }
        point.bind(1, projectionId)
            .bind(2, segmentation.memberRows[i] + 1)
            .bind(3, segmentation.mapX[i])
            .bind(4, segmentation.mapY[i])
            .run();
    }
    if (segmentation.tree) {
        saveTree(id, *segmentation.tree);
    }
    auto saved = findSegmentation(info.name);
    SEGMENTA_ASSERT(saved.has_value(), "a saved segmentation must be found again");
    return *saved;
}

std::optional<ProjectStore::StoredScaling> ProjectStore::segmentationScaling(
    std::int64_t segmentationId, int segmentCount)
{
    StoredScaling scaling;
    Statement columns(m_database,
        "SELECT transform, center, scale FROM segmentation_columns WHERE segmentation_id = ?1 ORDER BY "
        "position");
    columns.bind(1, segmentationId);
    while (columns.step()) {
        if (columns.isNull(1) || columns.isNull(2)) {
            return std::nullopt;
        }
        scaling.transforms.push_back(columns.columnText(0));
        scaling.centers.push_back(columns.columnDouble(1));
        scaling.scales.push_back(columns.columnDouble(2));
    }
    const auto width = static_cast<Eigen::Index>(scaling.centers.size());
    if (width == 0) {
        return std::nullopt;
    }
    scaling.scaledCentroids = Matrix::Constant(segmentCount, width, std::numeric_limits<double>::quiet_NaN());
    Statement centroids(m_database,
        "SELECT segment_index, position, scaled_value FROM segment_centroids WHERE segmentation_id = ?1");
    centroids.bind(1, segmentationId);
    while (centroids.step()) {
        const auto segment = centroids.columnInt64(0);
        const auto position = centroids.columnInt64(1);
        if (centroids.isNull(2) || segment < 0 || segment >= segmentCount || position < 0
            || position >= width) {
            return std::nullopt;
        }
        scaling.scaledCentroids(segment, position) = centroids.columnDouble(2);
    }
    if (scaling.scaledCentroids.hasNaN()) {
        return std::nullopt;
    }
    return scaling;
}

void ProjectStore::addMembers(
    std::int64_t segmentationId, const std::vector<std::int64_t> &rows, const std::vector<int> &segments)
{
    SEGMENTA_ASSERT(rows.size() == segments.size(), "a segment per added member");
    Statement member(m_database,
        "INSERT INTO segment_members (segmentation_id, customer_row, segment_index) VALUES (?1, ?2, ?3)");
    for (std::size_t i = 0; i < rows.size(); ++i) {
        member.bind(1, segmentationId).bind(2, rows[i] + 1).bind(3, segments[i]).run();
    }
    Statement sizes(m_database,
        "UPDATE segments SET size = (SELECT count(*) FROM segment_members m WHERE m.segmentation_id = "
        "segments.segmentation_id AND m.segment_index = segments.segment_index) WHERE segmentation_id = ?1");
    sizes.bind(1, segmentationId).run();
    Statement total(m_database,
        "UPDATE segmentations SET member_count = (SELECT count(*) FROM segment_members WHERE segmentation_id "
        "= "
        "?1) WHERE id = ?1");
    total.bind(1, segmentationId).run();
}

} // namespace segmenta::engine::store
