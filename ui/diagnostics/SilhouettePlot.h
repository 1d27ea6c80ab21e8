// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QColor>
#include <QRectF>
#include <QString>
#include <QWidget>

#include <vector>

namespace segmenta::ui {

/// The classic silhouette plot (Rousseeuw 1987): for each segment a block of horizontal bars, one per scored
/// member, sorted from the highest value down and filled in the segment's colour; the blocks are stacked in
/// segment order with the segment's name and mean silhouette beside each, a dashed line marks the overall
/// mean and the axis runs from -1 to 1. Each block is painted as one filled profile (a path through the
/// members' values), so a hundred thousand members cost a few paths, not a widget or rectangle each.
class SilhouettePlot : public QWidget
{
    Q_OBJECT

public:
    explicit SilhouettePlot(QWidget *parent = nullptr);

    /// Shows @p silhouette with the names and colours of @p segments (by index).
    void setSilhouette(
        const engine::SegmentationSilhouette &silhouette, const std::vector<engine::SegmentInfo> &segments);
    void clear();
    bool hasData() const { return !m_blocks.empty(); }

    /// Blocks drawn, one per segment with scored members, in segment order.
    int blockCount() const { return static_cast<int>(m_blocks.size()); }
    /// The segment index, mean and member count of block @p block, as drawn.
    int blockSegment(int block) const { return m_blocks.at(static_cast<std::size_t>(block)).segment; }
    double blockMean(int block) const { return m_blocks.at(static_cast<std::size_t>(block)).mean; }
    qsizetype blockMemberCount(int block) const
    {
        return static_cast<qsizetype>(m_blocks.at(static_cast<std::size_t>(block)).values.size());
    }
    QColor blockColour(int block) const { return m_blocks.at(static_cast<std::size_t>(block)).colour; }
    /// Where block @p block is drawn, in widget coordinates (from the last layout of the plot).
    QRectF blockRect(int block) const;
    double overallMean() const { return m_mean; }
    /// The x pixel of silhouette value @p value on the axis (from the last layout).
    double xForValue(double value) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Block
    {
        int segment = 0;
        QString name;
        QColor colour;
        double mean = 0.0;
        std::vector<double> values; ///< descending
        QRectF rect; ///< laid out by layoutBlocks()
    };

    void layoutBlocks();
    QRectF plotArea() const;
    double labelWidth() const;

    std::vector<Block> m_blocks;
    double m_mean = 0.0;
};

} // namespace segmenta::ui
