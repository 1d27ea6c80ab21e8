// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "explorer/MapStyleBar.h"

#include "explorer/SegmentMapView.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

#include <limits>

namespace segmenta::ui {

MapStyleBar::MapStyleBar(SegmentMapView *map, QWidget *parent)
    : QWidget(parent)
    , m_map(map)
    , m_colourLabel(new QLabel(this))
    , m_colour(new QComboBox(this))
    , m_sizeLabel(new QLabel(this))
    , m_size(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_colourLabel->setBuddy(m_colour);
    m_sizeLabel->setBuddy(m_size);
    m_colour->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_size->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addWidget(m_colourLabel);
    layout->addWidget(m_colour);
    layout->addSpacing(12);
    layout->addWidget(m_sizeLabel);
    layout->addWidget(m_size);
    connect(m_colour, &QComboBox::currentIndexChanged, this, &MapStyleBar::apply);
    connect(m_size, &QComboBox::currentIndexChanged, this, &MapStyleBar::apply);
    // Each new segmentation on the map starts plain; give it the chosen variables again.
    connect(m_map, &SegmentMapView::segmentationShown, this, &MapStyleBar::apply);
    retranslate();
}

void MapStyleBar::setSession(std::shared_ptr<const engine::Session> session)
{
    m_session = std::move(session);
    refreshColumns();
}

void MapStyleBar::refreshColumns()
{
    m_columns.clear();
    if (m_session) {
        if (const auto summary = m_session->summary()) {
            for (const engine::ColumnInfo &column : summary.value().columns) {
                if (column.isNumeric()) {
                    m_columns.append(QString::fromStdString(column.name));
                }
            }
        }
    }
    retranslate();
    apply();
}

void MapStyleBar::setColourColumn(const QString &column)
{
    m_colour->setCurrentIndex(std::max(0, m_colour->findData(column)));
}

void MapStyleBar::setSizeColumn(const QString &column)
{
    m_size->setCurrentIndex(std::max(0, m_size->findData(column)));
}

std::vector<double> MapStyleBar::valuesOf(const QString &column) const
{
    if (!m_session || column.isEmpty()) {
        return {};
    }
    // One column of every customer: the rule builder's column loader reads just that.
    const auto table = m_session->ruleTable({column.toStdString()});
    if (!table || table.value().columns.empty()) {
        return {};
    }
    return table.value().columns.front().numbers;
}

void MapStyleBar::apply()
{
    const QString colourColumn = m_colour->currentData().toString();
    const QString sizeColumn = m_size->currentData().toString();
    if (colourColumn != m_map->colourVariable()) {
        m_map->setColourValues(colourColumn, valuesOf(colourColumn));
    }
    if (sizeColumn != m_map->sizeVariable()) {
        m_map->setSizeValues(sizeColumn, valuesOf(sizeColumn));
    }
}

void MapStyleBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void MapStyleBar::retranslate()
{
    m_colourLabel->setText(tr("C&olour by:"));
    m_sizeLabel->setText(tr("S&ize by:"));
    const auto fill = [this](QComboBox *choice, const QString &plain) {
        const QSignalBlocker blocker(choice);
        const QString current = choice->currentData().toString();
        choice->clear();
        choice->addItem(plain, QString());
        for (const QString &column : std::as_const(m_columns)) {
            choice->addItem(column, column);
        }
        choice->setCurrentIndex(std::max(0, choice->findData(current)));
    };
    fill(m_colour, tr("Segment"));
    fill(m_size, tr("Same for all"));
    m_colour->setToolTip(tr("Colour the customers by their segment or by a number such as spend"));
    m_size->setToolTip(tr("Draw customers with larger values as larger dots"));
}

} // namespace segmenta::ui
