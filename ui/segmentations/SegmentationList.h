// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace segmenta::ui {

class SegmentationListModel;

/// The project's segmentations in a table with Open, Rename, Duplicate and Delete. It only asks: the window
/// shows the dialogs and makes the changes (undoably where it can).
class SegmentationList : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentationList(QWidget *parent = nullptr);

    void setSegmentations(const std::vector<engine::SegmentationInfo> &segmentations, const QString &current);
    /// Enables or disables the buttons that change the project (while a job runs).
    void setEditable(bool editable);
    QString selectedName() const;
    /// Selects @p name's row (tests, and after a rename).
    void select(const QString &name);
    SegmentationListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void openRequested(const QString &name);
    void renameRequested(const QString &name);
    void duplicateRequested(const QString &name);
    void deleteRequested(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    SegmentationListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    bool m_editable = true;
};

} // namespace segmenta::ui
