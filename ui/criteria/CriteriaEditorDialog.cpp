// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "criteria/CriteriaEditorDialog.h"

#include "common/ErrorPresenter.h"
#include "common/LocaleFormat.h"
#include "criteria/CriteriaCharts.h"
#include "criteria/CriteriaVariableModel.h"
#include "criteria/OrdinalLevelModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <set>
#include <vector>

namespace segmenta::ui {

namespace {

/// The variable row an error is about, from a JSON path argument such as "$.variables[2].weight"; -1 if none.
int errorRow(const engine::Error &error)
{
    static const QRegularExpression path(QStringLiteral("^\\$\\.variables\\[(\\d+)\\]"));
    for (const std::string &argument : error.args) {
        const QRegularExpressionMatch match = path.match(QString::fromStdString(argument));
        if (match.hasMatch()) {
            return match.captured(1).toInt();
        }
    }
    return -1;
}

/// Days since 1970-01-01, as the engine counts dates.
const QDate dayZero(1970, 1, 1);

/// Below this, the date edit shows "automatic" text instead of a date.
const QDate noDate(1900, 1, 1);

bool hasArgument(const engine::Error &error, const char *argument)
{
    return std::find(error.args.begin(), error.args.end(), std::string(argument)) != error.args.end();
}

} // namespace

CriteriaEditorDialog::CriteriaEditorDialog(engine::Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_projectPath(session.path())
    , m_model(new CriteriaVariableModel(this))
    , m_intro(new QLabel(this))
    , m_savedLabel(new QLabel(this))
    , m_savedSets(new QComboBox(this))
    , m_loadButton(new QPushButton(this))
    , m_importButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_descriptionLabel(new QLabel(this))
    , m_description(new QLineEdit(this))
    , m_dateLabel(new QLabel(this))
    , m_automaticDate(new QCheckBox(this))
    , m_analysisDate(new QDateEdit(this))
    , m_table(new QTableView(this))
    , m_columns(new QComboBox(this))
    , m_addColumnButton(new QPushButton(this))
    , m_addFormulaButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_levelModel(new OrdinalLevelModel(this))
    , m_levelBox(new QGroupBox(this))
    , m_fillLabel(new QLabel(this))
    , m_englishLikert(new QPushButton(this))
    , m_turkishLikert(new QPushButton(this))
    , m_levelTable(new QTableView(this))
    , m_addLevel(new QPushButton(this))
    , m_removeLevel(new QPushButton(this))
    , m_levelUp(new QPushButton(this))
    , m_levelDown(new QPushButton(this))
    , m_previewTitle(new QLabel(this))
    , m_usage(new QLabel(this))
    , m_before(new HistogramChart(this))
    , m_after(new HistogramChart(this))
    , m_correlationTitle(new QLabel(this))
    , m_heatmap(new CorrelationHeatmap(this))
    , m_warnings(new QLabel(this))
    , m_problemLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this))
{
    if (engine::Result<engine::ProjectSummary> summary = m_session.summary()) {
        m_summary = std::move(summary).value();
    }
    for (const engine::ColumnInfo &column : m_summary.columns) {
        m_columns->addItem(QString::fromStdString(column.name));
    }
    m_saveButton = m_buttons->button(QDialogButtonBox::Save);

    m_intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("variables"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new CriteriaVariableDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight); // narrowed headers end in "…"
    // A selected row would make every header bold, wider than the width the elision was measured in.
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->viewport()->installEventFilter(this); // columns are fitted to its width

    m_automaticDate->setChecked(true);
    m_analysisDate->setObjectName(QStringLiteral("analysisDate"));
    m_automaticDate->setObjectName(QStringLiteral("automaticAnalysisDate"));
    m_analysisDate->setCalendarPopup(true);
    m_analysisDate->setMinimumDate(noDate);
    m_analysisDate->setDate(noDate);
    m_analysisDate->setEnabled(false);

    m_levelTable->setModel(m_levelModel);
    m_levelTable->verticalHeader()->setVisible(false);
    m_levelTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_levelTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_levelTable->horizontalHeader()->setSectionResizeMode(
        OrdinalLevelModel::AnswerColumn, QHeaderView::Stretch);
    m_levelTable->horizontalHeader()->setSectionResizeMode(
        OrdinalLevelModel::NumberColumn, QHeaderView::ResizeToContents);
    m_levelTable->setMaximumHeight(150);
    m_levelBox->setVisible(false);
    m_previewTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_correlationTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    for (QLabel *label : {m_usage, m_warnings, m_problemLabel}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_warnings->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *savedRow = new QHBoxLayout();
    savedRow->addWidget(m_savedLabel);
    savedRow->addWidget(m_savedSets, 1);
    savedRow->addWidget(m_loadButton);
    savedRow->addWidget(m_importButton);
    savedRow->addWidget(m_exportButton);

    auto *form = new QFormLayout();
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_descriptionLabel, m_description);
    auto *dateRow = new QHBoxLayout();
    dateRow->addWidget(m_analysisDate);
    dateRow->addWidget(m_automaticDate, 1);
    form->addRow(m_dateLabel, dateRow);

    auto *fillRow = new QHBoxLayout();
    fillRow->addWidget(m_fillLabel);
    fillRow->addWidget(m_englishLikert);
    fillRow->addWidget(m_turkishLikert);
    fillRow->addStretch(1);
    auto *levelButtons = new QVBoxLayout();
    for (QPushButton *button : {m_addLevel, m_removeLevel, m_levelUp, m_levelDown}) {
        levelButtons->addWidget(button);
    }
    levelButtons->addStretch(1);
    auto *levelRow = new QHBoxLayout();
    levelRow->addWidget(m_levelTable, 1);
    levelRow->addLayout(levelButtons);
    auto *levelLayout = new QVBoxLayout(m_levelBox);
    levelLayout->addLayout(fillRow);
    levelLayout->addLayout(levelRow);

    auto *addRow = new QHBoxLayout();
    addRow->addWidget(m_columns, 1);
    addRow->addWidget(m_addColumnButton);
    addRow->addWidget(m_addFormulaButton);
    addRow->addWidget(m_removeButton);

    auto *left = new QVBoxLayout();
    left->addWidget(m_intro);
    left->addLayout(savedRow);
    left->addLayout(form);
    left->addWidget(m_table, 1);
    left->addLayout(addRow);
    left->addWidget(m_levelBox);
    left->addWidget(m_problemLabel);

    auto *charts = new QHBoxLayout();
    charts->addWidget(m_before);
    charts->addWidget(m_after);
    auto *right = new QVBoxLayout();
    right->addWidget(m_previewTitle);
    right->addWidget(m_usage);
    right->addLayout(charts, 2);
    right->addWidget(m_correlationTitle);
    right->addWidget(m_heatmap, 3);
    right->addWidget(m_warnings);

    auto *columns = new QHBoxLayout();
    columns->addLayout(left, 5);
    columns->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(250);
    connect(&m_previewTimer, &QTimer::timeout, this, &CriteriaEditorDialog::startPreview);
    connect(
        &m_watcher, &QFutureWatcher<PreviewOutcome>::finished, this, &CriteriaEditorDialog::handlePreview);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CriteriaEditorDialog::setChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CriteriaEditorDialog::setChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CriteriaEditorDialog::setChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CriteriaEditorDialog::setChanged);
    connect(m_name, &QLineEdit::textChanged, this, &CriteriaEditorDialog::revalidate);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CriteriaEditorDialog::showSelectedVariable);
    connect(m_addColumnButton, &QPushButton::clicked, this,
        [this] { addColumnVariable(m_columns->currentText()); });
    connect(m_addFormulaButton, &QPushButton::clicked, this, &CriteriaEditorDialog::askFormula);
    connect(m_removeButton, &QPushButton::clicked, this, [this] { removeVariable(selectedVariable()); });
    connect(m_loadButton, &QPushButton::clicked, this, [this] { loadSavedSet(m_savedSets->currentText()); });
    connect(m_importButton, &QPushButton::clicked, this, &CriteriaEditorDialog::askImport);
    connect(m_exportButton, &QPushButton::clicked, this, &CriteriaEditorDialog::askExport);
    connect(m_saveButton, &QPushButton::clicked, this, &CriteriaEditorDialog::save);
    connect(m_automaticDate, &QCheckBox::toggled, this, &CriteriaEditorDialog::analysisDateChanged);
    connect(m_analysisDate, &QDateEdit::dateChanged, this, [this] {
        if (!m_automaticDate->isChecked()) {
            setChanged();
        }
    });
    connect(m_levelModel, &OrdinalLevelModel::levelsEdited, this, &CriteriaEditorDialog::takeEditedLevels);
    connect(m_englishLikert, &QPushButton::clicked, this, [this] { fillLevelsWithPreset("likert-en"); });
    connect(m_turkishLikert, &QPushButton::clicked, this, [this] { fillLevelsWithPreset("likert-tr"); });
    connect(m_addLevel, &QPushButton::clicked, this, [this] {
        const int row = m_levelModel->addLevel(tr("New answer"));
        const QModelIndex answer = m_levelModel->index(row, OrdinalLevelModel::AnswerColumn);
        m_levelTable->setCurrentIndex(answer);
        m_levelTable->edit(answer);
    });
    connect(m_removeLevel, &QPushButton::clicked, this,
        [this] { m_levelModel->removeLevel(m_levelTable->currentIndex().row()); });
    connect(m_levelUp, &QPushButton::clicked, this, [this] { moveSelectedLevel(-1); });
    connect(m_levelDown, &QPushButton::clicked, this, [this] { moveSelectedLevel(+1); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    refreshSavedSets();
    retranslate();
    setChanged();
    resize(1180, 720);
}

CriteriaEditorDialog::~CriteriaEditorDialog()
{
    m_watcher.waitForFinished();
}

engine::CriteriaSet CriteriaEditorDialog::criteriaSet() const
{
    engine::CriteriaSet set;
    set.name = m_name->text().trimmed().toStdString();
    set.description = m_description->text().trimmed().toStdString();
    if (!m_automaticDate->isChecked()) {
        set.analysisDay = dayZero.daysTo(m_analysisDate->date());
    }
    set.variables = m_model->variables();
    return set;
}

void CriteriaEditorDialog::setCriteriaSet(const engine::CriteriaSet &set)
{
    m_name->setText(QString::fromStdString(set.name));
    m_description->setText(QString::fromStdString(set.description));
    setAnalysisDate(set.analysisDay ? dayZero.addDays(*set.analysisDay) : QDate());
    m_model->setVariables(set.variables);
    selectVariable(set.variables.empty() ? -1 : 0);
}

void CriteriaEditorDialog::setSetName(const QString &name)
{
    m_name->setText(name);
}

void CriteriaEditorDialog::setDescription(const QString &description)
{
    m_description->setText(description);
}

void CriteriaEditorDialog::setAnalysisDate(const QDate &date)
{
    const bool automatic = !date.isValid();
    if (!automatic) {
        m_analysisDate->setDate(date);
    }
    m_automaticDate->setChecked(automatic); // analysisDateChanged() when it toggles
}

QDate CriteriaEditorDialog::analysisDate() const
{
    const QDate shown = m_analysisDate->date();
    return shown > noDate ? shown : QDate();
}

bool CriteriaEditorDialog::isAnalysisDateAutomatic() const
{
    return m_automaticDate->isChecked();
}

void CriteriaEditorDialog::analysisDateChanged()
{
    const bool automatic = m_automaticDate->isChecked();
    m_analysisDate->setEnabled(!automatic);
    if (!automatic && m_analysisDate->date() <= noDate) {
        // Start from the automatic date when the preview has one, so a small change is a small edit.
        m_analysisDate->setDate(m_previewValid && m_preview.analysisDay != 0
                ? dayZero.addDays(m_preview.analysisDay)
                : QDate::currentDate());
    }
    setChanged();
}

bool CriteriaEditorDialog::isLevelEditorShown() const
{
    return m_levelBox->isVisibleTo(this);
}

void CriteriaEditorDialog::fillLevelsWithPreset(const char *scale)
{
    if (isLevelEditorShown()) {
        m_levelModel->fillPreset(scale);
    }
}

void CriteriaEditorDialog::takeEditedLevels()
{
    m_takingLevels = true;
    m_model->setOrdinalLevels(selectedVariable(), m_levelModel->levels());
    m_takingLevels = false;
}

void CriteriaEditorDialog::moveSelectedLevel(int step)
{
    const int row = m_levelTable->currentIndex().row();
    const int moved = step < 0 ? m_levelModel->moveUp(row) : m_levelModel->moveDown(row);
    m_levelTable->setCurrentIndex(m_levelModel->index(moved, OrdinalLevelModel::AnswerColumn));
}

void CriteriaEditorDialog::refreshLevelEditor()
{
    if (m_takingLevels) {
        return; // the editor already shows these answers; reloading would reset it mid-edit
    }
    const int row = selectedVariable();
    const bool ordinal = row >= 0 && row < m_model->rowCount()
        && m_model->variables()[static_cast<std::size_t>(row)].kind == engine::VariableKind::Ordinal;
    m_levelBox->setVisible(ordinal);
    if (!ordinal) {
        m_levelModel->setLevels({});
        return;
    }
    const engine::CriteriaVariable &variable = m_model->variables()[static_cast<std::size_t>(row)];
    m_levelBox->setTitle(
        tr("Answers of %1 and the numbers they stand for").arg(QString::fromStdString(variable.name)));
    std::vector<engine::OrdinalLevel> mapping = engine::ordinalMapping(variable);
    if (mapping != m_levelModel->levels()) { // unchanged: keep the editor (and a cell being edited)
        m_levelModel->setLevels(std::move(mapping));
    }
}

void CriteriaEditorDialog::fitColumns()
{
    // Every column in view at once: columns wider than their share give up width, widest first (their text
    // is elided, and whole in the tooltip); the Problem column is an icon.
    QHeaderView *header = m_table->horizontalHeader();
    const int available = m_table->viewport()->width();
    if (available <= 0) {
        return;
    }
    const QAbstractItemView *view = m_table; // sizeHintForColumn is public there, protected in QTableView
    std::vector<int> wanted(CriteriaVariableModel::ColumnCount);
    for (int column = 0; column < CriteriaVariableModel::ColumnCount; ++column) {
        wanted[static_cast<std::size_t>(column)]
            = std::max(header->sectionSizeHint(column), view->sizeHintForColumn(column));
    }
    const auto total = [&wanted](int cap) {
        int sum = 0;
        for (int width : wanted) {
            sum += std::min(width, cap);
        }
        return sum;
    };
    const int widest = *std::max_element(wanted.begin(), wanted.end());
    const int floor = fontMetrics().averageCharWidth() * 6;
    int cap = widest;
    if (total(widest) > available) {
        int low = floor; // the smallest cap that still fits, found by halving
        int high = widest;
        while (low < high) {
            const int middle = (low + high + 1) / 2;
            if (total(middle) <= available) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        cap = low;
    }
    for (int column = 0; column < CriteriaVariableModel::ColumnCount; ++column) {
        header->resizeSection(column, std::min(wanted[static_cast<std::size_t>(column)], cap));
    }
}

bool CriteriaEditorDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        fitColumns();
    }
    return QDialog::eventFilter(watched, event);
}

