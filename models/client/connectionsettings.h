#pragma once

#include <QString>
#include <QUrl>

/**
 * Where and how to reach one Conversation Hub tenant. Holds no secret: the client secret
 * and tokens travel separately (see TokenProvider), so this value may be logged and stored.
 */
struct ConnectionSettings
{
    QUrl baseUrl; ///< e.g. https://api.egain.cloud/conversation/conversationmgr/v3
    QUrl tokenUrl; ///< OAuth 2.0 token endpoint of the tenant
    QString clientId;
    QString scope = QStringLiteral("app.conversation.conversationmgr.read");
    QString pageNumberParameter = QStringLiteral("$pagenum");
    QString pageSizeParameter = QStringLiteral("$pagesize");
    /// The largest page size the console ever asks for.
    static constexpr int kLargestPageSize = 1000;
    /// What a load of all pages asks for. The server grants what it may and says so in
    /// paginationInfo.pagesize, which the scan then uses: asking for the most costs nothing
    /// and saves requests (100,000 records are 4,000 requests in pages of 25).
    int loadAllPageSize = kLargestPageSize;

    /// The URL of GET /orchestrations under baseUrl.
    QUrl orchestrationsUrl() const;
};

/**
 * Whether the console may send credentials to @p url: https anywhere, plain http only to a
 * loopback host. When it may not, @p why (if given) says so in words for the user.
 */
bool isTransportAllowed(const QUrl &url, QString *why = nullptr);

/// Whether @p host names this machine's loopback interface (localhost, 127.0.0.0/8, ::1).
bool isLoopbackHost(const QString &host);
