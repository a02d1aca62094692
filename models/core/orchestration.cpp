#include "models/core/orchestration.h"

#include "models/core/rawjson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QVarLengthArray>
#include <cmath>
#include <cstring>

/// Immutable once built; shared by every copy of an Orchestration.
class OrchestrationData : public QSharedData
{
public:
    enum Flag : quint8 {
        HasDescription = 0x01,
        Active = 0x02,
        HasBotConfiguration = 0x04,
        HasAgentConfiguration = 0x08,
        HasCustomerConfiguration = 0x10,
        HasForwardTranscript = 0x20,
        ForwardTranscript = 0x40,
    };

    QByteArray raw;
    QString id;
    QString name;
    QString description;
    QString customerId;
    QDateTime created;
    QDateTime modified;
    QList<BotReference> bots;
    QStringList agentIds;
    QList<ValidationWarning> warnings;
    double bypassVaDuration = std::nan("");
    quint8 flags = 0;

    bool has(Flag flag) const { return (flags & flag) != 0; }
    void set(Flag flag, bool on = true)
    {
        if (on)
            flags |= flag;
        else
            flags &= quint8(~flag);
    }
};

namespace {

bool isAscii(QByteArrayView bytes)
{
    quint64 high = 0;
    qsizetype i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
        quint64 word;
        std::memcpy(&word, bytes.data() + i, 8);
        high |= word;
    }
    for (; i < bytes.size(); ++i)
        high |= uchar(bytes[i]);
    return (high & 0x8080808080808080ULL) == 0;
}

} // namespace

QString StringInterner::intern(const QString &text)
{
    // Keyed by the UTF-8 hash so that internUtf8() finds the same entries. (A lone
    // surrogate has no UTF-8; its replacement only shares a hash, never equality.)
    const size_t hash = qHash(QByteArrayView(text.toUtf8()), QHashSeed::globalSeed());
    for (auto it = m_strings.constFind(hash); it != m_strings.cend() && it.key() == hash; ++it) {
        if (*it == text)
            return *it;
    }
    m_strings.insert(hash, text);
    return text;
}

QString StringInterner::internUtf8(QByteArrayView utf8)
{
    const size_t hash = qHash(utf8, QHashSeed::globalSeed());
    const bool ascii = isAscii(utf8);
    for (auto it = m_strings.constFind(hash); it != m_strings.cend() && it.key() == hash; ++it) {
        if (ascii ? QLatin1StringView(utf8) == *it
                  : QAnyStringView::equal(QUtf8StringView(utf8), *it))
            return *it;
    }
    QString text = ascii ? QString::fromLatin1(utf8) : QString::fromUtf8(utf8);
    if (text.capacity() > text.size())
        text.squeeze(); // fromUtf8() reserves a unit per byte; this copy is kept long
    m_strings.insert(hash, text);
    return text;
}

bool isCanonicalUuid(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')
                       || (c >= u'A' && c <= u'F'))) {
            return false;
        }
    }
    return true;
}

namespace {

using RawJson::Reader;

/// The translation context of this file's messages (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Orchestration)
};

/// A JSON value's kind, as QJsonValue::Type names it (Undefined: the member is absent).
enum class JType : quint8 { Undefined, Null, Bool, Double, String, Array, Object };

JType typeOf(Reader::Type type)
{
    switch (type) {
    case Reader::Type::Null:
        return JType::Null;
    case Reader::Type::Bool:
        return JType::Bool;
    case Reader::Type::Number:
        return JType::Double;
    case Reader::Type::String:
        return JType::String;
    case Reader::Type::Array:
        return JType::Array;
    case Reader::Type::Object:
        return JType::Object;
    case Reader::Type::End:
        break;
    }
    return JType::Undefined;
}

QString typeName(JType type)
{
    switch (type) {
    case JType::Null:
        return Text::tr("null");
    case JType::Bool:
        return Text::tr("a boolean");
    case JType::Double:
        return Text::tr("a number");
    case JType::String:
        return Text::tr("a string");
    case JType::Array:
        return Text::tr("an array");
    case JType::Object:
        return Text::tr("an object");
    case JType::Undefined:
        break;
    }
    return Text::tr("nothing");
}

/// A member's value as found in the record: views into the record's text, decoded on use.
struct Field
{
    JType type = JType::Undefined;
    Reader::StringToken value; ///< a string's token; for other kinds, content is the value's text
};

/// An object the contract expects to carry an "id" (participant, agent, customer).
struct IdObject
{
    Field self;
    Field id;
};

struct BotSlots
{
    Field self;
    Field id;
    IdObject participant;
    Field onEscalation;
    IdObject escalationAgent;
};

/**
 * The members of one record that the contract names, found in one validating pass over its
 * text. A member that repeats replaces what its earlier occurrence left, as in QJsonObject
 * (the last one counts); the record's fields and warnings are derived afterwards, in the
 * contract's order, so neither depends on the order of members in the text.
 */
