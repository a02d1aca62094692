// ApiError and RetryPolicy: the parts of the client that decide what a user reads and
// whether a request is tried again. No network here.

#include "models/client/apierror.h"
#include "models/client/contentdecoder.h"
#include "models/client/retrypolicy.h"
#include "models/client/tokenresponse.h"

#include <QTest>
#include <QTimeZone>

using namespace std::chrono_literals;
using Kind = ApiError::Kind;

class TestClientBasics : public QObject
{
    Q_OBJECT

private slots:
    void parsesEgainErrorBody();
    void toleratesInvalidErrorBodies_data();
    void toleratesInvalidErrorBodies();
    void summaryPrefersUserMessage();
    void summaryFallsBack();
    void transientClassification_data();
    void transientClassification();
    void parsesRetryAfter_data();
    void parsesRetryAfter();
    void backoffStaysUnderCappedCeiling();
    void decideHonoursRetryAfterWithCap();
    void decideCapsAndReportsAHugeRetryAfter_data();
    void decideCapsAndReportsAHugeRetryAfter();
    void decideStopsAtMaxAttempts();
    void tokenResponseLifetime_data();
    void tokenResponseLifetime();
    void contentDecoderInflatesUnderTheCap();
    void contentDecoderRefusesBrokenStreams();
    void decideSpendsTheSharedBudget();
    void decideRespectsTheDeadline();
    void decideNeverRetriesFinalErrors();
};

void TestClientBasics::parsesEgainErrorBody()
{
    ApiError error;
    error.kind = Kind::Http;
    error.httpStatus = 400;
    error.parseErrorBody(R"({"code":"400-101","developerMessage":"bad $pagesize",
        "details":[{"key":"$pagesize","value":"0"},{"key":"x","value":1}],
        "userMessage":"The request is not valid."})");
    QCOMPARE(error.code, QStringLiteral("400-101"));
    QCOMPARE(error.developerMessage, QStringLiteral("bad $pagesize"));
    QCOMPARE(error.userMessage, QStringLiteral("The request is not valid."));
    const QList<ApiError::Detail> expected {{QStringLiteral("$pagesize"), QStringLiteral("0")},
        {QStringLiteral("x"), QStringLiteral("1")}};
    QCOMPARE(error.details, expected);
}

void TestClientBasics::toleratesInvalidErrorBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("wrong types") << QByteArray(R"({"code":{},"userMessage":[],"details":"no"})");
    QTest::newRow("cut off") << QByteArray(R"({"code":"500-1","userMess)");
}

void TestClientBasics::toleratesInvalidErrorBodies()
{
    QFETCH(QByteArray, body);
    ApiError error;
    error.kind = Kind::Http;
    error.httpStatus = 502;
    error.parseErrorBody(body);
    QVERIFY(error.userMessage.isEmpty());
    QVERIFY(error.details.isEmpty());
    // Still a readable line for the user.
    QVERIFY(error.summary().contains(QStringLiteral("502")));
}

void TestClientBasics::summaryPrefersUserMessage()
{
    ApiError error;
    error.kind = Kind::Http;
    error.httpStatus = 500;
    error.message = QStringLiteral("The server answered HTTP 500.");
    error.context = QStringLiteral("Page 3");
    error.parseErrorBody(R"({"code":"500-102","developerMessage":"NPE at line 4",
                              "userMessage":"Something went wrong."})");
    const QString summary = error.summary();
    QVERIFY2(summary.contains(QStringLiteral("Something went wrong.")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("500-102")));
    QVERIFY(summary.startsWith(QStringLiteral("Page 3")));
    QVERIFY(!summary.contains(QStringLiteral("NPE")));
}

void TestClientBasics::summaryFallsBack()
{
    ApiError oauth;
    oauth.kind = Kind::Authentication;
    oauth.parseErrorBody(
        R"({"error":"invalid_client","error_description":"Client authentication failed."})");
    QCOMPARE(oauth.oauthError, QStringLiteral("invalid_client"));
    QVERIFY(oauth.summary().contains(QStringLiteral("Client authentication failed.")));

    ApiError network;
    network.kind = Kind::Network;
    network.networkErrorText = QStringLiteral("Connection refused");
    QVERIFY(network.summary().contains(QStringLiteral("Connection refused")));

    QVERIFY(ApiError().summary().isEmpty());
    QVERIFY(!ApiError::make(Kind::Cancelled, {}).summary().isEmpty());
}

