// The simulator's data: the generated tenant is deterministic, starts with eGain's reference
// example, and varies the way a real tenant does; datasets load from files without losing
// key order; fault specs parse as documented.

#include "sim/dataset.h"
#include "sim/faults.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using hubsim::Dataset;
using hubsim::FaultRule;

namespace {

QByteArray exampleResponseText()
{
    QFile file(QFINDTESTDATA("example-response.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool isUuid(const QJsonValue &value)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return value.isString() && uuid.match(value.toString()).hasMatch();
}

QDateTime parseTimestamp(const QJsonValue &value)
{
    static const QRegularExpression format(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$)"));
    if (!value.isString() || !format.match(value.toString()).hasMatch())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

/// Why @p record breaks the contract's required fields; empty when it does not.
QString contractViolation(const QJsonObject &record)
{
    if (!isUuid(record.value(QStringLiteral("id"))))
        return QStringLiteral("id");
    if (!record.value(QStringLiteral("name")).isString())
        return QStringLiteral("name");
    if (record.contains(QStringLiteral("description"))
        && !record.value(QStringLiteral("description")).isString())
        return QStringLiteral("description");
    if (!record.value(QStringLiteral("active")).isBool())
        return QStringLiteral("active");
    const QDateTime created = parseTimestamp(record.value(QStringLiteral("created")));
    const QDateTime modified = parseTimestamp(record.value(QStringLiteral("modified")));
    if (!created.isValid() || !modified.isValid())
        return QStringLiteral("timestamps");
    if (created > modified)
        return QStringLiteral("created after modified");
    const QJsonObject applications = record.value(QStringLiteral("applications")).toObject();
    const bool hasBots = applications.contains(QStringLiteral("botConfiguration"));
    const bool hasAgents = applications.contains(QStringLiteral("agentConfiguration"));
    if (!hasBots && !hasAgents)
        return QStringLiteral("neither bots nor agents");
    if (hasBots) {
        const QJsonObject bot = applications.value(QStringLiteral("botConfiguration")).toObject();
        if (!bot.value(QStringLiteral("forwardTranscript")).isBool())
            return QStringLiteral("forwardTranscript");
        if (bot.contains(QStringLiteral("bypassVaDuration"))
            && !bot.value(QStringLiteral("bypassVaDuration")).isDouble())
            return QStringLiteral("bypassVaDuration");
        const QJsonArray bots = bot.value(QStringLiteral("bots")).toArray();
        if (bots.isEmpty())
            return QStringLiteral("bots");
        for (const QJsonValue &entry : bots) {
            const QJsonObject b = entry.toObject();
            if (!isUuid(b.value(QStringLiteral("id"))))
                return QStringLiteral("bot id");
            if (!isUuid(
                    b.value(QStringLiteral("participant")).toObject().value(QStringLiteral("id"))))
                return QStringLiteral("participant id");
            if (b.contains(QStringLiteral("onEscalation"))
                && !isUuid(b.value(QStringLiteral("onEscalation"))
                               .toObject()
                               .value(QStringLiteral("agent"))
                               .toObject()
                               .value(QStringLiteral("id"))))
                return QStringLiteral("escalation agent id");
        }
    }
    if (hasAgents) {
        const QJsonArray agents = applications.value(QStringLiteral("agentConfiguration"))
                                      .toObject()
                                      .value(QStringLiteral("agents"))
                                      .toArray();
        if (agents.isEmpty())
            return QStringLiteral("agents");
        for (const QJsonValue &entry : agents) {
            if (!isUuid(entry.toObject().value(QStringLiteral("id"))))
                return QStringLiteral("agent id");
        }
    }
    if (applications.contains(QStringLiteral("customerConfiguration"))
        && !isUuid(applications.value(QStringLiteral("customerConfiguration"))
                       .toObject()
                       .value(QStringLiteral("customer"))
                       .toObject()
                       .value(QStringLiteral("id"))))
        return QStringLiteral("customer id");
    return {};
}

// What a name or description is written in, for telling realistic text from edge cases.
struct TextTraits
{
    bool markup = false; // characters that mean something in HTML or need escaping in JSON
    bool emoji = false;
    bool leftToRight = false; // a letter written left to right
    bool rightToLeft = false;
    bool latin = false, cjk = false, hangul = false, cyrillic = false, arabic = false,
         hebrew = false;
};

TextTraits traitsOf(const QString &text)
{
    TextTraits traits;
    for (const char32_t c : text.toUcs4()) {
        traits.markup |= c == U'<' || c == U'>' || c == U'&' || c == U'"' || c == U'\\';
        traits.emoji |= c >= 0x1F000 || (c >= 0x2600 && c <= 0x27BF) || c == 0x200D || c == 0xFE0F;
        traits.latin |=
            (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || (c >= 0xC0 && c <= 0x24F);
        traits.cyrillic |= c >= 0x0400 && c <= 0x04FF;
        traits.cjk |= (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3040 && c <= 0x30FF);
        traits.hangul |= c >= 0xAC00 && c <= 0xD7AF;
        traits.arabic |= c >= 0x0600 && c <= 0x06FF;
        traits.hebrew |= c >= 0x0590 && c <= 0x05FF;
        const QChar::Direction direction = QChar::direction(c);
        traits.leftToRight |= direction == QChar::DirL;
        traits.rightToLeft |= direction == QChar::DirR || direction == QChar::DirAL;
    }
    return traits;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestSimData : public QObject
{
    Q_OBJECT

private slots:
    void generatorIsDeterministic();
    void firstRecordsAreTheReferenceExample();
    void recordsSatisfyTheContract();
    void recordsKeepContractKeyOrder();
    void distributionLooksLikeARealTenant();
    void namesUseManyScripts();
    void firstPagesReadLikeARealContactCentre_data();
    void firstPagesReadLikeARealContactCentre();
    void edgeCasesFollowTheRealisticPages();
    void idsCrossReference();
    void someRecordsCarryUnknownFields();
    void largeDatasetsStayLean();
    void fromFileReadsArrayPageAndExport_data();
    void fromFileReadsArrayPageAndExport();
    void fromFileKeepsKeyOrderAndEscapes();
    void fromFileRejectsBadFiles_data();
    void fromFileRejectsBadFiles();
    void faultSpecsParse_data();
    void faultSpecsParse();
    void badFaultSpecsAreRejected_data();
    void badFaultSpecsAreRejected();
    void faultDescriptionsParseBack();
};

void TestSimData::generatorIsDeterministic()
{
    const Dataset a = Dataset::generate(7, 400);
    const Dataset b = Dataset::generate(7, 400);
    QCOMPARE(a.size(), 400);
    QCOMPARE(a.toJsonArray(), b.toJsonArray());

    const Dataset other = Dataset::generate(8, 400);
    QVERIFY(a.toJsonArray() != other.toJsonArray());
    QCOMPARE(other.record(0), a.record(0)); // the reference records do not depend on the seed
    QVERIFY(other.record(2) != a.record(2));

    const Dataset highSeed = Dataset::generate(7 + (quint64(1) << 40), 400);
    QVERIFY(highSeed.record(5) != a.record(5));

    // A smaller tenant is a prefix of a larger one with the same seed.
    const Dataset prefix = Dataset::generate(7, 50);
    for (int i = 0; i < prefix.size(); ++i)
        QCOMPARE(prefix.record(i), a.record(i));

    QCOMPARE(Dataset::generate(7, 0).size(), 0);
    QCOMPARE(Dataset::generate(7, 1).size(), 1);
    QVERIFY(a.record(400).isEmpty());
    QVERIFY(a.record(-1).isEmpty());
}

void TestSimData::firstRecordsAreTheReferenceExample()
{
    const QByteArray example = exampleResponseText();
    QVERIFY(!example.isEmpty());
    const QJsonArray expected =
        QJsonDocument::fromJson(example).object().value(QStringLiteral("orchestration")).toArray();
    QCOMPARE(expected.size(), 2);

    const Dataset dataset = Dataset::generate(3, 10);
    QCOMPARE(dataset.recordObject(0), expected.at(0).toObject());
    QCOMPARE(dataset.recordObject(1), expected.at(1).toObject());

    // Verbatim, key order included: the example page rebuilt from the raw records is the
    // example file without its whitespace.
    QByteArray page =
        R"({"paginationInfo":{"count":2,"pagenum":1,"pagesize":25},"orchestration":[)";
    dataset.appendRecords(page, 0, 2);
    page += "]}";
    QCOMPARE(page, hubsim::compactJsonText(example));
}

void TestSimData::recordsSatisfyTheContract()
{
    const Dataset dataset = Dataset::generate(11, 3000);
    QSet<QString> ids;
    for (int i = 0; i < dataset.size(); ++i) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(dataset.record(i), &error);
        QVERIFY2(error.error == QJsonParseError::NoError,
            qPrintable(QStringLiteral("record %1: %2").arg(i).arg(error.errorString())));
        QVERIFY(document.isObject());
        const QString violation = contractViolation(document.object());
        QVERIFY2(
            violation.isEmpty(), qPrintable(QStringLiteral("record %1: %2").arg(i).arg(violation)));
        ids.insert(document.object().value(QStringLiteral("id")).toString());
    }
    QCOMPARE(ids.size(), dataset.size()); // orchestration ids are unique
}

void TestSimData::recordsKeepContractKeyOrder()
{
    const Dataset dataset = Dataset::generate(5, 300);
    const QList<QByteArray> order = {"{\"id\":", "\"name\":", "\"active\":", "\"created\":",
        "\"modified\":", "\"applications\":"};
    for (int i = 0; i < dataset.size(); ++i) {
        const QByteArray record = dataset.record(i);
        QVERIFY(record.startsWith(order.first()));
        qsizetype previous = 0;
        for (const QByteArray &key : order) {
            const qsizetype at = record.indexOf(key);
            QVERIFY2(at >= previous,
                qPrintable(
                    QStringLiteral("record %1, key %2").arg(i).arg(QString::fromLatin1(key))));
            previous = at;
        }
        const qsizetype bot = record.indexOf("\"botConfiguration\"");
        const qsizetype customer = record.indexOf("\"customerConfiguration\"");
        const qsizetype agent = record.indexOf("\"agentConfiguration\"");
        if (bot >= 0 && agent >= 0)
            QVERIFY(bot < agent);
        if (customer >= 0 && agent >= 0)
            QVERIFY(customer < agent);
    }
}

void TestSimData::distributionLooksLikeARealTenant()
{
    const Dataset dataset = Dataset::generate(21, 5000);
    int inactive = 0, botOnly = 0, agentOnly = 0, both = 0, withCustomer = 0, withoutCustomer = 0;
    int withEscalation = 0, withoutEscalation = 0, withBypass = 0, withoutBypass = 0;
    int fractionalBypass = 0, noDescription = 0, emptyDescription = 0, longDescription = 0;
    int sameTimestamps = 0;
    QSet<int> botCounts, agentCounts;
    for (int i = 0; i < dataset.size(); ++i) {
        const QJsonObject record = dataset.recordObject(i);
        if (!record.value(QStringLiteral("active")).toBool())
            ++inactive;
        const QJsonObject applications = record.value(QStringLiteral("applications")).toObject();
        const bool bots = applications.contains(QStringLiteral("botConfiguration"));
        const bool agents = applications.contains(QStringLiteral("agentConfiguration"));
        botOnly += bots && !agents;
        agentOnly += agents && !bots;
        both += bots && agents;
        applications.contains(QStringLiteral("customerConfiguration")) ? ++withCustomer
                                                                       : ++withoutCustomer;
        if (bots) {
            const QJsonObject bot =
                applications.value(QStringLiteral("botConfiguration")).toObject();
            if (bot.contains(QStringLiteral("bypassVaDuration"))) {
                ++withBypass;
                const double minutes = bot.value(QStringLiteral("bypassVaDuration")).toDouble();
                fractionalBypass += minutes != double(qint64(minutes));
            } else {
                ++withoutBypass;
            }
            const QJsonArray list = bot.value(QStringLiteral("bots")).toArray();
            botCounts.insert(int(list.size()));
            for (const QJsonValue &b : list)
                b.toObject().contains(QStringLiteral("onEscalation")) ? ++withEscalation
                                                                      : ++withoutEscalation;
        }
        if (agents)
            agentCounts.insert(int(applications.value(QStringLiteral("agentConfiguration"))
                                       .toObject()
                                       .value(QStringLiteral("agents"))
                                       .toArray()
                                       .size()));
        if (!record.contains(QStringLiteral("description")))
            ++noDescription;
        else if (record.value(QStringLiteral("description")).toString().isEmpty())
            ++emptyDescription;
        else if (record.value(QStringLiteral("description")).toString().size() > 300)
            ++longDescription;
        sameTimestamps +=
            record.value(QStringLiteral("created")) == record.value(QStringLiteral("modified"));
    }
    const double inactiveShare = double(inactive) / dataset.size();
    QVERIFY2(
        inactiveShare > 0.12 && inactiveShare < 0.18, qPrintable(QString::number(inactiveShare)));
    QVERIFY(botOnly > 1000 && agentOnly > 1000 && both > 1000);
    QVERIFY(withCustomer > 1000 && withoutCustomer > 1000);
    QVERIFY(withEscalation > 500 && withoutEscalation > 200);
    QVERIFY(withBypass > 500 && withoutBypass > 500 && fractionalBypass > 0);
    QCOMPARE(botCounts, QSet<int>({1, 2, 3, 4, 5}));
    QCOMPARE(agentCounts, QSet<int>({1, 2, 3, 4, 5}));
    QVERIFY(noDescription > 500 && emptyDescription > 50 && longDescription > 500);
    QVERIFY(sameTimestamps > 100);
}

void TestSimData::namesUseManyScripts()
{
    const Dataset dataset = Dataset::generate(2, 2000);
    bool latin = false, cjk = false, arabic = false, cyrillic = false, emoji = false, quote = false;
    int longNames = 0;
    for (int i = 0; i < dataset.size(); ++i) {
        const QString name = dataset.recordObject(i).value(QStringLiteral("name")).toString();
        for (const char32_t c : name.toUcs4()) {
            latin |= (c >= U'A' && c <= U'z') || (c >= 0xC0 && c <= 0x17F);
            cjk |= (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3040 && c <= 0x30FF)
                || (c >= 0xAC00 && c <= 0xD7AF);
            arabic |= c >= 0x0600 && c <= 0x06FF;
            cyrillic |= c >= 0x0400 && c <= 0x04FF;
            emoji |= c >= 0x1F300;
            quote |= c == U'"';
        }
        longNames += name.size() > 100;
    }
    QVERIFY(latin);
    QVERIFY(cjk);
    QVERIFY(arabic);
    QVERIFY(cyrillic);
    QVERIFY(emoji);
    QVERIFY(quote); // a name that needs escaping in JSON
    QVERIFY(longNames > 20);
}

void TestSimData::firstPagesReadLikeARealContactCentre_data()
{
    QTest::addColumn<quint64>("seed");
    // The simulator's default tenant (hubsim, the tests) and the one the app's demo shows.
    QTest::newRow("default seed") << quint64(1);
    QTest::newRow("demo seed") << quint64(2021);
    QTest::newRow("another seed") << quint64(77);
}

void TestSimData::firstPagesReadLikeARealContactCentre()
{
    QFETCH(quint64, seed);
    const int realistic = Dataset::kRealisticRecords;
    QVERIFY(realistic >= 75); // more than the simulator's largest page
    const Dataset dataset = Dataset::generate(seed, 3 * realistic);

    QSet<QString> names;
    TextTraits scripts;
    int descriptions = 0, foreignDescriptions = 0;
    for (int i = 2; i < realistic; ++i) {
        const QJsonObject record = dataset.recordObject(i);
        const QString name = record.value(QStringLiteral("name")).toString();
        const QString where = QStringLiteral("record %1: %2").arg(i).arg(name);
        const TextTraits traits = traitsOf(name);
        QVERIFY2(!name.isEmpty() && name.size() <= 60, qPrintable(where));
        QVERIFY2(name == name.trimmed(), qPrintable(where));
        QVERIFY2(!traits.markup && !traits.emoji, qPrintable(where));
        QVERIFY2(!(traits.leftToRight && traits.rightToLeft), qPrintable(where));
        QVERIFY2(!traits.hebrew, qPrintable(where));
        QVERIFY2(!names.contains(name), qPrintable(where)); // a name once
        names.insert(name);
        scripts.latin |= traits.latin;
        scripts.cjk |= traits.cjk;
        scripts.hangul |= traits.hangul;
        scripts.cyrillic |= traits.cyrillic;
        scripts.arabic |= traits.arabic;

        if (!record.contains(QStringLiteral("description")))
            continue;
        const QString description = record.value(QStringLiteral("description")).toString();
        const TextTraits text = traitsOf(description);
        QVERIFY2(!description.isEmpty() && description.size() <= 250, qPrintable(where));
        QVERIFY2(!text.markup && !text.emoji, qPrintable(where));
        QVERIFY2(!(text.leftToRight && text.rightToLeft), qPrintable(where));
        // Described in the name's own language.
        QCOMPARE(text.rightToLeft, traits.rightToLeft);
        QCOMPARE(text.cyrillic, traits.cyrillic);
        ++descriptions;
        foreignDescriptions += !text.latin;
    }
    // Many languages, as a multinational contact centre has, most records described.
    QVERIFY(scripts.latin && scripts.cjk && scripts.hangul && scripts.cyrillic && scripts.arabic);
    QVERIFY2(descriptions > (realistic - 2) * 3 / 4, qPrintable(QString::number(descriptions)));
    QVERIFY(foreignDescriptions > 5);

    // The first page of the default size: a few inactive, a few with several bots and agents.
    int inactive = 0, severalBots = 0, severalAgents = 0;
    for (int i = 0; i < 25; ++i) {
        const QJsonObject record = dataset.recordObject(i);
        inactive += !record.value(QStringLiteral("active")).toBool();
        const QJsonObject applications = record.value(QStringLiteral("applications")).toObject();
        severalBots += applications.value(QStringLiteral("botConfiguration"))
                           .toObject()
                           .value(QStringLiteral("bots"))
                           .toArray()
                           .size()
            > 1;
        severalAgents += applications.value(QStringLiteral("agentConfiguration"))
                             .toObject()
                             .value(QStringLiteral("agents"))
                             .toArray()
                             .size()
            > 1;
    }
    QVERIFY2(inactive >= 1 && inactive <= 8, qPrintable(QString::number(inactive)));
    QVERIFY2(severalBots >= 2, qPrintable(QString::number(severalBots)));
    QVERIFY2(severalAgents >= 2, qPrintable(QString::number(severalAgents)));
}

void TestSimData::edgeCasesFollowTheRealisticPages()
{
    // The hostile and odd records are still in every larger tenant, right after the
    // realistic pages, for the tests and for anyone who pages on.
    const Dataset dataset = Dataset::generate(1, 2000);
    int markup = 0, emoji = 0, mixedDirection = 0, hebrew = 0, longNames = 0, longDescriptions = 0,
        emptyDescriptions = 0;
    for (int i = Dataset::kRealisticRecords; i < dataset.size(); ++i) {
        const QJsonObject record = dataset.recordObject(i);
        const QString name = record.value(QStringLiteral("name")).toString();
        const TextTraits traits = traitsOf(name);
        markup += name.contains(QStringLiteral("<script>"));
        emoji += traits.emoji;
        mixedDirection += traits.leftToRight && traits.rightToLeft;
        hebrew += traits.hebrew;
        longNames += name.size() > 100;
        const QJsonValue description = record.value(QStringLiteral("description"));
        longDescriptions += description.toString().size() > 300;
        emptyDescriptions += description.isString() && description.toString().isEmpty();
    }
    QVERIFY(markup > 10);
    QVERIFY(emoji > 10);
    QVERIFY(mixedDirection > 10);
    QVERIFY(hebrew > 10);
    QVERIFY(longNames > 20);
    QVERIFY(longDescriptions > 20);
    QVERIFY(emptyDescriptions > 10);
}

void TestSimData::idsCrossReference()
{
    const Dataset dataset = Dataset::generate(4, 500);
    QHash<QString, QSet<int>> participantUse, agentUse, customerUse;
    for (int i = 0; i < dataset.size(); ++i) {
        const QJsonObject applications =
            dataset.recordObject(i).value(QStringLiteral("applications")).toObject();
        for (const QJsonValue &b : applications.value(QStringLiteral("botConfiguration"))
                                       .toObject()
                                       .value(QStringLiteral("bots"))
                                       .toArray()) {
            participantUse[b.toObject()
                               .value(QStringLiteral("participant"))
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString()]
                .insert(i);
            const QString escalation = b.toObject()
                                           .value(QStringLiteral("onEscalation"))
                                           .toObject()
                                           .value(QStringLiteral("agent"))
                                           .toObject()
                                           .value(QStringLiteral("id"))
                                           .toString();
            if (!escalation.isEmpty())
                agentUse[escalation].insert(i);
        }
        for (const QJsonValue &a : applications.value(QStringLiteral("agentConfiguration"))
                                       .toObject()
                                       .value(QStringLiteral("agents"))
                                       .toArray())
            agentUse[a.toObject().value(QStringLiteral("id")).toString()].insert(i);
        const QString customer = applications.value(QStringLiteral("customerConfiguration"))
                                     .toObject()
                                     .value(QStringLiteral("customer"))
                                     .toObject()
                                     .value(QStringLiteral("id"))
                                     .toString();
        if (!customer.isEmpty())
            customerUse[customer].insert(i);
    }
    const auto shared = [](const QHash<QString, QSet<int>> &use) {
        return std::count_if(
            use.cbegin(), use.cend(), [](const QSet<int> &users) { return users.size() > 1; });
    };
    QVERIFY(shared(participantUse) > 5);
    QVERIFY(shared(agentUse) > 5);
    QVERIFY(shared(customerUse) > 5);
    // The reference agent (record 2's agent, record 1's escalation) is used elsewhere too.
    QVERIFY(agentUse.value(QStringLiteral("c09dddd6-394b-4039-86bc-a5dd89ee5e8d")).size() > 2);
    // Some customer ids are also participant ids, as in the reference example.
    int customerIsParticipant = 0;
    for (auto it = customerUse.cbegin(); it != customerUse.cend(); ++it)
        customerIsParticipant += participantUse.contains(it.key());
    QVERIFY(customerIsParticipant > 0);
}

void TestSimData::someRecordsCarryUnknownFields()
{
    static const QSet<QString> knownTop = {QStringLiteral("id"), QStringLiteral("name"),
        QStringLiteral("description"), QStringLiteral("active"), QStringLiteral("created"),
        QStringLiteral("modified"), QStringLiteral("applications")};
    static const QSet<QString> knownApplications = {QStringLiteral("botConfiguration"),
        QStringLiteral("customerConfiguration"), QStringLiteral("agentConfiguration")};
    const Dataset dataset = Dataset::generate(9, 4000);
    int withUnknown = 0, topLevel = 0, nested = 0;
    for (int i = 0; i < dataset.size(); ++i) {
        const QJsonObject record = dataset.recordObject(i);
        bool unknown = false;
        for (const QString &key : record.keys()) {
            if (!knownTop.contains(key)) {
                unknown = true;
                ++topLevel;
            }
        }
        const QJsonObject applications = record.value(QStringLiteral("applications")).toObject();
        for (const QString &key : applications.keys()) {
            if (!knownApplications.contains(key)) {
                unknown = true;
                ++nested;
            }
        }
        const QByteArray raw = dataset.record(i);
        if (raw.contains("\"locale\":")) {
            unknown = true;
            ++nested;
        }
        withUnknown += unknown;
    }
    const double share = double(withUnknown) / dataset.size();
    QVERIFY2(share > 0.02 && share < 0.09, qPrintable(QString::number(share)));
    QVERIFY(topLevel > 0);
    QVERIFY(nested > 0);
}

void TestSimData::largeDatasetsStayLean()
{
    const Dataset dataset = Dataset::generate(1, 100000);
    QCOMPARE(dataset.size(), 100000);
    QVERIFY2(
        dataset.byteSize() < 120 * 1024 * 1024, qPrintable(QString::number(dataset.byteSize())));
    const Dataset copy = dataset; // shared, not copied
    QCOMPARE(copy.record(99999), dataset.record(99999));
    QVERIFY(!dataset.recordObject(99999).isEmpty());
}

void TestSimData::fromFileReadsArrayPageAndExport_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("separator");
    QTest::addColumn<QByteArray>("after");
    QTest::newRow("plain array") << QByteArray("[\n  ") << QByteArray(",\n  ")
                                 << QByteArray("\n]\n");
    QTest::newRow("API page") << QByteArray("{\n  \"paginationInfo\": {\"count\": 40, \"pagenum\": "
                                            "1, \"pagesize\": 40},\n  \"orchestration\": [\n    ")
                              << QByteArray(",\n    ") << QByteArray("\n  ]\n}\n");
    QTest::newRow("export, records last")
        << QByteArray("{\"format\": \"orchestration-console-export\", \"version\": 1, \"source\": "
                      "{\"orchestration\": \"decoy\"},\r\n\t\"orchestration\" : [")
        << QByteArray(" , ") << QByteArray("] }");
    QTest::newRow("export, records first")
        << QByteArray("{\"orchestration\":[") << QByteArray(",")
        << QByteArray("],\"exportedAt\":\"2025-01-01T00:00:00.000Z\"}");
}

void TestSimData::fromFileReadsArrayPageAndExport()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, separator);
    QFETCH(QByteArray, after);

    const Dataset original = Dataset::generate(13, 40);
    QByteArray text = before;
    for (int i = 0; i < original.size(); ++i) {
        if (i > 0)
            text += separator;
        text += original.record(i);
    }
    text += after;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("tenant.json"));
    QVERIFY(writeFile(path, text));

    QString error;
    const std::optional<Dataset> loaded = Dataset::fromFile(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->size(), original.size());
    for (int i = 0; i < original.size(); ++i)
        QCOMPARE(loaded->record(i), original.record(i));
    QCOMPARE(loaded->toJsonArray(), original.toJsonArray());
}

void TestSimData::fromFileKeepsKeyOrderAndEscapes()
{
    // The reference file, pretty-printed as eGain documents it, reads back as the first two
    // generated records, byte for byte.
    QString error;
    const std::optional<Dataset> example =
        Dataset::fromFile(QFINDTESTDATA("example-response.json"), &error);
    QVERIFY2(example, qPrintable(error));
    QCOMPARE(example->size(), 2);
    const Dataset generated = Dataset::generate(1, 2);
    QCOMPARE(example->record(0), generated.record(0));
    QCOMPARE(example->record(1), generated.record(1));

    // Keys out of alphabetical order, escapes and whitespace inside strings survive.
    const QByteArray record =
        R"({"zeta":1,"id":"x","name":"  two  spaces \"quoted\" \u00e9 \\ tab\t","alpha":[1, 2]})";
    const std::optional<Dataset> loaded = Dataset::fromJson("[ " + record + " ]", &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->record(0),
        QByteArray(
            R"({"zeta":1,"id":"x","name":"  two  spaces \"quoted\" \u00e9 \\ tab\t","alpha":[1,2]})"));
    QCOMPARE(loaded->recordObject(0).value(QStringLiteral("name")).toString(),
        QStringLiteral("  two  spaces \"quoted\" \u00e9 \\ tab\t"));

    const std::optional<Dataset> empty = Dataset::fromJson("[]", &error);
    QVERIFY(empty);
    QCOMPARE(empty->size(), 0);
}

