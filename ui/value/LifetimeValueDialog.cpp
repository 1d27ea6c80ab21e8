// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "value/LifetimeValueDialog.h"

#include "common/ErrorPresenter.h"
#include "common/LocaleFormat.h"
#include "jobs/JobProgressBar.h"
#include "jobs/JobRunner.h"
#include "value/AliveHeatmap.h"
#include "value/AtRiskTableModel.h"
#include "value/DiagnosticChartView.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace segmenta::ui {

namespace {

constexpr int settingsWidth = 340;
/// |correlation| above which the spend model's independence assumption is in doubt (as the engine's warning).
constexpr double correlationWorthAWarning = 0.3;
constexpr std::int64_t defaultHoldoutDays = 182; ///< a first guess for the calibration end: half a year back
constexpr int maximumDraws = 100000;

const QDate s_epoch(1970, 1, 1);

QDate dateOf(std::int64_t day)
{
    return s_epoch.addDays(day);
}

std::int64_t dayOf(const QDate &date)
{
    return s_epoch.daysTo(date);
}

/// "30 Sep 1997": a four-digit year and the month in words read the same in every language.
QString dateText(std::int64_t day)
{
    return QLocale().toString(dateOf(day), QStringLiteral("d MMM yyyy"));
}

QString modelName(const std::string &model)
{
    return model == "paretonbd" ? QStringLiteral("Pareto/NBD") : QStringLiteral("BG/NBD");
}

/// The papers' symbols for the parameters.
QString parameterSymbol(const std::string &name)
{
    if (name == "alpha") {
        return QStringLiteral("α");
    }
    if (name == "beta") {
        return QStringLiteral("β");
    }
    if (name == "gamma") {
        return QStringLiteral("γ");
    }
    return QString::fromStdString(name);
}

QString money(double value)
{
    return std::isfinite(value) ? QLocale().toString(value, 'f', 0) : QString();
}

QString parameterValue(double value)
{
    return std::isfinite(value) ? QLocale().toString(value, 'f', 4) : QStringLiteral("–");
}

/// Fixes a table's size to its cells, so it sits in the page without scroll bars of its own.
void fitTableSize(QTableWidget *table)
{
    table->resizeColumnsToContents();
    QHeaderView *header = table->horizontalHeader();
    int width = 2 * table->frameWidth();
    for (int column = 0; column < table->columnCount(); ++column) {
        table->setColumnWidth(column, table->columnWidth(column) + 12); // room beside the numbers
        width += table->columnWidth(column);
    }
    const int headerHeight = std::max(header->height(), header->sizeHint().height());
    table->setFixedSize(width,
        headerHeight + 2 * table->frameWidth()
            + table->rowCount() * table->verticalHeader()->defaultSectionSize());
}

void makeCompactTable(QTableWidget *table)
{
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setAlternatingRowColors(true);
}

QTableWidgetItem *textItem(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QTableWidgetItem *numberItem(const QString &text, double value)
{
    QTableWidgetItem *item = textItem(text, Qt::AlignRight | Qt::AlignVCenter);
    item->setData(Qt::UserRole, value);
    return item;
}

QLabel *wrappedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *headingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

LifetimeValueDialog::LifetimeValueDialog(const engine::Session &session, QWidget *parent)
    : QDialog(parent)
    , m_projectPath(QString::fromStdString(session.path()))
    , m_jobs(new JobRunner(this))
{
    if (const auto summary = session.summary()) {
        const auto &columns = summary.value().columns;
        m_hasTransactions = std::any_of(columns.begin(), columns.end(),
            [](const engine::ColumnInfo &column) { return column.origin == "transactions"; });
    }
    if (const auto day = session.defaultAnalysisDay(); day && day.value()) {
        m_lastDay = *day.value() - 1;
    }
    if (const auto stored = session.lifetimeValueRun(); stored && stored.value()) {
        m_results = LifetimeValueResults::fromStored(*stored.value());
    }

    buildLayout();
    connect(m_jobs, &JobRunner::lifetimeValueSucceeded, this, &LifetimeValueDialog::handleSucceeded);
    connect(m_jobs, &JobRunner::failed, this, &LifetimeValueDialog::handleFailed);
    connect(m_jobs, &JobRunner::cancelled, this, &LifetimeValueDialog::handleCancelled);
    connect(m_jobs, &JobRunner::finished, this, &LifetimeValueDialog::updateState);

    if (m_results) {
        setParameters(m_results->parameters);
    } else {
        setParameters(engine::LifetimeValueParams {});
    }
    retranslate();
    showResults();
    updateState();
    resize(1180, 760);
}

LifetimeValueDialog::~LifetimeValueDialog()
{
    // The runner's destructor cancels and waits too; doing it first keeps its signals away from a half-gone
    // dialog.
    m_jobs->disconnect(this);
    m_jobs->cancel();
    m_jobs->waitForFinished();
}

void LifetimeValueDialog::buildLayout()
{
    // Settings on the left.
    auto *settings = new QWidget(this);
    settings->setFixedWidth(settingsWidth);
    auto *settingsLayout = new QVBoxLayout(settings);
    settingsLayout->setContentsMargins(0, 0, 0, 0);
    m_intro = wrappedLabel(settings);
    settingsLayout->addWidget(m_intro);

    m_settingsBox = new QGroupBox(settings);
    auto *form = new QFormLayout(m_settingsBox);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_modelLabel = new QLabel(m_settingsBox);
    m_model = new QComboBox(m_settingsBox);
    m_model->addItem(QString(), static_cast<int>(engine::PurchaseModel::BgNbd));
    m_model->addItem(QString(), static_cast<int>(engine::PurchaseModel::ParetoNbd));
    m_modelLabel->setBuddy(m_model);
    form->addRow(m_modelLabel, m_model);
    m_holdout = new QCheckBox(m_settingsBox);
    form->addRow(m_holdout);
    m_calibrationLabel = new QLabel(m_settingsBox);
    m_calibrationEnd = new QDateEdit(m_settingsBox);
    m_calibrationEnd->setCalendarPopup(true);
    m_calibrationLabel->setBuddy(m_calibrationEnd);
    form->addRow(m_calibrationLabel, m_calibrationEnd);
    m_horizonLabel = new QLabel(m_settingsBox);
    m_horizon = new QSpinBox(m_settingsBox);
    m_horizon->setRange(1, 1200);
    m_horizonLabel->setBuddy(m_horizon);
    form->addRow(m_horizonLabel, m_horizon);
    m_discountLabel = new QLabel(m_settingsBox);
    m_discount = new QDoubleSpinBox(m_settingsBox);
    m_discount->setRange(0.0, 100.0);
    m_discount->setDecimals(2);
    m_discount->setSingleStep(0.1);
    m_discountLabel->setBuddy(m_discount);
    form->addRow(m_discountLabel, m_discount);
    m_drawsLabel = new QLabel(m_settingsBox);
    m_draws = new QSpinBox(m_settingsBox);
    m_draws->setRange(0, maximumDraws);
    m_draws->setSingleStep(50);
    m_drawsLabel->setBuddy(m_draws);
    form->addRow(m_drawsLabel, m_draws);
    m_storeTiers = new QCheckBox(m_settingsBox);
    form->addRow(m_storeTiers);
    settingsLayout->addWidget(m_settingsBox);
    m_settingsHelp = wrappedLabel(settings);
    QFont small = m_settingsHelp->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_settingsHelp->setFont(small);
    m_settingsHelp->setForegroundRole(QPalette::PlaceholderText);
    settingsLayout->addWidget(m_settingsHelp);
    m_runButton = new QPushButton(settings);
    m_runButton->setDefault(true);
    settingsLayout->addWidget(m_runButton, 0, Qt::AlignRight);
    settingsLayout->addStretch(1);
    connect(m_holdout, &QCheckBox::toggled, this, &LifetimeValueDialog::updateState);
    connect(m_runButton, &QPushButton::clicked, this, &LifetimeValueDialog::startRun);

    // Results on the right: a message until there is something to show.
    m_pages = new QStackedWidget(this);
    m_noDataLabel = wrappedLabel(m_pages);
    m_noDataLabel->setAlignment(Qt::AlignCenter);
    m_noDataLabel->setMargin(40);
    m_notRunLabel = wrappedLabel(m_pages);
    m_notRunLabel->setAlignment(Qt::AlignCenter);
    m_notRunLabel->setMargin(40);
    m_tabs = new QTabWidget(m_pages);
    m_pages->addWidget(m_noDataLabel);
    m_pages->addWidget(m_notRunLabel);
    m_pages->addWidget(m_tabs);

    auto *summaryScroll = new QScrollArea(m_tabs);
    summaryScroll->setWidgetResizable(true);
    summaryScroll->setFrameShape(QFrame::NoFrame);
    m_summaryPage = new QWidget(summaryScroll);
    auto *summary = new QVBoxLayout(m_summaryPage);
    m_headline = wrappedLabel(m_summaryPage);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_headline->setFont(big);
    m_overview = wrappedLabel(m_summaryPage);
    m_warnings = wrappedLabel(m_summaryPage);
    m_warnings->setTextFormat(Qt::RichText);
    m_warnings->setFrameShape(QFrame::StyledPanel);
    m_warnings->setMargin(8);
    m_warnings->setAutoFillBackground(true);
    QPalette warningPalette = m_warnings->palette();
    warningPalette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xd6));
    warningPalette.setColor(QPalette::WindowText, QColor(0x3d, 0x2c, 0x00));
    m_warnings->setPalette(warningPalette);
    m_parametersHeading = headingLabel(m_summaryPage);
    m_parameterTable = new QTableWidget(m_summaryPage);
    m_parameterTable->setColumnCount(4);
    makeCompactTable(m_parameterTable);
    m_fitLabel = wrappedLabel(m_summaryPage);
    m_correlationLabel = wrappedLabel(m_summaryPage);
    m_holdoutLabel = wrappedLabel(m_summaryPage);
    m_tiersHeading = headingLabel(m_summaryPage);
    m_tierTable = new QTableWidget(m_summaryPage);
    m_tierTable->setColumnCount(5);
    makeCompactTable(m_tierTable);
    summary->addWidget(m_headline);
    summary->addWidget(m_overview);
    summary->addWidget(m_warnings);
    summary->addSpacing(6);
    summary->addWidget(m_tiersHeading);
    summary->addWidget(m_tierTable, 0, Qt::AlignLeft);
    summary->addSpacing(6);
    summary->addWidget(m_parametersHeading);
    summary->addWidget(m_parameterTable, 0, Qt::AlignLeft);
    summary->addWidget(m_fitLabel);
    summary->addWidget(m_correlationLabel);
    summary->addWidget(m_holdoutLabel);
    summary->addStretch(1);
    summaryScroll->setWidget(m_summaryPage);
    m_tabs->addTab(summaryScroll, QString());

