// SecretStore's policy over a keychain in memory (InMemoryKeychainBackend): chunking, the
// per-profile index, timeouts, the session-only fallback and the order of answers. No D-Bus,
// no Secret Service: this runs everywhere and never skips. tst_secretstore checks the same
// store against the real Secret Service.

#include "models/connections/inmemorykeychainbackend.h"
#include "models/connections/secretstore.h"
#include "support/keychaintestsupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace keychaintest;
using Fault = InMemoryKeychainBackend::Fault;
using Operation = InMemoryKeychainBackend::Operation;

namespace {

/// An ASCII value of exactly @p bytes bytes that differs from position to position, so a
/// chunk put back in the wrong place cannot read as the right value.
QString asciiValue(int bytes, char seed = 'a')
{
    QString value;
    value.reserve(bytes);
    for (int i = 0; i < bytes; ++i)
        value += QLatin1Char(char('a' + (seed - 'a' + i * 7 + i / 26) % 26));
    return value;
}

QString chunkKey(const QString &key, int chunk)
{
    return chunk == 1 ? key : key + QLatin1Char('#') + QString::number(chunk);
}

} // namespace

class TestSecretStoreLogic : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void valuesRoundTripInChunksWithinTheEntryLimit_data();
    void valuesRoundTripInChunksWithinTheEntryLimit();
    void theHeaderEntryIsWrittenLast();
    void missingChunkReadsAsCorruptNotAsAWrongValue_data();
    void missingChunkReadsAsCorruptNotAsAWrongValue();
    void damagedEntriesReadAsCorrupt_data();
    void damagedEntriesReadAsCorrupt();
    void shorterValueDeletesSurplusChunks();
    void interruptedFirstWriteReadsAsNotFound();
    void interruptedOverwriteOfAnotherLengthReadsAsCorrupt();

    void nothingStoredIsNotFoundNotAnError();
    void keysAreScopedByProfileId();
    void aNewStoreReadsWhatTheLastOneWrote();
    void indexListsEveryStoredNameWithItsChunks();
    void forgetProfileDeletesEveryEntryAndNoOtherProfiles();
    void forgetProfileFindsChunksTheIndexLost();
    void interruptedWriteLeavesNothingForgetCannotFind();

    void failureSwitchesToSessionOnlyAndReportsTheProblem_data();
    void failureSwitchesToSessionOnlyAndReportsTheProblem();
    void failedReadIsAnsweredFromMemory();
    void sessionOnlyByChoiceNeverTouchesTheKeychain();
    void sessionOnlyForgetKeepsOtherProfiles();

    void hungBackendTimesOutWithoutBlocking();
    void answerWithinTheTimeoutIsUsed();
    void lateAnswerAfterTheStoreIsGoneFindsNobody();

    void callsAnswerInOrderNeverInsideTheCall();
    void workQueuedFromACallbackRunsAfterWhatWasQueued();
    void destroyedContextIsNotCalledAndTheQueueGoesOn();
    void sessionOnlyAnswersAreNeverInsideTheCallEither();
    void backendAnswersLaterAndRecordsCallsWithoutData();

private:
    std::optional<SecretStore::Result> write(
        const QUuid &profile, const QString &name, const QString &value);
    std::optional<SecretStore::Result> read(const QUuid &profile, const QString &name);
    std::optional<SecretStore::Result> remove(const QUuid &profile, const QString &name);
    std::optional<SecretStore::Result> forget(const QUuid &profile);
    std::optional<SecretStore::Result> call(
        SecretStore &store, const std::function<void(QObject *, SecretStore::Callback)> &start);

    /// The keys the keychain holds for @p profile, sorted.
    QStringList keysOf(const QUuid &profile) const;
    /// The profile's index as stored: name -> chunks.
    QHash<QString, int> indexOf(const QUuid &profile) const;
    /// The entries holding @p name of @p profile: the header entry, then the chunks.
    int storedChunks(const QUuid &profile, const QString &name) const;

    std::shared_ptr<InMemoryKeychainBackend> m_keychain;
    std::unique_ptr<SecretStore> m_store;
    QUuid m_profile;
};

void TestSecretStoreLogic::initTestCase()
{
    // Every keychain call logs a debug line; a 100k value makes hundreds.
    QLoggingCategory::setFilterRules(QStringLiteral("console.keychain.debug=false"));
}

void TestSecretStoreLogic::init()
{
    m_keychain = std::make_shared<InMemoryKeychainBackend>(kTestService);
    m_store = std::make_unique<SecretStore>(m_keychain);
    m_profile = QUuid::createUuid();
}

void TestSecretStoreLogic::cleanup()
{
    m_store.reset();
    m_keychain.reset();
}

std::optional<SecretStore::Result> TestSecretStoreLogic::call(
    SecretStore &store, const std::function<void(QObject *, SecretStore::Callback)> &start)
{
    QSignalSpy idle(&store, &SecretStore::idle);
    auto result = waitForResult(start, 10000);
    // The store is idle again before the next call, so tests count backend calls exactly.
    if (store.isBusy() && !idle.wait(10000))
        qWarning("the store did not become idle");
    return result;
}

