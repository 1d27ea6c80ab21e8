// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "diagnostics/SegmentCountDialog.h"

#include "common/ErrorPresenter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace segmenta::ui {

namespace {

constexpr int smallestCount = 2;
constexpr int largestCount = 20;
constexpr int defaultMaximum = 8;

} // namespace

SegmentCountDialog::SegmentCountDialog(const engine::Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_explanation(new QLabel(this))
    , m_columnsLabel(new QLabel(this))
    , m_columns(new QListWidget(this))
    , m_useCriteria(new QCheckBox(this))
    , m_criteriaSets(new QComboBox(this))
    , m_rangeLabel(new QLabel(this))
    , m_minimum(new QSpinBox(this))
    , m_toLabel(new QLabel(this))
    , m_maximum(new QSpinBox(this))
    , m_problemLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_explanation->setWordWrap(true);
    m_problemLabel->setWordWrap(true);
    m_columnsLabel->setBuddy(m_columns);
    if (auto summary = session.summary()) {
        for (const engine::ColumnInfo &column : summary.value().columns) {
            if (column.isNumeric()) {
                auto *item = new QListWidgetItem(QString::fromStdString(column.name), m_columns);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
        }
    }
    if (auto sets = session.criteriaSets()) {
        for (const engine::CriteriaSetInfo &info : sets.value()) {
            m_criteriaSets->addItem(QString::fromStdString(info.name));
        }
    }
    // Without saved sets the choice would only be noise.
    m_useCriteria->setVisible(m_criteriaSets->count() > 0);
    m_criteriaSets->setVisible(m_criteriaSets->count() > 0);
    m_criteriaSets->setEnabled(false);
    connect(m_useCriteria, &QCheckBox::toggled, this, [this](bool use) {
        m_criteriaSets->setEnabled(use);
        m_columns->setEnabled(!use);
        revalidate();
    });
    connect(m_criteriaSets, &QComboBox::currentTextChanged, this, &SegmentCountDialog::revalidate);
    m_minimum->setRange(smallestCount, largestCount);
    m_maximum->setRange(smallestCount, largestCount);
    m_minimum->setValue(smallestCount);
    m_maximum->setValue(defaultMaximum);
    m_rangeLabel->setBuddy(m_minimum);

    auto *range = new QHBoxLayout();
    range->addWidget(m_rangeLabel);
    range->addWidget(m_minimum);
    range->addWidget(m_toLabel);
    range->addWidget(m_maximum);
    range->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_columnsLabel);
    layout->addWidget(m_columns, 1);
    layout->addWidget(m_useCriteria);
    layout->addWidget(m_criteriaSets);
    layout->addLayout(range);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_columns, &QListWidget::itemChanged, this, &SegmentCountDialog::revalidate);
    connect(m_minimum, &QSpinBox::valueChanged, this, &SegmentCountDialog::revalidate);
    connect(m_maximum, &QSpinBox::valueChanged, this, &SegmentCountDialog::revalidate);
    retranslate();
    revalidate();
    resize(460, 480);
}

engine::SegmentCountSearchParams SegmentCountDialog::parameters() const
{
    engine::SegmentCountSearchParams params;
    if (!criteriaSet().isEmpty()) {
        params.criteria = criteriaSet().toStdString();
    } else {
        for (const QString &column : selectedColumns()) {
            params.columns.push_back(column.toStdString());
        }
    }
    params.minimumCount = m_minimum->value();
    params.maximumCount = m_maximum->value();
    return params;
}

QStringList SegmentCountDialog::selectedColumns() const
{
    QStringList columns;
    for (int row = 0; row < m_columns->count(); ++row) {
        if (m_columns->item(row)->checkState() == Qt::Checked) {
            columns.append(m_columns->item(row)->text());
        }
    }
    return columns;
}

void SegmentCountDialog::setSelectedColumns(const QStringList &columns)
{
    for (int row = 0; row < m_columns->count(); ++row) {
        QListWidgetItem *item = m_columns->item(row);
        item->setCheckState(columns.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
    revalidate();
}

void SegmentCountDialog::setCriteriaSet(const QString &name)
{
    const int index = name.isEmpty() ? -1 : m_criteriaSets->findText(name);
    if (index >= 0) {
        m_criteriaSets->setCurrentIndex(index);
    }
    m_useCriteria->setChecked(index >= 0);
    revalidate();
}

QString SegmentCountDialog::criteriaSet() const
{
    return m_useCriteria->isChecked() ? m_criteriaSets->currentText() : QString();
}

void SegmentCountDialog::setRange(int minimum, int maximum)
{
    m_minimum->setValue(minimum);
    m_maximum->setValue(maximum);
}

void SegmentCountDialog::revalidate()
{
    m_problems.clear();
    if (criteriaSet().isEmpty() && selectedColumns().isEmpty()) {
        m_problems.append(tr("Choose at least one column."));
    } else if (m_minimum->value() > m_maximum->value()) {
        m_problems.append(tr("The smallest number of segments must not be larger than the largest."));
    } else {
        for (const engine::Error &error : m_session.validate(parameters())) {
            m_problems.append(ErrorPresenter::sentence(error));
        }
    }
    m_problemLabel->setText(m_problems.join(QLatin1Char('\n')));
    m_problemLabel->setVisible(!m_problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems.isEmpty());
}

void SegmentCountDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        revalidate();
    }
    QDialog::changeEvent(event);
}

void SegmentCountDialog::retranslate()
{
    setWindowTitle(tr("Compare segment counts"));
    m_explanation->setText(tr("Segmenta segments your customers with each number of segments in the range, "
                              "scores how well each one separates them, and recommends one. Nothing in the "
                              "project changes."));
    m_columnsLabel->setText(tr("&Columns to segment on:"));
    m_useCriteria->setText(tr("&Use a saved criteria set instead:"));
    m_rangeLabel->setText(tr("&Numbers of segments from"));
    //: Between the two spin boxes of "Numbers of segments from [2] to [8]".
    m_toLabel->setText(tr("to"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Compare"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace segmenta::ui
