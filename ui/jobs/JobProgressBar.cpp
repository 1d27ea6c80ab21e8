// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "jobs/JobProgressBar.h"

#include "common/LocaleFormat.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace segmenta::ui {

JobProgressBar::JobProgressBar(JobRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancelButton(new QPushButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancelButton);
    m_bar->setRange(0, 0);
    m_bar->setFixedWidth(180);
    m_bar->setTextVisible(false);

    connect(m_cancelButton, &QPushButton::clicked, this, &JobProgressBar::requestCancel);
    connect(runner, &JobRunner::started, this, &JobProgressBar::showStarted);
    connect(runner, &JobRunner::progressChanged, this, &JobProgressBar::showProgress);
    connect(runner, &JobRunner::projectionSnapshotReady, this, &JobProgressBar::showSnapshot);
    connect(runner, &JobRunner::finished, this, &JobProgressBar::hide);

    retranslate();
    hide();
}

QString JobProgressBar::stageText(JobRunner::JobKind kind, const QString &stageKey)
{
    if (stageKey.startsWith(QLatin1String("import")) || stageKey.startsWith(QLatin1String("csv"))) {
        return tr("Reading the file…");
    }
    if (stageKey == QLatin1String("clv.summary")) {
        return tr("Counting repeat purchases…");
    }
    if (stageKey == QLatin1String("clv.bgnbd") || stageKey == QLatin1String("clv.paretonbd")) {
        return tr("Fitting the purchase model…");
    }
    if (stageKey == QLatin1String("clv.gammagamma")) {
        return tr("Fitting the spend model…");
    }
    if (stageKey == QLatin1String("clv.bootstrap")) {
        return tr("Working out the CLV ranges…");
    }
    if (stageKey == QLatin1String("clv.diagnostics")) {
        return tr("Checking the fit…");
    }
    if (stageKey == QLatin1String("clv.write")) {
        return tr("Saving…");
    }
    if (stageKey.startsWith(QLatin1String("features")) || stageKey.startsWith(QLatin1String("scale"))) {
        return tr("Preparing the columns…");
    }
    if (stageKey.startsWith(QLatin1String("kmeans")) || stageKey.startsWith(QLatin1String("cluster"))
        || stageKey.startsWith(QLatin1String("hierarchical")) || stageKey.startsWith(QLatin1String("twostep"))
        || stageKey.startsWith(QLatin1String("kprototypes")) || stageKey.startsWith(QLatin1String("kmedoids"))
        || stageKey.startsWith(QLatin1String("clara")) || stageKey.startsWith(QLatin1String("gmm"))
        || stageKey.startsWith(QLatin1String("minibatch"))) {
        return tr("Grouping customers…");
    }
    if (stageKey == QLatin1String("tsne.similarities")) {
        return tr("Finding each customer's nearest neighbours…");
    }
    if (stageKey == QLatin1String("tsne.optimisation")) {
        return tr("Settling the map…");
    }
    if (stageKey == QLatin1String("tsne.divergence")) {
        return tr("Checking how well the map keeps neighbours…");
    }
    if (stageKey == QLatin1String("projection.save")) {
        return tr("Saving the map…");
    }
    if (stageKey.startsWith(QLatin1String("pca")) || stageKey.startsWith(QLatin1String("projection"))
        || stageKey.startsWith(QLatin1String("map"))) {
        return tr("Drawing the map…");
    }
    if (stageKey.startsWith(QLatin1String("assign"))) {
        return tr("Adding the new customers to their segments…");
    }
    if (stageKey.startsWith(QLatin1String("place")) || stageKey == QLatin1String("tsne.placement")) {
        return tr("Placing the new customers on the map…");
    }
    if (stageKey == QLatin1String("recut.load")) {
        return tr("Cutting the tree again…");
    }
    if (stageKey == QLatin1String("recut.save")) {
        return tr("Saving…");
    }
    if (stageKey.startsWith(QLatin1String("store")) || stageKey.startsWith(QLatin1String("save"))) {
        return tr("Saving…");
    }
    switch (kind) {
    case JobRunner::JobKind::Import:
        return tr("Importing customers…");
    case JobRunner::JobKind::Segmentation:
        return tr("Segmenting customers…");
    case JobRunner::JobKind::LifetimeValue:
        return tr("Working out lifetime value…");
    case JobRunner::JobKind::Projection:
        return tr("Drawing the map…");
    case JobRunner::JobKind::NewCustomers:
        return tr("Adding new customers…");
    case JobRunner::JobKind::None:
        break;
    }
    return tr("Working…");
}

void JobProgressBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void JobProgressBar::showStarted(JobRunner::JobKind)
{
    m_stageKey.clear();
    m_detail.clear();
    m_cancelling = false;
    m_cancelButton->setEnabled(true);
    // Busy until the engine reports its first fraction.
    m_bar->setRange(0, 0);
    retranslate();
    show();
}

void JobProgressBar::showProgress(int value, int maximum, const QString &stageKey)
{
    if (m_bar->maximum() != maximum) {
        m_bar->setRange(0, maximum);
    }
    m_bar->setValue(value);
    if (stageKey != m_stageKey) {
        m_stageKey = stageKey;
        m_detail.clear();
        retranslate();
    }
}

void JobProgressBar::showSnapshot(const engine::ProjectionSnapshot &snapshot)
{
    // A snapshot comes from the optimisation, even when its throttled progress report is still on the way.
    m_stageKey = QStringLiteral("tsne.optimisation");
    //: Status bar while a t-SNE map settles, after "Settling the map…"; %1 and %2 are step numbers, %3 the
    //: Kullback-Leibler divergence (a number such as 0.84; lower: the map keeps neighbours better).
    m_detail = tr("step %1 of %2 · KL %3")
                   .arg(LocaleFormat::count(snapshot.iteration), LocaleFormat::count(snapshot.iterations),
                       LocaleFormat::decimal(snapshot.klDivergence, 2));
    retranslate();
}

void JobProgressBar::requestCancel()
{
    if (m_runner) {
        m_cancelling = true;
        m_cancelButton->setEnabled(false);
        retranslate();
        m_runner->cancel();
    }
}

void JobProgressBar::retranslate()
{
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop the job. The project stays as it was."));
    const JobRunner::JobKind kind = m_runner ? m_runner->kind() : JobRunner::JobKind::None;
    if (m_cancelling) {
        m_label->setText(tr("Cancelling…"));
    } else if (m_detail.isEmpty()) {
        m_label->setText(stageText(kind, m_stageKey));
    } else {
        //: Status bar: what the job is doing (%1), then details such as the step (%2).
        m_label->setText(tr("%1 %2").arg(stageText(kind, m_stageKey), m_detail));
    }
    m_label->setToolTip(m_detail.isEmpty()
            ? QString()
            : tr("KL divergence: how much of each customer's neighbourhood the "
                 "map loses. It falls as the map settles."));
}

} // namespace segmenta::ui
