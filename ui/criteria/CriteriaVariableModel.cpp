// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "criteria/CriteriaVariableModel.h"

#include "common/LocaleFormat.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QStyle>

#include <algorithm>

namespace segmenta::ui {

CriteriaVariableModel::CriteriaVariableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int CriteriaVariableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_variables.size());
}

int CriteriaVariableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList CriteriaVariableModel::familyNames()
{
    return {tr("Demographic"), tr("Psychographic"), tr("Behavioural"), tr("Value"), tr("Other")};
}

QStringList CriteriaVariableModel::kindNames()
{
    return {tr("Number"), tr("Category"), tr("Ordered answers"), tr("Date")};
}

QStringList CriteriaVariableModel::transformNames()
{
    return {tr("As is"), tr("Log scale"), tr("Standardise (z-score)"), tr("0 to 1 (min–max)"),
        tr("Robust (median, IQR)"), tr("Rank")};
}

QStringList CriteriaVariableModel::missingNames()
{
    return {tr("Leave the customer out"), tr("Fill in a typical value"), tr("Own category")};
}

QStringList CriteriaVariableModel::choices(int column)
{
    switch (column) {
    case FamilyColumn:
        return familyNames();
    case KindColumn:
        return kindNames();
    case TransformColumn:
        return transformNames();
    case MissingColumn:
        return missingNames();
    default:
        return {};
    }
}

namespace {

int familyIndex(const engine::CriteriaVariable &variable)
{
    return static_cast<int>(variable.family.value_or(engine::CriteriaFamily::Other));
}

int choiceIndex(const engine::CriteriaVariable &variable, int column)
{
    switch (column) {
    case CriteriaVariableModel::FamilyColumn:
        return familyIndex(variable);
    case CriteriaVariableModel::KindColumn:
        return static_cast<int>(variable.kind);
    case CriteriaVariableModel::TransformColumn:
        return static_cast<int>(variable.transform);
    case CriteriaVariableModel::MissingColumn:
        return static_cast<int>(variable.missing);
    default:
        return -1;
    }
}

} // namespace

QVariant CriteriaVariableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const engine::CriteriaVariable &variable = m_variables[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    const QString problem = static_cast<std::size_t>(index.row()) < m_problems.size()
        ? m_problems[static_cast<std::size_t>(index.row())]
        : QString();
    if (role == Qt::ToolTipRole && column == NameColumn && !problem.isEmpty()) {
        return problem;
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole) {
        switch (column) {
        case NameColumn:
            return QString::fromStdString(variable.name);
        case SourceColumn:
            if (!variable.expression.empty()) {
                return role == Qt::DisplayRole ? tr("= %1").arg(QString::fromStdString(variable.expression))
                                               : QString::fromStdString(variable.expression);
            }
            return QString::fromStdString(variable.column);
        case WeightColumn:
            return role == Qt::EditRole ? QVariant(variable.weight)
                                        : QVariant(LocaleFormat::decimal(variable.weight, 1));
        case ProblemColumn:
            return problem;
        default: {
            const int choice = choiceIndex(variable, column);
            if (role == Qt::EditRole) {
                return choice;
            }
            if (column == TransformColumn && variable.kind == engine::VariableKind::Categorical) {
                return tr("(one column per category)");
            }
            return choices(column).value(choice);
        }
        }
    }
    // The problem is also flagged on the variable's name.
    if (role == Qt::DecorationRole && (column == NameColumn || column == ProblemColumn)
        && !problem.isEmpty()) {
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    if (role == Qt::ForegroundRole && (column == ProblemColumn || column == NameColumn)
        && !problem.isEmpty()) {
        return QBrush(QColor(0xb0, 0x00, 0x20));
    }
    if (role == Qt::TextAlignmentRole && column == WeightColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

bool CriteriaVariableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rowCount()) {
        return false;
    }
    engine::CriteriaVariable &variable = m_variables[static_cast<std::size_t>(index.row())];
    const int choice = value.toInt();
    switch (index.column()) {
    case NameColumn:
        variable.name = value.toString().trimmed().toStdString();
        break;
    case SourceColumn:
        if (variable.expression.empty()) {
            variable.column = value.toString().trimmed().toStdString();
        } else {
            variable.expression = value.toString().trimmed().toStdString();
        }
        break;
    case FamilyColumn:
        variable.family = static_cast<engine::CriteriaFamily>(std::clamp(choice, 0, 4));
        break;
    case KindColumn:
        variable.kind = static_cast<engine::VariableKind>(std::clamp(choice, 0, 3));
        // What only another kind accepts goes, so that a change of kind is not a problem of its own.
        if (variable.kind != engine::VariableKind::Ordinal) {
            variable.scale.clear();
            variable.levels.clear();
        }
        if (variable.kind != engine::VariableKind::Categorical
            && variable.missing == engine::MissingPolicy::OwnCategory) {
            variable.missing = engine::MissingPolicy::DropCustomer;
        }
        break;
    case TransformColumn:
        variable.transform = static_cast<engine::CriteriaTransform>(std::clamp(choice, 0, 5));
        break;
    case WeightColumn:
        variable.weight = std::clamp(value.toDouble(), 0.0, engine::maxCriteriaWeight);
        break;
    case MissingColumn:
        variable.missing = static_cast<engine::MissingPolicy>(std::clamp(choice, 0, 2));
        break;
    default:
        return false;
    }
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags CriteriaVariableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != ProblemColumn) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QVariant CriteriaVariableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Variable");
    case SourceColumn:
        return tr("Column or formula");
    case FamilyColumn:
        return tr("Family");
    case KindColumn:
        return tr("Kind");
    case TransformColumn:
        return tr("Transform");
    case WeightColumn:
        return tr("Weight");
    case MissingColumn:
        return tr("When missing");
    case ProblemColumn:
        return tr("Problem");
    default:
        return {};
    }
}

