#include "ui/mainwindow/mainwindow.h"

#include "models/client/hubclient.h"
#include "models/client/tokenprovider.h"
#include "models/core/localeformat.h"
#include "models/itemmodels/orchestrationfiltermodel.h"
#include "models/itemmodels/orchestrationtablemodel.h"
#include "ui/connections/connectionswitcher.h"
#include "ui/connections/environmentband.h"
#include "ui/export/allpagesfetcher.h"
#include "ui/export/comparecontroller.h"
#include "ui/export/exportcontroller.h"
#include "ui/export/recentsnapshots.h"
#include "ui/export/shownview.h"
#include "ui/export/snapshotbanner.h"
#include "ui/export/snapshotcontroller.h"
#include "ui/export/snapshotdroptarget.h"
#include "ui/help/helpmenu.h"
#include "ui/history/historycontroller.h"
#include "ui/mainwindow/filterbar.h"
#include "ui/mainwindow/inspectorpanel.h"
#include "ui/mainwindow/pagebar.h"
#include "ui/mainwindow/tablerowactions.h"
#include "ui/mainwindow/welcomepage.h"
#include "ui/widgets/banner.h"
#include "ui/widgets/elidedlabel.h"
#include "ui/widgets/errorbanner.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/languagemenu.h"
#include "ui/widgets/plaintext.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/thememenu.h"
#include "ui/widgets/warningdelegate.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// QSettings keys; the header state carries column order, visibility, widths and sort.
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kWindowStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kHeaderKey = QStringLiteral("table/header");
const QString kPageSizeKey = QStringLiteral("table/pageSize");

/// Widths (in average characters) a column starts with before the user changes it.
int defaultColumnChars(int column)
{
    switch (column) {
    case OrchestrationTableModel::NameColumn:
        return 30;
    case OrchestrationTableModel::ActiveColumn:
        return 7;
    case OrchestrationTableModel::KindColumn:
        return 12;
    case OrchestrationTableModel::BotsColumn:
    case OrchestrationTableModel::AgentsColumn:
        return 7;
    case OrchestrationTableModel::CustomerAppColumn:
        return 13;
    case OrchestrationTableModel::ForwardTranscriptColumn:
        return 18;
    case OrchestrationTableModel::BypassVaColumn:
        return 16;
    case OrchestrationTableModel::CreatedColumn:
    case OrchestrationTableModel::ModifiedColumn:
        return 18;
    case OrchestrationTableModel::DescriptionColumn:
        return 36;
    case OrchestrationTableModel::IdColumn:
        return 38;
    default:
        return 12;
    }
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_table(new OrchestrationTableModel(this))
    , m_filter(new OrchestrationFilterModel(this))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_banner(new ErrorBanner(this))
    , m_filterBar(new FilterBar(this))
    , m_view(new QTableView(this))
    , m_overlay(new QLabel(m_view->viewport()))
    , m_pageBar(new PageBar(this))
    , m_inspector(new InspectorPanel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_scopeNote(new Banner(Banner::Kind::Information, this))
    , m_rowActions(new TableRowActions(m_view, this))
    , m_badge(new QLabel(tr("Demo data"), this))
    , m_connectionLabel(new QLabel(this))
    , m_baseUrlLabel(new ElidedLabel(this))
    , m_tokenLabel(new QLabel(this))
    , m_refreshLabel(new QLabel(this))
    , m_countsLabel(new ElidedLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::application());
    m_filter->setSourceModel(m_table);
    m_filterBar->setModel(m_filter);
    m_pageBar->setModel(m_table);
    m_inspector->setUsageCounter(
        [table = QPointer<OrchestrationTableModel>(m_table)](
            const QString &id) { return table ? table->knownReferences(id) : -1; });

    setUpTable();

    // Left: filter, table, page bar. Right: the inspector.
    auto *tablePane = new QWidget(m_splitter);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    tableLayout->addWidget(m_filterBar);
    tableLayout->addWidget(m_scopeNote);
    tableLayout->addWidget(m_view, 1);
    tableLayout->addWidget(m_pageBar);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(tablePane);
    m_splitter->addWidget(m_inspector);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *workspace = new QWidget(this);
    auto *workspaceLayout = new QVBoxLayout(workspace);
    workspaceLayout->setContentsMargins(0, 0, 0, 0);
    workspaceLayout->setSpacing(0);
    workspaceLayout->addWidget(m_banner);
    m_snapshotBanner = new SnapshotBanner(this);
    workspaceLayout->addWidget(m_snapshotBanner);
    workspaceLayout->addWidget(m_splitter, 1);

    m_pages->addWidget(m_welcome);
    m_pages->addWidget(workspace);
    // The environment band and the message strip sit above whatever page is shown.
    m_environmentBand = new EnvironmentBand(this);
    m_messageBar = new Banner(Banner::Kind::Information, this);
    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_environmentBand);
    centralLayout->addWidget(m_messageBar);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    createControllers();
    createActions();
    createMenus();
    createToolBar();
    createStatusBar();

    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::demoRequested);
    connect(
        m_welcome, &WelcomePage::addConnectionRequested, this, &MainWindow::addConnectionRequested);
    connect(m_banner, &ErrorBanner::retryRequested, this, &MainWindow::onRetry);
    connect(
        m_banner, &ErrorBanner::editConnectionRequested, this, &MainWindow::connectionsRequested);
    connect(m_snapshotBanner, &SnapshotBanner::closeRequested, this, &MainWindow::closeSnapshot);
    connect(
        m_snapshotBanner, &SnapshotBanner::compareRequested, this, &MainWindow::compareWithFile);
    connect(m_inspector, &InspectorPanel::idActivated, this, &MainWindow::filterByReferencedId);
    connect(m_rowActions, &TableRowActions::inspectRequested, this, &MainWindow::inspectCurrentRow);
    connect(m_rowActions, &TableRowActions::referencesRequested, this,
        &MainWindow::filterByReferencedId);
    connect(m_pageBar, &PageBar::pageSizeChosen, this,
        [](int size) { QSettings().setValue(kPageSizeKey, size); });

    connect(m_table, &OrchestrationTableModel::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_table, &OrchestrationTableModel::errorOccurred, this, &MainWindow::onError);
    connect(m_table, &OrchestrationTableModel::aboutToRefresh, this, &MainWindow::onAboutToRefresh);
    connect(m_table, &OrchestrationTableModel::refreshed, this, &MainWindow::onRefreshed);
    connect(m_table, &OrchestrationTableModel::pageChanged, this, &MainWindow::onRowsReplaced);
    connect(m_table, &QAbstractItemModel::modelReset, this, &MainWindow::onRowsReplaced);
    connect(m_table, &QAbstractItemModel::rowsInserted, this, &MainWindow::selectFirstRowIfNone);
    connect(m_filter, &OrchestrationFilterModel::countsChanged, this, &MainWindow::updateCounts);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateOverlay);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateOverlay);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateOverlay);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::updateOverlay);
    // Whatever changed the rows shown, the inspector follows the selected row.
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::scheduleInspectorSync);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::scheduleInspectorSync);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MainWindow::scheduleInspectorSync);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MainWindow::scheduleInspectorSync);
    // "Used by N" counts every row loaded: it changes as rows come and go.
    connect(m_table, &QAbstractItemModel::rowsInserted, m_inspector,
        &InspectorPanel::refreshUsageCounts);
    connect(
        m_table, &QAbstractItemModel::modelReset, m_inspector, &InspectorPanel::refreshUsageCounts);
    connect(m_table, &OrchestrationTableModel::referenceCountsChanged, m_inspector,
        &InspectorPanel::refreshUsageCounts);
    connect(m_filter, &OrchestrationFilterModel::countsChanged, this, &MainWindow::updateScopeNote);
    connect(m_filterBar, &FilterBar::filtersChanged, this, &MainWindow::updateScopeNote);
    connect(m_table, &OrchestrationTableModel::stateChanged, this, &MainWindow::updateScopeNote);

    restoreSettings();
    updateIcons();
    clearConnection();
}

