// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "PluralProbe.h"
#include "UiTestSupport.h"

#include "Session.h"
#include "common/LanguageManager.h"
#include "rfm/RfmGridWidget.h"
#include "rfm/RfmMapDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
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

/// The map part of a document as JSON, to compare maps field by field.
std::string mapJson(const engine::RfmMap &map)
{
    return engine::writeRfmMapJson({map, engine::RfmParams {}});
}

/// rf11 with Champions limited to M4-5, its lower spenders (M1-3) in Loyal Customers, and two colours
/// written as a user might (upper case).
engine::RfmMapDocument monetaryDocument()
{
    engine::RfmMapDocument document;
    document.map = *engine::rfmPreset("rf11");
    document.map.name = "RFM with monetary";
    engine::RfmSegmentDefinition &champions = document.map.segments[0];
    champions.color = "#123ABC";
    champions.rectangles[0].monetary = engine::RfmScoreRange {4, 5};
    engine::RfmSegmentDefinition &loyal = document.map.segments[1]; // "loyal_customers"
    loyal.rectangles.push_back({{5, 5}, {4, 5}, engine::RfmScoreRange {1, 3}});
    loyal.color = "#00AA00";
    return document;
}

int segmentNamed(const RfmMapDialog &dialog, const QString &name)
{
    return static_cast<int>(dialog.segmentNames().indexOf(name));
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
    void loadedMonetaryRangesAndColoursSurviveSaving();
    void monetaryRangeCountsAsTheEngine();
    void countSentencesArePluralAware();
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
    QVERIFY2(dialog.coverageText().contains(QStringLiteral("2 cells belong to no segment: R5F5, R5F4. %1 "
                                                           "customers are counted as Other.")
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

void RfmMapDialogTest::loadedMonetaryRangesAndColoursSurviveSaving()
{
    const engine::RfmMapDocument document = monetaryDocument();
    RfmMapDialog dialog(m_path);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isIdle(), waitMs);
    dialog.loadDocument(document);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isIdle(), waitMs);

    // Unchanged, the map the dialog would save is the loaded one, M ranges and colours included.
    const engine::RfmRunParams params = dialog.runParameters();
    QCOMPARE(QString::fromStdString(mapJson(params.map)), QString::fromStdString(mapJson(document.map)));
    QCOMPARE(dialog.monetaryRange(0)->low, 4);
    QCOMPARE(dialog.monetaryRange(0)->high, 5);
    QCOMPARE(dialog.segmentColour(0), QColor(QStringLiteral("#123abc")));
    // Counts and coverage are the engine's, over R x F x M.
    compareGrids(dialog.gridWidget()->grid(), engineGrid(m_path, params));
    QVERIFY2(dialog.coverageText().contains(QStringLiteral("Every one of the 125 R × F × M cells")),
        qPrintable(dialog.coverageText()));
    const engine::RfmGridCell &top = dialog.gridWidget()->grid().cell(5, 5);
    QCOMPARE(top.segmentCounts.size(), std::size_t {2}); // Champions and Loyal Customers share R5F5

    // A colour chosen in the dialog goes with the map and with the stored segments.
    const int potential = segmentNamed(dialog, QStringLiteral("Potential Loyalist"));
    QVERIFY(potential >= 0);
    dialog.setSegmentColour(potential, QColor(QStringLiteral("#ff8800")));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isIdle(), waitMs);
    engine::RfmMap expected = document.map;
    expected.segments[static_cast<std::size_t>(potential)].color = "#ff8800";
    QCOMPARE(QString::fromStdString(mapJson(dialog.runParameters().map)),
        QString::fromStdString(mapJson(expected)));

    QSignalSpy stored(&dialog, &RfmMapDialog::segmentationStored);
    dialog.setSegmentationName(QStringLiteral("Monetary map"));
    QVERIFY(dialog.startRun());
    QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 1, waitMs);

    auto session = engine::Session::openProject(m_path.toStdString());
    QVERIFY(session);
    auto maps = session->rfmMaps();
    QVERIFY(maps);
    const auto found = std::find_if(maps->begin(), maps->end(),
        [](const engine::RfmMapDocument &each) { return each.map.name == "RFM with monetary"; });
    QVERIFY(found != maps->end());
    QCOMPARE(QString::fromStdString(mapJson(found->map)), QString::fromStdString(mapJson(expected)));
    auto segments = session->segments(dialog.report()->segmentation.name);
    QVERIFY(segments);
    std::map<std::string, std::string> colours;
    for (const engine::SegmentInfo &segment : segments.value()) {
        colours[segment.name] = segment.color;
    }
    QCOMPARE(colours.at("Champions"), std::string("#123ABC"));
    QCOMPARE(colours.at("Loyal Customers"), std::string("#00AA00"));
    QCOMPARE(colours.at("Potential Loyalist"), std::string("#ff8800"));
    QCOMPARE(colours.at("Lost"), std::string("#878787")); // the preset's palette

    // The stored map is offered when the dialog opens again, and loads with its M ranges.
    RfmMapDialog again(m_path);
    QComboBox *start = again.findChild<QComboBox *>();
    QVERIFY(start != nullptr);
    const int item = start->findText(QStringLiteral("Stored in the project: RFM with monetary"));
    QVERIFY(item >= 0);
    start->setCurrentIndex(item);
    QTRY_VERIFY_WITH_TIMEOUT(again.isIdle(), waitMs);
    QCOMPARE(QString::fromStdString(mapJson(again.runParameters().map)),
        QString::fromStdString(mapJson(expected)));
}

