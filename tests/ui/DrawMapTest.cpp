// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// Segment › Draw map… (issues 6 and 4): the dialog's choices become the engine's ProjectionParams, a PCA
// or t-SNE map drawn from it on the Mall customers is stored and shown (a t-SNE map settling live on the
// way), Cancel leaves the map that was there, and a criteria set that leaves customers out says so.
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "common/LanguageManager.h"
#include "explorer/DrawMapDialog.h"
#include "explorer/SegmentMapView.h"
#include "jobs/JobRunner.h"

#include <QComboBox>
#include <QLabel>
#include <QLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>

using namespace segmenta;
using segmenta::ui::DrawMapDialog;
using segmenta::ui::JobRunner;
using segmenta::ui::MainWindow;

namespace {

constexpr int mallCustomers = 200;
constexpr int mallMaximumPerplexity = (mallCustomers - 1) / 3; // 66
// Customers younger than 20 (12 in the Mall data): sqrt(Age - 20) is missing for them, and dropped.
constexpr int mallYoungerThanTwenty = 12;
constexpr int jobTimeoutMs = 120000;

const QString s_mall = QStringLiteral("Mall");
const QString s_incomeSet = QStringLiteral("Income and spending");
const QString s_ageSet = QStringLiteral("Years past twenty");

engine::CriteriaVariable numeric(
    const std::string &name, const std::string &column, const std::string &expression)
{
    engine::CriteriaVariable variable;
    variable.name = name;
    variable.column = column;
    variable.expression = expression;
    return variable;
}

/// The Mall customers with a 5-segment k-means on age, income and spending score (stored with its PCA map)
/// and two criteria sets: income and spending, and one that leaves the customers under 20 out.
QString makeMallProject(const QTemporaryDir &directory)
{
    const QString path = directory.filePath(QStringLiteral("mall.segmenta"));
    auto created = engine::Session::createProject(path.toStdString());
    if (!created) {
        return QString();
    }
    engine::Session session = std::move(created).value();
    engine::NullProgress progress;
    engine::CsvImportParams table;
    table.filePath = std::string(SEGMENTA_SHARED_DATA_DIR) + "/mall_customers/Mall_Customers.csv";
    engine::SegmentationParams segment;
    segment.name = s_mall.toStdString();
    segment.columns = {"Age", "Annual Income (k$)", "Spending Score (1-100)"};
    segment.segmentCount = 5;
    engine::CriteriaSet income;
    income.name = s_incomeSet.toStdString();
    income.variables
        = {numeric("Income", "Annual Income (k$)", ""), numeric("Spending", "Spending Score (1-100)", "")};
    engine::CriteriaSet age;
    age.name = s_ageSet.toStdString();
    age.variables
        = {numeric("Years past twenty", "", "sqrt([Age] - 20)"), numeric("Income", "Annual Income (k$)", "")};
    if (!session.importCustomersCsv(table, progress) || !session.runSegmentation(segment, progress)
        || !session.saveCriteriaSet(income) || !session.saveCriteriaSet(age)) {
        return QString();
    }
    return path;
}

bool waitForJob(MainWindow &window)
{
    if (!window.jobRunner()->isRunning()) {
        return true;
    }
    QSignalSpy finished(window.jobRunner(), &JobRunner::finished);
    return finished.wait(jobTimeoutMs);
}

engine::SegmentationDetails storedMap(const MainWindow &window)
{
    auto details = window.session()->segmentation(s_mall.toStdString());
    return details ? details.value() : engine::SegmentationDetails {};
}

} // namespace

class DrawMapTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dialogMapsChoicesToParameters_data();
    void dialogMapsChoicesToParameters();
    void dialogExplainsTheRangeAndTheChoices();
    void pcaAndTsneFromTheDialogAreStoredAndShown();
    void cancelMidTsneLeavesThePreviousMap();
    void criteriaSetLeavingCustomersOutSaysSo();
    void screenshots_data();
    void screenshots();

private:
    QTemporaryDir m_directory;
    QString m_project;
};

void DrawMapTest::initTestCase()
{
    ui::test::prepareTestEnvironment();
    QVERIFY(m_directory.isValid());
    m_project = makeMallProject(m_directory);
    QVERIFY(!m_project.isEmpty());
}

