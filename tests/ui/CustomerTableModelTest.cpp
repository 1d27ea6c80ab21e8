// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "UiTestSupport.h"

#include "models/CustomerTableModel.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace segmenta;
using segmenta::ui::CustomerTableModel;

class CustomerTableModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shape();
    void headers_data();
    void headers();
    void firstRow_data();
    void firstRow();
    void numbersAreRightAligned_data();
    void numbersAreRightAligned();
    void readsPagesOnlyWhenAsked_data();
    void readsPagesOnlyWhenAsked();
    void noSessionMeansNoRows();

private:
    QTemporaryDir m_directory;
    std::shared_ptr<engine::Session> m_session;
};

void CustomerTableModelTest::initTestCase()
{
    ui::test::prepareTestEnvironment();
    QVERIFY(m_directory.isValid());
    const QString path = ui::test::copySampleProject(m_directory);
    QVERIFY(!path.isEmpty());
    engine::Result<engine::Session> session = engine::Session::openProject(path.toStdString());
    QVERIFY2(session.isOk(), session.isOk() ? "" : engine::describe(session.error()).c_str());
    m_session = std::make_shared<engine::Session>(std::move(session).value());
}

void CustomerTableModelTest::shape()
{
    CustomerTableModel model;
    model.setSession(m_session);
    QCOMPARE(model.rowCount(), ui::test::sampleCustomerCount);
    // "Customer", then Channel, Region and the six spending columns.
    QCOMPARE(model.columnCount(), 9);
}

void CustomerTableModelTest::headers_data()
{
    QTest::addColumn<int>("section");
    QTest::addColumn<QString>("header");
    QTest::newRow("customer id") << 0 << QStringLiteral("Customer");
    QTest::newRow("first column") << 1 << QStringLiteral("Channel");
    QTest::newRow("Fresh") << 3 << QStringLiteral("Fresh");
    QTest::newRow("last column") << 8 << QStringLiteral("Delicassen");
}

void CustomerTableModelTest::headers()
{
    QFETCH(int, section);
    QFETCH(QString, header);
    CustomerTableModel model;
    model.setSession(m_session);
    QCOMPARE(model.headerData(section, Qt::Horizontal).toString(), header);
}

void CustomerTableModelTest::firstRow_data()
{
    // The first data line of wholesale_customers.csv: 2,3,12669,9656,7561,214,2674,1338
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::newRow("generated id") << QStringLiteral("en_US") << 0 << 0 << QStringLiteral("1");
    QTest::newRow("Channel") << QStringLiteral("en_US") << 0 << 1 << QStringLiteral("2");
    QTest::newRow("Region") << QStringLiteral("en_US") << 0 << 2 << QStringLiteral("3");
    QTest::newRow("Fresh, English grouping") << QStringLiteral("en_US") << 0 << 3 << QStringLiteral("12,669");
    QTest::newRow("Fresh, Turkish grouping") << QStringLiteral("tr_TR") << 0 << 3 << QStringLiteral("12.669");
    QTest::newRow("Milk") << QStringLiteral("en_US") << 0 << 4 << QStringLiteral("9,656");
    QTest::newRow("Delicassen") << QStringLiteral("en_US") << 0 << 8 << QStringLiteral("1,338");
    QTest::newRow("second row Fresh") << QStringLiteral("en_US") << 1 << 3 << QStringLiteral("7,057");
    QTest::newRow("last row id") << QStringLiteral("en_US") << 439 << 0 << QStringLiteral("440");
}

void CustomerTableModelTest::firstRow()
{
    QFETCH(QString, locale);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    QLocale::setDefault(QLocale(locale));
    CustomerTableModel model;
    model.setSession(m_session);
    QCOMPARE(model.data(model.index(row, column)).toString(), text);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void CustomerTableModelTest::numbersAreRightAligned_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("alignment");
    QTest::newRow("id") << 0 << int(Qt::AlignLeft);
    QTest::newRow("Channel") << 1 << int(Qt::AlignRight);
    QTest::newRow("Fresh") << 3 << int(Qt::AlignRight);
}

void CustomerTableModelTest::numbersAreRightAligned()
{
    QFETCH(int, column);
    QFETCH(int, alignment);
    CustomerTableModel model;
    model.setSession(m_session);
    const auto value = model.data(model.index(0, column), Qt::TextAlignmentRole).value<Qt::Alignment>();
    QCOMPARE(int(value & Qt::AlignHorizontal_Mask), alignment);
}

void CustomerTableModelTest::readsPagesOnlyWhenAsked_data()
{
    // With 100-row pages, reading rows in this order needs this many Session::customers() calls in all.
    QTest::addColumn<QList<int>>("rows");
    QTest::addColumn<int>("fetches");
    QTest::newRow("nothing read") << QList<int> {} << 0;
    QTest::newRow("first row") << QList<int> {0} << 1;
    QTest::newRow("same page") << QList<int> {0, 1, 99} << 1;
    QTest::newRow("next page") << QList<int> {0, 100} << 2;
    QTest::newRow("jump to the end") << QList<int> {439} << 1;
    QTest::newRow("cached on return") << QList<int> {0, 250, 439, 5, 260} << 3;
}

void CustomerTableModelTest::readsPagesOnlyWhenAsked()
{
    QFETCH(QList<int>, rows);
    QFETCH(int, fetches);
    CustomerTableModel model;
    model.setPageSize(100);
    model.setSession(m_session);
    QCOMPARE(model.rowCount(), ui::test::sampleCustomerCount);
    QCOMPARE(model.fetchCount(), 0);
    for (int row : rows) {
        QVERIFY(!model.data(model.index(row, 0)).toString().isEmpty());
    }
    QCOMPARE(model.fetchCount(), fetches);
    QCOMPARE(model.cachedPageCount(), fetches);
}

void CustomerTableModelTest::noSessionMeansNoRows()
{
    CustomerTableModel model;
    QCOMPARE(model.rowCount(), 0);
    model.setSession(m_session);
    model.setSession(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

QTEST_MAIN(CustomerTableModelTest)
#include "CustomerTableModelTest.moc"
