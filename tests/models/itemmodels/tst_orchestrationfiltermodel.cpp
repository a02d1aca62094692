// OrchestrationFilterModel over an OrchestrationTableModel loaded from the simulator: search
// (names and nested ids), the active and kind filters, typed stable sorting, shown/loaded counts.

#include "itemmodeltestsupport.h"
#include "models/itemmodels/orchestrationfiltermodel.h"
#include "models/itemmodels/orchestrationtablemodel.h"

#include <QAbstractItemModelTester>
#include <QHash>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace itemmodeltest;
using State = OrchestrationTableModel::State;
using M = OrchestrationTableModel;
using Filter = OrchestrationFilterModel;

class TestOrchestrationFilterModel : public QObject
{
    Q_OBJECT

private:
    /// A table loaded with every record of @p rig, and a filter over it, both under testers.
    bool load(Rig &rig, OrchestrationTableModel &table, OrchestrationFilterModel &filter)
    {
        auto *tableTester = new QAbstractItemModelTester(
            &table, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        tableTester->setUseFetchMore(false);
        auto *filterTester = new QAbstractItemModelTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        filterTester->setUseFetchMore(false);
        filter.setSourceModel(&table);
        table.setClient(rig.client.get());
        table.setPageSize(50);
        table.loadAll();
        const bool loaded =
            QTest::qWaitFor([&table] { return table.state() == State::Loaded; }, waitMs);
        return loaded && table.rowCount() == rig.dataset().size();
    }

    /// The source records of the rows shown, in the proxy's order.
    static QList<Orchestration> shown(const OrchestrationFilterModel &filter)
    {
        QList<Orchestration> result;
        for (int row = 0; row < filter.rowCount(); ++row)
            result.append(filter.index(row, 0).data(M::OrchestrationRole).value<Orchestration>());
        return result;
    }

    /// The ids of the rows shown, in the proxy's order.
    static QStringList shownIds(const OrchestrationFilterModel &filter)
    {
        QStringList ids;
        for (const Orchestration &record : shown(filter))
            ids.append(record.id());
        return ids;
    }

private slots:
    void initTestCase();
    void searchesNamesCaseInsensitively();
    void searchingANestedIdShowsEveryReference();
    void severalWordsMustAllMatch();
    void activeFilter();
    void kindFilter_data();
    void kindFilter();
    void filtersCombineAndClear();
    void rowsArrivingAreFiltered();
    void searchChangesTheRowsInOneLayoutChange();
    void aLargeTableIsSearchedInTheBackground();
    void sortsChronologicallyNumericallyAndStably();
    void worksOverAnotherSourceThroughRoles();
};

void TestOrchestrationFilterModel::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("console.*.debug=false\nconsole.*.info=false"));
}

void TestOrchestrationFilterModel::searchesNamesCaseInsensitively()
{
    Rig rig(configWith(300));
    QVERIFY(rig.listening);
    OrchestrationTableModel table;
    OrchestrationFilterModel filter;
    QVERIFY(load(rig, table, filter));
    QSignalSpy counts(&filter, &OrchestrationFilterModel::countsChanged);
    QCOMPARE(filter.shownCount(), 300);
    QCOMPARE(filter.loadedCount(), 300);
    QVERIFY(!filter.isFiltering());

    const QString name = recordOf(rig.dataset(), 123).name();
    QVERIFY(!name.isEmpty());
    filter.setSearchText(name.toUpper());
    QVERIFY(filter.isFiltering());
    // Brute force: every word of the name somewhere in the name, description or ids.
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    int expected = 0;
    for (int i = 0; i < rig.dataset().size(); ++i) {
        const Orchestration record = recordOf(rig.dataset(), i);
        const QString haystack = record.name() + u'|' + record.description() + u'|' + record.id()
            + u'|' + record.referencedIds().join(u'|');
        bool match = true;
        for (const QString &word : words)
            match = match && haystack.contains(word, Qt::CaseInsensitive);
        expected += match ? 1 : 0;
    }
    QVERIFY(expected >= 1);
    QCOMPARE(filter.shownCount(), expected);
    QCOMPARE(filter.loadedCount(), 300);
    QVERIFY(!counts.isEmpty());
    QCOMPARE(counts.last().at(0).toInt(), expected);
    QCOMPARE(counts.last().at(1).toInt(), 300);
    bool found = false;
    for (const Orchestration &record : shown(filter))
        found = found || record.name() == name;
    QVERIFY(found);

    filter.setSearchText(QStringLiteral("no such orchestration anywhere"));
    QCOMPARE(filter.shownCount(), 0);
    QCOMPARE(counts.last().at(0).toInt(), 0);
}

