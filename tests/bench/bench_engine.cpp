// Engine benchmarks: each measures what a user waits for, next to a baseline measured in the
// same run on the same machine, and writes both to benchmarks.json and BENCHMARKS.md.
// Not a test: it asserts nothing about time (timings flake); it records.
//
//   bench_engine [--output-dir DIR] [--quick]

#include "models/client/clientstack.h"
#include "models/client/hubclient.h"
#include "models/client/scanjob.h"
#include "models/core/buildinfo.h"
#include "models/core/orchestrationpage.h"
#include "models/itemmodels/orchestrationfiltermodel.h"
#include "models/itemmodels/orchestrationtablemodel.h"
#include "sim/simulatorhost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QTextStream>
#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

struct Result
{
    QString name;
    QString unit;
    QString better; ///< "lower" or "higher"
    double ours = 0;
    double baseline = 0;
    QString baselineName;
    QString note;
};

/// Median of @p runs timings of @p work, in milliseconds.
double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

qint64 heapInUse()
{
#if defined(__GLIBC__)
    malloc_trim(0);
    return qint64(mallinfo2().uordblks);
#else
    return -1;
#endif
}

QByteArray pageBody(const hubsim::Dataset &dataset, int first, int count)
{
    QByteArray body = "{\"paginationInfo\":{\"count\":" + QByteArray::number(dataset.size())
        + ",\"pagenum\":1,\"pagesize\":" + QByteArray::number(count) + "},\"orchestration\":[";
    dataset.appendRecords(body, first, count);
    body += "]}";
    return body;
}

/// Parsing what the server sends: ours keeps every record byte-exact and typed; the baseline
/// is what a naive client does (QJsonDocument, read the same fields, keep the objects).
Result benchParse(const hubsim::Dataset &dataset, int pages)
{
    const int pageSize = 75;
    QList<QByteArray> bodies;
    for (int p = 0; p < pages; ++p)
        bodies += pageBody(dataset, (p * pageSize) % (dataset.size() - pageSize), pageSize);
    const double records = double(pages) * pageSize;

    qint64 sink = 0;
    const double ours = medianMs(5, [&] {
        StringInterner interner;
        for (const QByteArray &body : std::as_const(bodies)) {
            const PageParseResult result = parseOrchestrationPage(body, &interner);
            sink += result.page ? result.page->records.size() : 0;
        }
    });
    const double baseline = medianMs(5, [&] {
        for (const QByteArray &body : std::as_const(bodies)) {
            const QJsonArray array = QJsonDocument::fromJson(body)
                                         .object()
                                         .value(QLatin1String("orchestration"))
                                         .toArray();
            for (const QJsonValue &value : array) {
                const QJsonObject object = value.toObject();
                sink += object.value(QLatin1String("name")).toString().size()
                    + object.value(QLatin1String("id")).toString().size();
            }
        }
    });
    Q_UNUSED(sink);
    return {QStringLiteral("Parse pages of 75 records (%1 records)").arg(records),
        QStringLiteral("records/s"), QStringLiteral("higher"), records / (ours / 1000.0),
        records / (baseline / 1000.0), QStringLiteral("QJsonDocument, fields read, objects kept"),
        QStringLiteral("ours also validates every field and keeps the raw bytes")};
}

/// Memory for a large tenant held in the table: ours (raw bytes + compact typed fields +
/// interned ids) against holding each record as a QJsonObject.
Result benchMemory(const hubsim::Dataset &dataset, int count)
{
    const int pageSize = 100;
    qint64 before = heapInUse();
    QList<Orchestration> ours;
    ours.reserve(count);
    {
        StringInterner interner;
        for (int first = 0; first < count; first += pageSize) {
            const PageParseResult result = parseOrchestrationPage(
                pageBody(dataset, first % (dataset.size() - pageSize), pageSize), &interner);
            ours += result.page->records;
        }
    }
    const double oursPerRecord = double(heapInUse() - before) / count;
    ours.clear();
    ours.squeeze();

    before = heapInUse();
    QList<QJsonObject> baseline;
    baseline.reserve(count);
    for (int i = 0; i < count; ++i)
        baseline += QJsonDocument::fromJson(dataset.record(i % dataset.size())).object();
    const double baselinePerRecord = double(heapInUse() - before) / count;
    return {QStringLiteral("Heap per record, %1 records held").arg(count), QStringLiteral("bytes"),
        QStringLiteral("lower"), oursPerRecord, baselinePerRecord,
        QStringLiteral("one QJsonObject per record"),
        heapInUse() < 0 ? QStringLiteral("not measured: needs glibc") : QString()};
}

