// OrchestrationLoader on its own (no table) against the simulator over loopback: the order
// in which it says what arrived, replies for pages no longer wanted, prefetches from before a
// refresh, adopting a prefetch in flight, a failed prefetch, load-all, and going away with
// requests in flight.

#include "itemmodeltestsupport.h"
#include "models/itemmodels/orchestrationloader.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace itemmodeltest;
using hubsim::FaultRule;
using State = OrchestrationLoader::State;
using Mode = OrchestrationLoader::Mode;

namespace {

/// Whether @p records are records [first, first + count) of @p dataset, byte for byte.
bool recordsAre(
    const QList<Orchestration> &records, const hubsim::Dataset &dataset, int first, int count)
{
    if (records.size() != count) {
        qWarning("%d records, expected %d", int(records.size()), count);
        return false;
    }
    for (int i = 0; i < count; ++i) {
        if (records.at(i).rawJson() != dataset.record(first + i)) {
            qWarning("record %d is not record %d", i, first + i);
            return false;
        }
    }
    return true;
}

/// The records of the last recordsReplaced() a spy saw.
QList<Orchestration> lastReplaced(const QSignalSpy &spy)
{
    return spy.last().at(0).value<QList<Orchestration>>();
}

} // namespace

class TestOrchestrationLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recordsGoOutBeforeTheStateSaysSo();
    void aPageNoLongerWantedNeverArrives();
    void aPrefetchFromBeforeARefreshNeverFillsTheCache();
    void turningToAPrefetchInFlightAdoptsIt();
    void aFailedPrefetchIsSilent();
    void loadAllAppendsPagesInServerOrder();
    void loadAllAsksForTheLargestPageAndUsesWhatIsGranted();
    void loadAllDeliversPagesThatArriveTogetherAtOnce();
    void goingAwayWithRequestsInFlight();
};

void TestOrchestrationLoader::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("console.*.debug=false\nconsole.*.info=false"));
}

void TestOrchestrationLoader::recordsGoOutBeforeTheStateSaysSo()
{
    Rig rig(configWith(30));
    QVERIFY(rig.listening);
    OrchestrationLoader loader;
    QStringList log;
    connect(&loader, &OrchestrationLoader::recordsReplaced, this,
        [&](const QList<Orchestration> &records) {
            // The counts and the page already describe these records.
            log.append(QStringLiteral("replaced %1 page %2 of %3 records, %4-%5")
                           .arg(records.size())
                           .arg(loader.currentPage())
                           .arg(loader.totalCount())
                           .arg(loader.firstRecordNumber())
                           .arg(loader.lastRecordNumber()));
        });
    connect(&loader, &OrchestrationLoader::stateChanged, this,
        [&](State state) { log.append(QStringLiteral("state %1").arg(int(state))); });
    connect(&loader, &OrchestrationLoader::pageChanged, this,
        [&](int pagenum) { log.append(QStringLiteral("page %1").arg(pagenum)); });
    QSignalSpy pages(&loader, &OrchestrationLoader::pageChanged);

    loader.setClient(rig.client.get());
    QCOMPARE(log, QStringList {QStringLiteral("replaced 0 page 0 of -1 records, 0-0")});
    log.clear();
    loader.setPageSize(10);
    loader.loadPage(2);
    QVERIFY(pages.wait(waitMs));
    const QStringList expected {
        QStringLiteral("state %1").arg(int(State::Loading)),
        QStringLiteral("replaced 10 page 2 of 30 records, 11-20"),
        QStringLiteral("state %1").arg(int(State::Loaded)),
        QStringLiteral("page 2"),
    };
    QCOMPARE(log, expected);
    QCOMPARE(loader.deliveredCount(), qint64(10));
}

void TestOrchestrationLoader::aPageNoLongerWantedNeverArrives()
{
    Rig rig(configWith(50));
    QVERIFY(rig.listening);
    // Page 2 is slow; the user turns to it and on to page 3 before it comes.
    FaultRule slow = rig.fault(FaultRule::Kind::Latency, 1, 2);
    slow.delayMs = 300;
    rig.sim->addFault(slow);
    OrchestrationLoader loader;
    QSignalSpy replaced(&loader, &OrchestrationLoader::recordsReplaced);
    QSignalSpy pages(&loader, &OrchestrationLoader::pageChanged);
    loader.setClient(rig.client.get());
    loader.setPageSize(10);
    loader.loadPage(1);
    QVERIFY(pages.wait(waitMs));
    QTRY_COMPARE_WITH_TIMEOUT(rig.requestsForPage(2), 1, waitMs); // prefetch on its way
    loader.loadPage(2);
    QCOMPARE(loader.state(), State::Loading);
    loader.loadPage(3);
    QVERIFY(pages.wait(waitMs));
    QCOMPARE(loader.currentPage(), 3);

    // Long enough for the slow page 2 to have come back, had it been left to.
    QTest::qWait(slow.delayMs + 200);
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages.at(1).at(0).toInt(), 3);
    QCOMPARE(replaced.size(), 3); // setClient, page 1, page 3
    QVERIFY(recordsAre(lastReplaced(replaced), rig.dataset(), 20, 10));
    QCOMPARE(loader.currentPage(), 3);
    QCOMPARE(loader.state(), State::Loaded);
    QVERIFY(!loader.isPageCached(2)); // neither shown nor kept
    QCOMPARE(rig.requestsForPage(2), 1);
}

