#include "models/core/orchestration.h"
#include "models/core/rawjson.h"
#include "models/core/stringinterner.h"
#include "models/core/uuid.h"
#include "support/recordgenerator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QUuid>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

// The first record of the reference example (/work/shared/api/example-response.json).
static const QByteArray exampleBotRecord = R"({
  "id": "45a095f4-d0ee-4220-a689-22b541c58f67",
  "name": "default_orchestration",
  "description": "Created for Custom channel.",
  "active": true,
  "created": "2021-03-21T14:29:01.516Z",
  "modified": "2021-03-28T14:29:01.516Z",
  "applications": {
    "botConfiguration": {
      "forwardTranscript": true,
      "bots": [
        {
          "id": "a09dddd6-394b-4039-86bc-a5dd89ee5e8d",
          "participant": { "id": "b09dddd6-394b-4039-86bc-a5dd89ee5e8d" },
          "onEscalation": { "agent": { "id": "c09dddd6-394b-4039-86bc-a5dd89ee5e8d" } }
        }
      ]
    },
    "customerConfiguration": { "customer": { "id": "b09dddd6-394b-4039-86bc-a5dd89ee5e8d" } }
  }
})";

static const char *const uuidA = "a09dddd6-394b-4039-86bc-a5dd89ee5e8d";
static const char *const uuidB = "b09dddd6-394b-4039-86bc-a5dd89ee5e8d";
static const char *const uuidC = "c09dddd6-394b-4039-86bc-a5dd89ee5e8d";

/// A valid record with both configurations; tests break one thing at a time.
static QJsonObject validRecord()
{
    return QJsonObject {
        {u"id"_s, u"45a095f4-d0ee-4220-a689-22b541c58f67"_s},
        {u"name"_s, u"n"_s},
        {u"active"_s, false},
        {u"created"_s, u"2021-03-21T14:29:01.516Z"_s},
        {u"modified"_s, u"2021-03-28T14:29:01.516Z"_s},
        {u"applications"_s,
            QJsonObject {
                {u"botConfiguration"_s,
                    QJsonObject {{u"bots"_s,
                        QJsonArray {QJsonObject {{u"id"_s, QString::fromLatin1(uuidA)},
                                        {u"participant"_s,
                                            QJsonObject {{u"id"_s, QString::fromLatin1(uuidB)}}}},
                            QJsonObject {{u"id"_s, QString::fromLatin1(uuidA)},
                                {u"participant"_s,
                                    QJsonObject {{u"id"_s, QString::fromLatin1(uuidC)}}}}}}}},
                {u"agentConfiguration"_s,
                    QJsonObject {{u"agents"_s,
                        QJsonArray {QJsonObject {{u"id"_s, QString::fromLatin1(uuidC)}}}}}},
            }},
    };
}

static QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// Sets the value at a dotted path ("applications.botConfiguration.bots[1].participant.id"),
/// or removes it when @p value is Undefined.
static void setPath(QJsonObject &object, QStringView path, const QJsonValue &value);

static void setInValue(QJsonValue &target, QStringView path, const QJsonValue &value)
{
    if (path.startsWith(u'[')) {
        const qsizetype close = path.indexOf(u']');
        const int index = path.sliced(1, close - 1).toInt();
        QStringView rest = path.sliced(close + 1);
        if (rest.startsWith(u'.'))
            rest = rest.sliced(1);
        QJsonArray array = target.toArray();
        if (rest.isEmpty()) {
            array[index] = value;
        } else {
            QJsonValue element = array.at(index);
            setInValue(element, rest, value);
            array[index] = element;
        }
        target = array;
        return;
    }
    QJsonObject object = target.toObject();
    setPath(object, path, value);
    target = object;
}

static void setPath(QJsonObject &object, QStringView path, const QJsonValue &value)
{
    qsizetype end = 0;
    while (end < path.size() && path[end] != u'.' && path[end] != u'[')
        ++end;
    const QString key = path.first(end).toString();
    if (end == path.size()) {
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
        return;
    }
    QJsonValue child = object.value(key);
    setInValue(child, path[end] == u'.' ? path.sliced(end + 1) : path.sliced(end), value);
    object.insert(key, child);
}

// ---------------------------------------------------------------------------------------------
// The reference: how records were read before the one-pass reader, on QJsonDocument and
// QJsonObject. Kept here (not in the product) to prove the fast path changes nothing.
namespace reference {

QString tr(const char *text)
{
    return QCoreApplication::translate("Orchestration", text);
}

struct Record
{
    QString id;
    QString name;
    QString description;
    QString customerId;
    bool hasDescription = false;
    bool active = false;
    bool hasBot = false;
    bool hasAgent = false;
    bool hasCustomer = false;
    std::optional<bool> forwardTranscript;
    std::optional<double> bypass;
    QDateTime created;
    QDateTime modified;
    QList<BotReference> bots;
    QStringList agentIds;
    QList<ValidationWarning> warnings;
    QByteArray raw;
};

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("boolean");
    case QJsonValue::Double:
        return tr("number");
    case QJsonValue::String:
        return tr("string");
    case QJsonValue::Array:
        return tr("array");
    case QJsonValue::Object:
        return tr("object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

QString joinPath(const QString &prefix, QLatin1StringView key)
{
    if (prefix.isEmpty())
        return QString(key);
    return prefix + QLatin1Char('.') + key;
}

class Reader
{
public:
    Reader(Record &data, QSet<QString> *interner)
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

    QString intern(const QString &text)
    {
        if (!m_interner)
            return text;
        const auto it = m_interner->constFind(text);
        if (it != m_interner->constEnd())
            return *it;
        m_interner->insert(text);
        return text;
    }

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
            warn(joinPath(prefix, key), tr("Required field is missing."));
        else
            warn(joinPath(prefix, key),
                tr("Expected: %1. Found: %2.").arg(typeName(type), typeName(value.type())));
        return QJsonValue(QJsonValue::Undefined);
    }

    QString idMember(const QJsonObject &object, const QString &prefix)
    {
        const QJsonValue value =
            member(object, QLatin1StringView("id"), QJsonValue::String, Need::Required, prefix);
        if (!value.isString())
            return {};
        const QString id = value.toString();
        if (!isCanonicalUuid(id))
            warn(joinPath(prefix, QLatin1StringView("id")), tr("\"%1\" is not a UUID.").arg(id));
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
            warn(QString(key), tr("\"%1\" is not an ISO 8601 date and time.").arg(text));
            return {};
        }
        return date.toUTC();
    }

