// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "explorer/SegmentMapView.h"
#include "UiTestSupport.h"
#include "explorer/PointGrid.h"

#include <QAction>
#include <QLegend>
#include <QLegendMarker>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
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

private:
    void showLattice(ui::SegmentMapView &view);
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

QTEST_MAIN(SegmentMapViewTest)
#include "SegmentMapViewTest.moc"
