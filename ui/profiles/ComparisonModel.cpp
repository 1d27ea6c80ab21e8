// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "profiles/ComparisonModel.h"

#include "common/LocaleFormat.h"
#include "common/SegmentPalette.h"
#include "profiles/ProfileText.h"

#include <QBrush>

#include <algorithm>
#include <cmath>
#include <limits>

namespace segmenta::ui {

namespace {

// ColorBrewer's blue and orange ends (RdBu / PuOr), kept apart by deuteranopes, protanopes and tritanopes.
const QColor s_below(33, 102, 172);
const QColor s_above(179, 88, 6);

QColor blend(const QColor &from, const QColor &to, double t)
{
    const auto mix = [t](int a, int b) { return static_cast<int>(std::lround(a + (b - a) * t)); };
    return QColor(mix(from.red(), to.red()), mix(from.green(), to.green()), mix(from.blue(), to.blue()));
}

} // namespace

ComparisonModel::ComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ComparisonModel::setProfile(const engine::SegmentationProfile &profile)
{
    beginResetModel();
    m_profile = profile;
    m_numericColumns.clear();
    for (std::size_t c = 0; c < m_profile.columns.size(); ++c) {
        if (m_profile.columns[c].isNumeric()) {
            m_numericColumns.push_back(c);
        }
    }
    endResetModel();
}

void ComparisonModel::clear()
{
    setProfile(engine::SegmentationProfile {});
}

void ComparisonModel::refreshTexts()
{
    if (rowCount() > 0 && columnCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_profile.segments.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_numericColumns.size());
}

double ComparisonModel::difference(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount()) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    return m_profile.segments[static_cast<std::size_t>(row)]
        .variables[m_numericColumns[static_cast<std::size_t>(column)]]
        .standardisedDifference;
}

QColor ComparisonModel::colourFor(double d)
{
    if (!std::isfinite(d)) {
        return QColor(235, 235, 235);
    }
    const double t = std::min(std::abs(d) / saturation, 1.0);
    return blend(QColor(255, 255, 255), d < 0.0 ? s_below : s_above, t);
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) {
        return QVariant();
    }
    const double d = difference(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return ProfileText::signedDifference(d);
    case Qt::BackgroundRole:
        return QBrush(colourFor(d));
    case Qt::ForegroundRole: {
        // Dark text on pale cells, white on saturated ones (perceived lightness, ITU-R BT.601 weights).
        const QColor background = colourFor(d);
        const double lightness
            = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue();
        return QBrush(lightness < 140.0 ? QColor(255, 255, 255) : QColor(20, 20, 20));
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::ToolTipRole: {
        const std::size_t column = m_numericColumns[static_cast<std::size_t>(index.column())];
        const engine::SegmentProfile &segment = m_profile.segments[static_cast<std::size_t>(index.row())];
        const engine::VariableProfile &variable = segment.variables[column];
        const QString name = QString::fromStdString(m_profile.columns[column].name);
        //: Heatmap cell tooltip. %1 segment, %2 sentence such as "Milk is much higher than average (×2.4)",
        //: %3 segment average, %4 average of all customers, %5 standardised difference such as "+1.2".
        return tr("<b>%1</b><br>%2<br>Average: %3 in this segment, %4 for all customers<br>"
                  "Difference: %5 standard deviations")
            .arg(QString::fromStdString(segment.name).toHtmlEscaped(),
                ProfileText::difference(name, d, variable.index).toHtmlEscaped(),
                LocaleFormat::statistic(variable.summary.mean),
                LocaleFormat::statistic(m_profile.overall[column].mean), ProfileText::signedDifference(d));
    }
    default:
        return QVariant();
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount()) {
            return QVariant();
        }
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            return QString::fromStdString(
                m_profile.columns[m_numericColumns[static_cast<std::size_t>(section)]].name);
        }
        return QVariant();
    }
    if (section < 0 || section >= rowCount()) {
        return QVariant();
    }
    const engine::SegmentProfile &segment = m_profile.segments[static_cast<std::size_t>(section)];
    switch (role) {
    case Qt::DisplayRole:
        return QString::fromStdString(segment.name);
    case Qt::DecorationRole:
        return SegmentPalette::colour(segment.segment, segment.color);
    case Qt::ToolTipRole:
        //: Heatmap row header tooltip; %1 number of customers, %2 share such as "18.2%".
        return tr("%1 customers (%2)")
            .arg(LocaleFormat::count(segment.size), LocaleFormat::percent(segment.share));
    default:
        return QVariant();
    }
}

} // namespace segmenta::ui
