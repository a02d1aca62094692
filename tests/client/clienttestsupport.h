#pragma once

// Shared set-up for the client tests: a simulator on loopback, fast retry policies and
// helpers that read the simulator's request log.

#include "clientcredentialstokenprovider.h"
#include "connectionsettings.h"
#include "hubclient.h"
#include "hubsimulator.h"
#include "retrypolicy.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <memory>

namespace clienttest {

using namespace std::chrono_literals;

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

/// The simulator, a network manager, a token provider and a client, wired as the app does.
struct Rig
{
    explicit Rig(const hubsim::SimulatorConfig &config = {},
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

    void makeClient(const QString &secret)
    {
        client.reset();
        tokens.reset();
        tokens = std::make_unique<ClientCredentialsTokenProvider>(&nam, settings, secret);
        tokens->setRetryPolicy(fastPolicy());
        client = std::make_unique<HubClient>(&nam, settings, tokens.get());
        client->setRetryPolicy(fastPolicy());
        client->setOptions(fastOptions());
    }

    int tokenPosts() const { return sim->countRequests(sim->tokenUrl().path()); }
    int apiGets() const { return sim->countRequests(sim->orchestrationsUrl().path()); }

    QList<hubsim::LoggedRequest> apiRequests() const
    {
        QList<hubsim::LoggedRequest> result;
        const QString path = sim->orchestrationsUrl().path();
        for (const hubsim::LoggedRequest &entry : sim->requestLog().entries()) {
            if (entry.path == path)
                result.append(entry);
        }
        return result;
    }

    hubsim::FaultRule fault(hubsim::FaultRule::Kind kind, int times = 1)
    {
        hubsim::FaultRule rule;
        rule.kind = kind;
        rule.times = times;
        return rule;
    }

    std::unique_ptr<hubsim::HubSimulator> sim;
    bool listening = false;
    ConnectionSettings settings;
    QNetworkAccessManager nam;
    std::unique_ptr<ClientCredentialsTokenProvider> tokens;
    std::unique_ptr<HubClient> client;
};

} // namespace clienttest
