// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "diagnostics/SegmentCountView.h"

#include "common/LocaleFormat.h"
#include "common/SegmentPalette.h"
#include "diagnostics/SegmentCountJob.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace segmenta::ui {

namespace {

constexpr int chartColumns = 3;

double scoreValue(const engine::SegmentCountScore &score, SegmentCountView::Score which)
{
    switch (which) {
    case SegmentCountView::Score::Inertia:
        return score.inertia;
    case SegmentCountView::Score::Silhouette:
        return score.silhouette;
    case SegmentCountView::Score::CalinskiHarabasz:
        return score.calinskiHarabasz;
    case SegmentCountView::Score::DaviesBouldin:
        return score.daviesBouldin;
    case SegmentCountView::Score::Stability:
        return score.stability;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

/// The k with the best finite value (highest, or lowest when @p lowerIsBetter); ties to the smaller k.
int bestCount(
    const std::vector<engine::SegmentCountScore> &scores, SegmentCountView::Score which, bool lowerIsBetter)
{
    int best = 0;
    double bestValue = 0.0;
    for (const auto &score : scores) {
        const double value = scoreValue(score, which);
        if (!std::isfinite(value)) {
            continue;
        }
        if (best == 0 || (lowerIsBetter ? value < bestValue : value > bestValue)) {
            best = score.segmentCount;
            bestValue = value;
        }
    }
    return best;
}

} // namespace

SegmentCountView::SegmentCountView(QWidget *parent)
    : QWidget(parent)
    , m_job(new SegmentCountJob(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(m_stack))
    , m_resultsPage(new QWidget(m_stack))
    , m_reason(new QLabel(m_resultsPage))
    , m_segmentButton(new QPushButton(m_resultsPage))
    , m_progressRow(new QWidget(this))
    , m_progressLabel(new QLabel(m_progressRow))
    , m_progressBar(new QProgressBar(m_progressRow))
    , m_cancelButton(new QPushButton(m_progressRow))
{
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_stack->addWidget(m_emptyLabel);

    auto *resultsLayout = new QVBoxLayout(m_resultsPage);
    auto *grid = new QGridLayout();
    for (int i = 0; i < scoreCount; ++i) {
        auto *chart = new QChart();
        chart->legend()->hide();
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setLocalizeNumbers(true);
        chart->setMargins(QMargins(4, 4, 4, 4));
        auto *view = new QChartView(chart, m_resultsPage);
        view->setRenderHint(QPainter::Antialiasing, true);
        view->setMinimumSize(240, 180);
        m_chartViews.push_back(view);
        grid->addWidget(view, i / chartColumns, i % chartColumns);
    }
    auto *reasonBox = new QWidget(m_resultsPage);
    auto *reasonLayout = new QVBoxLayout(reasonBox);
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::RichText);
    m_reason->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    reasonLayout->addWidget(m_reason, 1);
    reasonLayout->addWidget(m_segmentButton, 0, Qt::AlignLeft);
    grid->addWidget(reasonBox, scoreCount / chartColumns, scoreCount % chartColumns);
    resultsLayout->addLayout(grid, 1);
    m_stack->addWidget(m_resultsPage);

    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_progressBar, 1);
    progressLayout->addWidget(m_cancelButton);
    m_progressRow->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_stack, 1);

    connect(m_cancelButton, &QPushButton::clicked, this, &SegmentCountView::cancel);
    connect(m_segmentButton, &QPushButton::clicked, this, [this] {
        if (recommendedCount() > 0) {
            Q_EMIT segmentRequested(recommendedCount(), m_columns, m_criteriaSet);
        }
    });
    connect(m_job, &SegmentCountJob::progressChanged, this, [this](int value, int maximum) {
        m_progressBar->setRange(0, maximum);
        m_progressBar->setValue(value);
    });
    connect(m_job, &SegmentCountJob::succeeded, this, [this](const engine::SegmentCountSearch &search) {
        setSearch(search, m_pendingColumns, m_pendingCriteriaSet);
    });
    connect(m_job, &SegmentCountJob::failed, this, &SegmentCountView::searchFailed);
    connect(m_job, &SegmentCountJob::finished, this, [this] {
        showRunning(false);
        Q_EMIT searchEnded();
    });
    retranslate();
}

SegmentCountView::~SegmentCountView()
{
    m_job->cancel();
    m_job->waitForFinished();
}

bool SegmentCountView::start(const QString &projectPath, const engine::SegmentCountSearchParams &params)
{
    if (m_job->isRunning()) {
        return false;
    }
    m_pendingColumns.clear();
    for (const std::string &column : params.columns) {
        m_pendingColumns.append(QString::fromStdString(column));
    }
    m_pendingCriteriaSet = QString::fromStdString(params.criteria);
    if (!m_job->start(projectPath, params)) {
        return false;
    }
    showRunning(true);
    return true;
}

