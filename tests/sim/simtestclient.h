#pragma once

// The client side of the simulator tests: a plain QNetworkAccessManager and raw sockets
// (the product's client is tested elsewhere, against the same simulator).

#include "sim/hubsimulator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

namespace simtest {

/// What a finished request brought back.
struct HttpResult
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    int readyReadCount = 0;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

/// Waits for @p reply (which it deletes) and collects what it brought.
inline HttpResult finish(QNetworkReply *reply, int timeoutMs = 10000)
{
    HttpResult result;
    QSignalSpy finishedSpy(reply, &QNetworkReply::finished);
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&result, reply] {
        ++result.readyReadCount;
        result.body += reply->readAll();
    });
    if (!reply->isFinished())
        result.finished = finishedSpy.wait(timeoutMs);
    else
        result.finished = true;
    result.body += reply->readAll();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.headers = reply->rawHeaderPairs();
    reply->abort();
    delete reply;
    return result;
}

inline QNetworkRequest noRedirects(QNetworkRequest request)
{
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

/// POSTs @p form to the token endpoint, optionally with HTTP Basic credentials.
inline HttpResult postToken(QNetworkAccessManager &nam, const QUrl &tokenUrl,
    const QByteArray &form, const QByteArray &basic = {},
    const QByteArray &contentType = "application/x-www-form-urlencoded")
{
    QNetworkRequest request = noRedirects(QNetworkRequest(tokenUrl));
    if (!contentType.isEmpty())
        request.setRawHeader("Content-Type", contentType);
    if (!basic.isEmpty())
        request.setRawHeader("Authorization", "Basic " + basic.toBase64());
    return finish(nam.post(request, form));
}

inline QByteArray demoForm(const QByteArray &extra = {})
{
    return "grant_type=client_credentials&client_id=demo-client&client_secret=demo-secret" + extra;
}

/// A token for the demo client, or an empty string (with a failed check) on failure.
inline QString demoToken(QNetworkAccessManager &nam, const QUrl &tokenUrl)
{
    const HttpResult result = postToken(nam, tokenUrl, demoForm());
    if (result.status != 200)
        qWarning() << "token request failed" << result.status << result.body;
    return result.json().value(QStringLiteral("access_token")).toString();
}

/// GET @p url with a bearer @p token (none when empty) and extra headers.
inline HttpResult get(QNetworkAccessManager &nam, const QUrl &url, const QString &token,
    const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 10000)
{
    QNetworkRequest request = noRedirects(QNetworkRequest(url));
    request.setRawHeader("Accept", "application/json");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return finish(nam.get(request), timeoutMs);
}

/// @p base with the paging query items set (an empty value leaves one out).
inline QUrl withQuery(QUrl base, const QList<QPair<QString, QString>> &items)
{
    QUrlQuery query;
    for (const auto &[key, value] : items)
        query.addQueryItem(key, value);
    base.setQuery(query);
    return base;
}

inline QUrl pageUrl(const QUrl &orchestrations, int page, int pageSize)
{
    return withQuery(orchestrations,
        {{QStringLiteral("$pagenum"), QString::number(page)},
            {QStringLiteral("$pagesize"), QString::number(pageSize)}});
}

/// What a raw TCP exchange brought back before the server closed the connection.
struct RawResult
{
    bool closed = false;
    QByteArray head;
    QByteArray body;
    qint64 contentLength = -1;
};

/// Sends @p request as is over a fresh connection and reads until the server closes it.
inline RawResult rawExchange(
    const QHostAddress &address, quint16 port, const QByteArray &request, int timeoutMs = 10000)
{
    QTcpSocket socket;
    QByteArray received;
    QObject::connect(
        &socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(address, port);
    socket.write(request);
    RawResult result;
    result.closed = disconnected.wait(timeoutMs);
    received += socket.readAll();
    const qsizetype end = received.indexOf("\r\n\r\n");
    result.head = end < 0 ? received : received.left(end);
    result.body = end < 0 ? QByteArray() : received.mid(end + 4);
    for (const QByteArray &line : result.head.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            result.contentLength = line.mid(15).trimmed().toLongLong();
    }
    return result;
}

inline QByteArray rawGet(const QUrl &url, const QString &token)
{
    return "GET " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)
        + " HTTP/1.1\r\nHost: " + url.host().toLatin1() + ':' + QByteArray::number(url.port())
        + "\r\nAuthorization: Bearer " + token.toLatin1() + "\r\nConnection: close\r\n\r\n";
}

} // namespace simtest
