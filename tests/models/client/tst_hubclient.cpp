// HubClient::fetchPage() against the simulator over loopback sockets: what goes on the wire,
// authentication, and every fault the simulator can serve.

#include "clienttestsupport.h"
#include "models/client/pagereply.h"
#include "models/client/tokenprovider.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace clienttest;
using hubsim::FaultRule;
using Kind = ApiError::Kind;

namespace {

constexpr int waitMs = 10'000;

/// Fetches one page and waits for it; the reply is kept (autoDelete off) for inspection.
std::unique_ptr<PageReply> fetch(HubClient &client, int pagenum = 1, int pagesize = 25)
{
    std::unique_ptr<PageReply> reply(client.fetchPage(pagenum, pagesize));
    reply->setAutoDelete(false);
    QSignalSpy finished(reply.get(), &PageReply::finished);
    if (!finished.wait(waitMs))
        qWarning("page %d did not finish", pagenum);
    return reply;
}

QString describe(const PageReply &reply)
{
    return reply.error().summary();
}

} // namespace

class TestHubClient : public QObject
{
    Q_OBJECT

private slots:
    void fetchesTheReferenceExample();
    void sendsPagingParametersWithTheConfiguredNames();
    void everyApiRequestAsksForUserMessages();
    void secretNeverInAnyUrlOrApiRequest();
    void concurrentFetchesShareOneTokenPost();
    void expiredTokenIsRefreshedOnceAndRetried();
    void concurrent401sShareOneRefresh();
    void second401IsAnAuthenticationError();
    void forbiddenIsNotRetried();
    void tokenErrorsReachTheReply();
    void tooManyRequestsIsRetried_data();
    void tooManyRequestsIsRetried();
    void serverErrorsAreRetried_data();
    void serverErrorsAreRetried();
    void serverErrorsBeyondTheLimitFail();
    void retryBudgetLimitsRetries();
    void slowTrickleTimesOut();
    void fastTrickleSucceeds();
    void resetMidBodyIsRetried();
    void resetMidBodyEveryTimeFails();
    void truncatedBodyIsNotAPage();
    void malformedJsonIsInvalid();
    void wrongFieldTypes_data();
    void wrongFieldTypes();
    void oversizedBodyIsAbortedEarly();
    void gzipBombIsTooLarge();
    void truncatedGzipIsRetriedLikeACutBody();
    void redirectIsNotFollowed();
    void emptyResults_data();
    void emptyResults();
    void plainHttpToARemoteHostIsRefusedBeforeAnyRequest();
    void abortDeliversCancelledAndNothingLater();
    void replyDeletesItselfByDefault();
    void destroyingTheClientAbortsQuietly();
    void connectionRefusedIsANetworkError();
};

void TestHubClient::fetchesTheReferenceExample()
{
    Rig rig;
    QVERIFY(rig.listening);
    const auto reply = fetch(*rig.client, 1, 2);
    QVERIFY2(!reply->error().isError(), qPrintable(describe(*reply)));
    const OrchestrationPage &page = reply->page();
    QCOMPARE(page.records.size(), 2);
    QVERIFY(page.pagination.present);
    QCOMPARE(page.pagination.count, 2000);
    QCOMPARE(page.pagination.pagenum, 1);
    QCOMPARE(page.pagination.pagesize, 2);
    QCOMPARE(page.records.at(0).id(), QStringLiteral("45a095f4-d0ee-4220-a689-22b541c58f67"));
    QCOMPARE(page.records.at(0).name(), QStringLiteral("default_orchestration"));
    QCOMPARE(page.records.at(1).id(), QStringLiteral("b5fc053c-77f4-4445-b6df-2e744aef8f4f"));
    const hubsim::Dataset dataset = rig.sim->dataset();
    QCOMPARE(page.records.at(0).rawJson(), dataset.record(0));
    QCOMPARE(page.records.at(1).rawJson(), dataset.record(1));
    QCOMPARE(reply->attempts(), 1);
}

