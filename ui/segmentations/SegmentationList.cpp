// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "segmentations/SegmentationList.h"

#include "segmentations/SegmentationListModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace segmenta::ui {

SegmentationList::SegmentationList(QWidget *parent)
    : QWidget(parent)
    , m_model(new SegmentationListModel(this))
    , m_table(new QTableView(this))
    , m_open(new QPushButton(this))
    , m_rename(new QPushButton(this))
    , m_duplicate(new QPushButton(this))
    , m_delete(new QPushButton(this))
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);

    auto *buttons = new QHBoxLayout();
    buttons->addWidget(m_open);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    const auto withSelection = [this](void (SegmentationList::*signal)(const QString &)) {
        return [this, signal] {
            const QString name = selectedName();
            if (!name.isEmpty()) {
                Q_EMIT(this->*signal)(name);
            }
        };
    };
    connect(m_open, &QPushButton::clicked, this, withSelection(&SegmentationList::openRequested));
    connect(m_rename, &QPushButton::clicked, this, withSelection(&SegmentationList::renameRequested));
    connect(m_duplicate, &QPushButton::clicked, this, withSelection(&SegmentationList::duplicateRequested));
    connect(m_delete, &QPushButton::clicked, this, withSelection(&SegmentationList::deleteRequested));
    connect(m_table, &QTableView::doubleClicked, this,
        [this](const QModelIndex &index) { Q_EMIT openRequested(m_model->nameAt(index.row())); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SegmentationList::updateButtons);
    retranslate();
    updateButtons();
}

void SegmentationList::setSegmentations(
    const std::vector<engine::SegmentationInfo> &segmentations, const QString &current)
{
    const QString selected = selectedName();
    m_model->setSegmentations(segmentations);
    m_model->setCurrent(current);
    m_table->resizeColumnsToContents();
    select(selected.isEmpty() || m_model->rowOf(selected) < 0 ? current : selected);
    updateButtons();
}

void SegmentationList::setEditable(bool editable)
{
    m_editable = editable;
    updateButtons();
}

QString SegmentationList::selectedName() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->nameAt(rows.front().row());
}

void SegmentationList::select(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    m_table->selectRow(row);
}

void SegmentationList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->refreshTexts();
    }
    QWidget::changeEvent(event);
}

void SegmentationList::retranslate()
{
    m_open->setText(tr("&Show"));
    m_open->setToolTip(tr("Show this segmentation on the map and in the profiles"));
    m_rename->setText(tr("&Rename…"));
    m_duplicate->setText(tr("&Duplicate…"));
    m_duplicate->setToolTip(tr("Keep a copy to edit names, colours and notes separately"));
    m_delete->setText(tr("De&lete…"));
    m_delete->setToolTip(tr("Remove this segmentation; the customers and their data stay"));
}

void SegmentationList::updateButtons()
{
    const bool selected = !selectedName().isEmpty();
    m_open->setEnabled(selected);
    m_rename->setEnabled(selected && m_editable);
    m_duplicate->setEnabled(selected && m_editable);
    m_delete->setEnabled(selected && m_editable);
}

} // namespace segmenta::ui
