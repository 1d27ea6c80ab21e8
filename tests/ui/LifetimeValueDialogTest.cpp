// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "Session.h"
#include "common/LanguageManager.h"
#include "import/DateParsing.h"
#include "jobs/JobRunner.h"
#include "models/CustomerTableModel.h"
#include "value/AliveHeatmap.h"
#include "value/AtRiskTableModel.h"
#include "value/DiagnosticChartView.h"
#include "value/LifetimeValueDialog.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QXYSeries>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace segmenta;
using segmenta::ui::LifetimeValueDialog;

namespace {

constexpr int waitMs = 120000;
/// Few parameter draws: the ranges only have to exist, and the test has to stay fast under ASan.
constexpr int testDraws = 20;

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// The settings of the published CDNOW analysis: 39 calibration weeks, the holdout after them.
engine::LifetimeValueParams cdnowParameters()
{
    engine::LifetimeValueParams params;
    params.calibrationEnd = *engine::daysFromCivil(1997, 9, 30);
    params.bootstrapDraws = testDraws;
    params.storeTiers = true;
    return params;
}

/// A cell of the parameter table as a number (its Qt::UserRole).
double tableValue(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->data(Qt::UserRole).toDouble() : std::nan("");
}

int pointsIn(const QChart *chart)
{
    int points = 0;
    for (QAbstractSeries *series : chart->series()) {
        if (const auto *xy = qobject_cast<QXYSeries *>(series)) {
            points += static_cast<int>(xy->count());
        }
    }
    return points;
}

} // namespace

class LifetimeValueDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void withoutTransactionsSaysWhatIsNeeded();
    void cancelLeavesTheProjectUnchanged();
    void fitShowsTheEnginesNumbersAndCharts();
    void storedRunOpensWithoutRefitting();
    void withoutHoldoutChartsSayWhy();
    void mainWindowRefreshesAfterARun();
    void screenshots_data();
    void screenshots();

private:
    QString copyCdnow(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_cdnow; ///< the imported CDNOW log, never fitted: copied for each test
    QString m_fitted; ///< a copy fitted by fitShowsTheEnginesNumbersAndCharts
};

void LifetimeValueDialogTest::initTestCase()
{
    ui::test::prepareTestEnvironment();
    QVERIFY(m_dir.isValid());
    m_cdnow = m_dir.filePath(QStringLiteral("cdnow.segmenta"));
    auto created = engine::Session::createProject(m_cdnow.toStdString());
    QVERIFY(created);
    engine::TransactionImportParams params;
    params.filePath = SEGMENTA_SHARED_DATA_DIR "/cdnow/cdnowElog.csv";
    params.customerColumn = "masterid";
    params.amountColumn = "sales";
    params.quantityColumn = "cds";
    engine::NullProgress progress;
    const auto imported = created->importTransactionsCsv(params, progress);
    QVERIFY2(imported, imported ? "" : engine::describe(imported.error()).c_str());
}

QString LifetimeValueDialogTest::copyCdnow(const QString &name) const
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(m_cdnow, path) ? path : QString();
}

void LifetimeValueDialogTest::withoutTransactionsSaysWhatIsNeeded()
{
    const QString path = ui::test::copySampleProject(m_dir);
    auto session = engine::Session::openProject(path.toStdString());
    QVERIFY(session);
    LifetimeValueDialog dialog(session.value());
    QVERIFY(!dialog.hasTransactions());
    QVERIFY(!dialog.startRun());
    QVERIFY(!dialog.results().has_value());
    QVERIFY(!dialog.resultTabs()->isVisibleTo(&dialog));
}

