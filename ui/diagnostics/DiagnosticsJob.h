// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <optional>

namespace segmenta::ui {

/// What a diagnostics job hands back for one segmentation: each part, or why it could not be had.
struct DiagnosticsOutcome
{
    QString segmentation;
    std::optional<engine::PcaSpectrum> spectrum;
    std::optional<engine::Error> spectrumError;
    std::optional<engine::SegmentationSilhouette> silhouette;
    std::optional<engine::Error> silhouetteError; ///< Cancelled when the job was cancelled
};

/// Runs a segmentation's diagnostics off the GUI thread, JobRunner's way (QtConcurrent in run-with-promise
/// mode on its own pool, its own Session on the project file, PromiseProgress for progress and cancel):
/// Session::pcaSpectrum, then Session::segmentationSilhouette (read back when stored, else computed and
/// stored). Signals arrive on the GUI thread; the destructor cancels and waits.
/// TODO(#7): fold into JobRunner (a JobKind for diagnostics) once ui/jobs takes new job kinds, as
/// SegmentCountJob.
class DiagnosticsJob : public QObject
{
    Q_OBJECT

public:
    explicit DiagnosticsJob(QObject *parent = nullptr);
    ~DiagnosticsJob() override;

    bool isRunning() const;
    /// Starts on the segmentation @p segmentation of the project at @p projectPath; false if one runs.
    bool start(const QString &projectPath, const QString &segmentation);
    void cancel();
    void waitForFinished();

Q_SIGNALS:
    /// @p value of @p maximum in the stage @p stageKey ("pca", "silhouette.load", "silhouette", …).
    void progressChanged(int value, int maximum, const QString &stageKey);
    /// The outcome, also when a part failed or the silhouette was cancelled after the spectrum was done.
    void succeeded(const segmenta::ui::DiagnosticsOutcome &outcome);
    /// Cancelled before anything came back.
    void cancelled();
    void finished();

private:
    void handleFinished();

    QThreadPool m_pool;
    QFutureWatcher<DiagnosticsOutcome> m_watcher;
};

} // namespace segmenta::ui
