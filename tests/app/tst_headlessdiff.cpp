// `orchestration-console diff` and the export's view options, as a user runs them: the real
// executable in its own process, exporting from the simulator over loopback, then comparing
// the files; judged by exit code, stdout, stderr and the files.

#include "app/diffcommand.h"
#include "app/exportoptions.h"
#include "models/core/orchestration.h"
#include "models/itemmodels/viewexport.h"
#include "sim/hubsimulator.h"
#include "support/consoleprocess.h"
#include "support/csvreadback.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hubsim;

namespace {

using RunResult = testsupport::ConsoleRun;
using testsupport::readJsonFile;

/// The dataset with known changes: records 3 and 10 gone, one new record, record 20's first
/// bot's participant id changed, record 30's name changed.
Dataset changedDataset(const Dataset &original, QString *changedBotRecordId, QString *renamedId)
{
    QList<QByteArray> records;
    for (int i = 0; i < original.size(); ++i) {
        if (i == 3 || i == 10)
            continue;
        QByteArray record = original.record(i);
        QJsonObject object = QJsonDocument::fromJson(record).object();
        if (i == 30) {
            object.insert(QStringLiteral("name"), QStringLiteral("renamed for the test"));
            *renamedId = object.value(QLatin1String("id")).toString();
            record = QJsonDocument(object).toJson(QJsonDocument::Compact);
        }
        records.append(record);
    }
    // The first record from 20 on that has a bot gets a new participant.
    for (qsizetype i = 18; i < records.size(); ++i) {
        QJsonObject object = QJsonDocument::fromJson(records.at(i)).object();
        QJsonObject applications = object.value(QLatin1String("applications")).toObject();
        QJsonObject bots = applications.value(QLatin1String("botConfiguration")).toObject();
        QJsonArray list = bots.value(QLatin1String("bots")).toArray();
        if (list.isEmpty())
            continue;
        QJsonObject bot = list.at(0).toObject();
        bot.insert(QStringLiteral("participant"),
            QJsonObject {
                {QStringLiteral("id"), QStringLiteral("99999999-2222-4333-8444-555555555555")}});
        list.replace(0, bot);
        bots.insert(QStringLiteral("bots"), list);
        applications.insert(QStringLiteral("botConfiguration"), bots);
        object.insert(QStringLiteral("applications"), applications);
        *changedBotRecordId = object.value(QLatin1String("id")).toString();
        records[i] = QJsonDocument(object).toJson(QJsonDocument::Compact);
        break;
    }
    records.append(
        R"({"id":"00000000-0000-4000-8000-00000000000a","name":"added for the test","active":true})");
    const std::optional<Dataset> changed = Dataset::fromJson('[' + records.join(',') + ']');
    return changed ? *changed : Dataset();
}

} // namespace

class TestHeadlessDiff : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void diffUsageErrorsExitTwo_data();
    void diffUsageErrorsExitTwo();
    void unreadableInputExitsFourNamingTheFile_data();
    void unreadableInputExitsFourNamingTheFile();
    void failedWriteToStandardOutputExitsFour();
    void sameExportsExitZero();
    void changedTenantExitsOneAndSaysWhat();
    void jsonOutputHasAStableStructure();

    void exportViewOptionsUsageErrors_data();
    void exportViewOptionsUsageErrors();
    void exportFilterHoldsWhatTheWindowWouldShow();
    void exportColumnsWritesFlatTypedRows();
    void exportCsvHoldsTheWindowsDefaultColumns();

private:
    RunResult run(const QStringList &arguments);
    RunResult exportTo(const QString &path, const QStringList &extra = {});

    std::unique_ptr<HubSimulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHeadlessDiff::init()
{
    SimulatorConfig config;
    config.count = 300;
    m_sim = std::make_unique<HubSimulator>(config);
    QString error;
    QVERIFY2(m_sim->listen(&error), qPrintable(error));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHeadlessDiff::cleanup()
{
    m_sim.reset();
    m_dir.reset();
}

RunResult TestHeadlessDiff::run(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(kClientSecretVariable), QString(kDemoClientSecret));
    env.remove(QLatin1String(kAccessTokenVariable));
    return testsupport::runConsole(QStringLiteral(CONSOLE_EXECUTABLE), arguments, env);
}

RunResult TestHeadlessDiff::exportTo(const QString &path, const QStringList &extra)
{
    return run(QStringList {QStringLiteral("export"), QStringLiteral("--base-url"),
                   m_sim->baseUrl().toString(), QStringLiteral("--token-url"),
                   m_sim->tokenUrl().toString(), QStringLiteral("--client-id"),
                   QString(kDemoClientId), QStringLiteral("-o"), path}
        + extra);
}

