// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "import/ImportWizard.h"

#include "common/ErrorPresenter.h"
#include "common/LocaleFormat.h"
#include "import/ImportPreviewModel.h"
#include "jobs/JobProgressBar.h"
#include "jobs/PromiseProgress.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <functional>

namespace segmenta::ui {

namespace {

/// A wizard page whose completeness the wizard decides.
class WizardPage final : public QWizardPage
{
public:
    explicit WizardPage(std::function<bool()> complete, QWidget *parent = nullptr)
        : QWizardPage(parent)
        , m_complete(std::move(complete))
    { }
    bool isComplete() const override { return m_complete(); }
    void setInitialize(std::function<void()> initialize) { m_initialize = std::move(initialize); }
    void initializePage() override
    {
        if (m_initialize) {
            m_initialize();
        }
    }

private:
    std::function<bool()> m_complete;
    std::function<void()> m_initialize;
};

void refresh(QWizardPage *page)
{
    Q_EMIT page->completeChanged();
}

constexpr int sampleRows = 100;
constexpr int examplesShown = 3;
constexpr int maxPreviewColumnWidth = 320; ///< pixels

const std::vector<std::string> customerRoles {"", "customer_id", "skip"};
const std::vector<std::string> transactionRoles {
    "", "customer_id", "order_id", "date", "amount", "quantity", "unit_price", "category", "channel"};
constexpr std::array<engine::InferredType, 8> allTypes {engine::InferredType::Integer,
    engine::InferredType::Decimal, engine::InferredType::Date, engine::InferredType::DateTime,
    engine::InferredType::Boolean, engine::InferredType::Categorical, engine::InferredType::FreeText,
    engine::InferredType::Identifier};
constexpr std::array<engine::CriteriaFamily, 5> allFamilies {engine::CriteriaFamily::Demographic,
    engine::CriteriaFamily::Psychographic, engine::CriteriaFamily::Behavioural, engine::CriteriaFamily::Value,
    engine::CriteriaFamily::Other};

enum ColumnsTableColumn
{
    NameColumn,
    ExampleColumn,
    TypeColumn,
    RoleColumn,
    FamilyColumn,
    ColumnsTableColumnCount
};

QString dateText(std::int64_t day)
{
    return QLocale().toString(QDate(1970, 1, 1).addDays(day), QLocale::ShortFormat);
}

} // namespace

ImportWizard::ImportWizard(const QString &projectPath, QWidget *parent)
    : QWizard(parent)
    , m_projectPath(projectPath)
    , m_previewModel(new ImportPreviewModel(this))
    , m_jobs(new JobRunner(this))
{
    m_options.sampleRowCount = sampleRows;
    m_previewPool.setMaxThreadCount(1);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    buildFilePage();
    buildOptionsPage();
    buildColumnsPage();
    buildProblemsPage();
    buildImportPage();
    setPage(FilePage, m_filePage);
    setPage(OptionsPage, m_optionsPage);
    setPage(ColumnsPage, m_columnsPage);
    setPage(ProblemsPage, m_problemsPage);
    setPage(ImportPage, m_importPage);
    setStartId(FilePage);

    connect(m_jobs, &JobRunner::progressChanged, this, &ImportWizard::showImportProgress);
    connect(m_jobs, &JobRunner::importSucceeded, this, [this](const engine::ImportReport &report) {
        QString text = tr("%1 customers were added to the project, with %2 columns you can segment on.")
                           .arg(LocaleFormat::count(report.customerCount),
                               LocaleFormat::count(static_cast<std::int64_t>(report.columns.size())));
        text += QLatin1Char(' ');
        text += report.idColumn.empty()
            ? tr("The file has no customer ID column, so the customers were numbered 1, 2, 3, … in file "
                 "order.")
            : tr("Customer IDs come from the column “%1”.").arg(QString::fromStdString(report.idColumn));
        if (report.rowsSkipped > 0) {
            text += QLatin1Char(' ')
                + tr("%1 rows with problems were left out.").arg(LocaleFormat::count(report.rowsSkipped));
        }
        m_imported = true;
        showImportEnd(text, true);
    });
    connect(m_jobs, &JobRunner::transactionImportSucceeded, this,
        [this](const engine::TransactionImportReport &report) {
            QString text
                = tr("%1 purchases were imported from %2 rows in the file.")
                      .arg(LocaleFormat::count(report.rowsImported), LocaleFormat::count(report.rowsRead));
            if (report.rowsSkipped > 0) {
                text += QLatin1Char(' ')
                    + tr("%1 rows with problems were left out.").arg(LocaleFormat::count(report.rowsSkipped));
            }
            if (report.rowsAlreadyImported > 0) {
                text += QLatin1Char(' ')
                    + tr("%1 rows were already in the project and were left out.")
                          .arg(LocaleFormat::count(report.rowsAlreadyImported));
            }
            text += QLatin1Char(' ')
                + tr("The project now has %1 customers (%2 of them new), with purchases from %3 to %4.")
                      .arg(LocaleFormat::count(report.customerCount),
                          LocaleFormat::count(report.newCustomerCount), dateText(report.firstDay),
                          dateText(report.lastDay));
            m_imported = true;
            showImportEnd(text, true);
        });
    connect(m_jobs, &JobRunner::failed, this, [this](const engine::Error &error) {
        showImportEnd(ErrorPresenter::message(error) + QLatin1Char('\n')
                + tr("Nothing was written: the project is as it was."),
            false);
    });
    connect(m_jobs, &JobRunner::cancelled, this, [this] {
        showImportEnd(tr("The import was cancelled. Nothing was written: the project is as it was."), false);
    });
    connect(m_jobs, &JobRunner::finished, this, [this] {
        m_importEnded = true;
        m_cancelImportButton->setEnabled(false);
        refresh(m_importPage);
        Q_EMIT importFinished();
    });
    retranslate();
    resize(1000, 680);
}

ImportWizard::~ImportWizard()
{
    m_previewFuture.cancel();
    m_previewPool.waitForDone();
}

void ImportWizard::buildFilePage()
{
    m_filePage = new WizardPage([this] {
        return !m_options.filePath.empty() && QFileInfo::exists(QString::fromStdString(m_options.filePath));
    });
    m_fileLabel = new QLabel;
    m_fileEdit = new QLineEdit;
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    m_browseButton = new QPushButton;
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    connect(m_browseButton, &QPushButton::clicked, this, &ImportWizard::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browseButton);

    m_kindLabel = new QLabel;
    m_customersButton = new QRadioButton;
    m_customersButton->setObjectName(QStringLiteral("customersButton"));
    m_transactionsButton = new QRadioButton;
    m_transactionsButton->setObjectName(QStringLiteral("transactionsButton"));
    m_customersButton->setChecked(true);
    auto *kindGroup = new QButtonGroup(m_filePage);
    kindGroup->addButton(m_customersButton);
    kindGroup->addButton(m_transactionsButton);
    connect(kindGroup, &QButtonGroup::buttonClicked, this, [this](QAbstractButton *button) {
        setKind(button == m_transactionsButton ? engine::ImportKind::Transactions
                                               : engine::ImportKind::Customers);
    });
    m_kindHint = new QLabel;
    m_kindHint->setWordWrap(true);
    m_fileStatus = new QLabel;
    m_fileStatus->setWordWrap(true);

    auto *layout = new QVBoxLayout(m_filePage);
    layout->addWidget(m_fileLabel);
    layout->addLayout(fileRow);
    layout->addSpacing(16);
    layout->addWidget(m_kindLabel);
    layout->addWidget(m_customersButton);
    layout->addWidget(m_transactionsButton);
    layout->addWidget(m_kindHint);
    layout->addSpacing(8);
    layout->addWidget(m_fileStatus);
    layout->addStretch(1);
}

void ImportWizard::buildOptionsPage()
{
    auto *page = new WizardPage([this] { return m_preview && !m_previewError && !isPreviewRunning(); });
    m_optionsPage = page;
    m_delimiterLabel = new QLabel;
    m_encodingLabel = new QLabel;
    m_decimalLabel = new QLabel;
    m_dateLabel = new QLabel;
    m_sheetLabel = new QLabel;
    m_delimiterCombo = new QComboBox;
    m_delimiterCombo->setObjectName(QStringLiteral("delimiterCombo"));
    for (const char *value : {"", ",", ";", "\t", "|"}) {
        m_delimiterCombo->addItem(QString(), QString::fromLatin1(value));
    }
    m_encodingCombo = new QComboBox;
    m_encodingCombo->setObjectName(QStringLiteral("encodingCombo"));
    for (const char *value : {"", "utf-8", "utf-16", "windows-1254", "iso-8859-9", "windows-1252"}) {
        m_encodingCombo->addItem(QString(), QString::fromLatin1(value));
    }
    m_decimalCombo = new QComboBox;
    m_decimalCombo->setObjectName(QStringLiteral("decimalCombo"));
    for (const engine::DecimalMark mark :
        {engine::DecimalMark::Auto, engine::DecimalMark::Dot, engine::DecimalMark::Comma}) {
        m_decimalCombo->addItem(QString(), static_cast<int>(mark));
    }
    m_dateCombo = new QComboBox;
    m_dateCombo->setObjectName(QStringLiteral("dateCombo"));
    m_dateCombo->addItem(QString(), -1);
    for (const engine::DateFormat format : {engine::DateFormat::Iso, engine::DateFormat::DayMonthYear,
             engine::DateFormat::MonthDayYear, engine::DateFormat::Compact}) {
        m_dateCombo->addItem(QString(), static_cast<int>(format));
    }
    m_sheetCombo = new QComboBox;
    m_sheetCombo->setObjectName(QStringLiteral("sheetCombo"));
    for (QComboBox *combo : {m_delimiterCombo, m_encodingCombo, m_decimalCombo, m_dateCombo, m_sheetCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportWizard::optionsEdited);
    }

    auto *form = new QFormLayout;
    form->addRow(m_delimiterLabel, m_delimiterCombo);
    form->addRow(m_encodingLabel, m_encodingCombo);
    form->addRow(m_decimalLabel, m_decimalCombo);
    auto *form2 = new QFormLayout;
    form2->addRow(m_dateLabel, m_dateCombo);
    form2->addRow(m_sheetLabel, m_sheetCombo);
    auto *forms = new QHBoxLayout;
    forms->addLayout(form);
    forms->addSpacing(24);
    forms->addLayout(form2);
    forms->addStretch(1);

    m_detectedLabel = new QLabel;
    m_detectedLabel->setWordWrap(true);
    m_previewStatus = new QLabel;
    m_previewStatus->setWordWrap(true);
    m_previewStatus->setObjectName(QStringLiteral("previewStatus"));
    m_previewView = new QTableView;
    m_previewView->setObjectName(QStringLiteral("previewView"));
    m_previewView->setModel(m_previewModel);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->horizontalHeader()->setDefaultSectionSize(120);
    m_previewView->verticalHeader()->setDefaultSectionSize(m_previewView->fontMetrics().height() + 6);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(forms);
    layout->addWidget(m_detectedLabel);
    layout->addWidget(m_previewStatus);
    layout->addWidget(m_previewView, 1);
}

void ImportWizard::buildColumnsPage()
{
    auto *page = new WizardPage([this] {
        if (kind() == engine::ImportKind::Customers) {
            return true;
        }
        const std::vector<std::string> roles = columnRoles();
        const auto has = [&roles](const char *role) {
            return std::find(roles.begin(), roles.end(), role) != roles.end();
        };
        return has("customer_id") && has("date") && (has("amount") || (has("unit_price") && has("quantity")));
    });
    page->setInitialize([this] { fillColumnsTable(); });
    m_columnsPage = page;
    m_columnsHint = new QLabel;
    m_columnsHint->setWordWrap(true);
    m_columnsTable = new QTableWidget(0, ColumnsTableColumnCount);
    m_columnsTable->setObjectName(QStringLiteral("columnsTable"));
    m_columnsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columnsTable->verticalHeader()->hide();
    m_columnsTable->horizontalHeader()->setSectionResizeMode(ExampleColumn, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_columnsHint);
    layout->addWidget(m_columnsTable, 1);
}

void ImportWizard::buildProblemsPage()
{
    auto *page = new WizardPage([] { return true; });
    page->setInitialize([this] { fillProblems(); });
    page->setCommitPage(true);
    m_problemsPage = page;
    m_problemsSummary = new QLabel;
    m_problemsSummary->setWordWrap(true);
    m_problemsSummary->setObjectName(QStringLiteral("problemsSummary"));
    m_problemsTable = new QTableWidget(0, 4);
    m_problemsTable->setObjectName(QStringLiteral("problemsTable"));
    m_problemsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemsTable->verticalHeader()->hide();
    m_problemsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_choiceLabel = new QLabel;
    m_choiceLabel->setWordWrap(true);
    m_skipButton = new QRadioButton;
    m_skipButton->setObjectName(QStringLiteral("skipButton"));
    m_stopButton = new QRadioButton;
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_missingButton = new QRadioButton;
    m_missingButton->setObjectName(QStringLiteral("missingButton"));
    m_choiceGroup = new QButtonGroup(page);
    m_choiceGroup->addButton(m_skipButton, static_cast<int>(ProblemChoice::SkipRows));
    m_choiceGroup->addButton(m_stopButton, static_cast<int>(ProblemChoice::Stop));
    m_choiceGroup->addButton(m_missingButton, static_cast<int>(ProblemChoice::TreatAsMissing));
    m_skipButton->setChecked(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_problemsSummary);
    layout->addWidget(m_problemsTable, 1);
    layout->addWidget(m_choiceLabel);
    layout->addWidget(m_skipButton);
    layout->addWidget(m_stopButton);
    layout->addWidget(m_missingButton);
}

void ImportWizard::buildImportPage()
{
    auto *page = new WizardPage([this] { return m_importEnded && m_imported; });
    page->setInitialize([this] { startImport(); });
    m_importPage = page;
    m_importStatus = new QLabel;
    m_importStatus->setWordWrap(true);
    m_importBar = new QProgressBar;
    m_importBar->setObjectName(QStringLiteral("importBar"));
    m_cancelImportButton = new QPushButton;
    m_cancelImportButton->setObjectName(QStringLiteral("cancelImportButton"));
    connect(m_cancelImportButton, &QPushButton::clicked, this, &ImportWizard::cancelImport);
    m_summaryLabel = new QLabel;
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_startOverButton = new QPushButton;
    m_startOverButton->setObjectName(QStringLiteral("startOverButton"));
    m_startOverButton->hide();
    connect(m_startOverButton, &QPushButton::clicked, this, [this] { restart(); });
    auto *barRow = new QHBoxLayout;
    barRow->addWidget(m_importBar, 1);
    barRow->addWidget(m_cancelImportButton);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_importStatus);
    layout->addLayout(barRow);
    layout->addSpacing(12);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_startOverButton, 0, Qt::AlignLeft);
    layout->addStretch(1);
}

