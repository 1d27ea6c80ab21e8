// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "common/SegmentPalette.h"
#include "criteria/SegmentDialog.h"
#include "diagnostics/SegmentCountView.h"
#include "explorer/SegmentMapView.h"
#include "jobs/JobProgressBar.h"
#include "jobs/JobRunner.h"
#include "models/CustomerTableModel.h"
#include "models/SegmentTableModel.h"
#include "profiles/ComparisonModel.h"
#include "profiles/ComparisonView.h"
#include "profiles/ProfileLoader.h"
#include "profiles/ProfilePanel.h"

#include <QChart>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace segmenta;
using segmenta::ui::JobRunner;
using segmenta::ui::MainWindow;

namespace {

constexpr int jobTimeoutMs = 120000;

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions()) {
        titles.append(action->text());
    }
    return titles;
}

std::size_t storedSegmentationCount(const QString &projectPath)
{
    // A fresh Session, as another program would see the file.
    engine::Result<engine::Session> session = engine::Session::openProject(projectPath.toStdString());
    if (!session) {
        return 0;
    }
    engine::Result<engine::ProjectSummary> summary = session.value().summary();
    return summary ? summary.value().segmentations.size() : 0;
}

QString artifact(const QString &name)
{
    return QDir(QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR)).filePath(name);
}

bool imageHasColour(const QImage &image, const QColor &colour)
{
    const QRgb wanted = colour.rgb();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if ((image.pixel(x, y) & 0xffffff) == (wanted & 0xffffff)) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensTheSampleProject();
    void segmentationFillsTheMap();
    void cancelLeavesTheProjectUnchanged();
    void cancelMidRunReportsProgressAndKeepsTheProject();
    void emptyProjectSaysWhatToDo();
    void importFillsAnEmptyProject();
    void languageSwitchRetranslatesMenus_data();
    void languageSwitchRetranslatesMenus();
    void profilesAndComparisonFollowTheMap();
    void mapSelectionSelectsCustomerRows();
    void layoutIsRemembered();
    void segmentCountSearchRunsFromTheWindow();
    void screenshot_data();
    void screenshot();

private:
    QTemporaryDir m_directory;
};

void MainWindowTest::initTestCase()
{
    ui::test::prepareTestEnvironment();
    QVERIFY(m_directory.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(SEGMENTA_SAMPLE_PROJECT)), SEGMENTA_SAMPLE_PROJECT);
}

void MainWindowTest::opensTheSampleProject()
{
    const QString path = ui::test::copySampleProject(m_directory, QStringLiteral("open.segmenta"));
    QVERIFY(!path.isEmpty());
    MainWindow window;
    const engine::Status opened = window.openProject(path);
    QVERIFY2(opened.isOk(), opened.isOk() ? "" : engine::describe(opened.error()).c_str());
    QVERIFY(window.windowTitle().contains(QStringLiteral("open.segmenta")));
    QCOMPARE(window.customerModel()->rowCount(), ui::test::sampleCustomerCount);
    // The sample ships with one segmentation, shown at once.
    QVERIFY(!window.currentSegmentation().isEmpty());
    QVERIFY(window.mapView()->seriesCount() > 0);
    QCOMPARE(window.segmentModel()->rowCount(), window.mapView()->seriesCount());
}

void MainWindowTest::segmentationFillsTheMap()
{
    const QString path = ui::test::copySampleProject(m_directory, QStringLiteral("segment.segmenta"));
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(window.openProject(path).isOk());

    // The dialog's path: choose columns and k, take its parameters, start.
    constexpr int segmentCount = 3;
    ui::SegmentDialog dialog(*window.session(), &window);
    dialog.setSelectedColumns(ui::test::spendingColumns());
    dialog.setSegmentCount(segmentCount);
    QCOMPARE(dialog.selectedColumns(), ui::test::spendingColumns());
    QVERIFY2(dialog.isReady(), qPrintable(dialog.problems().join(QLatin1Char('\n'))));

    QSignalSpy finished(window.jobRunner(), &JobRunner::finished);
    QSignalSpy failed(window.jobRunner(), &JobRunner::failed);
    QVERIFY(window.startSegmentation(dialog.parameters()));
    QVERIFY(window.jobRunner()->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, jobTimeoutMs);
    QCOMPARE(failed.count(), 0);

    QCOMPARE(window.currentSegmentation(), QString::fromStdString(dialog.parameters().name));
    const ui::SegmentMapView *map = window.mapView();
    QCOMPARE(map->seriesCount(), segmentCount);
    const QList<QAbstractSeries *> series = map->chart()->series();
    // One series per segment, then the (empty) selection highlight on top.
    QCOMPARE(series.size(), segmentCount + 1);
    qsizetype points = 0;
    for (int index = 0; index < segmentCount; ++index) {
        auto *scatter = qobject_cast<QScatterSeries *>(series[index]);
        QVERIFY(scatter);
        QVERIFY(scatter->count() > 0);
        points += scatter->count();
    }
    QCOMPARE(qobject_cast<QScatterSeries *>(series.back())->count(), 0);
    const engine::ProjectSummary summary = window.session()->summary().value();
    QCOMPARE(summary.customerCount, std::int64_t {ui::test::sampleCustomerCount});
    QCOMPARE(points, static_cast<qsizetype>(summary.customerCount));
    QCOMPARE(window.segmentModel()->rowCount(), segmentCount);
    QVERIFY(map->chart()->legend()->isVisible());
    QVERIFY(!map->usesOpenGl());
}

