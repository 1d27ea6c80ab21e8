// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// The segment explorer's tools on top of the map (issue 7): lasso, customer cards, colour and size by a
// variable, saving a selection as a segment and exporting the view.
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "common/LocaleFormat.h"
#include "explorer/CustomerCard.h"
#include "explorer/MapStyleBar.h"
#include "explorer/SegmentMapView.h"
#include "explorer/ViewExport.h"
#include "models/CustomerTableModel.h"
#include "segmentations/SaveSelectionDialog.h"
#include "segmentations/SegmentationList.h"
#include "segmentations/SegmentationListModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <limits>

using namespace segmenta;
using segmenta::ui::MainWindow;

namespace {

/// Three segments on a 3 × 3 lattice each, far apart: segment s holds the points (10 s + i, j), i, j in
/// 0..2, customer row 9 s + 3 i + j.
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

/// Drags along the closed outline @p corners (map coordinates) with @p modifiers held at the press, moving
/// in small steps as a hand would. Saves what the view shows half-way to @p midwayShot when given.
void dragOutline(ui::SegmentMapView &view, const QList<QPointF> &corners, Qt::KeyboardModifiers modifiers,
    const QString &midwayShot = QString())
{
    constexpr int stepsPerEdge = 6;
    const QPoint start = view.mapToViewport(corners.front()).toPoint();
    QTest::mousePress(view.viewport(), Qt::LeftButton, modifiers, start);
    for (qsizetype edge = 0; edge < corners.size(); ++edge) {
        const QPointF from = corners[edge];
        const QPointF to = corners[(edge + 1) % corners.size()];
        for (int step = 1; step <= stepsPerEdge; ++step) {
            const QPointF at = from + (to - from) * (static_cast<double>(step) / stepsPerEdge);
            QTest::mouseMove(view.viewport(), view.mapToViewport(at).toPoint());
        }
        if (edge == 1 && !midwayShot.isEmpty()) {
            QVERIFY(view.grab().save(midwayShot));
        }
    }
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, modifiers, start);
}

QString artifact(const QString &name)
{
    return QDir(QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR)).filePath(name);
}

QByteArray head(const QString &path, qint64 bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

} // namespace

class MapExplorerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lassoSelectsOnlyThePointsInsideTheOutline();
    void lassoToolMakesShiftDragDrawAnOutline();
    void clickOnADotAnnouncesItsCustomer();
    void colourAndSizeFollowAVariable();
    void customerCardShowsEveryColumnInTheUsersNumbers();
    void selectionIsSavedAsASegmentationAndUndone();
    void saveSelectionDialogGivesTheChosenSegments();
    void colourByChoiceSurvivesAnotherSegmentation();
    void viewExportsAsPngSvgAndPdf();

private:
    void showLattice(ui::SegmentMapView &view);
    void openSample(MainWindow &window, const QString &name);

    QTemporaryDir m_directory;
};

void MapExplorerTest::initTestCase()
{
    ui::test::prepareTestEnvironment();
    QVERIFY(m_directory.isValid());
}

void MapExplorerTest::showLattice(ui::SegmentMapView &view)
{
    view.resize(900, 600);
    view.setSegmentation(lattice());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(50);
}

