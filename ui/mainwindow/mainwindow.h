#pragma once

#include "models/connections/connectioninfo.h"
#include "models/core/orchestration.h"
#include "models/core/snapshotfile.h"

#include <QColor>
#include <QDateTime>
#include <QMainWindow>
#include <QPointer>
#include <QUrl>
#include <QUuid>

class AllPagesFetcher;
class Banner;
class CompareController;
class ConnectionSwitcher;
class ElidedLabel;
class EnvironmentBand;
class ErrorBanner;
class ExportController;
class FilterBar;
class HistoryController;
class HubClient;
class InspectorPanel;
class OrchestrationFilterModel;
class OrchestrationTableModel;
class PageBar;
class ElidedLabel;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTableView;
class SnapshotBanner;
class SnapshotController;
class TableRowActions;
class TokenProvider;
class WelcomePage;
struct ApiError;

/**
 * The main window: orchestrations in a table (paged, or all of them), the selected one in
 * the inspector, a toolbar (connection, Refresh, Load all, Filter, Export) and a status bar
 * (connection, base URL, token state, last refresh, "N shown of M loaded, count total").
 *
 * With no connection it shows a welcome page offering the demo and a new connection, and
 * says so through demoRequested() / addConnectionRequested(): sessions are made by the
 * application, which hands the client to setConnection().
 *
 * Geometry, splitter, columns (visibility, order, widths), sort and page size persist in
 * QSettings. The window never waits for the network: everything it shows arrives through the
 * table model's signals.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /**
     * Shows @p client's orchestrations and loads the first page. The window does not own
     * @p client or @p tokens; they must outlive it, or be replaced (or cleared) first.
     */
    void setConnection(HubClient *client, TokenProvider *tokens, const ConnectionInfo &info);
    /// Back to the welcome page.
    void clearConnection();
    bool hasConnection() const;
    const ConnectionInfo &connectionInfo() const { return m_info; }

    /// Shows @p text on the welcome page (e.g. why the demo did not start).
    void showWelcomeProblem(const QString &text);

    /// Filters the table to the orchestrations that reference @p id (own or nested id).
    void filterByReferencedId(const QString &id);
    /// Shows or hides a table column (at least one stays visible); the choice persists.
    void setColumnVisible(int column, bool visible);

    /// The orchestration selected in the table (null when none).
    Orchestration selectedOrchestration() const;

    OrchestrationTableModel *tableModel() const { return m_table; }
    OrchestrationFilterModel *filterModel() const { return m_filter; }
    QTableView *tableView() const { return m_view; }
    InspectorPanel *inspector() const { return m_inspector; }
    PageBar *pageBar() const { return m_pageBar; }
    FilterBar *filterBar() const { return m_filterBar; }
    ErrorBanner *errorBanner() const { return m_banner; }
    /// The note above the table saying a search or sort covers the loaded page only.
    Banner *scopeNote() const { return m_scopeNote; }
    /// The table's context menu and copy actions.
    TableRowActions *rowActions() const { return m_rowActions; }

    /// The "N shown of M loaded, count total" line.
    QString countsText() const;

    // --- export, snapshots, compare ---
    /**
     * Shows the export file (or raw API page) at @p path in the table and inspector,
     * read-only, under a banner "Snapshot of <baseUrl> taken <exportedAt>"; the live
     * connection stays and comes back with closeSnapshot(). False with the reason in @p error.
     *
     * The file is read as File -> Open reads it (SnapshotController::openSnapshot(), off the
     * UI thread); this waits for the outcome with the event loop running, for callers that
     * want it at once. Should another open start meanwhile, the outcome is that open's.
     */
    bool openSnapshot(const QString &path, QString *error = nullptr);
    /// Shows @p file, already read, as openSnapshot() describes.
    void showSnapshot(const SnapshotFile &file);
    /// Back to the live connection (or the welcome page when there is none).
    void closeSnapshot();
    /// The snapshot shown; nullptr while showing live data.
    const SnapshotFile *snapshot() const;
    /// File -> Export...
    ExportController *exportController() const { return m_export; }
    /// File -> Open snapshot..., the snapshot shown, Close snapshot.
    SnapshotController *snapshotController() const { return m_snapshots; }
    /// File -> Compare with snapshot... and the compare window.
    CompareController *compareController() const { return m_compare; }
    SnapshotBanner *snapshotBanner() const { return m_snapshotBanner; }
    /// History -> Timeline…, recording complete loads, the inspector's history note.
    HistoryController *historyController() const { return m_history; }

    // --- connections ---
    /// The toolbar's connection menu (saved profiles, demo, Connections…, Sign out).
    ConnectionSwitcher *connectionSwitcher() const { return m_switcher; }
    /// The coloured band with the profile's label (e.g. "PROD") across the top.
    EnvironmentBand *environmentBand() const { return m_environmentBand; }
    /// The non-modal message strip above the content (keychain trouble, connection problems).
    Banner *messageBar() const { return m_messageBar; }
    /// After a sign-out: back to the welcome page, which says so; the connection is chosen
    /// again (and signs in) only when the user asks.
    void showSignedOut();
    /// The status bar's token state ("Signed in, token until 14:05", "Signed out", ...).
    QString tokenStateText() const;