MainWindow::~MainWindow()
{
    // The client belongs to the application and may go first; nothing may call it from here on.
    m_table->setClient(nullptr);
}

void MainWindow::setUpTable()
{
    m_view->setObjectName(QStringLiteral("orchestrationTable"));
    m_view->setAccessibleName(tr("Orchestrations"));
    m_view->setAccessibleDescription(tr("One orchestration per row. Enter opens the row in the "
                                        "inspector; the context menu copies rows."));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows can be selected, for "Export the selected rows".
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false); // alternating rows separate the records; a grid only adds noise
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table for the next control; arrows move between rows.
    m_view->setTabKeyNavigation(false);
    m_view->setItemDelegate(new PlainTextDelegate(m_view));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, m_rowActions, &TableRowActions::showMenu);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setItemDelegateForColumn(OrchestrationTableModel::NameColumn,
        new WarningDelegate(OrchestrationTableModel::WarningCountRole, m_view));

    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicator(-1, Qt::AscendingOrder); // server order until the user sorts
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    for (int column = 0; column < OrchestrationTableModel::ColumnCount; ++column)
        header->resizeSection(column, defaultColumnChars(column) * charWidth + 16);
    connect(header, &QHeaderView::customContextMenuRequested, this, &MainWindow::showHeaderMenu);
    connect(header, &QHeaderView::sectionMoved, this, &MainWindow::saveHeaderState);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &MainWindow::saveHeaderState);
    // The view sorts after this signal; then the selected row is brought back into view.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (m_view->currentIndex().isValid())
                m_view->scrollTo(m_view->currentIndex(), QAbstractItemView::EnsureVisible);
            updateScopeNote();
        });
    });

    m_overlay->setObjectName(QStringLiteral("tableOverlay"));
    m_overlay->setAlignment(Qt::AlignCenter);
    m_overlay->setWordWrap(true);
    m_overlay->setEnabled(false);
    m_overlay->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_view->viewport()->installEventFilter(this);

    m_scopeNote->setObjectName(QStringLiteral("scopeNote"));
    m_scopeNote->setCloseButtonVisible(false);
    auto *loadAll = new QPushButton(tr("Load all"), m_scopeNote);
    loadAll->setObjectName(QStringLiteral("scopeLoadAllButton"));
    loadAll->setToolTip(tr("Load every page, so the search and the sort cover the whole tenant"));
    connect(loadAll, &QPushButton::clicked, this, [this] { m_loadAllAction->trigger(); });
    m_scopeNote->addButton(loadAll);
    m_scopeNote->hide();

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MainWindow::onCurrentRowChanged);
}