void ImportWizard::retranslate()
{
    setWindowTitle(tr("Import data"));
    setButtonText(QWizard::CommitButton, tr("Import"));
    m_filePage->setTitle(tr("Choose a file"));
    m_filePage->setSubTitle(
        tr("Pick the file that holds your customers or their purchases: a CSV or text file, "
           "or an Excel workbook (.xlsx). You can also drop a file onto the main window."));
    m_fileLabel->setText(tr("File:"));
    m_fileEdit->setPlaceholderText(tr("No file chosen yet"));
    m_browseButton->setText(tr("Browse…"));
    m_kindLabel->setText(tr("What does the file hold?"));
    m_customersButton->setText(tr("A customer table: one row per customer"));
    m_transactionsButton->setText(tr("A transaction log: one row per purchase (order line)"));

    m_optionsPage->setTitle(tr("How the file is written"));
    m_optionsPage->setSubTitle(tr("Segmenta has guessed how the file is written. If the table below looks "
                                  "wrong, change the settings until it looks right."));
    m_delimiterLabel->setText(tr("Values separated by:"));
    m_encodingLabel->setText(tr("Character set:"));
    m_decimalLabel->setText(tr("Decimal mark:"));
    m_dateLabel->setText(tr("Dates written as:"));
    m_sheetLabel->setText(tr("Sheet:"));
    const QStringList delimiters {
        tr("Find out"), tr("Comma ( , )"), tr("Semicolon ( ; )"), tr("Tab"), tr("Bar ( | )")};
    const QStringList encodings {tr("Find out"), tr("UTF-8 (Unicode)"), tr("UTF-16 (Excel “Unicode text”)"),
        tr("Turkish (Windows-1254)"), tr("Turkish (ISO-8859-9)"), tr("Western European (Windows-1252)")};
    const QStringList decimals {tr("Find out"), tr("Dot: 1234.56"), tr("Comma: 1234,56")};
    const QStringList dates {tr("Find out"), tr("2024-12-31"), tr("31.12.2024 (day first)"),
        tr("12/31/2024 (month first)"), tr("20241231")};
    for (int i = 0; i < m_delimiterCombo->count(); ++i) {
        m_delimiterCombo->setItemText(i, delimiters.value(i));
    }
    for (int i = 0; i < m_encodingCombo->count(); ++i) {
        m_encodingCombo->setItemText(i, encodings.value(i));
    }
    for (int i = 0; i < m_decimalCombo->count(); ++i) {
        m_decimalCombo->setItemText(i, decimals.value(i));
    }
    for (int i = 0; i < m_dateCombo->count(); ++i) {
        m_dateCombo->setItemText(i, dates.value(i));
    }
    if (m_sheetCombo->count() > 0) {
        m_sheetCombo->setItemText(0, tr("First sheet"));
    }

    m_columnsPage->setTitle(tr("Columns"));
    m_columnsPage->setSubTitle(tr("What each column holds. Segmenta's suggestions are already chosen; change "
                                  "any that are wrong."));
    m_columnsTable->setHorizontalHeaderLabels(
        {tr("Column"), tr("Example values"), tr("Kind of values"), tr("Used as"), tr("Criteria family")});

    m_problemsPage->setTitle(tr("Problems"));
    m_problemsPage->setSubTitle(tr("What Segmenta found when it read the whole file. Nothing has been "
                                   "written yet."));
    m_problemsTable->setHorizontalHeaderLabels({tr("Column"), tr("Problem"), tr("Line"), tr("Value")});
    m_choiceLabel->setText(tr("What should happen to rows with problems?"));
    m_skipButton->setText(tr("Leave those rows out and import the rest"));
    m_stopButton->setText(tr("Import nothing, so I can fix the file first"));
    m_missingButton->setText(tr("Import those rows and leave the values that cannot be read empty"));

    m_importPage->setTitle(tr("Import"));
    m_importPage->setSubTitle(tr("Segmenta writes the file into the project. All of it is written, or "
                                 "nothing is."));
    m_cancelImportButton->setText(tr("Cancel import"));
    m_startOverButton->setText(tr("Start over"));

    if (m_preview || m_previewError) {
        showPreview(m_preview ? PreviewOutcome(*m_preview) : PreviewOutcome(*m_previewError));
    }
    if (currentId() == ColumnsPage) {
        fillColumnsTable();
    } else if (currentId() == ProblemsPage) {
        fillProblems();
    }
}

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizard::changeEvent(event);
}

