// SecretStore and TokenPersistence against a real Secret Service: gnome-keyring in the private
// D-Bus session that the test command starts (tools/dev test). Entries are read back through
// QtKeychain directly as well, so the layout (keys scoped by profile, chunks, index) is what
// the tests see, not only what the store says.

#include "models/connections/secretstore.h"
#include "models/connections/tokenpersistence.h"
#include "support/keychaintestsupport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <qt6keychain/keychain.h>

using namespace keychaintest;

namespace {

/// What QtKeychain itself finds under @p key: the raw bytes, or nullopt for EntryNotFound.
struct RawEntry
{
    bool answered = false;
    bool found = false;
    QByteArray data;
};

RawEntry readRaw(const QString &key)
{
    RawEntry entry;
    QObject guard; // a late answer finds nobody once this function has returned
    auto *job = new QKeychain::ReadPasswordJob(kTestService);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, &guard, [&entry](QKeychain::Job *finished) {
        entry.answered = true;
        entry.found = finished->error() == QKeychain::NoError;
        entry.data = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
    });
    job->start();
    if (!QTest::qWaitFor([&entry] { return entry.answered; }, 30000))
        qWarning("QtKeychain did not answer a read");
    return entry;
}

bool deleteRaw(const QString &key)
{
    bool answered = false;
    bool ok = false;
    QObject guard;
    auto *job = new QKeychain::DeletePasswordJob(kTestService);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, &guard, [&](QKeychain::Job *finished) {
        answered = true;
        ok = finished->error() == QKeychain::NoError;
    });
    job->start();
    if (!QTest::qWaitFor([&answered] { return answered; }, 30000))
        qWarning("QtKeychain did not answer a delete");
    return ok;
}

QString longToken(int bytes)
{
    QString token;
    token.reserve(bytes);
    for (int i = 0; token.size() < bytes; ++i)
        token += QString::number(i % 10);
    return token.left(bytes);
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void writeReadOverwriteDelete();
    void nothingStoredIsNotFoundNotAnError();
    void answersLaterNeverInsideTheCall();
    void keysAreScopedByProfileId();
    void nonAsciiSecretRoundTrips();
    void longTokenRoundTripsInChunksWithinTheEntryLimit();
    void shorterValueDeletesSurplusChunks();
    void missingChunkReadsAsCorruptNotAsAWrongValue();
    void forgetProfileDeletesEveryEntryAndNoOtherProfiles();

    void tokenSurvivesInTheKeychain();
    void signOutDeletesTheTokenButKeepsTheSecret();
    void refusedStoredTokenIsDeleted();
    void loadCredentialsReadsTokenAndSecret();

private:
    std::optional<SecretStore::Result> write(
        const QUuid &profile, const QString &name, const QString &value);
    std::optional<SecretStore::Result> read(const QUuid &profile, const QString &name);
    std::optional<SecretStore::Result> remove(const QUuid &profile, const QString &name);
    std::optional<SecretStore::Result> forget(const QUuid &profile);

    std::unique_ptr<SecretStore> m_store;
    QList<QUuid> m_profiles; ///< forgotten after each test
    QUuid m_profile;
};

void TestSecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSecretStore::init()
{
    m_store = std::make_unique<SecretStore>(kTestService);
    REQUIRE_SECRET_SERVICE(*m_store);
    m_profile = QUuid::createUuid();
    m_profiles = {m_profile};
}

void TestSecretStore::cleanup()
{
    if (m_store && !m_store->isSessionOnly()) {
        for (const QUuid &profile : std::as_const(m_profiles))
            forget(profile);
    }
    m_store.reset();
}

std::optional<SecretStore::Result> TestSecretStore::write(
    const QUuid &profile, const QString &name, const QString &value)
{
    return waitForResult([&](QObject *context, SecretStore::Callback done) {
        m_store->write(profile, name, value, context, done);
    });
}

std::optional<SecretStore::Result> TestSecretStore::read(const QUuid &profile, const QString &name)
{
    return waitForResult([&](QObject *context, SecretStore::Callback done) {
        m_store->read(profile, name, context, done);
    });
}

