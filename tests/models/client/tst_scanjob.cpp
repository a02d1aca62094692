// HubClient::fetchAll() against the simulator over loopback sockets: complete, in order, and
// always ending, whatever the server does with paging.

#include "clienttestsupport.h"
#include "models/client/scanjob.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace clienttest;
using hubsim::FaultRule;
using Kind = ApiError::Kind;

namespace {

constexpr int waitMs = 20'000;

/// Everything a scan delivered, recorded as it happened.
struct ScanRecording
{
    QList<OrchestrationPage> pages;
    QList<QPair<qint64, qint64>> progress;
    int finishedCount = 0;
    int pageReadyAfterFinished = 0;

    QList<QByteArray> rawRecords() const
    {
        QList<QByteArray> raw;
        for (const OrchestrationPage &page : pages) {
            for (const Orchestration &record : page.records)
                raw.append(record.rawJson());
        }
        return raw;
    }
};

/// Starts a scan (kept after finished for inspection) and records its signals.
std::unique_ptr<ScanJob> startScan(HubClient &client, int pagesize, ScanRecording &recording)
{
    std::unique_ptr<ScanJob> scan(client.fetchAll(pagesize));
    scan->setAutoDelete(false);
    QObject::connect(
        scan.get(), &ScanJob::pageReady, scan.get(), [&recording](const OrchestrationPage &page) {
            if (recording.finishedCount > 0)
                ++recording.pageReadyAfterFinished;
            recording.pages.append(page);
        });
    QObject::connect(
        scan.get(), &ScanJob::progress, scan.get(), [&recording](qint64 loaded, qint64 total) {
            recording.progress.append({loaded, total});
        });
    QObject::connect(
        scan.get(), &ScanJob::finished, scan.get(), [&recording] { ++recording.finishedCount; });
    return scan;
}

std::unique_ptr<ScanJob> runScan(HubClient &client, int pagesize, ScanRecording &recording)
{
    auto scan = startScan(client, pagesize, recording);
    QSignalSpy finished(scan.get(), &ScanJob::finished);
    if (!finished.wait(waitMs))
        qWarning("scan did not finish");
    return scan;
}

QList<QByteArray> datasetRecords(const hubsim::Dataset &dataset, int first = 0, int count = -1)
{
    QList<QByteArray> records;
    const int end = count < 0 ? dataset.size() : first + count;
    for (int i = first; i < end; ++i)
        records.append(dataset.record(i));
    return records;
}

bool anyContains(const QStringList &warnings, const QStringList &parts)
{
    return std::any_of(warnings.cbegin(), warnings.cend(), [&parts](const QString &warning) {
        return std::all_of(parts.cbegin(), parts.cend(),
            [&warning](const QString &part) { return warning.contains(part); });
    });
}

} // namespace

class TestScanJob : public QObject
{
    Q_OBJECT

private slots:
    void fetchesTheWholeDatasetInOrder();
    void pagingIgnoredEndsWithAWarning();
    void countDriftIsFlagged();
    void duplicateIdsAreFlagged();
    void failedPageFailsTheScanAfterEarlierPages();
    void transientFailuresInAScanAreRetried();
    void emptyTenantEndsAtOnce_data();
    void emptyTenantEndsAtOnce();
    void pageLimitStopsTheScan();
    void withoutPaginationInfoPagesComeOneByOne();
    void nonPositivePageSizeIsGuarded();
    void cancelDeliversCancelledAndNothingLater();
    void completeScanMissesNothing();
    void repeatedPageSaysWhatIsMissing();
    void endlessServerStopsAtTheRecordBudget();
    void endlessServerStopsAtTheByteBudget();
    void tokenFailureNamesTheTokenEndpoint();
};

