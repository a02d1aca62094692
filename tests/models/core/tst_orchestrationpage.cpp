#include "models/core/orchestrationpage.h"
#include "models/core/rawjson.h"
#include "support/referenceexample.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

// The reference example (tests/support/referenceexample.h).
static const QByteArray exampleResponse = testsupport::kReferenceExamplePage;

static const QString uuidA = u"a09dddd6-394b-4039-86bc-a5dd89ee5e8d"_s;
static const QString uuidB = u"b09dddd6-394b-4039-86bc-a5dd89ee5e8d"_s;
static const QString uuidC = u"c09dddd6-394b-4039-86bc-a5dd89ee5e8d"_s;

class TestOrchestrationPage : public QObject
{
    Q_OBJECT

private slots:
    void referenceExampleFieldByField();
    void recordsKeepTheirBytes();
    void emptyArrayIsAnEmptyPage();
    void noContentPage();
    void missingPaginationInfoIsAWarning();
    void missingPaginationMemberIsAWarning();
    void recordProblemsDoNotRefuseThePage();
    void unusablePagesAreRefusedClearly_data();
    void unusablePagesAreRefusedClearly();
    void invalidJsonErrorNamesTheOffset();
    void internerIsSharedAcrossPages();
    void fastPathMatchesReference();
    void byteOrderMarkAndEscapedKeys();
};

// ---------------------------------------------------------------------------------------------
// The reference: how pages were read before the one-pass reader, on QJsonDocument. Kept
// here (not in the product) to prove the fast path changes nothing. Records are compared
// with Orchestration::fromJson() of their bytes, which tst_orchestration compares with its
// own QJsonDocument-based reference.
namespace reference {

QString tr(const char *text)
{
    return QCoreApplication::translate("OrchestrationPage", text);
}

struct Page
{
    QString error;
    PaginationInfo pagination;
    QList<ValidationWarning> warnings;
    QList<QByteArray> records; ///< each record's bytes, minified
};

QString readCount(const QJsonObject &info, QLatin1StringView key, double maximum, qint64 *value,
    QList<ValidationWarning> &warnings)
{
    const QString path = QStringLiteral("paginationInfo.") + key;
    const QJsonValue member = info.value(key);
    if (member.isUndefined()) {
        warnings.append({path, tr("The page does not say its %1.").arg(key)});
        return {};
    }
    const double number = member.toDouble(-1);
    if (!member.isDouble() || number < 0 || number > maximum || std::floor(number) != number)
        return tr("The server's answer is not a usable page: %1 must be a non-negative "
                  "integer.")
            .arg(path);
    *value = qint64(number);
    return {};
}

Page parse(const QByteArray &body)
{
    Page page;
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        page.error = tr("The server's answer is not valid JSON: %1 (at byte %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return page;
    }
    if (!document.isObject()) {
        page.error = tr("The server's answer is not a JSON object.");
        return page;
    }
    const QJsonObject root = document.object();
    const QJsonValue pagination = root.value(QLatin1StringView("paginationInfo"));
    if (pagination.isUndefined()) {
        page.warnings.append({QStringLiteral("paginationInfo"),
            tr("The page has no paginationInfo: the total number of "
               "orchestrations is unknown.")});
    } else if (!pagination.isObject()) {
        page.error = tr("The server's answer is not a usable page: paginationInfo is not "
                        "an object.");
        return page;
    } else {
        const QJsonObject info = pagination.toObject();
        page.pagination.present = true;
        qint64 count = -1;
        qint64 pagenum = 0;
        qint64 pagesize = 0;
        constexpr double maxCount = 9007199254740992.0;
        constexpr double maxInt = std::numeric_limits<int>::max();
        for (const QString &error :
            {readCount(info, QLatin1StringView("count"), maxCount, &count, page.warnings),
                readCount(info, QLatin1StringView("pagenum"), maxInt, &pagenum, page.warnings),
                readCount(info, QLatin1StringView("pagesize"), maxInt, &pagesize, page.warnings)}) {
            if (!error.isEmpty()) {
                page.error = error;
                return page;
            }
        }
        page.pagination.count = count;
        page.pagination.pagenum = int(pagenum);
        page.pagination.pagesize = int(pagesize);
    }
    const QJsonValue orchestrations = root.value(QLatin1StringView("orchestration"));
    if (orchestrations.isUndefined()) {
        page.error = tr("The server's answer is not a usable page: it has no "
                        "\"orchestration\" list.");
        return page;
    }
    if (!orchestrations.isArray()) {
        page.error = tr("The server's answer is not a usable page: \"orchestration\" is "
                        "not a list.");
        return page;
    }
    const QJsonArray array = orchestrations.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            page.error = tr("The server's answer is not a usable page: orchestration "
                            "record %1 is not a JSON object.")
                             .arg(i + 1);
            return page;
        }
    }
    // One intended difference: the old scanner did not expect a byte order mark, found no
    // elements behind one and kept Qt's rendering of the records instead of their bytes.
    // Records now keep their own bytes there too.
    const QByteArray bom("\xef\xbb\xbf");
    page.records = RawJson::arrayElements(
        body.startsWith(bom) ? QByteArrayView(body).sliced(3) : QByteArrayView(body),
        "orchestration");
    return page;
}

} // namespace reference

