// ConfigurationTreeModel, the inspector's tree: the reference example node by node, unknown
// fields under "Other fields", warnings on the node they concern, and a model that stays
// consistent (QAbstractItemModelTester) through every change of orchestration.

#include "models/core/orchestration.h"
#include "models/itemmodels/configurationtreemodel.h"
#include "sim/dataset.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using T = ConfigurationTreeModel;

namespace {

/// The tree as indented "field = value" lines, one per node, depth first.
QString dump(const QAbstractItemModel &model, const QModelIndex &parent = {}, int depth = 0)
{
    QString out;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex field = model.index(row, T::FieldColumn, parent);
        const QString value = model.index(row, T::ValueColumn, parent).data().toString();
        out += QString(depth * 2, u' ') + field.data().toString();
        if (!value.isEmpty())
            out += QStringLiteral(" = ") + value;
        out += u'\n';
        out += dump(model, field, depth + 1);
    }
    return out;
}

QString localDate(const char *iso)
{
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    return QLocale().toString(date.toLocalTime(), QLocale::ShortFormat);
}

Orchestration referenceRecord(int index)
{
    return Orchestration::fromJson(hubsim::Dataset::generate(1, 2).record(index));
}

/// Bot-only, with unknown fields at several depths and broken fields that raise warnings.
const QByteArray oddRecord = R"({
    "id": "11111111-1111-1111-1111-111111111111",
    "name": "odd",
    "active": true,
    "created": "2022-01-01T00:00:00.000Z",
    "modified": "not a date",
    "owner": {"team": "ops", "tags": ["a", 2, null]},
    "applications": {
        "messaging": 5,
        "botConfiguration": {
            "bypassVaDuration": 1.50,
            "bots": [
                {"id": "22222222-2222-2222-2222-222222222222",
                 "participant": {"id": "33333333-3333-3333-3333-333333333333", "displayName": "Ava"}},
                {"id": "44444444-4444-4444-4444-444444444444", "participant": {}},
                {"id": "55555555-5555-5555-5555-555555555555",
                 "participant": {"id": "not-a-uuid"},
                 "onEscalation": {"agent": {"id": "66666666-6666-6666-6666-666666666666"}}}
            ]
        }
    }
})";

} // namespace

class TestConfigurationTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void emptyUntilAnOrchestrationIsSet();
    void referenceRecordWithBot();
    void referenceRecordWithAgent();
    void rolesOfTheReferenceRecord();
    void unknownFieldsAreUnderOtherFields();
    void warningsSitOnTheirNodes();
    void agentWarningsAndBothKinds();
    void testerStaysCleanThroughChanges();
};

void TestConfigurationTreeModel::emptyUntilAnOrchestrationIsSet()
{
    T model;
    new QAbstractItemModelTester(
        &model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(T::FieldColumn, Qt::Horizontal).toString(), QStringLiteral("Field"));
    QCOMPARE(model.headerData(T::ValueColumn, Qt::Horizontal).toString(), QStringLiteral("Value"));
    QVERIFY(model.orchestration().isNull());
    model.setOrchestration(referenceRecord(0));
    QVERIFY(model.rowCount() > 0);
    model.setOrchestration(Orchestration());
    QCOMPARE(model.rowCount(), 0);
}

