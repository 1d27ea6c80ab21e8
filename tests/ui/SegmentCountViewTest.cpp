// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "diagnostics/SegmentCountView.h"
#include "UiTestSupport.h"
#include "common/LanguageManager.h"
#include "diagnostics/SegmentCountDialog.h"
#include "diagnostics/SegmentCountJob.h"

#include <QChart>
#include <QDir>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace segmenta;

namespace {

engine::SegmentCountSearchParams sampleSearch()
{
    engine::SegmentCountSearchParams params;
    for (const QString &column : ui::test::spendingColumns()) {
        params.columns.push_back(column.toStdString());
    }
    params.minimumCount = 2;
    params.maximumCount = 6;
    params.stabilityRuns = 2;
    return params;
}

} // namespace

class SegmentCountViewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void searchChartsEveryScoreAndMarksTheRecommendation();
    void cancelEndsWithoutResults();
    void dialogChecksTheChoice();
    void criteriaSetTravelsFromDialogToSegmentRequest();
    void screenshots_data();
    void screenshots();

private:
    QTemporaryDir m_directory;
    QString m_project;
    std::optional<engine::SegmentCountSearch> m_expected;
};

void SegmentCountViewTest::initTestCase()
{
    ui::test::prepareTestEnvironment();
    QVERIFY(m_directory.isValid());
    m_project = ui::test::copySampleProject(m_directory);
    QVERIFY(!m_project.isEmpty());
    // The same search straight through the Session, for the known answer.
    auto session = engine::Session::openProject(m_project.toStdString());
    QVERIFY(session);
    engine::NullProgress progress;
    auto search = session.value().compareSegmentCounts(sampleSearch(), progress);
    QVERIFY(search);
    m_expected = std::move(search).value();
}

void SegmentCountViewTest::searchChartsEveryScoreAndMarksTheRecommendation()
{
    ui::SegmentCountView view;
    QSignalSpy ended(&view, &ui::SegmentCountView::searchEnded);
    QSignalSpy progress(view.job(), &ui::SegmentCountJob::progressChanged);
    QVERIFY(view.start(m_project, sampleSearch()));
    QVERIFY(view.isRunning());
    QVERIFY(!view.start(m_project, sampleSearch())); // one at a time
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 120000);
    QVERIFY(progress.count() > 0);
    QVERIFY(view.hasSearch());
    const int recommended = m_expected->recommendation.recommendedCount;
    QCOMPARE(view.recommendedCount(), recommended);
    QCOMPARE(view.columns(), ui::test::spendingColumns());
    QVERIFY(view.reasonText().contains(QString::number(recommended)));

    const auto &scores = m_expected->recommendation.scores;
    const auto chosen = std::find_if(scores.begin(), scores.end(),
        [&](const engine::SegmentCountScore &score) { return score.segmentCount == recommended; });
    QVERIFY(chosen != scores.end());
    for (int i = 0; i < ui::SegmentCountView::scoreCount; ++i) {
        QChart *chart = view.chart(static_cast<ui::SegmentCountView::Score>(i));
        QVERIFY(!chart->title().isEmpty());
        const QList<QAbstractSeries *> series = chart->series();
        QCOMPARE(series.size(), 2);
        auto *line = qobject_cast<QLineSeries *>(series[0]);
        auto *mark = qobject_cast<QScatterSeries *>(series[1]);
        QVERIFY(line && mark);
        QCOMPARE(line->count(), static_cast<int>(scores.size()));
        QCOMPARE(mark->count(), 1);
        QCOMPARE(mark->at(0).x(), static_cast<double>(recommended));
    }
    const QChart *silhouette = view.chart(ui::SegmentCountView::Score::Silhouette);
    QCOMPARE(qobject_cast<QScatterSeries *>(silhouette->series()[1])->at(0).y(), chosen->silhouette);

    QSignalSpy requested(&view, &ui::SegmentCountView::segmentRequested);
    QList<QPushButton *> buttons = view.findChildren<QPushButton *>();
    QPushButton *segmentButton = nullptr;
    for (QPushButton *candidate : buttons) {
        if (candidate->text().contains(QString::number(recommended))) {
            segmentButton = candidate;
        }
    }
    QVERIFY(segmentButton);
    segmentButton->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).toInt(), recommended);
    QCOMPARE(requested.first().at(1).toStringList(), ui::test::spendingColumns());
}

void SegmentCountViewTest::cancelEndsWithoutResults()
{
    ui::SegmentCountView view;
    QSignalSpy cancelled(view.job(), &ui::SegmentCountJob::cancelled);
    QSignalSpy ended(&view, &ui::SegmentCountView::searchEnded);
    engine::SegmentCountSearchParams params = sampleSearch();
    params.maximumCount = 20;
    params.stabilityRuns = 20;
    QVERIFY(view.start(m_project, params));
    view.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 60000);
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!view.hasSearch());
}