/// Random pages: members in any order, repeated, escaped, missing or of the wrong kind;
/// counts spelled every way; records good and bad; whitespace; now and then a broken byte.
class PageGenerator
{
public:
    explicit PageGenerator(quint32 seed)
        : m_random(seed)
    { }

    QByteArray next()
    {
        QList<QByteArray> members;
        if (!chance(8))
            members.append(member("paginationInfo", pagination()));
        if (!chance(5))
            members.append(member("orchestration", orchestration()));
        if (chance(20))
            members.append(member("x-extra", "[1,{\"orchestration\":2}]"));
        if (chance(15)) // a repeated member: the last one counts
            members.append(chance(50) ? member("orchestration", orchestration())
                                      : member("paginationInfo", pagination()));
        for (qsizetype i = members.size() - 1; i > 0; --i)
            members.swapItemsAt(i, m_random.bounded(int(i + 1)));
        QByteArray body = "{" + members.join(space(",")) + "}";
        if (chance(5))
            body = "\xef\xbb\xbf" + body;
        if (chance(3))
            body = "[" + body + "]";
        if (chance(5)) {
            const qsizetype at = m_random.bounded(int(body.size()));
            static const QByteArray bytes("{}[],:\"\\ x1\x80");
            body[at] = bytes.at(m_random.bounded(int(bytes.size())));
        }
        return body;
    }

private:
    bool chance(int percent) { return m_random.bounded(100) < percent; }
    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(m_random.bounded(int(list.size())));
    }

    QByteArray space(const QByteArray &token) { return chance(20) ? "\n  " + token + " " : token; }

    QByteArray member(const QByteArray &key, const QByteArray &value)
    {
        QByteArray spelled = key;
        if (chance(10))
            spelled.replace(1, 1, QByteArray("\\u00" + QByteArray::number(uchar(key.at(1)), 16)));
        return "\"" + spelled + "\"" + space(":") + value;
    }

    QByteArray number()
    {
        static const QList<QByteArray> spellings {"0", "1", "25", "75", "-1", "2.5", "1e300",
            "3000000000", "2147483647", "2147483648", "1e2", "1.0", "-0", "9007199254740992",
            "9007199254740993", "9007199254740994", "12.", ".5", "\"1\"", "null", "true", "[]"};
        return pick(spellings);
    }

    QByteArray pagination()
    {
        if (chance(5))
            return pick(QList<QByteArray> {"\"1/25\"", "null", "[]", "7"});
        QList<QByteArray> members;
        for (const char *key : {"count", "pagenum", "pagesize"}) {
            if (!chance(10))
                members.append(member(key, number()));
        }
        if (chance(10))
            members.append(member("count", number()));
        return "{" + members.join(space(",")) + "}";
    }

    QByteArray orchestration()
    {
        if (chance(5))
            return pick(QList<QByteArray> {"null", "{}", "\"[]\"", "1"});
        static const QList<QByteArray> records {
            QJsonDocument(QJsonDocument::fromJson(exampleResponse)
                              .object()
                              .value(u"orchestration"_s)
                              .toArray()
                              .at(0)
                              .toObject())
                .toJson(QJsonDocument::Indented),
            R"({"id":"b5fc053c-77f4-4445-b6df-2e744aef8f4f","name":"名前 😀 \"q\"","active":true,"created":"2021-03-21T14:29:01.516Z","modified":"2021-03-28T14:29:01Z","applications":{"agentConfiguration":{"agents":[{"id":"c09dddd6-394b-4039-86bc-a5dd89ee5e8d"},{"id":7}]}}})",
            R"({"zz":1.50,"name":"n","name":5,"applications":{"botConfiguration":{"bots":[null]}},"big":12345678901234567890})",
            "{}", "{ \"name\" : \"a  b\" }", R"({"n\u0061me":"escaped key","id":"x"})"};
        QList<QByteArray> elements;
        for (int i = m_random.bounded(6); i > 0; --i)
            elements.append(
                chance(4) ? pick(QList<QByteArray> {"1", "\"x\"", "null", "[]"}) : pick(records));
        return "[" + space("") + elements.join(space(",")) + "]";
    }

    QRandomGenerator m_random;
};

