// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "UiTestSupport.h"

#include "Session.h"
#include "common/LanguageManager.h"
#include "rfm/RfmGridWidget.h"
#include "rfm/RfmMapDialog.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace segmenta;
using segmenta::ui::RfmMapDialog;

namespace {

constexpr int waitMs = 120000;

/// The grid the engine computes for what the dialog would run now.
engine::RfmGrid engineGrid(const QString &path, const engine::RfmRunParams &params)
{
    auto session = engine::Session::openProject(path.toStdString());
    if (!session) {
        return {};
    }
    engine::NullProgress progress;
    auto grid = session->rfmGrid(params.scoring, params.map, progress);
    return grid ? grid.value() : engine::RfmGrid {};
}

/// Customers and revenue per cell; with @p sameSegments also the segment (false when the dialog holds an
/// empty segment, which the engine's map leaves out, so indices differ).
void compareGrids(const engine::RfmGrid &shown, const engine::RfmGrid &expected, bool sameSegments = true)
{
    QCOMPARE(shown.cells.size(), expected.cells.size());
    QCOMPARE(shown.cells.size(), std::size_t {25});
    for (std::size_t i = 0; i < expected.cells.size(); ++i) {
        QCOMPARE(shown.cells[i].customerCount, expected.cells[i].customerCount);
        if (sameSegments) {
            QCOMPARE(shown.cells[i].segment, expected.cells[i].segment);
        }
        QCOMPARE(shown.cells[i].segment < 0, expected.cells[i].segment < 0);
        QVERIFY(std::abs(shown.cells[i].revenue - expected.cells[i].revenue) < 1e-6);
    }
}

} // namespace

class RfmMapDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void gridMatchesEngine();
    void reassigningCellsChangesCountsAndCoverage();
    void runStoresTheSegmentation();
    void screenshots_data();
    void screenshots();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void RfmMapDialogTest::initTestCase()
{
    ui::test::prepareTestEnvironment();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("retail.segmenta"));
    auto created = engine::Session::createProject(m_path.toStdString());
    QVERIFY(created);
    engine::TransactionImportParams params;
    params.filePath = SEGMENTA_SHARED_DATA_DIR "/online_retail/online_retail_sample.csv";
    params.onError = engine::RowErrorPolicy::Skip;
    engine::NullProgress progress;
    QVERIFY(created->importTransactionsCsv(params, progress));
}

void RfmMapDialogTest::gridMatchesEngine()
{
    RfmMapDialog dialog(m_path);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isIdle(), waitMs);
    const engine::RfmRunParams params = dialog.runParameters();
    QVERIFY(params.scoring.analysisDay.has_value());
    QCOMPARE(params.map.segments.size(), std::size_t {11});
    compareGrids(dialog.gridWidget()->grid(), engineGrid(m_path, params));
    // The analysis date shown first is the day after the last transaction: the engine's default.
    engine::RfmRunParams byDefault = params;
    byDefault.scoring.analysisDay.reset();
    compareGrids(dialog.gridWidget()->grid(), engineGrid(m_path, byDefault));
    QVERIFY2(dialog.coverageText().contains(QStringLiteral("exactly one segment")),
        qPrintable(dialog.coverageText()));
}

