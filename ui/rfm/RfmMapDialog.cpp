// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "rfm/RfmMapDialog.h"

#include "common/ErrorPresenter.h"
#include "common/LocaleFormat.h"
#include "common/SegmentPalette.h"
#include "jobs/PromiseProgress.h"
#include "rfm/RfmGridWidget.h"

#include <QCheckBox>
#include <QColorDialog>
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
#include <QSpinBox>
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

/// The (R, F, M) cell's index in EditSegment::cells.
int cubeIndex(int recency, int frequency, int monetary)
{
    return cellIndex(recency, frequency) * bins + (monetary - 1);
}

constexpr engine::RfmScoreRange anyMonetary {1, bins};
const QString storedPrefix = QStringLiteral("stored:");

/// The M scores a segment holds in one (R, F) cell, as bits 0..bins-1.
unsigned monetaryMask(const QSet<int> &cells, int recency, int frequency)
{
    unsigned mask = 0;
    for (int m = 1; m <= bins; ++m) {
        if (cells.contains(cubeIndex(recency, frequency, m))) {
            mask |= 1U << (m - 1);
        }
    }
    return mask;
}

/// The contiguous runs of M scores in a mask; one run 1..bins means any M (no range in the rectangle).
std::vector<std::optional<engine::RfmScoreRange>> monetaryRuns(unsigned mask)
{
    constexpr unsigned all = (1U << bins) - 1;
    if (mask == all) {
        return {std::nullopt};
    }
    std::vector<std::optional<engine::RfmScoreRange>> runs;
    for (int m = 1; m <= bins; ++m) {
        if (!(mask & (1U << (m - 1)))) {
            continue;
        }
        int end = m;
        while (end < bins && (mask & (1U << end))) {
            ++end;
        }
        runs.push_back(engine::RfmScoreRange {m, end});
        m = end;
    }
    return runs;
}

