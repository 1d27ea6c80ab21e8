// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
// The Diagnostics tab: the silhouette plot and the scree plot of the segmentation on show, computed off the
// GUI thread with Cancel, and the main window's "diagnostics" and "rfm" views.
#include "diagnostics/DiagnosticsPage.h"
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "diagnostics/DiagnosticsJob.h"
#include "diagnostics/ScreePlot.h"
#include "diagnostics/SilhouettePlot.h"
#include "rfm/RfmMapDialog.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextStream>

#include <cmath>
#include <numeric>
#include <optional>
#include <random>

using namespace segmenta;

namespace {

constexpr int waitMs = 120000;

engine::SegmentationDetails detailsOf(const QString &project, const std::string &name = std::string())
{
    auto session = engine::Session::openProject(project.toStdString());
    if (!session) {
        return {};
    }
    auto details = session.value().segmentation(name);
    return details ? details.value() : engine::SegmentationDetails {};
}

/// Pixels of @p colour (within a small tolerance for antialiasing) inside @p rect of @p image.
int pixelsOfColour(const QImage &image, const QRect &rect, const QColor &colour)
{
    int count = 0;
    for (int y = std::max(0, rect.top()); y <= std::min(image.height() - 1, rect.bottom()); ++y) {
        for (int x = std::max(0, rect.left()); x <= std::min(image.width() - 1, rect.right()); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - colour.red()) <= 2 && std::abs(pixel.green() - colour.green()) <= 2
                && std::abs(pixel.blue() - colour.blue()) <= 2) {
                ++count;
            }
        }
    }
    return count;
}

} // namespace

class DiagnosticsPageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void silhouetteIsComputedDrawnAndKept();
    void screePlotSharesSumToOne();
    void cancelKeepsNothing();
    void mainWindowShowsDiagnosticsAndRfm();
    void screenshots_data();
    void screenshots();

private:
    QTemporaryDir m_directory;
    QString m_project;
    std::optional<engine::SegmentationSilhouette> m_expected; ///< the engine's, on another copy
};

void DiagnosticsPageTest::initTestCase()
{
    ui::test::prepareTestEnvironment();
    QVERIFY(m_directory.isValid());
    m_project = ui::test::copySampleProject(m_directory);
    QVERIFY(!m_project.isEmpty());
    const QString reference = ui::test::copySampleProject(m_directory, QStringLiteral("reference.segmenta"));
    auto session = engine::Session::openProject(reference.toStdString());
    QVERIFY(session);
    engine::NullProgress progress;
    auto silhouette = session.value().segmentationSilhouette(std::string(), progress);
    QVERIFY(silhouette);
    m_expected = silhouette.value();
}

void DiagnosticsPageTest::silhouetteIsComputedDrawnAndKept()
{
    ui::DiagnosticsPage page;
    QSignalSpy ended(&page, &ui::DiagnosticsPage::diagnosticsEnded);
    const engine::SegmentationDetails details = detailsOf(m_project);
    QCOMPARE(QString::fromStdString(details.info.name), QStringLiteral("Spending profile"));
    page.setSegmentation(m_project, details);
    page.resize(1280, 800);
    page.show(); // showing the page starts the job
    QVERIFY(page.isRunning() || ended.count() == 1);
    QVERIFY(ended.count() == 1 || ended.wait(waitMs));
    QVERIFY(page.silhouette().has_value());
    QVERIFY(!page.silhouette()->wasStored);

    ui::SilhouettePlot *plot = page.silhouettePlot();
    QVERIFY(plot->isVisible());
    QCOMPARE(plot->blockCount(), 5);
    QCOMPARE(plot->overallMean(), m_expected->mean);
    qsizetype drawn = 0;
    for (int block = 0; block < plot->blockCount(); ++block) {
        const int segment = plot->blockSegment(block);
        QCOMPARE(segment, block);
        QCOMPARE(plot->blockMean(block), m_expected->segmentMeans[static_cast<std::size_t>(segment)]);
        QCOMPARE(plot->blockMemberCount(block), m_expected->segmentCounts[static_cast<std::size_t>(segment)]);
        drawn += plot->blockMemberCount(block);
    }
    QCOMPARE(drawn, qsizetype(ui::test::sampleCustomerCount));
    QVERIFY(page.silhouetteSummary().contains(QStringLiteral("440")));

    // Drawn: each block holds its segment's colour, and blocks do not overlap. (A customer alone in its
    // segment has silhouette 0 by definition: a bar of no length, so its block shows only its label.)
    const QImage image = plot->grab().toImage();
    for (int block = 0; block < plot->blockCount(); ++block) {
        const QRect rect = plot->blockRect(block).toAlignedRect();
        if (plot->blockMemberCount(block) > 1) {
            QVERIFY2(pixelsOfColour(image, rect, plot->blockColour(block)) > 20,
                qPrintable(QString::number(block)));
        }
        if (block > 0) {
            QVERIFY(plot->blockRect(block).top() >= plot->blockRect(block - 1).bottom());
        }
    }

    // Kept in the project: a second page reads it back at once.
    ui::DiagnosticsPage again;
    QSignalSpy againEnded(&again, &ui::DiagnosticsPage::diagnosticsEnded);
    again.setSegmentation(m_project, details);
    QVERIFY(again.compute());
    QVERIFY(againEnded.wait(waitMs));
    QVERIFY(again.silhouette().has_value());
    QVERIFY(again.silhouette()->wasStored);
    QCOMPARE(again.silhouette()->segmentMeans, page.silhouette()->segmentMeans);
}

