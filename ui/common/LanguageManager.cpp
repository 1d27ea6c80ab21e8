// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "common/LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace segmenta::ui {

namespace {

const QString s_languageKey = QStringLiteral("ui/language");

QLocale localeFor(const QString &code)
{
    // Keep the user's regional conventions when they match the language (en_GB stays en_GB).
    const QLocale wanted(code);
    const QLocale system = QLocale::system();
    return system.language() == wanted.language() ? system : wanted;
}

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
    , m_language(QStringLiteral("en"))
{ }

LanguageManager::~LanguageManager()
{
    if (m_appInstalled) {
        QCoreApplication::removeTranslator(&m_appTranslator);
    }
    if (m_qtInstalled) {
        QCoreApplication::removeTranslator(&m_qtTranslator);
    }
}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("tr")};
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == QLatin1String("tr")) {
        return QStringLiteral("Türkçe");
    }
    return QStringLiteral("English");
}

QString LanguageManager::systemLanguage()
{
    return QLocale::system().language() == QLocale::Turkish ? QStringLiteral("tr") : QStringLiteral("en");
}

QString LanguageManager::savedLanguage()
{
    const QString code = QSettings().value(s_languageKey).toString();
    return availableLanguages().contains(code) ? code : QString();
}

void LanguageManager::saveLanguage(const QString &code)
{
    QSettings().setValue(s_languageKey, code);
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!availableLanguages().contains(code)) {
        return false;
    }
    if (m_appInstalled) {
        QCoreApplication::removeTranslator(&m_appTranslator);
        m_appInstalled = false;
    }
    if (m_qtInstalled) {
        QCoreApplication::removeTranslator(&m_qtTranslator);
        m_qtInstalled = false;
    }
    QLocale::setDefault(localeFor(code));
    // English is the source language: no translator is needed, but loading segmenta_en.qm keeps plural
    // forms and any English wording fixes in one place.
    if (m_appTranslator.load(QStringLiteral(":/i18n/segmenta_%1.qm").arg(code))) {
        m_appInstalled = QCoreApplication::installTranslator(&m_appTranslator);
    }
    if (code != QLatin1String("en")
        && m_qtTranslator.load(
            QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qtInstalled = QCoreApplication::installTranslator(&m_qtTranslator);
    }
    const bool changed = code != m_language;
    m_language = code;
    if (changed) {
        Q_EMIT languageChanged(code);
    }
    return true;
}

} // namespace segmenta::ui
