// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QAbstractTableModel>

#include <vector>

namespace segmenta::ui {

/// Every segmentation in the project, newest first: name, how it was made, segments, customers, criteria
/// and when. A snapshot of ProjectSummary::segmentations, replaced with a model reset.
class SegmentationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        MethodColumn,
        SegmentsColumn,
        CustomersColumn,
        CriteriaColumn,
        CreatedColumn,
        ColumnCount
    };

    explicit SegmentationListModel(QObject *parent = nullptr);

    void setSegmentations(const std::vector<engine::SegmentationInfo> &segmentations);
    /// Re-formats after a language or locale change.
    void refreshTexts();
    /// The segmentation shown in bold (the one on the map); empty for none.
    void setCurrent(const QString &name);
    QString nameAt(int row) const;
    /// The row of @p name, or -1.
    int rowOf(const QString &name) const;
    /// "k-means", "Hierarchical (Ward)", "RFM map", … in the interface language.
    static QString methodText(const std::string &method);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<engine::SegmentationInfo> m_segmentations; ///< newest first
    QString m_current;
};

} // namespace segmenta::ui
