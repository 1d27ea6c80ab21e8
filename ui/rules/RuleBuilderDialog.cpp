// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "rules/RuleBuilderDialog.h"

#include "common/ErrorPresenter.h"
#include "common/LocaleFormat.h"
#include "jobs/PromiseProgress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>
#include <cmath>
#include <set>

namespace segmenta::ui {

using engine::RuleNode;

namespace {

constexpr int kindRole = Qt::UserRole + 1;
constexpr std::size_t maxListedValues = 200; ///< text columns with more distinct values are typed
constexpr std::size_t maxListedCodes = 20; ///< number columns with at most this many values are codes

bool looksLikeDates(const engine::RuleColumn &column)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}"));
    int checked = 0;
    int dates = 0;
    for (const std::string &value : column.dictionary) {
        if (value.empty()) {
            continue;
        }
        ++checked;
        dates += iso.match(QString::fromStdString(value)).hasMatch() ? 1 : 0;
        if (checked == 20) {
            break;
        }
    }
    return checked > 0 && dates == checked;
}

void warn(QWidget *parent, const engine::Error &error)
{
    QMessageBox::warning(parent, ErrorPresenter::title(error), ErrorPresenter::message(error));
}

} // namespace

RuleBuilderDialog::RuleBuilderDialog(const engine::Session &session, QWidget *parent)
    : QDialog(parent)
    , m_projectPath(QString::fromStdString(session.path()))
{
    if (engine::Result<engine::ProjectSummary> summary = session.summary()) {
        for (const engine::ColumnInfo &column : summary.value().columns) {
            m_columns.push_back({QString::fromStdString(column.name), column.type, false, {}});
        }
    }
    buildUi();
    if (engine::Result<std::vector<std::string>> names = session.ruleSetNames()) {
        for (const std::string &name : names.value()) {
            m_savedSets->addItem(QString::fromStdString(name));
        }
    }
    m_savedSets->setEnabled(m_savedSets->count() > 0);
    m_openSaved->setEnabled(m_savedSets->count() > 0);

    connect(&m_loadWatcher, &QFutureWatcher<Loaded>::finished, this, &RuleBuilderDialog::handleLoaded);
    connect(&m_countWatcher, &QFutureWatcher<Counted>::finished, this, &RuleBuilderDialog::handleCounted);
    connect(&m_saveWatcher, &QFutureWatcher<Saved>::finished, this, &RuleBuilderDialog::handleSaved);
    connect(
        &m_saveWatcher, &QFutureWatcher<Saved>::progressValueChanged, m_progress, &QProgressBar::setValue);

    engine::RuleSet initial;
    // The engine's default is the neutral "Other"; the user sees (and stores) the name in their language.
    //: Default name of the segment for customers no rule matches.
    initial.unmatchedSegment = tr("Other").toStdString();
    initial.segments.push_back({tr("Segment 1").toStdString(), RuleNode {}});
    setRuleSet(initial);
    startLoading();
}

RuleBuilderDialog::~RuleBuilderDialog()
{
    m_saveWatcher.cancel();
    m_pool.waitForDone();
}

