// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "explorer/SegmentMapView.h"

#include "common/LocaleFormat.h"
#include "common/SegmentPalette.h"
#include "explorer/DensityLayer.h"

#include <QAction>
#include <QBrush>
#include <QChart>
#include <QContextMenuEvent>
#include <QEvent>
#include <QFont>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGuiApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QLinearGradient>
#include <QList>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainterPath>
#include <QPen>
#include <QPointF>
#include <QRubberBand>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <array>
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

QRectF paddedRange(double minimum, double maximum, double minimumY, double maximumY)
{
    const auto pad = [](double low, double high) {
        if (!(low <= high)) {
            return std::pair(-1.0, 1.0);
        }
        const double padding = std::max((high - low) * 0.05, 1e-9);
        return std::pair(low - padding, high + padding);
    };
    const auto [left, right] = pad(minimum, maximum);
    const auto [bottom, top] = pad(minimumY, maximumY);
    return QRectF(QPointF(left, bottom), QPointF(right, top));
}

// A wheel notch (120 units of angleDelta) zooms by 20 %.
constexpr double zoomPerNotch = 1.2;
constexpr double unitsPerNotch = 120.0;
// A press that moves less than this is a click, not a drag.
constexpr int clickTolerance = 4;
constexpr qreal labelZ = 10.0;
constexpr qreal lassoZ = 20.0;
// Above Qt Charts' grid lines (2), below its axes (3), series (4) and legend (5).
constexpr qreal densityZ = 2.5;
// The density note wraps to half the plot's width, but not narrower than this.
constexpr qreal densityNoteMinimumWidth = 220.0;
// Colour and size scales run between these percentiles, so a few extreme customers do not wash out the rest.
constexpr double scaleLowQuantile = 0.05;
constexpr double scaleHighQuantile = 0.95;
// Dot sizes when sized by a variable: the smallest and the largest, as factors of the usual size.
constexpr double smallestSizeFactor = 0.5;
constexpr double largestSizeFactor = 2.5;
constexpr qreal colourBarWidth = 160.0;
constexpr qreal colourBarHeight = 12.0;

const QColor s_missingValueColour(189, 189, 189);

double quantileOf(std::vector<double> &values, double fraction)
{
    const auto position = static_cast<std::size_t>(fraction * static_cast<double>(values.size() - 1));
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(position), values.end());
    return values[position];
}

} // namespace

SegmentMapView::SegmentMapView(QWidget *parent)
    // Our chart goes to the constructor: QChartView(parent) would make a default chart that setChart()
    // only releases, never deletes (LeakSanitizer found it).
    : QChartView(new QChart(), parent)
    , m_axisX(new QValueAxis(this))
    , m_axisY(new QValueAxis(this))
    , m_rubberBand(new QRubberBand(QRubberBand::Rectangle, viewport()))
    , m_resetAction(new QAction(this))
    , m_clearSelectionAction(new QAction(this))
    , m_lassoAction(new QAction(this))
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
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setDragMode(QGraphicsView::NoDrag);
    setRubberBand(QChartView::NoRubberBand);

    m_resetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_resetAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_resetAction, &QAction::triggered, this, &SegmentMapView::resetView);
    addAction(m_resetAction);
    m_clearSelectionAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_clearSelectionAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_clearSelectionAction, &QAction::triggered, this, &SegmentMapView::clearSelection);
    addAction(m_clearSelectionAction);
    m_lassoAction->setCheckable(true);
    m_lassoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lassoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_lassoAction, &QAction::toggled, this,
        [this](bool lasso) { setSelectionTool(lasso ? SelectionTool::Lasso : SelectionTool::Rectangle); });
    addAction(m_lassoAction);

    // The outline being drawn, in chart coordinates, above the dots and the names.
    m_lassoItem = new QGraphicsPathItem(mapChart);
    m_lassoItem->setPen(QPen(QColor(20, 20, 20), 1.5, Qt::DashLine));
    m_lassoItem->setBrush(QColor(0, 114, 178, 40));
    m_lassoItem->setZValue(lassoZ);
    m_lassoItem->setVisible(false);

    m_density = new DensityLayer(
        [this] { return visibleRange(); }, [this] { return chart()->plotArea(); }, mapChart);
    m_density->setZValue(densityZ);
    m_density->setVisible(false);
    // A plain-words note in the plot area's bottom-left corner while the map is a density image.
    m_densityNote = new QGraphicsRectItem(mapChart);
    m_densityNote->setBrush(QColor(255, 255, 255, 225));
    m_densityNote->setPen(QPen(QColor(160, 160, 160), 1.0));
    m_densityNote->setZValue(labelZ + 1.0);
    m_densityNote->setAcceptedMouseButtons(Qt::NoButton);
    m_densityNote->setVisible(false);
    m_densityNoteText = new QGraphicsTextItem(m_densityNote);
    m_densityNoteText->setDefaultTextColor(QColor(40, 40, 40));
    m_densityNoteText->setPos(2.0, 0.0);

    // Labels follow the data when the view moves or the plot area changes size.
    connect(m_axisX, &QValueAxis::rangeChanged, this, &SegmentMapView::updateLabels);
    connect(m_axisY, &QValueAxis::rangeChanged, this, &SegmentMapView::updateLabels);
    connect(mapChart, &QChart::plotAreaChanged, this, &SegmentMapView::updateLabels);
    connect(m_axisX, &QValueAxis::rangeChanged, this, &SegmentMapView::updateDensityLayer);
    connect(m_axisY, &QValueAxis::rangeChanged, this, &SegmentMapView::updateDensityLayer);
    connect(mapChart, &QChart::plotAreaChanged, this, &SegmentMapView::updateDensityLayer);
    retranslate();
}