struct RecordSlots
{
    Field id;
    Field name;
    Field description;
    Field active;
    Field created;
    Field modified;
    Field applications;

    Field botConfiguration;
    Field agentConfiguration;
    Field customerConfiguration;

    Field forwardTranscript;
    Field bypassVaDuration;
    Field bots;
    QVarLengthArray<BotSlots, 4> botList;

    Field agents;
    QVarLengthArray<IdObject, 4> agentList;

    IdObject customer;

    void resetApplications()
    {
        botConfiguration = {};
        agentConfiguration = {};
        customerConfiguration = {};
        resetBotConfiguration();
        resetAgentConfiguration();
        customer = {};
    }
    void resetBotConfiguration()
    {
        forwardTranscript = {};
        bypassVaDuration = {};
        bots = {};
        botList.clear();
    }
    void resetAgentConfiguration()
    {
        agents = {};
        agentList.clear();
    }
};

/// Reads (and validates) any value into @p field.
bool capture(Reader &reader, Field &field)
{
    field.type = typeOf(reader.peek());
    if (field.type == JType::String)
        return reader.readString(&field.value);
    const qsizetype start = reader.position();
    if (!reader.skipValue())
        return false;
    field.value = {reader.text().sliced(start, reader.position() - start)};
    return true;
}

/// Reads the value of a member the contract describes as an object: when it is one,
/// @p readObject reads its members; any other value is captured as it is.
template<typename ReadObject>
bool captureObject(Reader &reader, Field &field, ReadObject &&readObject)
{
    if (reader.peek() != Reader::Type::Object)
        return capture(reader, field);
    field.type = JType::Object;
    field.value = {};
    return readObject();
}

/// Calls @p onMember(key) for each member of the object at the reader; it reads the value.
template<typename OnMember> bool readMembers(Reader &reader, OnMember &&onMember)
{
    if (!reader.beginObject())
        return false;
    Reader::StringToken key;
    while (reader.nextMember(&key)) {
        if (!onMember(key))
            return false;
    }
    return !reader.hasError();
}

bool readIdObject(Reader &reader, IdObject &object)
{
    return captureObject(reader, object.self, [&] {
        return readMembers(reader, [&](const Reader::StringToken &key) {
            if (key.is(QLatin1StringView("id")))
                return capture(reader, object.id);
            return reader.skipValue();
        });
    });
}

/// Reads a member that replaces an earlier one of the same name: what that left is cleared.
template<typename T> bool readAgain(Reader &reader, T &slot, bool (*read)(Reader &, T &))
{
    slot = T();
    return read(reader, slot);
}

bool readBot(Reader &reader, BotSlots &bot)
{
    return readMembers(reader, [&](const Reader::StringToken &key) {
        if (key.is(QLatin1StringView("id")))
            return capture(reader, bot.id);
        if (key.is(QLatin1StringView("participant")))
            return readAgain(reader, bot.participant, readIdObject);
        if (key.is(QLatin1StringView("onEscalation"))) {
            bot.escalationAgent = {};
            return captureObject(reader, bot.onEscalation, [&] {
                return readMembers(reader, [&](const Reader::StringToken &inner) {
                    if (inner.is(QLatin1StringView("agent")))
                        return readAgain(reader, bot.escalationAgent, readIdObject);
                    return reader.skipValue();
                });
            });
        }
        return reader.skipValue();
    });
}

bool readBotConfiguration(Reader &reader, RecordSlots &found)
{
    return readMembers(reader, [&](const Reader::StringToken &key) {
        if (key.is(QLatin1StringView("forwardTranscript")))
            return capture(reader, found.forwardTranscript);
        if (key.is(QLatin1StringView("bypassVaDuration")))
            return capture(reader, found.bypassVaDuration);
        if (key.is(QLatin1StringView("bots"))) {
            found.botList.clear();
            if (reader.peek() != Reader::Type::Array)
                return capture(reader, found.bots);
            found.bots = {JType::Array, {}};
            if (!reader.beginArray())
                return false;
            while (reader.nextElement()) {
                BotSlots &bot = found.botList.emplace_back();
                bot.self.type = typeOf(reader.peek());
                if (!(bot.self.type == JType::Object ? readBot(reader, bot) : reader.skipValue()))
                    return false;
            }
            return !reader.hasError();
        }
        return reader.skipValue();
    });
}

bool readAgentConfiguration(Reader &reader, RecordSlots &found)
{
    return readMembers(reader, [&](const Reader::StringToken &key) {
        if (key.is(QLatin1StringView("agents"))) {
            found.agentList.clear();
            if (reader.peek() != Reader::Type::Array)
                return capture(reader, found.agents);
            found.agents = {JType::Array, {}};
            if (!reader.beginArray())
                return false;
            while (reader.nextElement()) {
                if (!readIdObject(reader, found.agentList.emplace_back()))
                    return false;
            }
            return !reader.hasError();
        }
        return reader.skipValue();
    });
}