void RuleBuilderDialog::buildUi()
{
    setWindowTitle(tr("Rule-based segments"));

    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Big spenders by channel"));
    m_savedSets = new QComboBox(this);
    m_savedSets->setMinimumContentsLength(14);
    m_openSaved = new QPushButton(tr("Open"), this);
    auto *importButton = new QPushButton(tr("Import file…"), this);
    auto *exportButton = new QPushButton(tr("Export file…"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Name:"), this));
    top->addWidget(m_name, 2);
    top->addSpacing(16);
    top->addWidget(new QLabel(tr("Saved rule sets:"), this));
    top->addWidget(m_savedSets, 1);
    top->addWidget(m_openSaved);
    top->addSpacing(16);
    top->addWidget(importButton);
    top->addWidget(exportButton);

    m_dynamic = new QRadioButton(tr("Dynamic"), this);
    m_frozen = new QRadioButton(tr("Frozen"), this);
    m_dynamic->setChecked(true);
    auto *modeHelp = new QLabel(this);
    modeHelp->setWordWrap(true);
    auto updateModeHelp = [this, modeHelp] {
        modeHelp->setText(m_dynamic->isChecked()
                ? tr("Dynamic: segments are worked out again from these rules when the data is refreshed.")
                : tr("Frozen: segments keep the customers they have now until you save the rules again."));
    };
    updateModeHelp();
    connect(m_dynamic, &QRadioButton::toggled, this, updateModeHelp);
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(new QLabel(tr("Mode:"), this));
    modeRow->addWidget(m_dynamic);
    modeRow->addWidget(m_frozen);
    modeRow->addSpacing(12);
    modeRow->addWidget(modeHelp, 1);

    // Left: the ordered list of segments.
    auto *segmentsBox = new QGroupBox(tr("Segments"), this);
    auto *order
        = new QLabel(tr("Order matters: a customer who matches several segments goes to the first one "
                        "in this list."),
            segmentsBox);
    order->setWordWrap(true);
    m_segments = new QListWidget(segmentsBox);
    m_addSegment = new QPushButton(tr("Add"), segmentsBox);
    m_removeSegment = new QPushButton(tr("Remove"), segmentsBox);
    m_moveUp = new QPushButton(tr("Move up"), segmentsBox);
    m_moveDown = new QPushButton(tr("Move down"), segmentsBox);
    auto *segmentButtons = new QHBoxLayout;
    segmentButtons->addWidget(m_addSegment);
    segmentButtons->addWidget(m_removeSegment);
    segmentButtons->addWidget(m_moveUp);
    segmentButtons->addWidget(m_moveDown);
    m_unmatched = new QLineEdit(segmentsBox);
    m_unmatched->setPlaceholderText(tr("leave empty to keep them without a segment"));
    m_setCount = new QLabel(segmentsBox);
    m_setCount->setWordWrap(true);
    m_setCount->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *left = new QVBoxLayout(segmentsBox);
    left->addWidget(order);
    left->addWidget(m_segments, 1);
    left->addLayout(segmentButtons);
    left->addWidget(new QLabel(tr("Customers who match no segment go to:"), segmentsBox));
    left->addWidget(m_unmatched);
    left->addWidget(m_setCount);

    // Right: who belongs to the selected segment.
    auto *rulesBox = new QGroupBox(tr("Who belongs to the selected segment"), this);
    m_segmentName = new QLineEdit(rulesBox);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(new QLabel(tr("Segment name:"), rulesBox));
    nameRow->addWidget(m_segmentName, 1);
    m_tree = new QTreeWidget(rulesBox);
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setIndentation(28);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_addCondition = new QPushButton(tr("Add condition"), rulesBox);
    m_addAll = new QPushButton(tr("Add group: all of (AND)"), rulesBox);
    m_addAny = new QPushButton(tr("Add group: any of (OR)"), rulesBox);
    m_remove = new QPushButton(tr("Remove"), rulesBox);
    auto *treeButtons = new QHBoxLayout;
    treeButtons->addWidget(m_addCondition);
    treeButtons->addWidget(m_addAll);
    treeButtons->addWidget(m_addAny);
    treeButtons->addStretch(1);
    treeButtons->addWidget(m_remove);
    auto *treeHelp = new QLabel(
        tr("New conditions go into the selected group. Select a group to add conditions inside it."),
        rulesBox);
    treeHelp->setWordWrap(true);
    m_segmentCount = new QLabel(rulesBox);
    m_segmentCount->setWordWrap(true);
    QFont strong = m_segmentCount->font();
    strong.setBold(true);
    m_segmentCount->setFont(strong);
    auto *right = new QVBoxLayout(rulesBox);
    right->addLayout(nameRow);
    right->addWidget(m_tree, 1);
    right->addLayout(treeButtons);
    right->addWidget(treeHelp);
    right->addWidget(m_segmentCount);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(segmentsBox);
    splitter->addWidget(rulesBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, PromiseProgress<Saved>::maximumValue);
    m_progress->setVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_saveButton = m_buttons->addButton(tr("Save segments"), QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(modeRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(1100, 700);

    connect(m_openSaved, &QPushButton::clicked, this, [this] { loadSaved(m_savedSets->currentText()); });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import rule set"), QString(), tr("Rule sets (*.json);;All files (*)"));
        if (!path.isEmpty()) {
            importFile(path);
        }
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export rule set"), m_name->text() + QStringLiteral(".json"), tr("Rule sets (*.json)"));
        if (!path.isEmpty()) {
            exportFile(path);
        }
    });
    connect(m_frozen, &QRadioButton::toggled, this, &RuleBuilderDialog::edited);
    connect(m_unmatched, &QLineEdit::textChanged, this, &RuleBuilderDialog::edited);
    connect(m_segments, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_loadingTree && row != m_current) {
            storeCurrentTree();
            showTree(row);
        }
    });
    connect(m_addSegment, &QPushButton::clicked, this, [this] { addSegment(); });
    connect(m_removeSegment, &QPushButton::clicked, this, &RuleBuilderDialog::removeSegment);
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveSegment(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveSegment(1); });
    connect(m_segmentName, &QLineEdit::textEdited, this, [this] {
        storeCurrentTree();
        refreshSegmentItems();
        requestRecount();
    });
    connect(m_addCondition, &QPushButton::clicked, this, [this] { addCondition(); });
    connect(m_addAll, &QPushButton::clicked, this, [this] { addGroup(RuleNode::Kind::All); });
    connect(m_addAny, &QPushButton::clicked, this, [this] { addGroup(RuleNode::Kind::Any); });
    connect(m_remove, &QPushButton::clicked, this, &RuleBuilderDialog::removeSelected);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &RuleBuilderDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RuleBuilderDialog::reject);
}

