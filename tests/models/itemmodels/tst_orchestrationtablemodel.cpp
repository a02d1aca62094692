// OrchestrationTableModel against the simulator over loopback: paging, the page cache and
// prefetch, stale replies, load-all, cancel, refresh, errors and what each cell shows.

#include "itemmodeltestsupport.h"
#include "models/core/stringinterner.h"
#include "models/itemmodels/orchestrationtablemodel.h"
#include "models/itemmodels/searchkey.h"
#include "support/recordgenerator.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace itemmodeltest;
using hubsim::FaultRule;
using State = OrchestrationTableModel::State;
using Mode = OrchestrationTableModel::Mode;
using namespace Qt::StringLiterals;

namespace {

/// Whether the model's rows are records [first, first + count) of @p dataset, byte for byte.
bool rowsAre(
    const OrchestrationTableModel &model, const hubsim::Dataset &dataset, int first, int count)
{
    if (model.rowCount() != count) {
        qWarning("row count %d, expected %d", model.rowCount(), count);
        return false;
    }
    for (int row = 0; row < count; ++row) {
        if (model.orchestrationAt(row).rawJson() != dataset.record(first + row)) {
            qWarning("row %d is not record %d", row, first + row);
            return false;
        }
    }
    return true;
}

QString cell(const OrchestrationTableModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

/// A valid record with a bot and an agent configuration, with @p id, @p name and
/// @p description.
QByteArray recordWith(const QString &id, const QString &name, const QString &description)
{
    const QString a = u"a09dddd6-394b-4039-86bc-a5dd89ee5e8d"_s;
    const QString b = u"b09dddd6-394b-4039-86bc-a5dd89ee5e8d"_s;
    const QString c = u"c09dddd6-394b-4039-86bc-a5dd89ee5e8d"_s;
    const QJsonObject record {
        {u"id"_s, id},
        {u"name"_s, name},
        {u"description"_s, description},
        {u"active"_s, false},
        {u"created"_s, u"2021-03-21T14:29:01.516Z"_s},
        {u"modified"_s, u"2021-03-28T14:29:01.516Z"_s},
        {u"applications"_s,
            QJsonObject {
                {u"botConfiguration"_s,
                    QJsonObject {{u"bots"_s,
                        QJsonArray {QJsonObject {{u"id"_s, a},
                                        {u"participant"_s, QJsonObject {{u"id"_s, b}}}},
                            QJsonObject {
                                {u"id"_s, a}, {u"participant"_s, QJsonObject {{u"id"_s, c}}}}}}}},
                {u"agentConfiguration"_s,
                    QJsonObject {{u"agents"_s, QJsonArray {QJsonObject {{u"id"_s, c}}}}}},
            }},
    };
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

/// Whether every row's search key is its name, description, id and referenced ids, joined
/// by U+001F and lowered as QString::toLower() lowers them.
bool searchKeysAreLoweredFields(const OrchestrationTableModel &table)
{
    const QChar separator(0x1f);
    for (int row = 0; row < table.rowCount(); ++row) {
        const Orchestration record = table.orchestrationAt(row);
        QString expected =
            record.name() % separator % record.description() % separator % record.id();
        for (const QString &id : record.referencedIds())
            expected += separator % id;
        if (QString::fromUtf8(table.searchKey(row)) != expected.toLower()) {
            qWarning("row %d: %s", row, table.searchKey(row).constData());
            return false;
        }
    }
    return true;
}

} // namespace

class TestOrchestrationTableModel : public QObject
{
    Q_OBJECT

private:
    /// A model under QAbstractItemModelTester from its first moment (the tester outlives it).
    std::unique_ptr<OrchestrationTableModel> testedModel()
    {
        auto model = std::make_unique<OrchestrationTableModel>();
        auto *tester = new QAbstractItemModelTester(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        tester->setUseFetchMore(false); // paging is explicit: no fetchMore
        return model;
    }

private slots:
    void initTestCase();
    void startsIdleWithoutClient();
    void pagesShowTheirRecords();
    void grantedPageSizeIsTrusted();
    void prefetchFetchesTheNextPageOnce();
    void cachedRevisitMakesNoRequest();
    void turningToAPrefetchInFlightAdoptsIt();
    void staleRepliesAreDiscarded();
    void pageSizeChangeGoesBackToPageOne();
    void emptyResults_data();
    void emptyResults();
    void errorsKeepTheRowsShown_data();
    void errorsKeepTheRowsShown();
    void loadAllInsertsRowsAsPagesArrive();
    void loadAllErrorKeepsLoadedRows();
    void cancelKeepsRowsAndStopsRequests();
    void refreshRefetchesPagedAndDropsTheCache();
    void refreshInAllModeReloadsEverything();
    void setClientResets();
    void destroyedClientIsNoticed();
    void cellsOfTheReferenceExample();
    void missingValuesAreEmpty();
    void headerHasTitlesAndTooltips();
    void referencesAreCounted();
    void referencesAreCountedInTheBackgroundWhenAskedWithoutWaiting();
    void referenceCountsFollowRowsAsTheyArrive();
    void rowsAreFoundByIdBeforeAndAfterTheirIndexIsBuilt();
    void searchKeysAreBuiltInTheBackground();
    void searchKeysOfGeneratedRecords();
    void searchKeysLowerEveryCharacterAsToLower();
};

void TestOrchestrationTableModel::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QLoggingCategory::setFilterRules(QStringLiteral("console.*.debug=false\nconsole.*.info=false"));
}

void TestOrchestrationTableModel::startsIdleWithoutClient()
{
    auto model = testedModel();
    QCOMPARE(model->state(), State::Idle);
    model->loadPage(1);
    model->loadAll();
    model->refresh();
    QCOMPARE(model->state(), State::Idle);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->columnCount(), int(OrchestrationTableModel::ColumnCount));
    QCOMPARE(model->pageCount(), 0);
    QCOMPARE(model->totalCount(), qint64(-1));
    QCOMPARE(model->firstRecordNumber(), 0);
}

void TestOrchestrationTableModel::pagesShowTheirRecords()
{
    Rig rig(configWith(60));
    QVERIFY(rig.listening);
    auto model = testedModel();
    QSignalSpy pages(model.get(), &OrchestrationTableModel::pageChanged);
    QSignalSpy states(model.get(), &OrchestrationTableModel::stateChanged);
    model->setClient(rig.client.get());
    model->setPageSize(25);

    model->loadPage(1);
    QCOMPARE(model->state(), State::Loading);
    QVERIFY(pages.wait(waitMs));
    QCOMPARE(pages.last().at(0).toInt(), 1);
    QCOMPARE(model->state(), State::Loaded);
    QVERIFY(rowsAre(*model, rig.dataset(), 0, 25));
    QCOMPARE(model->totalCount(), qint64(60));
    QCOMPARE(model->grantedPageSize(), 25);
    QCOMPARE(model->pageCount(), 3);
    QCOMPARE(model->currentPage(), 1);
    QCOMPARE(model->firstRecordNumber(), 1);
    QCOMPARE(model->lastRecordNumber(), 25);
    QCOMPARE(model->mode(), Mode::Paged);

    model->loadPage(3);
    QTRY_COMPARE_WITH_TIMEOUT(model->currentPage(), 3, waitMs);
    QVERIFY(rowsAre(*model, rig.dataset(), 50, 10));
    QCOMPARE(model->firstRecordNumber(), 51);
    QCOMPARE(model->lastRecordNumber(), 60);
    QCOMPARE(model->rowForId(rig.dataset().recordObject(55).value(u"id").toString()), 5);
    QVERIFY(states.contains(QVariantList {QVariant::fromValue(State::Loading)}));
    QVERIFY(model->warnings().isEmpty());
}

void TestOrchestrationTableModel::grantedPageSizeIsTrusted()
{
    hubsim::SimulatorConfig config = configWith(200);
    config.maxPageSize = 30;
    Rig rig(config);
    QVERIFY(rig.listening);
    auto model = testedModel();
    QSignalSpy pages(model.get(), &OrchestrationTableModel::pageChanged);
    model->setClient(rig.client.get());
    model->setPageSize(100);
    model->loadPage(2);
    QVERIFY(pages.wait(waitMs));
    QCOMPARE(model->pageSize(), 100);
    QCOMPARE(model->grantedPageSize(), 30);
    QCOMPARE(model->pageCount(), 7);
    QVERIFY(rowsAre(*model, rig.dataset(), 30, 30));
    QCOMPARE(model->firstRecordNumber(), 31);
    QCOMPARE(model->lastRecordNumber(), 60);
}

void TestOrchestrationTableModel::prefetchFetchesTheNextPageOnce()
{
    Rig rig(configWith(100));
    QVERIFY(rig.listening);
    auto model = testedModel();
    QSignalSpy pages(model.get(), &OrchestrationTableModel::pageChanged);
    model->setClient(rig.client.get());
    model->setPageSize(10);
    model->loadPage(1);
    QVERIFY(pages.wait(waitMs));
    QTRY_VERIFY_WITH_TIMEOUT(model->isPageCached(2), waitMs);

    QVERIFY(rig.barrier());
    QCOMPARE(rig.requestsForPage(1), 1);
    QCOMPARE(rig.requestsForPage(2), 1);
    QCOMPARE(rig.apiGets(), 2); // one prefetch, not a chain of them
    QCOMPARE(pages.size(), 1); // prefetching does not turn the page
    QCOMPARE(model->currentPage(), 1);
    QVERIFY(rowsAre(*model, rig.dataset(), 0, 10));
}

void TestOrchestrationTableModel::cachedRevisitMakesNoRequest()
{
    Rig rig(configWith(30));
    QVERIFY(rig.listening);
    auto model = testedModel();
    QSignalSpy pages(model.get(), &OrchestrationTableModel::pageChanged);
    model->setClient(rig.client.get());
    model->setPageSize(10);
    model->loadPage(1);
    QVERIFY(pages.wait(waitMs));
    QTRY_VERIFY_WITH_TIMEOUT(model->isPageCached(2), waitMs);

    // The prefetched page 2 answers at once, inside the call.
    QSignalSpy states(model.get(), &OrchestrationTableModel::stateChanged);
    model->loadPage(2);
    QCOMPARE(model->currentPage(), 2);
    QCOMPARE(pages.size(), 2);
    QCOMPARE(model->state(), State::Loaded);
    QVERIFY(states.isEmpty()); // never Loading
    QVERIFY(rowsAre(*model, rig.dataset(), 10, 10));
    QTRY_VERIFY_WITH_TIMEOUT(model->isPageCached(3), waitMs); // the next prefetch

    QVERIFY(rig.barrier());
    const int before = rig.apiGets();
    QCOMPARE(before, 3);
    model->loadPage(1);
    QVERIFY(rowsAre(*model, rig.dataset(), 0, 10));
    model->loadPage(3);
    QVERIFY(rowsAre(*model, rig.dataset(), 20, 10));
    model->loadPage(2);
    QVERIFY(rowsAre(*model, rig.dataset(), 10, 10));
    QCOMPARE(pages.size(), 5);
    QVERIFY(states.isEmpty());
    QVERIFY(rig.barrier());
    QCOMPARE(rig.apiGets(), before); // every revisit came from the cache
}

void TestOrchestrationTableModel::turningToAPrefetchInFlightAdoptsIt()
{
    Rig rig(configWith(50));
    QVERIFY(rig.listening);
    // The prefetch of page 2 is slow; the user turns while it is on its way.
    FaultRule slow = rig.fault(FaultRule::Kind::Latency, 1, 2);
    slow.delayMs = 150;
    rig.sim->addFault(slow);
    auto model = testedModel();
    QSignalSpy pages(model.get(), &OrchestrationTableModel::pageChanged);
    model->setClient(rig.client.get());
    model->setPageSize(10);
    model->loadPage(1);
    QVERIFY(pages.wait(waitMs));
    QVERIFY(!model->isPageCached(2));
    model->loadPage(2);
    QCOMPARE(model->state(), State::Loading);
    QVERIFY(pages.wait(waitMs));
    QCOMPARE(model->currentPage(), 2);
    QVERIFY(rowsAre(*model, rig.dataset(), 10, 10));
    QVERIFY(rig.barrier());
    QCOMPARE(rig.requestsForPage(2), 1);
}

void TestOrchestrationTableModel::staleRepliesAreDiscarded()
{
    Rig rig(configWith(200, 40, 30));
    QVERIFY(rig.listening);
    auto model = testedModel();
    QSignalSpy pages(model.get(), &OrchestrationTableModel::pageChanged);
    model->setClient(rig.client.get());
    model->setPageSize(10);
    model->loadPage(1);
    QVERIFY(pages.wait(waitMs));
    pages.clear();

    // Quick turns: only the last page asked for may land in the model.
    model->loadPage(5);
    model->loadPage(12);
    QTest::qWait(5);
    model->loadPage(9);
    model->loadPage(17);
    QTest::qWait(15);
    model->loadPage(7);
    QCOMPARE(model->requestedPage(), 7);
    QCOMPARE(model->state(), State::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(model->currentPage(), 7, waitMs);
    QVERIFY(rig.barrier()); // any reply still on its way has arrived by now
    QTRY_VERIFY_WITH_TIMEOUT(model->state() == State::Loaded, waitMs);
    QCOMPARE(model->currentPage(), 7);
    QVERIFY(rowsAre(*model, rig.dataset(), 60, 10));
    for (const QList<QVariant> &signal : std::as_const(pages))
        QCOMPARE(signal.at(0).toInt(), 7);
}

void TestOrchestrationTableModel::pageSizeChangeGoesBackToPageOne()
{
    Rig rig(configWith(60));
    QVERIFY(rig.listening);
    auto model = testedModel();
    QSignalSpy pages(model.get(), &OrchestrationTableModel::pageChanged);
    model->setClient(rig.client.get());
    model->setPageSize(10);
    model->loadPage(3);
    QVERIFY(pages.wait(waitMs));
    model->setPageSize(25);
    QCOMPARE(model->requestedPage(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(model->currentPage(), 1, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(model->state(), State::Loaded, waitMs);
    QVERIFY(rowsAre(*model, rig.dataset(), 0, 25));
    QCOMPARE(model->pageCount(), 3);

    // Back at the old size, its pages are still cached: page 3 needs no request.
    model->setPageSize(10);
    QTRY_COMPARE_WITH_TIMEOUT(model->state(), State::Loaded, waitMs);
    QVERIFY(rowsAre(*model, rig.dataset(), 0, 10));
    QVERIFY(model->isPageCached(3));
    model->loadPage(3);
    QCOMPARE(model->currentPage(), 3); // at once, from the cache
    QVERIFY(rowsAre(*model, rig.dataset(), 20, 10));
    QVERIFY(rig.barrier());
    QCOMPARE(rig.requestsForPage(3), 1);
}

void TestOrchestrationTableModel::emptyResults_data()
{
    QTest::addColumn<bool>("as204");
    QTest::addColumn<bool>("all");
    QTest::newRow("204 paged") << true << false;
    QTest::newRow("empty 200 paged") << false << false;
    QTest::newRow("204 all") << true << true;
    QTest::newRow("empty 200 all") << false << true;
}

void TestOrchestrationTableModel::emptyResults()
{
    QFETCH(bool, as204);
    QFETCH(bool, all);
    hubsim::SimulatorConfig config;
    config.emptyAs204 = as204;
    Rig rig(config, hubsim::Dataset());
    QVERIFY(rig.listening);
    auto model = testedModel();
    QSignalSpy states(model.get(), &OrchestrationTableModel::stateChanged);
    QSignalSpy errors(model.get(), &OrchestrationTableModel::errorOccurred);
    model->setClient(rig.client.get());
    if (all)
        model->loadAll();
    else
        model->loadPage(1);
    QTRY_COMPARE_WITH_TIMEOUT(model->state(), State::Empty, waitMs);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->totalCount(), qint64(0));
    QCOMPARE(model->pageCount(), 0);
    QCOMPARE(model->firstRecordNumber(), 0);
    QCOMPARE(model->lastRecordNumber(), 0);
    QVERIFY(errors.isEmpty());
    QVERIFY(!model->lastError().isError());
    QVERIFY(rig.barrier());
    const QList<hubsim::LoggedRequest> requests = rig.apiRequests();
    QCOMPARE(requests.size(), 1); // no prefetch past an empty page
    QCOMPARE(requests.first().status, as204 ? 204 : 200);
}

void TestOrchestrationTableModel::errorsKeepTheRowsShown_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::newRow("401 after a failed refresh") << 401 << int(ApiError::Kind::Authentication);
    QTest::newRow("403") << 403 << int(ApiError::Kind::Authorization);
    QTest::newRow("500 with a body") << 500 << int(ApiError::Kind::Http);
}

void TestOrchestrationTableModel::errorsKeepTheRowsShown()
{
    QFETCH(int, status);
    QFETCH(int, kind);
    Rig rig(configWith(50));
    QVERIFY(rig.listening);
    auto model = testedModel();
    QSignalSpy pages(model.get(), &OrchestrationTableModel::pageChanged);
    QSignalSpy errors(model.get(), &OrchestrationTableModel::errorOccurred);
    model->setClient(rig.client.get());
    model->setPageSize(10);
    model->loadPage(1);
    QVERIFY(pages.wait(waitMs));

    FaultRule failing = rig.fault(FaultRule::Kind::Status, -1, 4);
    failing.status = status;
    rig.sim->addFault(failing);
    model->loadPage(4);
    QVERIFY(errors.wait(waitMs));
    QCOMPARE(model->state(), State::Error);
    const ApiError error = model->lastError();
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.code, QStringLiteral("%1-101").arg(status));
    QCOMPARE(error.developerMessage, QStringLiteral("Injected failure."));
    QVERIFY(!error.userMessage.isEmpty());
    QCOMPARE(errors.first().at(0).value<ApiError>().code, error.code);
    // What was shown stays shown, and says which page it is.
    QCOMPARE(model->currentPage(), 1);
    QCOMPARE(model->requestedPage(), 4);
    QVERIFY(rowsAre(*model, rig.dataset(), 0, 10));

    // The fault gone, the same page loads.
    rig.sim->clearFaults();
    model->loadPage(4);
    QTRY_COMPARE_WITH_TIMEOUT(model->currentPage(), 4, waitMs);
    QCOMPARE(model->state(), State::Loaded);
    QVERIFY(!model->lastError().isError());
    QVERIFY(rowsAre(*model, rig.dataset(), 30, 10));
}

void TestOrchestrationTableModel::loadAllInsertsRowsAsPagesArrive()
{
    // Ten pages, 150 ms each: page 1 comes alone (the scan plans the rest from it), the others
    // in batches of those that arrived together.
    Rig rig(configWith(95, 150));
    QVERIFY(rig.listening);
    rig.settings.loadAllPageSize = 10; // the connection's setting, not the view's page size
    rig.makeClient(QString(hubsim::kDemoClientSecret));
    auto model = testedModel();
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy progress(model.get(), &OrchestrationTableModel::progress);
    model->setClient(rig.client.get());
    model->setPageSize(10);
    model->loadAll();
    QCOMPARE(model->mode(), Mode::All);
    QCOMPARE(model->state(), State::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(model->state(), State::Loaded, waitMs);

    QVERIFY(rowsAre(*model, rig.dataset(), 0, 95));
    QCOMPARE(model->loadedCount(), qint64(95));
    QCOMPARE(model->totalCount(), qint64(95));
    QVERIFY(inserted.size() >= 2 && inserted.size() < 10);
    QCOMPARE(inserted.first().at(2).toInt(), 9); // page 1
    int expectedFirst = 0;
    for (const QList<QVariant> &signal : std::as_const(inserted)) {
        QVERIFY(!signal.at(0).value<QModelIndex>().isValid());
        QCOMPARE(signal.at(1).toInt(), expectedFirst); // in order, none left out
        const int last = signal.at(2).toInt();
        QVERIFY(last >= expectedFirst);
        expectedFirst = last + 1;
    }
    QCOMPARE(expectedFirst, 95);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(95));
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(95));
    QCOMPARE(model->firstRecordNumber(), 1);
    QCOMPARE(model->lastRecordNumber(), 95);
}

void TestOrchestrationTableModel::loadAllErrorKeepsLoadedRows()
{
    Rig rig(configWith(50));
    QVERIFY(rig.listening);
    rig.settings.loadAllPageSize = 10;
    rig.makeClient(QString(hubsim::kDemoClientSecret));
    HubClientOptions options = rig.client->options();
    options.maxConcurrentPages = 1;
    rig.client->setOptions(options);
    FaultRule failing = rig.fault(FaultRule::Kind::Status, -1, 3);
    failing.status = 500;
    rig.sim->addFault(failing);

    auto model = testedModel();
    QSignalSpy errors(model.get(), &OrchestrationTableModel::errorOccurred);
    model->setClient(rig.client.get());
    model->setPageSize(10);
    model->loadAll();
    QVERIFY(errors.wait(waitMs));
    QCOMPARE(model->state(), State::Error);
    QCOMPARE(model->lastError().httpStatus, 500);
    QCOMPARE(model->lastError().code, QStringLiteral("500-101"));
    QCOMPARE(model->lastError().developerMessage, QStringLiteral("Injected failure."));
    QVERIFY(rowsAre(*model, rig.dataset(), 0, 20)); // pages 1 and 2 stay
}

void TestOrchestrationTableModel::cancelKeepsRowsAndStopsRequests()
{
    Rig rig(configWith(200, 20));
    QVERIFY(rig.listening);
    rig.settings.loadAllPageSize = 10; // many pages, so the cancel comes before the last
    rig.makeClient(QString(hubsim::kDemoClientSecret));
    HubClientOptions options = rig.client->options();
    options.maxConcurrentPages = 1;
    rig.client->setOptions(options);
    auto model = testedModel();
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    model->setClient(rig.client.get());
    model->setPageSize(10);
    model->loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(inserted.size() >= 2, waitMs);

    QSignalSpy states(model.get(), &OrchestrationTableModel::stateChanged);
    model->cancel();
    QCOMPARE(model->state(), State::Cancelled);
    QCOMPARE(states.size(), 1);
    const int kept = model->rowCount();
    QVERIFY(kept >= 20 && kept < 200);
    QVERIFY(rowsAre(*model, rig.dataset(), 0, kept));

    QVERIFY(rig.barrier());
    QCOMPARE(model->rowCount(), kept); // nothing arrived after the cancel
    QCOMPARE(model->state(), State::Cancelled);
    // At most the page that was in flight when cancelled was asked for beyond those shown.
    int highest = 0;
    const QList<hubsim::LoggedRequest> requests = rig.apiRequests();
    for (const hubsim::LoggedRequest &request : requests)
        highest = std::max(highest, request.queryValue(QStringLiteral("$pagenum")).toInt());
    QVERIFY2(highest <= kept / 10 + 1, qPrintable(QString::number(highest)));
    model->cancel(); // nothing loading: no change
    QCOMPARE(states.size(), 1);
}

void TestOrchestrationTableModel::refreshRefetchesPagedAndDropsTheCache()
{
    Rig rig(configWith(40));
    QVERIFY(rig.listening);
    auto model = testedModel();
    QSignalSpy pages(model.get(), &OrchestrationTableModel::pageChanged);
    model->setClient(rig.client.get());
    model->setPageSize(10);
    model->loadPage(1);
    QVERIFY(pages.wait(waitMs));
    QTRY_VERIFY_WITH_TIMEOUT(model->isPageCached(2), waitMs);
    model->loadPage(2);
    QTRY_VERIFY_WITH_TIMEOUT(model->isPageCached(3), waitMs);

    // The tenant changes; a refresh shows it.
    const hubsim::Dataset changed = hubsim::Dataset::generate(99, 40);
    rig.sim->setDataset(changed);
    const QString keptId = model->orchestrationAt(4).id();
    QSignalSpy about(model.get(), &OrchestrationTableModel::aboutToRefresh);
    QSignalSpy refreshed(model.get(), &OrchestrationTableModel::refreshed);
    model->refresh();
    QCOMPARE(about.size(), 1);
    QVERIFY(!model->isPageCached(1));
    QVERIFY(!model->isPageCached(3));
    QCOMPARE(model->rowForId(keptId), 4); // old rows stay while loading
    QVERIFY(refreshed.wait(waitMs));
    QCOMPARE(refreshed.size(), 1);
    QCOMPARE(model->currentPage(), 2);
    QVERIFY(rowsAre(*model, changed, 10, 10));
    QCOMPARE(model->rowForId(changed.recordObject(13).value(u"id").toString()), 3);
    QVERIFY(rig.barrier());
    QCOMPARE(rig.requestsForPage(2), 2);
}

void TestOrchestrationTableModel::refreshInAllModeReloadsEverything()
{
    Rig rig(configWith(35));
    QVERIFY(rig.listening);
    auto model = testedModel();
    model->setClient(rig.client.get());
    model->setPageSize(10);
    model->loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(model->state(), State::Loaded, waitMs);
    const hubsim::Dataset changed = hubsim::Dataset::generate(7, 23);
    rig.sim->setDataset(changed);

    QSignalSpy refreshed(model.get(), &OrchestrationTableModel::refreshed);
    model->refresh();
    QCOMPARE(model->mode(), Mode::All);
    QCOMPARE(model->state(), State::Loading);
    QVERIFY(refreshed.wait(waitMs));
    QCOMPARE(model->state(), State::Loaded);
    QVERIFY(rowsAre(*model, changed, 0, 23));
    QCOMPARE(model->totalCount(), qint64(23));
}

void TestOrchestrationTableModel::setClientResets()
{
    Rig rig(configWith(30, 30));
    QVERIFY(rig.listening);
    auto model = testedModel();
    QSignalSpy pages(model.get(), &OrchestrationTableModel::pageChanged);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    model->setClient(rig.client.get());
    model->setPageSize(10);
    model->loadPage(1);
    QVERIFY(pages.wait(waitMs));

    model->loadPage(3); // in flight when the client goes
    model->setClient(nullptr);
    QCOMPARE(model->client(), nullptr);
    QCOMPARE(model->state(), State::Idle);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->totalCount(), qint64(-1));
    QCOMPARE(model->currentPage(), 0);
    QVERIFY(!model->isPageCached(2));

