// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "Session.h"
#include "common/LanguageManager.h"
#include "criteria/SegmentDialog.h"
#include "jobs/JobRunner.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

#include <cmath>
#include <limits>
#include <optional>

using namespace segmenta;
using engine::Linkage;
using engine::SegmentationMethod;
using ui::SegmentDialog;

Q_DECLARE_METATYPE(engine::SegmentationMethod)
Q_DECLARE_METATYPE(engine::Linkage)

namespace {

constexpr int jobTimeoutMs = 120000;
/// Mall customers: 200 customers; three numeric columns and Genre, a text column.
constexpr std::int64_t mallCustomerCount = 200;
const QString genre = QStringLiteral("Genre");

QStringList mallNumericColumns()
{
    return {QStringLiteral("Age"), QStringLiteral("Annual Income (k$)"),
        QStringLiteral("Spending Score (1-100)")};
}

QStringList toStrings(const std::vector<std::string> &values)
{
    QStringList strings;
    for (const std::string &value : values) {
        strings.append(QString::fromStdString(value));
    }
    return strings;
}

/// NaN stands for "automatic" in the data tables (QFETCH cannot carry std::optional).
std::optional<double> weightFrom(double value)
{
    return std::isnan(value) ? std::nullopt : std::optional<double>(value);
}

bool importCustomers(const QString &project, const QString &csv)
{
    auto session = engine::Session::createProject(project.toStdString());
    if (!session) {
        return false;
    }
    engine::CsvImportParams params;
    params.filePath = csv.toStdString();
    engine::NullProgress progress;
    return static_cast<bool>(session->importCustomersCsv(params, progress));
}

/// The dialog's widget @p name (object names are set for tests and accessibility tools).
template<typename Widget> Widget *part(const SegmentDialog &dialog, const char *name)
{
    return dialog.findChild<Widget *>(QString::fromLatin1(name));
}

} // namespace

class SegmentDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void methodChoiceGivesParameters_data();
    void methodChoiceGivesParameters();
    void textColumnsOnlyForMethodsThatTakeCategories();
    void optionsShowOnlyForTheirMethod();
    void smallProjectHasNoSizeWarnings();
    void largeProjectWarnsAndGreysOutLinkages();
    void runFromTheMenuStoresTheMethod_data();
    void runFromTheMenuStoresTheMethod();
    void screenshots_data();
    void screenshots();

private:
    QTemporaryDir m_dir;
    QString m_mall; ///< Mall customers, imported once; tests that write use a copy
    QString m_large; ///< hierarchicalExactLimit + 1 synthetic customers, with a text column
};

