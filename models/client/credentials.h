#pragma once

#include <QDateTime>
#include <QString>

/**
 * What a client signs in with: a ready bearer token, or OAuth 2.0 client credentials
 * (the client id is part of ConnectionSettings, the secret is here), optionally with a token
 * the token endpoint issued earlier. ClientStack::make() turns it into a token provider.
 *
 * Every field but the expiries is a secret: never log, store or show it. There is
 * deliberately no QDebug operator for this type. Where the values come from (the
 * environment, the keychain, a form) is the caller's business.
 */
struct Credentials
{
    /// The client secret for the token URL; empty when there is none.
    QString clientSecret;

    /// A bearer token obtained elsewhere (pasted, or from another tool), used as-is; when set
    /// it wins over everything else. Empty when there is none.
    QString accessToken;
    /// When accessToken expires; invalid when unknown (then it is good until refused).
    QDateTime accessTokenExpiry;

    /// A token the token endpoint issued earlier for this client (e.g. kept in the keychain):
    /// used until it expires, so the first request needs no token request. Only with
    /// client credentials; a token from elsewhere goes into accessToken.
    QString cachedToken;
    /// When cachedToken expires; invalid when unknown.
    QDateTime cachedTokenExpiry;
};