void TestHubClient::sendsPagingParametersWithTheConfiguredNames()
{
    {
        Rig rig;
        QVERIFY(rig.listening);
        const auto reply = fetch(*rig.client, 3, 10);
        QVERIFY2(!reply->error().isError(), qPrintable(describe(*reply)));
        QCOMPARE(reply->page().pagination.pagenum, 3);
        QCOMPARE(reply->page().records.first().rawJson(), rig.sim->dataset().record(20));
        const auto requests = rig.apiRequests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().queryValue(QStringLiteral("$pagenum")), QStringLiteral("3"));
        QCOMPARE(requests.first().queryValue(QStringLiteral("$pagesize")), QStringLiteral("10"));
    }
    {
        hubsim::SimulatorConfig config;
        config.pageNumberParameter = QStringLiteral("page[number]");
        config.pageSizeParameter = QStringLiteral("page size");
        Rig rig(config);
        QVERIFY(rig.listening);
        rig.settings.pageNumberParameter = config.pageNumberParameter;
        rig.settings.pageSizeParameter = config.pageSizeParameter;
        rig.makeClient(QString(hubsim::kDemoClientSecret));
        const auto reply = fetch(*rig.client, 2, 5);
        QVERIFY2(!reply->error().isError(), qPrintable(describe(*reply)));
        QCOMPARE(reply->page().pagination.pagenum, 2);
        const auto requests = rig.apiRequests();
        QCOMPARE(requests.first().queryValue(QStringLiteral("page[number]")), QStringLiteral("2"));
        QCOMPARE(requests.first().queryValue(QStringLiteral("page size")), QStringLiteral("5"));
    }
}

void TestHubClient::everyApiRequestAsksForUserMessages()
{
    Rig rig;
    QVERIFY(rig.listening);
    rig.sim->addFault(rig.fault(FaultRule::Kind::TooManyRequests)); // a retry too
    const auto first = fetch(*rig.client, 1);
    const auto second = fetch(*rig.client, 2);
    QVERIFY(!first->error().isError());
    QVERIFY(!second->error().isError());
    const auto requests = rig.apiRequests();
    QCOMPARE(requests.size(), 3);
    for (const hubsim::LoggedRequest &request : requests) {
        QCOMPARE(request.header("X-egain-error-message"), QByteArray("yes"));
        QCOMPARE(request.header("Accept"), QByteArray("application/json"));
        QVERIFY(request.header("Authorization").startsWith("Bearer "));
    }
}

void TestHubClient::secretNeverInAnyUrlOrApiRequest()
{
    Rig rig;
    QVERIFY(rig.listening);
    rig.sim->addFault(rig.fault(FaultRule::Kind::Status)); // 500 once: a retry
    for (int page = 1; page <= 3; ++page)
        QVERIFY(!fetch(*rig.client, page)->error().isError());
    const QByteArray secret = QByteArray(hubsim::kDemoClientSecret.data());
    QVERIFY(!rig.sim->requestLog().anyUrlContains(QString(hubsim::kDemoClientSecret)));
    int bodiesWithSecret = 0;
    for (const hubsim::LoggedRequest &request : rig.sim->requestLog().entries()) {
        for (const auto &[name, value] : request.headers)
            QVERIFY2(!value.contains(secret), name.constData());
        if (request.body.contains(secret)) {
            ++bodiesWithSecret;
            QCOMPARE(request.path, rig.sim->tokenUrl().path());
            QCOMPARE(request.method, QByteArray("POST"));
        }
    }
    QCOMPARE(bodiesWithSecret, rig.tokenPosts());
    QCOMPARE(rig.tokenPosts(), 1);
}

void TestHubClient::concurrentFetchesShareOneTokenPost()
{
    Rig rig;
    QVERIFY(rig.listening);
    rig.tokens->seedToken(
        QStringLiteral("expired-token"), QDateTime::currentDateTimeUtc().addSecs(-1));
    FaultRule slowToken = rig.fault(FaultRule::Kind::TokenLatency);
    slowToken.delayMs = 50;
    rig.sim->addFault(slowToken);

    QList<PageReply *> replies;
    int finished = 0;
    for (int i = 0; i < 50; ++i) {
        PageReply *reply = rig.client->fetchPage(i % 10 + 1, 10);
        reply->setAutoDelete(false);
        connect(reply, &PageReply::finished, this, [&finished] { ++finished; });
        replies.append(reply);
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, 50, waitMs);
    for (PageReply *reply : std::as_const(replies)) {
        QVERIFY2(!reply->error().isError(), qPrintable(describe(*reply)));
        QCOMPARE(reply->page().records.size(), 10);
    }
    QCOMPARE(rig.tokenPosts(), 1);
    QCOMPARE(rig.apiGets(), 50);
    qDeleteAll(replies);
}