int CriteriaEditorDialog::addColumnVariable(const QString &column)
{
    const std::string name = column.toStdString();
    const auto found = std::find_if(m_summary.columns.begin(), m_summary.columns.end(),
        [&name](const engine::ColumnInfo &info) { return info.name == name; });
    if (found == m_summary.columns.end()) {
        return -1;
    }
    std::set<std::string> taken;
    for (const engine::CriteriaVariable &variable : m_model->variables()) {
        taken.insert(variable.name);
    }
    engine::CriteriaVariable variable;
    variable.column = name;
    variable.name = name;
    for (int number = 2; taken.count(variable.name) > 0; ++number) {
        variable.name = name + " " + std::to_string(number);
    }
    variable.family = found->family;
    // A date column becomes "days before the analysis date"; other text columns are categories.
    variable.kind = found->isDate() ? engine::VariableKind::Date
        : found->isNumeric()        ? engine::VariableKind::Numeric
                                    : engine::VariableKind::Categorical;
    const int row = m_model->addVariable(variable);
    selectVariable(row);
    return row;
}

int CriteriaEditorDialog::addFormulaVariable(const QString &name, const QString &expression)
{
    engine::CriteriaVariable variable;
    variable.name = name.trimmed().toStdString();
    variable.expression = expression.trimmed().toStdString();
    variable.family = engine::CriteriaFamily::Other;
    const int row = m_model->addVariable(variable);
    selectVariable(row);
    return row;
}