void TestConfigurationTreeModel::referenceRecordWithBot()
{
    T model;
    new QAbstractItemModelTester(
        &model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    model.setOrchestration(referenceRecord(0));
    const QString expected =
        QStringLiteral("General\n"
                       "  ID = 45a095f4-d0ee-4220-a689-22b541c58f67\n"
                       "  Name = default_orchestration\n"
                       "  Description = Created for Custom channel.\n"
                       "  Active = Yes\n"
                       "  Created = %1\n"
                       "  Modified = %2\n"
                       "Bot configuration\n"
                       "  Forward transcript = Yes\n"
                       "  Bots = 1 bot(s)\n"
                       "    Bot 1 = a09dddd6-394b-4039-86bc-a5dd89ee5e8d\n"
                       "      ID = a09dddd6-394b-4039-86bc-a5dd89ee5e8d\n"
                       "      Participant ID = b09dddd6-394b-4039-86bc-a5dd89ee5e8d\n"
                       "      Escalation agent ID = c09dddd6-394b-4039-86bc-a5dd89ee5e8d\n"
                       "Customer configuration\n"
                       "  Customer app ID = b09dddd6-394b-4039-86bc-a5dd89ee5e8d\n")
            .arg(localDate("2021-03-21T14:29:01.516Z"), localDate("2021-03-28T14:29:01.516Z"));
    QCOMPARE(dump(model), expected);
}

void TestConfigurationTreeModel::referenceRecordWithAgent()
{
    T model;
    new QAbstractItemModelTester(
        &model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    model.setOrchestration(referenceRecord(1));
    const QString expected =
        QStringLiteral("General\n"
                       "  ID = b5fc053c-77f4-4445-b6df-2e744aef8f4f\n"
                       "  Name = default_orchestration_2\n"
                       "  Description = Created for Custom channel\n"
                       "  Active = Yes\n"
                       "  Created = %1\n"
                       "  Modified = %2\n"
                       "Customer configuration\n"
                       "  Customer app ID = b09dddd6-394b-4039-86bc-a5dd89ee5e8d\n"
                       "Agent configuration\n"
                       "  Agents = 1 agent(s)\n"
                       "    Agent 1 = c09dddd6-394b-4039-86bc-a5dd89ee5e8d\n")
            .arg(localDate("2021-03-21T14:29:01.516Z"), localDate("2021-03-28T14:29:01.516Z"));
    QCOMPARE(dump(model), expected);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, 0).data(T::NodeKindRole).toInt(), int(T::Section));
        QVERIFY(model.index(row, 0).data(T::WarningRole).toString().isEmpty());
    }
}

void TestConfigurationTreeModel::rolesOfTheReferenceRecord()
{
    T model;
    const QString participant = QStringLiteral("b09dddd6-394b-4039-86bc-a5dd89ee5e8d");
    model.setUsageCounter([&participant](const QString &id) { return id == participant ? 7 : 1; });
    model.setOrchestration(referenceRecord(0));

    const QModelIndex bot =
        model.indexForPath(QStringLiteral("applications.botConfiguration.bots[0]"));
    QVERIFY(bot.isValid());
    QCOMPARE(bot.data().toString(), QStringLiteral("Bot 1"));
    QCOMPARE(bot.data(T::NodeKindRole).toInt(), int(T::Item));
    QCOMPARE(bot.parent().data().toString(), QStringLiteral("Bots"));
    QCOMPARE(bot.parent().parent().data().toString(), QStringLiteral("Bot configuration"));
    QVERIFY(!bot.parent().parent().parent().isValid());
    const QByteArray botJson =
        R"({"id":"a09dddd6-394b-4039-86bc-a5dd89ee5e8d",)"
        R"("participant":{"id":"b09dddd6-394b-4039-86bc-a5dd89ee5e8d"},)"
        R"("onEscalation":{"agent":{"id":"c09dddd6-394b-4039-86bc-a5dd89ee5e8d"}}})";
    QCOMPARE(bot.data(T::NodeJsonRole).toByteArray(), botJson);

    const QModelIndex participantValue = model.indexForPath(
        QStringLiteral("applications.botConfiguration.bots[0].participant.id"), T::ValueColumn);
    QCOMPARE(participantValue.data().toString(), participant);
    QCOMPARE(participantValue.data(T::IdValueRole).toString(), participant);
    QCOMPARE(participantValue.data(T::UsageCountRole).toInt(), 7);
    QCOMPARE(participantValue.data(T::NodeKindRole).toInt(), int(T::Field));
    QCOMPARE(
        participantValue.data(T::NodeJsonRole).toByteArray(), '"' + participant.toUtf8() + '"');
    QVERIFY(participantValue.data(Qt::ToolTipRole).toString().contains(QStringLiteral("7")));

    const QModelIndex name = model.indexForPath(QStringLiteral("name"));
    QVERIFY(!name.data(T::IdValueRole).isValid()); // not an id
    QCOMPARE(name.data(T::UsageCountRole).toInt(), -1);
    const QModelIndex created = model.indexForPath(QStringLiteral("created"), T::ValueColumn);
    QCOMPARE(created.data(Qt::ToolTipRole).toString(), QStringLiteral("2021-03-21T14:29:01.516Z"));
    const QByteArray generalStart = R"({"id":"45a095f4-d0ee-4220-a689-22b541c58f67","name":)";
    QCOMPARE(model.index(0, 0).data(T::NodeJsonRole).toByteArray().left(generalStart.size()),
        generalStart);
    QCOMPARE(model.index(0, 0).data(T::PathRole).toString(), QString());
}