void TestHubClient::expiredTokenIsRefreshedOnceAndRetried()
{
    Rig rig;
    QVERIFY(rig.listening);
    QVERIFY(!fetch(*rig.client)->error().isError());
    QCOMPARE(rig.tokenPosts(), 1);

    rig.sim->expireAllTokens();
    const auto reply = fetch(*rig.client, 2);
    QVERIFY2(!reply->error().isError(), qPrintable(describe(*reply)));
    QCOMPARE(reply->attempts(), 2);
    QCOMPARE(rig.tokenPosts(), 2);
    const auto requests = rig.apiRequests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(1).status, 401);
    QCOMPARE(requests.at(2).status, 200);
    QVERIFY(requests.at(1).header("Authorization") != requests.at(2).header("Authorization"));
}

void TestHubClient::concurrent401sShareOneRefresh()
{
    Rig rig;
    QVERIFY(rig.listening);
    QVERIFY(!fetch(*rig.client)->error().isError());
    rig.sim->expireAllTokens();

    QList<PageReply *> replies;
    int finished = 0;
    for (int i = 0; i < 12; ++i) {
        PageReply *reply = rig.client->fetchPage(i + 1, 5);
        reply->setAutoDelete(false);
        connect(reply, &PageReply::finished, this, [&finished] { ++finished; });
        replies.append(reply);
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, 12, waitMs);
    for (PageReply *reply : std::as_const(replies))
        QVERIFY2(!reply->error().isError(), qPrintable(describe(*reply)));
    QCOMPARE(rig.tokenPosts(), 2);
    qDeleteAll(replies);
}

void TestHubClient::second401IsAnAuthenticationError()
{
    Rig rig;
    QVERIFY(rig.listening);
    FaultRule unauthorized = rig.fault(FaultRule::Kind::Status, -1);
    unauthorized.status = 401;
    rig.sim->addFault(unauthorized);
    const auto reply = fetch(*rig.client);
    QCOMPARE(reply->error().kind, Kind::Authentication);
    QCOMPARE(reply->error().httpStatus, 401);
    QCOMPARE(reply->attempts(), 2);
    QCOMPARE(rig.tokenPosts(), 2);
    QCOMPARE(rig.apiGets(), 2);
    QVERIFY(!reply->error().summary().isEmpty());
}

void TestHubClient::forbiddenIsNotRetried()
{
    Rig rig;
    QVERIFY(rig.listening);
    FaultRule forbidden = rig.fault(FaultRule::Kind::Status, -1);
    forbidden.status = 403;
    rig.sim->addFault(forbidden);
    const auto reply = fetch(*rig.client);
    QCOMPARE(reply->error().kind, Kind::Authorization);
    QCOMPARE(reply->error().httpStatus, 403);
    QCOMPARE(reply->attempts(), 1);
    QCOMPARE(rig.apiGets(), 1);
    // The server's userMessage (sent because we asked for it) comes first.
    QVERIFY(!reply->error().userMessage.isEmpty());
    QVERIFY(reply->error().summary().contains(reply->error().userMessage));
    QVERIFY(reply->error().summary().contains(reply->error().code));
}

void TestHubClient::tokenErrorsReachTheReply()
{
    Rig rig({}, std::nullopt, QStringLiteral("wrong-secret"));
    QVERIFY(rig.listening);
    const auto reply = fetch(*rig.client);
    QCOMPARE(reply->error().kind, Kind::Authentication);
    QCOMPARE(reply->error().oauthError, QStringLiteral("invalid_client"));
    QCOMPARE(reply->attempts(), 0);
    QCOMPARE(rig.apiGets(), 0);
    QCOMPARE(rig.tokenPosts(), 1);
}

void TestHubClient::tooManyRequestsIsRetried_data()
{
    QTest::addColumn<bool>("asHttpDate");
    QTest::newRow("delta seconds") << false;
    QTest::newRow("http date") << true;
}

