// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "import/ImportWizard.h"
#include "Session.h"
#include "UiTestSupport.h"
#include "common/LanguageManager.h"
#include "import/ImportPreviewModel.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace segmenta;
using segmenta::ui::ImportWizard;

namespace {

constexpr int previewTimeoutMs = 30000;
constexpr int importTimeoutMs = 120000;

QString sharedFile(const char *relative)
{
    return QStringLiteral(SEGMENTA_SHARED_DATA_DIR) + QString::fromUtf8(relative);
}

/// A new, empty project in @p directory.
QString newProject(const QTemporaryDir &directory, const QString &name)
{
    const QString path = directory.filePath(name);
    auto session = engine::Session::createProject(path.toStdString());
    return session ? path : QString();
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString writeFile(const QTemporaryDir &directory, const QString &name, const QByteArray &content)
{
    const QString path = directory.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return QString();
    }
    return path;
}

bool waitForPreview(const ImportWizard &wizard)
{
    return QTest::qWaitFor(
        [&wizard] { return !wizard.isPreviewRunning() && wizard.preview().has_value(); }, previewTimeoutMs);
}

/// Rows 3 and 5 have the wrong number of fields; row 4's age is no number.
QByteArray raggedCsv()
{
    return "id,age,city\n"
           "1,34,Bursa\n"
           "2,41\n"
           "3,otuz,Izmir\n"
           "4,52,Ankara,extra\n"
           "5,38,Bursa\n"
           "6,27,Van\n"
           "7,45,Izmir\n"
           "8,33,Bursa\n"
           "9,61,Van\n"
           "10,29,Ankara\n"
           "11,50,Bursa\n"
           "12,44,Van\n"
           "13,39,Bursa\n";
}

/// A Turkish customer table: day-first birth dates, evet/hayır, cities (UTF-8).
QByteArray typedCsv()
{
    QByteArray text = "Müşteri No;Doğum Tarihi;Üye;Şehir\n";
    const char *cities[] = {"İstanbul", "Ankara", "İzmir"};
    for (int i = 1; i <= 12; ++i) {
        text += "M" + QByteArray::number(100 + i) + ';' + QByteArray::number(13 + i) + ".0"
            + QByteArray::number(1 + i % 9) + "." + QByteArray::number(1970 + i) + ';'
            + (i % 2 ? "evet" : "hayır") + ';' + cities[i % 3] + '\n';
    }
    return text;
}

} // namespace

class ImportWizardTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ui::test::prepareTestEnvironment(); }
    void importsACustomerTable();
    void importsATransactionLog();
    void optionsChangeThePreview();
    void problemsPageShowsLineNumbers();
    void columnChoicesAndSkipRowsReachTheProject();
    void datesYesNoAndCategoriesAreStoredAsTheirTypes();
    void cancelLeavesTheProjectUnchanged();
    void screenshots_data();
    void screenshots();
};

void ImportWizardTest::importsACustomerTable()
{
    QTemporaryDir directory;
    const QString project = newProject(directory, QStringLiteral("mall.segmenta"));
    QVERIFY(!project.isEmpty());
    ImportWizard wizard(project);
    wizard.show();
    wizard.setFilePath(sharedFile("/mall_customers/Mall_Customers.csv"));
    QVERIFY(waitForPreview(wizard));
    QCOMPARE(wizard.kind(), engine::ImportKind::Customers);
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::OptionsPage));
    QCOMPARE(wizard.previewModel()->rowCount(), 100);
    QCOMPARE(wizard.previewModel()->columnCount(), 5);
    QCOMPARE(wizard.previewModel()->headerData(0, Qt::Vertical).toString(), QStringLiteral("2"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ColumnsPage));
    QCOMPARE(wizard.columnRoles().at(0), std::string("customer_id"));
    QCOMPARE(wizard.columnFamilies().at(2), engine::CriteriaFamily::Demographic);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ProblemsPage));
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("problemsSummary"))
                ->text()
                .contains(QStringLiteral("No problems")));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPage));
    QVERIFY(QTest::qWaitFor([&wizard] { return wizard.hasImported(); }, importTimeoutMs));
    QVERIFY2(
        wizard.summaryText().contains(QStringLiteral("200 customers")), qPrintable(wizard.summaryText()));
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());

    auto session = engine::Session::openProject(project.toStdString());
    QVERIFY(session);
    const auto summary = session.value().summary();
    QVERIFY(summary);
    QCOMPARE(summary.value().customerCount, 200);
    QCOMPARE(summary.value().columns.size(), std::size_t(4));
    QCOMPARE(summary.value().idColumn, std::string("CustomerID"));
}

