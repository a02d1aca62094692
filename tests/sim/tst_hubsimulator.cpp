// The simulator's normal service over real loopback sockets: the OAuth 2.0 token endpoint
// with every RFC 6749 error, bearer authentication, eGain error bodies, paging, and the
// request log that other tests rely on.

#include "sim/hubsimulator.h"
#include "simtestclient.h"

#include <QJsonArray>
#include <QTest>
#include <memory>

using namespace simtest;
using hubsim::HubSimulator;
using hubsim::SimulatorConfig;

class TestHubSimulator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listensOnLoopback();
    void tokenIsIssued();
    void tokenWithBasicAuthentication();
    void tokenScopes();
    void tokenErrors_data();
    void tokenErrors();
    void tokenEndpointTakesPostOnly();

    void apiRejectsMissingOrUnknownTokens_data();
    void apiRejectsMissingOrUnknownTokens();
    void expiredAndRevokedTokensGet401();
    void shortTokenLifetime();
    void clientWithoutScopeGets403();
    void manageScopeIsEnough();
    void userMessageOnlyWhenAsked();
    void unknownPathAndWrongMethod();

    void firstPageWithDefaults();
    void referenceExampleIsServedVerbatim();
    void pagesCoverTheDataset();
    void pageSizeIsCapped();
    void pageBeyondTheEndIsEmpty();
    void emptyResultAs204();
    void emptyTenant();
    void malformedPagingGets400_data();
    void malformedPagingGets400();
    void renamedPagingParameters();
    void keepAliveAndParallelRequests();

    void requestLogRecordsEverything();
    void configAndDatasetChangeWhileRunning();

private:
    void startSimulator(const SimulatorConfig &config);

    std::unique_ptr<HubSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestHubSimulator::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    SimulatorConfig config;
    config.count = 60;
    startSimulator(config);
}

void TestHubSimulator::cleanup()
{
    m_nam.reset();
    m_sim.reset();
}

void TestHubSimulator::startSimulator(const SimulatorConfig &config)
{
    m_sim = std::make_unique<HubSimulator>(config);
    QString error;
    QVERIFY2(m_sim->listen(&error), qPrintable(error));
}