void MainWindowTest::cancelLeavesTheProjectUnchanged()
{
    const QString path = ui::test::copySampleProject(m_directory, QStringLiteral("cancel.segmenta"));
    const std::size_t before = storedSegmentationCount(path);
    QVERIFY(before > 0);

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(window.openProject(path).isOk());
    engine::SegmentationParams params;
    params.name = "Cancelled on purpose";
    for (const QString &column : ui::test::spendingColumns()) {
        params.columns.push_back(column.toStdString());
    }
    params.segmentCount = 8;
    params.initCount = 100;

    QSignalSpy finished(window.jobRunner(), &JobRunner::finished);
    QSignalSpy cancelled(window.jobRunner(), &JobRunner::cancelled);
    QVERIFY(window.startSegmentation(params));
    // Through the status bar's Cancel button, as the user would (the dendrogram page has a bar of its own).
    auto *progress = window.statusBar()->findChild<ui::JobProgressBar *>();
    QVERIFY(progress);
    QVERIFY(progress->isVisible());
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, jobTimeoutMs);
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!progress->isVisible());

    QCOMPARE(storedSegmentationCount(path), before);
    QCOMPARE(window.session()->summary().value().segmentations.size(), before);
}

void MainWindowTest::cancelMidRunReportsProgressAndKeepsTheProject()
{
    // Enough customers that a segmentation with many restarts is still running when Cancel arrives.
    constexpr int customerCount = 40000;
    const QString csvPath = m_directory.filePath(QStringLiteral("many.csv"));
    {
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly | QIODevice::Text));
        QByteArray text = "CustomerID,Recency,Frequency,Monetary,Tenure\n";
        quint32 state = 12345;
        const auto next = [&state] {
            state = state * 1664525u + 1013904223u;
            return (state >> 8) % 10000;
        };
        for (int row = 1; row <= customerCount; ++row) {
            text += QByteArray::number(row) + ',' + QByteArray::number(next()) + ','
                + QByteArray::number(next() % 50) + ',' + QByteArray::number(next() * 3) + ','
                + QByteArray::number(next() % 120) + '\n';
        }
        QVERIFY(csv.write(text) == text.size());
    }

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    const QString path = m_directory.filePath(QStringLiteral("many.segmenta"));
    QVERIFY(window.createProject(path).isOk());
    QSignalSpy finished(window.jobRunner(), &JobRunner::finished);
    QVERIFY(window.startImport(csvPath));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, jobTimeoutMs);
    QCOMPARE(window.session()->summary().value().customerCount, std::int64_t {customerCount});
    const std::size_t before = storedSegmentationCount(path);

    engine::SegmentationParams params;
    params.columns = {"Recency", "Frequency", "Monetary", "Tenure"};
    params.segmentCount = 12;
    params.initCount = 100;
    params.maxIterations = 1000;
    QSignalSpy progress(window.jobRunner(), &JobRunner::progressChanged);
    QSignalSpy cancelled(window.jobRunner(), &JobRunner::cancelled);
    finished.clear();
    QVERIFY(window.startSegmentation(params));
    // Cancel once the engine has reported progress, i.e. while it is working.
    QTRY_VERIFY_WITH_TIMEOUT(progress.count() > 0 || finished.count() > 0, jobTimeoutMs);
    QVERIFY2(finished.count() == 0, "the segmentation ended before it could be cancelled");
    window.jobRunner()->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, jobTimeoutMs);
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(storedSegmentationCount(path), before);
    QVERIFY(window.currentSegmentation().isEmpty());
}

void MainWindowTest::emptyProjectSaysWhatToDo()
{
    MainWindow window;
    window.setLanguage(QStringLiteral("en"));
    const QString path = m_directory.filePath(QStringLiteral("empty.segmenta"));
    const engine::Status created = window.createProject(path);
    QVERIFY2(created.isOk(), created.isOk() ? "" : engine::describe(created.error()).c_str());
    QCOMPARE(window.customerModel()->rowCount(), 0);
    bool explained = false;
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("Import a customer table (CSV) to begin"))) {
            explained = true;
        }
    }
    QVERIFY(explained);
}