    void readBotConfiguration(const QJsonObject &configuration, const QString &prefix);
    void readBot(const QJsonObject &bot, const QString &prefix);
    void readAgentConfiguration(const QJsonObject &configuration, const QString &prefix);
    void readCustomerConfiguration(const QJsonObject &configuration, const QString &prefix);

    Record &m_data;
    QSet<QString> *m_interner;
};

void Reader::read(const QJsonObject &record)
{
    m_data.id = idMember(record, {});
    const QJsonValue name =
        member(record, QLatin1StringView("name"), QJsonValue::String, Need::Required, {});
    m_data.name = name.toString();
    const QJsonValue description =
        member(record, QLatin1StringView("description"), QJsonValue::String, Need::Optional, {});
    if (description.isString()) {
        m_data.description = intern(description.toString());
        m_data.hasDescription = true;
    }
    const QJsonValue active =
        member(record, QLatin1StringView("active"), QJsonValue::Bool, Need::Required, {});
    m_data.active = active.toBool(false);
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
            tr("Neither botConfiguration nor agentConfiguration is present; "
               "one of them is required."));
}

void Reader::readBotConfiguration(const QJsonObject &configuration, const QString &prefix)
{
    m_data.hasBot = true;
    const QJsonValue forward = member(configuration, QLatin1StringView("forwardTranscript"),
        QJsonValue::Bool, Need::Optional, prefix);
    if (forward.isBool())
        m_data.forwardTranscript = forward.toBool();
    const QJsonValue bypass = member(configuration, QLatin1StringView("bypassVaDuration"),
        QJsonValue::Double, Need::Optional, prefix);
    if (bypass.isDouble()) {
        m_data.bypass = bypass.toDouble();
        if (bypass.toDouble() < 0)
            warn(prefix + QStringLiteral(".bypassVaDuration"), tr("Must not be negative."));
    }
    const QJsonValue bots =
        member(configuration, QLatin1StringView("bots"), QJsonValue::Array, Need::Required, prefix);
    if (!bots.isArray())
        return;
    const QJsonArray list = bots.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = prefix + QStringLiteral(".bots[%1]").arg(i);
        const QJsonValue bot = list.at(i);
        if (!bot.isObject()) {
            warn(path,
                tr("Expected: %1. Found: %2.")
                    .arg(typeName(QJsonValue::Object), typeName(bot.type())));
            continue;
        }
        readBot(bot.toObject(), path);
    }
}

void Reader::readBot(const QJsonObject &bot, const QString &prefix)
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

void Reader::readAgentConfiguration(const QJsonObject &configuration, const QString &prefix)
{
    m_data.hasAgent = true;
    const QJsonValue agents = member(
        configuration, QLatin1StringView("agents"), QJsonValue::Array, Need::Required, prefix);
    if (!agents.isArray())
        return;
    const QJsonArray list = agents.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = prefix + QStringLiteral(".agents[%1]").arg(i);
        const QJsonValue agent = list.at(i);
        if (!agent.isObject()) {
            warn(path,
                tr("Expected: %1. Found: %2.")
                    .arg(typeName(QJsonValue::Object), typeName(agent.type())));
            continue;
        }
        const QString id = idMember(agent.toObject(), path);
        if (!id.isEmpty())
            m_data.agentIds.append(intern(id));
    }
}

void Reader::readCustomerConfiguration(const QJsonObject &configuration, const QString &prefix)
{
    m_data.hasCustomer = true;
    const QJsonValue customer = member(
        configuration, QLatin1StringView("customer"), QJsonValue::Object, Need::Required, prefix);
    if (customer.isObject())
        m_data.customerId =
            intern(idMember(customer.toObject(), prefix + QStringLiteral(".customer")));
}

Record fromJson(const QByteArray &rawRecord, QSet<QString> *interner)
{
    Record record;
    record.raw = RawJson::isMinified(rawRecord) ? rawRecord : RawJson::minified(rawRecord);
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(rawRecord, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        record.warnings.append({QString(),
            error.error != QJsonParseError::NoError
                ? tr("The record is not valid JSON: %1 (at byte %2).")
                      .arg(error.errorString())
                      .arg(error.offset)
                : tr("The record is not a JSON object.")});
        return record;
    }
    Reader(record, interner).read(document.object());
    return record;
}

} // namespace reference

