#pragma once

#include "models/client/connectionsettings.h"
#include "models/client/retrypolicy.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <chrono>
#include <memory>

class PageReply;
class QNetworkAccessManager;
class ScanJob;
class StringInterner;
class TokenProvider;

/// Limits of a HubClient; the defaults suit production, tests shrink them.
struct HubClientOptions
{
    /// No byte for this long aborts the attempt (Timeout, retried).
    std::chrono::milliseconds transferTimeout {30'000};
    /// A page body larger than this fails with TooLarge (not retried).
    qint64 maxPageBytes = 8 * 1024 * 1024;
    /// Pages a scan fetches in parallel; clamped to 1..6 (the per-host connection limit).
    int maxConcurrentPages = 6;
    /// A scan never fetches more pages than this, whatever count the server claims.
    int maxPages = 10'000;
    /**
     * A scan's total budget, whatever count the server claims or however long it goes on;
     * past it the scan fails (TooLarge) instead of the process running out of memory. The
     * largest tenants hold a few thousand orchestrations and the benchmarks run 100,000
     * (about 60 MiB of record text), so a million records and 512 MiB leave ample room. A
     * scan keeps about three times its record text in memory (records, the parsed fields, the
     * export written from them), so 512 MiB stays within what a desktop can spare.
     */
    qint64 maxScanRecords = 1'000'000;
    qint64 maxScanBytes = qint64(512) * 1024 * 1024;
};

/**
 * The authenticated Conversation Hub client: GET /orchestrations one page at a time
 * (fetchPage()) or all of them (fetchAll()).
 *
 * Every request carries Accept: application/json, X-egain-error-message: yes and a bearer
 * token from the TokenProvider; plain http is refused before anything is sent unless the
 * host is loopback; redirects are never followed; TLS errors fail; responses are capped.
 * A 401 drops the token, fetches a new one and retries once; 403 is never retried; other
 * failures are retried per RetryPolicy only (this is the only retry layer).
 *
 * Ownership: replies and scans are children of the client and delete themselves after
 * finished() unless told otherwise (see PageReply, ScanJob). Destroying the client aborts
 * everything it started without emitting any further signal.
 */
class HubClient : public QObject
{
    Q_OBJECT
public:
    HubClient(QNetworkAccessManager *nam, const ConnectionSettings &settings, TokenProvider *tokens,
        QObject *parent = nullptr);
    ~HubClient() override;

    const ConnectionSettings &settings() const { return m_settings; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const HubClientOptions &options() const { return m_options; }
    void setOptions(const HubClientOptions &options) { m_options = options; }

    /// Fetches page @p pagenum (1-based) asking for @p pagesize records; never null.
    PageReply *fetchPage(int pagenum, int pagesize);

    /**
     * Fetches every page, @p pagesize records asked per page (the server's paginationInfo
     * decides in the end), delivering pages in order; never null. See ScanJob.
     */
    ScanJob *fetchAll(int pagesize);

    /// For ScanJob: a page request sharing @p budget and @p interner, parented to @p parent.
    PageReply *fetchPageFor(QObject *parent, int pagenum, int pagesize,
        std::shared_ptr<RetryBudget> budget, std::shared_ptr<StringInterner> interner);

private:
    QPointer<QNetworkAccessManager> m_nam;
    ConnectionSettings m_settings;
    QPointer<TokenProvider> m_tokens;
    RetryPolicy m_policy;
    HubClientOptions m_options;
    QList<QPointer<PageReply>> m_replies;
    QList<QPointer<ScanJob>> m_scans;
};
