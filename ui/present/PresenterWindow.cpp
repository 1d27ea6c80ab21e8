// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "present/PresenterWindow.h"

#include "common/LocaleFormat.h"
#include "common/SegmentPalette.h"
#include "explorer/SegmentMapView.h"
#include "profiles/ProfileText.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLegend>
#include <QScatterSeries>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>

namespace segmenta::ui {

namespace {

constexpr double nameScale = 1.6; ///< the segment's name on its card, against the presenter's type
constexpr double titleScale = 1.25; ///< the segmentation's name above the map
constexpr double hintScale = 0.6; ///< the key hints in the footer: readable up close, quiet from afar
constexpr int dimmedAlpha = 45; ///< other segments' dots while one is presented, 0..255
constexpr double mapStretch = 3.0;
constexpr double sideStretch = 2.0;
constexpr int overviewColumnsFrom = 5; ///< from this many segments the overview uses two columns
constexpr int overviewWideFrom = 11; ///< and from this many, three

/// Column names read as revenue, most telling first (English and Turkish; matched in lower case, inside
/// the name): "Monetary (net)" from a transaction import, "CLV (12 months)", or a column of the user's own.
constexpr std::array<const char *, 9> revenueNeedles
    = {"revenue", "monetary", "sales", "spend", "ciro", "gelir", "tutar", "amount", "clv"};

QFont scaled(QFont font, double factor, bool bold = false)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

QLabel *swatchLabel(const QColor &colour, int size, QWidget *parent)
{
    auto *swatch = new QLabel(parent);
    swatch->setFixedSize(size, size);
    swatch->setStyleSheet(QStringLiteral("background-color: %1; border: 2px solid %2; border-radius: 6px;")
                              .arg(colour.name(), colour.darker(140).name()));
    return swatch;
}

} // namespace

PresenterWindow::PresenterWindow(const engine::SegmentationDetails &details, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_details(details)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setFont(scaled(QApplication::font(), fontScale));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 16);
    layout->setSpacing(16);

    m_title = new QLabel(this);
    m_title->setFont(scaled(font(), titleScale, true));
    m_title->setTextFormat(Qt::PlainText);
    layout->addWidget(m_title);

    auto *body = new QHBoxLayout();
    body->setSpacing(32);
    m_map = new SegmentMapView(this);
    m_map->setFont(font()); // the names at the centroids are drawn in the view's font
    m_map->setFocusPolicy(Qt::NoFocus); // arrow keys step through segments, never scroll the chart
    m_map->setSegmentation(m_details);
    m_map->chart()->setTitle(QString());
    m_map->chart()->legend()->hide(); // the card and the overview carry the colours and names
    for (QAbstractAxis *axis : m_map->chart()->axes()) {
        axis->setLabelsFont(scaled(font(), 0.6));
        axis->setTitleFont(scaled(font(), 0.7));
    }
    body->addWidget(m_map, static_cast<int>(mapStretch));

    m_side = new QStackedWidget(this);
    m_cardPage = new QWidget(m_side);
    auto *card = new QVBoxLayout(m_cardPage);
    card->setContentsMargins(0, 0, 0, 0);
    card->setSpacing(12);
    auto *header = new QHBoxLayout();
    header->setSpacing(16);
    m_name = new QLabel(m_cardPage);
    m_name->setFont(scaled(font(), nameScale, true));
    m_name->setWordWrap(true);
    m_name->setTextFormat(Qt::PlainText);
    const int swatchSize = QFontMetrics(m_name->font()).height();
    m_swatch = swatchLabel(QColor(), swatchSize, m_cardPage);
    header->addWidget(m_swatch, 0, Qt::AlignTop);
    header->addWidget(m_name, 1);
    card->addLayout(header);
    m_size = new QLabel(m_cardPage);
    m_size->setWordWrap(true);
    card->addWidget(m_size);
    m_revenue = new QLabel(m_cardPage);
    m_revenue->setWordWrap(true);
    m_revenue->setTextFormat(Qt::PlainText);
    card->addWidget(m_revenue);
    m_notes = new QLabel(m_cardPage);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    QFont notesFont = font();
    notesFont.setItalic(true);
    m_notes->setFont(notesFont);
    card->addWidget(m_notes);
    card->addSpacing(16);
    m_differencesTitle = new QLabel(m_cardPage);
    m_differencesTitle->setFont(scaled(font(), 1.0, true));
    card->addWidget(m_differencesTitle);
    m_differences = new QLabel(m_cardPage);
    m_differences->setWordWrap(true);
    m_differences->setTextFormat(Qt::RichText);
    m_differences->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    card->addWidget(m_differences);
    card->addStretch(1);
    m_side->addWidget(m_cardPage);

