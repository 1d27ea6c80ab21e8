// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "common/LanguageManager.h"
#include "criteria/CriteriaCharts.h"
#include "criteria/CriteriaEditorDialog.h"
#include "criteria/CriteriaVariableModel.h"
#include "criteria/OrdinalLevelModel.h"
#include "criteria/SegmentDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace segmenta;
using segmenta::ui::CriteriaEditorDialog;
using segmenta::ui::CriteriaVariableModel;
using segmenta::ui::OrdinalLevelModel;

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

/// A small survey: Likert answers in Turkish (one in English, one in capitals), visit dates and spend.
QString surveyProject(const QTemporaryDir &directory, const QString &name)
{
    const QString csv = directory.filePath(name + QStringLiteral(".csv"));
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly)) {
        return QString();
    }
    file.write("id,Answer,Visit,Spend\n"
               "1,Kesinlikle katılmıyorum,2024-01-01,10\n"
               "2,Katılmıyorum,2024-02-01,20\n"
               "3,Kararsızım,2024-03-01,30\n"
               "4,Katılıyorum,2024-03-05,40\n"
               "5,Kesinlikle katılıyorum,2024-03-09,50\n"
               "6,Katılıyorum,2024-02-15,60\n"
               "7,KATILIYORUM,2024-01-20,70\n"
               "8,Strongly agree,2024-03-01,80\n");
    file.close();
    const QString project = directory.filePath(name + QStringLiteral(".segmenta"));
    QFile::remove(project);
    engine::Result<engine::Session> session = engine::Session::createProject(project.toStdString());
    if (!session) {
        return QString();
    }
    engine::CsvImportParams params;
    params.filePath = csv.toStdString();
    params.idColumn = "id";
    engine::NullProgress progress;
    return session.value().importCustomersCsv(params, progress) ? project : QString();
}

QPushButton *buttonWithText(QWidget &parent, const QString &text)
{
    for (QPushButton *button : parent.findChildren<QPushButton *>()) {
        if (button->text() == text) {
            return button;
        }
    }
    return nullptr;
}

/// Stands in for the English translation's plural forms (segmenta_en.ts): the singular when n is 1, so a
/// sentence that does not pass its count to tr() shows up as "1 customers".
class EnglishSingulars : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr,
        int n = -1) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        const QString text = QString::fromUtf8(source);
        if (n != 1 || !text.contains(QStringLiteral("%Ln customers"))) {
            return QString();
        }
        QString singular = text;
        return singular.replace(QStringLiteral("%Ln customers are"), QStringLiteral("%Ln customer is"))
            .replace(QStringLiteral("All %Ln customers"), QStringLiteral("The only customer"))
            .replace(QStringLiteral("%Ln customers"), QStringLiteral("%Ln customer"));
    }
    bool isEmpty() const override { return false; }
};

/// True when every column of the variable table is in view, without scrolling.
bool allColumnsInView(CriteriaEditorDialog &dialog)
{
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("variables"));
    if (table == nullptr) {
        return false;
    }
    QHeaderView *header = table->horizontalHeader();
    const int last = CriteriaVariableModel::ProblemColumn;
    return table->horizontalScrollBar()->maximum() == 0
        && header->sectionViewportPosition(last) + header->sectionSize(last) <= table->viewport()->width()
        && header->sectionSize(last) > 0;
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
    void ordinalAnswersEditedAndSaved();
    void analysisDateAutomaticOrChosen();
    void countSentencesArePlural();
    void screenshots_data();
    void screenshots();
    void answerScreenshots_data() { screenshots_data(); }
    void answerScreenshots();

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