void TestSimData::fromFileRejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expectedWords");
    QTest::newRow("not JSON") << QByteArray("{\"orchestration\": [ {\"id\": 1}, ")
                              << QStringLiteral("not valid JSON");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("object without records")
        << QByteArray("{\"items\": []}") << QStringLiteral("\"orchestration\"");
    QTest::newRow("records not an array")
        << QByteArray("{\"orchestration\": {}}") << QStringLiteral("\"orchestration\"");
    QTest::newRow("record not an object") << QByteArray("[{\"id\":\"a\"}, 42]")
                                          << QStringLiteral("orchestration 2 is not a JSON object");
}

void TestSimData::fromFileRejectsBadFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expectedWords);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(writeFile(path, content));
    QString error;
    QVERIFY(!Dataset::fromFile(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(expectedWords), qPrintable(error));

    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    QVERIFY(!Dataset::fromFile(missing, &error));
    QVERIFY2(error.contains(missing), qPrintable(error));
}

void TestSimData::faultSpecsParse_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("times");
    QTest::addColumn<int>("onlyPage");
    QTest::addColumn<int>("status");

    using K = FaultRule::Kind;
    QTest::newRow("429x3") << QStringLiteral("429x3") << int(K::TooManyRequests) << 3 << 0 << 429;
    QTest::newRow("503x2") << QStringLiteral("503x2") << int(K::Status) << 2 << 0 << 503;
    QTest::newRow("500 always") << QStringLiteral("500x*") << int(K::Status) << -1 << 0 << 500;
    QTest::newRow("redirect 307") << QStringLiteral("307") << int(K::RedirectToOtherHost) << 1 << 0
                                  << 307;
    QTest::newRow("latency on page 2")
        << QStringLiteral("latency@2:ms=800,jitter=50") << int(K::Latency) << 1 << 2 << 500;
    QTest::newRow("trickle") << QStringLiteral("trickle:ms=5,chunk=32") << int(K::TrickleBody) << 1
                             << 0 << 500;
    QTest::newRow("token 503") << QStringLiteral("token503x2") << int(K::TokenStatus) << 2 << 0
                               << 503;
    QTest::newRow("token latency")
        << QStringLiteral("TokenLatency:ms=300") << int(K::TokenLatency) << 1 << 0 << 500;
    QTest::newRow("drift") << QStringLiteral("countdrift@3:delta=-4") << int(K::CountDrift) << 1
                           << 3 << 500;
    QTest::newRow("wrong types") << QStringLiteral("wrongtypes:shape=records")
                                 << int(K::WrongFieldTypes) << 1 << 0 << 500;
    QTest::newRow("token expiry") << QStringLiteral("tokenexpiry:expires=1E300")
                                  << int(K::TokenExpiresIn) << 1 << 0 << 500;
    QTest::newRow("endless") << QStringLiteral("endlessx*") << int(K::Endless) << -1 << 0 << 500;
}

