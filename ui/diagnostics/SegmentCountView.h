// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QStringList>
#include <QWidget>

#include <optional>
#include <vector>

class QChart;
class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace segmenta::ui {

class SegmentCountJob;

/// "How many segments?": runs Session::compareSegmentCounts in the background (progress and Cancel on
/// the page) and charts each score over k — inertia (elbow), silhouette, Calinski–Harabasz,
/// Davies–Bouldin, stability — with the recommended k marked, the reason in plain words, and a button
/// that segments with that k.
class SegmentCountView : public QWidget
{
    Q_OBJECT

public:
    enum class Score
    {
        Inertia,
        Silhouette,
        CalinskiHarabasz,
        DaviesBouldin,
        Stability
    };
    static constexpr int scoreCount = 5;

    explicit SegmentCountView(QWidget *parent = nullptr);
    ~SegmentCountView() override;

    /// Starts a search on the project at @p projectPath; false if one is running.
    bool start(const QString &projectPath, const engine::SegmentCountSearchParams &params);
    bool isRunning() const;
    void cancel();
    void waitForFinished();

    /// Shows a finished search made on @p columns, or on the saved criteria set @p criteriaSet.
    void setSearch(const engine::SegmentCountSearch &search, const QStringList &columns,
        const QString &criteriaSet = QString());
    void clear();

    bool hasSearch() const { return m_search.has_value(); }
    int recommendedCount() const;
    QStringList columns() const { return m_columns; }
    QString criteriaSet() const { return m_criteriaSet; }
    /// The reason under the charts, in the interface language.
    QString reasonText() const;
    QChart *chart(Score score) const;
    SegmentCountJob *job() const { return m_job; }

Q_SIGNALS:
    /// The user asked to segment @p columns (or the saved criteria set @p criteriaSet, when not empty) into
    /// @p count segments.
    void segmentRequested(int count, const QStringList &columns, const QString &criteriaSet);
    /// A search ended: finished, failed or cancelled.
    void searchEnded();
    void searchFailed(const segmenta::engine::Error &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildCharts();
    void showRunning(bool running);

    SegmentCountJob *m_job = nullptr;
    std::optional<engine::SegmentCountSearch> m_search;
    QStringList m_columns;
    QStringList m_pendingColumns;
    QString m_criteriaSet;
    QString m_pendingCriteriaSet;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QWidget *m_resultsPage = nullptr;
    std::vector<QChartView *> m_chartViews;
    QLabel *m_reason = nullptr;
    QPushButton *m_segmentButton = nullptr;
    QWidget *m_progressRow = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace segmenta::ui
