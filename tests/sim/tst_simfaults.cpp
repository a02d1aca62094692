// Every fault the simulator offers puts on the wire what it promises: the client tests build
// on these, so a fault that quietly behaved normally would make them prove nothing.

#include "sim/hubsimulator.h"
#include "simtestclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocale>
#include <QTest>
#include <memory>

using namespace simtest;
using hubsim::FaultRule;
using hubsim::HubSimulator;
using hubsim::SimulatorConfig;
using Kind = FaultRule::Kind;

namespace {

FaultRule rule(Kind kind, int times = 1)
{
    FaultRule fault;
    fault.kind = kind;
    fault.times = times;
    return fault;
}

} // namespace

class TestSimFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void statusFaults_data();
    void statusFaults();
    void tooManyRequestsWithSeconds();
    void tooManyRequestsWithHttpDate();
    void rulesCountDownAndMatchPages();
    void latencyDelaysTheAnswer();
    void configLatencyAppliesToEveryResponse();
    void trickleSendsTheWholePageSlowly();
    void resetCutsTheBody();
    void truncatedBodyIsShorterThanPromised();
    void gzipBombIsSmallOnTheWire();
    void truncatedGzipIsShorterThanPromised();
    void malformedJson();
    void wrongFieldTypes_data();
    void wrongFieldTypes();
    void oversizedBody();
    void redirectPointsToAnotherHostWhichLogs();
    void ignorePaging();
    void countDrift();
    void dropConnection();
    void tokenFaults();
    void faultsOnlyAfterAuthentication();
    void faultsChangeWhileRunning();

private:
    QString token() { return demoToken(*m_nam, m_sim->tokenUrl()); }

    std::unique_ptr<HubSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestSimFaults::init()
{
    SimulatorConfig config;
    config.count = 60;
    m_sim = std::make_unique<HubSimulator>(config);
    QString error;
    QVERIFY2(m_sim->listen(&error), qPrintable(error));
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestSimFaults::cleanup()
{
    m_nam.reset();
    m_sim.reset();
}

void TestSimFaults::statusFaults_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("egainBody");
    QTest::newRow("500") << 500 << true;
    QTest::newRow("502") << 502 << false;
    QTest::newRow("503") << 503 << false;
    QTest::newRow("504") << 504 << false;
    QTest::newRow("408") << 408 << true;
}

void TestSimFaults::statusFaults()
{
    QFETCH(int, status);
    QFETCH(bool, egainBody);
    const QString accessToken = token();
    FaultRule fault = rule(Kind::Status, 2);
    fault.status = status;
    m_sim->setFaults({fault});

    for (int i = 0; i < 2; ++i) {
        const HttpResult result = get(
            *m_nam, m_sim->orchestrationsUrl(), accessToken, {{"X-egain-error-message", "yes"}});
        QCOMPARE(result.status, status);
        if (egainBody) {
            QCOMPARE(result.json().value(QStringLiteral("code")).toString(),
                QStringLiteral("%1-101").arg(status));
            QVERIFY(result.json().contains(QStringLiteral("userMessage")));
        } else {
            QVERIFY(result.header("Content-Type").startsWith("text/html"));
            QVERIFY(result.body.contains(QByteArray::number(status)));
        }
    }
    QCOMPARE(get(*m_nam, m_sim->orchestrationsUrl(), accessToken).status, 200);
    QCOMPARE(m_sim->faults().first().times, 0);

    const QList<hubsim::LoggedRequest> log = m_sim->requestLog().entries();
    QCOMPARE(log.at(1).status, status);
    QCOMPARE(log.at(1).fault, fault.describe());
    QVERIFY(log.last().fault.isEmpty());
}

void TestSimFaults::tooManyRequestsWithSeconds()
{
    const QString accessToken = token();
    FaultRule fault = rule(Kind::TooManyRequests, 3);
    fault.retryAfterSeconds = 7;
    m_sim->setFaults({fault});
    for (int i = 0; i < 3; ++i) {
        const HttpResult result = get(*m_nam, m_sim->orchestrationsUrl(), accessToken);
        QCOMPARE(result.status, 429);
        QCOMPARE(result.header("Retry-After"), QByteArray("7"));
        QCOMPARE(result.json().value(QStringLiteral("code")).toString(), QStringLiteral("429-101"));
    }
    QCOMPARE(get(*m_nam, m_sim->orchestrationsUrl(), accessToken).status, 200);
}