void MapExplorerTest::openSample(MainWindow &window, const QString &name)
{
    const QString path = ui::test::copySampleProject(m_directory, name);
    QVERIFY(!path.isEmpty());
    window.resize(1280, 800);
    QVERIFY(window.openProject(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showView(QStringLiteral("map"));
    QTest::qWait(50);
    QVERIFY(!window.currentSegmentation().isEmpty());
}

void MapExplorerTest::lassoSelectsOnlyThePointsInsideTheOutline()
{
    ui::SegmentMapView view;
    showLattice(view);
    QSignalSpy spy(&view, &ui::SegmentMapView::selectionChanged);
    // A triangle over segment 2's block (x 10..12, y 0..2) cut by the line x + y = 12.5: of its nine points
    // those with i + j <= 2 are inside. A rectangle over the same box would take all nine.
    const QList<QPointF> triangle {QPointF(9.5, -0.5), QPointF(13.0, -0.5), QPointF(9.5, 3.0)};
    dragOutline(
        view, triangle, Qt::ShiftModifier | Qt::ControlModifier, artifact(QStringLiteral("map_lasso.png")));
    QCOMPARE(spy.count(), 1);
    const QList<qint64> expected {9, 10, 11, 12, 13, 15};
    QCOMPARE(spy.takeFirst().at(0).value<QList<qint64>>(), expected);
    QCOMPARE(view.selectedRows(), expected);

    // The same outline, by the API, leaves hidden segments out.
    view.setSegmentVisible(1, false);
    QVERIFY(view.selectedRows().isEmpty());
    view.selectInPolygon(QPolygonF(triangle));
    QVERIFY(view.selectedRows().isEmpty());
}

void MapExplorerTest::lassoToolMakesShiftDragDrawAnOutline()
{
    ui::SegmentMapView view;
    showLattice(view);
    QCOMPARE(view.selectionTool(), ui::SegmentMapView::SelectionTool::Rectangle);
    view.lassoAction()->trigger();
    QCOMPARE(view.selectionTool(), ui::SegmentMapView::SelectionTool::Lasso);
    // A diamond around segment 3's centre (21, 1) reaching 1.2 along the axes: the centre and its four
    // neighbours (rows 22, 19, 21, 25, 23), not the corners.
    const QList<QPointF> diamond {
        QPointF(21.0, -0.2), QPointF(22.2, 1.0), QPointF(21.0, 2.2), QPointF(19.8, 1.0)};
    dragOutline(view, diamond, Qt::ShiftModifier);
    const QList<qint64> expected {19, 21, 22, 23, 25};
    QCOMPARE(view.selectedRows(), expected);
    // Back to the rectangle: the same drag selects the whole box around the diamond.
    view.lassoAction()->trigger();
    QCOMPARE(view.selectionTool(), ui::SegmentMapView::SelectionTool::Rectangle);
    const QPoint from = view.mapToViewport(QPointF(19.8, 2.2)).toPoint();
    const QPoint to = view.mapToViewport(QPointF(22.2, -0.2)).toPoint();
    QTest::mousePress(view.viewport(), Qt::LeftButton, Qt::ShiftModifier, from);
    QTest::mouseMove(view.viewport(), to);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, Qt::ShiftModifier, to);
    QCOMPARE(view.selectedRows().size(), 9);
}

void MapExplorerTest::clickOnADotAnnouncesItsCustomer()
{
    ui::SegmentMapView view;
    showLattice(view);
    view.selectInRange(QRectF(QPointF(-1.0, -1.0), QPointF(3.0, 3.0)));
    QSignalSpy clicked(&view, &ui::SegmentMapView::pointClicked);
    // Customer row 13 is segment 2's point (11, 1); a click a few pixels off still hits it.
    const QPoint onPoint = view.mapToViewport(QPointF(11.0, 1.0)).toPoint() + QPoint(2, -2);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, onPoint);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).value<qint64>(), qint64(13));
    QCOMPARE(clicked.at(0).at(1).toInt(), 1);
    QCOMPARE(view.selectedRows().size(), 9); // opening a customer keeps the selection
    // Beside the dots a click clears the selection and opens nothing.
    QTest::mouseClick(
        view.viewport(), Qt::LeftButton, Qt::NoModifier, view.mapToViewport(QPointF(5.0, 1.0)).toPoint());
    QCOMPARE(clicked.count(), 1);
    QVERIFY(view.selectedRows().isEmpty());
}

