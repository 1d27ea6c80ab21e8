// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "profiles/ProfilePanel.h"

#include "profiles/ProfileCard.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>

namespace segmenta::ui {

ProfilePanel::ProfilePanel(QWidget *parent)
    : QScrollArea(parent)
    , m_content(new QWidget(this))
    , m_grid(new QGridLayout(m_content))
    , m_emptyLabel(new QLabel(m_content))
{
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_grid->setSpacing(10);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_grid->addWidget(m_emptyLabel, 0, 0);
    setWidget(m_content);
    retranslate();
}

void ProfilePanel::clear()
{
    for (ProfileCard *card : m_cards) {
        m_grid->removeWidget(card);
        delete card;
    }
    m_cards.clear();
    m_columns = 0;
    m_loading = false;
    retranslate();
    m_emptyLabel->show();
}

void ProfilePanel::showLoading()
{
    clear();
    m_loading = true;
    retranslate();
}

void ProfilePanel::setProfile(const engine::SegmentationProfile &profile)
{
    clear();
    for (std::size_t s = 0; s < profile.segments.size(); ++s) {
        m_cards.push_back(new ProfileCard(profile, static_cast<int>(s), m_content));
    }
    m_emptyLabel->setVisible(m_cards.empty());
    fitWidthToCards();
    arrange();
}

int ProfilePanel::widthForCards() const
{
    int widest = 0;
    for (const ProfileCard *card : m_cards) {
        widest = std::max(widest, card->minimumSizeHint().width());
    }
    const QMargins margins = m_grid->contentsMargins();
    return widest + margins.left() + margins.right() + verticalScrollBar()->sizeHint().width()
        + 2 * frameWidth();
}

void ProfilePanel::fitWidthToCards()
{
    // The horizontal scroll bar is off, so content wider than the viewport would be cut off on the right:
    // the panel (and the dock around it) is at least as wide as the widest card needs, in any language.
    setMinimumWidth(std::max(cardWidth, widthForCards()));
}

ProfileCard *ProfilePanel::card(int index) const
{
    return index >= 0 && index < cardCount() ? m_cards[static_cast<std::size_t>(index)] : nullptr;
}

void ProfilePanel::arrange()
{
    if (m_cards.empty()) {
        return;
    }
    const int available
        = viewport()->width() - m_grid->contentsMargins().left() - m_grid->contentsMargins().right();
    const int columns = std::clamp(
        available / (cardWidth + m_grid->horizontalSpacing()), 1, static_cast<int>(m_cards.size()));
    if (columns == m_columns) {
        return;
    }
    m_columns = columns;
    for (ProfileCard *card : m_cards) {
        m_grid->removeWidget(card);
    }
    for (int column = 0; column < m_grid->columnCount(); ++column) {
        m_grid->setColumnStretch(column, 0);
    }
    for (std::size_t i = 0; i < m_cards.size(); ++i) {
        const int index = static_cast<int>(i);
        m_grid->addWidget(m_cards[i], index / columns, index % columns, Qt::AlignTop);
    }
    for (int column = 0; column < columns; ++column) {
        m_grid->setColumnStretch(column, 1);
    }
    m_grid->setRowStretch(static_cast<int>((m_cards.size() + static_cast<std::size_t>(columns) - 1)
                              / static_cast<std::size_t>(columns)),
        1);
}

void ProfilePanel::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    arrange();
}

void ProfilePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The cards retranslate on their own LanguageChange, in no set order with this one.
        QTimer::singleShot(0, this, &ProfilePanel::fitWidthToCards);
    }
    QScrollArea::changeEvent(event);
}

void ProfilePanel::retranslate()
{
    m_emptyLabel->setText(
        m_loading ? tr("Working out what sets each segment apart…") : tr("No segments to describe yet."));
}

} // namespace segmenta::ui
