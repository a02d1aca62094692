// Saved connections as a user works with them: the Connections dialog, the toolbar's switcher,
// the PROD band, sign-out and remove, driven offscreen with real widgets, against a simulated
// tenant on loopback and the real Secret Service (gnome-keyring under tools/dev test).

#include "app/guilaunch.h"
#include "connectionstestsupport.h"
#include "models/client/clientcredentialstokenprovider.h"
#include "models/connections/profilestore.h"
#include "models/connections/secretstore.h"
#include "models/connections/tokenpersistence.h"
#include "models/itemmodels/orchestrationtablemodel.h"
#include "support/mnemonics.h"
#include "ui/connections/connectionsdialog.h"
#include "ui/connections/connectionswitcher.h"
#include "ui/connections/environmentband.h"
#include "ui/connections/profilelistpanel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/widgets/errorbanner.h"
#include "ui/widgets/theme.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace connectionstest;
using namespace keychaintest;
using State = OrchestrationTableModel::State;

namespace {

QString screenshotDir()
{
#ifdef QT_TESTCASE_BUILDDIR
    return QStringLiteral(QT_TESTCASE_BUILDDIR "/screenshots");
#else
    return QDir::currentPath() + QStringLiteral("/screenshots");
#endif
}

bool saveScreenshot(QWidget *widget, const QString &name)
{
    QDir().mkpath(screenshotDir());
    QCoreApplication::sendPostedEvents(); // pending layout requests, as before any real paint
    return widget->grab().save(screenshotDir() + QLatin1Char('/') + name, "PNG");
}

QLineEdit *field(QWidget *dialog, const char *name)
{
    return dialog->findChild<QLineEdit *>(QLatin1String(name));
}

QPushButton *button(QWidget *dialog, const char *name)
{
    return dialog->findChild<QPushButton *>(QLatin1String(name));
}

/// What a tooltip shows once rendered: rich text becomes its characters, plain stays.
QString renderedToolTip(const QString &tip)
{
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument document;
    document.setHtml(tip);
    return document.toPlainText();
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    edit->del();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestConnections : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dialogValidatesAsYouTypeAndSavesTheSecretOnlyInTheKeychain();
    void newFormShowsNoProblemUntilTouchedOrSaved();
    void everyMnemonicIsItsOwn();
    void colourButtonNamesTheChosenColour();
    void storedSecretIsSaidInWordsNeverShown();
    void testConnectionReportsTheCountOrTheServersError();
    void switcherConnectsAndARestartReusesTheStoredToken();
    void removeProfileDeletesEveryKeychainEntry();
    void productionBandShowsTheLabelInLightAndDark();
    void namesAndLabelsInTooltipsAreShownAsTyped();
    void exportAndImportCarryNoSecret();
    void pastedTokenIsKeptUntilTheServerRefusesIt();

private:
    std::optional<SecretStore::Result> readEntry(const QUuid &profile, const QString &name);
    QUuid saveProfile(const ConnectionProfile &profile, const QString &secret);

    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    QString m_secret;
    std::unique_ptr<hubsim::HubSimulator> m_sim;
};

void TestConnections::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OrchestrationConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connections"));
    QLoggingCategory::setFilterRules(QStringLiteral("console.*.debug=false\nconsole.*.info=false\n"
                                                    "hubsim.debug=false\nhubsim.info=false"));
    Theme::apply(*qApp, Theme::ColorScheme::Light);
    SecretStore probe(kTestService);
    REQUIRE_SECRET_SERVICE(probe);
}

void TestConnections::init()
{
    QSettings().clear();
    m_profiles = std::make_unique<ProfileStore>();
    m_secrets = std::make_unique<SecretStore>(kTestService);
    m_secret = uniqueSecret("gui-secret");
    m_sim = startSimulator(m_secret);
    QVERIFY(m_sim);
}

void TestConnections::cleanup()
{
    // Whatever a test left in the keychain goes with its profiles.
    SecretStore secrets(kTestService);
    const QList<ConnectionProfile> all = ProfileStore().profiles();
    for (const ConnectionProfile &profile : all) {
        waitForResult([&](QObject *context, SecretStore::Callback done) {
            secrets.forgetProfile(profile.id, context, done);
        });
    }
    m_sim.reset();
    m_secrets.reset();
    m_profiles.reset();
}