void MapExplorerTest::colourAndSizeFollowAVariable()
{
    ui::SegmentMapView view;
    showLattice(view);
    // The value of each customer is its row number; row 4 has none.
    std::vector<double> values(27);
    for (std::size_t row = 0; row < values.size(); ++row) {
        values[row] = static_cast<double>(row);
    }
    values[4] = std::numeric_limits<double>::quiet_NaN();
    const QColor segmentColour = view.pointColour(0);
    view.setColourValues(QStringLiteral("Spend"), values);
    QCOMPARE(view.colourVariable(), QStringLiteral("Spend"));
    QVERIFY(view.hasColourBar());
    // The ramp runs from the 5th to the 95th percentile: the lowest and highest customers sit at its ends.
    QCOMPARE(view.pointColour(0), ui::SegmentMapView::rampColour(0.0));
    QCOMPARE(view.pointColour(26), ui::SegmentMapView::rampColour(1.0));
    QVERIFY(view.pointColour(0) != view.pointColour(13));
    QCOMPARE(view.pointColour(4), QColor(189, 189, 189)); // no value: grey
    // Viridis runs from dark to light, so it also reads in grey.
    QVERIFY(
        ui::SegmentMapView::rampColour(0.0).lightness() < ui::SegmentMapView::rampColour(0.5).lightness());
    QVERIFY(
        ui::SegmentMapView::rampColour(0.5).lightness() < ui::SegmentMapView::rampColour(1.0).lightness());
    // The series draw it: segment 2's fifth dot is customer 13.
    auto *series = qobject_cast<QScatterSeries *>(view.chart()->series().at(1));
    QVERIFY(series);
    QCOMPARE(series->pointConfiguration(4).value(QXYSeries::PointConfiguration::Color).value<QColor>(),
        view.pointColour(13));

    view.setSizeValues(QStringLiteral("Spend"), values);
    QVERIFY(view.pointSize(26) > view.pointSize(13));
    QVERIFY(view.pointSize(13) > view.pointSize(0));
    QCOMPARE(series->pointConfiguration(4).value(QXYSeries::PointConfiguration::Size).toReal(),
        view.pointSize(13));
    QVERIFY(view.grab().save(artifact(QStringLiteral("map_colour_size.png"))));

    view.setColourValues(QString(), {});
    view.setSizeValues(QString(), {});
    QVERIFY(!view.hasColourBar());
    QCOMPARE(view.pointColour(0), segmentColour);
    QVERIFY(series->pointConfiguration(4).isEmpty());
}