void DrawMapTest::dialogMapsChoicesToParameters_data()
{
    QTest::addColumn<bool>("tsne");
    QTest::addColumn<int>("perplexity");
    QTest::addColumn<int>("iterations");
    QTest::addColumn<int>("seed");
    QTest::addColumn<QString>("criteria");
    QTest::addColumn<QString>("method");
    QTest::addColumn<double>("expectedPerplexity");
    QTest::addColumn<int>("expectedIterations");

    QTest::newRow("overview on own criteria")
        << false << 30 << 750 << 42 << QString() << "pca" << 30.0 << 750;
    QTest::newRow("neighbourhoods, defaults")
        << true << 30 << 750 << 42 << QString() << "tsne" << 30.0 << 750;
    QTest::newRow("neighbourhoods on a set")
        << true << 10 << 300 << 7 << s_incomeSet << "tsne" << 10.0 << 300;
    QTest::newRow("perplexity above the bound")
        << true << 500 << 750 << 1 << QString() << "tsne" << double(mallMaximumPerplexity) << 750;
    QTest::newRow("steps beyond the range")
        << true << 5 << 999999 << 3 << s_ageSet << "tsne" << 5.0 << DrawMapDialog::maximumIterations;
}

void DrawMapTest::dialogMapsChoicesToParameters()
{
    QFETCH(bool, tsne);
    QFETCH(int, perplexity);
    QFETCH(int, iterations);
    QFETCH(int, seed);
    QFETCH(QString, criteria);
    QFETCH(QString, method);
    QFETCH(double, expectedPerplexity);
    QFETCH(int, expectedIterations);

    auto session = engine::Session::openProject(m_project.toStdString());
    QVERIFY(session);
    auto details = session.value().segmentation(s_mall.toStdString());
    QVERIFY(details);
    DrawMapDialog dialog(session.value(), details.value().info);

    // As a user would: click the method, type the numbers, pick the set.
    (tsne ? dialog.neighbourhoodChoice() : dialog.overviewChoice())->click();
    dialog.perplexityBox()->setValue(perplexity);
    dialog.iterationsBox()->setValue(iterations);
    dialog.seedBox()->setValue(seed);
    if (criteria.isEmpty()) {
        dialog.ownCriteriaChoice()->click();
    } else {
        dialog.criteriaSetChoice()->click();
        const int index = dialog.criteriaSetBox()->findText(criteria);
        QVERIFY(index >= 0);
        dialog.criteriaSetBox()->setCurrentIndex(index);
    }
    QVERIFY(dialog.drawButton()->isEnabled());
    QCOMPARE(dialog.perplexityBox()->isEnabled(), tsne);

    const engine::ProjectionParams params = dialog.parameters();
    QCOMPARE(QString::fromStdString(params.segmentation), s_mall);
    QCOMPARE(QString::fromStdString(params.method), method);
    QCOMPARE(params.perplexity, expectedPerplexity);
    QCOMPARE(params.iterations, expectedIterations);
    QCOMPARE(params.seed, static_cast<std::uint64_t>(seed));
    QCOMPARE(QString::fromStdString(params.criteria), criteria);

    // And back: setParameters shows the same choices.
    DrawMapDialog again(session.value(), details.value().info);
    again.setParameters(params);
    const engine::ProjectionParams roundTrip = again.parameters();
    QCOMPARE(QString::fromStdString(roundTrip.method), QString::fromStdString(params.method));
    QCOMPARE(roundTrip.perplexity, params.perplexity);
    QCOMPARE(roundTrip.iterations, params.iterations);
    QCOMPARE(roundTrip.seed, params.seed);
    QCOMPARE(QString::fromStdString(roundTrip.criteria), QString::fromStdString(params.criteria));
}

void DrawMapTest::dialogExplainsTheRangeAndTheChoices()
{
    auto session = engine::Session::openProject(m_project.toStdString());
    QVERIFY(session);
    auto details = session.value().segmentation(s_mall.toStdString());
    QVERIFY(details);
    DrawMapDialog dialog(session.value(), details.value().info);
    QCOMPARE(dialog.maximumPerplexity(), mallMaximumPerplexity);
    QCOMPARE(dialog.perplexityBox()->maximum(), mallMaximumPerplexity);
    QCOMPARE(dialog.perplexityBox()->value(), 30);
    QVERIFY(dialog.neighbourhoodChoice()->isChecked());
    QVERIFY(dialog.ownCriteriaChoice()->isChecked());
    QVERIFY(!dialog.criteriaSetBox()->isEnabled());
    QCOMPARE(dialog.criteriaSetBox()->count(), 2);
    // The range is said in words, with this segmentation's numbers.
    bool rangeExplained = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        rangeExplained = rangeExplained
            || (label->text().contains(QStringLiteral("From 1 to 66"))
                && label->text().contains(QStringLiteral("200")));
    }
    QVERIFY(rangeExplained);
    // Seed and steps wait under Advanced.
    dialog.show();
    QVERIFY(!dialog.seedBox()->isVisible());
    dialog.advancedToggle()->click();
    QVERIFY(dialog.seedBox()->isVisible());
    // An overview has no neighbourhood settings.
    dialog.overviewChoice()->click();
    QVERIFY(!dialog.perplexityBox()->isEnabled());
}