void SegmentDialogTest::initTestCase()
{
    ui::test::prepareTestEnvironment();
    QVERIFY(m_dir.isValid());
    m_mall = m_dir.filePath(QStringLiteral("mall.segmenta"));
    QVERIFY(importCustomers(
        m_mall, QStringLiteral(SEGMENTA_SHARED_DATA_DIR "/mall_customers/Mall_Customers.csv")));

    // Just past the exact limits of hierarchical (and so of k-medoids): the sizes where the dialog warns.
    const QString csv = m_dir.filePath(QStringLiteral("large.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Text));
    QTextStream out(&file);
    out << "CustomerID,Spend,Visits,City\n";
    const QStringList cities {QStringLiteral("Izmir"), QStringLiteral("Ankara"), QStringLiteral("Bursa")};
    for (std::int64_t row = 0; row <= engine::hierarchicalExactLimit; ++row) {
        out << row + 1 << ',' << (row * 37) % 1000 << ',' << (row * 11) % 50 << ','
            << cities[static_cast<int>(row % 3)] << '\n';
    }
    file.close();
    m_large = m_dir.filePath(QStringLiteral("large.segmenta"));
    QVERIFY(importCustomers(m_large, csv));
    auto large = engine::Session::openProject(m_large.toStdString());
    QVERIFY(large);
    QCOMPARE(large->summary().value().customerCount, engine::hierarchicalExactLimit + 1);
}

void SegmentDialogTest::methodChoiceGivesParameters_data()
{
    QTest::addColumn<SegmentationMethod>("method");
    QTest::addColumn<Linkage>("linkage");
    QTest::addColumn<double>("weight"); // NaN: automatic
    QTest::addColumn<Linkage>("expectedLinkage");
    QTest::addColumn<bool>("expectGamma");
    QTest::addColumn<bool>("expectGenre");

    const double automatic = std::numeric_limits<double>::quiet_NaN();
    // Linkage and weight are set on every row; only the method that uses them passes them on.
    QTest::newRow("k-means") << SegmentationMethod::KMeans << Linkage::Single << 2.0 << Linkage::Ward << false
                             << false;
    QTest::newRow("hierarchical ward")
        << SegmentationMethod::Hierarchical << Linkage::Ward << 2.0 << Linkage::Ward << false << false;
    QTest::newRow("hierarchical average") << SegmentationMethod::Hierarchical << Linkage::Average << automatic
                                          << Linkage::Average << false << false;
    QTest::newRow("hierarchical complete") << SegmentationMethod::Hierarchical << Linkage::Complete
                                           << automatic << Linkage::Complete << false << false;
    QTest::newRow("hierarchical single") << SegmentationMethod::Hierarchical << Linkage::Single << automatic
                                         << Linkage::Single << false << false;
    QTest::newRow("k-prototypes automatic")
        << SegmentationMethod::KPrototypes << Linkage::Average << automatic << Linkage::Ward << false << true;
    QTest::newRow("k-prototypes 1.5")
        << SegmentationMethod::KPrototypes << Linkage::Average << 1.5 << Linkage::Ward << true << true;
    QTest::newRow("k-prototypes 0") << SegmentationMethod::KPrototypes << Linkage::Ward << 0.0
                                    << Linkage::Ward << true << true;
    QTest::newRow("k-medoids") << SegmentationMethod::KMedoids << Linkage::Complete << 1.5 << Linkage::Ward
                               << false << true;
}

void SegmentDialogTest::methodChoiceGivesParameters()
{
    QFETCH(SegmentationMethod, method);
    QFETCH(Linkage, linkage);
    QFETCH(double, weight);
    QFETCH(Linkage, expectedLinkage);
    QFETCH(bool, expectGamma);
    QFETCH(bool, expectGenre);

    auto session = engine::Session::openProject(m_mall.toStdString());
    QVERIFY(session);
    SegmentDialog dialog(session.value());
    dialog.setLinkage(linkage);
    dialog.setCategoryWeight(weightFrom(weight));
    dialog.setMethod(method);
    // Every column ticked, Genre (text) included: only the methods that take categories may pass it on.
    dialog.setSelectedColumns(mallNumericColumns() + QStringList {genre});
    dialog.setSegmentCount(5);
    QCOMPARE(dialog.method(), method);
    QVERIFY2(dialog.isReady(), qPrintable(dialog.problems().join(QLatin1Char('\n'))));

    const engine::SegmentationParams params = dialog.parameters();
    QCOMPARE(params.method, method);
    QCOMPARE(params.linkage, expectedLinkage);
    QCOMPARE(params.gamma.has_value(), expectGamma);
    if (expectGamma) {
        QCOMPARE(*params.gamma, weight);
    }
    QCOMPARE(params.segmentCount, 5);
    QVERIFY(params.criteria.empty());
    QStringList expectedColumns = mallNumericColumns();
    if (expectGenre) {
        expectedColumns.prepend(genre); // the project's column order: Genre comes first in the file
    }
    QCOMPARE(toStrings(params.columns), expectedColumns);
    // The engine accepts what the dialog hands over.
    QVERIFY(session->validate(params).empty());
}

void SegmentDialogTest::textColumnsOnlyForMethodsThatTakeCategories()
{
    auto session = engine::Session::openProject(m_mall.toStdString());
    QVERIFY(session);
    SegmentDialog dialog(session.value());
    // Opens on k-means, with the numeric columns offered and ticked.
    QCOMPARE(dialog.method(), SegmentationMethod::KMeans);
    QCOMPARE(dialog.offeredColumns(), mallNumericColumns());
    QCOMPARE(dialog.selectedColumns(), mallNumericColumns());
    QVERIFY(dialog.notes().isEmpty());
    QVERIFY(!SegmentDialog::acceptsCategories(SegmentationMethod::KMeans));
    QVERIFY(!SegmentDialog::acceptsCategories(SegmentationMethod::Hierarchical));

    for (const SegmentationMethod mixed : {SegmentationMethod::KPrototypes, SegmentationMethod::KMedoids}) {
        QVERIFY(SegmentDialog::acceptsCategories(mixed));
        dialog.setSelectedColumns(mallNumericColumns());
        dialog.setMethod(mixed);
        // The text column is offered, unticked (it might hold names), and the dialog says so.
        QCOMPARE(dialog.offeredColumns(), QStringList {genre} + mallNumericColumns());
        QCOMPARE(dialog.selectedColumns(), mallNumericColumns());
        QVERIFY(dialog.isReady());
        QCOMPARE(dialog.notes().size(), 1);
        QVERIFY2(dialog.notes().front().contains(QStringLiteral("No category column is ticked")),
            qPrintable(dialog.notes().front()));

        // Ticked in the list, it is in the parameters and the note goes.
        auto *list = dialog.findChild<QListWidget *>();
        QVERIFY(list);
        QListWidgetItem *genreItem = list->item(0);
        QCOMPARE(genreItem->text(), QStringLiteral("Genre (category)"));
        genreItem->setCheckState(Qt::Checked);
        QCOMPARE(dialog.selectedColumns(), QStringList {genre} + mallNumericColumns());
        QVERIFY(dialog.notes().isEmpty());
        QVERIFY(dialog.isReady());

        // Categories alone are enough for these methods.
        dialog.setSelectedColumns({genre});
        QVERIFY2(dialog.isReady(), qPrintable(dialog.problems().join(QLatin1Char('\n'))));
        QCOMPARE(toStrings(dialog.parameters().columns), QStringList {genre});

        // Back on a numbers-only method the text column is neither shown nor passed on, and nothing is
        // left to run on until a number column is ticked again.
        dialog.setMethod(SegmentationMethod::KMeans);
        QCOMPARE(dialog.offeredColumns(), mallNumericColumns());
        QVERIFY(dialog.selectedColumns().isEmpty());
        QVERIFY(!dialog.isReady());
        QCOMPARE(dialog.problems(), QStringList {QStringLiteral("Choose at least one column.")});
        // Its tick survives the detour.
        dialog.setMethod(mixed);
        QCOMPARE(dialog.selectedColumns(), QStringList {genre});
        dialog.setMethod(SegmentationMethod::KMeans);
    }
}

void SegmentDialogTest::optionsShowOnlyForTheirMethod()
{
    auto session = engine::Session::openProject(m_mall.toStdString());
    QVERIFY(session);
    SegmentDialog dialog(session.value());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *linkage = part<QComboBox>(dialog, "linkage");
    auto *weight = part<QDoubleSpinBox>(dialog, "categoryWeight");
    auto *automatic = part<QCheckBox>(dialog, "automaticCategoryWeight");
    auto *advanced = part<QCheckBox>(dialog, "showAdvanced");
    QVERIFY(linkage && weight && automatic && advanced);
    advanced->setChecked(true);

    dialog.setMethod(SegmentationMethod::KMeans);
    QVERIFY(!linkage->isVisible());
    QVERIFY(!weight->isVisible());

    dialog.setMethod(SegmentationMethod::Hierarchical);
    QVERIFY(linkage->isVisible());
    QVERIFY(!weight->isVisible());
    // Ward first: the recommended way, the default.
    QCOMPARE(linkage->count(), 4);
    QCOMPARE(dialog.linkage(), Linkage::Ward);
    QVERIFY(linkage->currentText().contains(QStringLiteral("recommended")));

    dialog.setMethod(SegmentationMethod::KPrototypes);
    QVERIFY(!linkage->isVisible());
    QVERIFY(weight->isVisible());
    // Automatic by default: the weight itself is greyed out and the engine chooses.
    QVERIFY(automatic->isChecked());
    QVERIFY(!weight->isEnabled());
    QVERIFY(!dialog.categoryWeight());
    QVERIFY(!dialog.parameters().gamma);
    automatic->setChecked(false);
    QVERIFY(weight->isEnabled());
    weight->setValue(2.25);
    QCOMPARE(dialog.categoryWeight(), std::optional<double>(2.25));
    QCOMPARE(dialog.parameters().gamma, std::optional<double>(2.25));

    dialog.setMethod(SegmentationMethod::KMedoids);
    QVERIFY(!linkage->isVisible());
    QVERIFY(!weight->isVisible());
    QVERIFY(!dialog.parameters().gamma);
}

void SegmentDialogTest::smallProjectHasNoSizeWarnings()
{
    auto session = engine::Session::openProject(m_mall.toStdString());
    QVERIFY(session);
    SegmentDialog dialog(session.value());
    dialog.setMethod(SegmentationMethod::Hierarchical);
    for (const Linkage linkage : {Linkage::Ward, Linkage::Average, Linkage::Complete, Linkage::Single}) {
        QVERIFY(dialog.isLinkageAvailable(linkage));
        dialog.setLinkage(linkage);
        QVERIFY(dialog.isReady());
        QVERIFY(dialog.notes().isEmpty());
    }
    dialog.setMethod(SegmentationMethod::KMedoids);
    dialog.setSelectedColumns(mallNumericColumns() + QStringList {genre});
    QVERIFY(dialog.isReady());
    QVERIFY2(dialog.notes().isEmpty(), qPrintable(dialog.notes().join(QLatin1Char('\n'))));
}

void SegmentDialogTest::largeProjectWarnsAndGreysOutLinkages()
{
    auto session = engine::Session::openProject(m_large.toStdString());
    QVERIFY(session);
    SegmentDialog dialog(session.value());
    QVERIFY(dialog.isReady());
    QVERIFY(dialog.notes().isEmpty()); // k-means works the same at any size

    dialog.setMethod(SegmentationMethod::Hierarchical);
    QCOMPARE(dialog.linkage(), Linkage::Ward);
    QVERIFY(dialog.isReady());
    QCOMPARE(dialog.notes().size(), 1);
    QVERIFY2(dialog.notes().front().contains(QStringLiteral("more than 30,000 customers"))
            && dialog.notes().front().contains(QStringLiteral("two steps")),
        qPrintable(dialog.notes().front()));

    // Only Ward runs beyond the limit: the others are greyed out with the reason, as the engine refuses them.
    auto *combo = part<QComboBox>(dialog, "linkage");
    QVERIFY(combo);
    auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    QVERIFY(model);
    for (int row = 0; row < combo->count(); ++row) {
        const auto linkage = static_cast<Linkage>(combo->itemData(row).toInt());
        const bool available = dialog.isLinkageAvailable(linkage);
        QCOMPARE(available, linkage == Linkage::Ward);
        QCOMPARE(model->item(row)->isEnabled(), available);
        QCOMPARE(combo->itemData(row, Qt::ToolTipRole).toString().isEmpty(), available);
        engine::SegmentationParams params = dialog.parameters();
        params.linkage = linkage;
        QCOMPARE(session->validate(params).empty(), available);
    }
    // Set from code all the same, a refused linkage blocks Run with the reason in plain words.
    dialog.setLinkage(Linkage::Average);
    QVERIFY(!dialog.isReady());
    QCOMPARE(dialog.problems().size(), 1);
    QVERIFY2(dialog.problems().front().startsWith(QStringLiteral("Only Ward can join more than 30,000")),
        qPrintable(dialog.problems().front()));
    QVERIFY(dialog.notes().isEmpty()); // no two-step promise for a run that cannot start
    dialog.setLinkage(Linkage::Ward);
    QVERIFY(dialog.isReady());

    // k-medoids samples beyond its exact limit.
    dialog.setMethod(SegmentationMethod::KMedoids);
    dialog.setSelectedColumns({QStringLiteral("Spend"), QStringLiteral("Visits"), QStringLiteral("City")});
    QVERIFY(dialog.isReady());
    QCOMPARE(dialog.notes().size(), 1);
    QVERIFY2(dialog.notes().front().contains(QStringLiteral("more than 3,000 customers"))
            && dialog.notes().front().contains(QStringLiteral("CLARA")),
        qPrintable(dialog.notes().front()));

    // k-prototypes has no size limit.
    dialog.setMethod(SegmentationMethod::KPrototypes);
    QVERIFY(dialog.notes().isEmpty());
}

void SegmentDialogTest::runFromTheMenuStoresTheMethod_data()
{
    QTest::addColumn<SegmentationMethod>("method");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QString>("storedMethod");
    QTest::addColumn<QStringList>("storedColumns"); // a text column is stored by its levels

    const QStringList genreLevels {QStringLiteral("Genre = Female"), QStringLiteral("Genre = Male")};
    QTest::newRow("hierarchical") << SegmentationMethod::Hierarchical << mallNumericColumns()
                                  << QStringLiteral("hierarchical-ward") << mallNumericColumns();
    QTest::newRow("k-prototypes") << SegmentationMethod::KPrototypes
                                  << QStringList {genre} + mallNumericColumns()
                                  << QStringLiteral("kprototypes") << genreLevels + mallNumericColumns();
}

void SegmentDialogTest::runFromTheMenuStoresTheMethod()
{
    QFETCH(SegmentationMethod, method);
    QFETCH(QStringList, columns);
    QFETCH(QString, storedMethod);
    QFETCH(QStringList, storedColumns);

    const QString path = m_dir.filePath(QStringLiteral("run_%1.segmenta").arg(QTest::currentDataTag()));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_mall, path));
    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(window.openProject(path).isOk());

    // Segment › Segment customers… (Ctrl+R), as the user opens it; the dialog is modal, so it is answered
    // from the event loop it runs.
    QAction *segment = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_R)) {
            segment = action;
        }
    }
    QVERIFY(segment);
    constexpr int segmentCount = 5;
    const QString name = QStringLiteral("From the dialog");
    bool answered = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<SegmentDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        dialog->setMethod(method);
        dialog->setSelectedColumns(columns);
        dialog->setSegmentCount(segmentCount);
        dialog->setSegmentationName(name);
        QPushButton *run = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        answered = run->isEnabled();
        run->click();
    });
    QSignalSpy finished(window.jobRunner(), &ui::JobRunner::finished);
    QSignalSpy failed(window.jobRunner(), &ui::JobRunner::failed);
    segment->trigger();
    QVERIFY(answered);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, jobTimeoutMs);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(window.currentSegmentation(), name);

    // As another program reads the file.
    auto stored = engine::Session::openProject(path.toStdString());
    QVERIFY(stored);
    const engine::SegmentationInfo info = stored->segmentation(name.toStdString()).value().info;
    QCOMPARE(QString::fromStdString(info.method), storedMethod);
    QCOMPARE(toStrings(info.columns), storedColumns);
    QCOMPARE(info.segmentCount, segmentCount);
    QCOMPARE(info.memberCount, mallCustomerCount);
}

