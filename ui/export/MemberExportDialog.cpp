// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "export/MemberExportDialog.h"

#include "common/ErrorPresenter.h"
#include "common/LocaleFormat.h"
#include "jobs/PromiseProgress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace segmenta::ui {

namespace {

constexpr int minimumListRows = 8; ///< the column list shows at least this many rows without scrolling

QString extensionOf(engine::TableFormat format)
{
    return format == engine::TableFormat::Xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
}

} // namespace

MemberExportDialog::MemberExportDialog(const QString &projectPath, const QString &segmentation,
    const std::vector<engine::TableColumn> &columns, const std::vector<engine::SegmentInfo> &segments,
    int selectedSegment, const QString &suggestedPath, QWidget *parent)
    : QDialog(parent)
    , m_projectPath(projectPath)
    , m_segmentation(segmentation)
    , m_columnInfo(columns)
    , m_segments(segments)
{
    m_pool.setMaxThreadCount(1);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_scopeLabel = new QLabel(this);
    m_scope = new QComboBox(this);
    m_scopeLabel->setBuddy(m_scope);
    form->addRow(m_scopeLabel, m_scope);

    m_columnsLabel = new QLabel(this);
    auto *columnBox = new QVBoxLayout();
    m_columns = new QListWidget(this);
    for (const engine::TableColumn &column : m_columnInfo) {
        auto *item = new QListWidgetItem(QString::fromStdString(column.name), m_columns);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
    m_columns->setMinimumHeight(m_columns->sizeHintForRow(0) * minimumListRows + 2 * m_columns->frameWidth());
    m_columnsLabel->setBuddy(m_columns);
    columnBox->addWidget(m_columns);
    auto *columnButtons = new QHBoxLayout();
    m_allButton = new QPushButton(this);
    m_noneButton = new QPushButton(this);
    columnButtons->addWidget(m_allButton);
    columnButtons->addWidget(m_noneButton);
    columnButtons->addStretch(1);
    columnBox->addLayout(columnButtons);
    form->addRow(m_columnsLabel, columnBox);

    m_formatLabel = new QLabel(this);
    auto *formats = new QVBoxLayout();
    m_csv = new QRadioButton(this);
    m_xlsx = new QRadioButton(this);
    m_csv->setChecked(true);
    formats->addWidget(m_csv);
    formats->addWidget(m_xlsx);
    form->addRow(m_formatLabel, formats);

    m_fileLabel = new QLabel(this);
    auto *fileRow = new QHBoxLayout();
    m_path = new QLineEdit(this);
    m_fileLabel->setBuddy(m_path);
    m_browseButton = new QPushButton(this);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browseButton);
    form->addRow(m_fileLabel, fileRow);
    layout->addLayout(form);

    auto *progressRow = new QHBoxLayout();
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, PromiseProgress<Outcome>::maximumValue);
    m_cancelButton = new QPushButton(this);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    layout->addLayout(progressRow);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    layout->addWidget(m_buttons);

    connect(m_allButton, &QPushButton::clicked, this, [this] { setAllColumnsChecked(true); });
    connect(m_noneButton, &QPushButton::clicked, this, [this] { setAllColumnsChecked(false); });
    connect(m_columns, &QListWidget::itemChanged, this, &MemberExportDialog::updateState);
    connect(m_path, &QLineEdit::textChanged, this, [this](const QString &path) {
        if (const auto format = engine::tableFormatFromPath(path.toStdString())) {
            (*format == engine::TableFormat::Xlsx ? m_xlsx : m_csv)->setChecked(true);
        }
        updateState();
    });
    connect(m_xlsx, &QRadioButton::toggled, this,
        [this](bool checked) { setFormat(checked ? engine::TableFormat::Xlsx : engine::TableFormat::Csv); });
    connect(m_browseButton, &QPushButton::clicked, this, &MemberExportDialog::chooseFile);
    connect(m_cancelButton, &QPushButton::clicked, this, &MemberExportDialog::cancelExport);
    connect(m_exportButton, &QPushButton::clicked, this, &MemberExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MemberExportDialog::reject);

    retranslate();
    setSegment(selectedSegment);
    setOutputPath(suggestedPath);
    updateState();
}