void RfmMapDialogTest::monetaryRangeCountsAsTheEngine()
{
    RfmMapDialog dialog(m_path);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isIdle(), waitMs);
    const int champions = segmentNamed(dialog, QStringLiteral("Champions"));
    QVERIFY(champions >= 0);
    const std::int64_t allChampions = dialog.segmentCustomerCounts()[static_cast<std::size_t>(champions)];
    dialog.setMonetaryRange(champions, engine::RfmScoreRange {4, 5});
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isIdle(), waitMs);

    // Independently from the scores: Champions are R5, F4-5 and now M4-5; the rest of their cells is Other.
    const engine::RfmRunParams params = dialog.runParameters();
    auto session = engine::Session::openProject(m_path.toStdString());
    QVERIFY(session);
    engine::NullProgress progress;
    auto scores = session->scoreRfm(params.scoring, progress);
    QVERIFY(scores);
    std::int64_t highSpenders = 0;
    std::int64_t lowSpenders = 0;
    for (std::size_t c = 0; c < scores->recencyScore.size(); ++c) {
        if (scores->recencyScore[c] == 5 && scores->frequencyScore[c] >= 4) {
            ++(scores->monetaryScore[c] >= 4 ? highSpenders : lowSpenders);
        }
    }
    QVERIFY(highSpenders > 0 && lowSpenders > 0);
    QCOMPARE(highSpenders + lowSpenders, allChampions);
    const std::vector<std::int64_t> counts = dialog.segmentCustomerCounts();
    QCOMPARE(counts[static_cast<std::size_t>(champions)], highSpenders);
    QCOMPARE(counts.back(), lowSpenders);
    for (const engine::RfmRectangle &rectangle :
        params.map.segments[static_cast<std::size_t>(champions)].rectangles) {
        QVERIFY(rectangle.monetary.has_value());
        QCOMPARE(rectangle.monetary->low, 4);
        QCOMPARE(rectangle.monetary->high, 5);
    }
    compareGrids(dialog.gridWidget()->grid(), engineGrid(m_path, params));
    QVERIFY2(
        dialog.coverageText().contains(QStringLiteral("6 cells belong to no segment: R5F5M3, R5F5M2, R5F5M1, "
                                                      "R5F4M3, R5F4M2, R5F4M1.")),
        qPrintable(dialog.coverageText()));
    QVERIFY2(dialog.coverageText().contains(
                 QStringLiteral("%1 customers are counted as Other.").arg(QLocale().toString(lowSpenders))),
        qPrintable(dialog.coverageText()));

    // Another segment can take the lower spenders of the same cells; Champions keeps M4-5.
    const int loyal = segmentNamed(dialog, QStringLiteral("Loyal Customers"));
    dialog.setMonetaryRange(loyal, engine::RfmScoreRange {1, 3});
    dialog.assignCells({QPoint(5, 5), QPoint(5, 4)}, loyal);
    dialog.setMonetaryRange(loyal, std::nullopt); // any M again: it takes M4-5 of its cells as well
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isIdle(), waitMs);
    QCOMPARE(dialog.segmentCustomerCounts()[static_cast<std::size_t>(champions)], std::int64_t {0});
    QCOMPARE(dialog.segmentCustomerCounts().back(), std::int64_t {0});
    compareGrids(dialog.gridWidget()->grid(), engineGrid(m_path, dialog.runParameters()), false);
    // Champions lost every cell: the map left to save has no Champions, and no M range anywhere.
    for (const engine::RfmSegmentDefinition &segment : dialog.runParameters().map.segments) {
        QVERIFY(segment.key != "champions");
        for (const engine::RfmRectangle &rectangle : segment.rectangles) {
            QVERIFY(!rectangle.monetary.has_value());
        }
    }
    QVERIFY2(dialog.coverageText().contains(QStringLiteral("Every one of the 25 cells")),
        qPrintable(dialog.coverageText()));
}

