#include "models/client/pagereply.h"

#include "models/client/clientlogging.h"
#include "models/client/httpexchange.h"
#include "models/client/tokenprovider.h"

#include <QNetworkAccessManager>

using namespace std::chrono;

PageReply::PageReply(const PageRequestSetup &setup, int pagenum, int pagesize, QObject *parent)
    : QObject(parent)
    , m_setup(setup)
    , m_pagenum(pagenum)
    , m_pagesize(pagesize)
{
    if (!m_setup.budget)
        m_setup.budget = std::make_shared<RetryBudget>(m_setup.retryPolicy.retryBudget);
    m_retryTimer.setSingleShot(true);
    m_deadlineTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &PageReply::requestToken);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &PageReply::onDeadline);
    QMetaObject::invokeMethod(this, &PageReply::start, Qt::QueuedConnection);
}

PageReply::~PageReply()
{
    m_finished = true;
    stopWork();
}

void PageReply::abort()
{
    if (m_finished)
        return;
    stopWork();
    m_error = ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled."));
    m_error.context = tr("Page %1").arg(m_pagenum);
    complete(true);
}

void PageReply::abortQuietly()
{
    if (m_finished)
        return;
    stopWork();
    m_error = ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled."));
    complete(false);
}

void PageReply::start()
{
    if (m_finished || m_started)
        return;
    m_started = true;
    m_deadline = QDeadlineTimer(m_setup.retryPolicy.operationDeadline);
    m_deadlineTimer.start(m_setup.retryPolicy.operationDeadline);

    // Refuse before anything (the token request included) leaves the machine.
    QString why;
    if (!isTransportAllowed(m_setup.settings.orchestrationsUrl(), &why)) {
        fail(ApiError::make(ApiError::Kind::InsecureTransport, why));
        return;
    }
    if (!m_setup.nam || !m_setup.tokens) {
        fail(ApiError::make(ApiError::Kind::Network, tr("The client is not set up.")));
        return;
    }
    requestToken();
}

void PageReply::requestToken()
{
    if (m_finished)
        return;
    if (!m_setup.tokens) {
        fail(ApiError::make(ApiError::Kind::Authentication, tr("No token provider.")));
        return;
    }
    m_setup.tokens->requestToken(
        this, [this](const QString &token, const ApiError &error) { onToken(token, error); });
}

void PageReply::onToken(const QString &token, const ApiError &error)
{
    if (m_finished)
        return;
    if (error.isError()) {
        fail(error);
        return;
    }
    m_token = token;
    send();
}

QUrl PageReply::pageUrl() const
{
    QUrl url = m_setup.settings.orchestrationsUrl();
    QString query = url.query(QUrl::FullyEncoded);
    const auto append = [&query](const QString &name, int value) {
        if (name.isEmpty())
            return;
        if (!query.isEmpty())
            query += QLatin1Char('&');
        // '$' is legal in a query (RFC 3986 sub-delims) and servers expect it literally.
        query += QString::fromLatin1(QUrl::toPercentEncoding(name, QByteArrayLiteral("$")))
            + QLatin1Char('=') + QString::number(value);
    };
    append(m_setup.settings.pageNumberParameter, m_pagenum);
    append(m_setup.settings.pageSizeParameter, m_pagesize);
    url.setQuery(query, QUrl::StrictMode);
    return url;
}

void PageReply::send()
{
    if (!m_setup.nam) {
        fail(ApiError::make(ApiError::Kind::Network, tr("No network access is available.")));
        return;
    }
    ++m_attempts;
    const QUrl url = pageUrl();
    QNetworkRequest request(url);
    HttpExchange::prepareRequest(request, m_setup.transferTimeout);
    request.setRawHeader("X-egain-error-message", "yes");
    request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    qCDebug(lcNet).nospace() << "GET " << HttpExchange::loggableUrl(url) << " page " << m_pagenum
                             << " size " << m_pagesize << " attempt " << m_attempts;
    m_exchange = new HttpExchange(m_setup.nam->get(request), m_setup.maxResponseBytes, this);
    connect(m_exchange, &HttpExchange::finished, this, &PageReply::onExchangeFinished);
}

