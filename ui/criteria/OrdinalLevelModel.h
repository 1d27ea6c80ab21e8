// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "criteria/CriteriaSet.h"

#include <QAbstractTableModel>

#include <string_view>
#include <vector>

namespace segmenta::ui {

/// The answers of an ordinal (Likert) variable and the number each one stands for, in the order shown.
/// Both columns are editable; moving an answer up or down hands it the number of the place it moves to,
/// so the order of the answers is the order of their numbers.
class OrdinalLevelModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AnswerColumn,
        NumberColumn,
        ColumnCount
    };

    explicit OrdinalLevelModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const std::vector<engine::OrdinalLevel> &levels() const { return m_levels; }
    /// Replaces the answers without emitting levelsEdited (the variable already has them).
    void setLevels(std::vector<engine::OrdinalLevel> levels);
    /// Replaces the answers with a built-in scale ("likert-en", "likert-tr").
    void fillPreset(std::string_view scale);
    /// Adds an answer after the last one, numbered one above the highest; its row.
    int addLevel(const QString &text);
    void removeLevel(int row);
    /// Swaps the answers of @p row and the row before (up) or after (down); the numbers stay in place.
    /// Returns the row the answer moved to (@p row when it cannot move).
    int moveUp(int row);
    int moveDown(int row);

Q_SIGNALS:
    /// The user changed the answers (any edit, fill, add, remove or move): the variable takes them.
    void levelsEdited();

private:
    int swapAnswers(int row, int other);
    std::vector<engine::OrdinalLevel> m_levels;
};

} // namespace segmenta::ui