bool readApplications(Reader &reader, RecordSlots &found)
{
    return readMembers(reader, [&](const Reader::StringToken &key) {
        if (key.is(QLatin1StringView("botConfiguration"))) {
            found.resetBotConfiguration();
            return captureObject(reader, found.botConfiguration,
                [&] { return readBotConfiguration(reader, found); });
        }
        if (key.is(QLatin1StringView("agentConfiguration"))) {
            found.resetAgentConfiguration();
            return captureObject(reader, found.agentConfiguration,
                [&] { return readAgentConfiguration(reader, found); });
        }
        if (key.is(QLatin1StringView("customerConfiguration"))) {
            found.customer = {};
            return captureObject(reader, found.customerConfiguration, [&] {
                return readMembers(reader, [&](const Reader::StringToken &inner) {
                    if (inner.is(QLatin1StringView("customer")))
                        return readAgain(reader, found.customer, readIdObject);
                    return reader.skipValue();
                });
            });
        }
        return reader.skipValue();
    });
}

/// Reads (and validates) the record object at the reader into @p found.
bool readRecord(Reader &reader, RecordSlots &found)
{
    return readMembers(reader, [&](const Reader::StringToken &key) {
        if (key.is(QLatin1StringView("id")))
            return capture(reader, found.id);
        if (key.is(QLatin1StringView("name")))
            return capture(reader, found.name);
        if (key.is(QLatin1StringView("description")))
            return capture(reader, found.description);
        if (key.is(QLatin1StringView("active")))
            return capture(reader, found.active);
        if (key.is(QLatin1StringView("created")))
            return capture(reader, found.created);
        if (key.is(QLatin1StringView("modified")))
            return capture(reader, found.modified);
        if (key.is(QLatin1StringView("applications"))) {
            found.resetApplications();
            return captureObject(
                reader, found.applications, [&] { return readApplications(reader, found); });
        }
        return reader.skipValue();
    });
}

/// A member's path, built into text only when a warning needs it.
struct Path
{
    const Path *parent = nullptr;
    QLatin1StringView key; ///< empty for an array element and for the record itself
    qsizetype index = -1; ///< an array element's index

    Path member(QLatin1StringView name) const { return {this, name, -1}; }
    Path element(qsizetype i) const { return {this, {}, i}; }

    QString toString() const
    {
        if (!parent)
            return QString(key);
        const QString prefix = parent->toString();
        if (index >= 0)
            return prefix + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
        if (prefix.isEmpty())
            return QString(key);
        return prefix + QLatin1Char('.') + key;
    }
};

/// The decimal number in text[0, Count), or -1 when a byte is not a digit.
template<int Count> int digits(const char *text)
{
    int value = 0;
    bool ok = true;
    for (int i = 0; i < Count; ++i) {
        const unsigned digit = unsigned(uchar(text[i])) - '0';
        ok &= digit <= 9;
        value = value * 10 + int(digit);
    }
    return ok ? value : -1;
}

/// Days from 1970-01-01 to the proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

/**
 * The contract's own spelling, "2021-03-21T14:29:01.516Z", read by hand. Anything else
 * (another offset, no milliseconds, an impossible date, a leap second) is left to
 * QDateTime::fromString(), so the result is always what it would have said.
 */
std::optional<QDateTime> contractDate(QByteArrayView text)
{
    if (text.size() != 24)
        return std::nullopt;
    const char *t = text.data();
    if (t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' || t[16] != ':' || t[19] != '.'
        || t[23] != 'Z')
        return std::nullopt;
    const int year = digits<4>(t);
    const int month = digits<2>(t + 5);
    const int day = digits<2>(t + 8);
    const int hour = digits<2>(t + 11);
    const int minute = digits<2>(t + 14);
    const int second = digits<2>(t + 17);
    const int msec = digits<3>(t + 20);
    if (year < 1 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0
        || minute > 59 || second < 0 || second > 59 || msec < 0)
        return std::nullopt;
    static constexpr int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > monthDays[month - 1] + (month == 2 && leap))
        return std::nullopt;
    const qint64 msecs = daysFromCivil(year, month, day) * 86400000LL
        + ((hour * 60 + minute) * 60 + second) * 1000LL + msec;
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