std::optional<SecretStore::Result> TestSecretStoreLogic::write(
    const QUuid &profile, const QString &name, const QString &value)
{
    return call(*m_store, [&](QObject *context, SecretStore::Callback done) {
        m_store->write(profile, name, value, context, done);
    });
}

std::optional<SecretStore::Result> TestSecretStoreLogic::read(
    const QUuid &profile, const QString &name)
{
    return call(*m_store, [&](QObject *context, SecretStore::Callback done) {
        m_store->read(profile, name, context, done);
    });
}

std::optional<SecretStore::Result> TestSecretStoreLogic::remove(
    const QUuid &profile, const QString &name)
{
    return call(*m_store, [&](QObject *context, SecretStore::Callback done) {
        m_store->remove(profile, name, context, done);
    });
}

std::optional<SecretStore::Result> TestSecretStoreLogic::forget(const QUuid &profile)
{
    return call(*m_store, [&](QObject *context, SecretStore::Callback done) {
        m_store->forgetProfile(profile, context, done);
    });
}

QStringList TestSecretStoreLogic::keysOf(const QUuid &profile) const
{
    const QString prefix = SecretStore::keyFor(profile, QString());
    QStringList keys;
    const auto entries = m_keychain->entries();
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        if (it.key().startsWith(prefix))
            keys.append(it.key());
    }
    keys.sort();
    return keys;
}

QHash<QString, int> TestSecretStoreLogic::indexOf(const QUuid &profile) const
{
    const QByteArray entry =
        m_keychain->entry(SecretStore::keyFor(profile, QStringLiteral("index")));
    const QJsonObject json = QJsonDocument::fromJson(entry.mid(entry.indexOf('\n') + 1)).object();
    QHash<QString, int> index;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        index.insert(it.key(), it.value().toInt());
    return index;
}

int TestSecretStoreLogic::storedChunks(const QUuid &profile, const QString &name) const
{
    const QString key = SecretStore::keyFor(profile, name);
    int chunks = 0;
    while (m_keychain->contains(chunkKey(key, chunks + 1)))
        ++chunks;
    return chunks;
}

// ---- chunks ---------------------------------------------------------------------------------

void TestSecretStoreLogic::valuesRoundTripInChunksWithinTheEntryLimit_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("chunks");

    // The first entry starts with a header line of at most 32 bytes ("OC1 <chunks> <bytes>"),
    // so every entry carries up to 2560 - 32 = 2528 bytes of the value.
    QTest::newRow("0 bytes") << QString() << 1;
    QTest::newRow("1 byte") << asciiValue(1) << 1;
    QTest::newRow("2528 bytes, one full entry") << asciiValue(2528) << 1;
    QTest::newRow("2529 bytes") << asciiValue(2529) << 2;
    QTest::newRow("2559 bytes") << asciiValue(2559) << 2;
    QTest::newRow("2560 bytes") << asciiValue(2560) << 2;
    QTest::newRow("2561 bytes") << asciiValue(2561) << 2;
    QTest::newRow("5120 bytes") << asciiValue(5120) << 3;
    QTest::newRow("5121 bytes") << asciiValue(5121) << 3;
    QTest::newRow("100k bytes") << asciiValue(100000) << 40;
    // 3000 bytes of three-byte characters: the chunk boundary falls inside a character.
    QTest::newRow("UTF-8 split inside a character") << QString(1000, QChar(0x20AC)) << 2;
}

void TestSecretStoreLogic::valuesRoundTripInChunksWithinTheEntryLimit()
{
    QFETCH(QString, value);
    QFETCH(int, chunks);
    const QByteArray bytes = value.toUtf8();

    const auto written = write(m_profile, SecretStore::kAccessToken, value);
    QVERIFY(written);
    QCOMPARE(written->status, SecretStore::Status::Ok);
    QVERIFY(!written->sessionOnly);
    QCOMPARE(written->problem, SecretStore::Problem::None);

    const auto result = read(m_profile, SecretStore::kAccessToken);
    QVERIFY(result);
    QCOMPARE(result->status, SecretStore::Status::Ok);
    QCOMPARE(result->value, value);
    QVERIFY(!result->sessionOnly);

    // The layout stays readable by every earlier version: the header entry "OC1 n bytes\n"
    // and its first part, then the chunks "<key>#2".."<key>#n", each within the entry limit.
    QCOMPARE(storedChunks(m_profile, SecretStore::kAccessToken), chunks);
    const QString key = SecretStore::keyFor(m_profile, SecretStore::kAccessToken);
    QVERIFY(!m_keychain->contains(chunkKey(key, chunks + 1)));
    const QByteArray header =
        "OC1 " + QByteArray::number(chunks) + ' ' + QByteArray::number(bytes.size()) + '\n';
    QByteArray joined;
    for (int chunk = 1; chunk <= chunks; ++chunk) {
        const QByteArray entry = m_keychain->entry(chunkKey(key, chunk));
        QVERIFY2(entry.size() <= SecretStore::kMaxEntryBytes,
            qPrintable(QStringLiteral("chunk %1 holds %2 bytes").arg(chunk).arg(entry.size())));
        joined += entry;
    }
    QVERIFY(joined.startsWith(header));
    QCOMPARE(joined.mid(header.size()), bytes);
    QCOMPARE(indexOf(m_profile).value(SecretStore::kAccessToken), chunks);
}

