#pragma once

#include <QCoreApplication>
#include <QString>
#include <chrono>
#include <optional>

/**
 * A successful answer of an OAuth 2.0 token endpoint (RFC 6749 5.1), read from its body:
 * the one place that decides what the console accepts from a token endpoint.
 *
 * Promises: never undefined behaviour on any body; a parsed lifetime is always within
 * [1 s, maxLifetime], so the expiry computed from it is a valid date.
 */
struct TokenResponse
{
    Q_DECLARE_TR_FUNCTIONS(TokenResponse)

public:
    /// A lifetime above this is taken as this. Real token endpoints hand out minutes to
    /// hours (eGain: one hour); a server that claims years (or 1e300 s) is wrong, and
    /// trusting it would keep a token, and its keychain copy, long after the server
    /// forgot it. A day is far above any real lifetime and keeps every date valid.
    static constexpr std::chrono::seconds maxLifetime {24 * 60 * 60};
    /// Without expires_in (RFC 6749 only RECOMMENDS it) a short life is assumed, so a
    /// new token is fetched soon.
    static constexpr std::chrono::seconds assumedLifetime {300};

    QString accessToken;
    std::chrono::seconds lifetime {0};
    /// What the server claimed when it was more than maxLifetime (lifetime is then the
    /// cap), for the log; 0 otherwise.
    double claimedLifetime = 0;

    /**
     * Reads @p body. nullopt with @p why (a short reason for the user, never the token)
     * when it is not a JSON object with a token68 access_token, token_type Bearer (any
     * case) and, when present, a positive expires_in (a number, or a string holding one).
     */
    static std::optional<TokenResponse> parse(const QByteArray &body, QString *why);

    /// Whether @p token can be sent as a bearer token (RFC 6750 2.1 token68).
    static bool isToken68(const QString &token);
};