    m_trackingChart = new DiagnosticChartView(m_tabs);
    m_tabs->addTab(m_trackingChart, QString());
    m_conditionalChart = new DiagnosticChartView(m_tabs);
    m_tabs->addTab(m_conditionalChart, QString());

    m_heatmapPage = new QWidget(m_tabs);
    auto *heatmapLayout = new QVBoxLayout(m_heatmapPage);
    m_heatmapLabel = wrappedLabel(m_heatmapPage);
    m_heatmap = new AliveHeatmap(m_heatmapPage);
    heatmapLayout->addWidget(m_heatmapLabel);
    heatmapLayout->addWidget(m_heatmap, 1);
    m_tabs->addTab(m_heatmapPage, QString());

    m_atRiskPage = new QWidget(m_tabs);
    auto *atRiskLayout = new QVBoxLayout(m_atRiskPage);
    m_atRiskLabel = wrappedLabel(m_atRiskPage);
    m_atRiskModel = new AtRiskTableModel(this);
    m_atRiskView = new QTableView(m_atRiskPage);
    m_atRiskView->setModel(m_atRiskModel);
    m_atRiskView->setAlternatingRowColors(true);
    m_atRiskView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_atRiskView->verticalHeader()->hide();
    m_atRiskView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_atRiskView->verticalHeader()->setDefaultSectionSize(m_atRiskView->fontMetrics().height() + 8);
    atRiskLayout->addWidget(m_atRiskLabel);
    atRiskLayout->addWidget(m_atRiskView, 1);
    m_tabs->addTab(m_atRiskPage, QString());

