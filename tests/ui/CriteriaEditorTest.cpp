// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "common/LanguageManager.h"
#include "criteria/CriteriaCharts.h"
#include "criteria/CriteriaEditorDialog.h"
#include "criteria/CriteriaVariableModel.h"
#include "criteria/SegmentDialog.h"

#include <QAction>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace segmenta;
using segmenta::ui::CriteriaEditorDialog;
using segmenta::ui::CriteriaVariableModel;

namespace {

/// Waits until the dialog shows a preview of the set as it is now.
bool waitForPreview(CriteriaEditorDialog &dialog)
{
    return QTest::qWaitFor([&dialog] { return !dialog.isPreviewPending(); }, 20000);
}

/// The four spending columns the tests use; Grocery and Detergents_Paper correlate at r ≈ 0.92.
void addSpending(CriteriaEditorDialog &dialog)
{
    for (const char *column : {"Fresh", "Milk", "Grocery", "Detergents_Paper"}) {
        QVERIFY(dialog.addColumnVariable(QString::fromLatin1(column)) >= 0);
    }
}

} // namespace

class CriteriaEditorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        ui::test::prepareTestEnvironment();
        QVERIFY(m_directory.isValid());
    }
    void editPreviewSaveAndSegment();
    void problemsNamedNextToTheVariable();
    void importAndExport();
    void menuOpensTheEditor();
    void screenshots_data();
    void screenshots();

private:
    QTemporaryDir m_directory;
};