/// Everything a caller can see of @p o equals what the reference read.
static void compareWithReference(const Orchestration &o, const reference::Record &r)
{
    QVERIFY(!o.isNull());
    QCOMPARE(o.rawJson(), r.raw);
    QCOMPARE(o.warnings(), r.warnings);
    QCOMPARE(o.id(), r.id);
    QCOMPARE(o.name(), r.name);
    QCOMPARE(o.hasDescription(), r.hasDescription);
    QCOMPARE(o.description(), r.description);
    QCOMPARE(o.isActive(), r.active);
    QCOMPARE(o.created(), r.created);
    QCOMPARE(o.created().isValid(), r.created.isValid());
    QCOMPARE(o.created().timeSpec(), r.created.timeSpec());
    QCOMPARE(o.modified(), r.modified);
    QCOMPARE(o.modified().isValid(), r.modified.isValid());
    QCOMPARE(o.modified().timeSpec(), r.modified.timeSpec());
    QCOMPARE(o.hasBotConfiguration(), r.hasBot);
    QCOMPARE(o.hasAgentConfiguration(), r.hasAgent);
    QCOMPARE(o.hasCustomerConfiguration(), r.hasCustomer);
    QCOMPARE(o.forwardTranscript(), r.forwardTranscript);
    QCOMPARE(o.bypassVaDurationMinutes().has_value(), r.bypass.has_value());
    if (r.bypass)
        QCOMPARE(*o.bypassVaDurationMinutes(), *r.bypass);
    QCOMPARE(o.bots(), r.bots);
    QCOMPARE(o.agentIds(), r.agentIds);
    QCOMPARE(o.customerId(), r.customerId);
}

using testsupport::RecordGenerator;

class TestOrchestration : public QObject
{
    Q_OBJECT

private slots:
    void exampleRecordFieldByField();
    void agentOnlyRecordAndKinds();
    void rawJsonKeepsUnknownFieldsAndSpelling();
    void nullRecord();
    void copiesShareData();
    void validRecordHasNoWarnings();
    void brokenFieldsBecomeWarnings_data();
    void brokenFieldsBecomeWarnings();
    void optionalNullsAreAbsentNotWrong();
    void everythingWrongAtOnceKeepsTheRecord();
    void textThatIsNotAnObjectKeepsBytesWithWarning_data();
    void textThatIsNotAnObjectKeepsBytesWithWarning();
    void datesAreUtc();
    void referencedIdsInDocumentOrderDeduplicated();
    void internerSharesRepeatedIds();
    void knownFieldPathsCoverTheContract();
    void heapBytesPerRecord();
    void fastPathMatchesReference();
    void fromJsonObjectReadsTheObjectWhenTheBytesAreNotIt();
    void internerSharesAcrossSpellings();
    void contractDatesMatchQDateTime();
    void referencedIdsMatchReference();
};

void TestOrchestration::exampleRecordFieldByField()
{
    const Orchestration o = Orchestration::fromJson(exampleBotRecord);
    QVERIFY(!o.isNull());
    QCOMPARE(o.id(), u"45a095f4-d0ee-4220-a689-22b541c58f67"_s);
    QCOMPARE(o.name(), u"default_orchestration"_s);
    QVERIFY(o.hasDescription());
    QCOMPARE(o.description(), u"Created for Custom channel."_s);
    QVERIFY(o.isActive());
    QCOMPARE(o.created(), QDateTime(QDate(2021, 3, 21), QTime(14, 29, 1, 516), Qt::UTC));
    QCOMPARE(o.modified(), QDateTime(QDate(2021, 3, 28), QTime(14, 29, 1, 516), Qt::UTC));
    QCOMPARE(o.created().timeSpec(), Qt::UTC);
    QCOMPARE(o.kind(), Orchestration::Kind::Bot);
    QVERIFY(o.hasBotConfiguration());
    QVERIFY(!o.hasAgentConfiguration());
    QVERIFY(o.hasCustomerConfiguration());
    QCOMPARE(o.forwardTranscript(), std::optional<bool>(true));
    QCOMPARE(o.bypassVaDurationMinutes(), std::nullopt);
    const QList<BotReference> bots = o.bots();
    QCOMPARE(bots.size(), 1);
    QCOMPARE(bots.at(0).id, QString::fromLatin1(uuidA));
    QCOMPARE(bots.at(0).participantId, QString::fromLatin1(uuidB));
    QCOMPARE(bots.at(0).escalationAgentId, QString::fromLatin1(uuidC));
    QVERIFY(o.agentIds().isEmpty());
    QCOMPARE(o.customerId(), QString::fromLatin1(uuidB));
    QCOMPARE(o.referencedIds(),
        (QStringList {
            QString::fromLatin1(uuidA), QString::fromLatin1(uuidB), QString::fromLatin1(uuidC)}));
    QCOMPARE(o.warnings(), QList<ValidationWarning>());
    QCOMPARE(o.rawJson(), RawJson::minified(exampleBotRecord));
    QVERIFY(!o.rawJson().contains('\n'));
    QCOMPARE(o.toJsonObject(), QJsonDocument::fromJson(exampleBotRecord).object());
}

