#include "sim/hubsimulator.h"

#include "sim/jsonwriter.h"

#include <QHttpServerRequest>
#include <QLocale>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <zlib.h>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#elif defined(Q_OS_WIN)
#include <winsock2.h>
#endif

// Quiet by default: tests and the demo start many simulators. hubsim --verbose turns it up.
Q_LOGGING_CATEGORY(lcHubSim, "hubsim", QtWarningMsg)

namespace hubsim {

namespace detail {

/// What to answer one request, and how to put it on the wire.
struct PlannedResponse
{
    enum class Delivery {
        Whole, ///< head and body at once
        Trickle, ///< body in chunks at intervals
        Reset, ///< part of the body, then a TCP reset
        Truncate, ///< part of the body, then a clean close
        Oversized, ///< a body of oversizedBytes, streamed as the client reads
        Drop, ///< no answer: close the connection
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; ///< besides Date, Server, Content-Length
    QByteArray body;
    bool hasBody = true; ///< false for 204: no body and no Content-Length
    int delayMs = 0;
    Delivery delivery = Delivery::Whole;
    int chunkBytes = 64;
    int chunkIntervalMs = 0;
    qint64 cutAt = 0; ///< Reset / Truncate: bytes of the body sent
    qint64 oversizedBytes = 0; ///< Oversized: the whole body's size
    bool closeAfter = false; ///< the client asked for Connection: close
    bool headOnly = false; ///< a HEAD request: the same head, never a body
    QString fault; ///< the fault applied, for the log

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(qMakePair(name, value));
    }
};

} // namespace detail

using detail::PlannedResponse;

namespace {

const QByteArray kJson = QByteArrayLiteral("application/json");
constexpr qsizetype kMaxTokens = 10000;
constexpr qint64 kDefaultOversizedBytes = 64LL * 1024 * 1024;
constexpr qint64 kStreamBufferBytes = 256 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c()
        .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

bool headerValueIs(const LoggedRequest &request, QByteArrayView name, QByteArrayView wanted)
{
    return request.header(name).trimmed().compare(wanted, Qt::CaseInsensitive) == 0;
}

struct Detail
{
    QString key;
    QString value;
};

/// The eGain error body: code, developerMessage, details, and userMessage only when asked.
PlannedResponse egainError(const LoggedRequest &request, int status,
    const QString &developerMessage, const QString &userMessage, const QList<Detail> &details = {})
{
    JsonTextWriter w;
    w.beginObject();
    w.key("code");
    w.string(QStringLiteral("%1-101").arg(status));
    w.key("developerMessage");
    w.string(developerMessage);
    w.key("details");
    w.beginArray();
    for (const Detail &detail : details) {
        w.beginObject();
        w.key("key");
        w.string(detail.key);
        w.key("value");
        w.string(detail.value);
        w.endObject();
    }
    w.endArray();
    if (headerValueIs(request, "X-egain-error-message", "yes")) {
        w.key("userMessage");
        w.string(userMessage);
    }
    w.endObject();

    PlannedResponse response;
    response.status = status;
    response.addHeader("Content-Type", kJson);
    response.body = w.take();
    return response;
}

/// An RFC 6749 5.2 error from the token endpoint.
PlannedResponse oauthError(int status, const char *error, const QString &description)
{
    JsonTextWriter w;
    w.beginObject();
    w.key("error");
    w.string(QString::fromLatin1(error));
    w.key("error_description");
    w.string(description);
    w.endObject();

    PlannedResponse response;
    response.status = status;
    response.addHeader("Content-Type", kJson);
    response.addHeader("Cache-Control", "no-store");
    response.addHeader("Pragma", "no-cache");
    response.body = w.take();
    return response;
}

/// The body a gateway in front of the service sends for 502/503/504.
PlannedResponse gatewayError(int status)
{
    PlannedResponse response;
    response.status = status;
    response.addHeader("Content-Type", "text/html; charset=utf-8");
    response.body = "<html><head><title>" + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "</title></head><body><h1>" + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "</h1></body></html>\n";
    return response;
}

QString formValue(QByteArray text)
{
    text.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text));
}

/// Parses an x-www-form-urlencoded body; false (with the name) when a parameter repeats.
bool parseForm(const QByteArray &body, QHash<QString, QString> *form, QString *duplicate)
{
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QString name = formValue(equals < 0 ? pair : pair.left(equals));
        const QString value = equals < 0 ? QString() : formValue(pair.mid(equals + 1));
        if (form->contains(name)) {
            *duplicate = name;
            return false;
        }
        form->insert(name, value);
    }
    return true;
}

QByteArray paginationJson(const QByteArray &count, int page, int pageSize)
{
    const QByteArray counted = count.isNull() ? QByteArray("{") : "{\"count\":" + count + ',';
    return counted + "\"pagenum\":" + QByteArray::number(page)
        + ",\"pagesize\":" + QByteArray::number(pageSize) + '}';
}