void ImportWizard::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a file to import"), QString(),
        tr("Data files (*.csv *.tsv *.txt *.xlsx);;All files (*)"));
    if (!path.isEmpty()) {
        setFilePath(path);
    }
}

void ImportWizard::setFilePath(const QString &path)
{
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_options.filePath = path.toStdString();
    m_options.sheet.clear();
    m_kindChosen = false;
    m_preview.reset();
    m_previewError.reset();
    m_previewModel->clear();
    {
        const QSignalBlocker blocker(m_sheetCombo);
        m_sheetCombo->clear();
    }
    refresh(m_filePage);
    requestPreview();
}

QString ImportWizard::filePath() const
{
    return QString::fromStdString(m_options.filePath);
}

engine::ImportKind ImportWizard::kind() const
{
    return m_transactionsButton->isChecked() ? engine::ImportKind::Transactions
                                             : engine::ImportKind::Customers;
}

void ImportWizard::setKind(engine::ImportKind kind)
{
    m_kindChosen = true;
    (kind == engine::ImportKind::Transactions ? m_transactionsButton : m_customersButton)->setChecked(true);
    requestPreview();
}

void ImportWizard::optionsEdited()
{
    if (m_updatingOptions) {
        return;
    }
    const QString delimiter = m_delimiterCombo->currentData().toString();
    m_options.delimiter
        = delimiter.isEmpty() ? std::nullopt : std::optional<char>(delimiter.at(0).toLatin1());
    m_options.encoding = m_encodingCombo->currentData().toString().toStdString();
    m_options.decimalMark = static_cast<engine::DecimalMark>(m_decimalCombo->currentData().toInt());
    const int date = m_dateCombo->currentData().toInt();
    m_options.dateFormat = date < 0 ? std::nullopt : std::optional(static_cast<engine::DateFormat>(date));
    m_options.sheet = m_sheetCombo->currentData().toString().toStdString();
    requestPreview();
}