std::optional<SecretStore::Result> TestConnections::readEntry(
    const QUuid &profile, const QString &name)
{
    // A store of its own, as another run of the program would read it.
    SecretStore fresh(kTestService);
    return waitForResult([&](QObject *context, SecretStore::Callback done) {
        fresh.read(profile, name, context, done);
    });
}

QUuid TestConnections::saveProfile(const ConnectionProfile &profile, const QString &secret)
{
    ConnectionProfile saved = profile;
    QList<ProfileProblem> problems;
    if (!m_profiles->add(saved, &problems)) {
        qWarning("profile refused: %s", qPrintable(problems.value(0).message));
        return {};
    }
    if (!secret.isEmpty()) {
        const auto written = waitForResult([&](QObject *context, SecretStore::Callback done) {
            m_secrets->write(saved.id, SecretStore::kClientSecret, secret, context, done);
        });
        if (!written || !written->ok() || written->sessionOnly)
            return {};
    }
    return saved.id;
}

void TestConnections::dialogValidatesAsYouTypeAndSavesTheSecretOnlyInTheKeychain()
{
    ConnectionsDialog dialog(m_profiles.get(), m_secrets.get());
    dialog.show();
    QVERIFY(dialog.currentProfileId().isNull()); // nothing saved: a new profile is started
    QPushButton *save = button(&dialog, "saveProfileButton");
    QLineEdit *secret = field(&dialog, "clientSecretField");
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QCOMPARE(field(&dialog, "scopeField")->text(),
        QStringLiteral("app.conversation.conversationmgr.read"));
    QCOMPARE(field(&dialog, "pageNumberParameterField")->text(), QStringLiteral("$pagenum"));
    QCOMPARE(field(&dialog, "pageSizeParameterField")->text(), QStringLiteral("$pagesize"));

    retype(field(&dialog, "nameField"), QStringLiteral("Simulated tenant"));
    // Plain http to a host that is not this machine: refused, with the reason next to the field.
    QTest::keyClicks(field(&dialog, "baseUrlField"), QStringLiteral("http://api.example.test/v3"));
    QVERIFY2(dialog.problemShownFor(QStringLiteral("baseUrl")).contains(QLatin1String("https")),
        qPrintable(dialog.problemShownFor(QStringLiteral("baseUrl"))));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("baseUrlProblem"))->isVisible());
    QTest::keyClicks(field(&dialog, "tokenUrlField"), m_sim->tokenUrl().toString());
    QTest::keyClicks(field(&dialog, "clientIdField"), kClientId);
    QVERIFY(!dialog.formProblems().isEmpty());

    // The simulator is on loopback, where http is allowed.
    retype(field(&dialog, "baseUrlField"), m_sim->baseUrl().toString());
    QVERIFY(dialog.problemShownFor(QStringLiteral("baseUrl")).isEmpty());
    QVERIFY2(dialog.formProblems().isEmpty(), qPrintable(dialog.formProblems().value(0).message));
    QVERIFY(save->isEnabled());

    // A label longer than allowed says so, and Save waits for it to be fixed.
    QTest::keyClicks(field(&dialog, "labelField"), QStringLiteral("PRODUCTION-EU-WEST-1"));
    QVERIFY(!dialog.problemShownFor(QStringLiteral("label")).isEmpty());
    QSignalSpy refused(&dialog, &ConnectionsDialog::profileSaved);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(refused.size(), 0);
    QVERIFY(dialog.currentProfileId().isNull());
    retype(field(&dialog, "labelField"), QStringLiteral("TEST"));
    QVERIFY(save->isEnabled());

    QTest::keyClicks(secret, m_secret);
    QSignalSpy saved(&dialog, &ConnectionsDialog::profileSaved);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(saved.wait(kWaitMs));
    const QUuid id = saved.at(0).at(0).toUuid();
    QCOMPARE(dialog.currentProfileId(), id);

    // The profile is in the settings, the secret is not: not in that file, not in any file.
    const std::optional<ConnectionProfile> stored = m_profiles->profile(id);
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("Simulated tenant"));
    QCOMPARE(stored->connection.baseUrl, m_sim->baseUrl());
    QCOMPARE(stored->label, QStringLiteral("TEST"));
    m_profiles->sync();
    QFile settingsFile(QSettings().fileName());
    QVERIFY2(settingsFile.open(QIODevice::ReadOnly), qPrintable(QSettings().fileName()));
    const QByteArray settingsBytes = settingsFile.readAll();
    QVERIFY(settingsBytes.contains(kClientId.toUtf8()));
    QVERIFY(!settingsBytes.contains(m_secret.toUtf8()));
    const QString configRoot =
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QCOMPARE(filesContaining(configRoot, m_secret), QStringList());

    // The secret is in the keychain, and the field has let go of it.
    const auto entry = readEntry(id, SecretStore::kClientSecret);
    QVERIFY(entry);
    QCOMPARE(entry->status, SecretStore::Status::Ok);
    QVERIFY(!entry->sessionOnly);
    QCOMPARE(entry->value, m_secret);
    QVERIFY(secret->text().isEmpty());
    QVERIFY2(dialog.secretStateText().contains(QLatin1String("stored in the keychain")),
        qPrintable(dialog.secretStateText()));
    QVERIFY(!save->isEnabled()); // nothing left to save
    QVERIFY(dialog.keychainNoteText().isEmpty());
}

