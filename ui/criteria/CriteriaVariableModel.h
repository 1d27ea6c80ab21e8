// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "criteria/CriteriaSet.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QStyledItemDelegate>

#include <vector>

namespace segmenta::ui {

/// The variables of a criteria set being edited, one row each. Every column but Problem is editable:
/// the choices (family, kind, transform, missing values) take their index in the lists below in EditRole.
/// The Problem column shows a warning icon with the problem as its tooltip (and as DisplayRole text).
class CriteriaVariableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        SourceColumn, ///< the customer column, or the formula
        FamilyColumn,
        KindColumn,
        TransformColumn,
        WeightColumn,
        MissingColumn,
        ProblemColumn,
        ColumnCount
    };

    explicit CriteriaVariableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const std::vector<engine::CriteriaVariable> &variables() const { return m_variables; }
    void setVariables(std::vector<engine::CriteriaVariable> variables);
    int addVariable(const engine::CriteriaVariable &variable);
    void removeVariable(int row);
    /// An ordinal variable's answers, given in full: the built-in scale is dropped (@p levels is the whole
    /// mapping, e.g. a preset's answers as edited).
    void setOrdinalLevels(int row, std::vector<engine::OrdinalLevel> levels);
    /// Problems in plain words per row (empty: none), from Session::validate.
    void setProblems(const std::vector<QString> &problems);

    /// The translated choices, in enum order.
    static QStringList familyNames();
    static QStringList kindNames();
    static QStringList transformNames();
    static QStringList missingNames();
    /// The choices of @p column (empty for a column that is not a choice).
    static QStringList choices(int column);

private:
    std::vector<engine::CriteriaVariable> m_variables;
    std::vector<QString> m_problems;
};

/// Edits the choice columns with a combo box and the weight with a 0–5 spin box; draws the Problem column
/// as its icon alone (the text is the tooltip), so the column stays narrow.
class CriteriaVariableDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace segmenta::ui
