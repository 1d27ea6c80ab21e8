// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QAbstractTableModel>

namespace segmenta::ui {

/// The first rows of a file to import, as the engine's preview read them: one column per header field,
/// the file's line numbers as row headers. Cells are the text as written; rows with too few fields show
/// empty cells, extra fields are not shown (the problems page lists such rows).
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ImportPreviewModel(QObject *parent = nullptr);

    /// Shows @p preview (replacing what was shown).
    void setPreview(const engine::ImportPreview &preview);
    /// Shows nothing.
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<std::string> m_header;
    std::vector<std::vector<std::string>> m_rows;
    std::vector<std::int64_t> m_lines;
};

} // namespace segmenta::ui
