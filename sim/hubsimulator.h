#pragma once

#include "sim/dataset.h"
#include "sim/faults.h"
#include "sim/requestlog.h"

#include <QAbstractHttpServer>
#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QMutex>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QTcpServer;
class QTcpSocket;
QT_END_NAMESPACE

Q_DECLARE_LOGGING_CATEGORY(lcHubSim)

namespace hubsim {

/// The client the app's demo mode signs in with; the simulator knows it by default.
inline constexpr QLatin1String kDemoClientId("demo-client");
inline constexpr QLatin1String kDemoClientSecret("demo-secret");
inline constexpr QLatin1String kReadScope("app.conversation.conversationmgr.read");
inline constexpr QLatin1String kManageScope("app.conversation.conversationmgr.manage");

/// A client application registered with the simulated tenant.
struct ClientAccount
{
    QString clientId;
    QString clientSecret;
    QStringList scopes; ///< what it may be granted
};

/// How the simulated tenant behaves when no fault is in force.
struct SimulatorConfig
{
    quint64 seed = 1;
    int count = 2000; ///< generated records (ignored when a dataset is given)
    QString apiBasePath = QStringLiteral("/conversation/conversationmgr/v3");
    QString tokenPath = QStringLiteral("/system/auth/DEMO-U/oauth2/token");
    QList<ClientAccount> clients = {
        {QString(kDemoClientId), QString(kDemoClientSecret), {QString(kReadScope)}}};
    int tokenLifetimeSeconds = 3600;
    int defaultPageSize = 25;
    int maxPageSize = 75; ///< a larger $pagesize gets this many, and paginationInfo says so
    bool emptyAs204 = false; ///< empty results: 204, or 200 with "orchestration": []
    int latencyMs = 0; ///< added to every response on the main listener
    int jitterMs = 0; ///< latency varies by +/- this much
    QString pageNumberParameter = QStringLiteral("$pagenum");
    QString pageSizeParameter = QStringLiteral("$pagesize");
    quint16 port = 0; ///< main listener port on 127.0.0.1; 0 = any free port
};

namespace detail {
struct PlannedResponse;
}

/**
 * A faithful eGain Conversation Hub on loopback: the OAuth 2.0 client-credentials token
 * endpoint and GET /orchestrations with paging and eGain error bodies, as described in the
 * API contract, plus switchable faults for testing a client's resilience.
 *
 * It listens on 127.0.0.1 (the API) and on a second loopback address, the "other host" that
 * redirect faults point to, which answers everything and logs what reaches it. Every request
 * is recorded in requestLog().
 *
 * The object lives in the thread that created it and serves there. The configuration,
 * dataset, faults, tokens and request log are guarded by mutexes, so their accessors may be
 * called from any thread (SimulatorHost relies on this).
 */
class HubSimulator : public QAbstractHttpServer
{
    Q_OBJECT

public:
    /// A tenant with Dataset::generate(config.seed, config.count).
    explicit HubSimulator(const SimulatorConfig &config = {}, QObject *parent = nullptr);
    HubSimulator(const SimulatorConfig &config, const Dataset &dataset, QObject *parent = nullptr);
    ~HubSimulator() override;

    /**
     * Starts listening on 127.0.0.1 (config().port, or a free port) and on the redirect target
     * (127.0.0.2, or 127.0.0.1 on another port where 127.0.0.2 cannot be bound). Returns
     * false with the reason in @p error when the main listener cannot be opened.
     */
    bool listen(QString *error = nullptr);
    bool isListening() const;
    quint16 port() const;

    /// http://127.0.0.1:<port><apiBasePath>
    QUrl baseUrl() const;
    /// baseUrl() + "/orchestrations"
    QUrl orchestrationsUrl() const;
    QUrl tokenUrl() const;
    /// The root of the "other host" listener that redirect faults point to.
    QUrl redirectTargetUrl() const;

    SimulatorConfig config() const;
    /// Takes effect from the next request; the listeners stay where they are.
    void setConfig(const SimulatorConfig &config);
    Dataset dataset() const;
    void setDataset(const Dataset &dataset);

    void setFaults(const QList<FaultRule> &rules);
    void addFault(const FaultRule &rule);
    void clearFaults();
    /// The rules in force, with their remaining uses.
    QList<FaultRule> faults() const;

    RequestLog &requestLog() { return m_requestLog; }
    const RequestLog &requestLog() const { return m_requestLog; }
    void clearRequestLog() { m_requestLog.clear(); }
    int countRequests(const QString &path) const { return m_requestLog.countRequests(path); }

    /// Every token issued so far is expired from now on; the next API call gets 401.
    void expireAllTokens();
    /// Forgets @p accessToken; returns whether it was known.
    bool revokeToken(const QString &accessToken);
    /// Tokens issued and not yet expired.
    int validTokenCount() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct TokenGrant
    {
        QString clientId;
        QStringList scopes;
        QDeadlineTimer expiry;
    };

    detail::PlannedResponse tokenResponse(
        const LoggedRequest &request, const SimulatorConfig &config);
    detail::PlannedResponse orchestrationsResponse(
        const LoggedRequest &request, const SimulatorConfig &config);
    detail::PlannedResponse pageResponse(const SimulatorConfig &config, int page, int pageSize,
        const std::optional<FaultRule> &fault, const LoggedRequest &request);
    detail::PlannedResponse redirectTargetResponse() const;
    QString issueToken(const QString &clientId, const QStringList &scopes, int lifetimeSeconds);
    int jitteredDelay(int delayMs, int jitterMs);
    void deliver(QTcpSocket *socket, detail::PlannedResponse response);
    void send(QTcpSocket *socket, const detail::PlannedResponse &response);

    mutable QMutex m_mutex; // guards everything below up to m_requestLog
    SimulatorConfig m_config;
    Dataset m_dataset;
    QHash<QString, TokenGrant> m_tokens;
    qint64 m_countDrift = 0;
    QRandomGenerator m_jitterRandom;
    quint16 m_port = 0;
    QUrl m_redirectTarget;

    FaultPlan m_faults;
    RequestLog m_requestLog;
    QTcpServer *m_mainServer = nullptr;
    QTcpServer *m_redirectServer = nullptr;
};

} // namespace hubsim
