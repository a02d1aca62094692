#include "models/itemmodels/orchestrationloader.h"

#include "models/client/hubclient.h"
#include "models/client/pagereply.h"
#include "models/client/scanjob.h"

#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcItemModels, "console.models")

OrchestrationLoader::OrchestrationLoader(QObject *parent)
    : QObject(parent)
{
    m_appendTimer.setSingleShot(true);
    m_appendTimer.setInterval(appendInterval());
    connect(&m_appendTimer, &QTimer::timeout, this, &OrchestrationLoader::flushAppended);
}

OrchestrationLoader::~OrchestrationLoader()
{
    abortAll();
}

void OrchestrationLoader::setClient(HubClient *client)
{
    if (m_client)
        disconnect(m_client, &QObject::destroyed, this, nullptr);
    abortAll();
    ++m_cacheGeneration;
    m_cache.clear();

    m_client = client;
    m_mode = Mode::Paged;
    m_completeScan = false;
    m_grantedPageSize = 0;
    m_totalCount = -1;
    m_currentPage = 0;
    m_requestedPage = 0;
    m_lastError = {};
    m_refreshing = false;
    replaceRecords({});

    if (client) {
        // Replies die silently with their client; without this the state would stay Loading.
        connect(client, &QObject::destroyed, this, [this] { setClient(nullptr); });
    }
    clearWarnings();
    setState(State::Idle);
}

HubClient *OrchestrationLoader::client() const
{
    return m_client;
}

void OrchestrationLoader::setPageSize(int pagesize)
{
    pagesize = std::max(1, pagesize);
    if (pagesize == m_pageSize)
        return;
    m_pageSize = pagesize;
    if (m_client && m_mode == Mode::Paged && m_state != State::Idle)
        loadPage(1);
}

void OrchestrationLoader::loadPage(int pagenum)
{
    if (!m_client)
        return;
    pagenum = std::max(1, pagenum);
    if (m_mode == Mode::All) {
        abortAll();
        m_mode = Mode::Paged;
        m_completeScan = false;
        clearWarnings();
    }
    // The same page already on its way: asking again must not start a second request.
    if (m_pageReply && m_pageReplyNum == pagenum && m_requestedPage == pagenum)
        return;

    ++m_generation;
    m_requestedPage = pagenum;
    if (m_pageReply) {
        qCDebug(lcItemModels) << "page" << m_pageReplyNum << "no longer wanted; aborted";
        m_pageReply->abortQuietly();
        m_pageReply = nullptr;
    }

    if (m_cache.contains(m_pageSize, pagenum)) {
        showPage(pagenum, m_cache.page(m_pageSize, pagenum));
        prefetchAfter(pagenum);
        return;
    }
    if (m_prefetchReply && m_prefetchNum == pagenum) {
        // Adopt the prefetch instead of asking again; it becomes the page being loaded.
        m_pageReply = m_prefetchReply;
        m_pageReplyNum = pagenum;
        m_pageReplyGeneration = m_generation;
        m_prefetchReply = nullptr;
        setState(State::Loading);
        return;
    }
    requestPage(pagenum);
}

int OrchestrationLoader::pageCount() const
{
    if (m_totalCount <= 0 || m_grantedPageSize <= 0)
        return 0;
    return int((m_totalCount + m_grantedPageSize - 1) / m_grantedPageSize);
}

bool OrchestrationLoader::isPageCached(int pagenum) const
{
    return m_cache.contains(m_pageSize, pagenum);
}

int OrchestrationLoader::firstRecordNumber() const
{
    if (m_deliveredCount == 0)
        return 0;
    if (m_mode == Mode::All || m_currentPage <= 0)
        return 1;
    const int size = m_grantedPageSize > 0 ? m_grantedPageSize : m_pageSize;
    return (m_currentPage - 1) * size + 1;
}

int OrchestrationLoader::lastRecordNumber() const
{
    if (m_deliveredCount == 0)
        return 0;
    return firstRecordNumber() + int(m_deliveredCount) - 1;
}