void MainWindow::createActions()
{
    m_connectionAction = new QAction(tr("Connection"), this);
    m_connectionAction->setObjectName(QStringLiteral("connectionAction"));
    m_connectionAction->setToolTip(tr("Choose what to connect to"));

    m_demoAction = new QAction(tr("Use the &demo tenant"), this);
    m_demoAction->setObjectName(QStringLiteral("demoAction"));
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::demoRequested);

    m_addConnectionAction = new QAction(tr("&Add connection…"), this);
    m_addConnectionAction->setObjectName(QStringLiteral("addConnectionAction"));
    connect(m_addConnectionAction, &QAction::triggered, this, &MainWindow::addConnectionRequested);

    m_connectionsAction = new QAction(tr("&Connections…"), this);
    m_connectionsAction->setObjectName(QStringLiteral("connectionsAction"));
    m_connectionsAction->setToolTip(tr("Add, edit, test, import or remove saved connections"));
    connect(m_connectionsAction, &QAction::triggered, this, &MainWindow::connectionsRequested);

    m_signOutAction = new QAction(tr("&Sign out"), this);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutAction->setToolTip(tr("Forget the access token (the client secret stays stored)"));
    m_signOutAction->setEnabled(false);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);

    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    QList<QKeySequence> refreshKeys = QKeySequence::keyBindings(QKeySequence::Refresh);
    if (!refreshKeys.contains(QKeySequence(Qt::Key_F5)))
        refreshKeys.prepend(QKeySequence(Qt::Key_F5));
    m_refreshAction->setShortcuts(refreshKeys);
    m_refreshAction->setToolTip(tr("Fetch again from the server (F5)"));
    connect(m_refreshAction, &QAction::triggered, m_table, &OrchestrationTableModel::refresh);

    m_loadAllAction = new QAction(tr("Load &all"), this);
    m_loadAllAction->setObjectName(QStringLiteral("loadAllAction"));
    m_loadAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_loadAllAction->setToolTip(tr("Load every page in the background, so sorting and filtering "
                                   "cover the whole tenant (Ctrl+Shift+L)"));
    connect(m_loadAllAction, &QAction::triggered, m_table, &OrchestrationTableModel::loadAll);

    m_filterAction = new QAction(tr("&Filter"), this);
    m_filterAction->setObjectName(QStringLiteral("filterAction"));
    m_filterAction->setShortcut(QKeySequence::Find);
    m_filterAction->setToolTip(tr("Search by name, description or any id (Ctrl+F); the arrow "
                                  "offers the Active and Kind filters"));
    m_filterAction->setMenu(m_filterBar->filterMenu());
    connect(m_filterAction, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);

    m_exportAction = new QAction(tr("&Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Export the page, all pages, the view, the selected rows or the "
                                  "inspector's node to JSON (Ctrl+E)"));
    m_exportAction->setEnabled(false);
    connect(m_exportAction, &QAction::triggered, m_export, &ExportController::exportView);

    m_openAction = new QAction(tr("&Open snapshot…"), this);
    m_openAction->setObjectName(QStringLiteral("openSnapshotAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open an exported file (or a saved API page) read-only"));
    connect(m_openAction, &QAction::triggered, m_snapshots, &SnapshotController::askToOpen);

    m_compareAction = new QAction(tr("Co&mpare with snapshot…"), this);
    m_compareAction->setObjectName(QStringLiteral("compareAction"));
    m_compareAction->setToolTip(tr("Compare an exported file with the live data, or with the "
                                   "snapshot shown: added, removed and changed orchestrations"));
    m_compareAction->setEnabled(false);
    connect(m_compareAction, &QAction::triggered, this, &MainWindow::compareWithFile);

    m_compareConnectionsAction = new QAction(tr("Compare co&nnections…"), this);
    m_compareConnectionsAction->setObjectName(QStringLiteral("compareConnectionsAction"));
    m_compareConnectionsAction->setToolTip(
        tr("Compare two saved connections live, such as staging and production"));
    connect(m_compareConnectionsAction, &QAction::triggered, this,
        &MainWindow::compareConnectionsRequested);

    m_closeSnapshotAction = new QAction(tr("C&lose snapshot"), this);
    m_closeSnapshotAction->setObjectName(QStringLiteral("closeSnapshotAction"));
    m_closeSnapshotAction->setEnabled(false);
    connect(m_closeSnapshotAction, &QAction::triggered, this, &MainWindow::closeSnapshot);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    // Ctrl+Q everywhere, also where the platform names no Quit key (Windows).
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (!quitKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Q)))
        quitKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setShortcuts(quitKeys);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // One family of keys for paging: Ctrl+Page Up/Down turn a page, with Shift to the ends.
    m_firstPageAction = new QAction(tr("First page"), this);
    m_firstPageAction->setObjectName(QStringLiteral("firstPageAction"));
    m_firstPageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageUp));
    connect(m_firstPageAction, &QAction::triggered, m_pageBar, &PageBar::goFirst);
    m_previousPageAction = new QAction(tr("Previous page"), this);
    m_previousPageAction->setObjectName(QStringLiteral("previousPageAction"));
    m_previousPageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(m_previousPageAction, &QAction::triggered, m_pageBar, &PageBar::goPrevious);
    m_nextPageAction = new QAction(tr("Next page"), this);
    m_nextPageAction->setObjectName(QStringLiteral("nextPageAction"));
    m_nextPageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(m_nextPageAction, &QAction::triggered, m_pageBar, &PageBar::goNext);
    m_lastPageAction = new QAction(tr("Last page"), this);
    m_lastPageAction->setObjectName(QStringLiteral("lastPageAction"));
    m_lastPageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageDown));
    connect(m_lastPageAction, &QAction::triggered, m_pageBar, &PageBar::goLast);

    // Escape in the search box clears it (or, when empty, stops loading) and goes back to
    // the table.
    auto *clearSearch = new QShortcut(QKeySequence(Qt::Key_Escape), m_filterBar->searchField());
    clearSearch->setContext(Qt::WidgetShortcut);
    clearSearch->setWhatsThis(tr("Clear the search, or stop loading when it is empty"));
    connect(clearSearch, &QShortcut::activated, this, [this] {
        if (m_filterBar->searchText().isEmpty())
            m_table->cancel();
        m_filterBar->setSearchText(QString());
        m_view->setFocus(Qt::ShortcutFocusReason);
    });
    // The window's shortcuts win over the line edit's own bindings (Ctrl+E is "end of line").
    m_filterBar->searchField()->installEventFilter(this);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_demoAction);
    file->addAction(m_addConnectionAction);
    file->addAction(m_connectionsAction);
    file->addAction(m_signOutAction);
    file->addSeparator();
    file->addAction(m_openAction);
    file->addMenu(new RecentSnapshotsMenu(m_snapshots, this));
    file->addAction(m_exportAction);
    file->addAction(m_compareAction);
    file->addAction(m_compareConnectionsAction);
    file->addAction(m_closeSnapshotAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    view->addAction(m_loadAllAction);
    view->addAction(m_filterAction);
    view->addSeparator();
    view->addAction(m_firstPageAction);
    view->addAction(m_previousPageAction);
    view->addAction(m_nextPageAction);
    view->addAction(m_lastPageAction);
    view->addSeparator();
    m_columnsMenu = view->addMenu(tr("&Columns"));
    m_columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    connect(m_columnsMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildColumnsMenu);
    view->addMenu(new ThemeMenu(this));
    view->addMenu(new LanguageMenu(this));

    menuBar()->addMenu(m_history->menu());
    menuBar()->addMenu(new HelpMenu(this));

    m_switcher = new ConnectionSwitcher(this);
    m_switcher->setFixedActions(
        {m_demoAction, m_addConnectionAction, m_connectionsAction, nullptr, m_signOutAction});
    m_connectionMenu = m_switcher;
    m_connectionAction->setMenu(m_switcher);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_connectionAction);
    if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(m_connectionAction)))
        button->setPopupMode(QToolButton::InstantPopup);
    toolBar->addSeparator();
    toolBar->addAction(m_refreshAction);
    toolBar->addAction(m_loadAllAction);
    toolBar->addAction(m_filterAction);
    if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(m_filterAction)))
        button->setPopupMode(QToolButton::MenuButtonPopup);
    toolBar->addSeparator();
    toolBar->addAction(m_exportAction);

    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    m_badge->setObjectName(QStringLiteral("demoBadge"));
    m_badge->setToolTip(tr("You are looking at the embedded simulator, not a real tenant."));
    m_badge->setAccessibleName(tr("Demo data"));
    m_badgeAction = toolBar->addWidget(m_badge);
    auto *gap = new QWidget(toolBar);
    gap->setFixedWidth(8);
    toolBar->addWidget(gap);
}

