// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "segmentations/SegmentEditCommand.h"

#include <QCoreApplication>

#include <utility>

namespace segmenta::ui {

namespace {

QString describe(SegmentEditCommand::Field field, const QString &segmentation, const QString &after)
{
    switch (field) {
    case SegmentEditCommand::Field::SegmentationName:
        //: Undo/redo menu text; %1 the old and %2 the new segmentation name.
        return QCoreApplication::translate("SegmentEditCommand", "Rename “%1” to “%2”")
            .arg(segmentation, after);
    case SegmentEditCommand::Field::SegmentName:
        //: Undo/redo menu text; %1 the new segment name.
        return QCoreApplication::translate("SegmentEditCommand", "Rename segment to “%1”").arg(after);
    case SegmentEditCommand::Field::SegmentColour:
        return QCoreApplication::translate("SegmentEditCommand", "Change segment colour");
    case SegmentEditCommand::Field::SegmentNotes:
        return QCoreApplication::translate("SegmentEditCommand", "Edit segment notes");
    }
    return QString();
}

} // namespace

SegmentEditCommand::SegmentEditCommand(Applier applier, Field field, const QString &segmentation, int segment,
    const QString &before, const QString &after)
    : QUndoCommand(describe(field, segmentation, after))
    , m_apply(std::move(applier))
    , m_field(field)
    , m_segmentation(segmentation)
    , m_segment(segment)
    , m_before(before)
    , m_after(after)
{ }

void SegmentEditCommand::redo()
{
    if (!m_apply(m_field, m_segmentation, m_segment, m_after)) {
        setObsolete(true);
    }
}

void SegmentEditCommand::undo()
{
    // After a rename the segmentation answers to the new name.
    const QString current = m_field == Field::SegmentationName ? m_after : m_segmentation;
    if (!m_apply(m_field, current, m_segment, m_before)) {
        setObsolete(true);
    }
}

} // namespace segmenta::ui
