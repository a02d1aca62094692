// The export file of a view: typed visible-columns rows, the envelope's exportInfo, the
// filter that chooses the records, and the round trip export -> open -> export.

#include "models/core/buildinfo.h"
#include "models/core/snapshotfile.h"
#include "models/itemmodels/orchestrationtablemodel.h"
#include "models/itemmodels/viewexport.h"
#include "sim/dataset.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

using Table = OrchestrationTableModel;

QList<Orchestration> generated(int count)
{
    const hubsim::Dataset dataset = hubsim::Dataset::generate(3, count);
    QList<Orchestration> list;
    for (int i = 0; i < dataset.size(); ++i)
        list.append(Orchestration::fromJson(dataset.record(i)));
    return list;
}

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

QList<QByteArray> rawRecords(const QList<Orchestration> &records)
{
    QList<QByteArray> list;
    for (const Orchestration &record : records)
        list.append(record.rawJson());
    return list;
}

} // namespace

class TestViewExport : public QObject
{
    Q_OBJECT

private slots:
    void columnKeysAreStable();
    void columnValuesAreTyped();
    void columnsContentKeepsViewOrderAndSaysSo();
    void envelopeCarriesScopeFilterSortAndNoSecret();
    void filterMatchesTheWindowsFilterModel();
    void roundTripGivesIdenticalRecords_data();
    void roundTripGivesIdenticalRecords();
    void nodeScopeHoldsTheNodeAndItsRecord();
    void estimateIsClose();
    void rawApiPageOpensAsSnapshot();
    void unreadableFilesAreRefusedWithTheirName();
};

void TestViewExport::columnKeysAreStable()
{
    QCOMPARE(ViewColumns::allKeys(),
        (QStringList {QStringLiteral("name"), QStringLiteral("active"), QStringLiteral("kind"),
            QStringLiteral("bots"), QStringLiteral("agents"), QStringLiteral("customerApp"),
            QStringLiteral("forwardTranscript"), QStringLiteral("bypassVaMinutes"),
            QStringLiteral("created"), QStringLiteral("modified"), QStringLiteral("description"),
            QStringLiteral("id")}));
    for (int column = 0; column < Table::ColumnCount; ++column)
        QCOMPARE(ViewColumns::fromKey(ViewColumns::key(column)), column);
    QCOMPARE(ViewColumns::fromKey(u"Name"), -1);
}

void TestViewExport::columnValuesAreTyped()
{
    const Orchestration record = Orchestration::fromJson(
        R"({"id":"45a095f4-d0ee-4220-a689-22b541c58f67","name":"n","active":true,"created":"2021-03-21T14:29:01.516Z",)"
        R"("applications":{"botConfiguration":{"forwardTranscript":false,"bypassVaDuration":1.5,"bots":[{"id":"a","participant":{"id":"b"}}]}}})");
    QList<int> all;
    for (int column = 0; column < Table::ColumnCount; ++column)
        all.append(column);
    const QJsonObject row = parse(ViewColumns::rowJson(record, all));
    QCOMPARE(row.value(QLatin1String("name")), QJsonValue(QStringLiteral("n")));
    QCOMPARE(row.value(QLatin1String("active")), QJsonValue(true));
    QCOMPARE(row.value(QLatin1String("kind")), QJsonValue(QStringLiteral("bot")));
    QCOMPARE(row.value(QLatin1String("bots")), QJsonValue(1));
    QVERIFY(row.value(QLatin1String("agents")).isNull());
    QVERIFY(row.value(QLatin1String("customerApp")).isNull());
    QCOMPARE(row.value(QLatin1String("forwardTranscript")), QJsonValue(false));
    QCOMPARE(row.value(QLatin1String("bypassVaMinutes")), QJsonValue(1.5));
    QCOMPARE(row.value(QLatin1String("created")),
        QJsonValue(QStringLiteral("2021-03-21T14:29:01.516Z")));
    QVERIFY(row.value(QLatin1String("modified")).isNull());
    QVERIFY(row.value(QLatin1String("description")).isNull());
    QCOMPARE(row.value(QLatin1String("id")),
        QJsonValue(QStringLiteral("45a095f4-d0ee-4220-a689-22b541c58f67")));
}

void TestViewExport::columnsContentKeepsViewOrderAndSaysSo()
{
    ViewExport spec;
    spec.records = generated(30);
    spec.content = ViewExport::Content::Columns;
    spec.columns = {Table::IdColumn, Table::NameColumn, Table::BotsColumn};
    spec.style = ExportDocument::Style::Compact;
    const QByteArray json = spec.toJson();
    QVERIFY(json.startsWith(QByteArray("{\"orchestration\":[\n{\"id\":\""))); // a row per line
    const QJsonObject document = parse(json);
    const QJsonArray rows = document.value(QLatin1String("orchestration")).toArray();
    QCOMPARE(rows.size(), 30);
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        QCOMPARE(row.keys().size(), 3);
        QCOMPARE(row.value(QLatin1String("id")).toString(), spec.records.at(i).id());
        QCOMPARE(row.value(QLatin1String("name")).toString(), spec.records.at(i).name());
    }
    // Key order in the file is the view's, not alphabetical.
    QVERIFY(json.indexOf("\"id\"") < json.indexOf("\"name\""));
    QVERIFY(json.indexOf("\"name\"") < json.indexOf("\"bots\""));
    const QJsonObject info = document.value(QLatin1String("exportInfo")).toObject();
    QCOMPARE(info.value(QLatin1String("content")).toString(), QStringLiteral("columns"));
    QCOMPARE(info.value(QLatin1String("columns")).toArray(),
        (QJsonArray {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("bots")}));
    QCOMPARE(info.value(QLatin1String("itemCount")).toInt(), 30);
}