void ImportWizard::requestPreview()
{
    if (m_options.filePath.empty()) {
        return;
    }
    m_options.kind = m_kindChosen ? std::optional(kind()) : std::nullopt;
    const int generation = ++m_previewGeneration;
    m_previewFuture.cancel(); // an older request is stale now: stop it and drop what it finds
    ++m_pendingPreviews;
    const engine::ImportPreviewParams params = m_options;
    m_previewFuture = QtConcurrent::run(&m_previewPool, [params](QPromise<PreviewOutcome> &promise) {
        PromiseProgress<PreviewOutcome> progress(promise);
        engine::Result<engine::ImportPreview> result = engine::Session::previewImport(params, progress);
        promise.addResult(
            result ? PreviewOutcome(std::move(result).value()) : PreviewOutcome(result.error()));
    });
    auto *watcher = new QFutureWatcher<PreviewOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        --m_pendingPreviews;
        watcher->deleteLater();
        const QFuture<PreviewOutcome> future = watcher->future();
        if (generation == m_previewGeneration && !future.isCanceled() && future.resultCount() > 0) {
            showPreview(future.result());
        }
        refresh(m_optionsPage);
        if (!isPreviewRunning()) {
            Q_EMIT previewUpdated();
        }
    });
    watcher->setFuture(m_previewFuture);
    m_previewStatus->setText(tr("Reading the file…"));
    m_fileStatus->setText(tr("Reading the file…"));
    refresh(m_optionsPage);
}