void TestOrchestrationFilterModel::searchingANestedIdShowsEveryReference()
{
    Rig rig(configWith(300));
    QVERIFY(rig.listening);
    OrchestrationTableModel table;
    OrchestrationFilterModel filter;
    QVERIFY(load(rig, table, filter));

    // The participant id most records share (ids come from small pools, as in a real tenant).
    QHash<QString, int> uses;
    for (int i = 0; i < rig.dataset().size(); ++i) {
        for (const BotReference &bot : recordOf(rig.dataset(), i).bots())
            ++uses[bot.participantId];
    }
    QString participant;
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        if (participant.isEmpty() || it.value() > uses.value(participant))
            participant = it.key();
    }
    QVERIFY(uses.value(participant) > 1);

    filter.setSearchText(participant.toUpper()); // pasted in any case
    int expected = 0; // brute force over the raw records
    for (int i = 0; i < rig.dataset().size(); ++i)
        expected += rig.dataset().record(i).contains(participant.toUtf8()) ? 1 : 0;
    QCOMPARE(filter.shownCount(), expected);
    for (const Orchestration &record : shown(filter)) {
        QVERIFY2(record.referencedIds().contains(participant) || record.id() == participant,
            qPrintable(record.id()));
    }
    QCOMPARE(filter.shownCount(), table.countReferences(participant));

    // An agent id nested under agentConfiguration works the same way.
    const QString agent = QStringLiteral("  C09DDDD6-394B-4039-86BC-A5DD89EE5E8D ");
    filter.setSearchText(agent);
    expected = 0;
    for (int i = 0; i < rig.dataset().size(); ++i)
        expected +=
            rig.dataset().record(i).contains("c09dddd6-394b-4039-86bc-a5dd89ee5e8d") ? 1 : 0;
    QVERIFY(expected >= 2);
    QCOMPARE(filter.shownCount(), expected);
}

void TestOrchestrationFilterModel::severalWordsMustAllMatch()
{
    Rig rig(configWith(2));
    QVERIFY(rig.listening);
    OrchestrationTableModel table;
    OrchestrationFilterModel filter;
    QVERIFY(load(rig, table, filter));
    filter.setSearchText(QStringLiteral("default custom"));
    QCOMPARE(filter.shownCount(), 2);
    filter.setSearchText(QStringLiteral("default_orchestration_2 custom"));
    QCOMPARE(filter.shownCount(), 1);
    filter.setSearchText(QStringLiteral("Custom channel."));
    QCOMPARE(filter.shownCount(), 1); // only record 1's description ends with a full stop
    QCOMPARE(shown(filter).first().name(), QStringLiteral("default_orchestration"));
    filter.setSearchText(QStringLiteral("default nonsense"));
    QCOMPARE(filter.shownCount(), 0);
    filter.setSearchText(QStringLiteral("   "));
    QCOMPARE(filter.shownCount(), 2);
    QVERIFY(!filter.isFiltering());
}

void TestOrchestrationFilterModel::activeFilter()
{
    Rig rig(configWith(300));
    QVERIFY(rig.listening);
    OrchestrationTableModel table;
    OrchestrationFilterModel filter;
    QVERIFY(load(rig, table, filter));
    int active = 0;
    for (int i = 0; i < rig.dataset().size(); ++i)
        active += rig.dataset().recordObject(i).value(u"active").toBool() ? 1 : 0;
    QVERIFY(active > 0 && active < 300);

    filter.setActiveFilter(Filter::ActiveFilter::Active);
    QCOMPARE(filter.shownCount(), active);
    for (const Orchestration &record : shown(filter))
        QVERIFY(record.isActive());
    filter.setActiveFilter(Filter::ActiveFilter::Inactive);
    QCOMPARE(filter.shownCount(), 300 - active);
    for (const Orchestration &record : shown(filter))
        QVERIFY(!record.isActive());
    filter.setActiveFilter(Filter::ActiveFilter::All);
    QCOMPARE(filter.shownCount(), 300);
}

