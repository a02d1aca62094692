// Token providers against the simulator's OAuth 2.0 token endpoint, over loopback sockets.

#include "clienttestsupport.h"
#include "models/client/tokenprovider.h"

#include <QSignalSpy>
#include <QTest>

using namespace clienttest;
using hubsim::FaultRule;

namespace {

/// Collects the answers of requestToken() calls.
struct TokenAnswers
{
    QObject context;
    QStringList tokens;
    QList<ApiError> errors;
    int answers() const { return int(tokens.size() + errors.size()); }

    void ask(TokenProvider &provider)
    {
        provider.requestToken(&context, [this](const QString &token, const ApiError &error) {
            if (error.isError())
                errors.append(error);
            else
                tokens.append(token);
        });
    }
};

} // namespace

class TestTokenProvider : public QObject
{
    Q_OBJECT

private slots:
    void fetchesAndCachesAToken();
    void secretTravelsOnlyInTheFormBody();
    void concurrentRequestsShareOnePost();
    void invalidateDropsOnlyThatToken();
    void seededTokenIsUsedWithoutAPost();
    void seededExpiredTokenIsReplaced();
    void shortLivedTokenKeepsAUsableMargin();
    void outOfRangeLifetimeIsClampedToADay_data();
    void outOfRangeLifetimeIsClampedToADay();
    void nonPositiveLifetimeIsRefused();
    void wrongSecretIsFinal();
    void unknownScopeIsFinal();
    void transientTokenErrorsAreRetried();
    void persistentTokenErrorsGiveUp();
    void plainHttpToARemoteTokenUrlIsRefused();
    void noAnswerAfterTheContextIsGone();
    void staticTokenProvider();
};

void TestTokenProvider::fetchesAndCachesAToken()
{
    Rig rig;
    QVERIFY(rig.listening);
    QSignalSpy issued(rig.tokens.get(), &TokenProvider::tokenIssued);
    TokenAnswers answers;
    answers.ask(*rig.tokens);
    QCOMPARE(answers.answers(), 0); // never inside the call
    QTRY_COMPARE(answers.answers(), 1);
    QVERIFY2(answers.errors.isEmpty(), qPrintable(answers.errors.value(0).summary()));
    QVERIFY(!answers.tokens.first().isEmpty());
    QCOMPARE(issued.count(), 1);
    QCOMPARE(issued.first().at(0).toString(), answers.tokens.first());
    const QDateTime expiry = rig.tokens->currentTokenExpiry();
    QVERIFY(expiry > QDateTime::currentDateTimeUtc().addSecs(3000));

    answers.ask(*rig.tokens);
    QTRY_COMPARE(answers.answers(), 2);
    QCOMPARE(answers.tokens.at(1), answers.tokens.at(0));
    QCOMPARE(rig.tokenPosts(), 1);
}

