// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QDate>
#include <QDialog>
#include <QFutureWatcher>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <variant>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QDialogButtonBox;

namespace segmenta::ui {

class CriteriaVariableModel;
class OrdinalLevelModel;
class CorrelationHeatmap;
class HistogramChart;

/// Edits a criteria set (Segment › Criteria sets…): its name, description and variables, with a live
/// preview of what the set gives on the project's customers. The preview runs off the GUI thread
/// (QtConcurrent, a Session of its own on the project file); a result for an older version of the set is
/// dropped. Problems from Session::validate are shown next to their variable. An ordinal variable's answers
/// and their numbers are edited below the table (presets fill them); the analysis date date variables
/// count days to is automatic (the day after the latest date) or chosen. Save stores the set in the
/// project; sets can also be loaded, imported from and exported to JSON files.
/// Reads @p session on the GUI thread and writes through it on Save; the dialog must not outlive it.
class CriteriaEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CriteriaEditorDialog(engine::Session &session, QWidget *parent = nullptr);
    ~CriteriaEditorDialog() override;

    /// The set as edited now.
    engine::CriteriaSet criteriaSet() const;
    /// Replaces everything being edited with @p set.
    void setCriteriaSet(const engine::CriteriaSet &set);
    void setSetName(const QString &name);
    void setDescription(const QString &description);
    /// The date date variables count days to; an invalid date means automatic (the day after the latest
    /// date among the set's date variables).
    void setAnalysisDate(const QDate &date);
    /// The date shown: the chosen one, or when automatic the one the latest preview used (invalid when
    /// the set has no date variable, or before the first preview).
    QDate analysisDate() const;
    bool isAnalysisDateAutomatic() const;

    /// Adds a variable reading @p column (kind and family from the column); its row, or -1 if unknown.
    int addColumnVariable(const QString &column);
    /// Adds a derived variable @p name = @p expression; its row.
    int addFormulaVariable(const QString &name, const QString &expression);
    void removeVariable(int row);
    CriteriaVariableModel *variableModel() const { return m_model; }
    /// Makes @p row the variable whose histograms are shown.
    void selectVariable(int row);
    int selectedVariable() const;
    /// The answers → numbers of the selected ordinal variable, as edited below the table.
    OrdinalLevelModel *levelModel() const { return m_levelModel; }
    /// True when the selected variable is ordinal and its answers are shown for editing.
    bool isLevelEditorShown() const;
    /// Fills the selected ordinal variable's answers with a built-in scale ("likert-en", "likert-tr").
    void fillLevelsWithPreset(const char *scale);

    /// Stores the set in the project (replacing one of the same name); false with the reason shown.
    bool save();
    /// Loads the saved set @p name for editing; false with the reason shown.
    bool loadSavedSet(const QString &name);
    bool importFile(const QString &path);
    bool exportFile(const QString &path);

    /// Problems with the set in plain words (empty: it can be saved and used).
    QStringList problems() const { return m_problems; }
    /// True while a preview is being computed or waits to be.
    bool isPreviewPending() const;
    /// The latest preview of the set as it is now (empty variables before the first).
    const engine::CriteriaPreview &preview() const { return m_preview; }
    /// "1,234 customers will be used. 56 customers are left out because Age is missing."
    QString usageSentence() const;
    /// The warnings about near-duplicate variables, one per line; empty when none.
    QString correlationWarningText() const;
    const HistogramChart *beforeChart() const { return m_before; }
    const HistogramChart *afterChart() const { return m_after; }

Q_SIGNALS:
    /// A preview of the current set has arrived (or failed: see problems()).
    void previewUpdated();
    /// A set was stored in the project.
    void saved(const QString &name);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using PreviewOutcome = std::variant<engine::Error, engine::CriteriaPreview>;

    void setChanged();
    void revalidate();
    void startPreview();
    void handlePreview();
    void showPreview();
    void showSelectedVariable();
    void refreshSavedSets();
    void retranslate();
    void showError(const QString &text);
    void askFormula();
    void askImport();
    void askExport();
    void fitColumns();
    void refreshLevelEditor();
    void takeEditedLevels();
    void moveSelectedLevel(int step);
    void analysisDateChanged();

    engine::Session &m_session;
    std::string m_projectPath;
    engine::ProjectSummary m_summary;
    CriteriaVariableModel *m_model = nullptr;
    QStringList m_problems;
    QString m_previewProblem;
    engine::CriteriaPreview m_preview;
    QFutureWatcher<PreviewOutcome> m_watcher;
    QTimer m_previewTimer;
    quint64 m_generation = 0; ///< bumped on every change; a preview of an older one is dropped
    quint64 m_runningGeneration = 0;
    bool m_previewValid = false;
    bool m_previewInFlight = false; ///< started, and handlePreview() has not seen it yet

    QLabel *m_intro = nullptr;
    QLabel *m_savedLabel = nullptr;
    QComboBox *m_savedSets = nullptr;
    QPushButton *m_loadButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QLineEdit *m_description = nullptr;
    QLabel *m_dateLabel = nullptr;
    QCheckBox *m_automaticDate = nullptr;
    QDateEdit *m_analysisDate = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_columns = nullptr;
    QPushButton *m_addColumnButton = nullptr;
    QPushButton *m_addFormulaButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    OrdinalLevelModel *m_levelModel = nullptr;
    bool m_takingLevels = false; ///< the variable is taking the editor's answers: do not reload them
    QGroupBox *m_levelBox = nullptr;
    QLabel *m_fillLabel = nullptr;
    QPushButton *m_englishLikert = nullptr;
    QPushButton *m_turkishLikert = nullptr;
    QTableView *m_levelTable = nullptr;
    QPushButton *m_addLevel = nullptr;
    QPushButton *m_removeLevel = nullptr;
    QPushButton *m_levelUp = nullptr;
    QPushButton *m_levelDown = nullptr;
    QLabel *m_previewTitle = nullptr;
    QLabel *m_usage = nullptr;
    HistogramChart *m_before = nullptr;
    HistogramChart *m_after = nullptr;
    QLabel *m_correlationTitle = nullptr;
    CorrelationHeatmap *m_heatmap = nullptr;
    QLabel *m_warnings = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace segmenta::ui
