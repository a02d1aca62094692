#include "models/core/buildinfo.h"
#include "models/core/exportdocument.h"
#include "models/core/rawjson.h"
#include "support/referenceexample.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

static const QByteArray examplePage = RawJson::minified(testsupport::kReferenceExamplePage);

// Unknown fields, key order Qt would sort, numbers Qt would respell, escapes and UTF-8, an
// empty array and object, and a contract breach (name is a number). Plain literals, not raw
// strings: moc's scanner mis-reads \" inside raw strings and then misses the test class.
static const QByteArray oddRecord =
    "{\"zz\":{\"list\":[],\"map\":{}},"
    "\"id\":\"11111111-2222-3333-4444-555555555555\",\"name\":7,\"active\":false,"
    "\"created\":\"2021-03-21T14:29:01.516Z\",\"modified\":\"bad\","
    "\"applications\":{\"agentConfiguration\":{\"agents\":[{\"id\":\"c09dddd6-394b-4039-86bc-"
    "a5dd89ee5e8d\","
    "\"weight\":1.50}]}},\"big\":12345678901234567890,"
    "\"text\":\"caf\\u00e9 \\\"q\\\" \\\\ 日本 😀\"}";

class TestExportDocument : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void compactHoldsRecordsByteForByte();
    void indentedLayout();
    void streamedLayoutIsTheWholeDocumentsLayout_data();
    void streamedLayoutIsTheWholeDocumentsLayout();
    void exportInfoMembersInOrder();
    void baseUrlNeverCarriesCredentialsOrQuery();
    void defaultsForApplicationVersionAndTime();
    void nullRecordsAreSkipped();
    void withoutPaginationInfo();
    void unknownCountReadsBack();
    void readsARawApiPage();
    void refusesUnusableFiles_data();
    void refusesUnusableFiles();
    void itemCountMismatchIsAWarning();

private:
    static ExportDocument sampleDocument();
};

ExportDocument TestExportDocument::sampleDocument()
{
    ExportDocument document;
    const PageParseResult page = parseOrchestrationPage(examplePage);
    document.records = page.page->records;
    document.records.append(Orchestration::fromJson(oddRecord));
    document.pagination = page.page->pagination;
    document.info.application = u"Orchestration Console"_s;
    document.info.version = u"0.1.0"_s;
    document.info.exportedAt = QDateTime(QDate(2026, 11, 28), QTime(5, 0), Qt::UTC);
    document.info.baseUrl = QUrl(u"https://api.egain.cloud/conversation/conversationmgr/v3"_s);
    document.info.scope = u"all"_s;
    document.info.pagenum = 1;
    document.info.pagesize = 25;
    document.info.warnings = {u"Record 3: name is a number."_s, u"“quoted” ünïcode 😀"_s};
    document.info.extra.insert(u"filter"_s, u"active"_s);
    return document;
}

void TestExportDocument::roundTrip_data()
{
    QTest::addColumn<ExportDocument::Style>("style");
    QTest::newRow("indented") << ExportDocument::Style::Indented;
    QTest::newRow("compact") << ExportDocument::Style::Compact;
}

void TestExportDocument::roundTrip()
{
    QFETCH(ExportDocument::Style, style);
    const ExportDocument original = sampleDocument();
    const QByteArray bytes = original.toJson(style);

    QJsonParseError error {};
    QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);

    const ExportDocument::ReadResult read = ExportDocument::fromJson(bytes);
    QVERIFY2(read.document, qPrintable(read.error));
    QVERIFY(read.warnings.isEmpty());
    const ExportDocument &copy = *read.document;
    QCOMPARE(copy.records.size(), original.records.size());
    for (qsizetype i = 0; i < copy.records.size(); ++i)
        QCOMPARE(copy.records.at(i).rawJson(), original.records.at(i).rawJson());
    QCOMPARE(copy.records.at(2).warnings(), original.records.at(2).warnings());
    QCOMPARE(copy.pagination, original.pagination);
    QCOMPARE(copy.info.application, original.info.application);
    QCOMPARE(copy.info.version, original.info.version);
    QCOMPARE(copy.info.exportedAt, original.info.exportedAt);
    QCOMPARE(copy.info.baseUrl, original.info.baseUrl);
    QCOMPARE(copy.info.scope, original.info.scope);
    QCOMPARE(copy.info.pagenum, original.info.pagenum);
    QCOMPARE(copy.info.pagesize, original.info.pagesize);
    QCOMPARE(copy.info.warnings, original.info.warnings);
    QCOMPARE(copy.info.extra, original.info.extra);

    // Writing what was read gives the same file.
    QCOMPARE(copy.toJson(style), bytes);
}