void TestOrchestrationFilterModel::kindFilter_data()
{
    QTest::addColumn<Filter::KindFilter>("kindFilter");
    QTest::addColumn<bool>("bot"); // accepted records have botConfiguration
    QTest::addColumn<bool>("agent"); // ... agentConfiguration
    QTest::addColumn<bool>("either");
    QTest::newRow("bot only") << Filter::KindFilter::BotOnly << true << false << false;
    QTest::newRow("agent only") << Filter::KindFilter::AgentOnly << false << true << false;
    QTest::newRow("bot + agent") << Filter::KindFilter::BotAndAgent << true << true << false;
    QTest::newRow("has bot") << Filter::KindFilter::HasBot << true << false << true;
    QTest::newRow("has agent") << Filter::KindFilter::HasAgent << false << true << true;
}

void TestOrchestrationFilterModel::kindFilter()
{
    QFETCH(Filter::KindFilter, kindFilter);
    QFETCH(bool, bot);
    QFETCH(bool, agent);
    QFETCH(bool, either);
    Rig rig(configWith(300));
    QVERIFY(rig.listening);
    OrchestrationTableModel table;
    OrchestrationFilterModel filter;
    QVERIFY(load(rig, table, filter));

    int expected = 0; // brute force over the raw objects
    for (int i = 0; i < rig.dataset().size(); ++i) {
        const QJsonObject apps = rig.dataset().recordObject(i).value(u"applications").toObject();
        const bool hasBot = apps.value(u"botConfiguration").isObject();
        const bool hasAgent = apps.value(u"agentConfiguration").isObject();
        const bool match = either ? ((bot && hasBot) || (agent && hasAgent))
                                  : (hasBot == bot && hasAgent == agent);
        expected += match ? 1 : 0;
    }
    QVERIFY(expected > 0);
    filter.setKindFilter(kindFilter);
    QCOMPARE(filter.kindFilter(), kindFilter);
    QCOMPARE(filter.shownCount(), expected);
}

void TestOrchestrationFilterModel::filtersCombineAndClear()
{
    Rig rig(configWith(300));
    QVERIFY(rig.listening);
    OrchestrationTableModel table;
    OrchestrationFilterModel filter;
    QVERIFY(load(rig, table, filter));
    const QString participant = QStringLiteral("b09dddd6-394b-4039-86bc-a5dd89ee5e8d");
    int expected = 0;
    for (int i = 0; i < rig.dataset().size(); ++i) {
        const Orchestration record = recordOf(rig.dataset(), i);
        const bool hasBot = record.hasBotConfiguration();
        expected +=
            (record.isActive() && hasBot && rig.dataset().record(i).contains(participant.toUtf8()))
            ? 1
            : 0;
    }
    filter.setSearchText(participant);
    filter.setActiveFilter(Filter::ActiveFilter::Active);
    filter.setKindFilter(Filter::KindFilter::HasBot);
    QCOMPARE(filter.shownCount(), expected);
    filter.clearFilters();
    QVERIFY(!filter.isFiltering());
    QCOMPARE(filter.searchText(), QString());
    QCOMPARE(filter.shownCount(), 300);
}

