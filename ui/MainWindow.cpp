// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "MainWindow.h"

#include "common/ErrorPresenter.h"
#include "common/LanguageManager.h"
#include "common/LocaleFormat.h"
#include "common/SegmentPalette.h"
#include "criteria/CriteriaEditorDialog.h"
#include "criteria/SegmentDialog.h"
#include "diagnostics/DendrogramView.h"
#include "diagnostics/DiagnosticsPage.h"
#include "diagnostics/SegmentCountDialog.h"
#include "diagnostics/SegmentCountView.h"
#include "explorer/CustomerCard.h"
#include "explorer/DrawMapDialog.h"
#include "explorer/MapStyleBar.h"
#include "explorer/SegmentMapView.h"
#include "explorer/ViewExport.h"
#include "export/MemberExportDialog.h"
#include "import/ImportWizard.h"
#include "jobs/JobProgressBar.h"
#include "jobs/JobRunner.h"
#include "models/CustomerTableModel.h"
#include "models/SegmentTableModel.h"
#include "present/PresenterWindow.h"
#include "profiles/ComparisonView.h"
#include "profiles/ProfileLoader.h"
#include "profiles/ProfilePanel.h"
#include "rfm/RfmMapDialog.h"
#include "rules/RuleBuilderDialog.h"
#include "segmentations/MatchingReportText.h"
#include "segmentations/NewCustomersDialog.h"
#include "segmentations/SaveSelectionCommand.h"
#include "segmentations/SaveSelectionDialog.h"
#include "segmentations/SegmentationList.h"
#include "segmentations/SegmentationListModel.h"
#include "value/LifetimeValueDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QColorDialog>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelection>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace segmenta::ui {

namespace {

const QString s_recentProjectsKey = QStringLiteral("projects/recent");
const QString s_lastDirectoryKey = QStringLiteral("projects/lastDirectory");
const QString s_projectSuffix = QStringLiteral("segmenta");
const QString s_windowStateKey = QStringLiteral("window/state");
const QString s_windowGeometryKey = QStringLiteral("window/geometry");
const QString s_mapSplitterKey = QStringLiteral("window/mapSplitter");
const QString s_currentTabKey = QStringLiteral("window/currentTab");
// Bumped when the docks change, so an old saved layout is not applied to a different set of docks.
constexpr int s_layoutVersion = 2;

QString csvFileIn(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls()) {
        return QString();
    }
    for (const QUrl &url : mime->urls()) {
        const QString path = url.toLocalFile();
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (!path.isEmpty()
            && (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv")
                || suffix == QLatin1String("txt") || suffix == QLatin1String("xlsx"))) {
            return path;
        }
    }
    return QString();
}

QString lastDirectory()
{
    return QSettings().value(s_lastDirectoryKey).toString();
}

void rememberDirectory(const QString &filePath)
{
    QSettings().setValue(s_lastDirectoryKey, QFileInfo(filePath).absolutePath());
}