void ImportWizard::showPreview(const PreviewOutcome &outcome)
{
    if (const auto *error = std::get_if<engine::Error>(&outcome)) {
        m_preview.reset();
        m_previewError = *error;
        m_previewModel->clear();
        const QString message = ErrorPresenter::message(*error);
        m_previewStatus->setText(message);
        m_fileStatus->setText(message);
        m_detectedLabel->clear();
        m_kindHint->clear();
        return;
    }
    m_previewError.reset();
    m_preview = std::get<engine::ImportPreview>(outcome);
    const engine::ImportPreview &preview = *m_preview;
    m_previewModel->setPreview(preview);
    m_previewView->resizeColumnsToContents(); // over the shown rows only; long texts are capped
    for (int column = 0; column < m_previewModel->columnCount(); ++column) {
        m_previewView->setColumnWidth(
            column, std::min(m_previewView->columnWidth(column), maxPreviewColumnWidth));
    }

    if (!m_kindChosen) {
        (preview.kind == engine::ImportKind::Transactions ? m_transactionsButton : m_customersButton)
            ->setChecked(true);
    }
    m_kindHint->setText(preview.suggestedKind == engine::ImportKind::Transactions
            ? tr("From its columns, this file looks like a transaction log.")
            : tr("From its columns, this file looks like a customer table."));
    const QString size = tr("%1 rows and %2 columns.")
                             .arg(LocaleFormat::count(preview.rowCount),
                                 LocaleFormat::count(static_cast<std::int64_t>(preview.header.size())));
    m_fileStatus->setText(size);
    m_previewStatus->setText(size + QLatin1Char(' ')
        + tr("The first %1 rows are shown; the numbers on the left are the lines in the file.")
              .arg(LocaleFormat::count(static_cast<std::int64_t>(preview.sampleRows.size()))));

    // What was detected, in the words of the option lists.
    if (preview.isWorkbook) {
        m_detectedLabel->setText(
            tr("An Excel workbook: sheet “%1” is shown.").arg(QString::fromStdString(preview.sheet)));
    } else {
        const engine::CsvDialect &dialect = preview.detection.dialect;
        const int delimiter = m_delimiterCombo->findData(QString(QLatin1Char(dialect.delimiter)));
        const int encoding
            = m_encodingCombo->findData(QString::fromLatin1(engine::encodingName(dialect.encoding)));
        const int decimal = m_decimalCombo->findData(static_cast<int>(dialect.decimalMark));
        const QString encodingText = encoding >= 0
            ? m_encodingCombo->itemText(encoding)
            : QString::fromLatin1(engine::encodingName(dialect.encoding));
        QString text = tr("Read as: separated by %1; character set %2; decimal mark %3.")
                           .arg(m_delimiterCombo->itemText(std::max(delimiter, 0)), encodingText,
                               m_decimalCombo->itemText(std::max(decimal, 0)));
        const auto guessed = engine::DetectionConfidence::Guessed;
        if (preview.detection.delimiter == guessed || preview.detection.encoding == guessed
            || preview.detection.decimalMark == guessed) {
            text += QLatin1Char(' ') + tr("Some of this is a guess: check the table below.");
        }
        if (preview.isDateFormatAmbiguous) {
            text += QLatin1Char(' ')
                + tr("Some dates could be day first or month first: choose how dates are written.");
        }
        m_detectedLabel->setText(text);
    }
    const bool workbook = preview.isWorkbook;
    m_delimiterCombo->setEnabled(!workbook);
    m_encodingCombo->setEnabled(!workbook);
    m_decimalCombo->setEnabled(!workbook);
    m_sheetCombo->setEnabled(workbook);
    if (workbook && m_sheetCombo->count() != static_cast<int>(preview.sheets.size()) + 1) {
        m_updatingOptions = true;
        m_sheetCombo->clear();
        m_sheetCombo->addItem(tr("First sheet"), QString());
        for (const std::string &sheet : preview.sheets) {
            m_sheetCombo->addItem(QString::fromStdString(sheet), QString::fromStdString(sheet));
        }
        m_updatingOptions = false;
    }
}

std::vector<std::string> ImportWizard::rolesForKind() const
{
    return kind() == engine::ImportKind::Transactions ? transactionRoles : customerRoles;
}

QString ImportWizard::typeText(engine::InferredType type) const
{
    switch (type) {
    case engine::InferredType::Integer:
        return tr("Whole numbers");
    case engine::InferredType::Decimal:
        return tr("Numbers with decimals");
    case engine::InferredType::Date:
        return tr("Dates");
    case engine::InferredType::DateTime:
        return tr("Dates with times");
    case engine::InferredType::Boolean:
        return tr("Yes / no");
    case engine::InferredType::Categorical:
        return tr("A few categories");
    case engine::InferredType::FreeText:
        return tr("Free text");
    case engine::InferredType::Identifier:
        return tr("Codes or IDs");
    }
    return QString();
}

