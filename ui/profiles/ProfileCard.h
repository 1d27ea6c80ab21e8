// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QFrame>

class QGridLayout;
class QLabel;

namespace segmenta::ui {

/// One segment at a glance: colour swatch, name, size and share, what sets it apart in plain words, its
/// key numbers against all customers and the most common values of text columns.
class ProfileCard : public QFrame
{
    Q_OBJECT

public:
    /// Shows segment @p segment of @p profile; the card keeps a copy of what it needs.
    ProfileCard(const engine::SegmentationProfile &profile, int segment, QWidget *parent = nullptr);

    int segment() const { return m_segment; }
    /// The plain-words sentences shown under "What sets them apart".
    QStringList differenceSentences() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    engine::SegmentationProfile m_profile;
    int m_segment = 0;
    QLabel *m_swatch = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_size = nullptr;
    QLabel *m_notes = nullptr; ///< the user's notes on the segment; hidden when there are none
    QLabel *m_differencesTitle = nullptr;
    QLabel *m_differences = nullptr;
    QLabel *m_numbersTitle = nullptr;
    QGridLayout *m_numbers = nullptr;
    QLabel *m_valuesTitle = nullptr;
    QLabel *m_values = nullptr;
};

} // namespace segmenta::ui