/// Whether the string token is a canonical UUID, checked on its bytes when it has no escapes.
bool isUuidToken(const Reader::StringToken &token)
{
    if (token.escaped)
        return isCanonicalUuid(token.toString());
    const QByteArrayView text = token.content;
    if (text.size() != 36)
        return false;
    const char *p = text.data();
    if (p[8] != '-' || p[13] != '-' || p[18] != '-' || p[23] != '-')
        return false;
    // The 32 hex digits without the dashes, checked eight bytes at a time.
    char digitsOnly[32];
    std::memcpy(digitsOnly, p, 8);
    std::memcpy(digitsOnly + 8, p + 9, 4);
    std::memcpy(digitsOnly + 12, p + 14, 4);
    std::memcpy(digitsOnly + 16, p + 19, 4);
    std::memcpy(digitsOnly + 20, p + 24, 12);
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    // For bytes below 0x80: x + (0x80 - lo) has its high bit set when x >= lo, and
    // x + (0x7f - hi) has it clear when x <= hi; no byte carries into the next.
    const auto inRange = [](quint64 x, uchar lo, uchar hi) {
        return (x + ones * (0x80 - lo)) & ~(x + ones * (0x7f - hi)) & highs;
    };
    for (int k = 0; k < 32; k += 8) {
        quint64 word;
        std::memcpy(&word, digitsOnly + k, 8);
        if (word & highs)
            return false;
        // Setting bit 0x20 maps 'A'-'F' onto 'a'-'f' and nothing else into that range.
        const quint64 hex = inRange(word, '0', '9') | inRange(word | ones * 0x20, 'a', 'f');
        if (hex != highs)
            return false;
    }
    return true;
}

/// Turns the found members into the record's typed fields, turning every breach of the
/// contract into a warning (same paths, same messages, same order as ever).
class RecordBuilder
{
public:
    RecordBuilder(OrchestrationData &data, StringInterner *interner)
        : m_data(data)
        , m_interner(interner)
    { }

    void build(const RecordSlots &found);

private:
    enum class Need { Required, Optional };

    void warn(const Path &path, const QString &message)
    {
        m_data.warnings.append({path.toString(), message});
    }

    QString intern(const QString &text) { return m_interner ? m_interner->intern(text) : text; }
    QString intern(const Reader::StringToken &token)
    {
        if (!m_interner)
            return token.toString();
        if (!token.escaped)
            return m_interner->internUtf8(token.content);
        QVarLengthArray<char, 256> utf8;
        if (token.appendUtf8(utf8))
            return m_interner->internUtf8(QByteArrayView(utf8.constData(), utf8.size()));
        return m_interner->intern(token.toString());
    }

    /// idMember(), shared through the interner.
    QString internedIdMember(const Field &field, const Path &path)
    {
        if (!member(field, JType::String, Need::Required, path))
            return intern(QString());
        const QString id = intern(field.value);
        if (!isUuidToken(field.value))
            warn(path, Text::tr("\"%1\" is not a UUID.").arg(id));
        return id;
    }

    /// Whether @p field has @p type; otherwise a warning unless an optional member is absent
    /// or null.
    bool member(const Field &field, JType type, Need need, const Path &path)
    {
        if (field.type == type)
            return true;
        const bool absent = field.type == JType::Undefined || field.type == JType::Null;
        if (absent && need == Need::Optional)
            return false;
        if (field.type == JType::Undefined)
            warn(path, Text::tr("Required field is missing."));
        else
            warn(path,
                Text::tr("Expected %1 but found %2.").arg(typeName(type), typeName(field.type)));
        return false;
    }

    /// A required id at @p path: a string, expected to be a UUID. Kept even when it is not one.
    QString idMember(const Field &field, const Path &path)
    {
        if (!member(field, JType::String, Need::Required, path))
            return {};
        const QString id = field.value.toString();
        if (!isUuidToken(field.value))
            warn(path, Text::tr("\"%1\" is not a UUID.").arg(id));
        return id;
    }

    QDateTime dateMember(const Field &field, const Path &path)
    {
        if (!member(field, JType::String, Need::Required, path))
            return {};
        if (!field.value.escaped) {
            if (std::optional<QDateTime> date = contractDate(field.value.content))
                return *date;
        }
        const QString text = field.value.toString();
        const QDateTime date = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!date.isValid()) {
            warn(path, Text::tr("\"%1\" is not an ISO 8601 date and time.").arg(text));
            return {};
        }
        return date.toUTC();
    }

    void buildBotConfiguration(const RecordSlots &found, const Path &path);
    void buildBot(const BotSlots &bot, const Path &path);
    void buildAgentConfiguration(const RecordSlots &found, const Path &path);
    void buildCustomerConfiguration(const RecordSlots &found, const Path &path);

    OrchestrationData &m_data;
    StringInterner *m_interner;
};

