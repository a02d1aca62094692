// The headless export, as a user runs it: the real orchestration-console executable in its
// own process, against the simulator over loopback, judged by exit code, stdout, stderr and
// the file it leaves (or does not leave).

#include "app/exportoptions.h"
#include "models/core/buildinfo.h"
#include "sim/hubsimulator.h"
#include "support/consoleprocess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hubsim;

namespace {

using RunResult = testsupport::ConsoleRun;
using testsupport::readJsonFile;

} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void usageErrors_data();
    void usageErrors();
    void usageErrorsExitTwoBeforeAnyRequest();
    void helpListsExitCodes();

    void exportsAllRecordsEqualToTheDataset();
    void exportsOnePage();
    void writesToStandardOutputByDefault();
    void acceptsAReadyBearerToken();
    void demoExportsTheEmbeddedTenant();

    void wrongSecretExitsThree();
    void missingScopeExitsThreeWithEGainCode();
    void persistentServerErrorExitsFourAndLeavesNoFile();
    void failedRunLeavesTheOldFileUntouched();
    void malformedJsonExitsFour();
    void unreachableServerExitsFour();
    void unwritableOutputExitsFive_data();
    void unwritableOutputExitsFive();
    void secretNeverInAUrl();

private:
    RunResult run(const QStringList &arguments, const QProcessEnvironment &env);
    RunResult runAgainstSimulator(
        const QStringList &extra, const QString &secret = QString(kDemoClientSecret));
    QStringList sourceArguments() const;
    QString fetchToken();

    std::unique_ptr<HubSimulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestExportCommand::init()
{
    SimulatorConfig config;
    config.count = 2000;
    m_sim = std::make_unique<HubSimulator>(config);
    QString error;
    QVERIFY2(m_sim->listen(&error), qPrintable(error));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestExportCommand::cleanup()
{
    m_sim.reset();
    m_dir.reset();
}

RunResult TestExportCommand::run(const QStringList &arguments, const QProcessEnvironment &env)
{
    return testsupport::runConsole(QStringLiteral(CONSOLE_EXECUTABLE), arguments, env);
}

QStringList TestExportCommand::sourceArguments() const
{
    return {QStringLiteral("export"), QStringLiteral("--base-url"), m_sim->baseUrl().toString(),
        QStringLiteral("--token-url"), m_sim->tokenUrl().toString(), QStringLiteral("--client-id"),
        QString(kDemoClientId)};
}

RunResult TestExportCommand::runAgainstSimulator(const QStringList &extra, const QString &secret)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(kClientSecretVariable), secret);
    env.remove(QLatin1String(kAccessTokenVariable));
    return run(sourceArguments() + extra, env);
}

QString TestExportCommand::fetchToken()
{
    QNetworkAccessManager nam;
    QNetworkRequest request(m_sim->tokenUrl());
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = nam.post(request,
        QByteArrayLiteral("grant_type=client_credentials"
                          "&client_id=demo-client"
                          "&client_secret=demo-secret"));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(10000))
        return {};
    const QString token = QJsonDocument::fromJson(reply->readAll())
                              .object()
                              .value(QLatin1String("access_token"))
                              .toString();
    reply->deleteLater();
    return token;
}

void TestExportCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString base = QStringLiteral("https://api.example.test/v3");
    const QString token = QStringLiteral("https://auth.example.test/oauth2/token");
    const QStringList remote = {QStringLiteral("--base-url"), base, QStringLiteral("--token-url"),
        token, QStringLiteral("--client-id"), QStringLiteral("c1")};
    QTest::newRow("no source") << QStringList {} << QStringLiteral("--demo");
    QTest::newRow("secret on the command line")
        << (remote + QStringList {QStringLiteral("--client-secret"), QStringLiteral("s3cr3t")})
        << QStringLiteral("ORCHESTRATION_CONSOLE_CLIENT_SECRET");
    QTest::newRow("plain http to a remote host") << QStringList {QStringLiteral("--base-url"),
        QStringLiteral("http://api.example.test/v3"), QStringLiteral("--token-url"), token,
        QStringLiteral("--client-id"), QStringLiteral("c1")}
                                                 << QStringLiteral("https");
    QTest::newRow("plain http token url") << QStringList {QStringLiteral("--base-url"), base,
        QStringLiteral("--token-url"), QStringLiteral("http://auth.example.test/token"),
        QStringLiteral("--client-id"), QStringLiteral("c1")}
                                          << QStringLiteral("--token-url");
    QTest::newRow("page zero") << (remote
        + QStringList {QStringLiteral("--page"), QStringLiteral("0")})
                               << QStringLiteral("--page");
    QTest::newRow("page not a number")
        << (remote + QStringList {QStringLiteral("--page"), QStringLiteral("two")})
        << QStringLiteral("\"two\"");
    QTest::newRow("all and page") << (remote
        + QStringList {QStringLiteral("--all"), QStringLiteral("--page"), QStringLiteral("2")})
                                  << QStringLiteral("either");
    QTest::newRow("page size too large")
        << (remote + QStringList {QStringLiteral("--page-size"), QStringLiteral("100000")})
        << QStringLiteral("--page-size");
    QTest::newRow("demo and remote")
        << (QStringList {QStringLiteral("--demo")} + remote) << QStringLiteral("--demo");
    QTest::newRow("unknown option")
        << (remote + QStringList {QStringLiteral("--frobnicate")}) << QStringLiteral("frobnicate");
    QTest::newRow("stray argument")
        << (remote + QStringList {QStringLiteral("extra")}) << QStringLiteral("extra");
}

void TestExportCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const ExportArguments parsed = parseExportArguments(arguments);
    QVERIFY(!parsed.options);
    QVERIFY2(parsed.error.contains(message), qPrintable(parsed.error));
}

void TestExportCommand::usageErrorsExitTwoBeforeAnyRequest()
{
    // The secret given as an option: refused, never sent anywhere.
    RunResult result =
        runAgainstSimulator({QStringLiteral("--client-secret"), QStringLiteral("demo-secret")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("ORCHESTRATION_CONSOLE_CLIENT_SECRET"));
    QVERIFY(result.out.isEmpty());

    // No credentials in the environment at all.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QLatin1String(kClientSecretVariable));
    env.remove(QLatin1String(kAccessTokenVariable));
    result = run(sourceArguments(), env);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("No credentials"), result.err.constData());

    QCOMPARE(m_sim->requestLog().size(), 0);
}

void TestExportCommand::helpListsExitCodes()
{
    const RunResult result = run({QStringLiteral("export"), QStringLiteral("--help")},
        QProcessEnvironment::systemEnvironment());
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("orchestration-console export"));
    QVERIFY(result.out.contains("5 cannot write the output"));
    QVERIFY(!result.out.contains("client-secret"));
}

void TestExportCommand::exportsAllRecordsEqualToTheDataset()
{
    const QString path = m_dir->filePath(QStringLiteral("all.json"));
    const RunResult result =
        runAgainstSimulator({QStringLiteral("--all"), QStringLiteral("-o"), path});
    QVERIFY2(result.exitCode == 0, result.err.constData());

    const QJsonObject document = readJsonFile(path);
    const QJsonArray records = document.value(QLatin1String("orchestration")).toArray();
    const Dataset dataset = m_sim->dataset();
    QCOMPARE(records.size(), dataset.size());
    for (int i = 0; i < dataset.size(); ++i) {
        if (records.at(i).toObject() != dataset.recordObject(i))
            QFAIL(qPrintable(QStringLiteral("record %1 differs from the dataset").arg(i)));
    }
    const QJsonObject info = document.value(QLatin1String("exportInfo")).toObject();
    QCOMPARE(info.value(QLatin1String("scope")).toString(), QStringLiteral("all"));
    QCOMPARE(info.value(QLatin1String("itemCount")).toInt(), dataset.size());
    QCOMPARE(info.value(QLatin1String("baseUrl")).toString(), m_sim->baseUrl().toString());
    QCOMPARE(info.value(QLatin1String("version")).toString(), QStringLiteral(CONSOLE_VERSION));
    QVERIFY(
        QDateTime::fromString(info.value(QLatin1String("exportedAt")).toString(), Qt::ISODateWithMs)
            .isValid());
    // The server caps pages at 75: the export asked for 75 and says what it got.
    QCOMPARE(info.value(QLatin1String("pagesize")).toInt(), 75);
    const QJsonObject pagination = document.value(QLatin1String("paginationInfo")).toObject();
    QCOMPARE(pagination.value(QLatin1String("count")).toInt(), dataset.size());

    // Records keep the server's key order (a QJsonObject round trip would sort them).
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    const qsizetype id = text.indexOf("\"id\": \"45a095f4");
    QVERIFY(id > 0);
    QVERIFY(text.indexOf("\"name\"", id) < text.indexOf("\"active\"", id));
    QVERIFY(text.indexOf("\"active\"", id) < text.indexOf("\"applications\"", id));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList {QStringLiteral("all.json")});
}