void MainWindow::createStatusBar()
{
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_baseUrlLabel->setObjectName(QStringLiteral("baseUrlLabel"));
    m_baseUrlLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Both ends of an address matter (the host, the version): a narrow window cuts its
    // middle, and the tooltip has it whole. It takes its width when there is room.
    m_baseUrlLabel->setElideMode(Qt::ElideMiddle);
    m_baseUrlLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_tokenLabel->setObjectName(QStringLiteral("tokenLabel"));
    m_refreshLabel->setObjectName(QStringLiteral("lastRefreshLabel"));
    // The one status field that gives way when the others need room (longer words in other
    // languages): cut short, with all of it in the tooltip.
    statusBar()->addWidget(m_countsLabel, 1);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_baseUrlLabel);
    statusBar()->addPermanentWidget(m_tokenLabel);
    statusBar()->addPermanentWidget(m_refreshLabel);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    fitToScreen(restoreGeometry(settings.value(kGeometryKey).toByteArray()));
    restoreState(settings.value(kWindowStateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({690, 590});
    m_restoringHeader = true;
    m_view->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray());
    m_restoringHeader = false;
    const int pageSize = settings.value(kPageSizeKey, 25).toInt();
    m_table->setPageSize(PageBar::pageSizes().contains(pageSize) ? pageSize : 25);
    m_pageBar->setModel(m_table); // shows the restored page size
    m_view->setSortingEnabled(true);
}

void MainWindow::fitToScreen(bool restored)
{
    QScreen *screen = QGuiApplication::screenAt(geometry().center());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // Room for the window manager's frame and title bar, which are not known before showing.
    const QSize room = available.size() - QSize(16, 48);
    if (!restored) {
        // First start: the size the layout was designed for, or what the screen offers.
        resize(QSize(1280, 800).boundedTo(room));
        move(available.center() - rect().center());
        return;
    }
    if (isMaximized() || isFullScreen())
        return;
    // A window saved on a larger (or another) screen comes back inside this one.
    const QSize fitted = size().boundedTo(room);
    if (fitted != size())
        resize(fitted);
    QRect frame(pos(), fitted + QSize(16, 48));
    if (!available.contains(frame)) {
        frame.moveRight(qMin(frame.right(), available.right()));
        frame.moveBottom(qMin(frame.bottom(), available.bottom()));
        frame.moveLeft(qMax(frame.left(), available.left()));
        frame.moveTop(qMax(frame.top(), available.top()));
        move(frame.topLeft());
    }
}