void TestConnections::everyMnemonicIsItsOwn()
{
    // Both ways to sign in are counted: switching between them must not make Alt+letter jump.
    ConnectionsDialog dialog(m_profiles.get(), m_secrets.get());
    const QStringList texts = Mnemonics::inWindow(&dialog);
    QVERIFY(texts.size() > 15);
    const QStringList clashes = Mnemonics::clashes(texts);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

void TestConnections::newFormShowsNoProblemUntilTouchedOrSaved()
{
    ConnectionsDialog dialog(m_profiles.get(), m_secrets.get());
    dialog.show();
    QVERIFY(dialog.currentProfileId().isNull());
    // Nothing typed yet: the form has problems (no URLs) but shows none in red.
    QVERIFY(!dialog.formProblems().isEmpty());
    for (const ProfileProblem &problem : dialog.formProblems())
        QVERIFY2(dialog.problemShownFor(problem.field).isEmpty(), qPrintable(problem.field));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("baseUrlProblem"))->isVisible());

    // Typing in one field shows that field's problem, not the others'.
    QTest::keyClicks(field(&dialog, "baseUrlField"), QStringLiteral("http://api.example.test"));
    QVERIFY(!dialog.problemShownFor(QStringLiteral("baseUrl")).isEmpty());
    QVERIFY(dialog.problemShownFor(QStringLiteral("tokenUrl")).isEmpty());

    // Save shows every problem, and saves nothing.
    QSignalSpy saved(&dialog, &ConnectionsDialog::profileSaved);
    QPushButton *save = button(&dialog, "saveProfileButton");
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saved.size(), 0);
    QVERIFY(!dialog.problemShownFor(QStringLiteral("tokenUrl")).isEmpty());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("tokenUrlProblem"))->isVisible());
}

void TestConnections::colourButtonNamesTheChosenColour()
{
    ConnectionsDialog dialog(m_profiles.get(), m_secrets.get());
    dialog.show();
    auto *colour = dialog.findChild<QPushButton *>(QStringLiteral("colourButton"));
    QVERIFY(colour);
    QCOMPARE(colour->text(), QStringLiteral("No colour"));
    QVERIFY(colour->menu());
    QAction *red = nullptr;
    for (QAction *action : colour->menu()->actions()) {
        if (action->text() == QStringLiteral("Red"))
            red = action;
    }
    QVERIFY(red);
    red->trigger();
    // The chosen colour by name, with its swatch, not a generic "Colour".
    QCOMPARE(colour->text(), QStringLiteral("Red"));
    QVERIFY(!colour->icon().isNull());
    QCOMPARE(colour->icon().pixmap(16, 16).toImage().pixelColor(8, 8), QColor(0xc62828));
    QVERIFY(colour->accessibleName().contains(QStringLiteral("Red")));
    // Room for the text and the menu arrow: the button is wider than its text and icon alone.
    const int textAndIcon =
        colour->fontMetrics().horizontalAdvance(colour->text()) + colour->iconSize().width();
    QVERIFY2(colour->sizeHint().width()
            >= textAndIcon + colour->style()->pixelMetric(QStyle::PM_MenuButtonIndicator),
        qPrintable(QString::number(colour->sizeHint().width())));
    QCOMPARE(dialog.formProfile().color, QColor(0xc62828));
}

