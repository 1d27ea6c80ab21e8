// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include <QRegularExpression>
#include <QString>
#include <QTranslator>

#include <map>
#include <utility>

namespace segmenta::ui::test {

/// A translator that shows whether count sentences go through tr()'s plural forms: for a numerus call
/// (tr(text, comment, n)) with n == 1 it returns the English singular ("%Ln customers" → "%Ln customer"), as
/// segmenta_en.qm does, and it can stand in for a translation of chosen plain strings. A sentence built
/// without the count never reaches the singular, so "1 customers" stays on screen and a test can find it.
class PluralProbe : public QTranslator
{
public:
    /// Translates @p source in @p context (the class name, e.g. "segmenta::ui::RuleBuilderDialog").
    void addTranslation(const QString &context, const QString &source, const QString &translation)
    {
        m_translations[{context, source}] = translation;
    }

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
        int n = -1) const override
    {
        Q_UNUSED(disambiguation);
        const QString source = QString::fromUtf8(sourceText);
        if (const auto found = m_translations.find({QString::fromUtf8(context), source});
            found != m_translations.end()) {
            return found->second;
        }
        if (n != 1) {
            return QString();
        }
        static const QRegularExpression plural(QStringLiteral("\\b(customer|cell|day|order|segment)s\\b"));
        QString singular = source;
        singular.replace(plural, QStringLiteral("\\1"));
        // English verbs after a single subject: "1 customer matches", "1 cell belongs".
        singular.replace(QStringLiteral("%Ln match "), QStringLiteral("%Ln matches "));
        singular.replace(QStringLiteral("%Ln customer match"), QStringLiteral("%Ln customer matches"));
        singular.replace(QStringLiteral("%Ln also match "), QStringLiteral("%Ln also matches "));
        return singular;
    }

    bool isEmpty() const override { return false; }

private:
    std::map<std::pair<QString, QString>, QString> m_translations;
};

/// "1 customers", "1 cells", "1 days", "1 orders" and the like: a count sentence that ignored the plural.
inline QRegularExpression wrongSingular()
{
    return QRegularExpression(QStringLiteral("(^|[^0-9.,])1 (customers|cells|days|orders|segments)\\b"));
}

} // namespace segmenta::ui::test