void MainWindowTest::importFillsAnEmptyProject()
{
    MainWindow window;
    const QString path = m_directory.filePath(QStringLiteral("imported.segmenta"));
    QVERIFY(window.createProject(path).isOk());
    QSignalSpy finished(window.jobRunner(), &JobRunner::finished);
    QSignalSpy failed(window.jobRunner(), &JobRunner::failed);
    QVERIFY(window.startImport(QStringLiteral(SEGMENTA_SAMPLE_CSV)));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, jobTimeoutMs);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(window.customerModel()->rowCount(), ui::test::sampleCustomerCount);
    QCOMPARE(window.session()->summary().value().customerCount, std::int64_t {ui::test::sampleCustomerCount});
}

void MainWindowTest::languageSwitchRetranslatesMenus_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QString>("customersTab");
    QTest::newRow("English") << QStringLiteral("en")
                             << QStringList {QStringLiteral("&File"), QStringLiteral("&Edit"),
                                    QStringLiteral("&Segment"), QStringLiteral("&View"),
                                    QStringLiteral("&Help")}
                             << QStringLiteral("Customers");
    QTest::newRow("Turkish") << QStringLiteral("tr")
                             << QStringList {QStringLiteral("&Dosya"), QStringLiteral("Dü&zen"),
                                    QStringLiteral("&Segment"), QStringLiteral("&Görünüm"),
                                    QStringLiteral("&Yardım")}
                             << QStringLiteral("Müşteriler");
}

void MainWindowTest::languageSwitchRetranslatesMenus()
{
    QFETCH(QString, language);
    QFETCH(QStringList, titles);
    QFETCH(QString, customersTab);

    MainWindow window;
    const QString path = ui::test::copySampleProject(m_directory, QStringLiteral("language.segmenta"));
    QVERIFY(window.openProject(path).isOk());
    window.show();
    // Start from the other language, so the switch itself has to retranslate.
    window.setLanguage(language == QLatin1String("en") ? QStringLiteral("tr") : QStringLiteral("en"));
    QTRY_VERIFY(menuTitles(window) != titles);
    window.setLanguage(language);
    QTRY_COMPARE(menuTitles(window), titles);
    QTabWidget *tabs = window.tabs();
    QCOMPARE(tabs->tabText(tabs->indexOf(window.customerTable())), customersTab);
    window.setLanguage(QStringLiteral("en"));
}

void MainWindowTest::profilesAndComparisonFollowTheMap()
{
    const QString path = ui::test::copySampleProject(m_directory, QStringLiteral("profiles.segmenta"));
    MainWindow window;
    QVERIFY(window.openProject(path).isOk());
    const int segments = window.mapView()->seriesCount();
    // Profiles arrive from the background; the window stays usable meanwhile.
    QTRY_COMPARE(static_cast<int>(window.profile().segments.size()), segments);
    QCOMPARE(window.profilePanel()->cardCount(), segments);
    QCOMPARE(window.comparisonView()->model()->rowCount(), segments);
    QCOMPARE(window.profile().memberCount, static_cast<std::int64_t>(ui::test::sampleCustomerCount));
}

void MainWindowTest::mapSelectionSelectsCustomerRows()
{
    const QString path = ui::test::copySampleProject(m_directory, QStringLiteral("selection.segmenta"));
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(window.openProject(path).isOk());
    // Everything on the map: every customer row ends up selected in the customer table.
    window.mapView()->selectInRange(QRectF(QPointF(-1e9, -1e9), QPointF(1e9, 1e9)));
    QCOMPARE(window.mapView()->selectedRows().size(), ui::test::sampleCustomerCount);
    QCOMPARE(window.customerTable()->selectionModel()->selectedRows().size(), ui::test::sampleCustomerCount);
    // A smaller box: the same rows, in both places.
    const QRectF range = window.mapView()->visibleRange();
    window.mapView()->selectInRange(QRectF(range.topLeft(), range.center()));
    const QList<qint64> rows = window.mapView()->selectedRows();
    QVERIFY(!rows.isEmpty() && rows.size() < ui::test::sampleCustomerCount);
    QList<qint64> tableRows;
    for (const QModelIndex &index : window.customerTable()->selectionModel()->selectedRows()) {
        tableRows.append(index.row());
    }
    std::sort(tableRows.begin(), tableRows.end());
    QCOMPARE(tableRows, rows);
    window.mapView()->clearSelection();
    QVERIFY(!window.customerTable()->selectionModel()->hasSelection());
}

void MainWindowTest::layoutIsRemembered()
{
    QSettings().clear();
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.profileDock()->isVisible());
        window.profileDock()->toggleViewAction()->trigger();
        QVERIFY(!window.profileDock()->isVisible());
        window.close();
    }
    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(!again.profileDock()->isVisible());
    again.profileDock()->show();
    again.close();
    QSettings().clear();
}

