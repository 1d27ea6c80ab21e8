// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace segmenta::ui {

/// Which language the interface speaks, switchable at run time.
/// Installs Segmenta's own translation (:/i18n/segmenta_<code>.qm) and Qt's (qtbase_<code>.qm, for the
/// standard dialogs' buttons) on the application, and makes the matching QLocale the default so numbers
/// follow the language. Installing a translator sends QEvent::LanguageChange to every widget.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /// The languages Segmenta ships, as codes: "en", "tr".
    static QStringList availableLanguages();
    /// The language's own name for itself ("English", "Türkçe"); not translated on purpose.
    static QString nativeName(const QString &code);
    /// The language the system locale asks for if Segmenta has it, else "en".
    static QString systemLanguage();
    /// The language the user last chose (View › Language), empty if never.
    static QString savedLanguage();
    static void saveLanguage(const QString &code);

    /// The current language code.
    QString language() const { return m_language; }
    /// Switches to @p code; false (and no change) for a language Segmenta does not ship.
    bool setLanguage(const QString &code);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    QString m_language;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace segmenta::ui
