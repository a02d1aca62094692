#include "sim/faults.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QStringList>
#include <limits>

namespace hubsim {

namespace {

/// The translation context of this file's messages (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hubsim::FaultRule)
};

struct KindName
{
    FaultRule::Kind kind;
    const char *name;
};

constexpr KindName kKindNames[] = {
    {FaultRule::Kind::Latency, "latency"},
    {FaultRule::Kind::Status, "status"},
    {FaultRule::Kind::TooManyRequests, "429"},
    {FaultRule::Kind::TrickleBody, "trickle"},
    {FaultRule::Kind::ResetMidBody, "reset"},
    {FaultRule::Kind::TruncatedBody, "truncate"},
    {FaultRule::Kind::MalformedJson, "malformed"},
    {FaultRule::Kind::WrongFieldTypes, "wrongtypes"},
    {FaultRule::Kind::OversizedBody, "oversized"},
    {FaultRule::Kind::RedirectToOtherHost, "redirect"},
    {FaultRule::Kind::IgnorePaging, "ignorepaging"},
    {FaultRule::Kind::CountDrift, "countdrift"},
    {FaultRule::Kind::Endless, "endless"},
    {FaultRule::Kind::DropConnection, "drop"},
    {FaultRule::Kind::GzipBomb, "gzipbomb"},
    {FaultRule::Kind::TruncatedGzip, "gzipcut"},
    {FaultRule::Kind::TokenStatus, "token"},
    {FaultRule::Kind::TokenLatency, "tokenlatency"},
    {FaultRule::Kind::TokenExpiresIn, "tokenexpiry"},
};

struct ShapeName
{
    FaultRule::Shape shape;
    const char *name;
};

constexpr ShapeName kShapeNames[] = {
    {FaultRule::Shape::OrchestrationNotArray, "array"},
    {FaultRule::Shape::CountNotNumber, "count"},
    {FaultRule::Shape::RecordFieldTypes, "records"},
    {FaultRule::Shape::PaginationMissing, "pagination"},
    {FaultRule::Shape::CountMissing, "nocount"},
};

QString kindName(FaultRule::Kind kind)
{
    for (const KindName &entry : kKindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("?");
}

} // namespace

QString FaultRule::describe() const
{
    QString text;
    switch (kind) {
    case Kind::Status:
    case Kind::RedirectToOtherHost:
        text = kind == Kind::Status ? QString::number(status) : QStringLiteral("redirect");
        break;
    case Kind::TokenStatus:
        text = QStringLiteral("token") + QString::number(status);
        break;
    default:
        text = kindName(kind);
    }
    text += times < 0 ? QStringLiteral("x*") : QStringLiteral("x") + QString::number(times);
    if (onlyPage > 0)
        text += QLatin1Char('@') + QString::number(onlyPage);

    QStringList params;
    switch (kind) {
    case Kind::Latency:
    case Kind::TokenLatency:
        params << QStringLiteral("ms=%1").arg(delayMs);
        if (jitterMs > 0)
            params << QStringLiteral("jitter=%1").arg(jitterMs);
        break;
    case Kind::TooManyRequests:
        params << QStringLiteral("retry-after=%1").arg(retryAfterSeconds);
        if (retryAfterAsHttpDate)
            params << QStringLiteral("http-date");
        break;
    case Kind::TrickleBody:
        params << QStringLiteral("ms=%1").arg(delayMs)
               << QStringLiteral("chunk=%1").arg(chunkBytes);
        break;
    case Kind::ResetMidBody:
    case Kind::TruncatedBody:
    case Kind::OversizedBody:
    case Kind::GzipBomb:
    case Kind::TruncatedGzip:
        if (bytes > 0)
            params << QStringLiteral("bytes=%1").arg(bytes);
        break;
    case Kind::CountDrift:
        params << QStringLiteral("delta=%1").arg(countDelta);
        break;
    case Kind::TokenExpiresIn:
        params << QStringLiteral("expires=") + QString::fromUtf8(expiresInJson);
        break;
    case Kind::WrongFieldTypes:
        for (const ShapeName &entry : kShapeNames) {
            if (entry.shape == shape)
                params << QStringLiteral("shape=") + QString::fromLatin1(entry.name);
        }
        break;
    case Kind::RedirectToOtherHost:
        params << QStringLiteral("status=%1").arg(status >= 300 && status < 400 ? status : 302);
        break;
    default:
        break;
    }
    if (!params.isEmpty())
        text += QLatin1Char(':') + params.join(QLatin1Char(','));
    return text;
}

std::optional<FaultRule> FaultRule::parse(const QString &spec, QString *error)
{
    const auto fail = [error, &spec](const QString &why) {
        if (error)
            *error = Text::tr("Bad fault \"%1\": %2").arg(spec, why);
        return std::nullopt;
    };

    static const QRegularExpression pattern(
        QStringLiteral(R"(^([a-z]+|[a-z]*\d{3})(?:x(\d+|\*))?(?:@(\d+))?(?::(.*))?$)"));
    const QRegularExpressionMatch match = pattern.match(spec.trimmed().toLower());
    if (!match.hasMatch())
        return fail(Text::tr("expected NAME[xTIMES][@PAGE][:KEY=VALUE,...]"));

    FaultRule rule;
    const QString name = match.captured(1);
    static const QRegularExpression statusName(QStringLiteral(R"(^(token)?(\d{3})$)"));
    const QRegularExpressionMatch statusMatch = statusName.match(name);
    if (statusMatch.hasMatch()) {
        rule.status = statusMatch.captured(2).toInt();
        if (rule.status < 100 || rule.status > 599)
            return fail(Text::tr("%1 is not an HTTP status").arg(rule.status));
        if (!statusMatch.captured(1).isEmpty())
            rule.kind = Kind::TokenStatus;
        else if (rule.status == 429)
            rule.kind = Kind::TooManyRequests;
        else if (rule.status >= 300 && rule.status < 400)
            rule.kind = Kind::RedirectToOtherHost;
        else
            rule.kind = Kind::Status;
    } else {
        bool known = false;
        for (const KindName &entry : kKindNames) {
            if (name == QLatin1String(entry.name) && entry.kind != Kind::Status
                && entry.kind != Kind::TokenStatus && entry.kind != Kind::TooManyRequests) {
                rule.kind = entry.kind;
                known = true;
            }
        }
        if (!known)
            return fail(Text::tr("unknown fault name \"%1\"").arg(name));
    }

    const QString times = match.captured(2);
    if (times == QLatin1String("*"))
        rule.times = -1;
    else if (!times.isEmpty())
        rule.times = times.toInt();
    if (!match.captured(3).isEmpty())
        rule.onlyPage = match.captured(3).toInt();

    const QString params = match.captured(4);
    for (const QString &param : params.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = param.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = param.section(QLatin1Char('='), 1).trimmed();
        bool ok = false;
        const qint64 parsed = value.toLongLong(&ok);
        const bool needsNumber = key != QLatin1String("shape") && key != QLatin1String("http-date")
            && key != QLatin1String("expires");
        if (needsNumber && !ok)
            return fail(Text::tr("%1 needs a whole number").arg(key));
        if (needsNumber && parsed < 0 && key != QLatin1String("delta"))
            return fail(Text::tr("%1 must not be negative").arg(key));
        const qint64 number = key == QLatin1String("bytes")
            ? parsed
            : qBound(qint64(std::numeric_limits<int>::min()), parsed,
                qint64(std::numeric_limits<int>::max()));
        if (key == QLatin1String("ms"))
            rule.delayMs = int(number);
        else if (key == QLatin1String("jitter"))
            rule.jitterMs = int(number);
        else if (key == QLatin1String("chunk"))
            rule.chunkBytes = qMax(1, int(number));
        else if (key == QLatin1String("bytes"))
            rule.bytes = number;
        else if (key == QLatin1String("delta"))
            rule.countDelta = int(number);
        else if (key == QLatin1String("retry-after"))
            rule.retryAfterSeconds = int(number);
        else if (key == QLatin1String("status"))
            rule.status = int(number);
        else if (key == QLatin1String("expires")) {
            if (value.isEmpty())
                return fail(Text::tr("expires needs a JSON value"));
            rule.expiresInJson = value.toUtf8();
        } else if (key == QLatin1String("http-date"))
            rule.retryAfterAsHttpDate =
                value.isEmpty() || value == QLatin1String("1") || value == QLatin1String("yes");
        else if (key == QLatin1String("shape")) {
            bool found = false;
            for (const ShapeName &entry : kShapeNames) {
                if (value == QLatin1String(entry.name)) {
                    rule.shape = entry.shape;
                    found = true;
                }
            }
            if (!found)
                return fail(Text::tr("shape is one of array, count, records, pagination, nocount"));
        } else {
            return fail(Text::tr("unknown key \"%1\"").arg(key));
        }
    }
    return rule;
}

QString FaultRule::helpText()
{
    return Text::tr(
        "Faults: NAME[xTIMES|x*][@PAGE][:KEY=VALUE,...]  (TIMES default 1, * = always;\n"
        "@PAGE = only requests for that page). NAME is one of:\n"
        "  500 502 503 504 (any status)  answer that status\n"
        "  429            Too Many Requests; retry-after=SECONDS, http-date\n"
        "  302 (any 3xx), redirect  redirect to the other-host listener\n"
        "  latency        delay; ms=, jitter=\n"
        "  trickle        slow body; ms= (interval), chunk= (bytes)\n"
        "  reset          TCP reset mid-body; bytes= sent first (default half)\n"
        "  truncate       body shorter than Content-Length, then close; bytes=\n"
        "  malformed      body that is not JSON\n"
        "  wrongtypes     valid JSON of the wrong shape; "
        "shape=array|count|records|pagination|nocount\n"
        "  oversized      huge valid body; bytes=\n"
        "  ignorepaging   always page 1 at the default size\n"
        "  countdrift     paginationInfo.count changes; delta=\n"
        "  endless        pages that never end: always full, new ids, count 10^12\n"
        "  drop           close the connection without answering\n"
        "  gzipbomb       gzip body inflating to bytes= of valid JSON (default 64 MiB)\n"
        "  gzipcut        gzip page cut short of its Content-Length, then close; bytes=\n"
        "  token500 (token + any status)  the token endpoint fails\n"
        "  tokenlatency   the token endpoint answers late; ms=, jitter=\n"
        "  tokenexpiry    the token endpoint claims another expires_in; "
        "expires=JSON (1e300)\n"
        "Examples: --fault 429x3 --fault 503x2 --fault latency@2:ms=800 --fault "
        "trickle:ms=50,chunk=32");
}

void FaultPlan::set(const QList<FaultRule> &rules)
{
    QMutexLocker lock(&m_mutex);
    m_rules = rules;
}

void FaultPlan::add(const FaultRule &rule)
{
    QMutexLocker lock(&m_mutex);
    m_rules.append(rule);
}

void FaultPlan::clear()
{
    QMutexLocker lock(&m_mutex);
    m_rules.clear();
}

QList<FaultRule> FaultPlan::rules() const
{
    QMutexLocker lock(&m_mutex);
    return m_rules;
}

std::optional<FaultRule> FaultPlan::takeApiFault(int page)
{
    return take(false, page);
}

std::optional<FaultRule> FaultPlan::takeTokenFault()
{
    return take(true, 0);
}

std::optional<FaultRule> FaultPlan::take(bool token, int page)
{
    QMutexLocker lock(&m_mutex);
    for (FaultRule &rule : m_rules) {
        if (rule.times == 0 || rule.isTokenFault() != token)
            continue;
        if (!token && rule.onlyPage > 0 && rule.onlyPage != page)
            continue;
        const FaultRule taken = rule; // as configured, for the log
        if (rule.times > 0)
            --rule.times;
        return taken;
    }
    return std::nullopt;
}

} // namespace hubsim
