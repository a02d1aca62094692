// The compare engine on generated tenants with known changes: what was added, removed and
// changed, and for each changed record exactly the fields that differ.

#include "models/core/orchestrationdiff.h"
#include "sim/dataset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QList<Orchestration> records(const hubsim::Dataset &dataset)
{
    QList<Orchestration> list;
    for (int i = 0; i < dataset.size(); ++i)
        list.append(Orchestration::fromJson(dataset.record(i)));
    return list;
}

Orchestration fromObject(const QJsonObject &object)
{
    return Orchestration::fromJson(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// The index of the first record whose bot configuration has at least @p bots bots.
qsizetype withBots(const QList<Orchestration> &list, int bots, qsizetype from = 0)
{
    for (qsizetype i = from; i < list.size(); ++i) {
        if (list.at(i).bots().size() >= bots)
            return i;
    }
    return -1;
}

QStringList paths(const RecordChange &change)
{
    QStringList list;
    for (const FieldChange &field : change.fields)
        list.append(field.path);
    return list;
}

} // namespace

class TestOrchestrationDiff : public QObject
{
    Q_OBJECT

private slots:
    void identicalSetsHaveNoDifferences();
    void keyOrderAndNumberSpellingAreNoChange();
    void knownChangesOnAGeneratedTenant();
    void botsAreMatchedByIdAndReorderingIsReported();
    void arraysWithoutIdsAreComparedByIndex();
    void recordsWithoutIdsOrWithRepeatedIdsStillPair();
    void textSummaryListsCountsThenRecords();
    void jsonOutputIsStable();
    void matchedByNameIdsAreNoDifference();
    void matchedByNameDuplicateNamesAreReportedNotPaired();
};

void TestOrchestrationDiff::identicalSetsHaveNoDifferences()
{
    const QList<Orchestration> list = records(hubsim::Dataset::generate(7, 500));
    const OrchestrationDiff diff = OrchestrationDiff::compare(list, list);
    QVERIFY(diff.isEmpty());
    QCOMPARE(diff.unchangedCount(), 500);
    QCOMPARE(diff.addedCount() + diff.removedCount() + diff.changedCount(), 0);
}

void TestOrchestrationDiff::keyOrderAndNumberSpellingAreNoChange()
{
    const Orchestration before = Orchestration::fromJson(
        R"({"id":"a","name":"n","applications":{"botConfiguration":{"bypassVaDuration":30,"forwardTranscript":true,"bots":[]}}})");
    const Orchestration after = Orchestration::fromJson(
        R"({"applications":{"botConfiguration":{"bots":[],"forwardTranscript":true,"bypassVaDuration":30.0}},"name":"n","id":"a"})");
    QVERIFY(before.rawJson() != after.rawJson());
    const OrchestrationDiff diff = OrchestrationDiff::compare({before}, {after});
    QVERIFY(diff.isEmpty());
    QCOMPARE(diff.unchangedCount(), 1);
}

void TestOrchestrationDiff::knownChangesOnAGeneratedTenant()
{
    const QList<Orchestration> before = records(hubsim::Dataset::generate(11, 400));
    QList<Orchestration> after = before;

    // Removed: three records, from the start, the middle and the end.
    const QStringList removedIds {before.at(5).id(), before.at(200).id(), before.at(399).id()};
    after.removeIf(
        [&removedIds](const Orchestration &record) { return removedIds.contains(record.id()); });

    // Added: two new records, one at the front.
    const QString newId1 = QStringLiteral("00000000-0000-4000-8000-000000000001");
    const QString newId2 = QStringLiteral("00000000-0000-4000-8000-000000000002");
    after.prepend(Orchestration::fromJson(
        QStringLiteral(R"({"id":"%1","name":"brand new","active":true})").arg(newId1).toUtf8()));
    after.append(Orchestration::fromJson(
        QStringLiteral(R"({"id":"%1","name":"also new","active":false})").arg(newId2).toUtf8()));

    // Changed: a nested participant id, the description, an unknown field added.
    const qsizetype botRecord = withBots(after, 1, 10);
    QVERIFY(botRecord >= 0);
    QJsonObject changedBot = after.at(botRecord).toJsonObject();
    const QString oldParticipant = after.at(botRecord).bots().first().participantId;
    const QString newParticipant = QStringLiteral("11111111-2222-4333-8444-555555555555");
    QJsonObject applications = changedBot.value(QLatin1String("applications")).toObject();
    QJsonObject botConfiguration = applications.value(QLatin1String("botConfiguration")).toObject();
    QJsonArray bots = botConfiguration.value(QLatin1String("bots")).toArray();
    QJsonObject bot0 = bots.at(0).toObject();
    bot0.insert(
        QStringLiteral("participant"), QJsonObject {{QStringLiteral("id"), newParticipant}});
    bots.replace(0, bot0);
    botConfiguration.insert(QStringLiteral("bots"), bots);
    applications.insert(QStringLiteral("botConfiguration"), botConfiguration);
    changedBot.insert(QStringLiteral("applications"), applications);
    after[botRecord] = fromObject(changedBot);

    const qsizetype describedRecord = botRecord + 3;
    QJsonObject described = after.at(describedRecord).toJsonObject();
    const QJsonValue oldDescription = described.value(QLatin1String("description"));
    described.insert(QStringLiteral("description"), QStringLiteral("Changed for the test"));
    after[describedRecord] = fromObject(described);

    const qsizetype extendedRecord = botRecord + 6;
    QJsonObject extended = after.at(extendedRecord).toJsonObject();
    extended.insert(QStringLiteral("x-region"), QStringLiteral("eu-west"));
    after[extendedRecord] = fromObject(extended);

    // Re-serialized with sorted keys but otherwise untouched: no change.
    after[botRecord + 9] = fromObject(after.at(botRecord + 9).toJsonObject());

    const OrchestrationDiff diff = OrchestrationDiff::compare(before, after);
    QCOMPARE(diff.addedCount(), 2);
    QCOMPARE(diff.removedCount(), 3);
    QCOMPARE(diff.changedCount(), 3);
    QCOMPARE(diff.unchangedCount(), 400 - 3 - 3);

    QCOMPARE(diff.changes().at(0).kind, RecordChange::Kind::Added);
    QCOMPARE(diff.changes().at(0).id, newId1);
    QCOMPARE(diff.changes().at(1).id, newId2);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(diff.changes().at(2 + i).kind, RecordChange::Kind::Removed);
        QCOMPARE(diff.changes().at(2 + i).id, removedIds.at(i));
    }

    const RecordChange *bot = diff.changeFor(after.at(botRecord).id());
    QVERIFY(bot);
    QCOMPARE(bot->kind, RecordChange::Kind::Changed);
    QCOMPARE(paths(*bot),
        QStringList {QStringLiteral("applications.botConfiguration.bots[0].participant.id")});
    QCOMPARE(bot->fields.first().kind, FieldChange::Kind::Changed);
    QCOMPARE(bot->fields.first().before.toString(), oldParticipant);
    QCOMPARE(bot->fields.first().after.toString(), newParticipant);

    const RecordChange *description = diff.changeFor(after.at(describedRecord).id());
    QVERIFY(description);
    QCOMPARE(paths(*description), QStringList {QStringLiteral("description")});
    QCOMPARE(description->fields.first().before, oldDescription);

    const RecordChange *unknown = diff.changeFor(after.at(extendedRecord).id());
    QVERIFY(unknown);
    QCOMPARE(unknown->fields.size(), 1);
    QCOMPARE(unknown->fields.first().kind, FieldChange::Kind::Added);
    QCOMPARE(unknown->fields.first().path, QStringLiteral("x-region"));
    QVERIFY(unknown->fields.first().before.isUndefined());
}