void LifetimeValueDialogTest::cancelLeavesTheProjectUnchanged()
{
    const QString path = copyCdnow(QStringLiteral("cancel.segmenta"));
    QVERIFY(!path.isEmpty());
    const QByteArray before = fileHash(path);
    {
        auto session = engine::Session::openProject(path.toStdString());
        QVERIFY(session);
        LifetimeValueDialog dialog(session.value());
        engine::LifetimeValueParams params = cdnowParameters();
        params.bootstrapDraws = 1000; // long enough to be still running when Cancel comes
        dialog.setParameters(params);
        QSignalSpy progress(dialog.jobRunner(), &ui::JobRunner::progressChanged);
        QSignalSpy cancelled(dialog.jobRunner(), &ui::JobRunner::cancelled);
        QSignalSpy stored(&dialog, &LifetimeValueDialog::lifetimeValueStored);
        QVERIFY(dialog.startRun());
        QVERIFY(dialog.isRunning());
        // Cancel in the middle: once the engine reports progress (it checks Cancel where it reports).
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() > 0, waitMs);
        dialog.cancelRun();
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, waitMs);
        QVERIFY(!dialog.isRunning());
        QCOMPARE(stored.count(), 0);
        QVERIFY(!dialog.results().has_value());
    }
    QCOMPARE(fileHash(path), before);
    auto session = engine::Session::openProject(path.toStdString());
    QVERIFY(session);
    const auto run = session->lifetimeValueRun();
    QVERIFY(run);
    QVERIFY(!run.value().has_value());
    const auto summary = session->summary();
    QVERIFY(summary);
    for (const engine::ColumnInfo &column : summary->columns) {
        QVERIFY2(column.origin != "model", column.name.c_str());
    }
    QVERIFY(summary->segmentations.empty());
}

void LifetimeValueDialogTest::fitShowsTheEnginesNumbersAndCharts()
{
    m_fitted = copyCdnow(QStringLiteral("fitted.segmenta"));
    QVERIFY(!m_fitted.isEmpty());
    auto session = engine::Session::openProject(m_fitted.toStdString());
    QVERIFY(session);
    LifetimeValueDialog dialog(session.value());
    QVERIFY(dialog.hasTransactions());
    QVERIFY(!dialog.results().has_value());
    dialog.setParameters(cdnowParameters());
    QCOMPARE(dialog.parameters().calibrationEnd, cdnowParameters().calibrationEnd);
    QCOMPARE(dialog.parameters().bootstrapDraws, testDraws);
    QSignalSpy stored(&dialog, &LifetimeValueDialog::lifetimeValueStored);
    QVERIFY(dialog.startRun());
    QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 1, waitMs);
    QVERIFY(dialog.results().has_value());
    const engine::LifetimeValueReport &report = dialog.results()->report;

    // The table shows the engine's numbers: the report, and the run as stored in the project.
    const auto storedRun = session->lifetimeValueRun();
    QVERIFY(storedRun && storedRun.value());
    const engine::StoredLifetimeValueRun &run = *storedRun.value();
    const QTableWidget *table = dialog.parameterTable();
    QCOMPARE(table->rowCount(), 7); // r, alpha, a, b; p, q, gamma
    for (int row = 0; row < 4; ++row) {
        const engine::ModelParameter &parameter = report.purchaseParameters[static_cast<std::size_t>(row)];
        QCOMPARE(tableValue(table, row, 2), parameter.value);
        QCOMPARE(tableValue(table, row, 3), parameter.standardError);
        QCOMPARE(tableValue(table, row, 2), run.purchaseParameters[static_cast<std::size_t>(row)].value);
        QVERIFY(std::isfinite(parameter.standardError) && parameter.standardError > 0.0);
    }
    for (int row = 4; row < 7; ++row) {
        QCOMPARE(tableValue(table, row, 2), report.spendParameters[static_cast<std::size_t>(row - 4)].value);
    }
    // Known answer: Fader, Hardie & Lee (2005) on CDNOW, r = 0.243, alpha = 4.414, a = 0.793, b = 2.426.
    QVERIFY(std::abs(tableValue(table, 0, 2) - 0.243) < 0.0005);
    QVERIFY(std::abs(tableValue(table, 1, 2) - 4.414) < 0.0005);
    QVERIFY(std::abs(tableValue(table, 2, 2) - 0.793) < 0.0005);
    QVERIFY(std::abs(tableValue(table, 3, 2) - 2.426) < 0.0005);
    QCOMPARE(run.purchaseLogLikelihood, report.purchaseLogLikelihood);
    QCOMPARE(run.calibrationEnd, report.calibrationEnd);
    QVERIFY(dialog.results()->hasHoldout());

    // Tiers: four rows whose counts are the engine's.
    QCOMPARE(dialog.tierTable()->rowCount(), 4);
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(tableValue(dialog.tierTable(), row, 1),
            static_cast<double>(report.tiers[static_cast<std::size_t>(row)].customerCount));
    }

    // Charts: tracking with actual, expected and the calibration-end marker; conditional expectations with
    // actual and expected bars per frequency group; the P(alive) heatmap with cells.
    QVERIFY(dialog.trackingChart()->isShowingChart());
    QCOMPARE(dialog.trackingChart()->chart()->series().size(), 3);
    QVERIFY(pointsIn(dialog.trackingChart()->chart())
        >= 2 * static_cast<int>(report.diagnostics.tracking.size()));
    QVERIFY(dialog.conditionalChart()->isShowingChart());
    const auto bars = dialog.conditionalChart()->chart()->series();
    QCOMPARE(bars.size(), 1);
    const auto *barSeries = qobject_cast<QBarSeries *>(bars.front());
    QVERIFY(barSeries);
    QCOMPARE(barSeries->count(), 2);
    QCOMPARE(static_cast<std::size_t>(barSeries->barSets().front()->count()),
        report.diagnostics.conditionalExpectations.size());
    QVERIFY(report.diagnostics.conditionalExpectations.size() >= 2);
    QVERIFY(dialog.aliveHeatmap()->paintedCellCount() > 0);
    QCOMPARE(
        dialog.aliveHeatmap()->grid().probability.size(), report.diagnostics.aliveGrid.probability.size());

    // The at-risk list is the report's.
    QVERIFY(report.atRiskCount > 0);
    QCOMPARE(dialog.atRiskModel()->rowCount(), static_cast<int>(report.atRisk.size()));
    QCOMPARE(dialog.atRiskModel()->index(0, ui::AtRiskTableModel::CustomerColumn).data().toString(),
        QString::fromStdString(report.atRisk.front().customerId));

    // The columns and the tier segmentation are in the project.
    const auto summary = session->summary();
    QVERIFY(summary);
    QVERIFY(std::any_of(summary->columns.begin(), summary->columns.end(),
        [](const engine::ColumnInfo &column) { return column.name == "CLV (12 months)"; }));
    QCOMPARE(report.tierSegmentation, std::string("CLV tiers (12 months)"));

    // The at-risk list, as a run made here shows it.
    dialog.resize(1280, 800);
    dialog.show();
    dialog.resultTabs()->setCurrentIndex(dialog.resultTabs()->count() - 1);
    QTest::qWait(50);
    QDir().mkpath(QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR));
    QVERIFY(dialog.grab().save(QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR "/clv_atrisk_run_en.png")));
}

