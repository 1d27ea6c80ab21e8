// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"
#include "features/NumericMatrix.h"
#include "store/Database.h"
#include "store/DefinitionStore.h"

#include <functional>
#include <optional>

namespace segmenta::engine::store {

/// A customer column with the name of the SQL column that holds it.
struct StoredColumn
{
    ColumnInfo info;
    std::string sqlName; ///< c1, c2, … in the customers table
};

/// Reads and writes the project's tables. All SQL of the project lives here and in Migrations.cpp.
class ProjectStore
{
public:
    explicit ProjectStore(Database &database)
        : m_database(database)
    { }

    std::vector<StoredColumn> columns();
    std::int64_t customerCount();
    /// The id column of the customer import, empty when ids were generated.
    std::string idColumn();

    /// The chosen columns' values for customers with none missing.
    NumericMatrix loadNumericMatrix(const std::vector<StoredColumn> &chosen);
    CustomerPage customerPage(std::int64_t offset, std::int64_t limit);
    /// Calls `visit` with each customer's row, key and values, in table order.
    void forEachCustomer(const std::function<void(
            std::int64_t row, const std::string &key, const std::vector<CellValue> &values)> &visit);

    std::vector<SegmentationInfo> segmentations();
    /// By name; an empty name means the newest.
    std::optional<SegmentationInfo> findSegmentation(const std::string &name);
    std::vector<SegmentInfo> segments(const SegmentationInfo &segmentation);
    /// Segment index by customer row (0-based), -1 for customers without a segment.
    std::vector<int> memberSegments(std::int64_t segmentationId, std::int64_t customerCount);
    /// The stored membership probabilities of a segmentation's members (empty when it has none).
    MembershipProbabilities membershipProbabilities(const SegmentationInfo &segmentation);
    std::vector<MapPoint> mapPoints(std::int64_t segmentationId, std::vector<double> &explainedVarianceRatio,
        std::string *projectionMethod = nullptr);

    /// A hierarchical segmentation's merge tree as the project keeps it (segmentation_trees and
    /// segment_members.tree_leaf, migration 8).
    struct StoredTree
    {
        bool leavesAreMicroClusters = false; ///< two-step Ward; otherwise each leaf is one customer
        Dendrogram dendrogram; ///< merges with their sizes, leafSizes (all 1 unless micro-clusters)
        /// Saving: per member (NewSegmentation::memberRows order), its leaf; -1: not in the tree.
        /// Reading: the leaf of each customer in memberRows.
        std::vector<std::int64_t> memberLeaves;
        std::vector<std::int64_t> memberRows; ///< reading only: 0-based rows of the members in the tree
    };

    /// What runSegmentation stores; the caller owns the transaction.
    struct NewSegmentation
    {
        SegmentationInfo info; ///< id and createdAt are filled in by save
        std::string scaling;
        int initCount = 0;
        int maxIterations = 0;
        std::vector<SegmentInfo> segments;
        std::vector<std::int64_t> memberRows; ///< 0-based customer positions
        std::vector<int> memberSegments; ///< per member
        std::vector<double> mapX, mapY; ///< per member; NaN: no place on the map (no point stored)
        std::vector<double> explainedVarianceRatio; ///< of the two map axes
        std::string mapMethod = "pca"; ///< how mapX, mapY were made ("pca"; "rfm-grid": R/F scores jittered)
        std::optional<std::int64_t> definitionId; ///< the definition (RFM map, rule set) it was made from
        std::string criteriaJson; ///< JSON of what it was made with (criteria set, map, rules); empty: none
        /// What criteriaJson is. Requires: set whenever criteriaJson is not empty.
        std::optional<DefinitionKind> criteriaKind;
        /// From a criteria set: per column of info.columns the transform ("none" … "onehot") and weight.
        /// Empty: columns with transform "none"/"log1p" and weight 1.
        std::vector<std::string> columnTransforms;
        std::vector<double> columnWeights;
        /// Per member, the probability of its own segment (Gaussian mixtures); empty: none (NULL).
        std::vector<double> memberProbabilities;
        /// Members × k probability of every segment; stored from minimumStoredProbability up (always for the
        /// member's own segment). Empty: none.
        Matrix memberProbabilityMatrix;
        /// Per column of info.columns, the centre and scale of its z-score after the transform, and the
        /// segment centres in those units (k × columns): what assigning new customers needs. Empty: not
        /// assignable.
        std::vector<double> columnCenters;
        std::vector<double> columnScales;
        Matrix scaledCentroids;
        std::optional<std::int64_t> matchedTo; ///< the segmentation this one was matched to
        std::optional<StoredTree> tree; ///< hierarchical methods: the merge tree and each member's leaf
    };
    SegmentationInfo saveSegmentation(const NewSegmentation &segmentation);

