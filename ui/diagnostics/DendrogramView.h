// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QColor>
#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace segmenta::ui {

class DendrogramCanvas;
class JobProgressBar;
class JobRunner;

/// The dendrogram of a hierarchical segmentation (issue #7): the top of its merge tree (the last
/// shownClusterLimit clusters, as scipy's truncate_mode="lastp"; each leaf labelled with its customers), the
/// branches coloured by the segment they fall in at the cut, a height axis, and a horizontal cut line the
/// user drags (or moves with Up/Down) to choose k. "Make segmentation with k segments" cuts the stored tree
/// there as a new segmentation (Session::recutSegmentation, off the GUI thread with progress and Cancel);
/// its segments take the names, colours and notes of the segments they continue. For other methods, and
/// for hierarchical runs stored before trees were kept, it says in plain words why there is no dendrogram.
/// A standalone widget: give it the project with setSegmentation().
class DendrogramView : public QWidget
{
    Q_OBJECT

public:
    /// Clusters drawn at most (the top of the tree); smaller ones are folded into their leaf.
    static constexpr int shownClusterLimit = 60;
    /// Most segments the cut line offers (as the engine allows).
    static constexpr int maximumSegmentCount = 50;

    explicit DendrogramView(QWidget *parent = nullptr);
    ~DendrogramView() override;

    /// Shows the tree of @p segmentation read through @p session (GUI thread; kept only for reading, and the
    /// re-cut runs on its own connection to session->path()). A null session or an empty name clears it.
    void setSegmentation(const engine::Session *session, const QString &segmentation);
    QString segmentation() const { return m_segmentation; }

    /// True when a tree is shown (a hierarchical segmentation stored with its tree).
    bool hasTree() const { return m_tree.has_value(); }
    /// Segments at the cut line.
    int cutCount() const { return m_cutCount; }
    /// Height of the cut line (merges at or below it are made).
    double cutHeight() const { return m_cutHeight; }
    /// Moves the line to the middle of the heights giving @p count segments (clamped to what the tree
    /// allows; heights shared by several merges are skipped over).
    void setCutCount(int count);
    /// Moves the line to @p height, clamped to the heights giving 2..maximumSegmentCount segments.
    void setCutHeight(double height);

    /// The drawing (mouse and keys act on it).
    QWidget *canvas() const;
    /// Where the cut line is drawn, in canvas coordinates.
    int cutLineY() const;
    /// The canvas row at which @p height is drawn.
    int yForHeight(double height) const;
    /// "Cut here: 5 segments".
    QLabel *cutLabel() const { return m_cutLabel; }
    /// The plain-words explanation shown instead of a tree.
    QLabel *messageLabel() const { return m_message; }
    QPushButton *applyButton() const { return m_apply; }
    JobRunner *jobs() const { return m_jobs; }

    /// Starts the re-cut at the line's k (as the button does). False when nothing can start.
    bool applyCut();

    // For the canvas: the drawn tree, in data terms.
    struct Node
    {
        double x = 0.0; ///< in leaf slots (0 .. shown leaves - 1)
        double height = 0.0;
        int firstLeaf = 0; ///< a leaf of the full tree inside this cluster (its segment at the cut)
        std::int64_t size = 0; ///< customers
        int left = -1, right = -1; ///< indices into nodes(); -1 for a shown leaf
    };
    const std::vector<Node> &nodes() const { return m_nodes; }
    int shownLeafCount() const { return m_shownLeaves; }
    double maximumHeight() const { return m_maximumHeight; }
    /// The colour of the branch of @p node at the current cut (grey above the line).
    QColor colourOf(const Node &node) const;
    bool isDragging() const { return m_dragging; }
    void setDragging(bool dragging);

Q_SIGNALS:
    /// The cut line now gives @p count segments.
    void cutCountChanged(int count);
    /// A re-cut was stored as a new segmentation (on the GUI thread).
    void segmentationCreated(const segmenta::engine::SegmentationInfo &info);
    void recutFailed(const segmenta::engine::Error &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void updateCut(double height);
    void recolour();
    void handleSucceeded(const engine::SegmentationInfo &info);
    void handleFailed(const engine::Error &error);
    void updateState();

    const engine::Session *m_session = nullptr;
    QString m_projectPath;
    QString m_segmentation;
    std::optional<engine::Dendrogram> m_tree;
    engine::TreeAbsence m_absence = engine::TreeAbsence::None;
    std::vector<int> m_leafSegments; ///< per leaf of the full tree: its segment in the shown segmentation
    std::vector<QColor> m_segmentColours; ///< of the shown segmentation, by index
    std::vector<Node> m_nodes;
    int m_shownLeaves = 0;
    double m_maximumHeight = 0.0;
    double m_lowestCut = 0.0; ///< the line stays at or above this (maximumSegmentCount segments)
    double m_highestCut = 0.0; ///< and below this (2 segments)
    double m_cutHeight = 0.0;
    int m_cutCount = 0;
    std::vector<int> m_leafLabels; ///< per leaf of the full tree: its segment at the cut
    std::vector<QColor> m_cutColours; ///< per segment at the cut
    bool m_dragging = false;

    QLabel *m_title = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    DendrogramCanvas *m_canvas = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_cutLabel = nullptr;
    QPushButton *m_apply = nullptr;
    QLabel *m_status = nullptr;
    JobRunner *m_jobs = nullptr;
    JobProgressBar *m_progress = nullptr;
};

} // namespace segmenta::ui