void ImportWizardTest::importsATransactionLog()
{
    QTemporaryDir directory;
    const QString project = newProject(directory, QStringLiteral("retail.segmenta"));
    ImportWizard wizard(project);
    wizard.show();
    wizard.setFilePath(sharedFile("/online_retail/online_retail_sample.csv"));
    QVERIFY(waitForPreview(wizard));
    QCOMPARE(wizard.kind(), engine::ImportKind::Transactions); // suggested from the columns
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ColumnsPage));
    QVERIFY(wizard.currentPage()->isComplete());
    const engine::TransactionImportParams params = wizard.transactionImportParams();
    QCOMPARE(params.customerColumn, std::string("CustomerID"));
    QCOMPARE(params.dateColumn, std::string("InvoiceDate"));
    QCOMPARE(params.orderColumn, std::string("InvoiceNo"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ProblemsPage));
    // Rows without a customer are the problems; leave them out.
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("problemsSummary"))
                ->text()
                .contains(QStringLiteral("2,588")));
    wizard.setProblemChoice(ImportWizard::ProblemChoice::SkipRows);
    wizard.next();
    QVERIFY(QTest::qWaitFor([&wizard] { return wizard.hasImported(); }, importTimeoutMs));
    QVERIFY2(wizard.summaryText().contains(QStringLiteral("2,588 rows with problems")),
        qPrintable(wizard.summaryText()));

    auto session = engine::Session::openProject(project.toStdString());
    QVERIFY(session);
    const auto summary = session.value().summary();
    QVERIFY(summary);
    QCOMPARE(summary.value().customerCount, 445); // as TransactionImportTest counts them
}

void ImportWizardTest::optionsChangeThePreview()
{
    QTemporaryDir directory;
    // Semicolons, decimal commas; a comma delimiter would read "1,5" as two fields.
    const QString file = writeFile(directory, QStringLiteral("semicolon.csv"),
        "id;spend;city\n1;1,5;Bursa\n2;2,25;Van\n3;10,75;Izmir\n");
    ImportWizard wizard(newProject(directory, QStringLiteral("p.segmenta")));
    wizard.show();
    wizard.setFilePath(file);
    QVERIFY(waitForPreview(wizard));
    wizard.next();
    QCOMPARE(wizard.previewModel()->columnCount(), 3);
    QCOMPARE(wizard.preview()->detection.dialect.decimalMark, engine::DecimalMark::Comma);
    QCOMPARE(wizard.preview()->columns.at(1).type, engine::InferredType::Decimal);

    auto *delimiter = wizard.findChild<QComboBox *>(QStringLiteral("delimiterCombo"));
    QSignalSpy updated(&wizard, &ImportWizard::previewUpdated);
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(",")));
    QVERIFY(updated.wait(previewTimeoutMs));
    QVERIFY(waitForPreview(wizard));
    QCOMPARE(wizard.previewModel()->columnCount(), 1); // the header "id;spend;city" is one field
    QCOMPARE(wizard.options().delimiter, std::optional<char>(','));

    delimiter->setCurrentIndex(0); // find out again
    auto *decimal = wizard.findChild<QComboBox *>(QStringLiteral("decimalCombo"));
    decimal->setCurrentIndex(decimal->findData(static_cast<int>(engine::DecimalMark::Dot)));
    QVERIFY(QTest::qWaitFor(
        [&wizard] {
            return !wizard.isPreviewRunning() && wizard.preview()
                && wizard.preview()->detection.dialect.decimalMark == engine::DecimalMark::Dot;
        },
        previewTimeoutMs));
    QCOMPARE(wizard.previewModel()->columnCount(), 3);
    QVERIFY(wizard.preview()->columns.at(1).type != engine::InferredType::Decimal);
}

void ImportWizardTest::problemsPageShowsLineNumbers()
{
    QTemporaryDir directory;
    const QString file = writeFile(directory, QStringLiteral("ragged.csv"), raggedCsv());
    ImportWizard wizard(newProject(directory, QStringLiteral("p.segmenta")));
    wizard.show();
    wizard.setFilePath(file);
    QVERIFY(waitForPreview(wizard));
    wizard.next();
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ProblemsPage));
    auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("problemsTable"));
    QVERIFY(table->isVisible());
    QStringList lines;
    QStringList values;
    for (int row = 0; row < table->rowCount(); ++row) {
        lines << table->item(row, 2)->text();
        values << table->item(row, 3)->text();
    }
    QCOMPARE(lines, (QStringList {QStringLiteral("3"), QStringLiteral("5"), QStringLiteral("4")}));
    QVERIFY(values.contains(QStringLiteral("otuz")));
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("problemsSummary"))
                ->text()
                .startsWith(QStringLiteral("3 of 13 rows")));
    QVERIFY(wizard.findChild<QAbstractButton *>(QStringLiteral("skipButton"))->isVisible());
}

