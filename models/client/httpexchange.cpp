#include "models/client/httpexchange.h"

#include <QNetworkReply>

namespace {

// Transport failures: the connection, proxy and TLS ranges of QNetworkReply::NetworkError,
// and a garbled response. Content and server errors come with a status and are HTTP answers.
bool isTransportFailure(QNetworkReply::NetworkError error)
{
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
        || error == QNetworkReply::ProtocolFailure;
}

ApiError transportError(QNetworkReply::NetworkError code, const QString &text)
{
    ApiError error;
    error.networkError = code;
    error.networkErrorText = text;
    switch (code) {
    case QNetworkReply::TimeoutError:
    // Only Qt's transfer timeout cancels a reply behind our back: we disconnect before
    // we abort one ourselves.
    case QNetworkReply::OperationCanceledError:
        error.kind = ApiError::Kind::Timeout;
        error.message = ApiError::tr("The server stopped sending data (transfer timeout).");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.kind = ApiError::Kind::Tls;
        break;
    default:
        error.kind = ApiError::Kind::Network;
        break;
    }
    return error;
}

} // namespace

HttpExchange::HttpExchange(QNetworkReply *reply, qint64 maxBytes, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_maxBytes(maxBytes)
{
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpExchange::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &HttpExchange::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
}

HttpExchange::~HttpExchange()
{
    abort();
}

void HttpExchange::abort()
{
    m_done = true;
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void HttpExchange::release()
{
    if (!m_reply)
        return;
    disconnect(m_reply, nullptr, this, nullptr);
    m_reply->deleteLater();
    m_reply = nullptr;
}

void HttpExchange::prepareRequest(
    QNetworkRequest &request, std::chrono::milliseconds transferTimeout)
{
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setRawHeader("Accept", "application/json");
    // Asked for by us, so Qt hands over the body as sent and keeps Content-Length:
    // ContentDecoder decodes it under the size cap and notices a cut or broken stream, which
    // Qt's own transparent decoding hides.
    request.setRawHeader("Accept-Encoding", "gzip, deflate");
    request.setTransferTimeout(int(transferTimeout.count()));
}

QString HttpExchange::loggableUrl(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

void HttpExchange::onMetaDataChanged()
{
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_maxBytes)
        failTooLarge(length.toLongLong());
}

void HttpExchange::onReadyRead()
{
    if (m_reply->isOpen())
        decode(m_reply->readAll());
}

bool HttpExchange::decode(const QByteArray &encoded)
{
    if (m_done)
        return false;
    if (!m_decoder)
        m_decoder =
            std::make_unique<ContentDecoder>(m_reply->rawHeader("Content-Encoding"), m_maxBytes);
    m_encodedBytes += encoded.size();
    if (m_decoder->feed(encoded, m_body))
        return true;
    if (m_decoder->status() == ContentDecoder::Status::TooLarge) {
        failTooLarge(m_body.size());
        return false;
    }
    failEncoding();
    return false;
}

void HttpExchange::failTooLarge(qint64 size)
{
    if (m_done)
        return;
    m_done = true;
    HttpResult result;
    result.status = 0;
    result.transportError = ApiError::make(ApiError::Kind::TooLarge,
        tr("The response is larger than the limit of %L1 bytes (at least %Ln byte(s)); it was not "
           "loaded.",
            nullptr, int(qMin<qint64>(size, INT_MAX)))
            .arg(m_maxBytes));
    abort();
    emit finished(result);
}

void HttpExchange::failEncoding()
{
    if (m_done)
        return;
    m_done = true;
    HttpResult result;
    result.transportError = encodingError();
    abort();
    emit finished(result);
}

ApiError HttpExchange::encodingError() const
{
    const QString encoding = QString::fromLatin1(m_reply->rawHeader("Content-Encoding"));
    const bool unsupported =
        m_decoder && m_decoder->status() == ContentDecoder::Status::Unsupported;
    return transportError(QNetworkReply::ProtocolFailure,
        unsupported ? tr("The server sent the response in an encoding that was not asked for (%1).")
                          .arg(encoding)
                    : tr("The response's %1 encoding is broken or cut short.").arg(encoding));
}

qint64 HttpExchange::missingBytes() const
{
    // Qt 6.4 reports a body cut short by a closed or reset connection as complete when the
    // socket is already gone, so a page could be parsed from half its bytes. Content-Length
    // says otherwise; it counts the bytes as sent (encoded), and so do we.
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (!length.isValid())
        return 0;
    return length.toLongLong() - m_encodedBytes;
}

void HttpExchange::onFinished()
{
    if (m_done)
        return;
    if (m_reply->isOpen() && !decode(m_reply->readAll())) // not after Qt's transfer timeout
        return;
    m_done = true;

    HttpResult result;
    const QNetworkReply::NetworkError error = m_reply->error();
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (isTransportFailure(error) || (!status.isValid() && error != QNetworkReply::NoError)) {
        result.transportError = transportError(error, m_reply->errorString());
    } else if (!status.isValid()) {
        result.transportError =
            transportError(QNetworkReply::ProtocolFailure, tr("The server sent no HTTP status."));
    } else if (const qint64 missing = missingBytes(); missing > 0) {
        result.transportError = transportError(QNetworkReply::RemoteHostClosedError,
            tr("The connection closed %Ln byte(s) before the end of the response.", nullptr,
                int(qMin<qint64>(missing, INT_MAX))));
    } else if (m_decoder && !m_decoder->finish()) {
        // Complete by its length (or without one: chunked, or closed), yet inside the stream.
        result.transportError = encodingError();
    } else {
        result.status = status.toInt();
        result.body = std::move(m_body);
        result.retryAfter = m_reply->rawHeader("Retry-After");
        const QUrl location =
            m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (location.isValid())
            result.redirectTarget = m_reply->url().resolved(location);
    }
    release();
    emit finished(result);
}