void CriteriaEditorTest::ordinalAnswersEditedAndSaved()
{
    const QString path = surveyProject(m_directory, QStringLiteral("survey_levels"));
    QVERIFY(!path.isEmpty());
    engine::Result<engine::Session> opened = engine::Session::openProject(path.toStdString());
    QVERIFY(opened.isOk());
    engine::Session &session = opened.value();
    CriteriaEditorDialog dialog(session);
    dialog.setSetName(QStringLiteral("Survey"));
    const int spend = dialog.addColumnVariable(QStringLiteral("Spend"));
    QVERIFY(!dialog.isLevelEditorShown()); // a number has no answers to map
    const int answer = dialog.addColumnVariable(QStringLiteral("Answer"));
    CriteriaVariableModel *model = dialog.variableModel();
    QVERIFY(model->setData(model->index(answer, CriteriaVariableModel::KindColumn),
        static_cast<int>(engine::VariableKind::Ordinal)));
    QVERIFY(dialog.isLevelEditorShown());
    OrdinalLevelModel *levels = dialog.levelModel();
    QCOMPARE(levels->rowCount(), 0);
    QVERIFY(!dialog.problems().isEmpty()); // an ordinal variable without answers

    // The preset button fills the answers; they become the variable's, in full.
    QPushButton *turkish = buttonWithText(dialog, QStringLiteral("Turkish Likert scale"));
    QVERIFY(turkish != nullptr);
    turkish->click();
    QCOMPARE(levels->rowCount(), 6);
    QCOMPARE(levels->index(0, OrdinalLevelModel::AnswerColumn).data().toString(),
        QStringLiteral("Kesinlikle katılmıyorum"));
    QCOMPARE(levels->index(0, OrdinalLevelModel::NumberColumn).data(Qt::EditRole).toDouble(), 1.0);
    const engine::CriteriaVariable &variable = model->variables()[static_cast<std::size_t>(answer)];
    QCOMPARE(variable.levels, engine::ordinalPreset("likert-tr"));
    QVERIFY(variable.scale.empty());
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(QLatin1Char('\n'))));
    QVERIFY(waitForPreview(dialog));
    // "Strongly agree" is no Turkish answer: that customer is left out.
    QCOMPARE(dialog.preview().usedCount, std::int64_t {7});
    QCOMPARE(dialog.preview().variables[1].minimum, 1.0);
    QCOMPARE(dialog.preview().variables[1].maximum, 5.0);

    // A number edited in the table flows into the set and the preview.
    QVERIFY(levels->setData(levels->index(5, OrdinalLevelModel::NumberColumn), 10.0));
    QCOMPARE(model->variables()[static_cast<std::size_t>(answer)].levels[5].value, 10.0);
    QVERIFY(waitForPreview(dialog));
    QCOMPARE(dialog.preview().variables[1].maximum, 10.0);

    // Moving an answer down gives it the next number; the one below moves up to its number.
    QTableView *levelTable = nullptr;
    for (QTableView *view : dialog.findChildren<QTableView *>()) {
        if (view->model() == levels) {
            levelTable = view;
        }
    }
    QVERIFY(levelTable != nullptr);
    levelTable->setCurrentIndex(levels->index(0, OrdinalLevelModel::AnswerColumn));
    buttonWithText(dialog, QStringLiteral("Move down"))->click();
    const std::vector<engine::OrdinalLevel> &moved
        = model->variables()[static_cast<std::size_t>(answer)].levels;
    QCOMPARE(moved[0], (engine::OrdinalLevel {"Katılmıyorum", 1.0}));
    QCOMPARE(moved[1], (engine::OrdinalLevel {"Kesinlikle katılmıyorum", 2.0}));
    QCOMPARE(levelTable->currentIndex().row(), 1);

    // An answer of their own: numbered after the highest, and the English one now counts.
    QCOMPARE(levels->addLevel(QStringLiteral("Strongly agree")), 6);
    QCOMPARE(levels->index(6, OrdinalLevelModel::NumberColumn).data(Qt::EditRole).toDouble(), 11.0);
    QVERIFY(waitForPreview(dialog));
    QCOMPARE(dialog.preview().usedCount, std::int64_t {8});

    // Another variable selected hides the answers; coming back shows them as edited.
    dialog.selectVariable(spend);
    QVERIFY(!dialog.isLevelEditorShown());
    dialog.selectVariable(answer);
    QVERIFY(dialog.isLevelEditorShown());
    QCOMPARE(levels->levels(), model->variables()[static_cast<std::size_t>(answer)].levels);

    // The English preset replaces them; saved and loaded, the set keeps exactly the answers shown.
    buttonWithText(dialog, QStringLiteral("English Likert scale"))->click();
    QCOMPARE(levels->levels(), engine::ordinalPreset("likert-en"));
    QVERIFY(levels->setData(
        levels->index(0, OrdinalLevelModel::AnswerColumn), QStringLiteral("Kesinlikle katılmıyorum")));
    QVERIFY(dialog.save());
    CriteriaEditorDialog reopened(session);
    QVERIFY(reopened.loadSavedSet(QStringLiteral("Survey")));
    QCOMPARE(reopened.criteriaSet(), dialog.criteriaSet());
    QCOMPARE(reopened.criteriaSet().variables[static_cast<std::size_t>(answer)].levels.front().text,
        std::string("Kesinlikle katılmıyorum"));
    reopened.selectVariable(answer);
    QVERIFY(reopened.isLevelEditorShown());
    QCOMPARE(reopened.levelModel()->rowCount(), 6);
    QVERIFY(waitForPreview(dialog));
    QVERIFY(waitForPreview(reopened));

    // A set from a file with a preset scale shows the preset's answers with its own on top.
    engine::CriteriaSet fromFile = dialog.criteriaSet();
    fromFile.name = "Preset";
    engine::CriteriaVariable &scaled = fromFile.variables[static_cast<std::size_t>(answer)];
    scaled.scale = "likert-tr";
    scaled.levels = {{"Bilmiyorum", 3.0}};
    reopened.setCriteriaSet(fromFile);
    reopened.selectVariable(answer);
    QCOMPARE(reopened.levelModel()->rowCount(), 7);
    QCOMPARE(reopened.levelModel()->levels().back(), (engine::OrdinalLevel {"Bilmiyorum", 3.0}));
    QCOMPARE(reopened.criteriaSet(), fromFile); // shown, not rewritten
    QVERIFY(waitForPreview(reopened));
}