QString ImportWizard::roleText(const std::string &role) const
{
    if (role == "customer_id") {
        return tr("Customer ID");
    }
    if (role == "order_id") {
        return tr("Order or invoice number");
    }
    if (role == "date") {
        return tr("Purchase date");
    }
    if (role == "amount") {
        return tr("Amount paid");
    }
    if (role == "quantity") {
        return tr("Quantity");
    }
    if (role == "unit_price") {
        return tr("Unit price");
    }
    if (role == "category") {
        return tr("Product category");
    }
    if (role == "channel") {
        return tr("Sales channel");
    }
    if (role == "skip") {
        return tr("Leave out");
    }
    return kind() == engine::ImportKind::Transactions ? tr("Not used") : tr("Customer information");
}

QString ImportWizard::familyText(engine::CriteriaFamily family) const
{
    switch (family) {
    case engine::CriteriaFamily::Demographic:
        return tr("Who they are (demographic)");
    case engine::CriteriaFamily::Psychographic:
        return tr("What they think (psychographic)");
    case engine::CriteriaFamily::Behavioural:
        return tr("How they buy (behavioural)");
    case engine::CriteriaFamily::Value:
        return tr("What they are worth (value)");
    case engine::CriteriaFamily::Other:
        return tr("Other");
    }
    return QString();
}

void ImportWizard::fillColumnsTable()
{
    // Keep the user's choices across a language change; start from the suggestions otherwise.
    const bool keep = m_preview && m_columnsTable->rowCount() == static_cast<int>(m_preview->columns.size());
    const std::vector<std::string> keptRoles = keep ? columnRoles() : std::vector<std::string>();
    const std::vector<engine::CriteriaFamily> keptFamilies
        = keep ? columnFamilies() : std::vector<engine::CriteriaFamily>();
    const std::vector<engine::InferredType> keptTypes
        = keep ? columnTypes() : std::vector<engine::InferredType>();
    m_columnsTable->setRowCount(0);
    if (!m_preview) {
        return;
    }
    m_columnsHint->setText(kind() == engine::ImportKind::Transactions
            ? tr(
                "A transaction log needs a customer ID, a purchase date and the amount paid (or a unit price "
                "and a quantity). The customer features (recency, frequency, spend, …) are computed from "
                "them.")
            : tr(
                "Every column but the customer ID becomes customer information you can segment on. Without a "
                "customer ID column, customers are numbered in file order."));
    const std::vector<std::string> roles = rolesForKind();
    m_columnsTable->setRowCount(static_cast<int>(m_preview->columns.size()));
    for (std::size_t c = 0; c < m_preview->columns.size(); ++c) {
        const engine::PreviewColumn &column = m_preview->columns[c];
        const int row = static_cast<int>(c);
        m_columnsTable->setItem(row, NameColumn, new QTableWidgetItem(QString::fromStdString(column.name)));
        QStringList examples;
        for (const auto &sample : m_preview->sampleRows) {
            if (c < sample.size() && !sample[c].empty()
                && !examples.contains(QString::fromStdString(sample[c]))) {
                examples << QString::fromStdString(sample[c]);
            }
            if (examples.size() == examplesShown) {
                break;
            }
        }
        m_columnsTable->setItem(
            row, ExampleColumn, new QTableWidgetItem(examples.join(QStringLiteral(", "))));

        auto *type = new QComboBox;
        for (const engine::InferredType t : allTypes) {
            type->addItem(typeText(t), static_cast<int>(t));
        }
        type->setCurrentIndex(type->findData(static_cast<int>(keep ? keptTypes[c] : column.type)));
        type->setToolTip(tr("What Segmenta found in this column, checked over the whole file."));
        m_columnsTable->setCellWidget(row, TypeColumn, type);

        auto *role = new QComboBox;
        for (const std::string &r : roles) {
            role->addItem(roleText(r), QString::fromStdString(r));
        }
        const std::string chosenRole = keep ? keptRoles[c] : column.role;
        role->setCurrentIndex(std::max(0, role->findData(QString::fromStdString(chosenRole))));
        connect(role, &QComboBox::currentIndexChanged, this, [this, row, role] {
            // One column per role (any number may be left out): taking a role away from another column.
            const QString chosen = role->currentData().toString();
            const bool single = !chosen.isEmpty() && chosen != QLatin1String("skip");
            for (int other = 0; other < m_columnsTable->rowCount() && single; ++other) {
                auto *combo = qobject_cast<QComboBox *>(m_columnsTable->cellWidget(other, RoleColumn));
                if (other != row && combo && combo->currentData().toString() == chosen) {
                    const QSignalBlocker blocker(combo);
                    combo->setCurrentIndex(0);
                }
            }
            refresh(m_columnsPage);
        });
        m_columnsTable->setCellWidget(row, RoleColumn, role);

        auto *family = new QComboBox;
        for (const engine::CriteriaFamily f : allFamilies) {
            family->addItem(familyText(f), static_cast<int>(f));
        }
        const engine::CriteriaFamily chosenFamily = keep ? keptFamilies[c] : column.family;
        family->setCurrentIndex(family->findData(static_cast<int>(chosenFamily)));
        m_columnsTable->setCellWidget(row, FamilyColumn, family);
    }
    m_columnsTable->resizeColumnToContents(NameColumn);
    m_columnsTable->resizeColumnToContents(TypeColumn);
    m_columnsTable->resizeColumnToContents(RoleColumn);
    m_columnsTable->resizeColumnToContents(FamilyColumn);
    refresh(m_columnsPage);
}