void MainWindow::saveHeaderState()
{
    if (!m_restoringHeader)
        QSettings().setValue(kHeaderKey, m_view->horizontalHeader()->saveState());
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kWindowStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kHeaderKey, m_view->horizontalHeader()->saveState());
    settings.setValue(kPageSizeKey, m_table->pageSize());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filterBar->searchField() && event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        for (const QAction *action : {m_exportAction, m_loadAllAction}) {
            if (action->isEnabled() && action->shortcut() == pressed)
                return true; // not accepted: the shortcut goes to the action
        }
    }
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_overlay->setGeometry(m_view->viewport()->rect().adjusted(24, 24, -24, -24));
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::keyPressEvent(QKeyEvent *event)
{
    // Escape anywhere in the window stops what is loading (the page bar's Cancel).
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier
        && m_table->state() == OrchestrationTableModel::State::Loading) {
        m_table->cancel();
        event->accept();
        return;
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::updateIcons()
{
    const QColor colour = palette().color(QPalette::ButtonText);
    m_connectionAction->setIcon(Icons::themed(QStringLiteral("connection"), colour));
    m_demoAction->setIcon(Icons::themed(QStringLiteral("demo"), colour));
    m_refreshAction->setIcon(Icons::themed(QStringLiteral("refresh"), colour));
    m_loadAllAction->setIcon(Icons::themed(QStringLiteral("load-all"), colour));
    m_filterAction->setIcon(Icons::themed(QStringLiteral("filter"), colour));
    m_exportAction->setIcon(Icons::themed(QStringLiteral("export"), colour));
    updateBadge();
}

void MainWindow::updateBadge()
{
    const QColor background = Theme::badgeBackground(palette());
    const QColor text = Theme::badgeText(palette());
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px;"
                                          " padding: 2px 10px; font-weight: bold; }")
                               .arg(background.name(), text.name()));
    // A toolbar shows and hides its widgets through their actions.
    if (m_badgeAction)
        m_badgeAction->setVisible(m_info.demo && hasConnection());
}

void MainWindow::setConnection(HubClient *client, TokenProvider *tokens, const ConnectionInfo &info)
{
    if (m_tokens)
        disconnect(m_tokens, nullptr, this, nullptr);
    m_snapshots->close();
    m_snapshotBanner->hide();
    m_pageBar->show();
    m_client = client;
    m_tokens = tokens;
    m_info = info;
    m_tokenExpiry = {};
    m_lastRefresh = {};
    m_banner->hide();
    m_inspector->setOrchestration({});
    m_filterBar->clear();
    m_table->setClient(client);
    if (client && info.defaultPageSize > 0) {
        // A profile's page size is where each of its sessions starts.
        m_table->setPageSize(info.defaultPageSize);
        m_pageBar->setModel(m_table);
    }
    if (m_tokens) {
        connect(m_tokens, &TokenProvider::tokenIssued, this,
            [this](const QString &, const QDateTime &expiry) { onTokenIssued(expiry); });
        connect(m_tokens, &TokenProvider::tokenFailed, this, &MainWindow::onTokenFailed);
    }
    m_pages->setCurrentIndex(client ? 1 : 0);
    m_connectionAction->setText(client ? info.name : tr("Connection"));
    m_connectionLabel->setText(client ? info.name : tr("Not connected"));
    m_baseUrlLabel->setFullText(client ? info.baseUrl.toDisplayString() : QString());
    m_baseUrlLabel->setFullToolTip(QString());
    m_baseUrlLabel->setVisible(client != nullptr);
    m_tokenLabel->setText(client ? tr("Signing in…") : QString());
    m_tokenLabel->setVisible(client != nullptr);
    showConnectionDecorations();
    m_banner->setConnectionEditable(client && !info.profileId.isNull());
    m_refreshLabel->setText(QString());
    updateLiveActions();
    updateBadge();
    updateTitle();
    updateCounts();
    updateOverlay();
    if (client) {
        m_welcome->setProblem(QString());
        m_table->loadPage(1);
        m_view->setFocus();
    }
}

void MainWindow::clearConnection()
{
    setConnection(nullptr, nullptr, {});
}

bool MainWindow::hasConnection() const
{
    return m_client != nullptr;
}

void MainWindow::showWelcomeProblem(const QString &text)
{
    m_welcome->setProblem(text);
}

void MainWindow::updateTitle()
{
    if (const SnapshotFile *shown = snapshot()) {
        setWindowTitle(
            tr("Snapshot %1 — Orchestration Console").arg(QFileInfo(shown->path).fileName()));
        return;
    }
    setWindowTitle(hasConnection() ? tr("%1 — Orchestration Console").arg(m_info.name)
                                   : tr("Orchestration Console"));
}

void MainWindow::onTokenIssued(const QDateTime &expiry)
{
    m_tokenExpiry = expiry;
    m_tokenLabel->setText(expiry.isValid()
            ? tr("Signed in, token until %1").arg(LocaleFormat::time(expiry))
            : tr("Signed in"));
    m_tokenLabel->setToolTip(expiry.isValid()
            ? tr("The access token expires at %1 (UTC %2); a new "
                 "one is fetched when needed.")
                  .arg(QLocale().toString(expiry.toLocalTime(), QLocale::LongFormat),
                      expiry.toUTC().toString(Qt::ISODate))
            : QString());
    if (m_info.sessionOnly)
        setTokenState(m_tokenLabel->text());
}

void MainWindow::onTokenFailed(const ApiError &error)
{
    m_tokenLabel->setText(tr("Sign-in failed"));
    m_tokenLabel->setToolTip(PlainText::toolTip(error.summary()));
}

void MainWindow::onStateChanged()
{
    using State = OrchestrationTableModel::State;
    const State state = m_table->state();
    if (state == State::Loaded || state == State::Empty) {
        m_banner->hide();
        m_lastRefresh = QDateTime::currentDateTime();
        m_refreshLabel->setText(tr("Updated %1").arg(LocaleFormat::time(m_lastRefresh)));
        m_refreshLabel->setToolTip(
            tr("Last successful load: %1")
                .arg(QLocale().toString(m_lastRefresh, QLocale::LongFormat)));
        if (m_tokens && m_tokenExpiry.isNull() && m_tokens->currentTokenExpiry().isValid())
            onTokenIssued(m_tokens->currentTokenExpiry());
        selectFirstRowIfNone();
    }
    m_loadAllAction->setEnabled(hasConnection() && !snapshot()
        && !(m_table->mode() == OrchestrationTableModel::Mode::All && state == State::Loading));
    updateCounts();
    updateOverlay();
}

void MainWindow::onError(const ApiError &error)
{
    m_banner->showError(error);
    updateOverlay();
}