void TestHubSimulator::listensOnLoopback()
{
    QVERIFY(m_sim->isListening());
    QVERIFY(m_sim->port() > 0);
    QCOMPARE(m_sim->baseUrl().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(m_sim->baseUrl().path(), QStringLiteral("/conversation/conversationmgr/v3"));
    QCOMPARE(m_sim->orchestrationsUrl().path(),
        QStringLiteral("/conversation/conversationmgr/v3/orchestrations"));
    QCOMPARE(m_sim->tokenUrl().path(), QStringLiteral("/system/auth/DEMO-U/oauth2/token"));
    QCOMPARE(m_sim->tokenUrl().port(), int(m_sim->port()));
    const QUrl target = m_sim->redirectTargetUrl();
    QVERIFY(target.isValid());
    QVERIFY(QHostAddress(target.host()).isLoopback());
    QVERIFY(target.host() != m_sim->baseUrl().host() || target.port() != m_sim->baseUrl().port());

    // A second simulator gets a port of its own.
    HubSimulator other(SimulatorConfig {});
    QVERIFY(other.listen());
    QVERIFY(other.port() != m_sim->port());
}

void TestHubSimulator::tokenIsIssued()
{
    const HttpResult result = postToken(*m_nam, m_sim->tokenUrl(), demoForm());
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("Content-Type").startsWith("application/json"));
    QCOMPARE(result.header("Cache-Control"), QByteArray("no-store"));
    const QJsonObject json = result.json();
    QVERIFY(json.value(QStringLiteral("access_token")).toString().size() >= 32);
    QCOMPARE(json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(json.value(QStringLiteral("expires_in")).toInt(), 3600);
    // No scope asked: the client's scopes are granted.
    QCOMPARE(json.value(QStringLiteral("scope")).toString(), QString(hubsim::kReadScope));

    // Every token is new, and works.
    const QString second = demoToken(*m_nam, m_sim->tokenUrl());
    QVERIFY(second != json.value(QStringLiteral("access_token")).toString());
    QCOMPARE(m_sim->validTokenCount(), 2);
    QCOMPARE(get(*m_nam, m_sim->orchestrationsUrl(), second).status, 200);
}

void TestHubSimulator::tokenWithBasicAuthentication()
{
    // RFC 6749 2.3.1: credentials form-encoded, then Basic; the body holds no secret.
    SimulatorConfig config = m_sim->config();
    config.clients.append({QStringLiteral("client:with space"), QStringLiteral("s3cr3t+/&%"),
        {QString(hubsim::kReadScope)}});
    m_sim->setConfig(config);

    HttpResult result = postToken(*m_nam, m_sim->tokenUrl(), "grant_type=client_credentials",
        QByteArray("demo-client:demo-secret"));
    QCOMPARE(result.status, 200);
    QVERIFY(!result.json().value(QStringLiteral("access_token")).toString().isEmpty());

    result = postToken(*m_nam, m_sim->tokenUrl(), "grant_type=client_credentials",
        QByteArray("client%3Awith+space:s3cr3t%2B%2F%26%25"));
    QCOMPARE(result.status, 200);

    // The same client id in the body is allowed alongside Basic.
    result =
        postToken(*m_nam, m_sim->tokenUrl(), "grant_type=client_credentials&client_id=demo-client",
            QByteArray("demo-client:demo-secret"));
    QCOMPARE(result.status, 200);
}

void TestHubSimulator::tokenScopes()
{
    SimulatorConfig config = m_sim->config();
    config.clients.first().scopes = {QString(hubsim::kReadScope), QString(hubsim::kManageScope)};
    m_sim->setConfig(config);

    HttpResult result = postToken(
        *m_nam, m_sim->tokenUrl(), demoForm("&scope=app.conversation.conversationmgr.read"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(QStringLiteral("scope")).toString(), QString(hubsim::kReadScope));

    result = postToken(*m_nam, m_sim->tokenUrl(),
        demoForm("&scope=app.conversation.conversationmgr.read+app.conversation.conversationmgr."
                 "manage"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(QStringLiteral("scope")).toString(),
        QString(hubsim::kReadScope) + QLatin1Char(' ') + QString(hubsim::kManageScope));

    result = postToken(*m_nam, m_sim->tokenUrl(), demoForm());
    QCOMPARE(
        result.json().value(QStringLiteral("scope")).toString().split(QLatin1Char(' ')).size(), 2);
}

void TestHubSimulator::tokenErrors_data()
{
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<QByteArray>("basic");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    const QByteArray form = "application/x-www-form-urlencoded";
    QTest::newRow("JSON body") << QByteArray(R"({"grant_type":"client_credentials"})")
                               << QByteArray() << QByteArray("application/json") << 400
                               << QStringLiteral("invalid_request");
    QTest::newRow("text body") << demoForm() << QByteArray() << QByteArray("text/plain") << 400
                               << QStringLiteral("invalid_request");
    QTest::newRow("no grant_type")
        << QByteArray("client_id=demo-client&client_secret=demo-secret") << QByteArray() << form
        << 400 << QStringLiteral("invalid_request");
    QTest::newRow("duplicate parameter") << demoForm("&client_id=demo-client") << QByteArray()
                                         << form << 400 << QStringLiteral("invalid_request");
    QTest::newRow("two authentication methods")
        << demoForm() << QByteArray("demo-client:demo-secret") << form << 400
        << QStringLiteral("invalid_request");
    QTest::newRow("password grant")
        << QByteArray("grant_type=password&client_id=demo-client&client_secret=demo-secret")
        << QByteArray() << form << 400 << QStringLiteral("unsupported_grant_type");
    QTest::newRow("authorization_code grant") << QByteArray("grant_type=authorization_code&code=x")
                                              << QByteArray("demo-client:demo-secret") << form
                                              << 400 << QStringLiteral("unsupported_grant_type");
    QTest::newRow("no client credentials")
        << QByteArray("grant_type=client_credentials") << QByteArray() << form << 401
        << QStringLiteral("invalid_client");
    QTest::newRow("no secret") << QByteArray("grant_type=client_credentials&client_id=demo-client")
                               << QByteArray() << form << 401 << QStringLiteral("invalid_client");
    QTest::newRow("unknown client")
        << QByteArray("grant_type=client_credentials&client_id=nobody&client_secret=demo-secret")
        << QByteArray() << form << 401 << QStringLiteral("invalid_client");
    QTest::newRow("wrong secret") << QByteArray(
        "grant_type=client_credentials&client_id=demo-client&client_secret=guess")
                                  << QByteArray() << form << 401
                                  << QStringLiteral("invalid_client");
    QTest::newRow("wrong Basic secret")
        << QByteArray("grant_type=client_credentials") << QByteArray("demo-client:guess") << form
        << 401 << QStringLiteral("invalid_client");
    QTest::newRow("scope not granted")
        << demoForm("&scope=app.conversation.conversationmgr.manage") << QByteArray() << form << 400
        << QStringLiteral("invalid_scope");
    QTest::newRow("one of two scopes not granted")
        << demoForm("&scope=app.conversation.conversationmgr.read%20admin") << QByteArray() << form
        << 400 << QStringLiteral("invalid_scope");
}

void TestHubSimulator::tokenErrors()
{
    QFETCH(QByteArray, form);
    QFETCH(QByteArray, basic);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, error);

    const HttpResult result = postToken(*m_nam, m_sim->tokenUrl(), form, basic, contentType);
    QCOMPARE(result.status, status);
    QVERIFY(result.header("Content-Type").startsWith("application/json"));
    QCOMPARE(result.header("Cache-Control"), QByteArray("no-store"));
    const QJsonObject json = result.json();
    QCOMPARE(json.value(QStringLiteral("error")).toString(), error);
    QVERIFY(!json.value(QStringLiteral("error_description")).toString().isEmpty());
    QVERIFY(!json.contains(QStringLiteral("access_token")));
    if (status == 401 && !basic.isEmpty())
        QVERIFY(result.header("WWW-Authenticate").startsWith("Basic"));
    QCOMPARE(m_sim->validTokenCount(), 0);
}

void TestHubSimulator::tokenEndpointTakesPostOnly()
{
    HttpResult result = get(*m_nam, m_sim->tokenUrl(), QString());
    QCOMPARE(result.status, 405);
    QCOMPARE(result.header("Allow"), QByteArray("POST"));

    // Credentials in the URL are refused, even on POST.
    QUrl url = m_sim->tokenUrl();
    url.setQuery(QStringLiteral("client_secret=demo-secret"));
    QNetworkRequest request = noRedirects(QNetworkRequest(url));
    request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    result = finish(m_nam->post(request, demoForm()));
    QCOMPARE(result.status, 400);
    QCOMPARE(
        result.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_request"));
}

void TestHubSimulator::apiRejectsMissingOrUnknownTokens_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("developerWords");
    QTest::newRow("missing") << QByteArray() << QStringLiteral("no bearer token");
    QTest::newRow("unknown") << QByteArray("Bearer not-a-token") << QStringLiteral("not known");
    QTest::newRow("Basic instead of Bearer") << QByteArray("Basic ZGVtby1jbGllbnQ6ZGVtby1zZWNyZXQ=")
                                             << QStringLiteral("not a bearer token");
}

void TestHubSimulator::apiRejectsMissingOrUnknownTokens()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, developerWords);

    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const HttpResult result = get(*m_nam, m_sim->orchestrationsUrl(), QString(), headers);
    QCOMPARE(result.status, 401);
    QVERIFY(result.header("WWW-Authenticate").startsWith("Bearer"));
    const QJsonObject json = result.json();
    QCOMPARE(json.value(QStringLiteral("code")).toString(), QStringLiteral("401-101"));
    QVERIFY2(json.value(QStringLiteral("developerMessage")).toString().contains(developerWords),
        qPrintable(result.body));
    QVERIFY(json.value(QStringLiteral("details")).isArray());
    QVERIFY(!json.contains(QStringLiteral("userMessage")));
    QVERIFY(!json.contains(QStringLiteral("orchestration")));
}

