// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QDialog>
#include <QString>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace segmenta::ui {

class JobProgressBar;
class JobRunner;

/// Segment › Add new customers…: says in plain words how many customers of the project are not yet in the
/// open segmentation (e.g. after importing more transactions), and on "Add them" gives each the segment
/// with the nearest average and places them on the segmentation's newest map without moving anyone
/// (Session::addNewCustomers, on the dialog's own JobRunner with progress and Cancel; one transaction, so
/// Cancel changes nothing). Explains instead when the segmentation cannot take new customers (its method)
/// or when nobody is new. Reads @p session on the GUI thread; the dialog must not outlive it.
class NewCustomersDialog : public QDialog
{
    Q_OBJECT

public:
    NewCustomersDialog(
        const engine::Session &session, const QString &segmentation, QWidget *parent = nullptr);
    ~NewCustomersDialog() override;

    /// Customers of the project not in the segmentation (as last counted).
    qint64 newCustomerCount() const { return m_newCount; }
    /// Members of the segmentation without a point on its newest map (as last counted).
    qint64 unplacedMemberCount() const { return m_unplacedCount; }
    /// Whether "Add them" does something: the segmentation takes new customers and someone is new or
    /// unplaced.
    bool canAdd() const;
    /// The explanation shown above the buttons.
    QString situationText() const;
    /// What the last run did, in plain words; empty before one.
    QString resultText() const;
    /// The last successful run's report.
    const std::optional<engine::NewCustomersReport> &report() const { return m_report; }
    JobRunner *jobs() const { return m_jobs; }
    /// What "Add them" does. False when nothing is to be done or a job runs.
    bool startAdding();

Q_SIGNALS:
    /// The project changed: the segmentation took new customers (and their places on the map).
    void customersAdded(const QString &segmentation);

protected:
    void changeEvent(QEvent *event) override;

private:
    void recount();
    void retranslate();
    void showReport(const engine::NewCustomersReport &report);
    void showJobError(const engine::Error &error);
    void updateButtons();
    QString methodInWords() const;

    const engine::Session &m_session;
    QString m_segmentation;
    engine::SegmentationInfo m_info;
    bool m_found = false;
    bool m_hasMap = false;
    qint64 m_newCount = 0;
    qint64 m_unplacedCount = 0;
    std::optional<engine::NewCustomersReport> m_report;
    std::optional<engine::Error> m_error; ///< of the last run, when it failed
    bool m_cancelled = false; ///< the last run was cancelled

    JobRunner *m_jobs = nullptr;
    QLabel *m_situation = nullptr;
    QLabel *m_result = nullptr;
    JobProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_addButton = nullptr;
};

} // namespace segmenta::ui