std::vector<std::string> ImportWizard::columnRoles() const
{
    std::vector<std::string> roles;
    if (!m_preview) {
        return roles;
    }
    const bool filled = m_columnsTable->rowCount() == static_cast<int>(m_preview->columns.size());
    for (std::size_t c = 0; c < m_preview->columns.size(); ++c) {
        const auto *combo = filled
            ? qobject_cast<QComboBox *>(m_columnsTable->cellWidget(static_cast<int>(c), RoleColumn))
            : nullptr;
        roles.push_back(combo ? combo->currentData().toString().toStdString() : m_preview->columns[c].role);
    }
    return roles;
}

std::vector<engine::CriteriaFamily> ImportWizard::columnFamilies() const
{
    std::vector<engine::CriteriaFamily> families;
    if (!m_preview) {
        return families;
    }
    const bool filled = m_columnsTable->rowCount() == static_cast<int>(m_preview->columns.size());
    for (std::size_t c = 0; c < m_preview->columns.size(); ++c) {
        const auto *combo = filled
            ? qobject_cast<QComboBox *>(m_columnsTable->cellWidget(static_cast<int>(c), FamilyColumn))
            : nullptr;
        families.push_back(combo ? static_cast<engine::CriteriaFamily>(combo->currentData().toInt())
                                 : m_preview->columns[c].family);
    }
    return families;
}

std::vector<engine::InferredType> ImportWizard::columnTypes() const
{
    std::vector<engine::InferredType> types;
    if (!m_preview) {
        return types;
    }
    const bool filled = m_columnsTable->rowCount() == static_cast<int>(m_preview->columns.size());
    for (std::size_t c = 0; c < m_preview->columns.size(); ++c) {
        const auto *combo = filled
            ? qobject_cast<QComboBox *>(m_columnsTable->cellWidget(static_cast<int>(c), TypeColumn))
            : nullptr;
        types.push_back(combo ? static_cast<engine::InferredType>(combo->currentData().toInt())
                              : m_preview->columns[c].type);
    }
    return types;
}

void ImportWizard::fillProblems()
{
    m_problemsTable->setRowCount(0);
    if (!m_preview) {
        return;
    }
    const engine::ImportPreview &preview = *m_preview;
    const auto addRow = [this](const QString &column, const QString &problem, std::int64_t line,
                            const QString &value) {
        const int row = m_problemsTable->rowCount();
        m_problemsTable->insertRow(row);
        m_problemsTable->setItem(row, 0, new QTableWidgetItem(column));
        m_problemsTable->setItem(row, 1, new QTableWidgetItem(problem));
        // Line numbers are not digit-grouped ("1197", not "1.197"), as editors and error messages show them.
        m_problemsTable->setItem(row, 2, new QTableWidgetItem(line > 0 ? QString::number(line) : QString()));
        m_problemsTable->setItem(row, 3, new QTableWidgetItem(value));
    };
    const auto fieldCount = static_cast<std::int64_t>(preview.header.size());
    for (const engine::RaggedRowExample &ragged : preview.raggedRows) {
        addRow(tr("(whole row)"),
            tr("Has %1 values instead of %2")
                .arg(LocaleFormat::count(ragged.fieldCount), LocaleFormat::count(fieldCount)),
            ragged.line, QString());
    }
    if (preview.raggedRowCount > static_cast<std::int64_t>(preview.raggedRows.size())) {
        addRow(tr("(whole row)"),
            tr("… and %1 more rows with the wrong number of values")
                .arg(LocaleFormat::count(
                    preview.raggedRowCount - static_cast<std::int64_t>(preview.raggedRows.size()))),
            0, QString());
    }
    for (const engine::PreviewColumn &column : preview.columns) {
        const QString name = QString::fromStdString(column.name);
        for (const engine::ValueExample &example : column.unparseableExamples) {
            const QString missing = kind() == engine::ImportKind::Customers
                ? tr("Missing, but every customer needs an id")
                : tr("Missing, but needed for every purchase");
            addRow(name,
                example.value.empty() ? missing : tr("Cannot be read as: %1").arg(typeText(column.type)),
                example.line, QString::fromStdString(example.value));
        }
        if (column.unparseableCount > static_cast<std::int64_t>(column.unparseableExamples.size())) {
            addRow(name,
                tr("… %1 values with a problem in this column in all")
                    .arg(LocaleFormat::count(column.unparseableCount)),
                0, QString());
        }
    }
    QString idName;
    for (const engine::PreviewColumn &column : preview.columns) {
        idName = column.role == "customer_id" ? QString::fromStdString(column.name) : idName;
    }
    for (const engine::ValueExample &example : preview.repeatedIdExamples) {
        addRow(idName, tr("Repeats the customer id of an earlier row"), example.line,
            QString::fromStdString(example.value));
    }
    if (preview.repeatedIdCount > static_cast<std::int64_t>(preview.repeatedIdExamples.size())) {
        addRow(idName,
            tr("… %1 rows repeating an earlier customer id in all")
                .arg(LocaleFormat::count(preview.repeatedIdCount)),
            0, QString());
    }
    m_problemsTable->resizeColumnToContents(0);
    m_problemsTable->resizeColumnToContents(2);
    m_problemsTable->resizeColumnToContents(3);

    const bool problems = preview.rowsWithProblems > 0;
    if (!problems) {
        m_problemsSummary->setText(
            tr("No problems found: all %1 rows can be imported.").arg(LocaleFormat::count(preview.rowCount)));
    } else {
        QString text
            = tr("%1 of %2 rows have a problem. The table lists the first ones with their line in the file.")
                  .arg(LocaleFormat::count(preview.rowsWithProblems), LocaleFormat::count(preview.rowCount));
        if (kind() == engine::ImportKind::Customers) {
            text += QLatin1Char(' ')
                + tr("In a customer table, rows with the wrong number of values, without a customer id or "
                     "repeating an earlier row's id are left out unless you stop the import (of a repeated "
                     "id, "
                     "the first row is kept); a number that cannot be read leaves its row out, stops the "
                     "import or is left empty, as you choose below.");
        }
        m_problemsSummary->setText(text);
    }
    m_problemsTable->setVisible(problems);
    m_choiceLabel->setVisible(problems);
    m_skipButton->setVisible(problems);
    m_stopButton->setVisible(problems);
    m_missingButton->setVisible(problems);
}

