// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"
#include "rules/RuleConditionEditor.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QString>
#include <QThreadPool>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace segmenta::ui {

/// Builds a rule set without a manual: an ordered list of named segments (first match wins), and for the
/// selected one a tree of conditions in AND/OR groups. The project's rule columns are loaded once off the GUI
/// thread (Session::ruleTable); every edit then recounts on a worker in milliseconds, stale results dropped,
/// and the counts appear as sentences. Save stores the set and its segmentation (Session::saveRuleSegments)
/// on a worker with progress and Cancel, then accepts; savedName() is the segmentation to show.
class RuleBuilderDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p session is the window's (GUI thread): it lists columns and saved sets; workers open their own.
    explicit RuleBuilderDialog(const engine::Session &session, QWidget *parent = nullptr);
    ~RuleBuilderDialog() override;

    /// The set as built now (the selected segment's tree included).
    engine::RuleSet ruleSet() const;
    /// Shows @p rules for editing; the first segment is selected.
    void setRuleSet(const engine::RuleSet &rules);
    QString setName() const;
    void setSetName(const QString &name);
    /// Loads saved rule set @p name for editing; false (with a message) if it cannot be read.
    bool loadSaved(const QString &name);
    bool importFile(const QString &path);
    bool exportFile(const QString &path);

    // Building through the widgets, as the user does (used by tests as well).
    /// Appends a segment with an empty condition tree (matches everyone) and selects it.
    void addSegment(const QString &name = QString());
    void selectSegment(int index);
    /// Renames the selected segment.
    void setSegmentName(const QString &name);
    int currentSegment() const;
    /// Adds a condition to the selected group (or the group of the selected condition) and selects it.
    RuleConditionEditor *addCondition();
    /// Adds an AND (All) or OR (Any) group there and selects it, so conditions added next go inside.
    QTreeWidgetItem *addGroup(engine::RuleNode::Kind kind);
    QTreeWidget *conditionTree() const { return m_tree; }
    QListWidget *segmentList() const { return m_segments; }

    /// True once the columns are loaded and the counts shown match the set as it is now.
    bool countsAreCurrent() const;
    /// The counts shown (valid when countsAreCurrent()).
    const engine::RuleSetEvaluation &counts() const { return m_counts; }
    QString segmentCountText() const;
    QString setCountText() const;

    /// Starts saving (as the Save button does); false if something must be fixed first.
    bool save();
    bool isSaving() const;
    /// The name the set was saved under, after a successful save.
    QString savedName() const { return m_savedName; }

    void reject() override;

private:
    struct Loaded
    {
        std::shared_ptr<const engine::RuleTable> table;
        std::optional<std::int64_t> analysisDay;
        std::optional<engine::Error> error;
    };
    struct Counted
    {
        engine::RuleSetEvaluation evaluation;
        std::uint64_t generation = 0;
    };
    struct Saved
    {
        std::optional<engine::Error> error;
    };

    void buildUi();
    void startLoading();
    void handleLoaded();
    void storeCurrentTree();
    void showTree(int index);
    void addNodeItems(QTreeWidgetItem *parent, const engine::RuleNode &node);
    QTreeWidgetItem *makeGroupItem(QTreeWidgetItem *parent, engine::RuleNode::Kind kind);
    RuleConditionEditor *makeConditionItem(QTreeWidgetItem *parent, const engine::RuleCondition *condition);
    engine::RuleNode nodeOf(QTreeWidgetItem *item) const;
    QTreeWidgetItem *targetGroup() const;
    bool treeIsComplete(QTreeWidgetItem *item) const;
    void removeSelected();
    void moveSegment(int delta);
    void removeSegment();
    void refreshSegmentItems();
    void edited();
    void requestRecount();
    void startRecount();
    void handleCounted();
    void showCounts();
    void showProblem(const QString &text);
    void handleSaved();
    void updateButtons();
    std::vector<engine::RuleColumnType> columnTypes() const;

    QString m_projectPath;
    std::vector<RuleBuilderColumn> m_columns;
    engine::RuleSet m_set;
    int m_current = -1;
    bool m_loadingTree = false;

    std::shared_ptr<const engine::RuleTable> m_table;
    std::int64_t m_analysisDay = 0;
    engine::RuleSetEvaluation m_counts;
    std::uint64_t m_generation = 0;
    std::uint64_t m_shownGeneration = 0;
    bool m_countsValid = false;
    bool m_recountPending = false;
    QString m_savedName;
    bool m_saving = false;

    QThreadPool m_pool;
    QFutureWatcher<Loaded> m_loadWatcher;
    QFutureWatcher<Counted> m_countWatcher;
    QFutureWatcher<Saved> m_saveWatcher;

    QLineEdit *m_name = nullptr;
    QComboBox *m_savedSets = nullptr;
    QPushButton *m_openSaved = nullptr;
    QRadioButton *m_dynamic = nullptr;
    QRadioButton *m_frozen = nullptr;
    QListWidget *m_segments = nullptr;
    QPushButton *m_addSegment = nullptr;
    QPushButton *m_removeSegment = nullptr;
    QPushButton *m_moveUp = nullptr;
    QPushButton *m_moveDown = nullptr;
    QLineEdit *m_segmentName = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_addCondition = nullptr;
    QPushButton *m_addAll = nullptr;
    QPushButton *m_addAny = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_segmentCount = nullptr;
    QLabel *m_setCount = nullptr;
    QLineEdit *m_unmatched = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace segmenta::ui