void CriteriaEditorDialog::removeVariable(int row)
{
    m_model->removeVariable(row);
    selectVariable(std::min(row, m_model->rowCount() - 1));
}

void CriteriaEditorDialog::selectVariable(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_table->selectionModel()->clearSelection();
        showSelectedVariable();
        return;
    }
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showSelectedVariable();
}

int CriteriaEditorDialog::selectedVariable() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void CriteriaEditorDialog::setChanged()
{
    refreshLevelEditor();
    ++m_generation;
    revalidate();
    m_previewTimer.start();
    m_usage->setText(tr("Updating the preview…"));
}

void CriteriaEditorDialog::revalidate()
{
    const engine::CriteriaSet set = criteriaSet();
    std::vector<QString> rowProblems(static_cast<std::size_t>(m_model->rowCount()));
    m_problems.clear();
    for (const engine::Error &error : m_session.validate(set)) {
        const QString message = ErrorPresenter::message(error);
        const int row = errorRow(error);
        if (row >= 0 && row < m_model->rowCount()) {
            QString &text = rowProblems[static_cast<std::size_t>(row)];
            text = text.isEmpty() ? message : text + QLatin1Char(' ') + message;
            m_problems.append(tr("%1: %2").arg(
                QString::fromStdString(set.variables[static_cast<std::size_t>(row)].name), message));
        } else if (hasArgument(error, "$.name")) {
            m_problems.append(tr("Give the set a name before saving it."));
        } else if (set.variables.empty()) {
            m_problems.append(tr("Add at least one variable: a column, or a formula."));
        } else {
            m_problems.append(message);
        }
    }
    m_problems.removeDuplicates();
    m_model->setProblems(rowProblems);
    fitColumns();
    QStringList shown = m_problems;
    if (!m_previewProblem.isEmpty()) {
        shown.append(m_previewProblem);
    }
    m_problemLabel->setText(shown.join(QLatin1Char('\n')));
    m_problemLabel->setVisible(!shown.isEmpty());
    m_saveButton->setEnabled(m_problems.isEmpty());
    m_exportButton->setEnabled(m_problems.isEmpty());
    m_removeButton->setEnabled(m_model->rowCount() > 0);
}

