// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "explorer/DensityLayer.h"

#include "core/Assert.h"

#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <thread>

namespace segmenta::ui {

namespace {

// Below this many visible points each point covers 2 x 2 logical pixels, so a sparse zoomed-in map
// still shows its points; above it 1 x 1, so dense cores keep their shape.
constexpr qsizetype largeSplatBelow = 300000;
// Threads pay for themselves only on large maps (each one reads every point once).
constexpr qsizetype threadedFrom = 100000;
constexpr unsigned maximumThreads = 4;
// A pixel's strength runs on log(1 + count) up to this percentile of the non-empty pixels' counts, so a
// few very dense pixels do not leave everything else faint.
constexpr double strengthQuantile = 0.99;
constexpr std::uint32_t histogramBins = 4096;
// The faintest pixel's opacity, and how much darker the densest pixel is than its colour.
constexpr float faintestAlpha = 0.30F;
constexpr float densestDarkening = 0.35F;
// Selected points: dark; the others fade to this share of their opacity.
constexpr float unselectedFade = 0.35F;
constexpr float selectedAlpha = 0.90F;
const QColor s_selectedColour(25, 25, 25);
const QColor s_noValueColour(189, 189, 189);
constexpr int rampSteps = 256;

struct Rgb
{
    float red = 0.0F;
    float green = 0.0F;
    float blue = 0.0F;
};

Rgb rgbOf(const QColor &colour)
{
    return {static_cast<float>(colour.red()), static_cast<float>(colour.green()),
        static_cast<float>(colour.blue())};
}

/// Runs @p work(firstRow, endRow) over @p rows split into bands, on up to @p threads threads.
template<typename Work> void inBands(int rows, unsigned threads, const Work &work)
{
    threads = std::clamp(threads, 1U, static_cast<unsigned>(std::max(rows, 1)));
    if (threads == 1) {
        work(0, rows);
        return;
    }
    const int band = (rows + static_cast<int>(threads) - 1) / static_cast<int>(threads);
    std::vector<std::thread> workers;
    for (unsigned t = 1; t < threads; ++t) {
        const int first = static_cast<int>(t) * band;
        workers.emplace_back([&work, first, band, rows] { work(first, std::min(first + band, rows)); });
    }
    work(0, std::min(band, rows));
    for (std::thread &worker : workers) {
        worker.join();
    }
}

} // namespace

DensityLayer::DensityLayer(RangeSource mapRange, RangeSource plotArea, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_mapRange(std::move(mapRange))
    , m_plotArea(std::move(plotArea))
{
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void DensityLayer::setPoints(const std::vector<engine::MapPoint> &points, int segmentCount)
{
    for (const engine::MapPoint &point : points) {
        segmentCount = std::max(segmentCount, point.segment + 1);
    }
    SEGMENTA_ASSERT(segmentCount <= std::numeric_limits<std::uint16_t>::max(), "too many segments to draw");
    // A counting sort by segment: each segment's points together, in customer order within it.
    std::vector<std::size_t> start(static_cast<std::size_t>(segmentCount) + 1, 0);
    for (const engine::MapPoint &point : points) {
        if (point.segment >= 0 && std::isfinite(point.x) && std::isfinite(point.y)) {
            ++start[static_cast<std::size_t>(point.segment) + 1];
        }
    }
    for (std::size_t s = 1; s < start.size(); ++s) {
        start[s] += start[s - 1];
    }
    const std::size_t drawn = start.back();
    m_x.assign(drawn, 0.0F);
    m_y.assign(drawn, 0.0F);
    m_segment.assign(drawn, 0);
    m_pointOf.assign(drawn, 0);
    m_positionOf.assign(points.size(), std::numeric_limits<std::uint32_t>::max());
    for (std::size_t i = 0; i < points.size(); ++i) {
        const engine::MapPoint &point = points[i];
        if (point.segment < 0 || !std::isfinite(point.x) || !std::isfinite(point.y)) {
            continue;
        }
        const std::size_t position = start[static_cast<std::size_t>(point.segment)]++;
        m_x[position] = static_cast<float>(point.x);
        m_y[position] = static_cast<float>(point.y);
        m_segment[position] = static_cast<std::uint16_t>(point.segment);
        m_pointOf[position] = static_cast<std::uint32_t>(i);
        m_positionOf[i] = static_cast<std::uint32_t>(position);
    }
    m_visible.assign(static_cast<std::size_t>(segmentCount), true);
    m_colours.resize(static_cast<std::size_t>(segmentCount), QColor(90, 90, 90));
    m_colourPosition.clear();
    m_selected.clear();
    markChanged();
}

void DensityLayer::setSegmentColours(const std::vector<QColor> &colours)
{
    for (std::size_t s = 0; s < colours.size() && s < m_colours.size(); ++s) {
        m_colours[s] = colours[s];
    }
    markChanged();
}

void DensityLayer::setSegmentVisible(int segment, bool visible)
{
    if (segment >= 0 && static_cast<std::size_t>(segment) < m_visible.size()) {
        m_visible[static_cast<std::size_t>(segment)] = visible;
        markChanged();
    }
}

void DensityLayer::setColourPositions(
    const std::vector<double> &positions, const std::function<QColor(double)> &ramp)
{
    m_colourPosition.clear();
    m_ramp = ramp;
    if (!positions.empty()) {
        m_colourPosition.resize(m_x.size());
        for (std::size_t position = 0; position < m_x.size(); ++position) {
            const std::size_t index = m_pointOf[position];
            m_colourPosition[position] = index < positions.size() ? static_cast<float>(positions[index])
                                                                  : std::numeric_limits<float>::quiet_NaN();
        }
    }
    markChanged();
}

void DensityLayer::setSelection(const std::vector<qsizetype> &selected)
{
    m_selected.clear();
    if (!selected.empty()) {
        m_selected.assign(m_x.size(), 0);
        for (const qsizetype index : selected) {
            if (index >= 0 && static_cast<std::size_t>(index) < m_positionOf.size()) {
                const std::uint32_t position = m_positionOf[static_cast<std::size_t>(index)];
                if (position < m_selected.size()) {
                    m_selected[position] = 1;
                }
            }
        }
    }
    markChanged();
}

void DensityLayer::invalidate()
{
    if (const QRectF bounds = m_plotArea(); bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
    }
    update();
}

void DensityLayer::markChanged()
{
    ++m_generation;
    update();
}

QRectF DensityLayer::boundingRect() const
{
    return m_bounds;
}

QImage DensityLayer::render(const QRectF &mapRange, const QSize &pixels, qreal pixelRatio) const
{
    ++m_renderCount;
    const int width = pixels.width();
    const int height = pixels.height();
    QImage image(std::max(width, 1), std::max(height, 1), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (width <= 0 || height <= 0 || m_x.empty() || !(mapRange.width() > 0.0) || !(mapRange.height() > 0.0)) {
        return image;
    }
    const double left = mapRange.left();
    const double right = mapRange.right();
    const double low = mapRange.top(); // the smaller y: the bottom of the plot
    const double high = mapRange.bottom();
    const auto scaleX = static_cast<float>(width / (right - left));
    const auto scaleY = static_cast<float>(height / (high - low));
    const auto originX = static_cast<float>(left);
    const auto originY = static_cast<float>(high);
    const std::size_t count = m_x.size();

    std::vector<std::uint8_t> visible(m_visible.size());
    for (std::size_t s = 0; s < m_visible.size(); ++s) {
        visible[s] = m_visible[s] ? 1 : 0;
    }
    qsizetype visibleCount = 0;
    for (std::size_t i = 0; i < count; ++i) {
        visibleCount += (visible[m_segment[i]] != 0U && m_x[i] >= left && m_x[i] <= right && m_y[i] >= low
                            && m_y[i] <= high)
            ? 1
            : 0;
    }
    const int splat = std::max(
        1, static_cast<int>(std::lround(pixelRatio * (visibleCount < largeSplatBelow ? 2.0 : 1.0))));
    const float splatOffset = static_cast<float>(splat) / 2.0F - 0.5F;

    const bool byVariable = !m_colourPosition.empty();
    const bool hasSelection = !m_selected.empty();
    const auto pixelCount = static_cast<std::size_t>(width) * static_cast<std::size_t>(height);
    // One cell per pixel, kept between renders (no fresh pages to fault in on every zoom step).
    m_cells.assign(pixelCount, Cell {});
    Cell *const cells = m_cells.data();

    const unsigned threads = static_cast<qsizetype>(count) >= threadedFrom
        ? std::min(maximumThreads, std::max(1U, std::thread::hardware_concurrency()))
        : 1U;
    inBands(height, threads, [&](int firstRow, int endRow) {
        for (std::size_t i = 0; i < count; ++i) {
            const std::uint16_t segment = m_segment[i];
            if (visible[segment] == 0U) {
                continue;
            }
            const float fy = (originY - m_y[i]) * scaleY - splatOffset;
            const float fx = (m_x[i] - originX) * scaleX - splatOffset;
            if (!(fy > static_cast<float>(firstRow - splat)) || !(fy < static_cast<float>(endRow))
                || !(fx > static_cast<float>(-splat)) || !(fx < static_cast<float>(width))) {
                continue;
            }
            const int py = static_cast<int>(std::floor(fy));
            const int px = static_cast<int>(std::floor(fx));
            const int rowFrom = std::max(py, firstRow);
            const int rowTo = std::min(py + splat, endRow);
            const int columnFrom = std::max(px, 0);
            const int columnTo = std::min(px + splat, width);
            for (int row = rowFrom; row < rowTo; ++row) {
                const std::size_t rowStart = static_cast<std::size_t>(row) * static_cast<std::size_t>(width);
                for (int column = columnFrom; column < columnTo; ++column) {
                    Cell &cell = cells[rowStart + static_cast<std::size_t>(column)];
                    ++cell.total;
                    if (byVariable) {
                        const float position = m_colourPosition[i];
                        if (std::isfinite(position)) {
                            cell.positionSum += position;
                            ++cell.run; // the points with a value
                        }
                    } else {
                        const auto tag = static_cast<std::uint16_t>(segment + 1);
                        if (cell.runSegment != tag) {
                            cell.runSegment = tag;
                            cell.run = 0;
                        }
                        if (++cell.run > cell.bestCount) {
                            cell.bestCount = cell.run;
                            cell.best = segment;
                        }
                    }
                    if (hasSelection && m_selected[i] != 0U) {
                        ++cell.selected;
                    }
                }
            }
        }
    });

    // The count that gets full strength: a high percentile of the non-empty pixels.
    std::vector<std::uint32_t> histogram(histogramBins + 1, 0);
    std::uint64_t filled = 0;
    for (std::size_t p = 0; p < pixelCount; ++p) {
        if (const std::uint32_t n = cells[p].total; n > 0) {
            ++histogram[std::min(n, histogramBins)];
            ++filled;
        }
    }
    if (filled == 0) {
        return image;
    }
    std::uint32_t fullCount = 1;
    std::uint64_t seen = 0;
    const auto wanted = static_cast<std::uint64_t>(strengthQuantile * static_cast<double>(filled));
    for (std::uint32_t bin = 1; bin <= histogramBins; ++bin) {
        seen += histogram[bin];
        if (seen >= wanted) {
            fullCount = std::max(bin, 1U);
            break;
        }
    }
    const float logFull = std::log1p(static_cast<float>(std::max(fullCount, 2U)));

    std::vector<Rgb> segmentRgb;
    for (const QColor &colour : m_colours) {
        segmentRgb.push_back(rgbOf(colour));
    }
    std::array<Rgb, rampSteps> ramp {};
    if (byVariable) {
        for (int step = 0; step < rampSteps; ++step) {
            ramp[static_cast<std::size_t>(step)]
                = rgbOf(m_ramp ? m_ramp(static_cast<double>(step) / (rampSteps - 1)) : QColor(Qt::darkGray));
        }
    }
    const Rgb noValue = rgbOf(s_noValueColour);
    const Rgb selectedRgb = rgbOf(s_selectedColour);

    inBands(height, threads, [&](int firstRow, int endRow) {
        for (int row = firstRow; row < endRow; ++row) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(row));
            const std::size_t rowStart = static_cast<std::size_t>(row) * static_cast<std::size_t>(width);
            for (int column = 0; column < width; ++column) {
                const Cell &cell = cells[rowStart + static_cast<std::size_t>(column)];
                const std::uint32_t n = cell.total;
                if (n == 0) {
                    continue;
                }
                const float strength = std::min(1.0F, std::log1p(static_cast<float>(n)) / logFull);
                float alpha = faintestAlpha + (1.0F - faintestAlpha) * strength;
                float shade = 1.0F - densestDarkening * strength;
                Rgb colour;
                if (byVariable) {
                    if (cell.run > 0) {
                        const float mean = cell.positionSum / static_cast<float>(cell.run);
                        const int step = std::clamp(
                            static_cast<int>(std::lround(mean * (rampSteps - 1))), 0, rampSteps - 1);
                        colour = ramp[static_cast<std::size_t>(step)];
                    } else {
                        colour = noValue;
                    }
                } else {
                    const std::size_t segment = cell.best;
                    colour = segment < segmentRgb.size() ? segmentRgb[segment] : noValue;
                }
                if (hasSelection) {
                    if (cell.selected > 0) {
                        colour = selectedRgb;
                        alpha = std::max(alpha, selectedAlpha);
                        shade = 1.0F;
                    } else {
                        alpha *= unselectedFade;
                    }
                }
                const auto channel = [alpha, shade](float value) {
                    return std::clamp(static_cast<int>(value * shade * alpha + 0.5F), 0, 255);
                };
                line[column] = qRgba(channel(colour.red), channel(colour.green), channel(colour.blue),
                    std::clamp(static_cast<int>(alpha * 255.0F + 0.5F), 0, 255));
            }
        }
    });
    return image;
}

void DensityLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF plot = m_plotArea();
    const QRectF range = m_mapRange();
    if (plot.isEmpty() || m_x.empty()) {
        return;
    }
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QSize pixels(static_cast<int>(std::ceil(plot.width() * ratio)),
        static_cast<int>(std::ceil(plot.height() * ratio)));
    if (m_cacheGeneration != m_generation || m_cacheRange != range || m_cache.size() != pixels) {
        m_cache = render(range, pixels, ratio);
        m_cacheRange = range;
        m_cacheGeneration = m_generation;
    }
    painter->drawImage(plot, m_cache, QRectF(QPointF(0.0, 0.0), QSizeF(m_cache.size())));
}

} // namespace segmenta::ui