// --- Loading the columns once ---

void RuleBuilderDialog::startLoading()
{
    std::vector<std::string> names;
    for (const RuleBuilderColumn &column : m_columns) {
        names.push_back(column.name.toStdString());
    }
    m_setCount->setText(tr("Reading the customers…"));
    const std::string path = m_projectPath.toStdString();
    m_loadWatcher.setFuture(QtConcurrent::run(&m_pool, [path, names] {
        Loaded out;
        engine::Result<engine::Session> session = engine::Session::openProject(path);
        if (!session) {
            out.error = session.error();
            return out;
        }
        engine::Result<engine::RuleTable> table = session.value().ruleTable(names);
        if (!table) {
            out.error = table.error();
            return out;
        }
        out.table = std::make_shared<const engine::RuleTable>(std::move(table).value());
        if (engine::Result<std::optional<std::int64_t>> day = session.value().defaultAnalysisDay()) {
            out.analysisDay = day.value();
        }
        return out;
    }));
}

void RuleBuilderDialog::handleLoaded()
{
    Loaded loaded = m_loadWatcher.result();
    if (loaded.error) {
        showProblem(ErrorPresenter::message(*loaded.error));
        return;
    }
    m_table = std::move(loaded.table);
    if (loaded.analysisDay) {
        m_analysisDay = *loaded.analysisDay;
    } else {
        using namespace std::chrono;
        m_analysisDay = duration_cast<days>(system_clock::now().time_since_epoch()).count() + 1;
    }
    // Text columns holding ISO dates offer date conditions first; rebuild the tree's editors to show that.
    // Columns with few distinct values (categories, or codes such as Channel) get a checkable list.
    bool changed = false;
    for (RuleBuilderColumn &column : m_columns) {
        const engine::RuleColumn &loadedColumn = m_table->column(column.name.toStdString());
        if (!column.isNumeric()) {
            column.isDate = looksLikeDates(loadedColumn);
            if (!column.isDate && loadedColumn.dictionary.size() <= maxListedValues) {
                for (const std::string &value : loadedColumn.dictionary) {
                    column.values.append(QString::fromStdString(value));
                }
                column.values.sort(Qt::CaseInsensitive);
            }
        } else {
            std::set<double> distinct;
            for (double value : loadedColumn.numbers) {
                if (!std::isnan(value) && distinct.insert(value).second && distinct.size() > maxListedCodes) {
                    break;
                }
            }
            if (distinct.size() <= maxListedCodes) {
                for (double value : distinct) {
                    column.values.append(LocaleFormat::decimal(value, 6).remove(QLocale().groupSeparator()));
                }
            }
        }
        changed = changed || column.isDate || !column.values.isEmpty();
    }
    if (changed) {
        storeCurrentTree();
        showTree(m_current);
    }
    requestRecount();
}