void DrawMapTest::pcaAndTsneFromTheDialogAreStoredAndShown()
{
    QTemporaryDir work;
    const QString path = work.filePath(QStringLiteral("run.segmenta"));
    QVERIFY(QFile::copy(m_project, path));
    MainWindow window;
    QVERIFY(window.openProject(path));
    window.showSegmentation(s_mall);
    QCOMPARE(window.currentSegmentation(), s_mall);

    // An overview.
    {
        DrawMapDialog dialog(*window.session(), storedMap(window).info, &window);
        dialog.overviewChoice()->click();
        int succeeded = 0;
        connect(window.jobRunner(), &JobRunner::projectionSucceeded, this, [&succeeded] { ++succeeded; });
        QVERIFY(window.startProjection(dialog.parameters()));
        QVERIFY(waitForJob(window));
        QCOMPARE(succeeded, 1);
        window.jobRunner()->disconnect(this);
    }
    QCOMPARE(window.mapView()->projectionMethod(), QStringLiteral("pca"));
    QVERIFY(window.mapView()->axisTitle(Qt::Horizontal).contains(QStringLiteral("variance")));

    // A small t-SNE: it settles on the map while it runs, and what is stored is what is shown.
    DrawMapDialog dialog(*window.session(), storedMap(window).info, &window);
    dialog.neighbourhoodChoice()->click();
    dialog.iterationsBox()->setValue(300);
    QSignalSpy snapshots(window.jobRunner(), &JobRunner::projectionSnapshotReady);
    engine::ProjectionReport report;
    int succeeded = 0;
    connect(window.jobRunner(), &JobRunner::projectionSucceeded, this,
        [&](const engine::ProjectionReport &stored) {
            report = stored;
            ++succeeded;
        });
    QVERIFY(window.startProjection(dialog.parameters()));
    QVERIFY(!window.startProjection(dialog.parameters())); // one job at a time
    QVERIFY(waitForJob(window));
    QCOMPARE(succeeded, 1);
    QVERIFY(snapshots.count() >= 1); // the first is never held back
    QCOMPARE(QString::fromStdString(report.method), QStringLiteral("tsne"));
    QCOMPARE(report.pointCount, std::int64_t(mallCustomers));
    QVERIFY(report.klDivergence > 0.0);

    const engine::SegmentationDetails stored = storedMap(window);
    QCOMPARE(QString::fromStdString(stored.projectionMethod), QStringLiteral("tsne"));
    QCOMPARE(window.mapView()->projectionMethod(), QStringLiteral("tsne"));
    const auto &shown = window.mapView()->points();
    QCOMPARE(shown.size(), stored.points.size());
    QCOMPARE(shown.size(), std::size_t(mallCustomers));
    for (std::size_t i = 0; i < shown.size(); ++i) {
        QCOMPARE(shown[i].customerRow, stored.points[i].customerRow);
        QCOMPARE(shown[i].x, stored.points[i].x);
        QCOMPARE(shown[i].y, stored.points[i].y);
    }
    // A t-SNE axis claims no share of the variance.
    QVERIFY(!window.mapView()->axisTitle(Qt::Horizontal).contains(QStringLiteral("variance")));
    QVERIFY(window.mapView()->axisTitle(Qt::Horizontal).contains(QStringLiteral("no units")));
    QVERIFY(window.grab().save(QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR "/drawmap_mall_tsne.png")));
}