std::optional<SecretStore::Result> TestSecretStore::remove(
    const QUuid &profile, const QString &name)
{
    return waitForResult([&](QObject *context, SecretStore::Callback done) {
        m_store->remove(profile, name, context, done);
    });
}

std::optional<SecretStore::Result> TestSecretStore::forget(const QUuid &profile)
{
    return waitForResult([&](QObject *context, SecretStore::Callback done) {
        m_store->forgetProfile(profile, context, done);
    });
}

void TestSecretStore::writeReadOverwriteDelete()
{
    auto result = write(m_profile, SecretStore::kClientSecret, QStringLiteral("first-secret"));
    QVERIFY(result);
    QCOMPARE(result->status, SecretStore::Status::Ok);
    QVERIFY(!result->sessionOnly);
    QCOMPARE(result->problem, SecretStore::Problem::None);

    result = read(m_profile, SecretStore::kClientSecret);
    QVERIFY(result);
    QCOMPARE(result->status, SecretStore::Status::Ok);
    QCOMPARE(result->value, QStringLiteral("first-secret"));

    QVERIFY(write(m_profile, SecretStore::kClientSecret, QStringLiteral("second-secret")));
    result = read(m_profile, SecretStore::kClientSecret);
    QVERIFY(result);
    QCOMPARE(result->value, QStringLiteral("second-secret"));

    result = remove(m_profile, SecretStore::kClientSecret);
    QVERIFY(result);
    QCOMPARE(result->status, SecretStore::Status::Ok);
    result = read(m_profile, SecretStore::kClientSecret);
    QVERIFY(result);
    QCOMPARE(result->status, SecretStore::Status::NotFound);
    QVERIFY(result->value.isEmpty());
    QVERIFY(!m_store->isSessionOnly());
}

void TestSecretStore::nothingStoredIsNotFoundNotAnError()
{
    const auto result = read(m_profile, SecretStore::kAccessToken);
    QVERIFY(result);
    QCOMPARE(result->status, SecretStore::Status::NotFound);
    QCOMPARE(result->problem, SecretStore::Problem::None);
    QVERIFY(!result->sessionOnly);
    QVERIFY(result->message.isEmpty());

    // Deleting what is not there succeeds, and the keychain stays in use.
    const auto removed = remove(m_profile, SecretStore::kAccessToken);
    QVERIFY(removed);
    QCOMPARE(removed->status, SecretStore::Status::Ok);
    QVERIFY(!m_store->isSessionOnly());
}

void TestSecretStore::answersLaterNeverInsideTheCall()
{
    QObject context;
    int answers = 0;
    QSignalSpy idle(m_store.get(), &SecretStore::idle);
    m_store->write(m_profile, SecretStore::kClientSecret, QStringLiteral("s"), &context,
        [&answers](const SecretStore::Result &) { ++answers; });
    m_store->read(m_profile, SecretStore::kClientSecret, &context,
        [&answers](const SecretStore::Result &) { ++answers; });
    QCOMPARE(answers, 0);
    QVERIFY(m_store->isBusy());
    QVERIFY(idle.wait(30000));
    QCOMPARE(answers, 2);
    QVERIFY(!m_store->isBusy());
}

void TestSecretStore::keysAreScopedByProfileId()
{
    const QUuid other = QUuid::createUuid();
    m_profiles.append(other);
    QVERIFY(write(m_profile, SecretStore::kClientSecret, QStringLiteral("mine")));
    QVERIFY(write(other, SecretStore::kClientSecret, QStringLiteral("theirs")));

    const RawEntry raw =
        readRaw(m_profile.toString(QUuid::WithoutBraces) + QStringLiteral("/client-secret"));
    QVERIFY(raw.found);
    QVERIFY(raw.data.endsWith("\nmine"));
    QCOMPARE(read(other, SecretStore::kClientSecret)->value, QStringLiteral("theirs"));
    QCOMPARE(read(m_profile, SecretStore::kClientSecret)->value, QStringLiteral("mine"));
}

