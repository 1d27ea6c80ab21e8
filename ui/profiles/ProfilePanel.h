// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QScrollArea>

#include <vector>

class QGridLayout;
class QLabel;

namespace segmenta::ui {

class ProfileCard;

/// The segment profile cards, side by side as the width allows, in a scrollable area.
class ProfilePanel : public QScrollArea
{
    Q_OBJECT

public:
    /// Cards are at least this wide; the panel fits as many per row as its width allows.
    static constexpr int cardWidth = 400;

    explicit ProfilePanel(QWidget *parent = nullptr);

    void setProfile(const engine::SegmentationProfile &profile);
    void clear();
    /// Clears the cards and says that profiles are being worked out (they arrive with setProfile).
    void showLoading();

    int cardCount() const { return static_cast<int>(m_cards.size()); }
    /// The panel width at which the widest card shows whole next to the vertical scroll bar.
    int widthForCards() const;
    ProfileCard *card(int index) const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void arrange();
    void fitWidthToCards();
    void retranslate();

    QWidget *m_content = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_emptyLabel = nullptr;
    bool m_loading = false;
    std::vector<ProfileCard *> m_cards;
    int m_columns = 0;
};

} // namespace segmenta::ui