void TestOrchestration::agentOnlyRecordAndKinds()
{
    const Orchestration agentOnly = Orchestration::fromJson(
        R"({"id":"b5fc053c-77f4-4445-b6df-2e744aef8f4f","name":"default_orchestration_2",
            "description":"Created for Custom channel","active":true,
            "created":"2021-03-21T14:29:01.516Z","modified":"2021-03-28T14:29:01.516Z",
            "applications":{"customerConfiguration":{"customer":{"id":"b09dddd6-394b-4039-86bc-a5dd89ee5e8d"}},
            "agentConfiguration":{"agents":[{"id":"c09dddd6-394b-4039-86bc-a5dd89ee5e8d"}]}}})");
    QCOMPARE(agentOnly.kind(), Orchestration::Kind::Agent);
    QCOMPARE(agentOnly.agentIds(), QStringList {QString::fromLatin1(uuidC)});
    QVERIFY(agentOnly.bots().isEmpty());
    QCOMPARE(agentOnly.forwardTranscript(), std::nullopt);
    QVERIFY(agentOnly.warnings().isEmpty());

    const Orchestration both = Orchestration::fromJson(toBytes(validRecord()));
    QCOMPARE(both.kind(), Orchestration::Kind::BotAndAgent);
    QVERIFY(!both.isActive());
    QVERIFY(!both.hasDescription());
    QVERIFY(!both.hasCustomerConfiguration());
    QVERIFY(both.customerId().isEmpty());

    QJsonObject none = validRecord();
    none.insert(u"applications"_s, QJsonObject {});
    const Orchestration unknown = Orchestration::fromJson(toBytes(none));
    QCOMPARE(unknown.kind(), Orchestration::Kind::Unknown);

    QJsonObject withBypass = validRecord();
    setPath(withBypass, u"applications.botConfiguration.bypassVaDuration", 2.5);
    setPath(withBypass, u"applications.botConfiguration.forwardTranscript", false);
    const Orchestration bypass = Orchestration::fromJson(toBytes(withBypass));
    QCOMPARE(bypass.bypassVaDurationMinutes(), std::optional<double>(2.5));
    QCOMPARE(bypass.forwardTranscript(), std::optional<bool>(false));
    QVERIFY(bypass.warnings().isEmpty());
}

void TestOrchestration::rawJsonKeepsUnknownFieldsAndSpelling()
{
    const QByteArray raw =
        R"({"zz":{"nested":[1.50,12345678901234567890]},"id":"45a095f4-d0ee-4220-a689-22b541c58f67","name":"名前 😀","active":true,"created":"2021-03-21T14:29:01.516Z","modified":"2021-03-28T14:29:01.516Z","applications":{"agentConfiguration":{"agents":[{"id":"c09dddd6-394b-4039-86bc-a5dd89ee5e8d","extra":true}]}},"aa":null})";
    const Orchestration o = Orchestration::fromJson(raw);
    QCOMPARE(o.rawJson(), raw);
    QCOMPARE(o.name(), u"名前 😀"_s);
    QVERIFY(o.toJsonObject().contains(u"zz"_s));
    QVERIFY(o.toJsonObject().contains(u"aa"_s));
    QVERIFY(o.warnings().isEmpty());

    // Pretty input is minified, nothing else changes.
    const Orchestration pretty = Orchestration::fromJson("{ \"name\" : \"a  b\" ,\n \"x\": 1.50 }");
    QCOMPARE(pretty.rawJson(), QByteArray("{\"name\":\"a  b\",\"x\":1.50}"));
}

void TestOrchestration::nullRecord()
{
    const Orchestration o;
    QVERIFY(o.isNull());
    QVERIFY(o.id().isNull());
    QVERIFY(!o.isActive());
    QCOMPARE(o.kind(), Orchestration::Kind::Unknown);
    QVERIFY(!o.created().isValid());
    QVERIFY(o.rawJson().isEmpty());
    QVERIFY(o.referencedIds().isEmpty());
    QVERIFY(o.toJsonObject().isEmpty());
    QCOMPARE(o.forwardTranscript(), std::nullopt);
}

void TestOrchestration::copiesShareData()
{
    const Orchestration a = Orchestration::fromJson(exampleBotRecord);
    const Orchestration b = a; // NOLINT(performance-unnecessary-copy-initialization)
    QCOMPARE(b.rawJson().constData(), a.rawJson().constData());
    QCOMPARE(b.name().constData(), a.name().constData());
    Orchestration c;
    c = b;
    QCOMPARE(c.id(), a.id());
    const QVariant variant = QVariant::fromValue(a);
    QCOMPARE(variant.value<Orchestration>().id(), a.id());
}

void TestOrchestration::validRecordHasNoWarnings()
{
    const Orchestration o = Orchestration::fromJson(toBytes(validRecord()));
    QCOMPARE(o.warnings(), QList<ValidationWarning>());
    QCOMPARE(o.bots().size(), 2);
    QCOMPARE(o.bots().at(1).participantId, QString::fromLatin1(uuidC));
}

