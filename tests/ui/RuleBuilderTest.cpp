// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
// The rule builder on the sample project: a two-segment set with a nested OR group built through the
// dialog, its live counts against Session::evaluateRuleSet, saving, export and import.
#include "PluralProbe.h"
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "Session.h"
#include "common/LanguageManager.h"
#include "core/Progress.h"
#include "rules/RuleBuilderDialog.h"

#include <QAction>
#include <QDir>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <map>

using namespace segmenta;
using segmenta::engine::RuleNode;
using segmenta::engine::RuleOperator;

namespace {

/// The set the test builds, written out by hand: "Milk lovers" = Milk ≥ 10000 and (Channel = 2 or Grocery
/// between 5000 and 20000); "Fresh buyers" = Fresh ≥ 15000.
engine::RuleSet expectedSet()
{
    auto condition = [](const char *column, RuleOperator op, std::vector<double> numbers) {
        RuleNode node;
        node.kind = RuleNode::Kind::Condition;
        node.condition.column = column;
        node.condition.op = op;
        node.condition.numbers = std::move(numbers);
        return node;
    };
    RuleNode either;
    either.kind = RuleNode::Kind::Any;
    either.children = {condition("Channel", RuleOperator::In, {2}),
        condition("Grocery", RuleOperator::Between, {5000, 20000})};
    RuleNode milk;
    milk.children = {condition("Milk", RuleOperator::AtLeast, {10000}), either};
    RuleNode fresh;
    fresh.children = {condition("Fresh", RuleOperator::AtLeast, {15000})};
    engine::RuleSet set;
    set.segments = {{"Milk lovers", milk}, {"Fresh buyers", fresh}};
    return set;
}

} // namespace

class RuleBuilderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ui::test::prepareTestEnvironment(); }
    void buildsCountsAndSaves();
    void exportsAndImports();
    void windowShowsTheSavedSet();
    void unmatchedSegmentIsNamedInTheUsersLanguage();
    void countSentencesArePluralAware();
    void screenshots_data();
    void screenshots();

private:
    /// Builds expectedSet() through the dialog's widgets.
    static void build(ui::RuleBuilderDialog &dialog);
};

void RuleBuilderTest::build(ui::RuleBuilderDialog &dialog)
{
    dialog.setSegmentName(QStringLiteral("Milk lovers"));
    ui::RuleConditionEditor *milk = dialog.addCondition();
    QVERIFY(milk != nullptr);
    QVERIFY(milk->setColumn(QStringLiteral("Milk")));
    QVERIFY(milk->setOperator(RuleOperator::AtLeast));
    milk->setValues(QStringLiteral("10000"));
    // The next group goes beside the condition, into the top group.
    QVERIFY(dialog.addGroup(RuleNode::Kind::Any) != nullptr);
    ui::RuleConditionEditor *channel = dialog.addCondition();
    QVERIFY(channel->setColumn(QStringLiteral("Channel")));
    QVERIFY(channel->setOperator(RuleOperator::In));
    channel->setValues(QStringLiteral("2"));
    ui::RuleConditionEditor *grocery = dialog.addCondition();
    QVERIFY(grocery->setColumn(QStringLiteral("Grocery")));
    QVERIFY(grocery->setOperator(RuleOperator::Between));
    grocery->setValues(QStringLiteral("5000"), QStringLiteral("20000"));

    dialog.addSegment(QStringLiteral("Fresh buyers"));
    ui::RuleConditionEditor *fresh = dialog.addCondition();
    QVERIFY(fresh->setColumn(QStringLiteral("Fresh")));
    QVERIFY(fresh->setOperator(RuleOperator::AtLeast));
    fresh->setValues(QStringLiteral("15000"));
}

