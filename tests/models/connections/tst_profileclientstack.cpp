// makeProfileClientStack(): what a saved profile signs in with, from what the keychain held,
// against the simulator over loopback sockets. No keychain is needed: the credentials are
// given as loadCredentials() would hand them over.

#include "models/client/clientcredentialstokenprovider.h"
#include "models/client/hubclient.h"
#include "models/client/pagereply.h"
#include "models/connections/connectionprofile.h"
#include "models/connections/tokenpersistence.h"
#include "support/simulatorrig.h"

#include <QSignalSpy>
#include <QTest>

using testsupport::SimulatorRig;

namespace {

constexpr int waitMs = 10'000;

ConnectionProfile profileFor(const SimulatorRig &rig, ConnectionProfile::SignIn signIn)
{
    ConnectionProfile profile;
    profile.id = QUuid::createUuid();
    profile.name = QStringLiteral("Staging");
    profile.connection = rig.settings;
    profile.signIn = signIn;
    return profile;
}

/// A token the simulator issued to the demo client, and when it expires.
StoredToken issuedToken(SimulatorRig &rig)
{
    QObject context;
    StoredToken stored;
    bool answered = false;
    rig.tokens->requestToken(&context, [&](const QString &token, const ApiError &) {
        stored.token = token;
        answered = true;
    });
    if (!QTest::qWaitFor([&answered] { return answered; }, waitMs))
        qWarning("no token arrived");
    stored.expiry = rig.tokens->currentTokenExpiry();
    return stored;
}

bool fetchSucceeds(HubClient &client)
{
    std::unique_ptr<PageReply> reply(client.fetchPage(1, 5));
    reply->setAutoDelete(false);
    QSignalSpy finished(reply.get(), &PageReply::finished);
    return finished.wait(waitMs) && !reply->error().isError();
}

} // namespace

class TestProfileClientStack : public QObject
{
    Q_OBJECT

private slots:
    void bearerProfileWithoutATokenNamesTheProfile();
    void clientCredentialsProfileWithNothingStored();
    void pastedTokenIsUsedAsIs();
    void storedTokenSavesTheFirstTokenRequest();
    void persistenceWrapsTheProvider();
};

void TestProfileClientStack::bearerProfileWithoutATokenNamesTheProfile()
{
    SimulatorRig rig;
    QVERIFY(rig.listening);
    // A secret left from when the profile used client credentials does not sign in.
    ProfileCredentials stored;
    stored.clientSecret = QString(hubsim::kDemoClientSecret);
    QString error;
    QVERIFY(!makeProfileClientStack(
        profileFor(rig, ConnectionProfile::SignIn::BearerToken), stored, nullptr, &error));
    QCOMPARE(error, QStringLiteral("No access token is stored for \"Staging\": paste a new one."));
}

void TestProfileClientStack::clientCredentialsProfileWithNothingStored()
{
    SimulatorRig rig;
    QVERIFY(rig.listening);
    QString error;
    QVERIFY(!makeProfileClientStack(profileFor(rig, ConnectionProfile::SignIn::ClientCredentials),
        ProfileCredentials(), nullptr, &error));
    QCOMPARE(error, QStringLiteral("No client secret is stored for \"Staging\"."));
}

void TestProfileClientStack::pastedTokenIsUsedAsIs()
{
    SimulatorRig rig;
    QVERIFY(rig.listening);
    ProfileCredentials stored;
    stored.token = issuedToken(rig);
    stored.token.pasted = true;
    rig.sim->clearRequestLog();
    bool configured = false;
    const auto stack = makeProfileClientStack(
        profileFor(rig, ConnectionProfile::SignIn::ClientCredentials), stored, nullptr, nullptr,
        [&configured](ClientCredentialsTokenProvider *) { configured = true; });
    QVERIFY(stack);
    QVERIFY(!configured);
    QVERIFY(!qobject_cast<ClientCredentialsTokenProvider *>(stack->tokens()));
    QVERIFY(fetchSucceeds(*stack->client()));
    QCOMPARE(rig.tokenPosts(), 0);
}

void TestProfileClientStack::storedTokenSavesTheFirstTokenRequest()
{
    SimulatorRig rig;
    QVERIFY(rig.listening);
    ProfileCredentials stored;
    stored.clientSecret = QString(hubsim::kDemoClientSecret);
    stored.token = issuedToken(rig);
    rig.sim->clearRequestLog();
    int configured = 0;
    const auto stack = makeProfileClientStack(
        profileFor(rig, ConnectionProfile::SignIn::ClientCredentials), stored, nullptr, nullptr,
        [&configured](ClientCredentialsTokenProvider *) { ++configured; });
    QVERIFY(stack);
    QCOMPARE(configured, 1);
    auto *tokens = qobject_cast<ClientCredentialsTokenProvider *>(stack->tokens());
    QVERIFY(tokens);
    QCOMPARE(tokens->currentTokenExpiry(), stored.token.expiry);
    QVERIFY(fetchSucceeds(*stack->client()));
    QCOMPARE(rig.tokenPosts(), 0);
}

void TestProfileClientStack::persistenceWrapsTheProvider()
{
    SimulatorRig rig;
    QVERIFY(rig.listening);
    const ConnectionProfile profile = profileFor(rig, ConnectionProfile::SignIn::ClientCredentials);
    // No keychain here: the wrapper is what is checked, not what it stores.
    TokenPersistence persistence(nullptr, profile.id);
    ProfileCredentials stored;
    stored.clientSecret = QString(hubsim::kDemoClientSecret);
    const auto stack = makeProfileClientStack(profile, stored, &persistence, nullptr);
    QVERIFY(stack);
    auto *wrapper = qobject_cast<PersistentTokenProvider *>(stack->tokens());
    QVERIFY(wrapper);
    QCOMPARE(stack->innerTokens(), wrapper->inner());
    QVERIFY(qobject_cast<ClientCredentialsTokenProvider *>(stack->innerTokens()));
    QSignalSpy issued(wrapper, &TokenProvider::tokenIssued);
    QVERIFY(fetchSucceeds(*stack->client()));
    QCOMPARE(issued.count(), 1);
    QCOMPARE(rig.tokenPosts(), 1);
}

QTEST_GUILESS_MAIN(TestProfileClientStack)
#include "tst_profileclientstack.moc"
