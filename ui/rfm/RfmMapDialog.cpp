// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "rfm/RfmMapDialog.h"

#include "common/ErrorPresenter.h"
#include "common/LocaleFormat.h"
#include "common/SegmentPalette.h"
#include "jobs/PromiseProgress.h"
#include "rfm/RfmGridWidget.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace segmenta::ui {

namespace {

constexpr int bins = 5;
const QDate epoch(1970, 1, 1);

bool turkishInterface()
{
    return QLocale().language() == QLocale::Turkish;
}

int cellIndex(int recency, int frequency)
{
    return (recency - 1) * bins + (frequency - 1);
}

} // namespace

RfmMapDialog::RfmMapDialog(const QString &projectPath, QWidget *parent)
    : QDialog(parent)
    , m_projectPath(projectPath)
{
    m_pool.setMaxThreadCount(1); // recounts run in order; a stale one is dropped when it comes back
    buildLayout();
    retranslate();
    connect(&m_runWatcher, &QFutureWatcher<RfmJobOutcome>::finished, this, &RfmMapDialog::handleRun);
    selectPreset(QStringLiteral("rf11"));
}

RfmMapDialog::~RfmMapDialog()
{
    m_runWatcher.cancel();
    m_runWatcher.waitForFinished();
    m_pool.waitForDone();
}

void RfmMapDialog::buildLayout()
{
    m_preset = new QComboBox(this);
    for (const engine::RfmMapPreset &preset : engine::Session::rfmMapPresets()) {
        m_preset->addItem(QString(), QString::fromStdString(preset.key));
    }
    m_presetLabel = new QLabel(this);
    m_presetLabel->setBuddy(m_preset);
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_dateLabel = new QLabel(this);
    m_dateLabel->setBuddy(m_date);
    m_scoringLabel = new QLabel(this);

    auto *top = new QGridLayout;
    top->addWidget(m_presetLabel, 0, 0);
    top->addWidget(m_preset, 0, 1, 1, 2);
    top->addWidget(m_dateLabel, 1, 0);
    top->addWidget(m_date, 1, 1);
    top->addWidget(m_scoringLabel, 2, 0, 1, 3);
    for (int d = 0; d < 3; ++d) {
        m_dimensionLabels[d] = new QLabel(this);
        m_methods[d] = new QComboBox(this);
        m_methods[d]->addItems({QString(), QString()});
        m_thresholds[d] = new QLineEdit(this);
        m_thresholds[d]->setEnabled(false);
        top->addWidget(m_dimensionLabels[d], 3 + d, 0);
        top->addWidget(m_methods[d], 3 + d, 1);
        top->addWidget(m_thresholds[d], 3 + d, 2);
        connect(m_methods[d], &QComboBox::currentIndexChanged, this, [this, d](int index) {
            m_thresholds[d]->setEnabled(index == 1);
            scoringChanged();
        });
        connect(m_thresholds[d], &QLineEdit::editingFinished, this, &RfmMapDialog::scoringChanged);
    }
    top->setColumnStretch(2, 1);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_loading && index >= 0) {
            selectPreset(m_preset->itemData(index).toString());
        }
    });
    connect(m_date, &QDateEdit::dateChanged, this, &RfmMapDialog::scoringChanged);

    m_grid = new RfmGridWidget(this);
    m_segmentsLabel = new QLabel(this);
    m_segmentList = new QListWidget(this);
    m_segmentList->setMinimumWidth(300);
    m_segmentList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_segmentList->setTextElideMode(Qt::ElideMiddle);
    m_assignButton = new QPushButton(this);
    m_otherButton = new QPushButton(this);
    m_addButton = new QPushButton(this);
    m_renameButton = new QPushButton(this);
    m_removeButton = new QPushButton(this);
    auto *side = new QVBoxLayout;
    side->addWidget(m_segmentsLabel);
    side->addWidget(m_segmentList, 1);
    side->addWidget(m_assignButton);
    side->addWidget(m_otherButton);
    auto *editRow = new QHBoxLayout;
    editRow->addWidget(m_addButton);
    editRow->addWidget(m_renameButton);
    editRow->addWidget(m_removeButton);
    side->addLayout(editRow);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_grid, 1);
    middle->addLayout(side);

    connect(m_assignButton, &QPushButton::clicked, this,
        [this] { assignCells(m_grid->selectedCells(), m_segmentList->currentRow()); });
    connect(m_otherButton, &QPushButton::clicked, this, [this] { assignCells(m_grid->selectedCells(), -1); });
    connect(m_segmentList, &QListWidget::itemDoubleClicked, this,
        [this] { assignCells(m_grid->selectedCells(), m_segmentList->currentRow()); });
    connect(m_addButton, &QPushButton::clicked, this, &RfmMapDialog::addSegment);
    connect(m_renameButton, &QPushButton::clicked, this, &RfmMapDialog::renameSegment);
    connect(m_removeButton, &QPushButton::clicked, this, &RfmMapDialog::removeSegment);
    const auto updateButtons = [this] {
        const bool cells = !m_grid->selectedCells().isEmpty();
        const bool segment = m_segmentList->currentRow() >= 0;
        m_assignButton->setEnabled(cells && segment);
        m_otherButton->setEnabled(cells);
        m_renameButton->setEnabled(segment);
        m_removeButton->setEnabled(segment);
    };
    connect(m_grid, &RfmGridWidget::selectionChanged, this, updateButtons);
    connect(m_segmentList, &QListWidget::currentRowChanged, this, updateButtons);
    updateButtons();

    m_coverage = new QLabel(this);
    m_coverage->setWordWrap(true);
    m_ties = new QLabel(this);
    m_ties->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_nameLabel->setBuddy(m_name);
    auto *buttons = new QDialogButtonBox(this);
    m_runButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    connect(m_runButton, &QPushButton::clicked, this, &RfmMapDialog::startRun);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_nameLabel);
    bottom->addWidget(m_name, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(m_coverage);
    layout->addWidget(m_ties);
    layout->addWidget(m_status);
    layout->addLayout(bottom);
    resize(1100, 760);
}