    // Bottom: what happened, the running job with Cancel, Close.
    m_status = wrappedLabel(this);
    m_progress = new JobProgressBar(m_jobs, this);
    m_closeButton = new QPushButton(this);
    m_closeButton->setAutoDefault(false);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout();
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_closeButton);

    auto *top = new QHBoxLayout();
    top->addWidget(settings);
    top->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(bottom);
}

engine::LifetimeValueParams LifetimeValueDialog::parameters() const
{
    engine::LifetimeValueParams params;
    params.model = static_cast<engine::PurchaseModel>(m_model->currentData().toInt());
    if (m_holdout->isChecked()) {
        params.calibrationEnd = dayOf(m_calibrationEnd->date());
    }
    params.horizonMonths = m_horizon->value();
    params.monthlyDiscountRate = m_discount->value() / 100.0;
    params.bootstrapDraws = m_draws->value();
    params.storeTiers = m_storeTiers->isChecked();
    return params;
}

void LifetimeValueDialog::setParameters(const engine::LifetimeValueParams &params)
{
    m_model->setCurrentIndex(std::max(0, m_model->findData(static_cast<int>(params.model))));
    if (m_lastDay) {
        m_calibrationEnd->setMaximumDate(dateOf(*m_lastDay));
    }
    m_holdout->setChecked(
        params.calibrationEnd.has_value() && (!m_lastDay || *params.calibrationEnd < *m_lastDay));
    if (params.calibrationEnd) {
        m_calibrationEnd->setDate(dateOf(*params.calibrationEnd));
    } else if (m_lastDay) {
        m_calibrationEnd->setDate(dateOf(*m_lastDay - defaultHoldoutDays));
    }
    m_horizon->setValue(params.horizonMonths);
    m_discount->setValue(params.monthlyDiscountRate * 100.0);
    m_draws->setValue(params.bootstrapDraws);
    m_storeTiers->setChecked(params.storeTiers);
    updateState();
}

bool LifetimeValueDialog::isRunning() const
{
    return m_jobs->isRunning();
}

bool LifetimeValueDialog::startRun()
{
    if (!m_hasTransactions || m_jobs->isRunning()) {
        return false;
    }
    m_runningParams = parameters();
    if (!m_jobs->startLifetimeValue(m_projectPath, m_runningParams)) {
        return false;
    }
    m_status->clear();
    updateState();
    return true;
}

void LifetimeValueDialog::cancelRun()
{
    m_jobs->cancel();
}