    m_overviewPage = new QWidget(m_side);
    auto *overviewLayout = new QVBoxLayout(m_overviewPage);
    overviewLayout->setContentsMargins(0, 0, 0, 0);
    overviewLayout->setSpacing(16);
    m_overviewTitle = new QLabel(m_overviewPage);
    m_overviewTitle->setFont(scaled(font(), nameScale, true));
    overviewLayout->addWidget(m_overviewTitle);
    m_overviewGrid = new QGridLayout();
    m_overviewGrid->setHorizontalSpacing(16);
    m_overviewGrid->setVerticalSpacing(12);
    overviewLayout->addLayout(m_overviewGrid);
    overviewLayout->addStretch(1);
    m_side->addWidget(m_overviewPage);
    body->addWidget(m_side, static_cast<int>(sideStretch));
    layout->addLayout(body, 1);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    auto *footer = new QHBoxLayout();
    m_footer = new QLabel(this);
    m_footer->setFont(scaled(font(), 1.0, true));
    m_keys = new QLabel(this);
    m_keys->setFont(scaled(font(), hintScale));
    m_keys->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_keys->setWordWrap(true);
    QPalette hintPalette = m_keys->palette();
    hintPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_keys->setPalette(hintPalette);
    footer->addWidget(m_footer);
    footer->addWidget(m_keys, 1);
    layout->addLayout(footer);

    m_current = m_details.segments.empty() ? overview : 0;
    retranslate();
}

void PresenterWindow::setProfile(const engine::SegmentationProfile &profile)
{
    if (profile.segments.size() != m_details.segments.size()) {
        return; // of another segmentation, or of this one before an edit
    }
    m_profile = profile;
    m_hasProfile = true;
    updateCard();
    updateOverview();
}

QString PresenterWindow::segmentation() const
{
    return QString::fromStdString(m_details.info.name);
}

int PresenterWindow::segmentCount() const
{
    return static_cast<int>(m_details.segments.size());
}

void PresenterWindow::showSegment(int segment)
{
    const int clamped = std::clamp(segment, static_cast<int>(overview), segmentCount() - 1);
    if (clamped == m_current) {
        return;
    }
    m_current = clamped;
    updateCard();
    Q_EMIT currentChanged(m_current);
}

void PresenterWindow::showNext()
{
    showSegment(m_current + 1);
}

void PresenterWindow::showPrevious()
{
    showSegment(m_current - 1);
}

void PresenterWindow::showOverview()
{
    showSegment(overview);
}

QString PresenterWindow::cardTitle() const
{
    return m_current == overview ? m_overviewTitle->text() : m_name->text();
}

QString PresenterWindow::footerText() const
{
    return m_footer->text();
}

QStringList PresenterWindow::differenceSentences() const
{
    return m_sentences;
}

QString PresenterWindow::revenueText() const
{
    return m_revenue->isVisibleTo(this) ? m_revenue->text() : QString();
}

void PresenterWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        showNext();
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        showPrevious();
        return;
    case Qt::Key_Home:
        showOverview();
        return;
    case Qt::Key_End:
        showSegment(segmentCount() - 1);
        return;
    case Qt::Key_Escape:
        close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresenterWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void PresenterWindow::retranslate()
{
    setWindowTitle(tr("Presenter mode — %1").arg(segmentation()));
    m_title->setText(segmentation());
    m_differencesTitle->setText(tr("What sets them apart"));
    m_overviewTitle->setText(tr("All segments"));
    //: Key hints in the presenter's footer.
    m_keys->setText(tr("→ next · ← previous · Home all segments · Esc leave"));
    updateCard();
    updateOverview();
}

int PresenterWindow::revenueColumn() const
{
    if (!m_hasProfile) {
        return -1;
    }
    for (const char *needle : revenueNeedles) {
        for (std::size_t c = 0; c < m_profile.columns.size(); ++c) {
            const QString name = QString::fromStdString(m_profile.columns[c].name).toLower();
            const engine::ColumnSummary &overall = m_profile.overall[c];
            if (m_profile.columns[c].isNumeric() && name.contains(QLatin1String(needle))
                && std::isfinite(overall.mean) && overall.mean > 0.0 && overall.valueCount > 0) {
                return static_cast<int>(c);
            }
        }
    }
    return -1;
}

void PresenterWindow::updateCard()
{
    const int count = segmentCount();
    if (m_current == overview) {
        m_side->setCurrentWidget(m_overviewPage);
        //: Footer of presenter mode on the overview; %n is the number of segments.
        m_footer->setText(tr("All %n segments", nullptr, count));
        m_sentences.clear();
        updateMapHighlight();
        return;
    }
    m_side->setCurrentWidget(m_cardPage);
    const auto index = static_cast<std::size_t>(m_current);
    const engine::SegmentInfo &segment = m_details.segments[index];
    //: Footer of presenter mode; %1 is the segment's number, %2 how many segments there are.
    m_footer->setText(
        tr("Segment %1 of %2").arg(LocaleFormat::count(m_current + 1), LocaleFormat::count(count)));
    const QColor colour = SegmentPalette::colour(m_current, segment.color);
    m_swatch->setStyleSheet(QStringLiteral("background-color: %1; border: 2px solid %2; border-radius: 6px;")
                                .arg(colour.name(), colour.darker(140).name()));
    m_name->setText(QString::fromStdString(segment.name));
    //: Size of a segment in presenter mode; %1 the number of customers, %2 their share such as "18.2%".
    m_size->setText(tr("%Ln customer(s) · %1 of all customers", nullptr, static_cast<int>(segment.size))
                        .arg(LocaleFormat::percent(segment.share)));
    m_notes->setText(QString::fromStdString(segment.notes));
    m_notes->setVisible(!segment.notes.empty());

    m_sentences.clear();
    const int revenue = revenueColumn();
    m_revenue->setVisible(revenue >= 0);
    if (!m_hasProfile) {
        m_differences->setText(tr("Working out what sets this segment apart…"));
        updateMapHighlight();
        return;
    }
    const engine::SegmentProfile &profile = m_profile.segments[index];
    if (revenue >= 0) {
        const auto column = static_cast<std::size_t>(revenue);
        const engine::ColumnSummary &overall = m_profile.overall[column];
        const engine::ColumnSummary &own = profile.variables[column].summary;
        const double total = overall.mean * static_cast<double>(overall.valueCount);
        const double share = own.valueCount > 0 && std::isfinite(own.mean)
            ? own.mean * static_cast<double>(own.valueCount) / total
            : 0.0;
        //: In presenter mode; %1 the segment's share of all revenue such as "42.0%", %2 the column it is
        //: read from (e.g. "Monetary (net)").
        m_revenue->setText(
            tr("%1 of revenue (%2)")
                .arg(LocaleFormat::percent(share), QString::fromStdString(m_profile.columns[column].name)));
    }
    for (const engine::DistinguishingVariable &variable : profile.distinguishing) {
        const QString column
            = QString::fromStdString(m_profile.columns[static_cast<std::size_t>(variable.column)].name);
        m_sentences.append(ProfileText::difference(column, variable.standardisedDifference, variable.index));
    }
    if (m_sentences.isEmpty()) {
        m_differences->setText(tr("No numeric columns to compare."));
    } else {
        QString list = QStringLiteral("<ul style=\"margin-left: -24px;\">");
        for (const QString &sentence : m_sentences) {
            list += QStringLiteral("<li style=\"margin-bottom: 8px;\">") + sentence.toHtmlEscaped()
                + QStringLiteral("</li>");
        }
        m_differences->setText(list + QStringLiteral("</ul>"));
    }
    updateMapHighlight();
}