void RfmMapDialog::retranslate()
{
    setWindowTitle(tr("RFM map"));
    m_presetLabel->setText(tr("&Start from:"));
    const std::vector<engine::RfmMapPreset> &presets = engine::Session::rfmMapPresets();
    for (int i = 0; i < m_preset->count(); ++i) {
        const QString key = m_preset->itemData(i).toString();
        QString title = QString::fromStdString(presets[static_cast<std::size_t>(i)].title);
        if (key == QLatin1String("rf11")) {
            title = tr("11 segments on R × F (Champions … Lost)");
        } else if (key == QLatin1String("rf10")) {
            title = tr("10 segments on R × F (the classic map, without Lost)");
        } else if (key == QLatin1String("simple6")) {
            title = tr("6 segments on R × F (a simple map for a first look)");
        }
        m_preset->setItemText(i, title);
    }
    m_dateLabel->setText(tr("&Analysis date:"));
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    m_date->setToolTip(tr("Recency counts the days up to this date; later purchases are left out. "
                          "Shown first: the day after the last purchase."));
    m_scoringLabel->setText(tr("Scores 1–5 per measure:"));
    const QStringList dimensions = {
        tr("Recency (days since the last purchase)"), tr("Frequency (orders)"), tr("Monetary (net spend)")};
    for (int d = 0; d < 3; ++d) {
        m_dimensionLabels[d]->setText(dimensions[d]);
        m_methods[d]->setItemText(0, tr("Quintiles (fifths of the customers)"));
        m_methods[d]->setItemText(1, tr("My thresholds"));
        m_thresholds[d]->setPlaceholderText(d == 0 ? tr("4 limits in days, e.g. 14; 30; 90; 180")
                                                   : tr("4 limits, lowest first, e.g. 2; 3; 5; 10"));
    }
    m_segmentsLabel->setText(tr("Segments (select cells on the grid, then a segment):"));
    m_assignButton->setText(tr("Put selected cells &in this segment"));
    m_otherButton->setText(tr("Leave selected cells &out (Other)"));
    m_addButton->setText(tr("&Add…"));
    m_renameButton->setText(tr("Re&name…"));
    m_removeButton->setText(tr("Remo&ve"));
    m_nameLabel->setText(tr("Segmentation &name:"));
    m_name->setPlaceholderText(tr("RFM 1, RFM 2, … when left empty"));
    m_runButton->setText(tr("&Run and save"));
    refreshSegmentList();
    refreshTexts();
    m_grid->update();
}

void RfmMapDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

bool RfmMapDialog::selectPreset(const QString &key)
{
    const std::optional<engine::RfmMap> map = engine::rfmPreset(key.toStdString());
    if (!map) {
        return false;
    }
    m_loading = true;
    m_preset->setCurrentIndex(m_preset->findData(key));
    m_loading = false;
    loadMap(*map);
    recount(m_scores == nullptr);
    return true;
}

void RfmMapDialog::loadMap(const engine::RfmMap &map)
{
    m_mapName = QString::fromStdString(map.name);
    m_segments.clear();
    for (std::size_t s = 0; s < map.segments.size(); ++s) {
        EditSegment segment;
        segment.definition = map.segments[s];
        segment.colour = SegmentPalette::colour(static_cast<int>(s), segment.definition.color);
        for (const engine::RfmRectangle &rectangle : segment.definition.rectangles) {
            for (int r = rectangle.recency.low; r <= rectangle.recency.high; ++r) {
                for (int f = rectangle.frequency.low; f <= rectangle.frequency.high; ++f) {
                    segment.cells.insert(cellIndex(r, f));
                }
            }
        }
        segment.definition.rectangles.clear();
        m_segments.push_back(std::move(segment));
    }
    m_grid->clearSelection();
    refreshSegmentList();
}

engine::RfmMap RfmMapDialog::buildMap(std::vector<int> *indices) const
{
    engine::RfmMap map;
    map.name = m_mapName.toStdString();
    for (std::size_t s = 0; s < m_segments.size(); ++s) {
        const EditSegment &segment = m_segments[s];
        if (segment.cells.isEmpty()) {
            continue;
        }
        engine::RfmSegmentDefinition definition = segment.definition;
        definition.color = segment.colour.name().toUpper().toStdString();
        for (int r = 1; r <= bins; ++r) { // one rectangle per run of cells along a row
            for (int f = 1; f <= bins; ++f) {
                if (!segment.cells.contains(cellIndex(r, f))) {
                    continue;
                }
                int end = f;
                while (end < bins && segment.cells.contains(cellIndex(r, end + 1))) {
                    ++end;
                }
                definition.rectangles.push_back({{r, r}, {f, end}, std::nullopt});
                f = end;
            }
        }
        map.segments.push_back(std::move(definition));
        if (indices) {
            indices->push_back(static_cast<int>(s));
        }
    }
    return map;
}

engine::RfmParams RfmMapDialog::scoringParameters(QString *problem) const
{
    engine::RfmParams params;
    params.bins = bins;
    if (m_scores) {
        params.analysisDay = epoch.daysTo(m_date->date());
    }
    const QLocale locale;
    for (int d = 0; d < 3; ++d) {
        engine::RfmDimensionScoring &scoring = d == 0 ? params.recency
            : d == 1                                  ? params.frequency
                                                      : params.monetary;
        if (m_methods[d]->currentIndex() != 1) {
            continue;
        }
        scoring.method = engine::RfmScoringMethod::Thresholds;
        // Limits are separated by ";" or spaces, and by "," where the comma is not the decimal mark.
        const QString separators = locale.decimalPoint() == QLatin1String(",") ? QStringLiteral("[;\\s]+")
                                                                               : QStringLiteral("[;,\\s]+");
        const QStringList parts
            = m_thresholds[d]->text().split(QRegularExpression(separators), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            bool ok = false;
            const double value = locale.toDouble(part, &ok);
            if (!ok && problem) {
                *problem = tr("“%1” is not a number.").arg(part);
            }
            scoring.thresholds.push_back(value);
        }
    }
    if (problem && problem->isEmpty()) {
        if (const std::vector<engine::Error> errors = engine::validate(params); !errors.empty()) {
            *problem = ErrorPresenter::message(errors.front());
        }
    }
    return params;
}