void TestOrchestrationPage::referenceExampleFieldByField()
{
    const PageParseResult result = parseOrchestrationPage(exampleResponse);
    QVERIFY2(result.page, qPrintable(result.error));
    QVERIFY(result.error.isEmpty());
    const OrchestrationPage &page = *result.page;
    QVERIFY(!page.noContent);
    QVERIFY(page.warnings.isEmpty());
    QVERIFY(page.pagination.present);
    QCOMPARE(page.pagination.count, 2);
    QCOMPARE(page.pagination.pagenum, 1);
    QCOMPARE(page.pagination.pagesize, 25);
    QCOMPARE(page.records.size(), 2);

    const Orchestration &first = page.records.at(0);
    QCOMPARE(first.id(), u"45a095f4-d0ee-4220-a689-22b541c58f67"_s);
    QCOMPARE(first.name(), u"default_orchestration"_s);
    QCOMPARE(first.description(), u"Created for Custom channel."_s);
    QVERIFY(first.isActive());
    QCOMPARE(first.created(), QDateTime(QDate(2021, 3, 21), QTime(14, 29, 1, 516), Qt::UTC));
    QCOMPARE(first.modified(), QDateTime(QDate(2021, 3, 28), QTime(14, 29, 1, 516), Qt::UTC));
    QCOMPARE(first.kind(), Orchestration::Kind::Bot);
    QCOMPARE(first.forwardTranscript(), std::optional<bool>(true));
    QCOMPARE(first.bypassVaDurationMinutes(), std::nullopt);
    QCOMPARE(first.bots(), (QList<BotReference> {{uuidA, uuidB, uuidC}}));
    QVERIFY(first.agentIds().isEmpty());
    QVERIFY(first.hasCustomerConfiguration());
    QCOMPARE(first.customerId(), uuidB);
    QCOMPARE(first.referencedIds(), (QStringList {uuidA, uuidB, uuidC}));
    QVERIFY(first.warnings().isEmpty());

    const Orchestration &second = page.records.at(1);
    QCOMPARE(second.id(), u"b5fc053c-77f4-4445-b6df-2e744aef8f4f"_s);
    QCOMPARE(second.name(), u"default_orchestration_2"_s);
    QCOMPARE(second.description(), u"Created for Custom channel"_s);
    QVERIFY(second.isActive());
    QCOMPARE(second.created(), QDateTime(QDate(2021, 3, 21), QTime(14, 29, 1, 516), Qt::UTC));
    QCOMPARE(second.modified(), QDateTime(QDate(2021, 3, 28), QTime(14, 29, 1, 516), Qt::UTC));
    QCOMPARE(second.kind(), Orchestration::Kind::Agent);
    QVERIFY(!second.hasBotConfiguration());
    QCOMPARE(second.forwardTranscript(), std::nullopt);
    QVERIFY(second.bots().isEmpty());
    QCOMPARE(second.agentIds(), QStringList {uuidC});
    QCOMPARE(second.customerId(), uuidB);
    // customerConfiguration comes first in the document, so its id does too.
    QCOMPARE(second.referencedIds(), (QStringList {uuidB, uuidC}));
    QVERIFY(second.warnings().isEmpty());
}

