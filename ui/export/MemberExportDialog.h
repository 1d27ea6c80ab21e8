// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>
#include <QThreadPool>

#include <variant>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace segmenta::ui {

/// File › Export members…: writes the customers of a segmentation — all of them or one segment's members —
/// with the columns the user ticks (all at first, in the table's order) as CSV or as an Excel workbook.
/// The export runs off the GUI thread on its own Session, with a progress bar and Cancel; a cancelled or
/// failed export leaves no file (Session::exportMembers writes beside the target and renames). The dialog
/// closes itself when the file is written; closing it while exporting cancels the export.
class MemberExportDialog : public QDialog
{
    Q_OBJECT

public:
    using Outcome = std::variant<engine::Error, std::int64_t>;

    /// @p columns as Session::memberExportColumns lists them; @p segments of the segmentation;
    /// @p selectedSegment preselects "only this segment's members" (0-based; -1: every customer);
    /// @p suggestedPath the file offered (its extension picks the format).
    MemberExportDialog(const QString &projectPath, const QString &segmentation,
        const std::vector<engine::TableColumn> &columns, const std::vector<engine::SegmentInfo> &segments,
        int selectedSegment, const QString &suggestedPath, QWidget *parent = nullptr);
    ~MemberExportDialog() override;

    /// What an export would write now.
    engine::MemberExportParams params() const;
    QStringList checkedColumns() const;
    void setColumnChecked(const QString &name, bool checked);
    void setAllColumnsChecked(bool checked);
    engine::TableFormat format() const;
    /// Also changes the file's extension (.csv ↔ .xlsx).
    void setFormat(engine::TableFormat format);
    QString outputPath() const;
    /// Also picks the format when the extension names one.
    void setOutputPath(const QString &path);
    /// The segment whose members are exported (0-based), or -1 for every customer.
    int segment() const;
    void setSegment(int segment);

    /// Starts writing; false (nothing started) without a ticked column or a file name, or while exporting.
    bool startExport();
    bool isRunning() const;
    void cancelExport();
    /// Blocks until the running export has ended (tests; closing); its signals follow from the event loop.
    void waitForFinished();
    /// The line under the progress bar: what happened last ("Wrote 440 customers…", an error, "Cancelled").
    QString statusText() const;

    QListWidget *columnList() const { return m_columns; }
    QPushButton *exportButton() const { return m_exportButton; }

Q_SIGNALS:
    void exported(const QString &path, qint64 rows);
    void exportFailed(const segmenta::engine::Error &error);
    void exportCancelled();

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslate();
    void updateState();
    void chooseFile();
    void handleFinished();

    QString m_projectPath;
    QString m_segmentation;
    std::vector<engine::TableColumn> m_columnInfo;
    std::vector<engine::SegmentInfo> m_segments;

    QLabel *m_scopeLabel = nullptr;
    QComboBox *m_scope = nullptr;
    QLabel *m_columnsLabel = nullptr;
    QListWidget *m_columns = nullptr;
    QPushButton *m_allButton = nullptr;
    QPushButton *m_noneButton = nullptr;
    QLabel *m_formatLabel = nullptr;
    QRadioButton *m_csv = nullptr;
    QRadioButton *m_xlsx = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browseButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_exportButton = nullptr;

    QThreadPool m_pool;
    QPointer<QFutureWatcher<Outcome>> m_watcher;
    QString m_runningPath;
};

} // namespace segmenta::ui
