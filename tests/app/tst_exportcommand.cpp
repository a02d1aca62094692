// The headless export, as a user runs it: the real orchestration-console executable in its
// own process, against the simulator over loopback, judged by exit code, stdout, stderr and
// the file it leaves (or does not leave).

#include "app/exportoptions.h"
#include "models/core/buildinfo.h"
#include "models/core/exportdocument.h"
#include "sim/hubsimulator.h"
#include "support/consoleprocess.h"
#include "support/devicenodes.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace hubsim;

namespace {

using RunResult = testsupport::ConsoleRun;
using testsupport::readJsonFile;

/// A count as the console writes it: in the number format of the locale it runs in (ours).
QByteArray count(qint64 n)
{
    return QLocale().toString(n).toUtf8();
}

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

    void writesThroughAFifoToItsReader();
    void writesThroughACharacterDevice();
    void fullDeviceExitsFive();
    void fullStandardOutputExitsFive();
    void pageWithoutCountReadsBack();
    void tokenEndpointErrorsNameTheTokenEndpoint();
    void repeatedPageIsIncomplete();
    void allowIncompleteWritesAndSaysWhy();
    void countNeverReachedIsIncomplete();
    void endlessServerStopsAtTheBudget_data();
    void endlessServerStopsAtTheBudget();
    void countDriftIsAlwaysSaid();
    void recordWarningsAreTallied();
    void budgetOptionsUsageErrors_data();
    void budgetOptionsUsageErrors();
    void clientSecretFromStandardInput();
    void emptyStandardInputIsAUsageError();
    void compactIsOneRecordPerLineAndBothFormsReadBack();
    void allPagesStreamInBoundedMemory();
    void failureAfterManyPagesLeavesNothing();

private:
    RunResult run(const QStringList &arguments, const QProcessEnvironment &env);
    RunResult runAgainstSimulator(const QStringList &extra,
        const QString &secret = QString(kDemoClientSecret), const testsupport::ConsoleIo &io = {});
    void addFault(FaultRule::Kind kind, int onlyPage = 0, int times = -1);
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

void TestExportCommand::addFault(FaultRule::Kind kind, int onlyPage, int times)
{
    FaultRule rule;
    rule.kind = kind;
    rule.onlyPage = onlyPage;
    rule.times = times;
    m_sim->addFault(rule);
}

QStringList TestExportCommand::sourceArguments() const
{
    return {QStringLiteral("export"), QStringLiteral("--base-url"), m_sim->baseUrl().toString(),
        QStringLiteral("--token-url"), m_sim->tokenUrl().toString(), QStringLiteral("--client-id"),
        QString(kDemoClientId)};
}

RunResult TestExportCommand::runAgainstSimulator(
    const QStringList &extra, const QString &secret, const testsupport::ConsoleIo &io)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(kClientSecretVariable), secret);
    env.remove(QLatin1String(kAccessTokenVariable));
    return testsupport::runConsole(
        QStringLiteral(CONSOLE_EXECUTABLE), sourceArguments() + extra, env, io);
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
    // Only the option that reads the secret from standard input names it.
    QVERIFY(!QByteArray(result.out).replace("--client-secret-stdin", "").contains("client-secret"));
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

void TestExportCommand::writesThroughAFifoToItsReader()
{
#ifdef Q_OS_UNIX
    // `export -o pipe` with a reader: every byte reaches the reader, the FIFO stays a FIFO.
    const QString path = m_dir->filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    testsupport::FifoReader reader(path, 60000);
    QVERIFY(reader.isOpen());
    const RunResult result = runAgainstSimulator({QStringLiteral("-o"), path});
    const QByteArray received = reader.take();
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonDocument document = QJsonDocument::fromJson(received);
    QCOMPARE(document.object().value(QLatin1String("orchestration")).toArray().size(), 2000);
    struct stat status
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
    QVERIFY(S_ISFIFO(status.st_mode));
#else
    QSKIP("FIFOs are POSIX.");
#endif
}

void TestExportCommand::writesThroughACharacterDevice()
{
#ifdef Q_OS_UNIX
    const QString path = testsupport::deviceNode(m_dir->path(), QStringLiteral("null"), 3);
    if (path.isEmpty())
        QSKIP("No safe character device here.");
    const RunResult result = runAgainstSimulator(
        {QStringLiteral("--page"), QStringLiteral("1"), QStringLiteral("-o"), path});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    struct stat status
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
    QVERIFY(S_ISCHR(status.st_mode));
#else
    QSKIP("Character devices here are POSIX.");
#endif
}

