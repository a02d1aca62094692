#pragma once

// The set-up most network tests share: a simulated tenant on loopback and a client signed
// in to it as the app does it, with retries and timeouts shrunk to milliseconds, plus
// helpers that read the simulator's request log.

#include "models/client/clientcredentialstokenprovider.h"
#include "models/client/clientstack.h"
#include "models/client/connectionsettings.h"
#include "models/client/hubclient.h"
#include "models/client/pagereply.h"
#include "models/client/retrypolicy.h"
#include "sim/hubsimulator.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <optional>

namespace testsupport {

using namespace std::chrono_literals;

inline constexpr int kWaitMs = 10'000;

/// Retries in milliseconds, so a fault test takes a fraction of a second.
inline RetryPolicy fastPolicy()
{
    RetryPolicy policy;
    policy.maxAttempts = 4;
    policy.baseDelay = 5ms;
    policy.maxDelay = 20ms;
    policy.maxRetryAfter = 30ms;
    policy.retryBudget = 20;
    policy.operationDeadline = 10'000ms;
    return policy;
}

inline HubClientOptions fastOptions()
{
    HubClientOptions options;
    options.transferTimeout = 2'000ms;
    return options;
}

/// The connection a user would configure for @p sim with the demo client.
inline ConnectionSettings settingsFor(const hubsim::HubSimulator &sim)
{
    ConnectionSettings settings;
    settings.baseUrl = sim.baseUrl();
    settings.tokenUrl = sim.tokenUrl();
    settings.clientId = QString(hubsim::kDemoClientId);
    return settings;
}

inline hubsim::SimulatorConfig configWith(int count, int latencyMs = 0, int jitterMs = 0)
{
    hubsim::SimulatorConfig config;
    config.count = count;
    config.latencyMs = latencyMs;
    config.jitterMs = jitterMs;
    return config;
}

/// The simulator and a client stack signed in to it with client credentials, built by the
/// app's own factory (ClientStack::make).
struct SimulatorRig
{
    explicit SimulatorRig(const hubsim::SimulatorConfig &config = {},
        std::optional<hubsim::Dataset> dataset = std::nullopt,
        const QString &secret = QString(hubsim::kDemoClientSecret))
    {
        sim = dataset ? std::make_unique<hubsim::HubSimulator>(config, *dataset)
                      : std::make_unique<hubsim::HubSimulator>(config);
        QString error;
        listening = sim->listen(&error);
        if (!listening)
            qWarning("simulator did not start: %s", qPrintable(error));
        settings = settingsFor(*sim);
        makeClient(secret);
    }

    /// A new stack for the current settings, signed in with @p secret.
    void makeClient(const QString &secret)
    {
        stack.reset();
        Credentials credentials;
        credentials.clientSecret = secret;
        ClientStack::Hooks hooks;
        hooks.configure = [](ClientCredentialsTokenProvider *provider) {
            provider->setRetryPolicy(fastPolicy());
        };
        QString error;
        stack = ClientStack::make(settings, credentials, &error, hooks);
        if (!stack) {
            qWarning("no client stack: %s", qPrintable(error));
            return;
        }
        tokens = qobject_cast<ClientCredentialsTokenProvider *>(stack->tokens());
        client = stack->client();
        client->setRetryPolicy(fastPolicy());
        client->setOptions(fastOptions());
    }

    hubsim::Dataset dataset() const { return sim->dataset(); }
    int tokenPosts() const { return sim->countRequests(sim->tokenUrl().path()); }

    /// The API requests sent so far, in arrival order (barrier() requests excluded).
    QList<hubsim::LoggedRequest> apiRequests() const
    {
        QList<hubsim::LoggedRequest> result;
        const QString path = sim->orchestrationsUrl().path();
        const QList<hubsim::LoggedRequest> entries = sim->requestLog().entries();
        for (const hubsim::LoggedRequest &entry : entries) {
            if (entry.path == path && entry.queryValue(QStringLiteral("$pagesize")) != kBarrierSize)
                result.append(entry);
        }
        return result;
    }

    int apiGets() const { return int(apiRequests().size()); }

    /// How many API requests asked for page @p pagenum.
    int requestsForPage(int pagenum) const
    {
        int count = 0;
        const QList<hubsim::LoggedRequest> requests = apiRequests();
        for (const hubsim::LoggedRequest &request : requests) {
            if (request.queryValue(QStringLiteral("$pagenum")).toInt() == pagenum)
                ++count;
        }
        return count;
    }

    /**
     * A request of our own, sent after everything the code under test may have sent, and
     * waited for: once it is logged, any request sent before it has been logged too.
     */
    bool barrier()
    {
        PageReply *reply = client->fetchPage(1, kBarrierSize.toInt());
        QSignalSpy finished(reply, &PageReply::finished);
        return finished.wait(kWaitMs);
    }

    hubsim::FaultRule fault(hubsim::FaultRule::Kind kind, int times = 1, int onlyPage = 0) const
    {
        hubsim::FaultRule rule;
        rule.kind = kind;
        rule.times = times;
        rule.onlyPage = onlyPage;
        return rule;
    }

    inline static const QString kBarrierSize = QStringLiteral("1");

    std::unique_ptr<hubsim::HubSimulator> sim;
    bool listening = false;
    ConnectionSettings settings;
    std::unique_ptr<ClientStack> stack;
    // The stack's parts, for brevity; null once the stack is gone.
    QPointer<ClientCredentialsTokenProvider> tokens;
    QPointer<HubClient> client;
};

} // namespace testsupport