void TestExportCommand::exportsOnePage()
{
    const QString path = m_dir->filePath(QStringLiteral("page.json"));
    const RunResult result = runAgainstSimulator({QStringLiteral("--page"), QStringLiteral("3"),
        QStringLiteral("--page-size"), QStringLiteral("10"), QStringLiteral("-o"), path});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject document = readJsonFile(path);
    const QJsonArray records = document.value(QLatin1String("orchestration")).toArray();
    QCOMPARE(records.size(), 10);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(records.at(i).toObject(), m_sim->dataset().recordObject(20 + i));
    const QJsonObject info = document.value(QLatin1String("exportInfo")).toObject();
    QCOMPARE(info.value(QLatin1String("scope")).toString(), QStringLiteral("page"));
    QCOMPARE(info.value(QLatin1String("pagenum")).toInt(), 3);
    QCOMPARE(info.value(QLatin1String("pagesize")).toInt(), 10);
    // One token request, one page request: a single page costs no more than that.
    QCOMPARE(m_sim->countRequests(m_sim->orchestrationsUrl().path()), 1);
    const QList<LoggedRequest> log = m_sim->requestLog().entries();
    const LoggedRequest &get = log.last();
    QCOMPARE(get.queryValue(QStringLiteral("$pagenum")), QStringLiteral("3"));
    QCOMPARE(get.queryValue(QStringLiteral("$pagesize")), QStringLiteral("10"));
    QCOMPARE(get.header("X-egain-error-message"), QByteArray("yes"));
}

void TestExportCommand::writesToStandardOutputByDefault()
{
    const RunResult result = runAgainstSimulator(
        {QStringLiteral("--page"), QStringLiteral("1"), QStringLiteral("--compact")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(document.object().value(QLatin1String("orchestration")).toArray().size(), 25);
    QVERIFY(!result.out.contains("\n    "));
}

void TestExportCommand::acceptsAReadyBearerToken()
{
    const QString token = fetchToken();
    QVERIFY(!token.isEmpty());
    m_sim->clearRequestLog();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QLatin1String(kClientSecretVariable));
    env.insert(QLatin1String(kAccessTokenVariable), token);
    const QString path = m_dir->filePath(QStringLiteral("token.json"));
    const RunResult result =
        run({QStringLiteral("export"), QStringLiteral("--base-url"), m_sim->baseUrl().toString(),
                QStringLiteral("--client-id"), QString(kDemoClientId), QStringLiteral("--page"),
                QStringLiteral("1"), QStringLiteral("-o"), path},
            env);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(m_sim->countRequests(m_sim->tokenUrl().path()), 0);
    QCOMPARE(readJsonFile(path).value(QLatin1String("orchestration")).toArray().size(), 25);
}

void TestExportCommand::demoExportsTheEmbeddedTenant()
{
    const QString path = m_dir->filePath(QStringLiteral("demo.json"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QLatin1String(kClientSecretVariable));
    const RunResult result =
        run({QStringLiteral("export"), QStringLiteral("--demo"), QStringLiteral("-o"), path}, env);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject document = readJsonFile(path);
    const QJsonArray records = document.value(QLatin1String("orchestration")).toArray();
    QVERIFY(records.size() >= 1000);
    QCOMPARE(records.first().toObject().value(QLatin1String("name")).toString(),
        QStringLiteral("default_orchestration"));
    // Quiet by default: nothing but errors on stderr when it is not a terminal.
    QVERIFY2(result.err.isEmpty(), result.err.constData());
}

void TestExportCommand::wrongSecretExitsThree()
{
    const QString path = m_dir->filePath(QStringLiteral("x.json"));
    const RunResult result =
        runAgainstSimulator({QStringLiteral("-o"), path}, QStringLiteral("not-the-secret"));
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("invalid_client"), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1); // one readable line
    QVERIFY(!result.err.contains("not-the-secret"));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(m_sim->countRequests(m_sim->tokenUrl().path()), 1); // final: not retried
}

void TestExportCommand::missingScopeExitsThreeWithEGainCode()
{
    SimulatorConfig config = m_sim->config();
    config.clients.append({QStringLiteral("reporting"), QStringLiteral("reporting-secret"),
        {QStringLiteral("app.conversation.reporting.read")}});
    m_sim->setConfig(config);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(kClientSecretVariable), QStringLiteral("reporting-secret"));
    const RunResult result =
        run({QStringLiteral("export"), QStringLiteral("--base-url"), m_sim->baseUrl().toString(),
                QStringLiteral("--token-url"), m_sim->tokenUrl().toString(),
                QStringLiteral("--client-id"), QStringLiteral("reporting"),
                QStringLiteral("--scope"), QStringLiteral("app.conversation.reporting.read")},
            env);
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("403-"), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY(result.out.isEmpty());
}

