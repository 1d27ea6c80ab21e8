// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "jobs/JobRunner.h"

#include "jobs/PromiseProgress.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <string>

namespace segmenta::ui {

namespace {

void runJob(QPromise<JobOutcome> &promise, const std::string &projectPath,
    const std::function<JobOutcome(engine::Session &, engine::Progress &)> &work)
{
    PromiseProgress<JobOutcome> progress(promise);
    if (promise.isCanceled()) {
        return;
    }
    engine::Result<engine::Session> session = engine::Session::openProject(projectPath);
    if (!session) {
        promise.addResult(JobOutcome(session.error()));
        return;
    }
    promise.addResult(work(session.value(), progress));
}

} // namespace

JobRunner::JobRunner(QObject *parent)
    : QObject(parent)
{
    // Writers to one project file must not overlap, and the GUI never needs more than one job at a time.
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<JobOutcome>::progressValueChanged, this, [this](int value) {
        Q_EMIT progressChanged(value - m_watcher.progressMinimum(),
            m_watcher.progressMaximum() - m_watcher.progressMinimum(), m_stageKey);
    });
    connect(&m_watcher, &QFutureWatcher<JobOutcome>::progressTextChanged, this,
        [this](const QString &text) { m_stageKey = text; });
    connect(&m_watcher, &QFutureWatcher<JobOutcome>::finished, this, &JobRunner::handleFinished);
}

JobRunner::~JobRunner()
{
    if (isRunning()) {
        m_watcher.cancel();
    }
    m_watcher.waitForFinished();
    m_pool.waitForDone();
}

bool JobRunner::isRunning() const
{
    return m_watcher.isRunning();
}

bool JobRunner::startImport(const QString &projectPath, const engine::CsvImportParams &params)
{
    return start(
        JobKind::Import, projectPath, [params](engine::Session &session, engine::Progress &progress) {
            engine::Result<engine::ImportReport> result = session.importCustomersCsv(params, progress);
            return result ? JobOutcome(std::move(result).value()) : JobOutcome(result.error());
        });
}

bool JobRunner::startTransactionImport(
    const QString &projectPath, const engine::TransactionImportParams &params)
{
    return start(
        JobKind::Import, projectPath, [params](engine::Session &session, engine::Progress &progress) {
            engine::Result<engine::TransactionImportReport> result
                = session.importTransactionsCsv(params, progress);
            return result ? JobOutcome(std::move(result).value()) : JobOutcome(result.error());
        });
}

bool JobRunner::startSegmentation(const QString &projectPath, const engine::SegmentationParams &params)
{
    return start(
        JobKind::Segmentation, projectPath, [params](engine::Session &session, engine::Progress &progress) {
            engine::Result<engine::SegmentationInfo> result = session.runSegmentation(params, progress);
            return result ? JobOutcome(std::move(result).value()) : JobOutcome(result.error());
        });
}

bool JobRunner::startRecut(const QString &projectPath, const engine::RecutParams &params)
{
    return start(
        JobKind::Segmentation, projectPath, [params](engine::Session &session, engine::Progress &progress) {
            engine::Result<engine::SegmentationInfo> result = session.recutSegmentation(params, progress);
            return result ? JobOutcome(std::move(result).value()) : JobOutcome(result.error());
        });
}

bool JobRunner::startLifetimeValue(const QString &projectPath, const engine::LifetimeValueParams &params)
{
    return start(
        JobKind::LifetimeValue, projectPath, [params](engine::Session &session, engine::Progress &progress) {
            engine::Result<engine::LifetimeValueReport> result = session.runLifetimeValue(params, progress);
            return result ? JobOutcome(std::move(result).value()) : JobOutcome(result.error());
        });
}

