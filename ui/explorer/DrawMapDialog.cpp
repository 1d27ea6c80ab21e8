// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "explorer/DrawMapDialog.h"

#include "common/LocaleFormat.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace segmenta::ui {

namespace {

constexpr int minimumDialogWidth = 640;
constexpr int defaultPerplexity = 30;
constexpr int iterationStep = 50;
// The seed box holds an int; the engine's seed is wider, but any of these gives a reproducible map.
constexpr int largestSeed = std::numeric_limits<int>::max();
// Criteria named in the "own criteria" choice before "…".
constexpr std::size_t namedCriteria = 3;

QLabel *makeHelp(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::Disabled, QPalette::WindowText));
    label->setPalette(palette);
    return label;
}

} // namespace

DrawMapDialog::DrawMapDialog(
    const engine::Session &session, const engine::SegmentationInfo &segmentation, QWidget *parent)
    : QDialog(parent)
    , m_segmentation(segmentation.name)
    , m_memberCount(segmentation.memberCount)
    , m_columns(segmentation.columns)
    , m_intro(new QLabel(this))
    , m_methodBox(new QGroupBox(this))
    , m_overview(new QRadioButton(m_methodBox))
    , m_neighbourhoods(new QRadioButton(m_methodBox))
    , m_tsneBox(new QGroupBox(this))
    , m_perplexityLabel(new QLabel(m_tsneBox))
    , m_perplexity(new QSpinBox(m_tsneBox))
    , m_perplexityHelp(makeHelp(m_tsneBox))
    , m_advancedToggle(new QToolButton(m_tsneBox))
    , m_iterationsLabel(new QLabel(m_tsneBox))
    , m_iterations(new QSpinBox(m_tsneBox))
    , m_seedLabel(new QLabel(m_tsneBox))
    , m_seed(new QSpinBox(m_tsneBox))
    , m_advancedHelp(makeHelp(m_tsneBox))
    , m_criteriaBox(new QGroupBox(this))
    , m_ownCriteria(new QRadioButton(m_criteriaBox))
    , m_savedCriteria(new QRadioButton(m_criteriaBox))
    , m_criteriaSets(new QComboBox(m_criteriaBox))
    , m_criteriaHelp(makeHelp(m_criteriaBox))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setMinimumWidth(minimumDialogWidth);
    m_intro->setWordWrap(true);
    // t-SNE's perplexity bound (engine::validate(TsneParams)): 3 × perplexity neighbours must exist.
    m_maximumPerplexity = static_cast<int>(std::max<std::int64_t>((m_memberCount - 1) / 3, 0));
    m_hasOwnCriteria = !m_columns.empty();

    auto *methodLayout = new QVBoxLayout(m_methodBox);
    methodLayout->addWidget(m_overview);
    methodLayout->addWidget(m_neighbourhoods);
    auto *methods = new QButtonGroup(this);
    methods->addButton(m_overview);
    methods->addButton(m_neighbourhoods);
    m_neighbourhoods->setChecked(true);

    m_perplexity->setRange(1, std::max(1, m_maximumPerplexity));
    m_perplexity->setValue(std::clamp(defaultPerplexity, 1, std::max(1, m_maximumPerplexity)));
    m_perplexityLabel->setBuddy(m_perplexity);
    m_iterations->setRange(minimumIterations, maximumIterations);
    m_iterations->setSingleStep(iterationStep);
    m_iterations->setValue(engine::ProjectionParams {}.iterations);
    m_iterations->setGroupSeparatorShown(true);
    m_iterationsLabel->setBuddy(m_iterations);
    m_seed->setRange(0, largestSeed);
    m_seed->setValue(static_cast<int>(engine::ProjectionParams {}.seed));
    m_seedLabel->setBuddy(m_seed);

    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    auto *tsneLayout = new QFormLayout(m_tsneBox);
    tsneLayout->addRow(m_perplexityLabel, m_perplexity);
    tsneLayout->addRow(m_perplexityHelp);
    tsneLayout->addRow(m_advancedToggle);
    // Rows of the same form rather than a nested widget: a nested form's wrapped help text did not pass its
    // height on, and the rows were crushed.
    tsneLayout->addRow(m_iterationsLabel, m_iterations);
    tsneLayout->addRow(m_seedLabel, m_seed);
    tsneLayout->addRow(m_advancedHelp);
    const auto showAdvanced = [this, tsneLayout](bool shown) {
        tsneLayout->setRowVisible(m_iterations, shown);
        tsneLayout->setRowVisible(m_seed, shown);
        tsneLayout->setRowVisible(m_advancedHelp, shown);
        m_advancedToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    };
    showAdvanced(false);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this, showAdvanced](bool shown) {
        showAdvanced(shown);
        adjustSize();
    });

    const engine::Result<std::vector<engine::CriteriaSetInfo>> sets = session.criteriaSets();
    if (sets) {
        for (const engine::CriteriaSetInfo &set : sets.value()) {
            m_criteriaSets->addItem(QString::fromStdString(set.name), QString::fromStdString(set.name));
        }
    }
    m_criteriaSets->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *criteriaGroup = new QButtonGroup(this);
    criteriaGroup->addButton(m_ownCriteria);
    criteriaGroup->addButton(m_savedCriteria);
    (m_hasOwnCriteria || m_criteriaSets->count() == 0 ? m_ownCriteria : m_savedCriteria)->setChecked(true);
    if (m_maximumPerplexity < 1) {
        m_overview->setChecked(true); // too few customers for t-SNE; updateState says why
    }
    auto *savedRow = new QHBoxLayout();
    savedRow->addWidget(m_savedCriteria);
    savedRow->addWidget(m_criteriaSets, 1);
    auto *criteriaLayout = new QVBoxLayout(m_criteriaBox);
    criteriaLayout->addWidget(m_ownCriteria);
    criteriaLayout->addLayout(savedRow);
    criteriaLayout->addWidget(m_criteriaHelp);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_methodBox);
    layout->addWidget(m_tsneBox);
    layout->addWidget(m_criteriaBox);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_neighbourhoods, &QRadioButton::toggled, this, &DrawMapDialog::updateState);
    connect(m_savedCriteria, &QRadioButton::toggled, this, &DrawMapDialog::updateState);
    retranslate();
    updateState();
}