void TestExportCommand::persistentServerErrorExitsFourAndLeavesNoFile()
{
    FaultRule rule;
    rule.kind = FaultRule::Kind::Status;
    rule.status = 503;
    rule.times = -1;
    m_sim->addFault(rule);
    const QString path = m_dir->filePath(QStringLiteral("x.json"));
    const RunResult result = runAgainstSimulator(
        {QStringLiteral("--retries"), QStringLiteral("1"), QStringLiteral("-o"), path});
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains("503"), result.err.constData());
    QCOMPARE(m_sim->countRequests(m_sim->orchestrationsUrl().path()), 2); // one retry, then stop
    QVERIFY(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestExportCommand::failedRunLeavesTheOldFileUntouched()
{
    const QString path = m_dir->filePath(QStringLiteral("keep.json"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("{\"previous\": true}\n");
    }
    // Fail on the last page, after most of the data arrived: still nothing may be written.
    FaultRule rule;
    rule.kind = FaultRule::Kind::ResetMidBody;
    rule.onlyPage = 27;
    rule.times = -1;
    m_sim->addFault(rule);
    const RunResult result = runAgainstSimulator(
        {QStringLiteral("--retries"), QStringLiteral("0"), QStringLiteral("-o"), path});
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains("27"), result.err.constData());
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("{\"previous\": true}\n"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
        QStringList {QStringLiteral("keep.json")});
}

void TestExportCommand::malformedJsonExitsFour()
{
    FaultRule rule;
    rule.kind = FaultRule::Kind::MalformedJson;
    rule.times = -1;
    m_sim->addFault(rule);
    const RunResult result = runAgainstSimulator({QStringLiteral("--page"), QStringLiteral("1")});
    QCOMPARE(result.exitCode, 4);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err.count('\n'), 1);
}

void TestExportCommand::unreachableServerExitsFour()
{
    const QStringList arguments = sourceArguments();
    m_sim.reset(); // nothing listens there any more
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(kClientSecretVariable), QString(kDemoClientSecret));
    const RunResult result =
        run(arguments + QStringList {QStringLiteral("--retries"), QStringLiteral("0")}, env);
    QCOMPARE(result.exitCode, 4);
    QVERIFY(!result.err.isEmpty());
}

void TestExportCommand::unwritableOutputExitsFive_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::newRow("missing folder") << QStringLiteral("no/such/folder/out.json");
    QTest::newRow("a folder") << QStringLiteral(".");
}

void TestExportCommand::unwritableOutputExitsFive()
{
    QFETCH(QString, relativePath);
    const QString path = QDir(m_dir->path()).filePath(relativePath);
    const RunResult result = runAgainstSimulator(
        {QStringLiteral("--page"), QStringLiteral("1"), QStringLiteral("-o"), path});
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(!result.err.isEmpty(), "the user is told why");
    QVERIFY(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestExportCommand::secretNeverInAUrl()
{
    const RunResult result = runAgainstSimulator({QStringLiteral("--page"), QStringLiteral("2")});
    QCOMPARE(result.exitCode, 0);
    const QList<LoggedRequest> log = m_sim->requestLog().entries();
    QVERIFY(log.size() >= 2);
    for (const LoggedRequest &request : log) {
        QVERIFY(!request.url.toString().contains(QLatin1String(kDemoClientSecret)));
        for (const auto &header : request.headers)
            QVERIFY(!header.second.contains(QByteArray(kDemoClientSecret.latin1())));
        if (request.method == "GET")
            QVERIFY(!request.body.contains(QByteArray(kDemoClientSecret.latin1())));
    }
    QVERIFY(!result.err.contains(QByteArray(kDemoClientSecret.latin1())));
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
