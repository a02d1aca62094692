#include "models/client/tokenprovider.h"

#include <QTimer>

TokenProvider::TokenProvider(QObject *parent)
    : QObject(parent)
{ }

void TokenProvider::enqueue(QObject *context, Callback callback)
{
    Q_ASSERT(context);
    m_pending.append({context, std::move(callback)});
}

void TokenProvider::completePending(const QString &token, const ApiError &error)
{
    const QList<Pending> pending = std::exchange(m_pending, {});
    for (const Pending &entry : pending) {
        if (entry.context)
            answerLater(entry.context, entry.callback, token, error);
    }
}

void TokenProvider::answerLater(
    QObject *context, Callback callback, const QString &token, const ApiError &error)
{
    // Queued through the context: if it dies first, Qt drops the call.
    QMetaObject::invokeMethod(
        context, [callback = std::move(callback), token, error] { callback(token, error); },
        Qt::QueuedConnection);
}

StaticTokenProvider::StaticTokenProvider(
    const QString &bearerToken, const QDateTime &expiry, QObject *parent)
    : TokenProvider(parent)
    , m_token(bearerToken)
    , m_expiry(expiry)
{ }

void StaticTokenProvider::requestToken(QObject *context, Callback callback)
{
    Q_ASSERT(context);
    if (m_token.isEmpty() || m_invalidated) {
        const QString message = m_invalidated ? tr("The server no longer accepts the access token. "
                                                   "Provide a new token.")
                                              : tr("No access token was provided.");
        answerLater(context, std::move(callback), {},
            ApiError::make(ApiError::Kind::Authentication, message));
        return;
    }
    if (m_expiry.isValid() && m_expiry <= QDateTime::currentDateTimeUtc()) {
        answerLater(context, std::move(callback), {},
            ApiError::make(ApiError::Kind::Authentication,
                tr("The access token expired. Provide a new token.")));
        return;
    }
    answerLater(context, std::move(callback), m_token, {});
}

void StaticTokenProvider::invalidate(const QString &token)
{
    if (token == m_token)
        m_invalidated = true;
}

QDateTime StaticTokenProvider::currentTokenExpiry() const
{
    return m_invalidated ? QDateTime() : m_expiry;
}
