#pragma once

#include "app/consolesession.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUuid>
#include <memory>

class ConnectionsDialog;
class MainWindow;
class ProfileStore;
class SecretStore;

/**
 * The GUI's wiring: one main window and the session it shows. Answers the window's
 * "Try the demo" and "Add connection" by making a new session and handing it over; the old
 * session goes only after the window has let go of it.
 *
 * Saved connections: the toolbar's switcher and File → Connections… open profiles
 * from the ProfileStore, signed in with what the SecretStore holds (asynchronously: the window
 * never waits for the keychain); the profile opened is remembered and openLastProfile() brings
 * it back at the next start. When the keychain is not available the window says so in its
 * message bar, and secrets live in memory for this run.
 */
class GuiLauncher : public QObject
{
    Q_OBJECT
public:
    /// With the application's settings and keychain.
    explicit GuiLauncher(QObject *parent = nullptr);
    /// With @p profiles and @p secrets of the caller's (tests); they must outlive the launcher.
    GuiLauncher(ProfileStore *profiles, SecretStore *secrets, QObject *parent = nullptr);
    ~GuiLauncher() override;

    MainWindow *window() const { return m_window.get(); }
    ConsoleSession *session() const { return m_session.get(); }

    /// Shows the demo tenant; false (and the reason on the welcome page) when it cannot start.
    bool startDemo();
    /// Shows the tenant of @p settings; false with the reason in @p error.
    bool connectTo(
        const ConnectionSettings &settings, const Credentials &credentials, QString *error);

    // --- saved connections ---
    ProfileStore *profiles() const { return m_profiles; }
    SecretStore *secrets() const { return m_secrets; }
    /// Opens the saved profile @p id: reads its credentials from the keychain, then shows it
    /// (profileOpened()) or says why not (profileOpenFailed(), and on the window).
    void openProfile(const QUuid &id);
    /// Opens the profile used last; false when there is none.
    bool openLastProfile();
    /// Sign out of the profile shown: its token is deleted (signedOut()), the secret stays, and
    /// the window goes back to its welcome page until the profile is opened again.
    void signOut();
    /// File → Connections…; with @p newProfile a new, empty profile is started in it.
    void showConnectionsDialog(bool newProfile = false);
    /// The open Connections dialog, or nullptr.
    ConnectionsDialog *connectionsDialog() const;

signals:
    void profileOpened(const QUuid &id);
    void profileOpenFailed(const QUuid &id, const QString &reason);
    void signedOut(const SecretStore::Result &result);

private:
    void wireWindow();
    void adopt(std::unique_ptr<ConsoleSession> session);
    void askForConnection();
    void refreshSwitcher();
    void failToOpen(const QUuid &id, const QString &reason);
    void onProfileSaved(const QUuid &id);
    void onProfileRemoved(const QUuid &id);

    std::unique_ptr<ProfileStore> m_ownProfiles;
    std::unique_ptr<SecretStore> m_ownSecrets;
    ProfileStore *m_profiles = nullptr;
    SecretStore *m_secrets = nullptr;
    QPointer<ConnectionsDialog> m_dialog;
    QPointer<QObject> m_opening; ///< the profile being opened; deleting it drops the answer

    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

/**
 * Runs the window in the QApplication that exists with @p arguments (the program name left
 * out); returns the exit code: 0, 2 for a wrong command line, 1 when --screenshot failed.
 */
int runGui(const QStringList &arguments);