void RecordBuilder::build(const RecordSlots &found)
{
    using F = OrchestrationData;
    const Path root;
    m_data.id = idMember(found.id, root.member(QLatin1StringView("id")));
    if (member(found.name, JType::String, Need::Required, root.member(QLatin1StringView("name"))))
        m_data.name = found.name.value.toString();
    if (member(found.description, JType::String, Need::Optional,
            root.member(QLatin1StringView("description")))) {
        m_data.description = intern(found.description.value);
        m_data.set(F::HasDescription);
    }
    if (member(found.active, JType::Bool, Need::Required, root.member(QLatin1StringView("active"))))
        m_data.set(F::Active, found.active.value.content.startsWith('t'));
    m_data.created = dateMember(found.created, root.member(QLatin1StringView("created")));
    m_data.modified = dateMember(found.modified, root.member(QLatin1StringView("modified")));

    const Path applications = root.member(QLatin1StringView("applications"));
    if (!member(found.applications, JType::Object, Need::Required, applications))
        return;
    const Path botPath = applications.member(QLatin1StringView("botConfiguration"));
    const Path agentPath = applications.member(QLatin1StringView("agentConfiguration"));
    const Path customerPath = applications.member(QLatin1StringView("customerConfiguration"));
    const bool bot = member(found.botConfiguration, JType::Object, Need::Optional, botPath);
    const bool agent = member(found.agentConfiguration, JType::Object, Need::Optional, agentPath);
    const bool customer =
        member(found.customerConfiguration, JType::Object, Need::Optional, customerPath);
    if (bot)
        buildBotConfiguration(found, botPath);
    if (agent)
        buildAgentConfiguration(found, agentPath);
    if (customer)
        buildCustomerConfiguration(found, customerPath);
    const auto present = [](const Field &field) {
        return field.type != JType::Undefined && field.type != JType::Null;
    };
    if (!present(found.botConfiguration) && !present(found.agentConfiguration))
        warn(applications,
            Text::tr("Neither botConfiguration nor agentConfiguration is present; "
                     "one of them is required."));
}

void RecordBuilder::buildBotConfiguration(const RecordSlots &found, const Path &path)
{
    using F = OrchestrationData;
    m_data.set(F::HasBotConfiguration);
    if (member(found.forwardTranscript, JType::Bool, Need::Optional,
            path.member(QLatin1StringView("forwardTranscript")))) {
        m_data.set(F::HasForwardTranscript);
        m_data.set(F::ForwardTranscript, found.forwardTranscript.value.content.startsWith('t'));
    }
    const Path bypassPath = path.member(QLatin1StringView("bypassVaDuration"));
    if (member(found.bypassVaDuration, JType::Double, Need::Optional, bypassPath)) {
        m_data.bypassVaDuration = RawJson::numberValue(found.bypassVaDuration.value.content);
        if (m_data.bypassVaDuration < 0)
            warn(bypassPath, Text::tr("Must not be negative."));
    }
    const Path botsPath = path.member(QLatin1StringView("bots"));
    if (!member(found.bots, JType::Array, Need::Required, botsPath))
        return;
    m_data.bots.reserve(found.botList.size());
    for (qsizetype i = 0; i < found.botList.size(); ++i) {
        const Path botPath = botsPath.element(i);
        const BotSlots &bot = found.botList.at(i);
        if (bot.self.type != JType::Object) {
            warn(botPath,
                Text::tr("Expected %1 but found %2.")
                    .arg(typeName(JType::Object), typeName(bot.self.type)));
            continue;
        }
        buildBot(bot, botPath);
    }
}

void RecordBuilder::buildBot(const BotSlots &bot, const Path &path)
{
    BotReference reference;
    reference.id = internedIdMember(bot.id, path.member(QLatin1StringView("id")));
    const Path participantPath = path.member(QLatin1StringView("participant"));
    if (member(bot.participant.self, JType::Object, Need::Required, participantPath))
        reference.participantId =
            internedIdMember(bot.participant.id, participantPath.member(QLatin1StringView("id")));
    const Path escalationPath = path.member(QLatin1StringView("onEscalation"));
    if (member(bot.onEscalation, JType::Object, Need::Optional, escalationPath)) {
        const Path agentPath = escalationPath.member(QLatin1StringView("agent"));
        if (member(bot.escalationAgent.self, JType::Object, Need::Required, agentPath))
            reference.escalationAgentId =
                internedIdMember(bot.escalationAgent.id, agentPath.member(QLatin1StringView("id")));
    }
    m_data.bots.append(reference);
}

