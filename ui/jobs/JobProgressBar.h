// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "jobs/JobRunner.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace segmenta::ui {

/// A status-bar strip for the running job: what it is doing, a progress bar and Cancel; while a t-SNE map
/// settles, also its step and KL divergence. Hidden while no job runs.
class JobProgressBar : public QWidget
{
    Q_OBJECT

public:
    explicit JobProgressBar(JobRunner *runner, QWidget *parent = nullptr);

    /// The plain-words text for an engine stage key ("import.parse" → "Reading the file…").
    static QString stageText(JobRunner::JobKind kind, const QString &stageKey);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showStarted(JobRunner::JobKind kind);
    void showProgress(int value, int maximum, const QString &stageKey);
    void showSnapshot(const engine::ProjectionSnapshot &snapshot);
    void requestCancel();
    void retranslate();

    QPointer<JobRunner> m_runner;
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QString m_stageKey;
    QString m_detail; ///< after the stage: a settling map's step and KL divergence
    bool m_cancelling = false;
};

} // namespace segmenta::ui
