// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "diagnostics/DiagnosticsPage.h"

#include "common/ErrorPresenter.h"
#include "common/LocaleFormat.h"
#include "diagnostics/ScreePlot.h"
#include "diagnostics/SilhouettePlot.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace segmenta::ui {

namespace {

QLabel *wrappedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *centredMessage(QWidget *parent)
{
    auto *label = wrappedLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

} // namespace

DiagnosticsPage::DiagnosticsPage(QWidget *parent)
    : QWidget(parent)
    , m_job(new DiagnosticsJob(this))
{
    m_title = wrappedLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_progressRow = new QWidget(this);
    m_progressLabel = new QLabel(m_progressRow);
    m_progressBar = new QProgressBar(m_progressRow);
    m_cancelButton = new QPushButton(m_progressRow);
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_progressBar, 1);
    progressLayout->addWidget(m_cancelButton);
    m_progressRow->hide();

    m_computeButton = new QPushButton(this);
    m_computeButton->hide();

    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);

    m_silhouettePage = new QWidget(m_pages);
    m_silhouetteSummary = wrappedLabel(m_silhouettePage);
    m_silhouetteStack = new QStackedWidget(m_silhouettePage);
    m_silhouetteMessage = centredMessage(m_silhouetteStack);
    m_silhouettePlot = new SilhouettePlot(m_silhouetteStack);
    m_silhouetteStack->addWidget(m_silhouetteMessage);
    m_silhouetteStack->addWidget(m_silhouettePlot);
    m_silhouetteCaption = wrappedLabel(m_silhouettePage);
    auto *silhouetteLayout = new QVBoxLayout(m_silhouettePage);
    silhouetteLayout->addWidget(m_silhouetteSummary);
    silhouetteLayout->addWidget(m_silhouetteStack, 1);
    silhouetteLayout->addWidget(m_silhouetteCaption);

    m_screePage = new QWidget(m_pages);
    m_screeSummary = wrappedLabel(m_screePage);
    m_screeStack = new QStackedWidget(m_screePage);
    m_screeMessage = centredMessage(m_screeStack);
    m_screePlot = new ScreePlot(m_screeStack);
    m_screeStack->addWidget(m_screeMessage);
    m_screeStack->addWidget(m_screePlot);
    m_screeCaption = wrappedLabel(m_screePage);
    auto *screeLayout = new QVBoxLayout(m_screePage);
    screeLayout->addWidget(m_screeSummary);
    screeLayout->addWidget(m_screeStack, 1);
    screeLayout->addWidget(m_screeCaption);

    m_pages->addTab(m_silhouettePage, QString());
    m_pages->addTab(m_screePage, QString());

    auto *header = new QHBoxLayout();
    header->addWidget(m_title, 1);
    header->addWidget(m_computeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_pages, 1);

    connect(m_cancelButton, &QPushButton::clicked, this, &DiagnosticsPage::cancel);
    connect(m_computeButton, &QPushButton::clicked, this, &DiagnosticsPage::compute);
    connect(m_job, &DiagnosticsJob::progressChanged, this, &DiagnosticsPage::showProgress);
    connect(m_job, &DiagnosticsJob::succeeded, this, &DiagnosticsPage::showOutcome);
    connect(m_job, &DiagnosticsJob::cancelled, this, [this] {
        if (m_runningFor == m_segmentation) {
            m_wasCancelled = true;
            m_isCurrent = false;
        }
    });
    connect(m_job, &DiagnosticsJob::finished, this, [this] {
        const bool forFollowed = m_runningFor == m_segmentation;
        m_runningFor.clear();
        showRunning(false);
        updateSummaries();
        if (forFollowed) {
            Q_EMIT diagnosticsEnded();
        } else if (isVisible()) {
            compute(); // the user moved on while it ran: the segmentation now followed
        }
    });
    retranslate();
}

DiagnosticsPage::~DiagnosticsPage()
{
    m_job->cancel();
    m_job->waitForFinished();
}

