// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "profiles/ProfileCard.h"

#include "common/LocaleFormat.h"
#include "common/SegmentPalette.h"
#include "profiles/ProfileText.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayoutItem>
#include <QVBoxLayout>

#include <cmath>

namespace segmenta::ui {

namespace {

constexpr int swatchSize = 18;
constexpr int numberSpacing = 10;

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

ProfileCard::ProfileCard(const engine::SegmentationProfile &profile, int segment, QWidget *parent)
    : QFrame(parent)
    , m_profile(profile)
    , m_segment(segment)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout();
    m_swatch = new QLabel(this);
    m_swatch->setFixedSize(swatchSize, swatchSize);
    const QColor colour
        = SegmentPalette::colour(segment, profile.segments[static_cast<std::size_t>(segment)].color);
    m_swatch->setStyleSheet(QStringLiteral("background-color: %1; border: 1px solid %2; border-radius: 3px;")
                                .arg(colour.name(), colour.darker(140).name()));
    m_name = new QLabel(this);
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    m_name->setFont(nameFont);
    m_name->setWordWrap(true);
    header->addWidget(m_swatch);
    header->addWidget(m_name, 1);
    layout->addLayout(header);

    m_size = new QLabel(this);
    layout->addWidget(m_size);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    QFont notesFont = m_notes->font();
    notesFont.setItalic(true);
    m_notes->setFont(notesFont);
    layout->addWidget(m_notes);

    m_differencesTitle = sectionTitle(this);
    m_differences = new QLabel(this);
    m_differences->setWordWrap(true);
    m_differences->setTextFormat(Qt::RichText);
    layout->addSpacing(4);
    layout->addWidget(m_differencesTitle);
    layout->addWidget(m_differences);

    m_numbersTitle = sectionTitle(this);
    m_numbers = new QGridLayout();
    m_numbers->setHorizontalSpacing(numberSpacing);
    m_numbers->setVerticalSpacing(2);
    m_numbers->setColumnStretch(0, 1);
    layout->addSpacing(4);
    layout->addWidget(m_numbersTitle);
    layout->addLayout(m_numbers);

    m_valuesTitle = sectionTitle(this);
    m_values = new QLabel(this);
    m_values->setWordWrap(true);
    m_values->setTextFormat(Qt::RichText);
    layout->addSpacing(4);
    layout->addWidget(m_valuesTitle);
    layout->addWidget(m_values);
    layout->addStretch(1);
    retranslate();
}

QStringList ProfileCard::differenceSentences() const
{
    QStringList sentences;
    if (m_segment < 0 || m_segment >= static_cast<int>(m_profile.segments.size())) {
        return sentences;
    }
    const engine::SegmentProfile &segment = m_profile.segments[static_cast<std::size_t>(m_segment)];
    for (const engine::DistinguishingVariable &variable : segment.distinguishing) {
        const QString column
            = QString::fromStdString(m_profile.columns[static_cast<std::size_t>(variable.column)].name);
        sentences.append(ProfileText::difference(column, variable.standardisedDifference, variable.index));
    }
    return sentences;
}

void ProfileCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

void ProfileCard::retranslate()
{
    if (m_segment < 0 || m_segment >= static_cast<int>(m_profile.segments.size())) {
        return;
    }
    const engine::SegmentProfile &segment = m_profile.segments[static_cast<std::size_t>(m_segment)];
    m_name->setText(QString::fromStdString(segment.name));
    //: Size of a segment on its card; %1 is the number of customers, %2 their share such as "18.2%".
    m_size->setText(tr("%1 customers · %2 of all")
                        .arg(LocaleFormat::count(segment.size), LocaleFormat::percent(segment.share)));
    m_notes->setText(QString::fromStdString(segment.notes));
    m_notes->setVisible(!segment.notes.empty());

    m_differencesTitle->setText(tr("What sets them apart"));
    const QStringList sentences = differenceSentences();
    if (sentences.isEmpty()) {
        m_differences->setText(tr("No numeric columns to compare."));
    } else {
        QString list = QStringLiteral("<ul style=\"margin-left: -20px;\">");
        for (const QString &sentence : sentences) {
            list += QStringLiteral("<li>") + sentence.toHtmlEscaped() + QStringLiteral("</li>");
        }
        m_differences->setText(list + QStringLiteral("</ul>"));
    }

    // Key numbers: every numeric column, the segment's average against everyone's.
    while (QLayoutItem *item = m_numbers->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_numbersTitle->setText(tr("Key numbers (average)"));
    const auto addCell
        = [this](int row, int column, const QString &text, bool bold, Qt::Alignment alignment) {
              auto *label = new QLabel(text, this);
              label->setAlignment(alignment | (row == 0 ? Qt::AlignBottom : Qt::AlignVCenter));
              if (bold) {
                  QFont font = label->font();
                  font.setBold(true);
                  label->setFont(font);
              }
              m_numbers->addWidget(label, row, column);
              return label;
          };
    // The headings may wrap ("All / customers", "Tüm / müşteriler"): on one line they made the table wider
    // than a card in the dock, and the Index column was cut off on the right.
    addCell(0, 0, QString(), false, Qt::AlignLeft);
    addCell(0, 1, tr("This segment"), true, Qt::AlignRight)->setWordWrap(true);
    addCell(0, 2, tr("All customers"), true, Qt::AlignRight)->setWordWrap(true);
    QLabel *indexHeading = addCell(0, 3, tr("Index"), true, Qt::AlignRight);
    indexHeading->setWordWrap(true);
    indexHeading->setToolTip(tr("The segment's average divided by the average of all customers"));
    int row = 1;
    QStringList textColumns;
    for (std::size_t c = 0; c < m_profile.columns.size(); ++c) {
        const QString column = QString::fromStdString(m_profile.columns[c].name);
        const engine::VariableProfile &variable = segment.variables[c];
        if (!m_profile.columns[c].isNumeric()) {
            QStringList shares;
            for (const engine::ValueShare &share : variable.summary.topValues) {
                //: A text value and its share in a segment, e.g. "Istanbul 42%".
                shares.append(tr("%1 %2").arg(QString::fromStdString(share.value).toHtmlEscaped(),
                    LocaleFormat::percent(share.share, 0)));
            }
            if (!shares.isEmpty()) {
                textColumns.append(QStringLiteral("<b>") + column.toHtmlEscaped() + QStringLiteral("</b>: ")
                    + shares.join(QStringLiteral(", ")));
            }
            continue;
        }
        const engine::ColumnSummary &overall = m_profile.overall[c];
        QLabel *name = addCell(row, 0, column, false, Qt::AlignLeft);
        //: Tooltip of a key number; %1 the segment's median, %2 the median of all customers.
        name->setToolTip(tr("Median: %1 in this segment, %2 for all customers")
                             .arg(LocaleFormat::statistic(variable.summary.median),
                                 LocaleFormat::statistic(overall.median)));
        addCell(row, 1, LocaleFormat::statistic(variable.summary.mean), false, Qt::AlignRight);
        addCell(row, 2, LocaleFormat::statistic(overall.mean), false, Qt::AlignRight);
        QLabel *index = addCell(row, 3, ProfileText::index(variable.index), false, Qt::AlignRight);
        index->setToolTip(ProfileText::indexPhrase(variable.index));
        ++row;
    }
    m_valuesTitle->setText(tr("Most common values"));
    m_valuesTitle->setVisible(!textColumns.isEmpty());
    m_values->setVisible(!textColumns.isEmpty());
    m_values->setText(textColumns.join(QStringLiteral("<br>")));
}

} // namespace segmenta::ui