bool JobRunner::startProjection(const QString &projectPath, const engine::ProjectionParams &params)
{
    const quint64 job = m_jobNumber + 1; // the number start() gives this job
    return start(JobKind::Projection, projectPath,
        [this, params, job](engine::Session &session, engine::Progress &progress) {
            // On the worker: t-SNE may settle a small map in milliseconds per snapshot; the GUI needs a few
            // frames a second, and each one queued costs a copy of the map.
            QElapsedTimer sinceLast;
            const auto forward = [this, job, &sinceLast](const engine::ProjectionSnapshot &snapshot) {
                if (sinceLast.isValid() && !sinceLast.hasExpired(snapshotIntervalMs)) {
                    return;
                }
                sinceLast.start();
                QMetaObject::invokeMethod(
                    this, [this, job, snapshot] { deliverSnapshot(job, snapshot); }, Qt::QueuedConnection);
            };
            engine::Result<engine::ProjectionReport> result
                = session.runProjection(params, progress, forward);
            return result ? JobOutcome(std::move(result).value()) : JobOutcome(result.error());
        });
}

bool JobRunner::startNewCustomers(const QString &projectPath, const QString &name)
{
    return start(JobKind::NewCustomers, projectPath,
        [name = name.toStdString()](engine::Session &session, engine::Progress &progress) {
            engine::Result<engine::NewCustomersReport> result = session.addNewCustomers(name, progress);
            return result ? JobOutcome(std::move(result).value()) : JobOutcome(result.error());
        });
}

void JobRunner::deliverSnapshot(quint64 job, const engine::ProjectionSnapshot &snapshot)
{
    // Queued on the worker; by now the job may have been cancelled, or have ended and restored the map.
    if (job != m_jobNumber || !isRunning() || m_watcher.isCanceled()) {
        return;
    }
    Q_EMIT projectionSnapshotReady(snapshot);
}

bool JobRunner::start(JobKind kind, const QString &projectPath, Work work)
{
    if (isRunning()) {
        return false;
    }
    m_kind = kind;
    ++m_jobNumber;
    m_stageKey.clear();
    m_projectPath = projectPath.toStdString();
    m_watcher.setFuture(QtConcurrent::run(&m_pool, runJob, m_projectPath, std::move(work)));
    Q_EMIT started(kind);
    return true;
}

void JobRunner::cancel()
{
    if (isRunning()) {
        m_watcher.cancel();
    }
}

void JobRunner::waitForFinished()
{
    m_watcher.waitForFinished();
}

void JobRunner::handleFinished()
{
    const JobKind kind = m_kind;
    // Cancel first: a cancelled promise drops its result, and the engine rolled its transaction back.
    if (m_watcher.isCanceled()) {
        Q_EMIT cancelled();
        Q_EMIT finished(kind);
        return;
    }
    const QFuture<JobOutcome> future = m_watcher.future();
    JobOutcome outcome = engine::makeError(engine::ErrorCode::Cancelled);
    try {
        if (future.resultCount() > 0) {
            outcome = future.result();
        }
    } catch (const std::exception &exception) {
        // The engine turns its own failures into Errors; this is memory exhaustion or a bug.
        outcome = engine::makeError(engine::ErrorCode::StorageFailure, {m_projectPath, exception.what()});
    }
    if (const auto *error = std::get_if<engine::Error>(&outcome)) {
        if (error->code == engine::ErrorCode::Cancelled) {
            Q_EMIT cancelled();
        } else {
            Q_EMIT failed(*error);
        }
    } else if (const auto *report = std::get_if<engine::ImportReport>(&outcome)) {
        Q_EMIT importSucceeded(*report);
    } else if (const auto *info = std::get_if<engine::SegmentationInfo>(&outcome)) {
        Q_EMIT segmentationSucceeded(*info);
    } else if (const auto *log = std::get_if<engine::TransactionImportReport>(&outcome)) {
        Q_EMIT transactionImportSucceeded(*log);
    } else if (const auto *value = std::get_if<engine::LifetimeValueReport>(&outcome)) {
        Q_EMIT lifetimeValueSucceeded(*value);
    } else if (const auto *map = std::get_if<engine::ProjectionReport>(&outcome)) {
        Q_EMIT projectionSucceeded(*map);
    } else if (const auto *added = std::get_if<engine::NewCustomersReport>(&outcome)) {
        Q_EMIT newCustomersSucceeded(*added);
    }
    Q_EMIT finished(kind);
}

} // namespace segmenta::ui