void TestHeadlessDiff::diffUsageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no files") << QStringList {} << QStringLiteral("two files");
    QTest::newRow("one file") << QStringList {QStringLiteral("a.json")}
                              << QStringLiteral("two files");
    QTest::newRow("three files") << QStringList {QStringLiteral("a"), QStringLiteral("b"),
        QStringLiteral("c")} << QStringLiteral("not 3");
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--frob"), QStringLiteral("a"),
        QStringLiteral("b")} << QStringLiteral("frob");
}

void TestHeadlessDiff::diffUsageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const DiffArguments parsed = parseDiffArguments(arguments);
    QVERIFY2(parsed.error.contains(message), qPrintable(parsed.error));
    const RunResult result = run(QStringList {QStringLiteral("diff")} + arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message.toUtf8()), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void TestHeadlessDiff::unreadableInputExitsFourNamingTheFile_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing") << QByteArray() << QStringLiteral("Cannot open");
    QTest::newRow("not json") << QByteArray("this is not JSON") << QStringLiteral("not an export");
    QTest::newRow("no records") << QByteArray(R"({"items": []})")
                                << QStringLiteral("not an export");
    // A local file is no server's answer: the message blames the file.
    QTest::newRow("cut short") << QByteArray(R"({"orchestration": [{"id": "a)")
                               << QStringLiteral("The file is not valid JSON");
}

void TestHeadlessDiff::unreadableInputExitsFourNamingTheFile()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, reason);
    const QString good = m_dir->filePath(QStringLiteral("good.json"));
    QCOMPARE(exportTo(good).exitCode, 0);
    const QString bad = m_dir->filePath(QStringLiteral("broken-input.json"));
    if (!contents.isEmpty()) {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    for (const QStringList &order : {QStringList {good, bad}, QStringList {bad, good}}) {
        const RunResult result = run(QStringList {QStringLiteral("diff")} + order);
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.err.contains("broken-input.json"), result.err.constData());
        QVERIFY2(result.err.contains(reason.toUtf8()), result.err.constData());
        QVERIFY2(!result.err.contains("server"), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }
}

void TestHeadlessDiff::failedWriteToStandardOutputExitsFour()
{
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("No /dev/full here.");
    const QString a = m_dir->filePath(QStringLiteral("a.json"));
    QCOMPARE(exportTo(a).exitCode, 0);
    testsupport::ConsoleIo io;
    io.stdoutFile = QStringLiteral("/dev/full");
    // `diff a a > /dev/full`: the comparison never reached anyone, so no 0 or 1 answer.
    for (const QStringList &arguments : {QStringList {QStringLiteral("diff"), a, a},
             QStringList {QStringLiteral("diff"), QStringLiteral("--json"), a, a},
             QStringList {QStringLiteral("diff"), QStringLiteral("--help")}}) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const RunResult result =
            testsupport::runConsole(QStringLiteral(CONSOLE_EXECUTABLE), arguments, env, io);
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.err.contains("standard output"), result.err.constData());
        QCOMPARE(result.err.count('\n'), 1);
    }
}

void TestHeadlessDiff::sameExportsExitZero()
{
    const QString a = m_dir->filePath(QStringLiteral("a.json"));
    const QString b = m_dir->filePath(QStringLiteral("b.json"));
    QCOMPARE(exportTo(a).exitCode, 0);
    QCOMPARE(exportTo(b, {QStringLiteral("--compact")}).exitCode, 0);
    const RunResult result = run({QStringLiteral("diff"), a, b});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("0 added, 0 removed, 0 changed, 300 unchanged.\n"));
}