MemberExportDialog::~MemberExportDialog()
{
    cancelExport();
    m_pool.waitForDone();
}

engine::MemberExportParams MemberExportDialog::params() const
{
    engine::MemberExportParams params;
    params.segmentation = m_segmentation.toStdString();
    params.outPath = QDir::fromNativeSeparators(outputPath()).toStdString();
    params.format = format();
    for (const QString &column : checkedColumns()) {
        params.columns.push_back(column.toStdString());
    }
    params.segment = segment();
    return params;
}

QStringList MemberExportDialog::checkedColumns() const
{
    QStringList names;
    for (int row = 0; row < m_columns->count(); ++row) {
        if (m_columns->item(row)->checkState() == Qt::Checked) {
            names.append(m_columns->item(row)->text());
        }
    }
    return names;
}

void MemberExportDialog::setColumnChecked(const QString &name, bool checked)
{
    for (int row = 0; row < m_columns->count(); ++row) {
        if (m_columns->item(row)->text() == name) {
            m_columns->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void MemberExportDialog::setAllColumnsChecked(bool checked)
{
    for (int row = 0; row < m_columns->count(); ++row) {
        m_columns->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

engine::TableFormat MemberExportDialog::format() const
{
    return m_xlsx->isChecked() ? engine::TableFormat::Xlsx : engine::TableFormat::Csv;
}

void MemberExportDialog::setFormat(engine::TableFormat format)
{
    (format == engine::TableFormat::Xlsx ? m_xlsx : m_csv)->setChecked(true);
    const QString path = m_path->text();
    const auto current = engine::tableFormatFromPath(path.toStdString());
    if (current && *current != format) {
        const QFileInfo info(path);
        const QString base = path.left(path.size() - info.suffix().size() - 1);
        m_path->setText(base + extensionOf(format));
    }
}

QString MemberExportDialog::outputPath() const
{
    return m_path->text().trimmed();
}

void MemberExportDialog::setOutputPath(const QString &path)
{
    m_path->setText(path);
}

int MemberExportDialog::segment() const
{
    return m_scope->currentData().toInt();
}

void MemberExportDialog::setSegment(int segment)
{
    const int index = m_scope->findData(segment);
    m_scope->setCurrentIndex(index >= 0 ? index : 0);
}

bool MemberExportDialog::startExport()
{
    if (isRunning() || checkedColumns().isEmpty() || outputPath().isEmpty()) {
        return false;
    }
    const engine::MemberExportParams params = this->params();
    m_runningPath = outputPath();
    const std::string project = m_projectPath.toStdString();
    auto *watcher = new QFutureWatcher<Outcome>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<Outcome>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, &MemberExportDialog::handleFinished);
    m_progress->setValue(0);
    m_status->setText(tr("Exporting…"));
    // The worker opens its own Session: a Session is not thread-safe, and the window keeps reading its own.
    watcher->setFuture(QtConcurrent::run(&m_pool, [project, params](QPromise<Outcome> &promise) {
        PromiseProgress<Outcome> progress(promise);
        engine::Result<engine::Session> session = engine::Session::openProject(project);
        if (!session) {
            promise.addResult(Outcome(session.error()));
            return;
        }
        auto written = session.value().exportMembers(params, progress);
        promise.addResult(written ? Outcome(written.value()) : Outcome(written.error()));
    }));
    updateState();
    return true;
}

bool MemberExportDialog::isRunning() const
{
    return m_watcher != nullptr && m_watcher->isRunning();
}

void MemberExportDialog::cancelExport()
{
    if (isRunning()) {
        m_watcher->cancel();
    }
}

void MemberExportDialog::waitForFinished()
{
    if (m_watcher != nullptr) {
        m_watcher->waitForFinished();
    }
}

QString MemberExportDialog::statusText() const
{
    return m_status->text();
}

void MemberExportDialog::handleFinished()
{
    QFutureWatcher<Outcome> *watcher = m_watcher;
    if (watcher == nullptr) {
        return;
    }
    const QFuture<Outcome> future = watcher->future();
    watcher->deleteLater();
    m_watcher = nullptr;
    updateState();
    const bool cancelled = future.isCanceled() || future.resultCount() == 0
        || (std::holds_alternative<engine::Error>(future.result())
            && std::get<engine::Error>(future.result()).code == engine::ErrorCode::Cancelled);
    if (cancelled) {
        m_progress->setValue(0);
        m_status->setText(tr("Export cancelled; no file was written."));
        Q_EMIT exportCancelled();
        return;
    }
    const Outcome outcome = future.result();
    if (const auto *error = std::get_if<engine::Error>(&outcome)) {
        m_progress->setValue(0);
        m_status->setText(ErrorPresenter::message(*error));
        Q_EMIT exportFailed(*error);
        return;
    }
    const auto rows = std::get<std::int64_t>(outcome);
    m_progress->setValue(m_progress->maximum());
    //: %1 the number of customers written, %2 the file.
    m_status->setText(tr("Wrote %1 customers to “%2”.")
                          .arg(LocaleFormat::count(rows), QDir::toNativeSeparators(m_runningPath)));
    Q_EMIT exported(m_runningPath, rows);
    accept();
}

void MemberExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void MemberExportDialog::reject()
{
    if (isRunning()) {
        cancelExport(); // the dialog stays until the worker has stopped and says so
        return;
    }
    QDialog::reject();
}

void MemberExportDialog::retranslate()
{
    //: Window title; %1 is the segmentation's name.
    setWindowTitle(tr("Export members of “%1”").arg(m_segmentation));
    m_scopeLabel->setText(tr("&Customers:"));
    const int chosen = m_scope->count() > 0 ? segment() : -1;
    m_scope->clear();
    //: Export scope: every customer of the project, also those without a segment.
    m_scope->addItem(tr("All customers"), -1);
    for (std::size_t s = 0; s < m_segments.size(); ++s) {
        //: Export scope: one segment's members; %1 the segment's name, %2 its number of customers.
        m_scope->addItem(
            tr("Only “%1” (%2 customers)")
                .arg(QString::fromStdString(m_segments[s].name), LocaleFormat::count(m_segments[s].size)),
            static_cast<int>(s));
    }
    setSegment(chosen);
    m_columnsLabel->setText(tr("C&olumns:"));
    m_allButton->setText(tr("Tick &all"));
    m_noneButton->setText(tr("Tick &none"));
    m_formatLabel->setText(tr("Format:"));
    m_csv->setText(tr("CSV (text, comma-separated, UTF-8)"));
    m_xlsx->setText(tr("Excel workbook (.xlsx)"));
    m_fileLabel->setText(tr("&File:"));
    m_browseButton->setText(tr("&Browse…"));
    m_cancelButton->setText(tr("Cancel export"));
    m_exportButton->setText(tr("&Export"));
}

void MemberExportDialog::updateState()
{
    const bool running = isRunning();
    m_exportButton->setEnabled(!running && !checkedColumns().isEmpty() && !outputPath().isEmpty());
    m_cancelButton->setEnabled(running);
    m_progress->setVisible(running || m_progress->value() > 0);
    m_cancelButton->setVisible(running);
    for (QWidget *input : std::initializer_list<QWidget *> {
             m_scope, m_columns, m_allButton, m_noneButton, m_csv, m_xlsx, m_path, m_browseButton}) {
        input->setEnabled(!running);
    }
}

void MemberExportDialog::chooseFile()
{
    const QString filter
        = format() == engine::TableFormat::Xlsx ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export members"), outputPath(), filter);
    if (path.isEmpty()) {
        return;
    }
    setOutputPath(engine::tableFormatFromPath(path.toStdString()) ? path : path + extensionOf(format()));
}

} // namespace segmenta::ui