void TestConnections::storedSecretIsSaidInWordsNeverShown()
{
    const QUuid id = saveProfile(profileFor(*m_sim, QStringLiteral("Stored")), m_secret);
    QVERIFY(!id.isNull());
    const QUuid bare = saveProfile(profileFor(*m_sim, QStringLiteral("Without secret")), {});

    ConnectionsDialog dialog(m_profiles.get(), m_secrets.get());
    dialog.show();
    QVERIFY(dialog.selectProfile(id));
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog.secretStateText().contains(QLatin1String("stored in the keychain")), kWaitMs);
    QVERIFY(field(&dialog, "clientSecretField")->text().isEmpty());
    QVERIFY(!dialog.isDirty());

    QVERIFY(dialog.selectProfile(bare));
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog.secretStateText().contains(QLatin1String("No secret is stored")), kWaitMs);

    // Showing what was typed is the user's choice; the stored secret is never there to show.
    QVERIFY(dialog.selectProfile(id));
    auto *show = dialog.findChild<QAction *>(QStringLiteral("showSecretAction"));
    QVERIFY(show);
    show->trigger();
    QCOMPARE(field(&dialog, "clientSecretField")->echoMode(), QLineEdit::Normal);
    QVERIFY(field(&dialog, "clientSecretField")->text().isEmpty());
}

void TestConnections::testConnectionReportsTheCountOrTheServersError()
{
    const QUuid id = saveProfile(profileFor(*m_sim, QStringLiteral("Tested")), m_secret);
    QVERIFY(!id.isNull());
    ConnectionsDialog dialog(m_profiles.get(), m_secrets.get());
    dialog.show();
    QVERIFY(dialog.selectProfile(id));
    QPushButton *test = button(&dialog, "testConnectionButton");
    QVERIFY(test->isEnabled());

    // A wrong secret typed in: the token endpoint's answer, with its OAuth error.
    QTest::keyClicks(field(&dialog, "clientSecretField"), QStringLiteral("not-the-secret"));
    QSignalSpy finished(dialog.tester(), &ConnectionTester::finished);
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(dialog.findChild<QProgressBar *>(QStringLiteral("testProgress"))->isVisible());
    QVERIFY(!test->isEnabled()); // one test at a time
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(!finished.at(0).at(0).value<ConnectionTestResult>().ok);
    QVERIFY2(dialog.testResultText().contains(QLatin1String("invalid_client")),
        qPrintable(dialog.testResultText()));
    QVERIFY(dialog.testResultText().startsWith(QLatin1String("The test failed")));
    QVERIFY(!dialog.findChild<QProgressBar *>(QStringLiteral("testProgress"))->isVisible());
    QVERIFY(test->isEnabled());

    // Nothing typed: the secret stored in the keychain is used. One token, page 1 of size 1.
    field(&dialog, "clientSecretField")->clear();
    m_sim->clearRequestLog();
    finished.clear();
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(finished.wait(kWaitMs));
    const auto result = finished.at(0).at(0).value<ConnectionTestResult>();
    QVERIFY2(result.ok, qPrintable(result.error.summary()));
    QCOMPARE(result.count, qint64(60));
    QVERIFY2(dialog.testResultText().contains(QLatin1String("has 60 orchestration")),
        qPrintable(dialog.testResultText()));
    QCOMPARE(tokenPosts(*m_sim), 1);
    const QList<hubsim::LoggedRequest> requests = m_sim->requestLog().entries();
    int pageRequests = 0;
    for (const hubsim::LoggedRequest &request : requests) {
        if (request.path == m_sim->orchestrationsUrl().path()) {
            ++pageRequests;
            QCOMPARE(request.queryValue(QStringLiteral("$pagesize")), QStringLiteral("1"));
            QCOMPARE(request.queryValue(QStringLiteral("$pagenum")), QStringLiteral("1"));
        }
    }
    QCOMPARE(pageRequests, 1);

    // A test stores nothing: no token was kept for the profile.
    const auto token = readEntry(id, SecretStore::kAccessToken);
    QVERIFY(token);
    QCOMPARE(token->status, SecretStore::Status::NotFound);
    QVERIFY(saveScreenshot(&dialog, QStringLiteral("connections-dialog-light.png")));
}

