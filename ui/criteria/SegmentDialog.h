// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class QDialogButtonBox;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QWidget;

namespace segmenta::ui {

/// Asks how to segment: the method in plain words (with how groups are joined for hierarchical and, among
/// the advanced options, how much categories weigh for mixed data), which columns (numeric ones; text
/// columns too for the methods that take categories), how many segments, a name and the seed.
/// Says in one sentence what will happen and warns, before anything runs, where the project's size
/// changes how a method works (two-step hierarchical, sampled k-medoids). Checks the choice with
/// Session::validate() on every change: Run stays disabled, with the reasons shown, while there are
/// problems. Reads @p session on the GUI thread; the dialog must not outlive it.
class SegmentDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int minimumSegmentCount = 2;
    static constexpr int maximumSegmentCount = 20;
    static constexpr int defaultSegmentCount = 4;
    /// Largest category weight the spin box offers (Session accepts any weight >= 0).
    static constexpr double maximumCategoryWeight = 100.0;

    explicit SegmentDialog(const engine::Session &session, QWidget *parent = nullptr);

    /// What the user chose, ready for Session::runSegmentation (an empty name gets a default). Only the
    /// offered columns count: text columns are left out unless the method takes categories.
    engine::SegmentationParams parameters() const;

    engine::SegmentationMethod method() const;
    /// Chooses @p method; ignored for a method the dialog does not offer.
    void setMethod(engine::SegmentationMethod method);
    /// Whether @p method takes text columns as categories (k-prototypes, k-medoids).
    static bool acceptsCategories(engine::SegmentationMethod method);
    engine::Linkage linkage() const;
    void setLinkage(engine::Linkage linkage);
    /// False for a linkage the project is too large for (only Ward joins more than hierarchicalExactLimit
    /// customers): the choice is greyed out, with the reason on hover.
    bool isLinkageAvailable(engine::Linkage linkage) const;
    /// k-prototypes' weight of a category mismatch; empty: automatic (the engine's default).
    std::optional<double> categoryWeight() const;
    void setCategoryWeight(std::optional<double> weight);

    /// The columns ticked among those the method can use, by name.
    QStringList selectedColumns() const;
    /// Ticks exactly @p columns (text columns keep their tick while hidden for a numbers-only method).
    void setSelectedColumns(const QStringList &columns);
    /// The columns the current method can use, in the project's order.
    QStringList offeredColumns() const;
    int segmentCount() const;
    void setSegmentCount(int count);
    void setSegmentationName(const QString &name);
    void setSeed(int seed);
    /// Segments on the saved criteria set @p name instead of the ticked columns (empty: the columns).
    void setCriteriaSet(const QString &name);
    /// The saved criteria set chosen, or empty when segmenting on ticked columns.
    QString criteriaSet() const;

    /// Makes the run a re-run of the stored segmentation @p name (SegmentationParams::matchTo): matching
    /// segments keep its names, colours and notes. Empty, or a name not stored: a new segmentation.
    void setMatchTo(const QString &name);
    /// The segmentation this run repeats, or empty.
    QString matchTo() const;

    /// The current problems in plain words; empty when Run is enabled.
    QStringList problems() const { return m_problems; }
    bool isReady() const { return m_problems.isEmpty(); }
    /// What the user should know before running (the method changes with the project's size, no category
    /// is ticked for a mixed method…); they do not stop Run.
    QStringList notes() const { return m_notes; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void methodChanged();
    void revalidate();
    void retranslate();
    void updateLinkageAvailability();
    QString defaultName() const;

    const engine::Session &m_session;
    engine::ProjectSummary m_summary;
    QStringList m_problems;
    QStringList m_notes;

    QLabel *m_explanation = nullptr;
    QLabel *m_methodLabel = nullptr;
    QComboBox *m_method = nullptr;
    QLabel *m_methodHint = nullptr;
    QLabel *m_linkageLabel = nullptr;
    QComboBox *m_linkage = nullptr;
    QLabel *m_linkageHint = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_columnsLabel = nullptr;
    QListWidget *m_columns = nullptr;
    QLabel *m_countLabel = nullptr;
    QSpinBox *m_count = nullptr;
    QCheckBox *m_useCriteria = nullptr; ///< "Use a saved criteria set", hidden when there is none
    QComboBox *m_criteriaSets = nullptr;
    QLabel *m_matchLabel = nullptr;
    QComboBox *m_matchTo = nullptr; ///< "Re-run of:": none, then the stored segmentations, newest first
    QLabel *m_matchHint = nullptr;
    QCheckBox *m_advanced = nullptr;
    QWidget *m_advancedContent = nullptr;
    QLabel *m_weightLabel = nullptr;
    QWidget *m_weightRow = nullptr;
    QCheckBox *m_automaticWeight = nullptr;
    QDoubleSpinBox *m_weight = nullptr;
    QLabel *m_weightHint = nullptr;
    QLabel *m_seedLabel = nullptr;
    QSpinBox *m_seed = nullptr;
    QLabel *m_seedHint = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace segmenta::ui