void OrchestrationLoader::loadAll()
{
    if (!m_client)
        return;
    abortAll();
    m_mode = Mode::All;
    m_completeScan = false;
    m_currentPage = 0;
    m_requestedPage = 0;
    m_totalCount = -1;
    m_grantedPageSize = 0;
    replaceRecords({});
    clearWarnings();
    m_lastError = {};

    // Not the view's page size: the largest the connection asks for (the server caps it),
    // so all records arrive in as few requests as the server allows.
    ScanJob *scan = m_client->fetchAll(m_client->settings().loadAllPageSize);
    m_scan = scan;
    const quint64 generation = m_generation;
    connect(
        scan, &ScanJob::pageReady, this, [this, scan, generation](const OrchestrationPage &page) {
            if (generation != m_generation)
                return;
            m_grantedPageSize = scan->grantedPageSize();
            m_totalCount = scan->totalCount();
            appendRecords(page.records);
        });
    connect(scan, &ScanJob::progress, this, [this, generation](qint64 loaded, qint64 total) {
        if (generation == m_generation)
            emit progress(loaded, total);
    });
    connect(scan, &ScanJob::warningAdded, this, [this, generation](const QString &warning) {
        if (generation == m_generation)
            addWarning(warning);
    });
    connect(scan, &ScanJob::finished, this,
        [this, scan, generation] { onScanFinished(scan, generation); });
    setState(State::Loading);
    emit progress(0, -1);
}

void OrchestrationLoader::showRecords(
    const QList<Orchestration> &records, const QStringList &warnings)
{
    setClient(nullptr);
    m_mode = Mode::All;
    m_completeScan = false;
    m_totalCount = records.size();
    replaceRecords(records);
    if (!warnings.isEmpty()) {
        m_warnings = warnings;
        emit warningsChanged();
    }
    setState(records.isEmpty() ? State::Empty : State::Loaded);
}

void OrchestrationLoader::cancel()
{
    if (m_state != State::Loading)
        return;
    abortAll();
    setState(State::Cancelled);
    finishRefresh();
}

void OrchestrationLoader::refresh()
{
    if (!m_client)
        return;
    emit aboutToRefresh();
    m_refreshing = true;
    ++m_cacheGeneration;
    m_cache.clear();
    if (m_mode == Mode::All) {
        loadAll();
        return;
    }
    abortAll();
    m_requestedPage = std::max(1, m_requestedPage);
    requestPage(m_requestedPage);
}

void OrchestrationLoader::abortAll()
{
    ++m_generation;
    if (m_pageReply)
        m_pageReply->abortQuietly();
    m_pageReply = nullptr;
    if (m_prefetchReply)
        m_prefetchReply->abortQuietly();
    m_prefetchReply = nullptr;
    if (m_scan)
        m_scan->cancelQuietly();
    m_scan = nullptr;
}