void RfmMapDialog::scoringChanged()
{
    if (!m_loading) {
        recount(true);
    }
}

void RfmMapDialog::recount(bool rescore)
{
    QString problem;
    const engine::RfmParams params = scoringParameters(&problem);
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    m_status->clear();
    std::vector<int> indices;
    const engine::RfmMap map = buildMap(&indices);
    const int generation = ++m_generation;
    std::shared_ptr<const engine::RfmScores> scores = rescore ? nullptr : m_scores;
    ++m_pending;
    m_grid->setStale(true);
    auto *watcher = new QFutureWatcher<RfmJobOutcome>(this);
    connect(watcher, &QFutureWatcher<RfmJobOutcome>::finished, this, [this, watcher, indices] {
        --m_pending;
        RfmJobOutcome outcome = watcher->result();
        watcher->deleteLater();
        if (outcome.generation != m_generation) {
            return; // the map or the scoring changed since: a newer recount is on its way
        }
        for (engine::RfmGridCell &cell : outcome.grid.cells) { // back to m_segments' indices
            cell.segment = cell.segment >= 0 ? indices[static_cast<std::size_t>(cell.segment)] : -1;
            for (int &segment : cell.segments) {
                segment = indices[static_cast<std::size_t>(segment)];
            }
        }
        handleCounts(outcome);
    });
    const QString path = m_projectPath;
    watcher->setFuture(QtConcurrent::run(&m_pool, [path, params, map, generation, scores]() {
        RfmJobOutcome outcome;
        outcome.generation = generation;
        outcome.scores = scores;
        if (!outcome.scores) {
            auto session = engine::Session::openProject(path.toStdString());
            if (!session) {
                outcome.error = session.error();
                return outcome;
            }
            engine::NullProgress progress;
            auto scored = session->scoreRfm(params, progress);
            if (!scored) {
                outcome.error = scored.error();
                return outcome;
            }
            outcome.scores = std::make_shared<const engine::RfmScores>(std::move(scored).value());
        }
        if (map.segments.empty()) { // every cell is Other: count under a map of one segment, then drop it
            engine::RfmMap all;
            all.segments.push_back({"all", "all", {}, {}, {}, {{{1, bins}, {1, bins}, std::nullopt}}});
            outcome.grid = engine::rfmGrid(*outcome.scores, all);
            for (engine::RfmGridCell &cell : outcome.grid.cells) {
                cell.segment = -1;
                cell.segments.clear();
            }
        } else {
            outcome.grid = engine::rfmGrid(*outcome.scores, map);
        }
        return outcome;
    }));
}

void RfmMapDialog::handleCounts(const RfmJobOutcome &outcome)
{
    if (outcome.error) {
        m_status->setText(ErrorPresenter::message(*outcome.error));
        m_grid->setStale(false);
        return;
    }
    const bool firstScores = m_scores == nullptr;
    m_scores = outcome.scores;
    m_counts = outcome.grid;
    if (firstScores) {
        m_loading = true;
        m_date->setDate(epoch.addDays(m_scores->analysisDay));
        m_loading = false;
    }
    std::vector<QColor> colours;
    QStringList names;
    for (const EditSegment &segment : m_segments) {
        colours.push_back(segment.colour);
        names.append(displayName(segment.definition));
    }
    m_grid->setGrid(m_counts, colours, names);
    refreshSegmentList();
    refreshTexts();
}

QString RfmMapDialog::displayName(const engine::RfmSegmentDefinition &definition) const
{
    return QString::fromStdString(
        turkishInterface() && !definition.turkishName.empty() ? definition.turkishName : definition.name);
}

