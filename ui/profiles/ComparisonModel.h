// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QAbstractTableModel>
#include <QColor>

#include <vector>

namespace segmenta::ui {

/// Segments × numeric variables of standardised differences for the comparison heatmap: the value printed
/// in the cell, a diverging colour (blue below average, orange above; both stay apart with the common
/// colour-vision deficiencies) as the background, and the figures behind it as the tooltip.
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// |standardised difference| at which the colour is fully saturated.
    static constexpr double saturation = 2.0;

    explicit ComparisonModel(QObject *parent = nullptr);

    void setProfile(const engine::SegmentationProfile &profile);
    void clear();

    /// The standardised difference in a cell (NaN when undefined or out of range).
    double difference(int row, int column) const;
    /// The cell colour for a standardised difference: white at 0, blue below, orange above.
    static QColor colourFor(double standardisedDifference);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Re-reads translated texts after a language change.
    void refreshTexts();

private:
    engine::SegmentationProfile m_profile;
    std::vector<std::size_t> m_numericColumns; ///< profile column of each model column
};

} // namespace segmenta::ui
