#include "app/consolesession.h"

#include "app/commandlinecredentials.h"
#include "app/demosource.h"
#include "models/client/tokenprovider.h"
#include "models/connections/connectionprofile.h"
#include "models/connections/tokenpersistence.h"

#include <QCoreApplication>
#include <QTimer>

ConsoleSession::ConsoleSession() = default;

ConsoleSession::~ConsoleSession()
{
    // The client and its replies go before the simulator they talk to.
    m_stack.reset();
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
    Credentials credentials;
    credentials.clientSecret = DemoSource::clientSecret();
    session->m_stack = ClientStack::make(settings, credentials, error);
    if (!session->m_stack)
        return nullptr;
    session->m_info.baseUrl = settings.baseUrl;
    session->m_info.name = QCoreApplication::translate("ConsoleSession", "Demo tenant");
    session->m_info.demo = true;
    return session;
}

std::unique_ptr<ConsoleSession> ConsoleSession::connectTo(
    const ConnectionSettings &settings, const Credentials &credentials, QString *error)
{
    // Given on the command line, so the reason names the variables and options to set.
    const ClientStack::Problem problem = ClientStack::check(settings, credentials);
    if (problem != ClientStack::Problem::None) {
        if (error)
            *error = CommandLineCredentials::explain(problem);
        return nullptr;
    }
    std::unique_ptr<ConsoleSession> session(new ConsoleSession);
    session->m_stack = ClientStack::make(settings, credentials, error);
    if (!session->m_stack)
        return nullptr;
    session->m_info.baseUrl = settings.baseUrl;
    session->m_info.name = QCoreApplication::translate("ConsoleSession", "%1 at %2")
                               .arg(settings.clientId, settings.baseUrl.host());
    return session;
}

std::unique_ptr<ConsoleSession> ConsoleSession::connectProfile(const ConnectionProfile &profile,
    const ProfileCredentials &credentials, TokenPersistence *persistence, QString *error,
    const std::function<void(ClientCredentialsTokenProvider *)> &configure)
{
    std::unique_ptr<ConsoleSession> session(new ConsoleSession);
    persistence->setParent(session.get());
    session->m_persistence = persistence;
    session->m_stack = makeProfileClientStack(profile, credentials, persistence, error, configure);
    if (!session->m_stack)
        return nullptr;
    session->m_lastToken = credentials.token.token;
    connect(session->m_stack->tokens(), &TokenProvider::tokenIssued, session.get(),
        [self = session.get()](
            const QString &token, const QDateTime &) { self->m_lastToken = token; });
    session->m_info.baseUrl = profile.connection.baseUrl;
    session->m_info.name = profile.name;
    session->m_info.profileId = profile.id;
    session->m_info.label = profile.label;
    session->m_info.labelColour = profile.color;
    session->m_info.tokenFromKeychain = !credentials.token.isEmpty();
    session->m_info.sessionOnly = credentials.sessionOnly;
    session->m_info.defaultPageSize = profile.defaultPageSize;
    session->m_info.recordHistory = profile.recordHistory;
    session->m_info.historyMaxBytes = profile.historyMaxBytes();
    session->m_info.historyMaxDays = profile.historyMaxDays;
    return session;
}

void ConsoleSession::signOut(QObject *context, SecretStore::Callback done)
{
    // The inner provider forgets the token; the wrapper would also delete the stored one, but
    // only if it is the one it knows: the explicit sign-out below deletes it whatever it is.
    if (!m_lastToken.isEmpty() && m_stack->innerTokens())
        m_stack->innerTokens()->invalidate(std::exchange(m_lastToken, QString()));
    if (m_persistence) {
        m_persistence->signOut(context, std::move(done));
    } else if (done) {
        // Nothing is stored for the demo or a command-line tenant; still answer later, once.
        QTimer::singleShot(0, context, [done] { done(SecretStore::Result {}); });
    }
}
