#include "models/client/scanjob.h"

#include "models/client/clientlogging.h"
#include "models/client/hubclient.h"
#include "models/client/pagereply.h"
#include "models/core/uuid.h"

#include <QLocale>
#include <QUuid>
#include <algorithm>

namespace {

// The Cisco ECE default (CONTRACT "Paging"): used when the caller asks for no sensible size.
constexpr int fallbackPageSize = 25;
constexpr int duplicateExamples = 3;
// Strings the scan's interner may hold before it starts afresh: shared ids repeat within a
// few pages, while most descriptions (kilobytes each) never repeat, and a scan of a
// million records that kept them all would hold hundreds of megabytes for nothing.
constexpr qsizetype internerLimit = 4096;

int pagesFor(qint64 count, int pagesize)
{
    if (count <= 0 || pagesize <= 0)
        return 1;
    return int(
        std::min<qint64>((count + pagesize - 1) / pagesize, std::numeric_limits<int>::max()));
}

// Identifies a page by its records: equal for a page served twice.
size_t pageSignature(const OrchestrationPage &page)
{
    QStringList keys;
    keys.reserve(page.records.size());
    for (const Orchestration &record : page.records) {
        const QString id = record.id();
        keys.append(id.isEmpty() ? QString::fromUtf8(record.rawJson()) : id);
    }
    return qHash(keys);
}

} // namespace

ScanJob::ScanJob(
    HubClient *client, int pagesize, const Limits &limits, int retryBudget, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_limits(limits)
    , m_requestedSize(pagesize)
    , m_budget(std::make_shared<RetryBudget>(retryBudget))
    , m_interner(std::make_shared<StringInterner>())
{
    QMetaObject::invokeMethod(this, &ScanJob::start, Qt::QueuedConnection);
}

ScanJob::~ScanJob()
{
    m_finished = true;
    for (const QPointer<PageReply> &reply : std::as_const(m_inFlight)) {
        if (reply)
            reply->abortQuietly();
    }
}

void ScanJob::cancel()
{
    finishScan(ApiError::make(ApiError::Kind::Cancelled, tr("Loading was cancelled.")), true);
}

void ScanJob::cancelQuietly()
{
    finishScan(ApiError::make(ApiError::Kind::Cancelled, tr("Loading was cancelled.")), false);
}

void ScanJob::start()
{
    if (m_finished)
        return;
    if (m_requestedSize <= 0) {
        qCWarning(lcNet) << "scan asked for page size" << m_requestedSize << "; using"
                         << fallbackPageSize;
        m_requestedSize = fallbackPageSize;
    }
    launch(1);
}

void ScanJob::launch(int pagenum)
{
    if (!m_client) {
        finishScan(
            ApiError::make(ApiError::Kind::Cancelled, tr("The connection was closed.")), true);
        return;
    }
    const int size = pagenum == 1 ? m_requestedSize : m_grantedSize;
    // Pages in flight keep the interner they were given; records keep their strings.
    if (m_interner->size() > internerLimit)
        m_interner = std::make_shared<StringInterner>();
    PageReply *reply = m_client->fetchPageFor(this, pagenum, size, m_budget, m_interner);
    m_inFlight.insert(pagenum, reply);
    connect(reply, &PageReply::finished, this,
        [this, pagenum, reply] { onPageFinished(pagenum, reply); });
}

void ScanJob::launchMore()
{
    // The window keeps memory bounded when an early page is slow and later ones pile up.
    const int window = 2 * m_limits.maxConcurrentPages;
    while (!m_finished && m_failedPage == 0 && m_inFlight.size() < m_limits.maxConcurrentPages
        && m_nextToLaunch <= m_lastPage && m_nextToLaunch < m_nextToDeliver + window) {
        launch(m_nextToLaunch++);
    }
}

void ScanJob::onPageFinished(int pagenum, PageReply *reply)
{
    m_inFlight.remove(pagenum);
    if (m_finished)
        return;
    if (reply->error().isError()) {
        noteFailure(pagenum, reply->error());
    } else {
        if (pagenum == 1)
            plan(reply->page());
        m_ready.insert(pagenum, reply->page());
    }
    deliverReady();
    if (m_finished)
        return;
    if (m_failedPage > 0) {
        // Every page before the failed one is delivered first, so the user keeps them all.
        if (m_nextToDeliver >= m_failedPage)
            finishScan(m_failure, true);
        return;
    }
    if (m_nextToDeliver > m_lastPage) {
        finishScan({}, true);
        return;
    }
    launchMore();
}

void ScanJob::noteFailure(int pagenum, const ApiError &error)
{
    if (m_failedPage > 0 && pagenum > m_failedPage)
        return;
    m_failedPage = pagenum;
    m_failure = error;
    // A page names itself; anything else (signing in: "Token endpoint") keeps its own name,
    // or a refused client secret would read as a broken page.
    if (error.context.isEmpty() || error.context == PageReply::tr("Page %1").arg(pagenum)) {
        m_failure.context = pagenum == 1 || m_sequential
            ? tr("Page %1").arg(pagenum)
            : tr("Page %1 of %2").arg(pagenum).arg(m_lastPage);
    }
    // Pages after the failed one would never be delivered.
    for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
        if (it.key() > pagenum) {
            if (it.value())
                it.value()->abortQuietly();
            it = m_inFlight.erase(it);
        } else {
            ++it;
        }
    }
}