void RfmMapDialogTest::countSentencesArePluralAware()
{
    // A project of three customers of the Online Retail sample: segments, cells and bands of one.
    QTemporaryDir directory;
    QFile sample(QStringLiteral(SEGMENTA_SHARED_DATA_DIR "/online_retail/online_retail_sample.csv"));
    QVERIFY(sample.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString csvPath = directory.filePath(QStringLiteral("three.csv"));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::WriteOnly | QIODevice::Text));
    QTextStream in(&sample);
    QTextStream out(&csv);
    const QString header = in.readLine();
    out << header << '\n';
    const auto customerColumn = header.split(QLatin1Char(',')).indexOf(QStringLiteral("CustomerID"));
    QVERIFY(customerColumn >= 0);
    QSet<QString> customers;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        const QStringList fields = line.split(QLatin1Char(','));
        if (fields.size() != header.count(QLatin1Char(',')) + 1) {
            continue; // descriptions with commas: not needed here
        }
        const QString customer = fields[customerColumn];
        if (customer.isEmpty() || (customers.size() == 3 && !customers.contains(customer))) {
            continue;
        }
        customers.insert(customer);
        out << line << '\n';
    }
    csv.close();
    const QString path = directory.filePath(QStringLiteral("three.segmenta"));
    {
        auto created = engine::Session::createProject(path.toStdString());
        QVERIFY(created);
        engine::TransactionImportParams params;
        params.filePath = csvPath.toStdString();
        params.onError = engine::RowErrorPolicy::Skip;
        engine::NullProgress progress;
        QVERIFY(created->importTransactionsCsv(params, progress));
    }

    ui::test::PluralProbe english; // the singular forms segmenta_en.qm gives
    QCoreApplication::installTranslator(&english);
    RfmMapDialog dialog(path);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isIdle(), waitMs);
    QStringList texts {dialog.coverageText(), dialog.tieText(), dialog.bandsText()};
    const QListWidget *list = dialog.findChild<QListWidget *>();
    QVERIFY(list != nullptr);
    for (int row = 0; row < list->count(); ++row) {
        texts.append(list->item(row)->text());
        texts.append(list->item(row)->toolTip());
    }
    QCoreApplication::removeTranslator(&english);
    QVERIFY2(texts.join(QLatin1Char('\n')).contains(QStringLiteral(" — 1 customer")),
        qPrintable(texts.join(QLatin1Char('\n'))));
    for (const QString &text : texts) {
        QVERIFY2(!ui::test::wrongSingular().match(text).hasMatch(), qPrintable(text));
    }
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
    // Champions only for the higher spenders: R5F4 and R5F5 show how M splits them.
    dialog.setMonetaryRange(0, engine::RfmScoreRange {4, 5});
    dialog.findChild<QListWidget *>()->setCurrentRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isIdle(), waitMs);
    QCoreApplication::processEvents();
    QDir().mkpath(QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR));
    const QString file = QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR "/rfm_map_%1.png").arg(language);
    QVERIFY(dialog.grab().save(file));
    // The narrowest the dialog gets: every label must still fit in both languages.
    dialog.resize(dialog.minimumSizeHint());
    QCoreApplication::processEvents();
    QVERIFY(
        dialog.grab().save(QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR "/rfm_map_%1_narrow.png").arg(language)));
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