void TestSimData::faultSpecsParse()
{
    QFETCH(QString, spec);
    QFETCH(int, kind);
    QFETCH(int, times);
    QFETCH(int, onlyPage);
    QFETCH(int, status);

    QString error;
    const std::optional<FaultRule> rule = FaultRule::parse(spec, &error);
    QVERIFY2(rule, qPrintable(error));
    QCOMPARE(int(rule->kind), kind);
    QCOMPARE(rule->times, times);
    QCOMPARE(rule->onlyPage, onlyPage);
    QCOMPARE(rule->status, status);
    if (rule->kind == FaultRule::Kind::Latency) {
        QCOMPARE(rule->delayMs, 800);
        QCOMPARE(rule->jitterMs, 50);
    }
    if (rule->kind == FaultRule::Kind::TrickleBody)
        QCOMPARE(rule->chunkBytes, 32);
    if (rule->kind == FaultRule::Kind::CountDrift)
        QCOMPARE(rule->countDelta, -4);
    if (rule->kind == FaultRule::Kind::WrongFieldTypes)
        QCOMPARE(rule->shape, FaultRule::Shape::RecordFieldTypes);
    if (rule->kind == FaultRule::Kind::TokenExpiresIn)
        QCOMPARE(rule->expiresInJson, QByteArray("1e300"));
}

