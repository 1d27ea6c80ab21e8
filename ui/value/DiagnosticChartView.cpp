// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "value/DiagnosticChartView.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace segmenta::ui {

DiagnosticChartView::DiagnosticChartView(QWidget *parent)
    : QWidget(parent)
    , m_note(new QLabel(this))
    , m_stack(new QStackedWidget(this))
{
    auto *chart = new QChart();
    chart->setAnimationOptions(QChart::NoAnimation);
    m_view = new QChartView(chart, m_stack);
    m_view->setRenderHint(QPainter::Antialiasing, true);
    m_empty = new QLabel(m_stack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_note->setWordWrap(true);
    m_note->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_stack, 1);
}

QChart *DiagnosticChartView::chart() const
{
    return m_view->chart();
}

void DiagnosticChartView::clearChart()
{
    QChart *shown = chart();
    shown->removeAllSeries();
    for (QAbstractAxis *axis : shown->axes()) {
        shown->removeAxis(axis);
        delete axis;
    }
}

void DiagnosticChartView::showEmpty(const QString &reason)
{
    clearChart();
    m_note->hide();
    m_empty->setText(reason);
    m_stack->setCurrentWidget(m_empty);
}

void DiagnosticChartView::showChart(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_stack->setCurrentWidget(m_view);
}

bool DiagnosticChartView::isShowingChart() const
{
    return m_stack->currentWidget() == m_view;
}

QString DiagnosticChartView::emptyReason() const
{
    return isShowingChart() ? QString() : m_empty->text();
}

QString DiagnosticChartView::note() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

} // namespace segmenta::ui
