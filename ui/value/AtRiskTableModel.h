// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QAbstractTableModel>

#include <vector>

namespace segmenta::ui {

/// The customers a lifetime-value run lists as at risk of being lost, highest past value first.
/// Numbers are formatted for the user's language; Qt::UserRole gives the raw value.
class AtRiskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CustomerColumn,
        PastValueColumn,
        AliveColumn,
        LifetimeValueColumn,
        ExpectedPurchasesColumn,
        ColumnCount
    };

    explicit AtRiskTableModel(QObject *parent = nullptr);

    void setCustomers(std::vector<engine::AtRiskCustomer> customers);
    const std::vector<engine::AtRiskCustomer> &customers() const { return m_customers; }
    /// Headers again after a language change.
    void refreshTexts();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<engine::AtRiskCustomer> m_customers;
};

} // namespace segmenta::ui
