// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "explorer/SegmentMapView.h"

#include "common/LocaleFormat.h"
#include "common/SegmentPalette.h"

#include <QChart>
#include <QEvent>
#include <QGuiApplication>
#include <QLegend>
#include <QList>
#include <QLocale>
#include <QPointF>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace segmenta::ui {

namespace {

// Smaller dots once the map is crowded, so the shape of each segment stays visible.
qreal markerSize(qsizetype points)
{
    if (points > 50000) {
        return 3.0;
    }
    if (points > 5000) {
        return 5.0;
    }
    return 8.0;
}

QScatterSeries::MarkerShape markerShape(int index)
{
    // Past the palette's colours, a different shape keeps segments apart.
    return index < SegmentPalette::colourCount() ? QScatterSeries::MarkerShapeCircle
                                                 : QScatterSeries::MarkerShapeRectangle;
}

void setPaddedRange(QValueAxis *axis, double minimum, double maximum)
{
    if (!(minimum <= maximum)) {
        axis->setRange(-1.0, 1.0);
        return;
    }
    const double padding = std::max((maximum - minimum) * 0.05, 1e-9);
    axis->setRange(minimum - padding, maximum + padding);
    axis->applyNiceNumbers();
}

} // namespace

SegmentMapView::SegmentMapView(QWidget *parent)
    // Our chart goes to the constructor: QChartView(parent) would make a default chart that setChart()
    // only releases, never deletes (LeakSanitizer found it).
    : QChartView(new QChart(), parent)
    , m_axisX(new QValueAxis(this))
    , m_axisY(new QValueAxis(this))
{
    QChart *mapChart = chart();
    mapChart->legend()->setVisible(true);
    mapChart->legend()->setAlignment(Qt::AlignRight);
    mapChart->setAnimationOptions(QChart::NoAnimation);
    mapChart->setLocalizeNumbers(true);
    mapChart->addAxis(m_axisX, Qt::AlignBottom);
    mapChart->addAxis(m_axisY, Qt::AlignLeft);
    m_axisX->setLabelFormat(QStringLiteral("%.1f"));
    m_axisY->setLabelFormat(QStringLiteral("%.1f"));
    setRenderHint(QPainter::Antialiasing, true);
    setMinimumSize(320, 240);
    retranslate();
}

void SegmentMapView::clear()
{
    for (QScatterSeries *series : m_series) {
        chart()->removeSeries(series);
        delete series;
    }
    m_series.clear();
    m_explainedVariance.clear();
    m_usesOpenGl = false;
    chart()->setTitle(QString());
    m_axisX->setRange(-1.0, 1.0);
    m_axisY->setRange(-1.0, 1.0);
    retranslate();
}

void SegmentMapView::setSegmentation(const engine::SegmentationDetails &details)
{
    clear();
    m_explainedVariance = details.explainedVarianceRatio;
    chart()->setTitle(QString::fromStdString(details.info.name));

    int seriesTotal = static_cast<int>(details.segments.size());
    for (const engine::MapPoint &point : details.points) {
        seriesTotal = std::max(seriesTotal, point.segment + 1);
    }
    std::vector<QList<QPointF>> points(static_cast<std::size_t>(seriesTotal));
    double minX = std::numeric_limits<double>::infinity();
    double maxX = -minX;
    double minY = minX;
    double maxY = -minX;
    for (const engine::MapPoint &point : details.points) {
        if (point.segment < 0 || !std::isfinite(point.x) || !std::isfinite(point.y)) {
            continue;
        }
        points[static_cast<std::size_t>(point.segment)].append(QPointF(point.x, point.y));
        minX = std::min(minX, point.x);
        maxX = std::max(maxX, point.x);
        minY = std::min(minY, point.y);
        maxY = std::max(maxY, point.y);
    }

    const auto total = static_cast<qsizetype>(details.points.size());
    // Qt Charts' raster scatter slows with the square of the points; OpenGL keeps large maps usable.
    // On the offscreen platform (tests, screenshots) the OpenGL path crashes, so it stays raster there.
    m_usesOpenGl = total > openGlThreshold && QGuiApplication::platformName() != QLatin1String("offscreen");
    const qreal size = markerSize(total);

    for (int index = 0; index < seriesTotal; ++index) {
        auto *series = new QScatterSeries();
        const auto position = static_cast<std::size_t>(index);
        series->setName(position < details.segments.size()
                ? QString::fromStdString(details.segments[position].name)
                //: Fallback name of a segment on the map legend; %1 is its number.
                : tr("Segment %1").arg(index + 1));
        const QColor colour = SegmentPalette::colour(index);
        series->setColor(colour);
        series->setBorderColor(colour.darker(130));
        series->setMarkerShape(markerShape(index));
        series->setMarkerSize(size);
        series->setUseOpenGL(m_usesOpenGl);
        series->replace(points[position]);
        chart()->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
        m_series.push_back(series);
    }
    setPaddedRange(m_axisX, minX, maxX);
    setPaddedRange(m_axisY, minY, maxY);
    retranslate();
}

int SegmentMapView::seriesCount() const
{
    return static_cast<int>(m_series.size());
}

qsizetype SegmentMapView::pointCount(int series) const
{
    if (series < 0 || series >= seriesCount()) {
        return 0;
    }
    return m_series[static_cast<std::size_t>(series)]->count();
}

void SegmentMapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QChartView::changeEvent(event);
}

void SegmentMapView::retranslate()
{
    chart()->setLocale(QLocale());
    const auto axisTitle = [this](int axis) {
        const auto position = static_cast<std::size_t>(axis - 1);
        if (position < m_explainedVariance.size()) {
            //: Title of a segment-map axis; %1 is 1 or 2, %2 a percentage such as "42.1%".
            return tr("Map axis %1 (%2 of variance)")
                .arg(QString::number(axis), LocaleFormat::percent(m_explainedVariance[position]));
        }
        return tr("Map axis %1").arg(axis);
    };
    m_axisX->setTitleText(axisTitle(1));
    m_axisY->setTitleText(axisTitle(2));
}

} // namespace segmenta::ui