bool SegmentCountView::isRunning() const
{
    return m_job->isRunning();
}

void SegmentCountView::cancel()
{
    m_job->cancel();
    m_cancelButton->setEnabled(false);
}

void SegmentCountView::waitForFinished()
{
    m_job->waitForFinished();
}

void SegmentCountView::showRunning(bool running)
{
    m_progressRow->setVisible(running);
    m_cancelButton->setEnabled(running);
    m_progressBar->setRange(0, 0);
    m_segmentButton->setEnabled(!running && hasSearch());
}

void SegmentCountView::setSearch(
    const engine::SegmentCountSearch &search, const QStringList &columns, const QString &criteriaSet)
{
    m_search = search;
    m_columns = columns;
    m_criteriaSet = criteriaSet;
    m_stack->setCurrentWidget(m_resultsPage);
    m_segmentButton->setEnabled(!isRunning());
    rebuildCharts();
    retranslate();
}

void SegmentCountView::clear()
{
    m_search.reset();
    m_columns.clear();
    m_criteriaSet.clear();
    m_stack->setCurrentWidget(m_emptyLabel);
    for (QChartView *view : m_chartViews) {
        view->chart()->removeAllSeries();
        for (QAbstractAxis *axis : view->chart()->axes()) {
            view->chart()->removeAxis(axis);
            delete axis;
        }
    }
    retranslate();
}

int SegmentCountView::recommendedCount() const
{
    return m_search ? m_search->recommendation.recommendedCount : 0;
}

QChart *SegmentCountView::chart(Score score) const
{
    return m_chartViews[static_cast<std::size_t>(score)]->chart();
}

void SegmentCountView::rebuildCharts()
{
    if (!m_search) {
        return;
    }
    const auto &scores = m_search->recommendation.scores;
    const int recommended = m_search->recommendation.recommendedCount;
    const QColor lineColour = SegmentPalette::colour(0); // Okabe-Ito blue, far from the vermillion mark
    const QColor markColour(213, 94, 0); // Okabe-Ito vermillion: the recommended k
    for (int i = 0; i < scoreCount; ++i) {
        QChart *scoreChart = m_chartViews[static_cast<std::size_t>(i)]->chart();
        scoreChart->removeAllSeries();
        for (QAbstractAxis *axis : scoreChart->axes()) {
            scoreChart->removeAxis(axis);
            delete axis;
        }
        auto *line = new QLineSeries();
        line->setPen(QPen(lineColour, 2.0));
        line->setPointsVisible(true);
        auto *mark = new QScatterSeries();
        mark->setColor(markColour);
        mark->setBorderColor(markColour.darker(130));
        mark->setMarkerSize(13.0);
        double low = std::numeric_limits<double>::infinity();
        double high = -low;
        for (const auto &score : scores) {
            const double value = scoreValue(score, static_cast<Score>(i));
            if (!std::isfinite(value)) {
                continue;
            }
            line->append(score.segmentCount, value);
            if (score.segmentCount == recommended) {
                mark->append(score.segmentCount, value);
            }
            low = std::min(low, value);
            high = std::max(high, value);
        }
        scoreChart->addSeries(line);
        scoreChart->addSeries(mark);
        auto *axisX = new QValueAxis();
        auto *axisY = new QValueAxis();
        const int first = scores.empty() ? 2 : scores.front().segmentCount;
        const int last = scores.empty() ? 3 : scores.back().segmentCount;
        axisX->setRange(first - 0.5, last + 0.5);
        axisX->setTickType(QValueAxis::TicksDynamic);
        axisX->setTickAnchor(first);
        axisX->setTickInterval(1.0);
        // "%d" draws no labels on a QValueAxis with localized numbers (Qt 6.4); whole numbers via "%.0f".
        axisX->setLabelFormat(QStringLiteral("%.0f"));
        if (std::isfinite(low)) {
            const double padding = std::max((high - low) * 0.1, std::abs(high) * 0.01 + 1e-9);
            axisY->setRange(low - padding, high + padding);
            axisY->applyNiceNumbers();
        }
        axisY->setLabelFormat(
            static_cast<Score>(i) == Score::Inertia || static_cast<Score>(i) == Score::CalinskiHarabasz
                ? QStringLiteral("%.0f")
                : QStringLiteral("%.2f"));
        scoreChart->addAxis(axisX, Qt::AlignBottom);
        scoreChart->addAxis(axisY, Qt::AlignLeft);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
        mark->attachAxis(axisX);
        mark->attachAxis(axisY);
    }
}