void TestConnections::switcherConnectsAndARestartReusesTheStoredToken()
{
    const QUuid id = saveProfile(profileFor(*m_sim, QStringLiteral("Simulated")), m_secret);
    QVERIFY(!id.isNull());
    {
        GuiLauncher launcher(m_profiles.get(), m_secrets.get());
        MainWindow *window = launcher.window();
        window->show();
        ConnectionSwitcher *switcher = window->connectionSwitcher();
        QAction *choice = switcher->actionFor(id);
        QVERIFY(choice);
        QCOMPARE(choice->text(), QStringLiteral("Simulated")); // no label: the name alone

        QSignalSpy opened(&launcher, &GuiLauncher::profileOpened);
        choice->trigger();
        QVERIFY(opened.wait(kWaitMs));
        QTRY_COMPARE_WITH_TIMEOUT(window->tableModel()->state(), State::Loaded, kWaitMs);
        QVERIFY(window->tableModel()->rowCount() > 0);
        QCOMPARE(window->connectionInfo().name, QStringLiteral("Simulated"));
        QVERIFY(switcher->actionFor(id)->isChecked());
        QCOMPARE(tokenPosts(*m_sim), 1);
        QCOMPARE(m_profiles->lastUsed()->id, id);
        QVERIFY2(window->tokenStateText().startsWith(QLatin1String("Signed in, token until")),
            qPrintable(window->tokenStateText()));
        QVERIFY(!window->environmentBand()->isVisible()); // no label, no band

        // The token is kept in the keychain for the next start.
        QTRY_VERIFY_WITH_TIMEOUT(readEntry(id, SecretStore::kAccessToken)->ok(), kWaitMs);
        QTRY_VERIFY(!m_secrets->isBusy());
        window->close();
    }

    // A restart: new stores, new window. The last profile comes back, signed in with the stored
    // token, and the token endpoint is not asked.
    m_sim->clearRequestLog();
    ProfileStore profiles;
    SecretStore secrets(kTestService);
    GuiLauncher launcher(&profiles, &secrets);
    MainWindow *window = launcher.window();
    window->show();
    QSignalSpy opened(&launcher, &GuiLauncher::profileOpened);
    QVERIFY(launcher.openLastProfile());
    QVERIFY(opened.wait(kWaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(window->tableModel()->state(), State::Loaded, kWaitMs);
    QVERIFY(window->tableModel()->rowCount() > 0);
    QCOMPARE(tokenPosts(*m_sim), 0);
    QVERIFY2(window->tokenStateText().startsWith(QLatin1String("Token from keychain, until")),
        qPrintable(window->tokenStateText()));

    // Sign out: the token entry goes (the secret stays), the window goes back to its welcome
    // page, and nothing signs in again until the user opens the connection; then once.
    QSignalSpy signedOut(&launcher, &GuiLauncher::signedOut);
    auto *signOut = window->findChild<QAction *>(QStringLiteral("signOutAction"));
    QVERIFY(signOut && signOut->isEnabled());
    signOut->trigger();
    QVERIFY(!window->hasConnection());
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("refreshAction"))->isEnabled());
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("welcomeProblem"))
                ->text()
                .startsWith(QLatin1String("Signed out of")));
    QVERIFY(signedOut.wait(kWaitMs));
    QVERIFY(signedOut.at(0).at(0).value<SecretStore::Result>().ok());
    QCOMPARE(readEntry(id, SecretStore::kAccessToken)->status, SecretStore::Status::NotFound);
    QCOMPARE(readEntry(id, SecretStore::kClientSecret)->value, m_secret);
    QCOMPARE(tokenPosts(*m_sim), 0);

    QSignalSpy reopened(&launcher, &GuiLauncher::profileOpened);
    launcher.openProfile(id);
    QVERIFY(reopened.wait(kWaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(window->tableModel()->state(), State::Loaded, kWaitMs);
    QCOMPARE(tokenPosts(*m_sim), 1);
    QVERIFY2(window->tokenStateText().startsWith(QLatin1String("Signed in, token until")),
        qPrintable(window->tokenStateText()));
    QTRY_VERIFY_WITH_TIMEOUT(readEntry(id, SecretStore::kAccessToken)->ok(), kWaitMs);
    QTRY_VERIFY(!secrets.isBusy());
}

void TestConnections::removeProfileDeletesEveryKeychainEntry()
{
    const QUuid id = saveProfile(profileFor(*m_sim, QStringLiteral("Doomed")), m_secret);
    QVERIFY(!id.isNull());
    const QUuid other = saveProfile(profileFor(*m_sim, QStringLiteral("Kept")), m_secret);
    GuiLauncher launcher(m_profiles.get(), m_secrets.get());
    MainWindow *window = launcher.window();
    window->show();
    QSignalSpy opened(&launcher, &GuiLauncher::profileOpened);
    launcher.openProfile(id);
    QVERIFY(opened.wait(kWaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(window->tableModel()->state(), State::Loaded, kWaitMs);
    // The session stored its token: the profile now has a secret and a token in the keychain.
    QTRY_VERIFY_WITH_TIMEOUT(readEntry(id, SecretStore::kAccessToken)->ok(), kWaitMs);

    window->findChild<QAction *>(QStringLiteral("connectionsAction"))->trigger();
    ConnectionsDialog *dialog = launcher.connectionsDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->currentProfileId(), id); // the connection shown is the one selected

    // Cancel first: nothing happens.
    answerMessageBox(QStringLiteral("removeProfileBox"), QStringLiteral("Cancel"));
    QTest::mouseClick(button(dialog, "removeProfileButton"), Qt::LeftButton);
    QVERIFY(m_profiles->profile(id));

    QSignalSpy forgotten(dialog, &ConnectionsDialog::profileForgotten);
    answerMessageBox(QStringLiteral("removeProfileBox"), QStringLiteral("Remove"));
    QTest::mouseClick(button(dialog, "removeProfileButton"), Qt::LeftButton);
    QVERIFY(forgotten.wait(kWaitMs));
    QVERIFY(forgotten.at(0).at(1).value<SecretStore::Result>().ok());
    QVERIFY(!m_profiles->profile(id));
    QVERIFY(!window->hasConnection()); // it was shown: the window lets go of it
    QVERIFY(!window->connectionSwitcher()->actionFor(id));
    for (const QString &name :
        {SecretStore::kClientSecret, SecretStore::kAccessToken, QStringLiteral("index")})
        QCOMPARE(readEntry(id, name)->status, SecretStore::Status::NotFound);
    // The other profile keeps its secret.
    QCOMPARE(readEntry(other, SecretStore::kClientSecret)->value, m_secret);
    QVERIFY2(dialog->statusText().contains(QLatin1String("keychain entries")),
        qPrintable(dialog->statusText()));
}

void TestConnections::productionBandShowsTheLabelInLightAndDark()
{
    ConnectionProfile production = profileFor(*m_sim, QStringLiteral("Production EU"));
    production.label = QStringLiteral("PROD");
    production.color = QColor(0xc62828);
    const QUuid id = saveProfile(production, m_secret);
    QVERIFY(!id.isNull());

    for (const bool dark : {false, true}) {
        Theme::apply(*qApp, dark ? Theme::ColorScheme::Dark : Theme::ColorScheme::Light);
        GuiLauncher launcher(m_profiles.get(), m_secrets.get());
        MainWindow *window = launcher.window();
        window->resize(1280, 800);
        window->show();
        QSignalSpy opened(&launcher, &GuiLauncher::profileOpened);
        launcher.openProfile(id);
        QVERIFY(opened.wait(kWaitMs));
        QTRY_COMPARE_WITH_TIMEOUT(window->tableModel()->state(), State::Loaded, kWaitMs);

        EnvironmentBand *band = window->environmentBand();
        QVERIFY(band->isVisible());
        QCOMPARE(band->label(), QStringLiteral("PROD"));
        QCOMPARE(band->backgroundColour(), QColor(0xc62828));
        QCOMPARE(band->palette().color(QPalette::WindowText), QColor(Qt::white));
        QVERIFY(band->geometry().top() < window->tableView()->mapTo(window, QPoint(0, 0)).y());
        QVERIFY(band->width() >= window->centralWidget()->width());
        // The switcher shows the label too.
        QVERIFY(
            window->connectionSwitcher()->actionFor(id)->text().endsWith(QLatin1String("\tPROD")));
        QVERIFY(window->connectionSwitcher()->actionFor(id)->isChecked());
        if (!dark) {
            window->connectionSwitcher()->popup(window->mapToGlobal(QPoint(8, 60)));
            QTRY_VERIFY(window->connectionSwitcher()->isVisible());
            QVERIFY(saveScreenshot(
                window->connectionSwitcher(), QStringLiteral("connections-switcher-light.png")));
            window->connectionSwitcher()->hide();
        }
        QVERIFY(saveScreenshot(window,
            dark ? QStringLiteral("connections-prod-dark.png")
                 : QStringLiteral("connections-prod-light.png")));

        // The demo has no band.
        QVERIFY(launcher.startDemo());
        QVERIFY(!band->isVisible());

        if (dark) {
            launcher.showConnectionsDialog(false);
            ConnectionsDialog *dialog = launcher.connectionsDialog();
            QVERIFY(dialog->selectProfile(id));
            QTRY_VERIFY_WITH_TIMEOUT(
                dialog->secretStateText().contains(QLatin1String("stored")), kWaitMs);
            retype(field(dialog, "baseUrlField"), QStringLiteral("http://api.example.test/v3"));
            QVERIFY(saveScreenshot(dialog, QStringLiteral("connections-dialog-dark.png")));
        }
        window->close();
    }
    Theme::apply(*qApp, Theme::ColorScheme::Light);
}

void TestConnections::namesAndLabelsInTooltipsAreShownAsTyped()
{
    // A connection's name, label and address are typed by a person (or imported from a
    // file): markup in them is text, wherever a tooltip shows them.
    ConnectionProfile profile = profileFor(*m_sim, QStringLiteral("<b>Prod</b> & <i>EU</i>"));
    profile.id = QUuid::createUuid();
    profile.label = QStringLiteral("<b>PROD</b>");
    profile.color = QColor(0xc62828);
    profile.connection.baseUrl = QUrl(QStringLiteral("https://api.example.test/<b>v3</b>"));

    EnvironmentBand band;
    band.setEnvironment(profile.label, profile.color, profile.name);
    QCOMPARE(renderedToolTip(band.toolTip()),
        QStringLiteral("Connected to <b>Prod</b> & <i>EU</i>, marked \"<b>PROD</b>\""));

    ConnectionSwitcher switcher;
    switcher.setChoices({{profile.id, profile.name, profile.label, profile.color}});
    QCOMPARE(renderedToolTip(switcher.actionFor(profile.id)->toolTip()),
        QStringLiteral("<b>Prod</b> & <i>EU</i> (<b>PROD</b>)"));

    ProfileListPanel panel;
    panel.reload({profile}, profile.id);
    auto *list = panel.findChild<QListWidget *>(QStringLiteral("profileList"));
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), profile.name);
    QCOMPARE(
        renderedToolTip(list->item(0)->toolTip()), profile.connection.baseUrl.toDisplayString());
}