void PresenterWindow::updateOverview()
{
    while (QLayoutItem *item = m_overviewGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int count = segmentCount();
    const int columns = count >= overviewWideFrom ? 3 : (count >= overviewColumnsFrom ? 2 : 1);
    // More segments, smaller entries, so that all of them fit beside the map.
    const double entryScale = columns == 1 ? 1.0 : (columns == 2 ? 0.8 : 0.65);
    const int revenue = revenueColumn();
    for (int s = 0; s < count; ++s) {
        const engine::SegmentInfo &segment = m_details.segments[static_cast<std::size_t>(s)];
        auto *entry = new QFrame(m_overviewPage);
        entry->setFrameShape(QFrame::StyledPanel);
        auto *entryLayout = new QGridLayout(entry);
        entryLayout->setHorizontalSpacing(10);
        auto *name = new QLabel(QString::fromStdString(segment.name), entry);
        name->setFont(scaled(font(), entryScale, true));
        name->setTextFormat(Qt::PlainText);
        name->setWordWrap(true);
        QString line = tr("%Ln customer(s) · %1", nullptr, static_cast<int>(segment.size))
                           .arg(LocaleFormat::percent(segment.share));
        if (revenue >= 0 && m_hasProfile) {
            const auto column = static_cast<std::size_t>(revenue);
            const engine::ColumnSummary &overall = m_profile.overall[column];
            const engine::ColumnSummary &own
                = m_profile.segments[static_cast<std::size_t>(s)].variables[column].summary;
            const double share = own.valueCount > 0 && std::isfinite(own.mean)
                ? own.mean * static_cast<double>(own.valueCount)
                    / (overall.mean * static_cast<double>(overall.valueCount))
                : 0.0;
            //: Overview entry in presenter mode: the segment's share of revenue, e.g. "42.0% of revenue".
            line += QStringLiteral("\n") + tr("%1 of revenue").arg(LocaleFormat::percent(share));
        }
        auto *size = new QLabel(line, entry);
        size->setFont(scaled(font(), entryScale * 0.85));
        size->setWordWrap(true);
        const int swatch = QFontMetrics(name->font()).height();
        entryLayout->addWidget(
            swatchLabel(SegmentPalette::colour(s, segment.color), swatch, entry), 0, 0, Qt::AlignTop);
        entryLayout->addWidget(name, 0, 1);
        entryLayout->addWidget(size, 1, 1);
        entryLayout->setColumnStretch(1, 1);
        m_overviewGrid->addWidget(entry, s / columns, s % columns);
    }
}

void PresenterWindow::updateMapHighlight()
{
    const QList<QAbstractSeries *> series = m_map->chart()->series();
    const int count = std::min(static_cast<int>(series.size()), m_map->seriesCount());
    for (int s = 0; s < count; ++s) {
        auto *scatter = qobject_cast<QScatterSeries *>(series[s]);
        if (scatter == nullptr) {
            continue;
        }
        const std::string stored
            = s < segmentCount() ? m_details.segments[static_cast<std::size_t>(s)].color : std::string();
        QColor colour = SegmentPalette::colour(s, stored);
        QColor border = colour.darker(130);
        if (m_current != overview && s != m_current) {
            colour.setAlpha(dimmedAlpha);
            border.setAlpha(dimmedAlpha);
        }
        scatter->setColor(colour);
        scatter->setBorderColor(border);
    }
}

} // namespace segmenta::ui
