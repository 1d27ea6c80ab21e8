// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "profiles/ComparisonView.h"

#include "profiles/ComparisonModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLinearGradient>
#include <QPainter>
#include <QTableView>
#include <QVBoxLayout>

namespace segmenta::ui {

namespace {

/// The colour key: a gradient from "much lower" through white to "much higher".
class ColourKey : public QWidget
{
public:
    explicit ColourKey(QWidget *parent)
        : QWidget(parent)
    {
        setFixedHeight(16);
        setMinimumWidth(160);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        QLinearGradient gradient(rect().topLeft(), rect().topRight());
        constexpr int steps = 8;
        for (int i = 0; i <= steps; ++i) {
            const double t = static_cast<double>(i) / steps;
            gradient.setColorAt(t, ComparisonModel::colourFor((2.0 * t - 1.0) * ComparisonModel::saturation));
        }
        painter.fillRect(rect(), gradient);
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
};

} // namespace

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ComparisonModel(this))
    , m_explanation(new QLabel(this))
    , m_table(new QTableView(this))
    , m_key(new ColourKey(this))
    , m_lowerLabel(new QLabel(this))
    , m_higherLabel(new QLabel(this))
{
    m_explanation->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(64);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);

    auto *keyRow = new QHBoxLayout();
    keyRow->addWidget(m_lowerLabel);
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_higherLabel);
    keyRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_table, 1);
    layout->addLayout(keyRow);
    retranslate();
}

void ComparisonView::setProfile(const engine::SegmentationProfile &profile)
{
    m_model->setProfile(profile);
    m_table->resizeColumnsToContents();
}

void ComparisonView::clear()
{
    m_model->clear();
}

void ComparisonView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->refreshTexts();
    }
    QWidget::changeEvent(event);
}

void ComparisonView::retranslate()
{
    m_explanation->setText(tr("How far each segment's average lies from the average of all customers, in "
                              "standard deviations: 0 is average, +1 is one standard deviation higher. "
                              "Hover over a cell for the figures."));
    //: Left end of the heatmap colour key.
    m_lowerLabel->setText(tr("Lower than average"));
    //: Right end of the heatmap colour key.
    m_higherLabel->setText(tr("Higher than average"));
}

} // namespace segmenta::ui
