// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QStackedWidget;

namespace segmenta::ui {

class SegmentMapView;

/// Presenter mode for workshops (View › Presenter mode, F5): a full-screen window, readable from the back of
/// a room (type twice the application's size), with the segmentation's map beside one segment's card — its
/// name, size and share, share of revenue (when the project has a revenue-like column) and what sets it apart
/// in plain words — the shown segment in full colour and the others dimmed. Right, Page Down and Space step
/// to the next segment, Left and Page Up to the previous one (stopping at the ends; Left on the first segment
/// goes to the overview), Home shows the overview of all segments with their sizes, End the last segment,
/// Esc closes the window. A footer says which segment is shown ("Segment 2 of 5").
class PresenterWindow : public QWidget
{
    Q_OBJECT

public:
    /// The overview of all segments, as current().
    static constexpr int overview = -1;
    /// Type in presenter mode is this many times the application's.
    static constexpr double fontScale = 2.0;

    /// Shows @p details (with its points) on the map and starts on its first segment. The profile (revenue,
    /// differences) may come later through setProfile; until then the card says it is being worked out.
    explicit PresenterWindow(const engine::SegmentationDetails &details, QWidget *parent = nullptr);

    /// The profile of the segmentation shown (from ProfileLoader); one of another segmentation is ignored.
    void setProfile(const engine::SegmentationProfile &profile);
    QString segmentation() const;

    /// The segment shown (0-based), or overview.
    int current() const { return m_current; }
    int segmentCount() const;
    /// Shows segment @p segment (0-based) or the overview; out-of-range values are clamped.
    void showSegment(int segment);
    void showNext();
    void showPrevious();
    void showOverview();

    /// The widgets, for tests.
    SegmentMapView *mapView() const { return m_map; }
    QString cardTitle() const;
    QString footerText() const;
    /// The plain-words sentences on the current card (empty on the overview or before the profile).
    QStringList differenceSentences() const;
    /// "23.4% of revenue (Monetary (net))" on the current card; empty without a revenue column.
    QString revenueText() const;

Q_SIGNALS:
    /// The segment shown changed (0-based, or overview).
    void currentChanged(int segment);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCard();
    void updateOverview();
    void updateMapHighlight();
    /// Index into the profile's columns of the column read as revenue, or -1.
    int revenueColumn() const;

    engine::SegmentationDetails m_details;
    engine::SegmentationProfile m_profile;
    bool m_hasProfile = false;
    int m_current = 0;

    QLabel *m_title = nullptr;
    SegmentMapView *m_map = nullptr;
    QStackedWidget *m_side = nullptr;
    QWidget *m_cardPage = nullptr;
    QLabel *m_swatch = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_size = nullptr;
    QLabel *m_revenue = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_differencesTitle = nullptr;
    QLabel *m_differences = nullptr;
    QWidget *m_overviewPage = nullptr;
    QLabel *m_overviewTitle = nullptr;
    QGridLayout *m_overviewGrid = nullptr;
    QLabel *m_footer = nullptr;
    QLabel *m_keys = nullptr;
    QStringList m_sentences;
};

} // namespace segmenta::ui