void TestOrchestrationDiff::botsAreMatchedByIdAndReorderingIsReported()
{
    const QByteArray before = R"({"id":"r","applications":{"botConfiguration":{"bots":[
        {"id":"b1","participant":{"id":"p1"}},{"id":"b2","participant":{"id":"p2"}},{"id":"b3","participant":{"id":"p3"}}]}}})";
    // b3 moves to the front and gets a new participant, b2 goes, b4 arrives.
    const QByteArray after = R"({"id":"r","applications":{"botConfiguration":{"bots":[
        {"id":"b3","participant":{"id":"p3-new"}},{"id":"b1","participant":{"id":"p1"}},{"id":"b4","participant":{"id":"p4"}}]}}})";
    const OrchestrationDiff diff = OrchestrationDiff::compare(
        {Orchestration::fromJson(before)}, {Orchestration::fromJson(after)});
    QCOMPARE(diff.changedCount(), 1);
    const QList<FieldChange> &fields = diff.changes().first().fields;
    QCOMPARE(fields.size(), 4);
    QCOMPARE(
        fields.at(0).path, QStringLiteral("applications.botConfiguration.bots[0].participant.id"));
    QCOMPARE(fields.at(0).before.toString(), QStringLiteral("p3"));
    QCOMPARE(fields.at(0).after.toString(), QStringLiteral("p3-new"));
    QCOMPARE(fields.at(1).kind, FieldChange::Kind::Added);
    QCOMPARE(fields.at(1).path, QStringLiteral("applications.botConfiguration.bots[2]"));
    QCOMPARE(
        fields.at(1).after.toObject().value(QLatin1String("id")).toString(), QStringLiteral("b4"));
    QCOMPARE(fields.at(2).kind, FieldChange::Kind::Removed);
    QCOMPARE(fields.at(2).path, QStringLiteral("applications.botConfiguration.bots[1]"));
    QCOMPARE(fields.at(3).kind, FieldChange::Kind::Reordered);
    QCOMPARE(fields.at(3).path, QStringLiteral("applications.botConfiguration.bots"));
    QCOMPARE(
        fields.at(3).before.toArray(), (QJsonArray {QStringLiteral("b1"), QStringLiteral("b3")}));
    QCOMPARE(
        fields.at(3).after.toArray(), (QJsonArray {QStringLiteral("b3"), QStringLiteral("b1")}));

    // Same bots, same order: only the participant change.
    const QByteArray same = R"({"id":"r","applications":{"botConfiguration":{"bots":[
        {"id":"b1","participant":{"id":"p1"}},{"id":"b2","participant":{"id":"p2"}},{"id":"b3","participant":{"id":"p3x"}}]}}})";
    const OrchestrationDiff plain = OrchestrationDiff::compare(
        {Orchestration::fromJson(before)}, {Orchestration::fromJson(same)});
    QCOMPARE(plain.changes().first().fields.size(), 1);
    QCOMPARE(plain.changes().first().fields.first().path,
        QStringLiteral("applications.botConfiguration.bots[2].participant.id"));
}