void MainWindowTest::segmentCountSearchRunsFromTheWindow()
{
    const QString path = ui::test::copySampleProject(m_directory, QStringLiteral("counts.segmenta"));
    MainWindow window;
    QVERIFY(window.openProject(path).isOk());
    engine::SegmentCountSearchParams params;
    for (const QString &column : ui::test::spendingColumns()) {
        params.columns.push_back(column.toStdString());
    }
    params.maximumCount = 5;
    params.stabilityRuns = 1;
    QVERIFY(window.startSegmentCountSearch(params));
    QCOMPARE(window.tabs()->currentWidget(), static_cast<QWidget *>(window.segmentCountView()));
    // While it runs, segmenting (a writer) waits.
    QVERIFY(!window.startSegmentation(engine::SegmentationParams {}));
    QTRY_VERIFY_WITH_TIMEOUT(window.segmentCountView()->hasSearch(), 60000);
    QTRY_VERIFY(!window.segmentCountView()->isRunning());
    QVERIFY(window.segmentCountView()->recommendedCount() >= 2);
}

void MainWindowTest::screenshot_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Turkish") << QStringLiteral("tr");
}

void MainWindowTest::screenshot()
{
    QFETCH(QString, language);
    const QString path = ui::test::copySampleProject(m_directory, QStringLiteral("screenshot.segmenta"));
    MainWindow window;
    window.setLanguage(language);
    QVERIFY(window.openProject(path).isOk());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.profilePanel()->cardCount() > 0);
    QTest::qWait(300);

    const QImage shot = window.grab().toImage();
    QVERIFY(!shot.isNull());
    QCOMPARE(shot.size(), QSize(1280, 800));
    const QString file = artifact(QStringLiteral("mainwindow_%1.png").arg(language));
    QVERIFY2(shot.save(file), qPrintable(file));
    // The map is drawn: the first segment's colour appears on it.
    const QImage map = window.mapView()->grab().toImage();
    QVERIFY(imageHasColour(map, ui::SegmentPalette::colour(0)));
    QVERIFY(window.mapView()->grab().save(artifact(QStringLiteral("map_%1.png").arg(language))));
    QVERIFY(
        window.profilePanel()->grab().save(artifact(QStringLiteral("profile_dock_%1.png").arg(language))));

    window.tabs()->setCurrentWidget(window.comparisonView());
    QTest::qWait(100);
    QVERIFY(window.grab().save(artifact(QStringLiteral("mainwindow_compare_%1.png").arg(language))));

    engine::SegmentCountSearchParams search;
    for (const QString &column : ui::test::spendingColumns()) {
        search.columns.push_back(column.toStdString());
    }
    search.maximumCount = 8;
    search.stabilityRuns = 2;
    QVERIFY(window.startSegmentCountSearch(search));
    QTRY_VERIFY_WITH_TIMEOUT(!window.segmentCountView()->isRunning(), 120000);
    QTest::qWait(100);
    QVERIFY(window.grab().save(artifact(QStringLiteral("mainwindow_counts_%1.png").arg(language))));
    window.resize(1920, 1080);
    QTest::qWait(100);
    QVERIFY(window.grab().save(artifact(QStringLiteral("mainwindow_counts_1920_%1.png").arg(language))));
    window.tabs()->setCurrentIndex(0); // the map
    QTest::qWait(100);
    QVERIFY(window.grab().save(artifact(QStringLiteral("mainwindow_1920_%1.png").arg(language))));
    window.resize(1280, 800);

    {
        ui::SegmentDialog dialog(*window.session(), &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString ready = artifact(QStringLiteral("segment_dialog_%1.png").arg(language));
        QVERIFY2(dialog.grab().save(ready), qPrintable(ready));
        dialog.setSelectedColumns({});
        QVERIFY(!dialog.isReady());
        const QString blocked = artifact(QStringLiteral("segment_dialog_blocked_%1.png").arg(language));
        QVERIFY2(dialog.grab().save(blocked), qPrintable(blocked));
    }

    QTabWidget *tabs = window.tabs();
    tabs->setCurrentWidget(window.customerTable());
    QTest::qWait(100);
    const QString customers = artifact(QStringLiteral("customers_%1.png").arg(language));
    QVERIFY2(window.grab().save(customers), qPrintable(customers));

    // A new, empty project: the window says what to do next.
    QVERIFY(
        window.createProject(m_directory.filePath(QStringLiteral("empty_%1.segmenta").arg(language))).isOk());
    QTest::qWait(100);
    const QString empty = artifact(QStringLiteral("empty_project_%1.png").arg(language));
    QVERIFY2(window.grab().save(empty), qPrintable(empty));
    window.setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
