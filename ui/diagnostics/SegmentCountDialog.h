// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace segmenta::ui {

/// Asks what to compare: which numeric columns (or a saved criteria set) and which range of segment counts.
/// Checks the choice
/// with Session::validate() on every change; Compare stays disabled, with the reasons shown, while there
/// are problems. The dialog must not outlive @p session.
class SegmentCountDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SegmentCountDialog(const engine::Session &session, QWidget *parent = nullptr);

    engine::SegmentCountSearchParams parameters() const;
    QStringList selectedColumns() const;
    void setSelectedColumns(const QStringList &columns);
    /// Compares on the saved criteria set @p name instead of columns; an empty or unknown name goes back to
    /// columns.
    void setCriteriaSet(const QString &name);
    /// The chosen criteria set, or empty when comparing on columns.
    QString criteriaSet() const;
    void setRange(int minimum, int maximum);
    QStringList problems() const { return m_problems; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void revalidate();
    void retranslate();

    const engine::Session &m_session;
    QStringList m_problems;
    QLabel *m_explanation = nullptr;
    QLabel *m_columnsLabel = nullptr;
    QListWidget *m_columns = nullptr;
    QCheckBox *m_useCriteria = nullptr;
    QComboBox *m_criteriaSets = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QSpinBox *m_minimum = nullptr;
    QLabel *m_toLabel = nullptr;
    QSpinBox *m_maximum = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace segmenta::ui