void DiagnosticsPageTest::screePlotSharesSumToOne()
{
    ui::DiagnosticsPage page;
    QSignalSpy ended(&page, &ui::DiagnosticsPage::diagnosticsEnded);
    const engine::SegmentationDetails details = detailsOf(m_project);
    page.setSegmentation(m_project, details);
    QVERIFY(page.compute());
    QVERIFY(ended.wait(waitMs));
    const ui::ScreePlot *scree = page.screePlot();
    QCOMPARE(scree->componentCount(), 6); // the six spending columns
    double total = 0.0;
    for (int c = 0; c < scree->componentCount(); ++c) {
        total += scree->ratio(c);
        if (c > 0) {
            QVERIFY(scree->ratio(c) <= scree->ratio(c - 1));
        }
    }
    QVERIFY(std::abs(total - 1.0) < 1e-9);
    // The map is PCA: its two axes are the first two components, highlighted, with the map's shares.
    QCOMPARE(scree->mapAxisCount(), 2);
    QVERIFY(std::abs(scree->ratio(0) - details.explainedVarianceRatio[0]) < 1e-12);
    QVERIFY(std::abs(scree->ratio(1) - details.explainedVarianceRatio[1]) < 1e-12);
}

void DiagnosticsPageTest::cancelKeepsNothing()
{
    // Enough customers (12,000, exact: 1.4·10⁸ distances) that the silhouette is still running when Cancel
    // is pressed, on its first progress report.
    const QString csvPath = m_directory.filePath(QStringLiteral("many.csv"));
    {
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly | QIODevice::Text));
        QTextStream out(&csv);
        out << "id,x,y\n";
        std::mt19937_64 generator(3);
        std::normal_distribution<double> noise(0.0, 1.0);
        for (int i = 0; i < 12000; ++i) {
            out << i + 1 << ',' << (i % 3) * 3.0 + noise(generator) << ',' << (i % 2) * 2.0 + noise(generator)
                << '\n';
        }
    }
    const QString project = m_directory.filePath(QStringLiteral("many.segmenta"));
    {
        auto created = engine::Session::createProject(project.toStdString());
        QVERIFY(created);
        engine::NullProgress progress;
        engine::CsvImportParams table;
        table.filePath = csvPath.toStdString();
        QVERIFY(created.value().importCustomersCsv(table, progress));
        engine::SegmentationParams segment;
        segment.name = "Many";
        segment.columns = {"x", "y"};
        segment.segmentCount = 4;
        segment.initCount = 1;
        QVERIFY(created.value().runSegmentation(segment, progress));
    }
    ui::DiagnosticsPage page;
    QSignalSpy ended(&page, &ui::DiagnosticsPage::diagnosticsEnded);
    page.setSegmentation(project, detailsOf(project));
    auto *job = page.findChild<ui::DiagnosticsJob *>();
    QVERIFY(job);
    QSignalSpy cancelled(job, &ui::DiagnosticsJob::cancelled);
    connect(job, &ui::DiagnosticsJob::progressChanged, &page, [&page](int, int, const QString &stage) {
        if (stage == QLatin1String("silhouette")) {
            page.cancel();
        }
    });
    QVERIFY(page.compute());
    QVERIFY(ended.wait(waitMs));
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!page.isRunning());
    QVERIFY(!page.silhouette().has_value());
    QVERIFY(!page.silhouettePlot()->hasData());
    QVERIFY(page.silhouetteMessage().contains(QStringLiteral("Cancelled")));
    auto session = engine::Session::openProject(project.toStdString());
    QVERIFY(session);
    auto stored = session.value().storedSilhouette("Many");
    QVERIFY(stored);
    QVERIFY(!stored.value().has_value());
}

