// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <variant>

namespace segmenta::ui {

/// Computes a segmentation's profiles off the GUI thread: a profile reads every customer once, which takes
/// seconds on a million rows. Only the newest request counts: asking again cancels the one before, and a
/// result for a segmentation no longer wanted is dropped. Like JobRunner, the worker opens its own Session
/// (a Session is not thread-safe); it only reads, so it can run beside a job that writes.
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
    bool isRunning() const { return m_watcher.isRunning(); }
    /// Blocks until the running request has ended (tests; shutdown).
    void waitForFinished();

Q_SIGNALS:
    /// 0..1000 of the current request.
    void progressChanged(int value);
    void loaded(const QString &segmentation, const segmenta::engine::SegmentationProfile &profile);
    void failed(const QString &segmentation, const segmenta::engine::Error &error);

private:
    void handleFinished();

    QThreadPool m_pool;
    QFutureWatcher<Outcome> m_watcher;
    QString m_segmentation; ///< of the running request
};

} // namespace segmenta::ui