void TestOrchestration::brokenFieldsBecomeWarnings_data()
{
    QTest::addColumn<QString>("path"); // what to change in validRecord()
    QTest::addColumn<QJsonValue>("value"); // Undefined: remove
    QTest::addColumn<QString>("warnedPath");

    const QJsonValue remove(QJsonValue::Undefined);
    const QString bots = u"applications.botConfiguration.bots"_s;
    QTest::newRow("id missing") << u"id"_s << remove << u"id"_s;
    QTest::newRow("id not a UUID") << u"id"_s << QJsonValue(u"42"_s) << u"id"_s;
    QTest::newRow("id a number") << u"id"_s << QJsonValue(42) << u"id"_s;
    QTest::newRow("name missing") << u"name"_s << remove << u"name"_s;
    QTest::newRow("name a number") << u"name"_s << QJsonValue(5) << u"name"_s;
    QTest::newRow("name null") << u"name"_s << QJsonValue(QJsonValue::Null) << u"name"_s;
    QTest::newRow("description a number") << u"description"_s << QJsonValue(1) << u"description"_s;
    QTest::newRow("active missing") << u"active"_s << remove << u"active"_s;
    QTest::newRow("active a string") << u"active"_s << QJsonValue(u"true"_s) << u"active"_s;
    QTest::newRow("created missing") << u"created"_s << remove << u"created"_s;
    QTest::newRow("created unparseable")
        << u"created"_s << QJsonValue(u"yesterday"_s) << u"created"_s;
    QTest::newRow("modified a number")
        << u"modified"_s << QJsonValue(1616336941516.0) << u"modified"_s;
    QTest::newRow("applications missing") << u"applications"_s << remove << u"applications"_s;
    QTest::newRow("applications an array")
        << u"applications"_s << QJsonValue(QJsonArray {}) << u"applications"_s;
    QTest::newRow("no bot or agent configuration")
        << u"applications"_s << QJsonValue(QJsonObject {}) << u"applications"_s;
    QTest::newRow("botConfiguration a string")
        << u"applications.botConfiguration"_s << QJsonValue(u"x"_s)
        << u"applications.botConfiguration"_s;
    QTest::newRow("bots missing") << bots << remove << bots;
    QTest::newRow("bots not an array") << bots << QJsonValue(QJsonObject {}) << bots;
    QTest::newRow("bot not an object") << bots + u"[0]"_s << QJsonValue(7) << bots + u"[0]"_s;
    QTest::newRow("bot id missing") << bots + u"[0].id"_s << remove << bots + u"[0].id"_s;
    QTest::newRow("participant missing")
        << bots + u"[1].participant"_s << remove << bots + u"[1].participant"_s;
    QTest::newRow("participant id missing")
        << bots + u"[1].participant.id"_s << remove << bots + u"[1].participant.id"_s;
    QTest::newRow("participant id not a UUID")
        << bots + u"[1].participant.id"_s << QJsonValue(u"bob"_s) << bots + u"[1].participant.id"_s;
    QTest::newRow("onEscalation without agent")
        << bots + u"[0].onEscalation"_s << QJsonValue(QJsonObject {})
        << bots + u"[0].onEscalation.agent"_s;
    QTest::newRow("escalation agent id a number")
        << bots + u"[0].onEscalation.agent.id"_s << QJsonValue(3)
        << bots + u"[0].onEscalation.agent.id"_s;
    QTest::newRow("forwardTranscript a string")
        << u"applications.botConfiguration.forwardTranscript"_s << QJsonValue(u"yes"_s)
        << u"applications.botConfiguration.forwardTranscript"_s;
    QTest::newRow("bypassVaDuration a string")
        << u"applications.botConfiguration.bypassVaDuration"_s << QJsonValue(u"5"_s)
        << u"applications.botConfiguration.bypassVaDuration"_s;
    QTest::newRow("bypassVaDuration negative")
        << u"applications.botConfiguration.bypassVaDuration"_s << QJsonValue(-1)
        << u"applications.botConfiguration.bypassVaDuration"_s;
    QTest::newRow("customerConfiguration without customer")
        << u"applications.customerConfiguration"_s << QJsonValue(QJsonObject {})
        << u"applications.customerConfiguration.customer"_s;
    QTest::newRow("customer id not a UUID")
        << u"applications.customerConfiguration.customer.id"_s << QJsonValue(u"c"_s)
        << u"applications.customerConfiguration.customer.id"_s;
    QTest::newRow("agents missing") << u"applications.agentConfiguration.agents"_s << remove
                                    << u"applications.agentConfiguration.agents"_s;
    QTest::newRow("agent id missing") << u"applications.agentConfiguration.agents[0].id"_s << remove
                                      << u"applications.agentConfiguration.agents[0].id"_s;
}

void TestOrchestration::brokenFieldsBecomeWarnings()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, warnedPath);

    QJsonObject record = validRecord();
    setPath(record, path, value);
    const QByteArray raw = toBytes(record);
    const Orchestration o = Orchestration::fromJson(raw);

    QVERIFY(!o.isNull());
    QCOMPARE(o.rawJson(), raw); // kept, byte for byte
    const QList<ValidationWarning> warnings = o.warnings();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.at(0).path, warnedPath);
    QVERIFY(!warnings.at(0).message.isEmpty());
    // The rest of the record is still read.
    if (path != u"id"_s)
        QCOMPARE(o.id(), u"45a095f4-d0ee-4220-a689-22b541c58f67"_s);
    if (path != u"name"_s)
        QCOMPARE(o.name(), u"n"_s);
    if (!path.startsWith(u"applications"_s))
        QCOMPARE(o.kind(), Orchestration::Kind::BotAndAgent);
}

void TestOrchestration::optionalNullsAreAbsentNotWrong()
{
    QJsonObject record = validRecord();
    setPath(record, u"description", QJsonValue::Null);
    setPath(record, u"applications.customerConfiguration", QJsonValue::Null);
    setPath(record, u"applications.botConfiguration.forwardTranscript", QJsonValue::Null);
    setPath(record, u"applications.botConfiguration.bots[0].onEscalation", QJsonValue::Null);
    const Orchestration o = Orchestration::fromJson(toBytes(record));
    QCOMPARE(o.warnings(), QList<ValidationWarning>());
    QVERIFY(!o.hasDescription());
    QVERIFY(!o.hasCustomerConfiguration());
    QCOMPARE(o.forwardTranscript(), std::nullopt);
    QVERIFY(o.bots().at(0).escalationAgentId.isEmpty());
}

void TestOrchestration::everythingWrongAtOnceKeepsTheRecord()
{
    const QByteArray raw =
        R"({"name":5,"active":"no","created":[],"applications":{"botConfiguration":{"bots":[null,{"participant":"p"}]},"agentConfiguration":{"agents":[{"id":1},"x"]},"customerConfiguration":{"customer":{"id":null}}}})";
    const Orchestration o = Orchestration::fromJson(raw);
    QVERIFY(!o.isNull());
    QCOMPARE(o.rawJson(), raw);
    QSet<QString> paths;
    const QList<ValidationWarning> warnings = o.warnings();
    for (const ValidationWarning &warning : warnings)
        paths.insert(warning.path);
    const QSet<QString> expected {u"id"_s, u"name"_s, u"active"_s, u"created"_s, u"modified"_s,
        u"applications.botConfiguration.bots[0]"_s, u"applications.botConfiguration.bots[1].id"_s,
        u"applications.botConfiguration.bots[1].participant"_s,
        u"applications.agentConfiguration.agents[0].id"_s,
        u"applications.agentConfiguration.agents[1]"_s,
        u"applications.customerConfiguration.customer.id"_s};
    QCOMPARE(paths, expected);
    QCOMPARE(o.kind(), Orchestration::Kind::BotAndAgent);
    QCOMPARE(o.bots().size(), 1);
    QVERIFY(o.agentIds().isEmpty());
}

