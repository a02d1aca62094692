// `orchestration-console history list|record|diff --profile NAME` and the history an
// `export --profile` records, as a user or a scheduled job runs them: the real executable in
// its own process, its settings and data folder in a temporary directory, against the
// simulator in this process, whose data changes between two records.

#include "app/exportoptions.h"
#include "models/connections/profilestore.h"
#include "sim/hubsimulator.h"
#include "support/consoleprocess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace hubsim;

class TestHeadlessHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void recordListAndDiffFollowTheTenant();
    void exportOfAllRecordsWhenTheProfileKeepsAHistory();
    void damagedSnapshotIsNamedAndSkipped();
    void usageErrorsExitTwo();

private:
    testsupport::ConsoleRun run(const QStringList &arguments);
    testsupport::ConsoleRun history(const QStringList &arguments)
    {
        return run(QStringList {QStringLiteral("history")} + arguments);
    }
    QString historyFolder() const;
    /// The simulator's records, changed: the first renamed, the second gone, one new.
    void changeTheTenant();

    std::unique_ptr<HubSimulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    ConnectionProfile m_profile;
    QString m_renamedId;
    QString m_removedId;
};

void TestHeadlessHistory::init()
{
    SimulatorConfig config;
    config.count = 40;
    m_sim = std::make_unique<HubSimulator>(config);
    QString error;
    QVERIFY2(m_sim->listen(&error), qPrintable(error));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    ProfileStore profiles(
        m_dir->filePath(QStringLiteral("config/OrchestrationConsole/orchestration-console.conf")));
    m_profile = ConnectionProfile();
    m_profile.name = QStringLiteral("Staging");
    m_profile.connection.baseUrl = m_sim->baseUrl();
    m_profile.connection.tokenUrl = m_sim->tokenUrl();
    m_profile.connection.clientId = QString(kDemoClientId);
    QList<ProfileProblem> problems;
    QVERIFY(profiles.add(m_profile, &problems));
    QVERIFY(m_profile.recordHistory); // on for a new profile
    QVERIFY(profiles.sync());
}

void TestHeadlessHistory::cleanup()
{
    m_sim.reset();
    m_dir.reset();
}

testsupport::ConsoleRun TestHeadlessHistory::run(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QLatin1String(kAccessTokenVariable));
    // The secret from the environment: these runs need no keychain.
    env.insert(QLatin1String(kClientSecretVariable), QString(kDemoClientSecret));
    env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir->filePath(QStringLiteral("cache")));
    return testsupport::runConsole(QStringLiteral(CONSOLE_EXECUTABLE), arguments, env);
}

QString TestHeadlessHistory::historyFolder() const
{
    return m_dir->filePath(
        QStringLiteral("data/OrchestrationConsole/orchestration-console/history/")
        + m_profile.id.toString(QUuid::WithoutBraces));
}

void TestHeadlessHistory::changeTheTenant()
{
    QJsonArray records = QJsonDocument::fromJson(m_sim->dataset().toJsonArray()).array();
    QJsonObject renamed = records.at(0).toObject();
    m_renamedId = renamed.value(QStringLiteral("id")).toString();
    renamed.insert(QStringLiteral("name"), QStringLiteral("Renamed in the tenant"));
    records.replace(0, renamed);
    m_removedId = records.at(1).toObject().value(QStringLiteral("id")).toString();
    records.removeAt(1);
    QJsonObject added = records.at(2).toObject();
    added.insert(QStringLiteral("id"), QStringLiteral("7d1f0b52-5a1e-4c3e-9a57-000000000042"));
    records.append(added);
    const std::optional<Dataset> changed = Dataset::fromJson(QJsonDocument(records).toJson());
    QVERIFY(changed);
    m_sim->setDataset(*changed);
}