void TestOrchestrationDiff::arraysWithoutIdsAreComparedByIndex()
{
    const OrchestrationDiff diff = OrchestrationDiff::compare(
        {Orchestration::fromJson(R"({"id":"r","tags":["a","b"],"agents":[{"x":1}]})")},
        {Orchestration::fromJson(R"({"id":"r","tags":["b","a","c"],"agents":[{"x":2}]})")});
    const QList<FieldChange> &fields = diff.changes().first().fields;
    QStringList seen;
    for (const FieldChange &field : fields)
        seen << field.path + QLatin1Char(':') + OrchestrationDiff::kindName(field.kind);
    QCOMPARE(seen,
        (QStringList {QStringLiteral("agents[0].x:changed"), QStringLiteral("tags[0]:changed"),
            QStringLiteral("tags[1]:changed"), QStringLiteral("tags[2]:added")}));
}

void TestOrchestrationDiff::recordsWithoutIdsOrWithRepeatedIdsStillPair()
{
    const OrchestrationDiff diff =
        OrchestrationDiff::compare({Orchestration::fromJson(R"({"name":"no id 1"})"),
                                       Orchestration::fromJson(R"({"id":"d","name":"first"})"),
                                       Orchestration::fromJson(R"({"id":"d","name":"second"})")},
            {Orchestration::fromJson(R"({"name":"no id 1, renamed"})"),
                Orchestration::fromJson(R"({"id":"d","name":"first"})"),
                Orchestration::fromJson(R"({"id":"d","name":"second, renamed"})")});
    QCOMPARE(diff.addedCount(), 0);
    QCOMPARE(diff.removedCount(), 0);
    QCOMPARE(diff.changedCount(), 2);
    QCOMPARE(diff.unchangedCount(), 1);
}

void TestOrchestrationDiff::textSummaryListsCountsThenRecords()
{
    const OrchestrationDiff diff = OrchestrationDiff::compare(
        {Orchestration::fromJson(R"({"id":"gone","name":"Old one"})"),
            Orchestration::fromJson(R"({"id":"kept","name":"Kept","active":true})")},
        {Orchestration::fromJson(R"({"id":"kept","name":"Kept","active":false})"),
            Orchestration::fromJson(R"({"id":"new","name":"New one"})")});
    QCOMPARE(diff.toText(),
        QStringLiteral("1 added, 1 removed, 1 changed, 0 unchanged.\n"
                       "+ New one (new)\n"
                       "- Old one (gone)\n"
                       "~ Kept (kept)\n"
                       "    active: true -> false\n"));
}

