// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
// Segment › Add new customers… (NewCustomersDialog) on a project made from half of the CDNOW log and then
// completed, and the Segment dialog's "Re-run of" option with its matching report in plain words.
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "Session.h"
#include "criteria/SegmentDialog.h"
#include "jobs/JobRunner.h"
#include "segmentations/MatchingReportText.h"
#include "segmentations/NewCustomersDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QtTest>

#include <map>
#include <optional>
#include <utility>

using namespace segmenta;
using ui::NewCustomersDialog;

namespace {

constexpr int jobTimeoutMs = 120000;
const QString firstCustomers = QStringLiteral("First customers");

/// Copies the first @p lines data lines of the CDNOW log (or, with @p rest, the lines after them) under the
/// header into @p target.
bool writeCdnowPart(const QString &target, int lines, bool rest)
{
    QFile in(QStringLiteral(SEGMENTA_SHARED_DATA_DIR "/cdnow/cdnowElog.csv"));
    QFile out(target);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
        return false;
    }
    out.write(in.readLine()); // header
    for (int line = 0; !in.atEnd(); ++line) {
        const QByteArray text = in.readLine();
        if ((line < lines) != rest) {
            out.write(text);
        }
    }
    return true;
}

engine::TransactionImportParams cdnowImport(const QString &file)
{
    engine::TransactionImportParams params;
    params.filePath = file.toStdString();
    params.customerColumn = "masterid";
    params.amountColumn = "sales";
    params.quantityColumn = "cds";
    return params;
}

std::map<std::int64_t, std::pair<double, double>> pointsOf(
    const engine::Session &session, const QString &name)
{
    std::map<std::int64_t, std::pair<double, double>> points;
    const engine::Result<engine::SegmentationDetails> details = session.segmentation(name.toStdString());
    if (!details) {
        return points;
    }
    for (const engine::MapPoint &point : details->points) {
        points[point.customerRow] = {point.x, point.y};
    }
    return points;
}

/// The window at 1280×800 with @p dialog drawn over its centre, as the user sees them.
bool saveScreen(QWidget &window, QWidget &dialog, const QString &file)
{
    QPixmap screen = window.grab();
    QPainter painter(&screen);
    const QPixmap front = dialog.grab();
    painter.drawPixmap((screen.width() - front.width()) / 2, (screen.height() - front.height()) / 2, front);
    painter.end();
    return screen.save(QDir(QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR)).filePath(file));
}

QAction *actionNamed(QWidget &window, const QString &text)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == text) {
            return action;
        }
    }
    return nullptr;
}

} // namespace

class NewCustomersDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addsAndPlacesTheRestOfTheLog();
    void fromTheMenuWithScreenshots();
    void explainsWhenItCannotAdd();
    void rerunOptionSetsMatchTo();
    void matchingReportIsBuiltFromTheFields();

private:
    QString copyOf(const QString &path, const QString &name);

    QTemporaryDir m_dir;
    QString m_cdnow; ///< half the log segmented and mapped (t-SNE), then the rest imported
    QString m_mall; ///< Mall customers with a k-means "Base" and a k-prototypes "Mixed"
    std::int64_t m_laterNewCustomers = 0; ///< customers the second import added
    std::map<std::int64_t, std::pair<double, double>> m_firstPoints; ///< the map before the rest came
};

QString NewCustomersDialogTest::copyOf(const QString &path, const QString &name)
{
    const QString target = m_dir.filePath(name);
    QFile::remove(target);
    return QFile::copy(path, target) ? target : QString();
}

void NewCustomersDialogTest::initTestCase()
{
    ui::test::prepareTestEnvironment();
    QVERIFY(m_dir.isValid());
    const QString first = m_dir.filePath(QStringLiteral("cdnow-first.csv"));
    const QString later = m_dir.filePath(QStringLiteral("cdnow-later.csv"));
    QVERIFY(writeCdnowPart(first, 3000, false));
    QVERIFY(writeCdnowPart(later, 3000, true));

    m_cdnow = m_dir.filePath(QStringLiteral("cdnow.segmenta"));
    auto created = engine::Session::createProject(m_cdnow.toStdString());
    QVERIFY(created);
    engine::Session session = std::move(created).value();
    engine::NullProgress progress;
    QVERIFY(session.importTransactionsCsv(cdnowImport(first), progress));
    engine::SegmentationParams segment;
    segment.name = firstCustomers.toStdString();
    segment.columns = {"Recency (days)", "Frequency (orders)", "Monetary (net)"};
    segment.segmentCount = 4;
    auto segmented = session.runSegmentation(segment, progress);
    QVERIFY2(segmented, segmented ? "" : engine::describe(segmented.error()).c_str());
    engine::ProjectionParams map;
    map.segmentation = segment.name;
    map.iterations = 300;
    QVERIFY(session.runProjection(map, progress));
    m_firstPoints = pointsOf(session, firstCustomers);
    QCOMPARE(static_cast<std::int64_t>(m_firstPoints.size()), segmented->memberCount);
    auto imported = session.importTransactionsCsv(cdnowImport(later), progress);
    QVERIFY(imported);
    m_laterNewCustomers = imported->newCustomerCount;
    QVERIFY(m_laterNewCustomers > 0);

    m_mall = m_dir.filePath(QStringLiteral("mall.segmenta"));
    auto mall = engine::Session::createProject(m_mall.toStdString());
    QVERIFY(mall);
    engine::CsvImportParams table;
    table.filePath = SEGMENTA_SHARED_DATA_DIR "/mall_customers/Mall_Customers.csv";
    QVERIFY(mall->importCustomersCsv(table, progress));
    engine::SegmentationParams base;
    base.name = "Base";
    base.columns = {"Annual Income (k$)", "Spending Score (1-100)"};
    base.segmentCount = 5;
    QVERIFY(mall->runSegmentation(base, progress));
    engine::SegmentationParams mixed;
    mixed.name = "Mixed";
    mixed.columns = {"Genre", "Age"};
    mixed.segmentCount = 3;
    mixed.method = engine::SegmentationMethod::KPrototypes;
    QVERIFY(mall->runSegmentation(mixed, progress));
}