void LifetimeValueDialogTest::storedRunOpensWithoutRefitting()
{
    QVERIFY(!m_fitted.isEmpty());
    const QByteArray before = fileHash(m_fitted);
    {
        auto session = engine::Session::openProject(m_fitted.toStdString());
        QVERIFY(session);
        const auto storedRun = session->lifetimeValueRun();
        QVERIFY(storedRun && storedRun.value());
        const engine::StoredLifetimeValueRun &run = *storedRun.value();
        LifetimeValueDialog dialog(session.value());
        QVERIFY(!dialog.isRunning());
        QVERIFY(dialog.results().has_value());
        QVERIFY(!dialog.results()->createdAt.empty());
        // The stored run lists the same at-risk customers the run showed (the first atRiskLimit).
        QVERIFY(run.atRiskCount > 0);
        QCOMPARE(static_cast<std::int64_t>(run.atRisk.size()),
            std::min<std::int64_t>(run.atRiskCount, run.parameters.atRiskLimit));
        QVERIFY(dialog.results()->hasAtRiskList);
        QCOMPARE(dialog.atRiskModel()->rowCount(), static_cast<int>(run.atRisk.size()));
        // The form shows the stored run's settings.
        QCOMPARE(dialog.parameters().calibrationEnd, cdnowParameters().calibrationEnd);
        QCOMPARE(dialog.parameters().bootstrapDraws, testDraws);
        for (int row = 0; row < 4; ++row) {
            QCOMPARE(tableValue(dialog.parameterTable(), row, 2),
                run.purchaseParameters[static_cast<std::size_t>(row)].value);
        }
        QVERIFY(dialog.trackingChart()->isShowingChart());
        QCOMPARE(dialog.trackingChart()->chart()->series().size(), 3);
        QVERIFY(dialog.conditionalChart()->isShowingChart());
        QVERIFY(dialog.aliveHeatmap()->paintedCellCount() > 0);
    }
    QCOMPARE(fileHash(m_fitted), before);
}