void RecordBuilder::buildAgentConfiguration(const RecordSlots &found, const Path &path)
{
    m_data.set(OrchestrationData::HasAgentConfiguration);
    const Path agentsPath = path.member(QLatin1StringView("agents"));
    if (!member(found.agents, JType::Array, Need::Required, agentsPath))
        return;
    m_data.agentIds.reserve(found.agentList.size());
    for (qsizetype i = 0; i < found.agentList.size(); ++i) {
        const Path agentPath = agentsPath.element(i);
        const IdObject &agent = found.agentList.at(i);
        if (agent.self.type != JType::Object) {
            warn(agentPath,
                Text::tr("Expected %1 but found %2.")
                    .arg(typeName(JType::Object), typeName(agent.self.type)));
            continue;
        }
        // As idMember(), sharing the id; an empty one is warned about and left out.
        const Path idPath = agentPath.member(QLatin1StringView("id"));
        if (!member(agent.id, JType::String, Need::Required, idPath))
            continue;
        const QString id = agent.id.value.content.isEmpty() ? QString() : intern(agent.id.value);
        if (!isUuidToken(agent.id.value))
            warn(idPath, Text::tr("\"%1\" is not a UUID.").arg(id));
        if (!id.isEmpty())
            m_data.agentIds.append(id);
    }
}

void RecordBuilder::buildCustomerConfiguration(const RecordSlots &found, const Path &path)
{
    m_data.set(OrchestrationData::HasCustomerConfiguration);
    const Path customerPath = path.member(QLatin1StringView("customer"));
    if (member(found.customer.self, JType::Object, Need::Required, customerPath))
        m_data.customerId =
            internedIdMember(found.customer.id, customerPath.member(QLatin1StringView("id")));
}

/// The reference walk over tolerant, unvalidated text: only for bytes Reader refuses (a record
/// kept with a "not valid JSON" warning), whose ids it finds as it always did.
void collectIdsTolerantly(QByteArrayView value, QStringList &ids, QSet<QString> &seen)
{
    const auto add = [&](QByteArrayView rawString) {
        // rawString includes its quotes.
        const QString id = RawJson::decodeString(rawString.sliced(1, rawString.size() - 2));
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    };
    if (value.startsWith('{')) {
        const QList<RawJson::Member> members = RawJson::objectMembers(value);
        for (const RawJson::Member &member : members) {
            if (member.rawKey == "id" && RawJson::isString(member.value)
                && member.value.size() >= 2)
                add(member.value);
            else
                collectIdsTolerantly(member.value, ids, seen);
        }
    } else if (value.startsWith('[')) {
        const QList<QByteArrayView> items = RawJson::arrayItems(value);
        for (const QByteArrayView item : items)
            collectIdsTolerantly(item, ids, seen);
    }
}

/**
 * Collects the string "id" members under applications in one forward pass over a valid
 * record, for Orchestration::referencedIds(): no member lists, no set (a record names a
 * handful of ids, so a linear look is cheaper), and a plain ASCII id that the record's typed
 * fields already hold is handed out as that shared copy instead of being decoded again.
 */
class ReferencedIdCollector
{
public:
    ReferencedIdCollector(const OrchestrationData &data, QStringList &ids)
        : m_data(data)
        , m_ids(ids)
    { }

    /// Walks the record @p reader is at; false when the text is not valid JSON (then the
    /// collected ids mean nothing).
    bool collectRecord(Reader &reader)
    {
        if (!reader.beginDocument() || reader.peek() != Reader::Type::Object
            || !reader.beginObject())
            return false;
        Reader::StringToken key;
        while (reader.nextMember(&key)) {
            if (!key.is(QLatin1StringView("applications"))) {
                if (!reader.skipValue())
                    return false;
                continue;
            }
            // When the key repeats, the last one counts, as in QJsonDocument.
            m_ids.clear();
            const Reader::Type type = reader.peek();
            if (type == Reader::Type::Object || type == Reader::Type::Array) {
                if (!collect(reader))
                    return false;
            } else if (!reader.skipValue()) {
                return false;
            }
        }
        return reader.endDocument();
    }

private:
    /// Walks the object or array at the reader's position.
    bool collect(Reader &reader)
    {
        Reader::StringToken token;
        if (reader.peek() == Reader::Type::Array) {
            if (!reader.beginArray())
                return false;
            while (reader.nextElement()) {
                if (!collectValue(reader))
                    return false;
            }
            return !reader.hasError();
        }
        if (!reader.beginObject())
            return false;
        while (reader.nextMember(&token)) {
            // The key as written: an escaped spelling of "id" never counted.
            const bool isId =
                token.content.size() == 2 && token.content[0] == 'i' && token.content[1] == 'd';
            if (isId && reader.peek() == Reader::Type::String) {
                if (!reader.readString(&token))
                    return false;
                add(token);
            } else if (!collectValue(reader)) {
                return false;
            }
        }
        return !reader.hasError();
    }

    bool collectValue(Reader &reader)
    {
        const Reader::Type type = reader.peek();
        if (type == Reader::Type::Object || type == Reader::Type::Array)
            return collect(reader);
        return reader.skipValue();
    }

