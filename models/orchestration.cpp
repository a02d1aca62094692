#include "orchestration.h"

#include "rawjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <cmath>

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

QString StringInterner::intern(const QString &text)
{
    const auto it = m_strings.constFind(text);
    if (it != m_strings.constEnd())
        return *it;
    m_strings.insert(text);
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

/// The translation context of this file's messages (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Orchestration)
};

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return Text::tr("null");
    case QJsonValue::Bool:
        return Text::tr("a boolean");
    case QJsonValue::Double:
        return Text::tr("a number");
    case QJsonValue::String:
        return Text::tr("a string");
    case QJsonValue::Array:
        return Text::tr("an array");
    case QJsonValue::Object:
        return Text::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("nothing");
}

QString joinPath(const QString &prefix, QLatin1StringView key)
{
    if (prefix.isEmpty())
        return QString(key);
    return prefix + QLatin1Char('.') + key;
}

/// Reads one record's typed fields, turning every breach of the contract into a warning.
class RecordReader
{
public:
    RecordReader(OrchestrationData &data, StringInterner *interner)
        : m_data(data)
        , m_interner(interner)
    { }

    void read(const QJsonObject &record);

private:
    enum class Need { Required, Optional };

    void warn(const QString &path, const QString &message)
    {
        m_data.warnings.append({path, message});
    }

    QString intern(const QString &text) { return m_interner ? m_interner->intern(text) : text; }

    /// The member @p key of @p object when it has @p type; otherwise Undefined, with a warning
    /// unless an optional member is absent or null.
    QJsonValue member(const QJsonObject &object, QLatin1StringView key, QJsonValue::Type type,
        Need need, const QString &prefix)
    {
        const auto it = object.constFind(key);
        const QJsonValue value =
            it == object.constEnd() ? QJsonValue(QJsonValue::Undefined) : it.value();
        if (value.type() == type)
            return value;
        const bool absent = value.isUndefined() || value.isNull();
        if (absent && need == Need::Optional)
            return QJsonValue(QJsonValue::Undefined);
        if (value.isUndefined())
            warn(joinPath(prefix, key), Text::tr("Required field is missing."));
        else
            warn(joinPath(prefix, key),
                Text::tr("Expected %1 but found %2.").arg(typeName(type), typeName(value.type())));
        return QJsonValue(QJsonValue::Undefined);
    }

    /// A required id: a string, expected to be a UUID. Kept even when it is not one.
    QString idMember(const QJsonObject &object, const QString &prefix)
    {
        const QJsonValue value =
            member(object, QLatin1StringView("id"), QJsonValue::String, Need::Required, prefix);
        if (!value.isString())
            return {};
        const QString id = value.toString();
        if (!isCanonicalUuid(id))
            warn(joinPath(prefix, QLatin1StringView("id")),
                Text::tr("\"%1\" is not a UUID.").arg(id));
        return id;
    }

    QDateTime dateMember(const QJsonObject &object, QLatin1StringView key)
    {
        const QJsonValue value = member(object, key, QJsonValue::String, Need::Required, {});
        if (!value.isString())
            return {};
        const QString text = value.toString();
        const QDateTime date = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!date.isValid()) {
            warn(QString(key), Text::tr("\"%1\" is not an ISO 8601 date and time.").arg(text));
            return {};
        }
        return date.toUTC();
    }

    void readBotConfiguration(const QJsonObject &configuration, const QString &prefix);
    void readBot(const QJsonObject &bot, const QString &prefix);
    void readAgentConfiguration(const QJsonObject &configuration, const QString &prefix);
    void readCustomerConfiguration(const QJsonObject &configuration, const QString &prefix);

    OrchestrationData &m_data;
    StringInterner *m_interner;
};

void RecordReader::read(const QJsonObject &record)
{
    using F = OrchestrationData;
    m_data.id = idMember(record, {});
    const QJsonValue name =
        member(record, QLatin1StringView("name"), QJsonValue::String, Need::Required, {});
    m_data.name = name.toString();
    const QJsonValue description =
        member(record, QLatin1StringView("description"), QJsonValue::String, Need::Optional, {});
    if (description.isString()) {
        m_data.description = intern(description.toString());
        m_data.set(F::HasDescription);
    }
    const QJsonValue active =
        member(record, QLatin1StringView("active"), QJsonValue::Bool, Need::Required, {});
    m_data.set(F::Active, active.toBool(false));
    m_data.created = dateMember(record, QLatin1StringView("created"));
    m_data.modified = dateMember(record, QLatin1StringView("modified"));

    const QString applicationsPath = QStringLiteral("applications");
    const QJsonValue applications =
        member(record, QLatin1StringView("applications"), QJsonValue::Object, Need::Required, {});
    if (!applications.isObject())
        return;
    const QJsonObject apps = applications.toObject();
    const QJsonValue bot = member(apps, QLatin1StringView("botConfiguration"), QJsonValue::Object,
        Need::Optional, applicationsPath);
    const QJsonValue agent = member(apps, QLatin1StringView("agentConfiguration"),
        QJsonValue::Object, Need::Optional, applicationsPath);
    const QJsonValue customer = member(apps, QLatin1StringView("customerConfiguration"),
        QJsonValue::Object, Need::Optional, applicationsPath);
    if (bot.isObject())
        readBotConfiguration(
            bot.toObject(), applicationsPath + QStringLiteral(".botConfiguration"));
    if (agent.isObject())
        readAgentConfiguration(
            agent.toObject(), applicationsPath + QStringLiteral(".agentConfiguration"));
    if (customer.isObject())
        readCustomerConfiguration(
            customer.toObject(), applicationsPath + QStringLiteral(".customerConfiguration"));
    const bool botKeyPresent = apps.contains(QLatin1StringView("botConfiguration"))
        && !apps.value(QLatin1StringView("botConfiguration")).isNull();
    const bool agentKeyPresent = apps.contains(QLatin1StringView("agentConfiguration"))
        && !apps.value(QLatin1StringView("agentConfiguration")).isNull();
    if (!botKeyPresent && !agentKeyPresent)
        warn(applicationsPath,
            Text::tr("Neither botConfiguration nor agentConfiguration is present; "
                     "one of them is required."));
}