void TestHubClient::tooManyRequestsIsRetried()
{
    QFETCH(bool, asHttpDate);
    Rig rig;
    QVERIFY(rig.listening);
    FaultRule busy = rig.fault(FaultRule::Kind::TooManyRequests, 2);
    busy.retryAfterSeconds = 1;
    busy.retryAfterAsHttpDate = asHttpDate;
    rig.sim->addFault(busy);
    const auto reply = fetch(*rig.client);
    QVERIFY2(!reply->error().isError(), qPrintable(describe(*reply)));
    QCOMPARE(reply->attempts(), 3);
    const auto requests = rig.apiRequests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).status, 429);
    QCOMPARE(requests.at(1).status, 429);
    QCOMPARE(requests.at(2).status, 200);
}

void TestHubClient::serverErrorsAreRetried_data()
{
    QTest::addColumn<int>("status");
    for (int status : {500, 502, 503, 504, 408})
        QTest::newRow(qPrintable(QString::number(status))) << status;
}

void TestHubClient::serverErrorsAreRetried()
{
    QFETCH(int, status);
    Rig rig;
    QVERIFY(rig.listening);
    FaultRule failing = rig.fault(FaultRule::Kind::Status, 2);
    failing.status = status;
    rig.sim->addFault(failing);
    const auto reply = fetch(*rig.client);
    QVERIFY2(!reply->error().isError(), qPrintable(describe(*reply)));
    QCOMPARE(reply->attempts(), 3);
    QCOMPARE(reply->page().records.size(), 25);
}

void TestHubClient::serverErrorsBeyondTheLimitFail()
{
    Rig rig;
    QVERIFY(rig.listening);
    FaultRule failing = rig.fault(FaultRule::Kind::Status, -1);
    failing.status = 503;
    rig.sim->addFault(failing);
    const auto reply = fetch(*rig.client, 4);
    QCOMPARE(reply->error().kind, Kind::Http);
    QCOMPARE(reply->error().httpStatus, 503);
    QCOMPARE(reply->attempts(), fastPolicy().maxAttempts);
    const QString summary = reply->error().summary();
    QVERIFY2(summary.contains(QStringLiteral("Page 4")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("503")), qPrintable(summary));

    // A 404 (not transient) is not retried at all.
    rig.sim->clearFaults();
    FaultRule missing = rig.fault(FaultRule::Kind::Status, -1);
    missing.status = 404;
    rig.sim->addFault(missing);
    const auto notFound = fetch(*rig.client);
    QCOMPARE(notFound->error().kind, Kind::Http);
    QCOMPARE(notFound->error().httpStatus, 404);
    QCOMPARE(notFound->attempts(), 1);
}

void TestHubClient::retryBudgetLimitsRetries()
{
    Rig rig;
    QVERIFY(rig.listening);
    RetryPolicy policy = fastPolicy();
    policy.maxAttempts = 10;
    policy.retryBudget = 1;
    rig.client->setRetryPolicy(policy);
    FaultRule failing = rig.fault(FaultRule::Kind::Status, -1);
    failing.status = 502;
    rig.sim->addFault(failing);
    const auto reply = fetch(*rig.client);
    QCOMPARE(reply->error().httpStatus, 502);
    QCOMPARE(reply->attempts(), 2);
}

void TestHubClient::slowTrickleTimesOut()
{
    Rig rig;
    QVERIFY(rig.listening);
    HubClientOptions options = fastOptions();
    options.transferTimeout = std::chrono::milliseconds(150);
    rig.client->setOptions(options);
    RetryPolicy policy = fastPolicy();
    policy.maxAttempts = 2;
    rig.client->setRetryPolicy(policy);
    FaultRule trickle = rig.fault(FaultRule::Kind::TrickleBody, -1);
    trickle.delayMs = 1'000; // far slower than the transfer timeout
    trickle.chunkBytes = 16;
    rig.sim->addFault(trickle);
    const auto reply = fetch(*rig.client, 1, 2);
    QCOMPARE(reply->error().kind, Kind::Timeout);
    QCOMPARE(reply->attempts(), 2); // a timeout is transient
}

