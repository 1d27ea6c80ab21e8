// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"
#include "value/LifetimeValueResults.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace segmenta::ui {

class AliveHeatmap;
class AtRiskTableModel;
class DiagnosticChartView;
class JobProgressBar;
class JobRunner;

/// Segment › Lifetime value…: fit the purchase model (BG/NBD or Pareto/NBD) and the Gamma-Gamma spend
/// model to the project's transaction log and show what came out — parameters with standard errors, the
/// fit, plain-language warnings about the data, total CLV with its range, the CLV tiers, the customers at
/// risk — and the diagnostics as charts: calibration vs holdout tracking, holdout purchases by calibration
/// frequency, and the frequency x recency P(alive) heatmap. Opens on the project's stored run, if any,
/// without refitting. The fit runs as a JobRunner job on its own Session, with progress and Cancel; a
/// cancelled run leaves the project as it was.
class LifetimeValueDialog : public QDialog
{
    Q_OBJECT

public:
    /// Reads the project through @p session (GUI thread) once; runs open their own Session on its file.
    explicit LifetimeValueDialog(const engine::Session &session, QWidget *parent = nullptr);
    ~LifetimeValueDialog() override;

    /// False when the project has no transaction log (the dialog then says what is needed).
    bool hasTransactions() const { return m_hasTransactions; }
    /// The settings as the form holds them now.
    engine::LifetimeValueParams parameters() const;
    void setParameters(const engine::LifetimeValueParams &params);
    /// Starts fitting with the form's settings (as Run does); false when there is nothing to fit or a run
    /// is under way.
    bool startRun();
    bool isRunning() const;
    /// Stops a running fit (as Cancel does).
    void cancelRun();
    /// What is on show: the stored run or the last run made here; empty before either.
    const std::optional<LifetimeValueResults> &results() const { return m_results; }

    JobRunner *jobRunner() const { return m_jobs; }
    QTabWidget *resultTabs() const { return m_tabs; }
    QTableWidget *parameterTable() const { return m_parameterTable; }
    QTableWidget *tierTable() const { return m_tierTable; }
    QTableView *atRiskView() const { return m_atRiskView; }
    AtRiskTableModel *atRiskModel() const { return m_atRiskModel; }
    DiagnosticChartView *trackingChart() const { return m_trackingChart; }
    DiagnosticChartView *conditionalChart() const { return m_conditionalChart; }
    AliveHeatmap *aliveHeatmap() const { return m_heatmap; }
    /// The data and fit warnings as shown (interface language), one per line.
    QString warningText() const;

    /// An engine warning in the interface language when it is one we know, else as the engine wrote it.
    static QString plainWarning(const std::string &english);

Q_SIGNALS:
    /// After a run stored its columns (and, if asked, its tiers) in the project.
    void lifetimeValueStored(const segmenta::engine::LifetimeValueReport &report);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void buildLayout();
    void retranslate();
    void updateState();
    void showResults();
    void fillSummary();
    void fillTracking();
    void fillConditional();
    void handleSucceeded(const engine::LifetimeValueReport &report);
    void handleFailed(const engine::Error &error);
    void handleCancelled();

    QString m_projectPath;
    bool m_hasTransactions = false;
    std::optional<std::int64_t> m_lastDay; ///< of the transactions
    std::optional<LifetimeValueResults> m_results;
    engine::LifetimeValueParams m_runningParams;
    JobRunner *m_jobs = nullptr;

    QLabel *m_intro = nullptr;
    QGroupBox *m_settingsBox = nullptr;
    QLabel *m_modelLabel = nullptr;
    QComboBox *m_model = nullptr;
    QCheckBox *m_holdout = nullptr;
    QLabel *m_calibrationLabel = nullptr;
    QDateEdit *m_calibrationEnd = nullptr;
    QLabel *m_horizonLabel = nullptr;
    QSpinBox *m_horizon = nullptr;
    QLabel *m_discountLabel = nullptr;
    QDoubleSpinBox *m_discount = nullptr;
    QLabel *m_drawsLabel = nullptr;
    QSpinBox *m_draws = nullptr;
    QCheckBox *m_storeTiers = nullptr;
    QLabel *m_settingsHelp = nullptr;
    QPushButton *m_runButton = nullptr;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_noDataLabel = nullptr;
    QLabel *m_notRunLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_summaryPage = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_overview = nullptr;
    QLabel *m_warnings = nullptr;
    QLabel *m_parametersHeading = nullptr;
    QTableWidget *m_parameterTable = nullptr;
    QLabel *m_fitLabel = nullptr;
    QLabel *m_correlationLabel = nullptr;
    QLabel *m_holdoutLabel = nullptr;
    QLabel *m_tiersHeading = nullptr;
    QTableWidget *m_tierTable = nullptr;
    QWidget *m_atRiskPage = nullptr;
    QLabel *m_atRiskLabel = nullptr;
    QTableView *m_atRiskView = nullptr;
    AtRiskTableModel *m_atRiskModel = nullptr;
    DiagnosticChartView *m_trackingChart = nullptr;
    DiagnosticChartView *m_conditionalChart = nullptr;
    QWidget *m_heatmapPage = nullptr;
    QLabel *m_heatmapLabel = nullptr;
    AliveHeatmap *m_heatmap = nullptr;

    QLabel *m_status = nullptr;
    JobProgressBar *m_progress = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace segmenta::ui