// --- The set and its segments ---

engine::RuleSet RuleBuilderDialog::ruleSet() const
{
    engine::RuleSet out = m_set;
    if (m_current >= 0 && m_current < static_cast<int>(out.segments.size())
        && m_tree->topLevelItemCount() > 0) {
        out.segments[static_cast<std::size_t>(m_current)].match = nodeOf(m_tree->topLevelItem(0));
        out.segments[static_cast<std::size_t>(m_current)].name
            = m_segmentName->text().trimmed().toStdString();
    }
    out.mode = m_frozen->isChecked() ? engine::RuleSetMode::Frozen : engine::RuleSetMode::Dynamic;
    out.unmatchedSegment = m_unmatched->text().trimmed().toStdString();
    return out;
}

void RuleBuilderDialog::setRuleSet(const engine::RuleSet &rules)
{
    m_set = rules;
    {
        const QSignalBlocker blockFrozen(m_frozen);
        const QSignalBlocker blockDynamic(m_dynamic);
        m_frozen->setChecked(rules.mode == engine::RuleSetMode::Frozen);
        m_dynamic->setChecked(rules.mode == engine::RuleSetMode::Dynamic);
    }
    {
        const QSignalBlocker blocker(m_unmatched);
        m_unmatched->setText(QString::fromStdString(rules.unmatchedSegment));
    }
    m_current = -1;
    refreshSegmentItems();
    showTree(m_set.segments.empty() ? -1 : 0);
    requestRecount();
}

QString RuleBuilderDialog::setName() const
{
    return m_name->text().trimmed();
}

void RuleBuilderDialog::setSetName(const QString &name)
{
    m_name->setText(name);
}

bool RuleBuilderDialog::loadSaved(const QString &name)
{
    engine::Result<engine::Session> session = engine::Session::openProject(m_projectPath.toStdString());
    engine::Result<engine::RuleSet> rules = session ? session.value().ruleSet(name.toStdString())
                                                    : engine::Result<engine::RuleSet>(session.error());
    if (!rules) {
        warn(this, rules.error());
        return false;
    }
    setRuleSet(rules.value());
    setSetName(name);
    return true;
}

