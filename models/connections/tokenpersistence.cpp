#include "models/connections/tokenpersistence.h"

#include "models/client/clientcredentialstokenprovider.h"
#include "models/connections/connectionprofile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TokenPersistence", text);
}

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

TokenProvider *createTokenProvider(QNetworkAccessManager *nam, const ConnectionProfile &profile,
    const ProfileCredentials &credentials, TokenPersistence *persistence, QString *error,
    QObject *parent, const std::function<void(ClientCredentialsTokenProvider *)> &configure)
{
    TokenProvider *inner = nullptr;
    if (profile.signIn == ConnectionProfile::SignIn::BearerToken || credentials.token.pasted) {
        if (credentials.token.isEmpty()) {
            if (error)
                *error =
                    tr("No access token is stored for \"%1\": paste a new one.").arg(profile.name);
            return nullptr;
        }
        inner = new StaticTokenProvider(credentials.token.token, credentials.token.expiry);
    } else {
        if (credentials.clientSecret.isEmpty() && credentials.token.isEmpty()) {
            if (error)
                *error = tr("No client secret is stored for \"%1\".").arg(profile.name);
            return nullptr;
        }
        auto *tokens =
            new ClientCredentialsTokenProvider(nam, profile.connection, credentials.clientSecret);
        if (configure)
            configure(tokens);
        if (!credentials.token.isEmpty())
            tokens->seedToken(credentials.token.token, credentials.token.expiry);
        inner = tokens;
    }
    if (!persistence) {
        inner->setParent(parent);
        return inner;
    }
    return new PersistentTokenProvider(inner, persistence, parent);
}
