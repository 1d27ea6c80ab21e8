// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "segmentations/SaveSelectionCommand.h"

#include <QCoreApplication>

#include <utility>

namespace segmenta::ui {

SaveSelectionCommand::SaveSelectionCommand(const QString &name, Step save, Step remove)
    //: Undo/redo menu text; %1 is the new segmentation's name.
    : QUndoCommand(QCoreApplication::translate("SaveSelectionCommand", "Save selection as “%1”").arg(name))
    , m_save(std::move(save))
    , m_remove(std::move(remove))
{ }

void SaveSelectionCommand::redo()
{
    if (!m_save()) {
        setObsolete(true);
    }
}

void SaveSelectionCommand::undo()
{
    if (!m_remove()) {
        setObsolete(true);
    }
}

} // namespace segmenta::ui