void SegmentDialogTest::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("project"); // "mall" or "large"
    QTest::addColumn<SegmentationMethod>("method");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>(
        "variant"); // "": as it opens; "refused": average linkage; "numbers": no category

    for (const QString &language : {QStringLiteral("en"), QStringLiteral("tr")}) {
        const auto row = [&](const char *project, SegmentationMethod method, const char *name,
                             const char *variant = "") {
            const QString file
                = QStringLiteral("segment_dialog_%1_%2.png").arg(QLatin1String(name), language);
            QTest::newRow(qPrintable(file))
                << language << QString::fromLatin1(project) << method << file << QString::fromLatin1(variant);
        };
        row("mall", SegmentationMethod::KMeans, "kmeans");
        row("mall", SegmentationMethod::Hierarchical, "hierarchical");
        row("mall", SegmentationMethod::KPrototypes, "kprototypes");
        row("mall", SegmentationMethod::KMedoids, "kmedoids");
        row("large", SegmentationMethod::Hierarchical, "hierarchical_large");
        row("large", SegmentationMethod::KMedoids, "kmedoids_large");
        row("large", SegmentationMethod::Hierarchical, "hierarchical_large_average", "refused");
        row("mall", SegmentationMethod::KPrototypes, "kprototypes_no_category", "numbers");
    }
}

