#include "orchestrationpage.h"
#include "rawjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// /work/shared/api/example-response.json, embedded so the test does not depend on the
// shared folder at run time.
static const QByteArray exampleResponse = R"({
  "paginationInfo": {
    "count": 2,
    "pagenum": 1,
    "pagesize": 25
  },
  "orchestration": [
    {
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
              "participant": {
                "id": "b09dddd6-394b-4039-86bc-a5dd89ee5e8d"
              },
              "onEscalation": {
                "agent": {
                  "id": "c09dddd6-394b-4039-86bc-a5dd89ee5e8d"
                }
              }
            }
          ]
        },
        "customerConfiguration": {
          "customer": {
            "id": "b09dddd6-394b-4039-86bc-a5dd89ee5e8d"
          }
        }
      }
    },
    {
      "id": "b5fc053c-77f4-4445-b6df-2e744aef8f4f",
      "name": "default_orchestration_2",
      "description": "Created for Custom channel",
      "active": true,
      "created": "2021-03-21T14:29:01.516Z",
      "modified": "2021-03-28T14:29:01.516Z",
      "applications": {
        "customerConfiguration": {
          "customer": {
            "id": "b09dddd6-394b-4039-86bc-a5dd89ee5e8d"
          }
        },
        "agentConfiguration": {
          "agents": [
            {
              "id": "c09dddd6-394b-4039-86bc-a5dd89ee5e8d"
            }
          ]
        }
      }
    }
  ]
}
)";

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

QTEST_GUILESS_MAIN(TestOrchestrationPage)
#include "tst_orchestrationpage.moc"