void TestTokenProvider::secretTravelsOnlyInTheFormBody()
{
    // Characters that break naive form encoding: '+' would become a space, '&' and '='
    // would split the body.
    const QString secret = QStringLiteral("s3cr+t/with&odd=chars %");
    hubsim::SimulatorConfig config;
    config.clients = {{QStringLiteral("odd-client"), secret, {QString(hubsim::kReadScope)}}};
    Rig rig(config, std::nullopt, secret);
    QVERIFY(rig.listening);
    rig.settings.clientId = QStringLiteral("odd-client");
    rig.makeClient(secret);

    TokenAnswers answers;
    answers.ask(*rig.tokens);
    QTRY_COMPARE(answers.answers(), 1);
    QVERIFY2(answers.errors.isEmpty(), qPrintable(answers.errors.value(0).summary()));

    const QList<hubsim::LoggedRequest> log = rig.sim->requestLog().entries();
    QCOMPARE(log.size(), 1);
    const hubsim::LoggedRequest &post = log.first();
    QCOMPARE(post.method, QByteArray("POST"));
    QVERIFY(post.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
    QVERIFY(post.query.isEmpty());
    QVERIFY(!rig.sim->requestLog().anyUrlContains(QStringLiteral("s3cr")));
    QVERIFY(post.body.contains("client_secret="));
    QVERIFY(post.body.contains("grant_type=client_credentials"));
    QVERIFY(post.body.contains("scope=app.conversation.conversationmgr.read"));
    for (const auto &[name, value] : post.headers)
        QVERIFY2(!value.contains("s3cr"), name.constData());
}

void TestTokenProvider::concurrentRequestsShareOnePost()
{
    Rig rig;
    QVERIFY(rig.listening);
    FaultRule slow = rig.fault(FaultRule::Kind::TokenLatency);
    slow.delayMs = 100; // keep the POST in flight while everyone asks
    rig.sim->addFault(slow);

    TokenAnswers answers;
    for (int i = 0; i < 50; ++i)
        answers.ask(*rig.tokens);
    QTRY_COMPARE(answers.answers(), 50);
    QVERIFY(answers.errors.isEmpty());
    QCOMPARE(QSet<QString>(answers.tokens.cbegin(), answers.tokens.cend()).size(), 1);
    QCOMPARE(rig.tokenPosts(), 1);
    QCOMPARE(rig.tokens->tokenRequestCount(), 1);
}

void TestTokenProvider::invalidateDropsOnlyThatToken()
{
    Rig rig;
    QVERIFY(rig.listening);
    TokenAnswers answers;
    answers.ask(*rig.tokens);
    QTRY_COMPARE(answers.answers(), 1);
    const QString first = answers.tokens.first();

    rig.tokens->invalidate(QStringLiteral("some-older-token"));
    QVERIFY(rig.tokens->currentTokenExpiry().isValid());

    rig.tokens->invalidate(first);
    QVERIFY(!rig.tokens->currentTokenExpiry().isValid());
    answers.ask(*rig.tokens);
    QTRY_COMPARE(answers.answers(), 2);
    QVERIFY(answers.errors.isEmpty());
    QVERIFY(answers.tokens.at(1) != first);
    QCOMPARE(rig.tokenPosts(), 2);
}

void TestTokenProvider::seededTokenIsUsedWithoutAPost()
{
    Rig rig;
    QVERIFY(rig.listening);
    const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(3600);
    rig.tokens->seedToken(QStringLiteral("seeded-token"), expiry);
    QCOMPARE(rig.tokens->currentTokenExpiry(), expiry);
    TokenAnswers answers;
    answers.ask(*rig.tokens);
    QTRY_COMPARE(answers.answers(), 1);
    QCOMPARE(answers.tokens.value(0), QStringLiteral("seeded-token"));
    QCOMPARE(rig.tokenPosts(), 0);
}

void TestTokenProvider::seededExpiredTokenIsReplaced()
{
    Rig rig;
    QVERIFY(rig.listening);
    rig.tokens->seedToken(
        QStringLiteral("stale-token"), QDateTime::currentDateTimeUtc().addSecs(-5));
    TokenAnswers answers;
    answers.ask(*rig.tokens);
    QTRY_COMPARE(answers.answers(), 1);
    QVERIFY(answers.errors.isEmpty());
    QVERIFY(answers.tokens.first() != QStringLiteral("stale-token"));
    QCOMPARE(rig.tokenPosts(), 1);
}

void TestTokenProvider::shortLivedTokenKeepsAUsableMargin()
{
    // A 60 s margin on a 20 s token would make every token stale on arrival.
    hubsim::SimulatorConfig config;
    config.tokenLifetimeSeconds = 20;
    Rig rig(config);
    QVERIFY(rig.listening);
    TokenAnswers answers;
    answers.ask(*rig.tokens);
    QTRY_COMPARE(answers.answers(), 1);
    answers.ask(*rig.tokens);
    QTRY_COMPARE(answers.answers(), 2);
    QVERIFY(answers.errors.isEmpty());
    QCOMPARE(rig.tokenPosts(), 1);
}

void TestTokenProvider::outOfRangeLifetimeIsClampedToADay_data()
{
    QTest::addColumn<QByteArray>("expiresIn");
    QTest::newRow("1e18") << QByteArray("1e18");
    QTest::newRow("1e300") << QByteArray("1e300");
    QTest::newRow("20 digits") << QByteArray("99999999999999999999");
    QTest::newRow("string 1e18") << QByteArray("\"1e18\"");
}

void TestTokenProvider::outOfRangeLifetimeIsClampedToADay()
{
    // A lifetime no integer holds: the token is still good, valid until a day from now
    // (not an invalid date), and reused rather than fetched again for every request.
    QFETCH(QByteArray, expiresIn);
    Rig rig;
    QVERIFY(rig.listening);
    FaultRule claim = rig.fault(FaultRule::Kind::TokenExpiresIn, -1);
    claim.expiresInJson = expiresIn;
    rig.sim->addFault(claim);
    TokenAnswers answers;
    answers.ask(*rig.tokens);
    QTRY_COMPARE(answers.answers(), 1);
    QVERIFY2(answers.errors.isEmpty(), qPrintable(answers.errors.value(0).summary()));
    const QDateTime expiry = rig.tokens->currentTokenExpiry();
    QVERIFY(expiry.isValid());
    const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(expiry);
    QVERIFY2(lifetime > 86'400 - 60 && lifetime <= 86'400, qPrintable(QString::number(lifetime)));

    answers.ask(*rig.tokens);
    QTRY_COMPARE(answers.answers(), 2);
    QVERIFY(answers.errors.isEmpty());
    QCOMPARE(answers.tokens.at(1), answers.tokens.at(0));
    QCOMPARE(rig.tokenPosts(), 1);
}

void TestTokenProvider::nonPositiveLifetimeIsRefused()
{
    Rig rig;
    QVERIFY(rig.listening);
    FaultRule claim = rig.fault(FaultRule::Kind::TokenExpiresIn, -1);
    claim.expiresInJson = "-1e300";
    rig.sim->addFault(claim);
    TokenAnswers answers;
    answers.ask(*rig.tokens);
    QTRY_COMPARE(answers.answers(), 1);
    QCOMPARE(answers.errors.size(), 1);
    QCOMPARE(answers.errors.first().kind, ApiError::Kind::InvalidResponse);
    QVERIFY2(answers.errors.first().message.contains(QLatin1String("expires_in is not positive")),
        qPrintable(answers.errors.first().message));
    QVERIFY(!rig.tokens->currentTokenExpiry().isValid());
}

void TestTokenProvider::wrongSecretIsFinal()
{
    Rig rig({}, std::nullopt, QStringLiteral("not-the-secret"));
    QVERIFY(rig.listening);
    QSignalSpy failed(rig.tokens.get(), &TokenProvider::tokenFailed);
    TokenAnswers answers;
    answers.ask(*rig.tokens);
    answers.ask(*rig.tokens);
    QTRY_COMPARE(answers.answers(), 2);
    QCOMPARE(answers.errors.size(), 2);
    const ApiError error = answers.errors.first();
    QCOMPARE(error.kind, ApiError::Kind::Authentication);
    QCOMPARE(error.httpStatus, 401);
    QCOMPARE(error.oauthError, QStringLiteral("invalid_client"));
    QVERIFY2(error.summary().contains(QStringLiteral("client id or client secret")),
        qPrintable(error.summary()));
    QVERIFY(!error.summary().contains(QStringLiteral("not-the-secret")));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(rig.tokenPosts(), 1); // final: not retried
}

void TestTokenProvider::unknownScopeIsFinal()
{
    Rig rig;
    QVERIFY(rig.listening);
    rig.settings.scope = QString(hubsim::kManageScope); // not granted to the demo client
    rig.makeClient(QString(hubsim::kDemoClientSecret));
    TokenAnswers answers;
    answers.ask(*rig.tokens);
    QTRY_COMPARE(answers.answers(), 1);
    QCOMPARE(answers.errors.size(), 1);
    const ApiError error = answers.errors.first();
    QCOMPARE(error.kind, ApiError::Kind::Authentication);
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.oauthError, QStringLiteral("invalid_scope"));
    QVERIFY2(error.summary().contains(QString(hubsim::kManageScope)), qPrintable(error.summary()));
    QCOMPARE(rig.tokenPosts(), 1);
}