void TestConfigurationTreeModel::unknownFieldsAreUnderOtherFields()
{
    T model;
    new QAbstractItemModelTester(
        &model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    model.setOrchestration(Orchestration::fromJson(oddRecord));
    const QString tree = dump(model);
    const qsizetype other = tree.indexOf(QStringLiteral("\nOther fields\n"));
    QVERIFY2(other > 0, qPrintable(tree));
    QCOMPARE(tree.mid(other + 1),
        QStringLiteral("Other fields\n"
                       "  owner = 2 field(s)\n"
                       "    team = ops\n"
                       "    tags = 3 item(s)\n"
                       "      [0] = a\n"
                       "      [1] = 2\n"
                       "      [2] = null\n"
                       "  applications.messaging = 5\n"
                       "  applications.botConfiguration.bots[0].participant.displayName = Ava\n"));
    // Known fields are not repeated there; numbers keep their spelling.
    QVERIFY(!tree.mid(other).contains(QStringLiteral("bypassVaDuration")));
    QCOMPARE(model.indexForPath(QStringLiteral("applications.botConfiguration.bypassVaDuration"))
                 .data(T::NodeJsonRole)
                 .toByteArray(),
        QByteArray("1.50"));
    const QModelIndex owner = model.indexForPath(QStringLiteral("owner"));
    const QByteArray ownerJson = R"({"team":"ops","tags":["a",2,null]})";
    QCOMPARE(owner.data(T::NodeJsonRole).toByteArray(), ownerJson);
    QCOMPARE(model.rowCount(owner), 2);
    QCOMPARE(model.indexForPath(QStringLiteral("owner.tags[1]")).data(T::NodeKindRole).toInt(),
        int(T::Item));
}

void TestConfigurationTreeModel::warningsSitOnTheirNodes()
{
    T model;
    model.setOrchestration(Orchestration::fromJson(oddRecord));
    const auto warningAt = [&model](const char *path) {
        return model.indexForPath(QString::fromLatin1(path)).data(T::WarningRole).toString();
    };
    // An id that is there but wrong: on its own node, and in its tooltip.
    const QString notUuid = warningAt("applications.botConfiguration.bots[2].participant.id");
    QVERIFY2(notUuid.contains(QStringLiteral("not-a-uuid")), qPrintable(notUuid));
    QVERIFY(
        model
            .indexForPath(QStringLiteral("applications.botConfiguration.bots[2].participant.id"),
                T::ValueColumn)
            .data(Qt::ToolTipRole)
            .toString()
            .contains(notUuid));
    // A missing participant id: on "Bot 2", naming the field.
    const QString missing = warningAt("applications.botConfiguration.bots[1]");
    QVERIFY2(missing.contains(QStringLiteral("bots[1].participant.id")), qPrintable(missing));
    QVERIFY(
        model.indexForPath(QStringLiteral("applications.botConfiguration.bots[1].participant.id"))
            .isValid()
        == false);
    // A date that does not parse: on its node, shown as it is.
    QVERIFY(!warningAt("modified").isEmpty());
    QCOMPARE(model.indexForPath(QStringLiteral("modified"), T::ValueColumn).data().toString(),
        QStringLiteral("not a date"));
    // Nodes without a problem carry no warning.
    QVERIFY(warningAt("name").isEmpty());
    QVERIFY(warningAt("applications.botConfiguration.bots[0]").isEmpty());
    QVERIFY(warningAt("applications.botConfiguration.bots[2]").isEmpty());

    // Every warning of the record appears somewhere in the tree.
    const QList<ValidationWarning> warnings = model.orchestration().warnings();
    QCOMPARE(warnings.size(), 3);
    QStringList shown;
    std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            const QString warning = index.data(T::WarningRole).toString();
            if (!warning.isEmpty())
                shown += warning.split(u'\n');
            collect(index);
        }
    };
    collect({});
    QCOMPARE(shown.size(), warnings.size());
}

