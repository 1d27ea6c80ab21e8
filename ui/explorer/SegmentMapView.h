// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"
#include "explorer/PointGrid.h"

#include <QChartView>
#include <QList>
#include <QPoint>
#include <QPolygonF>
#include <QRectF>

#include <functional>
#include <vector>

class QAction;
class QGraphicsPathItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QGraphicsTextItem;
class QRubberBand;
class QScatterSeries;
class QValueAxis;

namespace segmenta::ui {

class DensityLayer;

/// The segment map: every segmented customer as a dot on the two main directions of variation (PCA) or on
/// a neighbourhood map (t-SNE, whose axes have no units), one scatter series per segment, coloured by segment
/// index from SegmentPalette, with a legend. Series switch to OpenGL above openGlThreshold points, except on
/// the offscreen platform, where Qt Charts' OpenGL path crashes.
///
/// Exploring: the wheel zooms around the cursor, dragging pans, Shift+drag selects the customers inside a
/// rectangle or, with the lasso tool (or Ctrl+Shift+drag), inside a freehand outline (highlighted, and
/// announced by selectionChanged); hovering shows the customer under the cursor (found through a PointGrid,
/// not a scan) and clicking a dot announces it (pointClicked: the window opens a customer card); clicking a
/// legend entry hides or shows that segment, and each segment's name sits at its centroid. The dots can be
/// coloured and sized by a customer variable (setColourValues, setSizeValues). "Reset view" (Ctrl+0, also in
/// the context menu) shows everything.
///
/// Above densityThreshold() points the map is drawn by a DensityLayer instead of the scatter series (which
/// then stay empty, for the legend): one image, each pixel in the colour of its largest segment (or the
/// mean of the colour variable) and stronger where more customers lie, with a note saying so. Hover,
/// selection, zoom, legend and exports work the same; dots are not sized by a variable in this mode.
class SegmentMapView : public QChartView
{
    Q_OBJECT

public:
    static constexpr qsizetype openGlThreshold = 5000;
    /// Maps with more points than this are drawn as a density image (see setDensityThreshold). Measured
    /// offscreen (README, tests/benchmarks/MapBenchmark.cpp, a loaded machine): Qt Charts' raster scatter
    /// repaints 20,000 points in ~0.25 s, and at 100,000 takes minutes to fill and ~2 s per repaint; the
    /// density image repaints 1,000,000 points in ~50 ms of CPU. Past ~20,000 markers also cover each other.
    static constexpr qsizetype defaultDensityThreshold = 20000;
    /// How close (in pixels) the cursor must be to a dot for its tooltip.
    static constexpr double hoverRadius = 8.0;

    /// What Shift+drag draws: a rectangle or a freehand outline.
    enum class SelectionTool
    {
        Rectangle,
        Lasso
    };

    /// Tooltip text (rich text) for the customer at a 0-based row of the customer table.
    using PointDescriber = std::function<QString(std::int64_t customerRow, int segment)>;

    explicit SegmentMapView(QWidget *parent = nullptr);

    /// Draws @p details; one series per segment, also for segments without points.
    void setSegmentation(const engine::SegmentationDetails &details);
    /// Removes every series: an empty map.
    void clear();
    /// Moves the dots to @p points — the customers shown, in the same order, e.g. a t-SNE map settling — and
    /// fits the view to them; names, colours, hidden segments and the selection stay. False, and nothing
    /// changes, when the customers or their segments differ from those shown (draw with setSegmentation).
    bool updatePositions(const std::vector<engine::MapPoint> &points);
    /// Where the map's points come from: "pca", "tsne", "rfm-grid", "layout"; empty when none is shown.
    QString projectionMethod() const { return m_projectionMethod; }
    /// The titles of the horizontal and vertical axes, as shown.
    QString axisTitle(Qt::Orientation orientation) const;

    int seriesCount() const;
    /// Points in series @p series (0 for an index out of range).
    qsizetype pointCount(int series) const;
    /// True if the series draw through OpenGL.
    bool usesOpenGl() const { return m_usesOpenGl; }
    /// True if the points are drawn as a density image (more than densityThreshold() of them).
    bool isDensityRendered() const { return m_densityRendered; }
    /// Point count above which the next setSegmentation draws a density image; defaultDensityThreshold
    /// unless set.
    void setDensityThreshold(qsizetype points) { m_densityThreshold = points; }
    qsizetype densityThreshold() const { return m_densityThreshold; }
    /// The density image, when isDensityRendered().
    const DensityLayer *densityLayer() const { return m_densityRendered ? m_density : nullptr; }

    /// What the hover tooltip says about a customer; without one it names the segment only.
    void setPointDescriber(PointDescriber describer) { m_describer = std::move(describer); }

    /// Zooms by @p factor (> 1 zooms in) keeping the map point under @p viewportPosition in place.
    void zoomAt(const QPointF &viewportPosition, double factor);
    /// Moves the view by @p pixels (dragging the map right shows what lay to its left).
    void panBy(const QPointF &pixels);
    /// Shows every point again (the range set by setSegmentation).
    void resetView();
    /// The map coordinates currently shown.
    QRectF visibleRange() const;

    void setSegmentVisible(int segment, bool visible);
    bool isSegmentVisible(int segment) const;

    /// Selects the points of visible segments inside @p mapRange (map coordinates); replaces the selection.
    void selectInRange(const QRectF &mapRange);
    /// Selects the points of visible segments inside the closed outline @p mapPolygon (map coordinates,
    /// even-odd rule); replaces the selection.
    void selectInPolygon(const QPolygonF &mapPolygon);
    void clearSelection();
    void setSelectionTool(SelectionTool tool);
    SelectionTool selectionTool() const { return m_selectionTool; }
    /// Selected customers as 0-based rows of the customer table, in customer order.
    QList<qint64> selectedRows() const { return m_selectedRows; }