void TestHubSimulator::expiredAndRevokedTokensGet401()
{
    const QString first = demoToken(*m_nam, m_sim->tokenUrl());
    const QString second = demoToken(*m_nam, m_sim->tokenUrl());
    QCOMPARE(get(*m_nam, m_sim->orchestrationsUrl(), first).status, 200);

    QVERIFY(m_sim->revokeToken(first));
    QVERIFY(!m_sim->revokeToken(first));
    HttpResult result = get(*m_nam, m_sim->orchestrationsUrl(), first);
    QCOMPARE(result.status, 401);
    QVERIFY(result.json()
                .value(QStringLiteral("developerMessage"))
                .toString()
                .contains(QStringLiteral("not known")));
    QCOMPARE(get(*m_nam, m_sim->orchestrationsUrl(), second).status, 200);

    m_sim->expireAllTokens();
    QCOMPARE(m_sim->validTokenCount(), 0);
    result = get(*m_nam, m_sim->orchestrationsUrl(), second);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.json().value(QStringLiteral("code")).toString(), QStringLiteral("401-101"));
    QVERIFY(result.json()
                .value(QStringLiteral("developerMessage"))
                .toString()
                .contains(QStringLiteral("expired")));
    QVERIFY(result.header("WWW-Authenticate").contains("invalid_token"));

    // A fresh token works again.
    QCOMPARE(
        get(*m_nam, m_sim->orchestrationsUrl(), demoToken(*m_nam, m_sim->tokenUrl())).status, 200);
}

