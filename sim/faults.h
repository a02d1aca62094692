#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <optional>

namespace hubsim {

/**
 * One misbehaviour the simulator can be told to show. A request takes the first rule that
 * matches it and has uses left, and spends one use.
 *
 * API kinds are matched by GET /orchestrations requests that passed authentication and
 * parameter checks (so a test counting "3 x 429, then success" is not thrown off by a
 * token refresh); Token kinds are matched by every POST to the token endpoint.
 */
struct FaultRule
{
    enum class Kind {
        Latency, ///< answer normally after delayMs (+/- jitterMs)
        Status, ///< answer @c status (500 with an eGain body; 502/503/504 as a gateway would)
        TooManyRequests, ///< 429 with Retry-After in seconds or as an HTTP date
        TrickleBody, ///< the normal page, chunkBytes every delayMs
        ResetMidBody, ///< headers and part of the body, then a TCP reset
        TruncatedBody, ///< Content-Length of the whole page, part of it sent, then a clean close
        MalformedJson, ///< 200, application/json, but the body does not parse
        WrongFieldTypes, ///< 200 with valid JSON of the wrong shape (see Shape)
        OversizedBody, ///< 200 with valid headers and a body of @c bytes bytes
        RedirectToOtherHost, ///< 302 (or @c status when it is 3xx) to the redirect target listener
        IgnorePaging, ///< page 1 at the default size, whatever was asked
        CountDrift, ///< paginationInfo.count changes by countDelta from this request on
        Endless, ///< a server that never ends: every page full of new records, count 10^12
        DropConnection, ///< close the connection without answering
        GzipBomb, ///< 200, gzip: a small body inflating to @c bytes of valid JSON
        TruncatedGzip, ///< the page gzipped, cut at @c bytes (0 = half), then a clean close
        TokenStatus, ///< the token endpoint answers @c status
        TokenLatency, ///< the token endpoint answers after delayMs
        TokenExpiresIn, ///< a token, with expiresInJson as its expires_in
    };

    /// Which wrong shape WrongFieldTypes serves.
    enum class Shape {
        OrchestrationNotArray, ///< "orchestration": {}
        CountNotNumber, ///< "count": "many"
        RecordFieldTypes, ///< records whose fields have the wrong types
        PaginationMissing, ///< no paginationInfo at all
        CountMissing, ///< paginationInfo without count
    };

    Kind kind = Kind::Status;
    int times = 1; ///< requests it applies to; -1 = every matching request
    int onlyPage = 0; ///< 0 = any page; else only requests for this page number
    int status = 500; ///< Status / TokenStatus / RedirectToOtherHost (3xx)
    int retryAfterSeconds = 1;
    bool retryAfterAsHttpDate = false;
    int delayMs = 0; ///< Latency / TokenLatency delay, TrickleBody interval
    int jitterMs = 0; ///< Latency / TokenLatency: +/- this much
    int chunkBytes = 64; ///< TrickleBody
    qint64 bytes = 0; ///< OversizedBody/GzipBomb size; bytes sent by the cut kinds (0 = half)
    int countDelta = 0; ///< CountDrift
    Shape shape = Shape::OrchestrationNotArray;
    QByteArray expiresInJson = "3600"; ///< TokenExpiresIn: the JSON value sent as expires_in

    bool isTokenFault() const
    {
        return kind == Kind::TokenStatus || kind == Kind::TokenLatency
            || kind == Kind::TokenExpiresIn;
    }

    /// Short words for a rule ("429x3@2 retry-after=5"), for the console and the request log.
    QString describe() const;

    /**
     * A rule from the compact form the hubsim executable takes:
     * `NAME[xTIMES|x*][@PAGE][:KEY=VALUE,...]`, for example `429x3`, `503x2`, `latency:ms=800`,
     * `trickle@2:ms=50,chunk=32`, `oversized:bytes=50000000`, `token503x2`, `countdrift:delta=5`,
     * `tokenexpiry:expires=1e300`.
     * See helpText() for every name and key. nullopt with @p error on a bad spec.
     */
    static std::optional<FaultRule> parse(const QString &spec, QString *error = nullptr);
    /// The syntax of parse(), for --help.
    static QString helpText();
};

/**
 * The rules in force, safe to change from any thread while requests are being served.
 */
class FaultPlan
{
public:
    void set(const QList<FaultRule> &rules);
    void add(const FaultRule &rule);
    void clear();
    /// The rules with their remaining uses (a spent rule has times == 0).
    QList<FaultRule> rules() const;

    /// Takes one use of the first API rule matching @p page, if any.
    std::optional<FaultRule> takeApiFault(int page);
    /// Takes one use of the first token rule, if any.
    std::optional<FaultRule> takeTokenFault();

private:
    std::optional<FaultRule> take(bool token, int page);

    mutable QMutex m_mutex;
    QList<FaultRule> m_rules;
};

} // namespace hubsim
