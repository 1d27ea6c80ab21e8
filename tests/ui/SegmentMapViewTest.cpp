// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "explorer/SegmentMapView.h"
#include "UiTestSupport.h"
#include "explorer/DensityLayer.h"
#include "explorer/PointGrid.h"
#include "explorer/ViewExport.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace segmenta;

namespace {

/// Three segments on a 3 × 3 lattice each, far apart: segment s holds the points (10 s + i, j), i, j in
/// 0..2, customer rows in that order. Centroids: (1, 1), (11, 1), (21, 1).
engine::SegmentationDetails lattice()
{
    engine::SegmentationDetails details;
    details.info.name = "Lattice";
    for (int s = 0; s < 3; ++s) {
        engine::SegmentInfo segment;
        segment.index = s;
        segment.name = "Group " + std::to_string(s + 1);
        segment.size = 9;
        details.segments.push_back(segment);
        for (int i = 0; i < 3; ++i) {
            for (int j = 0; j < 3; ++j) {
                const auto row = static_cast<std::int64_t>(details.points.size());
                details.points.push_back({row, 10.0 * s + i, static_cast<double>(j), s});
            }
        }
    }
    details.explainedVarianceRatio = {0.7, 0.2};
    return details;
}

constexpr qsizetype largeMapPoints = 200000;
constexpr int largeMapSegments = 4;
/// The one customer far from the others in largeMap(): its row and place.
constexpr std::int64_t loneRow = largeMapPoints - 1;
const QPointF lonePlace(15.0, 12.0);

/// largeMapPoints customers in four round blobs of standard deviation 1 around (10 s, 0) (segment s = row
/// mod 4), and one last customer alone at lonePlace, in segment 1.
engine::SegmentationDetails largeMap()
{
    engine::SegmentationDetails details;
    details.info.name = "Large";
    details.projectionMethod = "pca";
    details.explainedVarianceRatio = {0.5, 0.3};
    for (int s = 0; s < largeMapSegments; ++s) {
        engine::SegmentInfo segment;
        segment.index = s;
        segment.name = "Blob " + std::to_string(s + 1);
        details.segments.push_back(segment);
    }
    std::mt19937 random(11);
    std::normal_distribution<double> normal(0.0, 1.0);
    for (std::int64_t row = 0; row + 1 < largeMapPoints; ++row) {
        const int s = static_cast<int>(row % largeMapSegments);
        details.points.push_back({row, 10.0 * s + normal(random), normal(random), s});
    }
    details.points.push_back({loneRow, lonePlace.x(), lonePlace.y(), 1});
    return details;
}

/// Pixels of @p image inside @p area (device pixels) in colour: not white, grey or black (grid lines,
/// text), so the points' pixels.
qsizetype paintedPixels(const QImage &image, const QRect &area)
{
    qsizetype painted = 0;
    const QRect inside = area.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            const int spread = std::max({qRed(pixel), qGreen(pixel), qBlue(pixel)})
                - std::min({qRed(pixel), qGreen(pixel), qBlue(pixel)});
            painted += spread > 25 ? 1 : 0;
        }
    }
    return painted;
}

/// Pixels of @p image that are dark grey (selected points in a density image, and text).
qsizetype darkPixels(const QImage &image)
{
    qsizetype dark = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            dark += (qRed(pixel) < 70 && qGreen(pixel) < 70 && qBlue(pixel) < 70) ? 1 : 0;
        }
    }
    return dark;
}

} // namespace

class SegmentMapViewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void gridFindsTheNearestPointLikeAScan();
    void hoverFindsThePointUnderTheCursor();
    void wheelZoomKeepsThePointUnderTheCursor();
    void dragPansAndResetRestores();
    void rubberBandSelectsAndAnnouncesRows();
    void legendClickHidesAndShowsASegment();
    void namesSitAtTheCentroids();
    void smallMapsStayScatterSeries();
    void largeMapIsADensityImageThatFollowsZoom();
    void densityMapHoverFindsTheNearestCustomer();
    void densityMapSelectionIsHighlighted();
    void densityMapLegendAndColourVariable();
    void densityMapExportsContainTheImage();
    void densityMapFollowsMovedPointsAndLasso();