    /// The stored merge tree of a segmentation (ProjectStoreTrees.cpp); nothing when none was stored (other
    /// methods, runs from before version 8) or the stored bytes do not make a tree.
    std::optional<StoredTree> segmentationTree(std::int64_t segmentationId);

    /// How a stored segmentation turns a customer's values into its own units (see NewSegmentation).
    struct StoredScaling
    {
        std::vector<std::string> transforms; ///< per column: "none" or "log1p"
        std::vector<double> centers;
        std::vector<double> scales;
        Matrix scaledCentroids; ///< k × columns
    };
    /// The scaling stored with the segmentation; nothing when it was stored without one.
    std::optional<StoredScaling> segmentationScaling(std::int64_t segmentationId, int segmentCount);
    /// Adds members (0-based rows, not yet members) and recounts the segment sizes and the member count.
    void addMembers(
        std::int64_t segmentationId, const std::vector<std::int64_t> &rows, const std::vector<int> &segments);
    /// The document of @p kind a segmentation was made from, as stored with it (the file records each
    /// document's kind); nothing when it was made otherwise (plain columns, or another kind of document).
    std::optional<std::string> segmentationDocument(std::int64_t segmentationId, DefinitionKind kind);
    /// Stores a map of a segmentation: one (x, y) per customer row (0-based `rows`, layout row i for
    /// rows[i]).
    void saveProjection(std::int64_t segmentationId, const std::string &method,
        const std::string &parametersJson, const std::vector<double> &explained,
        std::optional<double> klDivergence, const std::vector<std::int64_t> &rows, const Matrix &layout);

    /// A stored map with its points (ProjectStorePlacement.cpp).
    struct StoredProjection
    {
        std::int64_t id = 0;
        std::string method; ///< "pca", "tsne", "rfm-grid", …
        std::string parametersJson; ///< as stored; may be empty
        std::vector<std::int64_t> rows; ///< 0-based customer rows with a point, ascending
        Matrix layout; ///< rows.size() x 2, row i the point of rows[i]
    };
    /// The newest map of a segmentation with all its points (members or not); nothing when it has none.
    std::optional<StoredProjection> newestProjection(std::int64_t segmentationId);
    /// Adds points to a stored map. Requires: none of @p rows has a point in it yet.
    void addProjectionPoints(
        std::int64_t projectionId, const std::vector<std::int64_t> &rows, const Matrix &layout);

    // Editing stored segmentations (ProjectStoreEditing.cpp). The caller owns the transaction and has
    // checked names; the UNIQUE constraint on names still guards against a race.
    void renameSegmentation(std::int64_t segmentationId, const std::string &newName);
    /// Copies the segmentation with its segments, members, criteria and maps; returns the new id.
    std::int64_t duplicateSegmentation(std::int64_t segmentationId, const std::string &newName);
    /// Removes it with its segments, members and maps (foreign-key cascades).
    void deleteSegmentation(std::int64_t segmentationId);
    void setSegmentName(std::int64_t segmentationId, int segment, const std::string &name);
    /// An empty colour clears it (the palette's colour for the index is used again).
    void setSegmentColor(std::int64_t segmentationId, int segment, const std::string &color);
    void setSegmentNotes(std::int64_t segmentationId, int segment, const std::string &notes);

private:
    void saveTree(std::int64_t segmentationId, const StoredTree &tree);
    CellValue readCell(Statement &statement, int column, ColumnType type);
    Database &m_database;
};

} // namespace segmenta::engine::store