void TestSecretStoreLogic::theHeaderEntryIsWrittenLast()
{
    const QString key = SecretStore::keyFor(m_profile, SecretStore::kAccessToken);
    QVERIFY(write(m_profile, SecretStore::kAccessToken, asciiValue(9000)));

    QStringList written;
    for (const auto &call : m_keychain->calls()) {
        if (call.operation == Operation::Write && call.key.startsWith(key))
            written.append(call.key);
    }
    // Chunks from the last to the first: until the header lands, nothing reads as stored.
    QCOMPARE(written,
        QStringList({chunkKey(key, 4), chunkKey(key, 3), chunkKey(key, 2), chunkKey(key, 1)}));
}

void TestSecretStoreLogic::missingChunkReadsAsCorruptNotAsAWrongValue_data()
{
    QTest::addColumn<int>("bytes");
    QTest::addColumn<int>("lost");

    QTest::newRow("5121 bytes, chunk 2 of 3") << 5121 << 2;
    QTest::newRow("5121 bytes, chunk 3 of 3") << 5121 << 3;
    QTest::newRow("100k bytes, chunk 2 of 40") << 100000 << 2;
    QTest::newRow("100k bytes, chunk 20 of 40") << 100000 << 20;
    QTest::newRow("100k bytes, chunk 40 of 40") << 100000 << 40;
}

void TestSecretStoreLogic::missingChunkReadsAsCorruptNotAsAWrongValue()
{
    QFETCH(int, bytes);
    QFETCH(int, lost);
    const QString key = SecretStore::keyFor(m_profile, SecretStore::kAccessToken);
    QVERIFY(write(m_profile, SecretStore::kAccessToken, asciiValue(bytes)));
    QVERIFY(m_keychain->contains(chunkKey(key, lost)));
    m_keychain->removeEntry(chunkKey(key, lost));

    const auto result = read(m_profile, SecretStore::kAccessToken);
    QVERIFY(result);
    QCOMPARE(result->status, SecretStore::Status::Corrupt);
    QVERIFY(result->value.isEmpty());
    QVERIFY(!result->message.isEmpty());
    QCOMPARE(result->problem, SecretStore::Problem::None);
    QVERIFY(!result->sessionOnly);
    QVERIFY(!m_store->isSessionOnly());
}

void TestSecretStoreLogic::damagedEntriesReadAsCorrupt_data()
{
    QTest::addColumn<int>("chunk");
    QTest::addColumn<QByteArray>("replacement");

    QTest::newRow("header entry without a header") << 1 << QByteArray("just-a-token");
    QTest::newRow("header of another format") << 1 << QByteArray("OC2 3 5121\nabc");
    QTest::newRow("header counting no chunks") << 1 << QByteArray("OC1 0 5121\nabc");
    QTest::newRow("header with a negative size") << 1 << QByteArray("OC1 3 -1\nabc");
    QTest::newRow("empty header entry") << 1 << QByteArray();
    QTest::newRow("chunk one byte short") << 2 << QByteArray(2527, 'x');
    QTest::newRow("chunk one byte long") << 3 << QByteArray(66, 'x');
    QTest::newRow("empty chunk") << 3 << QByteArray();
}

void TestSecretStoreLogic::damagedEntriesReadAsCorrupt()
{
    QFETCH(int, chunk);
    QFETCH(QByteArray, replacement);
    const QString key = SecretStore::keyFor(m_profile, SecretStore::kAccessToken);
    QVERIFY(write(m_profile, SecretStore::kAccessToken, asciiValue(5121)));
    QCOMPARE(m_keychain->entry(chunkKey(key, 3)).size(), 65);
    m_keychain->setEntry(chunkKey(key, chunk), replacement);

    const auto result = read(m_profile, SecretStore::kAccessToken);
    QVERIFY(result);
    QCOMPARE(result->status, SecretStore::Status::Corrupt);
    QVERIFY(result->value.isEmpty());
    QVERIFY(!result->message.isEmpty());
    QVERIFY(!m_store->isSessionOnly());
}

void TestSecretStoreLogic::shorterValueDeletesSurplusChunks()
{
    const QString key = SecretStore::keyFor(m_profile, SecretStore::kAccessToken);
    QVERIFY(write(m_profile, SecretStore::kAccessToken, asciiValue(100000)));
    QCOMPARE(storedChunks(m_profile, SecretStore::kAccessToken), 40);

    QVERIFY(write(m_profile, SecretStore::kAccessToken, QStringLiteral("short-token")));
    QCOMPARE(read(m_profile, SecretStore::kAccessToken)->value, QStringLiteral("short-token"));
    QCOMPARE(storedChunks(m_profile, SecretStore::kAccessToken), 1);
    for (int chunk = 2; chunk <= 40; ++chunk)
        QVERIFY2(!m_keychain->contains(chunkKey(key, chunk)), qPrintable(QString::number(chunk)));
    QCOMPARE(indexOf(m_profile).value(SecretStore::kAccessToken), 1);
}