void LifetimeValueDialog::handleSucceeded(const engine::LifetimeValueReport &report)
{
    m_results = LifetimeValueResults::fromReport(report, m_runningParams);
    showResults();
    QString status = tr("Done. P(alive), expected purchases and CLV are now columns of the customer table.");
    if (!report.tierSegmentation.empty()) {
        status += QLatin1Char(' ')
            + tr("The tiers are saved as the segmentation “%1”.")
                  .arg(QString::fromStdString(report.tierSegmentation));
    }
    m_status->setText(status);
    Q_EMIT lifetimeValueStored(report);
}

void LifetimeValueDialog::handleFailed(const engine::Error &error)
{
    m_status->setText(ErrorPresenter::sentence(error));
    auto *box = new QMessageBox(QMessageBox::Warning, ErrorPresenter::title(error),
        ErrorPresenter::message(error), QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void LifetimeValueDialog::handleCancelled()
{
    m_status->setText(tr("Cancelled. The project is as it was."));
}

void LifetimeValueDialog::updateState()
{
    const bool running = m_jobs->isRunning();
    const bool canEdit = m_hasTransactions && !running;
    m_settingsBox->setEnabled(canEdit);
    m_calibrationEnd->setEnabled(canEdit && m_holdout->isChecked());
    m_calibrationLabel->setEnabled(canEdit && m_holdout->isChecked());
    m_runButton->setEnabled(canEdit);
    if (!m_hasTransactions) {
        m_pages->setCurrentWidget(m_noDataLabel);
    } else if (!m_results) {
        m_pages->setCurrentWidget(m_notRunLabel);
    } else {
        m_pages->setCurrentWidget(m_tabs);
    }
}

void LifetimeValueDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showResults();
    }
    QDialog::changeEvent(event);
}

void LifetimeValueDialog::closeEvent(QCloseEvent *event)
{
    if (m_jobs->isRunning()) {
        m_jobs->cancel();
        m_jobs->waitForFinished();
    }
    QDialog::closeEvent(event);
}

void LifetimeValueDialog::reject()
{
    // Closing stops a running fit; its transaction is rolled back, so the project stays as it was.
    if (m_jobs->isRunning()) {
        m_jobs->cancel();
        m_jobs->waitForFinished();
    }
    QDialog::reject();
}

void LifetimeValueDialog::retranslate()
{
    setWindowTitle(tr("Lifetime value"));
    m_intro->setText(tr("Lifetime value predicts, from each customer's purchases so far, how many more "
                        "purchases to expect, how likely the customer is still active, and what the customer "
                        "is worth over the coming months. It needs a transaction log: who bought, when and "
                        "for how much."));
    m_settingsBox->setTitle(tr("Settings"));
    m_modelLabel->setText(tr("&Model:"));
    m_model->setItemText(0, tr("BG/NBD (recommended)"));
    m_model->setItemText(1, tr("Pareto/NBD"));
    m_model->setToolTip(tr("BG/NBD: customers may drop out right after a purchase; robust and fast. "
                           "Pareto/NBD: customers may drop out at any time."));
    m_holdout->setText(tr("C&heck the fit on later purchases"));
    m_holdout->setToolTip(tr("Learn from the purchases up to a date and compare the predictions with what "
                             "customers actually bought after it."));
    m_calibrationLabel->setText(tr("Learn &up to:"));
    // The locale's short date, but with four-digit years: "9/30/97" leaves the century to guess.
    QString dateFormat = QLocale().dateFormat(QLocale::ShortFormat);
    if (!dateFormat.contains(QLatin1String("yyyy"))) {
        dateFormat.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    }
    m_calibrationEnd->setDisplayFormat(dateFormat);
    m_horizonLabel->setText(tr("&Look ahead (months):"));
    m_discountLabel->setText(tr("Monthly &discount rate (%):"));
    m_drawsLabel->setText(tr("Dra&ws for CLV ranges:"));
    m_draws->setSpecialValueText(tr("no ranges"));
    m_storeTiers->setText(tr("Save the CLV &tiers as a segmentation"));
    m_settingsHelp->setText(
        tr("Learn up to: purchases after this date are kept back to check the predictions. Look ahead: how "
           "far CLV looks into the future. Discount rate: how much less a sale next month is worth than one "
           "today. Draws: how many times the fit is redrawn to give each CLV a range (more is steadier "
           "but slower; 0 gives none)."));
    m_runButton->setText(tr("&Run"));
    m_closeButton->setText(tr("Close"));
    m_noDataLabel->setText(tr("This project has no transaction log, so there are no purchases to learn from. "
                              "Import one with File › Import… (one row per purchase: customer, date, "
                              "amount), then open Segment › Lifetime value… again."));
    m_notRunLabel->setText(tr("No lifetime value yet. Choose the settings on the left and press Run."));
    m_tabs->setTabText(m_tabs->indexOf(m_tabs->widget(0)), tr("Summary"));
    m_tabs->setTabText(m_tabs->indexOf(m_trackingChart), tr("Tracking"));
    m_tabs->setTabText(m_tabs->indexOf(m_conditionalChart), tr("By frequency"));
    m_tabs->setTabText(m_tabs->indexOf(m_heatmapPage), tr("P(alive) map"));
    m_tabs->setTabText(m_tabs->indexOf(m_atRiskPage), tr("At risk"));
    m_parametersHeading->setText(tr("Fitted parameters"));
    m_parameterTable->setHorizontalHeaderLabels(
        {tr("Model"), tr("Parameter"), tr("Estimate"), tr("Standard error")});
    m_tiersHeading->setText(tr("CLV tiers"));
    m_tierTable->setHorizontalHeaderLabels(
        {tr("Tier"), tr("Customers"), tr("Share"), tr("Lowest CLV"), tr("Total CLV")});
    m_heatmapLabel->setText(
        tr("Each cell is a purchase history: how often a customer came back (up) and how "
           "long after the first purchase the last one was (across). Dark: probably still a "
           "customer; light: probably gone. Frequent buyers who have not bought for a "
           "long time are the ones to win back."));
    m_atRiskModel->refreshTexts();
}

