#include "models/connections/connectiontester.h"

#include "models/client/clientcredentialstokenprovider.h"
#include "models/client/clientstack.h"
#include "models/client/hubclient.h"
#include "models/client/pagereply.h"

#include <QTimer>

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
    Credentials credentials;
    if (profile.signIn == ConnectionProfile::SignIn::BearerToken) {
        credentials.accessToken = credential;
        credentials.accessTokenExpiry = tokenExpiry;
    } else {
        credentials.clientSecret = credential;
    }
    QString why;
    m_stack = ClientStack::make(profile.connection, credentials, &why);
    m_tokenContext = new QObject(this);
    setStage(Stage::FetchingToken);
    if (!m_stack) {
        // The dialog only tests a complete form, so this is rare; still answer once, later.
        ConnectionTestResult result;
        result.error.kind = ApiError::Kind::Authentication;
        result.error.message = why;
        QTimer::singleShot(0, m_tokenContext, [this, result] { finish(result); });
        return;
    }
    if (m_configure)
        m_configure(
            qobject_cast<ClientCredentialsTokenProvider *>(m_stack->tokens()), m_stack->client());
    m_stack->tokens()->requestToken(m_tokenContext,
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
    m_reply = m_stack->client()->fetchPage(1, 1);
    connect(m_reply, &PageReply::finished, this, &ConnectionTester::onPage);
}

void ConnectionTester::onPage()
{
    ConnectionTestResult result;
    result.tokenExpiry = m_stack->tokens()->currentTokenExpiry();
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
    // The client and provider may still be on the call stack that called us: let them go later.
    if (m_stack)
        m_stack.release()->deleteLater();
    if (m_tokenContext)
        m_tokenContext->deleteLater();
    m_tokenContext = nullptr;
    m_reply = nullptr;
    setStage(Stage::Idle);
    emit finished(result);
}

void ConnectionTester::tearDown()
{
    // The context goes first and drops a token answer still to come; then the client aborts
    // its replies quietly.
    delete m_tokenContext;
    m_tokenContext = nullptr;
    m_stack.reset();
    m_reply = nullptr;
}

void ConnectionTester::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    emit stageChanged(stage);
}