void TestExportCommand::fullDeviceExitsFive()
{
#ifdef Q_OS_UNIX
    const QString path = testsupport::deviceNode(m_dir->path(), QStringLiteral("full"), 7);
    if (path.isEmpty())
        QSKIP("No safe /dev/full here.");
    const RunResult result = runAgainstSimulator(
        {QStringLiteral("--page"), QStringLiteral("1"), QStringLiteral("-o"), path});
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(result.err.contains(QFile::encodeName(path)), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1);
    struct stat status
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
    QVERIFY(S_ISCHR(status.st_mode));
#else
    QSKIP("/dev/full is Linux.");
#endif
}

void TestExportCommand::fullStandardOutputExitsFive()
{
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("No /dev/full here.");
    testsupport::ConsoleIo io;
    io.stdoutFile = QStringLiteral("/dev/full");
    const RunResult result = runAgainstSimulator(
        {QStringLiteral("--page"), QStringLiteral("1")}, QString(kDemoClientSecret), io);
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(result.err.contains("standard output"), result.err.constData());
}

void TestExportCommand::pageWithoutCountReadsBack()
{
    // A server that leaves count out: the export says nothing it does not know, and the
    // console's own readers take the file back.
    FaultRule rule;
    rule.kind = FaultRule::Kind::WrongFieldTypes;
    rule.shape = FaultRule::Shape::CountMissing;
    rule.times = -1;
    m_sim->addFault(rule);
    const QString path = m_dir->filePath(QStringLiteral("nocount.json"));
    RunResult result = runAgainstSimulator({QStringLiteral("--page"), QStringLiteral("2"),
        QStringLiteral("--page-size"), QStringLiteral("10"), QStringLiteral("-o"), path});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject pagination =
        readJsonFile(path).value(QLatin1String("paginationInfo")).toObject();
    QVERIFY(!pagination.contains(QLatin1String("count")));
    QCOMPARE(pagination.value(QLatin1String("pagenum")).toInt(), 2);

    result = run({QStringLiteral("diff"), path, path}, QProcessEnvironment::systemEnvironment());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.startsWith("0 added, 0 removed, 0 changed, 10 unchanged."));
}

void TestExportCommand::tokenEndpointErrorsNameTheTokenEndpoint()
{
    // A refused secret during `--all` is the token endpoint's answer, not page 1's.
    const RunResult result = runAgainstSimulator({}, QStringLiteral("not-the-secret"));
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("Token endpoint"), result.err.constData());
    QVERIFY2(!result.err.contains("Page 1"), result.err.constData());
}

void TestExportCommand::repeatedPageIsIncomplete()
{
    // The server ignores paging: page 2 repeats page 1, so 25 of 2000 arrived.
    addFault(FaultRule::Kind::IgnorePaging);
    const QString path = m_dir->filePath(QStringLiteral("x.json"));
    const RunResult result = runAgainstSimulator({QStringLiteral("-o"), path});
    QCOMPARE(result.exitCode, 4);
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.err.contains(QByteArray("25 of the " + count(2000))), result.err.constData());
    QVERIFY2(result.err.contains("repeats page 1"), result.err.constData());
    QVERIFY(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    // To standard output: nothing either.
    const RunResult toStdout = runAgainstSimulator({});
    QCOMPARE(toStdout.exitCode, 4);
    QVERIFY(toStdout.out.isEmpty());
}

void TestExportCommand::allowIncompleteWritesAndSaysWhy()
{
    addFault(FaultRule::Kind::IgnorePaging);
    const QString path = m_dir->filePath(QStringLiteral("x.json"));
    const RunResult result =
        runAgainstSimulator({QStringLiteral("--allow-incomplete"), QStringLiteral("-o"), path});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.contains(QByteArray("25 of the " + count(2000))), result.err.constData());
    QVERIFY2(result.err.contains("ignore the paging"), result.err.constData());
    const QJsonObject document = readJsonFile(path);
    QCOMPARE(document.value(QLatin1String("orchestration")).toArray().size(), 25);
    const QJsonArray warnings = document.value(QLatin1String("exportInfo"))
                                    .toObject()
                                    .value(QLatin1String("warnings"))
                                    .toArray();
    QVERIFY(!warnings.isEmpty());
    QVERIFY2(warnings.first().toString().startsWith(QLatin1String("Incomplete")),
        qPrintable(warnings.first().toString()));
}

