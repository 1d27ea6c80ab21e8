// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "diagnostics/SegmentCountJob.h"

#include "jobs/PromiseProgress.h"

#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <string>

namespace segmenta::ui {

namespace {

void runSearch(QPromise<SegmentCountJob::Outcome> &promise, const std::string &projectPath,
    const engine::SegmentCountSearchParams &params)
{
    PromiseProgress<SegmentCountJob::Outcome> progress(promise);
    if (promise.isCanceled()) {
        return;
    }
    engine::Result<engine::Session> session = engine::Session::openProject(projectPath);
    if (!session) {
        promise.addResult(SegmentCountJob::Outcome(session.error()));
        return;
    }
    engine::Result<engine::SegmentCountSearch> search
        = session.value().compareSegmentCounts(params, progress);
    promise.addResult(search ? SegmentCountJob::Outcome(std::move(search).value())
                             : SegmentCountJob::Outcome(search.error()));
}

} // namespace

SegmentCountJob::SegmentCountJob(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<Outcome>::progressValueChanged, this, [this](int value) {
        Q_EMIT progressChanged(
            value - m_watcher.progressMinimum(), m_watcher.progressMaximum() - m_watcher.progressMinimum());
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &SegmentCountJob::handleFinished);
}

SegmentCountJob::~SegmentCountJob()
{
    if (isRunning()) {
        m_watcher.cancel();
    }
    m_watcher.waitForFinished();
    m_pool.waitForDone();
}

bool SegmentCountJob::isRunning() const
{
    return m_watcher.isRunning();
}

bool SegmentCountJob::start(const QString &projectPath, const engine::SegmentCountSearchParams &params)
{
    if (isRunning()) {
        return false;
    }
    m_watcher.setFuture(QtConcurrent::run(&m_pool, runSearch, projectPath.toStdString(), params));
    Q_EMIT started();
    return true;
}

void SegmentCountJob::cancel()
{
    if (isRunning()) {
        m_watcher.cancel();
    }
}

void SegmentCountJob::waitForFinished()
{
    m_watcher.waitForFinished();
}

void SegmentCountJob::handleFinished()
{
    if (m_watcher.isCanceled()) {
        Q_EMIT cancelled();
        Q_EMIT finished();
        return;
    }
    Outcome outcome = engine::makeError(engine::ErrorCode::Cancelled);
    try {
        if (m_watcher.future().resultCount() > 0) {
            outcome = m_watcher.future().result();
        }
    } catch (const std::exception &exception) {
        outcome = engine::makeError(engine::ErrorCode::StorageFailure, {std::string(), exception.what()});
    }
    if (const auto *error = std::get_if<engine::Error>(&outcome)) {
        if (error->code == engine::ErrorCode::Cancelled) {
            Q_EMIT cancelled();
        } else {
            Q_EMIT failed(*error);
        }
    } else {
        Q_EMIT succeeded(std::get<engine::SegmentCountSearch>(outcome));
    }
    Q_EMIT finished();
}

} // namespace segmenta::ui