    void add(const Reader::StringToken &token)
    {
        if (!token.escaped && token.ascii) {
            const QLatin1StringView text(token.content);
            for (const QString &id : std::as_const(m_ids)) {
                if (id == text)
                    return;
            }
            m_ids.append(knownCopy(text));
            return;
        }
        const QString id = token.toString();
        if (!m_ids.contains(id))
            m_ids.append(id);
    }

    /// The record's own copy of @p text when a typed field holds it (ids are interned, so
    /// this shares one allocation across records); otherwise a new string.
    QString knownCopy(QLatin1StringView text) const
    {
        if (m_data.customerId == text)
            return m_data.customerId;
        for (const BotReference &bot : m_data.bots) {
            if (bot.id == text)
                return bot.id;
            if (bot.participantId == text)
                return bot.participantId;
            if (bot.escalationAgentId == text)
                return bot.escalationAgentId;
        }
        for (const QString &agent : m_data.agentIds) {
            if (agent == text)
                return agent;
        }
        return QString(text);
    }

    const OrchestrationData &m_data;
    QStringList &m_ids;
};

/// Reads the document @p text, which must be one record object, into @p found; false when
/// it is not valid JSON or not an object. @p minified: whether @p text has no whitespace.
bool readWholeRecord(QByteArrayView text, RecordSlots &found, bool *minified)
{
    Reader reader(text);
    if (!reader.beginDocument() || reader.peek() != Reader::Type::Object)
        return false;
    if (!readRecord(reader, found) || !reader.endDocument())
        return false;
    *minified = reader.whitespaceCount() == 0;
    return true;
}

OrchestrationData *buildData(const RecordSlots &found, StringInterner *interner)
{
    auto *data = new OrchestrationData;
    RecordBuilder(*data, interner).build(found);
    data->warnings.squeeze();
    return data;
}

/// @p raw as a record keeps it: itself when minified, else its minified copy.
QByteArray keptBytes(QByteArray raw, bool minified)
{
    if (!minified)
        return RawJson::minified(raw);
    // A slice of a larger buffer may carry spare capacity; the table holds many records.
    if (raw.capacity() > raw.size())
        raw.squeeze();
    return raw;
}

} // namespace

Orchestration::Orchestration() = default;
Orchestration::Orchestration(const Orchestration &other) = default;
Orchestration::Orchestration(Orchestration &&other) noexcept = default;
Orchestration &Orchestration::operator=(const Orchestration &other) = default;
Orchestration &Orchestration::operator=(Orchestration &&other) noexcept = default;
Orchestration::~Orchestration() = default;

Orchestration::Orchestration(OrchestrationData *data)
    : d(data)
{ }

Orchestration Orchestration::fromJson(QByteArray rawRecord, StringInterner *interner)
{
    RecordSlots found;
    bool minified = false;
    if (readWholeRecord(rawRecord, found, &minified)) {
        // Built before the bytes move: the found view them.
        OrchestrationData *data = buildData(found, interner);
        data->raw = keptBytes(std::move(rawRecord), minified);
        return Orchestration(data);
    }
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(rawRecord, &error);
    if (error.error == QJsonParseError::NoError && document.isObject())
        return fromJsonObject(std::move(rawRecord), document.object(), interner);
    auto *data = new OrchestrationData;
    data->raw = RawJson::isMinified(rawRecord) ? rawRecord : RawJson::minified(rawRecord);
    data->warnings.append({QString(),
        error.error != QJsonParseError::NoError
            ? Text::tr("The record is not valid JSON: %1 (at byte %2).")
                  .arg(error.errorString())
                  .arg(error.offset)
            : Text::tr("The record is not a JSON object.")});
    return Orchestration(data);
}

Orchestration Orchestration::fromJsonObject(
    QByteArray rawRecord, const QJsonObject &object, StringInterner *interner)
{
    RecordSlots found;
    bool minified = false;
    if (readWholeRecord(rawRecord, found, &minified)) {
        OrchestrationData *data = buildData(found, interner);
        data->raw = keptBytes(std::move(rawRecord), minified);
        return Orchestration(data);
    }
    // The bytes are not the object's text after all: the fields come from Qt's rendering of
    // the object, and the bytes are kept as they are.
    const QByteArray rendering = QJsonDocument(object).toJson(QJsonDocument::Compact);
    RecordSlots foundInObject;
    bool unused = false;
    readWholeRecord(rendering, foundInObject, &unused);
    OrchestrationData *data = buildData(foundInObject, interner);
    minified = RawJson::isMinified(rawRecord);
    data->raw = keptBytes(std::move(rawRecord), minified);
    return Orchestration(data);
}

Orchestration Orchestration::fromReader(RawJson::Reader &reader, StringInterner *interner)
{
    if (reader.peek() != RawJson::Reader::Type::Object)
        return {};
    const qsizetype start = reader.position();
    const qsizetype whitespace = reader.whitespaceCount();
    RecordSlots found;
    if (!readRecord(reader, found))
        return {};
    const QByteArrayView text = reader.text().sliced(start, reader.position() - start);
    OrchestrationData *data = buildData(found, interner);
    data->raw =
        reader.whitespaceCount() == whitespace ? text.toByteArray() : RawJson::minified(text);
    return Orchestration(data);
}