void MapExplorerTest::customerCardShowsEveryColumnInTheUsersNumbers()
{
    MainWindow window;
    openSample(window, QStringLiteral("card.segmenta"));
    ui::SegmentMapView *map = window.mapView();
    QVERIFY(!map->points().empty());
    // Click wherever the first customer's dot is; the card shows whichever customer is on top there.
    const engine::MapPoint &first = map->points().front();
    const QPointF at = map->mapToViewport(QPointF(first.x, first.y));
    const qsizetype hit = map->pointNear(at);
    QVERIFY(hit >= 0);
    const engine::MapPoint &shown = map->points()[static_cast<std::size_t>(hit)];
    QTest::mouseClick(map->viewport(), Qt::LeftButton, Qt::NoModifier, at.toPoint());
    ui::CustomerCard *card = window.customerCard();
    QVERIFY(card);
    QVERIFY(card->isVisible());

    const auto customer = window.session()->customers(shown.customerRow, 1);
    QVERIFY(customer);
    const auto summary = window.session()->summary();
    QCOMPARE(card->contents().customerRow, shown.customerRow);
    QCOMPARE(card->contents().customerId, QString::fromStdString(customer->keys.front()));
    const auto segments = window.session()->segments(window.currentSegmentation().toStdString());
    QCOMPARE(card->contents().segmentName,
        QString::fromStdString(segments->at(static_cast<std::size_t>(shown.segment)).name));
    QTableWidget *table = card->valueTable();
    QCOMPARE(table->rowCount(), static_cast<int>(summary->columns.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        QCOMPARE(table->item(row, 0)->text(),
            QString::fromStdString(summary->columns[static_cast<std::size_t>(row)].name));
        QCOMPARE(table->item(row, 1)->text(),
            ui::LocaleFormat::cell(customer->values.front()[static_cast<std::size_t>(row)]));
    }
    QVERIFY(card->grab().save(artifact(QStringLiteral("customer_card_en.png"))));

    // In Turkish the thousands are grouped with dots: "Fresh" (column 3) of the Wholesale data is in the
    // thousands for most customers.
    const int fresh = static_cast<int>(std::find_if(summary->columns.begin(), summary->columns.end(),
                                           [](const engine::ColumnInfo &c) { return c.name == "Fresh"; })
        - summary->columns.begin());
    QVERIFY(fresh < table->rowCount());
    QLocale::setDefault(QLocale(QLocale::Turkish, QLocale::Turkey));
    window.openCustomerCard(shown.customerRow, shown.segment);
    const QString turkish = table->item(fresh, 1)->text();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto value = std::get<std::int64_t>(customer->values.front()[static_cast<std::size_t>(fresh)]);
    QCOMPARE(turkish, QLocale(QLocale::Turkish, QLocale::Turkey).toString(static_cast<qlonglong>(value)));
    card->close();
}

void MapExplorerTest::selectionIsSavedAsASegmentationAndUndone()
{
    MainWindow window;
    openSample(window, QStringLiteral("selection.segmenta"));
    const QString original = window.currentSegmentation();
    const auto before = window.session()->summary()->segmentations.size();
    const int listedBefore = window.segmentationList()->model()->rowCount();
    ui::SegmentMapView *map = window.mapView();

    // Lasso a third of the map: the left part of its range.
    const QRectF range = map->visibleRange();
    map->selectInPolygon(QPolygonF({range.topLeft(), QPointF(range.left() + range.width() / 3.0, range.top()),
        QPointF(range.left() + range.width() / 3.0, range.bottom()), range.bottomLeft()}));
    const QList<qint64> chosen = map->selectedRows();
    QVERIFY(!chosen.isEmpty());
    QCOMPARE(window.selectedCustomerRows(), chosen); // linked: the customer table selects them too

    engine::SelectionSegmentParams params;
    params.name = "West side";
    params.selectedName = "Left";
    params.restName = "Everyone else";
    QVERIFY(window.saveSelectionAsSegment(params));
    QCOMPARE(window.currentSegmentation(), QStringLiteral("West side"));
    QCOMPARE(window.session()->summary()->segmentations.size(), before + 1);
    QCOMPARE(window.segmentationList()->model()->rowCount(), listedBefore + 1);
    const auto saved = window.session()->segmentation("West side");
    QVERIFY(saved);
    QCOMPARE(QString::fromStdString(saved->info.method), QStringLiteral("manual"));
    QCOMPARE(saved->segments.at(0).size, static_cast<std::int64_t>(chosen.size()));
    QCOMPARE(saved->segments.at(0).name, std::string("Left"));
    QCOMPARE(map->seriesCount(), 2);
    QCOMPARE(map->pointCount(0), chosen.size()); // on the map it was made on
    QTest::qWait(50); // the chart lays its title and legend out on the event loop
    QVERIFY(map->grab().save(artifact(QStringLiteral("map_saved_selection.png"))));

    window.undoStack()->undo();
    QVERIFY(!window.session()->segmentation("West side"));
    QCOMPARE(window.currentSegmentation(), original);
    QCOMPARE(window.segmentationList()->model()->rowCount(), listedBefore);
    window.undoStack()->redo();
    QVERIFY(window.session()->segmentation("West side"));
    QCOMPARE(window.currentSegmentation(), QStringLiteral("West side"));

    // A taken name is refused, and nothing enters the undo stack.
    const int commands = window.undoStack()->count();
    map->selectInRange(range);
    QVERIFY(!window.saveSelectionAsSegment(params));
    QCOMPARE(window.undoStack()->count(), commands);
}

void MapExplorerTest::saveSelectionDialogGivesTheChosenSegments()
{
    ui::SaveSelectionDialog dialog(1234, QStringLiteral("Selection 3"));
    QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("Selection 3"));
    engine::SelectionSegmentParams params = dialog.parameters();
    QCOMPARE(params.name, std::string("Selection 3"));
    QCOMPARE(params.selectedName, std::string("Selected"));
    QCOMPARE(params.restName, std::string("Rest"));
    dialog.segmentNameEdit()->setText(QStringLiteral("  Lapsed VIPs "));
    dialog.restChoice()->setChecked(false);
    params = dialog.parameters();
    QCOMPARE(params.selectedName, std::string("Lapsed VIPs"));
    QVERIFY(params.restName.empty());
    QVERIFY(params.customerRows.empty());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(artifact(QStringLiteral("save_selection_dialog.png"))));
}

