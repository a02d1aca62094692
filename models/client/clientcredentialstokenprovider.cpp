#include "models/client/clientcredentialstokenprovider.h"

#include "models/client/clientlogging.h"
#include "models/client/httpexchange.h"
#include "models/client/tokenresponse.h"

#include <QNetworkAccessManager>
#include <algorithm>

using namespace std::chrono;

namespace {

QString hintFor(const QString &oauthError, const QString &scope)
{
    if (oauthError == QLatin1String("invalid_client"))
        return ClientCredentialsTokenProvider::tr(
            "The token endpoint rejected the client id or client secret. Check the client "
            "credentials of this connection profile.");
    if (oauthError == QLatin1String("invalid_scope"))
        return ClientCredentialsTokenProvider::tr(
            "The client application is not granted the scope \"%1\". Check the scope "
            "in the profile and the client application's permissions.")
            .arg(scope);
    if (oauthError == QLatin1String("unauthorized_client"))
        return ClientCredentialsTokenProvider::tr(
            "This client application may not use the client credentials grant.");
    if (oauthError == QLatin1String("unsupported_grant_type"))
        return ClientCredentialsTokenProvider::tr(
            "The token endpoint does not support the client credentials grant. Check the "
            "token URL.");
    if (oauthError == QLatin1String("invalid_request"))
        return ClientCredentialsTokenProvider::tr(
            "The token endpoint refused the request as malformed. Check the token URL and "
            "client id.");
    return ClientCredentialsTokenProvider::tr(
        "The token endpoint refused the credentials. Check the client id, secret and token URL.");
}

} // namespace

ClientCredentialsTokenProvider::ClientCredentialsTokenProvider(QNetworkAccessManager *nam,
    const ConnectionSettings &settings, const QString &clientSecret, QObject *parent)
    : TokenProvider(parent)
    , m_nam(nam)
    , m_settings(settings)
    , m_clientSecret(clientSecret)
{
    m_retryTimer.setSingleShot(true);
    m_deadlineTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ClientCredentialsTokenProvider::sendAttempt);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &ClientCredentialsTokenProvider::onDeadline);
}

ClientCredentialsTokenProvider::~ClientCredentialsTokenProvider()
{
    if (m_exchange)
        m_exchange->abort();
}

bool ClientCredentialsTokenProvider::hasUsableToken() const
{
    return !m_token.isEmpty() && QDateTime::currentDateTimeUtc() < m_refreshAt;
}

void ClientCredentialsTokenProvider::requestToken(QObject *context, Callback callback)
{
    if (hasUsableToken()) {
        answerLater(context, std::move(callback), m_token, {});
        return;
    }
    enqueue(context, std::move(callback));
    if (!m_fetching)
        startFetch();
}

void ClientCredentialsTokenProvider::invalidate(const QString &token)
{
    // Only the refused token is dropped: a newer one fetched meanwhile stays.
    if (token.isEmpty() || token != m_token)
        return;
    qCInfo(lcAuth) << "access token refused by the server; dropping it";
    m_token.clear();
    m_expiry = {};
    m_refreshAt = {};
}

QDateTime ClientCredentialsTokenProvider::currentTokenExpiry() const
{
    return m_token.isEmpty() ? QDateTime() : m_expiry;
}

void ClientCredentialsTokenProvider::seedToken(const QString &token, const QDateTime &expiry)
{
    if (!TokenResponse::isToken68(token) || !expiry.isValid())
        return;
    m_token = token;
    m_expiry = expiry.toUTC();
    const qint64 lifetime = std::max<qint64>(QDateTime::currentDateTimeUtc().secsTo(m_expiry), 0);
    m_refreshAt = m_expiry.addSecs(-std::min<qint64>(m_expiryMargin.count(), lifetime / 4));
}

void ClientCredentialsTokenProvider::startFetch()
{
    m_fetching = true;
    m_attempts = 0;
    m_budget.emplace(m_policy.retryBudget);

    QString why;
    if (!isTransportAllowed(m_settings.tokenUrl, &why)) {
        ApiError error = ApiError::make(ApiError::Kind::InsecureTransport, why);
        fail(error);
        return;
    }
    if (!m_nam) {
        fail(ApiError::make(ApiError::Kind::Network, tr("No network access is available.")));
        return;
    }
    m_deadline = QDeadlineTimer(m_policy.operationDeadline);
    m_deadlineTimer.start(m_policy.operationDeadline);
    sendAttempt();
}

QByteArray ClientCredentialsTokenProvider::formBody() const
{
    return QByteArrayLiteral("grant_type=client_credentials&client_id=")
        + QUrl::toPercentEncoding(m_settings.clientId) + QByteArrayLiteral("&client_secret=")
        + QUrl::toPercentEncoding(m_clientSecret) + QByteArrayLiteral("&scope=")
        + QUrl::toPercentEncoding(m_settings.scope);
}

