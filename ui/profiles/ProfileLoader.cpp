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
    connect(
        &m_watcher, &QFutureWatcher<Outcome>::progressValueChanged, this, &ProfileLoader::progressChanged);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ProfileLoader::handleFinished);
}

ProfileLoader::~ProfileLoader()
{
    cancel();
    waitForFinished();
}

void ProfileLoader::load(const QString &projectPath, const QString &segmentation)
{
    cancel();
    // The previous worker sees the cancel at its next progress check; waiting here is short and keeps one
    // watcher for one future.
    waitForFinished();
    m_segmentation = segmentation;
    const std::string path = projectPath.toStdString();
    const std::string name = segmentation.toStdString();
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [path, name](QPromise<Outcome> &promise) {
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
    if (m_watcher.isRunning()) {
        m_watcher.cancel();
    }
}

void ProfileLoader::waitForFinished()
{
    m_watcher.waitForFinished();
}

void ProfileLoader::handleFinished()
{
    const QFuture<Outcome> future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        return;
    }
    const Outcome outcome = future.result();
    if (const auto *error = std::get_if<engine::Error>(&outcome)) {
        if (error->code != engine::ErrorCode::Cancelled) {
            Q_EMIT failed(m_segmentation, *error);
        }
        return;
    }
    Q_EMIT loaded(m_segmentation, std::get<engine::SegmentationProfile>(outcome));
}

} // namespace segmenta::ui