void TestExportDocument::compactHoldsRecordsByteForByte()
{
    const ExportDocument document = sampleDocument();
    const QByteArray bytes = document.toJson(ExportDocument::Style::Compact);
    // One record per line, as received, so line tools (grep, split, diff) see records.
    QByteArray joined = "{\"orchestration\":[\n";
    for (qsizetype i = 0; i < document.records.size(); ++i)
        joined += (i ? ",\n" : "") + document.records.at(i).rawJson();
    joined += "\n],";
    QVERIFY(bytes.startsWith(joined));
    QVERIFY(bytes.contains(oddRecord)); // unknown fields, key order and spelling as received
    QCOMPARE(bytes.count('\n'), document.records.size() + 2); // and after "[" and "}"
    QVERIFY(bytes.endsWith("}\n"));
    QVERIFY(!bytes.contains("\n "));
}

void TestExportDocument::indentedLayout()
{
    const QByteArray bytes = sampleDocument().toJson();
    QVERIFY(bytes.startsWith("{\n    \"orchestration\": [\n        {\n            \"id\": "
                             "\"45a095f4-d0ee-4220-a689-22b541c58f67\",\n            \"name\": "));
    QVERIFY(bytes.endsWith("\n}\n"));
    QVERIFY(bytes.contains("\n            \"zz\": {\n                \"list\": [],\n"));
    QVERIFY(bytes.contains("\"weight\": 1.50\n"));
    QVERIFY(bytes.contains("\"big\": 12345678901234567890,\n"));
    const QByteArray text = "\"text\": \"caf\\u00e9 \\\"q\\\" \\\\ 日本 😀\"";
    QVERIFY(bytes.contains(text));
    // Same tokens as the compact form: only layout differs.
    QCOMPARE(RawJson::minified(bytes),
        RawJson::minified(sampleDocument().toJson(ExportDocument::Style::Compact)));
}

void TestExportDocument::streamedLayoutIsTheWholeDocumentsLayout_data()
{
    QTest::addColumn<int>("records");
    QTest::newRow("no records") << 0;
    QTest::newRow("one record") << 1;
    QTest::newRow("every record") << -1;
}

void TestExportDocument::streamedLayoutIsTheWholeDocumentsLayout()
{
    // Written record by record, the indented file is laid out exactly as the whole document
    // indented at once, so a streamed export reads as every earlier one did.
    QFETCH(int, records);
    ExportDocument document = sampleDocument();
    if (records >= 0)
        document.records = document.records.mid(0, records);
    const QByteArray bytes = document.toJson();
    const QByteArray compact = document.toJson(ExportDocument::Style::Compact);
    QCOMPARE(bytes, RawJson::indented(RawJson::minified(compact), 4) + '\n');
    if (records == 0)
        QVERIFY(bytes.contains("\"orchestration\": [],\n"));
}