void RuleBuilderTest::buildsCountsAndSaves()
{
    QTemporaryDir directory;
    const QString path = ui::test::copySampleProject(directory);
    QVERIFY(!path.isEmpty());
    engine::Result<engine::Session> session = engine::Session::openProject(path.toStdString());
    QVERIFY(session.isOk());

    ui::RuleBuilderDialog dialog(session.value());
    build(dialog);
    if (QTest::currentTestFailed()) {
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(dialog.countsAreCurrent(), 30000);

    // The widgets made the set written out by hand.
    const engine::RuleSet built = dialog.ruleSet();
    engine::RuleSet expected = expectedSet();
    expected.unmatchedSegment = built.unmatchedSegment;
    QCOMPARE(QString::fromStdString(engine::ruleSetToJson(built)),
        QString::fromStdString(engine::ruleSetToJson(expected)));

    // The live counts are the engine's.
    engine::NullProgress progress;
    engine::RuleSetParams params;
    params.rules = expected;
    engine::Result<engine::RuleSetReport> report = session.value().evaluateRuleSet(params, progress);
    QVERIFY(report.isOk());
    const engine::RuleSetEvaluation &counts = dialog.counts();
    QCOMPARE(counts.customerCount, std::int64_t {ui::test::sampleCustomerCount});
    QCOMPARE(counts.segments.size(), std::size_t {2});
    for (std::size_t i = 0; i < 2; ++i) {
        QCOMPARE(counts.segments[i].matched, report.value().segments[i].matched);
        QCOMPARE(counts.segments[i].assigned, report.value().segments[i].assigned);
    }
    QCOMPARE(counts.inSeveral, report.value().inSeveral);
    QCOMPARE(counts.inNone, report.value().inNone);
    QVERIFY(counts.segments[0].matched > 0 && counts.segments[1].matched > 0 && counts.inSeveral > 0);

    // Plain sentences: the selected (second) segment, with those already in the first.
    const std::int64_t earlier = counts.segments[1].matched - counts.segments[1].assigned;
    QCOMPARE(dialog.segmentCountText(),
        QStringLiteral("%1 customers match. %2 also match an earlier segment and stay there.")
            .arg(counts.segments[1].matched)
            .arg(earlier));
    QVERIFY2(dialog.setCountText().contains(QStringLiteral("%1 match no segment").arg(counts.inNone)),
        qPrintable(dialog.setCountText()));

    // Numbers are read as the user's language writes them (English here): 10,000 is ten thousand.
    dialog.selectSegment(0);
    auto *milk = qobject_cast<ui::RuleConditionEditor *>(
        dialog.conditionTree()->itemWidget(dialog.conditionTree()->topLevelItem(0)->child(0), 0));
    QVERIFY(milk != nullptr);
    milk->setValues(QStringLiteral("10,000"));
    QCOMPARE(milk->condition().numbers, std::vector<double> {10000});
    dialog.selectSegment(1);

    // An unfinished condition shows a hint instead of counts, and its result never lands.
    ui::RuleConditionEditor *unfinished = dialog.addCondition();
    QVERIFY(unfinished->setColumn(QStringLiteral("Frozen")));
    QVERIFY(unfinished->setOperator(RuleOperator::AtMost));
    QVERIFY(!dialog.countsAreCurrent());
    QVERIFY(dialog.segmentCountText().startsWith(QStringLiteral("Fill in")));
    unfinished->setValues(QStringLiteral("1e12")); // matches everyone: the counts come back unchanged
    QTRY_VERIFY_WITH_TIMEOUT(dialog.countsAreCurrent(), 30000);
    QCOMPARE(dialog.counts().segments[1].matched, report.value().segments[1].matched);

    // Save: the stored segmentation holds the assigned counts, the rest in "Other".
    dialog.setSetName(QStringLiteral("Milk and fresh"));
    QVERIFY(dialog.save());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSaving(), 30000);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.savedName(), QStringLiteral("Milk and fresh"));

    engine::Result<engine::Session> reread = engine::Session::openProject(path.toStdString());
    QVERIFY(reread.isOk());
    engine::Result<std::vector<engine::SegmentInfo>> segments = reread.value().segments("Milk and fresh");
    QVERIFY(segments.isOk());
    std::map<std::string, std::int64_t> sizes;
    for (const engine::SegmentInfo &segment : segments.value()) {
        sizes[segment.name] = segment.size;
    }
    QCOMPARE(sizes["Milk lovers"], report.value().segments[0].assigned);
    QCOMPARE(sizes["Fresh buyers"], report.value().segments[1].assigned);
    QCOMPARE(sizes["Other"], report.value().inNone);

    // It can be opened again for editing.
    ui::RuleBuilderDialog again(reread.value());
    QVERIFY(again.loadSaved(QStringLiteral("Milk and fresh")));
    QCOMPARE(again.segmentList()->count(), 2);
    QCOMPARE(again.setName(), QStringLiteral("Milk and fresh"));
}

