// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "criteria/OrdinalLevelModel.h"

#include "common/LocaleFormat.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace segmenta::ui {

OrdinalLevelModel::OrdinalLevelModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int OrdinalLevelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_levels.size());
}

int OrdinalLevelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrdinalLevelModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const engine::OrdinalLevel &level = m_levels[static_cast<std::size_t>(index.row())];
    if (index.column() == AnswerColumn && (role == Qt::DisplayRole || role == Qt::EditRole)) {
        return QString::fromStdString(level.text);
    }
    if (index.column() == NumberColumn) {
        if (role == Qt::EditRole) {
            return level.value;
        }
        if (role == Qt::DisplayRole) {
            return LocaleFormat::decimal(level.value, 2);
        }
        if (role == Qt::TextAlignmentRole) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    return {};
}

bool OrdinalLevelModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rowCount()) {
        return false;
    }
    engine::OrdinalLevel &level = m_levels[static_cast<std::size_t>(index.row())];
    if (index.column() == AnswerColumn) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            return false;
        }
        level.text = text.toStdString();
    } else {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok || !std::isfinite(number)) {
            return false;
        }
        level.value = number;
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT levelsEdited();
    return true;
}

Qt::ItemFlags OrdinalLevelModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant OrdinalLevelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return section == AnswerColumn ? tr("Answer") : tr("Number");
}

void OrdinalLevelModel::setLevels(std::vector<engine::OrdinalLevel> levels)
{
    beginResetModel();
    m_levels = std::move(levels);
    endResetModel();
}

void OrdinalLevelModel::fillPreset(std::string_view scale)
{
    setLevels(engine::ordinalPreset(scale));
    Q_EMIT levelsEdited();
}

int OrdinalLevelModel::addLevel(const QString &text)
{
    double highest = 0.0;
    for (const engine::OrdinalLevel &level : m_levels) {
        highest = std::max(highest, level.value);
    }
    const int row = rowCount();
    beginInsertRows(QModelIndex(), row, row);
    m_levels.push_back({text.trimmed().toStdString(), std::floor(highest) + 1.0});
    endInsertRows();
    Q_EMIT levelsEdited();
    return row;
}

void OrdinalLevelModel::removeLevel(int row)
{
    if (row < 0 || row >= rowCount()) {
        return;
    }
    beginRemoveRows(QModelIndex(), row, row);
    m_levels.erase(m_levels.begin() + row);
    endRemoveRows();
    Q_EMIT levelsEdited();
}

int OrdinalLevelModel::moveUp(int row)
{
    return swapAnswers(row, row - 1);
}

int OrdinalLevelModel::moveDown(int row)
{
    return swapAnswers(row, row + 1);
}

int OrdinalLevelModel::swapAnswers(int row, int other)
{
    if (row < 0 || row >= rowCount() || other < 0 || other >= rowCount()) {
        return row;
    }
    std::swap(m_levels[static_cast<std::size_t>(row)].text, m_levels[static_cast<std::size_t>(other)].text);
    Q_EMIT dataChanged(index(std::min(row, other), AnswerColumn), index(std::max(row, other), AnswerColumn));
    Q_EMIT levelsEdited();
    return other;
}

} // namespace segmenta::ui
