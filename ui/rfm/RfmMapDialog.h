// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QColor>
#include <QDialog>
#include <QFutureWatcher>
#include <QPoint>
#include <QSet>
#include <QThreadPool>

#include <array>
#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressDialog;
class QPushButton;
class QSpinBox;

namespace segmenta::ui {

class RfmGridWidget;

/// What a background RFM job hands back: counts for the grid editor, or a stored run.
struct RfmJobOutcome
{
    int generation = 0; ///< which edit the counts belong to; older ones are dropped
    std::optional<engine::Error> error;
    std::shared_ptr<const engine::RfmScores> scores;
    engine::RfmGrid grid;
    std::optional<engine::RfmReport> report;
};

/// Segment › RFM map…: choose a preset or a map stored in the project and how customers are scored, see the
/// customers and revenue in every R x F cell, reassign cells to named segments (optionally only for a range
/// of monetary scores), pick their colours, then store the segmentation. Scores and counts are computed off
/// the GUI thread, each job on its own Session opened on the project file.
class RfmMapDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RfmMapDialog(const QString &projectPath, QWidget *parent = nullptr);
    ~RfmMapDialog() override;

    /// Starts from the preset with this key ("rf11", "rf10", "simple6"); false for an unknown key.
    bool selectPreset(const QString &key);
    /// Starts from a stored map and its scoring; M ranges, colours and rectangles are kept as they are until
    /// the user edits a segment.
    void loadDocument(const engine::RfmMapDocument &document);
    /// Puts @p cells ((R, F) pairs) into segment @p segment (an index into segmentNames()), for the
    /// segment's monetary range, or into Other for -1 (every M), and recounts.
    void assignCells(const QList<QPoint> &cells, int segment);
    /// Limits segment @p segment to customers with an M score in @p range (empty: any M), in all its cells.
    /// Customers of its cells outside the range go to whichever segment covers them, else Other.
    void setMonetaryRange(int segment, std::optional<engine::RfmScoreRange> range);
    /// The M range segment @p segment takes new cells with; empty: any M.
    std::optional<engine::RfmScoreRange> monetaryRange(int segment) const;
    void setSegmentColour(int segment, const QColor &colour);
    QColor segmentColour(int segment) const;
    /// Segment names as shown (interface language), in map order.
    QStringList segmentNames() const;
    /// Customers per segment under the counts on show (M ranges included), in map order, then Other.
    std::vector<std::int64_t> segmentCustomerCounts() const;
    /// The score bands in real units, one line per measure ("R5 ≤ 14 · R4 15–33 …").
    QString bandsText() const;

    RfmGridWidget *gridWidget() const { return m_grid; }
    QString coverageText() const;
    QString tieText() const;
    /// The name the segmentation is stored under; empty: "RFM N".
    void setSegmentationName(const QString &name);
    /// The parameters a run would use now.
    engine::RfmRunParams runParameters() const;
    /// True when no recount or run is under way and the counts on show match the map.
    bool isIdle() const;
    /// Starts storing the segmentation (as the Run button does); false if a job runs.
    bool startRun();
    /// The report of the last successful run.
    const std::optional<engine::RfmReport> &report() const { return m_report; }

Q_SIGNALS:
    /// After a run stored the segmentation; the dialog then closes with Accepted.
    void segmentationStored(const segmenta::engine::SegmentationInfo &info);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct EditSegment
    {
        /// Rectangles as loaded: written back unchanged until the segment's cells are edited.
        engine::RfmSegmentDefinition definition;
        QSet<int> cells; ///< (R, F, M) cells: ((r - 1) * bins + (f - 1)) * bins + (m - 1)
        QColor colour;
        std::optional<engine::RfmScoreRange> monetary; ///< the M range new cells get; empty: any M
        bool edited = false; ///< cells changed since loading: rectangles are rebuilt from them
    };

    void buildLayout();
    void retranslate();
    void loadMap(const engine::RfmMap &map);
    /// The map of the non-empty segments; @p indices maps its segments back to m_segments.
    engine::RfmMap buildMap(std::vector<int> *indices = nullptr) const;
    engine::RfmParams scoringParameters(QString *problem = nullptr) const;
    void scoringChanged();
    void recount(bool rescore);
    void handleCounts(const RfmJobOutcome &outcome);
    void handleRun();
    void refreshSegmentList();
    void refreshMonetaryControls();
    void monetaryControlsChanged();
    void chooseColour();
    /// Puts the (R, F) cell into @p segment for M scores in @p range (all of them for Other).
    void assignCell(int recency, int frequency, int segment, const engine::RfmScoreRange &range);
    /// Whether the segment's (R, F) cells all hold the same M scores.
    bool hasUniformMonetary(const EditSegment &segment) const;
    void refreshTexts();
    QString displayName(const engine::RfmSegmentDefinition &definition) const;
    QString bandText(int dimension, const engine::RfmBand &band) const;
    void addSegment();
    void renameSegment();
    void removeSegment();

    QString m_projectPath;
    QThreadPool m_pool;
    std::vector<EditSegment> m_segments;
    QString m_mapName;
    std::vector<engine::RfmMapDocument> m_storedMaps; ///< the project's maps, offered after the presets
    std::optional<std::int64_t> m_requestedDay; ///< a loaded map's analysis date, until the scores come
    std::shared_ptr<const engine::RfmScores> m_scores;
    engine::RfmGrid m_counts; ///< per cell, segments as indices into m_segments
    int m_generation = 0;
    int m_pending = 0; ///< recounts started and not yet back
    std::optional<engine::RfmReport> m_report;
    QFutureWatcher<RfmJobOutcome> m_runWatcher;
    bool m_loading = false;

    QComboBox *m_preset = nullptr;
    QLabel *m_presetLabel = nullptr;
    QLabel *m_dateLabel = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_scoringLabel = nullptr;
    std::array<QLabel *, 3> m_dimensionLabels {};
    std::array<QComboBox *, 3> m_methods {};
    std::array<QLineEdit *, 3> m_thresholds {};
    RfmGridWidget *m_grid = nullptr;
    QLabel *m_segmentsLabel = nullptr;
    QListWidget *m_segmentList = nullptr;
    QPushButton *m_assignButton = nullptr;
    QPushButton *m_otherButton = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_renameButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_colourButton = nullptr;
    QCheckBox *m_monetaryLimit = nullptr;
    QSpinBox *m_monetaryLow = nullptr;
    QLabel *m_monetaryTo = nullptr;
    QSpinBox *m_monetaryHigh = nullptr;
    QLabel *m_monetaryNote = nullptr;
    QLabel *m_bands = nullptr;
    QLabel *m_coverage = nullptr;
    QLabel *m_ties = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QProgressDialog *m_progress = nullptr;
};

} // namespace segmenta::ui