void TestExportDocument::exportInfoMembersInOrder()
{
    const QByteArray bytes = sampleDocument().toJson(ExportDocument::Style::Compact);
    const QByteArrayView info = RawJson::memberValue(bytes, "exportInfo");
    QStringList keys;
    const QList<RawJson::Member> members = RawJson::objectMembers(info);
    for (const RawJson::Member &member : members)
        keys.append(QString::fromUtf8(member.rawKey));
    QCOMPARE(keys,
        (QStringList {u"application"_s, u"version"_s, u"exportedAt"_s, u"baseUrl"_s, u"scope"_s,
            u"pagenum"_s, u"pagesize"_s, u"itemCount"_s, u"warnings"_s, u"filter"_s}));
    const QList<RawJson::Member> top = RawJson::objectMembers(bytes);
    QCOMPARE(top.size(), 3);
    QCOMPARE(top.at(0).rawKey, QByteArrayView("orchestration"));
    QCOMPARE(top.at(1).rawKey, QByteArrayView("paginationInfo"));
    QCOMPARE(top.at(2).rawKey, QByteArrayView("exportInfo"));

    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    const QJsonObject exportInfo = object.value(u"exportInfo"_s).toObject();
    QCOMPARE(exportInfo.value(u"exportedAt"_s).toString(), u"2026-11-28T05:00:00.000Z"_s);
    QCOMPARE(exportInfo.value(u"itemCount"_s).toInt(), 3);
    QCOMPARE(exportInfo.value(u"scope"_s).toString(), u"all"_s);
    QCOMPARE(exportInfo.value(u"warnings"_s).toArray().size(), 2);
    QCOMPARE(object.value(u"paginationInfo"_s).toObject(),
        (QJsonObject {{u"count"_s, 2}, {u"pagenum"_s, 1}, {u"pagesize"_s, 25}}));
}

void TestExportDocument::baseUrlNeverCarriesCredentialsOrQuery()
{
    ExportDocument document = sampleDocument();
    document.info.baseUrl =
        QUrl(u"https://alice:s3cr3t@api.egain.cloud/conversation/v3?access_token=tok3n#frag"_s);
    document.info.extra.insert(u"baseUrl"_s, u"https://bob:pw@evil.example/"_s); // cannot override
    for (const auto style : {ExportDocument::Style::Indented, ExportDocument::Style::Compact}) {
        const QByteArray bytes = document.toJson(style);
        QVERIFY(!bytes.contains("s3cr3t"));
        QVERIFY(!bytes.contains("alice"));
        QVERIFY(!bytes.contains("tok3n"));
        QVERIFY(!bytes.contains("frag"));
        QVERIFY(!bytes.contains("evil.example"));
        const QJsonObject info =
            QJsonDocument::fromJson(bytes).object().value(u"exportInfo"_s).toObject();
        QCOMPARE(info.value(u"baseUrl"_s).toString(), u"https://api.egain.cloud/conversation/v3"_s);
    }
    // A file edited by hand is cleaned when read, too.
    const QByteArray edited =
        R"({"orchestration":[],"exportInfo":{"baseUrl":"https://u:p@h.example/x?q=1"}})";
    const ExportDocument::ReadResult read = ExportDocument::fromJson(edited);
    QVERIFY2(read.document, qPrintable(read.error));
    QCOMPARE(read.document->info.baseUrl, QUrl(u"https://h.example/x"_s));
}

