#pragma once

#include "models/client/clientstack.h"
#include "models/client/connectionsettings.h"
#include "models/client/credentials.h"
#include "models/connections/connectioninfo.h"
#include "models/connections/secretstore.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class ClientCredentialsTokenProvider;
class DemoSource;
class HubClient;
class TokenPersistence;
class TokenProvider;
struct ConnectionProfile;
struct ProfileCredentials;

/**
 * One connection of the GUI: the ClientStack (network manager, token provider, HubClient)
 * for a tenant, and for the demo the embedded simulator behind it. The main window is
 * handed client() and tokens() and never owns them; the session outlives its use there.
 *
 * The client secret goes into the token provider and nowhere else: not into info(), not
 * into a log line, not into any file.
 */
class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    ~ConsoleSession() override;

    /// The embedded demo tenant; nullptr with the reason in @p error when it cannot start.
    static std::unique_ptr<ConsoleSession> startDemo(QString *error);

    /**
     * A tenant given by @p settings, signed in with the client secret (needs a token URL) or
     * a ready access token from @p credentials; nullptr with the reason in @p error when
     * there is nothing to sign in with.
     */
    static std::unique_ptr<ConsoleSession> connectTo(
        const ConnectionSettings &settings, const Credentials &credentials, QString *error);

    /**
     * The tenant of the saved @p profile, signed in with what @p persistence's
     * loadCredentials() found (@p credentials): a still-good stored token is used without
     * asking the token endpoint, every new token is stored, and a refused one is deleted (the
     * same @p persistence knows which token it loaded). The session takes @p persistence over.
     * nullptr with the reason in @p error when there is nothing to sign in with (@p
     * persistence is deleted then). @p configure (optional) tunes the token provider.
     */
    static std::unique_ptr<ConsoleSession> connectProfile(const ConnectionProfile &profile,
        const ProfileCredentials &credentials, TokenPersistence *persistence, QString *error,
        const std::function<void(ClientCredentialsTokenProvider *)> &configure = {});

    /// The saved profile this session shows; null for the demo or a command-line tenant.
    QUuid profileId() const { return m_info.profileId; }

    /**
     * Sign out: the token in memory is dropped, so the next request asks for a new one, and
     * the stored one is deleted (the client secret stays). @p done gets the keychain's answer.
     */
    void signOut(QObject *context, SecretStore::Callback done);

    HubClient *client() const { return m_stack->client(); }
    TokenProvider *tokens() const { return m_stack->tokens(); }
    const ConnectionInfo &info() const { return m_info; }
    /// The simulator of a demo session (nullptr otherwise), e.g. for tests to inject faults.
    DemoSource *demo() const { return m_demo.get(); }

private:
    ConsoleSession();

    std::unique_ptr<DemoSource> m_demo;
    std::unique_ptr<ClientStack> m_stack; ///< never null once a factory function returns
    ConnectionInfo m_info;
    TokenPersistence *m_persistence = nullptr;
    QString m_lastToken; ///< the token in use, to drop it on sign-out; never log it
};
