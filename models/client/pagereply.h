#pragma once

#include "models/client/apierror.h"
#include "models/client/connectionsettings.h"
#include "models/client/retrypolicy.h"
#include "models/core/orchestrationpage.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <memory>

class HttpExchange;
class QNetworkAccessManager;
class TokenProvider;
struct HttpResult;

/// Everything one page request needs from its HubClient; copied into each PageReply.
struct PageRequestSetup
{
    QPointer<QNetworkAccessManager> nam;
    ConnectionSettings settings;
    QPointer<TokenProvider> tokens;
    RetryPolicy retryPolicy;
    std::chrono::milliseconds transferTimeout {30'000};
    qint64 maxResponseBytes = 8 * 1024 * 1024;
    std::shared_ptr<RetryBudget> budget; ///< shared by the requests of one scan
    std::shared_ptr<StringInterner> interner; ///< shared by the pages of one scan; may be null
};

/**
 * One GET /orchestrations page, from token to parsed page, retries included. Made by
 * HubClient::fetchPage(); starts by itself once control returns to the event loop, so
 * connecting to finished() right after fetchPage() never misses it.
 *
 * Ownership: the reply is a child of its HubClient. By default it deleteLater()s itself
 * right after emitting finished(), so read page()/error() in a slot connected to finished().
 * To keep it longer, call setAutoDelete(false): the caller then deletes it (or it goes with
 * the client). Destroying the client or the reply aborts the request without any signal.
 *
 * Promises: finished() is emitted exactly once (also for abort(), with a Cancelled error),
 * unless the reply or its client is destroyed first; nothing is emitted after it.
 */
class PageReply : public QObject
{
    Q_OBJECT
public:
    PageReply(const PageRequestSetup &setup, int pagenum, int pagesize, QObject *parent);
    ~PageReply() override;

    int pageNumber() const { return m_pagenum; }
    int requestedPageSize() const { return m_pagesize; }
    bool isFinished() const { return m_finished; }
    /// The page; empty until finished without error. A 204 gives emptyNoContentPage().
    const OrchestrationPage &page() const { return m_page; }
    /// None unless the request failed or was aborted.
    const ApiError &error() const { return m_error; }
    /// HTTP requests sent so far (retries and the re-authenticated retry included).
    int attempts() const { return m_attempts; }

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    /// Stops the request; emits finished() with a Cancelled error now, unless already finished.
    void abort();
    /// As abort() but without emitting finished() (for owners going away).
    void abortQuietly();

signals:
    void finished();

private:
    void start();
    void requestToken();
    void onToken(const QString &token, const ApiError &error);
    void send();
    void onExchangeFinished(const HttpResult &result);
    void retryOrFail(ApiError error, const QByteArray &retryAfter);
    void onDeadline();
    void succeed(OrchestrationPage page);
    void fail(ApiError error);
    void stopWork();
    void complete(bool notify);
    QUrl pageUrl() const;

    PageRequestSetup m_setup;
    int m_pagenum;
    int m_pagesize;
    bool m_started = false;
    bool m_finished = false;
    bool m_autoDelete = true;
    bool m_reauthenticated = false;
    int m_attempts = 0;
    QString m_token;
    OrchestrationPage m_page;
    ApiError m_error;
    QPointer<HttpExchange> m_exchange;
    QDeadlineTimer m_deadline;
    QTimer m_retryTimer;
    QTimer m_deadlineTimer;
};