signals:
    void demoRequested();
    void addConnectionRequested();
    /// File → Connections…: the saved profiles, to add, edit or remove.
    void connectionsRequested();
    /// Sign out of the connection shown: forget its token (the secret stays).
    void signOutRequested();
    /// File → Compare connections…: two saved profiles compared live.
    void compareConnectionsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void setUpTable();
    void restoreSettings();
    void saveSettings();
    void saveHeaderState();
    void updateIcons();
    void updateBadge();

    void onStateChanged();
    void onError(const ApiError &error);
    void onRetry();
    void onCurrentRowChanged(const QModelIndex &current);
    void onRowsReplaced();
    void onAboutToRefresh();
    void onRefreshed();
    void onTokenIssued(const QDateTime &expiry);
    void onTokenFailed(const ApiError &error);
    void updateCounts();
    void updateOverlay();
    void updateTitle();
    void selectFirstRowIfNone();
    void scheduleInspectorSync();
    void syncInspectorWithSelection();
    void inspectCurrentRow();
    void updateScopeNote();
    void fitToScreen(bool restored);
    bool selectId(const QString &id);
    QString idAtRow(int proxyRow) const;
    void showHeaderMenu(const QPoint &position);
    void rebuildColumnsMenu();
    void updateLiveActions();
    void createControllers();
    void onSnapshotShown();
    void compareWithFile();

    OrchestrationTableModel *m_table;
    OrchestrationFilterModel *m_filter;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    ErrorBanner *m_banner;
    FilterBar *m_filterBar;
    QTableView *m_view;
    QLabel *m_overlay;
    PageBar *m_pageBar;
    InspectorPanel *m_inspector;
    QSplitter *m_splitter;
    Banner *m_scopeNote;
    TableRowActions *m_rowActions;

    QLabel *m_badge;
    QLabel *m_connectionLabel;
    ElidedLabel *m_baseUrlLabel;
    QLabel *m_tokenLabel;
    QLabel *m_refreshLabel;
    ElidedLabel *m_countsLabel;

    QAction *m_badgeAction = nullptr;
    QAction *m_connectionAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_addConnectionAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_loadAllAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_compareConnectionsAction = nullptr;
    QAction *m_closeSnapshotAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_firstPageAction = nullptr;
    QAction *m_previousPageAction = nullptr;
    QAction *m_nextPageAction = nullptr;
    QAction *m_lastPageAction = nullptr;
    QMenu *m_columnsMenu = nullptr;
    QMenu *m_connectionMenu = nullptr;
    // --- connections ---
    void showConnectionDecorations();
    void setTokenState(const QString &text);
    ConnectionSwitcher *m_switcher = nullptr;
    EnvironmentBand *m_environmentBand = nullptr;
    Banner *m_messageBar = nullptr;
    QAction *m_connectionsAction = nullptr;
    QAction *m_signOutAction = nullptr;

    ConnectionInfo m_info;
    SnapshotBanner *m_snapshotBanner = nullptr;
    AllPagesFetcher *m_fetcher = nullptr;
    ExportController *m_export = nullptr;
    SnapshotController *m_snapshots = nullptr;
    CompareController *m_compare = nullptr;
    HistoryController *m_history = nullptr;
    QPointer<HubClient> m_client;
    QPointer<TokenProvider> m_tokens;
    QDateTime m_tokenExpiry;

    bool m_refreshing = false;
    bool m_inspectorSyncPending = false;
    /// The record inspected before the rows it was in went away (Load all starts empty).
    QString m_wantedId;
    QString m_restoreSelectedId;
    QString m_restoreTopId;
    QDateTime m_lastRefresh;
    bool m_restoringHeader = false;
};
