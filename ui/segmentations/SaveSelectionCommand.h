// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace segmenta::ui {

/// Saving a selection as a new segmentation, undoable: redo stores it, undo deletes it again. Both steps
/// are made by the window through its Session and return whether they succeeded; a refused save makes the
/// command obsolete, so it never enters the undo stack.
class SaveSelectionCommand : public QUndoCommand
{
public:
    using Step = std::function<bool()>;

    /// @p name is the new segmentation's name (for the Edit menu's text).
    SaveSelectionCommand(const QString &name, Step save, Step remove);

    void redo() override;
    void undo() override;

private:
    Step m_save;
    Step m_remove;
};

} // namespace segmenta::ui