QPushButton *DrawMapDialog::drawButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

engine::ProjectionParams DrawMapDialog::parameters() const
{
    engine::ProjectionParams params;
    params.segmentation = m_segmentation;
    params.method = m_neighbourhoods->isChecked() ? "tsne" : "pca";
    params.perplexity = m_perplexity->value();
    params.iterations = m_iterations->value();
    params.seed = static_cast<std::uint64_t>(m_seed->value());
    if (m_savedCriteria->isChecked()) {
        params.criteria = m_criteriaSets->currentData().toString().toStdString();
    }
    return params;
}

void DrawMapDialog::setParameters(const engine::ProjectionParams &params)
{
    (params.method == "pca" ? m_overview : m_neighbourhoods)->setChecked(true);
    m_perplexity->setValue(static_cast<int>(params.perplexity));
    m_iterations->setValue(params.iterations);
    m_seed->setValue(static_cast<int>(std::min<std::uint64_t>(params.seed, largestSeed)));
    const int set = m_criteriaSets->findData(QString::fromStdString(params.criteria));
    if (!params.criteria.empty() && set >= 0) {
        m_criteriaSets->setCurrentIndex(set);
        m_savedCriteria->setChecked(true);
    } else if (params.criteria.empty() && m_hasOwnCriteria) {
        m_ownCriteria->setChecked(true);
    }
    updateState();
}

void DrawMapDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void DrawMapDialog::updateState()
{
    const bool tsne = m_neighbourhoods->isChecked();
    const bool tsnePossible = m_maximumPerplexity >= 1;
    m_neighbourhoods->setEnabled(tsnePossible);
    m_tsneBox->setEnabled(tsne && tsnePossible);
    m_ownCriteria->setEnabled(m_hasOwnCriteria);
    m_savedCriteria->setEnabled(m_criteriaSets->count() > 0);
    m_criteriaSets->setEnabled(m_savedCriteria->isChecked() && m_criteriaSets->count() > 0);
    const bool hasCriteria = m_savedCriteria->isChecked() ? m_criteriaSets->count() > 0 : m_hasOwnCriteria;
    drawButton()->setEnabled(hasCriteria && (!tsne || tsnePossible));
}

void DrawMapDialog::retranslate()
{
    const QString name = QString::fromStdString(m_segmentation);
    setWindowTitle(tr("Draw map"));
    //: %1 is the segmentation's name; %2 its number of customers, already formatted.
    m_intro->setText(tr("Draw a new map of “%1” (%2 customers). Each dot is a customer, coloured by its "
                        "segment; customers that are alike end up close together. The new map becomes the "
                        "one shown; the segments stay as they are.")
                         .arg(name, LocaleFormat::count(m_memberCount)));
    m_methodBox->setTitle(tr("How to draw it"));
    m_overview->setText(tr("Overview (PCA) — fast; distances are faithful overall"));
    m_overview->setToolTip(tr("Shows the two directions in which customers differ most. Far apart on the map "
                              "means different, wherever you look; tight groups may overlap."));
    m_neighbourhoods->setText(tr("Neighbourhoods (t-SNE) — groups stand apart clearly; takes longer"));
    m_neighbourhoods->setToolTip(tr("Keeps each customer next to the customers most like it, so groups stand "
                                    "apart. Distances between groups and the axes mean little. You can watch "
                                    "the map settle while it is drawn."));
    m_tsneBox->setTitle(tr("Neighbourhoods (t-SNE)"));
    m_perplexityLabel->setText(tr("&Neighbours per customer:"));
    if (m_maximumPerplexity >= 1) {
        //: %1 is the largest allowed value; %2 the segmentation's number of customers, both formatted.
        m_perplexityHelp->setText(
            tr("How many neighbours each customer looks at (the perplexity). From 1 to %1 "
               "for these %2 customers; small values show small local groups, large "
               "values more of the overall shape. 30 suits most data.")
                .arg(LocaleFormat::count(m_maximumPerplexity), LocaleFormat::count(m_memberCount)));
    } else {
        m_perplexityHelp->setText(tr("Too few customers for a neighbourhood map: it needs at least 4."));
    }
    m_advancedToggle->setText(tr("&Advanced"));
    m_iterationsLabel->setText(tr("&Steps:"));
    m_seedLabel->setText(tr("S&eed:"));
    m_advancedHelp->setText(tr("More steps let the map settle further; 750 is enough for most data. The same "
                               "seed draws the same map again; another seed gives another arrangement of "
                               "the same neighbourhoods."));
    m_criteriaBox->setTitle(tr("Draw on"));
    QStringList shown;
    for (std::size_t i = 0; i < m_columns.size() && i < namedCriteria; ++i) {
        shown.append(QString::fromStdString(m_columns[i]));
    }
    QString list = shown.join(QStringLiteral(", "));
    if (m_columns.size() > namedCriteria) {
        list += QStringLiteral(", …");
    }
    m_ownCriteria->setText(m_hasOwnCriteria
            //: %1 lists the first criteria, e.g. "Age, Annual Income, …".
            ? tr("&The segmentation's own criteria (%1)").arg(list)
            : tr("&The segmentation's own criteria (it has none: made by rules or by hand)"));
    m_savedCriteria->setText(tr("A saved &criteria set:"));
    if (m_criteriaSets->count() == 0) {
        m_criteriaHelp->setText(tr("No criteria sets are saved in this project yet. Make one with Segment › "
                                   "Criteria sets…"));
    } else {
        m_criteriaHelp->setText(
            tr("A criteria set draws the same customers on other variables (for example, "
               "segments made on spending, seen by age and income). Customers it leaves "
               "out for missing values get no dot; you are told how many after drawing."));
    }
    drawButton()->setText(tr("&Draw map"));
}

} // namespace segmenta::ui