void TestSecretStoreLogic::interruptedFirstWriteReadsAsNotFound()
{
    // Index read, index written, chunk 4 written; chunk 3 fails: the header never lands.
    m_keychain->setFault(Fault::AccessDenied, 3);
    const auto written = write(m_profile, SecretStore::kAccessToken, asciiValue(9000));
    QVERIFY(written);
    QCOMPARE(written->problem, SecretStore::Problem::Unavailable);
    QVERIFY(m_keychain->contains(
        chunkKey(SecretStore::keyFor(m_profile, SecretStore::kAccessToken), 4)));

    // The next run, with the keychain back, finds nothing rather than a part.
    m_keychain->setFault(Fault::None);
    m_store = std::make_unique<SecretStore>(m_keychain);
    const auto result = read(m_profile, SecretStore::kAccessToken);
    QVERIFY(result);
    QCOMPARE(result->status, SecretStore::Status::NotFound);
    QVERIFY(result->value.isEmpty());
    QVERIFY(!result->sessionOnly);
}

void TestSecretStoreLogic::interruptedOverwriteOfAnotherLengthReadsAsCorrupt()
{
    QVERIFY(write(m_profile, SecretStore::kAccessToken, asciiValue(9000, 'a')));
    // Index read, index written, chunk 3 of the new value written; chunk 2 fails.
    m_keychain->setFault(Fault::AccessDenied, 3);
    const auto written = write(m_profile, SecretStore::kAccessToken, asciiValue(6000, 'k'));
    QVERIFY(written);
    QCOMPARE(written->problem, SecretStore::Problem::Unavailable);

    m_keychain->setFault(Fault::None);
    m_store = std::make_unique<SecretStore>(m_keychain);
    const auto result = read(m_profile, SecretStore::kAccessToken);
    QVERIFY(result);
    QCOMPARE(result->status, SecretStore::Status::Corrupt);
    QVERIFY(result->value.isEmpty());
}

// ---- keys and the index ---------------------------------------------------------------------

void TestSecretStoreLogic::nothingStoredIsNotFoundNotAnError()
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
    const auto forgotten = forget(m_profile);
    QVERIFY(forgotten);
    QCOMPARE(forgotten->status, SecretStore::Status::Ok);
    QVERIFY(!m_store->isSessionOnly());
    QVERIFY(m_keychain->entries().isEmpty());
}

void TestSecretStoreLogic::keysAreScopedByProfileId()
{
    const QUuid other = QUuid::createUuid();
    QVERIFY(write(m_profile, SecretStore::kClientSecret, QStringLiteral("mine")));
    QVERIFY(write(other, SecretStore::kClientSecret, QStringLiteral("theirs")));

    const QString prefix = m_profile.toString(QUuid::WithoutBraces) + QLatin1Char('/');
    QCOMPARE(keysOf(m_profile),
        QStringList({prefix + QStringLiteral("client-secret"), prefix + QStringLiteral("index")}));
    QVERIFY(m_keychain->entry(prefix + QStringLiteral("client-secret")).endsWith("\nmine"));
    QCOMPARE(read(other, SecretStore::kClientSecret)->value, QStringLiteral("theirs"));
    QCOMPARE(read(m_profile, SecretStore::kClientSecret)->value, QStringLiteral("mine"));
    QCOMPARE(m_store->service(), kTestService);
}

void TestSecretStoreLogic::aNewStoreReadsWhatTheLastOneWrote()
{
    const QString token = asciiValue(7000);
    QVERIFY(write(m_profile, SecretStore::kAccessToken, token));
    m_store = std::make_unique<SecretStore>(m_keychain);
    const auto result = read(m_profile, SecretStore::kAccessToken);
    QVERIFY(result);
    QCOMPARE(result->value, token);
}

void TestSecretStoreLogic::indexListsEveryStoredNameWithItsChunks()
{
    const QString pasted = QStringLiteral("pasted-token");
    QVERIFY(write(m_profile, SecretStore::kClientSecret, QStringLiteral("secret")));
    QVERIFY(write(m_profile, SecretStore::kAccessToken, asciiValue(9000)));
    QVERIFY(write(m_profile, pasted, QStringLiteral("pasted")));
    QCOMPARE(indexOf(m_profile),
        (QHash<QString, int> {
            {SecretStore::kClientSecret, 1}, {SecretStore::kAccessToken, 4}, {pasted, 1}}));

    QVERIFY(write(m_profile, SecretStore::kAccessToken, asciiValue(3000)));
    QCOMPARE(indexOf(m_profile).value(SecretStore::kAccessToken), 2);

    QCOMPARE(remove(m_profile, SecretStore::kAccessToken)->status, SecretStore::Status::Ok);
    QCOMPARE(
        indexOf(m_profile), (QHash<QString, int> {{SecretStore::kClientSecret, 1}, {pasted, 1}}));
    QVERIFY(!m_keychain->contains(SecretStore::keyFor(m_profile, SecretStore::kAccessToken)));

    QVERIFY(remove(m_profile, SecretStore::kClientSecret));
    QVERIFY(remove(m_profile, pasted));
    // Nothing left: the index goes too.
    QCOMPARE(keysOf(m_profile), QStringList());
}