void TestViewExport::envelopeCarriesScopeFilterSortAndNoSecret()
{
    ViewExport spec;
    spec.scope = ViewExport::Scope::View;
    spec.records = generated(5);
    spec.baseUrl =
        QUrl(QStringLiteral("https://user:secret@api.example.com/conversation/v3?token=abc#x"));
    spec.profileName = QStringLiteral("Production");
    ViewFilter view;
    view.searchText = QStringLiteral("default");
    view.active = OrchestrationFilterModel::ActiveFilter::Active;
    view.sortColumn = Table::ModifiedColumn;
    view.sortOrder = Qt::DescendingOrder;
    spec.view = view;
    spec.warnings = {QStringLiteral("a warning")};
    spec.exportedAt = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    const QByteArray json = spec.toJson();
    QVERIFY(!json.contains("secret"));
    QVERIFY(!json.contains("token=abc"));
    const QJsonObject info = parse(json).value(QLatin1String("exportInfo")).toObject();
    QCOMPARE(info.value(QLatin1String("scope")).toString(), QStringLiteral("view"));
    QCOMPARE(info.value(QLatin1String("baseUrl")).toString(),
        QStringLiteral("https://api.example.com/conversation/v3"));
    QCOMPARE(info.value(QLatin1String("profile")).toString(), QStringLiteral("Production"));
    QCOMPARE(info.value(QLatin1String("exportedAt")).toString(),
        QStringLiteral("2024-05-01T10:00:00.000Z"));
    QCOMPARE(info.value(QLatin1String("content")).toString(), QStringLiteral("records"));
    QCOMPARE(info.value(QLatin1String("version")).toString(), QStringLiteral(CONSOLE_VERSION));
    QCOMPARE(
        info.value(QLatin1String("warnings")).toArray(), QJsonArray {QStringLiteral("a warning")});
    const QJsonObject filter = info.value(QLatin1String("filter")).toObject();
    QCOMPARE(filter.value(QLatin1String("text")).toString(), QStringLiteral("default"));
    QCOMPARE(filter.value(QLatin1String("active")).toString(), QStringLiteral("active"));
    QCOMPARE(filter.value(QLatin1String("kind")).toString(), QStringLiteral("any"));
    QCOMPARE(info.value(QLatin1String("sort")).toObject(),
        (QJsonObject {{QStringLiteral("column"), QStringLiteral("modified")},
            {QStringLiteral("order"), QStringLiteral("descending")}}));

    // The page and all scopes are in server order, unfiltered: no filter or sort is claimed.
    spec.scope = ViewExport::Scope::All;
    const QJsonObject allInfo = parse(spec.toJson()).value(QLatin1String("exportInfo")).toObject();
    QVERIFY(!allInfo.contains(QLatin1String("filter")));
    QVERIFY(!allInfo.contains(QLatin1String("sort")));
}

void TestViewExport::filterMatchesTheWindowsFilterModel()
{
    const QList<Orchestration> records = generated(300);
    ViewFilter filter;
    filter.searchText = QStringLiteral("default");
    filter.active = OrchestrationFilterModel::ActiveFilter::Active;
    filter.sortColumn = Table::NameColumn;
    filter.sortOrder = Qt::DescendingOrder;
    const QList<Orchestration> shown = filter.applyTo(records);
    QVERIFY(!shown.isEmpty());
    QVERIFY(shown.size() < records.size());
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const Orchestration &record = shown.at(i);
        QVERIFY(record.isActive());
        QVERIFY(record.name().contains(QStringLiteral("default"), Qt::CaseInsensitive)
            || record.description().contains(QStringLiteral("default"), Qt::CaseInsensitive)
            || record.id().contains(QStringLiteral("default"), Qt::CaseInsensitive));
        if (i > 0)
            QVERIFY(shown.at(i - 1).name() >= record.name());
    }
    // Every record that matches is there.
    const qsizetype expected =
        std::count_if(records.cbegin(), records.cend(), [](const Orchestration &record) {
            return record.isActive()
                && QString(record.name() + record.description() + record.id()
                    + record.referencedIds().join(u' '))
                       .contains(QStringLiteral("default"), Qt::CaseInsensitive);
        });
    QCOMPARE(shown.size(), expected);
}

void TestViewExport::roundTripGivesIdenticalRecords_data()
{
    QTest::addColumn<int>("style");
    QTest::newRow("indented") << int(ExportDocument::Style::Indented);
    QTest::newRow("compact") << int(ExportDocument::Style::Compact);
}