bool CriteriaEditorDialog::isPreviewPending() const
{
    // Not m_watcher.isRunning(): that turns false before finished() reaches handlePreview().
    return m_previewTimer.isActive() || m_previewInFlight;
}

void CriteriaEditorDialog::startPreview()
{
    if (m_previewInFlight) {
        return; // handlePreview() starts the next one when this one ends
    }
    engine::CriteriaSet set = criteriaSet();
    if (set.name.empty()) {
        set.name = "preview"; // the preview does not need the name the set is saved under
    }
    m_previewProblem.clear();
    if (set.variables.empty() || !m_session.validate(set).empty()) {
        m_preview = engine::CriteriaPreview();
        m_previewValid = false;
        showPreview();
        revalidate();
        Q_EMIT previewUpdated();
        return;
    }
    m_runningGeneration = m_generation;
    m_previewInFlight = true;
    const std::string path = m_projectPath;
    m_watcher.setFuture(QtConcurrent::run([path, set]() -> PreviewOutcome {
        engine::Result<engine::Session> session = engine::Session::openProject(path);
        if (!session) {
            return session.error();
        }
        engine::NullProgress progress;
        engine::Result<engine::CriteriaPreview> preview
            = session.value().previewCriteria(set, engine::CriteriaPreviewParams(), progress);
        if (!preview) {
            return preview.error();
        }
        return std::move(preview).value();
    }));
}