void TestHeadlessDiff::changedTenantExitsOneAndSaysWhat()
{
    const QString a = m_dir->filePath(QStringLiteral("before.json"));
    const QString b = m_dir->filePath(QStringLiteral("after.json"));
    QCOMPARE(exportTo(a).exitCode, 0);
    const Dataset original = m_sim->dataset();
    QString botRecordId;
    QString renamedId;
    const Dataset changed = changedDataset(original, &botRecordId, &renamedId);
    QCOMPARE(changed.size(), 299);
    m_sim->setDataset(changed);
    QCOMPARE(exportTo(b).exitCode, 0);

    const RunResult result = run({QStringLiteral("diff"), a, b});
    QCOMPARE(result.exitCode, 1);
    const QStringList lines =
        QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("1 added, 2 removed, 2 changed, 296 unchanged."));
    QCOMPARE(
        lines.at(1), QStringLiteral("+ added for the test (00000000-0000-4000-8000-00000000000a)"));
    const Orchestration removed3 = Orchestration::fromJson(original.record(3));
    const Orchestration removed10 = Orchestration::fromJson(original.record(10));
    QCOMPARE(lines.at(2), QStringLiteral("- %1 (%2)").arg(removed3.name(), removed3.id()));
    QCOMPARE(lines.at(3), QStringLiteral("- %1 (%2)").arg(removed10.name(), removed10.id()));
    const QString text = QString::fromUtf8(result.out);
    QVERIFY2(text.contains(
                 QStringLiteral("    applications.botConfiguration.bots[0].participant.id: \"")),
        qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("-> \"99999999-2222-4333-8444-555555555555\"")));
    QVERIFY(text.contains(QStringLiteral("~ renamed for the test (%1)").arg(renamedId)));
    QVERIFY(text.contains(QStringLiteral("(%1)").arg(botRecordId)));

    // Swapped, the same differences the other way round.
    const RunResult back = run({QStringLiteral("diff"), b, a});
    QCOMPARE(back.exitCode, 1);
    QVERIFY(back.out.startsWith("2 added, 1 removed, 2 changed, 296 unchanged.\n"));
}

void TestHeadlessDiff::jsonOutputHasAStableStructure()
{
    const QString a = m_dir->filePath(QStringLiteral("before.json"));
    const QString b = m_dir->filePath(QStringLiteral("after.json"));
    QCOMPARE(exportTo(a).exitCode, 0);
    QString botRecordId;
    QString renamedId;
    m_sim->setDataset(changedDataset(m_sim->dataset(), &botRecordId, &renamedId));
    QCOMPARE(exportTo(b).exitCode, 0);
    const RunResult result = run({QStringLiteral("diff"), QStringLiteral("--json"), a, b});
    QCOMPARE(result.exitCode, 1);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(result.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QLatin1String("summary")).toObject(),
        (QJsonObject {{QStringLiteral("added"), 1}, {QStringLiteral("removed"), 2},
            {QStringLiteral("changed"), 2}, {QStringLiteral("unchanged"), 296}}));
    QCOMPARE(json.value(QLatin1String("added")).toArray().size(), 1);
    QCOMPARE(json.value(QLatin1String("removed")).toArray().size(), 2);
    const QJsonArray changed = json.value(QLatin1String("changed")).toArray();
    QCOMPARE(changed.size(), 2);
    bool sawBot = false;
    for (const QJsonValue &entry : changed) {
        const QJsonObject record = entry.toObject();
        if (record.value(QLatin1String("id")).toString() != botRecordId)
            continue;
        sawBot = true;
        const QJsonArray fields = record.value(QLatin1String("fields")).toArray();
        QCOMPARE(fields.size(), 1);
        const QJsonObject field = fields.first().toObject();
        QCOMPARE(field.value(QLatin1String("path")).toString(),
            QStringLiteral("applications.botConfiguration.bots[0].participant.id"));
        QCOMPARE(field.value(QLatin1String("change")).toString(), QStringLiteral("changed"));
        QCOMPARE(field.value(QLatin1String("new")).toString(),
            QStringLiteral("99999999-2222-4333-8444-555555555555"));
        QVERIFY(field.value(QLatin1String("old")).isString());
    }
    QVERIFY(sawBot);
}

void TestHeadlessDiff::exportViewOptionsUsageErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("active maybe") << QStringList {QStringLiteral("--active"),
        QStringLiteral("maybe")} << QStringLiteral("--active takes yes or no");
    QTest::newRow("unknown column")
        << QStringList {QStringLiteral("--columns"), QStringLiteral("name,colour")}
        << QStringLiteral("unknown column \"colour\"");
    QTest::newRow("column twice") << QStringList {QStringLiteral("--columns"),
        QStringLiteral("id,id")} << QStringLiteral("twice");
    QTest::newRow("no columns") << QStringList {QStringLiteral("--columns"), QStringLiteral(",")}
                                << QStringLiteral("at least one");
}

void TestHeadlessDiff::exportViewOptionsUsageErrors()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const QString path = m_dir->filePath(QStringLiteral("never.json"));
    const RunResult result = exportTo(path, options);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message.toUtf8()), result.err.constData());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(m_sim->countRequests(m_sim->tokenUrl().path()), 0);
}