void TestTokenProvider::transientTokenErrorsAreRetried()
{
    Rig rig;
    QVERIFY(rig.listening);
    FaultRule unavailable = rig.fault(FaultRule::Kind::TokenStatus, 2);
    unavailable.status = 503;
    rig.sim->addFault(unavailable);
    TokenAnswers answers;
    answers.ask(*rig.tokens);
    QTRY_COMPARE(answers.answers(), 1);
    QVERIFY2(answers.errors.isEmpty(), qPrintable(answers.errors.value(0).summary()));
    QCOMPARE(rig.tokenPosts(), 3);
}

void TestTokenProvider::persistentTokenErrorsGiveUp()
{
    Rig rig;
    QVERIFY(rig.listening);
    FaultRule broken = rig.fault(FaultRule::Kind::TokenStatus, -1);
    broken.status = 500;
    rig.sim->addFault(broken);
    TokenAnswers answers;
    answers.ask(*rig.tokens);
    QTRY_COMPARE(answers.answers(), 1);
    QCOMPARE(answers.errors.size(), 1);
    QCOMPARE(answers.errors.first().kind, ApiError::Kind::Http);
    QCOMPARE(answers.errors.first().httpStatus, 500);
    QCOMPARE(rig.tokenPosts(), fastPolicy().maxAttempts);
}

