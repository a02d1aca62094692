#pragma once

#include "models/client/apierror.h"
#include "models/core/orchestration.h"
#include "models/itemmodels/pagecache.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>

class HubClient;
class PageReply;
class ScanJob;
struct OrchestrationPage;

/**
 * The orchestrations of the main window's table, fetched through the asynchronous HubClient,
 * either one page at a time (Mode::Paged) or all of them (Mode::All).
 *
 * Paged mode: loadPage() shows one page. Pages visited are cached per asked page size, so a
 * revisit answers at once without a request. After a page arrives, the next one is
 * prefetched in the background (one request at most); turning to it is instant, or adopts
 * the prefetch still in flight instead of asking again. While a page is Loading, the rows of
 * the previous page stay in the model (no flicker, selection survives) and currentPage()
 * still names them; pageChanged() says when the new rows are in. A turn while a page is in
 * flight aborts that request and its reply, if it still arrives, is ignored (generation
 * counter). A failed page leaves the previous rows and page in place with State::Error.
 *
 * All mode: loadAll() runs a ScanJob; rows are appended (beginInsertRows) page by page in
 * server order. cancel() or an error keeps the rows that arrived.
 *
 * refresh() emits aboutToRefresh(), drops the cache and fetches again; refreshed() follows
 * when the fetch ended (whatever the outcome), so a view can restore its selection by id
 * (rowForId()). In Paged mode the old rows stay until the new page replaces them with one
 * model reset; in All mode the rows are cleared and arrive again page by page.
 *
 * State::Idle means nothing was asked yet (no client, or a client and no load). Empty means
 * the server answered 204 or an empty array. For an empty result totalCount() and
 * pageCount() are 0.
 *
 * Missing values are shown as empty text and sort before any value (SortRole gives an invalid
 * QVariant). Rows hold Orchestration values (implicitly shared); the lowercase search key
 * (SearchTextRole) is built lazily per row and kept until the row goes.
 */
class OrchestrationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ActiveColumn,
        KindColumn,
        BotsColumn,
        AgentsColumn,
        CustomerAppColumn,
        ForwardTranscriptColumn,
        BypassVaColumn,
        CreatedColumn,
        ModifiedColumn,
        DescriptionColumn,
        IdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole
            + 1, ///< typed: QDateTime, int, double, bool, QString; invalid when missing
        IdRole, ///< QString
        OrchestrationRole, ///< QVariant::fromValue(Orchestration)
        ActiveRole, ///< bool
        KindRole, ///< int (Orchestration::Kind)
        WarningCountRole, ///< int: validation warnings of the record
        SearchTextRole, ///< QString: lowercase name, description, id and every nested id
    };
    Q_ENUM(Role)

    enum class Mode { Paged, All };
    Q_ENUM(Mode)

    enum class State { Idle, Loading, Loaded, Empty, Error, Cancelled };
    Q_ENUM(State)

    explicit OrchestrationTableModel(QObject *parent = nullptr);
    ~OrchestrationTableModel() override;

    /// Resets everything (rows, cache, state Idle) and aborts what was in flight; nullptr =
    /// disconnected. The client must outlive the model or be set to nullptr first (a
    /// destroyed client is noticed and treated as nullptr).
    void setClient(HubClient *client);
    HubClient *client() const;

    // --- paged mode ---
    /// The page size to ask for (clamped to >= 1). In Paged mode, once something was loaded,
    /// goes back to page 1 and loads it (the rows shown stay until it arrives); otherwise it
    /// is only remembered for the next loadPage() or loadAll(). Pages stay cached per size.
    void setPageSize(int pagesize);
    int pageSize() const { return m_pageSize; }
    /// What the server's paginationInfo granted (0 until known).
    int grantedPageSize() const { return m_grantedPageSize; }
    /// Shows page @p pagenum (1-based): from the cache at once, else after a request.
    void loadPage(int pagenum);
    /// The page whose rows are shown (0 before the first page arrived).
    int currentPage() const { return m_currentPage; }
    /// The page being loaded or shown last asked for (0 before any).
    int requestedPage() const { return m_requestedPage; }
    /// ceil(totalCount / grantedPageSize); 0 when unknown or when there are no records.
    int pageCount() const;
    /// The server's count; -1 while unknown.
    qint64 totalCount() const { return m_totalCount; }
    /// 1-based number of the first row shown among all records; 0 when no rows.
    int firstRecordNumber() const;
    /// 1-based number of the last row shown; 0 when no rows.
    int lastRecordNumber() const;
    /// Whether page @p pagenum at the current page size is cached.
    bool isPageCached(int pagenum) const;

    // --- all mode ---
    /// Fetches every page in the background; rows appear as pages arrive.
    void loadAll();

    // --- records from elsewhere (an opened export file) ---
    /// Shows @p records as a complete, read-only set: no client (what was in flight is
    /// aborted), Mode::All, State::Loaded (Empty when none), totalCount() = their number.
    /// @p warnings become warnings().
    void showRecords(const QList<Orchestration> &records, const QStringList &warnings = {});

    /// Stops whatever is loading: state Cancelled, rows already loaded stay. Nothing when idle.
    void cancel();
    /// Re-fetches the current page (or all), dropping the cache. See the class comment.
    void refresh();

    Mode mode() const { return m_mode; }
    State state() const { return m_state; }
    const ApiError &lastError() const { return m_lastError; }
    /// Page-level and scan warnings (translated), newest last. Record warnings are per row.
    QStringList warnings() const { return m_warnings; }
    /// Rows currently held.
    qint64 loadedCount() const { return m_rows.size(); }

    Orchestration orchestrationAt(int row) const;
    /// The first row holding @p id; -1 when none.
    int rowForId(const QString &id) const;
    /// How many loaded orchestrations reference @p id (their own id or any nested id).
    int countReferences(const QString &id) const;
    /// The lowercase search key of @p row (see SearchTextRole); built on first use.
    const QString &searchKey(int row) const;

    /// The translated name of @p kind ("Bot", "Agent", "Bot + Agent"); empty for Unknown.
    static QString kindName(Orchestration::Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void stateChanged(OrchestrationTableModel::State state);
    /// The rows of page @p pagenum are in the model (Paged mode).
    void pageChanged(int pagenum);
    void progress(qint64 loaded, qint64 total);
    void errorOccurred(const ApiError &error);
    void warningsChanged();
    void aboutToRefresh();
    void refreshed();

private:
    void abortAll();
    void setState(State state);
    void fail(const ApiError &error);
    void requestPage(int pagenum);
    void onReplyFinished(PageReply *reply, quint64 cacheGeneration, int pagenum);
    void showPage(int pagenum, const CachedPage &page);
    void prefetchAfter(int pagenum);
    void onScanFinished(ScanJob *scan, quint64 generation);
    void setRows(QList<Orchestration> rows);
    void appendRows(const QList<Orchestration> &rows);
    void countReferencesOf(int first, int end) const;
    void noteRowId(int row);
    void addWarning(const QString &warning);
    void finishRefresh();
    QVariant displayData(const Orchestration &record, int column) const;
    QVariant sortData(const Orchestration &record, int column) const;
    QVariant toolTipData(const Orchestration &record, int column) const;

    QPointer<HubClient> m_client;
    Mode m_mode = Mode::Paged;
    State m_state = State::Idle;
    ApiError m_lastError;
    QStringList m_warnings;

    int m_pageSize = 25;
    int m_grantedPageSize = 0;
    qint64 m_totalCount = -1;
    int m_currentPage = 0;
    int m_requestedPage = 0;
    PageCache m_cache;

    /// Bumped on every reset and page turn: replies of older generations are stale.
    quint64 m_generation = 0;
    /// Bumped when the cache is dropped: prefetches of older ones are stale.
    quint64 m_cacheGeneration = 0;
    QPointer<PageReply> m_pageReply;
    int m_pageReplyNum = 0;
    quint64 m_pageReplyGeneration = 0;
    QPointer<PageReply> m_prefetchReply;
    int m_prefetchNum = 0;
    QPointer<ScanJob> m_scan;
    bool m_refreshing = false;

    QList<Orchestration> m_rows;
    mutable QList<QString> m_searchKeys; ///< parallel to m_rows; built as rows arrive
    QHash<QString, int> m_rowById;
    mutable QHash<QString, int> m_referenceCounts; ///< built at first use, then kept up to date
    mutable bool m_referenceCountsValid = false;
};