void CriteriaEditorTest::editPreviewSaveAndSegment()
{
    const QString path = ui::test::copySampleProject(m_directory, QStringLiteral("edit.segmenta"));
    engine::Result<engine::Session> opened = engine::Session::openProject(path.toStdString());
    QVERIFY(opened.isOk());
    engine::Session &session = opened.value();

    CriteriaEditorDialog dialog(session);
    dialog.setSetName(QStringLiteral("Spending mix"));
    dialog.setDescription(QStringLiteral("What wholesale customers buy"));
    addSpending(dialog);
    CriteriaVariableModel *model = dialog.variableModel();
    QCOMPARE(model->rowCount(), 4);
    // Family pre-filled from the column, kind numeric.
    const engine::Result<engine::ProjectSummary> summary = session.summary();
    QVERIFY(summary.isOk());
    for (const engine::ColumnInfo &column : summary.value().columns) {
        if (column.name == "Fresh") {
            QCOMPARE(model->variables()[0].family, std::optional(column.family));
        }
    }
    QCOMPARE(model->variables()[0].kind, engine::VariableKind::Numeric);

    // Through the model, as the delegates' combo box and spin box write.
    QVERIFY(model->setData(model->index(0, CriteriaVariableModel::TransformColumn),
        static_cast<int>(engine::CriteriaTransform::Log1p)));
    QVERIFY(model->setData(model->index(1, CriteriaVariableModel::WeightColumn), 2.5));
    QCOMPARE(model->variables()[0].transform, engine::CriteriaTransform::Log1p);
    QCOMPARE(model->variables()[1].weight, 2.5);
    QCOMPARE(model->index(0, CriteriaVariableModel::TransformColumn).data().toString(),
        QStringLiteral("Log scale"));

    QVERIFY(waitForPreview(dialog));
    QVERIFY(dialog.problems().isEmpty());
    engine::NullProgress progress;
    const engine::Result<engine::CriteriaPreview> expected
        = session.previewCriteria(dialog.criteriaSet(), engine::CriteriaPreviewParams(), progress);
    QVERIFY(expected.isOk());
    QCOMPARE(dialog.preview().usedCount, expected.value().usedCount);
    QCOMPARE(dialog.preview().usedCount, std::int64_t {ui::test::sampleCustomerCount});
    QCOMPARE(dialog.preview().droppedCount, std::int64_t {0});
    QCOMPARE(dialog.usageSentence(), QStringLiteral("All 440 customers will be used."));
    QCOMPARE(dialog.preview().warnings.size(), expected.value().warnings.size());
    QCOMPARE(dialog.preview().warnings.size(), std::size_t {1});
    QCOMPARE(dialog.preview().warnings[0].first, expected.value().warnings[0].first);
    QCOMPARE(dialog.preview().warnings[0].second, expected.value().warnings[0].second);
    QCOMPARE(dialog.preview().warnings[0].correlation, expected.value().warnings[0].correlation);
    QVERIFY(dialog.correlationWarningText().startsWith(
        QStringLiteral("Grocery and Detergents_Paper are almost")));

    // The selected variable's histograms: Fresh before and after the log scale, 440 customers each.
    dialog.selectVariable(0);
    const auto total = [](const engine::Histogram &histogram) {
        std::int64_t sum = 0;
        for (std::int64_t count : histogram.counts) {
            sum += count;
        }
        return sum;
    };
    QCOMPARE(dialog.beforeChart()->histogram().counts, expected.value().variables[0].before.counts);
    QCOMPARE(dialog.afterChart()->histogram().counts, expected.value().variables[0].after.counts);
    QCOMPARE(total(dialog.afterChart()->histogram()), std::int64_t {440});

    // A stale result is dropped: a change while a preview is computed gives the preview of the last one.
    QVERIFY(model->setData(model->index(2, CriteriaVariableModel::WeightColumn), 0.0));
    QTest::qWait(300); // the debounce has fired: the preview without Grocery is under way
    QVERIFY(model->setData(model->index(2, CriteriaVariableModel::WeightColumn), 1.0));
    QVERIFY(waitForPreview(dialog));
    QCOMPARE(dialog.preview().variables.size(), std::size_t {4});
    QCOMPARE(dialog.preview().warnings.size(), std::size_t {1});
    model->removeVariable(3);
    QVERIFY(waitForPreview(dialog));
    QVERIFY(dialog.preview().warnings.empty());
    QVERIFY(dialog.correlationWarningText().isEmpty());
    dialog.addColumnVariable(QStringLiteral("Detergents_Paper"));

    QSignalSpy saved(&dialog, &CriteriaEditorDialog::saved);
    QVERIFY(dialog.save());
    QCOMPARE(saved.count(), 1);
    QVERIFY(waitForPreview(dialog));

    // Reload: another dialog gets back exactly the set saved.
    CriteriaEditorDialog reopened(session);
    QVERIFY(reopened.loadSavedSet(QStringLiteral("Spending mix")));
    QCOMPARE(reopened.criteriaSet(), dialog.criteriaSet());
    QCOMPARE(reopened.criteriaSet().variables[0].transform, engine::CriteriaTransform::Log1p);
    QCOMPARE(reopened.criteriaSet().variables[1].weight, 2.5);
    QVERIFY(waitForPreview(reopened));

    // Segment with it through the Segment dialog's parameters.
    ui::SegmentDialog segment(session);
    segment.setCriteriaSet(QStringLiteral("Spending mix"));
    segment.setSegmentCount(3);
    QVERIFY2(segment.isReady(), qPrintable(segment.problems().join(QLatin1Char('\n'))));
    const engine::SegmentationParams params = segment.parameters();
    QCOMPARE(params.criteria, std::string("Spending mix"));
    QVERIFY(params.columns.empty());
    const engine::Result<engine::SegmentationInfo> info = session.runSegmentation(params, progress);
    QVERIFY2(info.isOk(), info.isOk() ? "" : engine::describe(info.error()).c_str());
    QCOMPARE(info.value().segmentCount, 3);
    QCOMPARE(info.value().memberCount, std::int64_t {440});
    segment.setCriteriaSet(QString());
    QVERIFY(segment.parameters().criteria.empty());
    QCOMPARE(segment.parameters().columns.size(), std::size_t {8});
}

void CriteriaEditorTest::problemsNamedNextToTheVariable()
{
    const QString path = ui::test::copySampleProject(m_directory, QStringLiteral("problems.segmenta"));
    engine::Result<engine::Session> opened = engine::Session::openProject(path.toStdString());
    QVERIFY(opened.isOk());
    CriteriaEditorDialog dialog(opened.value());
    QVERIFY(!dialog.problems().isEmpty()); // no name, no variables
    dialog.setSetName(QStringLiteral("Broken"));
    QCOMPARE(dialog.addColumnVariable(QStringLiteral("No such column")), -1);
    dialog.addColumnVariable(QStringLiteral("Milk"));
    const int formula = dialog.addFormulaVariable(QStringLiteral("Ratio"), QStringLiteral("Grocery / (Milk"));
    CriteriaVariableModel *model = dialog.variableModel();
    const QString problem = model->index(formula, CriteriaVariableModel::ProblemColumn).data().toString();
    QVERIFY(!problem.isEmpty());
    QVERIFY(model->index(0, CriteriaVariableModel::ProblemColumn).data().toString().isEmpty());
    QVERIFY(dialog.problems().join(QLatin1Char('\n')).contains(QStringLiteral("Ratio")));
    QVERIFY(!dialog.save());
    QVERIFY(waitForPreview(dialog));
    QVERIFY(dialog.usageSentence().isEmpty());
    // Fixing the formula clears the problem and brings the preview.
    QVERIFY(model->setData(
        model->index(formula, CriteriaVariableModel::SourceColumn), QStringLiteral("Grocery / (Milk + 1)")));
    QVERIFY(dialog.problems().isEmpty());
    QVERIFY(waitForPreview(dialog));
    QCOMPARE(dialog.preview().usedCount, std::int64_t {440});
}