QString SegmentCountView::reasonText() const
{
    if (!m_search) {
        return QString();
    }
    const auto &recommendation = m_search->recommendation;
    const auto &scores = recommendation.scores;
    const auto chosen
        = std::find_if(scores.begin(), scores.end(), [&](const engine::SegmentCountScore &score) {
              return score.segmentCount == recommendation.recommendedCount;
          });
    if (chosen == scores.end()) {
        return QString();
    }
    QStringList paragraphs;
    if (std::isfinite(chosen->stability)) {
        //: Why a number of segments is recommended. %1 the number, %2 silhouette, %3 stability (both like
        //: "0.55").
        paragraphs.append(
            tr("<b>%1 segments</b>: customers sit most clearly in their own segment (silhouette %2), "
               "and the segments come out the same on re-runs (stability %3).")
                .arg(QString::number(chosen->segmentCount), LocaleFormat::decimal(chosen->silhouette),
                    LocaleFormat::decimal(chosen->stability)));
        if (chosen->stability < 0.8) {
            paragraphs.append(
                tr("No number of segments was stable on re-runs (stability 0.8 or more), so this "
                   "is the best of the unstable ones."));
        }
    } else {
        //: Why a number of segments is recommended. %1 the number, %2 silhouette such as "0.55".
        paragraphs.append(
            tr("<b>%1 segments</b>: customers sit most clearly in their own segment (silhouette %2).")
                .arg(QString::number(chosen->segmentCount), LocaleFormat::decimal(chosen->silhouette)));
    }
    if (recommendation.criteriaDisagree) {
        const int byCalinski = bestCount(scores, Score::CalinskiHarabasz, false);
        const int byDavies = bestCount(scores, Score::DaviesBouldin, true);
        paragraphs.append(byCalinski == byDavies
                //: %1 is a number of segments.
                ? tr("The scores do not all agree: Calinski–Harabasz and Davies–Bouldin both favour %1 "
                     "segments.")
                      .arg(byCalinski)
                //: %1 and %2 are numbers of segments.
                : tr("The scores do not all agree: Calinski–Harabasz favours %1 segments and Davies–Bouldin "
                     "%2.")
                      .arg(QString::number(byCalinski), QString::number(byDavies)));
    }
    // The elbow: the largest second difference of inertia.
    int elbow = 0;
    double sharpest = 0.0;
    for (std::size_t i = 1; i + 1 < scores.size(); ++i) {
        const double bend = scores[i - 1].inertia - 2.0 * scores[i].inertia + scores[i + 1].inertia;
        if (std::isfinite(bend) && bend > sharpest) {
            sharpest = bend;
            elbow = scores[i].segmentCount;
        }
    }
    if (elbow > 0) {
        paragraphs.append(tr("The inertia curve bends most at %1 segments (the elbow).").arg(elbow));
    }
    //: %1 is the number of customers the scores were computed on.
    paragraphs.append(tr("Scored on %1 customers.").arg(LocaleFormat::count(m_search->memberCount)));
    return paragraphs.join(QStringLiteral("<br><br>"));
}

void SegmentCountView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void SegmentCountView::retranslate()
{
    m_emptyLabel->setText(tr("Not sure how many segments to make? Segment › Compare segment counts… scores "
                             "each number of segments and recommends one."));
    m_progressLabel->setText(tr("Comparing segment counts…"));
    m_cancelButton->setText(tr("Cancel"));
    // Name and reading direction on two lines: one line is clipped in narrow charts (Turkish, 1280 px).
    const QString higherIsBetter = tr("higher is better");
    const QString titles[scoreCount][2] = {
        {tr("Inertia (elbow)"), tr("lower is tighter")},
        {tr("Silhouette"), higherIsBetter},
        {tr("Calinski–Harabasz"), higherIsBetter},
        {tr("Davies–Bouldin"), tr("lower is better")},
        {tr("Stability"), higherIsBetter},
    };
    for (int i = 0; i < scoreCount; ++i) {
        QChart *scoreChart = m_chartViews[static_cast<std::size_t>(i)]->chart();
        scoreChart->setTitle(QStringLiteral("<b>%1</b><br>%2")
                                 .arg(titles[i][0].toHtmlEscaped(), titles[i][1].toHtmlEscaped()));
        scoreChart->setLocale(QLocale());
        for (QAbstractAxis *axis : scoreChart->axes(Qt::Horizontal)) {
            axis->setTitleText(tr("Number of segments"));
        }
    }
    m_reason->setText(reasonText());
    //: Button under the segment-count charts; %1 is the recommended number of segments.
    m_segmentButton->setText(
        recommendedCount() > 0 ? tr("Segment into %1 segments…").arg(recommendedCount()) : tr("Segment…"));
}

} // namespace segmenta::ui