void TestHeadlessDiff::exportFilterHoldsWhatTheWindowWouldShow()
{
    const QString path = m_dir->filePath(QStringLiteral("filtered.json"));
    const RunResult result = exportTo(path,
        {QStringLiteral("--filter"), QStringLiteral("default"), QStringLiteral("--active"),
            QStringLiteral("yes")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject document = readJsonFile(path);
    const QJsonArray written = document.value(QLatin1String("orchestration")).toArray();

    QList<Orchestration> all;
    const Dataset dataset = m_sim->dataset();
    for (int i = 0; i < dataset.size(); ++i)
        all.append(Orchestration::fromJson(dataset.record(i)));
    ViewFilter filter;
    filter.searchText = QStringLiteral("default");
    filter.active = OrchestrationFilterModel::ActiveFilter::Active;
    const QList<Orchestration> expected = filter.applyTo(all);
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < all.size());
    QCOMPARE(written.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(written.at(i).toObject(), expected.at(i).toJsonObject());

    const QJsonObject info = document.value(QLatin1String("exportInfo")).toObject();
    QCOMPARE(info.value(QLatin1String("filter")).toObject().value(QLatin1String("text")).toString(),
        QStringLiteral("default"));
    QCOMPARE(
        info.value(QLatin1String("filter")).toObject().value(QLatin1String("active")).toString(),
        QStringLiteral("active"));
    QCOMPARE(info.value(QLatin1String("itemCount")).toInt(), expected.size());
    QCOMPARE(document.value(QLatin1String("paginationInfo"))
                 .toObject()
                 .value(QLatin1String("count"))
                 .toInt(),
        expected.size());
}

void TestHeadlessDiff::exportColumnsWritesFlatTypedRows()
{
    const QString path = m_dir->filePath(QStringLiteral("columns.json"));
    const RunResult result = exportTo(
        path, {QStringLiteral("--columns"), QStringLiteral("id,name,active,bots,modified")});
    QCOMPARE(result.exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QJsonObject document = QJsonDocument::fromJson(bytes).object();
    const QJsonArray rows = document.value(QLatin1String("orchestration")).toArray();
    QCOMPARE(rows.size(), 300);
    const Dataset dataset = m_sim->dataset();
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        const Orchestration record = Orchestration::fromJson(dataset.record(i));
        QCOMPARE(row.keys().size(), 5);
        QCOMPARE(row.value(QLatin1String("id")).toString(), record.id());
        QCOMPARE(row.value(QLatin1String("active")), QJsonValue(record.isActive()));
        QVERIFY(row.value(QLatin1String("bots")).isDouble()
            || row.value(QLatin1String("bots")).isNull());
        if (record.modified().isValid())
            QCOMPARE(row.value(QLatin1String("modified")).toString(),
                record.modified().toString(Qt::ISODateWithMs));
    }
    QVERIFY(bytes.indexOf("\"id\"") < bytes.indexOf("\"name\""));
    const QJsonObject info = document.value(QLatin1String("exportInfo")).toObject();
    QCOMPARE(info.value(QLatin1String("content")).toString(), QStringLiteral("columns"));
    QCOMPARE(info.value(QLatin1String("columns")).toArray().size(), 5);
}

void TestHeadlessDiff::exportCsvHoldsTheWindowsDefaultColumns()
{
    const QString path = m_dir->filePath(QStringLiteral("view.csv"));
    const RunResult result = exportTo(path,
        {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--filter"),
            QStringLiteral("default")});
    QCOMPARE(result.exitCode, 0);
    const auto rows = testsupport::readCsvWithPython(path);
    QVERIFY(rows);
    // The window shows every column by default, in the table's order.
    QCOMPARE(rows->first(), ViewColumns::allKeys());

    QList<Orchestration> all;
    const Dataset dataset = m_sim->dataset();
    for (int i = 0; i < dataset.size(); ++i)
        all.append(Orchestration::fromJson(dataset.record(i)));
    ViewFilter filter;
    filter.searchText = QStringLiteral("default");
    const QList<Orchestration> expected = filter.applyTo(all);
    QVERIFY(!expected.isEmpty() && expected.size() < all.size());
    QCOMPARE(rows->size(), expected.size() + 1);
    const qsizetype id = ViewColumns::allKeys().indexOf(QStringLiteral("id"));
    const qsizetype name = ViewColumns::allKeys().indexOf(QStringLiteral("name"));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(rows->at(i + 1).at(id), expected.at(i).id());
        QCOMPARE(rows->at(i + 1).at(name), expected.at(i).name());
    }

    const RunResult wrong = exportTo(path, {QStringLiteral("--format"), QStringLiteral("xlsx")});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains("--format takes json or csv"), wrong.err.constData());
}

QTEST_GUILESS_MAIN(TestHeadlessDiff)
#include "tst_headlessdiff.moc"