void TestHubSimulator::shortTokenLifetime()
{
    SimulatorConfig config = m_sim->config();
    config.tokenLifetimeSeconds = 1;
    m_sim->setConfig(config);
    const HttpResult token = postToken(*m_nam, m_sim->tokenUrl(), demoForm());
    QCOMPARE(token.json().value(QStringLiteral("expires_in")).toInt(), 1);
    const QString accessToken = token.json().value(QStringLiteral("access_token")).toString();
    // The token ends by itself; QTRY keeps asking until it does (at most 5 s).
    QTRY_COMPARE_WITH_TIMEOUT(
        get(*m_nam, m_sim->orchestrationsUrl(), accessToken).status, 401, 5000);
}

void TestHubSimulator::clientWithoutScopeGets403()
{
    SimulatorConfig config = m_sim->config();
    config.clients.append({QStringLiteral("reporting"), QStringLiteral("reporting-secret"),
        {QStringLiteral("app.conversation.reports.read")}});
    m_sim->setConfig(config);

    const HttpResult token = postToken(*m_nam, m_sim->tokenUrl(),
        "grant_type=client_credentials&client_id=reporting&client_secret=reporting-secret");
    QCOMPARE(token.status, 200);
    const HttpResult result = get(*m_nam, m_sim->orchestrationsUrl(),
        token.json().value(QStringLiteral("access_token")).toString(),
        {{"X-egain-error-message", "yes"}});
    QCOMPARE(result.status, 403);
    const QJsonObject json = result.json();
    QCOMPARE(json.value(QStringLiteral("code")).toString(), QStringLiteral("403-101"));
    QVERIFY(!json.value(QStringLiteral("userMessage")).toString().isEmpty());
    QVERIFY(result.header("WWW-Authenticate").contains("insufficient_scope"));
}