void TestSecretStoreLogic::forgetProfileDeletesEveryEntryAndNoOtherProfiles()
{
    const QUuid other = QUuid::createUuid();
    QVERIFY(write(m_profile, SecretStore::kClientSecret, QStringLiteral("secret")));
    QVERIFY(write(m_profile, SecretStore::kAccessToken, asciiValue(100000)));
    QVERIFY(write(m_profile, QStringLiteral("pasted-token"), asciiValue(6000)));
    QVERIFY(write(m_profile, QStringLiteral("something-else"), QStringLiteral("x")));
    QVERIFY(write(other, SecretStore::kClientSecret, QStringLiteral("other-secret")));
    QVERIFY(write(other, SecretStore::kAccessToken, asciiValue(6000)));
    QCOMPARE(keysOf(m_profile).size(), 1 + 40 + 3 + 1 + 1);
    const QStringList otherKeys = keysOf(other);

    const auto forgotten = forget(m_profile);
    QVERIFY(forgotten);
    QCOMPARE(forgotten->status, SecretStore::Status::Ok);
    QVERIFY(!forgotten->sessionOnly);

    QCOMPARE(keysOf(m_profile), QStringList());
    QCOMPARE(keysOf(other), otherKeys);
    QCOMPARE(read(other, SecretStore::kClientSecret)->value, QStringLiteral("other-secret"));
    QCOMPARE(read(other, SecretStore::kAccessToken)->value, asciiValue(6000));
}

void TestSecretStoreLogic::forgetProfileFindsChunksTheIndexLost()
{
    QVERIFY(write(m_profile, SecretStore::kClientSecret, QStringLiteral("secret")));
    QVERIFY(write(m_profile, SecretStore::kAccessToken, asciiValue(9000)));
    m_keychain->removeEntry(SecretStore::keyFor(m_profile, QStringLiteral("index")));

    // Without an index the known names go, each with the chunks its header counts.
    QCOMPARE(forget(m_profile)->status, SecretStore::Status::Ok);
    QCOMPARE(keysOf(m_profile), QStringList());
}

void TestSecretStoreLogic::interruptedWriteLeavesNothingForgetCannotFind()
{
    const QString name = QStringLiteral("pasted-token");
    QVERIFY(write(m_profile, name, QStringLiteral("short")));
    // Index read, index written (now counting 4 chunks), chunk 4 written; chunk 3 fails.
    m_keychain->setFault(Fault::NoService, 3);
    QCOMPARE(write(m_profile, name, asciiValue(9000))->problem, SecretStore::Problem::Unavailable);
    QCOMPARE(indexOf(m_profile).value(name), 4);
    QVERIFY(m_keychain->contains(chunkKey(SecretStore::keyFor(m_profile, name), 4)));

    m_keychain->setFault(Fault::None);
    m_store = std::make_unique<SecretStore>(m_keychain);
    // The old header survived: the value reads back as it was, never as a mix.
    QCOMPARE(read(m_profile, name)->value, QStringLiteral("short"));
    QCOMPARE(forget(m_profile)->status, SecretStore::Status::Ok);
    QCOMPARE(keysOf(m_profile), QStringList());
}

// ---- failures and the session-only fallback -------------------------------------------------

void TestSecretStoreLogic::failureSwitchesToSessionOnlyAndReportsTheProblem_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("afterCalls");
    QTest::addColumn<QString>("detail");

    const QString denied = QStringLiteral("Access to the in-memory keychain was denied");
    const QString noService = QStringLiteral("No in-memory keychain service available");
    QTest::newRow("access denied at once") << Fault::AccessDenied << 0 << denied;
    QTest::newRow("no service at once") << Fault::NoService << 0 << noService;
    // The write takes four calls: index read, index written, chunk 2, the header entry.
    QTest::newRow("access denied halfway") << Fault::AccessDenied << 2 << denied;
    QTest::newRow("no service at the last step") << Fault::NoService << 3 << noService;
}

