// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;

namespace segmenta::ui {

class SegmentMapView;

/// "Colour by" and "Size by" above the segment map: colour by segment (the default) or by a numeric
/// customer column on a sequential ramp, and size by a numeric column. The choice stays when the map shows
/// another segmentation, as long as the column exists.
class MapStyleBar : public QWidget
{
    Q_OBJECT

public:
    MapStyleBar(SegmentMapView *map, QWidget *parent = nullptr);

    /// The project whose numeric columns are offered (nullptr: none). Reads them again.
    void setSession(std::shared_ptr<const engine::Session> session);

    QComboBox *colourChoice() const { return m_colour; }
    QComboBox *sizeChoice() const { return m_size; }
    /// Chooses by column name; an empty name: by segment (colour) or one size for all.
    void setColourColumn(const QString &column);
    void setSizeColumn(const QString &column);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshColumns();
    void apply();
    std::vector<double> valuesOf(const QString &column) const;

    SegmentMapView *m_map = nullptr;
    std::shared_ptr<const engine::Session> m_session;
    QStringList m_columns; ///< numeric columns of the project, in table order
    QLabel *m_colourLabel = nullptr;
    QComboBox *m_colour = nullptr;
    QLabel *m_sizeLabel = nullptr;
    QComboBox *m_size = nullptr;
};

} // namespace segmenta::ui
