// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "criteria/SegmentDialog.h"

#include "common/ErrorPresenter.h"
#include "common/LocaleFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <limits>

namespace segmenta::ui {

namespace {

/// What a method asks of the dialog besides columns and a segment count.
enum MethodTrait : unsigned
{
    NumbersOnly = 0,
    AcceptsCategories = 1U << 0, ///< text columns are offered, as categories
    HasLinkage = 1U << 1, ///< "How groups are joined" is shown
    HasCategoryWeight = 1U << 2, ///< the category weight (gamma) is among the advanced options
};

/// One entry of the method list: the engine's method, what it needs, and its name and description in
/// plain words (translated in SegmentDialog's context).
struct MethodChoice
{
    engine::SegmentationMethod method;
    unsigned traits;
    const char *name;
    const char *description;
};

// The methods offered, in this order. A new engine method is one entry here; a warning that depends on
// the project's size goes into SegmentDialog::revalidate().
constexpr std::array methodChoices {
    MethodChoice {engine::SegmentationMethod::KMeans, NumbersOnly,
        QT_TRANSLATE_NOOP("segmenta::ui::SegmentDialog", "Standard (k-means)"),
        QT_TRANSLATE_NOOP("segmenta::ui::SegmentDialog",
            "Fast, for numbers. Each customer joins the segment whose average is closest.")},
    MethodChoice {engine::SegmentationMethod::Hierarchical, HasLinkage,
        QT_TRANSLATE_NOOP("segmenta::ui::SegmentDialog", "Hierarchical (tree of merges)"),
        QT_TRANSLATE_NOOP("segmenta::ui::SegmentDialog",
            "Shows how groups join: customers are merged step by step into a tree, which is then cut into "
            "the number of segments. For numbers.")},
    MethodChoice {engine::SegmentationMethod::KPrototypes, AcceptsCategories | HasCategoryWeight,
        QT_TRANSLATE_NOOP("segmenta::ui::SegmentDialog", "Mixed data (k-prototypes)"),
        QT_TRANSLATE_NOOP("segmenta::ui::SegmentDialog",
            "For numbers and categories such as city or gender: numbers are compared by distance, "
            "categories by whether they match. How much categories count is set under the advanced "
            "options.")},
    MethodChoice {engine::SegmentationMethod::KMedoids, AcceptsCategories,
        QT_TRANSLATE_NOOP("segmenta::ui::SegmentDialog", "Representative customers (k-medoids)"),
        QT_TRANSLATE_NOOP("segmenta::ui::SegmentDialog",
            "Each segment is led by a real customer, the most typical one. For numbers and categories "
            "(Gower distance). Slower than the others.")},
    MethodChoice {engine::SegmentationMethod::GaussianMixture, NumbersOnly,
        QT_TRANSLATE_NOOP("segmenta::ui::SegmentDialog", "Soft segments (Gaussian mixture)"),
        QT_TRANSLATE_NOOP("segmenta::ui::SegmentDialog",
            "For numbers. Segments may differ in size and shape, and each customer also gets how likely they "
            "belong to every segment, so customers between two segments show up as such.")},
    MethodChoice {engine::SegmentationMethod::MiniBatchKMeans, NumbersOnly,
        QT_TRANSLATE_NOOP("segmenta::ui::SegmentDialog", "Very many customers (mini-batch k-means)"),
        QT_TRANSLATE_NOOP("segmenta::ui::SegmentDialog",
            "Like the standard method, but learns from small batches of customers: much faster for "
            "hundreds of thousands of customers, with segments nearly as good.")},
};

struct LinkageChoice
{
    engine::Linkage linkage;
    const char *name;
    const char *description;
};

constexpr std::array linkageChoices {
    LinkageChoice {engine::Linkage::Ward,
        QT_TRANSLATE_NOOP("segmenta::ui::SegmentDialog", "Ward (compact, recommended)"),
        QT_TRANSLATE_NOOP("segmenta::ui::SegmentDialog",
            "Joins the two groups that stay most compact together: groups of similar spread. The usual "
            "choice.")},
    LinkageChoice {engine::Linkage::Average,
        QT_TRANSLATE_NOOP("segmenta::ui::SegmentDialog", "Average (balanced)"),
        QT_TRANSLATE_NOOP("segmenta::ui::SegmentDialog",
            "Joins the groups whose customers are closest on average; groups may differ more in size.")},
    LinkageChoice {engine::Linkage::Complete,
        QT_TRANSLATE_NOOP("segmenta::ui::SegmentDialog", "Complete (tight)"),
        QT_TRANSLATE_NOOP("segmenta::ui::SegmentDialog",
            "Joins groups only when all their customers are close: tight groups, some of them small.")},
    LinkageChoice {engine::Linkage::Single,
        QT_TRANSLATE_NOOP("segmenta::ui::SegmentDialog", "Single (chains)"),
        QT_TRANSLATE_NOOP("segmenta::ui::SegmentDialog",
            "Joins groups through their closest customers: follows chains and often leaves one big group "
            "and a few tiny ones.")},
};

const MethodChoice &choiceFor(engine::SegmentationMethod method)
{
    const auto found = std::find_if(methodChoices.begin(), methodChoices.end(),
        [method](const MethodChoice &choice) { return choice.method == method; });
    return found == methodChoices.end() ? methodChoices.front() : *found;
}

bool hasTrait(engine::SegmentationMethod method, MethodTrait trait)
{
    return (choiceFor(method).traits & trait) != 0;
}

/// Item data of the column list: the column's name (the display text may add "(category)").
constexpr int columnNameRole = Qt::UserRole;
/// Item data of the column list: true for a text column.
constexpr int columnIsTextRole = Qt::UserRole + 1;

/// Default of the category weight's spin box when the user turns "Automatic" off: Huang's default on
/// z-scored numbers (0.5 × a standard deviation of 1), so that the first value seen is the automatic one.
constexpr double typicalCategoryWeight = 0.5;

} // namespace

SegmentDialog::SegmentDialog(const engine::Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_explanation(new QLabel(this))
    , m_methodLabel(new QLabel(this))
    , m_method(new QComboBox(this))
    , m_methodHint(new QLabel(this))
    , m_linkageLabel(new QLabel(this))
    , m_linkage(new QComboBox(this))
    , m_linkageHint(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_columnsLabel(new QLabel(this))
    , m_columns(new QListWidget(this))
    , m_countLabel(new QLabel(this))
    , m_count(new QSpinBox(this))
    , m_useCriteria(new QCheckBox(this))
    , m_criteriaSets(new QComboBox(this))
    , m_matchLabel(new QLabel(this))
    , m_matchTo(new QComboBox(this))
    , m_matchHint(new QLabel(this))
    , m_advanced(new QCheckBox(this))
    , m_advancedContent(new QWidget(this))
    , m_weightLabel(new QLabel(m_advancedContent))
    , m_weightRow(new QWidget(m_advancedContent))
    , m_automaticWeight(new QCheckBox(m_weightRow))
    , m_weight(new QDoubleSpinBox(m_weightRow))
    , m_weightHint(new QLabel(m_advancedContent))
    , m_seedLabel(new QLabel(m_advancedContent))
    , m_seed(new QSpinBox(m_advancedContent))
    , m_seedHint(new QLabel(m_advancedContent))
    , m_noteLabel(new QLabel(this))
    , m_problemLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    if (engine::Result<engine::ProjectSummary> summary = m_session.summary()) {
        m_summary = std::move(summary).value();
    }

    // Names for tests and accessibility tools.
    m_method->setObjectName(QStringLiteral("method"));
    m_linkage->setObjectName(QStringLiteral("linkage"));
    m_weight->setObjectName(QStringLiteral("categoryWeight"));
    m_automaticWeight->setObjectName(QStringLiteral("automaticCategoryWeight"));
    m_advanced->setObjectName(QStringLiteral("showAdvanced"));
    m_matchTo->setObjectName(QStringLiteral("matchTo"));

    m_explanation->setWordWrap(true);
    for (const MethodChoice &choice : methodChoices) {
        m_method->addItem(QString(), static_cast<int>(choice.method));
    }
    for (const LinkageChoice &choice : linkageChoices) {
        m_linkage->addItem(QString(), static_cast<int>(choice.linkage));
    }
    // "Re-run of": the first entry is no re-run (item data empty), then the stored segmentations, newest
    // first, as the window's chooser lists them.
    m_matchTo->addItem(QString(), QString());
    for (auto it = m_summary.segmentations.rbegin(); it != m_summary.segmentations.rend(); ++it) {
        const QString name = QString::fromStdString(it->name);
        m_matchTo->addItem(name, name);
    }
    m_matchTo->setEnabled(m_matchTo->count() > 1);
    for (QLabel *hint : {m_methodHint, m_linkageHint, m_weightHint, m_seedHint, m_matchHint}) {
        hint->setWordWrap(true);
        hint->setForegroundRole(QPalette::PlaceholderText);
    }

    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    // Every column is listed; text columns only show for the methods that take categories, unticked at
    // first: a text column may hold names or notes, which make no categories.
    for (const engine::ColumnInfo &column : m_summary.columns) {
        const QString name = QString::fromStdString(column.name);
        auto *item = new QListWidgetItem(name, m_columns);
        item->setData(columnNameRole, name);
        item->setData(columnIsTextRole, !column.isNumeric());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(column.isNumeric() ? Qt::Checked : Qt::Unchecked);
    }
    if (engine::Result<std::vector<engine::CriteriaSetInfo>> sets = m_session.criteriaSets()) {
        for (const engine::CriteriaSetInfo &info : sets.value()) {
            m_criteriaSets->addItem(QString::fromStdString(info.name));
        }
    }
    m_useCriteria->setVisible(m_criteriaSets->count() > 0);
    m_criteriaSets->setVisible(m_criteriaSets->count() > 0);
    m_criteriaSets->setEnabled(false);
    connect(m_useCriteria, &QCheckBox::toggled, this, [this](bool use) {
        m_criteriaSets->setEnabled(use);
        m_columns->setEnabled(!use);
        revalidate();
    });
    connect(m_criteriaSets, &QComboBox::currentTextChanged, this, &SegmentDialog::revalidate);
    m_count->setRange(minimumSegmentCount, maximumSegmentCount);
    m_count->setValue(defaultSegmentCount);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(static_cast<int>(engine::SegmentationParams().seed));
    m_weight->setRange(0.0, maximumCategoryWeight);
    m_weight->setDecimals(2);
    m_weight->setSingleStep(0.1);
    m_weight->setValue(typicalCategoryWeight);
    m_weight->setEnabled(false);
    m_automaticWeight->setChecked(true);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setTextFormat(Qt::PlainText);
    m_noteLabel->setStyleSheet(QStringLiteral("color: #7a4f00;"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *weightLayout = new QHBoxLayout(m_weightRow);
    weightLayout->setContentsMargins(0, 0, 0, 0);
    weightLayout->addWidget(m_automaticWeight);
    weightLayout->addWidget(m_weight, 1);

    auto *advancedLayout = new QFormLayout(m_advancedContent);
    advancedLayout->setContentsMargins(0, 0, 0, 0);
    advancedLayout->addRow(m_weightLabel, m_weightRow);
    advancedLayout->addRow(m_weightHint);
    advancedLayout->addRow(m_seedLabel, m_seed);
    advancedLayout->addRow(m_seedHint);
    // Most users never need the seed or the weight: they stay out of sight until asked for.
    m_advanced->setChecked(false);
    m_advancedContent->setVisible(false);
    connect(m_advanced, &QCheckBox::toggled, m_advancedContent, &QWidget::setVisible);

    auto *methodForm = new QFormLayout();
    methodForm->addRow(m_methodLabel, m_method);
    methodForm->addRow(m_methodHint);
    methodForm->addRow(m_linkageLabel, m_linkage);
    methodForm->addRow(m_linkageHint);

    auto *form = new QFormLayout();
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_countLabel, m_count);
    form->addRow(m_matchLabel, m_matchTo);
    form->addRow(m_matchHint);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(methodForm);
    layout->addWidget(m_columnsLabel);
    layout->addWidget(m_columns, 1);
    layout->addWidget(m_useCriteria);
    layout->addWidget(m_criteriaSets);
    layout->addLayout(form);
    layout->addWidget(m_advanced);
    layout->addWidget(m_advancedContent);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_method, &QComboBox::currentIndexChanged, this, &SegmentDialog::methodChanged);
    connect(m_linkage, &QComboBox::currentIndexChanged, this, [this] {
        retranslate();
        revalidate();
    });
    connect(m_automaticWeight, &QCheckBox::toggled, this, [this](bool automatic) {
        m_weight->setEnabled(!automatic);
        revalidate();
    });
    connect(m_weight, &QDoubleSpinBox::valueChanged, this, &SegmentDialog::revalidate);
    connect(m_columns, &QListWidget::itemChanged, this, &SegmentDialog::revalidate);
    connect(m_count, &QSpinBox::valueChanged, this, [this] {
        retranslate();
        revalidate();
    });
    connect(m_name, &QLineEdit::textChanged, this, &SegmentDialog::revalidate);
    connect(m_seed, &QSpinBox::valueChanged, this, &SegmentDialog::revalidate);
    connect(m_matchTo, &QComboBox::currentIndexChanged, this, &SegmentDialog::revalidate);

    updateLinkageAvailability();
    retranslate();
    methodChanged();
    resize(520, 600);
}

engine::SegmentationParams SegmentDialog::parameters() const
{
    engine::SegmentationParams params;
    const QString name = m_name->text().trimmed();
    params.name = (name.isEmpty() ? defaultName() : name).toStdString();
    if (!criteriaSet().isEmpty()) {
        params.criteria = criteriaSet().toStdString();
    } else {
        for (const QString &column : selectedColumns()) {
            params.columns.push_back(column.toStdString());
        }
    }
    params.segmentCount = m_count->value();
    params.matchTo = matchTo().toStdString();
    params.seed = static_cast<std::uint64_t>(m_seed->value());
    params.method = method();
    if (hasTrait(params.method, HasLinkage)) {
        params.linkage = linkage();
    }
    if (hasTrait(params.method, HasCategoryWeight)) {
        params.gamma = categoryWeight();
    }
    // As the CLI: mini-batch is for bases where 10 full restarts would defeat its purpose (scikit-learn's 3
    // seedings, at most 100 passes); a mixture's EM steps cost more than Lloyd's, so 3 starts of 100 steps.
    if (params.method == engine::SegmentationMethod::MiniBatchKMeans
        || params.method == engine::SegmentationMethod::GaussianMixture) {
        params.initCount = 3;
        params.maxIterations = 100;
    }
    return params;
}

engine::SegmentationMethod SegmentDialog::method() const
{
    return static_cast<engine::SegmentationMethod>(m_method->currentData().toInt());
}

void SegmentDialog::setMethod(engine::SegmentationMethod method)
{
    const int index = m_method->findData(static_cast<int>(method));
    if (index >= 0) {
        m_method->setCurrentIndex(index);
    }
}

bool SegmentDialog::acceptsCategories(engine::SegmentationMethod method)
{
    return hasTrait(method, AcceptsCategories);
}

engine::Linkage SegmentDialog::linkage() const
{
    return static_cast<engine::Linkage>(m_linkage->currentData().toInt());
}

void SegmentDialog::setLinkage(engine::Linkage linkage)
{
    const int index = m_linkage->findData(static_cast<int>(linkage));
    if (index >= 0) {
        m_linkage->setCurrentIndex(index);
    }
}

bool SegmentDialog::isLinkageAvailable(engine::Linkage linkage) const
{
    return linkage == engine::Linkage::Ward || m_summary.customerCount <= engine::hierarchicalExactLimit;
}

std::optional<double> SegmentDialog::categoryWeight() const
{
    return m_automaticWeight->isChecked() ? std::nullopt : std::optional<double>(m_weight->value());
}

void SegmentDialog::setCategoryWeight(std::optional<double> weight)
{
    if (weight) {
        m_weight->setValue(*weight);
    }
    m_automaticWeight->setChecked(!weight);
}

QStringList SegmentDialog::selectedColumns() const
{
    QStringList columns;
    for (int row = 0; row < m_columns->count(); ++row) {
        const QListWidgetItem *item = m_columns->item(row);
        if (!item->isHidden() && item->checkState() == Qt::Checked) {
            columns.append(item->data(columnNameRole).toString());
        }
    }
    return columns;
}

void SegmentDialog::setSelectedColumns(const QStringList &columns)
{
    for (int row = 0; row < m_columns->count(); ++row) {
        QListWidgetItem *item = m_columns->item(row);
        item->setCheckState(
            columns.contains(item->data(columnNameRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList SegmentDialog::offeredColumns() const
{
    QStringList columns;
    for (int row = 0; row < m_columns->count(); ++row) {
        if (!m_columns->item(row)->isHidden()) {
            columns.append(m_columns->item(row)->data(columnNameRole).toString());
        }
    }
    return columns;
}

void SegmentDialog::setCriteriaSet(const QString &name)
{
    m_criteriaSets->setCurrentText(name);
    m_useCriteria->setChecked(!name.isEmpty() && m_criteriaSets->currentText() == name);
}

void SegmentDialog::setMatchTo(const QString &name)
{
    m_matchTo->setCurrentIndex(std::max(m_matchTo->findData(name), 0));
}

QString SegmentDialog::matchTo() const
{
    return m_matchTo->currentData().toString();
}

QString SegmentDialog::criteriaSet() const
{
    return m_useCriteria->isChecked() ? m_criteriaSets->currentText() : QString();
}

int SegmentDialog::segmentCount() const
{
    return m_count->value();
}

void SegmentDialog::setSegmentCount(int count)
{
    m_count->setValue(count);
}

void SegmentDialog::setSegmentationName(const QString &name)
{
    m_name->setText(name);
}

void SegmentDialog::setSeed(int seed)
{
    m_seed->setValue(seed);
}

QString SegmentDialog::defaultName() const
{
    // The next free "Segmentation N", in the user's language: it is the user's data from then on.
    const auto taken = [this](const QString &candidate) {
        const std::string name = candidate.toStdString();
        return std::any_of(m_summary.segmentations.begin(), m_summary.segmentations.end(),
            [&name](const engine::SegmentationInfo &info) { return info.name == name; });
    };
    int number = static_cast<int>(m_summary.segmentations.size()) + 1;
    //: Default name of a new segmentation; %1 is a number.
    QString candidate = tr("Segmentation %1").arg(number);
    while (taken(candidate)) {
        candidate = tr("Segmentation %1").arg(++number);
    }
    return candidate;
}

void SegmentDialog::methodChanged()
{
    const engine::SegmentationMethod chosen = method();
    const bool categories = hasTrait(chosen, AcceptsCategories);
    // Item changes would revalidate once per column: the list is settled first, then checked once.
    const QSignalBlocker blocker(m_columns);
    for (int row = 0; row < m_columns->count(); ++row) {
        QListWidgetItem *item = m_columns->item(row);
        item->setHidden(item->data(columnIsTextRole).toBool() && !categories);
    }
    const bool linkage = hasTrait(chosen, HasLinkage);
    m_linkageLabel->setVisible(linkage);
    m_linkage->setVisible(linkage);
    m_linkageHint->setVisible(linkage);
    const bool weight = hasTrait(chosen, HasCategoryWeight);
    m_weightLabel->setVisible(weight);
    m_weightRow->setVisible(weight);
    m_weightHint->setVisible(weight);
    retranslate();
    revalidate();
}

void SegmentDialog::updateLinkageAvailability()
{
    // Beyond the exact limit the engine runs two-step Ward and refuses the other linkages: they are greyed
    // out rather than offered and then refused.
    auto *model = qobject_cast<QStandardItemModel *>(m_linkage->model());
    for (int row = 0; row < m_linkage->count(); ++row) {
        const auto choice = static_cast<engine::Linkage>(m_linkage->itemData(row).toInt());
        const bool available = isLinkageAvailable(choice);
        if (model) {
            model->item(row)->setEnabled(available);
        }
        m_linkage->setItemData(row,
            available ? QVariant()
                      : QVariant(tr("Not available for more than %1 customers: only Ward can join that many.")
                                     .arg(LocaleFormat::count(engine::hierarchicalExactLimit))),
            Qt::ToolTipRole);
    }
}

void SegmentDialog::revalidate()
{
    m_problems.clear();
    m_notes.clear();
    const engine::SegmentationMethod chosen = method();
    const bool categories = hasTrait(chosen, AcceptsCategories);
    const bool onCriteriaSet = !criteriaSet().isEmpty();
    if (offeredColumns().isEmpty() && !onCriteriaSet) {
        m_problems.append(categories ? tr("This project has no columns to segment on. Import a customer "
                                          "table first.")
                                     : tr("This project has no columns with numbers to segment on. Import "
                                          "a customer table with numeric columns first."));
    } else if (!onCriteriaSet && selectedColumns().isEmpty()) {
        m_problems.append(tr("Choose at least one column."));
    } else {
        for (const engine::Error &error : m_session.validate(parameters())) {
            // The engine names the linkage in its terms; the user gets the reason and the way out.
            if (error.code == engine::ErrorCode::InvalidParameter && !error.args.empty()
                && error.args.front() == "linkage") {
                m_problems.append(
                    tr("Only Ward can join more than %1 customers: the other ways compare every "
                       "pair of customers, which does not fit in memory. Choose Ward, or "
                       "Standard (k-means).")
                        .arg(LocaleFormat::count(engine::hierarchicalExactLimit)));
            } else {
                m_problems.append(ErrorPresenter::message(error));
            }
        }
    }

    const std::int64_t customers = m_summary.customerCount;
    if (chosen == engine::SegmentationMethod::Hierarchical && customers > engine::hierarchicalExactLimit
        && linkage() == engine::Linkage::Ward) {
        m_notes.append(tr("This project has more than %1 customers, so the tree is built in two steps: first "
                          "many small groups, then the tree of those groups. Much faster, and close to the "
                          "full tree.")
                           .arg(LocaleFormat::count(engine::hierarchicalExactLimit)));
    }
    if (chosen == engine::SegmentationMethod::KMedoids && customers > engine::kmedoidsExactLimit) {
        m_notes.append(tr("This project has more than %1 customers, so the representative customers are "
                          "found on random samples of customers (CLARA). The result can change a little "
                          "with the seed.")
                           .arg(LocaleFormat::count(engine::kmedoidsExactLimit)));
    }
    if (categories && !onCriteriaSet) {
        bool anyText = false;
        bool anyTextTicked = false;
        for (int row = 0; row < m_columns->count(); ++row) {
            const QListWidgetItem *item = m_columns->item(row);
            if (item->data(columnIsTextRole).toBool()) {
                anyText = true;
                anyTextTicked = anyTextTicked || item->checkState() == Qt::Checked;
            }
        }
        if (!anyText) {
            m_notes.append(tr("This project has no category columns. For numbers only, Standard (k-means) is "
                              "faster."));
        } else if (!anyTextTicked) {
            m_notes.append(tr("No category column is ticked, so only numbers are compared. Tick the columns "
                              "marked “category” to use them."));
        }
    }

    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems.isEmpty());
    m_problemLabel->setVisible(!m_problems.isEmpty());
    m_problemLabel->setText(m_problems.join(QLatin1Char('\n')));
    m_noteLabel->setVisible(!m_notes.isEmpty());
    m_noteLabel->setText(m_notes.join(QLatin1Char('\n')));
}

void SegmentDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateLinkageAvailability();
        retranslate();
        revalidate();
    }
    QDialog::changeEvent(event);
}

void SegmentDialog::retranslate()
{
    setWindowTitle(tr("Segment customers"));
    m_explanation->setText(tr("Customers with similar values in the chosen columns are grouped into %1 "
                              "segments.")
                               .arg(m_count->value()));
    m_methodLabel->setText(tr("&Method:"));
    m_methodLabel->setBuddy(m_method);
    for (int row = 0; row < m_method->count(); ++row) {
        const MethodChoice &choice
            = choiceFor(static_cast<engine::SegmentationMethod>(m_method->itemData(row).toInt()));
        m_method->setItemText(row, tr(choice.name));
    }
    m_methodHint->setText(tr(choiceFor(method()).description));
    m_linkageLabel->setText(tr("How groups are &joined:"));
    m_linkageLabel->setBuddy(m_linkage);
    for (int row = 0; row < m_linkage->count(); ++row) {
        m_linkage->setItemText(row, tr(linkageChoices.at(static_cast<std::size_t>(row)).name));
    }
    const auto linkageRow = std::max(m_linkage->currentIndex(), 0);
    m_linkageHint->setText(tr(linkageChoices.at(static_cast<std::size_t>(linkageRow)).description));
    m_nameLabel->setText(tr("&Name:"));
    m_nameLabel->setBuddy(m_name);
    m_name->setPlaceholderText(defaultName());
    m_columnsLabel->setText(tr("&Columns to compare customers on:"));
    m_columnsLabel->setBuddy(m_columns);
    {
        const QSignalBlocker blocker(m_columns);
        for (int row = 0; row < m_columns->count(); ++row) {
            QListWidgetItem *item = m_columns->item(row);
            const QString name = item->data(columnNameRole).toString();
            //: A text column offered to the mixed-data methods, whose values are taken as categories.
            item->setText(item->data(columnIsTextRole).toBool() ? tr("%1 (category)").arg(name) : name);
        }
    }
    m_useCriteria->setText(tr("&Use a saved criteria set instead:"));
    m_countLabel->setText(tr("Number of &segments:"));
    m_countLabel->setBuddy(m_count);
    m_matchLabel->setText(tr("Re-run &of:"));
    m_matchLabel->setBuddy(m_matchTo);
    //: First entry of "Re-run of:": the run is not a re-run of an earlier segmentation.
    m_matchTo->setItemText(0, tr("None: a new segmentation"));
    m_matchHint->setText(tr("Keep the names, colours and notes of an earlier segmentation where the segments "
                            "match."));
    m_advanced->setText(tr("Show &advanced options"));
    m_weightLabel->setText(tr("Category &weight:"));
    m_weightLabel->setBuddy(m_weight);
    m_automaticWeight->setText(tr("Au&tomatic"));
    m_weightHint->setText(
        tr("How much a different category (another city, say) counts against differences in "
           "numbers. Automatic balances the two; higher makes categories count more, 0 "
           "ignores them."));
    m_seedLabel->setText(tr("Random s&eed:"));
    m_seedLabel->setBuddy(m_seed);
    m_seedHint->setText(tr("The same seed and the same data always give the same segments."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace segmenta::ui