void TestSimFaults::tooManyRequestsWithHttpDate()
{
    const QString accessToken = token();
    FaultRule fault = rule(Kind::TooManyRequests);
    fault.retryAfterSeconds = 120;
    fault.retryAfterAsHttpDate = true;
    m_sim->setFaults({fault});
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const HttpResult result = get(*m_nam, m_sim->orchestrationsUrl(), accessToken);
    QCOMPARE(result.status, 429);
    // IMF-fixdate (RFC 9110 5.6.7), e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
    const QByteArray header = result.header("Retry-After");
    QDateTime when = QLocale::c().toDateTime(
        QString::fromLatin1(header), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    QVERIFY2(when.isValid(), header.constData());
    when.setTimeSpec(Qt::UTC);
    const qint64 ahead = before.secsTo(when);
    QVERIFY2(ahead >= 100 && ahead <= 130, qPrintable(QString::number(ahead)));
}

void TestSimFaults::rulesCountDownAndMatchPages()
{
    const QString accessToken = token();
    FaultRule onPage2 = rule(Kind::Status);
    onPage2.status = 503;
    onPage2.onlyPage = 2;
    FaultRule always = rule(Kind::Status, -1);
    always.status = 500;
    always.onlyPage = 3;
    m_sim->setFaults({onPage2, always});

    const QUrl url = m_sim->orchestrationsUrl();
    QCOMPARE(get(*m_nam, pageUrl(url, 1, 25), accessToken).status, 200);
    QCOMPARE(get(*m_nam, pageUrl(url, 2, 25), accessToken).status, 503);
    QCOMPARE(get(*m_nam, pageUrl(url, 2, 25), accessToken).status, 200);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(get(*m_nam, pageUrl(url, 3, 25), accessToken).status, 500);
    QCOMPARE(m_sim->faults().at(1).times, -1);

    m_sim->clearFaults();
    QVERIFY(m_sim->faults().isEmpty());
    QCOMPARE(get(*m_nam, pageUrl(url, 3, 25), accessToken).status, 200);
}

void TestSimFaults::latencyDelaysTheAnswer()
{
    const QString accessToken = token();
    FaultRule fault = rule(Kind::Latency);
    fault.delayMs = 150;
    m_sim->setFaults({fault});
    QElapsedTimer timer;
    timer.start();
    const HttpResult result = get(*m_nam, m_sim->orchestrationsUrl(), accessToken);
    // A precise single-shot timer never fires early, so this lower bound cannot flake.
    QVERIFY2(timer.elapsed() >= 150, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(QStringLiteral("orchestration")).toArray().size(), 25);
    QVERIFY(m_sim->requestLog().entries().last().fault.startsWith(QStringLiteral("latency")));
}

void TestSimFaults::configLatencyAppliesToEveryResponse()
{
    SimulatorConfig config = m_sim->config();
    config.latencyMs = 60;
    config.jitterMs = 20;
    m_sim->setConfig(config);
    QElapsedTimer timer;
    timer.start();
    const QString accessToken = token();
    QVERIFY(timer.elapsed() >= 40);
    timer.restart();
    QCOMPARE(get(*m_nam, m_sim->orchestrationsUrl(), QString()).status, 401);
    QVERIFY(timer.elapsed() >= 40);
    timer.restart();
    QCOMPARE(get(*m_nam, m_sim->orchestrationsUrl(), accessToken).status, 200);
    QVERIFY(timer.elapsed() >= 40);
}

void TestSimFaults::trickleSendsTheWholePageSlowly()
{
    const QString accessToken = token();
    const QUrl url = pageUrl(m_sim->orchestrationsUrl(), 1, 4);
    const HttpResult normal = get(*m_nam, url, accessToken);

    FaultRule fault = rule(Kind::TrickleBody);
    fault.delayMs = 5;
    fault.chunkBytes = 200;
    m_sim->setFaults({fault});
    const HttpResult trickled = get(*m_nam, url, accessToken);
    QCOMPARE(trickled.status, 200);
    QCOMPARE(trickled.error, QNetworkReply::NoError);
    QCOMPARE(trickled.body, normal.body);
    QCOMPARE(trickled.header("Content-Length").toLongLong(), normal.body.size());
    // The body came in pieces, not at once.
    QVERIFY2(trickled.readyReadCount >= 3, qPrintable(QString::number(trickled.readyReadCount)));

    // The kept-alive connection is still in step afterwards.
    QCOMPARE(get(*m_nam, url, accessToken).body, normal.body);
}

void TestSimFaults::resetCutsTheBody()
{
    // Raw sockets, because Qt 6.4's QNetworkReply is unreliable here: it may report a body cut
    // by a reset as complete (NoError, short body) and may even send the GET again. A client
    // has to compare what it got with Content-Length itself.
    const QString accessToken = token();
    const QHostAddress loopback(QHostAddress::LocalHost);
    const QByteArray request = rawGet(m_sim->orchestrationsUrl(), accessToken);

    m_sim->setFaults({rule(Kind::ResetMidBody)});
    RawResult raw = rawExchange(loopback, m_sim->port(), request);
    QVERIFY(raw.closed);
    QVERIFY(raw.head.startsWith("HTTP/1.1 200 OK"));
    QVERIFY(raw.contentLength > 1000);
    QVERIFY2(
        raw.body.size() <= raw.contentLength / 2, qPrintable(QString::number(raw.body.size())));

    FaultRule cut = rule(Kind::ResetMidBody);
    cut.bytes = 10;
    m_sim->setFaults({cut});
    raw = rawExchange(loopback, m_sim->port(), request);
    QVERIFY(raw.closed);
    QVERIFY(raw.body.size() <= 10);
    QVERIFY(raw.contentLength > 10);
    QCOMPARE(m_sim->requestLog().entries().last().fault, cut.describe());

    // The next request is served normally.
    raw = rawExchange(loopback, m_sim->port(), request);
    QCOMPARE(raw.body.size(), raw.contentLength);
    QCOMPARE(get(*m_nam, m_sim->orchestrationsUrl(), accessToken).status, 200);
}

void TestSimFaults::truncatedBodyIsShorterThanPromised()
{
    const QString accessToken = token();
    FaultRule fault = rule(Kind::TruncatedBody, 2);
    fault.bytes = 100;
    m_sim->setFaults({fault});

    const RawResult raw = rawExchange(QHostAddress(QHostAddress::LocalHost), m_sim->port(),
        rawGet(m_sim->orchestrationsUrl(), accessToken));
    QVERIFY(raw.closed);
    QVERIFY(raw.head.startsWith("HTTP/1.1 200 OK"));
    QVERIFY(raw.contentLength > 1000);
    QCOMPARE(raw.body.size(), 100);

    // Through QNetworkAccessManager: the headers promise more than arrives. (Whether the
    // reply then reports an error is Qt's business; see resetCutsTheBody().)
    const HttpResult result = get(*m_nam, m_sim->orchestrationsUrl(), accessToken);
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("Content-Length").toLongLong() > 1000);
    QCOMPARE(result.body.size(), 100);
}