void TestHubSimulator::manageScopeIsEnough()
{
    SimulatorConfig config = m_sim->config();
    config.clients.first().scopes = {QString(hubsim::kManageScope)};
    m_sim->setConfig(config);
    const QString token = demoToken(*m_nam, m_sim->tokenUrl());
    QCOMPARE(get(*m_nam, m_sim->orchestrationsUrl(), token).status, 200);
}

void TestHubSimulator::userMessageOnlyWhenAsked()
{
    const QUrl url = m_sim->orchestrationsUrl();
    HttpResult result = get(*m_nam, url, QString(), {{"X-egain-error-message", "yes"}});
    QCOMPARE(result.status, 401);
    QVERIFY(!result.json().value(QStringLiteral("userMessage")).toString().isEmpty());

    // Header name and value are case-insensitive.
    result = get(*m_nam, url, QString(), {{"x-EGAIN-Error-Message", "YES"}});
    QVERIFY(!result.json().value(QStringLiteral("userMessage")).toString().isEmpty());

    result = get(*m_nam, url, QString(), {{"X-egain-error-message", "no"}});
    QVERIFY(!result.json().contains(QStringLiteral("userMessage")));

    result = get(*m_nam, url, QString());
    QVERIFY(!result.json().contains(QStringLiteral("userMessage")));

    // Also on 400 and 404.
    const QString token = demoToken(*m_nam, m_sim->tokenUrl());
    result = get(*m_nam, withQuery(url, {{QStringLiteral("$pagenum"), QStringLiteral("zero")}}),
        token, {{"X-egain-error-message", "yes"}});
    QCOMPARE(result.status, 400);
    QVERIFY(result.json().contains(QStringLiteral("userMessage")));
    QUrl missing = m_sim->baseUrl();
    missing.setPath(missing.path() + QStringLiteral("/nothing"));
    result = get(*m_nam, missing, token, {{"X-egain-error-message", "yes"}});
    QCOMPARE(result.status, 404);
    QVERIFY(result.json().contains(QStringLiteral("userMessage")));
}

void TestHubSimulator::unknownPathAndWrongMethod()
{
    const QString token = demoToken(*m_nam, m_sim->tokenUrl());
    QUrl missing = m_sim->baseUrl();
    missing.setPath(missing.path() + QStringLiteral("/orchestration"));
    HttpResult result = get(*m_nam, missing, token);
    QCOMPARE(result.status, 404);
    QCOMPARE(result.json().value(QStringLiteral("code")).toString(), QStringLiteral("404-101"));

    QNetworkRequest request = noRedirects(QNetworkRequest(m_sim->orchestrationsUrl()));
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    request.setRawHeader("Content-Type", "application/json");
    result = finish(m_nam->post(request, "{}"));
    QCOMPARE(result.status, 405);
    QCOMPARE(result.header("Allow"), QByteArray("GET"));
    QCOMPARE(result.json().value(QStringLiteral("code")).toString(), QStringLiteral("405-101"));

    // HEAD gets the head only, so the kept-alive connection stays in step.
    result = finish(m_nam->head(request));
    QCOMPARE(result.status, 405);
    QVERIFY(result.body.isEmpty());
    QCOMPARE(get(*m_nam, m_sim->orchestrationsUrl(), token).status, 200);
}

void TestHubSimulator::firstPageWithDefaults()
{
    const QString token = demoToken(*m_nam, m_sim->tokenUrl());
    const HttpResult result = get(*m_nam, m_sim->orchestrationsUrl(), token);
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("Content-Type").startsWith("application/json"));
    QCOMPARE(result.header("Content-Length").toLongLong(), result.body.size());

    // The body is exactly the raw records in order, not a re-serialisation.
    QByteArray expected =
        R"({"paginationInfo":{"count":60,"pagenum":1,"pagesize":25},"orchestration":[)";
    m_sim->dataset().appendRecords(expected, 0, 25);
    expected += "]}";
    QCOMPARE(result.body, expected);
    QCOMPARE(result.json().value(QStringLiteral("orchestration")).toArray().size(), 25);
}