private:
    void showLattice(ui::SegmentMapView &view);
    void showLarge(ui::SegmentMapView &view);
};

void SegmentMapViewTest::initTestCase()
{
    ui::test::prepareTestEnvironment();
}

void SegmentMapViewTest::showLattice(ui::SegmentMapView &view)
{
    view.resize(900, 600);
    view.setSegmentation(lattice());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(50);
}

void SegmentMapViewTest::showLarge(ui::SegmentMapView &view)
{
    view.resize(900, 600);
    view.setSegmentation(largeMap());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(50);
}

void SegmentMapViewTest::gridFindsTheNearestPointLikeAScan()
{
    std::mt19937 random(7);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::vector<QPointF> points(5000);
    for (QPointF &point : points) {
        point = QPointF(normal(random), 3.0 * normal(random));
    }
    ui::PointGrid grid;
    grid.build(points);
    const auto accept = [](qsizetype) { return true; };
    for (int query = 0; query < 200; ++query) {
        const QPointF centre(normal(random), 3.0 * normal(random));
        constexpr double radius = 0.3;
        constexpr double scaleX = 1.0;
        constexpr double scaleY = 0.5; // anisotropic, as pixels per unit usually are
        qsizetype expected = -1;
        double best = radius * radius;
        for (std::size_t i = 0; i < points.size(); ++i) {
            const double dx = (points[i].x() - centre.x()) * scaleX;
            const double dy = (points[i].y() - centre.y()) * scaleY;
            if (dx * dx + dy * dy <= best) {
                best = dx * dx + dy * dy;
                expected = static_cast<qsizetype>(i);
            }
        }
        QCOMPARE(grid.nearest(centre, radius, scaleX, scaleY, accept), expected);
    }
    std::vector<qsizetype> inside;
    grid.forEachIn(
        QRectF(QPointF(-0.5, -1.0), QPointF(0.5, 1.0)), [&](qsizetype index) { inside.push_back(index); });
    std::vector<qsizetype> scanned;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (points[i].x() >= -0.5 && points[i].x() <= 0.5 && points[i].y() >= -1.0 && points[i].y() <= 1.0) {
            scanned.push_back(static_cast<qsizetype>(i));
        }
    }
    QCOMPARE(inside, scanned);
}

void SegmentMapViewTest::hoverFindsThePointUnderTheCursor()
{
    ui::SegmentMapView view;
    showLattice(view);
    // Customer row 13 is segment 1's point (11, 1).
    const QPointF onPoint = view.mapToViewport(QPointF(11.0, 1.0));
    QCOMPARE(view.pointNear(onPoint + QPointF(3.0, -2.0)), qsizetype(13));
    QCOMPARE(view.pointNear(view.mapToViewport(QPointF(5.0, 1.0))), qsizetype(-1)); // between segments
    QVERIFY(view.tooltipFor(13).contains(QStringLiteral("Group 2")));
    view.setPointDescriber(
        [](std::int64_t row, int segment) { return QStringLiteral("row %1 in %2").arg(row).arg(segment); });
    QCOMPARE(view.tooltipFor(13), QStringLiteral("row 13 in 1"));
    // Hidden segments have no tooltips.
    view.setSegmentVisible(1, false);
    QCOMPARE(view.pointNear(onPoint), qsizetype(-1));
}

void SegmentMapViewTest::wheelZoomKeepsThePointUnderTheCursor()
{
    ui::SegmentMapView view;
    showLattice(view);
    const QRectF before = view.visibleRange();
    const QPointF cursor = view.mapToViewport(QPointF(11.0, 1.0));
    QWheelEvent wheel(cursor, view.viewport()->mapToGlobal(cursor), QPoint(), QPoint(0, 240), Qt::NoButton,
        Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.viewport(), &wheel);
    const QRectF after = view.visibleRange();
    // Two notches: 1.2² = 1.44 times closer.
    QVERIFY(std::abs(before.width() / after.width() - 1.44) < 1e-6);
    const QPointF anchor = view.mapFromViewport(cursor);
    QVERIFY2(std::abs(anchor.x() - 11.0) < 0.05 && std::abs(anchor.y() - 1.0) < 0.05,
        qPrintable(QStringLiteral("%1, %2").arg(anchor.x()).arg(anchor.y())));
}

