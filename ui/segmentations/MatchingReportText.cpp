// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "segmentations/MatchingReportText.h"

#include "common/LocaleFormat.h"

#include <QLocale>

#include <cmath>

namespace segmenta::ui {

namespace {

QString nameAt(const std::vector<std::string> &names, int index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= names.size()) {
        return QString::number(index + 1);
    }
    return QString::fromStdString(names[static_cast<std::size_t>(index)]);
}

QString quoted(const std::vector<std::string> &names, int index)
{
    //: A segment's name in a sentence.
    return MatchingReportText::tr("“%1”").arg(nameAt(names, index));
}

/// "“A”, “B” and “C”" in the user's language (QLocale's list format).
QString joined(const std::vector<std::string> &names, const std::vector<int> &indices)
{
    QStringList parts;
    for (const int index : indices) {
        parts.append(quoted(names, index));
    }
    return QLocale().createSeparatedList(parts);
}

} // namespace

QString MatchingReportText::summary(const engine::SegmentMatchReport &report)
{
    const int kept = static_cast<int>(report.matching.kept.size());
    //: After a re-run; %1 is the earlier segmentation's name, %Ln how many segments kept their names.
    return tr("Compared with “%1”: %Ln segment(s) kept their names, colours and notes.", nullptr, kept)
        .arg(QString::fromStdString(report.matchedTo));
}

QStringList MatchingReportText::sentences(const engine::SegmentMatchReport &report)
{
    const engine::SegmentMatching &matching = report.matching;
    const bool byOverlap = matching.basis == engine::MatchingBasis::MemberOverlap;
    QStringList lines;
    if (!byOverlap) {
        //: %Ln customers are in both the earlier and the new segmentation.
        lines.append(tr("Only %Ln customer(s) are in both segmentations, so segments were matched by their "
                        "averages instead.",
            nullptr, static_cast<int>(matching.commonCustomers)));
    }
    for (const engine::KeptSegment &kept : matching.kept) {
        const QString previous = quoted(report.previousNames, kept.previous);
        const QString current = quoted(report.names, kept.current);
        if (byOverlap && std::isfinite(kept.overlapShare)) {
            //: %1 earlier segment, %2 the new one (often the same name), %3 a percentage such as "92 %".
            lines.append(tr("%1 continues as %2: %3 of its customers stayed.")
                             .arg(previous, current, LocaleFormat::percent(kept.overlapShare)));
        } else {
            lines.append(tr("%1 continues as %2.").arg(previous, current));
        }
    }
    for (const engine::SegmentSplit &split : matching.splits) {
        //: %1 an earlier segment, %2 the new segments it went to ("“A” and “B”").
        lines.append(
            tr("%1 split into %2.")
                .arg(quoted(report.previousNames, split.previous), joined(report.names, split.current)));
    }
    for (const engine::SegmentMerge &merge : matching.merges) {
        //: %1 earlier segments ("“A” and “B”"), %2 the new segment they now mostly fill.
        lines.append(
            tr("%1 merged into %2.")
                .arg(joined(report.previousNames, merge.previous), quoted(report.names, merge.current)));
    }
    for (const int segment : matching.appeared) {
        lines.append(tr("%1 is new: no earlier segment matches it.").arg(quoted(report.names, segment)));
    }
    for (const int segment : matching.vanished) {
        lines.append(byOverlap
                ? tr("%1 is gone: its customers spread over other segments.")
                      .arg(quoted(report.previousNames, segment))
                : tr("%1 is gone: no new segment matches it.").arg(quoted(report.previousNames, segment)));
    }
    return lines;
}

} // namespace segmenta::ui