void TestOrchestration::textThatIsNotAnObjectKeepsBytesWithWarning_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("truncated") << QByteArray("{\"id\":\"x");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("\xff\xfe{");
}

void TestOrchestration::textThatIsNotAnObjectKeepsBytesWithWarning()
{
    QFETCH(QByteArray, raw);
    const Orchestration o = Orchestration::fromJson(raw);
    QVERIFY(!o.isNull());
    QCOMPARE(o.rawJson(), raw);
    QCOMPARE(o.warnings().size(), 1);
    QVERIFY(o.warnings().at(0).path.isEmpty());
    QVERIFY(!o.warnings().at(0).message.isEmpty());
    QCOMPARE(o.kind(), Orchestration::Kind::Unknown);
    o.referencedIds(); // must not crash
}

void TestOrchestration::datesAreUtc()
{
    QJsonObject record = validRecord();
    setPath(record, u"created", u"2021-03-21T16:29:01.516+02:00"_s);
    setPath(record, u"modified", u"2021-03-21T14:29:01Z"_s); // no milliseconds: still ISO 8601
    const Orchestration o = Orchestration::fromJson(toBytes(record));
    QVERIFY(o.warnings().isEmpty());
    QCOMPARE(o.created(), QDateTime(QDate(2021, 3, 21), QTime(14, 29, 1, 516), Qt::UTC));
    QCOMPARE(o.created().timeSpec(), Qt::UTC);
    QCOMPARE(o.modified(), QDateTime(QDate(2021, 3, 21), QTime(14, 29, 1), Qt::UTC));
}

void TestOrchestration::referencedIdsInDocumentOrderDeduplicated()
{
    // Keys deliberately out of alphabetical order, an unknown configuration with its own id,
    // and an escaped id: document order and decoding both matter.
    const QByteArray raw =
        R"({"id":"11111111-1111-1111-1111-111111111111","applications":{"zConfig":{"thing":{"id":"z-id"}},"customerConfiguration":{"customer":{"id":"cust"}},"botConfiguration":{"bots":[{"participant":{"id":"p\u00e9"},"id":"bot","onEscalation":{"agent":{"id":"cust"}}}]},"agentConfiguration":{"agents":[{"id":"agent"},{"id":"bot"},{"id":7}]}}})";
    const Orchestration o = Orchestration::fromJson(raw);
    QCOMPARE(
        o.referencedIds(), (QStringList {u"z-id"_s, u"cust"_s, u"pé"_s, u"bot"_s, u"agent"_s}));
}

void TestOrchestration::internerSharesRepeatedIds()
{
    StringInterner interner;
    const Orchestration a = Orchestration::fromJson(exampleBotRecord, &interner);
    const Orchestration b = Orchestration::fromJson(toBytes(validRecord()), &interner);
    // b's second bot has participant uuidC; a's escalation agent is uuidC; both share storage.
    QCOMPARE(b.bots().at(1).participantId, a.bots().at(0).escalationAgentId);
    QCOMPARE(
        b.bots().at(1).participantId.constData(), a.bots().at(0).escalationAgentId.constData());
    QCOMPARE(b.agentIds().at(0).constData(), a.bots().at(0).escalationAgentId.constData());
    QCOMPARE(a.customerId().constData(), a.bots().at(0).participantId.constData());
    QCOMPARE(interner.size(), 4); // uuidA, uuidB, uuidC, the description
}

static void collectLeafPaths(const QJsonValue &value, const QString &path, QSet<QString> &paths)
{
    if (!path.isEmpty())
        paths.insert(path);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectLeafPaths(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), paths);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array) {
            QSet<QString> inner;
            collectLeafPaths(element, {}, inner);
            for (const QString &p : std::as_const(inner))
                paths.insert(path + u"[]."_s + p);
        }
    }
}

void TestOrchestration::knownFieldPathsCoverTheContract()
{
    const QStringList known = Orchestration::knownFieldPaths();
    QSet<QString> paths;
    collectLeafPaths(QJsonDocument::fromJson(exampleBotRecord).object(), {}, paths);
    collectLeafPaths(validRecord(), {}, paths);
    for (const QString &path : std::as_const(paths))
        QVERIFY2(known.contains(path), qPrintable(path));
    QVERIFY(known.contains(u"applications.botConfiguration.bypassVaDuration"_s));
    QCOMPARE(QSet<QString>(known.begin(), known.end()).size(), known.size());
}