void ImportWizardTest::columnChoicesAndSkipRowsReachTheProject()
{
    QTemporaryDir directory;
    const QString file = writeFile(directory, QStringLiteral("ragged.csv"), raggedCsv());
    const QString project = newProject(directory, QStringLiteral("p.segmenta"));
    ImportWizard wizard(project);
    wizard.show();
    wizard.setFilePath(file);
    QVERIFY(waitForPreview(wizard));
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ColumnsPage));
    QCOMPARE(wizard.preview()->columns.at(1).type, engine::InferredType::Integer);
    auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("columnsTable"));
    // age (row 1): "what they are worth"; city (row 2): left out. Column 4 is the family, 3 the role.
    auto *family = qobject_cast<QComboBox *>(table->cellWidget(1, 4));
    QVERIFY(family);
    family->setCurrentIndex(family->findData(static_cast<int>(engine::CriteriaFamily::Value)));
    auto *role = qobject_cast<QComboBox *>(table->cellWidget(2, 3));
    QVERIFY(role);
    const int skip = role->findData(QStringLiteral("skip"));
    QVERIFY(skip >= 0);
    role->setCurrentIndex(skip);
    QCOMPARE(wizard.columnRoles(), (std::vector<std::string> {"customer_id", "", "skip"}));
    const engine::CsvImportParams params = wizard.customerImportParams();
    QCOMPARE(params.idColumn, std::string("id"));
    QCOMPARE(params.columns.size(), std::size_t(2));
    QVERIFY(params.columns[1].skip);
    QCOMPARE(params.columns[0].type, std::optional(engine::ValueKind::Integer));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ProblemsPage));
    wizard.setProblemChoice(ImportWizard::ProblemChoice::SkipRows);
    QCOMPARE(wizard.customerImportParams().onError, engine::RowErrorPolicy::Skip);
    wizard.next();
    QVERIFY(QTest::qWaitFor([&wizard] { return wizard.hasImported(); }, importTimeoutMs));
    QVERIFY2(wizard.summaryText().contains(QStringLiteral("3 rows with problems were left out")),
        qPrintable(wizard.summaryText()));

    auto session = engine::Session::openProject(project.toStdString());
    QVERIFY(session);
    const auto summary = session.value().summary();
    QVERIFY(summary);
    QCOMPARE(summary.value().customerCount, 10); // lines 3 and 5 ragged, line 4's age unreadable
    QCOMPARE(summary.value().columns.size(), std::size_t(1));
    QCOMPARE(summary.value().columns[0].name, std::string("age"));
    QCOMPARE(summary.value().columns[0].type, engine::ColumnType::Integer);
    QCOMPARE(summary.value().columns[0].family, engine::CriteriaFamily::Value);
}

void ImportWizardTest::datesYesNoAndCategoriesAreStoredAsTheirTypes()
{
    QTemporaryDir directory;
    const QString file = writeFile(directory, QStringLiteral("typed.csv"), typedCsv());
    const QString project = newProject(directory, QStringLiteral("p.segmenta"));
    ImportWizard wizard(project);
    wizard.show();
    wizard.setFilePath(file);
    QVERIFY(waitForPreview(wizard));
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ColumnsPage));
    const std::vector<engine::InferredType> types = wizard.columnTypes();
    QCOMPARE(types,
        (std::vector<engine::InferredType> {engine::InferredType::Identifier, engine::InferredType::Date,
            engine::InferredType::Boolean, engine::InferredType::Categorical}));
    const engine::CsvImportParams params = wizard.customerImportParams();
    QCOMPARE(params.columns.size(), std::size_t(3));
    QCOMPARE(params.columns[0].type, std::optional(engine::ValueKind::Date));
    QCOMPARE(params.columns[1].type, std::optional(engine::ValueKind::Boolean));
    wizard.next();
    wizard.next();
    QVERIFY(QTest::qWaitFor([&wizard] { return wizard.hasImported(); }, importTimeoutMs));

    auto session = engine::Session::openProject(project.toStdString());
    QVERIFY(session);
    const auto summary = session.value().summary();
    QVERIFY(summary);
    QCOMPARE(summary.value().customerCount, 12);
    QCOMPARE(summary.value().columns.at(0).valueKind(), engine::ValueKind::Date);
    QCOMPARE(summary.value().columns.at(1).valueKind(), engine::ValueKind::Boolean);
    QCOMPARE(summary.value().columns.at(2).valueKind(), engine::ValueKind::Categorical);
    const auto page = session.value().customers(0, 1);
    QVERIFY(page);
    QCOMPARE(std::get<std::string>(page.value().values.at(0).at(0)), std::string("1971-02-14"));
    QCOMPARE(std::get<std::int64_t>(page.value().values.at(0).at(1)), std::int64_t(1));
}