void SegmentMapViewTest::dragPansAndResetRestores()
{
    ui::SegmentMapView view;
    showLattice(view);
    const QRectF start = view.visibleRange();
    const QPoint from = view.mapToViewport(QPointF(11.0, 1.0)).toPoint();
    QTest::mousePress(view.viewport(), Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(view.viewport(), from + QPoint(60, 0));
    QTest::mouseMove(view.viewport(), from + QPoint(120, 0));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, Qt::NoModifier, from + QPoint(120, 0));
    const QRectF moved = view.visibleRange();
    QVERIFY(moved.left() < start.left()); // dragging right shows what lay to the left
    QVERIFY(std::abs(moved.width() - start.width()) < 1e-9);
    view.resetViewAction()->trigger();
    QVERIFY(std::abs(view.visibleRange().left() - start.left()) < 1e-9);
    QVERIFY(std::abs(view.visibleRange().right() - start.right()) < 1e-9);
}

void SegmentMapViewTest::rubberBandSelectsAndAnnouncesRows()
{
    ui::SegmentMapView view;
    showLattice(view);
    QSignalSpy spy(&view, &ui::SegmentMapView::selectionChanged);
    // Around segment 2's left column (x = 20, y 0..2): rows 18, 19, 20.
    const QPoint from = view.mapToViewport(QPointF(19.5, 2.5)).toPoint();
    const QPoint to = view.mapToViewport(QPointF(20.5, -0.5)).toPoint();
    QTest::mousePress(view.viewport(), Qt::LeftButton, Qt::ShiftModifier, from);
    QTest::mouseMove(view.viewport(), to);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, Qt::ShiftModifier, to);
    QCOMPARE(spy.count(), 1);
    const QList<qint64> expected {18, 19, 20};
    QCOMPARE(spy.takeFirst().at(0).value<QList<qint64>>(), expected);
    QCOMPARE(view.selectedRows(), expected);
    // A plain click clears it.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, from);
    QCOMPARE(spy.count(), 1);
    QVERIFY(view.selectedRows().isEmpty());
}

void SegmentMapViewTest::legendClickHidesAndShowsASegment()
{
    ui::SegmentMapView view;
    showLattice(view);
    const QList<QLegendMarker *> markers = view.chart()->legend()->markers();
    QLegendMarker *second = nullptr;
    for (QLegendMarker *marker : markers) {
        if (marker->label() == QLatin1String("Group 2")) {
            second = marker;
        }
    }
    QVERIFY(second);
    Q_EMIT second->clicked();
    QVERIFY(!view.isSegmentVisible(1));
    QVERIFY(second->isVisible()); // the entry stays, to click it back
    QVERIFY(view.labelPosition(1).isNull());
    view.selectInRange(QRectF(QPointF(-1.0, -1.0), QPointF(30.0, 3.0)));
    QCOMPARE(view.selectedRows().size(), 18); // the hidden segment's 9 are left out
    Q_EMIT second->clicked();
    QVERIFY(view.isSegmentVisible(1));
}

void SegmentMapViewTest::namesSitAtTheCentroids()
{
    ui::SegmentMapView view;
    showLattice(view);
    for (int s = 0; s < 3; ++s) {
        // Centred over the centroid, just above it (the centroid's own dots stay visible).
        const QPointF centroid = view.mapToViewport(QPointF(10.0 * s + 1.0, 1.0));
        const QPointF label = view.labelPosition(s);
        QVERIFY2(std::abs(label.x() - centroid.x()) < 2.0 && label.y() < centroid.y()
                && label.y() > centroid.y() - 40.0,
            qPrintable(QStringLiteral("segment %1: %2,%3 vs %4,%5")
                           .arg(s)
                           .arg(label.x())
                           .arg(label.y())
                           .arg(centroid.x())
                           .arg(centroid.y())));
    }
    const QString file
        = QDir(QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR)).filePath(QStringLiteral("map_lattice.png"));
    QVERIFY(view.grab().save(file));
}