void TestClientBasics::transientClassification_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("networkError");
    QTest::addColumn<bool>("transient");
    const auto row = [](const char *name, Kind kind, int status, QNetworkReply::NetworkError net,
                         bool transient) {
        QTest::newRow(name) << int(kind) << status << int(net) << transient;
    };
    row("refused", Kind::Network, 0, QNetworkReply::ConnectionRefusedError, true);
    row("reset", Kind::Network, 0, QNetworkReply::RemoteHostClosedError, true);
    row("temporary", Kind::Network, 0, QNetworkReply::TemporaryNetworkFailureError, true);
    row("host not found", Kind::Network, 0, QNetworkReply::HostNotFoundError, false);
    row("timeout", Kind::Timeout, 0, QNetworkReply::NoError, true);
    for (int status : {408, 429, 500, 502, 503, 504})
        row(qPrintable(QString::number(status)), Kind::Http, status, QNetworkReply::NoError, true);
    row("400", Kind::Http, 400, QNetworkReply::NoError, false);
    row("404", Kind::Http, 404, QNetworkReply::NoError, false);
    row("501", Kind::Http, 501, QNetworkReply::NoError, false);
    row("401", Kind::Authentication, 401, QNetworkReply::NoError, false);
    row("403", Kind::Authorization, 403, QNetworkReply::NoError, false);
    row("tls", Kind::Tls, 0, QNetworkReply::SslHandshakeFailedError, false);
    row("redirect", Kind::Redirect, 302, QNetworkReply::NoError, false);
    row("parse", Kind::InvalidResponse, 200, QNetworkReply::NoError, false);
    row("too large", Kind::TooLarge, 0, QNetworkReply::NoError, false);
    row("cancelled", Kind::Cancelled, 0, QNetworkReply::OperationCanceledError, false);
}

void TestClientBasics::transientClassification()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(int, networkError);
    QFETCH(bool, transient);
    ApiError error;
    error.kind = Kind(kind);
    error.httpStatus = status;
    error.networkError = QNetworkReply::NetworkError(networkError);
    QCOMPARE(error.isTransient(), transient);
}

void TestClientBasics::parsesRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs"); // -1: unparseable
    QTest::newRow("seconds") << QByteArray("120") << qint64(120'000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("spaces") << QByteArray(" 7 ") << qint64(7'000);
    QTest::newRow("imf date") << QByteArray("Sun, 06 Nov 1994 08:50:07 GMT") << qint64(30'000);
    QTest::newRow("rfc850 date") << QByteArray("Sunday, 06-Nov-94 08:50:07 GMT") << qint64(30'000);
    QTest::newRow("asctime date") << QByteArray("Sun Nov  6 08:50:07 1994") << qint64(30'000);
    QTest::newRow("past date") << QByteArray("Sun, 06 Nov 1994 08:00:00 GMT") << qint64(0);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("exponent") << QByteArray("1e3") << qint64(-1);
    // Seconds that fit 64 bits but not once multiplied by 1000, and seconds that fit
    // nothing: both saturate instead of wrapping into a negative delay.
    constexpr qint64 saturated = std::chrono::milliseconds::max().count();
    QTest::newRow("largest exact")
        << QByteArray("9223372036854775") << qint64(9'223'372'036'854'775'000);
    QTest::newRow("overflows x1000") << QByteArray("9223372036854776") << saturated;
    QTest::newRow("int64 max") << QByteArray("9223372036854775807") << saturated;
    QTest::newRow("20 digits") << QByteArray("99999999999999999999") << saturated;
    QTest::newRow("100 digits") << QByteArray(100, '9') << saturated;
    QTest::newRow("far date") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT")
                              << QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc())
                                     .msecsTo(QDateTime(
                                         QDate(9999, 12, 31), QTime(23, 59, 59), QTimeZone::utc()));
}

void TestClientBasics::parsesRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    const QDateTime now(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc());
    const auto parsed = RetryPolicy::parseRetryAfter(value, now);
    if (expectedMs < 0) {
        QVERIFY(!parsed);
    } else {
        QVERIFY(parsed);
        QCOMPARE(parsed->count(), expectedMs);
    }
}