void LifetimeValueDialog::showResults()
{
    if (!m_results) {
        m_trackingChart->showEmpty(QString());
        m_conditionalChart->showEmpty(QString());
        m_heatmap->clear();
        m_atRiskModel->setCustomers({});
        updateState();
        return;
    }
    fillSummary();
    fillTracking();
    fillConditional();
    m_heatmap->setGrid(m_results->report.diagnostics.aliveGrid);

    const engine::LifetimeValueReport &report = m_results->report;
    const engine::LifetimeValueParams &params = m_results->parameters;
    QString text
        = tr("%n valuable customer(s) are probably lost.", nullptr, static_cast<int>(report.atRiskCount));
    text += QLatin1Char(' ')
        + tr("Valuable: among the top %1 by what they spent on repeat purchases. Probably lost: less than %2 "
             "likely to be still active.")
              .arg(LocaleFormat::percent(params.atRisk.valueShare, 0),
                  LocaleFormat::percent(params.atRisk.maxAliveProbability, 0));
    if (!m_results->hasAtRiskList) {
        text += QLatin1Char(' ')
            + tr("The list itself is not saved with the project: press Run to see who they are.");
        m_atRiskModel->setCustomers({});
        m_atRiskView->hide();
    } else {
        m_atRiskView->show();
        if (static_cast<std::int64_t>(report.atRisk.size()) < report.atRiskCount) {
            text += QLatin1Char(' ')
                + tr("The %n who spent most are listed.", nullptr, static_cast<int>(report.atRisk.size()));
        }
        m_atRiskModel->setCustomers(report.atRisk);
    }
    m_atRiskLabel->setText(text);
    m_atRiskView->resizeColumnsToContents();
    if (m_results->createdAt.empty()) {
        return;
    }
    const QDateTime created
        = QDateTime::fromString(QString::fromStdString(m_results->createdAt), Qt::ISODate);
    //: %1 is the date and time of the saved run.
    m_status->setText(
        tr("Showing the run saved on %1. Press Run to fit again.")
            .arg(created.isValid() ? QLocale().toString(created.toLocalTime(), QLocale::ShortFormat)
                                   : QString::fromStdString(m_results->createdAt)));
    updateState();
}

