// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "segmentations/SaveSelectionDialog.h"

#include "common/LocaleFormat.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace segmenta::ui {

namespace {

constexpr int minimumDialogWidth = 460;

} // namespace

SaveSelectionDialog::SaveSelectionDialog(
    qsizetype selectedCount, const QString &suggestedName, QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_name(new QLineEdit(suggestedName, this))
    , m_segmentName(new QLineEdit(tr("Selected"), this))
    , m_rest(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Save selection as segment"));
    setMinimumWidth(minimumDialogWidth);
    //: %1 is the number of selected customers, already formatted.
    m_intro->setText(tr("The %1 selected customers become a segment of a new segmentation, which you can "
                        "rename, recolour, profile and export like any other.")
                         .arg(LocaleFormat::count(selectedCount)));
    m_intro->setWordWrap(true);
    m_rest->setText(tr("Put everyone else in a second segment, “Rest”"));
    m_rest->setChecked(true);

    auto *form = new QFormLayout();
    form->addRow(tr("Segmentation &name:"), m_name);
    form->addRow(tr("&Segment name:"), m_segmentName);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_rest);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SaveSelectionDialog::updateOk);
    connect(m_segmentName, &QLineEdit::textChanged, this, &SaveSelectionDialog::updateOk);
    m_name->selectAll();
    updateOk();
}

void SaveSelectionDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Save)
        ->setEnabled(!m_name->text().trimmed().isEmpty() && !m_segmentName->text().trimmed().isEmpty());
}

engine::SelectionSegmentParams SaveSelectionDialog::parameters() const
{
    engine::SelectionSegmentParams params;
    params.name = m_name->text().trimmed().toStdString();
    params.selectedName = m_segmentName->text().trimmed().toStdString();
    //: Name of the segment of all customers who were not selected.
    params.restName = m_rest->isChecked() ? tr("Rest").toStdString() : std::string();
    return params;
}

} // namespace segmenta::ui