void PageReply::onExchangeFinished(const HttpResult &result)
{
    if (m_exchange) {
        m_exchange->deleteLater();
        m_exchange = nullptr;
    }
    if (m_finished)
        return;
    qCDebug(lcNet).nospace().noquote()
        << "page " << m_pagenum << " attempt " << m_attempts << " status " << result.status
        << (result.transportError.isError() ? u' ' + result.transportError.summary() : QString());

    if (result.transportError.isError()) {
        retryOrFail(result.transportError, {});
        return;
    }
    ApiError error;
    error.httpStatus = result.status;
    switch (result.status) {
    case 200: {
        PageParseResult parsed = parseOrchestrationPage(result.body, m_setup.interner.get());
        if (parsed.page) {
            succeed(std::move(*parsed.page));
        } else {
            // Not retried: a body that arrived whole but does not parse is what the server
            // serves; transport-level truncation already failed (and was retried) above.
            error.kind = ApiError::Kind::InvalidResponse;
            error.message = parsed.error;
            fail(error);
        }
        return;
    }
    case 204:
        succeed(emptyNoContentPage());
        return;
    case 401:
        if (!m_reauthenticated) {
            m_reauthenticated = true;
            qCInfo(lcNet) << "page" << m_pagenum
                          << "got 401; fetching a new token and retrying once";
            if (m_setup.tokens)
                m_setup.tokens->invalidate(m_token);
            m_token.clear();
            requestToken();
            return;
        }
        error.kind = ApiError::Kind::Authentication;
        error.parseErrorBody(result.body);
        error.message = tr("The server refused a freshly issued access token (HTTP 401). Check "
                           "that the token URL belongs to this tenant.");
        fail(error);
        return;
    case 403:
        error.kind = ApiError::Kind::Authorization;
        error.parseErrorBody(result.body);
        error.message = tr("The client application may not read orchestrations (HTTP 403). "
                           "It needs the scope %1.")
                            .arg(m_setup.settings.scope);
        fail(error);
        return;
    default:
        break;
    }
    if (result.status >= 300 && result.status < 400) {
        error.kind = ApiError::Kind::Redirect;
        error.message = tr("The server redirected to %1 (HTTP %2). Redirects are not followed, "
                           "so credentials stay with the configured host; check the base URL.")
                            .arg(HttpExchange::loggableUrl(result.redirectTarget))
                            .arg(result.status);
        fail(error);
        return;
    }
    error.kind = ApiError::Kind::Http;
    error.parseErrorBody(result.body);
    error.message = tr("The server answered HTTP %1.").arg(result.status);
    retryOrFail(error, result.retryAfter);
}

void PageReply::retryOrFail(ApiError error, const QByteArray &retryAfter)
{
    // The re-authenticated retry is not a transient-failure attempt.
    const int transientAttempts = m_attempts - (m_reauthenticated ? 1 : 0);
    const auto decision = m_setup.retryPolicy.decide(error, transientAttempts, retryAfter,
        milliseconds(m_deadline.remainingTime()), m_setup.budget.get());
    if (!decision.retry) {
        fail(error);
        return;
    }
    qCInfo(lcNet).nospace().noquote()
        << "page " << m_pagenum << " attempt " << m_attempts << " failed (" << error.summary()
        << "); retry in " << decision.delay.count() << " ms";
    if (decision.cappedRetryAfter)
        qCInfo(lcNet).noquote() << "page" << m_pagenum
                                << "Retry-After capped:" << decision.cappedNote();
    m_retryTimer.start(decision.delay);
}

void PageReply::onDeadline()
{
    if (m_finished)
        return;
    stopWork();
    fail(ApiError::make(ApiError::Kind::Timeout,
        tr("The page did not load within %1 s.")
            .arg(duration_cast<seconds>(m_setup.retryPolicy.operationDeadline).count())));
}

void PageReply::succeed(OrchestrationPage page)
{
    m_page = std::move(page);
    complete(true);
}

void PageReply::fail(ApiError error)
{
    if (error.context.isEmpty())
        error.context = tr("Page %1").arg(m_pagenum);
    m_error = std::move(error);
    qCDebug(lcNet).noquote() << "page" << m_pagenum << "failed:" << m_error.summary();
    complete(true);
}

void PageReply::stopWork()
{
    m_retryTimer.stop();
    m_deadlineTimer.stop();
    if (m_exchange) {
        m_exchange->abort();
        m_exchange->deleteLater();
        m_exchange = nullptr;
    }
}

void PageReply::complete(bool notify)
{
    if (m_finished)
        return;
    m_finished = true;
    stopWork();
    m_token.clear();
    if (m_autoDelete)
        deleteLater();
    if (notify)
        emit finished();
}