void TestScanJob::fetchesTheWholeDatasetInOrder()
{
    Rig rig; // 2,000 generated records
    QVERIFY(rig.listening);
    ScanRecording recording;
    const auto scan = runScan(*rig.client, 100, recording);
    QVERIFY2(!scan->error().isError(), qPrintable(scan->error().summary()));
    QVERIFY2(scan->warnings().isEmpty(), qPrintable(scan->warnings().join(u'\n')));
    QCOMPARE(recording.finishedCount, 1);

    // The server caps 100 at 75: the scan trusts paginationInfo.
    QCOMPARE(scan->grantedPageSize(), 75);
    QCOMPARE(scan->totalCount(), 2000);
    QCOMPARE(scan->pagesDelivered(), 27);
    QCOMPARE(recording.pages.size(), 27);
    for (int i = 0; i < recording.pages.size(); ++i)
        QCOMPARE(recording.pages.at(i).pagination.pagenum, i + 1);

    const QList<QByteArray> expected = datasetRecords(rig.sim->dataset());
    const QList<QByteArray> actual = recording.rawRecords();
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QVERIFY2(actual.at(i) == expected.at(i), qPrintable(QStringLiteral("record %1").arg(i)));

    QCOMPARE(recording.progress.size(), 27);
    QCOMPARE(recording.progress.first(), (QPair<qint64, qint64>(75, 2000)));
    QCOMPARE(recording.progress.last(), (QPair<qint64, qint64>(2000, 2000)));
    QCOMPARE(scan->loadedRecords(), 2000);

    // Each page asked once, pages after the first at the granted size; nothing beyond the end.
    const auto requests = rig.apiRequests();
    QCOMPARE(requests.size(), 27);
    QSet<QString> pagesAsked;
    for (const hubsim::LoggedRequest &request : requests) {
        const QString pagenum = request.queryValue(QStringLiteral("$pagenum"));
        pagesAsked.insert(pagenum);
        QCOMPARE(request.queryValue(QStringLiteral("$pagesize")),
            pagenum == QLatin1String("1") ? QStringLiteral("100") : QStringLiteral("75"));
    }
    QCOMPARE(pagesAsked.size(), 27);
    QCOMPARE(rig.tokenPosts(), 1);
}

void TestScanJob::pagingIgnoredEndsWithAWarning()
{
    Rig rig;
    QVERIFY(rig.listening);
    rig.sim->addFault(rig.fault(FaultRule::Kind::IgnorePaging, -1));
    ScanRecording recording;
    const auto scan = runScan(*rig.client, 75, recording);
    QVERIFY2(!scan->error().isError(), qPrintable(scan->error().summary()));
    QCOMPARE(recording.finishedCount, 1);
    QCOMPARE(recording.pages.size(), 1);
    QCOMPARE(scan->loadedRecords(), 25);
    QVERIFY2(anyContains(scan->warnings(), {QStringLiteral("ignore"), QStringLiteral("$pagenum")}),
        qPrintable(scan->warnings().join(u'\n')));
    QCOMPARE(recording.rawRecords(), datasetRecords(rig.sim->dataset(), 0, 25));
    // Bounded: it did not walk the 80 pages the count promised.
    QVERIFY(rig.apiGets() <= 1 + 2 * 6);
}

void TestScanJob::countDriftIsFlagged()
{
    Rig rig;
    QVERIFY(rig.listening);
    FaultRule drift = rig.fault(FaultRule::Kind::CountDrift);
    drift.onlyPage = 3;
    drift.countDelta = 100;
    rig.sim->addFault(drift);
    ScanRecording recording;
    const auto scan = runScan(*rig.client, 75, recording);
    QVERIFY2(!scan->error().isError(), qPrintable(scan->error().summary()));
    // Counts in the user's number format, as the rest of the window shows them.
    const QLocale locale;
    QVERIFY2(anyContains(scan->warnings(), {locale.toString(2000), locale.toString(2100)}),
        qPrintable(scan->warnings().join(u'\n')));
    // The records that exist all arrived, in order, and the scan ended.
    QCOMPARE(recording.rawRecords(), datasetRecords(rig.sim->dataset()));
    QCOMPARE(recording.finishedCount, 1);
}

void TestScanJob::duplicateIdsAreFlagged()
{
    const hubsim::Dataset generated = hubsim::Dataset::generate(7, 100);
    QByteArray json = "[";
    for (int i = 0; i < generated.size(); ++i) {
        if (i == 80)
            json += generated.record(3) + ',';
        json += generated.record(i) + (i + 1 < generated.size() ? "," : "");
    }
    json += ']';
    QString error;
    const std::optional<hubsim::Dataset> dataset = hubsim::Dataset::fromJson(json, &error);
    QVERIFY2(dataset, qPrintable(error));
    QCOMPARE(dataset->size(), 101);

    Rig rig({}, *dataset);
    QVERIFY(rig.listening);
    ScanRecording recording;
    const auto scan = runScan(*rig.client, 25, recording);
    QVERIFY2(!scan->error().isError(), qPrintable(scan->error().summary()));
    const QString duplicateId = generated.recordObject(3).value(QStringLiteral("id")).toString();
    QVERIFY(!duplicateId.isEmpty());
    QVERIFY2(
        anyContains(scan->warnings(), {duplicateId}), qPrintable(scan->warnings().join(u'\n')));
    // Flagged, not dropped: every record is there.
    QCOMPARE(scan->loadedRecords(), 101);
    QCOMPARE(recording.rawRecords(), datasetRecords(*dataset));
}

