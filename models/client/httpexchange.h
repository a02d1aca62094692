#pragma once

#include "models/client/apierror.h"
#include "models/client/contentdecoder.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <chrono>
#include <memory>

class QNetworkReply;

/// What one HTTP attempt produced: either a complete response (any status) or a transport error.
struct HttpResult
{
    int status = 0; ///< HTTP status; 0 when no complete response arrived
    QByteArray body; ///< the whole body (at most the exchange's cap)
    QByteArray retryAfter; ///< the Retry-After header, raw
    QUrl redirectTarget; ///< the Location of a 3xx, resolved
    ApiError transportError; ///< Network, Timeout, Tls or TooLarge; None for a complete response
};

/**
 * One HTTP request/response, no retries: reads the body under a size cap (aborting early
 * from Content-Length or while downloading) and classifies transport failures. Redirects
 * are never followed (see prepareRequest()), TLS errors are never ignored. A gzip or deflate
 * body is decoded here (ContentDecoder): the cap counts decoded bytes, and a body whose
 * encoding is cut short or broken is a transport error, retried like any cut body.
 *
 * Owns the QNetworkReply and deleteLater()s it. abort() and the destructor abort silently:
 * after them, finished() is never emitted.
 */
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    HttpExchange(QNetworkReply *reply, qint64 maxBytes, QObject *parent = nullptr);
    ~HttpExchange() override;

    /// Stops the transfer; finished() will not be emitted.
    void abort();

    /// Sets what every request of ours carries: no redirects followed, a transfer
    /// (inactivity) timeout, no cookies, no cache, and Accept: application/json.
    static void prepareRequest(QNetworkRequest &request, std::chrono::milliseconds transferTimeout);

    /// The URL for logs: no user info, no query, no fragment.
    static QString loggableUrl(const QUrl &url);

signals:
    /// Emitted once, when the exchange is over (not after abort()).
    void finished(const HttpResult &result);

private:
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    void failTooLarge(qint64 size);
    void failEncoding();
    ApiError encodingError() const;
    /// Feeds received bytes to the decoder; false when that ended the exchange.
    bool decode(const QByteArray &encoded);
    qint64 missingBytes() const;
    void release();

    QPointer<QNetworkReply> m_reply;
    qint64 m_maxBytes;
    QByteArray m_body; ///< decoded
    qint64 m_encodedBytes = 0; ///< bytes received, as sent (what Content-Length counts)
    std::unique_ptr<ContentDecoder> m_decoder; ///< made from the response headers
    bool m_tooLarge = false;
    qint64 m_tooLargeSize = 0;
    bool m_done = false;
};
