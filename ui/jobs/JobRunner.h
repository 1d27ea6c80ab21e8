// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <string>
#include <variant>

namespace segmenta::ui {

/// What a background job hands back: the failure, or the value of the engine call.
using JobOutcome = std::variant<engine::Error, engine::ImportReport, engine::SegmentationInfo,
    engine::TransactionImportReport, engine::LifetimeValueReport, engine::ProjectionReport,
    engine::NewCustomersReport>;

/// Runs long engine work (import, segmentation, lifetime value, maps) off the GUI thread, one job at a time.
/// The primecounter pattern: QtConcurrent::run in run-with-promise mode on the runner's own thread pool,
/// a QFutureWatcher on the GUI side for progress and the result, cancel() → QFuture::cancel(), which the
/// engine sees through PromiseProgress. A Session is not thread-safe, so every job opens its own Session
/// on the project file inside the worker; the window's Session stays on the GUI thread for reading.
/// Signals are emitted on the GUI thread. The destructor cancels a running job and waits for it.
class JobRunner : public QObject
{
    Q_OBJECT

public:
    enum class JobKind
    {
        None,
        Import,
        Segmentation,
        LifetimeValue,
        Projection,
        NewCustomers ///< assigning new customers to a segmentation and placing them on its map
    };
    Q_ENUM(JobKind)

    /// A drawing map's layouts reach the GUI at most this often (t-SNE may produce one every few ms).
    static constexpr qint64 snapshotIntervalMs = 200;

    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override;

    bool isRunning() const;
    /// The running job's kind, or of the last one after it finished; None before the first.
    JobKind kind() const { return m_kind; }

    /// Imports a CSV file into the project at @p projectPath. False (nothing started) if a job is running.
    bool startImport(const QString &projectPath, const engine::CsvImportParams &params);
    /// Imports a transaction log into the project at @p projectPath (kind Import). False if a job is running.
    bool startTransactionImport(const QString &projectPath, const engine::TransactionImportParams &params);
    /// Runs and stores a segmentation in the project at @p projectPath. False if a job is running.
    bool startSegmentation(const QString &projectPath, const engine::SegmentationParams &params);
    /// Cuts a stored hierarchical segmentation's tree again into a new segmentation (kind Segmentation; the
    /// outcome arrives as segmentationSucceeded). False if a job is running.
    bool startRecut(const QString &projectPath, const engine::RecutParams &params);
    /// Fits and stores the lifetime-value models in the project at @p projectPath. False if a job is running.
    bool startLifetimeValue(const QString &projectPath, const engine::LifetimeValueParams &params);
    /// Draws and stores a new map (PCA or t-SNE) of a segmentation in the project at @p projectPath; while
    /// t-SNE settles, its layouts arrive as projectionSnapshotReady. False if a job is running.
    bool startProjection(const QString &projectPath, const engine::ProjectionParams &params);

    /// Assigns the customers not yet in segmentation @p name to it and places them on its newest map
    /// (Session::addNewCustomers, one transaction). False if a job is running.
    bool startNewCustomers(const QString &projectPath, const QString &name);

    /// Asks the running job to stop; it ends with cancelled() and leaves the project as it was.
    void cancel();
    /// Blocks until the running job has ended (its signals are then delivered by the event loop).
    void waitForFinished();

Q_SIGNALS:
    void started(segmenta::ui::JobRunner::JobKind kind);
    /// @p value of @p maximum for the stage named by @p stageKey (an engine key such as "kmeans.lloyd").
    void progressChanged(int value, int maximum, const QString &stageKey);
    void importSucceeded(const segmenta::engine::ImportReport &report);
    void transactionImportSucceeded(const segmenta::engine::TransactionImportReport &report);
    void segmentationSucceeded(const segmenta::engine::SegmentationInfo &info);
    void lifetimeValueSucceeded(const segmenta::engine::LifetimeValueReport &report);
    void projectionSucceeded(const segmenta::engine::ProjectionReport &report);
    void newCustomersSucceeded(const segmenta::engine::NewCustomersReport &report);
    /// The running projection's map as it settles (t-SNE only): at most one every snapshotIntervalMs, on the
    /// GUI thread, never after the job was cancelled or had ended.
    void projectionSnapshotReady(const segmenta::engine::ProjectionSnapshot &snapshot);
    void failed(const segmenta::engine::Error &error);
    void cancelled();
    /// After the outcome's own signal, whatever the outcome.
    void finished(segmenta::ui::JobRunner::JobKind kind);

private:
    using Work = std::function<JobOutcome(engine::Session &, engine::Progress &)>;

    bool start(JobKind kind, const QString &projectPath, Work work);
    void handleFinished();
    void deliverSnapshot(quint64 job, const engine::ProjectionSnapshot &snapshot);

    QThreadPool m_pool;
    QFutureWatcher<JobOutcome> m_watcher;
    JobKind m_kind = JobKind::None;
    quint64 m_jobNumber = 0; ///< counts started jobs, so a late snapshot of an earlier job is recognised
    QString m_stageKey;
    std::string m_projectPath;
};

} // namespace segmenta::ui
