// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace segmenta::ui::test {

/// The six spending columns of the Wholesale customers data (annual spend per product group).
inline QStringList spendingColumns()
{
    return {QStringLiteral("Fresh"), QStringLiteral("Milk"), QStringLiteral("Grocery"),
        QStringLiteral("Frozen"), QStringLiteral("Detergents_Paper"), QStringLiteral("Delicassen")};
}

/// Customers in the sample project (the Wholesale customers data set).
constexpr int sampleCustomerCount = 440;

/// Settings go to a test location, and numbers format the same wherever the tests run.
inline void prepareTestEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SegmentaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("SegmentaUiTests"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

/// A writable copy of the sample project in @p directory, so tests never change the built one.
inline QString copySampleProject(
    const QTemporaryDir &directory, const QString &name = QStringLiteral("wholesale.segmenta"))
{
    const QString target = directory.filePath(name);
    QFile::remove(target);
    if (!QFile::copy(QStringLiteral(SEGMENTA_SAMPLE_PROJECT), target)) {
        return QString();
    }
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    return target;
}

} // namespace segmenta::ui::test
