#include "models/connections/connectiontester.h"

#include "models/client/clientcredentialstokenprovider.h"
#include "models/client/hubclient.h"
#include "models/client/pagereply.h"

#include <QNetworkAccessManager>

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{ }

ConnectionTester::~ConnectionTester()
{
    tearDown();
}

void ConnectionTester::start(
    const ConnectionProfile &profile, const QString &credential, const QDateTime &tokenExpiry)
{
    cancel();
    m_nam = new QNetworkAccessManager(this);
    if (profile.signIn == ConnectionProfile::SignIn::BearerToken) {
        m_tokens = new StaticTokenProvider(credential, tokenExpiry, this);
    } else {
        m_tokens = new ClientCredentialsTokenProvider(m_nam, profile.connection, credential, this);
    }
    m_client = new HubClient(m_nam, profile.connection, m_tokens, this);
    if (m_configure)
        m_configure(qobject_cast<ClientCredentialsTokenProvider *>(m_tokens), m_client);
    m_tokenContext = new QObject(this);
    setStage(Stage::FetchingToken);
    m_tokens->requestToken(m_tokenContext,
        [this](const QString &token, const ApiError &error) { onToken(token, error); });
}

void ConnectionTester::cancel()
{
    tearDown();
    setStage(Stage::Idle);
}

void ConnectionTester::onToken(const QString &token, const ApiError &error)
{
    if (token.isEmpty()) {
        ConnectionTestResult result;
        result.error = error;
        finish(result);
        return;
    }
    setStage(Stage::FetchingPage);
    m_reply = m_client->fetchPage(1, 1);
    connect(m_reply, &PageReply::finished, this, &ConnectionTester::onPage);
}

void ConnectionTester::onPage()
{
    ConnectionTestResult result;
    result.tokenExpiry = m_tokens->currentTokenExpiry();
    if (m_reply->error().isError()) {
        result.error = m_reply->error();
    } else {
        result.ok = true;
        result.count = m_reply->page().pagination.count;
    }
    finish(result);
}

void ConnectionTester::finish(const ConnectionTestResult &result)
{
    // The client and provider may still be on the stack that called us: let them go later.
    for (QObject *object : {static_cast<QObject *>(m_client), static_cast<QObject *>(m_tokens),
             static_cast<QObject *>(m_nam), m_tokenContext}) {
        if (object)
            object->deleteLater();
    }
    m_client = nullptr;
    m_tokens = nullptr;
    m_nam = nullptr;
    m_tokenContext = nullptr;
    m_reply = nullptr;
    setStage(Stage::Idle);
    emit finished(result);
}

void ConnectionTester::tearDown()
{
    // The client aborts its replies quietly; the context drops a token answer still to come.
    delete m_client;
    delete m_tokenContext;
    delete m_tokens;
    delete m_nam;
    m_client = nullptr;
    m_tokens = nullptr;
    m_nam = nullptr;
    m_tokenContext = nullptr;
    m_reply = nullptr;
}

void ConnectionTester::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    emit stageChanged(stage);
}