void TestOrchestrationPage::recordsKeepTheirBytes()
{
    const PageParseResult result = parseOrchestrationPage(exampleResponse);
    QVERIFY(result.page);
    const QJsonArray array =
        QJsonDocument::fromJson(exampleResponse).object().value(u"orchestration"_s).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QByteArray raw = result.page->records.at(i).rawJson();
        QVERIFY(RawJson::isMinified(raw));
        QCOMPARE(result.page->records.at(i).toJsonObject(), array.at(i).toObject());
        // Key order as in the example (not alphabetical as QJsonObject would have it).
        QVERIFY(raw.startsWith("{\"id\":\""));
        QVERIFY(raw.indexOf("\"name\"") < raw.indexOf("\"active\""));
    }

    const QByteArray odd =
        R"({"orchestration":[ {"zz": 1.50, "id":"45a095f4-d0ee-4220-a689-22b541c58f67",
        "big": 12345678901234567890, "name": "日本 😀", "esc": "\"\u00e9\""} ],
        "paginationInfo": {"count": 1, "pagenum": 1, "pagesize": 25}})";
    const PageParseResult oddResult = parseOrchestrationPage(odd);
    QVERIFY2(oddResult.page, qPrintable(oddResult.error));
    QCOMPARE(oddResult.page->records.at(0).rawJson(),
        QByteArray(
            R"({"zz":1.50,"id":"45a095f4-d0ee-4220-a689-22b541c58f67","big":12345678901234567890,"name":"日本 😀","esc":"\"\u00e9\""})"));
    QCOMPARE(oddResult.page->records.at(0).name(), u"日本 😀"_s);
}

void TestOrchestrationPage::emptyArrayIsAnEmptyPage()
{
    const PageParseResult result = parseOrchestrationPage(
        R"({"orchestration":[],"paginationInfo":{"count":0,"pagenum":1,"pagesize":25}})");
    QVERIFY2(result.page, qPrintable(result.error));
    QVERIFY(result.page->records.isEmpty());
    QCOMPARE(result.page->pagination.count, 0);
    QVERIFY(!result.page->noContent);
    QVERIFY(result.page->warnings.isEmpty());
}

void TestOrchestrationPage::noContentPage()
{
    const OrchestrationPage page = emptyNoContentPage();
    QVERIFY(page.noContent);
    QVERIFY(page.records.isEmpty());
    QCOMPARE(page.pagination.count, 0);
    QVERIFY(page.warnings.isEmpty());
}

void TestOrchestrationPage::missingPaginationInfoIsAWarning()
{
    const PageParseResult result = parseOrchestrationPage(
        R"({"orchestration":[{"id":"45a095f4-d0ee-4220-a689-22b541c58f67"}]})");
    QVERIFY2(result.page, qPrintable(result.error));
    QCOMPARE(result.page->records.size(), 1);
    QVERIFY(!result.page->pagination.present);
    QCOMPARE(result.page->pagination.count, -1);
    QCOMPARE(result.page->warnings.size(), 1);
    QCOMPARE(result.page->warnings.at(0).path, u"paginationInfo"_s);
    QVERIFY(!result.page->warnings.at(0).message.isEmpty());
}

void TestOrchestrationPage::missingPaginationMemberIsAWarning()
{
    const PageParseResult result = parseOrchestrationPage(
        R"({"orchestration":[],"paginationInfo":{"pagenum":2,"pagesize":10}})");
    QVERIFY2(result.page, qPrintable(result.error));
    QVERIFY(result.page->pagination.present);
    QCOMPARE(result.page->pagination.count, -1);
    QCOMPARE(result.page->pagination.pagenum, 2);
    QCOMPARE(result.page->pagination.pagesize, 10);
    QCOMPARE(result.page->warnings.size(), 1);
    QCOMPARE(result.page->warnings.at(0).path, u"paginationInfo.count"_s);
}