void TestViewExport::roundTripGivesIdenticalRecords()
{
    QFETCH(int, style);
    ViewExport first;
    first.scope = ViewExport::Scope::All;
    first.style = ExportDocument::Style(style);
    first.records = generated(250);
    // An odd record too: unknown fields, unusual number spelling, unicode.
    first.records.append(Orchestration::fromJson(
        R"({"id":"odd","name":"Caf\u00e9 ☕","x-extra":{"n":1.50,"big":12345678901234567890},"active":true})"));
    first.baseUrl = QUrl(QStringLiteral("https://api.example.com/v3"));
    const QByteArray bytes = first.toJson();

    QString error;
    const std::optional<SnapshotFile> opened =
        SnapshotFile::fromBytes(bytes, QStringLiteral("first.json"), &error);
    QVERIFY2(opened, qPrintable(error));
    QCOMPARE(rawRecords(opened->document.records), rawRecords(first.records));

    ViewExport second = first;
    second.records = opened->document.records;
    second.source = opened->sourceJson();
    const QByteArray again = second.toJson();
    const QJsonObject a = parse(bytes);
    const QJsonObject b = parse(again);
    QCOMPARE(b.value(QLatin1String("orchestration")), a.value(QLatin1String("orchestration")));
    // Byte for byte, the records' text is the same (numbers keep their spelling).
    const auto recordsText = [](const QByteArray &json) {
        return json.left(json.indexOf("\"paginationInfo\""));
    };
    QCOMPARE(recordsText(again), recordsText(bytes));
    QVERIFY(again.contains("12345678901234567890"));
    QVERIFY(again.contains("1.50"));
}

void TestViewExport::nodeScopeHoldsTheNodeAndItsRecord()
{
    ViewExport spec;
    spec.scope = ViewExport::Scope::Node;
    spec.records = generated(1);
    spec.nodePath = QStringLiteral("applications.botConfiguration.bots[0]");
    spec.nodeJson = R"({"id":"a09dddd6-394b-4039-86bc-a5dd89ee5e8d","participant":{"id":"b"}})";
    spec.content = ViewExport::Content::Columns; // ignored for a node
    const QJsonObject document = parse(spec.toJson());
    QCOMPARE(document.value(QLatin1String("orchestration")).toArray().size(), 1);
    QCOMPARE(document.value(QLatin1String("orchestration")).toArray().first().toObject(),
        spec.records.first().toJsonObject());
    const QJsonObject info = document.value(QLatin1String("exportInfo")).toObject();
    QCOMPARE(info.value(QLatin1String("scope")).toString(), QStringLiteral("node"));
    QCOMPARE(info.value(QLatin1String("nodePath")).toString(), spec.nodePath);
    QCOMPARE(info.value(QLatin1String("node")).toObject(),
        QJsonDocument::fromJson(spec.nodeJson).object());
    QCOMPARE(info.value(QLatin1String("content")).toString(), QStringLiteral("records"));
}

void TestViewExport::estimateIsClose()
{
    for (const auto style : {ExportDocument::Style::Indented, ExportDocument::Style::Compact}) {
        for (const auto content : {ViewExport::Content::Records, ViewExport::Content::Columns}) {
            ViewExport spec;
            spec.records = generated(800);
            spec.style = style;
            spec.content = content;
            spec.columns = {Table::NameColumn, Table::ActiveColumn, Table::IdColumn};
            const double actual = double(spec.toJson().size());
            const double estimate = double(spec.estimatedBytes());
            QVERIFY2(estimate > actual * 0.8 && estimate < actual * 1.25,
                qPrintable(QStringLiteral("estimate %1, actual %2").arg(estimate).arg(actual)));
        }
    }
}

void TestViewExport::rawApiPageOpensAsSnapshot()
{
    QFile page(QStringLiteral(CONSOLE_SOURCE_DIR "/tests/sim/example-response.json"));
    QVERIFY(page.open(QIODevice::ReadOnly));
    QString error;
    const auto snapshot =
        SnapshotFile::fromBytes(page.readAll(), QStringLiteral("page.json"), &error);
    QVERIFY2(snapshot, qPrintable(error));
    QCOMPARE(snapshot->document.records.size(), 2);
    QVERIFY(snapshot->hasFullRecords());
    QCOMPARE(snapshot->description(), QStringLiteral("Snapshot of page.json"));
}

void TestViewExport::unreadableFilesAreRefusedWithTheirName()
{
    QString error;
    QVERIFY(!SnapshotFile::read(QStringLiteral("/nonexistent/missing.json"), &error));
    QVERIFY2(error.contains(QStringLiteral("missing.json")), qPrintable(error));
    QVERIFY(!SnapshotFile::fromBytes("{\"orchestration\": 5}", QStringLiteral("bad.json"), &error));
    QVERIFY2(error.contains(QStringLiteral("bad.json")), qPrintable(error));
    QVERIFY(!SnapshotFile::fromBytes("not json", QStringLiteral("text.json"), &error));
    QVERIFY2(error.contains(QStringLiteral("text.json")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestViewExport)
#include "tst_viewexport.moc"