void TestHubSimulator::referenceExampleIsServedVerbatim()
{
    SimulatorConfig config;
    config.count = 2;
    startSimulator(config);
    const QString token = demoToken(*m_nam, m_sim->tokenUrl());
    const HttpResult result = get(*m_nam, m_sim->orchestrationsUrl(), token);
    QCOMPARE(result.status, 200);

    QFile file(QFINDTESTDATA("example-response.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(result.body, hubsim::compactJsonText(file.readAll()));
}

void TestHubSimulator::pagesCoverTheDataset()
{
    const QString token = demoToken(*m_nam, m_sim->tokenUrl());
    QList<QByteArray> seen;
    for (int page = 1; page <= 3; ++page) {
        const HttpResult result = get(*m_nam, pageUrl(m_sim->orchestrationsUrl(), page, 25), token);
        QCOMPARE(result.status, 200);
        const QJsonObject info = result.json().value(QStringLiteral("paginationInfo")).toObject();
        QCOMPARE(info.value(QStringLiteral("count")).toInt(), 60);
        QCOMPARE(info.value(QStringLiteral("pagenum")).toInt(), page);
        QCOMPARE(info.value(QStringLiteral("pagesize")).toInt(), 25);
        const QJsonArray records = result.json().value(QStringLiteral("orchestration")).toArray();
        QCOMPARE(records.size(), page < 3 ? 25 : 10);
        for (const QJsonValue &record : records)
            seen.append(QJsonDocument(record.toObject()).toJson(QJsonDocument::Compact));
    }
    QCOMPARE(seen.size(), 60);
    for (int i = 0; i < 60; ++i)
        QCOMPARE(seen.at(i),
            QJsonDocument(m_sim->dataset().recordObject(i)).toJson(QJsonDocument::Compact));
}

void TestHubSimulator::pageSizeIsCapped()
{
    SimulatorConfig config;
    config.count = 200;
    startSimulator(config);
    const QString token = demoToken(*m_nam, m_sim->tokenUrl());
    const HttpResult result = get(*m_nam, pageUrl(m_sim->orchestrationsUrl(), 2, 500), token);
    QCOMPARE(result.status, 200);
    const QJsonObject info = result.json().value(QStringLiteral("paginationInfo")).toObject();
    QCOMPARE(info.value(QStringLiteral("pagesize")).toInt(), 75);
    QCOMPARE(info.value(QStringLiteral("pagenum")).toInt(), 2);
    const QJsonArray records = result.json().value(QStringLiteral("orchestration")).toArray();
    QCOMPARE(records.size(), 75);
    // Page 2 at the granted size, not the requested one.
    QCOMPARE(records.first().toObject(), m_sim->dataset().recordObject(75));
}

void TestHubSimulator::pageBeyondTheEndIsEmpty()
{
    const QString token = demoToken(*m_nam, m_sim->tokenUrl());
    for (const int page : {4, 1000, 999999999}) {
        const HttpResult result = get(*m_nam, pageUrl(m_sim->orchestrationsUrl(), page, 25), token);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json().value(QStringLiteral("orchestration")).toArray().size(), 0);
        QVERIFY(result.json().value(QStringLiteral("orchestration")).isArray());
        QCOMPARE(result.json()
                     .value(QStringLiteral("paginationInfo"))
                     .toObject()
                     .value(QStringLiteral("count"))
                     .toInt(),
            60);
    }
}

void TestHubSimulator::emptyResultAs204()
{
    SimulatorConfig config = m_sim->config();
    config.emptyAs204 = true;
    m_sim->setConfig(config);
    const QString token = demoToken(*m_nam, m_sim->tokenUrl());
    const HttpResult empty = get(*m_nam, pageUrl(m_sim->orchestrationsUrl(), 9, 25), token);
    QCOMPARE(empty.status, 204);
    QVERIFY(empty.body.isEmpty());
    QVERIFY(empty.header("Content-Length").isEmpty());
    QCOMPARE(empty.error, QNetworkReply::NoError);
    // A page with records is still 200.
    QCOMPARE(get(*m_nam, pageUrl(m_sim->orchestrationsUrl(), 3, 25), token).status, 200);
}

void TestHubSimulator::emptyTenant()
{
    m_sim->setDataset(hubsim::Dataset());
    const QString token = demoToken(*m_nam, m_sim->tokenUrl());
    HttpResult result = get(*m_nam, m_sim->orchestrationsUrl(), token);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.body,
        QByteArray(
            R"({"paginationInfo":{"count":0,"pagenum":1,"pagesize":25},"orchestration":[]})"));

    SimulatorConfig config = m_sim->config();
    config.emptyAs204 = true;
    m_sim->setConfig(config);
    result = get(*m_nam, m_sim->orchestrationsUrl(), token);
    QCOMPARE(result.status, 204);
}