bool RuleBuilderDialog::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import rule set"),
            tr("Could not read “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    engine::Result<engine::RuleSet> rules
        = engine::parseRuleSet(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    if (!rules) {
        warn(this, rules.error());
        return false;
    }
    setRuleSet(rules.value());
    if (setName().isEmpty()) {
        setSetName(QFileInfo(path).completeBaseName());
    }
    return true;
}

bool RuleBuilderDialog::exportFile(const QString &path)
{
    const std::string json = engine::ruleSetToJson(ruleSet());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(json.data(), static_cast<qint64>(json.size())) != static_cast<qint64>(json.size())) {
        QMessageBox::warning(this, tr("Export rule set"),
            tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

void RuleBuilderDialog::addSegment(const QString &name)
{
    storeCurrentTree();
    QString chosen = name;
    if (chosen.isEmpty()) {
        chosen = tr("Segment %1").arg(m_set.segments.size() + 1);
    }
    m_set.segments.push_back({chosen.toStdString(), RuleNode {}});
    refreshSegmentItems();
    showTree(static_cast<int>(m_set.segments.size()) - 1);
    requestRecount();
}

void RuleBuilderDialog::selectSegment(int index)
{
    if (index != m_current) {
        storeCurrentTree();
        showTree(index);
    }
}

void RuleBuilderDialog::setSegmentName(const QString &name)
{
    m_segmentName->setText(name);
    storeCurrentTree();
    refreshSegmentItems();
    requestRecount();
}

int RuleBuilderDialog::currentSegment() const
{
    return m_current;
}

void RuleBuilderDialog::removeSegment()
{
    if (m_current < 0 || m_set.segments.size() <= 1) {
        return;
    }
    m_set.segments.erase(m_set.segments.begin() + m_current);
    const int next = std::min(m_current, static_cast<int>(m_set.segments.size()) - 1);
    m_current = -1;
    refreshSegmentItems();
    showTree(next);
    requestRecount();
}

void RuleBuilderDialog::moveSegment(int delta)
{
    const int target = m_current + delta;
    if (m_current < 0 || target < 0 || target >= static_cast<int>(m_set.segments.size())) {
        return;
    }
    storeCurrentTree();
    std::swap(m_set.segments[static_cast<std::size_t>(m_current)],
        m_set.segments[static_cast<std::size_t>(target)]);
    m_current = -1;
    refreshSegmentItems();
    showTree(target);
    requestRecount();
}

void RuleBuilderDialog::refreshSegmentItems()
{
    const bool wasLoading = m_loadingTree;
    m_loadingTree = true;
    while (m_segments->count() > static_cast<int>(m_set.segments.size())) {
        delete m_segments->takeItem(m_segments->count() - 1);
    }
    for (std::size_t i = 0; i < m_set.segments.size(); ++i) {
        const QString name = QString::fromStdString(m_set.segments[i].name);
        QString text = tr("%1. %2").arg(QString::number(i + 1), name);
        if (countsAreCurrent() && i < m_counts.segments.size()) {
            //: Segment list entry: position, name, customers placed in it.
            text = tr("%1. %2 — %Ln customers", nullptr, static_cast<int>(m_counts.segments[i].assigned))
                       .arg(QString::number(i + 1), name);
        }
        if (static_cast<int>(i) < m_segments->count()) {
            m_segments->item(static_cast<int>(i))->setText(text);
        } else {
            m_segments->addItem(text);
        }
    }
    m_segments->setCurrentRow(m_current);
    m_loadingTree = wasLoading;
}

// --- The condition tree ---

QTreeWidgetItem *RuleBuilderDialog::makeGroupItem(QTreeWidgetItem *parent, RuleNode::Kind kind)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setData(0, kindRole, static_cast<int>(kind));
    auto *combo = new QComboBox;
    combo->addItem(tr("All of these are true (AND)"), static_cast<int>(RuleNode::Kind::All));
    combo->addItem(tr("Any of these is true (OR)"), static_cast<int>(RuleNode::Kind::Any));
    combo->setCurrentIndex(kind == RuleNode::Kind::Any ? 1 : 0);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, item, combo] {
        item->setData(0, kindRole, combo->currentData().toInt());
        edited();
    });
    auto *holder = new QWidget;
    auto *row = new QHBoxLayout(holder);
    row->setContentsMargins(2, 1, 2, 1);
    row->addWidget(combo);
    row->addStretch(1);
    m_tree->setItemWidget(item, 0, holder);
    item->setExpanded(true);
    return item;
}

RuleConditionEditor *RuleBuilderDialog::makeConditionItem(
    QTreeWidgetItem *parent, const engine::RuleCondition *condition)
{
    auto *item = new QTreeWidgetItem(parent);
    item->setData(0, kindRole, static_cast<int>(RuleNode::Kind::Condition));
    auto *editor = new RuleConditionEditor(m_columns);
    if (condition != nullptr) {
        editor->setCondition(*condition);
    }
    connect(editor, &RuleConditionEditor::changed, this, &RuleBuilderDialog::edited);
    m_tree->setItemWidget(item, 0, editor);
    parent->setExpanded(true);
    return editor;
}

