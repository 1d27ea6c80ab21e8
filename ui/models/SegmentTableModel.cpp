// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "models/SegmentTableModel.h"

#include "common/LocaleFormat.h"
#include "common/SegmentPalette.h"

#include <QColor>

namespace segmenta::ui {

SegmentTableModel::SegmentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SegmentTableModel::setSegmentation(const engine::SegmentationDetails &details)
{
    beginResetModel();
    m_segments = details.segments;
    m_columns = details.info.columns;
    endResetModel();
}

void SegmentTableModel::clear()
{
    beginResetModel();
    m_segments.clear();
    m_columns.clear();
    endResetModel();
}

void SegmentTableModel::refreshTexts()
{
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int SegmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_segments.size());
}

int SegmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstAverageColumn + static_cast<int>(m_columns.size());
}

QVariant SegmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return QVariant();
    }
    const engine::SegmentInfo &segment = m_segments[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn) {
            return QString::fromStdString(segment.name);
        }
        if (column == SizeColumn) {
            return LocaleFormat::count(segment.size);
        }
        if (column == ShareColumn) {
            return LocaleFormat::percent(segment.share);
        }
        if (const auto average = static_cast<std::size_t>(column - FirstAverageColumn);
            average < segment.centroid.size()) {
            return LocaleFormat::statistic(segment.centroid[average]);
        }
        return QVariant();
    case Qt::DecorationRole:
        if (column == NameColumn) {
            return SegmentPalette::colour(segment.index, segment.color);
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        if (column == NameColumn) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        }
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        if (column == NameColumn) {
            return tr("%1: %2 customers (%3)")
                .arg(QString::fromStdString(segment.name), LocaleFormat::count(segment.size),
                    LocaleFormat::percent(segment.share));
        }
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant SegmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QVariant();
    }
    if (role == Qt::ToolTipRole && section >= FirstAverageColumn) {
        return tr("The average of this column over the segment's customers");
    }
    if (role != Qt::DisplayRole) {
        return QVariant();
    }
    switch (section) {
    case NameColumn:
        return tr("Segment");
    case SizeColumn:
        return tr("Customers");
    case ShareColumn:
        return tr("Share");
    default:
        break;
    }
    const auto average = static_cast<std::size_t>(section - FirstAverageColumn);
    if (average < m_columns.size()) {
        //: Column header: the segment's average of a data column, e.g. "Average Fresh".
        return tr("Average %1").arg(QString::fromStdString(m_columns[average]));
    }
    return QVariant();
}

} // namespace segmenta::ui
