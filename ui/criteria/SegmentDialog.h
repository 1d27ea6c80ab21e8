// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QWidget;

namespace segmenta::ui {

/// Asks how to segment: which numeric columns, how many segments, a name and (advanced) the seed.
/// Says in one sentence what will happen, and checks the choice with Session::validate() on every
/// change: Run stays disabled, with the reasons shown, while there are problems.
/// Reads @p session on the GUI thread; the dialog must not outlive it.
class SegmentDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int minimumSegmentCount = 2;
    static constexpr int maximumSegmentCount = 20;
    static constexpr int defaultSegmentCount = 4;

    explicit SegmentDialog(const engine::Session &session, QWidget *parent = nullptr);

    /// What the user chose, ready for Session::runSegmentation (an empty name gets a default).
    engine::SegmentationParams parameters() const;

    QStringList selectedColumns() const;
    void setSelectedColumns(const QStringList &columns);
    int segmentCount() const;
    void setSegmentCount(int count);
    void setSegmentationName(const QString &name);
    void setSeed(int seed);
    /// Segments on the saved criteria set @p name instead of the ticked columns (empty: the columns).
    void setCriteriaSet(const QString &name);
    /// The saved criteria set chosen, or empty when segmenting on ticked columns.
    QString criteriaSet() const;

    /// The current problems in plain words; empty when Run is enabled.
    QStringList problems() const { return m_problems; }
    bool isReady() const { return m_problems.isEmpty(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void revalidate();
    void retranslate();
    QString defaultName() const;

    const engine::Session &m_session;
    engine::ProjectSummary m_summary;
    QStringList m_problems;

    QLabel *m_explanation = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_columnsLabel = nullptr;
    QListWidget *m_columns = nullptr;
    QLabel *m_countLabel = nullptr;
    QSpinBox *m_count = nullptr;
    QCheckBox *m_useCriteria = nullptr; ///< "Use a saved criteria set", hidden when there is none
    QComboBox *m_criteriaSets = nullptr;
    QCheckBox *m_advanced = nullptr;
    QWidget *m_advancedContent = nullptr;
    QLabel *m_seedLabel = nullptr;
    QSpinBox *m_seed = nullptr;
    QLabel *m_seedHint = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace segmenta::ui
