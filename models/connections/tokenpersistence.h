#pragma once

#include "models/client/clientstack.h"
#include "models/client/tokenprovider.h"
#include "models/connections/secretstore.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUuid>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class ClientCredentialsTokenProvider;
struct ConnectionProfile;

/// An access token as kept in the keychain: small JSON {"token", "expiry", "pasted"}.
struct StoredToken
{
    QString token; ///< never log it
    QDateTime expiry; ///< UTC; invalid when unknown (a pasted token: good until refused)
    bool pasted = false; ///< obtained elsewhere and pasted in, not from the token endpoint

    static constexpr std::chrono::seconds kDefaultMargin {60};

    bool isEmpty() const { return token.isEmpty(); }
    /// Whether it may still be sent at @p now: before its expiry minus @p margin, or, with
    /// no known expiry, always (until the server refuses it).
    bool isUsable(std::chrono::seconds margin = kDefaultMargin,
        const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    QString toJson() const;
    /// nullopt for anything that is not a stored token.
    static std::optional<StoredToken> fromJson(const QString &json);
};

/// What a profile signs in with, as found in the keychain.
struct ProfileCredentials
{
    QString clientSecret; ///< empty: none stored; never log it
    StoredToken token; ///< empty: none stored, or no longer usable
    bool sessionOnly = false; ///< the keychain was not used
    SecretStore::Problem problem = SecretStore::Problem::None; ///< the keychain failed
    QString message; ///< user-readable when problem != None or an entry was unreadable
    QString detail; ///< the keychain's own short words for the problem
};

/**
 * The access token of one profile in the keychain (`<profile-uuid>/access-token`): read at
 * start so a restart reuses a still-good token without asking the token endpoint, stored
 * whenever a new one is issued, deleted on sign-out or when the server refuses it.
 */
class TokenPersistence : public QObject
{
    Q_OBJECT
public:
    TokenPersistence(SecretStore *store, const QUuid &profile, QObject *parent = nullptr);

    QUuid profile() const { return m_profile; }
    SecretStore *store() const { return m_store; }

    using LoadCallback =
        std::function<void(const StoredToken &token, const SecretStore::Result &result)>;
    /// The stored token, empty when none is stored or it is unreadable (even if expired: the
    /// caller decides with StoredToken::isUsable()).
    void load(QObject *context, LoadCallback callback);
    /// Reads the token and then the client secret: everything a sign-in needs.
    void loadCredentials(
        QObject *context, std::function<void(const ProfileCredentials &)> callback);

    /// Stores @p token (replacing any other); @p callback (optional) gets the outcome.
    void save(
        const StoredToken &token, QObject *context = nullptr, SecretStore::Callback callback = {});
    /// "Sign out": deletes the stored token (the client secret stays).
    void signOut(QObject *context = nullptr, SecretStore::Callback callback = {});
    /// Deletes the stored token only if it is @p token (the server refused it).
    void forgetIfStored(const QString &token);

    /**
     * Stores every token @p provider issues from now on (TokenProvider::tokenIssued).
     * Seeding the provider with the stored token is makeProfileClientStack()'s.
     */
    void watch(TokenProvider *provider);

private:
    QPointer<SecretStore> m_store;
    QUuid m_profile;
    QString m_lastKnownToken; ///< what the keychain holds as far as this object knows
};

/**
 * A token provider whose keychain entry follows it: every token the wrapped provider issues
 * is stored, and a token the server refuses (invalidate()) is deleted, so a pasted token is
 * kept "until the first 401" and a refused cached token is not reused after a restart.
 * Takes ownership of @p inner.
 */
class PersistentTokenProvider : public TokenProvider
{
    Q_OBJECT
public:
    PersistentTokenProvider(
        TokenProvider *inner, TokenPersistence *persistence, QObject *parent = nullptr);

    void requestToken(QObject *context, Callback callback) override;
    void invalidate(const QString &token) override;
    QDateTime currentTokenExpiry() const override;

    TokenProvider *inner() const { return m_inner; }

private:
    TokenProvider *m_inner;
    QPointer<TokenPersistence> m_persistence;
};

/**
 * The client stack for @p profile from what loadCredentials() found: a pasted token is used
 * as-is; otherwise the client secret signs in, and the stored token, while still usable, saves
 * the first token request. Set credentials.clientSecret first to override the stored secret
 * (e.g. from the environment). @p configure (optional) tunes a ClientCredentialsTokenProvider
 * before use. The token provider is wrapped in a PersistentTokenProvider when @p persistence is
 * given. nullptr with the reason, naming the profile, in @p error when there is nothing to sign
 * in with.
 */
std::unique_ptr<ClientStack> makeProfileClientStack(const ConnectionProfile &profile,
    const ProfileCredentials &credentials, TokenPersistence *persistence, QString *error,
    const std::function<void(ClientCredentialsTokenProvider *)> &configure = {});