QString RfmMapDialog::bandText(int dimension, const engine::RfmBand &band) const
{
    if (!band.minimum || !band.maximum) {
        return tr("nobody");
    }
    const auto value = [dimension](double v) {
        return dimension == 2 ? LocaleFormat::decimal(v, 0)
                              : LocaleFormat::count(static_cast<std::int64_t>(std::lround(v)));
    };
    const QString low = value(*band.minimum);
    const QString high = value(*band.maximum);
    // Recency: R5 holds the fewest days; F and M: the top score holds the most.
    const bool best = band.score == bins && low != high;
    const bool worst = band.score == 1 && low != high;
    QString range;
    if (dimension == 0) {
        range = best      ? tr("≤ %1").arg(high)
            : worst       ? tr("≥ %1").arg(low)
            : low == high ? low
                          : tr("%1–%2").arg(low, high);
        return tr("%1 days").arg(range);
    }
    range = best      ? tr("≥ %1").arg(low)
        : worst       ? tr("≤ %1").arg(high)
        : low == high ? low
                      : tr("%1–%2").arg(low, high);
    if (dimension == 1 && range == LocaleFormat::count(1)) {
        return tr("1 order");
    }
    return dimension == 1 ? tr("%1 orders").arg(range) : range;
}

void RfmMapDialog::refreshSegmentList()
{
    const int current = m_segmentList->currentRow();
    m_segmentList->clear();
    std::vector<std::int64_t> counts(m_segments.size(), 0);
    std::int64_t other = 0;
    for (const engine::RfmGridCell &cell : m_counts.cells) {
        if (cell.segment >= 0 && static_cast<std::size_t>(cell.segment) < counts.size()) {
            counts[static_cast<std::size_t>(cell.segment)] += cell.customerCount;
        } else {
            other += cell.customerCount;
        }
    }
    for (std::size_t s = 0; s < m_segments.size(); ++s) {
        QPixmap swatch(14, 14);
        swatch.fill(m_segments[s].colour);
        //: A segment in the RFM map's legend: %1 its name, %2 customers, %3 cells.
        const qsizetype cells = m_segments[s].cells.size();
        //: A segment in the RFM map's legend: %1 its name, %2 its customers.
        const QString text = tr("%1 — %2 customers")
                                 .arg(displayName(m_segments[s].definition), LocaleFormat::count(counts[s]));
        const QString cellText
            = cells == 1 ? tr("1 cell of the grid") : tr("%1 cells of the grid").arg(QString::number(cells));
        auto *item = new QListWidgetItem(QIcon(swatch), text);
        item->setToolTip(
            cellText + QLatin1Char('\n') + QString::fromStdString(m_segments[s].definition.description));
        m_segmentList->addItem(item);
    }
    QPixmap grey(14, 14);
    grey.fill(QColor(0xE0, 0xE0, 0xE0));
    auto *otherItem
        = new QListWidgetItem(QIcon(grey), tr("Other — %1 customers").arg(LocaleFormat::count(other)));
    otherItem->setFlags(Qt::ItemIsEnabled);
    m_segmentList->addItem(otherItem);
    m_segmentList->setCurrentRow(std::min(current, static_cast<int>(m_segments.size()) - 1));
}

void RfmMapDialog::refreshTexts()
{
    if (!m_scores) {
        m_coverage->setText(tr("Scoring the customers…"));
        m_ties->clear();
        return;
    }
    m_coverage->setText(coverageText());
    m_ties->setText(tieText());
    std::array<QStringList, 2> bands;
    for (int d = 0; d < 2; ++d) {
        for (const engine::RfmBand &band : m_scores->dimensions[static_cast<std::size_t>(d)].bands) {
            bands[static_cast<std::size_t>(d)].append(bandText(d, band));
        }
    }
    m_grid->setBands(bands[0], bands[1]);
}

