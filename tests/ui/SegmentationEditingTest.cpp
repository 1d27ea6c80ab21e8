// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "common/LanguageManager.h"
#include "common/SegmentPalette.h"
#include "explorer/SegmentMapView.h"
#include "models/SegmentTableModel.h"
#include "profiles/ProfileLoader.h"
#include "profiles/ProfilePanel.h"
#include "segmentations/SegmentationList.h"
#include "segmentations/SegmentationListModel.h"

#include <QDir>
#include <QDockWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace segmenta;
using Field = segmenta::ui::SegmentEditCommand::Field;
using segmenta::ui::MainWindow;

namespace {

QString segmentName(const MainWindow &window, int segment)
{
    return window.segmentModel()->data(window.segmentModel()->index(segment, 0)).toString();
}

QColor segmentColour(const MainWindow &window, int segment)
{
    return window.segmentModel()
        ->data(window.segmentModel()->index(segment, 0), Qt::DecorationRole)
        .value<QColor>();
}

/// Reads the file with a fresh Session, as another program would.
std::vector<engine::SegmentInfo> storedSegments(const QString &path, const QString &segmentation)
{
    auto session = engine::Session::openProject(path.toStdString());
    if (!session) {
        qWarning("cannot open %s: %s", qPrintable(path), engine::describe(session.error()).c_str());
        return {};
    }
    auto segments = session.value().segments(segmentation.toStdString());
    if (!segments) {
        qWarning("no segments: %s", engine::describe(segments.error()).c_str());
        return {};
    }
    return segments.value();
}

} // namespace

class SegmentationEditingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        ui::test::prepareTestEnvironment();
        QVERIFY(m_directory.isValid());
    }
    void segmentEditsAreStoredAndUndoable();
    void refusedEditsLeaveNoUndoStep();
    void renameDuplicateAndDeleteSegmentations();
    void screenshots_data();
    void screenshots();

private:
    QTemporaryDir m_directory;
};

void SegmentationEditingTest::segmentEditsAreStoredAndUndoable()
{
    const QString path = ui::test::copySampleProject(m_directory, QStringLiteral("edits.segmenta"));
    MainWindow window;
    QVERIFY(window.openProject(path).isOk());
    const QString segmentation = window.currentSegmentation();
    QVERIFY(!segmentation.isEmpty());
    const QString original = segmentName(window, 1);

    QVERIFY(window.editSegment(Field::SegmentName, segmentation, 1, QStringLiteral("Cafés & hotels")));
    QCOMPARE(segmentName(window, 1), QStringLiteral("Cafés & hotels"));
    QCOMPARE(storedSegments(path, segmentation).at(1).name, std::string("Cafés & hotels"));

    QVERIFY(window.editSegment(Field::SegmentColour, segmentation, 1, QStringLiteral("#aa3377")));
    QCOMPARE(segmentColour(window, 1), QColor(QStringLiteral("#aa3377")));
    QVERIFY(window.editSegment(Field::SegmentNotes, segmentation, 1, QStringLiteral("Call in spring.")));
    QTRY_VERIFY(!window.profileLoader()->isRunning() && window.profile().segments.size() > 1);
    QCOMPARE(
        QString::fromStdString(window.profile().segments.at(1).notes), QStringLiteral("Call in spring."));
    QCOMPARE(window.undoStack()->count(), 3);

    // Undo walks back through notes, colour and name; redo brings them back.
    window.undoStack()->undo();
    QCOMPARE(storedSegments(path, segmentation).at(1).notes, std::string());
    window.undoStack()->undo();
    QCOMPARE(segmentColour(window, 1), ui::SegmentPalette::colour(1));
    window.undoStack()->undo();
    QCOMPARE(segmentName(window, 1), original);
    QVERIFY(!window.undoStack()->canUndo());
    window.undoStack()->redo();
    QCOMPARE(segmentName(window, 1), QStringLiteral("Cafés & hotels"));
    window.undoStack()->redo();
    QCOMPARE(storedSegments(path, segmentation).at(1).color, std::string("#aa3377"));
}