void LifetimeValueDialog::fillSummary()
{
    const engine::LifetimeValueReport &report = m_results->report;
    const engine::LifetimeValueParams &params = m_results->parameters;
    const int horizon = params.horizonMonths;

    //: %n is the number of months, %1 the total value.
    QString headline = tr("Value of all customers over the next %n month(s): %1", nullptr, horizon)
                           .arg(money(report.totalLifetimeValue));
    m_headline->setText(headline);

    QStringList overview;
    if (report.range.isAvailable) {
        overview << tr(
            "Likely between %1 and %2 (the middle 90 % of %n redrawn fits).", nullptr, report.range.drawCount)
                        .arg(money(report.range.totalLow), money(report.range.totalHigh));
    } else if (report.range.drawCount == 0 && params.bootstrapDraws == 0) {
        overview << tr("No range: the run was asked for none (draws for CLV ranges: 0).");
    } else {
        overview << tr("No range: the data do not say how uncertain the fit is (see the notes below).");
    }
    overview << tr("Fitted on %1 customers, %2 of whom bought more than once.")
                    .arg(LocaleFormat::count(report.customerCount),
                        LocaleFormat::count(report.repeatBuyerCount));
    if (m_results->hasHoldout()) {
        overview << tr("Learnt from the purchases up to %1; those from then to %2 check the predictions.")
                        .arg(dateText(report.calibrationEnd), dateText(report.observationEnd));
    } else {
        overview << tr("Learnt from every purchase up to %1.").arg(dateText(report.observationEnd));
    }
    m_overview->setText(overview.join(QLatin1Char(' ')));

    // Warnings: first what the data can carry, then anything about the fit itself. The correlation has its
    // own line below.
    const auto &dataWarnings = report.diagnostics.dataWarnings;
    QStringList dataItems;
    for (const std::string &warning : dataWarnings) {
        dataItems << plainWarning(warning).toHtmlEscaped();
    }
    QStringList fitItems;
    for (const std::string &warning : report.warnings) {
        if (std::find(dataWarnings.begin(), dataWarnings.end(), warning) != dataWarnings.end()
            || warning.rfind("frequency and spend are correlated", 0) == 0) {
            continue;
        }
        fitItems << plainWarning(warning).toHtmlEscaped();
    }
    QString warningHtml;
    if (!dataItems.isEmpty()) {
        warningHtml
            += QStringLiteral("<b>%1</b><ul style=\"margin-top:2px\"><li>%2</li></ul>")
                   .arg(tr("About the data").toHtmlEscaped(), dataItems.join(QStringLiteral("</li><li>")));
    }
    if (!fitItems.isEmpty()) {
        warningHtml
            += QStringLiteral("<b>%1</b><ul style=\"margin-top:2px\"><li>%2</li></ul>")
                   .arg(tr("About the fit").toHtmlEscaped(), fitItems.join(QStringLiteral("</li><li>")));
    }
    m_warnings->setText(warningHtml);
    m_warnings->setVisible(!warningHtml.isEmpty());

    // Parameters with standard errors.
    m_parameterTable->setRowCount(0);
    const auto addParameters = [this](const QString &model, const std::vector<engine::ModelParameter> &list) {
        for (const engine::ModelParameter &parameter : list) {
            const int row = m_parameterTable->rowCount();
            m_parameterTable->insertRow(row);
            m_parameterTable->setItem(row, 0, textItem(model));
            m_parameterTable->setItem(row, 1, textItem(parameterSymbol(parameter.name)));
            m_parameterTable->setItem(row, 2, numberItem(parameterValue(parameter.value), parameter.value));
            m_parameterTable->setItem(
                row, 3, numberItem(parameterValue(parameter.standardError), parameter.standardError));
        }
    };
    addParameters(modelName(report.model), report.purchaseParameters);
    addParameters(QStringLiteral("Gamma-Gamma"), report.spendParameters);
    fitTableSize(m_parameterTable);

    const auto converged = [](bool yes) {
        return yes ? tr("converged") : tr("did not converge, so treat its numbers with care");
    };
    m_fitLabel->setText(
        tr("Purchase model (%1): log-likelihood %2, %3.")
            .arg(modelName(report.model), LocaleFormat::decimal(report.purchaseLogLikelihood, 1),
                converged(report.purchaseConverged))
        + QLatin1Char(' ')
        + tr("Spend model (Gamma-Gamma): log-likelihood %1, %2.")
              .arg(LocaleFormat::decimal(report.spendLogLikelihood, 1), converged(report.spendConverged)));

    const double correlation = report.frequencySpendCorrelation;
    const QString r = QLocale().toString(correlation, 'f', 2);
    if (!std::isfinite(correlation)) {
        m_correlationLabel->setText(
            tr("Frequency and spend: too few repeat buyers to check whether customers "
               "who buy more often also spend more per order."));
    } else if (std::abs(correlation) <= correlationWorthAWarning) {
        m_correlationLabel->setText(tr(
            "Frequency and spend: correlation %1 between how often repeat buyers buy and what they spend per "
            "order. Weak enough for the spend model, which assumes none.")
                                        .arg(r));
    } else {
        m_correlationLabel->setText(tr(
            "Frequency and spend: correlation %1 between how often repeat buyers buy and what they spend per "
            "order. The spend model assumes none, so the value predictions may be biased.")
                                        .arg(r));
    }

    if (m_results->hasHoldout()) {
        const double actual = report.holdoutActual;
        const double expected = report.holdoutExpected;
        const QString difference = actual > 0.0
            ? LocaleFormat::percent(std::abs(expected - actual) / actual, 0)
            : QStringLiteral("–");
        //: %1 a date, %2 purchases made, %3 purchases the model expected, %4 the difference in percent.
        const QString sentence = expected < actual
            ? tr("Holdout check: after %1 customers made %2 purchases; the model expected %3, %4 fewer.")
            : tr("Holdout check: after %1 customers made %2 purchases; the model expected %3, %4 more.");
        m_holdoutLabel->setText(sentence.arg(dateText(report.calibrationEnd),
            LocaleFormat::count(std::llround(actual)), LocaleFormat::decimal(expected, 0), difference));
    } else {
        m_holdoutLabel->setText(tr("Holdout check: none, as this run learnt from every purchase."));
    }

    // Tiers.
    const QStringList tierNames {tr("Top 1%"), tr("Top 1–5%"), tr("Top 5–20%"), tr("Rest")};
    std::int64_t tiered = 0;
    for (const engine::LifetimeValueTier &tier : report.tiers) {
        tiered += tier.customerCount;
    }
    m_tierTable->setRowCount(static_cast<int>(report.tiers.size()));
    for (int row = 0; row < static_cast<int>(report.tiers.size()); ++row) {
        const engine::LifetimeValueTier &tier = report.tiers[static_cast<std::size_t>(row)];
        m_tierTable->setItem(
            row, 0, textItem(row < tierNames.size() ? tierNames[row] : QString::fromStdString(tier.name)));
        m_tierTable->setItem(row, 1,
            numberItem(LocaleFormat::count(tier.customerCount), static_cast<double>(tier.customerCount)));
        const double share
            = tiered > 0 ? static_cast<double>(tier.customerCount) / static_cast<double>(tiered) : 0.0;
        m_tierTable->setItem(row, 2, numberItem(LocaleFormat::percent(share, 1), share));
        m_tierTable->setItem(row, 3, numberItem(money(tier.minimumValue), tier.minimumValue));
        m_tierTable->setItem(row, 4, numberItem(money(tier.totalValue), tier.totalValue));
    }
    fitTableSize(m_tierTable);
}