void RuleBuilderDialog::addNodeItems(QTreeWidgetItem *parent, const RuleNode &node)
{
    if (node.kind == RuleNode::Kind::Condition) {
        makeConditionItem(parent, &node.condition);
        return;
    }
    QTreeWidgetItem *group = makeGroupItem(parent, node.kind);
    for (const RuleNode &child : node.children) {
        addNodeItems(group, child);
    }
}

void RuleBuilderDialog::showTree(int index)
{
    m_loadingTree = true;
    m_tree->clear();
    m_current = index;
    if (index >= 0 && index < static_cast<int>(m_set.segments.size())) {
        const engine::RuleSegment &segment = m_set.segments[static_cast<std::size_t>(index)];
        m_segmentName->setText(QString::fromStdString(segment.name));
        RuleNode root = segment.match;
        if (root.kind == RuleNode::Kind::Condition) {
            // The editor always shows a group at the top, so conditions can be added beside this one.
            RuleNode wrapped;
            wrapped.children.push_back(root);
            root = wrapped;
        }
        addNodeItems(nullptr, root);
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    } else {
        m_segmentName->clear();
    }
    m_segments->setCurrentRow(m_current);
    m_loadingTree = false;
    updateButtons();
    showCounts();
}

void RuleBuilderDialog::storeCurrentTree()
{
    if (m_current < 0 || m_current >= static_cast<int>(m_set.segments.size())
        || m_tree->topLevelItemCount() == 0) {
        return;
    }
    engine::RuleSegment &segment = m_set.segments[static_cast<std::size_t>(m_current)];
    segment.match = nodeOf(m_tree->topLevelItem(0));
    segment.name = m_segmentName->text().trimmed().toStdString();
}

RuleNode RuleBuilderDialog::nodeOf(QTreeWidgetItem *item) const
{
    RuleNode node;
    node.kind = static_cast<RuleNode::Kind>(item->data(0, kindRole).toInt());
    if (node.kind == RuleNode::Kind::Condition) {
        if (auto *editor = qobject_cast<RuleConditionEditor *>(m_tree->itemWidget(item, 0))) {
            node.condition = editor->condition();
        }
        return node;
    }
    for (int i = 0; i < item->childCount(); ++i) {
        node.children.push_back(nodeOf(item->child(i)));
    }
    return node;
}

bool RuleBuilderDialog::treeIsComplete(QTreeWidgetItem *item) const
{
    if (auto *editor = qobject_cast<RuleConditionEditor *>(m_tree->itemWidget(item, 0))) {
        return editor->isComplete();
    }
    for (int i = 0; i < item->childCount(); ++i) {
        if (!treeIsComplete(item->child(i))) {
            return false;
        }
    }
    return true;
}

QTreeWidgetItem *RuleBuilderDialog::targetGroup() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (item == nullptr) {
        return m_tree->topLevelItem(0);
    }
    if (item->data(0, kindRole).toInt() == static_cast<int>(RuleNode::Kind::Condition)) {
        return item->parent();
    }
    return item;
}

RuleConditionEditor *RuleBuilderDialog::addCondition()
{
    QTreeWidgetItem *group = targetGroup();
    if (group == nullptr) {
        return nullptr;
    }
    RuleConditionEditor *editor = makeConditionItem(group, nullptr);
    m_tree->setCurrentItem(group->child(group->childCount() - 1));
    edited();
    return editor;
}

QTreeWidgetItem *RuleBuilderDialog::addGroup(RuleNode::Kind kind)
{
    QTreeWidgetItem *group = targetGroup();
    if (group == nullptr) {
        return nullptr;
    }
    QTreeWidgetItem *item = makeGroupItem(group, kind);
    m_tree->setCurrentItem(item);
    edited();
    return item;
}