QString RfmMapDialog::coverageText() const
{
    if (!m_scores || m_counts.cells.empty()) {
        return QString();
    }
    int unassigned = 0;
    std::int64_t otherCustomers = 0;
    QStringList overlaps;
    for (const engine::RfmGridCell &cell : m_counts.cells) {
        if (cell.segments.empty()) {
            ++unassigned;
            otherCustomers += cell.customerCount;
        } else if (cell.segments.size() > 1) {
            overlaps.append(QString::fromStdString(engine::rfmCellLabel(cell.recency, cell.frequency)));
        }
    }
    QStringList sentences;
    if (unassigned == 0 && overlaps.isEmpty()) {
        sentences.append(tr("Every one of the %1 cells belongs to exactly one segment.").arg(bins * bins));
    }
    if (unassigned == 1) {
        sentences.append(tr("1 cell belongs to no segment: its %1 customers are counted as Other.")
                             .arg(LocaleFormat::count(otherCustomers)));
    } else if (unassigned > 1) {
        sentences.append(tr("%1 cells belong to no segment: their %2 customers are counted as Other.")
                             .arg(QString::number(unassigned), LocaleFormat::count(otherCustomers)));
    }
    if (!overlaps.isEmpty()) {
        sentences.append(
            tr("These cells are in more than one segment: %1. The first segment in the list wins.")
                .arg(overlaps.join(QStringLiteral(", "))));
    }
    if (m_scores->unscoredCount > 0) {
        sentences.append(tr("%1 customers bought nothing up to the analysis date and get no segment.")
                             .arg(LocaleFormat::count(m_scores->unscoredCount)));
    }
    return sentences.join(QLatin1Char(' '));
}

QString RfmMapDialog::tieText() const
{
    if (!m_scores) {
        return QString();
    }
    const QStringList letters = {QStringLiteral("R"), QStringLiteral("F"), QStringLiteral("M")};
    const QStringList names = {tr("Recency"), tr("Frequency"), tr("Monetary")};
    QStringList sentences;
    for (std::size_t d = 0; d < 3; ++d) {
        for (const engine::RfmTieNote &tie : m_scores->dimensions[d].ties) {
            QStringList empty;
            for (int score : tie.emptyScores) {
                empty.append(letters[static_cast<int>(d)] + QString::number(score));
            }
            const QString value = d == 2
                ? LocaleFormat::decimal(tie.value, 2)
                : LocaleFormat::count(static_cast<std::int64_t>(std::lround(tie.value)));
            const QString score = letters[static_cast<int>(d)] + QString::number(tie.score);
            //: %1 a measure, %2 a share of the customers, %3 the value they share, %4 a score ("F1").
            QString sentence
                = tr("%1: %2 of the customers have the same value (%3), so they all get %4.")
                      .arg(names[static_cast<int>(d)], LocaleFormat::percent(tie.share), value, score);
            if (tie.scoreShare - tie.share > 0.001) {
                sentence += QLatin1Char(' ')
                    + tr("%1 then holds %2 of the customers.")
                          .arg(score, LocaleFormat::percent(tie.scoreShare));
            }
            if (!empty.isEmpty()) {
                sentence += QLatin1Char(' ') + tr("%1 stays empty.").arg(empty.join(QStringLiteral(", ")));
            }
            sentences.append(sentence);
        }
    }
    return sentences.join(QLatin1Char(' '));
}

QStringList RfmMapDialog::segmentNames() const
{
    QStringList names;
    for (const EditSegment &segment : m_segments) {
        names.append(displayName(segment.definition));
    }
    return names;
}

void RfmMapDialog::assignCells(const QList<QPoint> &cells, int segment)
{
    if (cells.isEmpty() || segment >= static_cast<int>(m_segments.size())) {
        return;
    }
    for (const QPoint &cell : cells) {
        const int index = cellIndex(cell.x(), cell.y());
        for (EditSegment &each : m_segments) {
            each.cells.remove(index);
        }
        if (segment >= 0) {
            m_segments[static_cast<std::size_t>(segment)].cells.insert(index);
        }
    }
    refreshSegmentList();
    recount(false);
}