/// Searching a large loaded tenant for a nested id (what "used by N" and a pasted UUID do):
/// ours filters through the window's own proxy, which keeps a search key per row; the
/// baseline asks every record for its ids at each search, as a straightforward filter would.
Result benchSearch(const hubsim::Dataset &dataset, int count)
{
    const int pageSize = 100;
    QList<Orchestration> records;
    records.reserve(count);
    StringInterner interner;
    for (int first = 0; first < count; first += pageSize)
        records += parseOrchestrationPage(
            pageBody(dataset, first % (dataset.size() - pageSize), pageSize), &interner)
                       .page->records;
    OrchestrationTableModel table;
    table.showRecords(records);
    OrchestrationFilterModel filter;
    filter.setSourceModel(&table);

    // Different shared ids each run, so no run is answered from the previous one.
    QStringList ids;
    for (int i = 2; ids.size() < 7 && i < records.size(); ++i) {
        const QList<BotReference> bots = records.at(i).bots();
        if (!bots.isEmpty() && !ids.contains(bots.first().participantId))
            ids += bots.first().participantId;
    }
    // The first search after a snapshot opens builds every row's search key; load-all builds
    // them page by page as rows arrive. Reported apart from the median.
    QElapsedTimer first;
    first.start();
    filter.setSearchText(ids.constFirst());
    const double firstMs = double(first.nsecsElapsed()) / 1e6;
    const qint64 firstShown = filter.shownCount();
    int run = 0;
    qint64 shown = 0;
    const double ours = medianMs(int(ids.size()), [&] {
        filter.setSearchText(ids.at(run++));
        shown += filter.shownCount();
    });
    run = 0;
    qint64 matched = 0;
    const double baseline = medianMs(int(ids.size()), [&] {
        const QString id = ids.at(run++);
        for (const Orchestration &record : std::as_const(records)) {
            if (record.id().contains(id, Qt::CaseInsensitive)
                || record.referencedIds().contains(id, Qt::CaseInsensitive))
                ++matched;
        }
    });
    if (shown != matched || firstShown == 0)
        qFatal("search disagrees: %lld shown, %lld matched", shown, matched);
    return {QStringLiteral("Search %1 loaded records for a nested id").arg(count),
        QStringLiteral("ms"), QStringLiteral("lower"), ours, baseline,
        QStringLiteral("ask each record for its ids"),
        QStringLiteral("median of %1 ids, same rows found; the first search after opening "
                       "a snapshot also builds the keys: %2 ms")
            .arg(ids.size())
            .arg(qRound(firstMs))};
}

