// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "criteria/SegmentDialog.h"

#include "common/ErrorPresenter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace segmenta::ui {

SegmentDialog::SegmentDialog(const engine::Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_explanation(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_columnsLabel(new QLabel(this))
    , m_columns(new QListWidget(this))
    , m_countLabel(new QLabel(this))
    , m_count(new QSpinBox(this))
    , m_useCriteria(new QCheckBox(this))
    , m_criteriaSets(new QComboBox(this))
    , m_advanced(new QCheckBox(this))
    , m_advancedContent(new QWidget(this))
    , m_seedLabel(new QLabel(m_advancedContent))
    , m_seed(new QSpinBox(m_advancedContent))
    , m_seedHint(new QLabel(m_advancedContent))
    , m_problemLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    if (engine::Result<engine::ProjectSummary> summary = m_session.summary()) {
        m_summary = std::move(summary).value();
    }

    m_explanation->setWordWrap(true);
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    for (const engine::ColumnInfo &column : m_summary.columns) {
        if (!column.isNumeric()) {
            continue;
        }
        auto *item = new QListWidgetItem(QString::fromStdString(column.name), m_columns);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    if (engine::Result<std::vector<engine::CriteriaSetInfo>> sets = m_session.criteriaSets()) {
        for (const engine::CriteriaSetInfo &info : sets.value()) {
            m_criteriaSets->addItem(QString::fromStdString(info.name));
        }
    }
    m_useCriteria->setVisible(m_criteriaSets->count() > 0);
    m_criteriaSets->setVisible(m_criteriaSets->count() > 0);
    m_criteriaSets->setEnabled(false);
    connect(m_useCriteria, &QCheckBox::toggled, this, [this](bool use) {
        m_criteriaSets->setEnabled(use);
        m_columns->setEnabled(!use);
        revalidate();
    });
    connect(m_criteriaSets, &QComboBox::currentTextChanged, this, &SegmentDialog::revalidate);
    m_count->setRange(minimumSegmentCount, maximumSegmentCount);
    m_count->setValue(defaultSegmentCount);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(static_cast<int>(engine::SegmentationParams().seed));
    m_seedHint->setWordWrap(true);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *advancedLayout = new QFormLayout(m_advancedContent);
    advancedLayout->setContentsMargins(0, 0, 0, 0);
    advancedLayout->addRow(m_seedLabel, m_seed);
    advancedLayout->addRow(m_seedHint);
    // Most users never need the seed: it stays out of sight until asked for.
    m_advanced->setChecked(false);
    m_advancedContent->setVisible(false);
    connect(m_advanced, &QCheckBox::toggled, m_advancedContent, &QWidget::setVisible);

    auto *form = new QFormLayout();
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_countLabel, m_count);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_columnsLabel);
    layout->addWidget(m_columns, 1);
    layout->addWidget(m_useCriteria);
    layout->addWidget(m_criteriaSets);
    layout->addLayout(form);
    layout->addWidget(m_advanced);
    layout->addWidget(m_advancedContent);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_columns, &QListWidget::itemChanged, this, &SegmentDialog::revalidate);
    connect(m_count, &QSpinBox::valueChanged, this, [this] {
        retranslate();
        revalidate();
    });
    connect(m_name, &QLineEdit::textChanged, this, &SegmentDialog::revalidate);
    connect(m_seed, &QSpinBox::valueChanged, this, &SegmentDialog::revalidate);

    retranslate();
    revalidate();
    resize(480, 520);
}

engine::SegmentationParams SegmentDialog::parameters() const
{
    engine::SegmentationParams params;
    const QString name = m_name->text().trimmed();
    params.name = (name.isEmpty() ? defaultName() : name).toStdString();
    if (!criteriaSet().isEmpty()) {
        params.criteria = criteriaSet().toStdString();
    } else {
        for (const QString &column : selectedColumns()) {
            params.columns.push_back(column.toStdString());
        }
    }
    params.segmentCount = m_count->value();
    params.seed = static_cast<std::uint64_t>(m_seed->value());
    return params;
}

