// ClientStack::make(), the one factory of the client stack, against the simulator over
// loopback sockets: what each kind of credentials sends, and what is refused before sending.

#include "clienttestsupport.h"
#include "models/client/clientstack.h"
#include "models/client/pagereply.h"
#include "models/client/tokenprovider.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace clienttest;

namespace {

constexpr int waitMs = 10'000;

/// Fetches one page and waits for it; the reply is kept (autoDelete off) for inspection.
std::unique_ptr<PageReply> fetch(HubClient &client)
{
    std::unique_ptr<PageReply> reply(client.fetchPage(1, 5));
    reply->setAutoDelete(false);
    QSignalSpy finished(reply.get(), &PageReply::finished);
    if (!finished.wait(waitMs))
        qWarning("the page did not finish");
    return reply;
}

/// A token the simulator issued to the demo client, got the ordinary way.
QString issuedToken(Rig &rig)
{
    QObject context;
    QString token;
    bool answered = false;
    rig.tokens->requestToken(&context, [&](const QString &issued, const ApiError &) {
        token = issued;
        answered = true;
    });
    if (!QTest::qWaitFor([&answered] { return answered; }, waitMs))
        qWarning("no token arrived");
    return token;
}

/// A pass-through wrapper, as the keychain's PersistentTokenProvider is (a layer above).
class WrappingTokenProvider : public TokenProvider
{
public:
    explicit WrappingTokenProvider(TokenProvider *inner)
        : m_inner(inner)
    {
        m_inner->setParent(this);
    }

    void requestToken(QObject *context, Callback callback) override
    {
        ++requests;
        m_inner->requestToken(context, std::move(callback));
    }
    void invalidate(const QString &token) override { m_inner->invalidate(token); }
    QDateTime currentTokenExpiry() const override { return m_inner->currentTokenExpiry(); }

    int requests = 0;

private:
    TokenProvider *m_inner;
};

Credentials withSecret(const QString &secret)
{
    Credentials credentials;
    credentials.clientSecret = secret;
    return credentials;
}

} // namespace

class TestClientStack : public QObject
{
    Q_OBJECT

private slots:
    void clientCredentialsSignIn();
    void readyTokenIsUsedAsIs();
    void readyTokenWinsOverTheSecret();
    void cachedTokenSavesTheTokenRequest();
    void wrapperIsWhatTheClientAsks();
    void noCredentialsBuildsNothing();
    void secretWithoutTokenUrlBuildsNothing_data();
    void secretWithoutTokenUrlBuildsNothing();
    void destroyingTheStackDestroysEveryPart();
};

void TestClientStack::clientCredentialsSignIn()
{
    Rig rig;
    QVERIFY(rig.listening);
    int configured = 0;
    ClientStack::Hooks hooks;
    hooks.configure = [&configured](ClientCredentialsTokenProvider *provider) {
        QVERIFY(provider);
        provider->setRetryPolicy(fastPolicy());
        ++configured;
    };
    QString error;
    const std::unique_ptr<ClientStack> stack = ClientStack::make(
        rig.settings, withSecret(QString(hubsim::kDemoClientSecret)), &error, hooks);
    QVERIFY2(stack, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(configured, 1);
    QVERIFY(stack->nam());
    QVERIFY(stack->client());
    QVERIFY(qobject_cast<ClientCredentialsTokenProvider *>(stack->tokens()));
    QCOMPARE(stack->innerTokens(), stack->tokens());

    const auto reply = fetch(*stack->client());
    QVERIFY2(!reply->error().isError(), qPrintable(reply->error().summary()));
    QCOMPARE(reply->page().records.size(), 5);
    QCOMPARE(rig.tokenPosts(), 1);
    const QList<hubsim::LoggedRequest> log = rig.sim->requestLog().entries();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.first().method, QByteArray("POST"));
    QVERIFY(log.first().body.contains("client_secret="));
    QVERIFY(!rig.sim->requestLog().anyUrlContains(QString(hubsim::kDemoClientSecret)));
}