    /// Index into the map's points of the nearest visible one within hoverRadius pixels of
    /// @p viewportPosition, or -1.
    qsizetype pointNear(const QPointF &viewportPosition) const;
    /// The map's points, in customer order (indices as pointNear gives them).
    const std::vector<engine::MapPoint> &points() const { return m_points; }
    /// The tooltip for point @p index (as from pointNear).
    QString tooltipFor(qsizetype index) const;
    /// Where segment @p segment's name label sits, in viewport coordinates; invalid if hidden.
    QPointF labelPosition(int segment) const;

    /// Map coordinates ↔ viewport pixels.
    QPointF mapToViewport(const QPointF &mapPoint) const;
    QPointF mapFromViewport(const QPointF &viewportPosition) const;

    QAction *resetViewAction() const { return m_resetAction; }
    /// Checked: Shift+drag draws a lasso instead of a rectangle.
    QAction *lassoAction() const { return m_lassoAction; }
    /// Further entries of the map's context menu (the window's "Save selection as segment…").
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }

    /// Colours each dot by its customer's value in @p valuesByRow (indexed by customer row; NaN: no value,
    /// drawn grey) on a sequential colour-blind-safe ramp (viridis) from the 5th to the 95th percentile,
    /// with a colour bar titled @p variable. An empty vector colours by segment again.
    void setColourValues(const QString &variable, std::vector<double> valuesByRow);
    /// Sizes each dot by its customer's value (area grows with the value, 5th to 95th percentile); an empty
    /// vector gives every dot the same size again.
    void setSizeValues(const QString &variable, std::vector<double> valuesByRow);
    QString colourVariable() const { return m_colourVariable; }
    QString sizeVariable() const { return m_sizeVariable; }
    /// The colour and marker size point @p index (as from pointNear) is drawn with.
    QColor pointColour(qsizetype index) const;
    qreal pointSize(qsizetype index) const;
    /// The sequential ramp at @p position in 0..1 (viridis: dark purple to yellow).
    static QColor rampColour(double position);
    /// True while the colour bar of setColourValues is shown.
    bool hasColourBar() const;

    /// Draws without OpenGL while @p suspended: exporting through QPainter drops OpenGL series' points.
    void setOpenGlSuspended(bool suspended);

Q_SIGNALS:
    /// The selection changed, by a rubber band, a lasso or by clearing; rows as selectedRows().
    void selectionChanged(const QList<qint64> &customerRows);
    /// setSegmentation has drawn a segmentation (its colour and size variables are reset).
    void segmentationShown();
    /// A dot was clicked (not dragged): its customer's 0-based row and segment.
    void pointClicked(qint64 customerRow, int segment);

protected:
    void changeEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    enum class Drag
    {
        None,
        Pan,
        Select,
        Lasso
    };

    /// Where a variable puts each point on 0..1 (NaN: no value), and the values at its ends.
    struct VariableScale
    {
        std::vector<double> positions; ///< per map point
        double low = 0.0;
        double high = 0.0;
    };

    void retranslate();
    void connectLegend();
    void updateLabels();
    void updateSelectionSeries();
    void setSelectedPoints(std::vector<qsizetype> points);
    VariableScale scaleOf(const std::vector<double> &valuesByRow) const;
    void applyPointStyles();
    void rebuildColourBar();
    void placeColourBar();
    void updateLassoItem();
    void updateDensityLayer();
    bool isInPlotArea(const QPointF &viewportPosition) const;

    QValueAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    std::vector<QScatterSeries *> m_series;
    QScatterSeries *m_selectionSeries = nullptr;
    std::vector<double> m_explainedVariance;
    QString m_projectionMethod; ///< "rfm-grid": the axes are the R and F scores
    bool m_usesOpenGl = false;

    std::vector<engine::MapPoint> m_points;
    PointGrid m_grid;
    std::vector<QString> m_segmentNames;
    std::vector<bool> m_segmentVisible;
    std::vector<QColor> m_segmentColours; ///< per segment: the user's colour or the palette's
    std::vector<QPointF> m_centroids;
    std::vector<QGraphicsRectItem *> m_labels;
    QRectF m_fullRange;
    std::vector<qsizetype> m_selectedPoints;
    QList<qint64> m_selectedRows;
    PointDescriber m_describer;

    Drag m_drag = Drag::None;
    QPoint m_pressPosition;
    QPoint m_lastPosition;
    QRubberBand *m_rubberBand = nullptr;
    SelectionTool m_selectionTool = SelectionTool::Rectangle;
    QPolygonF m_lassoOutline; ///< viewport coordinates, while drawing
    QGraphicsPathItem *m_lassoItem = nullptr;
    std::vector<std::vector<qsizetype>> m_seriesMembers; ///< per series: the map points, in series order
    qreal m_markerSize = 8.0;
    QString m_colourVariable;
    VariableScale m_colourScale;
    QString m_sizeVariable;
    VariableScale m_sizeScale;
    QGraphicsRectItem *m_colourBar = nullptr;
    QList<QAction *> m_contextActions;
    qsizetype m_hovered = -1;
    QAction *m_resetAction = nullptr;
    QAction *m_clearSelectionAction = nullptr;
    QAction *m_lassoAction = nullptr;
    DensityLayer *m_density = nullptr;
    QGraphicsRectItem *m_densityNote = nullptr;
    QGraphicsTextItem *m_densityNoteText = nullptr;
    qsizetype m_densityThreshold = defaultDensityThreshold;
    bool m_densityRendered = false;
};

} // namespace segmenta::ui