void CriteriaEditorTest::analysisDateAutomaticOrChosen()
{
    const QString path = surveyProject(m_directory, QStringLiteral("survey_dates"));
    QVERIFY(!path.isEmpty());
    engine::Result<engine::Session> opened = engine::Session::openProject(path.toStdString());
    QVERIFY(opened.isOk());
    engine::Session &session = opened.value();
    CriteriaEditorDialog dialog(session);
    dialog.setSetName(QStringLiteral("Recency"));
    const int visit = dialog.addColumnVariable(QStringLiteral("Visit"));
    CriteriaVariableModel *model = dialog.variableModel();
    QVERIFY(model->setData(model->index(visit, CriteriaVariableModel::KindColumn),
        static_cast<int>(engine::VariableKind::Date)));
    QVERIFY(model->setData(model->index(visit, CriteriaVariableModel::TransformColumn),
        static_cast<int>(engine::CriteriaTransform::None)));
    auto *automatic = dialog.findChild<QCheckBox *>(QStringLiteral("automaticAnalysisDate"));
    auto *dateEdit = dialog.findChild<QDateEdit *>(QStringLiteral("analysisDate"));
    QVERIFY(automatic != nullptr && dateEdit != nullptr);
    QVERIFY(automatic->isChecked());
    QVERIFY(!dateEdit->isEnabled());
    QVERIFY(waitForPreview(dialog));
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(QLatin1Char('\n'))));
    // The engine's default, shown: the day after the latest visit (2024-03-09).
    QVERIFY(dialog.isAnalysisDateAutomatic());
    QCOMPARE(dialog.analysisDate(), QDate(2024, 3, 10));
    QVERIFY(!dialog.criteriaSet().analysisDay.has_value());
    QCOMPARE(dialog.preview().variables[0].minimum, 1.0);
    QCOMPARE(dialog.preview().variables[0].maximum, 69.0); // 2024-01-01: 31 + 29 + 9 days before

    // Chosen by hand: it starts from the automatic date, and the set and preview follow the edit.
    automatic->setChecked(false);
    QVERIFY(dateEdit->isEnabled());
    QCOMPARE(dateEdit->date(), QDate(2024, 3, 10));
    dateEdit->setDate(QDate(2024, 4, 9));
    QCOMPARE(dialog.criteriaSet().analysisDay,
        std::optional<std::int64_t>(QDate(1970, 1, 1).daysTo(QDate(2024, 4, 9))));
    QVERIFY(waitForPreview(dialog));
    QCOMPARE(dialog.preview().variables[0].minimum, 31.0);
    QCOMPARE(dialog.preview().variables[0].maximum, 99.0);
    QVERIFY(engine::writeCriteriaSet(dialog.criteriaSet()).find("2024-04-09") != std::string::npos);

    QVERIFY(dialog.save());
    CriteriaEditorDialog reopened(session);
    QVERIFY(reopened.loadSavedSet(QStringLiteral("Recency")));
    QVERIFY(!reopened.isAnalysisDateAutomatic());
    QCOMPARE(reopened.analysisDate(), QDate(2024, 4, 9));
    QCOMPARE(reopened.criteriaSet(), dialog.criteriaSet());
    QVERIFY(waitForPreview(reopened));
    // Back to automatic.
    reopened.setAnalysisDate(QDate());
    QVERIFY(!reopened.criteriaSet().analysisDay.has_value());
    QVERIFY(waitForPreview(reopened));
    QCOMPARE(reopened.analysisDate(), QDate(2024, 3, 10));
    QVERIFY(waitForPreview(dialog));
}

