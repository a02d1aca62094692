// No Secret Service at all: the session bus address points nowhere, as on a desktop without a
// keyring daemon or in a container. The store must say so clearly, keep working in memory for
// this run, and write nothing to disk: there is no plaintext fallback.
//
// The address is set before the first keychain call of this process (the D-Bus connection is
// made once per process), so this runs as its own test executable.

#include "models/connections/profilestore.h"
#include "models/connections/secretstore.h"
#include "models/connections/tokenpersistence.h"
#include "support/keychaintestsupport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace keychaintest;

class TestNoSecretService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void reportsACleanErrorAndKeepsTheSecretInMemory();
    void sessionOnlyModeServesEveryCall();
    void aNewRunRemembersNothing();
    void nothingIsWrittenToDisk();

private:
    QTemporaryDir m_home;
    const QString m_secret =
        QStringLiteral("no-keychain-secret-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QUuid m_profile = QUuid::createUuid();
};

void TestNoSecretService::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Everything this process could write goes below one temporary directory we can search.
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_CACHE_HOME", (m_home.path() + QStringLiteral("/cache")).toUtf8());
    qputenv("XDG_STATE_HOME", (m_home.path() + QStringLiteral("/state")).toUtf8());
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OrchestrationConsoleTests"));
}

void TestNoSecretService::reportsACleanErrorAndKeepsTheSecretInMemory()
{
    SecretStore store(kTestService);
    QSignalSpy sessionOnly(&store, &SecretStore::sessionOnlyStarted);

    const auto written = waitForResult([&](QObject *context, SecretStore::Callback done) {
        store.write(m_profile, SecretStore::kClientSecret, m_secret, context, done);
    });
    QVERIFY(written);
    QCOMPARE(written->problem, SecretStore::Problem::Unavailable);
    QVERIFY(written->sessionOnly);
    QCOMPARE(written->status, SecretStore::Status::Ok);
    QVERIFY2(
        written->message.contains(QStringLiteral("not available")), qPrintable(written->message));
    QVERIFY(written->message.contains(QStringLiteral("this session only")));
    QVERIFY(!written->detail.isEmpty());
    QVERIFY(!written->message.contains(m_secret));
    QCOMPARE(sessionOnly.size(), 1);
    QCOMPARE(sessionOnly.at(0).at(0).toString(), written->message);
    QVERIFY(store.isSessionOnly());

    const auto read = waitForResult([&](QObject *context, SecretStore::Callback done) {
        store.read(m_profile, SecretStore::kClientSecret, context, done);
    });
    QVERIFY(read);
    QCOMPARE(read->status, SecretStore::Status::Ok);
    QCOMPARE(read->value, m_secret);
    QVERIFY(read->sessionOnly);
    QCOMPARE(read->problem, SecretStore::Problem::None);
    QCOMPARE(sessionOnly.size(), 1); // said once, not on every call
}

void TestNoSecretService::sessionOnlyModeServesEveryCall()
{
    SecretStore store(kTestService);
    TokenPersistence persistence(&store, m_profile);

    // The first call meets the missing keychain; it is still answered, from memory.
    const auto firstRead = waitForResult([&](QObject *context, SecretStore::Callback done) {
        store.read(m_profile, SecretStore::kClientSecret, context, done);
    });
    QVERIFY(firstRead);
    QCOMPARE(firstRead->status, SecretStore::Status::NotFound);
    QCOMPARE(firstRead->problem, SecretStore::Problem::Unavailable);

    QVERIFY(waitForResult([&](QObject *context, SecretStore::Callback done) {
        store.write(m_profile, SecretStore::kClientSecret, m_secret, context, done);
    }));
    persistence.save(
        {QStringLiteral("memory-token"), QDateTime::currentDateTimeUtc().addSecs(900), false});

    std::optional<ProfileCredentials> credentials;
    QObject context;
    persistence.loadCredentials(
        &context, [&](const ProfileCredentials &loaded) { credentials = loaded; });
    QTRY_VERIFY_WITH_TIMEOUT(credentials.has_value(), 30000);
    QCOMPARE(credentials->clientSecret, m_secret);
    QCOMPARE(credentials->token.token, QStringLiteral("memory-token"));
    QVERIFY(credentials->sessionOnly);

    const auto forgotten = waitForResult([&](QObject *ctx, SecretStore::Callback done) {
        store.forgetProfile(m_profile, ctx, done);
    });
    QVERIFY(forgotten);
    const auto gone = waitForResult([&](QObject *ctx, SecretStore::Callback done) {
        store.read(m_profile, SecretStore::kClientSecret, ctx, done);
    });
    QCOMPARE(gone->status, SecretStore::Status::NotFound);
}

void TestNoSecretService::aNewRunRemembersNothing()
{
    SecretStore earlier(kTestService);
    QVERIFY(waitForResult([&](QObject *context, SecretStore::Callback done) {
        earlier.write(m_profile, SecretStore::kClientSecret, m_secret, context, done);
    }));

    SecretStore later(kTestService);
    const auto read = waitForResult([&](QObject *context, SecretStore::Callback done) {
        later.read(m_profile, SecretStore::kClientSecret, context, done);
    });
    QVERIFY(read);
    QCOMPARE(read->status, SecretStore::Status::NotFound);
    QCOMPARE(read->problem, SecretStore::Problem::Unavailable);
}

void TestNoSecretService::nothingIsWrittenToDisk()
{
    // A profile saved alongside, as the dialog would: its settings hold no secret either.
    ProfileStore profiles;
    ConnectionProfile profile;
    profile.name = QStringLiteral("No keychain");
    profile.connection.baseUrl = QUrl(QStringLiteral("https://api.example.com/v3"));
    profile.connection.tokenUrl = QUrl(QStringLiteral("https://auth.example.com/token"));
    profile.connection.clientId = QStringLiteral("client");
    QVERIFY(profiles.add(profile));
    QVERIFY(profiles.sync());
    QVERIFY2(!allFiles(m_home.path()).isEmpty(), "the settings file should be in the temp home");

    QCOMPARE(filesContaining(m_home.path(), m_secret), QStringList());
    QCOMPARE(filesContaining(m_home.path(), QStringLiteral("memory-token")), QStringList());
}

QTEST_GUILESS_MAIN(TestNoSecretService)
#include "tst_nosecretservice.moc"