void NewCustomersDialogTest::addsAndPlacesTheRestOfTheLog()
{
    const QString path = copyOf(m_cdnow, QStringLiteral("add.segmenta"));
    QVERIFY(!path.isEmpty());
    auto session = engine::Session::openProject(path.toStdString());
    QVERIFY(session);
    const std::int64_t customers = session->summary()->customerCount;

    NewCustomersDialog dialog(session.value(), firstCustomers);
    QCOMPARE(dialog.newCustomerCount(), static_cast<qint64>(m_laterNewCustomers));
    QCOMPARE(dialog.unplacedMemberCount(), qint64(0));
    QVERIFY(dialog.canAdd());
    QVERIFY2(dialog.situationText().contains(QLocale().toString(static_cast<qlonglong>(m_laterNewCustomers))),
        qPrintable(dialog.situationText()));
    QVERIFY(dialog.situationText().contains(QStringLiteral("placed on the map")));

    QSignalSpy added(&dialog, &NewCustomersDialog::customersAdded);
    QSignalSpy failed(dialog.jobs(), &ui::JobRunner::failed);
    QVERIFY(dialog.startAdding());
    QVERIFY(!dialog.startAdding()); // one job at a time
    QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, jobTimeoutMs);
    QCOMPARE(failed.count(), 0);

    const auto &report = dialog.report();
    QVERIFY(report.has_value());
    QCOMPARE(report->assignment.assignedCount, m_laterNewCustomers);
    QCOMPARE(report->assignment.skippedCount, std::int64_t {0});
    QVERIFY(report->placement.has_value());
    QCOMPARE(QString::fromStdString(report->placement->method), QStringLiteral("tsne"));
    QCOMPARE(report->placement->placedCount, m_laterNewCustomers);
    QVERIFY(dialog.resultText().contains(QLocale().toString(static_cast<qlonglong>(m_laterNewCustomers))));

    // Counted again: nobody is new now, and Add is off.
    QCOMPARE(dialog.newCustomerCount(), qint64(0));
    QCOMPARE(dialog.unplacedMemberCount(), qint64(0));
    QVERIFY(!dialog.canAdd());

    // As another program reads the file: every customer is a member with a point; the first half's points
    // are where they were.
    auto stored = engine::Session::openProject(path.toStdString());
    QVERIFY(stored);
    const engine::SegmentationDetails details = stored->segmentation(firstCustomers.toStdString()).value();
    QCOMPARE(details.info.memberCount, customers);
    QCOMPARE(static_cast<std::int64_t>(details.points.size()), customers);
    const auto points = pointsOf(stored.value(), firstCustomers);
    for (const auto &[row, point] : m_firstPoints) {
        QCOMPARE(points.at(row), point);
    }
}

void NewCustomersDialogTest::fromTheMenuWithScreenshots()
{
    const QString path = copyOf(m_cdnow, QStringLiteral("menu.segmenta"));
    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(window.openProject(path).isOk());
    window.showSegmentation(firstCustomers);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *action = actionNamed(window, QStringLiteral("Add &new customers…"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());

    bool before = false;
    bool after = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<NewCustomersDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        before = saveScreen(window, *dialog, QStringLiteral("new_customers_dialog_en.png"));
        connect(dialog, &NewCustomersDialog::customersAdded, dialog, [&window, dialog, &after] {
            QTimer::singleShot(0, dialog, [&window, dialog, &after] {
                after = saveScreen(window, *dialog, QStringLiteral("new_customers_dialog_done_en.png"));
                dialog->accept();
            });
        });
        dialog->findChild<QPushButton *>(QStringLiteral("add"))->click();
    });
    action->trigger(); // returns when the dialog closed
    QVERIFY(before);
    QVERIFY(after);
    // The window re-read the project: the segment table counts every customer.
    auto stored = engine::Session::openProject(path.toStdString());
    QVERIFY(stored);
    QCOMPARE(stored->segmentation(firstCustomers.toStdString())->info.memberCount,
        stored->summary()->customerCount);
}

