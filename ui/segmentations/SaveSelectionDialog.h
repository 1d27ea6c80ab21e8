// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace segmenta::ui {

/// "Save selection as segment": names the new segmentation and its segment, and whether everyone else
/// becomes a second segment. Gives the engine's SelectionSegmentParams (without the rows).
class SaveSelectionDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p selectedCount customers are selected; @p suggestedName is the segmentation's proposed name.
    SaveSelectionDialog(qsizetype selectedCount, const QString &suggestedName, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *segmentNameEdit() const { return m_segmentName; }
    QCheckBox *restChoice() const { return m_rest; }
    /// Name, segment names and the rest choice as entered; customerRows and mapFrom are left empty.
    engine::SelectionSegmentParams parameters() const;

private:
    void updateOk();

    QLabel *m_intro = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_segmentName = nullptr;
    QCheckBox *m_rest = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace segmenta::ui