void TestSimFaults::gzipBombIsSmallOnTheWire()
{
    const QString accessToken = token();
    FaultRule bomb = rule(Kind::GzipBomb);
    bomb.bytes = 64LL * 1024 * 1024;
    m_sim->setFaults({bomb});
    const RawResult raw = rawExchange(QHostAddress(QHostAddress::LocalHost), m_sim->port(),
        rawGet(m_sim->orchestrationsUrl(), accessToken));
    QVERIFY(raw.head.startsWith("HTTP/1.1 200 OK"));
    QVERIFY(raw.head.contains("Content-Encoding: gzip\r\n"));
    QCOMPARE(raw.body.size(), raw.contentLength);
    QVERIFY2(raw.body.size() < 1024 * 1024, qPrintable(QString::number(raw.body.size())));
    QVERIFY(raw.body.startsWith("\x1f\x8b")); // a gzip member...
    // ...whose trailer (ISIZE, little-endian) names the inflated size.
    const auto *tail = reinterpret_cast<const uchar *>(raw.body.constData() + raw.body.size() - 4);
    const quint32 inflated = tail[0] | tail[1] << 8 | tail[2] << 16 | quint32(tail[3]) << 24;
    QCOMPARE(qint64(inflated), bomb.bytes);
}

void TestSimFaults::truncatedGzipIsShorterThanPromised()
{
    const QString accessToken = token();
    FaultRule cut = rule(Kind::TruncatedGzip);
    cut.bytes = 100;
    m_sim->setFaults({cut});
    const RawResult raw = rawExchange(QHostAddress(QHostAddress::LocalHost), m_sim->port(),
        rawGet(m_sim->orchestrationsUrl(), accessToken));
    QVERIFY(raw.closed);
    QVERIFY(raw.head.contains("Content-Encoding: gzip\r\n"));
    QVERIFY(raw.contentLength > 1000);
    QCOMPARE(raw.body.size(), 100);
    QVERIFY(raw.body.startsWith("\x1f\x8b"));
    QCOMPARE(m_sim->requestLog().entries().last().fault, cut.describe());
}

