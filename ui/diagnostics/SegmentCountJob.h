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

/// Runs Session::compareSegmentCounts off the GUI thread, JobRunner's way: QtConcurrent in
/// run-with-promise mode on its own pool, its own Session on the project file, PromiseProgress for
/// progress and cancel. The search only reads the project.
/// TODO(#7): fold into JobRunner (a JobKind::SegmentCountSearch) once ui/jobs takes new job kinds.
class SegmentCountJob : public QObject
{
    Q_OBJECT

public:
    using Outcome = std::variant<engine::Error, engine::SegmentCountSearch>;

    explicit SegmentCountJob(QObject *parent = nullptr);
    ~SegmentCountJob() override;

    bool isRunning() const;
    /// Starts the search on the project at @p projectPath; false (nothing started) if one is running.
    bool start(const QString &projectPath, const engine::SegmentCountSearchParams &params);
    void cancel();
    void waitForFinished();

Q_SIGNALS:
    void started();
    void progressChanged(int value, int maximum);
    void succeeded(const segmenta::engine::SegmentCountSearch &search);
    void failed(const segmenta::engine::Error &error);
    void cancelled();
    void finished();

private:
    void handleFinished();

    QThreadPool m_pool;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace segmenta::ui
