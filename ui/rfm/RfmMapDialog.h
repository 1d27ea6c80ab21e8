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

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressDialog;
class QPushButton;

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

/// Segment › RFM map…: choose a preset map and how customers are scored, see the customers and revenue in
/// every R x F cell, reassign cells to named segments, then store the segmentation. Scores and counts are
/// computed off the GUI thread, each job on its own Session opened on the project file.
class RfmMapDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RfmMapDialog(const QString &projectPath, QWidget *parent = nullptr);
    ~RfmMapDialog() override;

    /// Starts from the preset with this key ("rf11", "rf10", "simple6"); false for an unknown key.
    bool selectPreset(const QString &key);
    /// Puts @p cells ((R, F) pairs) into segment @p segment (an index into segmentNames()), or into Other
    /// for -1, and recounts.
    void assignCells(const QList<QPoint> &cells, int segment);
    /// Segment names as shown (interface language), in map order.
    QStringList segmentNames() const;

    RfmGridWidget *gridWidget() const { return m_grid; }
    QString coverageText() const;
    QString tieText() const;
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
        engine::RfmSegmentDefinition definition; ///< rectangles unused: see cells
        QSet<int> cells; ///< (r - 1) * bins + (f - 1)
        QColor colour;
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
