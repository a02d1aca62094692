#pragma once

#include "models/client/apierror.h"
#include "models/client/retrypolicy.h"
#include "models/core/orchestrationpage.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QUuid>
#include <limits>
#include <memory>

class HubClient;
class PageReply;

/**
 * A scan of every page of GET /orchestrations, made by HubClient::fetchAll().
 *
 * Fetches page 1, learns count and the granted page size from its paginationInfo (trusted
 * over what was asked), then fetches the other pages in parallel (bounded) and delivers them
 * strictly in order through pageReady(). Pages already delivered stay delivered whatever
 * happens later.
 *
 * Always ends (CONTRACT "Paging"): after the last page by count (pagenum * pagesize >= count),
 * at an empty page, at a page that repeats an earlier one (the server ignores paging), or at
 * the page limit. A page size <= 0 from the server falls back to the records of page 1.
 * What was odd is said in warnings(): count changed mid-scan, duplicate ids, repeated pages,
 * fewer records than announced, the page limit. Without paginationInfo, pages are fetched one
 * after the other until a short or empty page.
 *
 * A page that still fails after retries fails the scan: the pages before it are delivered
 * first, then finished() with error() naming the page (or the token endpoint, when signing
 * in failed). All pages of a scan share one retry budget.
 *
 * A scan has a total budget (Limits::maxRecords, Limits::maxBytes of record text): the page
 * that would exceed it is not delivered, and the scan fails with a TooLarge error saying
 * so, so a server that never ends costs a bounded amount of memory.
 *
 * Whether the scan holds everything: missing() is empty when it holds count distinct records
 * (or, without a count, when it ran to a short or empty page); otherwise it says what is
 * missing and why. countChange() says when count changed during the scan.
 *
 * Ownership: as PageReply: a child of the client, deleteLater()'d after finished() unless
 * setAutoDelete(false). finished() is emitted exactly once (cancel() included) and nothing after.
 */
class ScanJob : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        int maxConcurrentPages = 6;
        int maxPages = 10'000;
        qint64 maxRecords = std::numeric_limits<qint64>::max();
        qint64 maxBytes = std::numeric_limits<qint64>::max(); ///< of records' JSON text
    };

    ScanJob(
        HubClient *client, int pagesize, const Limits &limits, int retryBudget, QObject *parent);
    ~ScanJob() override;

    bool isFinished() const { return m_finished; }
    /// None when the scan completed (warnings may still be present) or is running.
    const ApiError &error() const { return m_error; }
    /// User-readable, translated notes about what was odd; in the order found.
    const QStringList &warnings() const { return m_warnings; }
    qint64 loadedRecords() const { return m_loaded; }
    /// The count the server announced (latest); -1 while unknown or when never sent.
    qint64 totalCount() const { return m_count; }
    int pagesDelivered() const { return m_nextToDeliver - 1; }
    /// The page size the server granted (0 until page 1 arrived).
    int grantedPageSize() const { return m_grantedSize; }
    /// Distinct records delivered: by id, each record without an id counting as one.
    qint64 distinctRecords() const { return m_distinct; }
    /// Bytes of record JSON delivered.
    qint64 loadedBytes() const { return m_bytes; }
    /**
     * After a successful scan: empty when it holds every record there is (count distinct
     * records; without a count, when it ran to its natural end), else one translated line
     * saying what is missing and why ("10 of 100 orchestrations were received: page 2
     * repeats page 1").
     */
    QString missing() const;
    /// The warning that count changed during the scan; empty when it held still.
    const QString &countChange() const { return m_countChange; }

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    /// Stops the scan: emits finished() with a Cancelled error now, unless already finished.
    void cancel();
    /// As cancel() but without emitting finished().
    void cancelQuietly();

signals:
    /// The next page in order (page 1 first). Records may repeat ids of earlier pages.
    void pageReady(const OrchestrationPage &page);
    /// After each page: records delivered so far and the announced total (or the loaded
    /// records when the server announced none).
    void progress(qint64 loadedRecords, qint64 totalCount);
    /// A new entry of warnings().
    void warningAdded(const QString &warning);
    void finished();

private:
    void start();
    void launch(int pagenum);
    void launchMore();
    void onPageFinished(int pagenum, PageReply *reply);
    void noteFailure(int pagenum, const ApiError &error);
    void plan(const OrchestrationPage &first);
    void deliverReady();
    bool acceptPage(int pagenum, const OrchestrationPage &page);
    void noteDuplicates(const OrchestrationPage &page);
    /// Whether @p id was new (and now is seen).
    bool rememberId(const QString &id);
    void extendPlanTo(qint64 count);
    QString announcedButSent() const;
    void addWarning(const QString &warning);
    void exceedBudget(int pagenum);
    void finishScan(ApiError error, bool notify);

    QPointer<HubClient> m_client;
    Limits m_limits;
    int m_requestedSize;
    int m_grantedSize = 0;
    qint64 m_count = -1;
    bool m_sequential = false;
    int m_lastPage = 1;
    int m_nextToLaunch = 2;
    int m_nextToDeliver = 1;
    qint64 m_loaded = 0;
    bool m_finished = false;
    bool m_autoDelete = true;
    bool m_pageLimitWarned = false;
    bool m_countChanged = false;
    QString m_countChange;
    QString m_stopReason; ///< why the scan ended before its natural end; empty when it did not
    qint64 m_distinct = 0;
    qint64 m_bytes = 0;
    ApiError m_error;
    int m_failedPage = 0; ///< the first page that failed; 0 = none
    ApiError m_failure;
    QStringList m_warnings;
    QMap<int, QPointer<PageReply>> m_inFlight;
    QMap<int, OrchestrationPage> m_ready;
    QHash<size_t, int> m_pageSignatures;
    QSet<QString> m_seenIds; ///< ids that are not canonical lower-case UUIDs
    QSet<QUuid> m_seenUuids;
    QStringList m_duplicateIds;
    qint64 m_duplicateCount = 0;
    std::shared_ptr<RetryBudget> m_budget;
    std::shared_ptr<StringInterner> m_interner;
};