void DiagnosticsPage::setSegmentation(const QString &projectPath, const engine::SegmentationDetails &details)
{
    const QString name = QString::fromStdString(details.info.name);
    const bool same = name == m_segmentation && projectPath == m_projectPath;
    m_projectPath = projectPath;
    m_segmentation = name;
    m_segments = details.segments;
    m_mapAxisCount = details.projectionMethod == "pca" ? 2 : 0;
    if (!same) {
        m_isCurrent = false;
        m_wasCancelled = false;
        m_silhouette.reset();
        m_spectrum.reset();
        m_silhouetteError.reset();
        m_spectrumError.reset();
        m_silhouettePlot->clear();
        m_screePlot->clear();
        if (isRunning()) {
            m_job->cancel(); // finished() then starts the one now followed, if the page is on show
        }
    } else if (m_silhouette) {
        m_silhouettePlot->setSilhouette(*m_silhouette, m_segments); // new names or colours
    }
    if (m_spectrum) {
        m_screePlot->setSpectrum(*m_spectrum, m_mapAxisCount);
    }
    updateSummaries();
    if (isVisible() && !m_wasCancelled) {
        compute();
    }
}

void DiagnosticsPage::clear()
{
    if (isRunning()) {
        m_job->cancel();
    }
    m_projectPath.clear();
    m_segmentation.clear();
    m_segments.clear();
    m_isCurrent = false;
    m_wasCancelled = false;
    m_silhouette.reset();
    m_spectrum.reset();
    m_silhouetteError.reset();
    m_spectrumError.reset();
    m_silhouettePlot->clear();
    m_screePlot->clear();
    updateSummaries();
}

int DiagnosticsPage::addPage(QWidget *page, const QString &title)
{
    return m_pages->addTab(page, title);
}

bool DiagnosticsPage::compute()
{
    if (m_segmentation.isEmpty() || m_projectPath.isEmpty() || isRunning() || m_isCurrent) {
        return false;
    }
    m_wasCancelled = false;
    if (!m_job->start(m_projectPath, m_segmentation)) {
        return false;
    }
    m_runningFor = m_segmentation;
    showRunning(true);
    updateSummaries();
    return true;
}

bool DiagnosticsPage::isRunning() const
{
    return m_job->isRunning();
}

void DiagnosticsPage::cancel()
{
    m_job->cancel();
}

void DiagnosticsPage::waitForFinished()
{
    m_job->waitForFinished();
}

void DiagnosticsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_wasCancelled) {
        compute();
    }
}

void DiagnosticsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        retranslate();
    }
}

void DiagnosticsPage::showRunning(bool running)
{
    m_progressRow->setVisible(running);
    m_cancelButton->setEnabled(running);
    if (running) {
        m_progressBar->setRange(0, 0); // busy until the first report
        m_progressLabel->setText(tr("Reading the segmentation…"));
    }
}

void DiagnosticsPage::showProgress(int value, int maximum, const QString &stageKey)
{
    m_progressBar->setRange(0, std::max(1, maximum));
    m_progressBar->setValue(value);
    if (stageKey == QLatin1String("silhouette")) {
        m_progressLabel->setText(tr("Scoring how well each customer fits its segment…"));
    } else if (stageKey == QLatin1String("silhouette.save")) {
        m_progressLabel->setText(tr("Keeping the values in the project…"));
    } else if (stageKey == QLatin1String("pca")) {
        m_progressLabel->setText(tr("Measuring the variance of each component…"));
    } else {
        m_progressLabel->setText(tr("Reading the segmentation…"));
    }
}

void DiagnosticsPage::showOutcome(const DiagnosticsOutcome &outcome)
{
    if (outcome.segmentation != m_segmentation) {
        return; // the user has moved on to another segmentation
    }
    m_isCurrent = true;
    m_spectrum = outcome.spectrum;
    m_spectrumError = outcome.spectrumError;
    m_silhouette = outcome.silhouette;
    m_silhouetteError = outcome.silhouetteError;
    if (m_silhouetteError && m_silhouetteError->code == engine::ErrorCode::Cancelled) {
        m_silhouetteError.reset();
        m_wasCancelled = true;
        m_isCurrent = false;
    }
    if (m_silhouette) {
        m_silhouettePlot->setSilhouette(*m_silhouette, m_segments);
    } else {
        m_silhouettePlot->clear();
    }
    if (m_spectrum) {
        m_screePlot->setSpectrum(*m_spectrum, m_mapAxisCount);
    } else {
        m_screePlot->clear();
    }
    updateSummaries();
}

QString DiagnosticsPage::silhouetteSummary() const
{
    return m_silhouetteSummary->text();
}

QString DiagnosticsPage::silhouetteMessage() const
{
    return m_silhouetteMessage->text();
}