void TestSecretStoreLogic::failureSwitchesToSessionOnlyAndReportsTheProblem()
{
    QFETCH(Fault, fault);
    QFETCH(int, afterCalls);
    QFETCH(QString, detail);
    const QString secret = QStringLiteral("the-secret-") + asciiValue(5000);
    QSignalSpy sessionOnly(m_store.get(), &SecretStore::sessionOnlyStarted);
    m_keychain->setFault(fault, afterCalls);

    const auto written = write(m_profile, SecretStore::kClientSecret, secret);
    QVERIFY(written);
    QCOMPARE(written->status, SecretStore::Status::Ok);
    QCOMPARE(written->problem, SecretStore::Problem::Unavailable);
    QVERIFY(written->sessionOnly);
    QVERIFY2(
        written->message.contains(QStringLiteral("not available")), qPrintable(written->message));
    QVERIFY(written->message.contains(QStringLiteral("this session only")));
    QVERIFY(written->message.contains(detail));
    QCOMPARE(written->detail, detail);
    QVERIFY(!written->message.contains(secret));
    QVERIFY(!written->detail.contains(secret));
    QCOMPARE(sessionOnly.size(), 1);
    QCOMPARE(sessionOnly.at(0).at(0).toString(), written->message);
    QVERIFY(m_store->isSessionOnly());
    QCOMPARE(m_store->sessionOnlyReason(), written->message);
    QCOMPARE(m_keychain->callCount(), afterCalls + 1);

    // From now on everything is served from memory, without asking the keychain again.
    m_keychain->setFault(Fault::None);
    const auto result = read(m_profile, SecretStore::kClientSecret);
    QVERIFY(result);
    QCOMPARE(result->status, SecretStore::Status::Ok);
    QCOMPARE(result->value, secret);
    QVERIFY(result->sessionOnly);
    QCOMPARE(result->problem, SecretStore::Problem::None);
    QVERIFY(remove(m_profile, SecretStore::kClientSecret));
    QCOMPARE(read(m_profile, SecretStore::kClientSecret)->status, SecretStore::Status::NotFound);
    QCOMPARE(m_keychain->callCount(), afterCalls + 1);
    QCOMPARE(sessionOnly.size(), 1); // said once, not on every call
}

void TestSecretStoreLogic::failedReadIsAnsweredFromMemory()
{
    m_keychain->setFault(Fault::NoService);
    const auto result = read(m_profile, SecretStore::kClientSecret);
    QVERIFY(result);
    QCOMPARE(result->status, SecretStore::Status::NotFound);
    QCOMPARE(result->problem, SecretStore::Problem::Unavailable);
    QVERIFY(result->sessionOnly);
    QVERIFY(!result->detail.isEmpty());
    QVERIFY(m_store->isSessionOnly());
}

void TestSecretStoreLogic::sessionOnlyByChoiceNeverTouchesTheKeychain()
{
    QSignalSpy sessionOnly(m_store.get(), &SecretStore::sessionOnlyStarted);
    m_store->startSessionOnly(QStringLiteral("the user said so"));
    m_store->startSessionOnly(QStringLiteral("said twice"));
    QCOMPARE(sessionOnly.size(), 1);
    QCOMPARE(m_store->sessionOnlyReason(), QStringLiteral("the user said so"));

    const auto written = write(m_profile, SecretStore::kAccessToken, asciiValue(9000));
    QVERIFY(written);
    QCOMPARE(written->status, SecretStore::Status::Ok);
    QVERIFY(written->sessionOnly);
    QCOMPARE(written->problem, SecretStore::Problem::None);
    QCOMPARE(read(m_profile, SecretStore::kAccessToken)->value, asciiValue(9000));
    QVERIFY(forget(m_profile));
    QCOMPARE(m_keychain->callCount(), 0);
}

void TestSecretStoreLogic::sessionOnlyForgetKeepsOtherProfiles()
{
    const QUuid other = QUuid::createUuid();
    m_store->startSessionOnly(QStringLiteral("no keychain"));
    QVERIFY(write(m_profile, SecretStore::kClientSecret, QStringLiteral("mine")));
    QVERIFY(write(m_profile, SecretStore::kAccessToken, QStringLiteral("my-token")));
    QVERIFY(write(other, SecretStore::kClientSecret, QStringLiteral("theirs")));

    QCOMPARE(forget(m_profile)->status, SecretStore::Status::Ok);
    QCOMPARE(read(m_profile, SecretStore::kClientSecret)->status, SecretStore::Status::NotFound);
    QCOMPARE(read(m_profile, SecretStore::kAccessToken)->status, SecretStore::Status::NotFound);
    QCOMPARE(read(other, SecretStore::kClientSecret)->value, QStringLiteral("theirs"));
}

// ---- timeouts ---------------------------------------------------------------------------------