void TestSimFaults::malformedJson()
{
    const QString accessToken = token();
    m_sim->setFaults({rule(Kind::MalformedJson)});
    const HttpResult result = get(*m_nam, m_sim->orchestrationsUrl(), accessToken);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.error, QNetworkReply::NoError);
    QVERIFY(result.header("Content-Type").startsWith("application/json"));
    QCOMPARE(result.header("Content-Length").toLongLong(), result.body.size());
    QJsonParseError error;
    QJsonDocument::fromJson(result.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestSimFaults::wrongFieldTypes_data()
{
    QTest::addColumn<int>("shape");
    QTest::newRow("orchestration is an object") << int(FaultRule::Shape::OrchestrationNotArray);
    QTest::newRow("count is a string") << int(FaultRule::Shape::CountNotNumber);
    QTest::newRow("records with wrong types") << int(FaultRule::Shape::RecordFieldTypes);
    QTest::newRow("no paginationInfo") << int(FaultRule::Shape::PaginationMissing);
}

void TestSimFaults::wrongFieldTypes()
{
    QFETCH(int, shape);
    const QString accessToken = token();
    FaultRule fault = rule(Kind::WrongFieldTypes);
    fault.shape = FaultRule::Shape(shape);
    m_sim->setFaults({fault});
    const HttpResult result = get(*m_nam, m_sim->orchestrationsUrl(), accessToken);
    QCOMPARE(result.status, 200);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(result.body, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError); // valid JSON, wrong shape

    switch (FaultRule::Shape(shape)) {
    case FaultRule::Shape::OrchestrationNotArray:
        QVERIFY(json.value(QStringLiteral("orchestration")).isObject());
        break;
    case FaultRule::Shape::CountNotNumber:
        QCOMPARE(json.value(QStringLiteral("paginationInfo"))
                     .toObject()
                     .value(QStringLiteral("count"))
                     .toString(),
            QStringLiteral("many"));
        QCOMPARE(json.value(QStringLiteral("orchestration")).toArray().size(), 25);
        break;
    case FaultRule::Shape::CountMissing: {
        const QJsonObject pagination = json.value(QStringLiteral("paginationInfo")).toObject();
        QVERIFY(!pagination.contains(QStringLiteral("count")));
        QCOMPARE(pagination.value(QStringLiteral("pagenum")).toInt(), 1);
        break;
    }
    case FaultRule::Shape::RecordFieldTypes: {
        const QJsonArray records = json.value(QStringLiteral("orchestration")).toArray();
        QCOMPARE(records.size(), 3 + 25); // the broken ones, then the page's good ones
        const QJsonObject broken = records.first().toObject();
        QVERIFY(broken.value(QStringLiteral("id")).isDouble());
        QVERIFY(broken.value(QStringLiteral("name")).isArray());
        QVERIFY(broken.value(QStringLiteral("active")).isString());
        QVERIFY(records.at(1).toObject().value(QStringLiteral("applications")).isArray());
        QVERIFY(records.at(2)
                    .toObject()
                    .value(QStringLiteral("applications"))
                    .toObject()
                    .value(QStringLiteral("agentConfiguration"))
                    .toObject()
                    .value(QStringLiteral("agents"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("id"))
                    .isDouble());
        QCOMPARE(records.at(3).toObject(), m_sim->dataset().recordObject(0));
        break;
    }
    case FaultRule::Shape::PaginationMissing:
        QVERIFY(!json.contains(QStringLiteral("paginationInfo")));
        QCOMPARE(json.value(QStringLiteral("orchestration")).toArray().size(), 25);
        break;
    }
}

void TestSimFaults::oversizedBody()
{
    const QString accessToken = token();
    FaultRule fault = rule(Kind::OversizedBody);
    fault.bytes = 6 * 1024 * 1024;
    m_sim->setFaults({fault});
    const HttpResult result = get(*m_nam, m_sim->orchestrationsUrl(), accessToken);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.error, QNetworkReply::NoError);
    QCOMPARE(result.header("Content-Length").toLongLong(), fault.bytes);
    QCOMPARE(qint64(result.body.size()), fault.bytes);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(result.body, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(json.value(QStringLiteral("orchestration")).isArray());

    // A client that gives up early just closes; the simulator carries on.
    fault.bytes = 200 * 1024 * 1024;
    m_sim->setFaults({fault});
    QNetworkRequest request(m_sim->orchestrationsUrl());
    request.setRawHeader("Authorization", "Bearer " + accessToken.toLatin1());
    QNetworkReply *reply = m_nam->get(request);
    qint64 received = 0;
    connect(reply, &QNetworkReply::readyRead, reply, [&received, reply] {
        received += reply->readAll().size();
        if (received > 1024 * 1024)
            reply->abort();
    });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), fault.bytes);
    delete reply;
    QCOMPARE(get(*m_nam, m_sim->orchestrationsUrl(), accessToken).status, 200);
}