void TestOrchestrationDiff::jsonOutputIsStable()
{
    const OrchestrationDiff diff = OrchestrationDiff::compare(
        {Orchestration::fromJson(R"({"id":"kept","name":"Kept","description":"x"})")},
        {Orchestration::fromJson(R"({"id":"kept","name":"Kept"})"),
            Orchestration::fromJson(R"({"id":"n","name":"N"})")});
    const QByteArray json = QJsonDocument(diff.toJson()).toJson(QJsonDocument::Compact);
    QCOMPARE(json,
        QByteArray(
            R"({"added":[{"id":"n","name":"N"}],"changed":[{"fields":[{"change":"removed","old":"x","path":"description"}],"id":"kept","name":"Kept"}],"removed":[],"summary":{"added":1,"changed":1,"removed":0,"unchanged":0}})"));
}

namespace {

/// @p list with every record given a new id, as another tenant would hold it.
QList<Orchestration> withOtherIds(const QList<Orchestration> &list)
{
    QList<Orchestration> result;
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject object = list.at(i).toJsonObject();
        object.insert(QStringLiteral("id"),
            QStringLiteral("eeeeeeee-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
        result.append(fromObject(object));
    }
    return result;
}

} // namespace

void TestOrchestrationDiff::matchedByNameIdsAreNoDifference()
{
    const QList<Orchestration> staging = records(hubsim::Dataset::generate(5, 30));
    QList<Orchestration> production = withOtherIds(staging);
    QJsonObject renamedDescription = production.at(7).toJsonObject();
    renamedDescription.insert(QStringLiteral("description"), QStringLiteral("production only"));
    production[7] = fromObject(renamedDescription);

    // By id every record is different: all removed, all added.
    const OrchestrationDiff byId = OrchestrationDiff::compare(staging, production);
    QCOMPARE(byId.addedCount(), 30);
    QCOMPARE(byId.removedCount(), 30);

    const OrchestrationDiff byName =
        OrchestrationDiff::compare(staging, production, OrchestrationDiff::Match::Name);
    QCOMPARE(byName.match(), OrchestrationDiff::Match::Name);
    QCOMPARE(byName.addedCount(), 0);
    QCOMPARE(byName.removedCount(), 0);
    QCOMPARE(byName.changedCount(), 1);
    QCOMPARE(byName.unchangedCount(), 29);
    const RecordChange &change = byName.changes().first();
    QCOMPARE(change.id, production.at(7).id());
    QCOMPARE(change.oldId, staging.at(7).id());
    QCOMPARE(paths(change), QStringList {QStringLiteral("description")});
    QVERIFY(byName.toText().contains(
        QStringLiteral("(%1 -> %2)").arg(staging.at(7).id(), production.at(7).id())));
    const QJsonObject json = byName.toJson();
    QCOMPARE(json.value(QLatin1String("match")).toString(), QStringLiteral("name"));
    QCOMPARE(json.value(QLatin1String("changed"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("oldId")),
        QJsonValue(staging.at(7).id()));
    // Matched by id, the document is as it always was.
    QVERIFY(!byId.toJson().contains(QLatin1String("match")));
}

void TestOrchestrationDiff::matchedByNameDuplicateNamesAreReportedNotPaired()
{
    const QList<Orchestration> staging = records(hubsim::Dataset::generate(6, 10));
    QList<Orchestration> production = withOtherIds(staging);
    // Production holds record 2's name twice (3 renamed to it); staging holds it once.
    QJsonObject twin = production.at(3).toJsonObject();
    twin.insert(QStringLiteral("name"), staging.at(2).name());
    production[3] = fromObject(twin);

    const OrchestrationDiff diff =
        OrchestrationDiff::compare(staging, production, OrchestrationDiff::Match::Name);
    const QList<DuplicateName> expected {
        {staging.at(2).name(), false, {production.at(2).id(), production.at(3).id()}}};
    QCOMPARE(diff.duplicateNames(), expected);
    // Neither twin is paired with staging's record 2; staging's 2 and 3 have no partner.
    QCOMPARE(diff.addedCount(), 0);
    QCOMPARE(diff.removedCount(), 2);
    QCOMPARE(diff.changedCount(), 0);
    QCOMPARE(diff.unchangedCount(), 8);
    QVERIFY(!diff.isEmpty());
    QVERIFY(diff.toText().contains(
        QStringLiteral("! %1: the new side has 2").arg(staging.at(2).name())));
    const QJsonArray duplicates = diff.toJson().value(QLatin1String("duplicateNames")).toArray();
    QCOMPARE(duplicates.size(), 1);
    QCOMPARE(duplicates.first().toObject().value(QLatin1String("side")).toString(),
        QStringLiteral("new"));
}

QTEST_GUILESS_MAIN(TestOrchestrationDiff)
#include "tst_orchestrationdiff.moc"