void RuleBuilderTest::exportsAndImports()
{
    QTemporaryDir directory;
    const QString path = ui::test::copySampleProject(directory);
    engine::Result<engine::Session> session = engine::Session::openProject(path.toStdString());
    QVERIFY(session.isOk());
    ui::RuleBuilderDialog dialog(session.value());
    build(dialog);
    const QString file = directory.filePath(QStringLiteral("rules.json"));
    QVERIFY(dialog.exportFile(file));

    ui::RuleBuilderDialog imported(session.value());
    QVERIFY(imported.importFile(file));
    QCOMPARE(imported.setName(), QStringLiteral("rules"));
    QCOMPARE(QString::fromStdString(engine::ruleSetToJson(imported.ruleSet())),
        QString::fromStdString(engine::ruleSetToJson(dialog.ruleSet())));
    // The nested group is shown as a tree two levels deep.
    imported.selectSegment(0);
    QTreeWidgetItem *top = imported.conditionTree()->topLevelItem(0);
    QCOMPARE(top->childCount(), 2);
    QCOMPARE(top->child(1)->childCount(), 2);
}

void RuleBuilderTest::windowShowsTheSavedSet()
{
    QTemporaryDir directory;
    const QString path = ui::test::copySampleProject(directory);
    ui::MainWindow window;
    QVERIFY(window.openProject(path).isOk());
    QAction *open = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)) {
            open = action;
        }
    }
    QVERIFY(open != nullptr && open->isEnabled());
    bool started = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = window.findChild<ui::RuleBuilderDialog *>();
        if (dialog == nullptr) {
            return;
        }
        build(*dialog);
        dialog->setSetName(QStringLiteral("From the window"));
        started = dialog->save();
        if (!started) {
            dialog->reject();
        }
    });
    open->trigger(); // the dialog runs until the save ends
    QVERIFY(started);
    QCOMPARE(window.currentSegmentation(), QStringLiteral("From the window"));
}

void RuleBuilderTest::unmatchedSegmentIsNamedInTheUsersLanguage()
{
    // Stands in for the Turkish translation, so the test shows the name goes through tr().
    ui::test::PluralProbe turkish;
    turkish.addTranslation(
        QStringLiteral("segmenta::ui::RuleBuilderDialog"), QStringLiteral("Other"), QStringLiteral("Diğer"));
    QCoreApplication::installTranslator(&turkish);
    QTemporaryDir directory;
    const QString path = ui::test::copySampleProject(directory);
    engine::Result<engine::Session> session = engine::Session::openProject(path.toStdString());
    QVERIFY(session.isOk());
    ui::RuleBuilderDialog dialog(session.value());
    QCoreApplication::removeTranslator(&turkish);
    QCOMPARE(QString::fromStdString(dialog.ruleSet().unmatchedSegment), QStringLiteral("Diğer"));
    QCOMPARE(engine::RuleSet {}.unmatchedSegment, std::string("Other")); // the engine's neutral default

    dialog.setSegmentName(QStringLiteral("Fresh buyers"));
    ui::RuleConditionEditor *fresh = dialog.addCondition();
    QVERIFY(fresh->setColumn(QStringLiteral("Fresh")));
    QVERIFY(fresh->setOperator(RuleOperator::AtLeast));
    fresh->setValues(QStringLiteral("15000"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.countsAreCurrent(), 30000);
    const std::int64_t unmatched = dialog.counts().inNone;
    QVERIFY(unmatched > 0);
    QVERIFY2(dialog.setCountText().contains(QStringLiteral("“Diğer”")), qPrintable(dialog.setCountText()));

    // What the user saw is stored: in the rule set and as the segment's name.
    dialog.setSetName(QStringLiteral("Fresh"));
    QVERIFY(dialog.save());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSaving(), 30000);
    engine::Result<engine::Session> reread = engine::Session::openProject(path.toStdString());
    QVERIFY(reread.isOk());
    engine::Result<engine::RuleSet> stored = reread.value().ruleSet("Fresh");
    QVERIFY(stored.isOk());
    QCOMPARE(QString::fromStdString(stored.value().unmatchedSegment), QStringLiteral("Diğer"));
    engine::Result<std::vector<engine::SegmentInfo>> segments = reread.value().segments("Fresh");
    QVERIFY(segments.isOk());
    std::map<QString, std::int64_t> sizes;
    for (const engine::SegmentInfo &segment : segments.value()) {
        sizes[QString::fromStdString(segment.name)] = segment.size;
    }
    QCOMPARE(sizes[QStringLiteral("Diğer")], unmatched);
    QVERIFY(sizes.find(QStringLiteral("Other")) == sizes.end());
}