void CriteriaEditorTest::countSentencesArePlural()
{
    const QString path = surveyProject(m_directory, QStringLiteral("survey_plurals"));
    QVERIFY(!path.isEmpty());
    engine::Result<engine::Session> opened = engine::Session::openProject(path.toStdString());
    QVERIFY(opened.isOk());
    EnglishSingulars singulars;
    QVERIFY(QCoreApplication::installTranslator(&singulars));
    CriteriaEditorDialog dialog(opened.value());
    dialog.setSetName(QStringLiteral("Answers"));
    const int answer = dialog.addColumnVariable(QStringLiteral("Answer"));
    CriteriaVariableModel *model = dialog.variableModel();
    QVERIFY(model->setData(model->index(answer, CriteriaVariableModel::KindColumn),
        static_cast<int>(engine::VariableKind::Ordinal)));
    dialog.fillLevelsWithPreset("likert-tr");
    QVERIFY(waitForPreview(dialog));
    // One customer ("Strongly agree") is left out: the count reaches tr(), which picks the singular.
    QCOMPARE(dialog.usageSentence(),
        QStringLiteral("7 customers will be used. 1 customer is left out because Answer is missing."));
    QVERIFY(!dialog.usageSentence().contains(QStringLiteral("1 customers")));
    // As a category no answer is unknown: every customer is used (the answers' numbers go with the kind).
    QVERIFY(model->setData(model->index(answer, CriteriaVariableModel::KindColumn),
        static_cast<int>(engine::VariableKind::Categorical)));
    QVERIFY(model->variables()[static_cast<std::size_t>(answer)].levels.empty());
    QVERIFY(dialog.problems().isEmpty());
    QVERIFY(waitForPreview(dialog));
    QCOMPARE(dialog.usageSentence(), QStringLiteral("All 8 customers will be used."));
    QCoreApplication::removeTranslator(&singulars);
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
    QVERIFY(allColumnsInView(dialog));
    const QImage shot = dialog.grab().toImage();
    QCOMPARE(shot.size(), QSize(1280, 800));
    const QString name = QStringLiteral("criteria_editor_%1.png").arg(language);
    QVERIFY(shot.save(QDir(QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR)).filePath(name)));
    const QString shots = qEnvironmentVariable("SEGMENTA_SHOTS_DIR");
    if (!shots.isEmpty()) {
        QVERIFY(shot.save(QDir(shots).filePath(name)));
    }
}

void CriteriaEditorTest::answerScreenshots()
{
    QFETCH(QString, language);
    const QString path = surveyProject(m_directory, QStringLiteral("survey_shots_%1").arg(language));
    QVERIFY(!path.isEmpty());
    engine::Result<engine::Session> opened = engine::Session::openProject(path.toStdString());
    QVERIFY(opened.isOk());
    ui::LanguageManager languages;
    languages.setLanguage(language);
    CriteriaEditorDialog dialog(opened.value());
    dialog.setSetName(QStringLiteral("Survey and visits"));
    CriteriaVariableModel *model = dialog.variableModel();
    const int spend = dialog.addColumnVariable(QStringLiteral("Spend"));
    model->setData(model->index(spend, CriteriaVariableModel::TransformColumn),
        static_cast<int>(engine::CriteriaTransform::Log1p));
    const int visit = dialog.addColumnVariable(QStringLiteral("Visit"));
    model->setData(
        model->index(visit, CriteriaVariableModel::KindColumn), static_cast<int>(engine::VariableKind::Date));
    model->setData(model->index(visit, CriteriaVariableModel::MissingColumn),
        static_cast<int>(engine::MissingPolicy::Impute));
    // A formula with a mistake: its problem shows as an icon in the Problem column and under the table.
    dialog.addFormulaVariable(QStringLiteral("Spend per answer"), QStringLiteral("Spend / (Answer"));
    const int answer = dialog.addColumnVariable(QStringLiteral("Answer"));
    model->setData(model->index(answer, CriteriaVariableModel::KindColumn),
        static_cast<int>(engine::VariableKind::Ordinal));
    model->setData(model->index(answer, CriteriaVariableModel::FamilyColumn),
        static_cast<int>(engine::CriteriaFamily::Psychographic));
    dialog.selectVariable(answer);
    dialog.fillLevelsWithPreset("likert-tr");
    dialog.resize(1280, 800);
    dialog.show();
    QVERIFY(waitForPreview(dialog));
    QVERIFY(dialog.isLevelEditorShown());
    QCOMPARE(dialog.problems().size(), 1);
    QVERIFY(allColumnsInView(dialog));
    QTest::qWait(50);
    const QImage shot = dialog.grab().toImage();
    const QString name = QStringLiteral("criteria_editor_answers_%1.png").arg(language);
    QVERIFY(shot.save(QDir(QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR)).filePath(name)));
    const QString shots = qEnvironmentVariable("SEGMENTA_SHOTS_DIR");
    if (!shots.isEmpty()) {
        QVERIFY(shot.save(QDir(shots).filePath(name)));
    }
}

QTEST_MAIN(CriteriaEditorTest)
#include "CriteriaEditorTest.moc"