void SegmentMapView::clear()
{
    for (QScatterSeries *series : m_series) {
        chart()->removeSeries(series);
        delete series;
    }
    m_series.clear();
    if (m_selectionSeries) {
        chart()->removeSeries(m_selectionSeries);
        delete m_selectionSeries;
        m_selectionSeries = nullptr;
    }
    for (QGraphicsRectItem *label : m_labels) {
        delete label;
    }
    m_labels.clear();
    delete m_colourBar;
    m_colourBar = nullptr;
    m_colourVariable.clear();
    m_colourScale = VariableScale {};
    m_sizeVariable.clear();
    m_sizeScale = VariableScale {};
    m_seriesMembers.clear();
    m_points.clear();
    m_grid.clear();
    m_segmentNames.clear();
    m_segmentVisible.clear();
    m_segmentColours.clear();
    m_centroids.clear();
    m_selectedPoints.clear();
    const bool hadSelection = !m_selectedRows.isEmpty();
    m_selectedRows.clear();
    m_hovered = -1;
    m_explainedVariance.clear();
    m_projectionMethod.clear();
    m_usesOpenGl = false;
    m_densityRendered = false;
    m_density->setPoints({}, 0);
    m_density->setVisible(false);
    m_densityNote->setVisible(false);
    chart()->setTitle(QString());
    m_fullRange = QRectF(QPointF(-1.0, -1.0), QPointF(1.0, 1.0));
    m_axisX->setRange(-1.0, 1.0);
    m_axisY->setRange(-1.0, 1.0);
    retranslate();
    if (hadSelection) {
        Q_EMIT selectionChanged(m_selectedRows);
    }
}

void SegmentMapView::setSegmentation(const engine::SegmentationDetails &details)
{
    clear();
    m_explainedVariance = details.explainedVarianceRatio;
    m_projectionMethod = QString::fromStdString(details.projectionMethod);
    chart()->setTitle(QString::fromStdString(details.info.name));

    int seriesTotal = static_cast<int>(details.segments.size());
    for (const engine::MapPoint &point : details.points) {
        seriesTotal = std::max(seriesTotal, point.segment + 1);
    }
    const bool drawsDensity = static_cast<qsizetype>(details.points.size()) > m_densityThreshold;
    std::vector<QList<QPointF>> points(static_cast<std::size_t>(seriesTotal));
    m_seriesMembers.assign(static_cast<std::size_t>(seriesTotal), {});
    std::vector<QPointF> sums(static_cast<std::size_t>(seriesTotal));
    std::vector<qsizetype> counts(static_cast<std::size_t>(seriesTotal), 0);
    std::vector<QPointF> indexed;
    indexed.reserve(details.points.size());
    double minX = std::numeric_limits<double>::infinity();
    double maxX = -minX;
    double minY = minX;
    double maxY = -minX;
    for (const engine::MapPoint &point : details.points) {
        if (point.segment < 0 || !std::isfinite(point.x) || !std::isfinite(point.y)) {
            indexed.emplace_back(std::numeric_limits<double>::quiet_NaN(), 0.0);
            continue;
        }
        const auto segment = static_cast<std::size_t>(point.segment);
        if (!drawsDensity) { // a density image reads m_points instead
            points[segment].append(QPointF(point.x, point.y));
        }
        m_seriesMembers[segment].push_back(static_cast<qsizetype>(indexed.size()));
        sums[segment] += QPointF(point.x, point.y);
        ++counts[segment];
        indexed.emplace_back(point.x, point.y);
        minX = std::min(minX, point.x);
        maxX = std::max(maxX, point.x);
        minY = std::min(minY, point.y);
        maxY = std::max(maxY, point.y);
    }
    m_points = details.points;
    m_grid.build(indexed);

    const auto total = static_cast<qsizetype>(details.points.size());
    // Past the threshold our own density image draws the points: Qt Charts' raster scatter slows with the
    // square of the points, and markers that cover each other make blobs even through OpenGL.
    m_densityRendered = drawsDensity;
    // Below it, OpenGL keeps medium maps usable. On the offscreen platform (tests, screenshots) the OpenGL
    // path crashes, so it stays raster there.
    m_usesOpenGl = !m_densityRendered && total > openGlThreshold
        && QGuiApplication::platformName() != QLatin1String("offscreen");
    const qreal size = markerSize(total);
    m_markerSize = size;

    QFont labelFont = font();
    labelFont.setBold(true);
    for (int index = 0; index < seriesTotal; ++index) {
        auto *series = new QScatterSeries();
        const auto position = static_cast<std::size_t>(index);
        const QString name = position < details.segments.size()
            ? QString::fromStdString(details.segments[position].name)
            //: Fallback name of a segment on the map legend; %1 is its number.
            : tr("Segment %1").arg(index + 1);
        series->setName(name);
        const QColor colour = SegmentPalette::colour(
            index, position < details.segments.size() ? details.segments[position].color : std::string());
        m_segmentColours.push_back(colour);
        series->setColor(colour);
        series->setBorderColor(colour.darker(130));
        series->setMarkerShape(markerShape(index));
        series->setMarkerSize(size);
        series->setUseOpenGL(m_usesOpenGl);
        if (!m_densityRendered) {
            series->replace(points[position]);
        }
        chart()->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
        m_series.push_back(series);
        m_segmentNames.push_back(name);
        m_segmentVisible.push_back(true);
        m_centroids.push_back(counts[position] > 0 ? sums[position] / static_cast<qreal>(counts[position])
                                                   : QPointF(std::numeric_limits<double>::quiet_NaN(), 0.0));

        // The name at the centroid, on a pale plate so it reads over dense dots.
        auto *plate = new QGraphicsRectItem(chart());
        plate->setBrush(QColor(255, 255, 255, 215));
        plate->setPen(QPen(colour.darker(140), 1.5));
        plate->setZValue(labelZ);
        plate->setAcceptedMouseButtons(Qt::NoButton);
        auto *text = new QGraphicsSimpleTextItem(name, plate);
        text->setFont(labelFont);
        text->setBrush(QColor(20, 20, 20));
        const QRectF textBox = text->boundingRect();
        plate->setRect(QRectF(0.0, 0.0, textBox.width() + 8.0, textBox.height() + 4.0));
        text->setPos(4.0, 2.0);
        plate->setVisible(counts[position] > 0);
        m_labels.push_back(plate);
    }

    m_selectionSeries = new QScatterSeries();
    m_selectionSeries->setMarkerSize(size + 4.0);
    m_selectionSeries->setUseOpenGL(m_usesOpenGl);
    if (m_usesOpenGl) {
        m_selectionSeries->setColor(QColor(0, 0, 0));
    } else {
        m_selectionSeries->setBrush(Qt::NoBrush);
        m_selectionSeries->setPen(QPen(QColor(0, 0, 0), 2.0));
    }
    chart()->addSeries(m_selectionSeries);
    m_selectionSeries->attachAxis(m_axisX);
    m_selectionSeries->attachAxis(m_axisY);
    for (QLegendMarker *marker : chart()->legend()->markers(m_selectionSeries)) {
        marker->setVisible(false);
    }
    connectLegend();
    if (m_densityRendered) {
        m_density->setPoints(m_points, seriesTotal);
        m_density->setSegmentColours(m_segmentColours);
        m_density->setVisible(true);
    }

    m_fullRange = paddedRange(minX, maxX, minY, maxY);
    resetView();
    retranslate();
    Q_EMIT segmentationShown();
}

