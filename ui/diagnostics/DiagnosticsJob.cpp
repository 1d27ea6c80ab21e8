// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "diagnostics/DiagnosticsJob.h"

#include "jobs/PromiseProgress.h"

#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <string>

namespace segmenta::ui {

namespace {

void runDiagnostics(
    QPromise<DiagnosticsOutcome> &promise, const std::string &projectPath, const QString &name)
{
    PromiseProgress<DiagnosticsOutcome> progress(promise);
    DiagnosticsOutcome outcome;
    outcome.segmentation = name;
    if (promise.isCanceled()) {
        return;
    }
    engine::Result<engine::Session> session = engine::Session::openProject(projectPath);
    if (!session) {
        outcome.spectrumError = session.error();
        outcome.silhouetteError = session.error();
        promise.addResult(std::move(outcome));
        return;
    }
    const std::string segmentation = name.toStdString();
    auto spectrum = session.value().pcaSpectrum(segmentation, progress);
    if (spectrum) {
        outcome.spectrum = std::move(spectrum).value();
    } else {
        outcome.spectrumError = spectrum.error();
    }
    auto silhouette = session.value().segmentationSilhouette(segmentation, progress);
    if (silhouette) {
        outcome.silhouette = std::move(silhouette).value();
    } else {
        outcome.silhouetteError = silhouette.error();
    }
    promise.addResult(std::move(outcome));
}

} // namespace

DiagnosticsJob::DiagnosticsJob(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<DiagnosticsOutcome>::progressValueChanged, this, [this](int value) {
        Q_EMIT progressChanged(value - m_watcher.progressMinimum(),
            m_watcher.progressMaximum() - m_watcher.progressMinimum(), m_watcher.progressText());
    });
    connect(&m_watcher, &QFutureWatcher<DiagnosticsOutcome>::finished, this, &DiagnosticsJob::handleFinished);
}

DiagnosticsJob::~DiagnosticsJob()
{
    if (isRunning()) {
        m_watcher.cancel();
    }
    m_watcher.waitForFinished();
    m_pool.waitForDone();
}

bool DiagnosticsJob::isRunning() const
{
    return m_watcher.isRunning();
}

bool DiagnosticsJob::start(const QString &projectPath, const QString &segmentation)
{
    if (isRunning()) {
        return false;
    }
    m_watcher.setFuture(QtConcurrent::run(&m_pool, runDiagnostics, projectPath.toStdString(), segmentation));
    return true;
}

void DiagnosticsJob::cancel()
{
    if (isRunning()) {
        m_watcher.cancel();
    }
}

void DiagnosticsJob::waitForFinished()
{
    m_watcher.waitForFinished();
}

void DiagnosticsJob::handleFinished()
{
    std::optional<DiagnosticsOutcome> outcome;
    try {
        if (m_watcher.future().resultCount() > 0) {
            outcome = m_watcher.future().result();
        }
    } catch (const std::exception &exception) {
        DiagnosticsOutcome failed;
        failed.silhouetteError
            = engine::makeError(engine::ErrorCode::StorageFailure, {std::string(), exception.what()});
        outcome = std::move(failed);
    }
    if (!outcome || m_watcher.isCanceled()) {
        Q_EMIT cancelled();
    } else {
        Q_EMIT succeeded(*outcome);
    }
    Q_EMIT finished();
}

} // namespace segmenta::ui