void TestSimData::badFaultSpecsAreRejected_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("unknown name") << QStringLiteral("explode");
    QTest::newRow("not a number") << QStringLiteral("latency:ms=soon");
    QTest::newRow("negative delay") << QStringLiteral("latency:ms=-5");
    QTest::newRow("unknown key") << QStringLiteral("latency:speed=3");
    QTest::newRow("unknown shape") << QStringLiteral("wrongtypes:shape=circle");
    QTest::newRow("garbage") << QStringLiteral("429x");
    QTest::newRow("empty") << QString();
}

void TestSimData::badFaultSpecsAreRejected()
{
    QFETCH(QString, spec);
    QString error;
    QVERIFY(!FaultRule::parse(spec, &error));
    QVERIFY2(error.contains(QStringLiteral("Bad fault")), qPrintable(error));
}

void TestSimData::faultDescriptionsParseBack()
{
    const QStringList specs = {QStringLiteral("429x3:retry-after=5,http-date"),
        QStringLiteral("503x2@4"), QStringLiteral("latency:ms=80,jitter=20"),
        QStringLiteral("oversized:bytes=9000000"), QStringLiteral("reset:bytes=10"),
        QStringLiteral("redirect:status=308"), QStringLiteral("token502x*"),
        QStringLiteral("wrongtypes:shape=pagination"), QStringLiteral("tokenexpiry:expires=1e300")};
    for (const QString &spec : specs) {
        const std::optional<FaultRule> rule = FaultRule::parse(spec);
        QVERIFY2(rule, qPrintable(spec));
        const std::optional<FaultRule> again = FaultRule::parse(rule->describe());
        QVERIFY2(again, qPrintable(rule->describe()));
        QCOMPARE(again->describe(), rule->describe());
        QCOMPARE(int(again->kind), int(rule->kind));
        QCOMPARE(again->times, rule->times);
        QCOMPARE(again->status, rule->status);
        QCOMPARE(again->bytes, rule->bytes);
        QCOMPARE(again->retryAfterAsHttpDate, rule->retryAfterAsHttpDate);
        QCOMPARE(again->expiresInJson, rule->expiresInJson);
    }
}

QTEST_GUILESS_MAIN(TestSimData)
#include "tst_simdata.moc"