bool SegmentMapView::updatePositions(const std::vector<engine::MapPoint> &points)
{
    if (points.size() != m_points.size()) {
        return false;
    }
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (points[i].customerRow != m_points[i].customerRow || points[i].segment != m_points[i].segment) {
            return false;
        }
    }
    double minX = std::numeric_limits<double>::infinity();
    double maxX = -minX;
    double minY = minX;
    double maxY = -minX;
    std::vector<QPointF> indexed;
    indexed.reserve(points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        const engine::MapPoint &point = points[i];
        m_points[i].x = point.x;
        m_points[i].y = point.y;
        if (point.segment < 0 || !std::isfinite(point.x) || !std::isfinite(point.y)) {
            indexed.emplace_back(std::numeric_limits<double>::quiet_NaN(), 0.0);
            continue;
        }
        indexed.emplace_back(point.x, point.y);
        minX = std::min(minX, point.x);
        maxX = std::max(maxX, point.x);
        minY = std::min(minY, point.y);
        maxY = std::max(maxY, point.y);
    }
    m_grid.build(indexed);
    if (m_densityRendered) {
        m_density->setPoints(m_points, seriesCount());
        m_density->setSegmentColours(m_segmentColours);
        for (int s = 0; s < seriesCount(); ++s) {
            m_density->setSegmentVisible(s, isSegmentVisible(s));
        }
    }
    // Each series keeps its members in the same order (m_seriesMembers), so per-point styles still apply.
    for (std::size_t s = 0; s < m_series.size(); ++s) {
        const std::vector<qsizetype> &members = m_seriesMembers[s];
        QList<QPointF> seriesPoints;
        seriesPoints.reserve(static_cast<qsizetype>(members.size()));
        QPointF sum;
        for (const qsizetype member : members) {
            seriesPoints.append(indexed[static_cast<std::size_t>(member)]);
            sum += indexed[static_cast<std::size_t>(member)];
        }
        if (!m_densityRendered) {
            m_series[s]->replace(seriesPoints);
        }
        if (!members.empty()) {
            m_centroids[s] = sum / static_cast<qreal>(members.size());
        }
    }
    if (!m_colourVariable.isEmpty() || !m_sizeVariable.isEmpty()) {
        applyPointStyles();
    }
    updateSelectionSeries();
    m_fullRange = paddedRange(minX, maxX, minY, maxY);
    resetView();
    return true;
}

QString SegmentMapView::axisTitle(Qt::Orientation orientation) const
{
    return orientation == Qt::Horizontal ? m_axisX->titleText() : m_axisY->titleText();
}

void SegmentMapView::connectLegend()
{
    for (std::size_t index = 0; index < m_series.size(); ++index) {
        for (QLegendMarker *marker : chart()->legend()->markers(m_series[index])) {
            connect(marker, &QLegendMarker::clicked, this, [this, index] {
                setSegmentVisible(static_cast<int>(index), !isSegmentVisible(static_cast<int>(index)));
            });
        }
    }
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
    // Counted from the members: a density-drawn map leaves the series empty.
    return static_cast<qsizetype>(m_seriesMembers[static_cast<std::size_t>(series)].size());
}