void CriteriaEditorTest::importAndExport()
{
    const QString path = ui::test::copySampleProject(m_directory, QStringLiteral("files.segmenta"));
    engine::Result<engine::Session> opened = engine::Session::openProject(path.toStdString());
    QVERIFY(opened.isOk());
    CriteriaEditorDialog dialog(opened.value());
    dialog.setSetName(QStringLiteral("Fresh and frozen"));
    dialog.addColumnVariable(QStringLiteral("Fresh"));
    dialog.addColumnVariable(QStringLiteral("Frozen"));
    const QString file = m_directory.filePath(QStringLiteral("set.json"));
    QVERIFY(dialog.exportFile(file));
    CriteriaEditorDialog other(opened.value());
    QVERIFY(other.importFile(file));
    QCOMPARE(other.criteriaSet(), dialog.criteriaSet());
    QVERIFY(!other.importFile(m_directory.filePath(QStringLiteral("missing.json"))));
    QVERIFY(waitForPreview(dialog));
    QVERIFY(waitForPreview(other));
}

void CriteriaEditorTest::menuOpensTheEditor()
{
    ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    ui::MainWindow window(&languages);
    bool found = false;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)) {
            QCOMPARE(action->text(), QStringLiteral("Criteria s&ets…"));
            found = true;
        }
    }
    QVERIFY(found);
}

void CriteriaEditorTest::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Turkish") << QStringLiteral("tr");
}

void CriteriaEditorTest::screenshots()
{
    QFETCH(QString, language);
    const QString path
        = ui::test::copySampleProject(m_directory, QStringLiteral("shots_%1.segmenta").arg(language));
    engine::Result<engine::Session> opened = engine::Session::openProject(path.toStdString());
    QVERIFY(opened.isOk());
    ui::LanguageManager languages;
    languages.setLanguage(language);
    CriteriaEditorDialog dialog(opened.value());
    dialog.setSetName(QStringLiteral("Spending mix"));
    dialog.setDescription(QStringLiteral("What wholesale customers buy, on a log scale"));
    for (const QString &column : ui::test::spendingColumns()) {
        dialog.addColumnVariable(column);
    }
    dialog.addFormulaVariable(
        QStringLiteral("Grocery share"), QStringLiteral("Grocery / (Fresh + Milk + Grocery + 1)"));
    CriteriaVariableModel *model = dialog.variableModel();
    for (int row : {0, 1, 3, 5}) { // Grocery and Detergents_Paper stay z-scored: r = 0.92, a warning
        model->setData(model->index(row, CriteriaVariableModel::TransformColumn),
            static_cast<int>(engine::CriteriaTransform::Log1p));
    }
    model->setData(model->index(1, CriteriaVariableModel::WeightColumn), 2.0);
    dialog.selectVariable(0);
    dialog.resize(1280, 800);
    dialog.show();
    QVERIFY(waitForPreview(dialog));
    QVERIFY(dialog.problems().isEmpty());
    QCOMPARE(dialog.preview().warnings.size(), std::size_t {1});
    QTest::qWait(50);
    const QImage shot = dialog.grab().toImage();
    QCOMPARE(shot.size(), QSize(1280, 800));
    const QString name = QStringLiteral("criteria_editor_%1.png").arg(language);
    QVERIFY(shot.save(QDir(QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR)).filePath(name)));
    const QString shots = qEnvironmentVariable("SEGMENTA_SHOTS_DIR");
    if (!shots.isEmpty()) {
        QVERIFY(shot.save(QDir(shots).filePath(name)));
    }
}

QTEST_MAIN(CriteriaEditorTest)
#include "CriteriaEditorTest.moc"
