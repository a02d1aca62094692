#include "models/client/clientstack.h"

#include "models/client/clientcredentialstokenprovider.h"
#include "models/client/hubclient.h"
#include "models/client/tokenprovider.h"

#include <QNetworkAccessManager>

ClientStack::ClientStack() = default;

ClientStack::~ClientStack()
{
    // Children would go in creation order, the network manager first: the client and its
    // replies go before what they use.
    delete m_client;
    delete m_tokens;
    delete m_innerTokens;
    delete m_nam;
}

QNetworkAccessManager *ClientStack::nam() const
{
    return m_nam;
}

TokenProvider *ClientStack::tokens() const
{
    return m_tokens;
}

TokenProvider *ClientStack::innerTokens() const
{
    return m_innerTokens;
}

HubClient *ClientStack::client() const
{
    return m_client;
}

ClientStack::Problem ClientStack::check(
    const ConnectionSettings &settings, const Credentials &credentials)
{
    if (!credentials.accessToken.isEmpty())
        return Problem::None;
    if (credentials.clientSecret.isEmpty() && credentials.cachedToken.isEmpty())
        return Problem::NoCredentials;
    if (!settings.tokenUrl.isValid() || settings.tokenUrl.isEmpty())
        return Problem::NoTokenUrl;
    return Problem::None;
}

QString ClientStack::describe(Problem problem)
{
    switch (problem) {
    case Problem::None:
        break;
    case Problem::NoCredentials:
        return tr("There is nothing to sign in with: no access token and no client secret.");
    case Problem::NoTokenUrl:
        return tr("A client secret needs a token URL to sign in with.");
    }
    return {};
}

std::unique_ptr<ClientStack> ClientStack::make(const ConnectionSettings &settings,
    const Credentials &credentials, QString *error, const Hooks &hooks)
{
    const Problem problem = check(settings, credentials);
    if (problem != Problem::None) {
        if (error)
            *error = describe(problem);
        return nullptr;
    }

    std::unique_ptr<ClientStack> stack(new ClientStack);
    stack->m_nam = new QNetworkAccessManager(stack.get());
    TokenProvider *tokens = nullptr;
    if (!credentials.accessToken.isEmpty()) {
        tokens = new StaticTokenProvider(
            credentials.accessToken, credentials.accessTokenExpiry, stack.get());
    } else {
        auto *clientCredentials = new ClientCredentialsTokenProvider(
            stack->m_nam, settings, credentials.clientSecret, stack.get());
        if (hooks.configure)
            hooks.configure(clientCredentials);
        if (!credentials.cachedToken.isEmpty())
            clientCredentials->seedToken(credentials.cachedToken, credentials.cachedTokenExpiry);
        tokens = clientCredentials;
    }
    stack->m_innerTokens = tokens;
    if (hooks.wrap) {
        tokens = hooks.wrap(tokens);
        Q_ASSERT(tokens);
        tokens->setParent(stack.get());
    }
    stack->m_tokens = tokens;
    stack->m_client = new HubClient(stack->m_nam, settings, tokens, stack.get());
    return stack;
}