void SegmentMapView::setSegmentVisible(int segment, bool visible)
{
    if (segment < 0 || segment >= seriesCount()) {
        return;
    }
    const auto position = static_cast<std::size_t>(segment);
    m_segmentVisible[position] = visible;
    QScatterSeries *series = m_series[position];
    series->setVisible(visible);
    m_density->setSegmentVisible(segment, visible);
    // A hidden series would take its legend entry along; keep the entry, greyed, so it can be clicked back.
    for (QLegendMarker *marker : chart()->legend()->markers(series)) {
        marker->setVisible(true);
        QColor labelColour = marker->labelBrush().color();
        labelColour.setAlphaF(visible ? 1.0 : 0.4);
        marker->setLabelBrush(labelColour);
        QColor swatch = m_segmentColours[position];
        swatch.setAlphaF(visible ? 1.0 : 0.25);
        marker->setBrush(swatch);
        marker->setPen(QPen(swatch.darker(130)));
    }
    // Hidden customers leave the selection too.
    if (!visible && !m_selectedPoints.empty()) {
        std::erase_if(m_selectedPoints, [this, segment](qsizetype index) {
            return m_points[static_cast<std::size_t>(index)].segment == segment;
        });
        m_selectedRows.clear();
        for (const qsizetype index : m_selectedPoints) {
            m_selectedRows.append(m_points[static_cast<std::size_t>(index)].customerRow);
        }
        updateSelectionSeries();
        Q_EMIT selectionChanged(m_selectedRows);
    }
    updateLabels();
}

bool SegmentMapView::isSegmentVisible(int segment) const
{
    return segment >= 0 && segment < seriesCount() && m_segmentVisible[static_cast<std::size_t>(segment)];
}

QRectF SegmentMapView::visibleRange() const
{
    return QRectF(QPointF(m_axisX->min(), m_axisY->min()), QPointF(m_axisX->max(), m_axisY->max()));
}

void SegmentMapView::resetView()
{
    m_axisX->setRange(m_fullRange.left(), m_fullRange.right());
    m_axisY->setRange(m_fullRange.top(), m_fullRange.bottom());
    m_axisX->applyNiceNumbers();
    m_axisY->applyNiceNumbers();
    updateLabels();
}

QPointF SegmentMapView::mapToViewport(const QPointF &mapPoint) const
{
    const QPointF inChart = chart()->mapToPosition(mapPoint);
    return QChartView::mapFromScene(chart()->mapToScene(inChart));
}

QPointF SegmentMapView::mapFromViewport(const QPointF &viewportPosition) const
{
    const QPointF inScene = QChartView::mapToScene(viewportPosition.toPoint());
    return chart()->mapToValue(chart()->mapFromScene(inScene));
}

bool SegmentMapView::isInPlotArea(const QPointF &viewportPosition) const
{
    const QPointF inChart = chart()->mapFromScene(QChartView::mapToScene(viewportPosition.toPoint()));
    return chart()->plotArea().contains(inChart);
}

void SegmentMapView::zoomAt(const QPointF &viewportPosition, double factor)
{
    if (!(factor > 0.0) || m_points.empty()) {
        return;
    }
    const QPointF anchor = mapFromViewport(viewportPosition);
    const QRectF range = visibleRange();
    // Keep the map point under the cursor where it is: every edge moves towards it by the same ratio.
    const double left = anchor.x() - (anchor.x() - range.left()) / factor;
    const double right = anchor.x() + (range.right() - anchor.x()) / factor;
    const double bottom = anchor.y() - (anchor.y() - range.top()) / factor;
    const double top = anchor.y() + (range.bottom() - anchor.y()) / factor;
    // Far enough in that the numbers stop meaning anything: stop.
    const double smallest = std::max(m_fullRange.width(), m_fullRange.height()) * 1e-6;
    if (right - left < smallest || top - bottom < smallest) {
        return;
    }
    m_axisX->setRange(left, right);
    m_axisY->setRange(bottom, top);
}

void SegmentMapView::panBy(const QPointF &pixels)
{
    chart()->scroll(-pixels.x(), pixels.y());
}

void SegmentMapView::selectInRange(const QRectF &mapRange)
{
    std::vector<qsizetype> inside;
    m_grid.forEachIn(mapRange.normalized(), [this, &inside](qsizetype index) {
        if (isSegmentVisible(m_points[static_cast<std::size_t>(index)].segment)) {
            inside.push_back(index);
        }
    });
    setSelectedPoints(std::move(inside));
}

void SegmentMapView::selectInPolygon(const QPolygonF &mapPolygon)
{
    std::vector<qsizetype> inside;
    if (mapPolygon.size() >= 3) {
        // The grid narrows the search to the outline's bounding box; the exact test runs on those only.
        m_grid.forEachIn(mapPolygon.boundingRect(), [this, &inside, &mapPolygon](qsizetype index) {
            const engine::MapPoint &point = m_points[static_cast<std::size_t>(index)];
            if (isSegmentVisible(point.segment)
                && mapPolygon.containsPoint(QPointF(point.x, point.y), Qt::OddEvenFill)) {
                inside.push_back(index);
            }
        });
    }
    setSelectedPoints(std::move(inside));
}

void SegmentMapView::setSelectedPoints(std::vector<qsizetype> points)
{
    m_selectedPoints = std::move(points);
    m_selectedRows.clear();
    m_selectedRows.reserve(static_cast<qsizetype>(m_selectedPoints.size()));
    for (const qsizetype index : m_selectedPoints) {
        m_selectedRows.append(m_points[static_cast<std::size_t>(index)].customerRow);
    }
    std::sort(m_selectedRows.begin(), m_selectedRows.end());
    updateSelectionSeries();
    Q_EMIT selectionChanged(m_selectedRows);
}

void SegmentMapView::clearSelection()
{
    if (m_selectedPoints.empty() && m_selectedRows.isEmpty()) {
        return;
    }
    m_selectedPoints.clear();
    m_selectedRows.clear();
    updateSelectionSeries();
    Q_EMIT selectionChanged(m_selectedRows);
}

void SegmentMapView::updateSelectionSeries()
{
    if (!m_selectionSeries) {
        return;
    }
    if (m_densityRendered) {
        // Drawn in the density image: a series of a few hundred thousand selected points would take seconds.
        m_density->setSelection(m_selectedPoints);
        return;
    }
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(m_selectedPoints.size()));
    for (const qsizetype index : m_selectedPoints) {
        const engine::MapPoint &point = m_points[static_cast<std::size_t>(index)];
        points.append(QPointF(point.x, point.y));
    }
    m_selectionSeries->replace(points);
}

