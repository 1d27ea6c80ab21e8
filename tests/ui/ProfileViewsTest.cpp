// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "UiTestSupport.h"
#include "common/LanguageManager.h"
#include "profiles/ComparisonModel.h"
#include "profiles/ComparisonView.h"
#include "profiles/ProfileCard.h"
#include "profiles/ProfileLoader.h"
#include "profiles/ProfilePanel.h"
#include "profiles/ProfileText.h"

#include <QDir>
#include <QLabel>
#include <QTableView>
#include <QTest>

#include <cmath>

using namespace segmenta;

class ProfileViewsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void sentencesFollowTheSizeAndSignOfTheDifference_data();
    void sentencesFollowTheSizeAndSignOfTheDifference();
    void cardsDescribeEverySegment();
    void cardListsTopValuesOfTextColumns();
    void numbersFitInTheNarrowestPanel_data();
    void numbersFitInTheNarrowestPanel();
    void heatmapShowsStandardisedDifferences();
    void loaderReportsOnlyTheNewestRequest();
    void screenshots_data();
    void screenshots();

private:
    engine::SegmentationProfile m_profile;
};

void ProfileViewsTest::initTestCase()
{
    ui::test::prepareTestEnvironment();
    auto session = engine::Session::openProject(SEGMENTA_SAMPLE_PROJECT);
    QVERIFY(session);
    engine::NullProgress progress;
    auto profile = session.value().profileSegments("", engine::ProfileParams {}, progress);
    QVERIFY(profile);
    m_profile = std::move(profile).value();
    QVERIFY(m_profile.segments.size() >= 2);
}

void ProfileViewsTest::cleanup()
{
    // A failed check must not leave the next test in Turkish.
    ui::LanguageManager().setLanguage(QStringLiteral("en"));
    ui::test::prepareTestEnvironment();
}

void ProfileViewsTest::sentencesFollowTheSizeAndSignOfTheDifference_data()
{
    QTest::addColumn<double>("difference");
    QTest::addColumn<double>("index");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("much higher") << 1.3 << 2.44 << QStringLiteral("Milk is much higher than average (×2.4)");
    QTest::newRow("somewhat higher") << 0.5 << 1.26
                                     << QStringLiteral("Milk is somewhat higher than average (×1.3)");
    QTest::newRow("close") << -0.1 << 0.97 << QStringLiteral("Milk is close to average (×1.0)");
    QTest::newRow("somewhat lower") << -0.3 << 0.8
                                    << QStringLiteral("Milk is somewhat lower than average (×0.8)");
    QTest::newRow("much lower") << -0.8 << 0.31 << QStringLiteral("Milk is much lower than average (×0.3)");
    QTest::newRow("no index") << -0.9 << std::nan("") << QStringLiteral("Milk is much lower than average");
}

void ProfileViewsTest::sentencesFollowTheSizeAndSignOfTheDifference()
{
    QFETCH(double, difference);
    QFETCH(double, index);
    QFETCH(QString, sentence);
    QCOMPARE(ui::ProfileText::difference(QStringLiteral("Milk"), difference, index), sentence);
}

void ProfileViewsTest::cardsDescribeEverySegment()
{
    ui::ProfilePanel panel;
    panel.resize(900, 700);
    panel.setProfile(m_profile);
    QCOMPARE(panel.cardCount(), static_cast<int>(m_profile.segments.size()));
    for (int s = 0; s < panel.cardCount(); ++s) {
        const engine::SegmentProfile &segment = m_profile.segments[static_cast<std::size_t>(s)];
        const QStringList sentences = panel.card(s)->differenceSentences();
        QCOMPARE(sentences.size(), static_cast<qsizetype>(segment.distinguishing.size()));
        QVERIFY(sentences.size() >= 3); // eight numeric columns in the sample
        // The first sentence names the most distinguishing column.
        const auto column = static_cast<std::size_t>(segment.distinguishing.front().column);
        QVERIFY(sentences.front().startsWith(QString::fromStdString(m_profile.columns[column].name)));
    }

    ui::LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("tr")));
    const QStringList turkish = panel.card(0)->differenceSentences();
    QVERIFY2(turkish.front().contains(QStringLiteral("ortalama")), qPrintable(turkish.front()));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
}

void ProfileViewsTest::numbersFitInTheNarrowestPanel_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Turkish") << QStringLiteral("tr");
}

void ProfileViewsTest::numbersFitInTheNarrowestPanel()
{
    // At its minimum width (as in the dock) no label of a card may reach past the viewport's right edge:
    // the Index column used to be cut off there, the horizontal scroll bar being off.
    QFETCH(QString, language);
    ui::LanguageManager languages;
    QVERIFY(languages.setLanguage(language));
    ui::ProfilePanel panel;
    panel.setMinimumWidth(ui::ProfilePanel::cardWidth); // as the window does; the cards may need more
    panel.setProfile(m_profile);
    panel.resize(panel.minimumWidth(), 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTest::qWait(20);
    const int right = panel.viewport()->width();
    for (int s = 0; s < panel.cardCount(); ++s) {
        for (const QLabel *label : panel.card(s)->findChildren<QLabel *>()) {
            if (!label->isVisibleTo(&panel) || label->text().isEmpty()) {
                continue;
            }
            const int labelRight = label->mapTo(panel.viewport(), QPoint(label->width(), 0)).x();
            QVERIFY2(labelRight <= right,
                qPrintable(QStringLiteral("card %1, \"%2\" ends at %3 of %4")
                               .arg(s)
                               .arg(label->text().left(40))
                               .arg(labelRight)
                               .arg(right)));
            // Not squeezed below what the text needs either.
            QVERIFY2(label->width() >= label->minimumSizeHint().width(), qPrintable(label->text().left(40)));
        }
    }
    QVERIFY(panel.grab().save(QDir(QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR))
                                  .filePath(QStringLiteral("profile_panel_narrow_%1.png").arg(language))));
}

