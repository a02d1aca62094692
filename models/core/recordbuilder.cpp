#include "models/core/recordbuilder.h"

#include "models/core/isodatetime.h"
#include "models/core/orchestrationdata.h"
#include "models/core/stringinterner.h"
#include "models/core/uuid.h"

#include <QCoreApplication>
#include <QVarLengthArray>

using namespace RecordReader;
using RawJson::Reader;

namespace {

/// The translation context of this file's messages (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Orchestration)
};

QString typeName(JType type)
{
    switch (type) {
    case JType::Null:
        return Text::tr("null");
    case JType::Bool:
        return Text::tr("boolean");
    case JType::Double:
        return Text::tr("number");
    case JType::String:
        return Text::tr("string");
    case JType::Array:
        return Text::tr("array");
    case JType::Object:
        return Text::tr("object");
    case JType::Undefined:
        break;
    }
    return Text::tr("nothing");
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

/// Whether the string token is a canonical UUID, checked on its bytes when it has no escapes.
bool isUuidToken(const Reader::StringToken &token)
{
    return token.escaped ? isCanonicalUuid(token.toString()) : isCanonicalUuidUtf8(token.content);
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
                Text::tr("Expected: %1. Found: %2.").arg(typeName(type), typeName(field.type)));
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
        const QDateTime date = field.value.escaped ? IsoDateTime::fromString(field.value.toString())
                                                   : IsoDateTime::fromUtf8(field.value.content);
        if (!date.isValid()) {
            warn(path,
                Text::tr("\"%1\" is not an ISO 8601 date and time.").arg(field.value.toString()));
            return {};
        }
        return date;
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
                Text::tr("Expected: %1. Found: %2.")
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
                Text::tr("Expected: %1. Found: %2.")
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

} // namespace

OrchestrationData *buildOrchestrationData(const RecordSlots &found, StringInterner *interner)
{
    auto *data = new OrchestrationData;
    RecordBuilder(*data, interner).build(found);
    data->warnings.squeeze();
    return data;
}
