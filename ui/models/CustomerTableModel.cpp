// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "models/CustomerTableModel.h"

#include "common/LocaleFormat.h"

#include <algorithm>
#include <limits>

namespace segmenta::ui {

CustomerTableModel::CustomerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CustomerTableModel::setSession(std::shared_ptr<const engine::Session> session)
{
    beginResetModel();
    m_session = std::move(session);
    m_pages.clear();
    m_recentPages.clear();
    readSummary();
    endResetModel();
}

void CustomerTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_recentPages.clear();
    readSummary();
    endResetModel();
}

void CustomerTableModel::refreshTexts()
{
    if (rowCount() > 0 && columnCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
    }
    if (columnCount() > 0) {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
}

void CustomerTableModel::setPageSize(int rows)
{
    beginResetModel();
    m_pageSize = std::max(1, rows);
    m_pages.clear();
    m_recentPages.clear();
    endResetModel();
}

void CustomerTableModel::readSummary()
{
    m_rowCount = 0;
    m_columns.clear();
    if (!m_session) {
        return;
    }
    engine::Result<engine::ProjectSummary> summary = m_session->summary();
    if (!summary) {
        return;
    }
    // QAbstractItemModel counts rows in int; a larger table shows its first 2^31 - 1 customers.
    m_rowCount = std::min<std::int64_t>(summary.value().customerCount, std::numeric_limits<int>::max());
    m_columns = summary.value().columns;
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rowCount);
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_session) {
        return 0;
    }
    return 1 + static_cast<int>(m_columns.size());
}

const CustomerTableModel::Page *CustomerTableModel::page(std::int64_t row) const
{
    const std::int64_t number = row / m_pageSize;
    if (auto found = m_pages.find(number); found != m_pages.end()) {
        m_recentPages.remove(number);
        m_recentPages.push_front(number);
        return &found->second;
    }
    if (!m_session) {
        return nullptr;
    }
    ++m_fetchCount;
    engine::Result<engine::CustomerPage> fetched = m_session->customers(number * m_pageSize, m_pageSize);
    if (!fetched) {
        return nullptr;
    }
    while (static_cast<int>(m_pages.size()) >= defaultCachedPageLimit && !m_recentPages.empty()) {
        m_pages.erase(m_recentPages.back());
        m_recentPages.pop_back();
    }
    engine::CustomerPage &customers = fetched.value();
    Page &stored = m_pages[number];
    stored.keys = std::move(customers.keys);
    stored.values = std::move(customers.values);
    m_recentPages.push_front(number);
    return &stored;
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) {
        return QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::TextAlignmentRole && role != Qt::EditRole) {
        return QVariant();
    }
    const Page *rows = page(index.row());
    if (!rows) {
        return QVariant();
    }
    const auto offset = static_cast<std::size_t>(index.row() % m_pageSize);
    if (offset >= rows->keys.size() || offset >= rows->values.size()) {
        return QVariant();
    }
    if (index.column() == 0) {
        if (role == Qt::TextAlignmentRole) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        }
        return QString::fromStdString(rows->keys[offset]);
    }
    const auto column = static_cast<std::size_t>(index.column() - 1);
    const std::vector<engine::CellValue> &values = rows->values[offset];
    if (column >= values.size()) {
        return QVariant();
    }
    const engine::CellValue &value = values[column];
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = LocaleFormat::isNumber(value) || m_columns[column].isNumeric();
        return QVariant::fromValue(
            Qt::Alignment((numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    return LocaleFormat::cell(value);
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return QVariant();
    }
    if (orientation == Qt::Vertical) {
        return LocaleFormat::count(section + 1);
    }
    if (section == 0) {
        return tr("Customer");
    }
    const auto column = static_cast<std::size_t>(section - 1);
    return column < m_columns.size() ? QString::fromStdString(m_columns[column].name) : QString();
}

} // namespace segmenta::ui
