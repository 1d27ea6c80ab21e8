// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>

#include <variant>

namespace segmenta::ui {

/// Computes a segmentation's profiles off the GUI thread: a profile reads every customer once, which takes
/// seconds on a million rows. Only the newest request counts: asking again cancels the one before, and a
/// result for a segmentation no longer wanted is dropped. Like JobRunner, the worker opens its own Session
/// (a Session is not thread-safe); it only reads, so it can run beside a job that writes. Asking again never
/// waits on the GUI thread: each request has its own watcher, and one that has been superseded says nothing.
class ProfileLoader : public QObject
{
    Q_OBJECT

public:
    using Outcome = std::variant<engine::Error, engine::SegmentationProfile>;

    explicit ProfileLoader(QObject *parent = nullptr);
    ~ProfileLoader() override;

    /// Starts profiling @p segmentation of the project at @p projectPath, cancelling any earlier request.
    void load(const QString &projectPath, const QString &segmentation);
    /// Cancels the running request; no signal follows for it.
    void cancel();
    bool isRunning() const { return m_watcher != nullptr && m_watcher->isRunning(); }
    /// Blocks until the running request has ended (tests; shutdown).
    void waitForFinished();

Q_SIGNALS:
    /// 0..1000 of the current request.
    void progressChanged(int value);
    void loaded(const QString &segmentation, const segmenta::engine::SegmentationProfile &profile);
    void failed(const QString &segmentation, const segmenta::engine::Error &error);

private:
    void handleFinished(const QFuture<Outcome> &future, const QString &segmentation);

    QThreadPool
        m_pool; ///< one thread: a superseded request ends (at its next progress check) before the next
    QPointer<QFutureWatcher<Outcome>> m_watcher; ///< of the newest request; older ones delete themselves
    quint64 m_request = 0; ///< the newest request's number; results of any other are dropped
};

} // namespace segmenta::ui
