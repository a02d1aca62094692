// `orchestration-console export --profile NAME` as a user runs it: the real executable in its
// own process, its settings in a temporary XDG_CONFIG_HOME, its secret and token in the real
// Secret Service of the test command's private D-Bus session, against the simulator in this
// process. The simulator's request log proves what was (not) sent; the leak test searches
// everything the runs left behind for the secret and the tokens.

#include "app/exportoptions.h"
#include "models/connections/profilestore.h"
#include "models/connections/secretstore.h"
#include "models/connections/tokenpersistence.h"
#include "models/core/buildinfo.h"
#include "sim/hubsimulator.h"
#include "support/consoleprocess.h"
#include "support/keychaintestsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hubsim;
using namespace keychaintest;

namespace {

using RunResult = testsupport::ConsoleRun;

QStringList nonEmptyLines(const QByteArray &text)
{
    QStringList lines;
    const QStringList all = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (const QString &line : all) {
        if (!line.trimmed().isEmpty())
            lines.append(line);
    }
    return lines;
}

} // namespace

class TestProfileExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tokenSurvivesARestart();
    void signOutMakesTheNextRunAskAgain();
    void refusedCachedTokenIsReplacedAndStored();
    void environmentSecretOverridesTheKeychain();
    void unknownProfileExitsTwo();
    void profileCannotBeCombinedWithAnotherSource();
    void noStoredSecretExitsThreeBeforeAnyRequest();
    void noSecretServiceExitsThreeUnlessTheEnvironmentHasTheSecret();
    void leakTestFindsTheSecretAndTokensNowhere();

private:
    RunResult run(const QStringList &arguments, const QProcessEnvironment &env);
    RunResult runProfile(const QStringList &extra = {}, const QString &envSecret = QString());
    QProcessEnvironment childEnvironment() const;
    void plantSecret(const QString &secret);
    void setClientSecret(const QString &secret);
    int tokenRequests() const { return m_sim->countRequests(m_sim->tokenUrl().path()); }
    QStringList bearerTokensSeen() const;

    std::unique_ptr<HubSimulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SecretStore> m_secrets;
    ConnectionProfile m_profile;
    bool m_keychain = false;
};

void TestProfileExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfileExport::init()
{
    SimulatorConfig config;
    config.count = 60;
    m_sim = std::make_unique<HubSimulator>(config);
    QString error;
    QVERIFY2(m_sim->listen(&error), qPrintable(error));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    for (const QString &sub :
        {QStringLiteral("config"), QStringLiteral("data"), QStringLiteral("cache"),
            QStringLiteral("state"), QStringLiteral("home"), QStringLiteral("out")})
        QVERIFY(QDir(m_dir->path()).mkpath(sub));

    // The child's QSettings: $XDG_CONFIG_HOME/<organization>/<application>.conf.
    ProfileStore profiles(
        m_dir->filePath(QStringLiteral("config/OrchestrationConsole/orchestration-console.conf")));
    m_profile = ConnectionProfile();
    m_profile.name = QStringLiteral("Staging");
    m_profile.connection.baseUrl = m_sim->baseUrl();
    m_profile.connection.tokenUrl = m_sim->tokenUrl();
    m_profile.connection.clientId = QString(kDemoClientId);
    QList<ProfileProblem> problems;
    QVERIFY2(profiles.add(m_profile, &problems),
        qPrintable(problems.isEmpty() ? QString() : problems.first().message));
    QVERIFY(profiles.sync());

    m_secrets = std::make_unique<SecretStore>(QStringLiteral(CONSOLE_APP_ID));
    m_keychain = false;
    if (QByteArray(QTest::currentTestFunction())
        != "noSecretServiceExitsThreeUnlessTheEnvironmentHasTheSecret") {
        REQUIRE_SECRET_SERVICE(*m_secrets);
        m_keychain = true;
    }
}

void TestProfileExport::cleanup()
{
    if (m_keychain && m_secrets && !m_secrets->isSessionOnly()) {
        waitForResult([this](QObject *context, SecretStore::Callback done) {
            m_secrets->forgetProfile(m_profile.id, context, done);
        });
    }
    m_secrets.reset();
    m_sim.reset();
    m_dir.reset();
}