void SegmentMapViewTest::smallMapsStayScatterSeries()
{
    ui::SegmentMapView view;
    showLattice(view);
    QVERIFY(!view.isDensityRendered());
    QVERIFY(view.densityLayer() == nullptr);
    QCOMPARE(qobject_cast<QScatterSeries *>(view.chart()->series().front())->count(), 9);
}

void SegmentMapViewTest::largeMapIsADensityImageThatFollowsZoom()
{
    ui::SegmentMapView view;
    showLarge(view);
    QVERIFY(view.isDensityRendered());
    QVERIFY(!view.usesOpenGl());
    QCOMPARE(view.seriesCount(), largeMapSegments);
    QCOMPARE(view.pointCount(0), largeMapPoints / largeMapSegments);
    // The series stay empty (the legend uses them); the image draws the points.
    for (QAbstractSeries *series : view.chart()->series()) {
        QCOMPARE(qobject_cast<QScatterSeries *>(series)->count(), 0);
    }
    const QRect plot = view.chart()->plotArea().toRect();
    const QImage before = view.grab().toImage();
    const qsizetype painted = paintedPixels(before, plot);
    // Four blobs of radius ~2-3 units on a ~40-unit wide map fill a good share of the plot, not all of it.
    QVERIFY2(painted > plot.width() * plot.height() / 50 && painted < plot.width() * plot.height() / 2,
        qPrintable(QString::number(painted)));
    // A blob's core is its segment's colour at full strength, not faint: dense pixels read as dense.
    const QPointF core = view.mapToViewport(QPointF(20.0, 0.0));
    const QColor coreColour = before.pixelColor(core.toPoint());
    QVERIFY2(coreColour.valueF() < 0.95 && coreColour.saturationF() > 0.3, qPrintable(coreColour.name()));

    // The note says in plain words how to read it.
    bool noted = false;
    for (QGraphicsItem *item : view.scene()->items()) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible()) {
            noted = noted || text->toPlainText().contains(QStringLiteral("drawn by density"));
        }
    }
    QVERIFY(noted);

    const int renders = view.densityLayer()->renderCount();
    view.grab();
    QCOMPARE(view.densityLayer()->renderCount(), renders); // nothing changed: the cached image is reused
    view.zoomAt(view.mapToViewport(QPointF(20.0, 0.0)), 3.0);
    const QImage zoomed = view.grab().toImage();
    QVERIFY(view.densityLayer()->renderCount() > renders);
    QVERIFY(zoomed != before);
    // Zoomed in three times on a blob, it covers much more of the plot.
    QVERIFY2(
        paintedPixels(zoomed, plot) > painted * 2, qPrintable(QString::number(paintedPixels(zoomed, plot))));
    view.panBy(QPointF(200.0, 0.0));
    QVERIFY(view.grab().toImage() != zoomed);

    const QString file
        = QDir(QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR)).filePath(QStringLiteral("map_density_200k.png"));
    view.resetView();
    QVERIFY(view.grab().save(file));
}

void SegmentMapViewTest::densityMapHoverFindsTheNearestCustomer()
{
    ui::SegmentMapView view;
    showLarge(view);
    const QPointF lone = view.mapToViewport(lonePlace);
    QCOMPARE(view.pointNear(lone + QPointF(2.0, -2.0)), qsizetype(loneRow));
    QVERIFY(view.tooltipFor(loneRow).contains(QStringLiteral("Blob 2")));
    // In a crowded blob: the customer found is the nearest one on screen (checked by a scan).
    view.zoomAt(view.mapToViewport(QPointF(10.0, 0.0)), 4.0);
    const QPointF cursor = view.mapToViewport(QPointF(10.3, -0.2));
    const qsizetype found = view.pointNear(cursor);
    QVERIFY(found >= 0);
    double best = std::numeric_limits<double>::infinity();
    for (const engine::MapPoint &point : view.points()) {
        const QPointF at = view.mapToViewport(QPointF(point.x, point.y));
        best = std::min(best, std::hypot(at.x() - cursor.x(), at.y() - cursor.y()));
    }
    const engine::MapPoint &hit = view.points()[static_cast<std::size_t>(found)];
    const QPointF hitAt = view.mapToViewport(QPointF(hit.x, hit.y));
    QVERIFY(std::abs(std::hypot(hitAt.x() - cursor.x(), hitAt.y() - cursor.y()) - best) < 1e-6);
}