void TestHubSimulator::malformedPagingGets400_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("value");
    for (const QString &parameter : {QStringLiteral("$pagenum"), QStringLiteral("$pagesize")}) {
        for (const QString &value : {QStringLiteral("abc"), QStringLiteral("0"),
                 QStringLiteral("-1"), QStringLiteral("1.5"), QString(),
                 QStringLiteral("99999999999"), QStringLiteral(" 2"), QStringLiteral("0x10")}) {
            QTest::addRow("%s=%s", qPrintable(parameter), qPrintable(value)) << parameter << value;
        }
    }
}

void TestHubSimulator::malformedPagingGets400()
{
    QFETCH(QString, parameter);
    QFETCH(QString, value);
    const QString token = demoToken(*m_nam, m_sim->tokenUrl());
    const HttpResult result =
        get(*m_nam, withQuery(m_sim->orchestrationsUrl(), {{parameter, value}}), token);
    QCOMPARE(result.status, 400);
    const QJsonObject json = result.json();
    QCOMPARE(json.value(QStringLiteral("code")).toString(), QStringLiteral("400-101"));
    const QJsonArray details = json.value(QStringLiteral("details")).toArray();
    QCOMPARE(details.size(), 1);
    QCOMPARE(details.first().toObject().value(QStringLiteral("key")).toString(), parameter);
    QCOMPARE(details.first().toObject().value(QStringLiteral("value")).toString(), value);
}

void TestHubSimulator::renamedPagingParameters()
{
    SimulatorConfig config = m_sim->config();
    config.pageNumberParameter = QStringLiteral("page");
    config.pageSizeParameter = QStringLiteral("size");
    m_sim->setConfig(config);
    const QString token = demoToken(*m_nam, m_sim->tokenUrl());
    HttpResult result = get(*m_nam,
        withQuery(m_sim->orchestrationsUrl(),
            {{QStringLiteral("page"), QStringLiteral("2")},
                {QStringLiteral("size"), QStringLiteral("10")}}),
        token);
    QCOMPARE(result.status, 200);
    QJsonObject info = result.json().value(QStringLiteral("paginationInfo")).toObject();
    QCOMPARE(info.value(QStringLiteral("pagenum")).toInt(), 2);
    QCOMPARE(info.value(QStringLiteral("pagesize")).toInt(), 10);
    // The usual names now mean nothing: defaults apply.
    result = get(*m_nam, pageUrl(m_sim->orchestrationsUrl(), 2, 10), token);
    info = result.json().value(QStringLiteral("paginationInfo")).toObject();
    QCOMPARE(info.value(QStringLiteral("pagenum")).toInt(), 1);
    QCOMPARE(info.value(QStringLiteral("pagesize")).toInt(), 25);
}

