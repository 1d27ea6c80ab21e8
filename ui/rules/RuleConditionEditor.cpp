// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "rules/RuleConditionEditor.h"

#include "common/LocaleFormat.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QToolButton>

#include <cmath>
#include <optional>

namespace segmenta::ui {

using engine::RuleOperator;

namespace {

std::optional<double> parseNumber(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    double value = QLocale().toDouble(trimmed, &ok);
    if (!ok) {
        value = QLocale::c().toDouble(trimmed, &ok);
    }
    if (!ok || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

/// Comma-separated values, trimmed, empty ones dropped.
QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','))) {
        if (!part.trimmed().isEmpty()) {
            out.append(part.trimmed());
        }
    }
    return out;
}

bool takesNoValue(RuleOperator op)
{
    return op == RuleOperator::IsMissing || op == RuleOperator::IsNotMissing;
}

bool takesList(RuleOperator op)
{
    return op == RuleOperator::In || op == RuleOperator::NotIn;
}

} // namespace

QString ruleOperatorLabel(RuleOperator op)
{
    switch (op) {
    case RuleOperator::Between:
        return RuleConditionEditor::tr("is between");
    case RuleOperator::AtLeast:
        return RuleConditionEditor::tr("is at least (≥)");
    case RuleOperator::AtMost:
        return RuleConditionEditor::tr("is at most (≤)");
    case RuleOperator::Greater:
        return RuleConditionEditor::tr("is more than (>)");
    case RuleOperator::Less:
        return RuleConditionEditor::tr("is less than (<)");
    case RuleOperator::Equal:
        return RuleConditionEditor::tr("is (=)");
    case RuleOperator::NotEqual:
        return RuleConditionEditor::tr("is not (≠)");
    case RuleOperator::In:
        return RuleConditionEditor::tr("is one of");
    case RuleOperator::NotIn:
        return RuleConditionEditor::tr("is none of");
    case RuleOperator::Contains:
        return RuleConditionEditor::tr("contains");
    case RuleOperator::WithinLastDays:
        return RuleConditionEditor::tr("is within the last … days");
    case RuleOperator::Before:
        return RuleConditionEditor::tr("is before");
    case RuleOperator::After:
        return RuleConditionEditor::tr("is after");
    case RuleOperator::IsMissing:
        return RuleConditionEditor::tr("is missing");
    case RuleOperator::IsNotMissing:
        return RuleConditionEditor::tr("is not missing");
    }
    return QString();
}

RuleConditionEditor::RuleConditionEditor(const std::vector<RuleBuilderColumn> &columns, QWidget *parent)
    : QWidget(parent)
    , m_columns(columns)
{
    m_column = new QComboBox(this);
    m_column->setAccessibleName(tr("Column"));
    m_column->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const RuleBuilderColumn &column : m_columns) {
        m_column->addItem(column.name, column.name);
    }
    m_operator = new QComboBox(this);
    m_operator->setAccessibleName(tr("Condition"));
    m_operator->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_first = new QLineEdit(this);
    m_first->setAccessibleName(tr("Value"));
    m_pick = new QToolButton(this);
    m_pick->setText(tr("Choose…"));
    m_pick->setToolTip(tr("Tick the values to match"));
    m_and = new QLabel(tr("and"), this);
    m_second = new QLineEdit(this);
    m_second->setAccessibleName(tr("Second value"));
    m_first->setMinimumWidth(110);
    m_second->setMinimumWidth(90);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 1, 2, 1);
    layout->addWidget(m_column);
    layout->addWidget(m_operator);
    layout->addWidget(m_first, 1);
    layout->addWidget(m_pick);
    layout->addWidget(m_and);
    layout->addWidget(m_second, 1);

    fillOperators();
    connect(m_column, &QComboBox::currentIndexChanged, this, [this] {
        fillOperators();
        Q_EMIT changed();
    });
    connect(m_operator, &QComboBox::currentIndexChanged, this, [this] {
        updateValueFields();
        Q_EMIT changed();
    });
    connect(m_first, &QLineEdit::textChanged, this, &RuleConditionEditor::changed);
    connect(m_pick, &QToolButton::clicked, this, &RuleConditionEditor::showValueMenu);
    connect(m_second, &QLineEdit::textChanged, this, &RuleConditionEditor::changed);
}

const RuleBuilderColumn *RuleConditionEditor::currentColumn() const
{
    const int index = m_column->currentIndex();
    if (index < 0 || index >= static_cast<int>(m_columns.size())) {
        return nullptr;
    }
    return &m_columns[static_cast<std::size_t>(index)];
}

RuleOperator RuleConditionEditor::currentOperator() const
{
    const QVariant value = m_operator->currentData();
    return value.isValid() ? static_cast<RuleOperator>(value.toInt()) : RuleOperator::IsNotMissing;
}

void RuleConditionEditor::fillOperators()
{
    const RuleOperator previous = currentOperator();
    const RuleBuilderColumn *column = currentColumn();
    std::vector<RuleOperator> ops;
    if (column == nullptr || column->isNumeric()) {
        ops = {RuleOperator::Between, RuleOperator::AtLeast, RuleOperator::AtMost, RuleOperator::Equal,
            RuleOperator::NotEqual, RuleOperator::Greater, RuleOperator::Less, RuleOperator::In,
            RuleOperator::NotIn};
    } else if (column->isDate) {
        ops = {RuleOperator::WithinLastDays, RuleOperator::Before, RuleOperator::After, RuleOperator::Equal};
    } else {
        ops = {RuleOperator::In, RuleOperator::NotIn, RuleOperator::Contains, RuleOperator::Equal,
            RuleOperator::NotEqual};
    }
    ops.push_back(RuleOperator::IsMissing);
    ops.push_back(RuleOperator::IsNotMissing);

    const QSignalBlocker blocker(m_operator);
    m_operator->clear();
    int keep = 0;
    for (std::size_t i = 0; i < ops.size(); ++i) {
        m_operator->addItem(ruleOperatorLabel(ops[i]), static_cast<int>(ops[i]));
        if (ops[i] == previous) {
            keep = static_cast<int>(i);
        }
    }
    m_operator->setCurrentIndex(keep);
    updateValueFields();
}