void SegmentMapViewTest::densityMapSelectionIsHighlighted()
{
    ui::SegmentMapView view;
    showLarge(view);
    const QImage before = view.grab().toImage();
    const qsizetype darkBefore = darkPixels(before); // the text of the axes, legend and names
    QSignalSpy spy(&view, &ui::SegmentMapView::selectionChanged);
    // The right half of blob 3 (around x = 20).
    const QRectF range(QPointF(20.0, -5.0), QPointF(25.0, 5.0));
    const QPoint from = view.mapToViewport(range.topLeft()).toPoint();
    const QPoint to = view.mapToViewport(range.bottomRight()).toPoint();
    QTest::mousePress(view.viewport(), Qt::LeftButton, Qt::ShiftModifier, from);
    QTest::mouseMove(view.viewport(), to);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, Qt::ShiftModifier, to);
    QCOMPARE(spy.count(), 1);
    // The customers inside the rubber band (as the pixels round it), by a scan.
    const QRectF selected(view.mapFromViewport(from), view.mapFromViewport(to));
    QList<qint64> expected;
    for (const engine::MapPoint &point : view.points()) {
        if (selected.normalized().contains(QPointF(point.x, point.y))) {
            expected.append(point.customerRow);
        }
    }
    QVERIFY(expected.size() > 1000);
    QCOMPARE(view.selectedRows(), expected);
    const QImage highlighted = view.grab().toImage();
    QVERIFY2(
        darkPixels(highlighted) > darkBefore + 500, qPrintable(QString::number(darkPixels(highlighted))));
    // Selected points are dark only right of x = 20; left of it nothing is.
    const QPoint leftOfIt = view.mapToViewport(QPointF(19.0, 0.0)).toPoint();
    const QColor left = highlighted.pixelColor(leftOfIt);
    QVERIFY2(!(left.red() < 70 && left.green() < 70 && left.blue() < 70), qPrintable(left.name()));
    view.clearSelection();
    QCOMPARE(view.grab().toImage(), before);
}

void SegmentMapViewTest::densityMapLegendAndColourVariable()
{
    ui::SegmentMapView view;
    showLarge(view);
    const QRect plot = view.chart()->plotArea().toRect();
    const QImage before = view.grab().toImage();
    const QPoint blob1 = view.mapToViewport(QPointF(0.0, 0.0)).toPoint();
    QVERIFY(paintedPixels(before, QRect(blob1, QSize(3, 3))) > 0);
    view.setSegmentVisible(0, false);
    const QImage hidden = view.grab().toImage();
    QCOMPARE(paintedPixels(hidden, QRect(blob1 - QPoint(20, 20), QSize(40, 40))), qsizetype(0));
    QVERIFY(paintedPixels(hidden, plot) < paintedPixels(before, plot));
    QCOMPARE(view.pointNear(QPointF(blob1)), qsizetype(-1)); // hidden customers have no tooltip
    view.setSegmentVisible(0, true);
    // The points come back as they were (the legend entry's colours are set anew, so compare the plot).
    QCOMPARE(view.grab().toImage().copy(plot), before.copy(plot));

    // Coloured by a variable that is low on the left of each blob and high on its right: the ramp's ends.
    std::vector<double> values(static_cast<std::size_t>(largeMapPoints));
    for (const engine::MapPoint &point : view.points()) {
        values[static_cast<std::size_t>(point.customerRow)] = point.x - 10.0 * std::round(point.x / 10.0);
    }
    view.setColourValues(QStringLiteral("Offset"), values);
    QVERIFY(view.hasColourBar());
    const QImage coloured = view.grab().toImage();
    QVERIFY(coloured != before);
    const QColor low = coloured.pixelColor(view.mapToViewport(QPointF(18.6, 0.0)).toPoint());
    const QColor high = coloured.pixelColor(view.mapToViewport(QPointF(21.4, 0.0)).toPoint());
    // Viridis: dark purple at the low end (blue above green), yellow at the high end (green above blue).
    QVERIFY2(low.blue() > low.green() && high.green() > high.blue(),
        qPrintable(low.name() + QLatin1Char(' ') + high.name()));
    view.setColourValues(QString(), {});
    QCOMPARE(view.grab().toImage().copy(plot), before.copy(plot));
}