// The Endless fault's claim: far more than any scan may load.
constexpr qint64 kEndlessCount = 1'000'000'000'000;

// A small valid record with an id no other page has: page and position spelled in hex.
QByteArray endlessRecord(int page, int index)
{
    const QByteArray id = QByteArray::number(page, 16).rightJustified(8, '0') + "-0000-4000-8000-"
        + QByteArray::number(index, 16).rightJustified(12, '0');
    return R"({"id":")" + id + R"(","name":"endless )" + QByteArray::number(page) + '.'
        + QByteArray::number(index)
        + R"(","active":true,"created":"2021-03-21T14:29:01.516Z","modified":"2021-03-21T14:29:01.516Z","applications":{"agentConfiguration":{"agents":[{"id":"b09dddd6-394b-4039-86bc-a5dd89ee5e8d"}]}}})";
}

// Three records that break the contract's types, for the RecordFieldTypes shape.
constexpr char kWrongTypeRecords[] =
    R"({"id":42,"name":["not","a","string"],"active":"yes","created":1616336941516,"modified":null,"applications":{"botConfiguration":{"forwardTranscript":"true","bypassVaDuration":"ten","bots":{"id":"a09dddd6-394b-4039-86bc-a5dd89ee5e8d"}}}},)"
    R"({"id":"5d1f3a60-0000-4000-8000-000000000001","name":"Applications is an array","active":true,"created":"not a date","modified":"2021-03-28T14:29:01.516Z","applications":[]},)"
    R"({"id":"5d1f3a60-0000-4000-8000-000000000002","name":"Agent id is a number","description":17,"active":1,"created":"2021-03-21T14:29:01.516Z","modified":"2021-03-28T14:29:01.516Z","applications":{"agentConfiguration":{"agents":[{"id":7}]},"customerConfiguration":"b09dddd6-394b-4039-86bc-a5dd89ee5e8d"}})";

/// @p prefix, @p spaces spaces and @p suffix as one gzip member (RFC 1952), compressed as it
/// goes: a gzip bomb of gigabytes costs the simulator only its small output.
QByteArray gzipped(const QByteArray &prefix, qint64 spaces = 0, const QByteArray &suffix = {})
{
    z_stream stream {};
    // windowBits 15 + 16: a gzip header and trailer rather than zlib's.
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY)
        != Z_OK)
        return {};
    QByteArray out;
    char buffer[64 * 1024];
    const auto feed = [&](const char *data, qsizetype size, int flush) {
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
        stream.avail_in = uInt(size);
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer);
            stream.avail_out = sizeof buffer;
            deflate(&stream, flush);
            out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        } while (stream.avail_out == 0);
    };
    feed(prefix.constData(), prefix.size(), Z_NO_FLUSH);
    const QByteArray blanks(1024 * 1024, ' ');
    for (qint64 left = spaces; left > 0; left -= blanks.size())
        feed(blanks.constData(), qsizetype(qMin<qint64>(left, blanks.size())), Z_NO_FLUSH);
    feed(suffix.constData(), suffix.size(), Z_FINISH);
    deflateEnd(&stream);
    return out;
}

/// Resets the connection instead of closing it politely, so the peer sees ECONNRESET.
void resetConnection(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor >= 0) {
        struct linger hard = {1, 0};
        ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
#elif defined(Q_OS_WIN)
    // Winsock's SO_LINGER: the same hard close, the peer sees WSAECONNRESET.
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor >= 0) {
        const LINGER hard = {1, 0};
        ::setsockopt(SOCKET(descriptor), SOL_SOCKET, SO_LINGER,
            reinterpret_cast<const char *>(&hard), int(sizeof hard));
    }
#endif
    socket->abort();
}

/**
 * Streams a long body into a socket: either in small chunks at intervals (TrickleBody) or as
 * fast as the client reads it, without holding the whole body in memory (OversizedBody).
 * It is a child of the socket, so it goes away with the connection.
 */