qsizetype SegmentMapView::pointNear(const QPointF &viewportPosition) const
{
    if (m_points.empty() || !isInPlotArea(viewportPosition)) {
        return -1;
    }
    const QRectF range = visibleRange();
    const QRectF plot = chart()->plotArea();
    if (range.width() <= 0.0 || range.height() <= 0.0) {
        return -1;
    }
    const double scaleX = plot.width() / range.width();
    const double scaleY = plot.height() / range.height();
    return m_grid.nearest(
        mapFromViewport(viewportPosition), hoverRadius, scaleX, scaleY, [this](qsizetype index) {
            return isSegmentVisible(m_points[static_cast<std::size_t>(index)].segment);
        });
}

QString SegmentMapView::tooltipFor(qsizetype index) const
{
    if (index < 0 || index >= static_cast<qsizetype>(m_points.size())) {
        return QString();
    }
    const engine::MapPoint &point = m_points[static_cast<std::size_t>(index)];
    if (m_describer) {
        return m_describer(point.customerRow, point.segment);
    }
    const auto segment = static_cast<std::size_t>(point.segment);
    //: Map tooltip without customer details; %1 is the customer's row number, %2 the segment name.
    return tr("Customer %1 · %2")
        .arg(LocaleFormat::count(point.customerRow + 1),
            segment < m_segmentNames.size() ? m_segmentNames[segment] : QString());
}

QPointF SegmentMapView::labelPosition(int segment) const
{
    if (segment < 0 || segment >= seriesCount()
        || !m_labels[static_cast<std::size_t>(segment)]->isVisible()) {
        return QPointF();
    }
    const QGraphicsRectItem *label = m_labels[static_cast<std::size_t>(segment)];
    return QChartView::mapFromScene(label->mapToScene(label->rect().center()));
}

void SegmentMapView::updateLabels()
{
    placeColourBar();
    const QRectF plot = chart()->plotArea();
    // Each name sits just above its centroid, so the dots at the centre (a one-customer segment's only
    // dot) stay visible; a name that would cover one placed before moves up or down until it is clear.
    std::vector<QRectF> placed;
    const qreal gap = m_series.empty() ? 4.0 : m_series.front()->markerSize() / 2.0 + 2.0;
    for (std::size_t index = 0; index < m_labels.size(); ++index) {
        QGraphicsRectItem *label = m_labels[index];
        const QPointF centroid = m_centroids[index];
        if (!std::isfinite(centroid.x()) || !m_segmentVisible[index]) {
            label->setVisible(false);
            continue;
        }
        const QPointF centre = chart()->mapToPosition(centroid);
        if (!plot.contains(centre)) {
            label->setVisible(false);
            continue;
        }
        const QSizeF size = label->rect().size();
        const QPointF preferred(centre.x() - size.width() / 2.0, centre.y() - gap - size.height());
        QRectF box(preferred, size);
        constexpr int attempts = 8;
        for (int attempt = 1; attempt <= attempts; ++attempt) {
            const bool overlaps = std::any_of(
                placed.begin(), placed.end(), [&box](const QRectF &other) { return other.intersects(box); });
            if (!overlaps) {
                break;
            }
            // Alternate above and below: 1 step up, 1 down, 2 up, 2 down, …
            const int steps = (attempt + 1) / 2;
            const qreal offset = (attempt % 2 == 1 ? -1.0 : 1.0) * steps * (size.height() + 2.0);
            box.moveTopLeft(
                preferred + QPointF(0.0, offset + (attempt % 2 == 0 ? gap * 2.0 + size.height() : 0.0)));
        }
        // Kept inside the plot area, so a name at the edge stays readable.
        box.moveLeft(std::clamp(box.left(), plot.left(), std::max(plot.left(), plot.right() - size.width())));
        box.moveTop(std::clamp(box.top(), plot.top(), std::max(plot.top(), plot.bottom() - size.height())));
        label->setPos(box.topLeft());
        label->setVisible(true);
        placed.push_back(box);
    }
}

void SegmentMapView::wheelEvent(QWheelEvent *event)
{
    if (m_points.empty()) {
        QChartView::wheelEvent(event);
        return;
    }
    const double units = event->angleDelta().y();
    if (units == 0.0) {
        event->ignore();
        return;
    }
    const double factor = std::pow(zoomPerNotch, units / unitsPerNotch);
    zoomAt(event->position(), factor);
    event->accept();
}

void SegmentMapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !m_points.empty() && isInPlotArea(event->position())) {
        const Qt::KeyboardModifiers modifiers = event->modifiers();
        if (!(modifiers & Qt::ShiftModifier)) {
            m_drag = Drag::Pan;
        } else if ((modifiers & Qt::ControlModifier) || m_selectionTool == SelectionTool::Lasso) {
            m_drag = Drag::Lasso;
        } else {
            m_drag = Drag::Select;
        }
        m_pressPosition = event->position().toPoint();
        m_lastPosition = m_pressPosition;
        if (m_drag == Drag::Select) {
            m_rubberBand->setGeometry(QRect(m_pressPosition, QSize()));
            m_rubberBand->show();
        } else if (m_drag == Drag::Lasso) {
            m_lassoOutline = QPolygonF {event->position()};
            updateLassoItem();
            m_lassoItem->setVisible(true);
        } else {
            viewport()->setCursor(Qt::ClosedHandCursor);
        }
        QToolTip::hideText();
        event->accept();
        return;
    }
    // Legend clicks and the like go to the chart.
    QChartView::mousePressEvent(event);
}

void SegmentMapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint position = event->position().toPoint();
    if (m_drag == Drag::Pan) {
        panBy(QPointF(position - m_lastPosition));
        m_lastPosition = position;
        event->accept();
        return;
    }
    if (m_drag == Drag::Select) {
        m_rubberBand->setGeometry(QRect(m_pressPosition, position).normalized());
        event->accept();
        return;
    }
    if (m_drag == Drag::Lasso) {
        m_lassoOutline.append(event->position());
        updateLassoItem();
        event->accept();
        return;
    }
    const qsizetype nearest = pointNear(event->position());
    if (nearest != m_hovered) {
        m_hovered = nearest;
        if (nearest >= 0) {
            QToolTip::showText(event->globalPosition().toPoint(), tooltipFor(nearest), viewport());
        } else {
            QToolTip::hideText();
        }
    }
    QChartView::mouseMoveEvent(event);
}

void SegmentMapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None || event->button() != Qt::LeftButton) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    const QPoint position = event->position().toPoint();
    const bool isClick = (position - m_pressPosition).manhattanLength() < clickTolerance;
    if (m_drag == Drag::Select) {
        m_rubberBand->hide();
        if (!isClick) {
            selectInRange(QRectF(mapFromViewport(m_pressPosition), mapFromViewport(position)));
        }
    } else if (m_drag == Drag::Lasso) {
        m_lassoOutline.append(event->position());
        m_lassoItem->setVisible(false);
        // A lasso ends where it began: whether it was a click shows in the outline's extent instead.
        const QRectF extent = m_lassoOutline.boundingRect();
        if (extent.width() + extent.height() >= clickTolerance && m_lassoOutline.size() >= 3) {
            QPolygonF outline;
            outline.reserve(m_lassoOutline.size());
            for (const QPointF &corner : std::as_const(m_lassoOutline)) {
                outline.append(mapFromViewport(corner));
            }
            selectInPolygon(outline);
        }
        m_lassoOutline.clear();
    } else {
        viewport()->unsetCursor();
        if (isClick) {
            // A click on a dot opens its customer; a click beside the dots clears the selection.
            const qsizetype hit = pointNear(event->position());
            if (hit >= 0) {
                const engine::MapPoint &point = m_points[static_cast<std::size_t>(hit)];
                Q_EMIT pointClicked(point.customerRow, point.segment);
            } else {
                clearSelection();
            }
        }
    }
    m_drag = Drag::None;
    event->accept();
}

void SegmentMapView::updateDensityLayer()
{
    m_density->invalidate();
    m_densityNote->setVisible(m_densityRendered);
    if (!m_densityRendered) {
        return;
    }
    const QString text = m_colourVariable.isEmpty()
        //: Note on a map of many customers drawn as a density image; %1 is the number of customers.
        ? tr("%1 customers drawn by density: stronger colour means more customers; each spot shows its "
             "largest segment.")
        //: The same note while the map is coloured by a variable; %1 is the number of customers.
        : tr("%1 customers drawn by density: stronger colour means more customers; each spot shows the "
             "average value.");
    const QRectF plot = chart()->plotArea();
    m_densityNoteText->setFont(font());
    m_densityNoteText->setPlainText(text.arg(LocaleFormat::count(static_cast<qint64>(m_points.size()))));
    // One line where the plot is wide, wrapped to half its width where it is not.
    m_densityNoteText->setTextWidth(-1.0);
    const qreal natural = m_densityNoteText->boundingRect().width();
    m_densityNoteText->setTextWidth(std::min(natural, std::max(densityNoteMinimumWidth, plot.width() * 0.5)));
    const QRectF box = m_densityNoteText->boundingRect();
    m_densityNote->setRect(QRectF(0.0, 0.0, box.width() + 4.0, box.height()));
    m_densityNote->setPos(plot.left() + 6.0, plot.bottom() - m_densityNote->rect().height() - 6.0);
    // Left out when the plot is too small for it, rather than covering the legend or the axis.
    m_densityNote->setVisible(plot.width() > m_densityNote->rect().width() + 12.0
        && plot.height() > 2.0 * m_densityNote->rect().height());
}

void SegmentMapView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updateLabels();
}

void SegmentMapView::updateLassoItem()
{
    QPainterPath path;
    for (qsizetype i = 0; i < m_lassoOutline.size(); ++i) {
        const QPointF inChart = chart()->mapFromScene(QChartView::mapToScene(m_lassoOutline[i].toPoint()));
        if (i == 0) {
            path.moveTo(inChart);
        } else {
            path.lineTo(inChart);
        }
    }
    path.closeSubpath();
    m_lassoItem->setPath(path);
}

void SegmentMapView::setSelectionTool(SelectionTool tool)
{
    m_selectionTool = tool;
    m_lassoAction->setChecked(tool == SelectionTool::Lasso);
}

void SegmentMapView::setOpenGlSuspended(bool suspended)
{
    for (QScatterSeries *series : m_series) {
        series->setUseOpenGL(m_usesOpenGl && !suspended);
    }
    if (m_selectionSeries) {
        m_selectionSeries->setUseOpenGL(m_usesOpenGl && !suspended);
    }
}