void SegmentMapViewTest::densityMapExportsContainTheImage()
{
    ui::SegmentMapView view;
    showLarge(view);
    QTemporaryDir directory;
    const QString png = directory.filePath(QStringLiteral("map.png"));
    QString error;
    QVERIFY2(ui::ViewExport::write(&view, png, &error), qPrintable(error));
    const QImage exported(png);
    QCOMPARE(exported.size(), view.size() * ui::ViewExport::pngPixelRatio);
    const QRectF plot = view.chart()->plotArea();
    const QRect plotInExport((plot.topLeft() * ui::ViewExport::pngPixelRatio).toPoint(),
        (plot.size() * ui::ViewExport::pngPixelRatio).toSize());
    QVERIFY(paintedPixels(exported, plotInExport) > plotInExport.width() * plotInExport.height() / 50);
    // Vector exports embed the image.
    for (const QString &name : {QStringLiteral("map.svg"), QStringLiteral("map.pdf")}) {
        const QString path = directory.filePath(name);
        QVERIFY2(ui::ViewExport::write(&view, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.contains(name.endsWith(QLatin1String(".svg")) ? QByteArrayLiteral("<image")
                                                                     : QByteArrayLiteral("/Image")),
            qPrintable(name));
    }
}

void SegmentMapViewTest::densityMapFollowsMovedPointsAndLasso()
{
    ui::SegmentMapView view;
    showLarge(view);
    const QRect plot = view.chart()->plotArea().toRect();
    const QImage before = view.grab().toImage();
    // A settling t-SNE map moves every point: here all down by 3 units, the lone customer too.
    std::vector<engine::MapPoint> moved = view.points();
    for (engine::MapPoint &point : moved) {
        point.y -= 3.0;
    }
    QVERIFY(view.updatePositions(moved));
    QVERIFY(view.isDensityRendered());
    QVERIFY(view.grab().toImage().copy(plot) != before.copy(plot));
    const QPointF lone = view.mapToViewport(lonePlace - QPointF(0.0, 3.0));
    QCOMPARE(view.pointNear(lone), qsizetype(loneRow));

    // A lasso around the lone customer alone selects it: its pixels turn dark.
    const QRect around(lone.toPoint() - QPoint(2, 2), QSize(5, 5));
    QCOMPARE(darkPixels(view.grab().toImage().copy(around)), qsizetype(0));
    QTest::mousePress(view.viewport(), Qt::LeftButton, Qt::ShiftModifier | Qt::ControlModifier,
        (lone + QPointF(-15.0, -15.0)).toPoint());
    for (const QPointF &corner : {QPointF(15.0, -15.0), QPointF(15.0, 15.0), QPointF(-15.0, 15.0)}) {
        QTest::mouseMove(view.viewport(), (lone + corner).toPoint());
    }
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, Qt::ShiftModifier | Qt::ControlModifier,
        (lone + QPointF(-15.0, 14.0)).toPoint());
    QCOMPARE(view.selectedRows(), QList<qint64> {loneRow});
    const QImage selected = view.grab().toImage();
    QVERIFY(darkPixels(selected.copy(around)) > 0);
}

QTEST_MAIN(SegmentMapViewTest)
#include "SegmentMapViewTest.moc"