void TestSimFaults::redirectPointsToAnotherHostWhichLogs()
{
    const QString accessToken = token();
    m_sim->setFaults({rule(Kind::RedirectToOtherHost)});
    const QUrl asked = pageUrl(m_sim->orchestrationsUrl(), 2, 10);
    const HttpResult result = get(*m_nam, asked, accessToken);
    QCOMPARE(result.status, 302);
    const QUrl location = QUrl::fromEncoded(result.header("Location"));
    QVERIFY(location.isValid());
    QCOMPARE(location.host(), m_sim->redirectTargetUrl().host());
    QCOMPARE(location.port(), m_sim->redirectTargetUrl().port());
    QVERIFY(location.host() != asked.host() || location.port() != asked.port());
    QCOMPARE(location.path(), asked.path());
    QCOMPARE(QUrlQuery(location).queryItemValue(QStringLiteral("$pagenum")), QStringLiteral("2"));

    // Whatever reaches the other host is logged there, headers included: a client that
    // carried its token along would be caught.
    QCOMPARE(m_sim->requestLog().countRedirectTargetRequests(), 0);
    QCOMPARE(get(*m_nam, location, QString()).status, 200);
    QCOMPARE(get(*m_nam, location, QStringLiteral("leaked-token")).status, 200);
    QCOMPARE(m_sim->requestLog().countRedirectTargetRequests(), 2);
    const QList<hubsim::LoggedRequest> log = m_sim->requestLog().entries();
    const hubsim::LoggedRequest &polite = log.at(log.size() - 2);
    const hubsim::LoggedRequest &leaky = log.last();
    QVERIFY(polite.toRedirectTarget);
    QVERIFY(!polite.hasHeader("Authorization"));
    QCOMPARE(leaky.header("Authorization"), QByteArray("Bearer leaked-token"));
    QCOMPARE(leaky.localAddress, QHostAddress(m_sim->redirectTargetUrl().host()));
    QCOMPARE(leaky.localPort, quint16(m_sim->redirectTargetUrl().port()));

    // The 307/308 variants keep their status.
    FaultRule permanent = rule(Kind::RedirectToOtherHost);
    permanent.status = 308;
    m_sim->setFaults({permanent});
    QCOMPARE(get(*m_nam, asked, accessToken).status, 308);
}

void TestSimFaults::ignorePaging()
{
    const QString accessToken = token();
    m_sim->setFaults({rule(Kind::IgnorePaging, -1)});
    for (const int page : {2, 3}) {
        const HttpResult result =
            get(*m_nam, pageUrl(m_sim->orchestrationsUrl(), page, 10), accessToken);
        QCOMPARE(result.status, 200);
        const QJsonObject info = result.json().value(QStringLiteral("paginationInfo")).toObject();
        QCOMPARE(info.value(QStringLiteral("pagenum")).toInt(), 1);
        QCOMPARE(info.value(QStringLiteral("pagesize")).toInt(), 25);
        const QJsonArray records = result.json().value(QStringLiteral("orchestration")).toArray();
        QCOMPARE(records.size(), 25);
        QCOMPARE(records.first().toObject(), m_sim->dataset().recordObject(0));
    }
}

void TestSimFaults::countDrift()
{
    const QString accessToken = token();
    FaultRule drift = rule(Kind::CountDrift);
    drift.onlyPage = 2;
    drift.countDelta = 5;
    m_sim->setFaults({drift});
    const auto countOf = [&](int page) {
        return get(*m_nam, pageUrl(m_sim->orchestrationsUrl(), page, 25), accessToken)
            .json()
            .value(QStringLiteral("paginationInfo"))
            .toObject()
            .value(QStringLiteral("count"))
            .toInt();
    };
    QCOMPARE(countOf(1), 60);
    QCOMPARE(countOf(2), 65);
    QCOMPARE(countOf(3), 65);
    QCOMPARE(countOf(1), 65); // from then on

    drift.onlyPage = 0;
    drift.countDelta = -70;
    m_sim->addFault(drift);
    QCOMPARE(countOf(1), 0); // never negative
    m_sim->clearFaults();
    QCOMPARE(countOf(1), 60);
}