// A centred, word-wrapped explanation with one button that does what it says. The text sits in a column
// of fixed width, so the labels wrap there instead of being squeezed to their one-line size hint.
QWidget *makeEmptyState(QWidget *parent, QLabel *&title, QLabel *&label, QPushButton *&button)
{
    constexpr int textWidth = 560;
    auto *page = new QWidget(parent);
    auto *column = new QWidget(page);
    column->setFixedWidth(textWidth);
    auto *columnLayout = new QVBoxLayout(column);
    title = new QLabel(column);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    label = new QLabel(column);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    button = new QPushButton(column);
    columnLayout->addWidget(title);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(label);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(button, 0, Qt::AlignHCenter);

    // Stretches rather than an alignment flag: an aligned item is given its size hint, and the wrapped
    // labels' height-for-width is lost (the text is clipped).
    auto *row = new QHBoxLayout();
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    return page;
}

} // namespace

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages ? languages : new LanguageManager(this))
    , m_jobs(new JobRunner(this))
    , m_customerModel(new CustomerTableModel(this))
    , m_segmentModel(new SegmentTableModel(this))
{
    m_undoStack = new QUndoStack(this);
    m_profileLoader = new ProfileLoader(this);
    createActions();
    createMenus();
    createWorkshopActions();
    createCentralArea();

    m_customerCountLabel = new QLabel(this);
    m_jobProgress = new JobProgressBar(m_jobs, this);
    statusBar()->addPermanentWidget(m_customerCountLabel);
    statusBar()->addPermanentWidget(m_jobProgress);

    connect(m_jobs, &JobRunner::started, this, &MainWindow::updateState);
    connect(m_jobs, &JobRunner::importSucceeded, this, &MainWindow::handleImportSucceeded);
    connect(m_jobs, &JobRunner::segmentationSucceeded, this, &MainWindow::handleSegmentationSucceeded);
    connect(m_jobs, &JobRunner::projectionSucceeded, this, &MainWindow::handleProjectionSucceeded);
    connect(m_jobs, &JobRunner::projectionSnapshotReady, this, &MainWindow::showProjectionSnapshot);
    connect(m_jobs, &JobRunner::failed, this, &MainWindow::handleJobFailed);
    connect(m_jobs, &JobRunner::cancelled, this, &MainWindow::handleJobCancelled);
    connect(m_jobs, &JobRunner::finished, this, &MainWindow::updateState);

    connect(m_countView, &SegmentCountView::searchEnded, this, &MainWindow::updateState);
    connect(m_countView, &SegmentCountView::searchFailed, this, &MainWindow::showError);
    connect(m_countView, &SegmentCountView::segmentRequested, this, &MainWindow::openSegmentDialogWith);
    connect(m_mapView, &SegmentMapView::selectionChanged, this, &MainWindow::selectCustomerRows);
    connect(m_mapView, &SegmentMapView::pointClicked, this, &MainWindow::openCustomerCard);
    connect(m_profileLoader, &ProfileLoader::loaded, this, &MainWindow::handleProfileLoaded);
    connect(m_profileLoader, &ProfileLoader::failed, this,
        [this](const QString &segmentation, const engine::Error &error) {
            if (segmentation == m_currentSegmentation) {
                m_profilePanel->clear();
                showError(error);
            }
        });
    connect(m_segmentationList, &SegmentationList::openRequested, this, &MainWindow::showSegmentation);
    connect(m_segmentationList, &SegmentationList::renameRequested, this, &MainWindow::askRenameSegmentation);
    connect(m_segmentationList, &SegmentationList::duplicateRequested, this,
        &MainWindow::askDuplicateSegmentation);
    connect(m_segmentationList, &SegmentationList::deleteRequested, this, &MainWindow::askDeleteSegmentation);
    m_mapView->setPointDescriber(
        [this](std::int64_t row, int segment) { return describeCustomer(row, segment); });

    setAcceptDrops(true);
    retranslate();
    updateState();
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // The undo stack is destroyed with the children and signals as it clears; the window is gone by then.
    m_undoStack->disconnect(this);
    // Jobs write through their own Session; wait for them before the models and the Session go.
    m_jobs->cancel();
    m_jobs->waitForFinished();
    m_countView->cancel();
    m_countView->waitForFinished();
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newProject);

    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseProject);

    m_importAction = new QAction(this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::chooseCsvToImport);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_segmentAction = new QAction(this);
    m_segmentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_segmentAction, &QAction::triggered, this, &MainWindow::openSegmentDialog);

    m_compareCountsAction = new QAction(this);
    m_compareCountsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_compareCountsAction, &QAction::triggered, this, &MainWindow::openSegmentCountDialog);
    m_ruleBuilderAction = new QAction(this);
    m_ruleBuilderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_ruleBuilderAction, &QAction::triggered, this, &MainWindow::openRuleBuilder);

    m_criteriaSetsAction = new QAction(this);
    m_criteriaSetsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_criteriaSetsAction, &QAction::triggered, this, [this] {
        if (m_session) {
            CriteriaEditorDialog(*m_session, this).exec();
        }
    });
    m_rfmAction = new QAction(this);
    m_rfmAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(m_rfmAction, &QAction::triggered, this, &MainWindow::openRfmDialog);
    m_lifetimeValueAction = new QAction(this);
    m_lifetimeValueAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_lifetimeValueAction, &QAction::triggered, this, &MainWindow::openLifetimeValueDialog);
    m_saveSelectionAction = new QAction(this);
    connect(m_saveSelectionAction, &QAction::triggered, this, &MainWindow::askSaveSelection);
    m_drawMapAction = new QAction(this);
    m_drawMapAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_drawMapAction, &QAction::triggered, this, &MainWindow::openDrawMapDialog);
    // Segment › Add new customers…: the shown segmentation takes the customers it does not hold yet; the
    // dialog runs its own job, and the views are re-read once the project changed.
    m_newCustomersAction = new QAction(this);
    connect(m_newCustomersAction, &QAction::triggered, this, [this] {
        if (!m_session || m_currentSegmentation.isEmpty() || m_jobs->isRunning()
            || m_countView->isRunning()) {
            return;
        }
        NewCustomersDialog dialog(*m_session, m_currentSegmentation, this);
        connect(&dialog, &NewCustomersDialog::customersAdded, this, &MainWindow::reloadProject);
        dialog.exec();
    });
    m_dendrogramAction = new QAction(this);
    connect(m_dendrogramAction, &QAction::triggered, this, &MainWindow::openDendrogramDialog);
    m_exportViewAction = new QAction(this);
    m_exportViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportViewAction, &QAction::triggered, this, &MainWindow::chooseExportFile);

    // Own actions rather than QUndoStack::createUndoAction, whose prefix would not follow a language change.
    m_undoAction = new QAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::undoTextChanged, this, &MainWindow::retranslate);
    m_redoAction = new QAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setEnabled(false);
    connect(m_redoAction, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::redoTextChanged, this, &MainWindow::retranslate);

    m_renameSegmentAction = new QAction(this);
    m_renameSegmentAction->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_renameSegmentAction, &QAction::triggered, this, &MainWindow::renameSelectedSegment);
    m_recolourSegmentAction = new QAction(this);
    connect(m_recolourSegmentAction, &QAction::triggered, this, &MainWindow::recolourSelectedSegment);
    m_defaultColourAction = new QAction(this);
    connect(m_defaultColourAction, &QAction::triggered, this, &MainWindow::resetSelectedSegmentColour);
    m_segmentNotesAction = new QAction(this);
    connect(m_segmentNotesAction, &QAction::triggered, this, &MainWindow::editSelectedSegmentNotes);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &code : LanguageManager::availableLanguages()) {
        // Each language is named in itself, so it can be found whatever the current language is.
        auto *action = new QAction(LanguageManager::nativeName(code), m_languageGroup);
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == m_languages->language());
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }
    connect(m_languages, &LanguageManager::languageChanged, this, [this](const QString &code) {
        for (QAction *action : m_languageGroup->actions()) {
            action->setChecked(action->data().toString() == code);
        }
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_exportViewAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_renameSegmentAction);
    m_editMenu->addAction(m_recolourSegmentAction);
    m_editMenu->addAction(m_defaultColourAction);
    m_editMenu->addAction(m_segmentNotesAction);

    m_segmentMenu = menuBar()->addMenu(QString());
    m_segmentMenu->addAction(m_segmentAction);
    m_segmentMenu->addAction(m_compareCountsAction);
    m_segmentMenu->addAction(m_ruleBuilderAction);
    m_segmentMenu->addAction(m_criteriaSetsAction);
    m_segmentMenu->addAction(m_rfmAction);
    m_segmentMenu->addAction(m_lifetimeValueAction);
    m_segmentMenu->addSeparator();
    m_segmentMenu->addAction(m_drawMapAction);
    m_segmentMenu->addAction(m_newCustomersAction);
    m_segmentMenu->addAction(m_dendrogramAction);
    m_segmentMenu->addAction(m_saveSelectionAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    rebuildRecentMenu();
}

void MainWindow::createCentralArea()
{
    m_pages = new QStackedWidget(this);

    m_emptyPage = makeEmptyState(m_pages, m_emptyTitle, m_emptyLabel, m_emptyButton);
    connect(m_emptyButton, &QPushButton::clicked, this, &MainWindow::triggerEmptyStateAction);
    m_pages->addWidget(m_emptyPage);

    m_tabs = new QTabWidget(m_pages);
    m_tabs->setDocumentMode(true);

    m_mapPage = new QWidget(m_tabs);
    auto *mapLayout = new QVBoxLayout(m_mapPage);
    auto *chooser = new QHBoxLayout();
    m_segmentationLabel = new QLabel(m_mapPage);
    m_segmentationChoice = new QComboBox(m_mapPage);
    m_segmentationChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_segmentationChoice->setMinimumContentsLength(20);
    m_segmentationLabel->setBuddy(m_segmentationChoice);
    chooser->addWidget(m_segmentationLabel);
    chooser->addWidget(m_segmentationChoice);
    chooser->addStretch(1);
    mapLayout->addLayout(chooser);
    connect(m_segmentationChoice, &QComboBox::activated, this,
        [this](int index) { showSegmentation(m_segmentationChoice->itemData(index).toString()); });

    m_mapSplitter = new QSplitter(Qt::Vertical, m_mapPage);
    m_mapStack = new QStackedWidget(m_mapSplitter);
    m_mapView = new SegmentMapView(m_mapStack);
    QLabel *unusedTitle = nullptr;
    m_noSegmentationPage
        = makeEmptyState(m_mapStack, unusedTitle, m_noSegmentationLabel, m_noSegmentationButton);
    unusedTitle->hide();
    connect(m_noSegmentationButton, &QPushButton::clicked, m_segmentAction, &QAction::trigger);
    m_mapStack->addWidget(m_noSegmentationPage);
    m_mapStack->addWidget(m_mapView);
    m_mapStyle = new MapStyleBar(m_mapView, m_mapPage);
    chooser->insertSpacing(2, 24);
    chooser->insertWidget(3, m_mapStyle);
    auto *drawMapButton = new QToolButton(m_mapPage);
    drawMapButton->setDefaultAction(m_drawMapAction);
    chooser->insertWidget(4, drawMapButton);
    m_mapView->setContextActions({m_drawMapAction, m_saveSelectionAction});

    m_segmentTable = new QTableView(m_mapSplitter);
    m_segmentTable->setModel(m_segmentModel);
    m_segmentTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_segmentTable->setAlternatingRowColors(true);
    m_segmentTable->verticalHeader()->hide();
    m_segmentTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_segmentTable->horizontalHeader()->setStretchLastSection(false);
    // Right-click a segment to rename, recolour or annotate it; double-click renames.
    m_segmentTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_segmentTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_segmentTable->addActions(
        {m_renameSegmentAction, m_recolourSegmentAction, m_defaultColourAction, m_segmentNotesAction});
    connect(m_segmentTable, &QTableView::doubleClicked, this, &MainWindow::renameSelectedSegment);
    m_mapSplitter->addWidget(m_mapStack);
    m_mapSplitter->addWidget(m_segmentTable);
    m_mapSplitter->setStretchFactor(0, 3);
    m_mapSplitter->setStretchFactor(1, 1);
    m_mapSplitter->setChildrenCollapsible(false);
    // Stretch factors only share out later resizes; the first layout follows the size hints, which gave
    // the table as much room as the map and elided the vertical axis title on a real display.
    m_mapSplitter->setSizes({2600, 1000});
    mapLayout->addWidget(m_mapSplitter, 1);

    m_customerTable = new QTableView(m_tabs);
    m_customerTable->setModel(m_customerModel);
    m_customerTable->setAlternatingRowColors(true);
    m_customerTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Fixed row heights: the view never measures rows it does not show, so a million rows cost nothing.
    m_customerTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_customerTable->verticalHeader()->setDefaultSectionSize(m_customerTable->fontMetrics().height() + 8);
    // The first column already names each customer; row numbers would only repeat generated ids.
    m_customerTable->verticalHeader()->hide();
    m_customerTable->horizontalHeader()->setDefaultSectionSize(110);

    m_customerTable->setSelectionMode(QAbstractItemView::ExtendedSelection);

    m_comparisonView = new ComparisonView(m_tabs);
    m_countView = new SegmentCountView(m_tabs);

    m_tabs->addTab(m_mapPage, QString());
    m_tabs->addTab(m_comparisonView, QString());
    m_tabs->addTab(m_countView, QString());
    m_tabs->addTab(m_customerTable, QString());
    m_diagnosticsPage = new DiagnosticsPage(m_tabs); // follows the segmentation shown (showSegmentation)
    m_tabs->addTab(m_diagnosticsPage, QString());
    // The dendrogram is one of the diagnostics too (Segment › Dendrogram… opens the same view in a window).
    m_dendrogramPage = new DendrogramView;
    m_diagnosticsPage->addPage(m_dendrogramPage, QString());
    connect(m_dendrogramPage, &DendrogramView::segmentationCreated, this,
        &MainWindow::handleSegmentationSucceeded);
    m_pages->addWidget(m_tabs);
    setCentralWidget(m_pages);

    // The profile cards sit beside whatever tab is shown: read a segment's card while looking at its dots.
    m_profileDock = new QDockWidget(this);
    m_profileDock->setObjectName(QStringLiteral("profileDock"));
    m_profileDock->setAllowedAreas(
        Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea);
    m_profilePanel = new ProfilePanel(m_profileDock);
    m_profilePanel->setMinimumWidth(ProfilePanel::cardWidth);
    m_profileDock->setWidget(m_profilePanel);
    addDockWidget(Qt::RightDockWidgetArea, m_profileDock);
    m_profileDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));

    // The list of segmentations shares the profiles' place (a tab beside them), so the map keeps its width.
    m_segmentationsDock = new QDockWidget(this);
    m_segmentationsDock->setObjectName(QStringLiteral("segmentationsDock"));
    m_segmentationsDock->setAllowedAreas(
        Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea);
    m_segmentationList = new SegmentationList(m_segmentationsDock);
    m_segmentationsDock->setWidget(m_segmentationList);
    addDockWidget(Qt::RightDockWidgetArea, m_segmentationsDock);
    tabifyDockWidget(m_profileDock, m_segmentationsDock);
    m_profileDock->raise();
    m_segmentationsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));

    QAction *beforeLanguage = m_languageMenu->menuAction();
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + tab)));
        connect(action, &QAction::triggered, this, [this, tab] {
            if (m_pages->currentWidget() == m_tabs) {
                m_tabs->setCurrentIndex(tab);
            }
        });
        m_viewMenu->insertAction(beforeLanguage, action);
        m_tabActions.append(action);
    }
    m_viewMenu->insertSeparator(beforeLanguage);
    m_viewMenu->insertAction(beforeLanguage, m_profileDock->toggleViewAction());
    m_viewMenu->insertAction(beforeLanguage, m_segmentationsDock->toggleViewAction());
    m_viewMenu->insertAction(beforeLanguage, m_mapView->resetViewAction());
    m_viewMenu->insertAction(beforeLanguage, m_mapView->lassoAction());
    m_viewMenu->insertSeparator(beforeLanguage);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_customerModel->refreshTexts();
        m_segmentModel->refreshTexts();
        updateState();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New project…"));
    m_newAction->setStatusTip(tr("Create an empty project file"));
    m_openAction->setText(tr("&Open project…"));
    m_openAction->setStatusTip(tr("Open a Segmenta project file"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_importAction->setText(tr("&Import…"));
    m_importAction->setStatusTip(
        tr("Read customers or their purchases from a CSV or Excel file into the project"));
    m_quitAction->setText(tr("&Quit"));
    m_segmentMenu->setTitle(tr("&Segment"));
    m_segmentAction->setText(tr("&Segment customers…"));
    m_newCustomersAction->setText(tr("Add &new customers…"));
    m_segmentAction->setStatusTip(tr("Group customers with similar values into segments"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Segmenta"));

    m_emptyButton->setText(m_session ? tr("Import customers (CSV)…") : tr("Open project…"));
    m_tabs->setTabText(m_tabs->indexOf(m_mapPage), tr("Segment map"));
    m_tabs->setTabText(m_tabs->indexOf(m_comparisonView), tr("Compare segments"));
    m_tabs->setTabText(m_tabs->indexOf(m_countView), tr("Segment counts"));
    m_tabs->setTabText(m_tabs->indexOf(m_customerTable), tr("Customers"));
    m_tabs->setTabText(m_tabs->indexOf(m_diagnosticsPage), tr("Diagnostics"));
    m_diagnosticsPage->pages()->setTabText(
        m_diagnosticsPage->pages()->indexOf(m_dendrogramPage), tr("Dendrogram"));
    for (int tab = 0; tab < m_tabActions.size(); ++tab) {
        //: View menu entry that shows a tab; %1 is the tab's name.
        m_tabActions[tab]->setText(tr("Show %1").arg(m_tabs->tabText(tab)));
    }
    m_profileDock->setWindowTitle(tr("Segment profiles"));
    m_profileDock->toggleViewAction()->setText(tr("Segment &profiles"));
    m_segmentationsDock->setWindowTitle(tr("Segmentations"));
    m_segmentationsDock->toggleViewAction()->setText(tr("Segmen&tations"));
    m_editMenu->setTitle(tr("&Edit"));
    //: Edit menu; %1 is what would be undone, e.g. "Rename segment to “Loyal”".
    m_undoAction->setText(m_undoStack->canUndo() ? tr("&Undo %1").arg(m_undoStack->undoText()) : tr("&Undo"));
    //: Edit menu; %1 is what would be redone.
    m_redoAction->setText(m_undoStack->canRedo() ? tr("&Redo %1").arg(m_undoStack->redoText()) : tr("&Redo"));
    m_renameSegmentAction->setText(tr("Re&name segment…"));
    m_renameSegmentAction->setStatusTip(tr("Give the selected segment a name your team will recognise"));
    m_recolourSegmentAction->setText(tr("Segment &colour…"));
    m_defaultColourAction->setText(tr("&Default segment colour"));
    m_segmentNotesAction->setText(tr("Segment &notes…"));
    m_segmentNotesAction->setStatusTip(tr("Write down what you know or plan for the selected segment"));
    m_compareCountsAction->setText(tr("&Compare segment counts…"));
    m_compareCountsAction->setStatusTip(tr("Score each number of segments and get a recommendation"));
    m_ruleBuilderAction->setText(tr("&Rule-based segments…"));
    m_ruleBuilderAction->setStatusTip(
        tr("Put customers into segments by rules you write, such as “Milk at least 10,000”"));
    m_criteriaSetsAction->setText(tr("Criteria s&ets…"));
    m_criteriaSetsAction->setStatusTip(tr("Choose and weigh the variables that describe your customers"));
    m_rfmAction->setText(tr("R&FM map…"));
    m_rfmAction->setStatusTip(tr("Group customers by how recently, how often and how much they bought"));
    m_lifetimeValueAction->setText(tr("&Lifetime value…"));
    m_lifetimeValueAction->setStatusTip(
        tr("Predict each customer's future purchases and value, and who is probably lost"));
    m_drawMapAction->setText(tr("&Draw map…"));
    m_drawMapAction->setStatusTip(
        tr("Draw the segmentation's map again: an overview (PCA) or neighbourhoods (t-SNE), on its own "
           "criteria or a saved criteria set"));
    m_dendrogramAction->setText(tr("Den&drogram…"));
    m_dendrogramAction->setStatusTip(tr("See how a hierarchical segmentation's customers were joined, and "
                                        "cut it at another number of segments"));
    m_saveSelectionAction->setText(tr("Save selection as se&gment…"));
    m_saveSelectionAction->setStatusTip(
        tr("Keep the customers selected on the map or in the customer table as a segment of their own"));
    m_exportViewAction->setText(tr("E&xport view…"));
    m_exportViewAction->setStatusTip(
        tr("Save the map or chart on screen as a PNG image, an SVG or a PDF file"));
    m_segmentationLabel->setText(tr("Se&gmentation:"));
    m_noSegmentationLabel->setText(tr("No segments yet. Group your customers into segments: "
                                      "Segment › Segment customers…"));
    m_noSegmentationButton->setText(tr("Segment customers…"));
    retranslateWorkshopActions();
    rebuildRecentMenu();
}

void MainWindow::updateState()
{
    const bool running = m_jobs->isRunning() || m_countView->isRunning();
    const bool open = m_session != nullptr;
    const bool hasCustomers = open && m_summary.customerCount > 0;

    m_newAction->setEnabled(!running);
    m_openAction->setEnabled(!running);
    m_recentMenu->menuAction()->setEnabled(!running);
    m_importAction->setEnabled(open && !running);
    m_segmentAction->setEnabled(hasCustomers && !running);
    m_compareCountsAction->setEnabled(hasCustomers && !running);
    m_ruleBuilderAction->setEnabled(hasCustomers && !running);
    m_criteriaSetsAction->setEnabled(hasCustomers && !running);
    m_rfmAction->setEnabled(open && !running); // without transactions it explains what is needed
    m_lifetimeValueAction->setEnabled(open && !running); // likewise
    m_saveSelectionAction->setEnabled(hasCustomers && !running);
    m_drawMapAction->setEnabled(!m_currentSegmentation.isEmpty() && !running);
    m_newCustomersAction->setEnabled(!m_currentSegmentation.isEmpty() && !running);
    m_dendrogramAction->setEnabled(!m_currentSegmentation.isEmpty() && !running);
    m_exportViewAction->setEnabled(hasCustomers);
    m_presenterAction->setEnabled(!m_currentSegmentation.isEmpty());
    m_exportMembersAction->setEnabled(!m_currentSegmentation.isEmpty() && !running);
    m_noSegmentationButton->setEnabled(hasCustomers && !running);
    const bool canEditSegments = !m_currentSegmentation.isEmpty() && !running;
    m_renameSegmentAction->setEnabled(canEditSegments);
    m_recolourSegmentAction->setEnabled(canEditSegments);
    m_defaultColourAction->setEnabled(canEditSegments);
    m_segmentNotesAction->setEnabled(canEditSegments);
    m_segmentationList->setEditable(!running);
    m_emptyButton->setEnabled(!running);

    if (open) {
        //: Window title; %1 is the project file name.
        setWindowTitle(
            tr("%1 — Segmenta").arg(QFileInfo(QString::fromStdString(m_session->path())).fileName()));
    } else {
        setWindowTitle(QStringLiteral("Segmenta"));
    }

    if (!open) {
        m_emptyTitle->setText(tr("Welcome to Segmenta"));
        m_emptyLabel->setText(tr("Open a project to begin: File › Open project…, or create one with "
                                 "File › New project…"));
        m_emptyButton->setText(tr("Open project…"));
        m_pages->setCurrentWidget(m_emptyPage);
        m_customerCountLabel->setText(tr("No project open"));
    } else if (!hasCustomers) {
        m_emptyTitle->setText(tr("This project has no customers yet"));
        m_emptyLabel->setText(tr("Import a customer table (CSV) to begin: File › Import customers. "
                                 "You can also drop a .csv file onto this window."));
        m_emptyButton->setText(tr("Import customers (CSV)…"));
        m_pages->setCurrentWidget(m_emptyPage);
        m_customerCountLabel->setText(tr("No customers"));
    } else {
        m_pages->setCurrentWidget(m_tabs);
        //: Status bar; %1 is the number of customers, already formatted.
        m_customerCountLabel->setText(tr("%1 customers").arg(LocaleFormat::count(m_summary.customerCount)));
    }
    m_mapStack->setCurrentWidget(
        m_currentSegmentation.isEmpty() ? m_noSegmentationPage : static_cast<QWidget *>(m_mapView));
}

engine::Status MainWindow::openProject(const QString &path)
{
    if (m_jobs->isRunning()) {
        return engine::makeError(engine::ErrorCode::StorageFailure,
            {path.toStdString(), "a job is still running on the open project"});
    }
    engine::Result<engine::Session> opened = engine::Session::openProject(path.toStdString());
    if (!opened) {
        return opened.error();
    }
    auto session = std::make_shared<engine::Session>(std::move(opened).value());
    engine::Result<engine::ProjectSummary> summary = session->summary();
    if (!summary) {
        return summary.error();
    }
    m_dendrogramPage->setSegmentation(nullptr, QString()); // it must not keep the closing session
    m_session = std::move(session);
    m_summary = std::move(summary).value();
    m_currentSegmentation.clear();
    m_undoStack->clear(); // its commands name segmentations of the project that was open
    m_customerModel->setSession(m_session);
    reloadProject();
    addRecentProject(QFileInfo(path).absoluteFilePath());
    rememberDirectory(path);
    return {};
}

engine::Status MainWindow::createProject(const QString &path)
{
    engine::Result<engine::Session> created = engine::Session::createProject(path.toStdString());
    if (!created) {
        return created.error();
    }
    return openProject(path);
}

void MainWindow::reloadProject()
{
    if (!m_session) {
        return;
    }
    if (engine::Result<engine::ProjectSummary> summary = m_session->summary()) {
        m_summary = std::move(summary).value();
    } else {
        showError(summary.error());
        return;
    }
    m_customerModel->reload();
    m_customerTable->resizeColumnsToContents();
    m_mapStyle->setSession(m_session);

    const QString wanted = m_currentSegmentation;
    m_segmentationChoice->clear();
    // Newest first: the one just made is the one the user wants to see.
    for (auto it = m_summary.segmentations.rbegin(); it != m_summary.segmentations.rend(); ++it) {
        const QString name = QString::fromStdString(it->name);
        //: Segmentation chooser entry: name, number of segments, columns used.
        m_segmentationChoice->addItem(
            tr("%1 (%2 segments on %3 columns)")
                .arg(name, QString::number(it->segmentCount), QString::number(it->columns.size())),
            name);
    }
    m_segmentationChoice->setEnabled(m_segmentationChoice->count() > 0);
    showSegmentation(wanted);
    m_segmentationList->setSegmentations(m_summary.segmentations, m_currentSegmentation);
}

void MainWindow::showSegmentation(const QString &name)
{
    if (!m_session || m_summary.segmentations.empty()) {
        m_currentSegmentation.clear();
        m_details = engine::SegmentationDetails {};
        m_profile = engine::SegmentationProfile {};
        m_profileLoader->cancel();
        m_mapView->clear();
        m_segmentModel->clear();
        m_profilePanel->clear();
        m_comparisonView->clear();
        m_diagnosticsPage->clear();
        m_dendrogramPage->setSegmentation(nullptr, QString());
        updateState();
        return;
    }
    engine::Result<engine::SegmentationDetails> details = m_session->segmentation(name.toStdString());
    if (!details && !name.isEmpty()) {
        // The named one is gone (or never was): fall back to the newest.
        details = m_session->segmentation(std::string());
    }
    if (!details) {
        m_currentSegmentation.clear();
        m_details = engine::SegmentationDetails {};
        m_profile = engine::SegmentationProfile {};
        m_profileLoader->cancel();
        m_mapView->clear();
        m_segmentModel->clear();
        m_profilePanel->clear();
        m_comparisonView->clear();
        m_diagnosticsPage->clear();
        m_dendrogramPage->setSegmentation(nullptr, QString());
        updateState();
        showError(details.error());
        return;
    }
    const engine::SegmentationDetails &shown = details.value();
    m_currentSegmentation = QString::fromStdString(shown.info.name);
    m_details.info = shown.info;
    m_details.segments = shown.segments;
    m_mapView->setSegmentation(shown);
    m_segmentModel->setSegmentation(shown);
    // Profiles read every customer once, seconds on a large project: off the GUI thread.
    m_profile = engine::SegmentationProfile {};
    m_profilePanel->showLoading();
    m_comparisonView->clear();
    m_profileLoader->load(QString::fromStdString(m_session->path()), m_currentSegmentation);
    m_diagnosticsPage->setSegmentation(QString::fromStdString(m_session->path()), shown);
    m_dendrogramPage->setSegmentation(m_session.get(), m_currentSegmentation);
    m_segmentationList->model()->setCurrent(m_currentSegmentation);
    const int choice = m_segmentationChoice->findData(m_currentSegmentation);
    if (choice >= 0) {
        m_segmentationChoice->setCurrentIndex(choice);
    }
    updateState();
}

bool MainWindow::startImport(const QString &csvPath)
{
    if (!m_session || m_jobs->isRunning()) {
        return false;
    }
    engine::CsvImportParams params;
    params.filePath = csvPath.toStdString();
    rememberDirectory(csvPath);
    return m_jobs->startImport(QString::fromStdString(m_session->path()), params);
}

bool MainWindow::startSegmentation(const engine::SegmentationParams &params)
{
    if (!m_session || m_jobs->isRunning() || m_countView->isRunning()) {
        return false;
    }
    return m_jobs->startSegmentation(QString::fromStdString(m_session->path()), params);
}

bool MainWindow::startProjection(const engine::ProjectionParams &params)
{
    if (!m_session || m_jobs->isRunning() || m_countView->isRunning()) {
        return false;
    }
    if (!m_jobs->startProjection(QString::fromStdString(m_session->path()), params)) {
        return false;
    }
    // Where the map settles while it is drawn.
    m_tabs->setCurrentWidget(m_mapPage);
    return true;
}

void MainWindow::openDrawMapDialog()
{
    if (!m_session || m_currentSegmentation.isEmpty() || m_jobs->isRunning() || m_countView->isRunning()) {
        return;
    }
    DrawMapDialog dialog(*m_session, m_details.info, this);
    if (dialog.exec() == QDialog::Accepted) {
        startProjection(dialog.parameters());
    }
}

void MainWindow::openDendrogramDialog()
{
    if (!m_session || m_currentSegmentation.isEmpty() || m_jobs->isRunning()) {
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Dendrogram"));
    auto *view = new DendrogramView(&dialog);
    view->setSegmentation(m_session.get(), m_currentSegmentation);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    // The new segmentation joins the list and becomes the one shown, here and in the window.
    connect(
        view, &DendrogramView::segmentationCreated, this, [this, view](const engine::SegmentationInfo &info) {
            handleSegmentationSucceeded(info);
            view->setSegmentation(m_session.get(), QString::fromStdString(info.name));
        });
    dialog.resize(1000, 680);
    dialog.exec();
}

void MainWindow::showProjectionSnapshot(const engine::ProjectionSnapshot &snapshot)
{
    // Only onto the segmentation being drawn: the user may be looking at another one meanwhile.
    if (QString::fromStdString(snapshot.segmentation) != m_currentSegmentation) {
        return;
    }
    if (m_mapView->projectionMethod() == QLatin1String("tsne")
        && m_mapView->updatePositions(snapshot.points)) {
        return;
    }
    // The first snapshot (or other customers, on a criteria set): drawn as the t-SNE map it will become.
    engine::SegmentationDetails settling;
    settling.info = m_details.info;
    settling.segments = m_details.segments;
    settling.points = snapshot.points;
    settling.projectionMethod = "tsne";
    m_mapView->setSegmentation(settling);
}

void MainWindow::handleProjectionSucceeded(const engine::ProjectionReport &report)
{
    const QString name = QString::fromStdString(report.segmentation);
    // The stored map, now the segmentation's newest, replaces whatever the last snapshot showed.
    showSegmentation(name);
    m_tabs->setCurrentWidget(m_mapPage);
    if (report.method == "tsne") {
        //: Status bar after drawing a t-SNE map; %1 the segmentation, %2 the KL divergence (lower: better).
        statusBar()->showMessage(tr("“%1” has a new neighbourhood map (KL divergence %2).")
                                     .arg(name, LocaleFormat::decimal(report.klDivergence, 3)),
            8000);
    } else {
        statusBar()->showMessage(tr("“%1” has a new overview map.").arg(name), 8000);
    }
    if (report.leftOutCount > 0) {
        const auto leftOut = static_cast<int>(std::min<std::int64_t>(report.leftOutCount, INT_MAX));
        //: After drawing a map on a criteria set; %1 the set's name, %2 the number of customers on the map.
        const QString text
            = tr("The criteria set “%1” leaves %n customer(s) of this segmentation out: a value "
                 "it needs is missing. They have no dot on this map. Customers on the map: %2.",
                nullptr, leftOut)
                  .arg(QString::fromStdString(report.criteria), LocaleFormat::count(report.pointCount));
        auto *box = new QMessageBox(QMessageBox::Information, tr("Draw map"), text, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        box->setObjectName(QStringLiteral("leftOutNote"));
        box->open();
    }
}

void MainWindow::setLanguage(const QString &code)
{
    if (m_languages->setLanguage(code)) {
        LanguageManager::saveLanguage(code);
    }
}

void MainWindow::handleImportSucceeded(const engine::ImportReport &report)
{
    reloadProject();
    m_tabs->setCurrentWidget(m_customerTable);
    statusBar()->showMessage(
        tr("Imported %1 customers.").arg(LocaleFormat::count(report.customerCount)), 8000);
}

void MainWindow::handleSegmentationSucceeded(const engine::SegmentationInfo &info)
{
    m_currentSegmentation = QString::fromStdString(info.name);
    reloadProject();
    m_tabs->setCurrentWidget(m_mapPage);
    if (info.matching) {
        showMatchingReport(*info.matching);
    }
    statusBar()->showMessage(tr("“%1” is ready: %2 segments.")
                                 .arg(QString::fromStdString(info.name), QString::number(info.segmentCount)),
        8000);
}

void MainWindow::showMatchingReport(const engine::SegmentMatchReport &report)
{
    // Built from the report's fields, not the engine's English sentences, so that it follows the language.
    auto *box = new QMessageBox(QMessageBox::Information, tr("Re-run compared"),
        MatchingReportText::summary(report), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("matchingReport"));
    box->setInformativeText(MatchingReportText::sentences(report).join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void MainWindow::handleJobFailed(const engine::Error &error)
{
    // The job's transaction was rolled back, but re-reading costs little and keeps the view honest.
    reloadProject();
    showError(error);
}

void MainWindow::handleJobCancelled()
{
    reloadProject();
    statusBar()->showMessage(ErrorPresenter::sentence(engine::makeError(engine::ErrorCode::Cancelled)), 8000);
}

void MainWindow::showError(const engine::Error &error)
{
    // Not exec(): a nested event loop would let further job signals in while the box is up.
    auto *box = new QMessageBox(QMessageBox::Warning, ErrorPresenter::title(error),
        ErrorPresenter::message(error), QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

QStringList MainWindow::viewNames()
{
    return {QStringLiteral("map"), QStringLiteral("compare"), QStringLiteral("counts"),
        QStringLiteral("customers"), QStringLiteral("profiles"), QStringLiteral("segmentations"),
        QStringLiteral("clv"), QStringLiteral("presenter"), QStringLiteral("diagnostics"),
        QStringLiteral("rfm")};
}

bool MainWindow::showView(const QString &view)
{
    const QList<QWidget *> tabs {m_mapPage, m_comparisonView, m_countView, m_customerTable};
    const qsizetype position = viewNames().indexOf(view);
    if (position < 0) {
        return false;
    }
    if (position < tabs.size()) {
        m_tabs->setCurrentWidget(tabs[position]);
        return true;
    }
    if (view == QLatin1String("clv")) {
        return openLifetimeValueDialog();
    }
    if (view == QLatin1String("presenter")) {
        return openPresenter();
    }
    if (view == QLatin1String("diagnostics")) {
        m_tabs->setCurrentWidget(m_diagnosticsPage);
        return true;
    }
    if (view == QLatin1String("rfm")) {
        return openRfmWindow();
    }
    QDockWidget *dock = view == QLatin1String("profiles") ? m_profileDock : m_segmentationsDock;
    dock->show();
    dock->raise();
    return true;
}

void MainWindow::handleProfileLoaded(const QString &segmentation, const engine::SegmentationProfile &profile)
{
    if (segmentation != m_currentSegmentation) {
        return; // the user has moved on to another segmentation
    }
    m_profile = profile;
    m_profilePanel->setProfile(m_profile);
    m_comparisonView->setProfile(m_profile);
}

bool MainWindow::editSegment(
    SegmentEditCommand::Field field, const QString &segmentation, int segment, const QString &value)
{
    if (!m_session || m_jobs->isRunning()) {
        return false;
    }
    QString before;
    if (field == SegmentEditCommand::Field::SegmentationName) {
        before = segmentation;
    } else {
        const auto segments = m_session->segments(segmentation.toStdString());
        if (!segments || segment < 0 || static_cast<std::size_t>(segment) >= segments.value().size()) {
            return false;
        }
        const engine::SegmentInfo &info = segments.value()[static_cast<std::size_t>(segment)];
        before = QString::fromStdString(field == SegmentEditCommand::Field::SegmentName ? info.name
                : field == SegmentEditCommand::Field::SegmentColour                     ? info.color
                                                                                        : info.notes);
    }
    if (before == value) {
        return true;
    }
    // index(), not count(): a push also drops the commands that were undone.
    const int indexBefore = m_undoStack->index();
    m_undoStack->push(
        new SegmentEditCommand([this](SegmentEditCommand::Field what, const QString &name, int index,
                                   const QString &text) { return applySegmentEdit(what, name, index, text); },
            field, segmentation, segment, before, value));
    // A refused edit made its command obsolete, and the stack dropped it.
    return m_undoStack->index() > indexBefore;
}

bool MainWindow::applySegmentEdit(
    SegmentEditCommand::Field field, const QString &segmentation, int segment, const QString &value)
{
    if (!m_session) {
        return false;
    }
    const std::string name = segmentation.toStdString();
    const std::string text = value.toStdString();
    engine::Status status;
    switch (field) {
    case SegmentEditCommand::Field::SegmentationName:
        status = m_session->renameSegmentation(name, text);
        break;
    case SegmentEditCommand::Field::SegmentName:
        status = m_session->renameSegment(name, segment, text);
        break;
    case SegmentEditCommand::Field::SegmentColour:
        status = m_session->setSegmentColor(name, segment, text);
        break;
    case SegmentEditCommand::Field::SegmentNotes:
        status = m_session->setSegmentNotes(name, segment, text);
        break;
    }
    if (!status) {
        showError(status.error());
        return false;
    }
    if (field == SegmentEditCommand::Field::SegmentationName && m_currentSegmentation == segmentation) {
        m_currentSegmentation = value.trimmed();
    }
    reloadProject();
    return true;
}

int MainWindow::selectedSegment() const
{
    const QModelIndexList rows = m_segmentTable->selectionModel()->selectedRows();
    if (!rows.isEmpty()) {
        return rows.front().row();
    }
    const QModelIndex current = m_segmentTable->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void MainWindow::renameSelectedSegment()
{
    const int segment = selectedSegment();
    if (segment < 0 || static_cast<std::size_t>(segment) >= m_details.segments.size()) {
        statusBar()->showMessage(tr("Select a segment in the table below the map first."), 6000);
        return;
    }
    const QString current
        = QString::fromStdString(m_details.segments[static_cast<std::size_t>(segment)].name);
    bool accepted = false;
    const QString name = QInputDialog::getText(this, tr("Rename segment"),
        tr("A short name your team will recognise, such as “Loyal big spenders”:"), QLineEdit::Normal,
        current, &accepted);
    if (accepted) {
        editSegment(SegmentEditCommand::Field::SegmentName, m_currentSegmentation, segment, name);
    }
}

void MainWindow::recolourSelectedSegment()
{
    const int segment = selectedSegment();
    if (segment < 0 || static_cast<std::size_t>(segment) >= m_details.segments.size()) {
        statusBar()->showMessage(tr("Select a segment in the table below the map first."), 6000);
        return;
    }
    const engine::SegmentInfo &info = m_details.segments[static_cast<std::size_t>(segment)];
    const QColor chosen = QColorDialog::getColor(SegmentPalette::colour(segment, info.color), this,
        tr("Colour of “%1”").arg(QString::fromStdString(info.name)));
    if (chosen.isValid()) {
        editSegment(SegmentEditCommand::Field::SegmentColour, m_currentSegmentation, segment, chosen.name());
    }
}

void MainWindow::resetSelectedSegmentColour()
{
    const int segment = selectedSegment();
    if (segment >= 0) {
        editSegment(SegmentEditCommand::Field::SegmentColour, m_currentSegmentation, segment, QString());
    }
}

void MainWindow::editSelectedSegmentNotes()
{
    const int segment = selectedSegment();
    if (segment < 0 || static_cast<std::size_t>(segment) >= m_details.segments.size()) {
        statusBar()->showMessage(tr("Select a segment in the table below the map first."), 6000);
        return;
    }
    const engine::SegmentInfo &info = m_details.segments[static_cast<std::size_t>(segment)];
    bool accepted = false;
    const QString notes = QInputDialog::getMultiLineText(this,
        tr("Notes on “%1”").arg(QString::fromStdString(info.name)),
        tr("What you know about these customers, or plan for them. The notes appear on the segment's card."),
        QString::fromStdString(info.notes), &accepted);
    if (accepted) {
        editSegment(SegmentEditCommand::Field::SegmentNotes, m_currentSegmentation, segment, notes);
    }
}

void MainWindow::askRenameSegmentation(const QString &name)
{
    bool accepted = false;
    const QString newName = QInputDialog::getText(this, tr("Rename segmentation"),
        tr("New name for “%1”:").arg(name), QLineEdit::Normal, name, &accepted);
    if (accepted) {
        editSegment(SegmentEditCommand::Field::SegmentationName, name, 0, newName);
    }
}

void MainWindow::askDuplicateSegmentation(const QString &name)
{
    //: Suggested name of a copy; %1 is the original's name.
    QString suggestion = tr("%1 (copy)").arg(name);
    for (int number = 2; std::any_of(m_summary.segmentations.begin(), m_summary.segmentations.end(),
             [&](const engine::SegmentationInfo &info) {
                 return QString::fromStdString(info.name) == suggestion;
             });
         ++number) {
        //: Suggested name of a further copy; %1 the original's name, %2 a number.
        suggestion = tr("%1 (copy %2)").arg(name, QString::number(number));
    }
    bool accepted = false;
    const QString newName = QInputDialog::getText(this, tr("Duplicate segmentation"),
        tr("Name of the copy of “%1”:").arg(name), QLineEdit::Normal, suggestion, &accepted);
    if (accepted) {
        duplicateSegmentation(name, newName);
    }
}

bool MainWindow::duplicateSegmentation(const QString &name, const QString &newName)
{
    if (!m_session || m_jobs->isRunning()) {
        return false;
    }
    auto copy = m_session->duplicateSegmentation(name.toStdString(), newName.toStdString());
    if (!copy) {
        showError(copy.error());
        return false;
    }
    m_currentSegmentation = QString::fromStdString(copy.value().name);
    reloadProject();
    return true;
}

void MainWindow::askDeleteSegmentation(const QString &name)
{
    const auto answer = QMessageBox::question(this, tr("Delete segmentation"),
        tr("Delete “%1”? Its segments, their names, colours and notes, and its maps are removed. Your "
           "customers "
           "and their data stay. This cannot be undone.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes) {
        deleteSegmentation(name);
    }
}

bool MainWindow::deleteSegmentation(const QString &name)
{
    if (!m_session || m_jobs->isRunning()) {
        return false;
    }
    if (engine::Status status = m_session->deleteSegmentation(name.toStdString()); !status) {
        showError(status.error());
        return false;
    }
    // Earlier edits may name it; they could not be undone any more.
    m_undoStack->clear();
    if (m_currentSegmentation == name) {
        m_currentSegmentation.clear();
    }
    reloadProject();
    statusBar()->showMessage(tr("Deleted “%1”.").arg(name), 8000);
    return true;
}

void MainWindow::newProject()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New project"), lastDirectory(),
        tr("Segmenta projects (*.segmenta)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + s_projectSuffix;
    }
    if (engine::Status status = createProject(path); !status) {
        showError(status.error());
    }
}

void MainWindow::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open project"), lastDirectory(), tr("Segmenta projects (*.segmenta);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    if (engine::Status status = openProject(path); !status) {
        showError(status.error());
    }
}

void MainWindow::chooseCsvToImport()
{
    if (!m_session) {
        showError(engine::makeError(engine::ErrorCode::NoProjectOpen));
        return;
    }
    openImportWizard();
}

bool MainWindow::openImportWizard(const QString &path)
{
    if (!m_session || m_jobs->isRunning()) {
        return false;
    }
    auto *wizard = new ImportWizard(QString::fromStdString(m_session->path()), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, [this] {
        reloadProject();
        m_tabs->setCurrentWidget(m_customerTable);
    });
    if (!path.isEmpty()) {
        rememberDirectory(path);
        wizard->setFilePath(path);
    }
    wizard->open();
    return true;
}

void MainWindow::openSegmentDialog()
{
    if (!m_session || m_jobs->isRunning() || m_countView->isRunning()) {
        return;
    }
    SegmentDialog dialog(*m_session, this);
    if (dialog.exec() == QDialog::Accepted) {
        startSegmentation(dialog.parameters());
    }
}

void MainWindow::openSegmentDialogWith(int count, const QStringList &columns, const QString &criteriaSet)
{
    if (!m_session || m_jobs->isRunning() || m_countView->isRunning()) {
        return;
    }
    SegmentDialog dialog(*m_session, this);
    dialog.setSelectedColumns(columns);
    dialog.setCriteriaSet(criteriaSet);
    dialog.setSegmentCount(count);
    if (dialog.exec() == QDialog::Accepted) {
        startSegmentation(dialog.parameters());
    }
}

void MainWindow::openSegmentCountDialog()
{
    if (!m_session || m_jobs->isRunning() || m_countView->isRunning()) {
        return;
    }
    SegmentCountDialog dialog(*m_session, this);
    // Start from the criteria of the segmentation on the map: the usual question is "was k right?".
    QStringList criteria;
    for (const std::string &column : m_details.info.columns) {
        criteria.append(QString::fromStdString(column));
    }
    dialog.setSelectedColumns(criteria);
    if (dialog.exec() == QDialog::Accepted) {
        startSegmentCountSearch(dialog.parameters());
    }
}

void MainWindow::openRuleBuilder()
{
    if (!m_session || m_jobs->isRunning()) {
        return;
    }
    RuleBuilderDialog dialog(*m_session, this);
    if (dialog.exec() != QDialog::Accepted || dialog.savedName().isEmpty()) {
        return;
    }
    // As after a segmentation job: the dialog's worker wrote through its own Session; re-read and show it.
    m_currentSegmentation = dialog.savedName();
    reloadProject();
    m_tabs->setCurrentWidget(m_mapPage);
    statusBar()->showMessage(tr("“%1” is saved.").arg(dialog.savedName()), 8000);
}

void MainWindow::openRfmDialog()
{
    if (!m_session || m_jobs->isRunning() || m_countView->isRunning()) {
        return;
    }
    if (std::none_of(m_summary.columns.begin(), m_summary.columns.end(),
            [](const engine::ColumnInfo &column) { return column.origin == "transactions"; })) {
        QMessageBox::information(this, tr("RFM map"),
            tr("RFM segments need a transaction log (who bought, when, how much). Import one with File › "
               "Import…, then open Segment › RFM map… again."));
        return;
    }
    RfmMapDialog dialog(QString::fromStdString(m_session->path()), this);
    connect(&dialog, &RfmMapDialog::segmentationStored, this, &MainWindow::handleSegmentationSucceeded);
    dialog.exec();
}

bool MainWindow::openLifetimeValueDialog()
{
    if (!m_session || m_jobs->isRunning() || m_countView->isRunning()) {
        return false;
    }
    if (m_lifetimeValueDialog) {
        m_lifetimeValueDialog->raise();
        m_lifetimeValueDialog->activateWindow();
        return true;
    }
    // Window-modal but not exec(): the window stays open beside the project while the fit runs in the
    // background, and --screenshot can grab it.
    auto *dialog = new LifetimeValueDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LifetimeValueDialog::lifetimeValueStored, this, &MainWindow::handleLifetimeValueStored);
    m_lifetimeValueDialog = dialog;
    dialog->open();
    return true;
}

void MainWindow::handleLifetimeValueStored(const engine::LifetimeValueReport &report)
{
    // As after a segmentation job: the dialog's worker wrote through its own Session; re-read.
    if (!report.tierSegmentation.empty()) {
        m_currentSegmentation = QString::fromStdString(report.tierSegmentation);
    }
    reloadProject();
    //: Status bar after a lifetime-value run; %1 the number of customers with a CLV.
    statusBar()->showMessage(
        tr("Lifetime value is ready for %1 customers.").arg(LocaleFormat::count(report.customerCount)), 8000);
}

LifetimeValueDialog *MainWindow::lifetimeValueDialog() const
{
    return m_lifetimeValueDialog;
}

QWidget *MainWindow::screenshotTarget()
{
    if (m_lifetimeValueDialog && m_lifetimeValueDialog->isVisible()) {
        return m_lifetimeValueDialog;
    }
    if (m_presenter && m_presenter->isVisible()) {
        return m_presenter;
    }
    if (m_rfmWindow && m_rfmWindow->isVisible()) {
        return m_rfmWindow;
    }
    return this;
}

RfmMapDialog *MainWindow::rfmWindow() const
{
    return m_rfmWindow;
}

bool MainWindow::openRfmWindow()
{
    if (!m_session || m_jobs->isRunning() || m_countView->isRunning()) {
        return false;
    }
    if (m_rfmWindow) {
        m_rfmWindow->raise();
        m_rfmWindow->activateWindow();
        return true;
    }
    // As the lifetime-value window: window-modal, not exec(), so --screenshot --view rfm can grab it. A
    // project without transactions gets the dialog's own explanation in its status line.
    auto *dialog = new RfmMapDialog(QString::fromStdString(m_session->path()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RfmMapDialog::segmentationStored, this, &MainWindow::handleSegmentationSucceeded);
    m_rfmWindow = dialog;
    dialog->open();
    return true;
}

bool MainWindow::startSegmentCountSearch(const engine::SegmentCountSearchParams &params)
{
    if (!m_session || m_jobs->isRunning() || m_countView->isRunning()) {
        return false;
    }
    if (!m_countView->start(QString::fromStdString(m_session->path()), params)) {
        return false;
    }
    m_tabs->setCurrentWidget(m_countView);
    updateState();
    return true;
}

void MainWindow::selectCustomerRows(const QList<qint64> &rows)
{
    QItemSelectionModel *selection = m_customerTable->selectionModel();
    if (!selection) {
        return;
    }
    // Consecutive rows become one range: a rubber band over a dense area selects long runs.
    QItemSelection ranges;
    const int lastColumn = std::max(0, m_customerModel->columnCount() - 1);
    qsizetype start = 0;
    for (qsizetype i = 1; i <= rows.size(); ++i) {
        if (i == rows.size() || rows[i] != rows[i - 1] + 1) {
            ranges.select(m_customerModel->index(static_cast<int>(rows[start]), 0),
                m_customerModel->index(static_cast<int>(rows[i - 1]), lastColumn));
            start = i;
        }
    }
    selection->select(ranges, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!rows.isEmpty()) {
        m_customerTable->scrollTo(m_customerModel->index(static_cast<int>(rows.front()), 0));
        //: Status bar after selecting on the map; %1 is the number of customers.
        statusBar()->showMessage(
            tr("%1 customers selected on the map").arg(LocaleFormat::count(rows.size())), 8000);
    }
}

QString MainWindow::describeCustomer(std::int64_t row, int segment) const
{
    if (!m_session) {
        return QString();
    }
    const auto page = m_session->customers(row, 1);
    if (!page || page.value().keys.empty()) {
        return QString();
    }
    const engine::CustomerPage &customer = page.value();
    QString segmentName;
    if (segment >= 0 && static_cast<std::size_t>(segment) < m_details.segments.size()) {
        segmentName = QString::fromStdString(m_details.segments[static_cast<std::size_t>(segment)].name);
    }
    //: Map tooltip, first lines; %1 customer id, %2 segment name.
    QString text = tr("<b>Customer %1</b><br>Segment: %2")
                       .arg(QString::fromStdString(customer.keys.front()).toHtmlEscaped(),
                           segmentName.toHtmlEscaped());
    // The criteria values: what put the customer where it is on the map.
    for (const std::string &criterion : m_details.info.columns) {
        for (std::size_t c = 0; c < m_summary.columns.size() && c < customer.values.front().size(); ++c) {
            if (m_summary.columns[c].name == criterion) {
                text += QStringLiteral("<br>") + QString::fromStdString(criterion).toHtmlEscaped()
                    + QStringLiteral(": ") + LocaleFormat::cell(customer.values.front()[c]).toHtmlEscaped();
            }
        }
    }
    return text;
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(s_windowGeometryKey, saveGeometry());
    settings.setValue(s_windowStateKey, saveState(s_layoutVersion));
    settings.setValue(s_mapSplitterKey, m_mapSplitter->saveState());
    settings.setValue(s_currentTabKey, m_tabs->currentIndex());
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(s_windowGeometryKey).toByteArray());
    restoreState(settings.value(s_windowStateKey).toByteArray(), s_layoutVersion);
    if (settings.contains(s_mapSplitterKey)) {
        m_mapSplitter->restoreState(settings.value(s_mapSplitterKey).toByteArray());
    }
    m_tabs->setCurrentIndex(std::clamp(settings.value(s_currentTabKey, 0).toInt(), 0, m_tabs->count() - 1));
}

void MainWindow::triggerEmptyStateAction()
{
    if (m_session) {
        chooseCsvToImport();
    } else {
        chooseProject();
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Segmenta"),
        tr("<h3>Segmenta %1</h3><p>Customer segmentation for people without a data team: "
           "import a customer table, group similar customers into segments, and see what "
           "sets each segment apart.</p><p>Licensed under the GNU GPL, version 3 or later.</p>")
            .arg(QStringLiteral(SEGMENTA_VERSION)));
}

QStringList MainWindow::recentProjects() const
{
    return QSettings().value(s_recentProjectsKey).toStringList();
}

void MainWindow::addRecentProject(const QString &path)
{
    QStringList recent = recentProjects();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maximumRecentProjects) {
        recent.removeLast();
    }
    QSettings().setValue(s_recentProjectsKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu) {
        return;
    }
    m_recentMenu->clear();
    const QStringList recent = recentProjects();
    int number = 1;
    for (const QString &path : recent) {
        //: Open Recent entry: its number (the keyboard accelerator) and the file name.
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(QString::number(number++), QFileInfo(path).fileName()));
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] {
            if (engine::Status status = openProject(path); !status) {
                showError(status.error());
            }
        });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(tr("&Clear list")), &QAction::triggered, this, [this] {
            QSettings().remove(s_recentProjectsKey);
            rebuildRecentMenu();
        });
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (m_jobs->isRunning()) {
        m_jobs->cancel();
        m_jobs->waitForFinished();
    }
    m_countView->cancel();
    m_countView->waitForFinished();
    m_profileLoader->cancel();
    m_profileLoader->waitForFinished();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!csvFileIn(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = csvFileIn(event->mimeData());
    if (path.isEmpty()) {
        return;
    }
    event->acceptProposedAction();
    if (!m_session) {
        showError(engine::makeError(engine::ErrorCode::NoProjectOpen));
        return;
    }
    openImportWizard(path);
}

// --- Exploring the map: customer cards, saving a selection, exporting a view (issue 7) ---

void MainWindow::openCustomerCard(qint64 customerRow, int segment)
{
    if (!m_session) {
        return;
    }
    CustomerCard::Contents contents
        = CustomerCard::read(*m_session, m_summary.columns, m_details.segments, customerRow, segment);
    if (contents.customerRow < 0) {
        return;
    }
    // One card, reused: clicking through dots should not pile up windows.
    if (!m_customerCard) {
        m_customerCard = new CustomerCard(this);
        m_customerCard->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_customerCard->setContents(std::move(contents));
    m_customerCard->show();
    m_customerCard->raise();
}

CustomerCard *MainWindow::customerCard() const
{
    return m_customerCard;
}

QList<qint64> MainWindow::selectedCustomerRows() const
{
    QList<qint64> rows;
    const QItemSelectionModel *selection = m_customerTable->selectionModel();
    if (!selection) {
        return rows;
    }
    // Ranges, not selectedRows(): a lasso over a dense map selects long runs of a large table.
    for (const QItemSelectionRange &range : selection->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            rows.append(row);
        }
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

void MainWindow::askSaveSelection()
{
    if (!m_session || m_jobs->isRunning()) {
        return;
    }
    const QList<qint64> rows = selectedCustomerRows();
    if (rows.isEmpty()) {
        statusBar()->showMessage(
            tr("Select customers first: Shift+drag on the map, or select rows in the customer table."), 8000);
        return;
    }
    //: Suggested name of a segmentation saved from a selection; %1 is a number.
    QString suggestion = tr("Selection %1").arg(1);
    for (int number = 2; std::any_of(m_summary.segmentations.begin(), m_summary.segmentations.end(),
             [&](const engine::SegmentationInfo &info) {
                 return QString::fromStdString(info.name) == suggestion;
             });
         ++number) {
        suggestion = tr("Selection %1").arg(number);
    }
    SaveSelectionDialog dialog(rows.size(), suggestion, this);
    if (dialog.exec() == QDialog::Accepted) {
        saveSelectionAsSegment(dialog.parameters());
    }
}

bool MainWindow::saveSelectionAsSegment(engine::SelectionSegmentParams params)
{
    if (!m_session || m_jobs->isRunning()) {
        return false;
    }
    const QList<qint64> rows = selectedCustomerRows();
    if (rows.isEmpty()) {
        return false;
    }
    params.customerRows.assign(rows.begin(), rows.end());
    // The new segmentation keeps the map the selection was made on.
    params.mapFrom = m_currentSegmentation.toStdString();
    if (params.name.empty()) {
        //: Name of a segmentation saved from a selection when none was given; %1 is a number.
        params.name = tr("Selection %1").arg(m_summary.segmentations.size() + 1).toStdString();
    }
    const QString name = QString::fromStdString(params.name);
    const QString previous = m_currentSegmentation;
    const int indexBefore = m_undoStack->index();
    m_undoStack->push(new SaveSelectionCommand(
        name,
        [this, params] {
            auto saved = m_session->saveSelectionSegment(params);
            if (!saved) {
                showError(saved.error());
                return false;
            }
            m_currentSegmentation = QString::fromStdString(saved.value().name);
            reloadProject();
            m_tabs->setCurrentWidget(m_mapPage);
            return true;
        },
        [this, name, previous] {
            if (engine::Status status = m_session->deleteSegmentation(name.toStdString()); !status) {
                showError(status.error());
                return false;
            }
            if (m_currentSegmentation == name) {
                m_currentSegmentation = previous;
            }
            reloadProject();
            return true;
        }));
    if (m_undoStack->index() <= indexBefore) {
        return false;
    }
    //: Status bar; %1 the new segmentation's name, %2 the number of customers, already formatted.
    statusBar()->showMessage(
        tr("Saved %2 selected customers as “%1”.").arg(name, LocaleFormat::count(rows.size())), 8000);
    return true;
}

void MainWindow::chooseExportFile()
{
    QString selectedFilter;
    const QString png = tr("PNG image, 2× resolution (*.png)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export view"), lastDirectory(),
        png + QStringLiteral(";;") + tr("SVG drawing (*.svg)") + QStringLiteral(";;")
            + tr("PDF document (*.pdf)"),
        &selectedFilter);
    if (path.isEmpty()) {
        return;
    }
    if (ViewExport::formatOf(path) == ViewExport::Format::Unknown) {
        // No suffix typed: take the chosen filter's.
        const qsizetype star = selectedFilter.lastIndexOf(QLatin1String("*."));
        path += star >= 0 ? selectedFilter.mid(star + 1).chopped(1) : QStringLiteral(".png");
    }
    rememberDirectory(path);
    exportView(path);
}

bool MainWindow::exportView(const QString &path)
{
    QWidget *view = m_tabs->currentWidget();
    if (view == m_mapPage) {
        view = m_mapView;
    }
    if (!view || m_pages->currentWidget() != m_tabs) {
        return false;
    }
    QString reason;
    if (!ViewExport::write(view, path, &reason)) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export view"), reason, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        box->open();
        return false;
    }
    statusBar()->showMessage(tr("Exported to “%1”.").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

// --- Workshops (issue 7): presenter mode, exporting a segmentation's members ---

void MainWindow::createWorkshopActions()
{
    m_presenterAction = new QAction(this);
    m_presenterAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_presenterAction, &QAction::triggered, this, &MainWindow::openPresenter);
    m_viewMenu->insertAction(m_languageMenu->menuAction(), m_presenterAction);
    m_viewMenu->insertSeparator(m_languageMenu->menuAction());

    m_exportMembersAction = new QAction(this);
    connect(m_exportMembersAction, &QAction::triggered, this, &MainWindow::openMemberExportDialog);
    const QList<QAction *> fileActions = m_fileMenu->actions();
    const qsizetype after = fileActions.indexOf(m_exportViewAction) + 1;
    m_fileMenu->insertAction(
        after < fileActions.size() ? fileActions[after] : nullptr, m_exportMembersAction);
}

void MainWindow::retranslateWorkshopActions()
{
    m_presenterAction->setText(tr("&Presenter mode"));
    m_presenterAction->setStatusTip(
        tr("Show the map and one segment at a time in large type, full screen; arrow keys step, Esc leaves"));
    m_exportMembersAction->setText(tr("Export &members…"));
    m_exportMembersAction->setStatusTip(
        tr("Save the customers of the segmentation or of one segment, with the columns you choose, as CSV "
           "or Excel"));
}

bool MainWindow::openPresenter()
{
    if (!m_session || m_currentSegmentation.isEmpty()) {
        return false;
    }
    auto details = m_session->segmentation(m_currentSegmentation.toStdString());
    if (!details) {
        showError(details.error());
        return false;
    }
    if (m_presenter) {
        m_presenter->close();
    }
    m_presenter = new PresenterWindow(details.value(), this);
    if (!m_profile.segments.empty()) {
        m_presenter->setProfile(m_profile); // ignored unless it is this segmentation's
    }
    // A profile still being worked out reaches the presenter when it is ready.
    connect(m_profileLoader, &ProfileLoader::loaded, m_presenter.data(),
        [presenter = m_presenter.data()](
            const QString &segmentation, const engine::SegmentationProfile &profile) {
            if (segmentation == presenter->segmentation()) {
                presenter->setProfile(profile);
            }
        });
    const int segment = selectedSegment();
    if (segment >= 0) {
        m_presenter->showSegment(segment);
    }
    m_presenter->showFullScreen();
    m_presenter->activateWindow();
    m_presenter->setFocus();
    return true;
}

PresenterWindow *MainWindow::presenterWindow() const
{
    return m_presenter;
}

bool MainWindow::openMemberExportDialog()
{
    if (!m_session || m_currentSegmentation.isEmpty()) {
        return false;
    }
    auto columns = m_session->memberExportColumns(m_currentSegmentation.toStdString());
    if (!columns) {
        showError(columns.error());
        return false;
    }
    if (m_memberExport) {
        m_memberExport->raise();
        return true;
    }
    const QFileInfo project(QString::fromStdString(m_session->path()));
    QString base = m_currentSegmentation;
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    const QString suggested = project.absoluteDir().filePath(base + QStringLiteral(".xlsx"));
    m_memberExport = new MemberExportDialog(QString::fromStdString(m_session->path()), m_currentSegmentation,
        columns.value(), m_details.segments, selectedSegment(), suggested, this);
    m_memberExport->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        m_memberExport.data(), &MemberExportDialog::exported, this, [this](const QString &path, qint64 rows) {
            statusBar()->showMessage(tr("Wrote %1 customers to “%2”.")
                                         .arg(LocaleFormat::count(rows), QDir::toNativeSeparators(path)),
                8000);
        });
    m_memberExport->open();
    return true;
}

MemberExportDialog *MainWindow::memberExportDialog() const
{
    return m_memberExport;
}

} // namespace segmenta::ui