void SegmentDialogTest::screenshots()
{
    QFETCH(QString, language);
    QFETCH(QString, project);
    QFETCH(SegmentationMethod, method);
    QFETCH(QString, file);
    QFETCH(QString, variant);

    ui::LanguageManager languages;
    QVERIFY(languages.setLanguage(language));
    // Strings not yet in the shipped translation can be checked from a .qm built beside it.
    QTranslator pending;
    const QString pendingFile = qEnvironmentVariable("SEGMENTA_PENDING_TRANSLATION_DIR");
    if (!pendingFile.isEmpty() && language != QLatin1String("en")
        && pending.load(QStringLiteral("segmenta_%1").arg(language), pendingFile)) {
        QCoreApplication::installTranslator(&pending);
    }

    auto session
        = engine::Session::openProject((project == QLatin1String("mall") ? m_mall : m_large).toStdString());
    QVERIFY(session);
    SegmentDialog dialog(session.value());
    dialog.setMethod(method);
    if (SegmentDialog::acceptsCategories(method)) {
        dialog.setSelectedColumns(project == QLatin1String("mall")
                ? QStringList {genre} + mallNumericColumns()
                : QStringList {QStringLiteral("Spend"), QStringLiteral("Visits"), QStringLiteral("City")});
    }
    if (variant == QLatin1String("refused")) {
        dialog.setLinkage(Linkage::Average);
        QVERIFY(!dialog.isReady());
    } else if (variant == QLatin1String("numbers")) {
        dialog.setSelectedColumns(mallNumericColumns());
        QCOMPARE(dialog.notes().size(), 1);
    } else if (method == SegmentationMethod::KPrototypes) {
        part<QCheckBox>(dialog, "showAdvanced")->setChecked(true);
    }
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(50);
    // Nothing cut off: the dialog is at least as large as its layout asks.
    QVERIFY(dialog.width() >= dialog.minimumSizeHint().width());
    QVERIFY(dialog.height() >= dialog.minimumSizeHint().height());
    const QString target = QDir(QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR)).filePath(file);
    QVERIFY2(dialog.grab().save(target), qPrintable(target));
    QCoreApplication::removeTranslator(&pending);
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
}

QTEST_MAIN(SegmentDialogTest)
#include "SegmentDialogTest.moc"
