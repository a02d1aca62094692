// CSV for spreadsheets: what Python's csv module reads back is what the view holds, cell for
// cell, whatever the text (quotes, line breaks, commas, Arabic, CJK), and a cell a
// spreadsheet would run as a formula is text.

#include "models/itemmodels/csvrecordwriter.h"
#include "models/itemmodels/orchestrationtablemodel.h"
#include "models/itemmodels/viewexport.h"
#include "support/csvreadback.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Table = OrchestrationTableModel;
using testsupport::readCsvWithPython;

const QString kBot1 = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString kBot2 = QStringLiteral("22222222-2222-4222-8222-222222222222");
const QString kAgent = QStringLiteral("33333333-3333-4333-8333-333333333333");

Orchestration record(const QString &id, const QString &name, const QString &description)
{
    const QJsonObject bot1 {{QStringLiteral("id"), kBot1},
        {QStringLiteral("participant"), QJsonObject {{QStringLiteral("id"), kAgent}}}};
    const QJsonObject bot2 {{QStringLiteral("id"), kBot2},
        {QStringLiteral("participant"), QJsonObject {{QStringLiteral("id"), kAgent}}}};
    const QJsonObject object {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), description},
        {QStringLiteral("active"), true},
        {QStringLiteral("created"), QStringLiteral("2021-03-21T14:29:01.516Z")},
        {QStringLiteral("applications"),
            QJsonObject {
                {QStringLiteral("botConfiguration"),
                    QJsonObject {{QStringLiteral("bots"), QJsonArray {bot1, bot2}},
                        {QStringLiteral("bypassVaDuration"), 2.5}}},
                {QStringLiteral("agentConfiguration"),
                    QJsonObject {{QStringLiteral("agents"),
                        QJsonArray {QJsonObject {{QStringLiteral("id"), kAgent}}}}}},
            }},
    };
    return Orchestration::fromJson(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString writeFile(const QTemporaryDir &dir, const QByteArray &bytes)
{
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

const QList<int> kColumns {Table::NameColumn, Table::ActiveColumn, Table::BotsColumn,
    Table::AgentsColumn, Table::BypassVaColumn, Table::CreatedColumn, Table::DescriptionColumn,
    Table::IdColumn};

} // namespace

class TestCsvRecordWriter : public QObject
{
    Q_OBJECT

private slots:
    void pythonReadsBackEveryCell();
    void recordsEndInCrlfAfterAByteOrderMark();
    void formulaLikeCellsAreText_data();
    void formulaLikeCellsAreText();
    void numbersAndBooleansStayAsTheyAre();
    void viewExportWritesCsvInItsFormat();
};

void TestCsvRecordWriter::pythonReadsBackEveryCell()
{
    const QString awkward = QStringLiteral("He said \"hi\", then left\r\nline two\nline three");
    const QString arabic = QStringLiteral("تنسيق الدعم، الرياض");
    const QString cjk = QStringLiteral("日本語の説明，中文「引号」, 한국어");
    const QList<Orchestration> records {
        record(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001"), awkward, arabic),
        record(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000002"), cjk, QString()),
    };
    const CsvRecordWriter writer(kColumns);
    QByteArray bytes = writer.begin();
    for (const Orchestration &each : records)
        bytes += writer.row(each); // one at a time, as a streaming sink feeds it

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto rows = readCsvWithPython(writeFile(dir, bytes));
    QVERIFY(rows);
    const QString bots = kBot1 + QLatin1Char(' ') + kBot2;
    const QList<QStringList> expected {
        {QStringLiteral("name"), QStringLiteral("active"), QStringLiteral("bots"),
            QStringLiteral("agents"), QStringLiteral("bypassVaMinutes"), QStringLiteral("created"),
            QStringLiteral("description"), QStringLiteral("id")},
        {awkward, QStringLiteral("true"), bots, kAgent, QStringLiteral("2.5"),
            QStringLiteral("2021-03-21T14:29:01.516Z"), arabic,
            QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001")},
        {cjk, QStringLiteral("true"), bots, kAgent, QStringLiteral("2.5"),
            QStringLiteral("2021-03-21T14:29:01.516Z"), QString(),
            QStringLiteral("aaaaaaaa-0000-4000-8000-000000000002")},
    };
    QCOMPARE(*rows, expected);
}

void TestCsvRecordWriter::recordsEndInCrlfAfterAByteOrderMark()
{
    const CsvRecordWriter writer({Table::NameColumn, Table::IdColumn});
    const QByteArray bytes =
        writer.document({record(QStringLiteral("x"), QStringLiteral("a\nb"), QString())});
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFname,id\r\n"));
    QCOMPARE(bytes.mid(3 + 9), QByteArray("\"a\nb\",x\r\n"));
}

void TestCsvRecordWriter::formulaLikeCellsAreText_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("cell");
    QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")")
                            << QStringLiteral("'=HYPERLINK(\"http://evil\",\"x\")");
    QTest::newRow("plus") << QStringLiteral("+1+cmd|' /C calc'!A0")
                          << QStringLiteral("'+1+cmd|' /C calc'!A0");
    QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("at") << QStringLiteral("@SUM(A1:A9)") << QStringLiteral("'@SUM(A1:A9)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
    QTest::newRow("inside is harmless") << QStringLiteral("a=b+c") << QStringLiteral("a=b+c");
}

void TestCsvRecordWriter::formulaLikeCellsAreText()
{
    QFETCH(QString, name);
    QFETCH(QString, cell);
    const CsvRecordWriter writer({Table::NameColumn, Table::DescriptionColumn});
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto rows = readCsvWithPython(
        writeFile(dir, writer.document({record(QStringLiteral("x"), name, name)})));
    QVERIFY(rows);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(1), QStringList({cell, cell}));
}

void TestCsvRecordWriter::numbersAndBooleansStayAsTheyAre()
{
    const Orchestration negative = Orchestration::fromJson(
        R"({"id":"x","name":"n","active":false,"applications":{"botConfiguration":)"
        R"({"bots":[],"bypassVaDuration":-3,"forwardTranscript":true}}})");
    const QStringList cells =
        CsvRecordWriter({Table::ActiveColumn, Table::BypassVaColumn, Table::ForwardTranscriptColumn,
                            Table::AgentsColumn})
            .cells(negative);
    // Numbers the writer spells are numbers, not tenant text: a spreadsheet may sum them.
    QCOMPARE(cells,
        QStringList(
            {QStringLiteral("false"), QStringLiteral("-3"), QStringLiteral("true"), QString()}));
}

void TestCsvRecordWriter::viewExportWritesCsvInItsFormat()
{
    ViewExport spec;
    spec.scope = ViewExport::Scope::View;
    spec.format = ViewExport::Format::Csv;
    spec.columns = {Table::IdColumn, Table::NameColumn};
    spec.records = {record(QStringLiteral("r1"), QStringLiteral("one"), QString()),
        record(QStringLiteral("r2"), QStringLiteral("two"), QString())};
    const QByteArray bytes = spec.toBytes();
    QCOMPARE(bytes, QByteArray("\xEF\xBB\xBFid,name\r\nr1,one\r\nr2,two\r\n"));
    QVERIFY(qAbs(spec.estimatedBytes() - bytes.size()) <= 2);
    spec.format = ViewExport::Format::Json;
    QVERIFY(spec.toBytes().startsWith('{'));
}

QTEST_GUILESS_MAIN(TestCsvRecordWriter)
#include "tst_csvrecordwriter.moc"
