// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"
#include "diagnostics/DiagnosticsJob.h"

#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace segmenta::ui {

class ScreePlot;
class SilhouettePlot;

/// The main window's "Diagnostics" tab: how well the segmentation on show holds together. Its pages sit in
/// a tab widget — "Silhouette" (SilhouettePlot) and "Variance by component" (ScreePlot) — and other views
/// (e.g. a dendrogram) join them with addPage(). It follows the segmentation the window shows; the
/// silhouette (read back when the project keeps it, else computed and kept) and the spectrum come from a
/// DiagnosticsJob off the GUI thread, with progress and Cancel on the page. The job starts when the page is
/// shown (or compute() is called), so segmentations the user never inspects cost nothing.
class DiagnosticsPage : public QWidget
{
    Q_OBJECT

public:
    explicit DiagnosticsPage(QWidget *parent = nullptr);
    ~DiagnosticsPage() override;

    /// Follows @p details (its name, segments and map) of the project at @p projectPath.
    void setSegmentation(const QString &projectPath, const engine::SegmentationDetails &details);
    /// No segmentation: the pages say so.
    void clear();
    /// Adds a page (the page takes ownership) under @p title; returns its index among the pages.
    int addPage(QWidget *page, const QString &title);
    QTabWidget *pages() const { return m_pages; }

    /// Starts the job for the segmentation followed, unless it runs or its results are on show; false when
    /// there is nothing to do.
    bool compute();
    bool isRunning() const;
    void cancel();
    /// Blocks until a running job has ended (its signals are then delivered by the event loop).
    void waitForFinished();

    QString segmentation() const { return m_segmentation; }
    SilhouettePlot *silhouettePlot() const { return m_silhouettePlot; }
    ScreePlot *screePlot() const { return m_screePlot; }
    /// The silhouette on show, if any.
    const std::optional<engine::SegmentationSilhouette> &silhouette() const { return m_silhouette; }
    /// The text above the silhouette plot: overall mean and whether all members were scored.
    QString silhouetteSummary() const;
    QString silhouetteMessage() const;

Q_SIGNALS:
    /// The job for the followed segmentation has ended (results, failure or cancel are on show).
    void diagnosticsEnded();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showRunning(bool running);
    void showOutcome(const DiagnosticsOutcome &outcome);
    void showProgress(int value, int maximum, const QString &stageKey);
    void updateSummaries();

    DiagnosticsJob *m_job = nullptr;
    QString m_projectPath;
    QString m_segmentation;
    std::vector<engine::SegmentInfo> m_segments;
    int m_mapAxisCount = 0;
    bool m_isCurrent = false; ///< the results on show belong to m_segmentation
    QString m_runningFor; ///< the segmentation the running job works on
    std::optional<engine::SegmentationSilhouette> m_silhouette;
    std::optional<engine::PcaSpectrum> m_spectrum;
    std::optional<engine::Error> m_silhouetteError;
    std::optional<engine::Error> m_spectrumError;
    bool m_wasCancelled = false;

    QLabel *m_title = nullptr;
    QWidget *m_progressRow = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_computeButton = nullptr;
    QTabWidget *m_pages = nullptr;
    QWidget *m_silhouettePage = nullptr;
    QLabel *m_silhouetteSummary = nullptr;
    QStackedWidget *m_silhouetteStack = nullptr;
    QLabel *m_silhouetteMessage = nullptr;
    SilhouettePlot *m_silhouettePlot = nullptr;
    QLabel *m_silhouetteCaption = nullptr;
    QWidget *m_screePage = nullptr;
    QLabel *m_screeSummary = nullptr;
    QStackedWidget *m_screeStack = nullptr;
    QLabel *m_screeMessage = nullptr;
    ScreePlot *m_screePlot = nullptr;
    QLabel *m_screeCaption = nullptr;
};

} // namespace segmenta::ui