ImportWizard::ProblemChoice ImportWizard::problemChoice() const
{
    return static_cast<ProblemChoice>(m_choiceGroup->checkedId());
}

void ImportWizard::setProblemChoice(ProblemChoice choice)
{
    m_choiceGroup->button(static_cast<int>(choice))->setChecked(true);
}

engine::CsvImportParams ImportWizard::customerImportParams() const
{
    engine::CsvImportParams params;
    params.filePath = m_options.filePath;
    params.delimiter = m_options.delimiter;
    params.encoding = m_options.encoding;
    params.decimalMark = m_options.decimalMark;
    params.sheet = m_options.sheet;
    params.dateFormat = m_options.dateFormat;
    const std::vector<std::string> roles = columnRoles();
    const std::vector<engine::CriteriaFamily> families = columnFamilies();
    const std::vector<engine::InferredType> types = columnTypes();
    for (std::size_t c = 0; c < roles.size(); ++c) {
        const engine::PreviewColumn &column = m_preview->columns[c];
        if (roles[c] == "customer_id") {
            params.idColumn = column.name;
            continue;
        }
        engine::ColumnOverride choice;
        choice.name = column.name;
        choice.skip = roles[c] == "skip";
        choice.family = families[c];
        // The type is always sent, so the column is stored as chosen (numbers, ISO dates, yes/no as 1/0,
        // text) and the values page 4 lists as unreadable follow the choice made there.
        choice.type = types[c];
        params.columns.push_back(choice);
    }
    params.onError = rowErrorPolicy();
    return params;
}

engine::RowErrorPolicy ImportWizard::rowErrorPolicy() const
{
    switch (problemChoice()) {
    case ProblemChoice::SkipRows:
        return engine::RowErrorPolicy::Skip;
    case ProblemChoice::Stop:
        return engine::RowErrorPolicy::Stop;
    case ProblemChoice::TreatAsMissing:
        return engine::RowErrorPolicy::Missing;
    }
    return engine::RowErrorPolicy::Stop;
}

engine::TransactionImportParams ImportWizard::transactionImportParams() const
{
    engine::TransactionImportParams params;
    params.filePath = m_options.filePath;
    params.delimiter = m_options.delimiter;
    params.encoding = m_options.encoding;
    params.decimalMark = m_options.decimalMark;
    params.sheet = m_options.sheet;
    params.dateFormat = m_options.dateFormat;
    const std::vector<std::string> roles = columnRoles();
    for (std::size_t c = 0; c < roles.size(); ++c) {
        const std::string &name = m_preview->columns[c].name;
        const std::string &role = roles[c];
        std::string *target = role == "customer_id" ? &params.customerColumn
            : role == "order_id"                    ? &params.orderColumn
            : role == "date"                        ? &params.dateColumn
            : role == "amount"                      ? &params.amountColumn
            : role == "quantity"                    ? &params.quantityColumn
            : role == "unit_price"                  ? &params.priceColumn
            : role == "category"                    ? &params.categoryColumn
            : role == "channel"                     ? &params.channelColumn
                                                    : nullptr;
        if (target) {
            *target = name;
        }
    }
    params.onError = rowErrorPolicy();
    return params;
}

void ImportWizard::startImport()
{
    m_imported = false;
    m_importEnded = false;
    m_summaryLabel->clear();
    m_startOverButton->hide();
    m_importBar->setRange(0, 0);
    m_cancelImportButton->setEnabled(true);
    m_importStatus->setText(tr("Importing “%1”…").arg(QFileInfo(filePath()).fileName()));
    const bool started = kind() == engine::ImportKind::Transactions
        ? m_jobs->startTransactionImport(m_projectPath, transactionImportParams())
        : m_jobs->startImport(m_projectPath, customerImportParams());
    if (!started) {
        showImportEnd(tr("Another job is still running. Try again when it has finished."), false);
        m_importEnded = true;
    }
    refresh(m_importPage);
}

void ImportWizard::showImportProgress(int value, int maximum, const QString &stageKey)
{
    m_importBar->setRange(0, maximum);
    m_importBar->setValue(value);
    m_importStatus->setText(JobProgressBar::stageText(JobRunner::JobKind::Import, stageKey));
}

void ImportWizard::showImportEnd(const QString &text, bool succeeded)
{
    m_importBar->setRange(0, 1);
    m_importBar->setValue(succeeded ? 1 : 0);
    m_importStatus->setText(succeeded ? tr("Done.") : tr("The file was not imported."));
    m_summaryLabel->setText(text);
    m_startOverButton->setVisible(!succeeded);
    if (succeeded) {
        Q_EMIT imported();
    }
}

QString ImportWizard::summaryText() const
{
    return m_summaryLabel->text();
}

bool ImportWizard::isImportRunning() const
{
    return m_jobs->isRunning();
}

void ImportWizard::cancelImport()
{
    m_jobs->cancel();
}

void ImportWizard::reject()
{
    if (isImportRunning()) {
        cancelImport();
        return;
    }
    QWizard::reject();
}

} // namespace segmenta::ui