void MainWindow::onRetry()
{
    m_banner->hide();
    if (m_table->mode() == OrchestrationTableModel::Mode::All)
        m_table->loadAll();
    else
        m_table->loadPage(m_table->requestedPage() > 0 ? m_table->requestedPage() : 1);
}

void MainWindow::onCurrentRowChanged(const QModelIndex &current)
{
    if (!current.isValid()) {
        if (!m_refreshing)
            m_inspector->setOrchestration({});
        return;
    }
    const QModelIndex source = m_filter->mapToSource(current);
    const Orchestration record = m_table->orchestrationAt(source.row());
    if (record.isNull() || record.rawJson() != m_inspector->orchestration().rawJson()
        || record.id() != m_inspector->orchestration().id())
        m_inspector->setOrchestration(record);
}

Orchestration MainWindow::selectedOrchestration() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_table->orchestrationAt(m_filter->mapToSource(current).row())
                             : Orchestration();
}

void MainWindow::onRowsReplaced()
{
    if (m_refreshing)
        return; // onRefreshed() puts the selection back where it was
    selectFirstRowIfNone();
}

void MainWindow::selectFirstRowIfNone()
{
    if (m_refreshing || m_filter->rowCount() == 0)
        return;
    QItemSelectionModel *selection = m_view->selectionModel();
    if (selection->currentIndex().isValid() && selection->hasSelection())
        return;
    // Keep the inspector on the record it shows (or showed) if that record is here.
    const QString shown = m_inspector->orchestration().id();
    if (!shown.isEmpty() && selectId(shown))
        return;
    if (!m_wantedId.isEmpty() && selectId(std::exchange(m_wantedId, QString())))
        return;
    const QModelIndex first = m_filter->index(0, 0);
    selection->setCurrentIndex(
        first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MainWindow::scheduleInspectorSync()
{
    // Filtering and loading change rows in many steps; one look once they are done.
    if (std::exchange(m_inspectorSyncPending, true))
        return;
    QTimer::singleShot(0, this, &MainWindow::syncInspectorWithSelection);
}

void MainWindow::syncInspectorWithSelection()
{
    m_inspectorSyncPending = false;
    const Orchestration shown = m_inspector->orchestration();
    // Never a record the table no longer holds (Load all starts from no rows).
    if (!shown.isNull() && m_table->rowForId(shown.id()) < 0) {
        m_wantedId = shown.id();
        m_inspector->setOrchestration({});
    }
    if (m_refreshing)
        return; // onRefreshed() puts the selection back
    QItemSelectionModel *selection = m_view->selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (current.isValid() && selection->isRowSelected(current.row(), QModelIndex())) {
        onCurrentRowChanged(current);
        return;
    }
    // The inspected row was filtered out, or the current row is not selected: the inspector
    // and the highlighted row must agree. Prefer the record inspected when it is shown.
    const QString id = m_inspector->orchestration().id();
    if (!id.isEmpty() && selectId(id)) {
        m_view->scrollTo(m_view->currentIndex(), QAbstractItemView::EnsureVisible);
        return;
    }
    if (current.isValid()) {
        selection->select(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        onCurrentRowChanged(current);
        return;
    }
    if (m_filter->rowCount() == 0) {
        if (!m_inspector->orchestration().isNull())
            m_wantedId = m_inspector->orchestration().id();
        m_inspector->setOrchestration({});
        return;
    }
    selectFirstRowIfNone();
}

void MainWindow::inspectCurrentRow()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    if (!m_view->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        m_view->selectionModel()->select(
            current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    onCurrentRowChanged(current);
    m_inspector->treeView()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::updateScopeNote()
{
    const bool paged =
        hasConnection() && !snapshot() && m_table->mode() == OrchestrationTableModel::Mode::Paged;
    const qint64 total = m_table->totalCount();
    const qint64 loaded = m_table->loadedCount();
    const bool partial = paged && loaded > 0 && (total < 0 || total > loaded);
    const bool sorted = m_view->horizontalHeader()->sortIndicatorSection() >= 0;
    const bool filtering = m_filter->isFiltering();
    if (!partial || (!sorted && !filtering)) {
        m_scopeNote->hide();
        return;
    }
    // One whole sentence per case: translations cannot be assembled from a subject part.
    QString text;
    if (total >= 0) {
        const int n = int(qMin<qint64>(total, INT_MAX));
        text = filtering && sorted
            ? tr("The search and the sort cover this page only: %L1 of %Ln orchestration(s).",
                nullptr, n)
            : filtering
            ? tr("The search covers this page only: %L1 of %Ln orchestration(s).", nullptr, n)
            : tr("The sort covers this page only: %L1 of %Ln orchestration(s).", nullptr, n);
        text = text.arg(loaded);
    } else {
        text = filtering && sorted ? tr("The search and the sort cover this page only.")
            : filtering            ? tr("The search covers this page only.")
                                   : tr("The sort covers this page only.");
    }
    m_scopeNote->setText(text);
    m_scopeNote->show();
}

bool MainWindow::selectId(const QString &id)
{
    const int sourceRow = m_table->rowForId(id);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_table->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

QString MainWindow::idAtRow(int proxyRow) const
{
    const QModelIndex index = m_filter->index(proxyRow, 0);
    return index.isValid() ? index.data(OrchestrationTableModel::IdRole).toString() : QString();
}

void MainWindow::onAboutToRefresh()
{
    m_refreshing = true;
    m_restoreSelectedId = selectedOrchestration().id();
    m_restoreTopId = idAtRow(m_view->rowAt(0));
}

void MainWindow::onRefreshed()
{
    m_refreshing = false;
    const QString selected = std::exchange(m_restoreSelectedId, QString());
    const QString top = std::exchange(m_restoreTopId, QString());
    const int topSourceRow = top.isEmpty() ? -1 : m_table->rowForId(top);
    if (!selected.isEmpty() && selectId(selected)) {
        // selectId() made it current; keep the scroll position rather than jumping to it.
    }
    if (topSourceRow >= 0) {
        const QModelIndex index = m_filter->mapFromSource(m_table->index(topSourceRow, 0));
        if (index.isValid())
            m_view->scrollTo(index, QAbstractItemView::PositionAtTop);
    }
    if (!m_view->selectionModel()->currentIndex().isValid())
        m_inspector->setOrchestration({});
    selectFirstRowIfNone();
}

void MainWindow::filterByReferencedId(const QString &id)
{
    if (id.isEmpty())
        return;
    m_filterBar->setSearchText(id);
    // Whether that is the whole tenant, the note above the table says (with Load all).
    statusBar()->showMessage(
        tr("%n loaded orchestration(s) use %1.", nullptr, m_table->countReferences(id)).arg(id),
        10'000);
    m_view->setFocus(Qt::OtherFocusReason);
}

QString MainWindow::countsText() const
{
    const int shown = m_filter->rowCount();
    const qint64 loaded = m_table->loadedCount();
    const qint64 total = m_table->totalCount();
    if (total >= 0)
        return tr("%Ln shown of %L1 loaded, %L2 total", nullptr, shown).arg(loaded).arg(total);
    return tr("%Ln shown of %L1 loaded", nullptr, shown).arg(loaded);
}

void MainWindow::updateCounts()
{
    using State = OrchestrationTableModel::State;
    if (!hasConnection() && !snapshot()) {
        m_countsLabel->setFullText(QString());
        return;
    }
    QString text = countsText();
    switch (m_table->state()) {
    case State::Loading:
        text = m_table->mode() == OrchestrationTableModel::Mode::All
            ? tr("Loading all orchestrations… %1").arg(text)
            : tr("Loading page %1… %2").arg(m_table->requestedPage()).arg(text);
        break;
    case State::Cancelled:
        text = tr("Cancelled. %1").arg(text);
        break;
    case State::Error:
        text = tr("Failed. %1").arg(text);
        break;
    default:
        break;
    }
    m_countsLabel->setFullText(text);
    updateOverlay();
}

void MainWindow::updateOverlay()
{
    using State = OrchestrationTableModel::State;
    QString text;
    if ((hasConnection() || snapshot()) && m_filter->rowCount() == 0) {
        switch (m_table->state()) {
        case State::Idle:
            break;
        case State::Loading:
            text = tr("Loading orchestrations…");
            break;
        case State::Empty:
            text = tr("There are no orchestrations in this tenant.");
            break;
        case State::Error:
            text = tr("Nothing could be loaded. See the message above.");
            break;
        case State::Cancelled:
            text = tr("Loading was cancelled.");
            break;
        case State::Loaded:
            if (m_filter->isFiltering())
                text = tr("No loaded orchestration matches the filter.");
            break;
        }
    }
    m_overlay->setText(text);
    m_overlay->setVisible(!text.isEmpty());
}

void MainWindow::setColumnVisible(int column, bool visible)
{
    QHeaderView *header = m_view->horizontalHeader();
    if (column < 0 || column >= header->count())
        return;
    if (!visible && header->count() - header->hiddenSectionCount() <= 1)
        return; // a table with no column cannot be brought back from its own header
    header->setSectionHidden(column, !visible);
    saveHeaderState();
}

void MainWindow::rebuildColumnsMenu()
{
    m_columnsMenu->clear();
    QHeaderView *header = m_view->horizontalHeader();
    const int visibleCount = header->count() - header->hiddenSectionCount();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction *action = m_columnsMenu->addAction(
            m_table->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setObjectName(QStringLiteral("columnAction%1").arg(column));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(header->isSectionHidden(column) || visibleCount > 1);
        connect(action, &QAction::toggled, this,
            [this, column](bool on) { setColumnVisible(column, on); });
    }
    m_columnsMenu->addSeparator();
    QAction *reset = m_columnsMenu->addAction(tr("Show all columns"));
    connect(reset, &QAction::triggered, this, [this] {
        for (int column = 0; column < m_view->horizontalHeader()->count(); ++column)
            m_view->horizontalHeader()->setSectionHidden(column, false);
        saveHeaderState();
    });
}

void MainWindow::showHeaderMenu(const QPoint &position)
{
    rebuildColumnsMenu();
    m_columnsMenu->exec(m_view->horizontalHeader()->mapToGlobal(position));
}

// --- export, snapshots, compare ---

void MainWindow::updateLiveActions()
{
    const bool live = m_client && !snapshot();
    for (QAction *action : {m_refreshAction, m_loadAllAction, m_firstPageAction,
             m_previousPageAction, m_nextPageAction, m_lastPageAction})
        action->setEnabled(live);
    const bool showing = m_client || snapshot();
    m_filterAction->setEnabled(showing);
    m_exportAction->setEnabled(showing);
    m_compareAction->setEnabled(showing);
    m_closeSnapshotAction->setEnabled(snapshot() != nullptr);
}

void MainWindow::createControllers()
{
    // What the controllers read of the window; they never call back into it.
    ShownView shown;
    shown.table = m_table;
    shown.filter = m_filter;
    shown.view = m_view;
    shown.inspectedNode = [this] {
        return InspectedNode {
            m_inspector->treeView()->currentIndex(), m_inspector->orchestration()};
    };
    shown.snapshot = [this] { return snapshot(); };
    shown.connection = [this] { return m_info; };

    m_fetcher = new AllPagesFetcher(m_table, this, this);
    m_export = new ExportController(shown, m_fetcher, this, this);
    m_snapshots = new SnapshotController(this, this);
    new SnapshotDropTarget(this, m_snapshots);
    m_compare = new CompareController(shown, m_fetcher, this, this);

    const auto showMessage = [this](const QString &message) {
        statusBar()->showMessage(message, 15'000);
    };
    connect(m_export, &ExportController::statusMessage, this, showMessage);
    connect(m_snapshots, &SnapshotController::statusMessage, this, showMessage);
    connect(m_compare, &CompareController::statusMessage, this, showMessage);
    m_history = new HistoryController(shown, m_fetcher, this, this);
    connect(m_history, &HistoryController::statusMessage, this, showMessage);
    m_inspector->addHeadingWidget(m_history->inspectorNote());
    connect(m_inspector, &InspectorPanel::orchestrationShown, m_history,
        &HistoryController::showOrchestration);
    connect(m_snapshots, &SnapshotController::shown, this, &MainWindow::onSnapshotShown);
    // What is being read, with progress and Cancel, goes to the status bar once there is some.
    const auto placeIndicator = [this](QWidget *indicator) {
        statusBar()->addPermanentWidget(indicator);
    };
    connect(m_snapshots, &SnapshotController::loadIndicatorCreated, this, placeIndicator);
    connect(m_compare, &CompareController::loadIndicatorCreated, this, placeIndicator);
}

void MainWindow::compareWithFile()
{
    if (m_export->isBusy())
        return; // an export is fetching or writing; its progress dialog says so
    m_compare->compareWithFile();
}

const SnapshotFile *MainWindow::snapshot() const
{
    return m_snapshots->current();
}

bool MainWindow::openSnapshot(const QString &path, QString *error)
{
    QPointer<MainWindow> alive(this);
    QPointer<SnapshotController> controller(m_snapshots);
    QEventLoop loop;
    bool ended = false;
    bool shown = false;
    QString why;
    connect(m_snapshots, &SnapshotController::snapshotOpened, &loop, [&] {
        ended = shown = true;
        loop.quit();
    });
    connect(m_snapshots, &SnapshotController::snapshotOpenFailed, &loop,
        [&](const QString &, const QString &message) {
            ended = true;
            shown = false;
            why = message;
            loop.quit();
        });
    connect(m_snapshots, &QObject::destroyed, &loop, &QEventLoop::quit);
    m_snapshots->openSnapshot(path);
    if (!ended && controller)
        loop.exec();
    if (!alive || !ended)
        why =
            tr("The window was closed before \"%1\" was read.").arg(QDir::toNativeSeparators(path));
    if (error && !shown)
        *error = why;
    return shown;
}

void MainWindow::showSnapshot(const SnapshotFile &file)
{
    m_snapshots->show(file); // onSnapshotShown() follows
}

void MainWindow::onSnapshotShown()
{
    const SnapshotFile *shown = snapshot();
    m_banner->hide();
    m_inspector->setOrchestration({});
    m_table->showRecords(shown->document.records);
    m_snapshotBanner->showSnapshot(shown->description(), shown->path, shown->warnings);
    m_pageBar->hide(); // a snapshot has no pages to turn
    m_pages->setCurrentIndex(1);
    m_refreshLabel->setText(QString());
    // The status bar describes what is shown: the file, not the live connection behind it.
    m_connectionLabel->setText(tr("Snapshot (read-only)"));
    m_baseUrlLabel->setFullText(QFileInfo(shown->path).fileName());
    m_baseUrlLabel->setFullToolTip(QDir::toNativeSeparators(shown->path));
    m_baseUrlLabel->setVisible(true);
    m_tokenLabel->setVisible(false);
    m_scopeNote->hide();
    updateLiveActions();
    updateTitle();
    updateCounts();
    updateOverlay();
    selectFirstRowIfNone();
}

void MainWindow::closeSnapshot()
{
    if (!snapshot())
        return;
    setConnection(m_client, m_tokens, m_info); // forgets the snapshot
}

// --- connections ---

void MainWindow::showConnectionDecorations()
{
    const bool connected = m_client != nullptr;
    m_environmentBand->setEnvironment(
        connected ? m_info.label : QString(), m_info.labelColour, m_info.name);
    m_switcher->setCurrent(connected ? m_info.profileId : QUuid());
    m_signOutAction->setEnabled(connected && !m_info.profileId.isNull());
    if (!connected)
        return;
    const QDateTime expiry = m_tokens ? m_tokens->currentTokenExpiry() : QDateTime();
    if (m_info.tokenFromKeychain) {
        // Known now, so the first page's arrival does not relabel it as freshly signed in.
        m_tokenExpiry = expiry;
        setTokenState(expiry.isValid()
                ? tr("Token from keychain, until %1").arg(LocaleFormat::time(expiry))
                : tr("Token from keychain"));
    } else {
        setTokenState(m_tokenLabel->text());
    }
}

void MainWindow::setTokenState(const QString &text)
{
    if (!m_info.sessionOnly) {
        m_tokenLabel->setText(text);
        return;
    }
    m_tokenLabel->setText(text.isEmpty() ? tr("Session only") : tr("%1 · Session only").arg(text));
    m_tokenLabel->setToolTip(tr("The keychain is not available: secrets and tokens are kept in "
                                "memory for this session only."));
}

void MainWindow::showSignedOut()
{
    // Back to the start, so nothing fetches (and signs in again) until the user chooses to.
    const QString name = m_info.name;
    clearConnection();
    m_welcome->setProblem(
        tr("Signed out of %1. Choose it under Connection to sign in again.").arg(name));
    statusBar()->showMessage(tr("Signed out of %1.").arg(name), 15'000);
}

QString MainWindow::tokenStateText() const
{
    return m_tokenLabel->text();
}