void ScanJob::plan(const OrchestrationPage &first)
{
    const PaginationInfo &info = first.pagination;
    const qsizetype records = first.records.size();
    if (info.present && info.pagesize > 0) {
        m_grantedSize = info.pagesize;
    } else if (info.present && records > 0) {
        m_grantedSize = int(records);
        addWarning(tr("The server reported a page size of %L1; using the %Ln record(s) of page 1 "
                      "as the page size.",
            nullptr, int(records))
                       .arg(info.pagesize));
    } else {
        m_grantedSize = std::max<int>(m_requestedSize, int(records));
    }
    if (m_grantedSize != m_requestedSize)
        qCInfo(lcNet) << "asked for" << m_requestedSize << "records per page, server grants"
                      << m_grantedSize;

    if (records == 0 || first.noContent) {
        m_count = info.present ? std::max<qint64>(info.count, 0) : 0;
        m_lastPage = 1;
        return;
    }
    if (info.present && info.count >= 0) {
        m_count = info.count;
        m_lastPage = 1;
        extendPlanTo(m_count);
        return;
    }
    // No count: one page after the other until a short or empty page.
    m_sequential = true;
    m_lastPage = records >= m_grantedSize && m_limits.maxPages > 1 ? 2 : 1;
}

void ScanJob::extendPlanTo(qint64 count)
{
    const int needed = pagesFor(count, m_grantedSize);
    if (needed > m_limits.maxPages && !m_pageLimitWarned) {
        m_pageLimitWarned = true;
        m_stopReason = tr("loading stops at the limit of %Ln page(s)", nullptr, m_limits.maxPages);
        addWarning(tr("%L1 orchestrations would need %L2 pages; loading stops at the limit of %Ln "
                      "page(s).",
            nullptr, m_limits.maxPages)
                       .arg(count)
                       .arg(needed));
    }
    m_lastPage = std::max(m_lastPage, std::min(needed, m_limits.maxPages));
}