void TestOrchestrationPage::recordProblemsDoNotRefuseThePage()
{
    const PageParseResult result = parseOrchestrationPage(
        R"({"orchestration":[{"name":5},{},{"id":"45a095f4-d0ee-4220-a689-22b541c58f67"}],
            "paginationInfo":{"count":3,"pagenum":1,"pagesize":3}})");
    QVERIFY2(result.page, qPrintable(result.error));
    QCOMPARE(result.page->records.size(), 3); // nothing dropped
    QVERIFY(!result.page->records.at(0).warnings().isEmpty());
    QVERIFY(!result.page->records.at(1).warnings().isEmpty());
    QCOMPARE(result.page->records.at(1).rawJson(), QByteArray("{}"));
    QCOMPARE(result.page->records.at(2).id(), u"45a095f4-d0ee-4220-a689-22b541c58f67"_s);
}

void TestOrchestrationPage::unusablePagesAreRefusedClearly_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions"); // a word the message must contain
    const QByteArray pagination = R"("paginationInfo":{"count":1,"pagenum":1,"pagesize":25})";
    QTest::newRow("empty body") << QByteArray() << u"JSON"_s;
    QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>") << u"JSON"_s;
    QTest::newRow("truncated") << exampleResponse.first(exampleResponse.size() / 2) << u"JSON"_s;
    QTest::newRow("top-level array") << QByteArray("[{}]") << u"object"_s;
    QTest::newRow("orchestration missing") << "{" + pagination + "}" << u"orchestration"_s;
    QTest::newRow("orchestration an object")
        << "{\"orchestration\":{}," + pagination + "}" << u"orchestration"_s;
    QTest::newRow("orchestration null")
        << "{\"orchestration\":null," + pagination + "}" << u"orchestration"_s;
    QTest::newRow("element not an object")
        << "{\"orchestration\":[{},\"x\"]," + pagination + "}" << u"record 2"_s;
    QTest::newRow("paginationInfo a string")
        << QByteArray(R"({"orchestration":[],"paginationInfo":"1/25"})") << u"paginationInfo"_s;
    QTest::newRow("count negative") << QByteArray(
        R"({"orchestration":[],"paginationInfo":{"count":-1,"pagenum":1,"pagesize":25}})")
                                    << u"paginationInfo.count"_s;
    QTest::newRow("count fractional") << QByteArray(
        R"({"orchestration":[],"paginationInfo":{"count":2.5,"pagenum":1,"pagesize":25}})")
                                      << u"paginationInfo.count"_s;
    QTest::newRow("count beyond 2^53") << QByteArray(
        R"({"orchestration":[],"paginationInfo":{"count":1e300,"pagenum":1,"pagesize":25}})")
                                       << u"paginationInfo.count"_s;
    QTest::newRow("pagenum a string") << QByteArray(
        R"({"orchestration":[],"paginationInfo":{"count":1,"pagenum":"1","pagesize":25}})")
                                      << u"paginationInfo.pagenum"_s;
    QTest::newRow("pagesize null") << QByteArray(
        R"({"orchestration":[],"paginationInfo":{"count":1,"pagenum":1,"pagesize":null}})")
                                   << u"paginationInfo.pagesize"_s;
    QTest::newRow("pagesize beyond int") << QByteArray(
        R"({"orchestration":[],"paginationInfo":{"count":1,"pagenum":1,"pagesize":3000000000}})")
                                         << u"paginationInfo.pagesize"_s;
}

void TestOrchestrationPage::unusablePagesAreRefusedClearly()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    const PageParseResult result = parseOrchestrationPage(body);
    QVERIFY(!result.page);
    QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
}