/// A record shaped like the simulator's: unique id and name, ids drawn from small pools.
static QByteArray generatedRecord(int i, const QStringList &pool)
{
    QRandomGenerator random(quint32(i) * 2654435761u);
    const auto pick = [&] { return pool.at(random.bounded(int(pool.size()))); };
    QString bots;
    const int botCount = 1 + random.bounded(2);
    for (int b = 0; b < botCount; ++b) {
        if (b)
            bots += u',';
        bots +=
            uR"({"id":"%1","participant":{"id":"%2"},"onEscalation":{"agent":{"id":"%3"}}})"_s.arg(
                pick(), pick(), pick());
    }
    const QString record =
        uR"({"id":"%1","name":"Orchestration %2","description":"Created for Custom channel.","active":%3,"created":"2021-03-21T14:29:01.516Z","modified":"2021-03-28T14:29:01.516Z","applications":{"botConfiguration":{"forwardTranscript":true,"bots":[%4]},"customerConfiguration":{"customer":{"id":"%5"}},"agentConfiguration":{"agents":[{"id":"%6"}]}}})"_s
            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
            .arg(i, 6, 10, QLatin1Char('0'))
            .arg(i % 3 ? u"true"_s : u"false"_s, bots, pick(), pick());
    return record.toUtf8();
}

void TestOrchestration::heapBytesPerRecord()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    // A measurement, reported for the benchmark log; the bound only catches a blow-up (say,
    // a QJsonObject kept per record), not a few bytes.
    constexpr int count = 20000;
    QStringList pool;
    for (int i = 0; i < 60; ++i)
        pool.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
    // Everything the records keep counts: their raw bytes, typed fields and interned ids.
    // The inputs are made after the baseline and freed before the final reading.
    const size_t before = mallinfo2().uordblks;
    QList<Orchestration> records;
    records.reserve(count);
    qint64 rawBytes = 0;
    {
        QList<QByteArray> inputs;
        inputs.reserve(count);
        for (int i = 0; i < count; ++i) {
            inputs.append(generatedRecord(i, pool));
            rawBytes += inputs.last().size();
        }
        StringInterner interner;
        for (int i = 0; i < count; ++i)
            records.append(Orchestration::fromJson(inputs.at(i), &interner));
    }
    const size_t afterWithRaw = mallinfo2().uordblks;
    const double perRecord = (double(afterWithRaw) - double(before)) / count;
    const double rawPerRecord = double(rawBytes) / count;
    qInfo("heap per record: %.0f bytes (raw JSON %.0f bytes, typed fields and overhead %.0f "
          "bytes)",
        perRecord, rawPerRecord, perRecord - rawPerRecord);
    QVERIFY(records.at(0).warnings().isEmpty());
    QVERIFY2(perRecord - rawPerRecord < 1024, "typed fields cost more than 1 KiB per record");
#else
    QSKIP("Heap measurement needs glibc's mallinfo2().");
#endif
}

void TestOrchestration::fastPathMatchesReference()
{
    // Thousands of generated and mutated records: every field, every warning (path, message,
    // order) and the kept bytes are what the QJsonDocument-based reference reads, with and
    // without an interner, and the interner shares what the reference's shares.
    RecordGenerator generator(20240521);
    StringInterner interner;
    QSet<QString> referenceInterner;
    QHash<QString, const QChar *> sharedCopy;
    int clean = 0;
    int warned = 0;
    int notJson = 0;
    constexpr int rounds = 6000;
    for (int round = 0; round < rounds; ++round) {
        const QByteArray raw = generator.next();
        const reference::Record expected = reference::fromJson(raw, &referenceInterner);
        const Orchestration o = Orchestration::fromJson(raw, &interner);
        compareWithReference(o, expected);
        if (!QTest::currentTestFailed())
            compareWithReference(Orchestration::fromJson(raw), expected);
        if (!QTest::currentTestFailed() && expected.warnings.value(0).path.isEmpty()
            && expected.warnings.isEmpty()) {
            const QJsonObject object = QJsonDocument::fromJson(raw).object();
            compareWithReference(Orchestration::fromJsonObject(raw, object), expected);
        }
        if (QTest::currentTestFailed()) {
            qWarning("record %d: %s", round, raw.constData());
            return;
        }
        QCOMPARE(interner.size(), referenceInterner.size());
        QStringList interned {o.description(), o.customerId()};
        interned += o.agentIds();
        for (const BotReference &bot : o.bots())
            interned += {bot.id, bot.participantId, bot.escalationAgentId};
        for (const QString &text : std::as_const(interned)) {
            if (text.isEmpty())
                continue;
            const auto it = sharedCopy.constFind(text);
            if (it == sharedCopy.constEnd())
                sharedCopy.insert(text, text.constData());
            else
                QVERIFY2(*it == text.constData(), qPrintable(text));
        }
        if (expected.warnings.isEmpty())
            ++clean;
        else if (expected.warnings.at(0).path.isEmpty())
            ++notJson;
        else
            ++warned;
    }
    // The generator reached every kind of outcome often.
    QVERIFY2(clean > rounds / 50 && warned > rounds / 2 && notJson > rounds / 100,
        qPrintable(u"%1 clean, %2 warned, %3 not JSON"_s.arg(clean).arg(warned).arg(notJson)));
}

void TestOrchestration::fromJsonObjectReadsTheObjectWhenTheBytesAreNotIt()
{
    // A caller that hands bytes that are not the object's text still gets the object's
    // fields, and its bytes kept.
    const QJsonObject object = QJsonDocument::fromJson(exampleBotRecord).object();
    const QByteArray notJson = "{\"id\": trunc";
    const Orchestration o = Orchestration::fromJsonObject(notJson, object);
    QCOMPARE(o.rawJson(), RawJson::minified(notJson));
    QCOMPARE(o.id(), u"45a095f4-d0ee-4220-a689-22b541c58f67"_s);
    QCOMPARE(o.bots().size(), 1);
    QVERIFY(o.warnings().isEmpty());
}