void TestConnections::exportAndImportCarryNoSecret()
{
    ConnectionProfile first = profileFor(*m_sim, QStringLiteral("Exported"));
    first.label = QStringLiteral("UAT");
    const QUuid id = saveProfile(first, m_secret);
    QVERIFY(!id.isNull());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("connections.json"));

    ConnectionsDialog dialog(m_profiles.get(), m_secrets.get());
    QString error;
    QVERIFY2(dialog.exportFile(path, &error), qPrintable(error));
    QCOMPARE(filesContaining(dir.path(), m_secret), QStringList());
    QCOMPARE(filesContaining(dir.path(), QStringLiteral("Exported")).size(), 1);

    // Imported back next to the original: renamed, nothing lost, no secret with it.
    const ProfileImportReport report = dialog.importFile(path);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.imported.size(), 1);
    QCOMPARE(m_profiles->profiles().size(), 2);
    const ConnectionProfile copy = report.imported.first();
    QVERIFY(copy.id != id);
    QCOMPARE(copy.label, QStringLiteral("UAT"));
    QCOMPARE(dialog.currentProfileId(), copy.id);
    QVERIFY2(dialog.statusText().contains(QLatin1String("Imported 1 connection")),
        qPrintable(dialog.statusText()));
    QCOMPARE(readEntry(copy.id, SecretStore::kClientSecret)->status, SecretStore::Status::NotFound);

    // A file that is not an export imports nothing and says so.
    QFile junk(dir.filePath(QStringLiteral("junk.json")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("{\"hello\": 1}");
    junk.close();
    const ProfileImportReport refused = dialog.importFile(junk.fileName());
    QVERIFY(!refused.ok());
    QCOMPARE(m_profiles->profiles().size(), 2);
    QCOMPARE(dialog.statusText(), refused.error);
}

void TestConnections::pastedTokenIsKeptUntilTheServerRefusesIt()
{
    // A token obtained elsewhere (here: from the tenant's token endpoint, by another client).
    QString pasted;
    {
        QNetworkAccessManager nam;
        ClientCredentialsTokenProvider elsewhere(&nam, profileFor(*m_sim, {}).connection, m_secret);
        QObject context;
        elsewhere.requestToken(
            &context, [&pasted](const QString &token, const ApiError &) { pasted = token; });
        QTRY_VERIFY_WITH_TIMEOUT(!pasted.isEmpty(), kWaitMs);
    }
    const int postsBefore = tokenPosts(*m_sim);

    ConnectionsDialog dialog(m_profiles.get(), m_secrets.get());
    dialog.show();
    retype(field(&dialog, "nameField"), QStringLiteral("Pasted"));
    QTest::keyClicks(field(&dialog, "baseUrlField"), m_sim->baseUrl().toString());
    dialog.findChild<QComboBox *>(QStringLiteral("signInField"))->setCurrentIndex(1);
    QVERIFY(!field(&dialog, "clientSecretField")->isVisible());
    QVERIFY(field(&dialog, "bearerTokenField")->isVisible());
    QVERIFY2(dialog.formProblems().isEmpty(), qPrintable(dialog.formProblems().value(0).message));
    QTest::keyClicks(field(&dialog, "bearerTokenField"), pasted);
    QSignalSpy saved(&dialog, &ConnectionsDialog::profileSaved);
    QTest::mouseClick(button(&dialog, "saveProfileButton"), Qt::LeftButton);
    QVERIFY(saved.wait(kWaitMs));
    const QUuid id = saved.at(0).at(0).toUuid();
    QCOMPARE(m_profiles->profile(id)->signIn, ConnectionProfile::SignIn::BearerToken);
    const std::optional<StoredToken> stored =
        StoredToken::fromJson(readEntry(id, SecretStore::kAccessToken)->value);
    QVERIFY(stored);
    QCOMPARE(stored->token, pasted);
    QVERIFY(stored->pasted);
    QVERIFY(!stored->expiry.isValid()); // no expiry given: used until the server refuses it
    QCOMPARE(filesContaining(
                 QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation), pasted),
        QStringList());

    GuiLauncher launcher(m_profiles.get(), m_secrets.get());
    MainWindow *window = launcher.window();
    window->show();
    QSignalSpy opened(&launcher, &GuiLauncher::profileOpened);
    launcher.openProfile(id);
    QVERIFY(opened.wait(kWaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(window->tableModel()->state(), State::Loaded, kWaitMs);
    QCOMPARE(tokenPosts(*m_sim), postsBefore); // the pasted token, nothing else
    QCOMPARE(window->tokenStateText(), QStringLiteral("Token from keychain"));

    // The server stops accepting it: the first 401 ends its life in the keychain too.
    QVERIFY(m_sim->revokeToken(pasted));
    QSignalSpy failed(window->tableModel(), &OrchestrationTableModel::errorOccurred);
    window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    QVERIFY(failed.wait(kWaitMs));
    QTRY_VERIFY(window->errorBanner()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(
        readEntry(id, SecretStore::kAccessToken)->status, SecretStore::Status::NotFound, kWaitMs);
    QCOMPARE(tokenPosts(*m_sim), postsBefore);
}

QTEST_MAIN(TestConnections)
#include "tst_connections.moc"