QProcessEnvironment TestProfileExport::childEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QLatin1String(kClientSecretVariable));
    env.remove(QLatin1String(kAccessTokenVariable));
    env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir->filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), m_dir->filePath(QStringLiteral("state")));
    return env;
}

RunResult TestProfileExport::run(const QStringList &arguments, const QProcessEnvironment &env)
{
    return testsupport::runConsole(QStringLiteral(CONSOLE_EXECUTABLE), arguments, env);
}

RunResult TestProfileExport::runProfile(const QStringList &extra, const QString &envSecret)
{
    QProcessEnvironment env = childEnvironment();
    if (!envSecret.isEmpty())
        env.insert(QLatin1String(kClientSecretVariable), envSecret);
    const QString output =
        m_dir->filePath(QStringLiteral("out/export-%1.json")
                            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    return run(QStringList {QStringLiteral("export"), QStringLiteral("--profile"), m_profile.name,
                   QStringLiteral("--retries"), QStringLiteral("0"), QStringLiteral("-o"), output}
            + extra,
        env);
}

void TestProfileExport::plantSecret(const QString &secret)
{
    const auto written = waitForResult([&](QObject *context, SecretStore::Callback done) {
        m_secrets->write(m_profile.id, SecretStore::kClientSecret, secret, context, done);
    });
    QVERIFY(written && written->ok() && !written->sessionOnly);
}

void TestProfileExport::setClientSecret(const QString &secret)
{
    SimulatorConfig config = m_sim->config();
    config.clients = {{QString(kDemoClientId), secret, {QString(kReadScope)}}};
    m_sim->setConfig(config);
}

QStringList TestProfileExport::bearerTokensSeen() const
{
    QStringList tokens;
    const QList<LoggedRequest> entries = m_sim->requestLog().entries();
    for (const LoggedRequest &entry : entries) {
        const QByteArray authorization = entry.header("Authorization");
        if (authorization.startsWith("Bearer ")) {
            const QString token = QString::fromLatin1(authorization.mid(7)).trimmed();
            if (!tokens.contains(token))
                tokens.append(token);
        }
    }
    return tokens;
}

void TestProfileExport::tokenSurvivesARestart()
{
    plantSecret(QString(kDemoClientSecret));

    const RunResult first = runProfile();
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(tokenRequests(), 1);
    const QStringList firstTokens = bearerTokensSeen();
    QCOMPARE(firstTokens.size(), 1);

    // A second process: the token comes from the keychain, no token request is sent.
    m_sim->clearRequestLog();
    const RunResult second = runProfile();
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QCOMPARE(tokenRequests(), 0);
    QVERIFY(m_sim->countRequests(m_sim->orchestrationsUrl().path()) > 0);
    QCOMPARE(bearerTokensSeen(), firstTokens);

    // And the keychain holds exactly that token, with its expiry.
    TokenPersistence persistence(m_secrets.get(), m_profile.id);
    std::optional<StoredToken> stored;
    QObject context;
    persistence.load(&context,
        [&stored](const StoredToken &token, const SecretStore::Result &) { stored = token; });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 30000);
    QCOMPARE(stored->token, firstTokens.first());
    QVERIFY(stored->expiry > QDateTime::currentDateTimeUtc().addSecs(3000));
}

void TestProfileExport::signOutMakesTheNextRunAskAgain()
{
    plantSecret(QString(kDemoClientSecret));
    QCOMPARE(runProfile().exitCode, 0);
    QCOMPARE(tokenRequests(), 1);

    TokenPersistence persistence(m_secrets.get(), m_profile.id);
    const auto signedOut = waitForResult(
        [&](QObject *context, SecretStore::Callback done) { persistence.signOut(context, done); });
    QVERIFY(signedOut && signedOut->ok());

    QCOMPARE(runProfile().exitCode, 0);
    QCOMPARE(tokenRequests(), 2);
}

