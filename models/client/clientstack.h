#pragma once

#include "models/client/connectionsettings.h"
#include "models/client/credentials.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class ClientCredentialsTokenProvider;
class HubClient;
class QNetworkAccessManager;
class TokenProvider;

/**
 * The client side of one connection, built in one place: a QNetworkAccessManager, the
 * TokenProvider that signs in with the given Credentials, and the HubClient that uses both.
 * The window's session, the export command, the connection test and the tests all build their
 * client with make(), so they sign in the same way.
 *
 * Promises:
 * - a ready access token is used as-is and never causes a token request; otherwise the client
 *   secret signs in at ConnectionSettings::tokenUrl, starting with the cached token while it
 *   is good;
 * - the secret and the tokens go into the token provider and nowhere else: not into an error
 *   message, a log line or this object;
 * - the parts live as long as the stack; destroying it destroys the client first (its replies
 *   are aborted quietly), then the token provider, then the network manager.
 */
class ClientStack : public QObject
{
    Q_OBJECT
public:
    /// Why make() builds nothing.
    enum class Problem {
        None, ///< make() builds a stack
        NoCredentials, ///< no access token, no client secret and no cached token
        NoTokenUrl, ///< client credentials, but no valid token URL to use them at
    };

    /// Optional steps of make(), for callers that need more than the defaults.
    struct Hooks
    {
        /// Tunes a client-credentials provider (timeouts, retries) before it is used or
        /// seeded with the cached token. Not called for a ready access token.
        std::function<void(ClientCredentialsTokenProvider *)> configure;
        /**
         * Wraps the provider make() built, e.g. to keep its tokens in the keychain: takes
         * ownership of @p inner and returns the provider the client is to use (never null).
         */
        std::function<TokenProvider *(TokenProvider *inner)> wrap;
    };

    /**
     * The stack for @p settings, signed in with @p credentials; nullptr with a readable
     * reason in @p error (optional) when there is nothing to sign in with (see check()).
     */
    static std::unique_ptr<ClientStack> make(const ConnectionSettings &settings,
        const Credentials &credentials, QString *error = nullptr, const Hooks &hooks = {});

    /// What keeps make() from building a stack; for callers that word the reason themselves.
    static Problem check(const ConnectionSettings &settings, const Credentials &credentials);
    /// A general, translated sentence for @p problem; empty for Problem::None.
    static QString describe(Problem problem);

    ~ClientStack() override;

    QNetworkAccessManager *nam() const;
    /// What the client asks for tokens: the wrapper when Hooks::wrap was given.
    TokenProvider *tokens() const;
    /// The provider make() built (inside the wrapper, if any), e.g. to forget a token in
    /// memory without what the wrapper does on top.
    TokenProvider *innerTokens() const;
    HubClient *client() const;

private:
    ClientStack();

    // Guarded: a part deleted early (a test destroying the client) is not deleted twice.
    QPointer<QNetworkAccessManager> m_nam;
    QPointer<TokenProvider> m_innerTokens;
    QPointer<TokenProvider> m_tokens;
    QPointer<HubClient> m_client;
};