void TestOrchestrationLoader::aPrefetchFromBeforeARefreshNeverFillsTheCache()
{
    Rig rig(configWith(40));
    QVERIFY(rig.listening);
    FaultRule slow = rig.fault(FaultRule::Kind::Latency, 1, 2);
    slow.delayMs = 300;
    rig.sim->addFault(slow);
    OrchestrationLoader loader;
    QSignalSpy replaced(&loader, &OrchestrationLoader::recordsReplaced);
    QSignalSpy pages(&loader, &OrchestrationLoader::pageChanged);
    loader.setClient(rig.client.get());
    loader.setPageSize(10);
    loader.loadPage(1);
    QVERIFY(pages.wait(waitMs));
    QTRY_COMPARE_WITH_TIMEOUT(rig.requestsForPage(2), 1, waitMs); // the slow prefetch

    // The tenant changes while the old page 2 is on its way; a refresh shows the new data.
    const hubsim::Dataset changed = hubsim::Dataset::generate(99, 40);
    rig.sim->setDataset(changed);
    QSignalSpy refreshed(&loader, &OrchestrationLoader::refreshed);
    loader.refresh();
    QVERIFY(refreshed.wait(waitMs));
    QVERIFY(recordsAre(lastReplaced(replaced), changed, 0, 10));
    QTRY_VERIFY_WITH_TIMEOUT(loader.isPageCached(2), waitMs); // the new prefetch
    QTest::qWait(slow.delayMs + 200); // the old one would have come back by now

    // Page 2 from the cache is the new tenant's.
    loader.loadPage(2);
    QCOMPARE(loader.currentPage(), 2);
    QVERIFY(recordsAre(lastReplaced(replaced), changed, 10, 10));
    QCOMPARE(rig.requestsForPage(2), 2);
}

void TestOrchestrationLoader::turningToAPrefetchInFlightAdoptsIt()
{
    Rig rig(configWith(50));
    QVERIFY(rig.listening);
    FaultRule slow = rig.fault(FaultRule::Kind::Latency, 1, 2);
    slow.delayMs = 150;
    rig.sim->addFault(slow);
    OrchestrationLoader loader;
    QSignalSpy replaced(&loader, &OrchestrationLoader::recordsReplaced);
    QSignalSpy pages(&loader, &OrchestrationLoader::pageChanged);
    loader.setClient(rig.client.get());
    loader.setPageSize(10);
    loader.loadPage(1);
    QVERIFY(pages.wait(waitMs));
    QTRY_COMPARE_WITH_TIMEOUT(rig.requestsForPage(2), 1, waitMs);
    const qsizetype before = replaced.size();

    loader.loadPage(2);
    // Adopted, not asked again: Loading, and page 1's records stay until page 2 comes.
    QCOMPARE(loader.state(), State::Loading);
    QCOMPARE(loader.requestedPage(), 2);
    QCOMPARE(loader.currentPage(), 1);
    QCOMPARE(replaced.size(), before);
    QCOMPARE(loader.deliveredCount(), qint64(10));
    QVERIFY(pages.wait(waitMs));
    QCOMPARE(replaced.size(), before + 1);
    QVERIFY(recordsAre(lastReplaced(replaced), rig.dataset(), 10, 10));
    QVERIFY(loader.isPageCached(2));
    QVERIFY(rig.barrier());
    QCOMPARE(rig.requestsForPage(2), 1);
}

void TestOrchestrationLoader::aFailedPrefetchIsSilent()
{
    Rig rig(configWith(50));
    QVERIFY(rig.listening);
    FaultRule failing = rig.fault(FaultRule::Kind::Status, -1, 2);
    failing.status = 403; // not retried: one request
    rig.sim->addFault(failing);
    OrchestrationLoader loader;
    QSignalSpy pages(&loader, &OrchestrationLoader::pageChanged);
    QSignalSpy errors(&loader, &OrchestrationLoader::errorOccurred);
    loader.setClient(rig.client.get());
    loader.setPageSize(10);
    loader.loadPage(1);
    QVERIFY(pages.wait(waitMs));
    QTRY_COMPARE_WITH_TIMEOUT(rig.requestsForPage(2), 1, waitMs);
    QVERIFY(rig.barrier());
    QTest::qWait(50);
    QVERIFY(errors.isEmpty());
    QCOMPARE(loader.state(), State::Loaded);
    QVERIFY(!loader.isPageCached(2));

    // Turning to it shows the error; page 1 stays what was delivered.
    loader.loadPage(2);
    QTRY_COMPARE_WITH_TIMEOUT(loader.state(), State::Error, waitMs);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(loader.lastError().httpStatus, 403);
    QCOMPARE(loader.currentPage(), 1);
    QCOMPARE(loader.requestedPage(), 2);
    QCOMPARE(loader.deliveredCount(), qint64(10));
}