void ScanJob::deliverReady()
{
    while (!m_finished && m_ready.contains(m_nextToDeliver)) {
        const int pagenum = m_nextToDeliver;
        const OrchestrationPage page = m_ready.take(pagenum);
        if (!acceptPage(pagenum, page))
            return;
        qint64 bytes = 0;
        for (const Orchestration &record : page.records)
            bytes += record.rawJson().size();
        if (m_loaded + page.records.size() > m_limits.maxRecords
            || m_bytes + bytes > m_limits.maxBytes) {
            exceedBudget(pagenum);
            return;
        }

        noteDuplicates(page);
        m_loaded += page.records.size();
        m_bytes += bytes;
        ++m_nextToDeliver;
        if (m_sequential && pagenum == m_lastPage && page.records.size() >= m_grantedSize) {
            if (pagenum < m_limits.maxPages) {
                m_lastPage = pagenum + 1;
            } else if (!m_pageLimitWarned) {
                m_pageLimitWarned = true;
                m_stopReason =
                    tr("loading stopped at the limit of %Ln page(s)", nullptr, m_limits.maxPages);
                addWarning(
                    tr("Loading stopped at the limit of %Ln page(s).", nullptr, m_limits.maxPages));
            }
        }

        emit pageReady(page);
        if (m_finished)
            return;
        emit progress(m_loaded, m_count >= 0 ? std::max(m_count, m_loaded) : m_loaded);
        if (m_finished)
            return;
        if (page.records.isEmpty())
            m_lastPage = pagenum; // page 1 empty: nothing more to load
    }
    if (!m_finished && m_nextToDeliver > m_lastPage && m_count > m_loaded && !m_pageLimitWarned
        && !m_countChanged) {
        addWarning(announcedButSent());
    }
}

bool ScanJob::acceptPage(int pagenum, const OrchestrationPage &page)
{
    if (pagenum > 1 && page.records.isEmpty()) {
        if (m_count > m_loaded)
            addWarning(announcedButSent());
        finishScan({}, true);
        return false;
    }
    if (!page.records.isEmpty()) {
        const size_t signature = pageSignature(page);
        const auto earlier = m_pageSignatures.constFind(signature);
        if (earlier != m_pageSignatures.cend()) {
            const ConnectionSettings settings =
                m_client ? m_client->settings() : ConnectionSettings();
            m_stopReason = tr("page %1 repeats page %2").arg(pagenum).arg(*earlier);
            addWarning(tr("Page %1 repeats the records of page %2: the server seems to ignore the "
                          "paging parameters (%3, %4). Showing the %Ln record(s) loaded before it.",
                nullptr, int(qMin<qint64>(m_loaded, INT_MAX)))
                           .arg(pagenum)
                           .arg(*earlier)
                           .arg(settings.pageNumberParameter, settings.pageSizeParameter));
            finishScan({}, true);
            return false;
        }
        m_pageSignatures.insert(signature, pagenum);
    }
    const PaginationInfo &info = page.pagination;
    if (pagenum > 1 && info.present && info.count >= 0 && m_count >= 0 && info.count != m_count) {
        // The first change is the news; later ones only update the count.
        if (m_countChange.isEmpty()) {
            m_countChange = tr("The number of orchestrations changed while loading, from %L1 to "
                               "%L2 (at page %3). Reload for a consistent list.")
                                .arg(m_count)
                                .arg(info.count)
                                .arg(pagenum);
            addWarning(m_countChange);
        }
        m_count = info.count;
        m_countChanged = true;
        extendPlanTo(m_count);
    }
    return true;
}

void ScanJob::noteDuplicates(const OrchestrationPage &page)
{
    for (const Orchestration &record : page.records) {
        const QString id = record.id();
        if (id.isEmpty()) {
            ++m_distinct;
            continue;
        }
        if (rememberId(id)) {
            ++m_distinct;
        } else {
            ++m_duplicateCount;
            if (m_duplicateIds.size() < duplicateExamples && !m_duplicateIds.contains(id))
                m_duplicateIds.append(id);
        }
    }
}