void DrawMapTest::cancelMidTsneLeavesThePreviousMap()
{
    QTemporaryDir work;
    const QString path = work.filePath(QStringLiteral("cancel.segmenta"));
    QVERIFY(QFile::copy(m_project, path));
    MainWindow window;
    QVERIFY(window.openProject(path));
    window.showSegmentation(s_mall);
    const engine::SegmentationDetails before = storedMap(window);
    QCOMPARE(QString::fromStdString(before.projectionMethod), QStringLiteral("pca"));
    QCOMPARE(window.mapView()->projectionMethod(), QStringLiteral("pca"));

    DrawMapDialog dialog(*window.session(), before.info, &window);
    dialog.neighbourhoodChoice()->click();
    dialog.iterationsBox()->setValue(DrawMapDialog::maximumIterations);
    QSignalSpy snapshots(window.jobRunner(), &JobRunner::projectionSnapshotReady);
    QSignalSpy cancelled(window.jobRunner(), &JobRunner::cancelled);
    QVERIFY(window.startProjection(dialog.parameters()));
    QVERIFY(snapshots.wait(jobTimeoutMs));
    // Settling live: the map on screen is already the t-SNE layout of the same customers.
    QCOMPARE(window.mapView()->projectionMethod(), QStringLiteral("tsne"));
    QCOMPARE(window.mapView()->points().size(), before.points.size());
    QVERIFY(window.grab().save(QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR "/drawmap_settling.png")));

    window.jobRunner()->cancel();
    QVERIFY(waitForJob(window));
    QCOMPARE(cancelled.count(), 1);
    const int snapshotsAtCancel = static_cast<int>(snapshots.count());
    QTest::qWait(2 * static_cast<int>(JobRunner::snapshotIntervalMs));
    QCOMPARE(snapshots.count(), snapshotsAtCancel); // none after the end

    // Nothing stored, and the map shown is the one there was.
    const engine::SegmentationDetails after = storedMap(window);
    QCOMPARE(QString::fromStdString(after.projectionMethod), QStringLiteral("pca"));
    QCOMPARE(window.mapView()->projectionMethod(), QStringLiteral("pca"));
    const auto &shown = window.mapView()->points();
    QCOMPARE(shown.size(), before.points.size());
    for (std::size_t i = 0; i < shown.size(); ++i) {
        QCOMPARE(shown[i].x, before.points[i].x);
        QCOMPARE(shown[i].y, before.points[i].y);
    }
    QVERIFY(window.mapView()->axisTitle(Qt::Horizontal).contains(QStringLiteral("variance")));
}

void DrawMapTest::criteriaSetLeavingCustomersOutSaysSo()
{
    QTemporaryDir work;
    const QString path = work.filePath(QStringLiteral("criteria.segmenta"));
    QVERIFY(QFile::copy(m_project, path));
    MainWindow window;
    QVERIFY(window.openProject(path));
    window.showSegmentation(s_mall);

    DrawMapDialog dialog(*window.session(), storedMap(window).info, &window);
    dialog.overviewChoice()->click();
    dialog.criteriaSetChoice()->click();
    dialog.criteriaSetBox()->setCurrentIndex(dialog.criteriaSetBox()->findText(s_ageSet));
    QCOMPARE(QString::fromStdString(dialog.parameters().criteria), s_ageSet);
    engine::ProjectionReport report;
    connect(window.jobRunner(), &JobRunner::projectionSucceeded, this,
        [&report](const engine::ProjectionReport &stored) { report = stored; });
    QVERIFY(window.startProjection(dialog.parameters()));
    QVERIFY(waitForJob(window));
    QCOMPARE(report.leftOutCount, std::int64_t(mallYoungerThanTwenty));
    QCOMPARE(window.mapView()->points().size(), std::size_t(mallCustomers - mallYoungerThanTwenty));

    const auto *note = window.findChild<QMessageBox *>(QStringLiteral("leftOutNote"));
    QVERIFY(note);
    QVERIFY(note->text().contains(QStringLiteral("leaves 12 customer")));
    QVERIFY(note->text().contains(s_ageSet));
    QVERIFY(note->text().contains(QStringLiteral("188")));

    // A set that keeps everyone says nothing.
    delete note;
    dialog.criteriaSetBox()->setCurrentIndex(dialog.criteriaSetBox()->findText(s_incomeSet));
    QVERIFY(window.startProjection(dialog.parameters()));
    QVERIFY(waitForJob(window));
    QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("leftOutNote")));
    QCOMPARE(window.mapView()->points().size(), std::size_t(mallCustomers));
}

void DrawMapTest::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("tr") << QStringLiteral("tr");
}

void DrawMapTest::screenshots()
{
    QFETCH(QString, language);
    ui::LanguageManager languages;
    QVERIFY(languages.setLanguage(language));
    auto session = engine::Session::openProject(m_project.toStdString());
    QVERIFY(session);
    auto details = session.value().segmentation(s_mall.toStdString());
    QVERIFY(details);
    DrawMapDialog dialog(session.value(), details.value().info);
    dialog.show();
    dialog.advancedToggle()->click();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The offscreen screen is small and caps adjustSize(); give the dialog the room a desktop would.
    constexpr int shotWidth = 720;
    dialog.resize(
        shotWidth, std::max(dialog.layout()->totalHeightForWidth(shotWidth), dialog.sizeHint().height()));
    QVERIFY(dialog.grab().save(
        QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR "/drawmap_dialog_") + language + QStringLiteral(".png")));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
}

QTEST_MAIN(DrawMapTest)
#include "DrawMapTest.moc"