void ClientCredentialsTokenProvider::sendAttempt()
{
    if (!m_nam) {
        fail(ApiError::make(ApiError::Kind::Network, tr("No network access is available.")));
        return;
    }
    ++m_attempts;
    ++m_requestCount;
    QNetworkRequest request(m_settings.tokenUrl);
    HttpExchange::prepareRequest(request, m_transferTimeout);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    qCDebug(lcAuth).nospace() << "POST " << HttpExchange::loggableUrl(m_settings.tokenUrl)
                              << " attempt " << m_attempts;
    m_exchange = new HttpExchange(m_nam->post(request, formBody()), m_maxResponseBytes, this);
    connect(m_exchange, &HttpExchange::finished, this,
        &ClientCredentialsTokenProvider::onExchangeFinished);
}

void ClientCredentialsTokenProvider::onDeadline()
{
    if (!m_fetching)
        return;
    if (m_exchange)
        m_exchange->abort();
    m_retryTimer.stop();
    fail(ApiError::make(ApiError::Kind::Timeout,
        tr("No token within %1 s.")
            .arg(duration_cast<seconds>(m_policy.operationDeadline).count())));
}

void ClientCredentialsTokenProvider::onExchangeFinished(const HttpResult &result)
{
    if (m_exchange) {
        m_exchange->deleteLater();
        m_exchange = nullptr;
    }
    qCDebug(lcAuth).nospace() << "token endpoint answered " << result.status << " attempt "
                              << m_attempts;

    if (result.transportError.isError()) {
        retryOrFail(result.transportError, {});
        return;
    }
    ApiError error;
    error.httpStatus = result.status;
    if (result.status == 200) {
        if (const auto invalid = acceptTokenResponse(result.body))
            fail(*invalid);
        return;
    }
    if (result.status >= 300 && result.status < 400) {
        error.kind = ApiError::Kind::Redirect;
        error.message = tr("The token endpoint redirected to %1; redirects are not followed. "
                           "Check the token URL.")
                            .arg(HttpExchange::loggableUrl(result.redirectTarget));
        fail(error);
        return;
    }
    error.parseErrorBody(result.body);
    if (result.status == 400 || result.status == 401 || result.status == 403) {
        error.kind = ApiError::Kind::Authentication;
        error.message = hintFor(error.oauthError, m_settings.scope);
        if (!error.oauthError.isEmpty()) {
            error.message += QLatin1Char(' ')
                + (error.oauthErrorDescription.isEmpty()
                        ? tr("(%1)").arg(error.oauthError)
                        : tr("(%1: %2)").arg(error.oauthError, error.oauthErrorDescription));
        }
        fail(error);
        return;
    }
    error.kind = ApiError::Kind::Http;
    retryOrFail(error, result.retryAfter);
}

void ClientCredentialsTokenProvider::retryOrFail(
    const ApiError &error, const QByteArray &retryAfter)
{
    const auto decision = m_policy.decide(
        error, m_attempts, retryAfter, milliseconds(m_deadline.remainingTime()), &*m_budget);
    if (!decision.retry) {
        fail(error);
        return;
    }
    qCInfo(lcAuth).nospace() << "token request failed (" << error.summary() << "), retry in "
                             << decision.delay.count() << " ms";
    if (decision.cappedRetryAfter)
        qCInfo(lcAuth).noquote() << "token endpoint Retry-After capped:" << decision.cappedNote();
    m_retryTimer.start(decision.delay);
}

std::optional<ApiError> ClientCredentialsTokenProvider::acceptTokenResponse(const QByteArray &body)
{
    const auto invalid = [](const QString &why) {
        ApiError error = ApiError::make(ApiError::Kind::InvalidResponse,
            tr("The token endpoint sent an invalid answer: %1").arg(why));
        error.httpStatus = 200;
        return error;
    };
    QString why;
    const std::optional<TokenResponse> response = TokenResponse::parse(body, &why);
    if (!response)
        return invalid(why);
    if (response->claimedLifetime > 0) {
        qCInfo(lcAuth).nospace() << "the token endpoint claimed a lifetime of "
                                 << response->claimedLifetime << " s; taking "
                                 << response->lifetime.count() << " s";
    }
    succeed(response->accessToken, response->lifetime.count());
    return std::nullopt;
}

void ClientCredentialsTokenProvider::succeed(const QString &token, qint64 expiresInSeconds)
{
    m_deadlineTimer.stop();
    m_fetching = false;
    m_token = token;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_expiry = now.addSecs(expiresInSeconds);
    m_refreshAt = m_expiry.addSecs(-std::min<qint64>(m_expiryMargin.count(), expiresInSeconds / 4));
    qCInfo(lcAuth).nospace() << "token fetched, expires in " << expiresInSeconds << " s";
    emit tokenIssued(m_token, m_expiry);
    completePending(m_token, {});
}

void ClientCredentialsTokenProvider::fail(ApiError error)
{
    m_deadlineTimer.stop();
    m_retryTimer.stop();
    m_fetching = false;
    if (error.context.isEmpty())
        error.context = tr("Token endpoint");
    qCWarning(lcAuth).noquote() << "token request failed:" << error.summary();
    emit tokenFailed(error);
    completePending({}, error);
}