class BodyStreamer : public QObject
{
public:
    BodyStreamer(QTcpSocket *socket, QByteArray prefix, qint64 total, QByteArray suffix,
        int chunkBytes, int intervalMs, bool closeAfter)
        : QObject(socket)
        , m_socket(socket)
        , m_prefix(std::move(prefix))
        , m_suffix(std::move(suffix))
        , m_total(total)
        , m_chunkBytes(qMax(1, chunkBytes))
        , m_closeAfter(closeAfter)
    {
        if (intervalMs > 0) {
            m_timer.setInterval(intervalMs);
            connect(&m_timer, &QTimer::timeout, this, &BodyStreamer::writeChunk);
            m_timer.start();
        } else {
            connect(socket, &QTcpSocket::bytesWritten, this, &BodyStreamer::fillBuffer);
            fillBuffer();
        }
    }

private:
    // The byte at @p offset of the virtual body: prefix, spaces, suffix.
    QByteArray bodyBytes(qint64 offset, qint64 length) const
    {
        QByteArray out;
        out.reserve(length);
        const qint64 suffixStart = m_total - m_suffix.size();
        for (qint64 i = offset; i < offset + length;) {
            if (i < m_prefix.size()) {
                const qint64 n = qMin<qint64>(m_prefix.size() - i, offset + length - i);
                out.append(m_prefix.constData() + i, n);
                i += n;
            } else if (i < suffixStart) {
                const qint64 n = qMin(suffixStart - i, offset + length - i);
                out.append(n, ' ');
                i += n;
            } else {
                const qint64 n = offset + length - i;
                out.append(m_suffix.constData() + (i - suffixStart), n);
                i += n;
            }
        }
        return out;
    }

    void writeChunk()
    {
        const qint64 n = qMin<qint64>(m_chunkBytes, m_total - m_sent);
        m_socket->write(bodyBytes(m_sent, n));
        m_sent += n;
        if (m_sent >= m_total)
            finish();
    }

    void fillBuffer()
    {
        while (m_sent < m_total && m_socket->bytesToWrite() < kStreamBufferBytes) {
            const qint64 n = qMin<qint64>(64 * 1024, m_total - m_sent);
            m_socket->write(bodyBytes(m_sent, n));
            m_sent += n;
        }
        if (m_sent >= m_total)
            finish();
    }

    void finish()
    {
        m_timer.stop();
        disconnect(m_socket, nullptr, this, nullptr);
        if (m_closeAfter)
            m_socket->disconnectFromHost();
        deleteLater();
    }

    QTcpSocket *m_socket;
    QByteArray m_prefix;
    QByteArray m_suffix;
    qint64 m_total;
    qint64 m_sent = 0;
    int m_chunkBytes;
    bool m_closeAfter;
    QTimer m_timer;
};

} // namespace

HubSimulator::HubSimulator(const SimulatorConfig &config, QObject *parent)
    : HubSimulator(config, Dataset::generate(config.seed, config.count), parent)
{ }

HubSimulator::HubSimulator(const SimulatorConfig &config, const Dataset &dataset, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(config)
    , m_dataset(dataset)
    , m_jitterRandom(quint32(config.seed))
{ }

HubSimulator::~HubSimulator()
{
    // Close the listeners and their connections while the members their pending writes
    // use still exist.
    delete m_mainServer;
    delete m_redirectServer;
}

bool HubSimulator::listen(QString *error)
{
    if (isListening())
        return true;
    const quint16 wantedPort = config().port;

    auto *mainServer = new QTcpServer(this);
    if (!mainServer->listen(QHostAddress(QHostAddress::LocalHost), wantedPort)) {
        if (error) {
            *error = tr("The simulator cannot listen on 127.0.0.1:%1: %2")
                         .arg(wantedPort)
                         .arg(mainServer->errorString());
        }
        delete mainServer;
        return false;
    }
    bind(mainServer);
    m_mainServer = mainServer;

    // The "other host" for redirects: another loopback address where the system routes one
    // (Linux routes all of 127/8), otherwise another port, which is another origin too.
    auto *redirectServer = new QTcpServer(this);
    QString redirectHost = QStringLiteral("127.0.0.2");
    if (!redirectServer->listen(QHostAddress(redirectHost), 0)) {
        redirectHost = QStringLiteral("127.0.0.1");
        if (!redirectServer->listen(QHostAddress(QHostAddress::LocalHost), 0)) {
            qCWarning(lcHubSim) << "no redirect target listener:" << redirectServer->errorString();
            delete redirectServer;
            redirectServer = nullptr;
        }
    }
    QUrl redirectTarget;
    if (redirectServer) {
        bind(redirectServer);
        m_redirectServer = redirectServer;
        redirectTarget.setScheme(QStringLiteral("http"));
        redirectTarget.setHost(redirectHost);
        redirectTarget.setPort(redirectServer->serverPort());
        redirectTarget.setPath(QStringLiteral("/"));
    }

    QMutexLocker lock(&m_mutex);
    m_port = mainServer->serverPort();
    m_redirectTarget = redirectTarget;
    qCInfo(lcHubSim) << "listening on 127.0.0.1:" << m_port << "redirect target" << redirectTarget;
    return true;
}

bool HubSimulator::isListening() const
{
    return m_mainServer && m_mainServer->isListening();
}

quint16 HubSimulator::port() const
{
    QMutexLocker lock(&m_mutex);
    return m_port;
}

QUrl HubSimulator::baseUrl() const
{
    QMutexLocker lock(&m_mutex);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(m_config.apiBasePath);
    return url;
}

QUrl HubSimulator::orchestrationsUrl() const
{
    QUrl url = baseUrl();
    url.setPath(url.path() + QStringLiteral("/orchestrations"));
    return url;
}

QUrl HubSimulator::tokenUrl() const
{
    QUrl url = baseUrl();
    QMutexLocker lock(&m_mutex);
    url.setPath(m_config.tokenPath);
    return url;
}

QUrl HubSimulator::redirectTargetUrl() const
{
    QMutexLocker lock(&m_mutex);
    return m_redirectTarget;
}

SimulatorConfig HubSimulator::config() const
{
    QMutexLocker lock(&m_mutex);
    return m_config;
}

void HubSimulator::setConfig(const SimulatorConfig &config)
{
    QMutexLocker lock(&m_mutex);
    m_config = config;
}

Dataset HubSimulator::dataset() const
{
    QMutexLocker lock(&m_mutex);
    return m_dataset;
}

void HubSimulator::setDataset(const Dataset &dataset)
{
    QMutexLocker lock(&m_mutex);
    m_dataset = dataset;
    m_countDrift = 0;
}

void HubSimulator::setFaults(const QList<FaultRule> &rules)
{
    m_faults.set(rules);
    QMutexLocker lock(&m_mutex);
    m_countDrift = 0;
}

void HubSimulator::addFault(const FaultRule &rule)
{
    m_faults.add(rule);
}

void HubSimulator::clearFaults()
{
    m_faults.clear();
    QMutexLocker lock(&m_mutex);
    m_countDrift = 0;
}

QList<FaultRule> HubSimulator::faults() const
{
    return m_faults.rules();
}

void HubSimulator::expireAllTokens()
{
    QMutexLocker lock(&m_mutex);
    for (TokenGrant &grant : m_tokens)
        grant.expiry = QDeadlineTimer(0);
}

bool HubSimulator::revokeToken(const QString &accessToken)
{
    QMutexLocker lock(&m_mutex);
    return m_tokens.remove(accessToken) > 0;
}

int HubSimulator::validTokenCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(std::count_if(m_tokens.cbegin(), m_tokens.cend(),
        [](const TokenGrant &grant) { return !grant.expiry.hasExpired(); }));
}