bool Orchestration::isNull() const
{
    return !d;
}

QString Orchestration::id() const
{
    return d ? d->id : QString();
}

QString Orchestration::name() const
{
    return d ? d->name : QString();
}

QString Orchestration::description() const
{
    return d ? d->description : QString();
}

bool Orchestration::hasDescription() const
{
    return d && d->has(OrchestrationData::HasDescription);
}

bool Orchestration::isActive() const
{
    return d && d->has(OrchestrationData::Active);
}

QDateTime Orchestration::created() const
{
    return d ? d->created : QDateTime();
}

QDateTime Orchestration::modified() const
{
    return d ? d->modified : QDateTime();
}

Orchestration::Kind Orchestration::kind() const
{
    const bool bot = hasBotConfiguration();
    const bool agent = hasAgentConfiguration();
    if (bot && agent)
        return Kind::BotAndAgent;
    if (bot)
        return Kind::Bot;
    if (agent)
        return Kind::Agent;
    return Kind::Unknown;
}

bool Orchestration::hasBotConfiguration() const
{
    return d && d->has(OrchestrationData::HasBotConfiguration);
}

bool Orchestration::hasAgentConfiguration() const
{
    return d && d->has(OrchestrationData::HasAgentConfiguration);
}

bool Orchestration::hasCustomerConfiguration() const
{
    return d && d->has(OrchestrationData::HasCustomerConfiguration);
}

std::optional<bool> Orchestration::forwardTranscript() const
{
    if (!d || !d->has(OrchestrationData::HasForwardTranscript))
        return std::nullopt;
    return d->has(OrchestrationData::ForwardTranscript);
}

std::optional<double> Orchestration::bypassVaDurationMinutes() const
{
    if (!d || std::isnan(d->bypassVaDuration))
        return std::nullopt;
    return d->bypassVaDuration;
}

QList<BotReference> Orchestration::bots() const
{
    return d ? d->bots : QList<BotReference>();
}

QStringList Orchestration::agentIds() const
{
    return d ? d->agentIds : QStringList();
}

QString Orchestration::customerId() const
{
    return d ? d->customerId : QString();
}

QStringList Orchestration::referencedIds() const
{
    QStringList ids;
    if (!d)
        return ids;
    // A byte order mark is the one thing Reader passes that the tolerant walk does not.
    if (!d->raw.startsWith("\xef\xbb\xbf")) {
        Reader reader(d->raw);
        if (ReferencedIdCollector(*d, ids).collectRecord(reader))
            return ids;
        ids.clear();
    }
    const QByteArrayView applications = RawJson::memberValue(d->raw, "applications");
    QSet<QString> seen;
    collectIdsTolerantly(applications, ids, seen);
    return ids;
}

QList<ValidationWarning> Orchestration::warnings() const
{
    return d ? d->warnings : QList<ValidationWarning>();
}

QByteArray Orchestration::rawJson() const
{
    return d ? d->raw : QByteArray();
}

QJsonObject Orchestration::toJsonObject() const
{
    if (!d)
        return {};
    return QJsonDocument::fromJson(d->raw).object();
}

QStringList Orchestration::knownFieldPaths()
{
    return {
        QStringLiteral("id"),
        QStringLiteral("name"),
        QStringLiteral("description"),
        QStringLiteral("active"),
        QStringLiteral("created"),
        QStringLiteral("modified"),
        QStringLiteral("applications"),
        QStringLiteral("applications.botConfiguration"),
        QStringLiteral("applications.botConfiguration.forwardTranscript"),
        QStringLiteral("applications.botConfiguration.bypassVaDuration"),
        QStringLiteral("applications.botConfiguration.bots"),
        QStringLiteral("applications.botConfiguration.bots[].id"),
        QStringLiteral("applications.botConfiguration.bots[].participant"),
        QStringLiteral("applications.botConfiguration.bots[].participant.id"),
        QStringLiteral("applications.botConfiguration.bots[].onEscalation"),
        QStringLiteral("applications.botConfiguration.bots[].onEscalation.agent"),
        QStringLiteral("applications.botConfiguration.bots[].onEscalation.agent.id"),
        QStringLiteral("applications.customerConfiguration"),
        QStringLiteral("applications.customerConfiguration.customer"),
        QStringLiteral("applications.customerConfiguration.customer.id"),
        QStringLiteral("applications.agentConfiguration"),
        QStringLiteral("applications.agentConfiguration.agents"),
        QStringLiteral("applications.agentConfiguration.agents[].id"),
    };
}