void ImportWizardTest::cancelLeavesTheProjectUnchanged()
{
    QTemporaryDir directory;
    QByteArray big = "id,age,spend,city\n";
    for (int i = 1; i <= 300000; ++i) {
        big += QByteArray::number(i) + ',' + QByteArray::number(18 + i % 60) + ','
            + QByteArray::number(i % 997) + ".5,City" + QByteArray::number(i % 40) + '\n';
    }
    const QString file = writeFile(directory, QStringLiteral("big.csv"), big);
    const QString project = newProject(directory, QStringLiteral("p.segmenta"));
    const QByteArray before = bytesOf(project);
    ImportWizard wizard(project);
    wizard.show();
    wizard.setFilePath(file);
    QVERIFY(waitForPreview(wizard));
    wizard.next();
    wizard.next();
    wizard.next();
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    wizard.next(); // starts the import
    QVERIFY(wizard.isImportRunning());
    wizard.reject(); // the wizard's Cancel stops the import, and keeps the wizard open
    QVERIFY(finished.wait(importTimeoutMs));
    QVERIFY(!wizard.hasImported());
    QVERIFY(wizard.summaryText().contains(QStringLiteral("cancelled")));
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    QCOMPARE(bytesOf(project), before);
    auto session = engine::Session::openProject(project.toStdString());
    QVERIFY(session);
    QCOMPARE(session.value().summary().value().customerCount, 0);
}

void ImportWizardTest::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("tr") << QStringLiteral("tr");
}

/// Every page at 1280×800, to look at (SEGMENTA_SHOTS_DIR, else the test artefacts).
void ImportWizardTest::screenshots()
{
    QFETCH(QString, language);
    QString out = qEnvironmentVariable("SEGMENTA_SHOTS_DIR");
    if (out.isEmpty()) {
        out = QStringLiteral(SEGMENTA_UI_ARTIFACT_DIR);
    }
    QDir().mkpath(out);
    ui::LanguageManager languages;
    QVERIFY(languages.setLanguage(language));
    QTemporaryDir directory;
    const QString file = writeFile(directory, QStringLiteral("ragged.csv"), raggedCsv());
    ImportWizard wizard(newProject(directory, QStringLiteral("p.segmenta")));
    wizard.resize(1280, 800);
    wizard.show();
    const auto shoot = [&](const QString &name) {
        QTest::qWait(50);
        return wizard.grab().save(QDir(out).filePath(QStringLiteral("wizard_%1_%2.png").arg(name, language)));
    };
    QVERIFY(shoot(QStringLiteral("1_file_empty")));
    wizard.setFilePath(sharedFile("/online_retail/online_retail_sample.csv"));
    QVERIFY(waitForPreview(wizard));
    QVERIFY(shoot(QStringLiteral("1_file")));
    wizard.next();
    QVERIFY(shoot(QStringLiteral("2_options")));
    wizard.next();
    QVERIFY(shoot(QStringLiteral("3_columns")));
    wizard.next();
    QVERIFY(shoot(QStringLiteral("4_problems")));
    wizard.restart();
    wizard.setFilePath(file);
    QVERIFY(waitForPreview(wizard));
    wizard.next();
    wizard.next();
    QVERIFY(shoot(QStringLiteral("3_columns_customers")));
    wizard.next();
    QVERIFY(shoot(QStringLiteral("4_problems_ragged")));
    {
        ImportWizard typed(newProject(directory, QStringLiteral("typed.segmenta")));
        typed.resize(1280, 800);
        typed.show();
        typed.setFilePath(writeFile(directory, QStringLiteral("typed.csv"), typedCsv()));
        QVERIFY(waitForPreview(typed));
        typed.next();
        typed.next();
        QTest::qWait(50);
        QVERIFY(typed.grab().save(
            QDir(out).filePath(QStringLiteral("wizard_3_columns_types_%1.png").arg(language))));
    }
    wizard.setProblemChoice(ImportWizard::ProblemChoice::Stop);
    wizard.next();
    QVERIFY(QTest::qWaitFor([&wizard] { return !wizard.isImportRunning(); }, importTimeoutMs));
    QTest::qWait(100);
    QVERIFY(shoot(QStringLiteral("5_import_failed")));
    wizard.restart();
    wizard.setFilePath(sharedFile("/mall_customers/Mall_Customers.csv"));
    QVERIFY(waitForPreview(wizard));
    wizard.next();
    wizard.next();
    wizard.next();
    wizard.next();
    QVERIFY(QTest::qWaitFor([&wizard] { return wizard.hasImported(); }, importTimeoutMs));
    QTest::qWait(100);
    QVERIFY(shoot(QStringLiteral("5_import_done")));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
}

QTEST_MAIN(ImportWizardTest)
#include "ImportWizardTest.moc"