    Rig other(configWith(5));
    QVERIFY(other.listening);
    model->setClient(other.client.get());
    model->loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(model->state(), State::Loaded, waitMs);
    QVERIFY(rig.barrier()); // the aborted page 3 of the first tenant never lands
    QVERIFY(rowsAre(*model, other.dataset(), 0, 5));
    QCOMPARE(pages.size(), 1);
}

void TestOrchestrationTableModel::destroyedClientIsNoticed()
{
    auto rig = std::make_unique<Rig>(configWith(20, 50));
    QVERIFY(rig->listening);
    auto model = testedModel();
    model->setClient(rig->client.get());
    model->loadPage(1);
    QCOMPARE(model->state(), State::Loading);
    rig->stack.reset(); // the client goes first
    QCOMPARE(model->client(), nullptr);
    QCOMPARE(model->state(), State::Idle);
    model->loadPage(2); // no client: nothing happens, nothing crashes
    QCOMPARE(model->state(), State::Idle);
}

void TestOrchestrationTableModel::cellsOfTheReferenceExample()
{
    Rig rig(configWith(2));
    QVERIFY(rig.listening);
    auto model = testedModel();
    QSignalSpy pages(model.get(), &OrchestrationTableModel::pageChanged);
    model->setClient(rig.client.get());
    model->loadPage(1);
    QVERIFY(pages.wait(waitMs));
    QCOMPARE(model->rowCount(), 2);
    using M = OrchestrationTableModel;

    QCOMPARE(cell(*model, 0, M::NameColumn), QStringLiteral("default_orchestration"));
    QCOMPARE(cell(*model, 0, M::ActiveColumn), QStringLiteral("Yes"));
    QCOMPARE(cell(*model, 0, M::KindColumn), QStringLiteral("Bot"));
    QCOMPARE(cell(*model, 0, M::BotsColumn), QStringLiteral("1"));
    QCOMPARE(cell(*model, 0, M::AgentsColumn), QString());
    QCOMPARE(cell(*model, 0, M::CustomerAppColumn),
        QStringLiteral("b09dddd6-394b-4039-86bc-a5dd89ee5e8d"));
    QCOMPARE(cell(*model, 0, M::ForwardTranscriptColumn), QStringLiteral("Yes"));
    QCOMPARE(cell(*model, 0, M::BypassVaColumn), QString());
    QCOMPARE(cell(*model, 0, M::DescriptionColumn), QStringLiteral("Created for Custom channel."));
    QCOMPARE(cell(*model, 0, M::IdColumn), QStringLiteral("45a095f4-d0ee-4220-a689-22b541c58f67"));

    const QDateTime created =
        QDateTime::fromString(QStringLiteral("2021-03-21T14:29:01.516Z"), Qt::ISODateWithMs);
    QCOMPARE(cell(*model, 0, M::CreatedColumn),
        QLocale().toString(created.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(cell(*model, 0, M::CreatedColumn, Qt::ToolTipRole),
        QStringLiteral("2021-03-21T14:29:01.516Z"));
    QCOMPARE(cell(*model, 0, M::ModifiedColumn, Qt::ToolTipRole),
        QStringLiteral("2021-03-28T14:29:01.516Z"));

    QCOMPARE(cell(*model, 1, M::KindColumn), QStringLiteral("Agent"));
    QCOMPARE(cell(*model, 1, M::BotsColumn), QString());
    QCOMPARE(cell(*model, 1, M::AgentsColumn), QStringLiteral("1"));
    QCOMPARE(cell(*model, 1, M::ForwardTranscriptColumn), QString());

    // Typed sort values.
    const QVariant createdSort = model->index(0, M::CreatedColumn).data(M::SortRole);
    QCOMPARE(createdSort.typeId(), int(QMetaType::QDateTime));
    QCOMPARE(createdSort.toDateTime(), created);
    QCOMPARE(model->index(0, M::BotsColumn).data(M::SortRole).typeId(), int(QMetaType::Int));
    QCOMPARE(model->index(0, M::ActiveColumn).data(M::SortRole).typeId(), int(QMetaType::Bool));
    QVERIFY(!model->index(1, M::BotsColumn).data(M::SortRole).isValid());
    QVERIFY(!model->index(0, M::BypassVaColumn).data(M::SortRole).isValid());

    // Roles for the view and the filter.
    QCOMPARE(model->index(0, M::NameColumn).data(M::IdRole).toString(),
        QStringLiteral("45a095f4-d0ee-4220-a689-22b541c58f67"));
    QCOMPARE(
        model->index(1, M::NameColumn).data(M::KindRole).toInt(), int(Orchestration::Kind::Agent));
    QCOMPARE(model->index(0, M::NameColumn).data(M::ActiveRole).toBool(), true);
    QCOMPARE(model->index(0, M::NameColumn).data(M::WarningCountRole).toInt(), 0);
    QCOMPARE(
        model->index(0, M::NameColumn).data(M::OrchestrationRole).value<Orchestration>().rawJson(),
        rig.dataset().record(0));
    const QString key = model->index(0, M::NameColumn).data(M::SearchTextRole).toString();
    QVERIFY(key.contains(QStringLiteral("default_orchestration")));
    QVERIFY(key.contains(QStringLiteral("c09dddd6-394b-4039-86bc-a5dd89ee5e8d"))); // nested
    QCOMPARE(key, key.toLower());

    const auto alignment =
        model->index(0, M::BotsColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
    QVERIFY(alignment & Qt::AlignRight);
    QVERIFY(!model->index(0, M::NameColumn).data(Qt::TextAlignmentRole).isValid());
}

void TestOrchestrationTableModel::missingValuesAreEmpty()
{
    // A record with its optional fields absent, one with broken fields, one with a long text.
    const QByteArray records = R"([
        {"id":"11111111-1111-1111-1111-111111111111","name":"minimal","active":false,
         "created":"2022-01-01T00:00:00.000Z","modified":"2022-01-02T00:00:00.000Z",
         "applications":{"botConfiguration":{"bots":[]}}},
        {"id":"not-a-uuid","name":"broken","created":"yesterday","modified":"2022-01-02T00:00:00.000Z",
         "description":"line one\nline two, much longer than a cell",
         "applications":{"agentConfiguration":{"agents":[{"id":"22222222-2222-2222-2222-222222222222"}]},
                         "botConfiguration":{"bypassVaDuration":2.5,"forwardTranscript":false,
                                             "bots":[{"id":"33333333-3333-3333-3333-333333333333",
                                                      "participant":{"id":"44444444-4444-4444-4444-444444444444"}}]}}}
    ])";
    QString error;
    const auto dataset = hubsim::Dataset::fromJson(records, &error);
    QVERIFY2(dataset, qPrintable(error));
    Rig rig({}, *dataset);
    QVERIFY(rig.listening);
    auto model = testedModel();
    model->setClient(rig.client.get());
    model->loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(model->state(), State::Loaded, waitMs);
    using M = OrchestrationTableModel;

    QCOMPARE(cell(*model, 0, M::ActiveColumn), QStringLiteral("No"));
    QCOMPARE(cell(*model, 0, M::BotsColumn), QStringLiteral("0"));
    QCOMPARE(cell(*model, 0, M::AgentsColumn), QString());
    QCOMPARE(cell(*model, 0, M::ForwardTranscriptColumn), QString());
    QCOMPARE(cell(*model, 0, M::BypassVaColumn), QString());
    QCOMPARE(cell(*model, 0, M::DescriptionColumn), QString());
    QCOMPARE(cell(*model, 0, M::CustomerAppColumn), QString());
    QVERIFY(!model->index(0, M::DescriptionColumn).data(M::SortRole).isValid());

    QCOMPARE(cell(*model, 1, M::ActiveColumn), QString()); // absent: neither yes nor no
    QVERIFY(!model->index(1, M::ActiveColumn).data(M::SortRole).isValid());
    QCOMPARE(cell(*model, 1, M::CreatedColumn), QString());
    QVERIFY(!model->index(1, M::CreatedColumn).data(M::SortRole).isValid());
    QCOMPARE(cell(*model, 1, M::KindColumn), QStringLiteral("Bot + Agent"));
    QCOMPARE(cell(*model, 1, M::BypassVaColumn), QStringLiteral("2.5"));
    QCOMPARE(model->index(1, M::BypassVaColumn).data(M::SortRole).toDouble(), 2.5);
    QCOMPARE(cell(*model, 1, M::ForwardTranscriptColumn), QStringLiteral("No"));
    QCOMPARE(cell(*model, 1, M::DescriptionColumn),
        QStringLiteral("line one line two, much longer than a cell"));
    QCOMPARE(cell(*model, 1, M::DescriptionColumn, Qt::ToolTipRole).section(u'\n', 0, 1),
        QStringLiteral("line one\nline two, much longer than a cell"));
    const int warnings = model->index(1, M::NameColumn).data(M::WarningCountRole).toInt();
    QCOMPARE(warnings, 3); // id not a UUID, active missing, created not a date
    const QString tip = cell(*model, 1, M::NameColumn, Qt::ToolTipRole);
    QVERIFY2(tip.contains(QStringLiteral("not-a-uuid")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("active")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("yesterday")), qPrintable(tip));
}

void TestOrchestrationTableModel::headerHasTitlesAndTooltips()
{
    OrchestrationTableModel model;
    QStringList titles;
    for (int column = 0; column < OrchestrationTableModel::ColumnCount; ++column) {
        const QString title = model.headerData(column, Qt::Horizontal).toString();
        QVERIFY(!title.isEmpty());
        QVERIFY(!titles.contains(title));
        titles.append(title);
        QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
    QCOMPARE(titles.first(), QStringLiteral("Name"));
    QCOMPARE(titles.last(), QStringLiteral("ID"));
}

void TestOrchestrationTableModel::referencesAreCounted()
{
    Rig rig(configWith(120));
    QVERIFY(rig.listening);
    auto model = testedModel();
    model->setClient(rig.client.get());
    model->setPageSize(50);
    model->loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(model->state(), State::Loaded, waitMs);

    const hubsim::Dataset dataset = rig.dataset();
    const QStringList ids = {QStringLiteral("b09dddd6-394b-4039-86bc-a5dd89ee5e8d"),
        QStringLiteral("c09dddd6-394b-4039-86bc-a5dd89ee5e8d"), recordOf(dataset, 50).id()};
    for (const QString &id : ids) {
        int expected = 0; // brute force over the raw records
        for (int i = 0; i < dataset.size(); ++i)
            expected += dataset.record(i).contains(id.toUtf8()) ? 1 : 0;
        QCOMPARE(model->countReferences(id), expected);
    }
    QVERIFY(model->countReferences(ids.at(0)) > 1);
    QCOMPARE(model->countReferences(QStringLiteral("00000000-0000-0000-0000-000000000000")), 0);
}

void TestOrchestrationTableModel::referencesAreCountedInTheBackgroundWhenAskedWithoutWaiting()
{
    Rig rig(configWith(120));
    QVERIFY(rig.listening);
    auto model = testedModel();
    model->setClient(rig.client.get());
    model->loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(model->state(), State::Loaded, waitMs);
    const QString id = QStringLiteral("b09dddd6-394b-4039-86bc-a5dd89ee5e8d");
    QSignalSpy counted(model.get(), &OrchestrationTableModel::referenceCountsChanged);
    QCOMPARE(model->knownReferences(id), -1); // not counted yet: the inspector shows none
    QVERIFY(counted.wait(waitMs));
    QVERIFY(model->knownReferences(id) > 1);
    QCOMPARE(model->knownReferences(id), model->countReferences(id));
}

void TestOrchestrationTableModel::referenceCountsFollowRowsAsTheyArrive()
{
    // Pages 150 ms apart: the counts are asked for while rows still arrive. Each answer is
    // the count over some of the rows so far (never more than in the end), and once all are
    // there the count is every row's, without a count on the calling thread.
    Rig rig(configWith(300, 150));
    QVERIFY(rig.listening);
    rig.settings.loadAllPageSize = 25;
    rig.makeClient(QString(hubsim::kDemoClientSecret));
    auto model = testedModel();
    model->setClient(rig.client.get());
    model->loadAll();
    const QString id = QStringLiteral("b09dddd6-394b-4039-86bc-a5dd89ee5e8d");
    const hubsim::Dataset dataset = rig.dataset();
    int expected = 0; // brute force over the raw records
    for (int i = 0; i < dataset.size(); ++i)
        expected += dataset.record(i).contains(id.toUtf8()) ? 1 : 0;
    QVERIFY(expected > 1);
    int previous = -1;
    while (model->state() != State::Loaded) {
        QTest::qWait(20);
        const int known = model->knownReferences(id);
        QVERIFY2(known >= previous || known == -1, qPrintable(QString::number(known)));
        QVERIFY(known <= expected);
        previous = std::max(previous, known);
    }
    QVERIFY(model->loadedCount() == 300);
    QTRY_COMPARE_WITH_TIMEOUT(model->knownReferences(id), expected, waitMs);
}

void TestOrchestrationTableModel::rowsAreFoundByIdBeforeAndAfterTheirIndexIsBuilt()
{
    const hubsim::Dataset dataset = hubsim::Dataset::generate(7, 40);
    QList<Orchestration> records;
    for (int i = 0; i < dataset.size(); ++i)
        records.append(Orchestration::fromJson(dataset.record(i)));
    records.append(records.at(5)); // a repeated id keeps pointing at its first row
    OrchestrationTableModel model;
    model.showRecords(records);
    QCOMPARE(model.rowForId(records.at(5).id()), 5); // the index is built in the background
    QCOMPARE(model.rowForId(records.at(39).id()), 39);
    QCOMPARE(model.rowForId(QStringLiteral("nothing")), -1);
    QTRY_VERIFY_WITH_TIMEOUT(model.isIdIndexReady(), waitMs);
    QCOMPARE(model.rowForId(records.at(5).id()), 5);
    QCOMPARE(model.rowForId(records.at(39).id()), 39);
    QCOMPARE(model.rowForId(QStringLiteral("nothing")), -1);
}

void TestOrchestrationTableModel::searchKeysAreBuiltInTheBackground()
{
    const hubsim::Dataset dataset = hubsim::Dataset::generate(11, 300);
    QList<Orchestration> records;
    for (int i = 0; i < dataset.size(); ++i)
        records.append(Orchestration::fromJson(dataset.record(i)));
    OrchestrationTableModel model;
    model.showRecords(records);
    QVERIFY(!model.searchKeysReady());
    QTRY_VERIFY_WITH_TIMEOUT(model.searchKeysReady(), waitMs);
    const QList<QByteArray> keys = model.searchKeysSnapshot();
    for (int row = 0; row < records.size(); ++row)
        QCOMPARE(keys.at(row), SearchKey::of(records.at(row)));
}

void TestOrchestrationTableModel::searchKeysOfGeneratedRecords()
{
    // Generated and mutated records (escaped keys and ids, repeated keys, unknown parts
    // holding ids, broken bytes, indented text): the search key the table builds from them
    // (by hand for ASCII text) is still the fields and ids joined and lowered as
    // QString::toLower() does it.
    testsupport::RecordGenerator generator(20260528);
    StringInterner interner;
    QList<Orchestration> records;
    constexpr int rounds = 8000;
    for (int round = 0; round < rounds; ++round) {
        QByteArray raw = generator.next();
        if (round % 7 == 0) {
            raw.replace("\"applications\":{",
                R"("applications":{"x-extra":[{"id":"n\u00e9"},[{"deep":{"id":"ne\u0301"}}],{"i\u0064":"hidden"},{"id":"\u006ee\u0301"}],)");
        }
        records.append(
            (round % 2) ? Orchestration::fromJson(raw, &interner) : Orchestration::fromJson(raw));
    }
    OrchestrationTableModel table;
    table.showRecords(records);
    QVERIFY(table.rowCount() > rounds / 2);
    QVERIFY(searchKeysAreLoweredFields(table));
}

void TestOrchestrationTableModel::searchKeysLowerEveryCharacterAsToLower()
{
    // The table lowers search keys character by character; every UTF-16 code unit outside
    // the surrogates, and text with surrogate pairs and U+0130 (which lowers to two
    // characters), must come out as QString::toLower() gives it.
    QList<Orchestration> records;
    int number = 0;
    const auto addRecord = [&](const QString &name) {
        records.append(
            Orchestration::fromJson(recordWith(QUuid::createUuid().toString(QUuid::WithoutBraces),
                name, u"Row %1 ABC"_s.arg(++number))));
    };
    QString name;
    for (char32_t c = 0; c <= 0xffff; ++c) {
        if (QChar::isSurrogate(c))
            continue;
        name += QChar(char16_t(c));
        if (name.size() == 2048) {
            addRecord(name);
            name.clear();
        }
    }
    addRecord(name);
    addRecord(u"Straße İSTANBUL 😀 ΣΑΣ 𐐀 ABC"_s);
    addRecord(u"ИВАН İ"_s);
    OrchestrationTableModel table;
    table.showRecords(records);
    QCOMPARE(table.rowCount(), int(records.size()));
    QVERIFY(searchKeysAreLoweredFields(table));
}

QTEST_GUILESS_MAIN(TestOrchestrationTableModel)
#include "tst_orchestrationtablemodel.moc"
