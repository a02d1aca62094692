#include "models/client/hubclient.h"

#include "models/client/pagereply.h"
#include "models/client/scanjob.h"
#include "models/client/tokenprovider.h"

#include <QNetworkAccessManager>
#include <algorithm>

HubClient::HubClient(QNetworkAccessManager *nam, const ConnectionSettings &settings,
    TokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_settings(settings)
    , m_tokens(tokens)
{ }

HubClient::~HubClient()
{
    // Quietly: receivers may be half-destroyed owners of this client.
    for (const QPointer<ScanJob> &scan : std::as_const(m_scans)) {
        if (scan)
            scan->cancelQuietly();
    }
    for (const QPointer<PageReply> &reply : std::as_const(m_replies)) {
        if (reply)
            reply->abortQuietly();
    }
}

PageReply *HubClient::fetchPage(int pagenum, int pagesize)
{
    return fetchPageFor(this, pagenum, pagesize, nullptr, nullptr);
}

PageReply *HubClient::fetchPageFor(QObject *parent, int pagenum, int pagesize,
    std::shared_ptr<RetryBudget> budget, std::shared_ptr<StringInterner> interner)
{
    PageRequestSetup setup;
    setup.nam = m_nam;
    setup.settings = m_settings;
    setup.tokens = m_tokens;
    setup.retryPolicy = m_policy;
    setup.transferTimeout = m_options.transferTimeout;
    setup.maxResponseBytes = m_options.maxPageBytes;
    setup.budget = std::move(budget);
    setup.interner = std::move(interner);
    auto *reply = new PageReply(setup, pagenum, pagesize, parent);
    m_replies.removeAll(nullptr);
    m_replies.append(reply);
    return reply;
}

ScanJob *HubClient::fetchAll(int pagesize)
{
    ScanJob::Limits limits;
    limits.maxConcurrentPages = std::clamp(m_options.maxConcurrentPages, 1, 6);
    limits.maxPages = std::max(m_options.maxPages, 1);
    limits.maxRecords = std::max<qint64>(m_options.maxScanRecords, 1);
    limits.maxBytes = std::max<qint64>(m_options.maxScanBytes, 1);
    auto *scan = new ScanJob(this, pagesize, limits, m_policy.retryBudget, this);
    m_scans.removeAll(nullptr);
    m_scans.append(scan);
    return scan;
}