void TestTokenProvider::plainHttpToARemoteTokenUrlIsRefused()
{
    QNetworkAccessManager nam;
    ConnectionSettings settings;
    settings.tokenUrl = QUrl(QStringLiteral("http://auth.example.com/oauth2/token"));
    settings.clientId = QStringLiteral("someone");
    ClientCredentialsTokenProvider provider(&nam, settings, QStringLiteral("secret"));
    TokenAnswers answers;
    answers.ask(provider);
    QTRY_COMPARE(answers.answers(), 1);
    QCOMPARE(answers.errors.size(), 1);
    QCOMPARE(answers.errors.first().kind, ApiError::Kind::InsecureTransport);
    QCOMPARE(provider.tokenRequestCount(), 0);
}

void TestTokenProvider::noAnswerAfterTheContextIsGone()
{
    Rig rig;
    QVERIFY(rig.listening);
    int answered = 0;
    auto context = std::make_unique<QObject>();
    rig.tokens->requestToken(
        context.get(), [&answered](const QString &, const ApiError &) { ++answered; });
    TokenAnswers witness; // asked later: answered after the first one would have been
    witness.ask(*rig.tokens);
    context.reset();
    QTRY_COMPARE(witness.answers(), 1);
    QCOMPARE(answered, 0);
}

void TestTokenProvider::staticTokenProvider()
{
    StaticTokenProvider provider(
        QStringLiteral("pasted-token"), QDateTime::currentDateTimeUtc().addSecs(600));
    TokenAnswers answers;
    answers.ask(provider);
    QTRY_COMPARE(answers.answers(), 1);
    QCOMPARE(answers.tokens.value(0), QStringLiteral("pasted-token"));

    provider.invalidate(QStringLiteral("pasted-token"));
    answers.ask(provider);
    QTRY_COMPARE(answers.answers(), 2);
    QCOMPARE(answers.errors.size(), 1);
    QCOMPARE(answers.errors.first().kind, ApiError::Kind::Authentication);

    StaticTokenProvider expired(QStringLiteral("old"), QDateTime::currentDateTimeUtc().addSecs(-1));
    answers.ask(expired);
    QTRY_COMPARE(answers.answers(), 3);
    QCOMPARE(answers.errors.size(), 2);
}

QTEST_GUILESS_MAIN(TestTokenProvider)
#include "tst_tokenprovider.moc"