void ProfileViewsTest::cardListsTopValuesOfTextColumns()
{
    // Two cities in one segment: Istanbul 2 of 3, Ankara 1 of 3.
    engine::SegmentProfileBuilder builder(
        {{"City", engine::ColumnType::Text}, {"Spend", engine::ColumnType::Real}}, {"Shoppers"});
    builder.addCustomer(0, {std::string("Istanbul"), 10.0});
    builder.addCustomer(0, {std::string("Istanbul"), 20.0});
    builder.addCustomer(0, {std::string("Ankara"), 30.0});
    ui::ProfileCard card(builder.build(), 0);
    bool listed = false;
    for (const QLabel *label : card.findChildren<QLabel *>()) {
        listed = listed
            || (label->text().contains(QStringLiteral("<b>City</b>: Istanbul 67%, Ankara 33%"))
                && label->isVisibleTo(&card));
    }
    QVERIFY(listed);
}

void ProfileViewsTest::heatmapShowsStandardisedDifferences()
{
    ui::ComparisonModel model;
    model.setProfile(m_profile);
    QCOMPARE(model.rowCount(), static_cast<int>(m_profile.segments.size()));
    int numeric = 0;
    for (const engine::ProfileColumn &column : m_profile.columns) {
        numeric += column.isNumeric() ? 1 : 0;
    }
    QCOMPARE(model.columnCount(), numeric);
    const double expected = m_profile.segments[1].variables[0].standardisedDifference;
    QCOMPARE(model.difference(1, 0), expected);
    QCOMPARE(model.data(model.index(1, 0)).toString(), ui::ProfileText::signedDifference(expected));
    QVERIFY(!model.data(model.index(1, 0), Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(
        model.headerData(0, Qt::Vertical).toString(), QString::fromStdString(m_profile.segments[0].name));

    // Diverging colours: white at 0, blue below, orange above, saturated from 2 standard deviations.
    QCOMPARE(ui::ComparisonModel::colourFor(0.0), QColor(255, 255, 255));
    const QColor below = ui::ComparisonModel::colourFor(-2.5);
    const QColor above = ui::ComparisonModel::colourFor(2.5);
    QVERIFY(below.blue() > below.red());
    QVERIFY(above.red() > above.blue());
    QCOMPARE(ui::ComparisonModel::colourFor(3.0), above);
    QCOMPARE(ui::ProfileText::signedDifference(1.25), QStringLiteral("+1.3"));
    QCOMPARE(ui::ProfileText::signedDifference(-0.4), QString(QChar(0x2212)) + QStringLiteral("0.4"));
}

void ProfileViewsTest::loaderReportsOnlyTheNewestRequest()
{
    ui::ProfileLoader loader;
    QStringList loaded;
    int failed = 0;
    connect(&loader, &ui::ProfileLoader::loaded, this,
        [&loaded](
            const QString &segmentation, const engine::SegmentationProfile &) { loaded << segmentation; });
    connect(&loader, &ui::ProfileLoader::failed, this, [&failed] { ++failed; });
    const QString project = QStringLiteral(SEGMENTA_SAMPLE_PROJECT);
    const QString segmentation = QStringLiteral("Spending profile"); // the sample project's segmentation

    // A second request right after the first supersedes it: one answer, for the newest.
    loader.load(project, QStringLiteral("no such segmentation"));
    loader.load(project, segmentation);
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first(), segmentation);
    loader.waitForFinished();
    QTest::qWait(50); // any late signal of the superseded request would arrive now
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(failed, 0);

    // A cancelled request says nothing.
    loader.load(project, segmentation);
    loader.cancel();
    loader.waitForFinished();
    QTest::qWait(50);
    QCOMPARE(loaded.size(), 1);
    QVERIFY(!loader.isRunning());
}

void ProfileViewsTest::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Turkish") << QStringLiteral("tr");
}

void ProfileViewsTest::screenshots()
{
    QFETCH(QString, language);
    ui::LanguageManager languages;
    QVERIFY(languages.setLanguage(language));
    const QDir artifacts(QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR));

    ui::ProfilePanel panel;
    panel.resize(1280, 800);
    panel.setProfile(m_profile);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTest::qWait(100);
    QVERIFY(panel.grab().save(artifacts.filePath(QStringLiteral("profiles_%1.png").arg(language))));

    ui::ComparisonView comparison;
    comparison.resize(1280, 500);
    comparison.setProfile(m_profile);
    comparison.show();
    QVERIFY(QTest::qWaitForWindowExposed(&comparison));
    QTest::qWait(100);
    QVERIFY(comparison.grab().save(artifacts.filePath(QStringLiteral("comparison_%1.png").arg(language))));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
}

QTEST_MAIN(ProfileViewsTest)
#include "ProfileViewsTest.moc"
