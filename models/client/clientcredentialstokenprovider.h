#pragma once

#include "models/client/connectionsettings.h"
#include "models/client/retrypolicy.h"
#include "models/client/tokenprovider.h"

#include <QDeadlineTimer>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <optional>

class HttpExchange;
class QNetworkAccessManager;
struct HttpResult;

/**
 * OAuth 2.0 client credentials (RFC 6749 4.4) against ConnectionSettings::tokenUrl.
 *
 * Promises:
 * - the client secret travels only in the form-encoded POST body: never in a URL, a header,
 *   a log line or QDebug output (this class has no operator<<);
 * - single flight: however many requests wait for a token, one POST is in flight;
 * - the token is cached until its expiry minus a margin (default 60 s, at most a quarter of
 *   the token's lifetime, so short-lived tokens stay usable);
 * - RFC 6749 5.2 errors and 400/401/403 from the token endpoint are final Authentication
 *   errors with a hint what to fix; network errors, timeouts, 408, 429 and 5xx are retried
 *   per RetryPolicy;
 * - plain http is refused before anything is sent unless the token URL is loopback;
 *   redirects are not followed; the response is capped (64 KiB by default).
 */
class ClientCredentialsTokenProvider : public TokenProvider
{
    Q_OBJECT
public:
    ClientCredentialsTokenProvider(QNetworkAccessManager *nam, const ConnectionSettings &settings,
        const QString &clientSecret, QObject *parent = nullptr);
    ~ClientCredentialsTokenProvider() override;

    void requestToken(QObject *context, Callback callback) override;
    void invalidate(const QString &token) override;
    QDateTime currentTokenExpiry() const override;

    /// Seeds the cache with a token obtained earlier (e.g. from the keychain). An expired
    /// or soon-expiring token is ignored at the next requestToken().
    void seedToken(const QString &token, const QDateTime &expiry);

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setExpiryMargin(std::chrono::seconds margin) { m_expiryMargin = margin; }
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }

    /// How many token POSTs this provider has sent (for diagnostics and tests).
    int tokenRequestCount() const { return m_requestCount; }

private:
    bool hasUsableToken() const;
    void startFetch();
    void sendAttempt();
    void onExchangeFinished(const HttpResult &result);
    void onDeadline();
    void retryOrFail(const ApiError &error, const QByteArray &retryAfter);
    void succeed(const QString &token, qint64 expiresInSeconds);
    void fail(ApiError error);
    std::optional<ApiError> acceptTokenResponse(const QByteArray &body);
    QByteArray formBody() const;

    QPointer<QNetworkAccessManager> m_nam;
    ConnectionSettings m_settings;
    QString m_clientSecret;
    RetryPolicy m_policy;
    std::chrono::seconds m_expiryMargin {60};
    std::chrono::milliseconds m_transferTimeout {30'000};
    qint64 m_maxResponseBytes = 64 * 1024;

    QString m_token;
    QDateTime m_expiry;
    QDateTime m_refreshAt;

    QPointer<HttpExchange> m_exchange;
    bool m_fetching = false;
    int m_attempts = 0;
    int m_requestCount = 0;
    std::optional<RetryBudget> m_budget;
    QDeadlineTimer m_deadline;
    QTimer m_retryTimer;
    QTimer m_deadlineTimer;
};