QColor SegmentMapView::rampColour(double position)
{
    // Viridis at nine even steps (matplotlib's values): perceptually even, readable in grey and with the
    // common colour-vision deficiencies.
    static const std::array<QColor, 9> stops {QColor(0x44, 0x01, 0x54), QColor(0x47, 0x2d, 0x7b),
        QColor(0x3b, 0x52, 0x8b), QColor(0x2c, 0x72, 0x8e), QColor(0x21, 0x91, 0x8c),
        QColor(0x28, 0xae, 0x80), QColor(0x5e, 0xc9, 0x62), QColor(0xad, 0xdc, 0x30),
        QColor(0xfd, 0xe7, 0x25)};
    if (!std::isfinite(position)) {
        return s_missingValueColour;
    }
    const double scaled = std::clamp(position, 0.0, 1.0) * static_cast<double>(stops.size() - 1);
    const auto lower = std::min(static_cast<std::size_t>(scaled), stops.size() - 2);
    const double t = scaled - static_cast<double>(lower);
    const QColor &a = stops[lower];
    const QColor &b = stops[lower + 1];
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
        static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
        static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

SegmentMapView::VariableScale SegmentMapView::scaleOf(const std::vector<double> &valuesByRow) const
{
    VariableScale scale;
    scale.positions.assign(m_points.size(), std::numeric_limits<double>::quiet_NaN());
    std::vector<double> present;
    present.reserve(m_points.size());
    const auto valueOf = [&valuesByRow](const engine::MapPoint &point) {
        return point.customerRow >= 0 && static_cast<std::size_t>(point.customerRow) < valuesByRow.size()
            ? valuesByRow[static_cast<std::size_t>(point.customerRow)]
            : std::numeric_limits<double>::quiet_NaN();
    };
    for (const engine::MapPoint &point : m_points) {
        if (const double value = valueOf(point); std::isfinite(value)) {
            present.push_back(value);
        }
    }
    if (present.empty()) {
        return scale;
    }
    scale.low = quantileOf(present, scaleLowQuantile);
    scale.high = quantileOf(present, scaleHighQuantile);
    if (!(scale.high > scale.low)) { // most customers share one value: use the whole range
        scale.low = *std::min_element(present.begin(), present.end());
        scale.high = *std::max_element(present.begin(), present.end());
    }
    for (std::size_t i = 0; i < m_points.size(); ++i) {
        const double value = valueOf(m_points[i]);
        if (!std::isfinite(value)) {
            continue;
        }
        scale.positions[i] = scale.high > scale.low
            ? std::clamp((value - scale.low) / (scale.high - scale.low), 0.0, 1.0)
            : 0.5;
    }
    return scale;
}

void SegmentMapView::setColourValues(const QString &variable, std::vector<double> valuesByRow)
{
    if (valuesByRow.empty() || m_points.empty()) {
        m_colourVariable.clear();
        m_colourScale = VariableScale {};
    } else {
        m_colourVariable = variable;
        m_colourScale = scaleOf(valuesByRow);
    }
    applyPointStyles();
    rebuildColourBar();
    updateDensityLayer();
}

void SegmentMapView::setSizeValues(const QString &variable, std::vector<double> valuesByRow)
{
    if (valuesByRow.empty() || m_points.empty()) {
        m_sizeVariable.clear();
        m_sizeScale = VariableScale {};
    } else {
        m_sizeVariable = variable;
        m_sizeScale = scaleOf(valuesByRow);
    }
    applyPointStyles();
}

QColor SegmentMapView::pointColour(qsizetype index) const
{
    if (index < 0 || index >= static_cast<qsizetype>(m_points.size())) {
        return QColor();
    }
    if (!m_colourVariable.isEmpty()) {
        return rampColour(m_colourScale.positions[static_cast<std::size_t>(index)]);
    }
    const auto segment = static_cast<std::size_t>(m_points[static_cast<std::size_t>(index)].segment);
    return segment < m_segmentColours.size() ? m_segmentColours[segment] : QColor();
}

qreal SegmentMapView::pointSize(qsizetype index) const
{
    if (index < 0 || index >= static_cast<qsizetype>(m_points.size())) {
        return 0.0;
    }
    if (m_sizeVariable.isEmpty()) {
        return m_markerSize;
    }
    const double position = m_sizeScale.positions[static_cast<std::size_t>(index)];
    if (!std::isfinite(position)) {
        return m_markerSize * smallestSizeFactor;
    }
    // The area, not the diameter, grows with the value: a dot twice as wide reads as four times as much.
    const double smallest = smallestSizeFactor * smallestSizeFactor;
    const double largest = largestSizeFactor * largestSizeFactor;
    return m_markerSize * std::sqrt(smallest + (largest - smallest) * position);
}

void SegmentMapView::applyPointStyles()
{
    if (m_densityRendered) {
        // Each pixel takes the mean colour of its points; sizes have no meaning in a density image.
        m_density->setColourPositions(
            m_colourVariable.isEmpty() ? std::vector<double> {} : m_colourScale.positions, &rampColour);
        return;
    }
    const bool styled = !m_colourVariable.isEmpty() || !m_sizeVariable.isEmpty();
    for (std::size_t s = 0; s < m_series.size(); ++s) {
        QScatterSeries *series = m_series[s];
        if (!styled) {
            series->clearPointsConfiguration();
            continue;
        }
        const std::vector<qsizetype> &members = m_seriesMembers[s];
        QHash<int, QHash<QXYSeries::PointConfiguration, QVariant>> configuration;
        configuration.reserve(static_cast<qsizetype>(members.size()));
        for (std::size_t i = 0; i < members.size(); ++i) {
            QHash<QXYSeries::PointConfiguration, QVariant> point;
            if (!m_colourVariable.isEmpty()) {
                point.insert(QXYSeries::PointConfiguration::Color, pointColour(members[i]));
            }
            if (!m_sizeVariable.isEmpty()) {
                point.insert(QXYSeries::PointConfiguration::Size, pointSize(members[i]));
            }
            configuration.insert(static_cast<int>(i), point);
        }
        series->setPointsConfiguration(configuration);
    }
}

bool SegmentMapView::hasColourBar() const
{
    return m_colourBar != nullptr && m_colourBar->isVisible();
}

void SegmentMapView::rebuildColourBar()
{
    delete m_colourBar;
    m_colourBar = nullptr;
    if (m_colourVariable.isEmpty()) {
        return;
    }
    // On a pale plate: the variable's name, the ramp with the values at its ends, and the grey of "no value".
    m_colourBar = new QGraphicsRectItem(chart());
    m_colourBar->setBrush(QColor(255, 255, 255, 225));
    m_colourBar->setPen(QPen(QColor(160, 160, 160), 1.0));
    m_colourBar->setZValue(labelZ + 1.0);
    m_colourBar->setAcceptedMouseButtons(Qt::NoButton);
    constexpr qreal margin = 6.0;
    QFont titleFont = font();
    titleFont.setBold(true);
    auto *title = new QGraphicsSimpleTextItem(m_colourVariable, m_colourBar);
    title->setFont(titleFont);
    title->setPos(margin, margin);
    qreal y = margin + title->boundingRect().height() + 2.0;

    auto *ramp = new QGraphicsRectItem(QRectF(margin, y, colourBarWidth, colourBarHeight), m_colourBar);
    QLinearGradient gradient(QPointF(margin, 0.0), QPointF(margin + colourBarWidth, 0.0));
    constexpr int gradientStops = 8;
    for (int stop = 0; stop <= gradientStops; ++stop) {
        const double position = static_cast<double>(stop) / gradientStops;
        gradient.setColorAt(position, rampColour(position));
    }
    ramp->setBrush(gradient);
    ramp->setPen(Qt::NoPen);
    y += colourBarHeight + 2.0;

    //: Colour bar on the map: the value at the low end (values below it have the same colour).
    auto *low = new QGraphicsSimpleTextItem(
        tr("≤ %1").arg(LocaleFormat::statistic(m_colourScale.low)), m_colourBar);
    low->setFont(font());
    low->setPos(margin, y);
    //: Colour bar on the map: the value at the high end (values above it have the same colour).
    auto *high = new QGraphicsSimpleTextItem(
        tr("≥ %1").arg(LocaleFormat::statistic(m_colourScale.high)), m_colourBar);
    high->setFont(font());
    high->setPos(margin + colourBarWidth - high->boundingRect().width(), y);
    y += low->boundingRect().height() + 2.0;

    const qreal swatch = low->boundingRect().height() * 0.6;
    auto *missing = new QGraphicsRectItem(QRectF(margin, y + swatch / 3.0, swatch, swatch), m_colourBar);
    missing->setBrush(s_missingValueColour);
    missing->setPen(Qt::NoPen);
    auto *missingText = new QGraphicsSimpleTextItem(tr("No value"), m_colourBar);
    missingText->setFont(font());
    missingText->setPos(margin + swatch + 4.0, y);
    y += missingText->boundingRect().height();

    const qreal width = std::max({colourBarWidth, title->boundingRect().width(),
                            low->boundingRect().width() + high->boundingRect().width() + 8.0})
        + 2.0 * margin;
    m_colourBar->setRect(QRectF(0.0, 0.0, width, y + margin));
    placeColourBar();
}

void SegmentMapView::placeColourBar()
{
    if (!m_colourBar) {
        return;
    }
    // In the plot area's top-left corner: the legend of segments keeps the right-hand side.
    const QRectF plot = chart()->plotArea();
    m_colourBar->setPos(plot.topLeft() + QPointF(6.0, 6.0));
    m_colourBar->setVisible(plot.width() > m_colourBar->rect().width() + 12.0);
}

void SegmentMapView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(m_resetAction);
    menu.addAction(m_clearSelectionAction);
    menu.addAction(m_lassoAction);
    m_clearSelectionAction->setEnabled(!m_selectedRows.isEmpty());
    if (!m_contextActions.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_contextActions);
    }
    menu.exec(event->globalPos());
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
        if (m_projectionMethod == QLatin1String("rfm-grid")) { // points sit on their R x F score cell
            return axis == 1 ? tr("R score") : tr("F score");
        }
        if (m_projectionMethod == QLatin1String("tsne")) {
            // t-SNE keeps who is near whom; its axes and the distances between far groups mean nothing.
            //: Title of a t-SNE map axis; %1 is 1 or 2.
            return tr("Neighbourhood map, axis %1 (no units)").arg(axis);
        }
        const auto position = static_cast<std::size_t>(axis - 1);
        // A "layout" map (a saved selection's discs) places segments; its axes explain no variance.
        if (position < m_explainedVariance.size() && m_projectionMethod != QLatin1String("layout")) {
            //: Title of a segment-map axis; %1 is 1 or 2, %2 a percentage such as "42.1%".
            return tr("Map axis %1 (%2 of variance)")
                .arg(QString::number(axis), LocaleFormat::percent(m_explainedVariance[position]));
        }
        return tr("Map axis %1").arg(axis);
    };
    m_axisX->setTitleText(axisTitle(1));
    m_axisY->setTitleText(axisTitle(2));
    m_resetAction->setText(tr("&Reset map view"));
    m_resetAction->setStatusTip(tr("Show every customer on the map again"));
    m_clearSelectionAction->setText(tr("&Clear map selection"));
    m_lassoAction->setText(tr("&Lasso selection"));
    m_lassoAction->setStatusTip(tr("Shift+drag draws a freehand outline around the customers to select"));
    setStatusTip(tr("Wheel: zoom · drag: move · Shift+drag: select customers (Ctrl+Shift: lasso) · click a "
                    "customer: its card · click a legend entry: hide or show a segment"));
    rebuildColourBar();
    updateDensityLayer();
}

} // namespace segmenta::ui