void TestClientBasics::backoffStaysUnderCappedCeiling()
{
    RetryPolicy policy;
    policy.baseDelay = 100ms;
    policy.maxDelay = 1'000ms;
    QCOMPARE(policy.backoffCeiling(1), 100ms);
    QCOMPARE(policy.backoffCeiling(2), 200ms);
    QCOMPARE(policy.backoffCeiling(4), 800ms);
    QCOMPARE(policy.backoffCeiling(5), 1'000ms);
    QCOMPARE(policy.backoffCeiling(1000), 1'000ms); // no overflow
    for (int retry = 1; retry < 8; ++retry) {
        for (int i = 0; i < 50; ++i) {
            const auto delay = policy.backoff(retry);
            QVERIFY(delay >= 0ms);
            QVERIFY(delay <= policy.backoffCeiling(retry));
        }
    }
}

void TestClientBasics::decideHonoursRetryAfterWithCap()
{
    RetryPolicy policy;
    policy.maxRetryAfter = 60'000ms;
    ApiError busy;
    busy.kind = Kind::Http;
    busy.httpStatus = 429;
    auto decision = policy.decide(busy, 1, "2", 120'000ms, nullptr);
    QVERIFY(decision.retry);
    QCOMPARE(decision.delay, 2'000ms);

    policy.maxRetryAfter = 50ms;
    decision = policy.decide(busy, 1, "3600", 120'000ms, nullptr);
    QVERIFY(decision.retry);
    QCOMPARE(decision.delay, 50ms);
}

void TestClientBasics::decideCapsAndReportsAHugeRetryAfter_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QString>("note");
    QTest::newRow("an hour") << QByteArray("3600")
                             << QStringLiteral("the server asked for 3600 s; waiting 60 s");
    QTest::newRow("overflows x1000")
        << QByteArray("9223372036854776")
        << QStringLiteral("the server asked for 9223372036854775 s; waiting 60 s");
    QTest::newRow("20 digits") << QByteArray("99999999999999999999")
                               << QStringLiteral(
                                      "the server asked for 9223372036854775 s; waiting 60 s");
    QTest::newRow("far date") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << QString();
}

void TestClientBasics::decideCapsAndReportsAHugeRetryAfter()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(QString, note);
    RetryPolicy policy;
    ApiError busy;
    busy.kind = Kind::Http;
    busy.httpStatus = 503;
    const auto decision = policy.decide(busy, 1, retryAfter, 120'000ms, nullptr);
    QVERIFY(decision.retry);
    QCOMPARE(decision.delay, policy.maxRetryAfter);
    QVERIFY(decision.cappedRetryAfter);
    QVERIFY(*decision.cappedRetryAfter > policy.maxRetryAfter);
    if (!note.isEmpty())
        QCOMPARE(decision.cappedNote(), note);
    else
        QVERIFY(decision.cappedNote().endsWith(QLatin1String(" s; waiting 60 s")));

    // Within the cap nothing is reported.
    const auto shortWait = policy.decide(busy, 1, "2", 120'000ms, nullptr);
    QCOMPARE(shortWait.delay, 2'000ms);
    QVERIFY(!shortWait.cappedRetryAfter);
    QVERIFY(shortWait.cappedNote().isEmpty());
}

void TestClientBasics::tokenResponseLifetime_data()
{
    QTest::addColumn<QByteArray>("expiresIn"); // the JSON value; empty: member absent
    QTest::addColumn<qint64>("seconds"); // -1: refused
    QTest::addColumn<QString>("why");
    const qint64 day = 86'400;
    QTest::newRow("hour") << QByteArray("3600") << qint64(3600) << QString();
    QTest::newRow("string") << QByteArray("\"3600\"") << qint64(3600) << QString();
    QTest::newRow("absent") << QByteArray() << qint64(300) << QString();
    QTest::newRow("fraction") << QByteArray("0.25") << qint64(1) << QString();
    QTest::newRow("a day") << QByteArray("86400") << day << QString();
    QTest::newRow("a day and one") << QByteArray("86401") << day << QString();
    QTest::newRow("1e18") << QByteArray("1e18") << day << QString();
    QTest::newRow("1e300") << QByteArray("1e300") << day << QString();
    QTest::newRow("int64 max") << QByteArray("9223372036854775807") << day << QString();
    QTest::newRow("20 digits") << QByteArray("99999999999999999999") << day << QString();
    QTest::newRow("string 1e300") << QByteArray("\"1e300\"") << day << QString();
    QTest::newRow("string inf") << QByteArray("\"inf\"") << day << QString();
    const QString notPositive = QStringLiteral("expires_in is not positive");
    const QString notNumber = QStringLiteral("expires_in is not a number");
    QTest::newRow("zero") << QByteArray("0") << qint64(-1) << notPositive;
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1) << notPositive;
    QTest::newRow("-1e300") << QByteArray("-1e300") << qint64(-1) << notPositive;
    QTest::newRow("string -inf") << QByteArray("\"-inf\"") << qint64(-1) << notPositive;
    QTest::newRow("string nan") << QByteArray("\"nan\"") << qint64(-1) << notNumber;
    QTest::newRow("string words") << QByteArray("\"soon\"") << qint64(-1) << notNumber;
    QTest::newRow("bool") << QByteArray("true") << qint64(-1) << notNumber;
    QTest::newRow("null") << QByteArray("null") << qint64(-1) << notNumber;
}

void TestClientBasics::tokenResponseLifetime()
{
    QFETCH(QByteArray, expiresIn);
    QFETCH(qint64, seconds);
    QFETCH(QString, why);
    QByteArray body = R"({"access_token":"abc.DEF-123","token_type":"bearer")";
    if (!expiresIn.isEmpty())
        body += R"(,"expires_in":)" + expiresIn;
    body += '}';
    QString reason;
    const auto response = TokenResponse::parse(body, &reason);
    if (seconds < 0) {
        QVERIFY(!response);
        QCOMPARE(reason, why);
        return;
    }
    QVERIFY2(response, qPrintable(reason));
    QCOMPARE(response->accessToken, QStringLiteral("abc.DEF-123"));
    QCOMPARE(response->lifetime.count(), seconds);
    QCOMPARE(response->claimedLifetime > 0, seconds == 86'400 && expiresIn != "86400");
}

namespace {

/// @p text in HTTP's "deflate" coding (the zlib format): qCompress() without its size prefix.
QByteArray deflated(const QByteArray &text)
{
    return qCompress(text, 9).mid(4);
}

} // namespace

void TestClientBasics::contentDecoderInflatesUnderTheCap()
{
    const QByteArray page = R"({"orchestration":[)" + QByteArray(100'000, ' ') + "]}";
    const QByteArray encoded = deflated(page);
    QVERIFY(encoded.size() < 1'000);

    // Byte by byte or at once, the same text.
    for (const qsizetype step : {qsizetype(1), qsizetype(7), encoded.size()}) {
        ContentDecoder decoder("Deflate ", 1'000'000);
        QVERIFY(decoder.isEncoded());
        QByteArray out;
        for (qsizetype i = 0; i < encoded.size(); i += step)
            QVERIFY(decoder.feed(
                QByteArrayView(encoded).sliced(i, qMin(step, encoded.size() - i)), out));
        QVERIFY(decoder.finish());
        QCOMPARE(out, page);
    }

    // The cap counts decoded bytes: a small body that inflates past it is too large.
    ContentDecoder capped("deflate", 50'000);
    QByteArray out;
    QVERIFY(!capped.feed(encoded, out));
    QCOMPARE(capped.status(), ContentDecoder::Status::TooLarge);
    QVERIFY(out.size() < 50'000 + 64 * 1024); // stopped soon after the cap

    // Identity is passed through, under the same cap.
    ContentDecoder plain("identity", 10);
    QByteArray text;
    QVERIFY(!plain.isEncoded());
    QVERIFY(plain.feed("0123456789", text));
    QVERIFY(!plain.feed("x", text));
    QCOMPARE(plain.status(), ContentDecoder::Status::TooLarge);

    // A 204 may name an encoding and carry nothing.
    ContentDecoder empty("gzip", 10);
    QVERIFY(empty.finish());
}

void TestClientBasics::contentDecoderRefusesBrokenStreams()
{
    const QByteArray encoded = deflated(QByteArray(10'000, 'x'));
    QByteArray out;

    ContentDecoder cut("deflate", 1'000'000);
    QVERIFY(cut.feed(encoded.first(encoded.size() / 2), out));
    QVERIFY(!cut.finish());
    QCOMPARE(cut.status(), ContentDecoder::Status::Corrupt);

    ContentDecoder garbage("gzip", 1'000'000);
    QVERIFY(!garbage.feed("this is not gzip at all", out));
    QCOMPARE(garbage.status(), ContentDecoder::Status::Corrupt);

    ContentDecoder trailing("deflate", 1'000'000);
    QVERIFY(!trailing.feed(QByteArray(encoded + "more"), out));
    QCOMPARE(trailing.status(), ContentDecoder::Status::Corrupt);

    ContentDecoder brotli("br", 1'000'000);
    QVERIFY(!brotli.feed(encoded, out));
    QCOMPARE(brotli.status(), ContentDecoder::Status::Unsupported);
}

void TestClientBasics::decideStopsAtMaxAttempts()
{
    RetryPolicy policy;
    policy.maxAttempts = 3;
    ApiError error;
    error.kind = Kind::Timeout;
    QVERIFY(policy.decide(error, 1, {}, 120'000ms, nullptr).retry);
    QVERIFY(policy.decide(error, 2, {}, 120'000ms, nullptr).retry);
    QVERIFY(!policy.decide(error, 3, {}, 120'000ms, nullptr).retry);
}

void TestClientBasics::decideSpendsTheSharedBudget()
{
    RetryPolicy policy;
    ApiError error;
    error.kind = Kind::Http;
    error.httpStatus = 503;
    RetryBudget budget(2);
    QVERIFY(policy.decide(error, 1, {}, 120'000ms, &budget).retry);
    QVERIFY(policy.decide(error, 1, {}, 120'000ms, &budget).retry);
    QVERIFY(!policy.decide(error, 1, {}, 120'000ms, &budget).retry);
    QCOMPARE(budget.remaining(), 0);

    // A final error costs nothing.
    RetryBudget untouched(1);
    error.httpStatus = 404;
    QVERIFY(!policy.decide(error, 1, {}, 120'000ms, &untouched).retry);
    QCOMPARE(untouched.remaining(), 1);
}

void TestClientBasics::decideRespectsTheDeadline()
{
    RetryPolicy policy;
    ApiError busy;
    busy.kind = Kind::Http;
    busy.httpStatus = 429;
    // Waiting 5 s with 1 s left would only end in a timeout.
    QVERIFY(!policy.decide(busy, 1, "5", 1'000ms, nullptr).retry);
    QVERIFY(policy.decide(busy, 1, "5", 10'000ms, nullptr).retry);
}

void TestClientBasics::decideNeverRetriesFinalErrors()
{
    RetryPolicy policy;
    for (Kind kind :
        {Kind::Authentication, Kind::Authorization, Kind::Redirect, Kind::InvalidResponse,
            Kind::TooLarge, Kind::Cancelled, Kind::InsecureTransport, Kind::Tls}) {
        ApiError error;
        error.kind = kind;
        QVERIFY(!policy.decide(error, 1, "1", 120'000ms, nullptr).retry);
    }
}

QTEST_GUILESS_MAIN(TestClientBasics)
#include "tst_clientbasics.moc"