void TestScanJob::failedPageFailsTheScanAfterEarlierPages()
{
    Rig rig;
    QVERIFY(rig.listening);
    FaultRule broken = rig.fault(FaultRule::Kind::Status, -1);
    broken.onlyPage = 3;
    broken.status = 500;
    rig.sim->addFault(broken);
    ScanRecording recording;
    const auto scan = runScan(*rig.client, 25, recording);
    QCOMPARE(recording.finishedCount, 1);
    QCOMPARE(scan->error().kind, Kind::Http);
    QCOMPARE(scan->error().httpStatus, 500);
    const QString summary = scan->error().summary();
    QVERIFY2(summary.contains(QStringLiteral("Page 3 of 80")), qPrintable(summary));
    // Pages 1 and 2 were delivered and stay delivered; nothing after the failure.
    QCOMPARE(scan->pagesDelivered(), 2);
    QCOMPARE(recording.rawRecords(), datasetRecords(rig.sim->dataset(), 0, 50));
}

void TestScanJob::transientFailuresInAScanAreRetried()
{
    Rig rig;
    QVERIFY(rig.listening);
    FaultRule busy = rig.fault(FaultRule::Kind::TooManyRequests, 3);
    busy.retryAfterSeconds = 1;
    rig.sim->addFault(busy);
    FaultRule reset = rig.fault(FaultRule::Kind::ResetMidBody, 1);
    reset.onlyPage = 5;
    rig.sim->addFault(reset);
    ScanRecording recording;
    const auto scan = runScan(*rig.client, 75, recording);
    QVERIFY2(!scan->error().isError(), qPrintable(scan->error().summary()));
    QCOMPARE(recording.rawRecords(), datasetRecords(rig.sim->dataset()));
}

void TestScanJob::emptyTenantEndsAtOnce_data()
{
    QTest::addColumn<bool>("as204");
    QTest::newRow("200 with an empty array") << false;
    QTest::newRow("204 No Content") << true;
}

void TestScanJob::emptyTenantEndsAtOnce()
{
    QFETCH(bool, as204);
    hubsim::SimulatorConfig config;
    config.emptyAs204 = as204;
    Rig rig(config, hubsim::Dataset());
    QVERIFY(rig.listening);
    ScanRecording recording;
    const auto scan = runScan(*rig.client, 25, recording);
    QVERIFY2(!scan->error().isError(), qPrintable(scan->error().summary()));
    QCOMPARE(recording.finishedCount, 1);
    QCOMPARE(scan->loadedRecords(), 0);
    QCOMPARE(rig.apiGets(), 1);
    QVERIFY(scan->warnings().isEmpty());
}

void TestScanJob::pageLimitStopsTheScan()
{
    Rig rig;
    QVERIFY(rig.listening);
    HubClientOptions options = fastOptions();
    options.maxPages = 3;
    rig.client->setOptions(options);
    ScanRecording recording;
    const auto scan = runScan(*rig.client, 10, recording);
    QVERIFY2(!scan->error().isError(), qPrintable(scan->error().summary()));
    QCOMPARE(scan->pagesDelivered(), 3);
    QCOMPARE(rig.apiGets(), 3);
    QVERIFY2(anyContains(scan->warnings(), {QStringLiteral("limit"), QStringLiteral("3")}),
        qPrintable(scan->warnings().join(u'\n')));
}

void TestScanJob::withoutPaginationInfoPagesComeOneByOne()
{
    Rig rig({}, hubsim::Dataset::generate(3, 60));
    QVERIFY(rig.listening);
    FaultRule noPaging = rig.fault(FaultRule::Kind::WrongFieldTypes, -1);
    noPaging.shape = FaultRule::Shape::PaginationMissing;
    rig.sim->addFault(noPaging);
    ScanRecording recording;
    const auto scan = runScan(*rig.client, 25, recording);
    QVERIFY2(!scan->error().isError(), qPrintable(scan->error().summary()));
    // 25 + 25 + 10: the short page is the last.
    QCOMPARE(recording.pages.size(), 3);
    QCOMPARE(recording.rawRecords(), datasetRecords(rig.sim->dataset()));
    QCOMPARE(rig.apiGets(), 3);
}

void TestScanJob::nonPositivePageSizeIsGuarded()
{
    Rig rig({}, hubsim::Dataset::generate(3, 60));
    QVERIFY(rig.listening);
    ScanRecording recording;
    const auto scan = runScan(*rig.client, 0, recording);
    QVERIFY2(!scan->error().isError(), qPrintable(scan->error().summary()));
    QCOMPARE(scan->loadedRecords(), 60);
    QCOMPARE(
        rig.apiRequests().first().queryValue(QStringLiteral("$pagesize")), QStringLiteral("25"));
}