void TestProfileExport::refusedCachedTokenIsReplacedAndStored()
{
    plantSecret(QString(kDemoClientSecret));
    QCOMPARE(runProfile().exitCode, 0);
    QCOMPARE(tokenRequests(), 1);

    // The server forgets the token the keychain holds: the next run gets a 401, asks for a new
    // token, succeeds, and stores the new one...
    m_sim->expireAllTokens();
    const RunResult refused = runProfile();
    QVERIFY2(refused.exitCode == 0, refused.err.constData());
    QCOMPARE(tokenRequests(), 2);

    // ...which the run after that reuses.
    QCOMPARE(runProfile().exitCode, 0);
    QCOMPARE(tokenRequests(), 2);
}

void TestProfileExport::environmentSecretOverridesTheKeychain()
{
    plantSecret(QStringLiteral("an-outdated-secret"));
    const RunResult result = runProfile({}, QString(kDemoClientSecret));
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(tokenRequests(), 1);
}

void TestProfileExport::unknownProfileExitsTwo()
{
    const RunResult result =
        run({QStringLiteral("export"), QStringLiteral("--profile"), QStringLiteral("Prodution")},
            childEnvironment());
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("Prodution"), result.err.constData());
    QVERIFY(result.err.contains("Staging")); // the saved ones are named
    QCOMPARE(m_sim->requestLog().size(), 0);
}

void TestProfileExport::profileCannotBeCombinedWithAnotherSource()
{
    const ExportArguments parsed = parseExportArguments(
        {QStringLiteral("--profile"), QStringLiteral("Staging"), QStringLiteral("--demo")});
    QVERIFY(!parsed.options);
    QVERIFY2(parsed.error.contains(QStringLiteral("--profile")), qPrintable(parsed.error));

    const ExportArguments withUrl =
        parseExportArguments({QStringLiteral("--profile"), QStringLiteral("Staging"),
            QStringLiteral("--base-url"), QStringLiteral("https://api.example.test/v3")});
    QVERIFY(!withUrl.options);

    const ExportArguments ok =
        parseExportArguments({QStringLiteral("--profile"), QStringLiteral(" Staging ")});
    QVERIFY(ok.options);
    QCOMPARE(ok.options->profileName, QStringLiteral("Staging"));
}

void TestProfileExport::noStoredSecretExitsThreeBeforeAnyRequest()
{
    const RunResult result = runProfile();
    QCOMPARE(result.exitCode, 3);
    const QStringList lines = nonEmptyLines(result.err);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(QStringLiteral("No client secret is stored for \"Staging\"")),
        qPrintable(lines.first()));
    QVERIFY(lines.first().contains(QLatin1String(kClientSecretVariable)));
    QCOMPARE(m_sim->requestLog().size(), 0);
}

void TestProfileExport::noSecretServiceExitsThreeUnlessTheEnvironmentHasTheSecret()
{
    const QString secret =
        QStringLiteral("env-only-secret-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    setClientSecret(secret);
    QProcessEnvironment env = childEnvironment();
    env.insert(
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));

    const RunResult refused =
        run({QStringLiteral("export"), QStringLiteral("--profile"), m_profile.name}, env);
    QCOMPARE(refused.exitCode, 3);
    const QStringList lines = nonEmptyLines(refused.err);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(QStringLiteral("keychain is not available")),
        qPrintable(lines.first()));
    QVERIFY(lines.first().contains(QLatin1String(kClientSecretVariable)));
    QCOMPARE(m_sim->requestLog().size(), 0);

    env.insert(QLatin1String(kClientSecretVariable), secret);
    const QString output = m_dir->filePath(QStringLiteral("out/env-secret.json"));
    const RunResult exported = run({QStringLiteral("export"), QStringLiteral("--profile"),
                                       m_profile.name, QStringLiteral("-o"), output},
        env);
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QCOMPARE(tokenRequests(), 1);
    QVERIFY(QFile::exists(output));

    // Session-only: the secret and the token lived in memory, nowhere on disk.
    QCOMPARE(filesContaining(m_dir->path(), secret), QStringList());
    const QStringList tokens = bearerTokensSeen();
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(filesContaining(m_dir->path(), tokens.first()), QStringList());
}