void RuleConditionEditor::updateValueFields()
{
    const RuleOperator op = currentOperator();
    const bool numeric = currentColumn() == nullptr || currentColumn()->isNumeric();
    m_first->setVisible(!takesNoValue(op));
    m_pick->setVisible(takesList(op) && currentColumn() != nullptr && !currentColumn()->values.isEmpty());
    m_and->setVisible(op == RuleOperator::Between);
    m_second->setVisible(op == RuleOperator::Between);
    QString hint;
    if (op == RuleOperator::WithinLastDays) {
        hint = tr("number of days, e.g. 90");
    } else if (op == RuleOperator::Before || op == RuleOperator::After) {
        hint = tr("date as YYYY-MM-DD");
    } else if (takesList(op)) {
        hint = numeric ? tr("values separated by commas, e.g. 1, 2") : tr("values separated by commas");
    } else if (op == RuleOperator::Between) {
        hint = tr("from");
    } else if (op == RuleOperator::Contains) {
        hint = tr("text");
    } else {
        hint = numeric ? tr("number") : tr("text");
    }
    m_first->setPlaceholderText(hint);
    m_second->setPlaceholderText(tr("to"));
}

void RuleConditionEditor::showValueMenu()
{
    const RuleBuilderColumn *column = currentColumn();
    if (column == nullptr) {
        return;
    }
    const QStringList chosen = splitList(m_first->text());
    QMenu menu(this);
    for (const QString &value : column->values) {
        QAction *action = menu.addAction(value);
        action->setCheckable(true);
        action->setChecked(chosen.contains(value));
        // Keep the menu open while ticking several values.
        connect(action, &QAction::toggled, this, [this, value](bool on) {
            QStringList now = splitList(m_first->text());
            now.removeAll(value);
            if (on) {
                now.append(value);
            }
            m_first->setText(now.join(QStringLiteral(", ")));
        });
    }
    menu.exec(m_pick->mapToGlobal(QPoint(0, m_pick->height())));
}

void RuleConditionEditor::setCondition(const engine::RuleCondition &condition)
{
    setColumn(QString::fromStdString(condition.column));
    setOperator(condition.op);
    QStringList values;
    for (double number : condition.numbers) {
        values.append(LocaleFormat::decimal(number, 6).remove(QLocale().groupSeparator()));
    }
    for (const std::string &text : condition.texts) {
        values.append(QString::fromStdString(text));
    }
    if (condition.op == RuleOperator::Between && values.size() == 2) {
        setValues(values[0], values[1]);
    } else {
        setValues(values.join(QStringLiteral(", ")));
    }
}

bool RuleConditionEditor::setColumn(const QString &name)
{
    const int index = m_column->findData(name);
    if (index < 0) {
        return false;
    }
    m_column->setCurrentIndex(index);
    return true;
}

bool RuleConditionEditor::setOperator(RuleOperator op)
{
    const int index = m_operator->findData(static_cast<int>(op));
    if (index < 0) {
        return false;
    }
    m_operator->setCurrentIndex(index);
    return true;
}

void RuleConditionEditor::setValues(const QString &first, const QString &second)
{
    m_first->setText(first);
    m_second->setText(second);
}

engine::RuleCondition RuleConditionEditor::condition() const
{
    engine::RuleCondition out;
    const RuleBuilderColumn *column = currentColumn();
    if (column == nullptr) {
        return out;
    }
    out.column = column->name.toStdString();
    out.op = currentOperator();
    const bool numeric = column->isNumeric();
    switch (out.op) {
    case RuleOperator::IsMissing:
    case RuleOperator::IsNotMissing:
        break;
    case RuleOperator::Between:
        if (auto lo = parseNumber(m_first->text()), hi = parseNumber(m_second->text()); lo && hi) {
            out.numbers = {*lo, *hi};
        }
        break;
    case RuleOperator::WithinLastDays:
        if (auto days = parseNumber(m_first->text())) {
            out.numbers = {*days};
        }
        break;
    case RuleOperator::In:
    case RuleOperator::NotIn:
        for (const QString &value : splitList(m_first->text())) {
            if (!numeric) {
                out.texts.push_back(value.toStdString());
            } else if (auto number = parseNumber(value)) {
                out.numbers.push_back(*number);
            }
        }
        break;
    default:
        if (numeric) {
            if (auto number = parseNumber(m_first->text())) {
                out.numbers = {*number};
            }
        } else if (!m_first->text().trimmed().isEmpty()) {
            out.texts = {m_first->text().trimmed().toStdString()};
        }
        break;
    }
    return out;
}

bool RuleConditionEditor::isComplete() const
{
    const RuleBuilderColumn *column = currentColumn();
    if (column == nullptr) {
        return false;
    }
    const RuleOperator op = currentOperator();
    if (takesNoValue(op)) {
        return true;
    }
    const engine::RuleCondition built = condition();
    if (op == RuleOperator::Between) {
        return built.numbers.size() == 2;
    }
    if (takesList(op)) {
        const qsizetype wanted = splitList(m_first->text()).size();
        const std::size_t got = built.numbers.size() + built.texts.size();
        return wanted > 0 && static_cast<qsizetype>(got) == wanted;
    }
    return built.numbers.size() + built.texts.size() == 1;
}

} // namespace segmenta::ui
