#include "models/connections/tokenpersistence.h"

#include "models/connections/connectionprofile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

/// The translation context of this file's messages (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TokenPersistence)
};

} // namespace

bool StoredToken::isUsable(std::chrono::seconds margin, const QDateTime &now) const
{
    if (token.isEmpty())
        return false;
    if (!expiry.isValid())
        return true;
    return now.addSecs(margin.count()) < expiry;
}

QString StoredToken::toJson() const
{
    QJsonObject json {{QStringLiteral("token"), token}};
    json.insert(QStringLiteral("expiry"),
        expiry.isValid() ? QJsonValue(expiry.toUTC().toString(Qt::ISODateWithMs))
                         : QJsonValue(QJsonValue::Null));
    if (pasted)
        json.insert(QStringLiteral("pasted"), true);
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

std::optional<StoredToken> StoredToken::fromJson(const QString &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    const QJsonObject object = document.object();
    const QJsonValue token = object.value(QStringLiteral("token"));
    if (!token.isString() || token.toString().isEmpty())
        return std::nullopt;
    StoredToken stored;
    stored.token = token.toString();
    const QJsonValue expiry = object.value(QStringLiteral("expiry"));
    if (expiry.isString()) {
        stored.expiry = QDateTime::fromString(expiry.toString(), Qt::ISODateWithMs);
        if (!stored.expiry.isValid())
            return std::nullopt;
        stored.expiry = stored.expiry.toUTC();
    } else if (!expiry.isNull() && !expiry.isUndefined()) {
        return std::nullopt;
    }
    stored.pasted = object.value(QStringLiteral("pasted")).toBool();
    return stored;
}

TokenPersistence::TokenPersistence(SecretStore *store, const QUuid &profile, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_profile(profile)
{ }

void TokenPersistence::load(QObject *context, LoadCallback callback)
{
    if (!m_store)
        return;
    const QPointer<TokenPersistence> self(this);
    m_store->read(m_profile, SecretStore::kAccessToken, context,
        [self, callback](const SecretStore::Result &result) {
            StoredToken token;
            if (result.ok()) {
                if (auto parsed = StoredToken::fromJson(result.value))
                    token = *parsed;
            }
            if (self && !token.isEmpty())
                self->m_lastKnownToken = token.token;
            callback(token, result);
        });
}

void TokenPersistence::loadCredentials(
    QObject *context, std::function<void(const ProfileCredentials &)> callback)
{
    if (!m_store)
        return;
    const QPointer<TokenPersistence> self(this);
    load(context,
        [self, context, callback](
            const StoredToken &token, const SecretStore::Result &tokenResult) {
            if (!self || !self->m_store)
                return;
            ProfileCredentials credentials;
            if (token.isUsable())
                credentials.token = token;
            credentials.problem = tokenResult.problem;
            credentials.message = tokenResult.message;
            credentials.detail = tokenResult.detail;
            self->m_store->read(self->m_profile, SecretStore::kClientSecret, context,
                [credentials, callback](const SecretStore::Result &secretResult) mutable {
                    if (secretResult.ok())
                        credentials.clientSecret = secretResult.value;
                    credentials.sessionOnly = secretResult.sessionOnly;
                    if (credentials.problem == SecretStore::Problem::None) {
                        credentials.problem = secretResult.problem;
                        credentials.detail = secretResult.detail;
                        if (!secretResult.message.isEmpty())
                            credentials.message = secretResult.message;
                    }
                    callback(credentials);
                });
        });
}

void TokenPersistence::save(
    const StoredToken &token, QObject *context, SecretStore::Callback callback)
{
    if (!m_store || token.isEmpty())
        return;
    m_lastKnownToken = token.token;
    m_store->write(m_profile, SecretStore::kAccessToken, token.toJson(), context ? context : this,
        std::move(callback));
}

void TokenPersistence::signOut(QObject *context, SecretStore::Callback callback)
{
    if (!m_store)
        return;
    m_lastKnownToken.clear();
    m_store->remove(
        m_profile, SecretStore::kAccessToken, context ? context : this, std::move(callback));
}

void TokenPersistence::forgetIfStored(const QString &token)
{
    if (token.isEmpty() || token != m_lastKnownToken)
        return;
    qCInfo(lcKeychain) << "the server refused the stored access token; deleting it";
    signOut();
}

void TokenPersistence::watch(TokenProvider *provider)
{
    connect(provider, &TokenProvider::tokenIssued, this,
        [this](const QString &token, const QDateTime &expiry) {
            StoredToken stored;
            stored.token = token;
            stored.expiry = expiry;
            save(stored);
        });
}

PersistentTokenProvider::PersistentTokenProvider(
    TokenProvider *inner, TokenPersistence *persistence, QObject *parent)
    : TokenProvider(parent)
    , m_inner(inner)
    , m_persistence(persistence)
{
    m_inner->setParent(this);
    if (persistence)
        persistence->watch(m_inner);
    connect(m_inner, &TokenProvider::tokenIssued, this, &TokenProvider::tokenIssued);
    connect(m_inner, &TokenProvider::tokenFailed, this, &TokenProvider::tokenFailed);
}

void PersistentTokenProvider::requestToken(QObject *context, Callback callback)
{
    m_inner->requestToken(context, std::move(callback));
}

void PersistentTokenProvider::invalidate(const QString &token)
{
    m_inner->invalidate(token);
    if (m_persistence)
        m_persistence->forgetIfStored(token);
}

QDateTime PersistentTokenProvider::currentTokenExpiry() const
{
    return m_inner->currentTokenExpiry();
}

std::unique_ptr<ClientStack> makeProfileClientStack(const ConnectionProfile &profile,
    const ProfileCredentials &credentials, TokenPersistence *persistence, QString *error,
    const std::function<void(ClientCredentialsTokenProvider *)> &configure)
{
    // A bearer-token profile signs in with its pasted token only, even if a client secret is
    // still stored from before: without that token there is nothing to sign in with.
    const bool pasted =
        profile.signIn == ConnectionProfile::SignIn::BearerToken || credentials.token.pasted;
    Credentials signIn;
    if (pasted) {
        signIn.accessToken = credentials.token.token;
        signIn.accessTokenExpiry = credentials.token.expiry;
    } else {
        signIn.clientSecret = credentials.clientSecret;
        signIn.cachedToken = credentials.token.token;
        signIn.cachedTokenExpiry = credentials.token.expiry;
    }
    const ClientStack::Problem problem = ClientStack::check(profile.connection, signIn);
    if (problem != ClientStack::Problem::None) {
        if (error) {
            if (problem != ClientStack::Problem::NoCredentials)
                *error = ClientStack::describe(problem);
            else if (pasted)
                *error = Text::tr("No access token is stored for \"%1\": paste a new one.")
                             .arg(profile.name);
            else
                *error = Text::tr("No client secret is stored for \"%1\".").arg(profile.name);
        }
        return nullptr;
    }
    ClientStack::Hooks hooks;
    hooks.configure = configure;
    if (persistence) {
        hooks.wrap = [persistence](TokenProvider *inner) -> TokenProvider * {
            return new PersistentTokenProvider(inner, persistence);
        };
    }
    return ClientStack::make(profile.connection, signIn, error, hooks);
}