void TestExportDocument::defaultsForApplicationVersionAndTime()
{
    ExportDocument document;
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const QJsonObject info =
        QJsonDocument::fromJson(document.toJson()).object().value(u"exportInfo"_s).toObject();
    QCOMPARE(info.value(u"application"_s).toString(), QStringLiteral(CONSOLE_APP_NAME));
    QCOMPARE(info.value(u"version"_s).toString(), QStringLiteral(CONSOLE_VERSION));
    const QDateTime exportedAt =
        QDateTime::fromString(info.value(u"exportedAt"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(exportedAt.isValid());
    QVERIFY(exportedAt >= before);
    QCOMPARE(info.value(u"itemCount"_s).toInt(-1), 0);
    QVERIFY(info.value(u"warnings"_s).isArray());
}

void TestExportDocument::nullRecordsAreSkipped()
{
    ExportDocument document = sampleDocument();
    document.records.insert(1, Orchestration());
    const QByteArray bytes = document.toJson();
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(object.value(u"orchestration"_s).toArray().size(), 3);
    QCOMPARE(object.value(u"exportInfo"_s).toObject().value(u"itemCount"_s).toInt(), 3);
}

void TestExportDocument::withoutPaginationInfo()
{
    ExportDocument document = sampleDocument();
    document.pagination = PaginationInfo();
    const QByteArray bytes = document.toJson();
    QVERIFY(!QJsonDocument::fromJson(bytes).object().contains(u"paginationInfo"_s));
    const ExportDocument::ReadResult read = ExportDocument::fromJson(bytes);
    QVERIFY2(read.document, qPrintable(read.error));
    QVERIFY(!read.document->pagination.present);
    QCOMPARE(read.warnings.size(), 1);
    QCOMPARE(read.warnings.at(0).path, u"paginationInfo"_s);
}

void TestExportDocument::unknownCountReadsBack()
{
    // A server page without count: whatever the console writes from it, it reads back.
    ExportDocument document = sampleDocument();
    document.pagination.present = true;
    document.pagination.count = -1;
    document.pagination.pagenum = 4;
    document.pagination.pagesize = 10;
    for (const ExportDocument::Style style :
        {ExportDocument::Style::Indented, ExportDocument::Style::Compact}) {
        const QByteArray bytes = document.toJson(style);
        const QJsonObject pagination =
            QJsonDocument::fromJson(bytes).object().value(u"paginationInfo"_s).toObject();
        QVERIFY(!pagination.contains(u"count"_s));
        const ExportDocument::ReadResult read = ExportDocument::fromJson(bytes);
        QVERIFY2(read.document, qPrintable(read.error));
        QCOMPARE(read.document->pagination, document.pagination);
        QCOMPARE(read.document->records.size(), document.records.size());
    }
}

void TestExportDocument::readsARawApiPage()
{
    const ExportDocument::ReadResult read = ExportDocument::fromJson(examplePage);
    QVERIFY2(read.document, qPrintable(read.error));
    QCOMPARE(read.document->records.size(), 2);
    QCOMPARE(read.document->records.at(1).name(), u"default_orchestration_2"_s);
    QCOMPARE(read.document->pagination.count, 2);
    QVERIFY(read.document->info.application.isEmpty());
    QVERIFY(!read.document->info.exportedAt.isValid());
}

void TestExportDocument::refusesUnusableFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not JSON") << QByteArray("{\"orchestration\":[") << u"JSON"_s;
    QTest::newRow("no records") << QByteArray("{\"exportInfo\":{}}") << u"orchestration"_s;
    QTest::newRow("exportInfo an array")
        << QByteArray(R"({"orchestration":[],"exportInfo":[]})") << u"exportInfo"_s;
    QTest::newRow("pagenum a string")
        << QByteArray(R"({"orchestration":[],"exportInfo":{"pagenum":"1"}})") << u"pagenum"_s;
    QTest::newRow("warnings not strings")
        << QByteArray(R"({"orchestration":[],"exportInfo":{"warnings":[1]}})") << u"warnings"_s;
    QTest::newRow("scope a number")
        << QByteArray(R"({"orchestration":[],"exportInfo":{"scope":1}})") << u"scope"_s;
}

void TestExportDocument::refusesUnusableFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const ExportDocument::ReadResult read = ExportDocument::fromJson(json);
    QVERIFY(!read.document);
    QVERIFY2(read.error.contains(mentions), qPrintable(read.error));
}

void TestExportDocument::itemCountMismatchIsAWarning()
{
    const QByteArray json =
        R"({"orchestration":[{}],"paginationInfo":{"count":1,"pagenum":1,"pagesize":1},"exportInfo":{"itemCount":2}})";
    const ExportDocument::ReadResult read = ExportDocument::fromJson(json);
    QVERIFY2(read.document, qPrintable(read.error));
    QCOMPARE(read.document->records.size(), 1);
    QCOMPARE(read.warnings.size(), 1);
    QCOMPARE(read.warnings.at(0).path, u"exportInfo.itemCount"_s);
}

QTEST_GUILESS_MAIN(TestExportDocument)
#include "tst_exportdocument.moc"