void TestConfigurationTreeModel::agentWarningsAndBothKinds()
{
    T model;
    // Both kinds; an agent id that is no UUID; "name" and "active" missing (warnings on General).
    const QByteArray record = R"({
        "id": "77777777-7777-7777-7777-777777777777",
        "created": "2022-01-01T00:00:00.000Z", "modified": "2022-01-01T00:00:00.000Z",
        "applications": {
            "botConfiguration": {"forwardTranscript": false, "bots": []},
            "agentConfiguration": {"agents": [{"id": "88888888-8888-8888-8888-888888888888"},
                                              {"id": "agent-two"}]}
        }})";
    model.setOrchestration(Orchestration::fromJson(record));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Bot configuration"));
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Agent configuration"));
    const QModelIndex second =
        model.indexForPath(QStringLiteral("applications.agentConfiguration.agents[1]"));
    QCOMPARE(second.data().toString(), QStringLiteral("Agent 2"));
    QCOMPARE(second.siblingAtColumn(T::ValueColumn).data().toString(), QStringLiteral("agent-two"));
    QVERIFY(second.data(T::WarningRole).toString().contains(QStringLiteral("agent-two")));
    QCOMPARE(second.siblingAtColumn(T::ValueColumn).data(T::IdValueRole).toString(),
        QStringLiteral("agent-two"));

    const QString general = model.index(0, 0).data(T::WarningRole).toString();
    QVERIFY2(general.contains(QStringLiteral("name:")), qPrintable(general));
    QVERIFY2(general.contains(QStringLiteral("active:")), qPrintable(general));
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("name:")));
    const QModelIndex forward = model.indexForPath(
        QStringLiteral("applications.botConfiguration.forwardTranscript"), T::ValueColumn);
    QCOMPARE(forward.data().toString(), QStringLiteral("No"));
    QCOMPARE(
        model.indexForPath(QStringLiteral("applications.botConfiguration.bots"), T::ValueColumn)
            .data()
            .toString(),
        QStringLiteral("0 bot(s)"));
}

void TestConfigurationTreeModel::testerStaysCleanThroughChanges()
{
    T model;
    auto *tester = new QAbstractItemModelTester(
        &model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    Q_UNUSED(tester);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const hubsim::Dataset dataset = hubsim::Dataset::generate(3, 40);
    model.setOrchestration(referenceRecord(0)); // bot
    model.setOrchestration(referenceRecord(1)); // agent
    model.setOrchestration(Orchestration::fromJson(oddRecord)); // unknown fields, warnings
    for (int i = 0; i < dataset.size(); ++i)
        model.setOrchestration(Orchestration::fromJson(dataset.record(i)));
    model.setOrchestration(Orchestration::fromJson("[1, 2]")); // not an object at all
    QCOMPARE(model.rowCount(), 1); // General, carrying the warning
    QVERIFY(!model.index(0, 0).data(T::WarningRole).toString().isEmpty());
    model.setUsageCounter([](const QString &) { return 2; });
    model.setOrchestration(Orchestration());
    QCOMPARE(resets.size(), dataset.size() + 5);
}

QTEST_GUILESS_MAIN(TestConfigurationTreeModel)
#include "tst_configurationtreemodel.moc"