void CriteriaVariableModel::setVariables(std::vector<engine::CriteriaVariable> variables)
{
    beginResetModel();
    m_variables = std::move(variables);
    m_problems.clear();
    endResetModel();
}

int CriteriaVariableModel::addVariable(const engine::CriteriaVariable &variable)
{
    const int row = rowCount();
    beginInsertRows(QModelIndex(), row, row);
    m_variables.push_back(variable);
    endInsertRows();
    return row;
}

void CriteriaVariableModel::removeVariable(int row)
{
    if (row < 0 || row >= rowCount()) {
        return;
    }
    beginRemoveRows(QModelIndex(), row, row);
    m_variables.erase(m_variables.begin() + row);
    if (static_cast<std::size_t>(row) < m_problems.size()) {
        m_problems.erase(m_problems.begin() + row);
    }
    endRemoveRows();
}

void CriteriaVariableModel::setOrdinalLevels(int row, std::vector<engine::OrdinalLevel> levels)
{
    if (row < 0 || row >= rowCount()) {
        return;
    }
    engine::CriteriaVariable &variable = m_variables[static_cast<std::size_t>(row)];
    variable.scale.clear();
    variable.levels = std::move(levels);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CriteriaVariableModel::setProblems(const std::vector<QString> &problems)
{
    if (problems == m_problems) {
        return;
    }
    m_problems = problems;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, ProblemColumn), index(rowCount() - 1, ProblemColumn));
    }
}

void CriteriaVariableDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != CriteriaVariableModel::ProblemColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem iconOnly = option;
    initStyleOption(&iconOnly, index);
    iconOnly.text.clear();
    iconOnly.decorationAlignment = Qt::AlignCenter;
    iconOnly.displayAlignment = Qt::AlignCenter;
    iconOnly.decorationPosition = QStyleOptionViewItem::Top;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &iconOnly, painter, widget);
}

QSize CriteriaVariableDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != CriteriaVariableModel::ProblemColumn) {
        return QStyledItemDelegate::sizeHint(option, index);
    }
    const int icon = QApplication::style()->pixelMetric(QStyle::PM_SmallIconSize);
    return {icon + 8, icon + 4};
}

QWidget *CriteriaVariableDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == CriteriaVariableModel::WeightColumn) {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(0.0, engine::maxCriteriaWeight);
        spin->setSingleStep(0.5);
        spin->setDecimals(1);
        return spin;
    }
    const QStringList choices = CriteriaVariableModel::choices(index.column());
    if (!choices.isEmpty()) {
        auto *combo = new QComboBox(parent);
        combo->addItems(choices);
        return combo;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void CriteriaVariableDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toDouble());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(index.data(Qt::EditRole).toInt());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void CriteriaVariableDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        model->setData(index, spin->value());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentIndex());
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace segmenta::ui
