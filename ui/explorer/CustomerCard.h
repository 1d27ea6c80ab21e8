// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QColor>
#include <QDialog>
#include <QString>

#include <vector>

class QLabel;
class QTableWidget;

namespace segmenta::ui {

/// One customer at a glance, opened by clicking its dot on the segment map: its id, its segment (name and
/// colour) and every column of the customer table, numbers written as the user's language writes them.
/// A small window that stays open beside the map; clicking another dot shows that customer in it.
class CustomerCard : public QDialog
{
    Q_OBJECT

public:
    /// What the card shows; values line up with columns.
    struct Contents
    {
        std::int64_t customerRow = -1; ///< 0-based row of the customer table
        QString customerId;
        QString segmentName; ///< empty: the customer has no segment
        QColor segmentColour;
        std::vector<engine::ColumnInfo> columns;
        std::vector<engine::CellValue> values;
    };

    /// Reads customer @p customerRow from @p session; @p segments names and colours segment @p segment
    /// (-1: none). Nothing (customerRow -1) when the row cannot be read.
    static Contents read(const engine::Session &session, const std::vector<engine::ColumnInfo> &columns,
        const std::vector<engine::SegmentInfo> &segments, std::int64_t customerRow, int segment);

    explicit CustomerCard(QWidget *parent = nullptr);

    void setContents(Contents contents);
    const Contents &contents() const { return m_contents; }
    /// The table of column names and values (for tests).
    QTableWidget *valueTable() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Contents m_contents;
    QLabel *m_swatch = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_segment = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace segmenta::ui
