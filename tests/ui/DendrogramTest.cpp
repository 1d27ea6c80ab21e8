// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// DendrogramView (issue #7): dragging the cut line changes k, Up/Down step it, the button stores the cut as
// a new segmentation whose names carry over, and other methods get a plain-words explanation.
#include "UiTestSupport.h"

#include "diagnostics/DendrogramView.h"
#include "jobs/JobRunner.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace segmenta;
using segmenta::ui::DendrogramView;

class DendrogramTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startsAtTheSegmentationsCut();
    void draggingTheLineChangesK();
    void upAndDownKeysStepK();
    void applyMakesASegmentationWhoseNamesCarryOver();
    void otherMethodsAreExplained();

private:
    /// The view on the Mall customers' Ward tree, at the size of the screenshots.
    std::unique_ptr<DendrogramView> shownView(const QString &segmentation);
    /// The height midway in the band that gives @p k segments.
    double heightFor(int k) const;

    QTemporaryDir m_directory;
    std::optional<engine::Session> m_session;
    engine::Dendrogram m_tree;
    const std::vector<std::string> m_names
        = {"Middle", "Rich spenders", "Rich savers", "Young spenders", "Thrifty"};
};

void DendrogramTest::initTestCase()
{
    ui::test::prepareTestEnvironment();
    QVERIFY(m_directory.isValid());
    auto created
        = engine::Session::createProject(m_directory.filePath(QStringLiteral("mall.segmenta")).toStdString());
    QVERIFY(created);
    m_session.emplace(std::move(created).value());
    engine::NullProgress progress;
    engine::CsvImportParams import;
    import.filePath = SEGMENTA_SHARED_DATA_DIR "/mall_customers/Mall_Customers.csv";
    QVERIFY(m_session->importCustomersCsv(import, progress));
    engine::SegmentationParams params;
    params.name = "Tree";
    params.columns = {"Annual Income (k$)", "Spending Score (1-100)"};
    params.segmentCount = 5;
    params.method = engine::SegmentationMethod::Hierarchical;
    QVERIFY(m_session->runSegmentation(params, progress));
    for (int s = 0; s < 5; ++s) {
        QVERIFY(m_session->renameSegment("Tree", s, m_names[static_cast<std::size_t>(s)]));
    }
    params.name = "Centroids";
    params.method = engine::SegmentationMethod::KMeans;
    QVERIFY(m_session->runSegmentation(params, progress));
    const auto tree = m_session->segmentationTree("Tree");
    QVERIFY(tree && tree->dendrogram);
    m_tree = *tree->dendrogram;
}

std::unique_ptr<DendrogramView> DendrogramTest::shownView(const QString &segmentation)
{
    auto view = std::make_unique<DendrogramView>();
    view->resize(1280, 800);
    view->setSegmentation(&*m_session, segmentation);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get())) {
        return nullptr;
    }
    return view;
}

double DendrogramTest::heightFor(int k) const
{
    const std::size_t leaves = m_tree.leafSizes.size();
    return (m_tree.merges[leaves - static_cast<std::size_t>(k) - 1].height
               + m_tree.merges[leaves - static_cast<std::size_t>(k)].height)
        / 2.0;
}

void DendrogramTest::startsAtTheSegmentationsCut()
{
    auto view = shownView(QStringLiteral("Tree"));
    QVERIFY(view);
    QVERIFY(view->hasTree());
    QCOMPARE(view->cutCount(), 5);
    QCOMPARE(view->cutLabel()->text(), QStringLiteral("Cut here: 5 segments"));
    QCOMPARE(view->applyButton()->text(), QStringLiteral("Make segmentation with 5 segments"));
    // The top of the tree only: at most 60 clusters as leaves, each with its customers.
    int leaves = 0;
    std::int64_t customers = 0;
    for (const DendrogramView::Node &node : view->nodes()) {
        if (node.left < 0) {
            ++leaves;
            customers += node.size;
        }
    }
    QCOMPARE(leaves, DendrogramView::shownClusterLimit);
    QCOMPARE(customers, std::int64_t {200});
    QVERIFY(view->grab().save(QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR "/dendrogram_en.png")));
}