void TestOrchestrationPage::invalidJsonErrorNamesTheOffset()
{
    const QByteArray body = R"({"orchestration": [ {"id": } ]})";
    QJsonParseError expected {};
    QJsonDocument::fromJson(body, &expected);
    const PageParseResult result = parseOrchestrationPage(body);
    QVERIFY(!result.page);
    QVERIFY2(result.error.contains(QString::number(expected.offset)), qPrintable(result.error));
    QVERIFY2(result.error.contains(expected.errorString()), qPrintable(result.error));
}

void TestOrchestrationPage::internerIsSharedAcrossPages()
{
    StringInterner interner;
    const PageParseResult one = parseOrchestrationPage(exampleResponse, &interner);
    const PageParseResult two = parseOrchestrationPage(exampleResponse, &interner);
    QVERIFY(one.page && two.page);
    QCOMPARE(two.page->records.at(1).agentIds().at(0).constData(),
        one.page->records.at(0).bots().at(0).escalationAgentId.constData());
    // Within one page, without an interner given, ids are shared too.
    const PageParseResult three = parseOrchestrationPage(exampleResponse);
    QCOMPARE(three.page->records.at(1).customerId().constData(),
        three.page->records.at(0).customerId().constData());
}

void TestOrchestrationPage::fastPathMatchesReference()
{
    PageGenerator generator(20240521);
    int refused = 0;
    int accepted = 0;
    constexpr int rounds = 4000;
    for (int round = 0; round < rounds; ++round) {
        const QByteArray body = generator.next();
        const reference::Page expected = reference::parse(body);
        const PageParseResult result = parseOrchestrationPage(body);
        if (!expected.error.isEmpty()) {
            ++refused;
            QVERIFY2(!result.page, body.constData());
            QCOMPARE(result.error, expected.error);
            continue;
        }
        ++accepted;
        QVERIFY2(result.page, qPrintable(result.error + u" for "_s + QString::fromUtf8(body)));
        QVERIFY(result.error.isEmpty());
        const OrchestrationPage &page = *result.page;
        QCOMPARE(page.pagination, expected.pagination);
        QCOMPARE(page.warnings, expected.warnings);
        QVERIFY(!page.noContent);
        QCOMPARE(page.records.size(), expected.records.size());
        for (qsizetype i = 0; i < page.records.size(); ++i) {
            const Orchestration &ours = page.records.at(i);
            const Orchestration theirs = Orchestration::fromJson(expected.records.at(i));
            QCOMPARE(ours.rawJson(), expected.records.at(i));
            QCOMPARE(ours.warnings(), theirs.warnings());
            QCOMPARE(ours.id(), theirs.id());
            QCOMPARE(ours.name(), theirs.name());
            QCOMPARE(ours.kind(), theirs.kind());
            QCOMPARE(ours.bots(), theirs.bots());
            QCOMPARE(ours.agentIds(), theirs.agentIds());
            QCOMPARE(ours.created(), theirs.created());
        }
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY2(refused > rounds / 10 && accepted > rounds / 10,
        qPrintable(u"%1 refused, %2 accepted"_s.arg(refused).arg(accepted)));
}

void TestOrchestrationPage::byteOrderMarkAndEscapedKeys()
{
    // Records behind a byte order mark keep their own bytes (key order, spelling).
    const PageParseResult result =
        parseOrchestrationPage(QByteArray("\xef\xbb\xbf" + exampleResponse));
    QVERIFY2(result.page, qPrintable(result.error));
    QCOMPARE(result.page->records.size(), 2);
    QVERIFY(result.page->records.at(0).rawJson().startsWith("{\"id\":\"45a095f4"));
    const PageParseResult escaped = parseOrchestrationPage(
        R"({"orchestr\u0061tion":[{"id":"45a095f4-d0ee-4220-a689-22b541c58f67"}],)"
        R"("p\u0061ginationInfo":{"c\u006funt":3,"pagenum":1,"pagesize":25}})");
    QVERIFY2(escaped.page, qPrintable(escaped.error));
    QCOMPARE(escaped.page->records.size(), 1);
    QCOMPARE(escaped.page->pagination.count, 3);
}

QTEST_GUILESS_MAIN(TestOrchestrationPage)
#include "tst_orchestrationpage.moc"