void RfmMapDialogTest::reassigningCellsChangesCountsAndCoverage()
{
    RfmMapDialog dialog(m_path);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isIdle(), waitMs);
    const engine::RfmGrid before = dialog.gridWidget()->grid();
    const int champions = before.cell(5, 5).segment;
    QVERIFY(champions >= 0);
    const std::int64_t moved = before.cell(5, 5).customerCount + before.cell(5, 4).customerCount;
    QVERIFY(moved > 0);

    // Leave two cells out: their customers become Other, and the coverage line says so.
    dialog.assignCells({QPoint(5, 5), QPoint(5, 4)}, -1);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isIdle(), waitMs);
    const engine::RfmGrid unassigned = dialog.gridWidget()->grid();
    QCOMPARE(unassigned.cell(5, 5).segment, -1);
    QCOMPARE(unassigned.cell(5, 4).segment, -1);
    QVERIFY2(dialog.coverageText().contains(QStringLiteral("2 cells belong to no segment: their %1 customers")
                                                .arg(QLocale().toString(static_cast<qlonglong>(moved)))),
        qPrintable(dialog.coverageText()));
    compareGrids(unassigned, engineGrid(m_path, dialog.runParameters()), false);

    // Put them into another segment: the counts follow and the coverage is complete again.
    const int target = before.cell(1, 1).segment;
    QVERIFY(target >= 0 && target != champions);
    dialog.assignCells({QPoint(5, 5), QPoint(5, 4)}, target);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isIdle(), waitMs);
    QCOMPARE(dialog.gridWidget()->grid().cell(5, 5).segment, target);
    QVERIFY(dialog.coverageText().contains(QStringLiteral("exactly one segment")));
    const engine::RfmRunParams params = dialog.runParameters();
    const engine::RfmGrid expected = engineGrid(m_path, params);
    const int stored = expected.cell(5, 5).segment; // an index into the map without the emptied segment
    QVERIFY(stored >= 0);
    QCOMPARE(QString::fromStdString(params.map.segments[static_cast<std::size_t>(stored)].name),
        dialog.segmentNames()[target]);
    QCOMPARE(dialog.gridWidget()->grid().cell(5, 5).customerCount, expected.cell(5, 5).customerCount);
}

void RfmMapDialogTest::runStoresTheSegmentation()
{
    RfmMapDialog dialog(m_path);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isIdle(), waitMs);
    dialog.assignCells({QPoint(1, 1)}, -1); // some customers end up as Other
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isIdle(), waitMs);
    const engine::RfmGrid grid = dialog.gridWidget()->grid();
    const QStringList names = dialog.segmentNames();
    QSignalSpy stored(&dialog, &RfmMapDialog::segmentationStored);
    QVERIFY(dialog.startRun());
    QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 1, waitMs);
    QVERIFY(dialog.report().has_value());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // Customers per segment from the grid on show.
    std::map<std::string, std::int64_t> expected;
    for (const engine::RfmGridCell &cell : grid.cells) {
        if (cell.customerCount > 0) {
            expected[cell.segment >= 0 ? names[cell.segment].toStdString() : std::string("Other")]
                += cell.customerCount;
        }
    }
    auto session = engine::Session::openProject(m_path.toStdString());
    QVERIFY(session);
    auto details = session->segmentation(dialog.report()->segmentation.name);
    QVERIFY(details);
    QCOMPARE(details->info.method, std::string("rfm"));
    QCOMPARE(details->projectionMethod, std::string("rfm-grid"));
    std::map<std::string, std::int64_t> actual;
    for (const engine::SegmentInfo &segment : details->segments) {
        actual[segment.name] = segment.size;
    }
    QCOMPARE(actual, expected);
}

void RfmMapDialogTest::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("tr") << QStringLiteral("tr");
}

void RfmMapDialogTest::screenshots()
{
    QFETCH(QString, language);
    ui::LanguageManager languages;
    QVERIFY(languages.setLanguage(language));
    RfmMapDialog dialog(m_path);
    dialog.resize(1280, 800);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isIdle(), waitMs);
    dialog.gridWidget()->selectCell(3, 3);
    dialog.gridWidget()->selectCell(3, 4, true);
    QCoreApplication::processEvents();
    QDir().mkpath(QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR));
    const QString file = QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR "/rfm_map_%1.png").arg(language);
    QVERIFY(dialog.grab().save(file));
    const QByteArray shots = qgetenv("SEGMENTA_SHOTS_DIR");
    if (!shots.isEmpty()) {
        QDir().mkpath(QString::fromLocal8Bit(shots));
        QVERIFY(dialog.grab().save(
            QString::fromLocal8Bit(shots) + QStringLiteral("/rfm_map_%1.png").arg(language)));
    }
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
}

QTEST_MAIN(RfmMapDialogTest)
#include "RfmMapDialogTest.moc"