void TestSecretStore::nonAsciiSecretRoundTrips()
{
    const QString secret = QStringLiteral("pässwörd-€-秘密-\U0001F511");
    QVERIFY(write(m_profile, SecretStore::kClientSecret, secret));
    QCOMPARE(read(m_profile, SecretStore::kClientSecret)->value, secret);
}

void TestSecretStore::longTokenRoundTripsInChunksWithinTheEntryLimit()
{
    const QString token = longToken(9000);
    const auto written = write(m_profile, SecretStore::kAccessToken, token);
    QVERIFY(written);
    QCOMPARE(written->status, SecretStore::Status::Ok);

    const auto result = read(m_profile, SecretStore::kAccessToken);
    QVERIFY(result);
    QCOMPARE(result->status, SecretStore::Status::Ok);
    QCOMPARE(result->value, token);

    // Every entry the keychain holds fits Windows Credential Manager's 2560 bytes.
    const QString key = SecretStore::keyFor(m_profile, SecretStore::kAccessToken);
    const RawEntry first = readRaw(key);
    QVERIFY(first.found);
    QVERIFY(first.data.size() <= SecretStore::kMaxEntryBytes);
    int chunks = 1;
    for (int n = 2;; ++n) {
        const RawEntry chunk = readRaw(key + QLatin1Char('#') + QString::number(n));
        if (!chunk.found)
            break;
        QVERIFY(chunk.data.size() <= SecretStore::kMaxEntryBytes);
        ++chunks;
    }
    QVERIFY2(chunks >= 4, qPrintable(QString::number(chunks)));
}

void TestSecretStore::shorterValueDeletesSurplusChunks()
{
    const QString key = SecretStore::keyFor(m_profile, SecretStore::kAccessToken);
    QVERIFY(write(m_profile, SecretStore::kAccessToken, longToken(9000)));
    QVERIFY(readRaw(key + QStringLiteral("#3")).found);

    QVERIFY(write(m_profile, SecretStore::kAccessToken, QStringLiteral("short-token")));
    QCOMPARE(read(m_profile, SecretStore::kAccessToken)->value, QStringLiteral("short-token"));
    QVERIFY(!readRaw(key + QStringLiteral("#2")).found);
    QVERIFY(!readRaw(key + QStringLiteral("#3")).found);
}

void TestSecretStore::missingChunkReadsAsCorruptNotAsAWrongValue()
{
    const QString key = SecretStore::keyFor(m_profile, SecretStore::kAccessToken);
    QVERIFY(write(m_profile, SecretStore::kAccessToken, longToken(6000)));
    QVERIFY(deleteRaw(key + QStringLiteral("#2")));

    const auto result = read(m_profile, SecretStore::kAccessToken);
    QVERIFY(result);
    QCOMPARE(result->status, SecretStore::Status::Corrupt);
    QVERIFY(result->value.isEmpty());
    QVERIFY(!result->message.isEmpty());
    QVERIFY(!m_store->isSessionOnly());
}

void TestSecretStore::forgetProfileDeletesEveryEntryAndNoOtherProfiles()
{
    const QUuid other = QUuid::createUuid();
    m_profiles.append(other);
    QVERIFY(write(m_profile, SecretStore::kClientSecret, QStringLiteral("secret")));
    QVERIFY(write(m_profile, SecretStore::kAccessToken, longToken(7000)));
    QVERIFY(write(m_profile, QStringLiteral("pasted-token"), QStringLiteral("pasted")));
    QVERIFY(write(other, SecretStore::kClientSecret, QStringLiteral("other-secret")));

    const QString prefix = m_profile.toString(QUuid::WithoutBraces) + QLatin1Char('/');
    QVERIFY(readRaw(prefix + QStringLiteral("index")).found);

    const auto forgotten = forget(m_profile);
    QVERIFY(forgotten);
    QCOMPARE(forgotten->status, SecretStore::Status::Ok);

    for (const QString &name : {QStringLiteral("client-secret"), QStringLiteral("access-token"),
             QStringLiteral("access-token#2"), QStringLiteral("access-token#3"),
             QStringLiteral("access-token#4"), QStringLiteral("pasted-token"),
             QStringLiteral("index")})
        QVERIFY2(!readRaw(prefix + name).found, qPrintable(name));
    QCOMPARE(read(other, SecretStore::kClientSecret)->value, QStringLiteral("other-secret"));
}

