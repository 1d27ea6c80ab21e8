// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <list>
#include <memory>
#include <unordered_map>
#include <vector>

namespace segmenta::ui {

/// The customer table, read lazily: rowCount() is the project's customer count from the start, and
/// data() fetches the page of rows it needs from the Session (pageSize() rows at a time), keeping the
/// most recently used pages. A million customers open instantly and scroll without loading them all.
/// Column 0 is the customer id ("Customer"), then the project's columns in file order.
/// Reads on the GUI thread through the window's Session; not for use from other threads.
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int defaultPageSize = 500;
    static constexpr int defaultCachedPageLimit = 64;

    explicit CustomerTableModel(QObject *parent = nullptr);

    /// Shows the customers of @p session (nullptr: none). Reads the summary; rows come later, on demand.
    void setSession(std::shared_ptr<const engine::Session> session);
    /// Drops cached rows and re-reads the summary, e.g. after an import.
    void reload();
    /// Re-formats numbers and headers after a language or locale change.
    void refreshTexts();

    int pageSize() const { return m_pageSize; }
    /// Rows read per Session::customers() call; clears the cache.
    void setPageSize(int rows);
    /// How many pages are held in memory now.
    int cachedPageCount() const { return static_cast<int>(m_pages.size()); }
    /// How many Session::customers() calls this model made (to check that reading is lazy).
    int fetchCount() const { return m_fetchCount; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Page
    {
        std::vector<std::string> keys;
        std::vector<std::vector<engine::CellValue>> values;
    };

    /// The page holding @p row, read from the Session if not cached; nullptr if reading failed.
    const Page *page(std::int64_t row) const;
    void readSummary();

    std::shared_ptr<const engine::Session> m_session;
    std::int64_t m_rowCount = 0;
    std::vector<engine::ColumnInfo> m_columns;
    int m_pageSize = defaultPageSize;
    // The cache is filled from const data(); it is not part of the model's observable state.
    mutable std::unordered_map<std::int64_t, Page> m_pages;
    mutable std::list<std::int64_t> m_recentPages; ///< page numbers, most recently used first
    mutable int m_fetchCount = 0;
};

} // namespace segmenta::ui