void DendrogramTest::draggingTheLineChangesK()
{
    auto view = shownView(QStringLiteral("Tree"));
    QVERIFY(view);
    QWidget *canvas = view->canvas();
    QSignalSpy changed(view.get(), &DendrogramView::cutCountChanged);
    const int x = canvas->width() / 2;
    QTest::mousePress(canvas, Qt::LeftButton, {}, QPoint(x, view->cutLineY()));
    QVERIFY(view->isDragging());
    // Up to where three segments are left: the label says so while dragging.
    QTest::mouseMove(canvas, QPoint(x, view->yForHeight(heightFor(3))));
    QCOMPARE(view->cutCount(), 3);
    QCOMPARE(view->cutLabel()->text(), QStringLiteral("Cut here: 3 segments"));
    QVERIFY(view->grab().save(QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR "/dendrogram_dragging_en.png")));
    // Down to eight, and let go.
    QTest::mouseMove(canvas, QPoint(x, view->yForHeight(heightFor(8))));
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, QPoint(x, view->yForHeight(heightFor(8))));
    QVERIFY(!view->isDragging());
    QCOMPARE(view->cutCount(), 8);
    QCOMPARE(view->applyButton()->text(), QStringLiteral("Make segmentation with 8 segments"));
    QVERIFY(changed.count() >= 2);
    QCOMPARE(changed.last().at(0).toInt(), 8);
    // Dragging above the top merge stops at two segments, never one.
    QTest::mousePress(canvas, Qt::LeftButton, {}, QPoint(x, view->cutLineY()));
    QTest::mouseMove(canvas, QPoint(x, 1));
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, QPoint(x, 1));
    QCOMPARE(view->cutCount(), 2);
}

void DendrogramTest::upAndDownKeysStepK()
{
    auto view = shownView(QStringLiteral("Tree"));
    QVERIFY(view);
    view->canvas()->setFocus();
    QCOMPARE(view->cutCount(), 5);
    QTest::keyClick(view->canvas(), Qt::Key_Down);
    QCOMPARE(view->cutCount(), 6);
    QTest::keyClick(view->canvas(), Qt::Key_Down);
    QCOMPARE(view->cutCount(), 7);
    QTest::keyClick(view->canvas(), Qt::Key_Up);
    QTest::keyClick(view->canvas(), Qt::Key_Up);
    QTest::keyClick(view->canvas(), Qt::Key_Up);
    QCOMPARE(view->cutCount(), 4);
    QVERIFY(view->cutLineY() < view->yForHeight(heightFor(5)));
}

void DendrogramTest::applyMakesASegmentationWhoseNamesCarryOver()
{
    auto view = shownView(QStringLiteral("Tree"));
    QVERIFY(view);
    view->setCutCount(6);
    std::optional<engine::SegmentationInfo> created;
    std::optional<engine::Error> failed;
    connect(view.get(), &DendrogramView::segmentationCreated, this,
        [&created](const engine::SegmentationInfo &info) { created = info; });
    connect(view.get(), &DendrogramView::recutFailed, this,
        [&failed](const engine::Error &error) { failed = error; });
    QTest::mouseClick(view->applyButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(created.has_value() || failed.has_value(), 60000);
    QVERIFY(!failed.has_value());
    const engine::SegmentationInfo info = *created;
    QCOMPARE(info.segmentCount, 6);
    QCOMPARE(QString::fromStdString(info.matchedTo), QStringLiteral("Tree"));
    const auto segments = m_session->segments(info.name);
    QVERIFY(segments);
    QCOMPARE(segments->size(), std::size_t {6});
    int carried = 0;
    for (const engine::SegmentInfo &segment : segments.value()) {
        if (segment.predecessor >= 0) {
            ++carried;
            QCOMPARE(segment.name, m_names[static_cast<std::size_t>(segment.predecessor)]);
        }
    }
    QCOMPARE(carried, 5);
    QVERIFY(view->grab().save(QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR "/dendrogram_applied_en.png")));
    // The source segmentation is as it was.
    QCOMPARE(m_session->segments("Tree")->size(), std::size_t {5});
}

void DendrogramTest::otherMethodsAreExplained()
{
    auto view = shownView(QStringLiteral("Centroids"));
    QVERIFY(view);
    QVERIFY(!view->hasTree());
    QVERIFY(view->messageLabel()->isVisible());
    QVERIFY(view->messageLabel()->text().contains(
        QStringLiteral("A dendrogram exists only for hierarchical segmentations")));
    QVERIFY(!view->applyButton()->isVisible());
    QVERIFY(!view->applyCut());
    QVERIFY(view->grab().save(QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR "/dendrogram_kmeans_en.png")));
}

QTEST_MAIN(DendrogramTest)
#include "DendrogramTest.moc"