void TestClientStack::readyTokenIsUsedAsIs()
{
    Rig rig;
    QVERIFY(rig.listening);
    const QString token = issuedToken(rig);
    QVERIFY(!token.isEmpty());
    rig.sim->clearRequestLog();

    // No token URL and no secret: a ready token needs neither.
    ConnectionSettings settings = rig.settings;
    settings.tokenUrl = QUrl();
    Credentials credentials;
    credentials.accessToken = token;
    bool configured = false;
    ClientStack::Hooks hooks;
    hooks.configure = [&configured](ClientCredentialsTokenProvider *) { configured = true; };
    QString error;
    const std::unique_ptr<ClientStack> stack =
        ClientStack::make(settings, credentials, &error, hooks);
    QVERIFY2(stack, qPrintable(error));
    QVERIFY(!configured); // there is no client-credentials provider to tune
    QVERIFY(!qobject_cast<ClientCredentialsTokenProvider *>(stack->tokens()));

    const auto reply = fetch(*stack->client());
    QVERIFY2(!reply->error().isError(), qPrintable(reply->error().summary()));
    QCOMPARE(rig.tokenPosts(), 0);
    const QList<hubsim::LoggedRequest> log = rig.sim->requestLog().entries();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().method, QByteArray("GET"));
    QCOMPARE(log.first().header("Authorization"), QByteArray("Bearer " + token.toLatin1()));
}

void TestClientStack::readyTokenWinsOverTheSecret()
{
    Rig rig;
    QVERIFY(rig.listening);
    const QString token = issuedToken(rig);
    rig.sim->clearRequestLog();

    Credentials credentials = withSecret(QString(hubsim::kDemoClientSecret));
    credentials.accessToken = token;
    credentials.accessTokenExpiry = QDateTime::currentDateTimeUtc().addSecs(3600);
    const std::unique_ptr<ClientStack> stack = ClientStack::make(rig.settings, credentials);
    QVERIFY(stack);
    QCOMPARE(stack->tokens()->currentTokenExpiry(), credentials.accessTokenExpiry);
    QVERIFY(!fetch(*stack->client())->error().isError());
    QCOMPARE(rig.tokenPosts(), 0);
    QCOMPARE(rig.apiGets(), 1);
}

void TestClientStack::cachedTokenSavesTheTokenRequest()
{
    Rig rig;
    QVERIFY(rig.listening);
    const QString token = issuedToken(rig);
    const QDateTime expiry = rig.tokens->currentTokenExpiry();
    QVERIFY(expiry.isValid());
    rig.sim->clearRequestLog();

    Credentials credentials = withSecret(QString(hubsim::kDemoClientSecret));
    credentials.cachedToken = token;
    credentials.cachedTokenExpiry = expiry;
    const std::unique_ptr<ClientStack> stack = ClientStack::make(rig.settings, credentials);
    QVERIFY(stack);
    // Still client credentials, so a new token comes once the cached one is refused.
    auto *tokens = qobject_cast<ClientCredentialsTokenProvider *>(stack->tokens());
    QVERIFY(tokens);
    QVERIFY(!fetch(*stack->client())->error().isError());
    QCOMPARE(rig.tokenPosts(), 0);
    QCOMPARE(rig.apiRequests().first().header("Authorization"),
        QByteArray("Bearer " + token.toLatin1()));

    QVERIFY(rig.sim->revokeToken(token));
    QVERIFY(!fetch(*stack->client())->error().isError());
    QCOMPARE(rig.tokenPosts(), 1);
    QCOMPARE(tokens->tokenRequestCount(), 1);
}

void TestClientStack::wrapperIsWhatTheClientAsks()
{
    Rig rig;
    QVERIFY(rig.listening);
    QPointer<TokenProvider> inner;
    QPointer<WrappingTokenProvider> wrapper;
    ClientStack::Hooks hooks;
    hooks.wrap = [&inner, &wrapper](TokenProvider *built) -> TokenProvider * {
        inner = built;
        wrapper = new WrappingTokenProvider(built);
        return wrapper;
    };
    auto stack = ClientStack::make(
        rig.settings, withSecret(QString(hubsim::kDemoClientSecret)), nullptr, hooks);
    QVERIFY(stack);
    QVERIFY(wrapper);
    QCOMPARE(stack->tokens(), static_cast<TokenProvider *>(wrapper.get()));
    QCOMPARE(stack->innerTokens(), inner.get());
    QVERIFY(qobject_cast<ClientCredentialsTokenProvider *>(stack->innerTokens()));
    QCOMPARE(wrapper->parent(), static_cast<QObject *>(stack.get()));

    QVERIFY(!fetch(*stack->client())->error().isError());
    QCOMPARE(wrapper->requests, 1);
    QCOMPARE(rig.tokenPosts(), 1);

    stack.reset();
    QVERIFY(wrapper.isNull());
    QVERIFY(inner.isNull());
}