void TestProfileExport::leakTestFindsTheSecretAndTokensNowhere()
{
    const QString canary =
        QStringLiteral("leak-canary-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    plantSecret(canary);

    QProcessEnvironment env = childEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=true"));
    env.insert(
        QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("[%{category}] %{type}: %{message}"));
    const auto runLogged = [&](const QStringList &extra, const QString &envSecret = QString()) {
        QProcessEnvironment runEnv = env;
        if (!envSecret.isEmpty())
            runEnv.insert(QLatin1String(kClientSecretVariable), envSecret);
        const QString output =
            m_dir->filePath(QStringLiteral("out/leak-%1.json")
                                .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
        return run(
            QStringList {QStringLiteral("export"), QStringLiteral("--profile"), m_profile.name,
                QStringLiteral("--retries"), QStringLiteral("0"), QStringLiteral("-o"), output}
                + extra,
            runEnv);
    };
    QList<RunResult> runs;

    // 1. The canary is the wrong secret: the tenant knows another one.
    setClientSecret(QStringLiteral("the-tenant-wants-this"));
    runs.append(runLogged({}));
    QCOMPARE(runs.last().exitCode, 3);

    // 2. The tenant accepts the canary: a full export, token stored in the keychain.
    setClientSecret(canary);
    runs.append(runLogged({}));
    QVERIFY2(runs.last().exitCode == 0, runs.last().err.constData());

    // 3. A fault: the server fails every page after the cached token is refused once.
    m_sim->expireAllTokens();
    FaultRule fault;
    fault.kind = FaultRule::Kind::Status;
    fault.status = 500;
    fault.times = -1;
    m_sim->addFault(fault);
    runs.append(runLogged({}));
    QCOMPARE(runs.last().exitCode, 4);
    m_sim->clearFaults();

    // 4. The canary from the environment, one page.
    runs.append(runLogged({QStringLiteral("--page"), QStringLiteral("1")}, canary));
    QVERIFY2(runs.last().exitCode == 0, runs.last().err.constData());

    // 5. The canary as a ready token that the server refuses.
    QProcessEnvironment tokenEnv = env;
    tokenEnv.insert(QLatin1String(kAccessTokenVariable), canary);
    runs.append(run({QStringLiteral("export"), QStringLiteral("--profile"), m_profile.name,
                        QStringLiteral("-o"), QStringLiteral("-")},
        tokenEnv));
    QCOMPARE(runs.last().exitCode, 3);

    // Every category was on: the logs are full of the keychain, auth and network layers.
    QByteArray allLogs;
    for (const RunResult &result : std::as_const(runs))
        allLogs += result.err + result.out;
    QVERIFY2(allLogs.contains("[console.keychain]"), allLogs.left(2000).constData());
    QVERIFY(allLogs.contains("[console.auth]"));
    QVERIFY(allLogs.contains("[console.net]"));

    QStringList needles {canary};
    const QStringList tokens = bearerTokensSeen();
    QVERIFY(tokens.size() >= 2); // one per successful sign-in, and the canary as a token
    for (const QString &token : tokens) {
        if (!needles.contains(token))
            needles.append(token);
    }
    QVERIFY(QDir(m_dir->filePath(QStringLiteral("out"))).entryList(QDir::Files).size() >= 2);

    for (const QString &needle : std::as_const(needles)) {
        const QByteArray bytes = needle.toUtf8();
        QCOMPARE(filesContaining(m_dir->path(), needle), QStringList());
        for (int i = 0; i < runs.size(); ++i) {
            QVERIFY2(!runs.at(i).out.contains(bytes),
                qPrintable(QStringLiteral("stdout of run %1").arg(i + 1)));
            QVERIFY2(!runs.at(i).err.contains(bytes),
                qPrintable(QStringLiteral("stderr of run %1").arg(i + 1)));
            for (const QString &argument : runs.at(i).arguments)
                QVERIFY2(!argument.contains(needle),
                    qPrintable(QStringLiteral("argv of run %1").arg(i + 1)));
        }
    }
}

QTEST_GUILESS_MAIN(TestProfileExport)
#include "tst_profileexport.moc"