void TestHubClient::fastTrickleSucceeds()
{
    Rig rig;
    QVERIFY(rig.listening);
    HubClientOptions options = fastOptions();
    options.transferTimeout = std::chrono::milliseconds(1'000);
    rig.client->setOptions(options);
    FaultRule trickle = rig.fault(FaultRule::Kind::TrickleBody);
    trickle.delayMs = 10; // the whole body takes longer than one interval, never a gap
    trickle.chunkBytes = 256;
    rig.sim->addFault(trickle);
    const auto reply = fetch(*rig.client, 1, 3);
    QVERIFY2(!reply->error().isError(), qPrintable(describe(*reply)));
    QCOMPARE(reply->attempts(), 1);
    QCOMPARE(reply->page().records.size(), 3);
    QCOMPARE(reply->page().records.at(2).rawJson(), rig.sim->dataset().record(2));
}

void TestHubClient::resetMidBodyIsRetried()
{
    Rig rig;
    QVERIFY(rig.listening);
    rig.sim->addFault(rig.fault(FaultRule::Kind::ResetMidBody));
    const auto reply = fetch(*rig.client);
    QVERIFY2(!reply->error().isError(), qPrintable(describe(*reply)));
    QCOMPARE(reply->attempts(), 2);
    QCOMPARE(reply->page().records.size(), 25);
}

void TestHubClient::resetMidBodyEveryTimeFails()
{
    Rig rig;
    QVERIFY(rig.listening);
    rig.sim->addFault(rig.fault(FaultRule::Kind::ResetMidBody, -1));
    const auto reply = fetch(*rig.client);
    QCOMPARE(reply->error().kind, Kind::Network);
    QCOMPARE(reply->attempts(), fastPolicy().maxAttempts);
    QVERIFY(reply->page().records.isEmpty());
    QVERIFY(!reply->error().summary().isEmpty());
}

void TestHubClient::truncatedBodyIsNotAPage()
{
    Rig rig;
    QVERIFY(rig.listening);
    rig.sim->addFault(rig.fault(FaultRule::Kind::TruncatedBody, -1));
    const auto reply = fetch(*rig.client);
    // A cut-off transfer (transient, retried), never a parse error or half a page.
    QCOMPARE(reply->error().kind, Kind::Network);
    QCOMPARE(reply->attempts(), fastPolicy().maxAttempts);
    QVERIFY(reply->page().records.isEmpty());

    // Once only: the retry gets the whole page.
    rig.sim->clearFaults();
    rig.sim->addFault(rig.fault(FaultRule::Kind::TruncatedBody));
    const auto recovered = fetch(*rig.client);
    QVERIFY2(!recovered->error().isError(), qPrintable(describe(*recovered)));
    QCOMPARE(recovered->attempts(), 2);
}

void TestHubClient::malformedJsonIsInvalid()
{
    Rig rig;
    QVERIFY(rig.listening);
    rig.sim->addFault(rig.fault(FaultRule::Kind::MalformedJson, -1));
    const auto reply = fetch(*rig.client);
    QCOMPARE(reply->error().kind, Kind::InvalidResponse);
    QCOMPARE(reply->error().httpStatus, 200);
    QCOMPARE(reply->attempts(), 1); // not retried: the server serves what it serves
    QVERIFY(!reply->error().summary().isEmpty());
}

void TestHubClient::wrongFieldTypes_data()
{
    QTest::addColumn<int>("shape");
    QTest::addColumn<bool>("refused");
    QTest::newRow("orchestration not an array")
        << int(FaultRule::Shape::OrchestrationNotArray) << true;
    QTest::newRow("count not a number") << int(FaultRule::Shape::CountNotNumber) << true;
    QTest::newRow("record field types") << int(FaultRule::Shape::RecordFieldTypes) << false;
    QTest::newRow("pagination missing") << int(FaultRule::Shape::PaginationMissing) << false;
}

void TestHubClient::wrongFieldTypes()
{
    QFETCH(int, shape);
    QFETCH(bool, refused);
    Rig rig;
    QVERIFY(rig.listening);
    FaultRule wrong = rig.fault(FaultRule::Kind::WrongFieldTypes);
    wrong.shape = FaultRule::Shape(shape);
    rig.sim->addFault(wrong);
    const auto reply = fetch(*rig.client, 1, 5);
    QCOMPARE(reply->attempts(), 1);
    if (refused) {
        QCOMPARE(reply->error().kind, Kind::InvalidResponse);
        QVERIFY(!reply->error().summary().isEmpty());
        return;
    }
    // Odd records are kept and flagged, not dropped.
    QVERIFY2(!reply->error().isError(), qPrintable(describe(*reply)));
    QVERIFY(!reply->page().records.isEmpty());
    bool flagged = !reply->page().warnings.isEmpty();
    for (const Orchestration &record : reply->page().records)
        flagged = flagged || !record.warnings().isEmpty();
    QVERIFY(flagged);
}

void TestHubClient::oversizedBodyIsAbortedEarly()
{
    Rig rig;
    QVERIFY(rig.listening);
    HubClientOptions options = fastOptions();
    options.maxPageBytes = 64 * 1024;
    rig.client->setOptions(options);
    FaultRule huge = rig.fault(FaultRule::Kind::OversizedBody, -1);
    huge.bytes = 512LL * 1024 * 1024; // would take a while to download
    rig.sim->addFault(huge);
    const auto reply = fetch(*rig.client);
    QCOMPARE(reply->error().kind, Kind::TooLarge);
    QCOMPARE(reply->attempts(), 1);
    // Decided from Content-Length, before the body: the announced size is what it names (as
    // the user's locale writes numbers).
    QVERIFY2(reply->error().summary().contains(QLocale().toString(huge.bytes)),
        qPrintable(describe(*reply)));

    // While downloading too: a normal page bigger than a tiny cap.
    rig.sim->clearFaults();
    options.maxPageBytes = 1'000;
    rig.client->setOptions(options);
    const auto page = fetch(*rig.client, 1, 75);
    QCOMPARE(page->error().kind, Kind::TooLarge);
}

void TestHubClient::gzipBombIsTooLarge()
{
    // A small gzip body inflating far past the cap: what counts is the size after
    // decompression, and it is said as "too large", not as JSON that does not parse.
    Rig rig;
    QVERIFY(rig.listening);
    HubClientOptions options = fastOptions();
    options.maxPageBytes = 1024 * 1024;
    rig.client->setOptions(options);
    FaultRule bomb = rig.fault(FaultRule::Kind::GzipBomb, -1);
    bomb.bytes = 64LL * 1024 * 1024;
    rig.sim->addFault(bomb);
    const auto reply = fetch(*rig.client);
    QCOMPARE(reply->error().kind, Kind::TooLarge);
    QCOMPARE(reply->attempts(), 1);
    QVERIFY(reply->page().records.isEmpty());

    // Under the cap, the same inflated body is an ordinary (empty) page.
    rig.sim->clearFaults();
    bomb.bytes = 512 * 1024;
    rig.sim->addFault(bomb);
    const auto small = fetch(*rig.client);
    QVERIFY2(!small->error().isError(), qPrintable(describe(*small)));
    QVERIFY(small->page().records.isEmpty());
}

void TestHubClient::truncatedGzipIsRetriedLikeACutBody()
{
    Rig rig;
    QVERIFY(rig.listening);
    rig.sim->addFault(rig.fault(FaultRule::Kind::TruncatedGzip, -1));
    const auto reply = fetch(*rig.client);
    // A transfer cut short, whatever its encoding: transient and retried, never a parse
    // error or half a page.
    QCOMPARE(reply->error().kind, Kind::Network);
    QCOMPARE(reply->attempts(), fastPolicy().maxAttempts);
    QVERIFY(reply->page().records.isEmpty());

    rig.sim->clearFaults();
    rig.sim->addFault(rig.fault(FaultRule::Kind::TruncatedGzip));
    const auto recovered = fetch(*rig.client);
    QVERIFY2(!recovered->error().isError(), qPrintable(describe(*recovered)));
    QCOMPARE(recovered->attempts(), 2);
    QCOMPARE(recovered->page().records.size(), 25);
}

void TestHubClient::redirectIsNotFollowed()
{
    Rig rig;
    QVERIFY(rig.listening);
    rig.sim->addFault(rig.fault(FaultRule::Kind::RedirectToOtherHost, -1));
    const auto reply = fetch(*rig.client);
    QCOMPARE(reply->error().kind, Kind::Redirect);
    QCOMPARE(reply->error().httpStatus, 302);
    QCOMPARE(reply->attempts(), 1);
    QVERIFY2(reply->error().summary().contains(rig.sim->redirectTargetUrl().host()),
        qPrintable(describe(*reply)));
    QCOMPARE(rig.sim->requestLog().countRedirectTargetRequests(), 0);
}

void TestHubClient::emptyResults_data()
{
    QTest::addColumn<bool>("as204");
    QTest::newRow("200 with an empty array") << false;
    QTest::newRow("204 No Content") << true;
}

void TestHubClient::emptyResults()
{
    QFETCH(bool, as204);
    hubsim::SimulatorConfig config;
    config.emptyAs204 = as204;
    Rig rig(config, hubsim::Dataset());
    QVERIFY(rig.listening);
    const auto reply = fetch(*rig.client);
    QVERIFY2(!reply->error().isError(), qPrintable(describe(*reply)));
    QVERIFY(reply->page().records.isEmpty());
    QCOMPARE(reply->page().noContent, as204);
    QCOMPARE(rig.apiRequests().first().status, as204 ? 204 : 200);
}

void TestHubClient::plainHttpToARemoteHostIsRefusedBeforeAnyRequest()
{
    Rig rig;
    QVERIFY(rig.listening);
    // The token endpoint is reachable: the refusal must come before even asking it.
    rig.settings.baseUrl =
        QUrl(QStringLiteral("http://api.example.com/conversation/conversationmgr/v3"));
    rig.makeClient(QString(hubsim::kDemoClientSecret));
    const auto reply = fetch(*rig.client);
    QCOMPARE(reply->error().kind, Kind::InsecureTransport);
    QVERIFY(reply->error().summary().contains(QStringLiteral("https")));
    QCOMPARE(reply->attempts(), 0);
    QCOMPARE(rig.sim->requestLog().size(), 0);
}

void TestHubClient::abortDeliversCancelledAndNothingLater()
{
    Rig rig;
    QVERIFY(rig.listening);
    FaultRule slow = rig.fault(FaultRule::Kind::Latency);
    slow.delayMs = 300;
    rig.sim->addFault(slow);
    std::unique_ptr<PageReply> reply(rig.client->fetchPage(1, 5));
    reply->setAutoDelete(false);
    QSignalSpy finished(reply.get(), &PageReply::finished);
    QTRY_COMPARE(rig.apiGets(), 1); // in flight at the server
    reply->abort();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error().kind, Kind::Cancelled);
    QVERIFY(reply->isFinished());
    reply->abort(); // idempotent
    // Past the moment the server answers: nothing more arrives.
    QTest::qWait(600);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error().kind, Kind::Cancelled);
    QVERIFY(reply->page().records.isEmpty());
}