void NewCustomersDialogTest::explainsWhenItCannotAdd()
{
    auto session = engine::Session::openProject(m_mall.toStdString());
    QVERIFY(session);
    NewCustomersDialog mixed(session.value(), QStringLiteral("Mixed"));
    QVERIFY(!mixed.canAdd());
    QVERIFY2(mixed.situationText().contains(QStringLiteral("cannot take new customers")),
        qPrintable(mixed.situationText()));
    QVERIFY(mixed.situationText().contains(QStringLiteral("k-prototypes")));
    QVERIFY(!mixed.startAdding());
    QVERIFY(!mixed.findChild<QPushButton *>(QStringLiteral("add"))->isEnabled());

    NewCustomersDialog base(session.value(), QStringLiteral("Base"));
    QCOMPARE(base.newCustomerCount(), qint64(0));
    QVERIFY(!base.canAdd());
    QVERIFY2(
        base.situationText().contains(QStringLiteral("nobody is new")), qPrintable(base.situationText()));
}

void NewCustomersDialogTest::rerunOptionSetsMatchTo()
{
    auto session = engine::Session::openProject(m_mall.toStdString());
    QVERIFY(session);
    ui::SegmentDialog dialog(session.value());
    auto *matchTo = dialog.findChild<QComboBox *>(QStringLiteral("matchTo"));
    QVERIFY(matchTo);
    // None first, then the stored segmentations, newest first.
    QCOMPARE(matchTo->count(), 3);
    QCOMPARE(matchTo->itemData(1).toString(), QStringLiteral("Mixed"));
    QCOMPARE(matchTo->itemData(2).toString(), QStringLiteral("Base"));
    QVERIFY(dialog.parameters().matchTo.empty());
    dialog.setMatchTo(QStringLiteral("Base"));
    QCOMPARE(dialog.matchTo(), QStringLiteral("Base"));
    QCOMPARE(QString::fromStdString(dialog.parameters().matchTo), QStringLiteral("Base"));
    QVERIFY(dialog.isReady());
    dialog.setMatchTo(QString());
    QVERIFY(dialog.parameters().matchTo.empty());

    // Screenshot: over the window, the option chosen.
    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(window.openProject(copyOf(m_mall, QStringLiteral("shot.segmenta"))).isOk());
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    dialog.setSelectedColumns(
        {QStringLiteral("Annual Income (k$)"), QStringLiteral("Spending Score (1-100)")});
    dialog.setSegmentCount(6);
    dialog.setMatchTo(QStringLiteral("Base"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.height() >= dialog.minimumSizeHint().height());
    QVERIFY(saveScreen(window, dialog, QStringLiteral("segment_dialog_rerun_en.png")));
}

void NewCustomersDialogTest::matchingReportIsBuiltFromTheFields()
{
    const QString path = copyOf(m_mall, QStringLiteral("rerun.segmenta"));
    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(window.openProject(path).isOk());
    engine::SegmentationParams params;
    params.name = "Rerun";
    params.columns = {"Annual Income (k$)", "Spending Score (1-100)"};
    params.segmentCount = 6;
    params.seed = 9;
    params.matchTo = "Base";
    std::optional<engine::SegmentationInfo> info;
    connect(window.jobRunner(), &ui::JobRunner::segmentationSucceeded, this,
        [&info](const engine::SegmentationInfo &stored) { info = stored; });
    QVERIFY(window.startSegmentation(params));
    QTRY_VERIFY_WITH_TIMEOUT(info.has_value(), jobTimeoutMs);
    QVERIFY(info->matching.has_value());
    const engine::SegmentMatchReport &report = *info->matching;

    // One sentence per kept, split, merged, appeared and vanished segment, as the engine's English has.
    const QStringList lines = ui::MatchingReportText::sentences(report);
    QCOMPARE(lines.size(), static_cast<qsizetype>(report.sentences.size()));
    QCOMPARE(static_cast<std::size_t>(lines.size()),
        report.matching.kept.size() + report.matching.splits.size() + report.matching.merges.size()
            + report.matching.appeared.size() + report.matching.vanished.size()
            + (report.matching.basis == engine::MatchingBasis::MemberOverlap ? 0 : 1));
    for (const engine::KeptSegment &kept : report.matching.kept) {
        const QString name = QString::fromStdString(report.names.at(static_cast<std::size_t>(kept.current)));
        QVERIFY(lines.filter(name).size() >= 1);
    }
    QVERIFY(ui::MatchingReportText::summary(report).contains(QStringLiteral("Base")));
    QVERIFY(ui::MatchingReportText::summary(report).contains(
        QLocale().toString(static_cast<qlonglong>(report.matching.kept.size()))));

    // The window shows it, in a box of its own.
    QTRY_VERIFY(window.findChild<QMessageBox *>(QStringLiteral("matchingReport")) != nullptr);
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("matchingReport"));
    QCOMPARE(box->informativeText(), lines.join(QLatin1Char('\n')));
    box->close();
}

QTEST_MAIN(NewCustomersDialogTest)
#include "NewCustomersDialogTest.moc"