void TestExportCommand::countNeverReachedIsIncomplete()
{
    // The server claims 100 more than it has, from page 1 on: the scan ends short of count.
    FaultRule rule;
    rule.kind = FaultRule::Kind::CountDrift;
    rule.onlyPage = 1;
    rule.countDelta = 100;
    m_sim->addFault(rule);
    const QString path = m_dir->filePath(QStringLiteral("x.json"));
    const RunResult result = runAgainstSimulator({QStringLiteral("-o"), path});
    QCOMPARE(result.exitCode, 4);
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.err.contains(QByteArray(count(2000) + " of the " + count(2100))),
        result.err.constData());
    QVERIFY(!QFile::exists(path));
}

void TestExportCommand::endlessServerStopsAtTheBudget_data()
{
    QTest::addColumn<QStringList>("budget");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("records") << QStringList {QStringLiteral("--max-records"),
        QStringLiteral("3000")}
                             << QByteArray(count(3000) + " orchestrations");
    QTest::newRow("bytes") << QStringList {QStringLiteral("--max-bytes"), QStringLiteral("1M")}
                           << QByteArray("1 MiB");
}

void TestExportCommand::endlessServerStopsAtTheBudget()
{
    QFETCH(QStringList, budget);
    QFETCH(QByteArray, says);
    // Every page full of new records and a count of 10^12: only the budget ends it, with a
    // reason and exit 4, never an out-of-memory abort. --allow-incomplete does not lift it.
    addFault(FaultRule::Kind::Endless);
    const QString path = m_dir->filePath(QStringLiteral("x.json"));
    const RunResult result = runAgainstSimulator(
        budget + QStringList {QStringLiteral("--allow-incomplete"), QStringLiteral("-o"), path});
    QCOMPARE(result.exitCode, 4);
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.err.contains(says), result.err.constData());
    QVERIFY2(result.err.contains("--max-records"), result.err.constData());
    QVERIFY(!QFile::exists(path));
}

void TestExportCommand::countDriftIsAlwaysSaid()
{
    // Five records fewer from page 3 on: everything announced arrived, so the export is
    // written, and the drift is still said.
    FaultRule rule;
    rule.kind = FaultRule::Kind::CountDrift;
    rule.onlyPage = 3;
    rule.countDelta = -5;
    m_sim->addFault(rule);
    const QString path = m_dir->filePath(QStringLiteral("x.json"));
    RunResult result = runAgainstSimulator({QStringLiteral("-o"), path});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.contains(
                 QByteArray("changed while loading, from " + count(2000) + " to " + count(1995))),
        result.err.constData());
    QCOMPARE(readJsonFile(path).value(QLatin1String("orchestration")).toArray().size(), 2000);

    // Five more from page 3 on: never reached, so incomplete, and the drift is said too.
    m_sim->clearFaults();
    QVERIFY(QFile::remove(path));
    rule.countDelta = 5; // clearFaults() restores the count: 2000 + 5
    m_sim->addFault(rule);
    result = runAgainstSimulator({QStringLiteral("-o"), path});
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains("changed while loading"), result.err.constData());
    QVERIFY2(result.err.contains(QByteArray(count(2000) + " of the " + count(2005))),
        result.err.constData());
    QVERIFY(!QFile::exists(path));
}

void TestExportCommand::recordWarningsAreTallied()
{
    // Three broken records on each of the 27 pages: a few lines say it, not one per record.
    FaultRule rule;
    rule.kind = FaultRule::Kind::WrongFieldTypes;
    rule.shape = FaultRule::Shape::RecordFieldTypes;
    rule.times = -1;
    m_sim->addFault(rule);
    const QString path = m_dir->filePath(QStringLiteral("x.json"));
    const RunResult result =
        runAgainstSimulator({QStringLiteral("--allow-incomplete"), QStringLiteral("-o"), path});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonArray warnings = readJsonFile(path)
                                    .value(QLatin1String("exportInfo"))
                                    .toObject()
                                    .value(QLatin1String("warnings"))
                                    .toArray();
    QStringList lines;
    for (const QJsonValue &warning : warnings)
        lines.append(warning.toString());
    QVERIFY2(lines.size() < 30, qPrintable(lines.join(u'\n')));
    QVERIFY2(
        std::any_of(lines.cbegin(), lines.cend(),
            [](const QString &line) { return line.startsWith(QLatin1String("27 records: ")); }),
        qPrintable(lines.join(u'\n')));
}