void CriteriaEditorDialog::handlePreview()
{
    m_previewInFlight = false;
    if (m_runningGeneration != m_generation) {
        // The set changed while this preview was computed: drop it, compute the current one.
        if (!m_previewTimer.isActive()) {
            startPreview();
        }
        return;
    }
    const PreviewOutcome outcome = m_watcher.future().resultCount() > 0
        ? m_watcher.result()
        : PreviewOutcome(engine::makeError(engine::ErrorCode::Cancelled));
    if (const auto *error = std::get_if<engine::Error>(&outcome)) {
        m_preview = engine::CriteriaPreview();
        m_previewValid = false;
        m_previewProblem = ErrorPresenter::message(*error);
    } else {
        m_preview = std::get<engine::CriteriaPreview>(outcome);
        m_previewValid = true;
        m_previewProblem.clear();
    }
    showPreview();
    revalidate();
    Q_EMIT previewUpdated();
}

QString CriteriaEditorDialog::usageSentence() const
{
    if (!m_previewValid) {
        return QString();
    }
    // Numbers of customers through %Ln: plural forms from the translation, digits grouped by the locale.
    const int used = static_cast<int>(m_preview.usedCount);
    if (m_preview.droppedCount == 0) {
        return tr("All %Ln customers will be used.", nullptr, used);
    }
    QStringList reasons;
    for (const engine::VariablePreview &variable : m_preview.variables) {
        if (variable.missing.policy == engine::MissingPolicy::DropCustomer
            && variable.missing.missingCount > 0) {
            reasons.append(QString::fromStdString(variable.variable.name));
        }
    }
    const int dropped = static_cast<int>(m_preview.droppedCount);
    const QString usedSentence = tr("%Ln customers will be used.", nullptr, used);
    const QString droppedSentence = reasons.size() == 1
        ? tr("%Ln customers are left out because %1 is missing.", nullptr, dropped).arg(reasons.front())
        : tr("%Ln customers are left out because one of %1 is missing.", nullptr, dropped)
              .arg(QLocale().createSeparatedList(reasons));
    return usedSentence + QLatin1Char(' ') + droppedSentence;
}

