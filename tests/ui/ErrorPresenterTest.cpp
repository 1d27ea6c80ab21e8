// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "UiTestSupport.h"

#include "common/ErrorPresenter.h"
#include "common/LanguageManager.h"
#include "criteria/CriteriaExpression.h"

#include <QTest>

using namespace segmenta;
using segmenta::ui::ErrorPresenter;

Q_DECLARE_METATYPE(segmenta::engine::ErrorCode)

namespace {

engine::Error errorAt(
    engine::ErrorCode code, std::vector<std::string> args, std::int64_t line, std::int64_t column)
{
    return engine::makeError(code, std::move(args), engine::Location {"/data/customers.csv", line, column});
}

} // namespace

class ErrorPresenterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void namesThePlace_data();
    void namesThePlace();
    void everyCodeHasItsOwnText_data();
    void everyCodeHasItsOwnText();
    void formulaErrorsAreWhollyTranslated_data();
    void formulaErrorsAreWhollyTranslated();

private:
    ui::LanguageManager *m_languages = nullptr;
};

void ErrorPresenterTest::initTestCase()
{
    ui::test::prepareTestEnvironment();
    m_languages = new ui::LanguageManager(this);
}

void ErrorPresenterTest::cleanup()
{
    m_languages->setLanguage(QStringLiteral("en"));
}

void ErrorPresenterTest::namesThePlace_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<engine::ErrorCode>("code");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QTest::addColumn<QStringList>("expected");

    const QStringList ragged {
        QStringLiteral("/data/customers.csv"), QStringLiteral("7"), QStringLiteral("8"), QStringLiteral(",")};
    const QStringList duplicate {QStringLiteral("/data/customers.csv"), QStringLiteral("C-17"),
        QStringLiteral("CustomerID"), QStringLiteral("12")};
    const QStringList file {QStringLiteral("/data/customers.csv")};

    QTest::newRow("ragged row, English")
        << QStringLiteral("en") << engine::ErrorCode::RaggedRow << ragged << qint64(1204) << qint64(31)
        << QStringList {QStringLiteral("customers.csv, line 1204, column 31"),
               QStringLiteral("Line 1204 has 7 fields"), QStringLiteral("header has 8")};
    QTest::newRow("ragged row, Turkish")
        << QStringLiteral("tr") << engine::ErrorCode::RaggedRow << ragged << qint64(1204) << qint64(31)
        << QStringList {QStringLiteral("customers.csv, satır 1204, sütun 31"), QStringLiteral("1204"),
               QStringLiteral("7"), QStringLiteral("8")};
    QTest::newRow("duplicate id, English") << QStringLiteral("en") << engine::ErrorCode::DuplicateCustomerId
                                           << duplicate << qint64(57) << qint64(1)
                                           << QStringList {QStringLiteral("line 57"), QStringLiteral("C-17"),
                                                  QStringLiteral("first at line 12")};
    QTest::newRow("duplicate id, Turkish")
        << QStringLiteral("tr") << engine::ErrorCode::DuplicateCustomerId << duplicate << qint64(57)
        << qint64(1)
        << QStringList {QStringLiteral("satır 57"), QStringLiteral("C-17"), QStringLiteral("12")};
    QTest::newRow("unterminated quote, English")
        << QStringLiteral("en") << engine::ErrorCode::UnterminatedQuote << file << qint64(42) << qint64(7)
        << QStringList {QStringLiteral("line 42, column 7"), QStringLiteral("never closed")};
    QTest::newRow("unterminated quote, Turkish")
        << QStringLiteral("tr") << engine::ErrorCode::UnterminatedQuote << file << qint64(42) << qint64(7)
        << QStringList {QStringLiteral("satır 42"), QStringLiteral("tırnak")};
    const QStringList yesNo {QStringLiteral("/data/customers.csv"), QStringLiteral("Member"),
        QStringLiteral("maybe"), QStringLiteral("yes/no value (yes/no, evet/hayır, true/false, 1/0, e/h)")};
    QTest::newRow("bad yes/no, English")
        << QStringLiteral("en") << engine::ErrorCode::UnparseableValue << yesNo << qint64(9) << qint64(4)
        << QStringList {QStringLiteral("line 9, column 4"), QStringLiteral("“maybe”"),
               QStringLiteral("not a yes/no value")};
    QTest::newRow("bad yes/no, Turkish")
        << QStringLiteral("tr") << engine::ErrorCode::UnparseableValue << yesNo << qint64(9) << qint64(4)
        << QStringList {QStringLiteral("satır 9"), QStringLiteral("“maybe”"), QStringLiteral("evet/hayır")};
    QTest::newRow("bad encoding, Turkish")
        << QStringLiteral("tr") << engine::ErrorCode::InvalidEncoding << file << qint64(3) << qint64(15)
        << QStringList {QStringLiteral("satır 3"), QStringLiteral("UTF-8")};
}