void RuleBuilderDialog::removeSelected()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (item == nullptr || item->parent() == nullptr) {
        return; // the top group stays
    }
    QTreeWidgetItem *parent = item->parent();
    delete item;
    m_tree->setCurrentItem(parent);
    edited();
}

void RuleBuilderDialog::updateButtons()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    m_remove->setEnabled(item != nullptr && item->parent() != nullptr);
    m_removeSegment->setEnabled(m_set.segments.size() > 1);
    m_moveUp->setEnabled(m_current > 0);
    m_moveDown->setEnabled(m_current >= 0 && m_current + 1 < static_cast<int>(m_set.segments.size()));
    const bool saving = isSaving();
    m_saveButton->setEnabled(!saving);
}

// --- Live counts ---

std::vector<engine::RuleColumnType> RuleBuilderDialog::columnTypes() const
{
    std::vector<engine::RuleColumnType> out;
    for (const RuleBuilderColumn &column : m_columns) {
        out.push_back({column.name.toStdString(), column.type});
    }
    return out;
}

void RuleBuilderDialog::edited()
{
    if (m_loadingTree) {
        return;
    }
    storeCurrentTree();
    m_set.mode = m_frozen->isChecked() ? engine::RuleSetMode::Frozen : engine::RuleSetMode::Dynamic;
    m_set.unmatchedSegment = m_unmatched->text().trimmed().toStdString();
    updateButtons();
    requestRecount();
}

bool RuleBuilderDialog::countsAreCurrent() const
{
    return m_table && m_countsValid && m_shownGeneration == m_generation && !m_countWatcher.isRunning()
        && !m_recountPending;
}

void RuleBuilderDialog::requestRecount()
{
    ++m_generation;
    m_countsValid = false;
    m_recountPending = false; // set again below if a count must follow the running one
    if (!m_table) {
        return; // handleLoaded() recounts
    }
    if (m_tree->topLevelItemCount() > 0 && !treeIsComplete(m_tree->topLevelItem(0))) {
        showProblem(tr("Fill in the value of each condition to see how many customers match."));
        return;
    }
    if (std::vector<engine::Error> problems = engine::validateRuleSet(ruleSet(), columnTypes());
        !problems.empty()) {
        showProblem(ErrorPresenter::sentence(problems.front()));
        return;
    }
    if (m_countWatcher.isRunning()) {
        m_recountPending = true; // started again when the running count ends; its result is dropped
        return;
    }
    startRecount();
}

void RuleBuilderDialog::startRecount()
{
    const std::uint64_t generation = m_generation;
    m_countWatcher.setFuture(
        QtConcurrent::run(&m_pool, [table = m_table, rules = ruleSet(), day = m_analysisDay, generation] {
            Counted out;
            out.evaluation = engine::evaluateRuleSet(rules, *table, day);
            out.generation = generation;
            return out;
        }));
}

void RuleBuilderDialog::handleCounted()
{
    Counted counted = m_countWatcher.result();
    if (m_recountPending) {
        m_recountPending = false;
        requestRecount(); // validates the set as it is now before counting it
        return;
    }
    if (counted.generation != m_generation) {
        return; // stale: the set changed since (and was found incomplete, or a newer count is coming)
    }
    m_counts = std::move(counted.evaluation);
    m_shownGeneration = counted.generation;
    m_countsValid = true;
    showCounts();
}

QString RuleBuilderDialog::segmentCountText() const
{
    return m_segmentCount->text();
}

QString RuleBuilderDialog::setCountText() const
{
    return m_setCount->text();
}

void RuleBuilderDialog::showProblem(const QString &text)
{
    m_segmentCount->setText(text);
    m_setCount->clear();
}

