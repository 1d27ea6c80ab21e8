// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "segmentations/NewCustomersDialog.h"

#include "common/ErrorPresenter.h"
#include "common/LocaleFormat.h"
#include "jobs/JobProgressBar.h"
#include "jobs/JobRunner.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace segmenta::ui {

NewCustomersDialog::NewCustomersDialog(
    const engine::Session &session, const QString &segmentation, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_segmentation(segmentation)
    , m_jobs(new JobRunner(this))
    , m_situation(new QLabel(this))
    , m_result(new QLabel(this))
    , m_progress(new JobProgressBar(m_jobs, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    m_situation->setObjectName(QStringLiteral("situation"));
    m_result->setObjectName(QStringLiteral("result"));
    for (QLabel *label : {m_situation, m_result}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    m_addButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_addButton->setObjectName(QStringLiteral("add"));
    // Accepting must not close the dialog: "Add them" starts the job and the result is shown here.
    connect(m_addButton, &QPushButton::clicked, this, &NewCustomersDialog::startAdding);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_jobs, &JobRunner::newCustomersSucceeded, this, &NewCustomersDialog::showReport);
    connect(m_jobs, &JobRunner::failed, this, &NewCustomersDialog::showJobError);
    connect(m_jobs, &JobRunner::cancelled, this, [this] {
        m_cancelled = true;
        retranslate();
    });
    connect(m_jobs, &JobRunner::started, this, &NewCustomersDialog::updateButtons);
    connect(m_jobs, &JobRunner::finished, this, &NewCustomersDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_situation);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    recount();
    retranslate();
    resize(560, 260);
}

NewCustomersDialog::~NewCustomersDialog()
{
    // The runner's destructor cancels and waits, but its signals must not reach a half-destroyed dialog.
    m_jobs->disconnect(this);
}

void NewCustomersDialog::recount()
{
    m_found = false;
    m_newCount = 0;
    m_unplacedCount = 0;
    m_hasMap = false;
    engine::Result<engine::ProjectSummary> summary = m_session.summary();
    if (!summary) {
        m_error = summary.error();
        return;
    }
    const std::string name = m_segmentation.toStdString();
    for (const engine::SegmentationInfo &info : summary->segmentations) {
        if (info.name == name) {
            m_info = info;
            m_found = true;
        }
    }
    if (!m_found) {
        return;
    }
    m_newCount = std::max<qint64>(summary->customerCount - m_info.memberCount, 0);
    if (engine::Result<engine::SegmentationDetails> details = m_session.segmentation(name)) {
        m_hasMap = !details->projectionMethod.empty();
        m_unplacedCount = m_hasMap
            ? std::max<qint64>(m_info.memberCount - static_cast<qint64>(details->points.size()), 0)
            : 0;
    }
}

bool NewCustomersDialog::canAdd() const
{
    return m_found && m_info.isAssignable && (m_newCount > 0 || m_unplacedCount > 0);
}

QString NewCustomersDialog::methodInWords() const
{
    const std::string &method = m_info.method;
    if (method == "kprototypes") {
        return tr("mixed data (k-prototypes)");
    }
    if (method == "kmedoids") {
        return tr("representative customers (k-medoids)");
    }
    if (method == "gmm") {
        return tr("soft segments (Gaussian mixture)");
    }
    if (method == "minibatch") {
        return tr("very many customers (mini-batch k-means)");
    }
    if (method == "rfm") {
        return tr("an RFM map");
    }
    if (method == "rules") {
        return tr("rules");
    }
    if (method == "manual") {
        return tr("a saved selection");
    }
    if (method == "clv-tiers") {
        return tr("lifetime-value tiers");
    }
    // k-means or hierarchical that still cannot take them: made from a criteria set, or by an older version.
    return tr("a criteria set or an older version of Segmenta");
}

QString NewCustomersDialog::situationText() const
{
    if (!m_found) {
        return tr("Open a segmentation first: the customers are added to the segmentation shown.");
    }
    const QString name = QString::fromStdString(m_info.name);
    if (!m_info.isAssignable) {
        QString text
            = tr("“%1” cannot take new customers: it was made with %2. Only segmentations made with "
                 "Standard (k-means) or Hierarchical on columns keep what is needed to add customers "
                 "later.")
                  .arg(name, methodInWords());
        if (m_newCount > 0) {
            text += QLatin1Char(' ')
                + tr("To include the %Ln customer(s) not in it, segment again with Segment › Segment "
                     "customers… and choose “%1” under “Re-run of”, so that its names, colours and notes "
                     "carry over.",
                    nullptr, static_cast<int>(m_newCount))
                      .arg(name);
        }
        return text;
    }
    if (m_newCount == 0 && m_unplacedCount == 0) {
        return tr("Everyone in this project is already in “%1”: nobody is new. After you import more "
                  "customers or transactions, come back here to add them.")
            .arg(name);
    }
    QStringList parts;
    if (m_newCount > 0) {
        parts.append(
            tr("%Ln customer(s) of this project are not yet in “%1”.", nullptr, static_cast<int>(m_newCount))
                .arg(name));
        parts.append(tr("Each joins the segment whose average is closest. The segments' averages are not "
                        "recomputed, and nobody already in them moves."));
    }
    if (m_hasMap) {
        if (m_unplacedCount > 0) {
            parts.append(tr("%Ln customer(s) already in it have no place on the map yet.", nullptr,
                static_cast<int>(m_unplacedCount)));
        }
        parts.append(tr("They are placed on the map beside the customers most like them; the map itself is "
                        "not redrawn."));
    } else {
        parts.append(tr("The segmentation has no map, so they get no place on one."));
    }
    return parts.join(QLatin1Char(' '));
}

QString NewCustomersDialog::resultText() const
{
    if (m_cancelled) {
        return tr("Cancelled: nothing was changed.");
    }
    if (m_error) {
        return ErrorPresenter::message(*m_error);
    }
    if (!m_report) {
        return QString();
    }
    const engine::AssignmentReport &assignment = m_report->assignment;
    QStringList lines;
    lines.append(tr("Added %Ln customer(s) to “%1”.", nullptr, static_cast<int>(assignment.assignedCount))
                     .arg(QString::fromStdString(assignment.segmentation)));
    if (engine::Result<std::vector<engine::SegmentInfo>> segments
        = m_session.segments(assignment.segmentation)) {
        for (const engine::SegmentInfo &segment : segments.value()) {
            const auto index = static_cast<std::size_t>(segment.index);
            const std::int64_t added
                = index < assignment.segmentCounts.size() ? assignment.segmentCounts[index] : 0;
            if (added > 0) {
                //: One line per segment after adding customers: %1 segment name, %2 added, %3 size now.
                lines.append(tr("%1: %2 new, %3 in all")
                                 .arg(QString::fromStdString(segment.name), LocaleFormat::count(added),
                                     LocaleFormat::count(segment.size)));
            }
        }
    }
    if (assignment.skippedCount > 0) {
        lines.append(
            tr("%Ln customer(s) were left out: a value the segments are based on is missing for them.",
                nullptr, static_cast<int>(assignment.skippedCount)));
    }
    if (m_report->placement) {
        if (m_report->placement->placedCount > 0) {
            lines.append(tr("Placed %Ln customer(s) on the map.", nullptr,
                static_cast<int>(m_report->placement->placedCount)));
        }
    } else if (m_report->placementError) {
        lines.append(
            tr("They have no place on the map: %1").arg(ErrorPresenter::message(*m_report->placementError)));
    }
    return lines.join(QLatin1Char('\n'));
}

bool NewCustomersDialog::startAdding()
{
    if (!canAdd() || m_jobs->isRunning()) {
        return false;
    }
    m_report.reset();
    m_error.reset();
    m_cancelled = false;
    retranslate();
    return m_jobs->startNewCustomers(QString::fromStdString(m_session.path()), m_segmentation);
}

void NewCustomersDialog::showReport(const engine::NewCustomersReport &report)
{
    m_report = report;
    recount();
    retranslate();
    Q_EMIT customersAdded(m_segmentation);
}

void NewCustomersDialog::showJobError(const engine::Error &error)
{
    m_error = error;
    retranslate();
}

void NewCustomersDialog::updateButtons()
{
    m_addButton->setEnabled(canAdd() && !m_jobs->isRunning());
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!m_jobs->isRunning());
}

void NewCustomersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void NewCustomersDialog::retranslate()
{
    setWindowTitle(tr("Add new customers"));
    m_situation->setText(situationText());
    m_result->setText(resultText());
    m_result->setVisible(!m_result->text().isEmpty());
    m_addButton->setText(m_newCount > 0 || m_unplacedCount == 0 ? tr("&Add them") : tr("&Place them"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    updateButtons();
}

} // namespace segmenta::ui
