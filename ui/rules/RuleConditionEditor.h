// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "segments/RuleSet.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <vector>

class QComboBox;
class QLineEdit;
class QLabel;
class QToolButton;

namespace segmenta::ui {

/// A customer column as the rule builder offers it: its name, its type, and whether its texts are ISO dates
/// (then date operators come first).
struct RuleBuilderColumn
{
    QString name;
    engine::ColumnType type = engine::ColumnType::Text;
    bool isDate = false;
    /// A few distinct values (categories), offered as a checkable list for "is one of"; empty: type them.
    QStringList values;
    bool isNumeric() const { return type != engine::ColumnType::Text; }
};

/// One condition of a rule: a column, an operator that fits the column's type, and its value(s).
/// Numbers are read in the user's locale (C notation is accepted too); lists are comma-separated.
class RuleConditionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RuleConditionEditor(const std::vector<RuleBuilderColumn> &columns, QWidget *parent = nullptr);

    /// Shows @p condition; an unknown column keeps the first column.
    void setCondition(const engine::RuleCondition &condition);
    /// The condition as entered; check isComplete() first.
    engine::RuleCondition condition() const;
    /// False while a value is missing or is not a number where one is needed.
    bool isComplete() const;

    /// For tests and the dialog: pick a column, an operator and type values ("10000", "2, 3").
    bool setColumn(const QString &name);
    bool setOperator(engine::RuleOperator op);
    void setValues(const QString &first, const QString &second = QString());

Q_SIGNALS:
    void changed();

private:
    void fillOperators();
    void updateValueFields();
    void showValueMenu();
    const RuleBuilderColumn *currentColumn() const;
    engine::RuleOperator currentOperator() const;

    std::vector<RuleBuilderColumn> m_columns;
    QComboBox *m_column = nullptr;
    QComboBox *m_operator = nullptr;
    QLineEdit *m_first = nullptr;
    QToolButton *m_pick = nullptr;
    QLabel *m_and = nullptr;
    QLineEdit *m_second = nullptr;
};

/// The words for an operator in the builder ("is between", "is at least", …).
QString ruleOperatorLabel(engine::RuleOperator op);

} // namespace segmenta::ui