void RuleBuilderDialog::showCounts()
{
    refreshSegmentItems();
    if (!countsAreCurrent()) {
        return;
    }
    if (m_current >= 0 && m_current < static_cast<int>(m_counts.segments.size())) {
        const engine::RuleSegmentCount &count = m_counts.segments[static_cast<std::size_t>(m_current)];
        QString text = tr("%Ln customers match.", nullptr, static_cast<int>(count.matched));
        const std::int64_t earlier = count.matched - count.assigned;
        if (earlier > 0) {
            text += QLatin1Char(' ')
                + tr("%Ln also match an earlier segment and stay there.", nullptr, static_cast<int>(earlier));
        }
        m_segmentCount->setText(text);
    }
    QString set = tr("Of %Ln customers:", nullptr, static_cast<int>(m_counts.customerCount));
    set += QLatin1Char('\n')
        + tr("%Ln match more than one segment (each goes to the first).", nullptr,
            static_cast<int>(m_counts.inSeveral));
    if (m_counts.unmatchedSegment.empty()) {
        set += QLatin1Char('\n')
            + tr("%Ln match no segment and stay without one.", nullptr, static_cast<int>(m_counts.inNone));
    } else {
        //: %Ln customers, %1 the name of the segment for customers no rule matches.
        set += QLatin1Char('\n')
            + tr("%Ln match no segment and go to “%1”.", nullptr, static_cast<int>(m_counts.inNone))
                  .arg(QString::fromStdString(m_counts.unmatchedSegment));
    }
    for (const std::string &warning : m_counts.warnings) {
        set += QLatin1Char('\n') + QString::fromStdString(warning);
    }
    m_setCount->setText(set);
}

// --- Saving ---

bool RuleBuilderDialog::isSaving() const
{
    return m_saving;
}

bool RuleBuilderDialog::save()
{
    if (isSaving()) {
        return false;
    }
    const QString name = setName();
    if (name.isEmpty()) {
        QMessageBox::information(this, tr("Save segments"), tr("Give the rule set a name first."));
        m_name->setFocus();
        return false;
    }
    if (m_tree->topLevelItemCount() > 0 && !treeIsComplete(m_tree->topLevelItem(0))) {
        QMessageBox::information(this, tr("Save segments"), tr("Fill in the value of each condition first."));
        return false;
    }
    engine::RuleSetParams params;
    params.rules = ruleSet();
    if (std::vector<engine::Error> problems = engine::validateRuleSet(params.rules, columnTypes());
        !problems.empty()) {
        warn(this, problems.front());
        return false;
    }
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_saving = true; // until handleSaved(), which may come a moment after the future has finished
    const std::string path = m_projectPath.toStdString();
    m_saveWatcher.setFuture(
        QtConcurrent::run(&m_pool, [path, stored = name.toStdString(), params](QPromise<Saved> &promise) {
            Saved out;
            PromiseProgress<Saved> progress(promise);
            engine::Result<engine::Session> session = engine::Session::openProject(path);
            if (!session) {
                out.error = session.error();
            } else if (engine::Result<engine::RuleSegmentsReport> report
                       = session.value().saveRuleSegments(stored, params, progress);
                       !report) {
                out.error = report.error();
            }
            promise.addResult(out);
        }));
    updateButtons();
    return true;
}

void RuleBuilderDialog::handleSaved()
{
    m_saving = false;
    m_progress->setVisible(false);
    updateButtons();
    if (m_saveWatcher.isCanceled() || m_saveWatcher.future().resultCount() == 0) {
        return; // cancelled: the project is as it was
    }
    const Saved saved = m_saveWatcher.result();
    if (saved.error) {
        if (saved.error->code != engine::ErrorCode::Cancelled) {
            warn(this, *saved.error);
        }
        return;
    }
    m_savedName = setName();
    accept();
}

void RuleBuilderDialog::reject()
{
    if (isSaving()) {
        m_saveWatcher.cancel(); // handleSaved() follows; the dialog stays open
        return;
    }
    QDialog::reject();
}

} // namespace segmenta::ui
