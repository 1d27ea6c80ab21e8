// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// Presenter mode for workshops (issue 7): View › Presenter mode on the sample project, keys stepping
// through the segments, the card of the segment shown, Esc, and screenshots at projector sizes.
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "common/LocaleFormat.h"
#include "explorer/SegmentMapView.h"
#include "present/PresenterWindow.h"
#include "profiles/ProfileCard.h"
#include "profiles/ProfileLoader.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QMenuBar>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace segmenta;
using segmenta::ui::MainWindow;
using segmenta::ui::PresenterWindow;

class PresenterModeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensFromTheViewMenuWithF5();
    void keysStepThroughTheSegments_data();
    void keysStepThroughTheSegments();
    void cardShowsTheSegmentShown();
    void othersAreDimmedOnTheMap();
    void escapeLeaves();
    void screenshots_data();
    void screenshots();
    void typeIsTwiceTheApplications();

private:
    void openSample(MainWindow &window);
    PresenterWindow *openPresenter(MainWindow &window);

    QTemporaryDir m_directory;
};

void PresenterModeTest::initTestCase()
{
    ui::test::prepareTestEnvironment();
    QVERIFY(m_directory.isValid());
}

void PresenterModeTest::openSample(MainWindow &window)
{
    const QString path = ui::test::copySampleProject(m_directory);
    QVERIFY(!path.isEmpty());
    window.resize(1280, 800);
    QVERIFY(window.openProject(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.currentSegmentation().isEmpty());
    window.profileLoader()->waitForFinished();
    QCoreApplication::processEvents();
    QVERIFY(!window.profile().segments.empty());
}

PresenterWindow *PresenterModeTest::openPresenter(MainWindow &window)
{
    if (!window.showView(QStringLiteral("presenter"))) {
        return nullptr;
    }
    PresenterWindow *presenter = window.presenterWindow();
    if (presenter != nullptr) {
        presenter->activateWindow();
        presenter->setFocus();
    }
    return presenter;
}

void PresenterModeTest::opensFromTheViewMenuWithF5()
{
    MainWindow window;
    openSample(window);
    QVERIFY(MainWindow::viewNames().contains(QStringLiteral("map")));
    QVERIFY(MainWindow::viewNames().contains(QStringLiteral("presenter")));
    QAction *presenterAction = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->shortcut() == QKeySequence(Qt::Key_F5)) {
                presenterAction = action;
            }
        }
    }
    QVERIFY(presenterAction != nullptr);
    QCOMPARE(presenterAction->text(), QStringLiteral("&Presenter mode"));
    QVERIFY(presenterAction->isEnabled());
    presenterAction->trigger();
    QVERIFY(window.presenterWindow() != nullptr);
    QVERIFY(window.presenterWindow()->isVisible());
    QVERIFY(window.presenterWindow()->isFullScreen());
    QCOMPARE(window.screenshotTarget(), window.presenterWindow());
    QCOMPARE(window.presenterWindow()->segmentation(), window.currentSegmentation());
}

void PresenterModeTest::keysStepThroughTheSegments_data()
{
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<QList<int>>("expected"); // current() after each key; -1 the overview

    QTest::newRow("right steps") << QList<int> {Qt::Key_Right, Qt::Key_Right} << QList<int> {1, 2};
    QTest::newRow("page down and space step")
        << QList<int> {Qt::Key_PageDown, Qt::Key_Space} << QList<int> {1, 2};
    QTest::newRow("left on the first goes to the overview, and stays")
        << QList<int> {Qt::Key_Left, Qt::Key_Left, Qt::Key_Right} << QList<int> {-1, -1, 0};
    QTest::newRow("page up goes back") << QList<int> {Qt::Key_Right, Qt::Key_PageUp} << QList<int> {1, 0};
    QTest::newRow("home shows the overview")
        << QList<int> {Qt::Key_Right, Qt::Key_Home} << QList<int> {1, -1};
}

void PresenterModeTest::keysStepThroughTheSegments()
{
    QFETCH(QList<int>, keys);
    QFETCH(QList<int>, expected);
    MainWindow window;
    openSample(window);
    PresenterWindow *presenter = openPresenter(window);
    QVERIFY(presenter != nullptr);
    QVERIFY(presenter->segmentCount() >= 3);
    QCOMPARE(presenter->current(), 0);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        QTest::keyClick(presenter, static_cast<Qt::Key>(keys[i]));
        QCOMPARE(presenter->current(), expected[i]);
    }
}

