// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "value/AtRiskTableModel.h"

#include "common/LocaleFormat.h"

#include <QLocale>

#include <cmath>

namespace segmenta::ui {

namespace {

/// Two decimals always, so that a column of amounts lines up.
QString fixed(double value)
{
    return std::isfinite(value) ? QLocale().toString(value, 'f', 2) : QString();
}

} // namespace

AtRiskTableModel::AtRiskTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AtRiskTableModel::setCustomers(std::vector<engine::AtRiskCustomer> customers)
{
    beginResetModel();
    m_customers = std::move(customers);
    endResetModel();
}

void AtRiskTableModel::refreshTexts()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_customers.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int AtRiskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_customers.size());
}

int AtRiskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AtRiskTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const engine::AtRiskCustomer &customer = m_customers[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole) {
        return index.column() == CustomerColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::UserRole) {
        return {};
    }
    const bool raw = role == Qt::UserRole;
    switch (index.column()) {
    case CustomerColumn:
        return QString::fromStdString(customer.customerId);
    case PastValueColumn:
        return raw ? QVariant(customer.pastValue) : QVariant(fixed(customer.pastValue));
    case AliveColumn:
        return raw ? QVariant(customer.aliveProbability)
                   : QVariant(LocaleFormat::percent(customer.aliveProbability, 0));
    case LifetimeValueColumn:
        return raw ? QVariant(customer.lifetimeValue) : QVariant(fixed(customer.lifetimeValue));
    case ExpectedPurchasesColumn:
        return raw ? QVariant(customer.expectedPurchases) : QVariant(fixed(customer.expectedPurchases));
    default:
        return {};
    }
}

QVariant AtRiskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case CustomerColumn:
        return tr("Customer");
    case PastValueColumn:
        //: At-risk list: what the customer spent on repeat purchases so far.
        return tr("Past value");
    case AliveColumn:
        //: Probability that the customer is still active (P(alive)).
        return tr("Still active");
    case LifetimeValueColumn:
        return tr("Expected value");
    case ExpectedPurchasesColumn:
        return tr("Expected purchases");
    default:
        return {};
    }
}

} // namespace segmenta::ui