void OrchestrationLoader::setState(State state)
{
    flushAppended();
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void OrchestrationLoader::fail(const ApiError &error)
{
    m_lastError = error;
    qCDebug(lcItemModels).noquote() << "loading failed:" << error.summary();
    setState(State::Error);
    emit errorOccurred(error);
    finishRefresh();
}

void OrchestrationLoader::clearWarnings()
{
    if (m_warnings.isEmpty())
        return;
    m_warnings.clear();
    emit warningsChanged();
}

void OrchestrationLoader::addWarning(const QString &warning)
{
    flushAppended();
    m_warnings.append(warning);
    emit warningsChanged();
}

void OrchestrationLoader::replaceRecords(const QList<Orchestration> &records)
{
    m_appendTimer.stop();
    m_pendingAppend.clear(); // they belonged to the set being replaced
    m_deliveredCount = records.size();
    emit recordsReplaced(records);
}

void OrchestrationLoader::appendRecords(const QList<Orchestration> &records)
{
    if (records.isEmpty())
        return;
    m_pendingAppend.append(records);
    if (!m_appendTimer.isActive())
        m_appendTimer.start();
}

void OrchestrationLoader::flushAppended()
{
    m_appendTimer.stop();
    if (m_pendingAppend.isEmpty())
        return;
    const QList<Orchestration> records = std::exchange(m_pendingAppend, {});
    m_deliveredCount += records.size();
    emit recordsAppended(records);
}

void OrchestrationLoader::requestPage(int pagenum)
{
    PageReply *reply = m_client->fetchPage(pagenum, m_pageSize);
    m_pageReply = reply;
    m_pageReplyNum = pagenum;
    m_pageReplyGeneration = m_generation;
    const quint64 cacheGeneration = m_cacheGeneration;
    connect(reply, &PageReply::finished, this, [this, reply, cacheGeneration, pagenum] {
        onReplyFinished(reply, cacheGeneration, pagenum);
    });
    setState(State::Loading);
}

void OrchestrationLoader::prefetchAfter(int pagenum)
{
    if (!m_client || m_mode != Mode::Paged)
        return;
    const int next = pagenum + 1;
    const CachedPage shown = m_cache.page(m_pageSize, pagenum);
    if (shown.records.isEmpty())
        return;
    const int pages = pageCount();
    if (pages > 0 ? next > pages : m_totalCount >= 0)
        return;
    if (m_totalCount < 0 && m_grantedPageSize > 0 && shown.records.size() < m_grantedPageSize)
        return; // no count: a short page is the last one
    if (m_cache.contains(m_pageSize, next) || (m_pageReply && m_pageReplyNum == next))
        return;
    if (m_prefetchReply) {
        if (m_prefetchNum == next)
            return;
        m_prefetchReply->abortQuietly(); // at most one prefetch: the newest guess wins
    }
    PageReply *reply = m_client->fetchPage(next, m_pageSize);
    m_prefetchReply = reply;
    m_prefetchNum = next;
    const quint64 cacheGeneration = m_cacheGeneration;
    connect(reply, &PageReply::finished, this,
        [this, reply, cacheGeneration, next] { onReplyFinished(reply, cacheGeneration, next); });
}

void OrchestrationLoader::onReplyFinished(PageReply *reply, quint64 cacheGeneration, int pagenum)
{
    const bool isCurrent = reply == m_pageReply && m_pageReplyGeneration == m_generation;
    const bool isPrefetch = reply == m_prefetchReply;
    if (reply == m_pageReply)
        m_pageReply = nullptr;
    if (isPrefetch)
        m_prefetchReply = nullptr;
    if (cacheGeneration != m_cacheGeneration || (!isCurrent && !isPrefetch)) {
        qCDebug(lcItemModels) << "stale reply for page" << pagenum << "ignored";
        return;
    }
    if (reply->error().isError()) {
        // A failed prefetch stays silent: the user meets the error if they turn to that page.
        if (isCurrent)
            fail(reply->error());
        return;
    }
    const OrchestrationPage &page = reply->page();
    CachedPage cached {page.records, page.pagination, page.warnings, page.noContent};
    m_cache.insert(reply->requestedPageSize(), pagenum, cached);
    if (isCurrent) {
        showPage(pagenum, cached);
        prefetchAfter(pagenum);
    }
}

void OrchestrationLoader::showPage(int pagenum, const CachedPage &page)
{
    m_currentPage = pagenum;
    m_requestedPage = pagenum;
    m_grantedPageSize =
        page.pagination.present && page.pagination.pagesize > 0 ? page.pagination.pagesize : 0;
    if (page.noContent)
        m_totalCount = 0;
    else if (page.pagination.present)
        m_totalCount = page.pagination.count;
    else
        m_totalCount = (pagenum == 1 && page.records.isEmpty()) ? 0 : -1;
    m_lastError = {};

    QStringList warnings;
    for (const ValidationWarning &warning : page.warnings)
        warnings.append(warning.message);
    if (page.pagination.present && page.pagination.pagenum != pagenum) {
        warnings.append(tr("Page %1 was asked for but the server answered page %2; it may "
                           "ignore the paging parameters.")
                            .arg(pagenum)
                            .arg(page.pagination.pagenum));
    }
    replaceRecords(page.records);
    if (warnings != m_warnings) {
        m_warnings = warnings;
        emit warningsChanged();
    }
    setState(page.records.isEmpty() ? State::Empty : State::Loaded);
    emit pageChanged(pagenum);
    finishRefresh();
}

void OrchestrationLoader::onScanFinished(ScanJob *scan, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_scan = nullptr;
    flushAppended(); // m_deliveredCount below counts every record that arrived
    m_grantedPageSize = scan->grantedPageSize();
    m_totalCount = scan->totalCount();
    const ApiError &error = scan->error();
    if (error.kind == ApiError::Kind::Cancelled) {
        setState(State::Cancelled);
        finishRefresh();
    } else if (error.isError()) {
        fail(error);
    } else {
        if (m_deliveredCount == 0)
            m_totalCount = 0;
        m_completeScan = scan->missing().isEmpty();
        setState(m_deliveredCount == 0 ? State::Empty : State::Loaded);
        finishRefresh();
    }
}

void OrchestrationLoader::finishRefresh()
{
    if (!m_refreshing)
        return;
    m_refreshing = false;
    emit refreshed();
}
