// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace segmenta::ui {

/// One edit of a stored segmentation, undoable: renaming the segmentation, or a segment's name, colour or
/// notes. The change itself is made by an applier (the window, through its Session), which returns false
/// when the engine refuses; a refused edit makes the command obsolete, so it never enters the undo stack.
class SegmentEditCommand : public QUndoCommand
{
public:
    enum class Field
    {
        SegmentationName,
        SegmentName,
        SegmentColour, ///< "#rrggbb", or empty for the palette's
        SegmentNotes,
    };

    /// Makes the change: on @p segmentation (its name at that moment), segment @p segment (unused for
    /// SegmentationName), set @p field to @p value. Returns whether it was made.
    using Applier
        = std::function<bool(Field field, const QString &segmentation, int segment, const QString &value)>;

    SegmentEditCommand(Applier applier, Field field, const QString &segmentation, int segment,
        const QString &before, const QString &after);

    void redo() override;
    void undo() override;

private:
    Applier m_apply;
    Field m_field;
    QString m_segmentation; ///< its name before this command
    int m_segment;
    QString m_before;
    QString m_after;
};

} // namespace segmenta::ui
