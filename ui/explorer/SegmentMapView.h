// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QChartView>

#include <vector>

class QScatterSeries;
class QValueAxis;

namespace segmenta::ui {

/// The segment map: every segmented customer as a dot on the two main directions of variation (PCA),
/// one scatter series per segment, coloured by segment index from SegmentPalette, with a legend.
/// Series switch to OpenGL above openGlThreshold points, except on the offscreen platform, where Qt
/// Charts' OpenGL path crashes.
class SegmentMapView : public QChartView
{
    Q_OBJECT

public:
    static constexpr qsizetype openGlThreshold = 5000;

    explicit SegmentMapView(QWidget *parent = nullptr);

    /// Draws @p details; one series per segment, also for segments without points.
    void setSegmentation(const engine::SegmentationDetails &details);
    /// Removes every series: an empty map.
    void clear();

    int seriesCount() const;
    /// Points in series @p series (0 for an index out of range).
    qsizetype pointCount(int series) const;
    /// True if the series draw through OpenGL.
    bool usesOpenGl() const { return m_usesOpenGl; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QValueAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    std::vector<QScatterSeries *> m_series;
    std::vector<double> m_explainedVariance;
    bool m_usesOpenGl = false;
};

} // namespace segmenta::ui
