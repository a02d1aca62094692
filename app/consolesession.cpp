#include "consolesession.h"

#include "clientcredentialstokenprovider.h"
#include "demosource.h"
#include "hubclient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

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
            *error = QCoreApplication::translate("ConsoleSession", "The demo simulator could not start: %1")
                         .arg(why);
        return nullptr;
    }
    const ConnectionSettings settings = session->m_demo->connection();
    session->m_nam = new QNetworkAccessManager(session.get());
    auto *tokens = new ClientCredentialsTokenProvider(session->m_nam, settings,
                                                      DemoSource::clientSecret(), session.get());
    session->build(settings, tokens);
    session->m_info.name = QCoreApplication::translate("ConsoleSession", "Demo tenant");
    session->m_info.demo = true;
    return session;
}

std::unique_ptr<ConsoleSession> ConsoleSession::connectTo(const ConnectionSettings &settings,
                                                          const ExportCredentials &credentials,
                                                          QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return nullptr;
    };
    std::unique_ptr<ConsoleSession> session(new ConsoleSession);
    session->m_nam = new QNetworkAccessManager(session.get());
    TokenProvider *tokens = nullptr;
    if (!credentials.clientSecret.isEmpty()) {
        if (!settings.tokenUrl.isValid() || settings.tokenUrl.isEmpty())
            return fail(QCoreApplication::translate("ConsoleSession",
                                                    "A client secret needs a token URL to sign in with."));
        tokens = new ClientCredentialsTokenProvider(session->m_nam, settings, credentials.clientSecret,
                                                    session.get());
    } else if (!credentials.accessToken.isEmpty()) {
        tokens = new StaticTokenProvider(credentials.accessToken, {}, session.get());
    } else {
        return fail(QCoreApplication::translate("ConsoleSession",
                                                "No credentials: set %1 (with --token-url) or %2.")
                        .arg(QLatin1String(kClientSecretVariable), QLatin1String(kAccessTokenVariable)));
    }
    session->build(settings, tokens);
    session->m_info.name = QCoreApplication::translate("ConsoleSession", "%1 at %2")
                               .arg(settings.clientId, settings.baseUrl.host());
    return session;
}

void ConsoleSession::build(const ConnectionSettings &settings, TokenProvider *tokens)
{
    m_tokens = tokens;
    m_client = new HubClient(m_nam, settings, m_tokens, this);
    m_info.baseUrl = settings.baseUrl;
}
