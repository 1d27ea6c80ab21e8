// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "segmentations/SegmentationListModel.h"

#include "common/LocaleFormat.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace segmenta::ui {

SegmentationListModel::SegmentationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SegmentationListModel::setSegmentations(const std::vector<engine::SegmentationInfo> &segmentations)
{
    beginResetModel();
    m_segmentations.assign(segmentations.rbegin(), segmentations.rend());
    endResetModel();
}

void SegmentationListModel::refreshTexts()
{
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void SegmentationListModel::setCurrent(const QString &name)
{
    m_current = name;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::FontRole});
    }
}

QString SegmentationListModel::nameAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return QString();
    }
    return QString::fromStdString(m_segmentations[static_cast<std::size_t>(row)].name);
}

int SegmentationListModel::rowOf(const QString &name) const
{
    const std::string wanted = name.toStdString();
    for (std::size_t row = 0; row < m_segmentations.size(); ++row) {
        if (m_segmentations[row].name == wanted) {
            return static_cast<int>(row);
        }
    }
    return -1;
}

QString SegmentationListModel::methodText(const std::string &method)
{
    if (method == "kmeans") {
        return tr("k-means");
    }
    if (method == "two-step-ward") {
        return tr("Two-step hierarchical (Ward)");
    }
    if (method == "hierarchical-ward") {
        return tr("Hierarchical (Ward)");
    }
    if (method == "hierarchical-average") {
        return tr("Hierarchical (average)");
    }
    if (method == "hierarchical-complete") {
        return tr("Hierarchical (complete)");
    }
    if (method == "hierarchical-single") {
        return tr("Hierarchical (single)");
    }
    if (method == "kprototypes") {
        return tr("Mixed data (k-prototypes)");
    }
    if (method == "kmedoids") {
        return tr("Representative customers (k-medoids)");
    }
    if (method == "rfm") {
        return tr("RFM map");
    }
    if (method == "rules") {
        return tr("Rules");
    }
    if (method == "manual") {
        //: Method of a segmentation saved from customers selected on the map or in the table.
        return tr("Hand-picked");
    }
    if (method == "clv-tiers") {
        return tr("Lifetime value tiers");
    }
    if (method == "gmm") {
        //: Method of a segmentation: a Gaussian mixture model (soft segments with membership probabilities).
        return tr("Gaussian mixture");
    }
    if (method == "minibatch") {
        //: Method of a segmentation: k-means on random batches of customers, for very large customer bases.
        return tr("Mini-batch k-means");
    }
    return QString::fromStdString(method);
}

int SegmentationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_segmentations.size());
}

int SegmentationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return QVariant();
    }
    const engine::SegmentationInfo &info = m_segmentations[static_cast<std::size_t>(index.row())];
    const QString name = QString::fromStdString(info.name);
    QStringList criteria;
    for (const std::string &column : info.columns) {
        criteria.append(QString::fromStdString(column));
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return name;
        case MethodColumn:
            return methodText(info.method);
        case SegmentsColumn:
            return LocaleFormat::count(info.segmentCount);
        case CustomersColumn:
            return LocaleFormat::count(info.memberCount);
        case CriteriaColumn:
            return criteria.join(QStringLiteral(", "));
        case CreatedColumn: {
            const QDateTime created
                = QDateTime::fromString(QString::fromStdString(info.createdAt), Qt::ISODate);
            return created.isValid() ? QLocale().toString(created.toLocalTime(), QLocale::ShortFormat)
                                     : QString::fromStdString(info.createdAt);
        }
        default:
            return QVariant();
        }
    case Qt::ToolTipRole:
        if (index.column() == CriteriaColumn || index.column() == NameColumn) {
            //: Tooltip of a segmentation in the list; %1 its name, %2 the columns it was made from.
            return tr("%1\nCriteria: %2").arg(name, criteria.join(QStringLiteral(", ")));
        }
        return QVariant();
    case Qt::FontRole:
        if (name == m_current) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == SegmentsColumn || index.column() == CustomersColumn) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant SegmentationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QVariant();
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case MethodColumn:
        return tr("Method");
    case SegmentsColumn:
        return tr("Segments");
    case CustomersColumn:
        return tr("Customers");
    case CriteriaColumn:
        return tr("Criteria");
    case CreatedColumn:
        return tr("Created");
    default:
        return QVariant();
    }
}

} // namespace segmenta::ui
