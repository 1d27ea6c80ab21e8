// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QAbstractTableModel>

namespace segmenta::ui {

/// The segments of one segmentation: name with its map colour, size, share, then the segment's average
/// in each column it was segmented on — what sets it apart. Holds a snapshot of the details by value.
class SegmentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        SizeColumn,
        ShareColumn,
        FirstAverageColumn
    };

    explicit SegmentTableModel(QObject *parent = nullptr);

    /// Shows the segments of @p details (swapped in with a model reset).
    void setSegmentation(const engine::SegmentationDetails &details);
    void clear();
    /// Re-formats numbers and headers after a language or locale change.
    void refreshTexts();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<engine::SegmentInfo> m_segments;
    std::vector<std::string> m_columns; ///< the criteria, matching each segment's centroid
};

} // namespace segmenta::ui
