// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"
#include "segmentations/SegmentEditCommand.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <memory>

class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace segmenta::ui {

class CustomerCard;
class CustomerTableModel;
class JobProgressBar;
class JobRunner;
class LifetimeValueDialog;
class DendrogramView;
class DiagnosticsPage;
class RfmMapDialog;
class ComparisonView;
class LanguageManager;
class MemberExportDialog;
class PresenterWindow;
class MapStyleBar;
class ProfileLoader;
class SegmentationList;
class ProfilePanel;
class SegmentCountView;
class SegmentMapView;
class SegmentTableModel;

/// Segmenta's window: one open project; tabs for the segment map with the segment table, the comparison
/// heatmap, the segment-count diagnostics and the customers; the segment profile cards in a dock. Selecting
/// customers on the map selects them in the customer table. Keeps a Session on the GUI thread for reading;
/// imports and segmentations run as JobRunner jobs, each with its own Session, with progress and Cancel in
/// the status bar. The dock and window layout are remembered (QSettings).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int maximumRecentProjects = 8;

    /// @p languages switches the interface language; nullptr: the window makes its own.
    explicit MainWindow(LanguageManager *languages = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the project at @p path in place of the current one. On failure the current project stays
    /// and the error is returned; nothing is shown (callers decide how to report it).
    engine::Status openProject(const QString &path);
    /// Creates an empty project at @p path and opens it.
    engine::Status createProject(const QString &path);
    /// Starts importing @p csvPath into the open project; false if no project is open or a job runs.
    bool startImport(const QString &csvPath);
    /// Opens the import wizard (on @p path when given, e.g. a dropped file); false if no project is open or a
    /// job runs. The project reloads when the wizard has imported.
    bool openImportWizard(const QString &path = QString());
    /// Starts a segmentation, as Segment › Segment customers… does after its dialog; false if no
    /// project is open or a job runs. On success the map and the segment table switch to the result.
    bool startSegmentation(const engine::SegmentationParams &params);
    /// Shows the stored segmentation @p name (empty: the newest) on the map and in the segment table.
    void showSegmentation(const QString &name);
    /// Draws a new map as Segment › Draw map… does after its dialog; false if no project is open or a job
    /// runs. A t-SNE map settles live on the map tab; when stored it is the map shown (cancel: the old one).
    bool startProjection(const engine::ProjectionParams &params);

    /// Starts comparing segment counts, as Segment › Compare segment counts… does after its dialog; false
    /// if no project is open or a job runs. The charts appear on the "Segment counts" tab.
    bool startSegmentCountSearch(const engine::SegmentCountSearchParams &params);
    /// Opens the Segment dialog preset to @p columns and @p count (from the segment-count charts).
    void openSegmentDialogWith(int count, const QStringList &columns, const QString &criteriaSet);

    /// The views showView() knows: map, compare, counts, customers (tabs), profiles, segmentations (docks),
    /// clv (the lifetime-value window), presenter (presenter mode on the segmentation shown), diagnostics
    /// (tab), rfm (the RFM map window).
    static QStringList viewNames();
    /// Brings one view to the front (for --screenshot --view and presenting); false for an unknown name.
    bool showView(const QString &view);
    /// What --screenshot grabs: the lifetime-value window when showView("clv") opened it, presenter mode when
    /// showView("presenter") did, else this window.
    QWidget *screenshotTarget();
    /// Opens Segment › Lifetime value… (non-blocking, window-modal); false if no project is open or a job
    /// runs.
    bool openLifetimeValueDialog();
    /// The open lifetime-value window, or nullptr.
    LifetimeValueDialog *lifetimeValueDialog() const;
    /// Opens the RFM map window (as Segment › RFM map…, but non-blocking, window-modal); false if no project
    /// is open or a job runs.
    bool openRfmWindow();
    /// The RFM map window showView("rfm") opened, while it is open; else nullptr.
    RfmMapDialog *rfmWindow() const;
    /// The "Diagnostics" tab (silhouette, variance by component).
    DiagnosticsPage *diagnosticsPage() const { return m_diagnosticsPage; }
    /// Switches the interface language ("en", "tr") and remembers the choice.
    void setLanguage(const QString &code);

    /// The open project's Session (GUI thread only); nullptr when none is open.
    const engine::Session *session() const { return m_session.get(); }
    JobRunner *jobRunner() const { return m_jobs; }
    SegmentMapView *mapView() const { return m_mapView; }
    CustomerTableModel *customerModel() const { return m_customerModel; }
    SegmentTableModel *segmentModel() const { return m_segmentModel; }
    ProfilePanel *profilePanel() const { return m_profilePanel; }
    ComparisonView *comparisonView() const { return m_comparisonView; }
    SegmentCountView *segmentCountView() const { return m_countView; }
    QTableView *customerTable() const { return m_customerTable; }
    QDockWidget *profileDock() const { return m_profileDock; }
    QDockWidget *segmentationsDock() const { return m_segmentationsDock; }
    SegmentationList *segmentationList() const { return m_segmentationList; }
    ProfileLoader *profileLoader() const { return m_profileLoader; }
    /// Renames, recolours and notes go through here, so Edit › Undo can take them back.
    QUndoStack *undoStack() const { return m_undoStack; }

    /// Edits the segmentation on the map (or, for SegmentationName, @p segmentation) as an undoable command;
    /// false (with the reason shown) when the engine refuses. @p segment is 0-based.
    bool editSegment(
        SegmentEditCommand::Field field, const QString &segmentation, int segment, const QString &value);
    /// Copies @p name to @p newName and shows the copy; false with the reason shown on failure.
    bool duplicateSegmentation(const QString &name, const QString &newName);
    /// Deletes @p name (not undoable: the caller has asked the user); false with the reason shown on failure.
    bool deleteSegmentation(const QString &name);
    /// The tabs of the project page: map, comparison, segment counts, customers.
    QTabWidget *tabs() const { return m_tabs; }
    /// Profile of the segmentation on the map (empty when none).
    const engine::SegmentationProfile &profile() const { return m_profile; }
    /// The name of the segmentation on the map; empty when none.
    QString currentSegmentation() const { return m_currentSegmentation; }

    // Exploring the map (issue 7): customer cards, saving a selection, exporting a view.
    /// Shows customer @p customerRow (0-based) of segment @p segment in the customer card, opening it.
    void openCustomerCard(qint64 customerRow, int segment);
    /// The customer card, while it is open.
    CustomerCard *customerCard() const;
    MapStyleBar *mapStyleBar() const { return m_mapStyle; }
    /// Customers selected in the customer table (a map selection selects them there too), 0-based, sorted.
    QList<qint64> selectedCustomerRows() const;
    /// Stores the selected customers as a new segmentation (undoable) and shows it; false (with the reason
    /// shown) when nothing is selected or the engine refuses. customerRows and mapFrom are filled in here.
    bool saveSelectionAsSegment(engine::SelectionSegmentParams params);
    /// Writes the current tab's view (on the map tab: the map) to @p path as PNG, SVG or PDF by suffix;
    /// false with the reason shown on failure.
    bool exportView(const QString &path);

    // Workshops (issue 7): presenter mode and exporting members.
    /// View › Presenter mode (F5): the segmentation on the map full screen, one segment at a time, starting
    /// with the segment selected in the segment table (or the first); false without a segmentation.
    bool openPresenter();
    /// The presenter window while it is open, or nullptr.
    PresenterWindow *presenterWindow() const;
    /// File › Export members…: the export dialog for the segmentation on the map (non-blocking,
    /// window-modal); false without a segmentation.
    bool openMemberExportDialog();
    /// The open export dialog, or nullptr.
    MemberExportDialog *memberExportDialog() const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createWorkshopActions(); ///< View › Presenter mode, File › Export members…
    void retranslateWorkshopActions();
    void createCentralArea();
    void retranslate();
    void updateState();
    void reloadProject();
    void rebuildRecentMenu();
    void addRecentProject(const QString &path);
    QStringList recentProjects() const;

    void newProject();
    void chooseProject();
    void chooseCsvToImport();
    void openSegmentDialog();
    void openSegmentCountDialog();
    /// Segment › Rule-based segments…: the rule builder; a saved set's segmentation is then shown.
    void openRuleBuilder();
    void openRfmDialog(); ///< Segment › RFM map… (ui/rfm/RfmMapDialog)
    /// After the lifetime-value window stored a run: new customer columns, perhaps a tier segmentation.
    void handleLifetimeValueStored(const engine::LifetimeValueReport &report);
    void askSaveSelection(); ///< Segment › Save selection as segment…
    void openDrawMapDialog(); ///< Segment › Draw map… (ui/explorer/DrawMapDialog)
    void openDendrogramDialog(); ///< Segment › Dendrogram… (ui/diagnostics/DendrogramView in a dialog)
    void showProjectionSnapshot(const engine::ProjectionSnapshot &snapshot);
    void handleProjectionSucceeded(const engine::ProjectionReport &report);
    void chooseExportFile(); ///< File › Export view…
    void selectCustomerRows(const QList<qint64> &rows);
    QString describeCustomer(std::int64_t row, int segment) const;
    void saveLayout();
    void restoreLayout();
    void showAbout();
    void triggerEmptyStateAction();

    void handleImportSucceeded(const engine::ImportReport &report);
    void handleSegmentationSucceeded(const engine::SegmentationInfo &info);
    /// A re-run's matching in plain words (MatchingReportText), in a window-modal box.
    void showMatchingReport(const engine::SegmentMatchReport &report);
    void handleJobFailed(const engine::Error &error);
    void handleJobCancelled();
    void showError(const engine::Error &error);
    bool applySegmentEdit(
        SegmentEditCommand::Field field, const QString &segmentation, int segment, const QString &value);
    /// The segment selected in the segment table (0-based), or -1.
    int selectedSegment() const;
    void renameSelectedSegment();
    void recolourSelectedSegment();
    void resetSelectedSegmentColour();
    void editSelectedSegmentNotes();
    void askRenameSegmentation(const QString &name);
    void askDuplicateSegmentation(const QString &name);
    void askDeleteSegmentation(const QString &name);
    void handleProfileLoaded(const QString &segmentation, const engine::SegmentationProfile &profile);

    LanguageManager *m_languages = nullptr;
    std::shared_ptr<engine::Session> m_session;
    engine::ProjectSummary m_summary;
    QString m_currentSegmentation;
    engine::SegmentationDetails m_details; ///< of the segmentation on the map, without its points
    engine::SegmentationProfile m_profile;

    JobRunner *m_jobs = nullptr;
    CustomerTableModel *m_customerModel = nullptr;
    SegmentTableModel *m_segmentModel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_segmentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_segmentAction = nullptr;
    QAction *m_compareCountsAction = nullptr;
    QAction *m_ruleBuilderAction = nullptr;
    QAction *m_criteriaSetsAction = nullptr; ///< Segment › Criteria sets… (CriteriaEditorDialog)
    QAction *m_rfmAction = nullptr;
    QAction *m_lifetimeValueAction = nullptr; ///< Segment › Lifetime value… (ui/value/LifetimeValueDialog)
    QPointer<LifetimeValueDialog> m_lifetimeValueDialog;
    QAction *m_saveSelectionAction = nullptr;
    QAction *m_drawMapAction = nullptr; ///< Segment › Draw map…, also beside the map's style bar
    QAction *m_newCustomersAction = nullptr; ///< Segment › Add new customers… (NewCustomersDialog)
    QAction *m_dendrogramAction = nullptr; ///< Segment › Dendrogram…
    DendrogramView *m_dendrogramPage = nullptr; ///< the Diagnostics tab's dendrogram page
    QAction *m_exportViewAction = nullptr;
    QAction *m_presenterAction = nullptr; ///< View › Presenter mode (F5)
    QAction *m_exportMembersAction = nullptr; ///< File › Export members…
    QPointer<PresenterWindow> m_presenter;
    QPointer<MemberExportDialog> m_memberExport;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_renameSegmentAction = nullptr;
    QAction *m_recolourSegmentAction = nullptr;
    QAction *m_defaultColourAction = nullptr;
    QAction *m_segmentNotesAction = nullptr;
    QList<QAction *> m_tabActions; ///< Ctrl+1… shows each tab
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;

    QStackedWidget *m_pages = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_emptyButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_mapPage = nullptr;
    QLabel *m_segmentationLabel = nullptr;
    QComboBox *m_segmentationChoice = nullptr;
    QSplitter *m_mapSplitter = nullptr;
    QStackedWidget *m_mapStack = nullptr;
    SegmentMapView *m_mapView = nullptr;
    MapStyleBar *m_mapStyle = nullptr;
    QPointer<CustomerCard> m_customerCard;
    QWidget *m_noSegmentationPage = nullptr;
    QLabel *m_noSegmentationLabel = nullptr;
    QPushButton *m_noSegmentationButton = nullptr;
    QTableView *m_segmentTable = nullptr;
    QTableView *m_customerTable = nullptr;
    ProfilePanel *m_profilePanel = nullptr;
    QDockWidget *m_profileDock = nullptr;
    QDockWidget *m_segmentationsDock = nullptr;
    SegmentationList *m_segmentationList = nullptr;
    ProfileLoader *m_profileLoader = nullptr;
    QUndoStack *m_undoStack = nullptr;
    ComparisonView *m_comparisonView = nullptr;
    SegmentCountView *m_countView = nullptr;
    DiagnosticsPage *m_diagnosticsPage = nullptr;
    QPointer<RfmMapDialog> m_rfmWindow;
    QLabel *m_customerCountLabel = nullptr;
    JobProgressBar *m_jobProgress = nullptr;
};

} // namespace segmenta::ui
