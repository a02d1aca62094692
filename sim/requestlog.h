#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QUrl>

namespace hubsim {

/// One request as it arrived at the simulator, and what it was answered.
struct LoggedRequest
{
    QDateTime time; ///< arrival, UTC
    QByteArray method; ///< "GET", "POST", ...
    QHostAddress localAddress; ///< the listener address it arrived on
    quint16 localPort = 0;
    bool toRedirectTarget = false; ///< arrived at the "other host" listener
    QUrl url; ///< the request target as received, with its query
    QString path; ///< decoded path
    QList<QPair<QString, QString>> query; ///< decoded query items, in order
    QList<QPair<QByteArray, QByteArray>> headers; ///< as sent, in order
    QByteArray body;
    int status = 0; ///< status line answered; 0 = connection closed unanswered
    QString fault; ///< the fault rule applied, if any (FaultRule::describe())

    /// The value of header @p name (case-insensitive); empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    /// The first value of query item @p name; null when absent.
    QString queryValue(const QString &name) const;
};

/**
 * Every request the simulator saw, on both listeners, for tests to examine. Thread-safe:
 * the simulator appends from its thread while a test reads from another.
 *
 * It holds request bodies, and so the demo client secret of token requests: it lives in
 * memory only and is never written to a log line.
 */
class RequestLog
{
public:
    void append(const LoggedRequest &request);
    QList<LoggedRequest> entries() const;
    void clear();
    int size() const;

    /// Requests whose path is @p path (any method, either listener).
    int countRequests(const QString &path) const;
    /// Requests that arrived at the redirect target listener.
    int countRedirectTargetRequests() const;
    /// Whether any request's URL (path or query, decoded or raw) contains @p text.
    bool anyUrlContains(const QString &text) const;

private:
    mutable QMutex m_mutex;
    QList<LoggedRequest> m_entries;
};

} // namespace hubsim