void TestOrchestration::internerSharesAcrossSpellings()
{
    StringInterner interner;
    const QString accented = u"caf\u00e9"_s;
    const QString first = interner.intern(accented);
    QCOMPARE(interner.internUtf8("caf\xc3\xa9").constData(), first.constData());
    const QString ascii = interner.internUtf8("a09dddd6-394b-4039-86bc-a5dd89ee5e8d");
    QCOMPARE(interner.intern(QString::fromLatin1(uuidA)).constData(), ascii.constData());
    QCOMPARE(interner.size(), 2);
    // A lone surrogate has no UTF-8; it still gets its own entry and finds it again.
    const QString lone(QChar(0xd800));
    const QString loneCopy = interner.intern(lone);
    QCOMPARE(interner.intern(QString(QChar(0xd800))).constData(), loneCopy.constData());
    QVERIFY(interner.intern(QString(QChar(0xfffd))) != lone);
    QCOMPARE(interner.size(), 4);
    // Records written with and without escapes share their ids.
    const Orchestration plain = Orchestration::fromJson(exampleBotRecord, &interner);
    QByteArray escaped = exampleBotRecord;
    escaped.replace("a09dddd6-", "\\u0061\\u00309dddd6\\u002d");
    const Orchestration spelled = Orchestration::fromJson(escaped, &interner);
    QCOMPARE(spelled.bots().at(0).id, QString::fromLatin1(uuidA));
    QCOMPARE(spelled.bots().at(0).id.constData(), plain.bots().at(0).id.constData());
}

void TestOrchestration::contractDatesMatchQDateTime()
{
    // The hand-read contract format against QDateTime::fromString over a wide spread of
    // dates and times, impossible ones included.
    QRandomGenerator random(4711);
    for (int i = 0; i < 20000; ++i) {
        const bool odd = i % 4 == 0;
        const QString text = QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
            odd ? random.bounded(0, 10000) : random.bounded(1, 10000),
            odd ? random.bounded(0, 14) : random.bounded(1, 13),
            odd ? random.bounded(0, 33) : random.bounded(1, 32),
            odd ? random.bounded(0, 26) : random.bounded(0, 24),
            odd ? random.bounded(0, 61) : random.bounded(0, 60),
            odd ? random.bounded(0, 62) : random.bounded(0, 60), random.bounded(0, 1000));
        const QDateTime expected = QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
        QJsonObject record = validRecord();
        record.insert(u"created"_s, text);
        const Orchestration o = Orchestration::fromJson(toBytes(record));
        QCOMPARE(o.created().isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(o.created(), expected);
            QCOMPARE(o.created().timeSpec(), Qt::UTC);
            QVERIFY(o.warnings().isEmpty());
        } else {
            QCOMPARE(o.warnings().size(), 1);
            QCOMPARE(o.warnings().at(0).path, u"created"_s);
        }
    }
}

namespace reference {

/// referencedIds() as it was first written: member lists at every level and a set, over the
/// raw bytes with RawJson's tolerant helpers (QJsonObject would sort the keys).
void collectIds(QByteArrayView value, QStringList &ids, QSet<QString> &seen)
{
    if (value.startsWith('{')) {
        const QList<RawJson::Member> members = RawJson::objectMembers(value);
        for (const RawJson::Member &member : members) {
            if (member.rawKey == "id" && RawJson::isString(member.value)
                && member.value.size() >= 2) {
                const QString id = RawJson::decodeString(member.value.sliced(1).chopped(1));
                if (!seen.contains(id)) {
                    seen.insert(id);
                    ids.append(id);
                }
            } else {
                collectIds(member.value, ids, seen);
            }
        }
    } else if (value.startsWith('[')) {
        const QList<QByteArrayView> items = RawJson::arrayItems(value);
        for (const QByteArrayView item : items)
            collectIds(item, ids, seen);
    }
}

QStringList referencedIds(const QByteArray &raw)
{
    QStringList ids;
    QSet<QString> seen;
    collectIds(RawJson::memberValue(raw, "applications"), ids, seen);
    return ids;
}

} // namespace reference

void TestOrchestration::referencedIdsMatchReference()
{
    // Generated and mutated records (escaped keys and ids, repeated keys, unknown parts
    // holding ids, broken bytes, indented text): the ids, their order and their decoding are
    // what the tolerant reference walk finds in the record's kept bytes.
    RecordGenerator generator(20260528);
    StringInterner interner;
    int withIds = 0;
    int notJson = 0;
    constexpr int rounds = 8000;
    for (int round = 0; round < rounds; ++round) {
        QByteArray raw = generator.next();
        if (round % 7 == 0) {
            // Ids nested in unknown places, an escaped "id" key that must not count, and a
            // repeated id in another spelling.
            raw.replace("\"applications\":{",
                R"("applications":{"x-extra":[{"id":"n\u00e9"},[{"deep":{"id":"ne\u0301"}}],{"i\u0064":"hidden"},{"id":"\u006ee\u0301"}],)");
        }
        const Orchestration record =
            (round % 2) ? Orchestration::fromJson(raw, &interner) : Orchestration::fromJson(raw);
        const QStringList expected = reference::referencedIds(record.rawJson());
        const QStringList ids = record.referencedIds();
        if (ids != expected) {
            qWarning("record %d: %s", round, record.rawJson().constData());
            QCOMPARE(ids, expected);
        }
        if (!ids.isEmpty())
            ++withIds;
        if (!record.warnings().isEmpty() && record.warnings().constFirst().path.isEmpty())
            ++notJson;
    }
    // Both the streaming walk and the tolerant one for broken bytes were exercised.
    QVERIFY2(withIds > rounds / 2 && notJson > rounds / 100,
        qPrintable(u"%1 with ids, %2 not JSON"_s.arg(withIds).arg(notJson)));
}

QTEST_GUILESS_MAIN(TestOrchestration)
#include "tst_orchestration.moc"
