#pragma once

#include "models/client/apierror.h"
#include "models/connections/connectionprofile.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class ClientCredentialsTokenProvider;
class ClientStack;
class HubClient;
class PageReply;

/// What "Test connection" found.
struct ConnectionTestResult
{
    bool ok = false;
    qint64 count = -1; ///< the tenant's orchestrations (paginationInfo.count); -1 when unknown
    QDateTime tokenExpiry; ///< of the token used; invalid when unknown
    ApiError error; ///< why it failed (token endpoint or API)
};

/**
 * "Test connection" for a profile that may not be saved yet: fetches a token (or uses a pasted
 * one) and then page 1 with page size 1, on its own ClientStack, asynchronously. Nothing is
 * stored: neither the secret it is given nor the token it gets.
 *
 * Promises: after start(), finished() is emitted exactly once, unless cancel() is called or the
 * tester is destroyed first (both abort what is in flight, silently).
 */
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    enum class Stage { Idle, FetchingToken, FetchingPage };

    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    /**
     * Tests @p profile signed in with @p credential: the client secret, or for
     * SignIn::BearerToken the token itself (@p tokenExpiry when known). Cancels a test in
     * progress first.
     */
    void start(const ConnectionProfile &profile, const QString &credential,
        const QDateTime &tokenExpiry = {});
    void cancel();
    bool isRunning() const { return m_stage != Stage::Idle; }
    Stage stage() const { return m_stage; }

    /// Tunes each new token provider and client before use (tests shrink retries with it); the
    /// provider is null for a pasted token.
    using Configure = std::function<void(ClientCredentialsTokenProvider *, HubClient *)>;
    void setConfigure(Configure configure) { m_configure = std::move(configure); }

signals:
    void stageChanged(ConnectionTester::Stage stage);
    void finished(const ConnectionTestResult &result);

private:
    void setStage(Stage stage);
    void onToken(const QString &token, const ApiError &error);
    void onPage();
    void finish(const ConnectionTestResult &result);
    void tearDown();

    Configure m_configure;
    Stage m_stage = Stage::Idle;
    std::unique_ptr<ClientStack> m_stack;
    QPointer<PageReply> m_reply;
    QObject *m_tokenContext = nullptr; ///< dropped on cancel, so a late token answer is ignored
};