void TestClientStack::noCredentialsBuildsNothing()
{
    Rig rig;
    QVERIFY(rig.listening);
    rig.sim->clearRequestLog();
    bool hooked = false;
    ClientStack::Hooks hooks;
    hooks.configure = [&hooked](ClientCredentialsTokenProvider *) { hooked = true; };
    hooks.wrap = [&hooked](TokenProvider *inner) {
        hooked = true;
        return inner;
    };
    QCOMPARE(ClientStack::check(rig.settings, Credentials()), ClientStack::Problem::NoCredentials);
    QString error;
    QVERIFY(!ClientStack::make(rig.settings, Credentials(), &error, hooks));
    QCOMPARE(error, ClientStack::describe(ClientStack::Problem::NoCredentials));
    QVERIFY(error.contains(QStringLiteral("client secret")));
    QVERIFY(!hooked);
    // An expiry alone is not a token.
    Credentials expiryOnly;
    expiryOnly.accessTokenExpiry = QDateTime::currentDateTimeUtc().addSecs(60);
    expiryOnly.cachedTokenExpiry = expiryOnly.accessTokenExpiry;
    QVERIFY(!ClientStack::make(rig.settings, expiryOnly));
    QCOMPARE(rig.sim->requestLog().size(), 0);
}

void TestClientStack::secretWithoutTokenUrlBuildsNothing_data()
{
    QTest::addColumn<QUrl>("tokenUrl");
    QTest::addColumn<bool>("cachedTokenOnly");
    QTest::newRow("none") << QUrl() << false;
    QTest::newRow("invalid") << QUrl(QStringLiteral("http://[::1")) << false;
    QTest::newRow("none, cached token") << QUrl() << true;
}

void TestClientStack::secretWithoutTokenUrlBuildsNothing()
{
    QFETCH(QUrl, tokenUrl);
    QFETCH(bool, cachedTokenOnly);
    Rig rig;
    QVERIFY(rig.listening);
    rig.sim->clearRequestLog();
    ConnectionSettings settings = rig.settings;
    settings.tokenUrl = tokenUrl;
    const QString secret = QStringLiteral("a-secret-that-stays-put");
    Credentials credentials;
    if (cachedTokenOnly)
        credentials.cachedToken = secret;
    else
        credentials.clientSecret = secret;

    QCOMPARE(ClientStack::check(settings, credentials), ClientStack::Problem::NoTokenUrl);
    QString error;
    QVERIFY(!ClientStack::make(settings, credentials, &error));
    QCOMPARE(error, ClientStack::describe(ClientStack::Problem::NoTokenUrl));
    QVERIFY(error.contains(QStringLiteral("token URL")));
    QVERIFY(!error.contains(secret));
    QCOMPARE(rig.sim->requestLog().size(), 0);
    QCOMPARE(ClientStack::describe(ClientStack::Problem::None), QString());
}

void TestClientStack::destroyingTheStackDestroysEveryPart()
{
    Rig rig;
    QVERIFY(rig.listening);
    hubsim::FaultRule slow = rig.fault(hubsim::FaultRule::Kind::Latency);
    slow.delayMs = 200;
    rig.sim->addFault(slow);
    auto stack = ClientStack::make(rig.settings, withSecret(QString(hubsim::kDemoClientSecret)));
    QVERIFY(stack);
    QPointer<QNetworkAccessManager> nam = stack->nam();
    QPointer<TokenProvider> tokens = stack->tokens();
    QPointer<HubClient> client = stack->client();
    QPointer<PageReply> reply = client->fetchPage(1, 5);
    QSignalSpy finished(reply.data(), &PageReply::finished);
    QTRY_COMPARE(rig.apiGets(), 1); // in flight at the server

    stack.reset();
    QVERIFY(client.isNull());
    QVERIFY(tokens.isNull());
    QVERIFY(nam.isNull());
    QVERIFY(reply.isNull());
    QTest::qWait(400);
    QCOMPARE(finished.count(), 0); // aborted quietly
}

QTEST_GUILESS_MAIN(TestClientStack)
#include "tst_clientstack.moc"