void LifetimeValueDialogTest::withoutHoldoutChartsSayWhy()
{
    const QString path = copyCdnow(QStringLiteral("noholdout.segmenta"));
    auto session = engine::Session::openProject(path.toStdString());
    QVERIFY(session);
    LifetimeValueDialog dialog(session.value());
    engine::LifetimeValueParams params;
    params.bootstrapDraws = 0;
    dialog.setParameters(params);
    QVERIFY(!dialog.parameters().calibrationEnd.has_value());
    QSignalSpy stored(&dialog, &LifetimeValueDialog::lifetimeValueStored);
    QVERIFY(dialog.startRun());
    QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 1, waitMs);
    QVERIFY(!dialog.results()->hasHoldout());
    QVERIFY(!dialog.conditionalChart()->isShowingChart());
    QVERIFY(dialog.conditionalChart()->emptyReason().contains(
        QStringLiteral("Check the fit on later purchases")));
    // The tracking plot still shows the fit to the purchases the model saw, and says there is no holdout.
    QVERIFY(dialog.trackingChart()->isShowingChart());
    QCOMPARE(dialog.trackingChart()->chart()->series().size(), 2);
    QVERIFY(dialog.trackingChart()->note().startsWith(QStringLiteral("No holdout")));
    QVERIFY(!dialog.results()->report.range.isAvailable);
}

void LifetimeValueDialogTest::mainWindowRefreshesAfterARun()
{
    const QString path = copyCdnow(QStringLiteral("window.segmenta"));
    ui::MainWindow window;
    QVERIFY(window.openProject(path));
    QVERIFY(window.currentSegmentation().isEmpty());
    QVERIFY(window.openLifetimeValueDialog());
    LifetimeValueDialog *dialog = window.lifetimeValueDialog();
    QVERIFY(dialog);
    engine::LifetimeValueParams params;
    params.bootstrapDraws = 0;
    params.storeTiers = true;
    dialog->setParameters(params);
    QSignalSpy stored(dialog, &LifetimeValueDialog::lifetimeValueStored);
    QVERIFY(dialog->startRun());
    QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 1, waitMs);
    QCOMPARE(window.currentSegmentation(), QStringLiteral("CLV tiers (12 months)"));
    bool hasColumn = false;
    for (int column = 0; column < window.customerModel()->columnCount(); ++column) {
        hasColumn = hasColumn
            || window.customerModel()->headerData(column, Qt::Horizontal).toString()
                == QStringLiteral("CLV (12 months)");
    }
    QVERIFY(hasColumn);
    dialog->close();
}

void LifetimeValueDialogTest::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("tr") << QStringLiteral("tr");
}

void LifetimeValueDialogTest::screenshots()
{
    QFETCH(QString, language);
    QVERIFY(!m_fitted.isEmpty());
    ui::LanguageManager languages;
    QVERIFY(languages.setLanguage(language));
    auto session = engine::Session::openProject(m_fitted.toStdString());
    QVERIFY(session);
    LifetimeValueDialog dialog(session.value());
    dialog.resize(1280, 800);
    dialog.show();
    QDir().mkpath(QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR));
    const QByteArray shots = qgetenv("SEGMENTA_SHOTS_DIR");
    const QStringList pages {QStringLiteral("summary"), QStringLiteral("tracking"),
        QStringLiteral("frequency"), QStringLiteral("alive"), QStringLiteral("atrisk")};
    for (int tab = 0; tab < dialog.resultTabs()->count(); ++tab) {
        dialog.resultTabs()->setCurrentIndex(tab);
        QTest::qWait(50); // the charts lay out on the next turns of the event loop
        const QPixmap shot = dialog.grab();
        const QString name = QStringLiteral("/clv_%1_%2.png").arg(pages.value(tab), language);
        QVERIFY(shot.save(QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR) + name));
        if (!shots.isEmpty()) {
            QDir().mkpath(QString::fromLocal8Bit(shots));
            QVERIFY(shot.save(QString::fromLocal8Bit(shots) + name));
        }
    }
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
}

QTEST_MAIN(LifetimeValueDialogTest)
#include "LifetimeValueDialogTest.moc"
