// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QColor>
#include <QGraphicsItem>
#include <QImage>
#include <QRectF>
#include <QSize>

#include <cstdint>
#include <functional>
#include <vector>

namespace segmenta::ui {

/// The segment map's points as one image, for maps too large for Qt Charts' scatter (its raster path
/// slows with the square of the points, and a million overlapping markers make one blob). The visible
/// points are counted per device pixel; each pixel takes the colour of the segment with most points in
/// it (or the mean of a colour-by variable), stronger and darker with the log of its count, so dense
/// cores and sparse edges both read. Selected points are drawn dark over faded others. Rasterising runs
/// on several threads and is cached until the range, the size or the points' styles change.
///
/// A child item of the chart (chart coordinates), painted inside the chart's plot area below the axes,
/// legend and labels; QWidget::render, grab() and the exports draw it like any other item.
class DensityLayer : public QGraphicsItem
{
public:
    /// Where the map range (map coordinates shown by the axes) and the plot area (chart coordinates)
    /// come from; read at each paint, so the image follows zoom, pan and resizes.
    using RangeSource = std::function<QRectF()>;

    DensityLayer(RangeSource mapRange, RangeSource plotArea, QGraphicsItem *parent);

    /// The points to draw (NaN coordinates and negative segments are left out), and the number of segments.
    void setPoints(const std::vector<engine::MapPoint> &points, int segmentCount);
    void setSegmentColours(const std::vector<QColor> &colours);
    void setSegmentVisible(int segment, bool visible);
    /// Per point (indexed as the points given): 0..1 on the colour ramp, NaN for no value. Empty: colour
    /// by segment.
    void setColourPositions(const std::vector<double> &positions, const std::function<QColor(double)> &ramp);
    /// Indices (into the points given) of the selected points.
    void setSelection(const std::vector<qsizetype> &selected);
    /// The view moved or the plot area changed: redraw.
    void invalidate();

    /// The image of the points inside @p mapRange at @p pixels device pixels (transparent where empty);
    /// @p pixelRatio device pixels per logical pixel sets how large a lone point is drawn.
    QImage render(const QRectF &mapRange, const QSize &pixels, qreal pixelRatio = 1.0) const;
    /// How many times render() has run (paints reuse the cached image while nothing changed).
    int renderCount() const { return m_renderCount; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void markChanged();

    RangeSource m_mapRange;
    RangeSource m_plotArea;
    QRectF m_bounds; ///< the plot area when last invalidated
    // Points in segment order (each segment's points together, so one pass finds each pixel's largest
    // segment without a count per segment), as floats for a tight loop.
    std::vector<float> m_x;
    std::vector<float> m_y;
    std::vector<std::uint16_t> m_segment;
    std::vector<std::uint32_t> m_pointOf; ///< position in segment order -> index of the point given
    std::vector<std::uint32_t> m_positionOf; ///< index of the point given -> position in segment order
    std::vector<float> m_colourPosition; ///< in segment order; empty: colour by segment
    std::function<QColor(double)> m_ramp;
    std::vector<std::uint8_t> m_selected; ///< in segment order; empty: nothing selected
    std::vector<QColor> m_colours;
    std::vector<bool> m_visible;

    /// A pixel's counts while rasterising.
    struct Cell
    {
        std::uint32_t total = 0; ///< points in the pixel
        std::uint32_t selected = 0; ///< of them, selected
        /// By segment: the points of the segment now arriving (segments come one after another); by
        /// variable: the points with a value.
        std::uint32_t run = 0;
        std::uint32_t bestCount = 0; ///< by segment: the longest run so far
        float positionSum = 0.0F; ///< by variable: the sum of the ramp positions
        std::uint16_t runSegment = 0; ///< by segment: 1 + the segment of the current run
        std::uint16_t best = 0; ///< by segment: the segment of the longest run, the pixel's largest
    };

    mutable std::vector<Cell> m_cells;
    mutable int m_renderCount = 0;
    QImage m_cache;
    QRectF m_cacheRange;
    std::uint64_t m_cacheGeneration = 0;
    std::uint64_t m_generation = 1;
};

} // namespace segmenta::ui
