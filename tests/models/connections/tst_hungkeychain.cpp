// A keychain that hangs: the session bus address points to a socket that accepts connections
// and never says a word (a QLocalServer in this process), so the D-Bus handshake behind every
// QtKeychain job waits forever. The store must report "not answering" after its timeout while
// the event loop keeps running, switch to session-only mode, and ignore the answer that comes
// once the socket finally closes.
//
// The address is set before the first keychain call of this process (the D-Bus connection is
// made once per process), so this runs as its own test executable.

#include "models/connections/secretstore.h"
#include "support/keychaintestsupport.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace keychaintest;

class TestHungKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void timeoutIsReportedWithoutBlocking();

private:
    QTemporaryDir m_dir;
    QLocalServer m_silentBus;
    QList<QLocalSocket *> m_connections;
};

void TestHungKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("silent-bus"));
    QVERIFY2(m_silentBus.listen(path), qPrintable(m_silentBus.errorString()));
    connect(&m_silentBus, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_silentBus.nextPendingConnection())
            m_connections.append(socket); // accepted, read from never, answered never
    });
    qputenv("DBUS_SESSION_BUS_ADDRESS", QByteArray("unix:path=") + path.toUtf8());
}

void TestHungKeychain::timeoutIsReportedWithoutBlocking()
{
    SecretStore store(kTestService);
    store.setTimeoutMs(1000);
    QSignalSpy sessionOnly(&store, &SecretStore::sessionOnlyStarted);
    QSignalSpy idle(&store, &SecretStore::idle);

    QObject context;
    QList<SecretStore::Result> answers;
    const QUuid profile = QUuid::createUuid();
    store.write(profile, SecretStore::kClientSecret, QStringLiteral("hung-secret"), &context,
        [&answers](const SecretStore::Result &result) { answers.append(result); });

    // The call returned at once; the event loop runs while the keychain hangs: the silent
    // server accepts the connection from this very thread's loop.
    QCOMPARE(answers.size(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_connections.isEmpty(), 20000);
    QCOMPARE(answers.size(), 0);

    QVERIFY(idle.wait(20000));
    QCOMPARE(answers.size(), 1);
    const SecretStore::Result &result = answers.first();
    QCOMPARE(result.problem, SecretStore::Problem::NotAnswering);
    QVERIFY(result.sessionOnly);
    QCOMPARE(result.status, SecretStore::Status::Ok); // kept in memory for this run
    QVERIFY2(result.message.contains(QStringLiteral("not answering")), qPrintable(result.message));
    QCOMPARE(sessionOnly.size(), 1);
    QVERIFY(store.isSessionOnly());

    // Later calls are served from memory without waiting for the hung keychain again.
    std::optional<SecretStore::Result> read;
    store.read(profile, SecretStore::kClientSecret, &context,
        [&read](const SecretStore::Result &answer) { read = answer; });
    QVERIFY(idle.wait(5000));
    QVERIFY(read);
    QCOMPARE(read->value, QStringLiteral("hung-secret"));

    // The bus finally goes away: the stuck job answers late, and that answer is ignored.
    QCOMPARE(store.ignoredLateAnswers(), 0);
    for (QLocalSocket *socket : std::as_const(m_connections))
        socket->abort();
    m_silentBus.close();
    QTRY_COMPARE_WITH_TIMEOUT(store.ignoredLateAnswers(), 1, 20000);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(sessionOnly.size(), 1);
}

QTEST_GUILESS_MAIN(TestHungKeychain)
#include "tst_hungkeychain.moc"
