// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "profiles/ProfileLoader.h"

#include "jobs/PromiseProgress.h"

#include <QtConcurrent/QtConcurrentRun>

namespace segmenta::ui {

ProfileLoader::ProfileLoader(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

ProfileLoader::~ProfileLoader()
{
    cancel();
    m_pool.waitForDone(); // superseded requests too: their workers must not outlive the pool
}

void ProfileLoader::load(const QString &projectPath, const QString &segmentation)
{
    cancel();
    const quint64 request = ++m_request;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<Outcome>::progressValueChanged, this, [this, request](int value) {
        if (request == m_request) {
            Q_EMIT progressChanged(value);
        }
    });
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, request, segmentation] {
        watcher->deleteLater();
        if (request == m_request) {
            handleFinished(watcher->future(), segmentation);
        }
    });
    const std::string path = projectPath.toStdString();
    const std::string name = segmentation.toStdString();
    watcher->setFuture(QtConcurrent::run(&m_pool, [path, name](QPromise<Outcome> &promise) {
        PromiseProgress<Outcome> progress(promise);
        engine::Result<engine::Session> session = engine::Session::openProject(path);
        if (!session) {
            promise.addResult(Outcome(session.error()));
            return;
        }
        auto profile = session.value().profileSegments(name, engine::ProfileParams {}, progress);
        promise.addResult(profile ? Outcome(std::move(profile).value()) : Outcome(profile.error()));
    }));
}

void ProfileLoader::cancel()
{
    if (m_watcher != nullptr && m_watcher->isRunning()) {
        m_watcher->cancel();
        ++m_request; // no signal follows for it
    }
}

void ProfileLoader::waitForFinished()
{
    if (m_watcher != nullptr) {
        m_watcher->waitForFinished();
    }
}

void ProfileLoader::handleFinished(const QFuture<Outcome> &future, const QString &segmentation)
{
    if (future.isCanceled() || future.resultCount() == 0) {
        return;
    }
    const Outcome outcome = future.result();
    if (const auto *error = std::get_if<engine::Error>(&outcome)) {
        if (error->code != engine::ErrorCode::Cancelled) {
            Q_EMIT failed(segmentation, *error);
        }
        return;
    }
    Q_EMIT loaded(segmentation, std::get<engine::SegmentationProfile>(outcome));
}

} // namespace segmenta::ui