QStringList SegmentDialog::selectedColumns() const
{
    QStringList columns;
    for (int row = 0; row < m_columns->count(); ++row) {
        const QListWidgetItem *item = m_columns->item(row);
        if (item->checkState() == Qt::Checked) {
            columns.append(item->text());
        }
    }
    return columns;
}

void SegmentDialog::setSelectedColumns(const QStringList &columns)
{
    for (int row = 0; row < m_columns->count(); ++row) {
        QListWidgetItem *item = m_columns->item(row);
        item->setCheckState(columns.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
}

void SegmentDialog::setCriteriaSet(const QString &name)
{
    m_criteriaSets->setCurrentText(name);
    m_useCriteria->setChecked(!name.isEmpty() && m_criteriaSets->currentText() == name);
}

QString SegmentDialog::criteriaSet() const
{
    return m_useCriteria->isChecked() ? m_criteriaSets->currentText() : QString();
}

int SegmentDialog::segmentCount() const
{
    return m_count->value();
}

void SegmentDialog::setSegmentCount(int count)
{
    m_count->setValue(count);
}

void SegmentDialog::setSegmentationName(const QString &name)
{
    m_name->setText(name);
}

void SegmentDialog::setSeed(int seed)
{
    m_seed->setValue(seed);
}

QString SegmentDialog::defaultName() const
{
    // The next free "Segmentation N", in the user's language: it is the user's data from then on.
    const auto taken = [this](const QString &candidate) {
        const std::string name = candidate.toStdString();
        return std::any_of(m_summary.segmentations.begin(), m_summary.segmentations.end(),
            [&name](const engine::SegmentationInfo &info) { return info.name == name; });
    };
    int number = static_cast<int>(m_summary.segmentations.size()) + 1;
    //: Default name of a new segmentation; %1 is a number.
    QString candidate = tr("Segmentation %1").arg(number);
    while (taken(candidate)) {
        candidate = tr("Segmentation %1").arg(++number);
    }
    return candidate;
}

void SegmentDialog::revalidate()
{
    m_problems.clear();
    if (m_columns->count() == 0) {
        m_problems.append(tr("This project has no columns with numbers to segment on. Import a customer "
                             "table with numeric columns first."));
    } else if (criteriaSet().isEmpty() && selectedColumns().isEmpty()) {
        m_problems.append(tr("Choose at least one column."));
    } else {
        for (const engine::Error &error : m_session.validate(parameters())) {
            m_problems.append(ErrorPresenter::message(error));
        }
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems.isEmpty());
    m_problemLabel->setVisible(!m_problems.isEmpty());
    m_problemLabel->setText(m_problems.join(QLatin1Char('\n')));
}

void SegmentDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        revalidate();
    }
    QDialog::changeEvent(event);
}

void SegmentDialog::retranslate()
{
    setWindowTitle(tr("Segment customers"));
    m_explanation->setText(tr("Customers with similar values in the chosen columns are grouped into %1 "
                              "segments.")
                               .arg(m_count->value()));
    m_nameLabel->setText(tr("&Name:"));
    m_nameLabel->setBuddy(m_name);
    m_name->setPlaceholderText(defaultName());
    m_columnsLabel->setText(tr("&Columns to compare customers on:"));
    m_columnsLabel->setBuddy(m_columns);
    m_useCriteria->setText(tr("&Use a saved criteria set instead:"));
    m_countLabel->setText(tr("Number of &segments:"));
    m_countLabel->setBuddy(m_count);
    m_advanced->setText(tr("Show &advanced options"));
    m_seedLabel->setText(tr("Random s&eed:"));
    m_seedLabel->setBuddy(m_seed);
    m_seedHint->setText(tr("The same seed and the same data always give the same segments."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace segmenta::ui