bool ScanJob::rememberId(const QString &id)
{
    // A million ids as strings cost more than the records a streaming export holds: a
    // canonical lower-case UUID (every id the hub makes) is kept as its 16 bytes. Ids that
    // differ only in case stay distinct, as before.
    const bool lowerCase =
        std::none_of(id.cbegin(), id.cend(), [](QChar c) { return c >= u'A' && c <= u'F'; });
    if (lowerCase && isCanonicalUuid(id)) {
        const QUuid uuid = QUuid::fromString(id);
        const qsizetype before = m_seenUuids.size();
        m_seenUuids.insert(uuid);
        return m_seenUuids.size() > before;
    }
    const qsizetype before = m_seenIds.size();
    m_seenIds.insert(id);
    return m_seenIds.size() > before;
}

void ScanJob::exceedBudget(int pagenum)
{
    const auto size = [](qint64 bytes) {
        return QLocale::c().formattedDataSize(bytes, 0, QLocale::DataSizeIecFormat);
    };
    m_failure = ApiError::make(ApiError::Kind::TooLarge,
        tr("Loading stopped at page %1 after %Ln orchestration(s) (%2): a scan loads at most %L3 "
           "orchestrations and %4.",
            nullptr, int(qMin<qint64>(m_loaded, INT_MAX)))
            .arg(pagenum)
            .arg(size(m_bytes))
            .arg(m_limits.maxRecords)
            .arg(size(m_limits.maxBytes)));
    finishScan(m_failure, true);
}

QString ScanJob::announcedButSent() const
{
    return tr("The server announced %Ln orchestration(s) but sent %L1.", nullptr,
        int(qMin<qint64>(m_count, INT_MAX)))
        .arg(m_loaded);
}

QString ScanJob::missing() const
{
    if (m_count >= 0 && m_distinct < m_count) {
        QStringList why;
        if (!m_stopReason.isEmpty())
            why.append(m_stopReason);
        if (m_duplicateCount > 0)
            why.append(tr("%Ln record(s) repeated an id received before", nullptr,
                int(qMin<qint64>(m_duplicateCount, INT_MAX))));
        if (why.isEmpty())
            why.append(tr("the server sent no more"));
        return tr("%L1 of the %Ln orchestration(s) announced were received (%L2 missing): %3",
            nullptr, int(qMin<qint64>(m_count, INT_MAX)))
            .arg(m_distinct)
            .arg(m_count - m_distinct)
            .arg(why.join(QStringLiteral("; ")));
    }
    if (m_count < 0 && !m_stopReason.isEmpty())
        return tr("%Ln orchestration(s) were received (the server did not say how many there "
                  "are): %1",
            nullptr, int(qMin<qint64>(m_distinct, INT_MAX)))
            .arg(m_stopReason);
    return {};
}

void ScanJob::addWarning(const QString &warning)
{
    qCInfo(lcNet).noquote() << "scan:" << warning;
    m_warnings.append(warning);
    emit warningAdded(warning);
}

void ScanJob::finishScan(ApiError error, bool notify)
{
    if (m_finished)
        return;
    m_finished = true;
    const auto inFlight = std::exchange(m_inFlight, {});
    for (const QPointer<PageReply> &reply : inFlight) {
        if (reply)
            reply->abortQuietly();
    }
    m_ready.clear();
    m_seenIds.clear();
    m_seenUuids.clear();
    if (m_duplicateCount > 0) {
        const QString warning =
            tr("%Ln record(s) repeat an id loaded earlier (for example %1). The server's pages "
               "may have shifted while loading; reload for a consistent list.",
                nullptr, int(qMin<qint64>(m_duplicateCount, INT_MAX)))
                .arg(m_duplicateIds.join(QStringLiteral(", ")));
        qCInfo(lcNet).noquote() << "scan:" << warning;
        m_warnings.append(warning);
        if (notify)
            emit warningAdded(warning);
    }
    m_error = std::move(error);
    if (m_error.isError())
        qCInfo(lcNet).noquote() << "scan failed:" << m_error.summary();
    if (m_autoDelete)
        deleteLater();
    if (notify)
        emit finished();
}
