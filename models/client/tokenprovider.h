#pragma once

#include "models/client/apierror.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

/**
 * Where HubClient gets its bearer tokens. Abstract: see ClientCredentialsTokenProvider
 * (OAuth 2.0 client credentials) and StaticTokenProvider (a token obtained elsewhere).
 *
 * Promises: requestToken() answers asynchronously (never inside the call), exactly once per
 * call, unless the context object is destroyed first. A token never reaches a log line.
 */
class TokenProvider : public QObject
{
    Q_OBJECT
public:
    /// Receives either a non-empty token and no error, or an empty token and an error.
    using Callback = std::function<void(const QString &token, const ApiError &error)>;

    explicit TokenProvider(QObject *parent = nullptr);

    /**
     * Asks for a valid token. @p callback runs later in this object's thread; it is dropped
     * if @p context (required) is destroyed before. Any number of concurrent requests share
     * one token fetch.
     */
    virtual void requestToken(QObject *context, Callback callback) = 0;

    /// The server refused @p token (HTTP 401): do not hand it out again. Other tokens are kept.
    virtual void invalidate(const QString &token) = 0;

    /// When the current cached token expires; invalid when there is none.
    virtual QDateTime currentTokenExpiry() const = 0;

signals:
    /// A new token was obtained (the seam for keychain persistence). Never log @p token.
    void tokenIssued(const QString &token, const QDateTime &expiry);
    /// Getting a token failed for good (after retries).
    void tokenFailed(const ApiError &error);

protected:
    /// Queues @p callback until completePending().
    void enqueue(QObject *context, Callback callback);
    /// Answers every queued callback (later, never inside this call) and empties the queue.
    void completePending(const QString &token, const ApiError &error);
    /// Answers one request later with @p token / @p error.
    void answerLater(
        QObject *context, Callback callback, const QString &token, const ApiError &error);
    bool hasPending() const { return !m_pending.isEmpty(); }

private:
    struct Pending
    {
        QPointer<QObject> context;
        Callback callback;
    };
    QList<Pending> m_pending;
};

/**
 * A bearer token obtained elsewhere (pasted by the user, or from another tool). It is
 * handed out until it expires or the server refuses it; after that every request gets an
 * Authentication error saying a new token is needed.
 */
class StaticTokenProvider : public TokenProvider
{
    Q_OBJECT
public:
    explicit StaticTokenProvider(
        const QString &bearerToken, const QDateTime &expiry = {}, QObject *parent = nullptr);

    void requestToken(QObject *context, Callback callback) override;
    void invalidate(const QString &token) override;
    QDateTime currentTokenExpiry() const override;

private:
    QString m_token;
    QDateTime m_expiry;
    bool m_invalidated = false;
};