void TestHubClient::replyDeletesItselfByDefault()
{
    Rig rig;
    QVERIFY(rig.listening);
    QPointer<PageReply> reply = rig.client->fetchPage(1, 5);
    qsizetype records = -1;
    connect(reply, &PageReply::finished, this,
        [&records, reply] { records = reply->page().records.size(); });
    QTRY_VERIFY_WITH_TIMEOUT(reply.isNull(), waitMs);
    QCOMPARE(records, 5);
}

void TestHubClient::destroyingTheClientAbortsQuietly()
{
    Rig rig;
    QVERIFY(rig.listening);
    FaultRule slow = rig.fault(FaultRule::Kind::Latency);
    slow.delayMs = 200;
    rig.sim->addFault(slow);
    QPointer<PageReply> reply = rig.client->fetchPage(1, 5);
    QSignalSpy finished(reply.data(), &PageReply::finished);
    QTRY_COMPARE(rig.apiGets(), 1);
    rig.stack.reset(); // the client goes first
    QVERIFY(reply.isNull()); // a child of the client
    QTest::qWait(400);
    QCOMPARE(finished.count(), 0);
}

void TestHubClient::connectionRefusedIsANetworkError()
{
    Rig rig;
    QVERIFY(rig.listening);
    // Get a token, then point the API at a port where nobody listens.
    TokenProvider &tokens = *rig.tokens;
    QVERIFY(!fetch(*rig.client)->error().isError());
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    ConnectionSettings settings = rig.settings;
    QUrl base = settings.baseUrl;
    base.setPort(closedPort);
    settings.baseUrl = base;
    HubClient client(rig.stack->nam(), settings, &tokens);
    client.setRetryPolicy(fastPolicy());
    const auto reply = fetch(client);
    QCOMPARE(reply->error().kind, Kind::Network);
    QCOMPARE(reply->error().networkError, QNetworkReply::ConnectionRefusedError);
    QCOMPARE(reply->attempts(), fastPolicy().maxAttempts);
}

QTEST_GUILESS_MAIN(TestHubClient)
#include "tst_hubclient.moc"
