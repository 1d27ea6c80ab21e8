// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "explorer/CustomerCard.h"

#include "common/LocaleFormat.h"
#include "common/SegmentPalette.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace segmenta::ui {

namespace {

constexpr int swatchSize = 16;
constexpr int preferredWidth = 420;
constexpr int preferredHeight = 460;

} // namespace

CustomerCard::Contents CustomerCard::read(const engine::Session &session,
    const std::vector<engine::ColumnInfo> &columns, const std::vector<engine::SegmentInfo> &segments,
    std::int64_t customerRow, int segment)
{
    Contents contents;
    const auto page = session.customers(customerRow, 1);
    if (!page || page.value().keys.empty()) {
        return contents;
    }
    contents.customerRow = customerRow;
    contents.customerId = QString::fromStdString(page.value().keys.front());
    contents.columns = columns;
    contents.values = page.value().values.front();
    if (segment >= 0 && static_cast<std::size_t>(segment) < segments.size()) {
        const engine::SegmentInfo &info = segments[static_cast<std::size_t>(segment)];
        contents.segmentName = QString::fromStdString(info.name);
        contents.segmentColour = SegmentPalette::colour(segment, info.color);
    }
    return contents;
}

CustomerCard::CustomerCard(QWidget *parent)
    : QDialog(parent)
    , m_swatch(new QLabel(this))
    , m_title(new QLabel(this))
    , m_segment(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    auto *segmentRow = new QHBoxLayout();
    m_swatch->setFixedSize(swatchSize, swatchSize);
    segmentRow->addWidget(m_swatch);
    m_segment->setWordWrap(true);
    segmentRow->addWidget(m_segment, 1);
    layout->addLayout(segmentRow);

    m_table->setColumnCount(2);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(preferredWidth, preferredHeight);
    retranslate();
}

void CustomerCard::setContents(Contents contents)
{
    m_contents = std::move(contents);
    retranslate();
}

void CustomerCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void CustomerCard::retranslate()
{
    //: Title of the customer card window; %1 is the customer's id.
    setWindowTitle(tr("Customer %1").arg(m_contents.customerId));
    //: Heading of the customer card; %1 is the customer's id.
    m_title->setText(tr("Customer %1").arg(m_contents.customerId));
    const bool hasSegment = !m_contents.segmentName.isEmpty();
    //: On the customer card; %1 is the segment's name.
    m_segment->setText(hasSegment ? tr("Segment: %1").arg(m_contents.segmentName) : tr("In no segment"));
    m_swatch->setVisible(hasSegment);
    if (hasSegment) {
        const QColor colour = m_contents.segmentColour;
        m_swatch->setStyleSheet(
            QStringLiteral("background-color: %1; border: 1px solid %2; border-radius: 3px;")
                .arg(colour.name(), colour.darker(140).name()));
    }

    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Value")});
    const auto rows = static_cast<int>(std::min(m_contents.columns.size(), m_contents.values.size()));
    m_table->setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        const auto position = static_cast<std::size_t>(row);
        auto *name = new QTableWidgetItem(QString::fromStdString(m_contents.columns[position].name));
        const engine::CellValue &value = m_contents.values[position];
        auto *text = new QTableWidgetItem(std::holds_alternative<std::monostate>(value)
                //: A missing value on the customer card.
                ? tr("(no value)")
                : LocaleFormat::cell(value));
        text->setTextAlignment(
            (LocaleFormat::isNumber(value) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, text);
    }
}

} // namespace segmenta::ui