QString HubSimulator::issueToken(
    const QString &clientId, const QStringList &scopes, int lifetimeSeconds)
{
    // An opaque bearer token: 32 bytes from the system's CSPRNG, base64url.
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QString token = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof words)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));

    QMutexLocker lock(&m_mutex);
    if (m_tokens.size() >= kMaxTokens) {
        m_tokens.removeIf([](QHash<QString, TokenGrant>::iterator entry) {
            return entry.value().expiry.hasExpired();
        });
    }
    m_tokens.insert(token, {clientId, scopes, QDeadlineTimer(qint64(lifetimeSeconds) * 1000)});
    return token;
}

int HubSimulator::jitteredDelay(int delayMs, int jitterMs)
{
    if (jitterMs <= 0)
        return qMax(0, delayMs);
    QMutexLocker lock(&m_mutex);
    return qMax(0, delayMs + m_jitterRandom.bounded(-jitterMs, jitterMs + 1));
}

bool HubSimulator::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    LoggedRequest entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.method = methodName(request.method());
    entry.localAddress = socket->localAddress();
    entry.localPort = socket->localPort();
    entry.toRedirectTarget = m_redirectServer
        && socket->localPort() == m_redirectServer->serverPort()
        && socket->localAddress() == m_redirectServer->serverAddress();
    entry.url = request.url();
    entry.path = entry.url.path(QUrl::FullyDecoded);
    entry.query = QUrlQuery(entry.url).queryItems(QUrl::FullyDecoded);
    entry.headers = request.headers();
    entry.body = request.body();

    PlannedResponse response;
    if (entry.toRedirectTarget) {
        response = redirectTargetResponse();
    } else {
        const SimulatorConfig cfg = config();
        if (entry.path == cfg.tokenPath) {
            response = tokenResponse(entry, cfg);
        } else if (entry.path == cfg.apiBasePath + QStringLiteral("/orchestrations")) {
            response = orchestrationsResponse(entry, cfg);
        } else {
            response = egainError(entry, 404, QStringLiteral("No resource at %1.").arg(entry.path),
                tr("The requested resource does not exist."),
                {{QStringLiteral("path"), entry.path}});
        }
        response.delayMs += jitteredDelay(cfg.latencyMs, cfg.jitterMs);
    }
    response.closeAfter = headerValueIs(entry, "Connection", "close");
    response.headOnly = entry.method == "HEAD";

    entry.status = response.delivery == PlannedResponse::Delivery::Drop ? 0 : response.status;
    entry.fault = response.fault;
    // The method and path only: queries and bodies may carry credentials.
    qCDebug(lcHubSim).noquote() << entry.method << entry.path << "->" << entry.status
                                << entry.fault;
    m_requestLog.append(entry);

    deliver(socket, std::move(response));
    return true;
}