void RuleBuilderTest::countSentencesArePluralAware()
{
    ui::test::PluralProbe english; // the singular forms segmenta_en.qm gives
    QCoreApplication::installTranslator(&english);
    QTemporaryDir directory;
    const QString path = ui::test::copySampleProject(directory);
    engine::Result<engine::Session> session = engine::Session::openProject(path.toStdString());
    QVERIFY(session.isOk());
    ui::RuleBuilderDialog dialog(session.value());
    // Exactly one customer spends 112,151 or more on fresh products (the data set's largest value).
    dialog.setSegmentName(QStringLiteral("Top fresh"));
    ui::RuleConditionEditor *fresh = dialog.addCondition();
    QVERIFY(fresh->setColumn(QStringLiteral("Fresh")));
    QVERIFY(fresh->setOperator(RuleOperator::AtLeast));
    fresh->setValues(QStringLiteral("112151"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.countsAreCurrent(), 30000);
    QCOMPARE(dialog.counts().segments[0].matched, std::int64_t {1});
    QStringList texts {dialog.segmentCountText(), dialog.setCountText()};
    for (int row = 0; row < dialog.segmentList()->count(); ++row) {
        texts.append(dialog.segmentList()->item(row)->text());
    }
    QCoreApplication::removeTranslator(&english);
    QCOMPARE(dialog.segmentCountText(), QStringLiteral("1 customer matches."));
    QCOMPARE(dialog.segmentList()->item(0)->text(), QStringLiteral("1. Top fresh — 1 customer"));
    for (const QString &text : texts) {
        QVERIFY2(!ui::test::wrongSingular().match(text).hasMatch(), qPrintable(text));
    }
}

void RuleBuilderTest::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Turkish") << QStringLiteral("tr");
}

void RuleBuilderTest::screenshots()
{
    QFETCH(QString, language);
    ui::LanguageManager languages;
    QVERIFY(languages.setLanguage(language));
    QTemporaryDir directory;
    const QString path = ui::test::copySampleProject(directory);
    engine::Result<engine::Session> session = engine::Session::openProject(path.toStdString());
    QVERIFY(session.isOk());
    ui::RuleBuilderDialog dialog(session.value());
    build(dialog);
    dialog.selectSegment(0);
    dialog.setSetName(QStringLiteral("Milk and fresh"));
    dialog.resize(1280, 800);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.countsAreCurrent(), 30000);
    QCoreApplication::processEvents();
    // Channel holds two codes: "is one of" offers them as a checkable list.
    auto *channel = qobject_cast<ui::RuleConditionEditor *>(
        dialog.conditionTree()->itemWidget(dialog.conditionTree()->topLevelItem(0)->child(1)->child(0), 0));
    QVERIFY(channel != nullptr);
    auto *pick = channel->findChild<QToolButton *>();
    QVERIFY(pick != nullptr && pick->isVisible());
    const QString shot = QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR "/rulebuilder_%1.png").arg(language);
    QVERIFY2(dialog.grab().save(shot), qPrintable(shot));
    languages.setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(RuleBuilderTest)
#include "RuleBuilderTest.moc"