/// Limits written as the user's locale writes numbers: "14; 30; 90; 180".
QString thresholdText(const std::vector<double> &thresholds)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator); // "1,000" would read as two limits in English
    QStringList parts;
    for (const double value : thresholds) {
        parts.append(locale.toString(value, 'g', 12));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

RfmMapDialog::RfmMapDialog(const QString &projectPath, QWidget *parent)
    : QDialog(parent)
    , m_projectPath(projectPath)
{
    m_pool.setMaxThreadCount(1); // recounts run in order; a stale one is dropped when it comes back
    // The project's stored maps (a few small JSON documents) are offered after the presets.
    if (auto session = engine::Session::openProject(projectPath.toStdString())) {
        if (auto maps = session->rfmMaps()) {
            m_storedMaps = std::move(maps).value();
        }
    }
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
    for (std::size_t i = 0; i < m_storedMaps.size(); ++i) {
        m_preset->addItem(QString(), QString(storedPrefix + QString::number(i)));
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
        if (m_loading || index < 0) {
            return;
        }
        const QString key = m_preset->itemData(index).toString();
        if (key.startsWith(storedPrefix)) {
            loadDocument(m_storedMaps.at(key.mid(storedPrefix.size()).toULongLong()));
        } else {
            selectPreset(key);
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
    m_colourButton = new QPushButton(this);
    m_monetaryLimit = new QCheckBox(this);
    m_monetaryLow = new QSpinBox(this);
    m_monetaryHigh = new QSpinBox(this);
    m_monetaryTo = new QLabel(this);
    for (QSpinBox *spin : {m_monetaryLow, m_monetaryHigh}) {
        spin->setRange(1, bins);
        spin->setPrefix(QStringLiteral("M"));
        connect(spin, &QSpinBox::valueChanged, this, &RfmMapDialog::monetaryControlsChanged);
    }
    m_monetaryTo->setBuddy(m_monetaryHigh);
    m_monetaryNote = new QLabel(this);
    m_monetaryNote->setWordWrap(true);
    connect(m_monetaryLimit, &QCheckBox::toggled, this, &RfmMapDialog::monetaryControlsChanged);
    connect(m_colourButton, &QPushButton::clicked, this, &RfmMapDialog::chooseColour);
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
    auto *monetaryRow = new QHBoxLayout;
    monetaryRow->addWidget(m_monetaryLimit);
    monetaryRow->addWidget(m_monetaryLow);
    monetaryRow->addWidget(m_monetaryTo);
    monetaryRow->addWidget(m_monetaryHigh);
    monetaryRow->addStretch(1);
    side->addLayout(monetaryRow);
    side->addWidget(m_monetaryNote);
    side->addWidget(m_colourButton);
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
        m_colourButton->setEnabled(segment);
    };
    connect(m_grid, &RfmGridWidget::selectionChanged, this, updateButtons);
    connect(m_segmentList, &QListWidget::currentRowChanged, this, updateButtons);
    connect(m_segmentList, &QListWidget::currentRowChanged, this, &RfmMapDialog::refreshMonetaryControls);
    updateButtons();

    m_coverage = new QLabel(this);
    m_coverage->setWordWrap(true);
    m_ties = new QLabel(this);
    m_ties->setWordWrap(true);
    m_bands = new QLabel(this);
    m_bands->setWordWrap(true);
    m_bands->setTextFormat(Qt::RichText);
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
    layout->addWidget(m_bands);
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
        if (key.startsWith(storedPrefix)) {
            const engine::RfmMapDocument &stored
                = m_storedMaps.at(key.mid(storedPrefix.size()).toULongLong());
            //: A map stored in the project, offered next to the presets: %1 its name.
            m_preset->setItemText(
                i, tr("Stored in the project: %1").arg(QString::fromStdString(stored.map.name)));
            continue;
        }
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
    m_colourButton->setText(tr("&Colour…"));
    //: Before two spin boxes: "Only monetary scores [M4] to [M5]".
    m_monetaryLimit->setText(tr("Only &monetary scores"));
    m_monetaryLimit->setToolTip(
        tr("Limit the selected segment to customers with these M scores in its cells; "
           "the others stay with the segment that covers them, or Other."));
    m_monetaryTo->setText(tr("to"));
    m_nameLabel->setText(tr("Segmentation &name:"));
    m_name->setPlaceholderText(tr("RFM 1, RFM 2, … when left empty"));
    m_runButton->setText(tr("&Run and save"));
    refreshSegmentList();
    refreshMonetaryControls();
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

void RfmMapDialog::loadDocument(const engine::RfmMapDocument &document)
{
    m_loading = true;
    for (int i = 0; i < m_preset->count(); ++i) {
        const QString key = m_preset->itemData(i).toString();
        if (key.startsWith(storedPrefix)
            && m_storedMaps.at(key.mid(storedPrefix.size()).toULongLong()).map.name == document.map.name) {
            m_preset->setCurrentIndex(i);
        }
    }
    for (int d = 0; d < 3; ++d) {
        const engine::RfmDimensionScoring &scoring
            = document.scoring.scoring(static_cast<engine::RfmDimension>(d));
        const bool thresholds = scoring.method == engine::RfmScoringMethod::Thresholds;
        m_methods[d]->setCurrentIndex(thresholds ? 1 : 0);
        m_thresholds[d]->setText(thresholds ? thresholdText(scoring.thresholds) : QString());
    }
    m_requestedDay = document.scoring.analysisDay;
    if (document.scoring.analysisDay) {
        m_date->setDate(epoch.addDays(*document.scoring.analysisDay));
    }
    m_loading = false;
    loadMap(document.map);
    recount(true);
}

void RfmMapDialog::loadMap(const engine::RfmMap &map)
{
    m_mapName = QString::fromStdString(map.name);
    m_segments.clear();
    for (std::size_t s = 0; s < map.segments.size(); ++s) {
        EditSegment segment;
        segment.definition = map.segments[s];
        segment.colour = SegmentPalette::colour(static_cast<int>(s), segment.definition.color);
        if (!engine::isRfmSegmentColor(segment.definition.color)) {
            // Stored as shown, so that the explorer paints the segment in the colour seen here.
            segment.definition.color = segment.colour.name().toStdString();
        }
        int lowest = bins;
        int highest = 1;
        for (const engine::RfmRectangle &rectangle : segment.definition.rectangles) {
            const engine::RfmScoreRange monetary = rectangle.monetary.value_or(anyMonetary);
            lowest = std::min(lowest, monetary.low);
            highest = std::max(highest, monetary.high);
            for (int r = rectangle.recency.low; r <= rectangle.recency.high; ++r) {
                for (int f = rectangle.frequency.low; f <= rectangle.frequency.high; ++f) {
                    for (int m = monetary.low; m <= monetary.high; ++m) {
                        segment.cells.insert(cubeIndex(r, f, m));
                    }
                }
            }
        }
        if (lowest > 1 || highest < bins) {
            segment.monetary = engine::RfmScoreRange {lowest, highest};
        }
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
        if (segment.edited || definition.rectangles.empty()) {
            definition.rectangles.clear();
            for (int r = 1; r <= bins;
                 ++r) { // one rectangle per run of cells along a row with equal M scores
                for (int f = 1; f <= bins; ++f) {
                    const unsigned mask = monetaryMask(segment.cells, r, f);
                    if (mask == 0) {
                        continue;
                    }
                    int end = f;
                    while (end < bins && monetaryMask(segment.cells, r, end + 1) == mask) {
                        ++end;
                    }
                    for (const std::optional<engine::RfmScoreRange> &monetary : monetaryRuns(mask)) {
                        definition.rectangles.push_back({{r, r}, {f, end}, monetary});
                    }
                    f = end;
                }
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
    } else {
        params.analysisDay = m_requestedDay;
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
            for (engine::RfmCellSegmentCount &part : cell.segmentCounts) {
                part.segment = part.segment >= 0 ? indices[static_cast<std::size_t>(part.segment)] : -1;
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
                for (engine::RfmCellSegmentCount &part : cell.segmentCounts) {
                    part.segment = -1;
                }
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
    const auto whole = [](double v) { return static_cast<int>(std::lround(v)); };
    // Recency: R5 holds the fewest days; F and M: the top score holds the most.
    const bool single = *band.minimum == *band.maximum;
    const bool best = band.score == bins && !single;
    const bool worst = band.score == 1 && !single;
    if (dimension == 2) {
        const QString low = LocaleFormat::decimal(*band.minimum, 0);
        const QString high = LocaleFormat::decimal(*band.maximum, 0);
        return single ? low
            : best    ? tr("≥ %1").arg(low)
            : worst   ? tr("≤ %1").arg(high)
                      : tr("%1–%2").arg(low, high);
    }
    const int low = whole(*band.minimum);
    const int high = whole(*band.maximum);
    if (dimension == 0) {
        if (single) {
            return tr("%Ln days", nullptr, low);
        }
        if (best) {
            return tr("≤ %Ln days", nullptr, high);
        }
        if (worst) {
            return tr("≥ %Ln days", nullptr, low);
        }
        //: A range of days, e.g. "15–33 days": %1 the first day, %Ln the last.
        return tr("%1–%Ln days", nullptr, high).arg(LocaleFormat::count(low));
    }
    if (single) {
        return tr("%Ln orders", nullptr, low);
    }
    if (best) {
        return tr("≥ %Ln orders", nullptr, low);
    }
    if (worst) {
        return tr("≤ %Ln orders", nullptr, high);
    }
    //: A range of orders, e.g. "2–3 orders": %1 the fewest, %Ln the most.
    return tr("%1–%Ln orders", nullptr, high).arg(LocaleFormat::count(low));
}

QString RfmMapDialog::bandsText() const
{
    if (!m_scores) {
        return QString();
    }
    const QStringList letters = {QStringLiteral("R"), QStringLiteral("F"), QStringLiteral("M")};
    const QString date = QLocale().toString(epoch.addDays(m_scores->analysisDay), QLocale::LongFormat);
    const QStringList captions = {
        //: Before the recency bands: "R5 ≤ 14 days · R4 15–33 days …"; %1 the analysis date.
        tr("Recency, days from the last purchase to %1:").arg(date),
        tr("Frequency, orders:"),
        tr("Monetary, net spend:"),
    };
    QStringList lines;
    for (int d = 0; d < 3; ++d) {
        QStringList bands;
        const auto &report = m_scores->dimensions[static_cast<std::size_t>(d)];
        for (auto band = report.bands.rbegin(); band != report.bands.rend(); ++band) {
            //: One score band in real units: %1 the score ("R5"), %2 its values ("≤ 14 days").
            bands.append(tr("%1 = %2").arg(letters[d] + QString::number(band->score), bandText(d, *band)));
        }
        lines.append(
            QStringLiteral("<b>%1</b> %2")
                .arg(captions[d].toHtmlEscaped(), bands.join(QStringLiteral(" · ")).toHtmlEscaped()));
    }
    return lines.join(QStringLiteral("<br>"));
}

std::vector<std::int64_t> RfmMapDialog::segmentCustomerCounts() const
{
    std::vector<std::int64_t> counts(m_segments.size() + 1, 0);
    for (const engine::RfmGridCell &cell : m_counts.cells) {
        for (const engine::RfmCellSegmentCount &part : cell.segmentCounts) {
            const bool known
                = part.segment >= 0 && static_cast<std::size_t>(part.segment) < m_segments.size();
            counts[known ? static_cast<std::size_t>(part.segment) : m_segments.size()] += part.customerCount;
        }
    }
    return counts;
}

void RfmMapDialog::refreshSegmentList()
{
    const int current = m_segmentList->currentRow();
    m_segmentList->clear();
    const std::vector<std::int64_t> counts = segmentCustomerCounts();
    for (std::size_t s = 0; s < m_segments.size(); ++s) {
        QPixmap swatch(14, 14);
        swatch.fill(m_segments[s].colour);
        QSet<int> cells;
        for (const int cube : m_segments[s].cells) {
            cells.insert(cube / bins);
        }
        QString name = displayName(m_segments[s].definition);
        if (m_segments[s].monetary) {
            //: A segment limited to some monetary scores: %1 its name, %2 the lowest M, %3 the highest.
            name = tr("%1 (M%2–M%3)")
                       .arg(name, QString::number(m_segments[s].monetary->low),
                           QString::number(m_segments[s].monetary->high));
        }
        //: A segment in the RFM map's legend: %1 its name, %Ln its customers.
        const QString text = tr("%1 — %Ln customers", nullptr, static_cast<int>(counts[s])).arg(name);
        const QString cellText = tr("%n cells of the grid", nullptr, static_cast<int>(cells.size()));
        auto *item = new QListWidgetItem(QIcon(swatch), text);
        item->setToolTip(
            cellText + QLatin1Char('\n') + QString::fromStdString(m_segments[s].definition.description));
        m_segmentList->addItem(item);
    }
    QPixmap grey(14, 14);
    grey.fill(QColor(QString::fromLatin1(engine::rfmOtherColor)));
    auto *otherItem = new QListWidgetItem(
        QIcon(grey), tr("Other — %Ln customers", nullptr, static_cast<int>(counts.back())));
    otherItem->setFlags(Qt::ItemIsEnabled);
    m_segmentList->addItem(otherItem);
    m_segmentList->setCurrentRow(std::min(current, static_cast<int>(m_segments.size()) - 1));
    refreshMonetaryControls();
}

bool RfmMapDialog::hasUniformMonetary(const EditSegment &segment) const
{
    std::optional<unsigned> seen;
    for (int r = 1; r <= bins; ++r) {
        for (int f = 1; f <= bins; ++f) {
            const unsigned mask = monetaryMask(segment.cells, r, f);
            if (mask == 0) {
                continue;
            }
            if (seen && *seen != mask) {
                return false;
            }
            seen = mask;
        }
    }
    return true;
}

void RfmMapDialog::refreshMonetaryControls()
{
    const int row = m_segmentList->currentRow();
    const bool valid = row >= 0 && row < static_cast<int>(m_segments.size());
    const std::optional<engine::RfmScoreRange> range = valid ? monetaryRange(row) : std::nullopt;
    const QSignalBlocker blockLimit(m_monetaryLimit);
    const QSignalBlocker blockLow(m_monetaryLow);
    const QSignalBlocker blockHigh(m_monetaryHigh);
    m_monetaryLimit->setEnabled(valid);
    m_monetaryLimit->setChecked(range.has_value());
    m_monetaryLow->setValue(range.value_or(anyMonetary).low);
    m_monetaryHigh->setValue(range.value_or(anyMonetary).high);
    m_monetaryLow->setEnabled(valid && range.has_value());
    m_monetaryHigh->setEnabled(valid && range.has_value());
    const bool mixed = valid && !hasUniformMonetary(m_segments[static_cast<std::size_t>(row)]);
    m_monetaryNote->setVisible(mixed);
    m_monetaryNote->setText(mixed ? tr("Its cells hold different monetary scores, as the map was loaded; "
                                       "choosing a range applies it to all of them.")
                                  : QString());
}

void RfmMapDialog::monetaryControlsChanged()
{
    const int row = m_segmentList->currentRow();
    if (row < 0 || row >= static_cast<int>(m_segments.size())) {
        return;
    }
    if (!m_monetaryLimit->isChecked()) {
        setMonetaryRange(row, std::nullopt);
        return;
    }
    // Keep low <= high whichever box moved.
    int low = m_monetaryLow->value();
    int high = m_monetaryHigh->value();
    if (low > high) {
        if (sender() == m_monetaryHigh) {
            low = high;
        } else {
            high = low;
        }
    }
    setMonetaryRange(row, engine::RfmScoreRange {low, high});
}

std::optional<engine::RfmScoreRange> RfmMapDialog::monetaryRange(int segment) const
{
    if (segment < 0 || segment >= static_cast<int>(m_segments.size())) {
        return std::nullopt;
    }
    return m_segments[static_cast<std::size_t>(segment)].monetary;
}

void RfmMapDialog::setMonetaryRange(int segment, std::optional<engine::RfmScoreRange> range)
{
    if (segment < 0 || segment >= static_cast<int>(m_segments.size())) {
        return;
    }
    if (range) {
        range->low = std::clamp(range->low, 1, bins);
        range->high = std::clamp(range->high, range->low, bins);
    }
    EditSegment &edited = m_segments[static_cast<std::size_t>(segment)];
    edited.monetary = range;
    QSet<int> cells;
    for (const int cube : edited.cells) {
        cells.insert(cube / bins);
    }
    for (const int cell : cells) {
        assignCell(cell / bins + 1, cell % bins + 1, segment, range.value_or(anyMonetary));
    }
    refreshSegmentList();
    recount(false);
}

void RfmMapDialog::setSegmentColour(int segment, const QColor &colour)
{
    if (segment < 0 || segment >= static_cast<int>(m_segments.size()) || !colour.isValid()) {
        return;
    }
    EditSegment &edited = m_segments[static_cast<std::size_t>(segment)];
    edited.colour = colour;
    edited.definition.color = colour.name().toStdString();
    refreshSegmentList();
    std::vector<QColor> colours;
    QStringList names;
    for (const EditSegment &each : m_segments) {
        colours.push_back(each.colour);
        names.append(displayName(each.definition));
    }
    m_grid->setGrid(m_counts, colours, names);
}

QColor RfmMapDialog::segmentColour(int segment) const
{
    if (segment < 0 || segment >= static_cast<int>(m_segments.size())) {
        return QColor(QString::fromLatin1(engine::rfmOtherColor));
    }
    return m_segments[static_cast<std::size_t>(segment)].colour;
}

void RfmMapDialog::chooseColour()
{
    const int row = m_segmentList->currentRow();
    if (row < 0 || row >= static_cast<int>(m_segments.size())) {
        return;
    }
    //: Title of the colour dialog: %1 the segment's name.
    const QColor chosen = QColorDialog::getColor(segmentColour(row), this,
        tr("Colour of %1").arg(displayName(m_segments[static_cast<std::size_t>(row)].definition)));
    if (chosen.isValid()) {
        setSegmentColour(row, chosen);
    }
}

void RfmMapDialog::refreshTexts()
{
    if (!m_scores) {
        m_coverage->setText(tr("Scoring the customers…"));
        m_ties->clear();
        m_bands->clear();
        return;
    }
    m_coverage->setText(coverageText());
    m_ties->setText(tieText());
    m_bands->setText(bandsText());
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
    const engine::RfmMap map = buildMap();
    std::int64_t otherCustomers = 0;
    for (const engine::RfmGridCell &cell : m_counts.cells) {
        for (const engine::RfmCellSegmentCount &part : cell.segmentCounts) {
            otherCustomers += part.segment < 0 ? part.customerCount : 0;
        }
    }
    // The engine's check, over R x F x M as soon as a segment limits M.
    engine::RfmCoverage coverage;
    if (map.segments.empty()) {
        coverage.cellCount = bins * bins;
        for (int r = bins; r >= 1; --r) {
            for (int f = bins; f >= 1; --f) {
                coverage.unassignedCells.push_back(engine::rfmCellLabel(r, f));
            }
        }
    } else if (engine::validate(map, bins).empty()) {
        coverage = engine::checkRfmCoverage(map, bins);
    }
    const auto cellList = [](const std::vector<std::string> &cells) {
        constexpr std::size_t shown = 8;
        QStringList labels;
        for (std::size_t i = 0; i < std::min(cells.size(), shown); ++i) {
            labels.append(QString::fromStdString(cells[i]));
        }
        if (cells.size() > shown) {
            labels.append(QStringLiteral("…"));
        }
        return labels.join(QStringLiteral(", "));
    };
    QStringList sentences;
    const int cellCount = static_cast<int>(coverage.cellCount);
    if (coverage.isComplete()) {
        sentences.append(coverage.usesMonetary
                ? tr("Every one of the %Ln R × F × M cells belongs to exactly one segment.", nullptr,
                    cellCount)
                : tr("Every one of the %Ln cells belongs to exactly one segment.", nullptr, cellCount));
    }
    if (!coverage.unassignedCells.empty()) {
        //: %n cells (of R x F, or of R x F x M), %1 their labels ("R5F5M3, R5F4M3").
        sentences.append(tr(
            "%n cells belong to no segment: %1.", nullptr, static_cast<int>(coverage.unassignedCells.size()))
                             .arg(cellList(coverage.unassignedCells)));
    }
    if (otherCustomers > 0 || !coverage.unassignedCells.empty()) {
        sentences.append(
            tr("%Ln customers are counted as Other.", nullptr, static_cast<int>(otherCustomers)));
    }
    if (!coverage.overlaps.empty()) {
        std::vector<std::string> overlapping;
        for (const engine::RfmCellOverlap &overlap : coverage.overlaps) {
            overlapping.push_back(overlap.cell);
        }
        sentences.append(
            tr("These cells are in more than one segment: %1. The first segment in the list wins.")
                .arg(cellList(overlapping)));
    }
    if (m_scores->unscoredCount > 0) {
        sentences.append(tr("%Ln customers bought nothing up to the analysis date and get no segment.",
            nullptr, static_cast<int>(m_scores->unscoredCount)));
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
    const engine::RfmScoreRange range = monetaryRange(segment).value_or(anyMonetary);
    for (const QPoint &cell : cells) {
        assignCell(cell.x(), cell.y(), segment, range);
    }
    refreshSegmentList();
    recount(false);
}

void RfmMapDialog::assignCell(int recency, int frequency, int segment, const engine::RfmScoreRange &range)
{
    for (int m = 1; m <= bins; ++m) {
        const int index = cubeIndex(recency, frequency, m);
        const bool taken = segment >= 0 && range.contains(m);
        for (std::size_t s = 0; s < m_segments.size(); ++s) {
            EditSegment &each = m_segments[s];
            const bool isTarget = static_cast<int>(s) == segment;
            // The target holds exactly its range in this cell; others give up what the target takes, and
            // everything when the cell goes to Other.
            if (isTarget && taken) {
                if (!each.cells.contains(index)) {
                    each.cells.insert(index);
                    each.edited = true;
                }
            } else if ((isTarget || taken || segment < 0) && each.cells.remove(index)) {
                each.edited = true;
            }
        }
    }
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
    // A key no other segment has (validate() refuses repeated keys), even after removals.
    for (std::size_t n = m_segments.size() + 1;; ++n) {
        const std::string key = "segment_" + std::to_string(n);
        if (std::none_of(m_segments.begin(), m_segments.end(),
                [&](const EditSegment &each) { return each.definition.key == key; })) {
            segment.definition.key = key;
            break;
        }
    }
    segment.definition.name = name.toStdString();
    segment.definition.turkishName = name.toStdString();
    segment.colour = SegmentPalette::colour(static_cast<int>(m_segments.size()));
    segment.definition.color = segment.colour.name().toStdString();
    segment.edited = true;
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

void RfmMapDialog::setSegmentationName(const QString &name)
{
    m_name->setText(name);
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