void TestOrchestrationFilterModel::rowsArrivingAreFiltered()
{
    // Two pages 150 ms apart: they arrive as two batches of rows.
    Rig rig(configWith(120, 150));
    QVERIFY(rig.listening);
    OrchestrationTableModel table;
    OrchestrationFilterModel filter;
    auto *tester = new QAbstractItemModelTester(
        &filter, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    tester->setUseFetchMore(false);
    filter.setSourceModel(&table);
    filter.setActiveFilter(Filter::ActiveFilter::Inactive);
    filter.sort(M::NameColumn);
    QSignalSpy counts(&filter, &OrchestrationFilterModel::countsChanged);
    table.setClient(rig.client.get());
    table.setPageSize(25);
    table.loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(table.state(), State::Loaded, waitMs);
    int inactive = 0;
    for (int i = 0; i < rig.dataset().size(); ++i)
        inactive += rig.dataset().recordObject(i).value(u"active").toBool() ? 0 : 1;
    QCOMPARE(filter.shownCount(), inactive);
    QVERIFY(counts.size() >= 2); // moved as pages arrived
    QCOMPARE(counts.last().at(1).toInt(), 120);
    QCOMPARE(counts.last().at(0).toInt(), inactive);
}

void TestOrchestrationFilterModel::searchChangesTheRowsInOneLayoutChange()
{
    // A search that leaves every other row used to remove the others run by run; a view takes
    // each removal in time proportional to its rows, and a table of 100,000 froze for seconds.
    Rig rig(configWith(300));
    QVERIFY(rig.listening);
    OrchestrationTableModel table;
    OrchestrationFilterModel filter;
    QVERIFY(load(rig, table, filter));
    QSignalSpy removed(&filter, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&filter, &QAbstractItemModel::rowsInserted);
    QSignalSpy layouts(&filter, &QAbstractItemModel::layoutChanged);
    const QString id = table.orchestrationAt(7).id();
    filter.setSearchText(id);
    QCOMPARE(filter.shownCount(), 1);
    filter.setActiveFilter(Filter::ActiveFilter::Active);
    filter.setSearchText(QString());
    QVERIFY(filter.shownCount() > 1 && filter.shownCount() < 300);
    filter.clearFilters();
    QCOMPARE(filter.shownCount(), 300);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(layouts.size(), 4);
}

void TestOrchestrationFilterModel::aLargeTableIsSearchedInTheBackground()
{
    const int count = OrchestrationFilterModel::backgroundSearchRows() + 1000;
    hubsim::SimulatorConfig config = configWith(count);
    config.maxPageSize = 1000;
    Rig rig(config);
    QVERIFY(rig.listening);
    OrchestrationTableModel table;
    OrchestrationFilterModel filter;
    QVERIFY(load(rig, table, filter));
    // What the same search finds at once, on this thread.
    OrchestrationFilterModel reference;
    reference.setSourceModel(&table);
    const QString name = table.orchestrationAt(count - 17).name();
    QVERIFY(name.size() > 3);

    // Typed a character at a time without waiting: only the newest text is ever applied, and
    // it shows what the search at once shows.
    QSignalSpy counts(&filter, &OrchestrationFilterModel::countsChanged);
    for (qsizetype length = 1; length <= name.size(); ++length) {
        filter.setSearchTextInBackground(name.left(length));
        QCOMPARE(filter.requestedSearchText(), name.left(length));
    }
    QVERIFY(filter.searchText().isEmpty()); // nothing is searched on this thread
    QTRY_COMPARE_WITH_TIMEOUT(filter.searchText(), name, waitMs);
    reference.setSearchText(name);
    QCOMPARE(shownIds(filter), shownIds(reference));
    QVERIFY(filter.shownCount() >= 1);
    QTest::qWait(100);
    QCOMPARE(filter.searchText(), name);

    // One word more narrows what matched; one word less searches every row again.
    const QString narrower = name + QStringLiteral(" ") + table.orchestrationAt(count - 17).id();
    filter.setSearchTextInBackground(narrower);
    QTRY_COMPARE_WITH_TIMEOUT(filter.searchText(), narrower, waitMs);
    reference.setSearchText(narrower);
    QCOMPARE(shownIds(filter), shownIds(reference));
    QCOMPARE(filter.shownCount(), 1);
    const QString wider = name.left(2);
    filter.setSearchTextInBackground(wider);
    QTRY_COMPARE_WITH_TIMEOUT(filter.searchText(), wider, waitMs);
    reference.setSearchText(wider);
    QCOMPARE(shownIds(filter), shownIds(reference));
    QVERIFY(filter.shownCount() > 1);

    // A search superseded by one at once on this thread never lands.
    filter.setSearchTextInBackground(QStringLiteral("no such orchestration anywhere"));
    filter.setSearchText(name);
    QTest::qWait(200);
    QCOMPARE(filter.searchText(), name);
    reference.setSearchText(name);
    QCOMPARE(shownIds(filter), shownIds(reference));
    for (const QList<QVariant> &signal : std::as_const(counts))
        QVERIFY(signal.at(0).toInt() > 0); // never the empty result of a stale search
}

void TestOrchestrationFilterModel::sortsChronologicallyNumericallyAndStably()
{
    // Bots 2, 10, 9, none, 2, 1; creation dates out of order, one missing.
    const auto record = [](int n, const char *created, int bots) -> QByteArray {
        QByteArray botList;
        for (int i = 0; i < bots; ++i) {
            botList += (i ? "," : "")
                + QByteArray(
                    R"({"id":"aaaaaaaa-0000-0000-0000-00000000000%1","participant":{"id":"bbbbbbbb-0000-0000-0000-000000000001"}})")
                      .replace("%1", QByteArray::number(i % 10));
        }
        const QByteArray apps = bots >= 0
            ? R"({"botConfiguration":{"bots":[)" + botList + "]}}"
            : QByteArray(
                R"({"agentConfiguration":{"agents":[{"id":"cccccccc-0000-0000-0000-000000000001"}]}})");
        QByteArray text = R"({"id":"00000000-0000-0000-0000-00000000000)" + QByteArray::number(n)
            + R"(","name":"record )" + QByteArray::number(n) + R"(","active":true,)";
        if (created)
            text += R"("created":")" + QByteArray(created) + R"(",)";
        return text + R"("modified":"2022-01-01T00:00:00.000Z","applications":)" + apps + "}";
    };
    const QByteArray json = "[" + record(0, "2023-05-01T10:00:00.000Z", 2) + ","
        + record(1, "2021-01-01T00:00:00.000Z", 10) + "," + record(2, "2023-05-01T09:59:59.999Z", 9)
        + "," + record(3, "2022-12-31T23:00:00.000-02:00", -1) + "," + record(4, nullptr, 2) + ","
        + record(5, "2020-06-15T12:00:00.000Z", 1) + "]";
    QString error;
    const auto dataset = hubsim::Dataset::fromJson(json, &error);
    QVERIFY2(dataset, qPrintable(error));
    Rig rig({}, *dataset);
    QVERIFY(rig.listening);
    OrchestrationTableModel table;
    OrchestrationFilterModel filter;
    QVERIFY(load(rig, table, filter));

    const auto names = [&filter] {
        QStringList result;
        for (const Orchestration &each : shown(filter))
            result.append(each.name().mid(7));
        return result.join(u' ');
    };
    filter.sort(M::CreatedColumn, Qt::AscendingOrder);
    // Missing first; record 3 is 2023-01-01T01:00Z in UTC.
    QCOMPARE(names(), QStringLiteral("4 5 1 3 2 0"));
    filter.sort(M::BotsColumn, Qt::AscendingOrder);
    // Numeric (10 after 9), no bots configuration first, equal counts in source order.
    QCOMPARE(names(), QStringLiteral("3 5 0 4 2 1"));
    filter.sort(M::BotsColumn, Qt::DescendingOrder);
    QCOMPARE(names(), QStringLiteral("1 2 0 4 5 3"));
    filter.sort(M::NameColumn, Qt::AscendingOrder);
    QCOMPARE(names(), QStringLiteral("0 1 2 3 4 5"));
    filter.sort(M::CreatedColumn, Qt::DescendingOrder);
    QCOMPARE(names(), QStringLiteral("0 2 3 1 5 4"));
}

