// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "criteria/CriteriaPreview.h"

#include <QString>
#include <QStringList>
#include <QWidget>

namespace segmenta::ui {

/// A small bar chart of one histogram, painted, with its title and the range under it.
class HistogramChart : public QWidget
{
    Q_OBJECT

public:
    explicit HistogramChart(QWidget *parent = nullptr);
    void setHistogram(const QString &title, const engine::Histogram &histogram);
    const engine::Histogram &histogram() const { return m_histogram; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_title;
    engine::Histogram m_histogram;
};

/// The correlation matrix as coloured cells (blue negative, red positive), |r| > 0.9 outlined.
class CorrelationHeatmap : public QWidget
{
    Q_OBJECT

public:
    explicit CorrelationHeatmap(QWidget *parent = nullptr);
    void setCorrelation(const QStringList &labels, const engine::Matrix &correlation);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QStringList m_labels;
    engine::Matrix m_correlation;
};

} // namespace segmenta::ui
