// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QToolButton;

namespace segmenta::ui {

/// Segment › Draw map…: how to draw a new map of a segmentation, in plain words — an overview (PCA) or
/// neighbourhoods (t-SNE) with its neighbours per customer (perplexity), steps and seed, on the
/// segmentation's own criteria or on a saved criteria set. Gives the engine's ProjectionParams; the window
/// runs them (Session::runProjection as a JobRunner job) and shows the map as it settles.
class DrawMapDialog : public QDialog
{
    Q_OBJECT

public:
    /// Largest number of steps offered; the engine takes any number from 1.
    static constexpr int maximumIterations = 10000;
    /// Fewest steps offered: fewer leave t-SNE in its early phase, where groups are still clumped.
    static constexpr int minimumIterations = 50;

    /// For the stored segmentation @p segmentation of the project read through @p session (GUI thread;
    /// the saved criteria sets are listed once, here).
    DrawMapDialog(const engine::Session &session, const engine::SegmentationInfo &segmentation,
        QWidget *parent = nullptr);

    /// The form as ProjectionParams (segmentation set to this dialog's).
    engine::ProjectionParams parameters() const;
    /// Fills the form; values out of the offered ranges are clamped, an unknown criteria set is ignored.
    void setParameters(const engine::ProjectionParams &params);

    /// The largest perplexity the segmentation's customers allow: (customers − 1) / 3, rounded down; below 1
    /// t-SNE cannot run on them.
    int maximumPerplexity() const { return m_maximumPerplexity; }
    /// True when the segmentation has criteria of its own to draw on (rule-based and hand-made ones do not).
    bool hasOwnCriteria() const { return m_hasOwnCriteria; }

    QRadioButton *overviewChoice() const { return m_overview; }
    QRadioButton *neighbourhoodChoice() const { return m_neighbourhoods; }
    QSpinBox *perplexityBox() const { return m_perplexity; }
    QSpinBox *iterationsBox() const { return m_iterations; }
    QSpinBox *seedBox() const { return m_seed; }
    QToolButton *advancedToggle() const { return m_advancedToggle; }
    QRadioButton *ownCriteriaChoice() const { return m_ownCriteria; }
    QRadioButton *criteriaSetChoice() const { return m_savedCriteria; }
    QComboBox *criteriaSetBox() const { return m_criteriaSets; }
    /// Draw map: enabled when the form can run.
    QPushButton *drawButton() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();

    std::string m_segmentation;
    std::int64_t m_memberCount = 0;
    std::vector<std::string> m_columns;
    int m_maximumPerplexity = 0;
    bool m_hasOwnCriteria = false;

    QLabel *m_intro = nullptr;
    QGroupBox *m_methodBox = nullptr;
    QRadioButton *m_overview = nullptr;
    QRadioButton *m_neighbourhoods = nullptr;
    QGroupBox *m_tsneBox = nullptr;
    QLabel *m_perplexityLabel = nullptr;
    QSpinBox *m_perplexity = nullptr;
    QLabel *m_perplexityHelp = nullptr;
    QToolButton *m_advancedToggle = nullptr;
    QLabel *m_iterationsLabel = nullptr;
    QSpinBox *m_iterations = nullptr;
    QLabel *m_seedLabel = nullptr;
    QSpinBox *m_seed = nullptr;
    QLabel *m_advancedHelp = nullptr;
    QGroupBox *m_criteriaBox = nullptr;
    QRadioButton *m_ownCriteria = nullptr;
    QRadioButton *m_savedCriteria = nullptr;
    QComboBox *m_criteriaSets = nullptr;
    QLabel *m_criteriaHelp = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace segmenta::ui