void HubSimulator::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers every request; this is here because the base class demands it.
    Q_UNUSED(request);
    PlannedResponse response = gatewayError(500);
    deliver(socket, std::move(response));
}

PlannedResponse HubSimulator::redirectTargetResponse() const
{
    // Looks like a successful empty page: a client that followed the redirect would believe
    // it, which is exactly what a test of the client must catch in the request log.
    PlannedResponse response;
    response.addHeader("Content-Type", kJson);
    response.body = "{\"paginationInfo\":" + paginationJson("0", 1, 25) + ",\"orchestration\":[]}";
    return response;
}

PlannedResponse HubSimulator::tokenResponse(
    const LoggedRequest &request, const SimulatorConfig &config)
{
    if (request.method != "POST") {
        PlannedResponse response = oauthError(
            405, "invalid_request", QStringLiteral("The token endpoint takes POST only."));
        response.addHeader("Allow", "POST");
        return response;
    }

    int extraDelay = 0;
    QString appliedFault;
    std::optional<QByteArray> claimedExpiresIn;
    if (const std::optional<FaultRule> fault = m_faults.takeTokenFault()) {
        appliedFault = fault->describe();
        if (fault->kind == FaultRule::Kind::TokenStatus) {
            PlannedResponse response;
            if (fault->status == 400 || fault->status == 401) {
                response = oauthError(fault->status,
                    fault->status == 401 ? "invalid_client" : "invalid_request",
                    QStringLiteral("Injected failure."));
            } else if (fault->status >= 500 && fault->status != 500) {
                response = gatewayError(fault->status);
            } else {
                response =
                    oauthError(fault->status, "server_error", QStringLiteral("Injected failure."));
            }
            response.fault = appliedFault;
            response.delayMs = jitteredDelay(fault->delayMs, fault->jitterMs);
            return response;
        }
        if (fault->kind == FaultRule::Kind::TokenExpiresIn)
            claimedExpiresIn = fault->expiresInJson;
        else
            extraDelay = jitteredDelay(fault->delayMs, fault->jitterMs);
    }

    PlannedResponse response = [&]() -> PlannedResponse {
        const QByteArray contentType = request.header("Content-Type").trimmed().toLower();
        if (!contentType.startsWith("application/x-www-form-urlencoded")) {
            return oauthError(400, "invalid_request",
                QStringLiteral("The body must be application/x-www-form-urlencoded."));
        }
        for (const auto &item : request.query) {
            if (item.first == QLatin1String("client_secret")) {
                return oauthError(400, "invalid_request",
                    QStringLiteral("Client credentials must not be sent in the URL."));
            }
        }

        QHash<QString, QString> form;
        QString duplicate;
        if (!parseForm(request.body, &form, &duplicate)) {
            return oauthError(400, "invalid_request",
                QStringLiteral("The parameter %1 is given more than once.").arg(duplicate));
        }
        if (!form.contains(QStringLiteral("grant_type")))
            return oauthError(400, "invalid_request", QStringLiteral("grant_type is missing."));
        if (form.value(QStringLiteral("grant_type")) != QLatin1String("client_credentials")) {
            return oauthError(400, "unsupported_grant_type",
                QStringLiteral("Only client_credentials is supported."));
        }

        // Client authentication: HTTP Basic (RFC 6749 2.3.1) or the body, never both.
        QString clientId = form.value(QStringLiteral("client_id"));
        QString clientSecret = form.value(QStringLiteral("client_secret"));
        const QByteArray authorization = request.header("Authorization").trimmed();
        const bool usesBasic = authorization.left(6).compare("basic ", Qt::CaseInsensitive) == 0;
        if (usesBasic) {
            if (form.contains(QStringLiteral("client_secret"))) {
                return oauthError(400, "invalid_request",
                    QStringLiteral("Use one client authentication method, not two."));
            }
            const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
            const qsizetype colon = decoded.indexOf(':');
            const QString basicId = colon < 0 ? QString() : formValue(decoded.left(colon));
            if (!clientId.isEmpty() && clientId != basicId) {
                return oauthError(400, "invalid_request",
                    QStringLiteral("client_id differs from the Basic credentials."));
            }
            clientId = basicId;
            clientSecret = colon < 0 ? QString() : formValue(decoded.mid(colon + 1));
        }

        const auto clientError = [usesBasic](const QString &why) {
            PlannedResponse error = oauthError(401, "invalid_client", why);
            if (usesBasic)
                error.addHeader("WWW-Authenticate", "Basic realm=\"hubsim\"");
            return error;
        };
        if (clientId.isEmpty() || clientSecret.isEmpty())
            return clientError(QStringLiteral("Client authentication is required."));
        const auto client = std::find_if(config.clients.cbegin(), config.clients.cend(),
            [&clientId](const ClientAccount &account) { return account.clientId == clientId; });
        if (client == config.clients.cend() || client->clientSecret != clientSecret)
            return clientError(QStringLiteral("Client authentication failed."));

        QStringList scopes =
            form.value(QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (scopes.isEmpty())
            scopes = client->scopes;
        for (const QString &scope : std::as_const(scopes)) {
            if (!client->scopes.contains(scope)) {
                return oauthError(400, "invalid_scope",
                    QStringLiteral("The scope %1 is not granted to this client.").arg(scope));
            }
        }
        scopes.removeDuplicates();

        const QString token = issueToken(client->clientId, scopes, config.tokenLifetimeSeconds);
        JsonTextWriter w;
        w.beginObject();
        w.key("access_token");
        w.string(token);
        w.key("token_type");
        w.string(QStringLiteral("Bearer"));
        w.key("expires_in");
        if (claimedExpiresIn)
            w.raw(*claimedExpiresIn);
        else
            w.number(qint64(config.tokenLifetimeSeconds));
        w.key("scope");
        w.string(scopes.join(QLatin1Char(' ')));
        w.endObject();
        PlannedResponse success;
        success.addHeader("Content-Type", kJson);
        success.addHeader("Cache-Control", "no-store");
        success.addHeader("Pragma", "no-cache");
        success.body = w.take();
        return success;
    }();
    response.delayMs += extraDelay;
    response.fault = appliedFault;
    return response;
}

PlannedResponse HubSimulator::orchestrationsResponse(
    const LoggedRequest &request, const SimulatorConfig &config)
{
    if (request.method != "GET") {
        PlannedResponse response = egainError(request, 405,
            QStringLiteral("%1 is not supported here; use GET.")
                .arg(QString::fromLatin1(request.method)),
            tr("This operation is not supported."));
        response.addHeader("Allow", "GET");
        return response;
    }

    // Bearer authentication (RFC 6750).
    const QByteArray authorization = request.header("Authorization").trimmed();
    const auto unauthorized = [&request](const QString &why, const QByteArray &challenge) {
        PlannedResponse response =
            egainError(request, 401, why, tr("Your session is not valid. Please sign in again."),
                {{QStringLiteral("Authorization"), why}});
        response.addHeader("WWW-Authenticate", challenge);
        return response;
    };
    if (authorization.isEmpty())
        return unauthorized(
            QStringLiteral("The request carries no bearer token."), "Bearer realm=\"hubsim\"");
    if (authorization.left(7).compare("bearer ", Qt::CaseInsensitive) != 0) {
        return unauthorized(QStringLiteral("The Authorization header is not a bearer token."),
            "Bearer realm=\"hubsim\"");
    }
    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    TokenGrant grant;
    bool known = false;
    {
        QMutexLocker lock(&m_mutex);
        const auto found = m_tokens.constFind(token);
        if (found != m_tokens.cend()) {
            grant = *found;
            known = true;
        }
    }
    if (!known) {
        return unauthorized(QStringLiteral("The access token is not known."),
            "Bearer realm=\"hubsim\", error=\"invalid_token\"");
    }
    if (grant.expiry.hasExpired()) {
        return unauthorized(QStringLiteral("The access token has expired."),
            "Bearer realm=\"hubsim\", error=\"invalid_token\", "
            "error_description=\"The access token expired\"");
    }
    if (!grant.scopes.contains(QString(kReadScope))
        && !grant.scopes.contains(QString(kManageScope))) {
        PlannedResponse response = egainError(request, 403,
            QStringLiteral("The token lacks the scope %1 or %2.")
                .arg(QString(kReadScope), QString(kManageScope)),
            tr("You are not allowed to view orchestrations."),
            {{QStringLiteral("scope"), grant.scopes.join(QLatin1Char(' '))}});
        response.addHeader("WWW-Authenticate",
            "Bearer realm=\"hubsim\", error=\"insufficient_scope\", "
            "scope=\"app.conversation.conversationmgr.read\"");
        return response;
    }

    // Paging parameters: whole numbers from 1.
    static const QRegularExpression wholeNumber(QStringLiteral("^[0-9]{1,9}$"));
    QList<Detail> invalid;
    const auto parameter = [&](const QString &name, int fallback) {
        for (const auto &[key, value] : request.query) {
            if (key != name)
                continue;
            const int number = wholeNumber.match(value).hasMatch() ? value.toInt() : 0;
            if (number < 1)
                invalid.append({name, value});
            return number;
        }
        return fallback;
    };
    int page = parameter(config.pageNumberParameter, 1);
    int pageSize =
        qMin(parameter(config.pageSizeParameter, config.defaultPageSize), config.maxPageSize);
    if (!invalid.isEmpty()) {
        return egainError(request, 400,
            QStringLiteral("Paging parameters must be whole numbers from 1."),
            tr("The request is not valid."), invalid);
    }

    return pageResponse(config, page, pageSize, m_faults.takeApiFault(page), request);
}

PlannedResponse HubSimulator::pageResponse(const SimulatorConfig &config, int page, int pageSize,
    const std::optional<FaultRule> &fault, const LoggedRequest &request)
{
    using Kind = FaultRule::Kind;
    PlannedResponse response;
    if (fault)
        response.fault = fault->describe();

    if (fault) {
        switch (fault->kind) {
        case Kind::Status: {
            const int status = fault->status;
            PlannedResponse failure = (status >= 502 && status <= 504)
                ? gatewayError(status)
                : egainError(request, status, QStringLiteral("Injected failure."),
                    tr("Something went wrong. Please try again later."));
            failure.fault = response.fault;
            return failure;
        }
        case Kind::TooManyRequests: {
            PlannedResponse failure =
                egainError(request, 429, QStringLiteral("Rate limit exceeded."),
                    tr("Too many requests. Please wait and try again."));
            failure.headers.append({"Retry-After",
                fault->retryAfterAsHttpDate
                    ? httpDate(QDateTime::currentDateTimeUtc().addSecs(fault->retryAfterSeconds))
                    : QByteArray::number(fault->retryAfterSeconds)});
            failure.fault = response.fault;
            return failure;
        }
        case Kind::RedirectToOtherHost: {
            PlannedResponse redirect;
            redirect.status = fault->status >= 300 && fault->status < 400 ? fault->status : 302;
            QUrl target = redirectTargetUrl();
            target.setPath(request.url.path());
            if (request.url.hasQuery())
                target.setQuery(request.url.query(QUrl::FullyEncoded), QUrl::StrictMode);
            redirect.addHeader("Location", target.toEncoded());
            redirect.fault = response.fault;
            return redirect;
        }
        case Kind::DropConnection:
            response.delivery = PlannedResponse::Delivery::Drop;
            return response;
        case Kind::IgnorePaging:
            page = 1;
            pageSize = config.defaultPageSize;
            break;
        case Kind::CountDrift: {
            QMutexLocker lock(&m_mutex);
            m_countDrift += fault->countDelta;
            break;
        }
        case Kind::Latency:
            response.delayMs = jitteredDelay(fault->delayMs, fault->jitterMs);
            break;
        default:
            break;
        }
    }

    Dataset data;
    qint64 count = 0;
    {
        QMutexLocker lock(&m_mutex);
        data = m_dataset;
        count = qMax<qint64>(0, data.size() + m_countDrift);
    }
    const qint64 first = qint64(page - 1) * pageSize;
    const int available =
        first >= data.size() ? 0 : int(qMin<qint64>(pageSize, data.size() - first));
    const Kind kind = fault ? fault->kind : Kind::Latency;

    if (kind == Kind::OversizedBody) {
        response.addHeader("Content-Type", kJson);
        response.delivery = PlannedResponse::Delivery::Oversized;
        response.oversizedBytes = fault->bytes > 0 ? fault->bytes : kDefaultOversizedBytes;
        response.body = "{\"paginationInfo\":"
            + paginationJson(QByteArray::number(count), page, pageSize) + ",\"orchestration\":[";
        return response;
    }

    if (kind == Kind::GzipBomb) {
        response.addHeader("Content-Type", kJson);
        response.addHeader("Content-Encoding", "gzip");
        const QByteArray prefix = "{\"paginationInfo\":"
            + paginationJson(QByteArray::number(count), page, pageSize) + ",\"orchestration\":[";
        const QByteArray suffix = "]}";
        const qint64 total = fault->bytes > 0 ? fault->bytes : kDefaultOversizedBytes;
        response.body =
            gzipped(prefix, qMax<qint64>(0, total - prefix.size() - suffix.size()), suffix);
        return response;
    }

    if (available == 0 && config.emptyAs204 && kind != Kind::WrongFieldTypes
        && kind != Kind::Endless) {
        response.status = 204;
        response.hasBody = false;
        return response;
    }

    if (kind == Kind::Endless) {
        QByteArray body = "{\"paginationInfo\":"
            + paginationJson(QByteArray::number(kEndlessCount), page, pageSize)
            + ",\"orchestration\":[";
        for (int i = 0; i < pageSize; ++i)
            body += (i > 0 ? "," : "") + endlessRecord(page, i);
        body += "]}";
        response.addHeader("Content-Type", kJson);
        response.body = std::move(body);
        return response;
    }

    QByteArray countText = QByteArray::number(count);
    if (kind == Kind::WrongFieldTypes && fault->shape == FaultRule::Shape::CountNotNumber)
        countText = "\"many\"";
    if (kind == Kind::WrongFieldTypes && fault->shape == FaultRule::Shape::CountMissing)
        countText = QByteArray(); // null: paginationJson leaves count out
    QByteArray body;
    body.reserve(available * 800 + 128);
    if (kind != Kind::WrongFieldTypes || fault->shape != FaultRule::Shape::PaginationMissing)
        body += "{\"paginationInfo\":" + paginationJson(countText, page, pageSize) + ',';
    else
        body += '{';
    if (kind == Kind::WrongFieldTypes && fault->shape == FaultRule::Shape::OrchestrationNotArray) {
        body += "\"orchestration\":{}}";
    } else {
        body += "\"orchestration\":[";
        if (kind == Kind::WrongFieldTypes && fault->shape == FaultRule::Shape::RecordFieldTypes) {
            body += kWrongTypeRecords;
            if (available > 0)
                body += ',';
        }
        data.appendRecords(body, int(first), available);
        body += "]}";
    }

    response.addHeader("Content-Type", kJson);
    switch (kind) {
    case Kind::MalformedJson:
        body = body.left(body.size() / 2) + "\x01}{ this is not JSON";
        break;
    case Kind::TrickleBody:
        response.delivery = PlannedResponse::Delivery::Trickle;
        response.chunkBytes = fault->chunkBytes;
        response.chunkIntervalMs = qMax(1, fault->delayMs);
        break;
    case Kind::TruncatedGzip:
        response.addHeader("Content-Encoding", "gzip");
        body = gzipped(body);
        response.delivery = PlannedResponse::Delivery::Truncate;
        response.cutAt =
            fault->bytes > 0 ? qMin<qint64>(fault->bytes, body.size() - 1) : body.size() / 2;
        break;
    case Kind::ResetMidBody:
    case Kind::TruncatedBody:
        response.delivery = kind == Kind::ResetMidBody ? PlannedResponse::Delivery::Reset
                                                       : PlannedResponse::Delivery::Truncate;
        response.cutAt =
            fault->bytes > 0 ? qMin<qint64>(fault->bytes, body.size() - 1) : body.size() / 2;
        break;
    default:
        break;
    }
    response.body = std::move(body);
    return response;
}

void HubSimulator::deliver(QTcpSocket *socket, PlannedResponse response)
{
    if (response.delayMs <= 0) {
        send(socket, response);
        return;
    }
    // The socket is the timer's context: if the client hangs up meanwhile, nothing is sent.
    const int delay = response.delayMs;
    QTimer::singleShot(
        delay, socket, [this, socket, response = std::move(response)] { send(socket, response); });
}

void HubSimulator::send(QTcpSocket *socket, const PlannedResponse &response)
{
    using Delivery = PlannedResponse::Delivery;
    if (response.delivery == Delivery::Drop) {
        socket->abort();
        return;
    }

    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    head += "Date: " + httpDate(QDateTime::currentDateTimeUtc()) + "\r\n";
    head += "Server: hubsim\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (response.hasBody) {
        const qint64 length = response.delivery == Delivery::Oversized ? response.oversizedBytes
                                                                       : response.body.size();
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    }
    if (response.closeAfter)
        head += "Connection: close\r\n";
    head += "\r\n";

    if (response.headOnly) {
        // A body after a HEAD response would be read as the start of the next response.
        socket->write(head);
        if (response.closeAfter)
            socket->disconnectFromHost();
        return;
    }

    switch (response.delivery) {
    case Delivery::Whole:
        socket->write(head + response.body);
        if (response.closeAfter)
            socket->disconnectFromHost();
        break;
    case Delivery::Trickle:
        socket->write(head);
        new BodyStreamer(socket, response.body, response.body.size(), {}, response.chunkBytes,
            response.chunkIntervalMs, response.closeAfter);
        break;
    case Delivery::Oversized:
        socket->write(head);
        new BodyStreamer(
            socket, response.body, response.oversizedBytes, "]}", 0, 0, response.closeAfter);
        break;
    case Delivery::Truncate:
        socket->write(head + response.body.left(response.cutAt));
        socket->disconnectFromHost();
        break;
    case Delivery::Reset: {
        socket->write(head + response.body.left(response.cutAt));
        socket->flush();
        // Give the client a moment to read what was sent, so it sees a reply cut short
        // rather than a connection that failed before any answer.
        QTimer::singleShot(50, socket, [socket] { resetConnection(socket); });
        break;
    }
    case Delivery::Drop:
        break;
    }
}

} // namespace hubsim