void LifetimeValueDialog::fillTracking()
{
    const engine::LifetimeValueReport &report = m_results->report;
    const auto &points = report.diagnostics.tracking;
    if (points.empty()) {
        m_trackingChart->showEmpty(tr("No repeat purchases to track."));
        return;
    }
    m_trackingChart->clearChart();
    QChart *chart = m_trackingChart->chart();
    auto *actual = new QLineSeries();
    actual->setName(tr("Actual"));
    auto *expected = new QLineSeries();
    expected->setName(tr("Expected by the model"));
    QPen dashed(QColor(0xd9, 0x5f, 0x02), 2.0, Qt::DashLine);
    expected->setPen(dashed);
    actual->setPen(QPen(QColor(0x1b, 0x5e, 0x9e), 2.0));
    double top = 0.0;
    for (const engine::TrackingPoint &point : points) {
        actual->append(point.period, point.actual);
        top = std::max(top, point.actual);
        if (std::isfinite(point.expected)) {
            expected->append(point.period, point.expected);
            top = std::max(top, point.expected);
        }
    }
    top = top > 0.0 ? top * 1.05 : 1.0;
    chart->addSeries(actual);
    chart->addSeries(expected);
    auto *axisX = new QValueAxis();
    axisX->setTitleText(tr("Weeks since the first purchase in the data"));
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setRange(0.0, points.back().period);
    auto *axisY = new QValueAxis();
    axisY->setTitleText(tr("Repeat purchases so far"));
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setRange(0.0, top);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    actual->attachAxis(axisX);
    actual->attachAxis(axisY);
    expected->attachAxis(axisX);
    expected->attachAxis(axisY);
    axisX->applyNiceNumbers();
    axisY->applyNiceNumbers();
    if (m_results->hasHoldout()) {
        // Period k ends on day start + 7k - 1, so the calibration's last day sits at (end - start + 1) / 7.
        const std::int64_t start = points.front().endDay - 6;
        const double x = static_cast<double>(report.calibrationEnd - start + 1) / 7.0;
        auto *marker = new QLineSeries();
        marker->setName(tr("Calibration end (%1)").arg(dateText(report.calibrationEnd)));
        marker->setPen(QPen(QColor(0x66, 0x66, 0x66), 1.5, Qt::DotLine));
        marker->append(x, 0.0);
        marker->append(x, axisY->max());
        chart->addSeries(marker);
        marker->attachAxis(axisX);
        marker->attachAxis(axisY);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(tr("Repeat purchases, actual and expected, week by week"));
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    m_trackingChart->showChart(m_results->hasHoldout()
            ? tr("Left of the dotted line the models learnt from the purchases; right of it they predict "
                 "purchases they never saw. Lines that stay together after it mean the predictions hold.")
            : tr(
                "No holdout: this run learnt from every purchase, so the chart only shows how well the model "
                "fits what it saw. To test its predictions, run again with “Check the fit on later "
                "purchases”."));
}

void LifetimeValueDialog::fillConditional()
{
    const engine::LifetimeValueReport &report = m_results->report;
    const auto &groups = report.diagnostics.conditionalExpectations;
    if (!m_results->hasHoldout() || groups.empty()) {
        m_conditionalChart->showEmpty(
            tr("Nothing to compare: this run learnt from every purchase, so there are no later purchases to "
               "check "
               "its predictions against. Run again with “Check the fit on later purchases” and a date some "
               "months before your last transaction."));
        return;
    }
    m_conditionalChart->clearChart();
    QChart *chart = m_conditionalChart->chart();
    auto *actual = new QBarSet(tr("Actual"));
    actual->setColor(QColor(0x1b, 0x5e, 0x9e));
    auto *expected = new QBarSet(tr("Expected by the model"));
    expected->setColor(QColor(0xd9, 0x5f, 0x02));
    QStringList categories;
    double top = 0.0;
    for (const engine::ConditionalExpectation &group : groups) {
        //: A group of customers by repeat purchases: "7+" is seven or more.
        categories << (group.isOpenEnded ? tr("%1+").arg(group.frequency) : QString::number(group.frequency));
        const double a = std::isfinite(group.actual) ? group.actual : 0.0;
        const double e = std::isfinite(group.expected) ? group.expected : 0.0;
        actual->append(a);
        expected->append(e);
        top = std::max({top, a, e});
    }
    auto *series = new QBarSeries();
    series->append(actual);
    series->append(expected);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis();
    axisX->append(categories);
    axisX->setTitleText(tr("Repeat purchases up to %1").arg(dateText(report.calibrationEnd)));
    auto *axisY = new QValueAxis();
    axisY->setTitleText(tr("Purchases per customer afterwards"));
    axisY->setRange(0.0, top > 0.0 ? top * 1.1 : 1.0);
    axisY->setLabelFormat(QStringLiteral("%.1f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    axisY->applyNiceNumbers();
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(tr("Purchases after %1 by how often customers had come back before")
                        .arg(dateText(report.calibrationEnd)));
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    m_conditionalChart->showChart(
        tr("Customers grouped by their repeat purchases in the calibration period: how many purchases each "
           "group made afterwards, per customer, against the model's prediction."));
}

QString LifetimeValueDialog::warningText() const
{
    if (m_warnings->isHidden() && m_warnings->text().isEmpty()) {
        return QString();
    }
    QString text = m_warnings->text();
    text.replace(QStringLiteral("</li>"), QStringLiteral("\n"));
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return text.trimmed();
}

QString LifetimeValueDialog::plainWarning(const std::string &english)
{
    const QString text = QString::fromStdString(english);
    QRegularExpressionMatch match;
    static const QRegularExpression fewRepeatBuyers(
        QStringLiteral("^Only (\\d+) of (\\d+) customers bought more than once"));
    if ((match = fewRepeatBuyers.match(text)).hasMatch()) {
        return tr(
            "Only %1 of %2 customers bought more than once. The models learn how often people come back "
            "from repeat buyers; with fewer than 100 the estimates are rough and the CLV ranges wide.")
            .arg(LocaleFormat::count(match.captured(1).toLongLong()),
                LocaleFormat::count(match.captured(2).toLongLong()));
    }
    static const QRegularExpression shortHistory(
        QStringLiteral("^The purchase history used for fitting covers only ([\\d.,]+) weeks"));
    if ((match = shortHistory.match(text)).hasMatch()) {
        return tr(
            "The purchases the models learn from cover only %1 weeks. With less than half a year they "
            "cannot tell customers who buy rarely from customers who are gone; treat P(alive) and CLV as "
            "rough.")
            .arg(match.captured(1));
    }
    if (text.startsWith(QLatin1String("The holdout period is short"))) {
        return tr(
            "The period kept back for checking is short compared with the period the models learn from, "
            "so the check of the predictions says little.");
    }
    static const QRegularExpression fewForFit(
        QStringLiteral("^only (\\d+) repeat buyers; estimates are uncertain"));
    if ((match = fewForFit.match(text)).hasMatch()) {
        return tr("Only %1 repeat buyers: the estimates are uncertain.")
            .arg(LocaleFormat::count(match.captured(1).toLongLong()));
    }
    if (text.startsWith(QLatin1String("a parameter ran to the edge"))) {
        return tr("A parameter ran to the edge of its search range: the data hardly pin it down.");
    }
    if (text.startsWith(QLatin1String("the data show hardly any customers leaving"))) {
        return tr("The data show hardly any customers leaving, so the model cannot learn when a customer is "
                  "lost: the chance of still being active is close to 100 % for everyone, and the CLV "
                  "assumes that customers keep buying. A longer purchase history helps.");
    }
    if (text.startsWith(QLatin1String("the data say little about how customers stop buying"))) {
        return tr("The data say little about how customers stop buying (the two numbers behind it are less "
                  "certain than their own size), so the chance of still being active and the CLV are "
                  "rough. A longer purchase history helps.");
    }
    if (text.startsWith(QLatin1String("the optimiser stopped at its evaluation limit"))) {
        return tr("The fit stopped at its step limit before it converged.");
    }
    if (text.startsWith(QLatin1String("no CLV ranges"))) {
        return tr(
            "No CLV ranges: the fit is too flat around its estimate to say how uncertain the parameters "
            "are.");
    }
    static const QRegularExpression withoutRange(QStringLiteral("^(\\d+) customers have no CLV range"));
    if ((match = withoutRange.match(text)).hasMatch()) {
        const qlonglong count = match.captured(1).toLongLong();
        return tr("%n customer(s) have no CLV range: in most redrawn fits their value has no finite number.",
            nullptr, static_cast<int>(count));
    }
    static const QRegularExpression zeroSpend(QStringLiteral("^(\\d+) repeat buyers with a mean spend of 0"));
    if ((match = zeroSpend.match(text)).hasMatch()) {
        return tr("%n repeat buyer(s) with an average spend of 0 or less were left out of the spend model.",
            nullptr, static_cast<int>(match.captured(1).toLongLong()));
    }
    if (!text.isEmpty()) {
        return text.left(1).toUpper()
            + text.mid(1); // a warning we have no words for yet: as the engine says it
    }
    return text;
}

} // namespace segmenta::ui
