// `orchestration-console diff --profile A --profile B` as a user runs it: the real executable
// in its own process, its profiles in a temporary XDG_CONFIG_HOME, each profile's own client
// secret in the real Secret Service of the test command's private D-Bus session, against two
// simulators in this process (staging and production, with different data and secrets).

#include "app/exportoptions.h"
#include "models/connections/profilestore.h"
#include "models/connections/secretstore.h"
#include "models/core/buildinfo.h"
#include "support/consoleprocess.h"
#include "support/keychaintestsupport.h"
#include "support/twotenants.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace keychaintest;
using testsupport::ConsoleRun;
using testsupport::TwoTenants;

class TestTenantDiff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void twoTenantsByIdDifferInEveryId();
    void twoTenantsByNameShowTheRealDifferences();
    void duplicateNamesAreReportedNotPaired();
    void aProfileAndAFileMix();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void aRefusedSecretExitsFourNamingTheProfile();
    void oneEnvironmentSecretIsNeverSentToTwoTenants();

private:
    ConsoleRun run(const QStringList &arguments, const QString &envSecret = {});
    void plantSecret(const ConnectionProfile &profile, const QString &secret);
    static QJsonObject summary(const ConsoleRun &run);

    TwoTenants m_tenants;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SecretStore> m_secrets;
};

void TestTenantDiff::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTenantDiff::init()
{
    QString error;
    const bool twin =
        QByteArray(QTest::currentTestFunction()) == "duplicateNamesAreReportedNotPaired";
    QVERIFY2(m_tenants.start(&error, twin), qPrintable(error));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    for (const QString &sub : {QStringLiteral("config"), QStringLiteral("data"),
             QStringLiteral("cache"), QStringLiteral("home")})
        QVERIFY(QDir(m_dir->path()).mkpath(sub));
    // The child's QSettings: $XDG_CONFIG_HOME/<organization>/<application>.conf.
    ProfileStore profiles(
        m_dir->filePath(QStringLiteral("config/OrchestrationConsole/orchestration-console.conf")));
    QVERIFY(m_tenants.saveProfiles(profiles));

    m_secrets = std::make_unique<SecretStore>(QStringLiteral(CONSOLE_APP_ID));
    REQUIRE_SECRET_SERVICE(*m_secrets);
    plantSecret(m_tenants.stagingProfile, TwoTenants::kStagingSecret);
    plantSecret(m_tenants.productionProfile, TwoTenants::kProductionSecret);
}

void TestTenantDiff::cleanup()
{
    if (m_secrets && !m_secrets->isSessionOnly()) {
        for (const ConnectionProfile *profile :
            {&m_tenants.stagingProfile, &m_tenants.productionProfile}) {
            waitForResult([&](QObject *context, SecretStore::Callback done) {
                m_secrets->forgetProfile(profile->id, context, done);
            });
        }
    }
    m_secrets.reset();
    m_tenants = TwoTenants();
    m_dir.reset();
}

void TestTenantDiff::plantSecret(const ConnectionProfile &profile, const QString &secret)
{
    const auto written = waitForResult([&](QObject *context, SecretStore::Callback done) {
        m_secrets->write(profile.id, SecretStore::kClientSecret, secret, context, done);
    });
    QVERIFY(written && written->ok() && !written->sessionOnly);
}

ConsoleRun TestTenantDiff::run(const QStringList &arguments, const QString &envSecret)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QLatin1String(kClientSecretVariable));
    env.remove(QLatin1String(kAccessTokenVariable));
    if (!envSecret.isEmpty())
        env.insert(QLatin1String(kClientSecretVariable), envSecret);
    env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir->filePath(QStringLiteral("cache")));
    return testsupport::runConsole(QStringLiteral(CONSOLE_EXECUTABLE), arguments, env);
}

