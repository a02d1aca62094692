#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

/**
 * Why a Conversation Hub request (or a token request) failed, as one value.
 *
 * Holds what the server said (HTTP status, eGain error body, OAuth error) and what the
 * network said, so the UI can show summary() first and the rest "one click away".
 * Promises: no field ever holds an access token or a client secret.
 */
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None, ///< no error
        Network, ///< connection refused/reset/closed, host not found, ...
        Timeout, ///< transfer timeout (no progress) or the operation's deadline
        Tls, ///< TLS handshake or certificate failure
        InsecureTransport, ///< refused before sending: plain http to a non-loopback host
        Redirect, ///< a 3xx answer; redirects are never followed
        Http, ///< any other HTTP error status
        Authentication, ///< token endpoint refused the credentials, or a second 401
        Authorization, ///< 403: the client lacks the scope
        InvalidResponse, ///< a body that does not parse or has the wrong types
        TooLarge, ///< the response exceeded its size cap
        Cancelled, ///< aborted by the caller
    };

    /// One entry of eGain's `details` list.
    struct Detail
    {
        QString key;
        QString value;
        friend bool operator==(const Detail &, const Detail &) = default;
    };

    Kind kind = Kind::None;
    int httpStatus = 0; ///< 0 when no HTTP response arrived
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;

    // eGain error body (CONTRACT "Errors")
    QString code; ///< e.g. "401-101"
    QString developerMessage;
    QString userMessage;
    QList<Detail> details;

    // OAuth 2.0 token endpoint error (RFC 6749 5.2)
    QString oauthError;
    QString oauthErrorDescription;

    QString networkErrorText; ///< what the network layer said (errorString())
    QString message; ///< our own text when nothing better is known (translated)
    QString context; ///< where it happened, e.g. "page 3" or "token endpoint" (translated)

    bool isError() const { return kind != Kind::None; }

    /**
     * Whether trying the same request again may succeed: transient network errors,
     * timeouts and HTTP 408, 429, 500, 502, 503, 504. Never for authentication,
     * authorization, redirects, size or parse errors, or cancellation.
     */
    bool isTransient() const;

    /**
     * One readable line for a user: eGain's userMessage (with its code) when the server
     * sent one, else the OAuth description, else the best text we have, prefixed by context.
     */
    QString summary() const;

    /// A short translated name of the kind ("Network error", "Timed out", ...).
    static QString kindName(Kind kind);

    /// An error of @p kind with our own @p message.
    static ApiError make(Kind kind, const QString &message);

    /**
     * Fills code/developerMessage/userMessage/details (eGain) and error/error_description
     * (OAuth) from @p body when it is a JSON object with those fields. Anything else (empty,
     * HTML, wrong types) is tolerated: the fields stay empty and the result is still usable.
     */
    void parseErrorBody(QByteArrayView body);

    /// Whether @p error is a network failure worth retrying (refused, reset, closed, temporary).
    static bool isTransientNetworkError(QNetworkReply::NetworkError error);

    /// Whether @p status is one we retry: 408, 429, 500, 502, 503, 504.
    static bool isTransientHttpStatus(int status);
};

Q_DECLARE_METATYPE(ApiError)