void TestExportCommand::budgetOptionsUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("records zero") << QStringList {QStringLiteral("--max-records"),
        QStringLiteral("0")} << QStringLiteral("--max-records");
    QTest::newRow("bytes word") << QStringList {QStringLiteral("--max-bytes"),
        QStringLiteral("lots")} << QStringLiteral("--max-bytes");
    QTest::newRow("bytes overflow")
        << QStringList {QStringLiteral("--max-bytes"), QStringLiteral("99999999999999G")}
        << QStringLiteral("--max-bytes");
    QTest::newRow("stdin with demo")
        << QStringList {QStringLiteral("--demo"), QStringLiteral("--client-secret-stdin")}
        << QStringLiteral("--client-secret-stdin");
}

void TestExportCommand::budgetOptionsUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QStringList remote = {QStringLiteral("--base-url"),
        QStringLiteral("https://api.example.test/v3"), QStringLiteral("--token-url"),
        QStringLiteral("https://auth.example.test/oauth2/token"), QStringLiteral("--client-id"),
        QStringLiteral("c1")};
    const bool demo = arguments.contains(QStringLiteral("--demo"));
    const ExportArguments parsed = parseExportArguments(demo ? arguments : remote + arguments);
    QVERIFY(!parsed.options);
    QVERIFY2(parsed.error.contains(message), qPrintable(parsed.error));
}

void TestExportCommand::clientSecretFromStandardInput()
{
    // `pass show egain | orchestration-console export --client-secret-stdin ...`: the secret
    // arrives on stdin with its newline, and nothing of it is in the environment.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QLatin1String(kClientSecretVariable));
    env.remove(QLatin1String(kAccessTokenVariable));
    testsupport::ConsoleIo io;
    io.stdinData = QByteArray(kDemoClientSecret.latin1()) + '\n';
    const QString path = m_dir->filePath(QStringLiteral("stdin.json"));
    const RunResult result = testsupport::runConsole(QStringLiteral(CONSOLE_EXECUTABLE),
        sourceArguments()
            + QStringList {QStringLiteral("--client-secret-stdin"), QStringLiteral("--page"),
                QStringLiteral("1"), QStringLiteral("-o"), path},
        env, io);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(readJsonFile(path).value(QLatin1String("orchestration")).toArray().size(), 25);
    QVERIFY(!result.err.contains(QByteArray(kDemoClientSecret.latin1())));
    QCOMPARE(m_sim->countRequests(m_sim->tokenUrl().path()), 1);

    // A wrong secret on stdin is refused like any other.
    io.stdinData = "not-the-secret\r\n";
    const RunResult wrong = testsupport::runConsole(QStringLiteral(CONSOLE_EXECUTABLE),
        sourceArguments() + QStringList {QStringLiteral("--client-secret-stdin")}, env, io);
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY(!wrong.err.contains("not-the-secret"));
}

void TestExportCommand::emptyStandardInputIsAUsageError()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QLatin1String(kClientSecretVariable));
    testsupport::ConsoleIo io;
    io.stdinData = "\n";
    const RunResult result = testsupport::runConsole(QStringLiteral(CONSOLE_EXECUTABLE),
        sourceArguments() + QStringList {QStringLiteral("--client-secret-stdin")}, env, io);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("standard input"), result.err.constData());
    QCOMPARE(m_sim->requestLog().size(), 0);
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"

void TestExportCommand::compactIsOneRecordPerLineAndBothFormsReadBack()
{
    const QString compact = m_dir->filePath(QStringLiteral("compact.json"));
    const QString pretty = m_dir->filePath(QStringLiteral("pretty.json"));
    RunResult result = runAgainstSimulator(
        {QStringLiteral("--all"), QStringLiteral("--compact"), QStringLiteral("-o"), compact});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    result = runAgainstSimulator({QStringLiteral("--all"), QStringLiteral("-o"), pretty});
    QVERIFY2(result.exitCode == 0, result.err.constData());

    const Dataset dataset = m_sim->dataset();
    QFile file(compact);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    // The opening line, one line per record, the closing line, and the final newline.
    QCOMPARE(lines.size(), dataset.size() + 3);
    QCOMPARE(lines.first(), QByteArray("{\"orchestration\":["));
    for (int i = 0; i < dataset.size(); ++i) {
        const QByteArray expected = dataset.record(i) + (i + 1 < dataset.size() ? "," : "");
        if (lines.at(i + 1) != expected)
            QFAIL(qPrintable(QStringLiteral("line %1 is not record %2").arg(i + 2).arg(i)));
    }
    QVERIFY(lines.at(dataset.size() + 1).startsWith("],\"paginationInfo\":"));

    // The default stays readable, and the snapshot reader reads both.
    QFile readable(pretty);
    QVERIFY(readable.open(QIODevice::ReadOnly));
    const QByteArray prettyText = readable.readAll();
    QVERIFY(prettyText.startsWith("{\n    \"orchestration\": [\n        {\n            \""));
    for (const QString &path : {compact, pretty}) {
        QFile snapshot(path);
        QVERIFY(snapshot.open(QIODevice::ReadOnly));
        const ExportDocument::ReadResult read = ExportDocument::fromJson(snapshot.readAll());
        QVERIFY2(read.document, qPrintable(read.error));
        QCOMPARE(read.document->records.size(), dataset.size());
        QCOMPARE(read.document->records.last().rawJson(), dataset.record(dataset.size() - 1));
        QCOMPARE(read.document->info.scope, QStringLiteral("all"));
    }
}

