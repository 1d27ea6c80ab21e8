// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace segmenta::ui {

class ComparisonModel;

/// The comparison heatmap: segments × variables of standardised differences, with a colour key.
class ComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonView(QWidget *parent = nullptr);

    void setProfile(const engine::SegmentationProfile &profile);
    void clear();

    ComparisonModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ComparisonModel *m_model = nullptr;
    QLabel *m_explanation = nullptr;
    QTableView *m_table = nullptr;
    QWidget *m_key = nullptr;
    QLabel *m_lowerLabel = nullptr;
    QLabel *m_higherLabel = nullptr;
};

} // namespace segmenta::ui
