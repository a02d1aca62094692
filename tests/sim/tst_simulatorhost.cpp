// SimulatorHost runs the simulator in a thread of its own: a client in the caller's thread
// is served even while that thread blocks, faults and the log work across threads, and the
// host stops cleanly.

#include "sim/simulatorhost.h"
#include "simtestclient.h"

#include <QJsonArray>
#include <QTest>
#include <QThread>

using namespace simtest;
using hubsim::FaultRule;
using hubsim::SimulatorConfig;
using hubsim::SimulatorHost;

class TestSimulatorHost : public QObject
{
    Q_OBJECT

private slots:
    void servesFromItsOwnThread();
    void servesABlockingClient();
    void faultsAndLogAcrossThreads();
    void datasetAndConfigAcrossThreads();
    void stopsAndStartsAgain();
    void reportsWhenItCannotListen();
};

void TestSimulatorHost::servesFromItsOwnThread()
{
    SimulatorConfig config;
    config.count = 100;
    SimulatorHost host(config);
    QVERIFY(!host.isRunning());
    QVERIFY(host.baseUrl().isEmpty());
    QString error;
    QVERIFY2(host.start(&error), qPrintable(error));
    QVERIFY(host.isRunning());
    QVERIFY(host.simulator()->thread() != QThread::currentThread());
    QVERIFY(host.simulator()->thread()->isRunning());
    QCOMPARE(host.baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(host.redirectTargetUrl().isValid());

    QNetworkAccessManager nam;
    const QString token = demoToken(nam, host.tokenUrl());
    QVERIFY(!token.isEmpty());
    const HttpResult result = get(nam, pageUrl(host.orchestrationsUrl(), 4, 25), token);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(QStringLiteral("orchestration")).toArray().size(), 25);
    QCOMPARE(host.countRequests(host.orchestrationsUrl().path()), 1);
}

void TestSimulatorHost::servesABlockingClient()
{
    // The caller's thread blocks in waitForReadyRead(): only a server in another thread
    // can answer.
    SimulatorHost host;
    QVERIFY(host.start());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), quint16(host.tokenUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray form = demoForm();
    socket.write("POST " + host.tokenUrl().path().toLatin1()
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
        + QByteArray::number(form.size()) + "\r\nConnection: close\r\n\r\n" + form);
    QByteArray received;
    while (socket.waitForReadyRead(5000))
        received += socket.readAll();
    received += socket.readAll();
    QVERIFY2(received.startsWith("HTTP/1.1 200 OK"), received.constData());
    QVERIFY(received.contains("\"access_token\""));
}

void TestSimulatorHost::faultsAndLogAcrossThreads()
{
    SimulatorHost host;
    QVERIFY(host.start());
    QNetworkAccessManager nam;
    const QString token = demoToken(nam, host.tokenUrl());

    FaultRule fault;
    fault.kind = FaultRule::Kind::TooManyRequests;
    fault.times = 2;
    host.setFaults({fault});
    QCOMPARE(host.faults().size(), 1);
    QCOMPARE(get(nam, host.orchestrationsUrl(), token).status, 429);
    QCOMPARE(get(nam, host.orchestrationsUrl(), token).status, 429);
    QCOMPARE(get(nam, host.orchestrationsUrl(), token).status, 200);
    QCOMPARE(host.faults().first().times, 0);

    fault.kind = FaultRule::Kind::Status;
    fault.status = 503;
    fault.times = -1;
    host.addFault(fault);
    QCOMPARE(get(nam, host.orchestrationsUrl(), token).status, 503);
    host.clearFaults();
    QCOMPARE(get(nam, host.orchestrationsUrl(), token).status, 200);

    const QList<hubsim::LoggedRequest> log = host.requestLog();
    QCOMPARE(log.size(), 6);
    QCOMPARE(log.first().method, QByteArray("POST"));
    QCOMPARE(log.at(1).status, 429);
    host.clearRequestLog();
    QVERIFY(host.requestLog().isEmpty());

    host.expireAllTokens();
    QCOMPARE(get(nam, host.orchestrationsUrl(), token).status, 401);
    const QString fresh = demoToken(nam, host.tokenUrl());
    QVERIFY(host.revokeToken(fresh));
    QCOMPARE(get(nam, host.orchestrationsUrl(), fresh).status, 401);
}

void TestSimulatorHost::datasetAndConfigAcrossThreads()
{
    SimulatorHost host(SimulatorConfig {}, hubsim::Dataset::generate(5, 12));
    QVERIFY(host.start());
    QCOMPARE(host.dataset().size(), 12);
    QNetworkAccessManager nam;
    const QString token = demoToken(nam, host.tokenUrl());
    HttpResult result = get(nam, host.orchestrationsUrl(), token);
    QCOMPARE(result.json()
                 .value(QStringLiteral("paginationInfo"))
                 .toObject()
                 .value(QStringLiteral("count"))
                 .toInt(),
        12);

    host.setDataset(hubsim::Dataset::generate(5, 3));
    SimulatorConfig config = host.config();
    config.emptyAs204 = true;
    host.setConfig(config);
    result = get(nam, host.orchestrationsUrl(), token);
    QCOMPARE(result.json().value(QStringLiteral("orchestration")).toArray().size(), 3);
    QCOMPARE(get(nam, pageUrl(host.orchestrationsUrl(), 2, 25), token).status, 204);
}

void TestSimulatorHost::stopsAndStartsAgain()
{
    SimulatorConfig config;
    config.count = 30;
    SimulatorHost host(config);
    QVERIFY(host.start());
    QVERIFY(host.start()); // already running: nothing changes
    const QUrl firstTokenUrl = host.tokenUrl();
    host.stop();
    QVERIFY(!host.isRunning());
    QVERIFY(host.baseUrl().isEmpty());

    // The port is closed.
    QNetworkAccessManager nam;
    const HttpResult refused = postToken(nam, firstTokenUrl, demoForm());
    QCOMPARE(refused.error, QNetworkReply::ConnectionRefusedError);

    QVERIFY(host.start());
    const QString token = demoToken(nam, host.tokenUrl());
    QCOMPARE(get(nam, host.orchestrationsUrl(), token).status, 200);
    QCOMPARE(host.dataset().size(), 30);
    // The destructor stops the rest.
}

void TestSimulatorHost::reportsWhenItCannotListen()
{
    SimulatorHost first;
    QVERIFY(first.start());
    SimulatorConfig config;
    config.count = 5;
    config.port = quint16(first.baseUrl().port()); // taken
    SimulatorHost second(config);
    QString error;
    QVERIFY(!second.start(&error));
    QVERIFY(!second.isRunning());
    QVERIFY2(error.contains(QString::number(config.port)), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSimulatorHost)
#include "tst_simulatorhost.moc"
