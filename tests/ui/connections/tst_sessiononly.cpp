// No Secret Service at all (the session bus points nowhere, as on a desktop without a keyring
// daemon): the window and the Connections dialog say so, connecting still works with the secret
// kept in memory for this run, and no secret reaches any file.
//
// The bus address is set before the first keychain call of this process (D-Bus connects once
// per process), so this is its own test executable.

#include "app/guilaunch.h"
#include "connectionstestsupport.h"
#include "models/connections/profilestore.h"
#include "models/connections/secretstore.h"
#include "models/itemmodels/orchestrationtablemodel.h"
#include "ui/connections/connectionsdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/widgets/banner.h"

#include <QDir>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace connectionstest;
using namespace keychaintest;
using State = OrchestrationTableModel::State;

class TestSessionOnly : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connectingWorksWithTheSecretInMemoryOnly();

private:
    QTemporaryDir m_home;
};

void TestSessionOnly::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Everything this process could write goes below one directory the test can search.
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_CACHE_HOME", (m_home.path() + QStringLiteral("/cache")).toUtf8());
    qputenv("XDG_STATE_HOME", (m_home.path() + QStringLiteral("/state")).toUtf8());
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OrchestrationConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sessiononly"));
    QLoggingCategory::setFilterRules(QStringLiteral("console.*.debug=false\nconsole.*.info=false\n"
                                                    "hubsim.debug=false\nhubsim.info=false"));
    QSettings().clear();
}

void TestSessionOnly::connectingWorksWithTheSecretInMemoryOnly()
{
    const QString secret = uniqueSecret("session-only-secret");
    std::unique_ptr<hubsim::HubSimulator> sim = startSimulator(secret);
    QVERIFY(sim);
    ProfileStore profiles;
    SecretStore secrets(kTestService);
    GuiLauncher launcher(&profiles, &secrets);
    MainWindow *window = launcher.window();
    window->show();

    // The user adds a connection from the welcome page.
    QTest::mouseClick(
        window->findChild<QPushButton *>(QStringLiteral("addConnectionButton")), Qt::LeftButton);
    ConnectionsDialog *dialog = launcher.connectionsDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->currentProfileId().isNull()); // a new profile
    const auto field = [dialog](const char *name) {
        return dialog->findChild<QLineEdit *>(QLatin1String(name));
    };
    field("nameField")->selectAll();
    field("nameField")->del();
    QTest::keyClicks(field("nameField"), QStringLiteral("No keychain"));
    QTest::keyClicks(field("baseUrlField"), sim->baseUrl().toString());
    QTest::keyClicks(field("tokenUrlField"), sim->tokenUrl().toString());
    QTest::keyClicks(field("clientIdField"), kClientId);
    QTest::keyClicks(field("clientSecretField"), secret);
    QSignalSpy saved(dialog, &ConnectionsDialog::profileSaved);
    QTest::mouseClick(
        dialog->findChild<QPushButton *>(QStringLiteral("saveProfileButton")), Qt::LeftButton);
    QVERIFY(saved.wait(kWaitMs));
    const QUuid id = saved.at(0).at(0).toUuid();

    // Said next to the secret field and in the window's message bar, without blocking anything.
    QVERIFY2(dialog->keychainNoteText().contains(QLatin1String("not available")),
        qPrintable(dialog->keychainNoteText()));
    QVERIFY(dialog->keychainNoteText().contains(QLatin1String("this session only")));
    QVERIFY2(dialog->secretStateText().contains(QLatin1String("memory for this session")),
        qPrintable(dialog->secretStateText()));
    Banner *bar = window->messageBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->kind(), Banner::Kind::Warning);
    QVERIFY2(bar->text().contains(QLatin1String("keychain is not available (")),
        qPrintable(bar->text()));
    QVERIFY(
        bar->text().contains(QLatin1String("Secrets are kept in memory for this session only")));
    QVERIFY(!bar->text().contains(secret));

    // Connecting still works, from memory.
    QSignalSpy opened(&launcher, &GuiLauncher::profileOpened);
    QTest::mouseClick(
        dialog->findChild<QPushButton *>(QStringLiteral("connectProfileButton")), Qt::LeftButton);
    QVERIFY(opened.wait(kWaitMs));
    QCOMPARE(opened.at(0).at(0).toUuid(), id);
    QTRY_COMPARE_WITH_TIMEOUT(window->tableModel()->state(), State::Loaded, kWaitMs);
    QVERIFY(window->tableModel()->rowCount() > 0);
    QVERIFY(window->connectionInfo().sessionOnly);
    QVERIFY2(window->tokenStateText().contains(QLatin1String("Session only")),
        qPrintable(window->tokenStateText()));
    QTRY_VERIFY(!secrets.isBusy());
#ifdef QT_TESTCASE_BUILDDIR
    // For a person to look at: the message bar above the table.
    QDir().mkpath(QStringLiteral(QT_TESTCASE_BUILDDIR "/screenshots"));
    QCoreApplication::sendPostedEvents();
    QVERIFY(window->grab().save(
        QStringLiteral(QT_TESTCASE_BUILDDIR "/screenshots/connections-session-only.png")));
#endif

    // The profile is saved (it holds no secret); the secret is in no file at all.
    QVERIFY(profiles.profile(id));
    profiles.sync();
    QCOMPARE(filesContaining(m_home.path(), secret), QStringList());
    QVERIFY(!allFiles(m_home.path()).isEmpty()); // the search did look at the settings
}

QTEST_MAIN(TestSessionOnly)
#include "tst_sessiononly.moc"