void TestSimFaults::dropConnection()
{
    const QString accessToken = token();
    m_sim->setFaults({rule(Kind::DropConnection)});
    const RawResult raw = rawExchange(QHostAddress(QHostAddress::LocalHost), m_sim->port(),
        rawGet(m_sim->orchestrationsUrl(), accessToken));
    QVERIFY(raw.closed);
    QVERIFY(raw.head.isEmpty());
    QCOMPARE(m_sim->requestLog().entries().last().status, 0);

    // QNetworkAccessManager silently sends a request again once when a kept-alive connection
    // closes before any answer, so a client only sees a drop that repeats.
    m_sim->setFaults({rule(Kind::DropConnection, -1)});
    const HttpResult result = get(*m_nam, m_sim->orchestrationsUrl(), accessToken);
    QVERIFY(result.finished);
    QVERIFY(result.error != QNetworkReply::NoError);
    QCOMPARE(result.status, 0);
    m_sim->clearFaults();
    QCOMPARE(get(*m_nam, m_sim->orchestrationsUrl(), accessToken).status, 200);
}

void TestSimFaults::tokenFaults()
{
    FaultRule failing = rule(Kind::TokenStatus, 2);
    failing.status = 503;
    FaultRule slow = rule(Kind::TokenLatency);
    slow.delayMs = 100;
    FaultRule rejected = rule(Kind::TokenStatus);
    rejected.status = 401;
    m_sim->setFaults({failing, slow, rejected});

    // API faults do not take token requests, and the other way round.
    QCOMPARE(postToken(*m_nam, m_sim->tokenUrl(), demoForm()).status, 503);
    QCOMPARE(postToken(*m_nam, m_sim->tokenUrl(), demoForm()).status, 503);
    QElapsedTimer timer;
    timer.start();
    const HttpResult late = postToken(*m_nam, m_sim->tokenUrl(), demoForm());
    QVERIFY(timer.elapsed() >= 100);
    QCOMPARE(late.status, 200);
    const HttpResult refused = postToken(*m_nam, m_sim->tokenUrl(), demoForm());
    QCOMPARE(refused.status, 401);
    QCOMPARE(
        refused.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
    QCOMPARE(postToken(*m_nam, m_sim->tokenUrl(), demoForm()).status, 200);

    // Several clients waiting on one slow token request all get their answers.
    slow.times = 3;
    m_sim->setFaults({slow});
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 3; ++i) {
        QNetworkRequest request(m_sim->tokenUrl());
        request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
        replies.append(m_nam->post(request, demoForm()));
    }
    for (QNetworkReply *reply : replies)
        QCOMPARE(finish(reply).status, 200);
}

void TestSimFaults::faultsOnlyAfterAuthentication()
{
    // A 401 does not spend an API fault: the fault waits for a request that would succeed.
    m_sim->setFaults({rule(Kind::TooManyRequests)});
    QCOMPARE(get(*m_nam, m_sim->orchestrationsUrl(), QStringLiteral("stale")).status, 401);
    QCOMPARE(get(*m_nam,
                 withQuery(m_sim->orchestrationsUrl(),
                     {{QStringLiteral("$pagenum"), QStringLiteral("x")}}),
                 token())
                 .status,
        400);
    QCOMPARE(m_sim->faults().first().times, 1);
    QCOMPARE(get(*m_nam, m_sim->orchestrationsUrl(), token()).status, 429);
}

void TestSimFaults::faultsChangeWhileRunning()
{
    const QString accessToken = token();
    QCOMPARE(get(*m_nam, m_sim->orchestrationsUrl(), accessToken).status, 200);
    FaultRule fault = rule(Kind::Status, -1);
    fault.status = 502;
    m_sim->addFault(fault);
    QCOMPARE(get(*m_nam, m_sim->orchestrationsUrl(), accessToken).status, 502);
    QCOMPARE(get(*m_nam, m_sim->orchestrationsUrl(), accessToken).status, 502);
    m_sim->clearFaults();
    QCOMPARE(get(*m_nam, m_sim->orchestrationsUrl(), accessToken).status, 200);
}

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_simfaults.moc"