void PresenterModeTest::cardShowsTheSegmentShown()
{
    MainWindow window;
    openSample(window);
    PresenterWindow *presenter = openPresenter(window);
    QVERIFY(presenter != nullptr);
    const auto segments = window.session()->segments(window.currentSegmentation().toStdString()).value();
    const int count = static_cast<int>(segments.size());

    // Stepping past the last segment stays on it.
    for (int i = 0; i < count + 2; ++i) {
        QTest::keyClick(presenter, Qt::Key_Right);
    }
    QCOMPARE(presenter->current(), count - 1);
    QTest::keyClick(presenter, Qt::Key_Home);
    QCOMPARE(presenter->cardTitle(), QStringLiteral("All segments"));
    QCOMPARE(presenter->footerText(), QStringLiteral("All %1 segments").arg(count));

    for (int s = 0; s < count; ++s) {
        QTest::keyClick(presenter, Qt::Key_Right);
        QCOMPARE(presenter->current(), s);
        QCOMPARE(presenter->cardTitle(), QString::fromStdString(segments[static_cast<std::size_t>(s)].name));
        QCOMPARE(presenter->footerText(), QStringLiteral("Segment %1 of %2").arg(s + 1).arg(count));
        // The same plain words as the segment's profile card in the main window.
        const ui::ProfileCard card(window.profile(), s);
        QCOMPARE(presenter->differenceSentences(), card.differenceSentences());
        QVERIFY(!presenter->differenceSentences().isEmpty());
    }
}

void PresenterModeTest::othersAreDimmedOnTheMap()
{
    MainWindow window;
    openSample(window);
    PresenterWindow *presenter = openPresenter(window);
    QVERIFY(presenter != nullptr);
    QTest::keyClick(presenter, Qt::Key_Right);
    const QList<QAbstractSeries *> series = presenter->mapView()->chart()->series();
    for (int s = 0; s < presenter->segmentCount(); ++s) {
        const auto *scatter = qobject_cast<QScatterSeries *>(series[s]);
        QVERIFY(scatter != nullptr);
        if (s == 1) {
            QCOMPARE(scatter->color().alpha(), 255);
        } else {
            QVERIFY2(scatter->color().alpha() < 100, qPrintable(QString::number(s)));
        }
    }
    QTest::keyClick(presenter, Qt::Key_Home); // the overview shows every segment in full colour
    for (int s = 0; s < presenter->segmentCount(); ++s) {
        QCOMPARE(qobject_cast<QScatterSeries *>(series[s])->color().alpha(), 255);
    }
}

void PresenterModeTest::escapeLeaves()
{
    MainWindow window;
    openSample(window);
    PresenterWindow *presenter = openPresenter(window);
    QVERIFY(presenter != nullptr);
    QTest::keyClick(presenter, Qt::Key_Escape);
    QTRY_VERIFY(window.presenterWindow() == nullptr);
    QCOMPARE(window.screenshotTarget(), &window);
}

void PresenterModeTest::screenshots_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("segment");
    QTest::newRow("1920x1080 segment 2") << QSize(1920, 1080) << 1;
    QTest::newRow("1280x800 segment 1") << QSize(1280, 800) << 0;
    QTest::newRow("1280x800 overview") << QSize(1280, 800) << -1;
    QTest::newRow("1920x1080 overview") << QSize(1920, 1080) << -1;
}

void PresenterModeTest::screenshots()
{
    QFETCH(QSize, size);
    QFETCH(int, segment);
    MainWindow window;
    openSample(window);
    PresenterWindow *presenter = openPresenter(window);
    QVERIFY(presenter != nullptr);
    presenter->showNormal();
    presenter->resize(size);
    presenter->showSegment(segment);
    QTest::qWait(100);
    QCOMPARE(presenter->size(), size);
    // Nothing on the side is cut off: every label fits its width, and the side column ends inside the window.
    for (const QLabel *label : presenter->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(presenter) || label->wordWrap() || label->text().isEmpty()) {
            continue;
        }
        QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
    }
    const QImage shot = presenter->grab().toImage();
    QCOMPARE(shot.size(), size * presenter->devicePixelRatio());
    const QString name = QStringLiteral("presenter_%1x%2_%3.png")
                             .arg(size.width())
                             .arg(size.height())
                             .arg(segment < 0 ? QStringLiteral("overview") : QString::number(segment + 1));
    QVERIFY(shot.save(QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR "/") + name));
}

void PresenterModeTest::typeIsTwiceTheApplications()
{
    MainWindow window;
    openSample(window);
    PresenterWindow *presenter = openPresenter(window);
    QVERIFY(presenter != nullptr);
    QCOMPARE(presenter->font().pointSizeF(), QApplication::font().pointSizeF() * PresenterWindow::fontScale);
}

QTEST_MAIN(PresenterModeTest)
#include "PresenterModeTest.moc"
