// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// File › Export members… (issue 7): choosing columns, format and segment, writing off the GUI thread.
#include "export/MemberExportDialog.h"
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "import/XlsxReader.h"

#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace segmenta;
using segmenta::ui::MainWindow;
using segmenta::ui::MemberExportDialog;

class MemberExportDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsEveryColumnTicked();
    void exportsChosenColumnsOfOneSegmentAsExcel();
    void exportsEveryoneAsCsv();
    void formatFollowsTheFileAndTheFileTheFormat();
    void nothingTickedCannotExport();
    void screenshot();

private:
    MemberExportDialog *openDialog(MainWindow &window);

    QTemporaryDir m_directory;
};

void MemberExportDialogTest::initTestCase()
{
    ui::test::prepareTestEnvironment();
    QVERIFY(m_directory.isValid());
}

MemberExportDialog *MemberExportDialogTest::openDialog(MainWindow &window)
{
    const QString path = ui::test::copySampleProject(m_directory);
    if (path.isEmpty() || !window.openProject(path) || window.currentSegmentation().isEmpty()) {
        return nullptr;
    }
    window.resize(1280, 800);
    window.show();
    if (!window.openMemberExportDialog()) {
        return nullptr;
    }
    return window.memberExportDialog();
}

void MemberExportDialogTest::listsEveryColumnTicked()
{
    MainWindow window;
    MemberExportDialog *dialog = openDialog(window);
    QVERIFY(dialog != nullptr);
    const auto columns
        = window.session()->memberExportColumns(window.currentSegmentation().toStdString()).value();
    QCOMPARE(dialog->columnList()->count(), static_cast<int>(columns.size()));
    QStringList expected;
    for (const engine::TableColumn &column : columns) {
        expected.append(QString::fromStdString(column.name));
    }
    QCOMPARE(dialog->checkedColumns(), expected);
    QVERIFY(expected.contains(QStringLiteral("Fresh")));
    QCOMPARE(dialog->segment(), -1);
    QVERIFY(dialog->outputPath().endsWith(QStringLiteral(".xlsx")));
    QCOMPARE(dialog->format(), engine::TableFormat::Xlsx);
}

void MemberExportDialogTest::exportsChosenColumnsOfOneSegmentAsExcel()
{
    MainWindow window;
    MemberExportDialog *dialog = openDialog(window);
    QVERIFY(dialog != nullptr);
    const auto segments = window.session()->segments(window.currentSegmentation().toStdString()).value();
    dialog->setAllColumnsChecked(false);
    dialog->setColumnChecked(QStringLiteral("segment_name"), true);
    dialog->setColumnChecked(QStringLiteral("Fresh"), true);
    dialog->setSegment(1);
    const QString out = m_directory.filePath(QStringLiteral("segment2.xlsx"));
    dialog->setOutputPath(out);
    QCOMPARE(dialog->format(), engine::TableFormat::Xlsx);
    QSignalSpy exported(dialog, &MemberExportDialog::exported);
    QVERIFY(dialog->startExport());
    QVERIFY(!dialog->exportButton()->isEnabled()); // while it runs
    QVERIFY(exported.wait(30000));
    QCOMPARE(exported.first().at(1).toLongLong(), segments[1].size);

    engine::NullProgress progress;
    auto rows = engine::readXlsxSheet(out.toStdString(), "", progress);
    QVERIFY(rows);
    QCOMPARE(static_cast<std::int64_t>(rows.value().size()), segments[1].size + 1);
    QCOMPARE(rows.value()[0].fields, (std::vector<std::string> {"segment_name", "Fresh"}));
    for (std::size_t r = 1; r < rows.value().size(); ++r) {
        QCOMPARE(rows.value()[r].fields[0], segments[1].name);
    }
}

void MemberExportDialogTest::exportsEveryoneAsCsv()
{
    MainWindow window;
    MemberExportDialog *dialog = openDialog(window);
    QVERIFY(dialog != nullptr);
    dialog->setFormat(engine::TableFormat::Csv);
    const QString out = m_directory.filePath(QStringLiteral("everyone.csv"));
    dialog->setOutputPath(out);
    QSignalSpy exported(dialog, &MemberExportDialog::exported);
    QVERIFY(dialog->startExport());
    QVERIFY(exported.wait(30000));
    QCOMPARE(exported.first().at(1).toLongLong(), qint64 {ui::test::sampleCustomerCount});
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), ui::test::sampleCustomerCount + 2); // header, customers, the final empty part
    QVERIFY(lines[0].startsWith("customer_id,segment,segment_name,"));
}

void MemberExportDialogTest::formatFollowsTheFileAndTheFileTheFormat()
{
    MainWindow window;
    MemberExportDialog *dialog = openDialog(window);
    QVERIFY(dialog != nullptr);
    dialog->setOutputPath(m_directory.filePath(QStringLiteral("a.xlsx")));
    dialog->setFormat(engine::TableFormat::Csv);
    QCOMPARE(dialog->outputPath(), m_directory.filePath(QStringLiteral("a.csv")));
    dialog->setOutputPath(m_directory.filePath(QStringLiteral("b.XLSX")));
    QCOMPARE(dialog->format(), engine::TableFormat::Xlsx);
    QCOMPARE(dialog->params().format, engine::TableFormat::Xlsx);
}

void MemberExportDialogTest::nothingTickedCannotExport()
{
    MainWindow window;
    MemberExportDialog *dialog = openDialog(window);
    QVERIFY(dialog != nullptr);
    dialog->setAllColumnsChecked(false);
    QVERIFY(!dialog->exportButton()->isEnabled());
    QVERIFY(!dialog->startExport());
    dialog->setColumnChecked(QStringLiteral("Milk"), true);
    QVERIFY(dialog->exportButton()->isEnabled());
    dialog->setOutputPath(QString());
    QVERIFY(!dialog->exportButton()->isEnabled());
}

void MemberExportDialogTest::screenshot()
{
    MainWindow window;
    MemberExportDialog *dialog = openDialog(window);
    QVERIFY(dialog != nullptr);
    dialog->setSegment(0);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::qWait(50);
    QVERIFY(dialog->grab().save(QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR "/member_export_en.png")));
}

QTEST_MAIN(MemberExportDialogTest)
#include "MemberExportDialogTest.moc"