/// Time to load a whole tenant over loopback with server latency: ours fetches pages in
/// parallel (bounded at 6); the baseline fetches one page after the other.
Result benchScan(int count, int latencyMs)
{
    hubsim::SimulatorConfig config;
    config.count = count;
    config.latencyMs = latencyMs;
    hubsim::SimulatorHost host(config);
    QString error;
    if (!host.start(&error))
        qFatal("simulator: %s", qPrintable(error));
    ConnectionSettings settings;
    settings.baseUrl = host.baseUrl();
    settings.tokenUrl = host.tokenUrl();
    settings.clientId = QString(hubsim::kDemoClientId);

    const auto scan = [&](int concurrency) {
        Credentials credentials;
        credentials.clientSecret = QString(hubsim::kDemoClientSecret);
        QString error;
        const std::unique_ptr<ClientStack> stack = ClientStack::make(settings, credentials, &error);
        if (!stack)
            qFatal("client: %s", qPrintable(error));
        HubClient &client = *stack->client();
        HubClientOptions options;
        options.maxConcurrentPages = concurrency;
        client.setOptions(options);
        qint64 records = 0;
        QEventLoop loop;
        QElapsedTimer timer;
        timer.start();
        ScanJob *job = client.fetchAll(75);
        QObject::connect(job, &ScanJob::pageReady, &loop,
            [&records](const OrchestrationPage &page) { records += page.records.size(); });
        QObject::connect(job, &ScanJob::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (records != count)
            qFatal("scan loaded %lld of %d records", records, count);
        return double(timer.nsecsElapsed()) / 1e6;
    };
    const double ours = std::min(scan(6), scan(6));
    const double baseline = std::min(scan(1), scan(1));
    return {QStringLiteral("Load all %1 records, %2 ms server latency").arg(count).arg(latencyMs),
        QStringLiteral("ms"), QStringLiteral("lower"), ours, baseline,
        QStringLiteral("one page at a time"),
        QStringLiteral("pages of 75, best of 2, token fetch included")};
}

QString formatNumber(double value)
{
    return value >= 100 ? QLocale::c().toString(qRound64(value)) : QString::number(value, 'f', 1);
}

QString markdown(const QList<Result> &results)
{
    QString text;
    QTextStream out(&text);
    out << "# Benchmarks\n\n"
        << "Written by `bench_engine` (`tools/dev bench`), which measures each row and its "
           "baseline in\n"
        << "the same run on the same machine. Ratio > 1 means ours is better.\n\n"
        << "Version " << CONSOLE_VERSION << ", " << QSysInfo::prettyProductName() << ", "
        << QSysInfo::currentCpuArchitecture() << ", " << QThread::idealThreadCount() << " cores, "
        << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << ".\n\n"
        << "| benchmark | ours | baseline | ratio | baseline is | note |\n"
        << "|---|---:|---:|---:|---|---|\n";
    for (const Result &r : results) {
        const double ratio =
            r.better == QLatin1String("higher") ? r.ours / r.baseline : r.baseline / r.ours;
        out << "| " << r.name << " | " << formatNumber(r.ours) << ' ' << r.unit << " | "
            << formatNumber(r.baseline) << ' ' << r.unit << " | " << QString::number(ratio, 'f', 2)
            << "x | " << r.baselineName << " | " << r.note << " |\n";
    }
    return text;
}

QJsonDocument json(const QList<Result> &results)
{
    QJsonArray rows;
    for (const Result &r : results)
        rows.append(QJsonObject {{QStringLiteral("name"), r.name}, {QStringLiteral("unit"), r.unit},
            {QStringLiteral("better"), r.better}, {QStringLiteral("ours"), r.ours},
            {QStringLiteral("baseline"), r.baseline},
            {QStringLiteral("baselineName"), r.baselineName}});
    return QJsonDocument(QJsonObject {{QStringLiteral("version"), QStringLiteral(CONSOLE_VERSION)},
        {QStringLiteral("results"), rows}});
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("console.*=false\nhubsim=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption outputDir(QStringLiteral("output-dir"),
        QStringLiteral("Where to write the results."), QStringLiteral("DIR"), QStringLiteral("."));
    const QCommandLineOption quick(
        QStringLiteral("quick"), QStringLiteral("Smaller sizes, for a smoke run."));
    parser.addOptions({outputDir, quick});
    parser.process(app);
    const bool small = parser.isSet(quick);

    const hubsim::Dataset dataset = hubsim::Dataset::generate(7, 5000);
    QList<Result> results;
    results += benchParse(dataset, small ? 40 : 400);
    results += benchMemory(dataset, small ? 10'000 : 100'000);
    results += benchSearch(dataset, small ? 10'000 : 100'000);
    results += benchScan(small ? 1500 : 5000, 20);

    const QString text = markdown(results);
    QTextStream(stdout) << text;
    const QDir dir(parser.value(outputDir));
    if (!dir.exists() && !QDir().mkpath(dir.path()))
        qFatal("cannot create %s", qPrintable(dir.path()));
    if (!writeFile(dir.filePath(QStringLiteral("BENCHMARKS.md")), text.toUtf8())
        || !writeFile(dir.filePath(QStringLiteral("benchmarks.json")), json(results).toJson()))
        qFatal("cannot write the results to %s", qPrintable(dir.path()));
    return 0;
}
