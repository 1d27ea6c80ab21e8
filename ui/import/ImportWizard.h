// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"
#include "jobs/JobRunner.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWizard>

#include <optional>
#include <variant>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableView;
class QTableWidget;

namespace segmenta::ui {

class ImportPreviewModel;

/// What the engine's preview hands back: the failure, or the preview.
using PreviewOutcome = std::variant<engine::Error, engine::ImportPreview>;

/// Imports a customer table or a transaction log into a project, step by step, showing the file before
/// anything is written:
/// 1. the file and what it holds (suggested from its columns);
/// 2. how it is written (delimiter, encoding, decimal mark, date format, sheet), with a live preview of the
///    first 100 rows, read off the GUI thread (a newer request makes older results stale; they are dropped);
/// 3. per column its type, role (or, for a customer table, "leave out") and family, the suggestions
/// preselected;
/// 4. the problems over the whole file (rows with the wrong number of fields, values that do not read as
///    their column's type, with examples and line numbers) and what to do with them;
/// 5. the import itself, with progress and Cancel (a JobRunner job), then a summary in plain words.
/// Nothing is written before page 5; a failed or cancelled import leaves the project as it was.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePage,
        OptionsPage,
        ColumnsPage,
        ProblemsPage,
        ImportPage
    };

    /// What to do with rows that have problems.
    enum class ProblemChoice
    {
        SkipRows,
        Stop,
        TreatAsMissing
    };

    /// A wizard importing into the project file at @p projectPath.
    explicit ImportWizard(const QString &projectPath, QWidget *parent = nullptr);
    ~ImportWizard() override;

    /// Chooses the file to import (as the Browse button or a drop does) and starts reading it.
    void setFilePath(const QString &path);
    QString filePath() const;

    /// The kind the import will use (suggested until the user picks one).
    engine::ImportKind kind() const;
    void setKind(engine::ImportKind kind);

    /// The options the next preview and the import use (empty ones are detected).
    const engine::ImportPreviewParams &options() const { return m_options; }
    /// The newest preview, when the last read succeeded.
    const std::optional<engine::ImportPreview> &preview() const { return m_preview; }
    /// Whether a preview is being computed.
    bool isPreviewRunning() const { return m_pendingPreviews > 0; }
    ImportPreviewModel *previewModel() const { return m_previewModel; }

    /// The roles, families and types chosen on the columns page, one per file column.
    std::vector<std::string> columnRoles() const;
    std::vector<engine::CriteriaFamily> columnFamilies() const;
    std::vector<engine::InferredType> columnTypes() const;

    ProblemChoice problemChoice() const;
    void setProblemChoice(ProblemChoice choice);
    /// The problems-page choice as the import's policy.
    engine::RowErrorPolicy rowErrorPolicy() const;

    /// The parameters the import will run with.
    engine::CsvImportParams customerImportParams() const;
    engine::TransactionImportParams transactionImportParams() const;

    bool isImportRunning() const;
    /// Asks the running import to stop; the project stays as it was.
    void cancelImport();
    /// Whether the import finished and wrote its rows.
    bool hasImported() const { return m_imported; }
    /// The plain-words outcome shown on the last page.
    QString summaryText() const;

    /// Cancel while importing stops the import instead of closing the wizard.
    void reject() override;

Q_SIGNALS:
    /// A preview (or its error) arrived for the current options.
    void previewUpdated();
    /// The import wrote its rows to the project.
    void imported();
    /// The import ended, written or not.
    void importFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildFilePage();
    void buildOptionsPage();
    void buildColumnsPage();
    void buildProblemsPage();
    void buildImportPage();
    void retranslate();
    void chooseFile();
    void optionsEdited();
    void requestPreview();
    void showPreview(const PreviewOutcome &outcome);
    void fillOptionCombos();
    void fillColumnsTable();
    void fillProblems();
    void startImport();
    void showImportProgress(int value, int maximum, const QString &stageKey);
    void showImportEnd(const QString &text, bool succeeded);
    QString typeText(engine::InferredType type) const;
    QString roleText(const std::string &role) const;
    QString familyText(engine::CriteriaFamily family) const;
    std::vector<std::string> rolesForKind() const;

    QString m_projectPath;
    engine::ImportPreviewParams m_options;
    bool m_kindChosen = false;
    std::optional<engine::ImportPreview> m_preview;
    std::optional<engine::Error> m_previewError;
    int m_previewGeneration = 0;
    int m_pendingPreviews = 0;
    QThreadPool m_previewPool;
    QFuture<PreviewOutcome> m_previewFuture;
    ImportPreviewModel *m_previewModel = nullptr;
    JobRunner *m_jobs = nullptr;
    bool m_imported = false;
    bool m_importEnded = false;
    bool m_updatingOptions = false;

    // Page 1
    QWizardPage *m_filePage = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLineEdit *m_fileEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    QLabel *m_kindLabel = nullptr;
    QRadioButton *m_customersButton = nullptr;
    QRadioButton *m_transactionsButton = nullptr;
    QLabel *m_kindHint = nullptr;
    QLabel *m_fileStatus = nullptr;
    // Page 2
    QWizardPage *m_optionsPage = nullptr;
    QLabel *m_delimiterLabel = nullptr;
    QLabel *m_encodingLabel = nullptr;
    QLabel *m_decimalLabel = nullptr;
    QLabel *m_dateLabel = nullptr;
    QLabel *m_sheetLabel = nullptr;
    QComboBox *m_delimiterCombo = nullptr;
    QComboBox *m_encodingCombo = nullptr;
    QComboBox *m_decimalCombo = nullptr;
    QComboBox *m_dateCombo = nullptr;
    QComboBox *m_sheetCombo = nullptr;
    QLabel *m_detectedLabel = nullptr;
    QLabel *m_previewStatus = nullptr;
    QTableView *m_previewView = nullptr;
    // Page 3
    QWizardPage *m_columnsPage = nullptr;
    QLabel *m_columnsHint = nullptr;
    QTableWidget *m_columnsTable = nullptr;
    // Page 4
    QWizardPage *m_problemsPage = nullptr;
    QLabel *m_problemsSummary = nullptr;
    QTableWidget *m_problemsTable = nullptr;
    QLabel *m_choiceLabel = nullptr;
    QButtonGroup *m_choiceGroup = nullptr;
    QRadioButton *m_skipButton = nullptr;
    QRadioButton *m_stopButton = nullptr;
    QRadioButton *m_missingButton = nullptr;
    // Page 5
    QWizardPage *m_importPage = nullptr;
    QLabel *m_importStatus = nullptr;
    QProgressBar *m_importBar = nullptr;
    QPushButton *m_cancelImportButton = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QPushButton *m_startOverButton = nullptr;
};

} // namespace segmenta::ui
