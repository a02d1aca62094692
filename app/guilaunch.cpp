#include "app/guilaunch.h"

#include "app/commandlinecredentials.h"
#include "app/guioptions.h"
#include "models/connections/profilestore.h"
#include "models/connections/secretstore.h"
#include "models/connections/tokenpersistence.h"
#include "models/itemmodels/orchestrationtablemodel.h"
#include "ui/connections/connectionsdialog.h"
#include "ui/connections/connectionswitcher.h"
#include "ui/export/compareconnectionsdialog.h"
#include "ui/mainwindow/inspectorpanel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/widgets/banner.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/thememenu.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QMessageBox>
#include <QPixmap>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

GuiLauncher::GuiLauncher(QObject *parent)
    : QObject(parent)
    , m_ownProfiles(std::make_unique<ProfileStore>())
    , m_ownSecrets(std::make_unique<SecretStore>())
    , m_profiles(m_ownProfiles.get())
    , m_secrets(m_ownSecrets.get())
    , m_window(std::make_unique<MainWindow>())
{
    wireWindow();
}

GuiLauncher::GuiLauncher(ProfileStore *profiles, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_window(std::make_unique<MainWindow>())
{
    wireWindow();
}

void GuiLauncher::wireWindow()
{
    connect(m_window.get(), &MainWindow::demoRequested, this, &GuiLauncher::startDemo);
    connect(
        m_window.get(), &MainWindow::addConnectionRequested, this, &GuiLauncher::askForConnection);
    connect(m_window.get(), &MainWindow::connectionsRequested, this,
        [this] { showConnectionsDialog(false); });
    connect(m_window.get(), &MainWindow::signOutRequested, this, &GuiLauncher::signOut);
    connect(m_window.get(), &MainWindow::compareConnectionsRequested, this, [this] {
        auto *dialog = new CompareConnectionsDialog(m_profiles, m_secrets, m_window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_window->connectionSwitcher(), &ConnectionSwitcher::profileChosen, this,
        &GuiLauncher::openProfile);
    connect(m_profiles, &ProfileStore::changed, this, &GuiLauncher::refreshSwitcher);
    const auto showSessionOnly = [window = m_window.get()](const QString &reason) {
        window->messageBar()->showMessage(Banner::Kind::Warning, reason);
    };
    connect(m_secrets, &SecretStore::sessionOnlyStarted, m_window.get(), showSessionOnly);
    if (m_secrets->isSessionOnly())
        showSessionOnly(m_secrets->sessionOnlyReason());
    refreshSwitcher();
}

GuiLauncher::~GuiLauncher()
{
    delete m_opening;
    m_window.reset(); // lets go of the client before the session ends (and closes the dialog)
    m_session.reset();
}

bool GuiLauncher::startDemo()
{
    if (m_session && m_session->demo())
        return true; // already showing it
    QString error;
    std::unique_ptr<ConsoleSession> session = ConsoleSession::startDemo(&error);
    if (!session) {
        m_window->showWelcomeProblem(error);
        if (m_window->hasConnection())
            QMessageBox::warning(m_window.get(), tr("Demo"), error);
        return false;
    }
    adopt(std::move(session));
    return true;
}

bool GuiLauncher::connectTo(
    const ConnectionSettings &settings, const Credentials &credentials, QString *error)
{
    std::unique_ptr<ConsoleSession> session =
        ConsoleSession::connectTo(settings, credentials, error);
    if (!session)
        return false;
    adopt(std::move(session));
    return true;
}

void GuiLauncher::adopt(std::unique_ptr<ConsoleSession> session)
{
    m_window->setConnection(session->client(), session->tokens(), session->info());
    m_session = std::move(session); // the previous one ends here, after the window let go
}

void GuiLauncher::askForConnection()
{
    showConnectionsDialog(true);
}

// --- saved connections ---

void GuiLauncher::refreshSwitcher()
{
    QList<ConnectionChoice> choices;
    const QList<ConnectionProfile> all = m_profiles->profiles();
    for (const ConnectionProfile &profile : all)
        choices.append({profile.id, profile.name, profile.label, profile.color});
    m_window->connectionSwitcher()->setChoices(choices);
}

void GuiLauncher::openProfile(const QUuid &id)
{
    const std::optional<ConnectionProfile> profile = m_profiles->profile(id);
    if (!profile) {
        failToOpen(id, tr("That connection no longer exists."));
        return;
    }
    // A newer choice wins: the answer for an older one is dropped with its context.
    delete m_opening;
    auto *opening = new QObject(this);
    m_opening = opening;
    m_window->statusBar()->showMessage(tr("Opening %1…").arg(profile->name));
    auto *persistence = new TokenPersistence(m_secrets, id, opening);
    persistence->loadCredentials(opening,
        [this, opening, persistence, profile = *profile](const ProfileCredentials &credentials) {
            opening->deleteLater();
            m_window->statusBar()->clearMessage();
            if (credentials.problem != SecretStore::Problem::None && !credentials.message.isEmpty())
                m_window->messageBar()->showMessage(Banner::Kind::Warning, credentials.message);
            QString error;
            std::unique_ptr<ConsoleSession> session =
                ConsoleSession::connectProfile(profile, credentials, persistence, &error);
            if (!session) {
                failToOpen(profile.id, tr("%1 Open File → Connections… to enter it.").arg(error));
                return;
            }
            adopt(std::move(session));
            m_profiles->setLastUsed(profile.id);
            emit profileOpened(profile.id);
        });
}

void GuiLauncher::failToOpen(const QUuid &id, const QString &reason)
{
    if (m_window->hasConnection())
        m_window->messageBar()->showMessage(Banner::Kind::Warning, reason);
    else
        m_window->showWelcomeProblem(reason);
    // The switcher goes back to what is really shown.
    m_window->connectionSwitcher()->setCurrent(m_session ? m_session->profileId() : QUuid());
    emit profileOpenFailed(id, reason);
}

bool GuiLauncher::openLastProfile()
{
    const std::optional<ConnectionProfile> last = m_profiles->lastUsed();
    if (!last)
        return false;
    openProfile(last->id);
    return true;
}

void GuiLauncher::signOut()
{
    if (!m_session || m_session->profileId().isNull())
        return;
    m_window->showSignedOut(); // the window lets go of the session's client
    ConsoleSession *session = m_session.get();
    session->signOut(this, [this, session](const SecretStore::Result &result) {
        if (!result.ok() && result.problem == SecretStore::Problem::None)
            m_window->messageBar()->showMessage(Banner::Kind::Warning,
                tr("The stored token could not be deleted: %1").arg(result.message));
        // The session ends once its token is gone, unless another one took its place.
        if (m_session.get() == session)
            m_session.reset();
        emit signedOut(result);
    });
}

void GuiLauncher::showConnectionsDialog(bool newProfile)
{
    if (!m_dialog) {
        m_dialog = new ConnectionsDialog(m_profiles, m_secrets, m_window.get());
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &ConnectionsDialog::profileSaved, this, &GuiLauncher::onProfileSaved);
        connect(m_dialog, &ConnectionsDialog::profileRemoved, this, &GuiLauncher::onProfileRemoved);
        connect(m_dialog, &ConnectionsDialog::connectRequested, this, [this](const QUuid &id) {
            m_dialog->accept();
            openProfile(id);
        });
        if (m_session && !m_session->profileId().isNull())
            m_dialog->selectProfile(m_session->profileId());
    }
    if (newProfile)
        m_dialog->startNewProfile();
    m_dialog->open();
    m_dialog->raise();
    m_dialog->activateWindow();
}

ConnectionsDialog *GuiLauncher::connectionsDialog() const
{
    return m_dialog;
}

void GuiLauncher::onProfileSaved(const QUuid &id)
{
    // The connection shown was edited: show it as it is now (its settings or secret changed).
    if (m_session && m_session->profileId() == id)
        openProfile(id);
}

void GuiLauncher::onProfileRemoved(const QUuid &id)
{
    if (m_session && m_session->profileId() == id) {
        m_window->clearConnection();
        m_session.reset();
    }
}

namespace {

/**
 * --screenshot: waits until the first page is shown and a row is in the inspector, grabs
 * the window to a PNG and quits; gives up after a minute.
 */
class ScreenshotTaker : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(ScreenshotTaker)

public:
    ScreenshotTaker(MainWindow *window, const QString &path)
        : QObject(window)
        , m_window(window)
        , m_path(path)
    {
        connect(&m_poll, &QTimer::timeout, this, &ScreenshotTaker::check);
        m_poll.start(50);
        QTimer::singleShot(
            60'000, this, [this] { finish(tr("the window did not show a loaded page in time")); });
    }

private:
    void check()
    {
        const Orchestration selected = m_window->selectedOrchestration();
        const bool ready = m_window->tableModel()->state() == OrchestrationTableModel::State::Loaded
            && !selected.isNull() && m_window->inspector()->orchestration().id() == selected.id();
        if (!ready)
            return;
        m_poll.stop();
        // One more turn of the event loop for the last layout and paint.
        QTimer::singleShot(300, this, [this] {
            const QImage image = m_window->grab().toImage();
            QDir().mkpath(QFileInfo(m_path).absolutePath());
            if (image.isNull() || !image.save(m_path, "PNG"))
                finish(tr("cannot write %1").arg(m_path));
            else
                finish({});
        });
    }

    void finish(const QString &error)
    {
        if (m_done)
            return;
        m_done = true;
        if (!error.isEmpty())
            QTextStream(stderr) << QCoreApplication::applicationName() << ": "
                                << tr("screenshot failed: %1").arg(error) << Qt::endl;
        QCoreApplication::exit(error.isEmpty() ? 0 : 1);
    }

    MainWindow *m_window;
    QString m_path;
    QTimer m_poll;
    bool m_done = false;
};

} // namespace

int runGui(const QStringList &arguments)
{
    const GuiArguments parsed = parseGuiArguments(arguments);
    if (!parsed.helpText.isEmpty()) {
        QTextStream(stdout) << parsed.helpText;
        return 0;
    }
    if (!parsed.options) {
        QTextStream(stderr) << QCoreApplication::applicationName() << ": " << parsed.error
                            << Qt::endl
                            << QCoreApplication::translate(
                                   "GuiOptions", "Try 'orchestration-console --help'.")
                            << Qt::endl;
        return 2;
    }
    const GuiOptions &options = *parsed.options;
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    Q_ASSERT(app);
    // The command line wins for this run; a screenshot never depends on the user's settings.
    const bool fromCommandLine = options.colorSchemeGiven || !options.screenshotPath.isEmpty();
    Theme::apply(*app,
        fromCommandLine ? options.colorScheme
                        : ThemeMenu::storedScheme().value_or(Theme::ColorScheme::System));
    QApplication::setWindowIcon(Icons::application());

    // A screenshot must not depend on, or change, the user's remembered window layout.
    QTemporaryDir screenshotSettings;
    if (!options.screenshotPath.isEmpty())
        QSettings::setPath(
            QSettings::NativeFormat, QSettings::UserScope, screenshotSettings.path());

    // Taken before any window exists, and removed from the environment.
    const Credentials credentials = CommandLineCredentials::takeFromEnvironment();
    GuiLauncher launcher;
    MainWindow *window = launcher.window();
    if (options.windowSize.isValid())
        window->resize(options.windowSize);
    if (options.demo) {
        if (!launcher.startDemo() && !options.screenshotPath.isEmpty())
            return 1;
    } else if (options.connection) {
        QString error;
        if (!launcher.connectTo(*options.connection, credentials, &error)) {
            QTextStream(stderr) << QCoreApplication::applicationName() << ": " << error << Qt::endl;
            if (!options.screenshotPath.isEmpty())
                return 2;
            window->showWelcomeProblem(error);
        }
    } else {
        launcher.openLastProfile(); // nothing asked for on the command line: where the user was
    }
    if (!options.screenshotPath.isEmpty())
        new ScreenshotTaker(window, options.screenshotPath);
    window->show();
    return QApplication::exec();
}