void SegmentationEditingTest::refusedEditsLeaveNoUndoStep()
{
    const QString path = ui::test::copySampleProject(m_directory, QStringLiteral("refused.segmenta"));
    MainWindow window;
    QVERIFY(window.openProject(path).isOk());
    const QString segmentation = window.currentSegmentation();
    // Two segments may not share a name; the engine refuses and nothing is recorded.
    QVERIFY(!window.editSegment(Field::SegmentName, segmentation, 1, segmentName(window, 0)));
    QVERIFY(!window.editSegment(Field::SegmentColour, segmentation, 0, QStringLiteral("not a colour")));
    QCOMPARE(window.undoStack()->count(), 0);
    QCOMPARE(storedSegments(path, segmentation).at(1).name, segmentName(window, 1).toStdString());
}

void SegmentationEditingTest::renameDuplicateAndDeleteSegmentations()
{
    const QString path = ui::test::copySampleProject(m_directory, QStringLiteral("manage.segmenta"));
    MainWindow window;
    QVERIFY(window.openProject(path).isOk());
    const QString original = window.currentSegmentation();
    ui::SegmentationListModel *list = window.segmentationList()->model();
    const int before = list->rowCount();
    QVERIFY(before >= 1);

    QVERIFY(window.editSegment(Field::SegmentationName, original, 0, QStringLiteral("Spending groups")));
    QCOMPARE(window.currentSegmentation(), QStringLiteral("Spending groups"));
    QVERIFY(list->rowOf(QStringLiteral("Spending groups")) >= 0);
    QCOMPARE(list->rowOf(original), -1);
    window.undoStack()->undo();
    QCOMPARE(window.currentSegmentation(), original);
    QVERIFY(list->rowOf(original) >= 0);

    QVERIFY(window.duplicateSegmentation(original, QStringLiteral("Workshop copy")));
    QCOMPARE(list->rowCount(), before + 1);
    QCOMPARE(window.currentSegmentation(), QStringLiteral("Workshop copy"));
    QCOMPARE(window.mapView()->seriesCount(), static_cast<int>(storedSegments(path, original).size()));
    // Renaming a segment of the copy leaves the original's alone.
    QVERIFY(window.editSegment(
        Field::SegmentName, QStringLiteral("Workshop copy"), 0, QStringLiteral("Shops and kiosks")));
    QVERIFY(storedSegments(path, original).at(0).name != "Shops and kiosks");

    QVERIFY(window.deleteSegmentation(QStringLiteral("Workshop copy")));
    QCOMPARE(list->rowCount(), before);
    QCOMPARE(window.undoStack()->count(), 0);
    QVERIFY(!window.currentSegmentation().isEmpty()); // falls back to the newest one left
    QVERIFY(!window.duplicateSegmentation(QStringLiteral("Missing"), QStringLiteral("X")));
}

void SegmentationEditingTest::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Turkish") << QStringLiteral("tr");
}

void SegmentationEditingTest::screenshots()
{
    QFETCH(QString, language);
    const QString path
        = ui::test::copySampleProject(m_directory, QStringLiteral("shots_%1.segmenta").arg(language));
    ui::LanguageManager languages;
    languages.setLanguage(language);
    MainWindow window(&languages);
    QVERIFY(window.openProject(path).isOk());
    const QString segmentation = window.currentSegmentation();
    QVERIFY(window.duplicateSegmentation(segmentation, QStringLiteral("Workshop copy")));
    QVERIFY(window.editSegment(
        Field::SegmentName, QStringLiteral("Workshop copy"), 0, QStringLiteral("Hotels & cafés")));
    QVERIFY(window.editSegment(
        Field::SegmentColour, QStringLiteral("Workshop copy"), 0, QStringLiteral("#882255")));
    QVERIFY(window.editSegment(Field::SegmentNotes, QStringLiteral("Workshop copy"), 0,
        QStringLiteral("Spend most on fresh food; offer a weekly delivery slot.")));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(!window.profileLoader()->isRunning());
    QTRY_VERIFY(window.profilePanel()->cardCount() > 0);
    QTest::qWait(200);
    const QDir artifacts(QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR));
    QVERIFY(window.grab().save(artifacts.filePath(QStringLiteral("edited_segments_%1.png").arg(language))));
    QVERIFY(window.showView(QStringLiteral("segmentations")));
    QTest::qWait(200);
    QVERIFY(window.segmentationsDock()->isVisible());
    QVERIFY(
        window.grab().save(artifacts.filePath(QStringLiteral("segmentations_dock_%1.png").arg(language))));
    QVERIFY(!window.showView(QStringLiteral("nowhere")));
}

QTEST_MAIN(SegmentationEditingTest)
#include "SegmentationEditingTest.moc"