void TestScanJob::cancelDeliversCancelledAndNothingLater()
{
    Rig rig;
    QVERIFY(rig.listening);
    FaultRule slow = rig.fault(FaultRule::Kind::Latency);
    slow.onlyPage = 2;
    slow.delayMs = 300;
    rig.sim->addFault(slow);
    ScanRecording recording;
    const auto scan = startScan(*rig.client, 25, recording);
    QTRY_COMPARE_WITH_TIMEOUT(recording.pages.size(), 1, waitMs);
    scan->cancel();
    QCOMPARE(recording.finishedCount, 1);
    QCOMPARE(scan->error().kind, Kind::Cancelled);
    scan->cancel(); // idempotent
    QTest::qWait(600); // past the slow page's answer
    QCOMPARE(recording.finishedCount, 1);
    QCOMPARE(recording.pages.size(), 1);
    QCOMPARE(recording.pageReadyAfterFinished, 0);
}

void TestScanJob::completeScanMissesNothing()
{
    Rig rig;
    QVERIFY(rig.listening);
    ScanRecording recording;
    const auto scan = runScan(*rig.client, 75, recording);
    QVERIFY2(!scan->error().isError(), qPrintable(scan->error().summary()));
    QCOMPARE(scan->distinctRecords(), 2000);
    QVERIFY2(scan->missing().isEmpty(), qPrintable(scan->missing()));
    QVERIFY(scan->countChange().isEmpty());
}

void TestScanJob::repeatedPageSaysWhatIsMissing()
{
    Rig rig;
    QVERIFY(rig.listening);
    rig.sim->addFault(rig.fault(FaultRule::Kind::IgnorePaging, -1));
    ScanRecording recording;
    const auto scan = runScan(*rig.client, 75, recording);
    QVERIFY2(!scan->error().isError(), qPrintable(scan->error().summary()));
    const QString missing = scan->missing();
    QVERIFY2(missing.contains(QStringLiteral("25 of the %1").arg(QLocale().toString(2000))),
        qPrintable(missing));
    QVERIFY2(missing.contains(QStringLiteral("page 2 repeats page 1")), qPrintable(missing));
}

void TestScanJob::endlessServerStopsAtTheRecordBudget()
{
    // Full pages of new records and a count of 10^12: the budget ends it, before memory does.
    Rig rig;
    QVERIFY(rig.listening);
    HubClientOptions options = fastOptions();
    options.maxScanRecords = 1000;
    rig.client->setOptions(options);
    rig.sim->addFault(rig.fault(FaultRule::Kind::Endless, -1));
    ScanRecording recording;
    const auto scan = runScan(*rig.client, 75, recording);
    QCOMPARE(recording.finishedCount, 1);
    QCOMPARE(scan->error().kind, Kind::TooLarge);
    QVERIFY(scan->loadedRecords() <= 1000);
    QCOMPARE(scan->loadedRecords(), 975); // 13 full pages; the 14th would pass the budget
    QVERIFY2(scan->error().summary().contains(
                 QStringLiteral("%1 orchestrations").arg(QLocale().toString(1000))),
        qPrintable(scan->error().summary()));
}

void TestScanJob::endlessServerStopsAtTheByteBudget()
{
    Rig rig;
    QVERIFY(rig.listening);
    HubClientOptions options = fastOptions();
    options.maxScanBytes = 256 * 1024;
    rig.client->setOptions(options);
    rig.sim->addFault(rig.fault(FaultRule::Kind::Endless, -1));
    ScanRecording recording;
    const auto scan = runScan(*rig.client, 75, recording);
    QCOMPARE(scan->error().kind, Kind::TooLarge);
    QVERIFY(scan->loadedBytes() <= 256 * 1024);
    QVERIFY(scan->loadedBytes() > 200 * 1024);
    qint64 delivered = 0;
    for (const QByteArray &record : recording.rawRecords())
        delivered += record.size();
    QCOMPARE(delivered, scan->loadedBytes());
}

void TestScanJob::tokenFailureNamesTheTokenEndpoint()
{
    // A refused client secret is the token endpoint's answer: "Page 1" would send the user
    // looking at the data.
    Rig rig({}, hubsim::Dataset::generate(3, 60), QStringLiteral("not-the-secret"));
    QVERIFY(rig.listening);
    ScanRecording recording;
    const auto scan = runScan(*rig.client, 25, recording);
    QCOMPARE(scan->error().kind, Kind::Authentication);
    const QString summary = scan->error().summary();
    QVERIFY2(summary.startsWith(QStringLiteral("Token endpoint")), qPrintable(summary));
    QVERIFY2(!summary.contains(QStringLiteral("Page 1")), qPrintable(summary));
}

QTEST_GUILESS_MAIN(TestScanJob)
#include "tst_scanjob.moc"