void MapExplorerTest::colourByChoiceSurvivesAnotherSegmentation()
{
    MainWindow window;
    openSample(window, QStringLiteral("colour.segmenta"));
    ui::MapStyleBar *bar = window.mapStyleBar();
    QVERIFY(bar->colourChoice()->findData(QStringLiteral("Fresh")) > 0);
    bar->setColourColumn(QStringLiteral("Fresh"));
    bar->setSizeColumn(QStringLiteral("Milk"));
    QCOMPARE(window.mapView()->colourVariable(), QStringLiteral("Fresh"));
    QCOMPARE(window.mapView()->sizeVariable(), QStringLiteral("Milk"));
    QVERIFY(window.mapView()->hasColourBar());
    QVERIFY(window.grab().save(artifact(QStringLiteral("mainwindow_colour_by.png"))));

    // Another segmentation on the map keeps the variables.
    window.mapView()->selectInRange(window.mapView()->visibleRange());
    engine::SelectionSegmentParams params;
    params.name = "Everyone";
    QVERIFY(window.saveSelectionAsSegment(params));
    QCOMPARE(window.currentSegmentation(), QStringLiteral("Everyone"));
    QCOMPARE(window.mapView()->colourVariable(), QStringLiteral("Fresh"));
    QCOMPARE(window.mapView()->sizeVariable(), QStringLiteral("Milk"));
    bar->setColourColumn(QString());
    QVERIFY(window.mapView()->colourVariable().isEmpty());
    QVERIFY(!window.mapView()->hasColourBar());
}

void MapExplorerTest::viewExportsAsPngSvgAndPdf()
{
    MainWindow window;
    openSample(window, QStringLiteral("export.segmenta"));
    const QSize mapSize = window.mapView()->size();
    const QString png = m_directory.filePath(QStringLiteral("map.png"));
    const QString svg = m_directory.filePath(QStringLiteral("map.svg"));
    const QString pdf = m_directory.filePath(QStringLiteral("map.PDF"));
    QVERIFY(window.exportView(png));
    QVERIFY(window.exportView(svg));
    QVERIFY(window.exportView(pdf));

    QImage image;
    QVERIFY(image.load(png));
    QCOMPARE(image.size(), mapSize * 2);
    // Not blank: the dots and axes differ from the white background somewhere.
    bool drawn = false;
    for (int y = 0; y < image.height() && !drawn; y += 7) {
        for (int x = 0; x < image.width() && !drawn; x += 7) {
            drawn = image.pixelColor(x, y) != QColor(Qt::white);
        }
    }
    QVERIFY(drawn);
    const QByteArray svgHead = head(svg, 4096);
    QVERIFY(svgHead.startsWith("<?xml"));
    QVERIFY(svgHead.contains("<svg"));
    QVERIFY(QFileInfo(svg).size() > 10000); // the dots are in it, not just a frame
    QVERIFY(head(pdf, 5).startsWith("%PDF"));
    QVERIFY(QFileInfo(pdf).size() > 1000);

    // Another tab exports that tab; a name without a known suffix is refused.
    window.showView(QStringLiteral("compare"));
    QVERIFY(window.exportView(m_directory.filePath(QStringLiteral("compare.png"))));
    QString reason;
    QVERIFY(
        !ui::ViewExport::write(window.mapView(), m_directory.filePath(QStringLiteral("map.bmp")), &reason));
    QVERIFY(!reason.isEmpty());
}

QTEST_MAIN(MapExplorerTest)
#include "MapExplorerTest.moc"
