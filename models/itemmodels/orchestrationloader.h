#pragma once

#include "models/client/apierror.h"
#include "models/core/orchestration.h"
#include "models/itemmodels/pagecache.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class HubClient;
class PageReply;
class ScanJob;

/**
 * Loads the orchestrations the main window's table shows, through the asynchronous
 * HubClient, either one page at a time (Mode::Paged) or all of them (Mode::All), and says
 * what arrived. It holds no rows: a listener (OrchestrationTableModel) keeps what
 * recordsReplaced() and recordsAppended() hand it.
 *
 * Paged mode: loadPage() asks for one page. Pages fetched are cached per asked page size, so
 * a revisit answers at once, inside the call, without a request. After a page arrives, the
 * next one is prefetched in the background (one request at most); turning to it is instant,
 * or adopts the prefetch still in flight instead of asking again. While a page is Loading,
 * nothing is replaced and currentPage() still names the records delivered last;
 * pageChanged() says when the new ones are out. A turn while a page is in flight aborts that
 * request, and its reply, if it still arrives, is ignored (request generations; the cache has
 * its own, so nothing fetched before a refresh() or setClient() lands in the new cache). A
 * failed page leaves the previous records and page in place with State::Error; a failed
 * prefetch is silent (the error shows if the user turns to that page).
 *
 * All mode: loadAll() runs a ScanJob in pages of the connection's loadAllPageSize (not the
 * view's page size); records are appended in server order, the pages that arrived within
 * appendInterval() in one recordsAppended() (a listener such as a view then updates a few
 * times a second, not once per page). cancel() or an error keeps what arrived.
 *
 * refresh() emits aboutToRefresh(), drops the cache and fetches again; refreshed() follows
 * when the fetch ended (whatever the outcome). In Paged mode the old records stay until the
 * new page replaces them in one go; in All mode they are replaced by none and arrive again
 * page by page.
 *
 * State::Idle means nothing was asked yet (no client, or a client and no load). Empty means
 * the server answered 204 or an empty array. For an empty result totalCount() and
 * pageCount() are 0.
 *
 * Order of signals: records go out (recordsReplaced(), recordsAppended()) before the
 * warnings, the state and pageChanged() that describe them, and after the counts and page
 * numbers were updated, so a listener of any of them reads a consistent picture.
 */
class OrchestrationLoader : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Paged, All };
    Q_ENUM(Mode)

    enum class State { Idle, Loading, Loaded, Empty, Error, Cancelled };
    Q_ENUM(State)

    explicit OrchestrationLoader(QObject *parent = nullptr);
    /// Aborts whatever is in flight, without a signal.
    ~OrchestrationLoader() override;

    /// Resets everything (records replaced by none, cache, state Idle) and aborts what was in
    /// flight; nullptr = disconnected. The client must outlive the loader or be set to nullptr
    /// first (a destroyed client is noticed and treated as nullptr).
    void setClient(HubClient *client);
    HubClient *client() const;

    // --- paged mode ---
    /// The page size to ask for (clamped to >= 1). In Paged mode, once something was loaded,
    /// goes back to page 1 and loads it (the records delivered stay until it arrives);
    /// otherwise it is only remembered for the next loadPage() or loadAll(). Pages stay
    /// cached per size.
    void setPageSize(int pagesize);
    int pageSize() const { return m_pageSize; }
    /// What the server's paginationInfo granted (0 until known).
    int grantedPageSize() const { return m_grantedPageSize; }
    /// Delivers page @p pagenum (1-based): from the cache at once, else after a request.
    void loadPage(int pagenum);
    /// The page whose records were delivered last (0 before the first page arrived).
    int currentPage() const { return m_currentPage; }
    /// The page being loaded or delivered last asked for (0 before any).
    int requestedPage() const { return m_requestedPage; }
    /// ceil(totalCount / grantedPageSize); 0 when unknown or when there are no records.
    int pageCount() const;
    /// The server's count; -1 while unknown.
    qint64 totalCount() const { return m_totalCount; }
    /// Whether page @p pagenum at the current page size is cached.
    bool isPageCached(int pagenum) const;

    /// How many records are out since the last recordsReplaced() (that set and what was
    /// appended since).
    qint64 deliveredCount() const { return m_deliveredCount; }
    /// 1-based number, among all records, of the first record delivered; 0 when none.
    int firstRecordNumber() const;
    /// 1-based number of the last record delivered; 0 when none.
    int lastRecordNumber() const;

    // --- all mode ---
    /// Fetches every page in the background; records are appended as pages arrive.
    void loadAll();
    /// How long records that arrived wait for more before recordsAppended() (All mode); they
    /// go out at once before any other signal.
    static constexpr int appendInterval() { return 100; }
    /// Whether the last load of all ended Loaded or Empty holding every record the server
    /// announced (ScanJob::missing() was empty); false while loading, after a failure or
    /// a cancel, in Paged mode and for records shown from elsewhere.
    bool isCompleteScan() const { return m_completeScan; }

    // --- records from elsewhere (an opened export file) ---
    /// Delivers @p records as a complete, read-only set: no client (what was in flight is
    /// aborted), Mode::All, State::Loaded (Empty when none), totalCount() = their number.
    /// @p warnings become warnings().
    void showRecords(const QList<Orchestration> &records, const QStringList &warnings = {});

    /// Stops whatever is loading: state Cancelled, records delivered stay. Nothing when idle.
    void cancel();
    /// Re-fetches the current page (or all), dropping the cache. See the class comment.
    void refresh();

    Mode mode() const { return m_mode; }
    State state() const { return m_state; }
    const ApiError &lastError() const { return m_lastError; }
    /// Page-level and scan warnings (translated), newest last. Record warnings are per record.
    QStringList warnings() const { return m_warnings; }

signals:
    /// The records delivered are now exactly @p records (a page, a reset, a new load-all).
    void recordsReplaced(const QList<Orchestration> &records);
    /// All mode: the next pages' @p records, after those already delivered.
    void recordsAppended(const QList<Orchestration> &records);

    void stateChanged(OrchestrationLoader::State state);
    /// The records of page @p pagenum are out (Paged mode).
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
    void clearWarnings();
    void addWarning(const QString &warning);
    void replaceRecords(const QList<Orchestration> &records);
    void appendRecords(const QList<Orchestration> &records);
    void flushAppended();
    void requestPage(int pagenum);
    void onReplyFinished(PageReply *reply, quint64 cacheGeneration, int pagenum);
    void showPage(int pagenum, const CachedPage &page);
    void prefetchAfter(int pagenum);
    void onScanFinished(ScanJob *scan, quint64 generation);
    void finishRefresh();

    QPointer<HubClient> m_client;
    Mode m_mode = Mode::Paged;
    State m_state = State::Idle;
    ApiError m_lastError;
    QStringList m_warnings;
    bool m_completeScan = false;

    int m_pageSize = 25;
    int m_grantedPageSize = 0;
    qint64 m_totalCount = -1;
    int m_currentPage = 0;
    int m_requestedPage = 0;
    qint64 m_deliveredCount = 0;
    QList<Orchestration> m_pendingAppend; ///< arrived, not yet in recordsAppended()
    QTimer m_appendTimer;
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
};