void DiagnosticsPage::updateSummaries()
{
    if (m_segmentation.isEmpty()) {
        m_title->setText(tr("No segmentation to diagnose yet."));
    } else {
        //: Title of the Diagnostics tab; %1 is the segmentation's name.
        m_title->setText(tr("How well “%1” holds together").arg(m_segmentation));
    }
    m_computeButton->setVisible(!m_segmentation.isEmpty() && !isRunning() && m_wasCancelled);

    // Silhouette page.
    QString message;
    if (m_segmentation.isEmpty()) {
        message = tr("Segment your customers first; their diagnostics then appear here.");
    } else if (isRunning()) {
        message = tr("Working out the silhouette…");
    } else if (m_wasCancelled) {
        message = tr("Cancelled. Click Compute to work out the silhouette.");
    } else if (m_silhouetteError) {
        message = ErrorPresenter::message(*m_silhouetteError);
    } else if (!m_silhouette) {
        message = tr("The silhouette is worked out when you open this tab.");
    }
    m_silhouetteMessage->setText(message);
    m_silhouetteStack->setCurrentWidget(m_silhouette ? static_cast<QWidget *>(m_silhouettePlot)
                                                     : static_cast<QWidget *>(m_silhouetteMessage));
    if (m_silhouette) {
        const engine::SegmentationSilhouette &s = *m_silhouette;
        //: %1 the mean silhouette (e.g. 0.45), %2 the number of customers.
        QString summary = s.isSampled
            ? tr("Average silhouette %1, on a random sample of %2 of the %3 customers in the segmentation "
                 "(the same sample every time).")
                  .arg(LocaleFormat::decimal(s.mean, 2), LocaleFormat::count(s.sampleSize),
                      LocaleFormat::count(s.memberCount))
            : tr("Average silhouette %1 over all %2 customers in the segmentation.")
                  .arg(LocaleFormat::decimal(s.mean, 2), LocaleFormat::count(s.memberCount));
        m_silhouetteSummary->setText(summary);
    } else {
        m_silhouetteSummary->clear();
    }
    m_silhouetteSummary->setVisible(m_silhouette.has_value());

    // Variance page.
    QString screeMessage;
    if (m_segmentation.isEmpty()) {
        screeMessage = tr("Segment your customers first; their diagnostics then appear here.");
    } else if (isRunning()) {
        screeMessage = tr("Working out the components…");
    } else if (m_spectrumError) {
        screeMessage = ErrorPresenter::message(*m_spectrumError);
    } else if (!m_spectrum) {
        screeMessage = tr("The components are worked out when you open this tab.");
    }
    m_screeMessage->setText(screeMessage);
    m_screeStack->setCurrentWidget(
        m_spectrum ? static_cast<QWidget *>(m_screePlot) : static_cast<QWidget *>(m_screeMessage));
    if (m_spectrum && m_spectrum->explainedVarianceRatio.size() >= 2 && m_mapAxisCount >= 2) {
        const double shown = m_spectrum->explainedVarianceRatio[0] + m_spectrum->explainedVarianceRatio[1];
        //: %1 the share of the variance the two map axes show, e.g. 68.2%.
        m_screeSummary->setText(tr("The map's two axes show %1 of the differences between customers on the "
                                   "segmentation's criteria.")
                                    .arg(LocaleFormat::percent(shown)));
    } else if (m_spectrum) {
        m_screeSummary->setText(tr("%n component(s) of the segmentation's criteria.", nullptr,
            static_cast<int>(m_spectrum->explainedVarianceRatio.size())));
    } else {
        m_screeSummary->clear();
    }
    m_screeSummary->setVisible(m_spectrum.has_value());
}

void DiagnosticsPage::retranslate()
{
    m_pages->setTabText(m_pages->indexOf(m_silhouettePage), tr("Silhouette"));
    m_pages->setTabText(m_pages->indexOf(m_screePage), tr("Variance by component"));
    m_cancelButton->setText(tr("Cancel"));
    m_computeButton->setText(tr("Compute"));
    m_silhouetteCaption->setText(tr(
        "How to read it: each thin bar is one customer, sorted from best to worst fit within its segment. "
        "A value near 1 means the customer is much closer to its own segment than to any other, so it fits "
        "its segment well. Near 0 it sits between two segments; below 0 it would fit better in another "
        "segment. The dashed line is the average over all customers: a segment whose bars mostly stop "
        "short of it is loosely held together."));
    m_screeCaption->setText(
        tr("How to read it: each bar is one direction through the customers' criteria (a principal "
           "component) and how much of their differences it captures; the line adds them up. The map draws "
           "the first two (highlighted): when together they capture little, the map flattens much of the "
           "picture, and segments that overlap on it may still be well apart."));
    updateSummaries();
}

} // namespace segmenta::ui