QString CriteriaEditorDialog::correlationWarningText() const
{
    QStringList lines;
    for (const engine::CorrelationWarning &warning : m_preview.warnings) {
        lines.append(tr("%1 and %2 are almost the same (r = %3): together they count their shared trait "
                        "twice. Consider removing one or lowering its weight.")
                         .arg(QString::fromStdString(warning.first), QString::fromStdString(warning.second),
                             LocaleFormat::decimal(warning.correlation, 2)));
    }
    return lines.join(QLatin1Char('\n'));
}

void CriteriaEditorDialog::showPreview()
{
    if (m_automaticDate->isChecked()) {
        // Show the date the engine chose (the day after the latest date), or that there is none to show.
        m_analysisDate->setDate(
            m_previewValid && m_preview.analysisDay != 0 ? dayZero.addDays(m_preview.analysisDay) : noDate);
    }
    if (m_previewValid) {
        m_usage->setText(usageSentence());
    } else {
        m_usage->setText(tr("The preview appears when the set has variables and no problems."));
    }
    QStringList labels;
    for (const std::string &label : m_preview.correlationLabels) {
        labels.append(QString::fromStdString(label));
    }
    m_heatmap->setCorrelation(labels, m_preview.correlation);
    const QString warnings = correlationWarningText();
    if (m_previewValid && warnings.isEmpty() && labels.size() > 1) {
        m_warnings->setText(tr("No two variables are almost the same."));
    } else {
        m_warnings->setText(warnings);
    }
    m_warnings->setVisible(!m_warnings->text().isEmpty());
    m_warnings->setStyleSheet(warnings.isEmpty() ? QString() : QStringLiteral("color: #8a5300;"));
    showSelectedVariable();
}

