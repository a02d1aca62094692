#include "sim/dataset.h"

#include "sim/jsonwriter.h"
#include "sim/realistictext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>

namespace hubsim {

namespace {

// The two records of eGain's reference page (get-orchestrations), verbatim and in its key
// order: whatever the seed, a tenant starts with them, so tests can compare against the docs.
constexpr char kReferenceRecord1[] =
    R"({"id":"45a095f4-d0ee-4220-a689-22b541c58f67","name":"default_orchestration","description":"Created for Custom channel.","active":true,"created":"2021-03-21T14:29:01.516Z","modified":"2021-03-28T14:29:01.516Z","applications":{"botConfiguration":{"forwardTranscript":true,"bots":[{"id":"a09dddd6-394b-4039-86bc-a5dd89ee5e8d","participant":{"id":"b09dddd6-394b-4039-86bc-a5dd89ee5e8d"},"onEscalation":{"agent":{"id":"c09dddd6-394b-4039-86bc-a5dd89ee5e8d"}}}]},"customerConfiguration":{"customer":{"id":"b09dddd6-394b-4039-86bc-a5dd89ee5e8d"}}}})";
constexpr char kReferenceRecord2[] =
    R"({"id":"b5fc053c-77f4-4445-b6df-2e744aef8f4f","name":"default_orchestration_2","description":"Created for Custom channel","active":true,"created":"2021-03-21T14:29:01.516Z","modified":"2021-03-28T14:29:01.516Z","applications":{"customerConfiguration":{"customer":{"id":"b09dddd6-394b-4039-86bc-a5dd89ee5e8d"}},"agentConfiguration":{"agents":[{"id":"c09dddd6-394b-4039-86bc-a5dd89ee5e8d"}]}}})";

constexpr char kReferenceBotId[] = "a09dddd6-394b-4039-86bc-a5dd89ee5e8d";
constexpr char kReferenceParticipantId[] = "b09dddd6-394b-4039-86bc-a5dd89ee5e8d";
constexpr char kReferenceAgentId[] = "c09dddd6-394b-4039-86bc-a5dd89ee5e8d";

/// The translation context of this file's messages (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hubsim::Dataset)
};

QString makeUuid(QRandomGenerator &rng)
{
    quint8 bytes[16];
    for (int i = 0; i < 16; i += 4) {
        const quint32 word = rng.generate();
        for (int j = 0; j < 4; ++j)
            bytes[i + j] = quint8(word >> (8 * j));
    }
    bytes[6] = quint8((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = quint8((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    static const char hex[] = "0123456789abcdef";
    QString text;
    text.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text.append(QLatin1Char('-'));
        text.append(QLatin1Char(hex[bytes[i] >> 4]));
        text.append(QLatin1Char(hex[bytes[i] & 0xf]));
    }
    return text;
}

template<typename T> const T &pick(QRandomGenerator &rng, const QList<T> &list)
{
    return list.at(int(rng.bounded(quint32(list.size()))));
}

// 1..5 with small counts far more common, as in real tenants.
int smallCount(QRandomGenerator &rng)
{
    const int roll = rng.bounded(100);
    if (roll < 50)
        return 1;
    if (roll < 75)
        return 2;
    if (roll < 88)
        return 3;
    if (roll < 95)
        return 4;
    return 5;
}

struct IdPools
{
    QStringList bots;
    QStringList participants;
    QStringList agents;
    QStringList customers;
};

IdPools makePools(QRandomGenerator &rng)
{
    IdPools pools;
    const auto fill = [&rng](QStringList &pool, int size, const char *reference) {
        if (reference)
            pool.append(QString::fromLatin1(reference));
        while (pool.size() < size)
            pool.append(makeUuid(rng));
    };
    fill(pools.bots, 30, kReferenceBotId);
    fill(pools.participants, 24, kReferenceParticipantId);
    fill(pools.agents, 40, kReferenceAgentId);
    fill(pools.customers, 16, kReferenceParticipantId);
    return pools;
}

// From record Dataset::kRealisticRecords on: the names a client must survive, mixed with
// ordinary ones.
const QStringList &nameBases()
{
    static const QStringList bases = {
        // Latin scripts, with diacritics
        QStringLiteral("Billing support"),
        QStringLiteral("Retail returns"),
        QStringLiteral("Soporte técnico"),
        QStringLiteral("Kundenservice Zürich"),
        QStringLiteral("Assistance à la clientèle"),
        QStringLiteral("Premium onboarding"),
        QStringLiteral("Claims intake"),
        QStringLiteral("Mortgage advice"),
        QStringLiteral("Après-vente Île-de-France"),
        QStringLiteral("Łódź contact centre"),
        QStringLiteral("Account recovery"),
        QStringLiteral("Travel rebooking"),
        // CJK
        QStringLiteral("客户服务中心"),
        QStringLiteral("カスタマーサポート"),
        QStringLiteral("고객 지원 센터"),
        QStringLiteral("售后服务"),
        // Arabic and Hebrew (right to left)
        QStringLiteral("خدمة العملاء"),
        QStringLiteral("الدعم الفني"),
        QStringLiteral("שירות לקוחות"),
        // Cyrillic
        QStringLiteral("Служба поддержки"),
        QStringLiteral("Отдел продаж"),
        // Emoji, including one outside the BMP and a ZWJ sequence
        QStringLiteral("🚀 Launch desk"),
        QStringLiteral("Support 💬"),
        QStringLiteral("🛒 Orders & returns"),
        QStringLiteral("👩‍💻 Developer help"),
        // Text that must be escaped or must never be interpreted as markup
        QStringLiteral("Returns \"priority\" queue"),
        QStringLiteral("Escalations \\ tier 2"),
        QStringLiteral("<b>Bold</b> & <script>x</script>"),
    };
    return bases;
}

const QStringList &regions()
{
    static const QStringList list = {
        QStringLiteral("EU"),
        QStringLiteral("US"),
        QStringLiteral("APAC"),
        QStringLiteral("UK"),
        QStringLiteral("LATAM"),
        QStringLiteral("DACH"),
        QStringLiteral("Nordics"),
    };
    return list;
}

const QStringList &sentences()
{
    static const QStringList list = {
        QStringLiteral("Routes web chat to the virtual assistant first."),
        QStringLiteral("Escalates to a live agent when the customer asks for one."),
        QStringLiteral("Used by the weekend team only."),
        QStringLiteral("Created for Custom channel."),
        QStringLiteral("Handles refunds, exchanges and delivery questions."),
        QStringLiteral("Migrated from the legacy routing rules in 2022."),
        QStringLiteral("Do not edit without approval from the contact centre lead."),
        QStringLiteral("Gère les demandes de remboursement."),
        QStringLiteral("Atiende consultas de facturación en español."),
        QStringLiteral("Bearbeitet Anfragen zu Verträgen und Kündigungen."),
        QStringLiteral("处理订单和退货问题。"),
        QStringLiteral("Обрабатывает обращения по оплате."),
        QStringLiteral("يتعامل مع استفسارات الفواتير."),
        QStringLiteral("Peak hours: 09:00–17:00 CET ☎️."),
        QStringLiteral("Transcript forwarding was requested by \"Quality\" team."),
    };
    return list;
}

QString makeEdgeCaseName(QRandomGenerator &rng, int index)
{
    const QString &base = pick(rng, nameBases());
    const int roll = rng.bounded(100);
    if (roll < 65)
        return base + QLatin1Char(' ') + pick(rng, regions());
    if (roll < 90)
        return base + QLatin1Char(' ') + QString::number(index);
    // Long names: the table must elide them, the inspector must show them whole.
    QString name = base;
    while (name.size() < 120 + rng.bounded(140))
        name += QStringLiteral(" – ") + pick(rng, sentences());
    return name;
}

// nullopt: the record has no description at all.
std::optional<QString> makeEdgeCaseDescription(QRandomGenerator &rng)
{
    const int roll = rng.bounded(100);
    if (roll < 20)
        return std::nullopt;
    if (roll < 25)
        return QString();
    if (roll < 75)
        return pick(rng, sentences());
    QStringList parts;
    const int count = 6 + rng.bounded(30);
    for (int i = 0; i < count; ++i)
        parts.append(pick(rng, sentences()));
    return parts.join(QLatin1Char(' '));
}

QString formatTimestamp(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

void writeRecord(JsonTextWriter &w, QRandomGenerator &rng, const IdPools &pools, const QString &id,
    const RecordText &text)
{
    static const qint64 earliest =
        QDateTime(QDate(2019, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    static const qint64 latestCreated =
        QDateTime(QDate(2025, 6, 30), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    static const qint64 latest =
        QDateTime(QDate(2025, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
    static const qint64 day = 24LL * 3600 * 1000;

    const bool active = rng.bounded(100) >= 15;
    const qint64 created = rng.bounded(earliest, latestCreated);
    const qint64 modified =
        rng.bounded(100) < 10 ? created : qMin(latest, created + rng.bounded(qint64(1), 500 * day));

    const int kindRoll = rng.bounded(100);
    const bool hasBots = kindRoll < 35 || kindRoll >= 65;
    const bool hasAgents = kindRoll >= 35;
    const bool hasCustomer = rng.bounded(100) < 60;
    // About 5% carry fields the contract does not know, at the top level and nested.
    const bool hasExtras = rng.bounded(100) < 5;
    const int extrasMask = hasExtras ? 1 + rng.bounded(15) : 0;

    w.beginObject();
    w.key("id");
    w.string(id);
    w.key("name");
    w.string(text.name);
    if (text.description) {
        w.key("description");
        w.string(*text.description);
    }
    w.key("active");
    w.boolean(active);
    if (extrasMask & 1) {
        w.key("x-region");
        w.string(pick(rng, regions()).toLower());
    }
    w.key("created");
    w.string(formatTimestamp(created));
    w.key("modified");
    w.string(formatTimestamp(modified));

    w.key("applications");
    w.beginObject();
    if (hasBots) {
        w.key("botConfiguration");
        w.beginObject();
        w.key("forwardTranscript");
        w.boolean(rng.bounded(100) < 60);
        if (rng.bounded(100) < 60) {
            static const QList<double> durations = {5, 10, 15, 30, 60, 120, 1440, 2.5, 7.5};
            const double minutes = pick(rng, durations);
            w.key("bypassVaDuration");
            if (minutes == double(qint64(minutes)))
                w.number(qint64(minutes));
            else
                w.number(minutes);
        }
        w.key("bots");
        w.beginArray();
        const int bots = smallCount(rng);
        for (int b = 0; b < bots; ++b) {
            w.beginObject();
            w.key("id");
            w.string(pick(rng, pools.bots));
            w.key("participant");
            w.beginObject();
            w.key("id");
            w.string(pick(rng, pools.participants));
            w.endObject();
            if (rng.bounded(100) < 70) {
                w.key("onEscalation");
                w.beginObject();
                w.key("agent");
                w.beginObject();
                w.key("id");
                w.string(pick(rng, pools.agents));
                w.endObject();
                w.endObject();
            }
            if ((extrasMask & 2) && b == 0) {
                w.key("locale");
                w.string(QStringLiteral("de-DE"));
            }
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    if (hasCustomer) {
        w.key("customerConfiguration");
        w.beginObject();
        w.key("customer");
        w.beginObject();
        w.key("id");
        w.string(rng.bounded(2) ? pick(rng, pools.customers) : pick(rng, pools.participants));
        w.endObject();
        w.endObject();
    }
    if (hasAgents) {
        w.key("agentConfiguration");
        w.beginObject();
        w.key("agents");
        w.beginArray();
        const int agents = smallCount(rng);
        for (int a = 0; a < agents; ++a) {
            w.beginObject();
            w.key("id");
            w.string(pick(rng, pools.agents));
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    if (extrasMask & 4) {
        w.key("messagingConfiguration");
        w.beginObject();
        w.key("maxConcurrent");
        w.number(qint64(1 + rng.bounded(8)));
        w.key("greeting");
        w.string(QStringLiteral("Hello! 👋"));
        w.endObject();
    }
    w.endObject(); // applications

    if (extrasMask & 8) {
        w.key("channel");
        w.beginObject();
        w.key("type");
        w.string(rng.bounded(2) ? QStringLiteral("chat") : QStringLiteral("messaging"));
        w.key("entryPoint");
        w.string(QStringLiteral("web-") + pick(rng, regions()).toLower());
        w.endObject();
        w.key("tags");
        w.beginArray();
        w.string(QStringLiteral("vip"));
        w.string(pick(rng, regions()).toLower());
        w.endArray();
    }
    w.endObject();
}

// Index just past the string starting at @p pos (which is a quote); @p text is valid JSON.
qsizetype skipString(const QByteArray &text, qsizetype pos)
{
    for (++pos; pos < text.size(); ++pos) {
        if (text.at(pos) == '\\')
            ++pos;
        else if (text.at(pos) == '"')
            return pos + 1;
    }
    return pos;
}

// Index just past the value starting at @p pos of compact, valid JSON text.
qsizetype skipValue(const QByteArray &text, qsizetype pos)
{
    const char first = text.at(pos);
    if (first == '"')
        return skipString(text, pos);
    if (first == '{' || first == '[') {
        int depth = 0;
        while (pos < text.size()) {
            const char c = text.at(pos);
            if (c == '"') {
                pos = skipString(text, pos);
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return pos + 1;
            }
            ++pos;
        }
        return pos;
    }
    while (pos < text.size() && text.at(pos) != ',' && text.at(pos) != '}' && text.at(pos) != ']')
        ++pos;
    return pos;
}

} // namespace

struct Dataset::Data
{
    QByteArray blob; // every record's text, back to back
    QList<qint64> offsets {0}; // record i is blob[offsets[i], offsets[i + 1])

    void append(const char *text, qsizetype size)
    {
        blob.append(text, size);
        offsets.append(blob.size());
    }
};

Dataset::Dataset()
    : d(std::make_shared<const Data>())
{ }

Dataset::Dataset(std::shared_ptr<const Data> data)
    : d(std::move(data))
{ }

Dataset Dataset::generate(quint64 seed, int count)
{
    auto data = std::make_shared<Data>();
    count = qMax(0, count);
    data->offsets.reserve(count + 1);
    data->blob.reserve(qint64(count) * 700);

    const quint32 seedWords[2] = {quint32(seed), quint32(seed >> 32)};
    QRandomGenerator rng(seedWords, 2);
    const IdPools pools = makePools(rng);

    if (count > 0)
        data->append(kReferenceRecord1, qsizetype(sizeof kReferenceRecord1 - 1));
    if (count > 1)
        data->append(kReferenceRecord2, qsizetype(sizeof kReferenceRecord2 - 1));
    JsonTextWriter writer;
    RealisticText realistic;
    for (int i = 2; i < count; ++i) {
        const QString id = makeUuid(rng);
        const RecordText text = i < kRealisticRecords
            ? realistic.next(rng)
            : RecordText {makeEdgeCaseName(rng, i + 1), makeEdgeCaseDescription(rng)};
        writeRecord(writer, rng, pools, id, text);
        const QByteArray record = writer.take();
        data->append(record.constData(), record.size());
    }
    data->blob.squeeze();
    return Dataset(std::move(data));
}

std::optional<Dataset> Dataset::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("Cannot read the dataset %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString why;
    std::optional<Dataset> dataset = fromJson(file.readAll(), &why);
    if (!dataset && error)
        *error = Text::tr("The dataset %1 is not usable: %2").arg(path, why);
    return dataset;
}

std::optional<Dataset> Dataset::fromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(Text::tr("not valid JSON (%1 at byte %2)")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    }

    QJsonArray records;
    if (document.isArray()) {
        records = document.array();
    } else {
        const QJsonValue member = document.object().value(QStringLiteral("orchestration"));
        if (!member.isArray()) {
            return fail(Text::tr("expected a JSON array of orchestrations or an object with an "
                                 "\"orchestration\" array"));
        }
        records = member.toArray();
    }
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!records.at(i).isObject())
            return fail(Text::tr("orchestration %1 is not a JSON object").arg(i + 1));
    }

    // The parsed document proved the text valid; now cut the records out of the text itself
    // to keep their key order.
    const QByteArray text = compactJsonText(json);
    qsizetype pos = 0;
    if (text.startsWith('{')) {
        static const QByteArray wanted = QByteArrayLiteral("\"orchestration\"");
        pos = 1;
        while (pos < text.size() && text.at(pos) == '"') {
            const qsizetype keyEnd = skipString(text, pos);
            const bool found = text.mid(pos, keyEnd - pos) == wanted && text.at(keyEnd + 1) == '[';
            pos = keyEnd + 1; // past the colon
            if (found)
                break;
            pos = skipValue(text, pos);
            if (pos < text.size() && text.at(pos) == ',')
                ++pos;
        }
        if (pos >= text.size() || text.at(pos) != '[')
            return fail(Text::tr(
                "the \"orchestration\" member is written in a form the simulator cannot read"));
    }

    auto data = std::make_shared<Data>();
    data->offsets.reserve(records.size() + 1);
    ++pos; // past '['
    while (pos < text.size() && text.at(pos) != ']') {
        const qsizetype end = skipValue(text, pos);
        data->append(text.constData() + pos, end - pos);
        pos = end;
        if (pos < text.size() && text.at(pos) == ',')
            ++pos;
    }
    if (data->offsets.size() - 1 != records.size())
        return fail(Text::tr("the orchestrations could not be separated"));
    data->blob.squeeze();
    return Dataset(std::move(data));
}

int Dataset::size() const
{
    return int(d->offsets.size() - 1);
}

QByteArray Dataset::record(int index) const
{
    if (index < 0 || index >= size())
        return {};
    const qint64 begin = d->offsets.at(index);
    return d->blob.mid(begin, d->offsets.at(index + 1) - begin);
}

QJsonObject Dataset::recordObject(int index) const
{
    return QJsonDocument::fromJson(record(index)).object();
}

void Dataset::appendRecords(QByteArray &out, int first, int count) const
{
    first = qBound(0, first, size());
    const int last = qBound(first, first + qMax(0, count), size());
    if (first == last)
        return;
    out.reserve(out.size() + (d->offsets.at(last) - d->offsets.at(first)) + (last - first));
    for (int i = first; i < last; ++i) {
        if (i > first)
            out.append(',');
        const qint64 begin = d->offsets.at(i);
        out.append(d->blob.constData() + begin, d->offsets.at(i + 1) - begin);
    }
}

QByteArray Dataset::toJsonArray() const
{
    QByteArray out("[");
    appendRecords(out, 0, size());
    out.append(']');
    return out;
}

qint64 Dataset::byteSize() const
{
    return d->blob.size();
}

QByteArray compactJsonText(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size());
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            out.append(c);
            if (c == '\\' && i + 1 < json.size())
                out.append(json.at(++i));
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
            out.append(c);
        } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            out.append(c);
        }
    }
    return out;
}

} // namespace hubsim