void SegmentCountViewTest::dialogChecksTheChoice()
{
    auto session = engine::Session::openProject(m_project.toStdString());
    QVERIFY(session);
    ui::SegmentCountDialog dialog(session.value());
    QVERIFY(!dialog.problems().isEmpty()); // nothing chosen yet
    dialog.setSelectedColumns(ui::test::spendingColumns());
    QVERIFY(dialog.problems().isEmpty());
    dialog.setRange(5, 3);
    QVERIFY(!dialog.problems().isEmpty());
    dialog.setRange(3, 5);
    QVERIFY(dialog.problems().isEmpty());
    QCOMPARE(dialog.parameters().minimumCount, 3);
    QCOMPARE(dialog.parameters().maximumCount, 5);
    QCOMPARE(dialog.parameters().columns.size(), std::size_t(6));
}

void SegmentCountViewTest::criteriaSetTravelsFromDialogToSegmentRequest()
{
    // A set that logs two spending columns: the search must run on its matrix, not on plain columns.
    QTemporaryDir directory;
    const QString project = ui::test::copySampleProject(directory);
    QVERIFY(!project.isEmpty());
    engine::CriteriaSet set;
    set.name = "Fresh and milk (log)";
    for (const char *column : {"Fresh", "Milk"}) {
        engine::CriteriaVariable variable;
        variable.name = column;
        variable.column = column;
        variable.transform = engine::CriteriaTransform::Log1p;
        set.variables.push_back(variable);
    }
    {
        auto session = engine::Session::openProject(project.toStdString());
        QVERIFY(session);
        QVERIFY(session.value().saveCriteriaSet(set));
    }
    auto session = engine::Session::openProject(project.toStdString());
    QVERIFY(session);
    ui::SegmentCountDialog dialog(session.value());
    QVERIFY(!dialog.problems().isEmpty()); // no columns and no set chosen yet
    dialog.setCriteriaSet(QString::fromStdString(set.name));
    QCOMPARE(dialog.criteriaSet(), QString::fromStdString(set.name));
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(QLatin1Char('\n'))));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(QDir(QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR))
                                   .filePath(QStringLiteral("segment_count_dialog_criteria_en.png"))));
    dialog.hide();
    engine::SegmentCountSearchParams params = dialog.parameters();
    QCOMPARE(params.criteria, set.name);
    QVERIFY(params.columns.empty());
    dialog.setCriteriaSet(QStringLiteral("no such set"));
    QVERIFY(dialog.criteriaSet().isEmpty()); // back to columns, which are still unchosen
    QVERIFY(!dialog.problems().isEmpty());

    params.minimumCount = 2;
    params.maximumCount = 4;
    params.stabilityRuns = 0;
    ui::SegmentCountView view;
    QSignalSpy ended(&view, &ui::SegmentCountView::searchEnded);
    QVERIFY(view.start(project, params));
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 120000);
    QVERIFY(view.hasSearch());
    QCOMPARE(view.criteriaSet(), QString::fromStdString(set.name));
    engine::NullProgress progress;
    auto expected = session.value().compareSegmentCounts(params, progress);
    QVERIFY(expected);
    QCOMPARE(view.recommendedCount(), expected.value().recommendation.recommendedCount);

    QSignalSpy requested(&view, &ui::SegmentCountView::segmentRequested);
    for (QPushButton *button : view.findChildren<QPushButton *>()) {
        if (button->isEnabled() && button->text().contains(QString::number(view.recommendedCount()))) {
            button->click();
        }
    }
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(2).toString(), QString::fromStdString(set.name));
}

void SegmentCountViewTest::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Turkish") << QStringLiteral("tr");
}

void SegmentCountViewTest::screenshots()
{
    QFETCH(QString, language);
    ui::LanguageManager languages;
    QVERIFY(languages.setLanguage(language));
    const QDir artifacts(QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR));
    ui::SegmentCountView view;
    view.resize(1280, 760);
    view.setSearch(*m_expected, ui::test::spendingColumns());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(100);
    QVERIFY(view.grab().save(artifacts.filePath(QStringLiteral("segment_counts_%1.png").arg(language))));

    auto session = engine::Session::openProject(m_project.toStdString());
    QVERIFY(session);
    ui::SegmentCountDialog dialog(session.value());
    dialog.setSelectedColumns(ui::test::spendingColumns());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(
        dialog.grab().save(artifacts.filePath(QStringLiteral("segment_count_dialog_%1.png").arg(language))));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
}

QTEST_MAIN(SegmentCountViewTest)
#include "SegmentCountViewTest.moc"
