#include "models/core/orchestration.h"

#include "models/core/orchestrationdata.h"
#include "models/core/rawjson.h"
#include "models/core/recordbuilder.h"
#include "models/core/recordreader.h"
#include "models/core/referencedids.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace {

/// The translation context of this file's messages (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Orchestration)
};

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
    RecordReader::RecordSlots found;
    bool minified = false;
    if (RecordReader::readDocument(rawRecord, found, &minified)) {
        // Built before the bytes move: the found view them.
        OrchestrationData *data = buildOrchestrationData(found, interner);
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
    RecordReader::RecordSlots found;
    bool minified = false;
    if (RecordReader::readDocument(rawRecord, found, &minified)) {
        OrchestrationData *data = buildOrchestrationData(found, interner);
        data->raw = keptBytes(std::move(rawRecord), minified);
        return Orchestration(data);
    }
    // The bytes are not the object's text after all: the fields come from Qt's rendering of
    // the object, and the bytes are kept as they are.
    const QByteArray rendering = QJsonDocument(object).toJson(QJsonDocument::Compact);
    RecordReader::RecordSlots foundInObject;
    bool unused = false;
    RecordReader::readDocument(rendering, foundInObject, &unused);
    OrchestrationData *data = buildOrchestrationData(foundInObject, interner);
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
    RecordReader::RecordSlots found;
    if (!RecordReader::read(reader, found))
        return {};
    const QByteArrayView text = reader.text().sliced(start, reader.position() - start);
    OrchestrationData *data = buildOrchestrationData(found, interner);
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
    return d ? referencedIdsOf(*d) : QStringList();
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