void TestOrchestrationLoader::loadAllAppendsPagesInServerOrder()
{
    Rig rig(configWith(95));
    QVERIFY(rig.listening);
    rig.settings.loadAllPageSize = 10; // the connection's setting, not the view's page size
    rig.makeClient(QString(hubsim::kDemoClientSecret));
    OrchestrationLoader loader;
    QSignalSpy replaced(&loader, &OrchestrationLoader::recordsReplaced);
    QSignalSpy appended(&loader, &OrchestrationLoader::recordsAppended);
    loader.setClient(rig.client.get());
    loader.setPageSize(25);
    loader.loadAll();
    QCOMPARE(loader.mode(), Mode::All);
    QCOMPARE(replaced.size(), 2); // setClient, then loadAll starts from none
    QVERIFY(lastReplaced(replaced).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(loader.state(), State::Loaded, waitMs);

    QList<Orchestration> all;
    for (const QList<QVariant> &signal : std::as_const(appended))
        all += signal.at(0).value<QList<Orchestration>>();
    // Ten pages, in as many recordsAppended() as arrived apart (see the next test).
    QVERIFY(appended.size() >= 1 && appended.size() <= 10);
    QVERIFY(recordsAre(all, rig.dataset(), 0, 95));
    QCOMPARE(loader.deliveredCount(), qint64(95));
    QCOMPARE(loader.totalCount(), qint64(95));
    QCOMPARE(loader.firstRecordNumber(), 1);
    QCOMPARE(loader.lastRecordNumber(), 95);
    QCOMPARE(replaced.size(), 2);
}

void TestOrchestrationLoader::loadAllAsksForTheLargestPageAndUsesWhatIsGranted()
{
    // The view shows 10 a page; loading all asks for the largest page, the server grants 40
    // (paginationInfo.pagesize), and the rest is fetched in pages of 40: 3 requests, not 10.
    hubsim::SimulatorConfig config = configWith(95);
    config.maxPageSize = 40;
    Rig rig(config);
    QVERIFY(rig.listening);
    OrchestrationLoader loader;
    loader.setClient(rig.client.get());
    loader.setPageSize(10);
    loader.loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(loader.state(), State::Loaded, waitMs);
    QCOMPARE(loader.deliveredCount(), qint64(95));
    QCOMPARE(loader.grantedPageSize(), 40);
    const QList<hubsim::LoggedRequest> requests = rig.apiRequests();
    QCOMPARE(requests.size(), 3);
    QStringList sizes;
    for (const hubsim::LoggedRequest &request : requests)
        sizes.append(request.queryValue(QStringLiteral("$pagesize")));
    QCOMPARE(sizes,
        (QStringList {QString::number(ConnectionSettings::kLargestPageSize), QStringLiteral("40"),
            QStringLiteral("40")}));
}

void TestOrchestrationLoader::loadAllDeliversPagesThatArriveTogetherAtOnce()
{
    // 40 pages arriving a few milliseconds apart: a view that took each page on its own
    // repainted 40 times (at 100,000 records, most of the window's load time). They go out in a
    // few batches instead, in server order, and all of them before the state says Loaded.
    hubsim::SimulatorConfig config = configWith(3000, 20);
    config.maxPageSize = 75;
    Rig rig(config);
    QVERIFY(rig.listening);
    OrchestrationLoader loader;
    QSignalSpy appended(&loader, &OrchestrationLoader::recordsAppended);
    qint64 deliveredWhenLoaded = -1;
    connect(&loader, &OrchestrationLoader::stateChanged, this, [&](State state) {
        if (state == State::Loaded)
            deliveredWhenLoaded = loader.deliveredCount();
    });
    loader.setClient(rig.client.get());
    loader.loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(loader.state(), State::Loaded, waitMs);
    QCOMPARE(deliveredWhenLoaded, qint64(3000));
    QList<Orchestration> all;
    for (const QList<QVariant> &signal : std::as_const(appended))
        all += signal.at(0).value<QList<Orchestration>>();
    QVERIFY(recordsAre(all, rig.dataset(), 0, 3000));
    QCOMPARE(rig.apiRequests().size(), 40);
    QVERIFY2(appended.size() <= 20, qPrintable(QString::number(appended.size())));
}

void TestOrchestrationLoader::goingAwayWithRequestsInFlight()
{
    Rig rig(configWith(50, 100));
    QVERIFY(rig.listening);
    auto loader = std::make_unique<OrchestrationLoader>();
    QSignalSpy pages(loader.get(), &OrchestrationLoader::pageChanged);
    loader->setClient(rig.client.get());
    loader->setPageSize(10);
    loader->loadPage(1);
    QVERIFY(pages.wait(waitMs));
    loader->loadPage(3); // in flight, and page 2's prefetch too
    loader->loadAll(); // a scan in flight instead
    QCOMPARE(loader->state(), State::Loading);
    loader.reset();
    QTest::qWait(300); // their replies would have come back by now: nothing crashes
    QVERIFY(rig.barrier());
}

QTEST_GUILESS_MAIN(TestOrchestrationLoader)
#include "tst_orchestrationloader.moc"