QJsonObject TestTenantDiff::summary(const ConsoleRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

void TestTenantDiff::twoTenantsByIdDifferInEveryId()
{
    const ConsoleRun result =
        run({QStringLiteral("diff"), QStringLiteral("--json"), QStringLiteral("--profile"),
            QStringLiteral("Staging"), QStringLiteral("--profile"), QStringLiteral("Production")});
    QCOMPARE(result.exitCode, 1);
    const QJsonObject counts = summary(result).value(QLatin1String("summary")).toObject();
    QCOMPARE(counts.value(QLatin1String("added")).toInt(), TwoTenants::kCount);
    QCOMPARE(counts.value(QLatin1String("removed")).toInt(), TwoTenants::kCount);
    QCOMPARE(counts.value(QLatin1String("changed")).toInt(), 0);
    // Each tenant was asked with its own secret, read from the keychain.
    QCOMPARE(m_tenants.staging->countRequests(m_tenants.staging->tokenUrl().path()), 1);
    QCOMPARE(m_tenants.production->countRequests(m_tenants.production->tokenUrl().path()), 1);
}

void TestTenantDiff::twoTenantsByNameShowTheRealDifferences()
{
    const ConsoleRun result = run({QStringLiteral("diff"), QStringLiteral("--profile"),
        QStringLiteral("Staging"), QStringLiteral("--profile"), QStringLiteral("Production"),
        QStringLiteral("--match"), QStringLiteral("name"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 1);
    const QJsonObject document = summary(result);
    QCOMPARE(document.value(QLatin1String("match")).toString(), QStringLiteral("name"));
    const QJsonObject counts = document.value(QLatin1String("summary")).toObject();
    QCOMPARE(counts.value(QLatin1String("added")).toInt(), 1);
    QCOMPARE(counts.value(QLatin1String("removed")).toInt(), 1);
    QCOMPARE(counts.value(QLatin1String("changed")).toInt(), 1);
    QCOMPARE(counts.value(QLatin1String("unchanged")).toInt(), TwoTenants::kCount - 2);
    const QJsonObject changed = document.value(QLatin1String("changed")).toArray().at(0).toObject();
    QCOMPARE(changed.value(QLatin1String("id")).toString(),
        TwoTenants::productionId(TwoTenants::kChanged));
    QCOMPARE(changed.value(QLatin1String("oldId")).toString(),
        m_tenants.stagingId(TwoTenants::kChanged));
    const QJsonArray fields = changed.value(QLatin1String("fields")).toArray();
    QCOMPARE(fields.size(), 1);
    QCOMPARE(fields.at(0).toObject().value(QLatin1String("path")).toString(),
        QStringLiteral("description"));
    QCOMPARE(document.value(QLatin1String("removed"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("name"))
                 .toString(),
        m_tenants.stagingName(TwoTenants::kRemoved));
    QCOMPARE(document.value(QLatin1String("added"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("name"))
                 .toString(),
        TwoTenants::kAddedName);

    // The text form says the same, ids side by side.
    const ConsoleRun text = run({QStringLiteral("diff"), QStringLiteral("--match=name"),
        QStringLiteral("--profile=Staging"), QStringLiteral("--profile=Production")});
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(
        text.out.startsWith("1 added, 1 removed, 1 changed, 38 unchanged."), text.out.constData());
    QVERIFY2(text.out.contains(QStringLiteral("(%1 -> %2)")
                                   .arg(m_tenants.stagingId(TwoTenants::kChanged),
                                       TwoTenants::productionId(TwoTenants::kChanged))
                                   .toUtf8()),
        text.out.constData());
}

void TestTenantDiff::duplicateNamesAreReportedNotPaired()
{
    const ConsoleRun result = run({QStringLiteral("diff"), QStringLiteral("--profile"),
        QStringLiteral("Staging"), QStringLiteral("--profile"), QStringLiteral("Production"),
        QStringLiteral("--match"), QStringLiteral("name"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 1);
    const QJsonObject document = summary(result);
    const QJsonArray duplicates = document.value(QLatin1String("duplicateNames")).toArray();
    QCOMPARE(duplicates.size(), 1);
    const QJsonObject duplicate = duplicates.at(0).toObject();
    QCOMPARE(duplicate.value(QLatin1String("name")).toString(),
        m_tenants.stagingName(TwoTenants::kChanged));
    QCOMPARE(duplicate.value(QLatin1String("side")).toString(), QStringLiteral("new"));
    QCOMPARE(duplicate.value(QLatin1String("ids")).toArray(),
        QJsonArray({TwoTenants::productionId(TwoTenants::kChanged),
            TwoTenants::productionId(TwoTenants::kTwin)}));
    // Neither twin was paired with staging's record of that name, nor reported as changed.
    QCOMPARE(document.value(QLatin1String("changed")).toArray().size(), 0);
}

void TestTenantDiff::aProfileAndAFileMix()
{
    const QString file = m_dir->filePath(QStringLiteral("staging.json"));
    const ConsoleRun exported = run({QStringLiteral("export"), QStringLiteral("--profile"),
        QStringLiteral("Staging"), QStringLiteral("-o"), file});
    QCOMPARE(exported.exitCode, 0);

    const ConsoleRun same =
        run({QStringLiteral("diff"), QStringLiteral("--profile"), QStringLiteral("Staging"), file});
    QCOMPARE(same.exitCode, 0);
    QVERIFY2(
        same.out.startsWith("0 added, 0 removed, 0 changed, 40 unchanged."), same.out.constData());

    // The file given first is the old side.
    const ConsoleRun mixed = run(
        {QStringLiteral("diff"), file, QStringLiteral("--profile"), QStringLiteral("Production"),
            QStringLiteral("--match"), QStringLiteral("name"), QStringLiteral("--json")});
    QCOMPARE(mixed.exitCode, 1);
    const QJsonObject document = summary(mixed);
    QCOMPARE(document.value(QLatin1String("removed"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("name"))
                 .toString(),
        m_tenants.stagingName(TwoTenants::kRemoved));
}

void TestTenantDiff::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown profile") << QStringList {QStringLiteral("--profile"),
        QStringLiteral("Nowhere"), QStringLiteral("--profile"),
        QStringLiteral("Staging")} << QStringLiteral("There is no connection profile \"Nowhere\"");
    QTest::newRow("one profile only") << QStringList {QStringLiteral("--profile"),
        QStringLiteral("Staging")} << QStringLiteral("two profiles");
    QTest::newRow("three sides") << QStringList {QStringLiteral("--profile"),
        QStringLiteral("Staging"), QStringLiteral("--profile"), QStringLiteral("Production"),
        QStringLiteral("x.json")} << QStringLiteral("not 3");
    QTest::newRow("bad match") << QStringList {QStringLiteral("--match"), QStringLiteral("colour"),
        QStringLiteral("--profile"), QStringLiteral("Staging"), QStringLiteral("--profile"),
        QStringLiteral("Production")}
                               << QStringLiteral("--match takes id or name");
}

void TestTenantDiff::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const ConsoleRun result = run(QStringList {QStringLiteral("diff")} + arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message.toUtf8()), result.err.constData());
    QVERIFY(result.out.isEmpty());
    QCOMPARE(m_tenants.staging->countRequests(m_tenants.staging->tokenUrl().path()), 0);
}

void TestTenantDiff::aRefusedSecretExitsFourNamingTheProfile()
{
    plantSecret(m_tenants.productionProfile, QStringLiteral("not the production secret"));
    const ConsoleRun result = run({QStringLiteral("diff"), QStringLiteral("--profile"),
        QStringLiteral("Staging"), QStringLiteral("--profile"), QStringLiteral("Production")});
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains("Production: "), result.err.constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.contains("not the production secret"));
}

void TestTenantDiff::oneEnvironmentSecretIsNeverSentToTwoTenants()
{
    // The environment's secret is production's; with two profiles each uses its own keychain
    // secret, so staging still signs in and nothing is refused.
    const ConsoleRun result =
        run({QStringLiteral("diff"), QStringLiteral("--profile"), QStringLiteral("Staging"),
                QStringLiteral("--profile"), QStringLiteral("Production")},
            TwoTenants::kProductionSecret);
    QCOMPARE(result.exitCode, 1);
    const QList<hubsim::LoggedRequest> tokenRequests = m_tenants.staging->requestLog().entries();
    for (const hubsim::LoggedRequest &entry : tokenRequests)
        QVERIFY(!entry.body.contains(TwoTenants::kProductionSecret.toUtf8()));
}

QTEST_GUILESS_MAIN(TestTenantDiff)
#include "tst_tenantdiff.moc"