void ErrorPresenterTest::namesThePlace()
{
    QFETCH(QString, language);
    QFETCH(engine::ErrorCode, code);
    QFETCH(QStringList, args);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    QFETCH(QStringList, expected);

    QVERIFY(m_languages->setLanguage(language));
    std::vector<std::string> arguments;
    for (const QString &arg : args) {
        arguments.push_back(arg.toStdString());
    }
    const QString message = ErrorPresenter::message(errorAt(code, arguments, line, column));
    for (const QString &part : expected) {
        QVERIFY2(message.contains(part), qPrintable(QStringLiteral("“%1” lacks “%2”").arg(message, part)));
    }
    // Line numbers are never digit-grouped, in any language.
    QVERIFY(!message.contains(QStringLiteral("1,204")));
    QVERIFY(!message.contains(QStringLiteral("1.204")));
}

void ErrorPresenterTest::everyCodeHasItsOwnText_data()
{
    QTest::addColumn<engine::ErrorCode>("code");
    for (int code = int(engine::ErrorCode::Cancelled); code <= int(engine::ErrorCode::NoProjectOpen);
         ++code) {
        const auto value = static_cast<engine::ErrorCode>(code);
        QTest::newRow(engine::errorCodeName(value)) << value;
    }
}

void ErrorPresenterTest::everyCodeHasItsOwnText()
{
    QFETCH(engine::ErrorCode, code);
    const engine::Error error = engine::makeError(code, {"/tmp/a.csv", "2", "3", ";"});

    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    const QString english = ErrorPresenter::message(error);
    const QString englishTitle = ErrorPresenter::title(error);
    QVERIFY(!english.isEmpty());
    QVERIFY(!english.startsWith(QStringLiteral("Something went wrong")));

    QVERIFY(m_languages->setLanguage(QStringLiteral("tr")));
    const QString turkish = ErrorPresenter::message(error);
    const QString turkishTitle = ErrorPresenter::title(error);
    QVERIFY(!turkish.isEmpty());
    // Translated: Turkish differs from the English source text.
    QVERIFY2(turkish != english, qPrintable(turkish));
    QVERIFY2(turkishTitle != englishTitle, qPrintable(turkishTitle));
}

void ErrorPresenterTest::formulaErrorsAreWhollyTranslated_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("turkish");
    QTest::newRow("unclosed") << "Spend / (Answer"
                              << "the “(” at character 9 is never closed with “)”"
                              << "9. karakterdeki “(” hiç “)” ile kapatılmıyor";
    QTest::newRow("function") << "exp(Spend)"
                              << "“exp” is not a function; use log, sqrt or abs"
                              << "“exp” bir işlev değil; log, sqrt ya da abs kullanın";
    QTest::newRow("empty") << ""
                           << "it is empty"
                           << "formül boş";
}

// The engine's own "must be …" text is English; a formula's error must read wholly in the user's language.
void ErrorPresenterTest::formulaErrorsAreWhollyTranslated()
{
    QFETCH(QString, formula);
    QFETCH(QString, english);
    QFETCH(QString, turkish);
    auto parsed = engine::CriteriaExpression::parse(formula.toStdString(), "$.variables[2].expression");
    QVERIFY(!parsed);
    const engine::Error error = parsed.error();

    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    const QString englishText = ErrorPresenter::sentence(error);
    QVERIFY2(englishText.contains(english), qPrintable(englishText));

    QVERIFY(m_languages->setLanguage(QStringLiteral("tr")));
    const QString turkishText = ErrorPresenter::sentence(error);
    QVERIFY2(turkishText.contains(turkish), qPrintable(turkishText));
    QVERIFY2(!turkishText.contains(QStringLiteral("character")), qPrintable(turkishText));
    QVERIFY2(!turkishText.contains(QStringLiteral("must be")), qPrintable(turkishText));
}

QTEST_MAIN(ErrorPresenterTest)
#include "ErrorPresenterTest.moc"