void RecordReader::readBotConfiguration(const QJsonObject &configuration, const QString &prefix)
{
    using F = OrchestrationData;
    m_data.set(F::HasBotConfiguration);
    const QJsonValue forward = member(configuration, QLatin1StringView("forwardTranscript"),
        QJsonValue::Bool, Need::Optional, prefix);
    if (forward.isBool()) {
        m_data.set(F::HasForwardTranscript);
        m_data.set(F::ForwardTranscript, forward.toBool());
    }
    const QJsonValue bypass = member(configuration, QLatin1StringView("bypassVaDuration"),
        QJsonValue::Double, Need::Optional, prefix);
    if (bypass.isDouble()) {
        m_data.bypassVaDuration = bypass.toDouble();
        if (bypass.toDouble() < 0)
            warn(prefix + QStringLiteral(".bypassVaDuration"), Text::tr("Must not be negative."));
    }
    const QJsonValue bots =
        member(configuration, QLatin1StringView("bots"), QJsonValue::Array, Need::Required, prefix);
    if (!bots.isArray())
        return;
    const QJsonArray list = bots.toArray();
    m_data.bots.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = prefix + QStringLiteral(".bots[%1]").arg(i);
        const QJsonValue bot = list.at(i);
        if (!bot.isObject()) {
            warn(path,
                Text::tr("Expected %1 but found %2.")
                    .arg(typeName(QJsonValue::Object), typeName(bot.type())));
            continue;
        }
        readBot(bot.toObject(), path);
    }
}

void RecordReader::readBot(const QJsonObject &bot, const QString &prefix)
{
    BotReference reference;
    reference.id = intern(idMember(bot, prefix));
    const QJsonValue participant =
        member(bot, QLatin1StringView("participant"), QJsonValue::Object, Need::Required, prefix);
    if (participant.isObject())
        reference.participantId =
            intern(idMember(participant.toObject(), prefix + QStringLiteral(".participant")));
    const QString escalationPath = prefix + QStringLiteral(".onEscalation");
    const QJsonValue escalation =
        member(bot, QLatin1StringView("onEscalation"), QJsonValue::Object, Need::Optional, prefix);
    if (escalation.isObject()) {
        const QJsonValue agent = member(escalation.toObject(), QLatin1StringView("agent"),
            QJsonValue::Object, Need::Required, escalationPath);
        if (agent.isObject())
            reference.escalationAgentId =
                intern(idMember(agent.toObject(), escalationPath + QStringLiteral(".agent")));
    }
    m_data.bots.append(reference);
}

void RecordReader::readAgentConfiguration(const QJsonObject &configuration, const QString &prefix)
{
    m_data.set(OrchestrationData::HasAgentConfiguration);
    const QJsonValue agents = member(
        configuration, QLatin1StringView("agents"), QJsonValue::Array, Need::Required, prefix);
    if (!agents.isArray())
        return;
    const QJsonArray list = agents.toArray();
    m_data.agentIds.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = prefix + QStringLiteral(".agents[%1]").arg(i);
        const QJsonValue agent = list.at(i);
        if (!agent.isObject()) {
            warn(path,
                Text::tr("Expected %1 but found %2.")
                    .arg(typeName(QJsonValue::Object), typeName(agent.type())));
            continue;
        }
        const QString id = idMember(agent.toObject(), path);
        if (!id.isEmpty())
            m_data.agentIds.append(intern(id));
    }
}

void RecordReader::readCustomerConfiguration(
    const QJsonObject &configuration, const QString &prefix)
{
    m_data.set(OrchestrationData::HasCustomerConfiguration);
    const QJsonValue customer = member(
        configuration, QLatin1StringView("customer"), QJsonValue::Object, Need::Required, prefix);
    if (customer.isObject())
        m_data.customerId =
            intern(idMember(customer.toObject(), prefix + QStringLiteral(".customer")));
}

void collectIds(QByteArrayView value, QStringList &ids, QSet<QString> &seen)
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
                collectIds(member.value, ids, seen);
        }
    } else if (value.startsWith('[')) {
        const QList<QByteArrayView> items = RawJson::arrayItems(value);
        for (const QByteArrayView item : items)
            collectIds(item, ids, seen);
    }
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
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(rawRecord, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
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
    return fromJsonObject(std::move(rawRecord), document.object(), interner);
}

Orchestration Orchestration::fromJsonObject(
    QByteArray rawRecord, const QJsonObject &object, StringInterner *interner)
{
    auto *data = new OrchestrationData;
    if (RawJson::isMinified(rawRecord)) {
        data->raw = std::move(rawRecord);
        // A slice of a larger buffer may carry spare capacity; the table holds many records.
        if (data->raw.capacity() > data->raw.size())
            data->raw.squeeze();
    } else {
        data->raw = RawJson::minified(rawRecord);
    }
    RecordReader(*data, interner).read(object);
    data->warnings.squeeze();
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
    const QByteArrayView applications = RawJson::memberValue(d->raw, "applications");
    QSet<QString> seen;
    collectIds(applications, ids, seen);
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