void CriteriaEditorDialog::showSelectedVariable()
{
    refreshLevelEditor();
    const int row = selectedVariable();
    const engine::VariablePreview *shown = nullptr;
    if (row >= 0 && row < m_model->rowCount()) {
        const std::string &name = m_model->variables()[static_cast<std::size_t>(row)].name;
        for (const engine::VariablePreview &variable : m_preview.variables) {
            if (variable.variable.name == name) {
                shown = &variable;
            }
        }
    }
    if (shown == nullptr) {
        m_before->setHistogram(tr("Select a variable to see its values"), engine::Histogram());
        m_after->setHistogram(QString(), engine::Histogram());
        return;
    }
    const QString name = QString::fromStdString(shown->variable.name);
    if (shown->variable.kind == engine::VariableKind::Categorical) {
        engine::Histogram levels;
        for (const engine::LevelCount &level : shown->levels) {
            levels.counts.push_back(level.count);
        }
        m_before->setHistogram(
            tr("%1: %n categories", nullptr, static_cast<int>(shown->levels.size())).arg(name), levels);
        m_after->setHistogram(tr("One column per category"), engine::Histogram());
        return;
    }
    m_before->setHistogram(tr("%1 as it is").arg(name), shown->before);
    m_after->setHistogram(
        tr("%1 after: %2")
            .arg(name,
                CriteriaVariableModel::transformNames().value(static_cast<int>(shown->variable.transform))),
        shown->after);
}

bool CriteriaEditorDialog::save()
{
    revalidate();
    if (!m_problems.isEmpty()) {
        return false;
    }
    const engine::Result<engine::CriteriaSetInfo> stored = m_session.saveCriteriaSet(criteriaSet());
    if (!stored) {
        showError(ErrorPresenter::message(stored.error()));
        return false;
    }
    refreshSavedSets();
    m_savedSets->setCurrentText(QString::fromStdString(stored.value().name));
    Q_EMIT saved(QString::fromStdString(stored.value().name));
    return true;
}

bool CriteriaEditorDialog::loadSavedSet(const QString &name)
{
    const engine::Result<engine::CriteriaSet> set = m_session.criteriaSet(name.toStdString());
    if (!set) {
        showError(ErrorPresenter::message(set.error()));
        return false;
    }
    setCriteriaSet(set.value());
    return true;
}

bool CriteriaEditorDialog::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Could not read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    const engine::Result<engine::CriteriaSet> set = engine::readCriteriaSet(
        std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    if (!set) {
        showError(ErrorPresenter::message(set.error()));
        return false;
    }
    setCriteriaSet(set.value());
    return true;
}