void RfmMapDialog::addSegment()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Add segment"), tr("Name of the new segment:"), QLineEdit::Normal, {}, &ok)
                             .trimmed();
    if (!ok || name.isEmpty()) {
        return;
    }
    EditSegment segment;
    segment.definition.key = QStringLiteral("segment_%1").arg(m_segments.size() + 1).toStdString();
    segment.definition.name = name.toStdString();
    segment.definition.turkishName = name.toStdString();
    segment.colour = SegmentPalette::colour(static_cast<int>(m_segments.size()));
    m_segments.push_back(std::move(segment));
    refreshSegmentList();
    m_segmentList->setCurrentRow(static_cast<int>(m_segments.size()) - 1);
}

void RfmMapDialog::renameSegment()
{
    const int row = m_segmentList->currentRow();
    if (row < 0 || row >= static_cast<int>(m_segments.size())) {
        return;
    }
    EditSegment &segment = m_segments[static_cast<std::size_t>(row)];
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Rename segment"), tr("New name:"), QLineEdit::Normal, displayName(segment.definition), &ok)
                             .trimmed();
    if (!ok || name.isEmpty()) {
        return;
    }
    segment.definition.name = name.toStdString();
    segment.definition.turkishName = name.toStdString();
    recount(false);
}

void RfmMapDialog::removeSegment()
{
    const int row = m_segmentList->currentRow();
    if (row < 0 || row >= static_cast<int>(m_segments.size())) {
        return;
    }
    m_segments.erase(m_segments.begin() + row);
    refreshSegmentList();
    recount(false);
}

engine::RfmRunParams RfmMapDialog::runParameters() const
{
    engine::RfmRunParams params;
    params.scoring = scoringParameters();
    params.map = buildMap();
    params.name = m_name->text().trimmed().toStdString();
    params.language = turkishInterface() ? "tr" : "en";
    return params;
}

bool RfmMapDialog::isIdle() const
{
    return m_pending == 0 && !m_runWatcher.isRunning() && m_scores != nullptr;
}

bool RfmMapDialog::startRun()
{
    if (m_runWatcher.isRunning()) {
        return false;
    }
    QString problem;
    scoringParameters(&problem);
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        return false;
    }
    const engine::RfmRunParams params = runParameters();
    if (params.map.segments.empty()) {
        m_status->setText(tr("Put at least one cell in a segment first."));
        return false;
    }
    m_report.reset();
    m_progress = new QProgressDialog(tr("Scoring customers and saving the segments…"), tr("Cancel"), 0,
        PromiseProgress<RfmJobOutcome>::maximumValue, this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    connect(m_progress, &QProgressDialog::canceled, &m_runWatcher, &QFutureWatcher<RfmJobOutcome>::cancel);
    connect(&m_runWatcher, &QFutureWatcher<RfmJobOutcome>::progressValueChanged, m_progress,
        &QProgressDialog::setValue);
    m_runButton->setEnabled(false);
    const QString path = m_projectPath;
    m_runWatcher.setFuture(QtConcurrent::run(&m_pool, [path, params](QPromise<RfmJobOutcome> &promise) {
        RfmJobOutcome outcome;
        PromiseProgress<RfmJobOutcome> progress(promise);
        auto session = engine::Session::openProject(path.toStdString());
        if (!session) {
            outcome.error = session.error();
        } else if (auto report = session->runRfm(params, progress)) {
            outcome.report = std::move(report).value();
        } else {
            outcome.error = report.error();
        }
        promise.addResult(std::move(outcome));
    }));
    return true;
}

void RfmMapDialog::handleRun()
{
    m_runButton->setEnabled(true);
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    if (m_runWatcher.future().resultCount() == 0) {
        m_status->setText(tr("Cancelled: nothing was saved."));
        return;
    }
    const RfmJobOutcome outcome = m_runWatcher.result();
    if (outcome.error) {
        m_status->setText(outcome.error->code == engine::ErrorCode::Cancelled
                ? tr("Cancelled: nothing was saved.")
                : ErrorPresenter::message(*outcome.error));
        return;
    }
    m_report = outcome.report;
    Q_EMIT segmentationStored(m_report->segmentation);
    accept();
}

} // namespace segmenta::ui