void TestSecretStoreLogic::hungBackendTimesOutWithoutBlocking()
{
    m_store->setTimeoutMs(300);
    m_keychain->setFault(Fault::NotAnswering);
    QSignalSpy sessionOnly(m_store.get(), &SecretStore::sessionOnlyStarted);
    QSignalSpy idle(m_store.get(), &SecretStore::idle);

    QObject context;
    QList<SecretStore::Result> answers;
    QElapsedTimer clock;
    clock.start();
    m_store->write(m_profile, SecretStore::kClientSecret, QStringLiteral("hung-secret"), &context,
        [&answers](const SecretStore::Result &result) { answers.append(result); });
    QCOMPARE(answers.size(), 0);

    // The event loop keeps running while the keychain hangs.
    bool loopRan = false;
    QTimer::singleShot(50, &context, [&] { loopRan = answers.isEmpty(); });

    QVERIFY(idle.wait(5000));
    QVERIFY(loopRan);
    // A coarse timer may fire up to 5 % early.
    QVERIFY2(clock.elapsed() >= 285, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(answers.size(), 1);
    const SecretStore::Result &result = answers.first();
    QCOMPARE(result.problem, SecretStore::Problem::NotAnswering);
    QCOMPARE(result.status, SecretStore::Status::Ok); // kept in memory for this run
    QVERIFY(result.sessionOnly);
    QVERIFY2(result.message.contains(QStringLiteral("not answering")), qPrintable(result.message));
    QVERIFY(result.detail.contains(QStringLiteral("no reply within")));
    QCOMPARE(sessionOnly.size(), 1);
    QVERIFY(m_store->isSessionOnly());
    QCOMPARE(m_keychain->heldCount(), 1);

    // Later calls are served from memory without waiting for the hung keychain again.
    QCOMPARE(read(m_profile, SecretStore::kClientSecret)->value, QStringLiteral("hung-secret"));
    QCOMPARE(m_keychain->callCount(), 1);

    // The keychain finally answers: too late, and ignored.
    QCOMPARE(m_store->ignoredLateAnswers(), 0);
    m_keychain->setFault(Fault::None);
    QCOMPARE(m_keychain->answerHeld(), 1);
    QTRY_COMPARE(m_store->ignoredLateAnswers(), 1);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(sessionOnly.size(), 1);
    QVERIFY(m_store->isSessionOnly());
}

void TestSecretStoreLogic::answerWithinTheTimeoutIsUsed()
{
    QVERIFY(write(m_profile, SecretStore::kClientSecret, QStringLiteral("slow-secret")));
    m_store->setTimeoutMs(400);
    m_keychain->setFault(Fault::NotAnswering);

    QObject context;
    QList<SecretStore::Result> answers;
    m_store->read(m_profile, SecretStore::kClientSecret, &context,
        [&answers](const SecretStore::Result &result) { answers.append(result); });
    // A slow keychain: it answers after 50 ms, well within the timeout.
    QTimer::singleShot(50, &context, [this] {
        m_keychain->setFault(Fault::None);
        m_keychain->answerHeld();
    });
    QTRY_COMPARE(answers.size(), 1);
    QCOMPARE(answers.first().value, QStringLiteral("slow-secret"));
    QCOMPARE(answers.first().problem, SecretStore::Problem::None);

    // The timeout of that call has ended with its answer.
    QTest::qWait(600);
    QCOMPARE(answers.size(), 1);
    QVERIFY(!m_store->isSessionOnly());
    QCOMPARE(m_store->ignoredLateAnswers(), 0);
}

void TestSecretStoreLogic::lateAnswerAfterTheStoreIsGoneFindsNobody()
{
    m_keychain->setFault(Fault::NotAnswering);
    QObject context;
    int answers = 0;
    m_store->write(m_profile, SecretStore::kClientSecret, QStringLiteral("s"), &context,
        [&answers](const SecretStore::Result &) { ++answers; });
    QTRY_COMPARE(m_keychain->heldCount(), 1);
    m_store.reset();

    m_keychain->setFault(Fault::None);
    QCOMPARE(m_keychain->answerHeld(), 1);
    QTest::qWait(50);
    QCOMPARE(answers, 0);
}

// ---- order ----------------------------------------------------------------------------------

void TestSecretStoreLogic::callsAnswerInOrderNeverInsideTheCall()
{
    const QUuid other = QUuid::createUuid();
    QObject context;
    QStringList answers;
    const auto note = [&answers](const QString &what) {
        return [&answers, what](const SecretStore::Result &result) {
            answers.append(what + QLatin1Char('=')
                + (result.status == SecretStore::Status::Ok ? result.value
                                                            : QStringLiteral("(none)")));
        };
    };
    QSignalSpy idle(m_store.get(), &SecretStore::idle);

    m_store->write(m_profile, SecretStore::kClientSecret, QStringLiteral("A"), &context,
        note(QStringLiteral("write a")));
    m_store->write(other, SecretStore::kClientSecret, QStringLiteral("B"), &context,
        note(QStringLiteral("write b")));
    m_store->read(m_profile, SecretStore::kClientSecret, &context, note(QStringLiteral("read a")));
    m_store->remove(
        m_profile, SecretStore::kClientSecret, &context, note(QStringLiteral("remove a")));
    m_store->read(
        m_profile, SecretStore::kClientSecret, &context, note(QStringLiteral("read a again")));
    m_store->forgetProfile(other, &context, note(QStringLiteral("forget b")));
    m_store->read(other, SecretStore::kClientSecret, &context, note(QStringLiteral("read b")));
    QCOMPARE(answers, QStringList());
    QVERIFY(m_store->isBusy());
    QCOMPARE(m_keychain->callCount(), 0); // the first starts from the event loop too

    QVERIFY(idle.wait(10000));
    QCOMPARE(answers,
        QStringList(
            {QStringLiteral("write a="), QStringLiteral("write b="), QStringLiteral("read a=A"),
                QStringLiteral("remove a="), QStringLiteral("read a again=(none)"),
                QStringLiteral("forget b="), QStringLiteral("read b=(none)")}));
    QCOMPARE(idle.size(), 1);
    QVERIFY(!m_store->isBusy());
}

void TestSecretStoreLogic::workQueuedFromACallbackRunsAfterWhatWasQueued()
{
    QSignalSpy idle(m_store.get(), &SecretStore::idle);
    QObject context;
    QStringList order;
    bool insideCallback = false;
    m_store->write(m_profile, SecretStore::kClientSecret, QStringLiteral("s"), &context,
        [&](const SecretStore::Result &) {
            order.append(QStringLiteral("first"));
            insideCallback = true;
            m_store->read(m_profile, SecretStore::kClientSecret, &context,
                [&](const SecretStore::Result &result) {
                    QVERIFY(!insideCallback);
                    order.append(QStringLiteral("queued by first: ") + result.value);
                });
            insideCallback = false;
        });
    m_store->remove(m_profile, SecretStore::kAccessToken, &context,
        [&](const SecretStore::Result &) { order.append(QStringLiteral("second")); });

    QVERIFY(idle.wait(10000));
    QCOMPARE(order,
        QStringList({QStringLiteral("first"), QStringLiteral("second"),
            QStringLiteral("queued by first: s")}));
}

void TestSecretStoreLogic::destroyedContextIsNotCalledAndTheQueueGoesOn()
{
    QSignalSpy idle(m_store.get(), &SecretStore::idle);
    auto gone = std::make_unique<QObject>();
    QObject context;
    int goneAnswers = 0;
    std::optional<SecretStore::Result> read;
    m_store->write(m_profile, SecretStore::kClientSecret, QStringLiteral("s"), gone.get(),
        [&goneAnswers](const SecretStore::Result &) { ++goneAnswers; });
    m_store->read(m_profile, SecretStore::kClientSecret, &context,
        [&read](const SecretStore::Result &result) { read = result; });
    gone.reset();

    QVERIFY(idle.wait(10000));
    QCOMPARE(goneAnswers, 0);
    QVERIFY(read);
    QCOMPARE(read->value, QStringLiteral("s")); // the write itself was carried out
}

void TestSecretStoreLogic::sessionOnlyAnswersAreNeverInsideTheCallEither()
{
    m_store->startSessionOnly(QStringLiteral("no keychain"));
    QObject context;
    int answers = 0;
    m_store->read(m_profile, SecretStore::kClientSecret, &context,
        [&answers](const SecretStore::Result &) { ++answers; });
    QCOMPARE(answers, 0);
    QTRY_COMPARE(answers, 1);
}

void TestSecretStoreLogic::backendAnswersLaterAndRecordsCallsWithoutData()
{
    InMemoryKeychainBackend keychain;
    QObject receiver;
    QList<KeychainBackend::Answer> answers;
    const auto collect = [&answers](
                             const KeychainBackend::Answer &answer) { answers.append(answer); };
    keychain.write(QStringLiteral("k"), "value-bytes", &receiver, collect);
    keychain.read(QStringLiteral("k"), &receiver, collect);
    keychain.remove(QStringLiteral("k"), &receiver, collect);
    keychain.remove(QStringLiteral("k"), &receiver, collect);
    QCOMPARE(answers.size(), 0);
    QTRY_COMPARE(answers.size(), 4);
    QCOMPARE(answers.at(0).status, KeychainBackend::Status::Ok);
    QCOMPARE(answers.at(1).data, QByteArray("value-bytes"));
    QCOMPARE(answers.at(2).status, KeychainBackend::Status::Ok);
    QCOMPARE(answers.at(3).status, KeychainBackend::Status::NotFound);

    QCOMPARE(keychain.callCount(), 4);
    QCOMPARE(keychain.callCount(Operation::Remove), 2);
    QCOMPARE(keychain.calls().at(0).operation, Operation::Write);
    QCOMPARE(keychain.calls().at(0).key, QStringLiteral("k"));

    // A failure names its kind; a receiver gone before the answer is not called.
    keychain.setFault(Fault::AccessDenied);
    {
        QObject shortLived;
        keychain.read(QStringLiteral("k"), &shortLived, collect);
    }
    keychain.read(QStringLiteral("k"), &receiver, collect);
    QTRY_COMPARE(answers.size(), 5);
    QTest::qWait(20);
    QCOMPARE(answers.size(), 5);
    QCOMPARE(answers.at(4).status, KeychainBackend::Status::Failed);
    QCOMPARE(answers.at(4).failure, KeychainBackend::Failure::AccessDenied);
    QVERIFY(!answers.at(4).message.isEmpty());
}

QTEST_GUILESS_MAIN(TestSecretStoreLogic)
#include "tst_secretstorelogic.moc"