bool CriteriaEditorDialog::exportFile(const QString &path)
{
    QFile file(path);
    const std::string text = engine::writeCriteriaSet(criteriaSet());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size())) {
        showError(tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void CriteriaEditorDialog::refreshSavedSets()
{
    const QString current = m_savedSets->currentText();
    m_savedSets->clear();
    if (engine::Result<std::vector<engine::CriteriaSetInfo>> sets = m_session.criteriaSets()) {
        for (const engine::CriteriaSetInfo &info : sets.value()) {
            m_savedSets->addItem(QString::fromStdString(info.name));
        }
    }
    m_savedSets->setCurrentText(current);
    m_loadButton->setEnabled(m_savedSets->count() > 0);
    m_savedSets->setEnabled(m_savedSets->count() > 0);
}

void CriteriaEditorDialog::showError(const QString &text)
{
    m_previewProblem = text;
    revalidate();
}

void CriteriaEditorDialog::askFormula()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Add a formula"), tr("Name of the new variable:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty()) {
        return;
    }
    const QString expression = QInputDialog::getText(this, tr("Add a formula"),
        tr("Formula, e.g. Grocery / (Fresh + 1) or log(Milk). Put names with spaces in [brackets]:"),
        QLineEdit::Normal, QString(), &ok);
    if (ok && !expression.trimmed().isEmpty()) {
        addFormulaVariable(name, expression);
    }
}

void CriteriaEditorDialog::askImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a criteria set"), QString(), tr("Criteria sets (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        importFile(path);
    }
}

void CriteriaEditorDialog::askExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the criteria set"),
        m_name->text().trimmed() + QStringLiteral(".json"), tr("Criteria sets (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        exportFile(path);
    }
}

void CriteriaEditorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        revalidate();
        showPreview();
    }
    QDialog::changeEvent(event);
}

void CriteriaEditorDialog::retranslate()
{
    setWindowTitle(tr("Criteria sets"));
    m_intro->setText(tr("Choose what describes your customers. Each variable is a column or a formula; "
                        "its weight (0 to 5) says how much it counts when customers are compared."));
    m_savedLabel->setText(tr("Saved sets:"));
    m_loadButton->setText(tr("&Load"));
    m_importButton->setText(tr("&Import…"));
    m_exportButton->setText(tr("E&xport…"));
    m_nameLabel->setText(tr("&Name:"));
    m_nameLabel->setBuddy(m_name);
    m_descriptionLabel->setText(tr("&Description:"));
    m_descriptionLabel->setBuddy(m_description);
    m_dateLabel->setText(tr("Analysis da&te:"));
    m_dateLabel->setBuddy(m_analysisDate);
    m_dateLabel->setToolTip(tr("Date variables become the number of days before this date."));
    m_automaticDate->setText(tr("Automatic: the day after the latest date"));
    m_analysisDate->setSpecialValueText(tr("(no date variable)"));
    m_fillLabel->setText(tr("Fill with:"));
    m_englishLikert->setText(tr("English Likert scale"));
    m_englishLikert->setToolTip(tr("Strongly disagree = 1 … Strongly agree = 5"));
    m_turkishLikert->setText(tr("Turkish Likert scale"));
    m_turkishLikert->setToolTip(tr("Kesinlikle katılmıyorum = 1 … Kesinlikle katılıyorum = 5"));
    m_addLevel->setText(tr("Add ans&wer"));
    m_removeLevel->setText(tr("Remove answer"));
    m_levelUp->setText(tr("Move up"));
    m_levelUp->setToolTip(tr("The answer takes the number of the one above"));
    m_levelDown->setText(tr("Move down"));
    m_levelDown->setToolTip(tr("The answer takes the number of the one below"));
    refreshLevelEditor();
    m_addColumnButton->setText(tr("&Add column"));
    m_addFormulaButton->setText(tr("Add &formula…"));
    m_removeButton->setText(tr("&Remove"));
    m_previewTitle->setText(tr("Preview"));
    m_correlationTitle->setText(tr("How alike the variables are"));
    m_saveButton->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
}

} // namespace segmenta::ui