void TestExportCommand::allPagesStreamInBoundedMemory()
{
#if defined(__SANITIZE_ADDRESS__)
    // ASan keeps freed memory in quarantine, so the peak measures ASan, not the export; the
    // suite built without sanitizers runs this check.
    QSKIP("Peak memory under AddressSanitizer is ASan's own.");
#endif
#ifdef Q_OS_LINUX
    // GNU time reports the export's peak resident memory ("%M", KiB) on its last line.
    const QString time = QStringLiteral("/usr/bin/time");
    if (!QFile::exists(time))
        QSKIP("GNU time is not installed (tools/dev deps installs it).");
    const auto peakKiB = [&](int records) -> qint64 {
        SimulatorConfig config;
        config.count = records;
        config.maxPageSize = 500;
        HubSimulator sim(config);
        QString error;
        if (!sim.listen(&error))
            return -1;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QLatin1String(kClientSecretVariable), QString(kDemoClientSecret));
        env.remove(QLatin1String(kAccessTokenVariable));
        const QString path = m_dir->filePath(QStringLiteral("big.json"));
        const RunResult result = testsupport::runConsole(time,
            {QStringLiteral("-f"), QStringLiteral("peak %M"), QStringLiteral(CONSOLE_EXECUTABLE),
                QStringLiteral("export"), QStringLiteral("--base-url"), sim.baseUrl().toString(),
                QStringLiteral("--token-url"), sim.tokenUrl().toString(),
                QStringLiteral("--client-id"), QString(kDemoClientId), QStringLiteral("--all"),
                QStringLiteral("--page-size"), QStringLiteral("500"), QStringLiteral("-o"), path},
            env);
        if (result.exitCode != 0) {
            qWarning("export failed: %s", result.err.constData());
            return -1;
        }
        if (testsupport::readJsonFile(path).value(QLatin1String("orchestration")).toArray().size()
            != records)
            return -1;
        const QByteArray last = result.err.trimmed().split('\n').last();
        return last.startsWith("peak ") ? last.mid(5).toLongLong() : -1;
    };
    // Both beyond what the scan keeps in flight (a dozen pages of 500).
    const qint64 small = peakKiB(20000);
    const qint64 large = peakKiB(60000);
    QVERIFY(small > 0);
    QVERIFY(large > 0);
    // 40,000 more records are about 35 MiB of compact JSON: held, they would cost several
    // times that; streamed, the export holds a few pages whatever the count.
    const qint64 growthKiB = large - small;
    QVERIFY2(growthKiB < 12 * 1024,
        qPrintable(QStringLiteral("peak memory grew by %1 KiB from 20,000 to 60,000 records "
                                  "(%2 KiB to %3 KiB)")
                       .arg(growthKiB)
                       .arg(small)
                       .arg(large)));
#else
    QSKIP("Peak memory is measured with GNU time, on Linux.");
#endif
}

void TestExportCommand::failureAfterManyPagesLeavesNothing()
{
    // Pages 1 to 26 were already written to the temporary file when page 27 fails: the target
    // (a new name) must not appear, and no temporary file may stay, also for --compact.
    addFault(FaultRule::Kind::Status, 27);
    for (const QString &style : {QStringLiteral("--compact"), QString()}) {
        const QString path = m_dir->filePath(QStringLiteral("new.json"));
        QStringList arguments {
            QStringLiteral("--retries"), QStringLiteral("0"), QStringLiteral("-o"), path};
        if (!style.isEmpty())
            arguments.append(style);
        const RunResult result = runAgainstSimulator(arguments);
        QCOMPARE(result.exitCode, 4);
        QVERIFY(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
}