void DiagnosticsPageTest::mainWindowShowsDiagnosticsAndRfm()
{
    const QStringList names = ui::MainWindow::viewNames();
    for (const char *name :
        {"map", "compare", "counts", "customers", "profiles", "segmentations", "clv", "diagnostics", "rfm"}) {
        QVERIFY2(names.contains(QLatin1String(name)), name);
    }
    const QString retail = m_directory.filePath(QStringLiteral("retail.segmenta"));
    QFile::remove(retail);
    QVERIFY(QFile::copy(QStringLiteral(SEGMENTA_RETAIL_PROJECT), retail));
    QFile::setPermissions(retail, QFile::ReadOwner | QFile::WriteOwner);

    ui::MainWindow window;
    window.resize(1280, 800);
    QVERIFY(window.openProject(retail));
    QSignalSpy ended(window.diagnosticsPage(), &ui::DiagnosticsPage::diagnosticsEnded);
    QVERIFY(window.showView(QStringLiteral("diagnostics")));
    QCOMPARE(window.tabs()->currentWidget(), static_cast<QWidget *>(window.diagnosticsPage()));
    window.show();
    QVERIFY(ended.count() > 0 || ended.wait(waitMs));
    QCOMPARE(window.diagnosticsPage()->segmentation(), window.currentSegmentation());
    QVERIFY(window.diagnosticsPage()->silhouettePlot()->hasData());

    QVERIFY(window.showView(QStringLiteral("rfm")));
    QVERIFY(window.rfmWindow() != nullptr);
    QVERIFY(window.rfmWindow()->isVisible());
    QCOMPARE(window.screenshotTarget(), static_cast<QWidget *>(window.rfmWindow()));
    window.rfmWindow()->close();
    QTRY_VERIFY(window.rfmWindow() == nullptr);
    QVERIFY(!window.showView(QStringLiteral("nowhere")));
}

void DiagnosticsPageTest::screenshots_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1280x800") << QSize(1280, 800);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void DiagnosticsPageTest::screenshots()
{
    QFETCH(QSize, size);
    const QDir artifacts(QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR));
    ui::MainWindow window;
    window.setLanguage(QStringLiteral("en"));
    window.resize(size);
    QVERIFY(window.openProject(m_project));
    QSignalSpy ended(window.diagnosticsPage(), &ui::DiagnosticsPage::diagnosticsEnded);
    QVERIFY(window.showView(QStringLiteral("diagnostics")));
    window.show();
    QVERIFY(ended.count() > 0 || ended.wait(waitMs));
    QTest::qWait(50);
    const QString tag = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
    QVERIFY(
        window.grab().save(artifacts.filePath(QStringLiteral("diagnostics_silhouette_%1_en.png").arg(tag))));
    window.diagnosticsPage()->pages()->setCurrentIndex(1);
    QTest::qWait(50);
    QVERIFY(window.grab().save(artifacts.filePath(QStringLiteral("diagnostics_scree_%1_en.png").arg(tag))));
}

QTEST_MAIN(DiagnosticsPageTest)
#include "DiagnosticsPageTest.moc"
