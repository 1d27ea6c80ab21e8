// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;

namespace segmenta::ui {

/// A chart with a line of explanation above it, or, when there is nothing to draw, a sentence saying why
/// in its place (never an empty frame).
class DiagnosticChartView : public QWidget
{
    Q_OBJECT

public:
    explicit DiagnosticChartView(QWidget *parent = nullptr);

    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    /// Removes the series and axes and shows @p reason instead of the chart.
    void showEmpty(const QString &reason);
    /// Shows the chart (after its series were added), with @p note above it (may be empty).
    void showChart(const QString &note);
    bool isShowingChart() const;
    QString emptyReason() const;
    QString note() const;
    /// Removes every series and axis.
    void clearChart();

private:
    QLabel *m_note = nullptr;
    QStackedWidget *m_stack = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace segmenta::ui