void TestOrchestrationFilterModel::worksOverAnotherSourceThroughRoles()
{
    // A plain model carrying the roles: the filter does not depend on the table's internals.
    QStandardItemModel source;
    const QList<std::tuple<QString, bool, int>> rows = {
        {QStringLiteral("alpha 11111111"), true, int(Orchestration::Kind::Bot)},
        {QStringLiteral("beta 22222222"), false, int(Orchestration::Kind::Agent)},
        {QStringLiteral("gamma 11111111"), false, int(Orchestration::Kind::BotAndAgent)},
    };
    for (const auto &[key, active, kind] : rows) {
        auto *item = new QStandardItem(key);
        item->setData(key, M::SearchTextRole);
        item->setData(active, M::ActiveRole);
        item->setData(kind, M::KindRole);
        source.appendRow(item);
    }
    OrchestrationFilterModel filter;
    new QAbstractItemModelTester(
        &filter, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    filter.setSourceModel(&source);
    filter.setSearchText(QStringLiteral("11111111"));
    QCOMPARE(filter.shownCount(), 2);
    filter.setKindFilter(Filter::KindFilter::HasAgent);
    QCOMPARE(filter.shownCount(), 1);
    filter.setSearchText(QString());
    filter.setActiveFilter(Filter::ActiveFilter::Inactive);
    QCOMPARE(filter.shownCount(), 2);
}

QTEST_GUILESS_MAIN(TestOrchestrationFilterModel)
#include "tst_orchestrationfiltermodel.moc"
