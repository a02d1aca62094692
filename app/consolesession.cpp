#include "app/consolesession.h"

#include "app/demosource.h"
#include "models/client/clientcredentialstokenprovider.h"
#include "models/client/hubclient.h"
#include "models/connections/connectionprofile.h"
#include "models/connections/tokenpersistence.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

ConsoleSession::ConsoleSession() = default;

ConsoleSession::~ConsoleSession()
{
    // The client and its replies go before the simulator they talk to.
    delete m_client;
    delete m_tokens;
    delete m_nam;
    m_demo.reset();
}

std::unique_ptr<ConsoleSession> ConsoleSession::startDemo(QString *error)
{
    std::unique_ptr<ConsoleSession> session(new ConsoleSession);
    session->m_demo = std::make_unique<DemoSource>();
    QString why;
    if (!session->m_demo->start(&why)) {
        if (error)
            *error = QCoreApplication::translate(
                "ConsoleSession", "The demo simulator could not start: %1")
                         .arg(why);
        return nullptr;
    }
    const ConnectionSettings settings = session->m_demo->connection();
    session->m_nam = new QNetworkAccessManager(session.get());
    auto *tokens = new ClientCredentialsTokenProvider(
        session->m_nam, settings, DemoSource::clientSecret(), session.get());
    session->build(settings, tokens);
    session->m_info.name = QCoreApplication::translate("ConsoleSession", "Demo tenant");
    session->m_info.demo = true;
    return session;
}

std::unique_ptr<ConsoleSession> ConsoleSession::connectTo(
    const ConnectionSettings &settings, const ExportCredentials &credentials, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return nullptr;
    };
    std::unique_ptr<ConsoleSession> session(new ConsoleSession);
    session->m_nam = new QNetworkAccessManager(session.get());
    QString why;
    TokenProvider *tokens =
        credentials.makeTokenProvider(session->m_nam, settings, session.get(), &why);
    if (!tokens)
        return fail(why);
    session->build(settings, tokens);
    session->m_info.name = QCoreApplication::translate("ConsoleSession", "%1 at %2")
                               .arg(settings.clientId, settings.baseUrl.host());
    return session;
}

std::unique_ptr<ConsoleSession> ConsoleSession::connectProfile(const ConnectionProfile &profile,
    const ProfileCredentials &credentials, TokenPersistence *persistence, QString *error,
    const std::function<void(ClientCredentialsTokenProvider *)> &configure)
{
    std::unique_ptr<ConsoleSession> session(new ConsoleSession);
    session->m_nam = new QNetworkAccessManager(session.get());
    persistence->setParent(session.get());
    session->m_persistence = persistence;
    TokenProvider *tokens = createTokenProvider(session->m_nam, profile, credentials,
        session->m_persistence, error, session.get(), configure);
    if (!tokens)
        return nullptr;
    if (auto *persistent = qobject_cast<PersistentTokenProvider *>(tokens))
        session->m_innerTokens = persistent->inner();
    session->m_lastToken = credentials.token.token;
    connect(tokens, &TokenProvider::tokenIssued, session.get(),
        [self = session.get()](
            const QString &token, const QDateTime &) { self->m_lastToken = token; });
    session->build(profile.connection, tokens);
    session->m_info.name = profile.name;
    session->m_info.profileId = profile.id;
    session->m_info.label = profile.label;
    session->m_info.labelColour = profile.color;
    session->m_info.tokenFromKeychain = !credentials.token.isEmpty();
    session->m_info.sessionOnly = credentials.sessionOnly;
    return session;
}

void ConsoleSession::signOut(QObject *context, SecretStore::Callback done)
{
    // The inner provider forgets the token; the wrapper would also delete the stored one, but
    // only if it is the one it knows: the explicit sign-out below deletes it whatever it is.
    if (!m_lastToken.isEmpty() && m_tokens)
        (m_innerTokens ? m_innerTokens : m_tokens)
            ->invalidate(std::exchange(m_lastToken, QString()));
    if (m_persistence) {
        m_persistence->signOut(context, std::move(done));
    } else if (done) {
        // Nothing is stored for the demo or a command-line tenant; still answer later, once.
        QTimer::singleShot(0, context, [done] { done(SecretStore::Result {}); });
    }
}

void ConsoleSession::build(const ConnectionSettings &settings, TokenProvider *tokens)
{
    m_tokens = tokens;
    m_client = new HubClient(m_nam, settings, m_tokens, this);
    m_info.baseUrl = settings.baseUrl;
}