void TestSecretStore::tokenSurvivesInTheKeychain()
{
    const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(3600);
    {
        TokenPersistence persistence(m_store.get(), m_profile);
        QSignalSpy idle(m_store.get(), &SecretStore::idle);
        persistence.save({QStringLiteral("token-abc"), expiry, false});
        QVERIFY(idle.wait(30000));
    }
    // A new store and persistence, as after a restart.
    m_store = std::make_unique<SecretStore>(kTestService);
    TokenPersistence persistence(m_store.get(), m_profile);
    std::optional<StoredToken> loaded;
    QObject context;
    persistence.load(&context,
        [&loaded](const StoredToken &token, const SecretStore::Result &) { loaded = token; });
    QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 30000);
    QCOMPARE(loaded->token, QStringLiteral("token-abc"));
    QCOMPARE(loaded->expiry.toSecsSinceEpoch(), expiry.toSecsSinceEpoch());
    QVERIFY(loaded->isUsable());
    QVERIFY(!loaded->isUsable(StoredToken::kDefaultMargin, expiry.addSecs(-30)));
}

void TestSecretStore::signOutDeletesTheTokenButKeepsTheSecret()
{
    TokenPersistence persistence(m_store.get(), m_profile);
    QVERIFY(write(m_profile, SecretStore::kClientSecret, QStringLiteral("kept")));
    persistence.save(
        {QStringLiteral("token-xyz"), QDateTime::currentDateTimeUtc().addSecs(600), false});
    const auto signedOut = waitForResult(
        [&](QObject *context, SecretStore::Callback done) { persistence.signOut(context, done); });
    QVERIFY(signedOut);
    QCOMPARE(signedOut->status, SecretStore::Status::Ok);
    QCOMPARE(read(m_profile, SecretStore::kAccessToken)->status, SecretStore::Status::NotFound);
    QCOMPARE(read(m_profile, SecretStore::kClientSecret)->value, QStringLiteral("kept"));
}

void TestSecretStore::refusedStoredTokenIsDeleted()
{
    // A pasted token without expiry is kept until the server refuses it (the first 401).
    TokenPersistence persistence(m_store.get(), m_profile);
    persistence.save({QStringLiteral("pasted-token-1"), QDateTime(), true});
    auto *inner = new StaticTokenProvider(QStringLiteral("pasted-token-1"));
    PersistentTokenProvider provider(inner, &persistence);

    QVERIFY(read(m_profile, SecretStore::kAccessToken)->ok());
    provider.invalidate(QStringLiteral("some-other-token"));
    QVERIFY(read(m_profile, SecretStore::kAccessToken)->ok());
    provider.invalidate(QStringLiteral("pasted-token-1"));
    QCOMPARE(read(m_profile, SecretStore::kAccessToken)->status, SecretStore::Status::NotFound);
}

void TestSecretStore::loadCredentialsReadsTokenAndSecret()
{
    TokenPersistence persistence(m_store.get(), m_profile);
    QVERIFY(write(m_profile, SecretStore::kClientSecret, QStringLiteral("the-secret")));
    persistence.save(
        {QStringLiteral("expired-token"), QDateTime::currentDateTimeUtc().addSecs(30), false});

    std::optional<ProfileCredentials> credentials;
    QObject context;
    persistence.loadCredentials(
        &context, [&credentials](const ProfileCredentials &loaded) { credentials = loaded; });
    QTRY_VERIFY_WITH_TIMEOUT(credentials.has_value(), 30000);
    QCOMPARE(credentials->clientSecret, QStringLiteral("the-secret"));
    // Within the margin of its expiry: not handed out, so a fresh token is fetched.
    QVERIFY(credentials->token.isEmpty());
    QCOMPARE(credentials->problem, SecretStore::Problem::None);
    QVERIFY(!credentials->sessionOnly);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