void TestHubSimulator::keepAliveAndParallelRequests()
{
    const QString token = demoToken(*m_nam, m_sim->tokenUrl());
    // Six at once, as QNetworkAccessManager allows per host, several rounds over the same
    // kept-alive connections.
    for (int round = 0; round < 3; ++round) {
        QList<QNetworkReply *> replies;
        for (int page = 1; page <= 6; ++page) {
            QNetworkRequest request =
                noRedirects(QNetworkRequest(pageUrl(m_sim->orchestrationsUrl(), page, 10)));
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            replies.append(m_nam->get(request));
        }
        for (int page = 1; page <= 6; ++page) {
            const HttpResult result = finish(replies.at(page - 1));
            QCOMPARE(result.status, 200);
            QCOMPARE(result.json()
                         .value(QStringLiteral("paginationInfo"))
                         .toObject()
                         .value(QStringLiteral("pagenum"))
                         .toInt(),
                page);
        }
    }
    QCOMPARE(m_sim->countRequests(m_sim->orchestrationsUrl().path()), 18);
}

void TestHubSimulator::requestLogRecordsEverything()
{
    m_sim->clearRequestLog();
    const QString token = demoToken(*m_nam, m_sim->tokenUrl());
    get(*m_nam, pageUrl(m_sim->orchestrationsUrl(), 2, 10), token,
        {{"X-egain-error-message", "yes"}});

    const QList<hubsim::LoggedRequest> log = m_sim->requestLog().entries();
    QCOMPARE(log.size(), 2);
    const hubsim::LoggedRequest &tokenRequest = log.at(0);
    QCOMPARE(tokenRequest.method, QByteArray("POST"));
    QCOMPARE(tokenRequest.path, m_sim->tokenUrl().path());
    QCOMPARE(tokenRequest.status, 200);
    QVERIFY(tokenRequest.body.contains("client_secret=demo-secret"));
    QCOMPARE(tokenRequest.localAddress, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(!tokenRequest.toRedirectTarget);

    const hubsim::LoggedRequest &page = log.at(1);
    QCOMPARE(page.method, QByteArray("GET"));
    QCOMPARE(page.path, m_sim->orchestrationsUrl().path());
    QCOMPARE(page.queryValue(QStringLiteral("$pagenum")), QStringLiteral("2"));
    QCOMPARE(page.queryValue(QStringLiteral("$pagesize")), QStringLiteral("10"));
    QVERIFY(page.queryValue(QStringLiteral("absent")).isNull());
    QCOMPARE(page.header("authorization"), "Bearer " + token.toLatin1());
    QCOMPARE(page.header("X-EGAIN-ERROR-MESSAGE"), QByteArray("yes"));
    QVERIFY(page.hasHeader("Host"));
    QCOMPARE(page.status, 200);
    QVERIFY(page.time.isValid() && page.time >= tokenRequest.time);

    // The secret went in the body only.
    QVERIFY(!m_sim->requestLog().anyUrlContains(QStringLiteral("demo-secret")));
    QCOMPARE(m_sim->requestLog().countRequests(m_sim->tokenUrl().path()), 1);

    m_sim->clearRequestLog();
    QCOMPARE(m_sim->requestLog().size(), 0);
}

void TestHubSimulator::configAndDatasetChangeWhileRunning()
{
    const QString token = demoToken(*m_nam, m_sim->tokenUrl());
    m_sim->setDataset(hubsim::Dataset::generate(99, 7));
    HttpResult result = get(*m_nam, m_sim->orchestrationsUrl(), token);
    QCOMPARE(result.json()
                 .value(QStringLiteral("paginationInfo"))
                 .toObject()
                 .value(QStringLiteral("count"))
                 .toInt(),
        7);

    SimulatorConfig config = m_sim->config();
    config.defaultPageSize = 3;
    m_sim->setConfig(config);
    result = get(*m_nam, m_sim->orchestrationsUrl(), token);
    QCOMPARE(result.json().value(QStringLiteral("orchestration")).toArray().size(), 3);
}

QTEST_GUILESS_MAIN(TestHubSimulator)
#include "tst_hubsimulator.moc"
