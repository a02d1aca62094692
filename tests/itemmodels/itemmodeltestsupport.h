#pragma once

// Set-up for the item model tests: a simulator on loopback and a client wired to it as the
// app does, with retries and timeouts shrunk to milliseconds.

#include "clientcredentialstokenprovider.h"
#include "connectionsettings.h"
#include "hubclient.h"
#include "hubsimulator.h"
#include "orchestration.h"
#include "pagereply.h"
#include "retrypolicy.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace itemmodeltest {

using namespace std::chrono_literals;

inline constexpr int waitMs = 10'000;

inline RetryPolicy fastPolicy()
{
    RetryPolicy policy;
    policy.maxAttempts = 3;
    policy.baseDelay = 2ms;
    policy.maxDelay = 10ms;
    policy.maxRetryAfter = 10ms;
    policy.retryBudget = 20;
    policy.operationDeadline = 10'000ms;
    return policy;
}

/// A simulated tenant and a client signed in with the demo account.
struct Rig
{
    explicit Rig(hubsim::SimulatorConfig config = {},
                 std::optional<hubsim::Dataset> data = std::nullopt)
    {
        sim = data ? std::make_unique<hubsim::HubSimulator>(config, *data)
                   : std::make_unique<hubsim::HubSimulator>(config);
        QString error;
        listening = sim->listen(&error);
        if (!listening)
            qWarning("simulator did not start: %s", qPrintable(error));
        settings.baseUrl = sim->baseUrl();
        settings.tokenUrl = sim->tokenUrl();
        settings.clientId = QString(hubsim::kDemoClientId);
        tokens = std::make_unique<ClientCredentialsTokenProvider>(
            &nam, settings, QString(hubsim::kDemoClientSecret));
        tokens->setRetryPolicy(fastPolicy());
        client = std::make_unique<HubClient>(&nam, settings, tokens.get());
        client->setRetryPolicy(fastPolicy());
        HubClientOptions options;
        options.transferTimeout = 2'000ms;
        client->setOptions(options);
    }

    hubsim::Dataset dataset() const { return sim->dataset(); }

    /// The API requests the model sent so far, in arrival order (barrier() requests excluded).
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
     * A request of our own, sent after everything the model may have sent, and waited for:
     * once it is logged, any request the model had sent before it has been logged too.
     */
    bool barrier()
    {
        PageReply *reply = client->fetchPage(1, kBarrierSize.toInt());
        QSignalSpy finished(reply, &PageReply::finished);
        return finished.wait(waitMs);
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
    QNetworkAccessManager nam;
    std::unique_ptr<ClientCredentialsTokenProvider> tokens;
    std::unique_ptr<HubClient> client;
};

inline hubsim::SimulatorConfig configWith(int count, int latencyMs = 0, int jitterMs = 0)
{
    hubsim::SimulatorConfig config;
    config.count = count;
    config.latencyMs = latencyMs;
    config.jitterMs = jitterMs;
    return config;
}

inline Orchestration recordOf(const hubsim::Dataset &dataset, int index)
{
    return Orchestration::fromJson(dataset.record(index));
}

} // namespace itemmodeltest
