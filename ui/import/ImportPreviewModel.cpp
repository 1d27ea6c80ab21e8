// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "import/ImportPreviewModel.h"

#include "common/LocaleFormat.h"

namespace segmenta::ui {

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportPreviewModel::setPreview(const engine::ImportPreview &preview)
{
    beginResetModel();
    m_header = preview.header;
    m_rows = preview.sampleRows;
    m_lines = preview.sampleLines;
    endResetModel();
}

void ImportPreviewModel::clear()
{
    beginResetModel();
    m_header.clear();
    m_rows.clear();
    m_lines.clear();
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_header.size());
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const auto &row = m_rows.at(static_cast<std::size_t>(index.row()));
    const auto column = static_cast<std::size_t>(index.column());
    return column < row.size() ? QString::fromStdString(row[column]) : QString();
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0) {
        return {};
    }
    if (orientation == Qt::Horizontal) {
        return static_cast<std::size_t>(section) < m_header.size()
            ? QString::fromStdString(m_header[static_cast<std::size_t>(section)])
            : QString();
    }
    return static_cast<std::size_t>(section) < m_lines.size()
        ? LocaleFormat::count(m_lines[static_cast<std::size_t>(section)])
        : QString();
}

} // namespace segmenta::ui