void TestHeadlessHistory::recordListAndDiffFollowTheTenant()
{
    const QStringList profile {QStringLiteral("--profile"), m_profile.name};
    const auto first = history(QStringList {QStringLiteral("record")} + profile);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY2(first.out.contains("Recorded 40 orchestrations, the first snapshot."), first.out);

    const auto again = history(QStringList {QStringLiteral("record")} + profile);
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.startsWith("Nothing changed since the snapshot of"), again.out);

    // The next snapshot is taken in a later second than the first, which --since names.
    QTest::qWait(1100);
    changeTheTenant();
    const auto second = history(QStringList {QStringLiteral("record")} + profile);
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains("Recorded 40 orchestrations: 1 added, 1 removed, 1 changed."),
        second.out);

    const auto list = history(QStringList {QStringLiteral("list")} + profile);
    QCOMPARE(list.exitCode, 0);
    const QStringList lines =
        QString::fromUtf8(list.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).endsWith(QStringLiteral("40 orchestrations  (first)")),
        qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).endsWith(QStringLiteral("40 orchestrations  +1 -1 ~1")),
        qPrintable(lines.at(1)));
    const QDateTime firstTaken =
        QDateTime::fromString(lines.at(0).section(QLatin1Char(' '), 0, 0), Qt::ISODate);
    QVERIFY(firstTaken.isValid());

    // Since just after the first snapshot (in UTC): the first against the newest.
    const QString since = firstTaken.addSecs(1).toString(Qt::ISODate);
    const auto diff = history(QStringList {QStringLiteral("diff")} + profile
        + QStringList {QStringLiteral("--since"), since, QStringLiteral("--json")});
    QVERIFY2(diff.exitCode == 1, diff.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(diff.out).object();
    const QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("added")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("removed")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("changed")).toInt(), 1);
    const QJsonObject changed = json.value(QStringLiteral("changed")).toArray().at(0).toObject();
    QCOMPARE(changed.value(QStringLiteral("id")).toString(), m_renamedId);
    QCOMPARE(json.value(QStringLiteral("removed"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
        m_removedId);

    // The readable summary names the renamed record by its new name.
    const auto text = history(QStringList {QStringLiteral("diff")} + profile
        + QStringList {QStringLiteral("--since"), since});
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.contains("Renamed in the tenant"), text.out);

    // Since today (a date: its start, local time) or later: the newest against itself.
    const auto none = history(QStringList {QStringLiteral("diff")} + profile
        + QStringList {QStringLiteral("--since"),
            QDateTime::currentDateTime().addDays(1).date().toString(Qt::ISODate)});
    QCOMPARE(none.exitCode, 0);

    // Before the first snapshot there is nothing to compare with.
    const auto early = history(QStringList {QStringLiteral("diff")} + profile
        + QStringList {QStringLiteral("--since"), QStringLiteral("2001-01-01")});
    QCOMPARE(early.exitCode, 4);
    QVERIFY2(early.err.contains("No snapshot was taken at or before"), early.err);
}

void TestHeadlessHistory::exportOfAllRecordsWhenTheProfileKeepsAHistory()
{
    const QString out = m_dir->filePath(QStringLiteral("export.json"));
    auto exported = run({QStringLiteral("export"), QStringLiteral("--profile"), m_profile.name,
        QStringLiteral("--all"), QStringLiteral("--filter"), QStringLiteral("nothing matches this"),
        QStringLiteral("-o"), out});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    // Every record, not the filtered view the file holds.
    auto list = history({QStringLiteral("list"), QStringLiteral("--profile"), m_profile.name});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains("40 orchestrations  (first)"), list.out);

    // A single page is no complete load: nothing recorded.
    changeTheTenant();
    exported = run({QStringLiteral("export"), QStringLiteral("--profile"), m_profile.name,
        QStringLiteral("--page"), QStringLiteral("1"), QStringLiteral("-o"), out});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(QDir(historyFolder()).entryList({QStringLiteral("*.snapshot")}).size(), 1);

    // A profile that keeps no history records nothing.
    ProfileStore profiles(
        m_dir->filePath(QStringLiteral("config/OrchestrationConsole/orchestration-console.conf")));
    m_profile.recordHistory = false;
    QVERIFY(profiles.update(m_profile));
    QVERIFY(profiles.sync());
    exported = run({QStringLiteral("export"), QStringLiteral("--profile"), m_profile.name,
        QStringLiteral("--all"), QStringLiteral("-o"), out});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(QDir(historyFolder()).entryList({QStringLiteral("*.snapshot")}).size(), 1);
}

void TestHeadlessHistory::damagedSnapshotIsNamedAndSkipped()
{
    const QStringList record {
        QStringLiteral("record"), QStringLiteral("--profile"), m_profile.name};
    QCOMPARE(history(record).exitCode, 0);
    changeTheTenant();
    QCOMPARE(history(record).exitCode, 0);
    const QStringList files =
        QDir(historyFolder()).entryList({QStringLiteral("*.snapshot")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 2);
    {
        QFile file(QDir(historyFolder()).filePath(files.first()));
        QVERIFY(file.resize(file.size() / 2)); // half-written
    }
    const auto list =
        history({QStringLiteral("list"), QStringLiteral("--profile"), m_profile.name});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.err.contains(files.first().toUtf8()), list.err);
    QCOMPARE(QString::fromUtf8(list.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);
}

void TestHeadlessHistory::usageErrorsExitTwo()
{
    const QList<QStringList> wrong {
        {},
        {QStringLiteral("list")},
        {QStringLiteral("forget"), QStringLiteral("--profile"), m_profile.name},
        {QStringLiteral("diff"), QStringLiteral("--profile"), m_profile.name},
        {QStringLiteral("diff"), QStringLiteral("--profile"), m_profile.name,
            QStringLiteral("--since"), QStringLiteral("last tuesday")},
        {QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("Nowhere")},
    };
    for (const QStringList &arguments : wrong) {
        const auto run = history(arguments);
        QVERIFY2(run.exitCode == 2,
            qPrintable(arguments.join(QLatin1Char(' ')) + QLatin1String(": ")
                + QString::fromUtf8(run.err)));
        QVERIFY(run.out.isEmpty());
    }
    const auto help = history({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--since"));
}

QTEST_GUILESS_MAIN(TestHeadlessHistory)
#include "tst_headlesshistory.moc"
