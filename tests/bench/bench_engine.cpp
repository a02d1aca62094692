// Engine benchmarks: each measures what a user waits for, next to a baseline measured in the
// same run on the same machine, and writes both to benchmarks.json and BENCHMARKS.md.
// Not a test: it asserts nothing about time (timings flake); it records.
//
//   bench_engine [--output-dir DIR] [--quick]

#include "benchresults.h"
#include "models/client/clientstack.h"
#include "models/client/hubclient.h"
#include "models/client/scanjob.h"
#include "models/core/atomicfile.h"
#include "models/core/buildinfo.h"
#include "models/core/orchestrationpage.h"
#include "models/core/recordsink.h"
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
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

using namespace bench;

qint64 heapInUse()
{
#if defined(__GLIBC__)
    malloc_trim(0);
    return qint64(mallinfo2().uordblks);
#else
    return -1;
#endif
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

/// The headless `export --all` of @p count records into a file, run as a user runs it (the
/// real executable, GNU time reporting its peak resident memory), against the records'
/// compact JSON: what merely holding them would cost.
Result benchExportMemory(const QString &console, int count)
{
    hubsim::SimulatorConfig config;
    config.count = count;
    config.maxPageSize = 1000;
    hubsim::SimulatorHost host(config);
    QString error;
    if (!host.start(&error))
        qFatal("simulator: %s", qPrintable(error));
    const double compactMB = double(host.dataset().byteSize() + count) / 1e6;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("all.json"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(
        QStringLiteral("ORCHESTRATION_CONSOLE_CLIENT_SECRET"), QString(hubsim::kDemoClientSecret));
    env.remove(QStringLiteral("ORCHESTRATION_CONSOLE_ACCESS_TOKEN"));
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("/usr/bin/time"),
        {QStringLiteral("-f"), QStringLiteral("peak %M"), console, QStringLiteral("export"),
            QStringLiteral("--base-url"), host.baseUrl().toString(), QStringLiteral("--token-url"),
            host.tokenUrl().toString(), QStringLiteral("--client-id"),
            QString(hubsim::kDemoClientId), QStringLiteral("--all"), QStringLiteral("--page-size"),
            QStringLiteral("1000"), QStringLiteral("--max-bytes"), QStringLiteral("8G"),
            QStringLiteral("-o"), path});
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        qFatal("export failed: %s", process.readAllStandardError().constData());
    const double seconds = double(timer.elapsed()) / 1000.0;
    const QByteArray last = process.readAllStandardError().trimmed().split('\n').last();
    if (!last.startsWith("peak "))
        qFatal("no peak memory from /usr/bin/time: %s", last.constData());
    const double peakMB = last.mid(5).toDouble() * 1024.0 / 1e6;
    return {QStringLiteral("Export --all of %1 records to a file: peak memory")
                .arg(QLocale::c().toString(count)),
        QStringLiteral("MB"), QStringLiteral("lower"), peakMB, compactMB,
        QStringLiteral("the records' compact JSON"),
        QStringLiteral("peak RSS (GNU time); target under 150 MB; pages of 1000; %1 MB file in "
                       "%2 s")
            .arg(qRound(double(QFileInfo(path).size()) / 1e6))
            .arg(seconds, 0, 'f', 1)};
}

/// `diff` of a @p count-record export file with itself, as a user runs it (the real executable
/// under GNU time: start-up, reading both files with the loader File → Open snapshot uses,
/// comparing), against a bare QJsonDocument::fromJson of the same two files in this process
/// (time) and against the two files' size (peak memory).
QList<Result> benchDiff(const QString &console, int count)
{
    const hubsim::Dataset dataset = hubsim::Dataset::generate(7, count);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("snapshot.json"));
    writeSnapshotFile(dataset, path);
    const double filesMB = 2.0 * double(QFileInfo(path).size()) / 1e6;
    const QString countText = QLocale::c().toString(count);

    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("/usr/bin/time"),
        {QStringLiteral("-f"), QStringLiteral("peak %M"), console, QStringLiteral("diff"), path,
            path});
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        qFatal("diff failed: %s", process.readAllStandardError().constData());
    const double oursMs = double(timer.elapsed());
    const QByteArray last = process.readAllStandardError().trimmed().split('\n').last();
    if (!last.startsWith("peak "))
        qFatal("no peak memory from /usr/bin/time: %s", last.constData());
    const double peakMB = last.mid(5).toDouble() * 1024.0 / 1e6;

    timer.restart();
    for (int file = 0; file < 2; ++file) {
        QFile input(path);
        if (!input.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        if (!QJsonDocument::fromJson(input.readAll()).isObject())
            qFatal("QJsonDocument did not read %s", qPrintable(path));
    }
    const double baselineMs = double(timer.elapsed());
    return {
        {QStringLiteral("Diff of a %1-record file with itself: time").arg(countText),
            QStringLiteral("ms"), QStringLiteral("lower"), oursMs, baselineMs,
            QStringLiteral("QJsonDocument::fromJson of the two files"),
            QStringLiteral("target at most 1.5x its time (ratio at least 0.67x); ours is the "
                           "`diff` process; %1 MB compact files")
                .arg(qRound(filesMB / 2))},
        {QStringLiteral("Diff of a %1-record file with itself: peak memory").arg(countText),
            QStringLiteral("MB"), QStringLiteral("lower"), peakMB, filesMB,
            QStringLiteral("the two files' size"),
            QStringLiteral("peak RSS (GNU time); target at most 2x (ratio at least 0.50x)")},
    };
}

/// Writing loaded records to a file as the export does (JsonRecordSink into an AtomicOutput,
/// page by page) against QFile::write of the very bytes it wrote, in one call.
Result benchWrite(const hubsim::Dataset &dataset, int count, ExportDocument::Style style)
{
    const int pageSize = 100;
    QList<QList<Orchestration>> pages;
    {
        StringInterner interner;
        for (int first = 0; first < count; first += pageSize)
            pages += parseOrchestrationPage(
                pageBody(dataset, first % (dataset.size() - pageSize), pageSize), &interner)
                         .page->records;
    }
    QTemporaryDir dir;
    const QString ourPath = dir.filePath(QStringLiteral("ours.json"));
    const QString basePath = dir.filePath(QStringLiteral("baseline.json"));
    qint64 bytes = 0;
    const double ours = medianMs(3, [&] {
        AtomicOutput output(ourPath);
        JsonRecordSink sink(style);
        QByteArray pending;
        bool ok = output.open();
        sink.begin(pending);
        for (const QList<Orchestration> &page : std::as_const(pages)) {
            for (const Orchestration &record : page)
                sink.add(pending, record);
            ok = ok && output.write(pending);
            pending.resize(0);
        }
        sink.end(pending, PaginationInfo(), ExportInfo());
        ok = ok && output.write(pending) && output.commit();
        if (!ok)
            qFatal("write failed: %s", qPrintable(output.errorString()));
        bytes = output.size();
    });
    QFile written(ourPath);
    if (!written.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(ourPath));
    const QByteArray data = written.readAll();
    const double baseline = medianMs(3, [&] {
        QFile file(basePath);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("write failed: %s", qPrintable(file.errorString()));
        file.close();
    });
    const double mb = double(bytes) / 1e6;
    return {QStringLiteral("Write %1 loaded records to a file, %2")
                .arg(QLocale::c().toString(count),
                    style == ExportDocument::Style::Indented ? QStringLiteral("indented")
                                                             : QStringLiteral("compact")),
        QStringLiteral("MB/s"), QStringLiteral("higher"), mb / (ours / 1000.0),
        mb / (baseline / 1000.0), QStringLiteral("QFile::write of the same bytes"),
        QStringLiteral("%1 MB; target at least 0.40x; ours formats, writes page by page and "
                       "renames (QSaveFile)")
            .arg(qRound(mb))};
}

/// Runs @p program with @p arguments, writing @p input to its standard input (a curl config,
/// so no token ever appears on a command line); exits on failure.
void runTool(const QString &program, const QStringList &arguments, const QByteArray &input,
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
}

/// Fetching every page as the headless export does (the real executable: start-up, token and
/// writing the file included) against curl fetching the same URLs with the same kind of token:
/// six at a time over reused connections, and one curl after the other.
QList<Result> benchFetch(const QString &console, int count, int pageSize, int latencyMs, int runs)
{
    hubsim::SimulatorConfig config;
    config.count = count;
    config.latencyMs = latencyMs;
    config.maxPageSize = std::max(pageSize, config.maxPageSize);
    hubsim::SimulatorHost host(config);
    QString error;
    if (!host.start(&error))
        qFatal("simulator: %s", qPrintable(error));
    QTemporaryDir dir;

    // One token for curl, fetched (untimed) the way the export fetches its own (timed).
    QProcess tokenFetch;
    tokenFetch.start(QStringLiteral("curl"), {QStringLiteral("-sS"), QStringLiteral("-K-")});
    tokenFetch.write("url = \"" + host.tokenUrl().toEncoded() + "\"\n"
        + "data = \"grant_type=client_credentials&client_id="
        + QString(hubsim::kDemoClientId).toUtf8()
        + "&client_secret=" + QString(hubsim::kDemoClientSecret).toUtf8() + "\"\n");
    tokenFetch.closeWriteChannel();
    tokenFetch.waitForFinished(-1);
    const QByteArray token = QJsonDocument::fromJson(tokenFetch.readAllStandardOutput())
                                 .object()
                                 .value(QLatin1String("access_token"))
                                 .toString()
                                 .toUtf8();
    if (token.isEmpty())
        qFatal("curl got no token");
    const QByteArray header = "header = \"Authorization: Bearer " + token + "\"\n";
    QList<QByteArray> urls;
    for (int page = 1; (page - 1) * pageSize < count; ++page) {
        QUrl url = host.orchestrationsUrl();
        url.setQuery(QStringLiteral("$pagenum=%1&$pagesize=%2").arg(page).arg(pageSize));
        urls += url.toEncoded();
    }

    const auto timed = [runs](const std::function<void()> &work) { return medianMs(runs, work); };
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(
        QStringLiteral("ORCHESTRATION_CONSOLE_CLIENT_SECRET"), QString(hubsim::kDemoClientSecret));
    env.remove(QStringLiteral("ORCHESTRATION_CONSOLE_ACCESS_TOKEN"));
    const double ours = timed([&] {
        runTool(console,
            {QStringLiteral("export"), QStringLiteral("--base-url"), host.baseUrl().toString(),
                QStringLiteral("--token-url"), host.tokenUrl().toString(),
                QStringLiteral("--client-id"), QString(hubsim::kDemoClientId),
                QStringLiteral("--all"), QStringLiteral("--page-size"), QString::number(pageSize),
                QStringLiteral("--compact"), QStringLiteral("-o"),
                dir.filePath(QStringLiteral("ours.json"))},
            {}, env);
    });
    const double parallel = timed([&] {
        QByteArray configText = header;
        for (int i = 0; i < urls.size(); ++i)
            configText += "url = \"" + urls.at(i) + "\"\noutput = \""
                + QFile::encodeName(dir.filePath(QStringLiteral("page%1.json").arg(i))) + "\"\n";
        runTool(QStringLiteral("curl"),
            {QStringLiteral("-sSf"), QStringLiteral("--parallel"), QStringLiteral("--parallel-max"),
                QStringLiteral("6"), QStringLiteral("-K-")},
            configText);
    });
    const double sequential = timed([&] {
        for (const QByteArray &url : std::as_const(urls))
            runTool(QStringLiteral("curl"), {QStringLiteral("-sSf"), QStringLiteral("-K-")},
                header + "url = \"" + url + "\"\noutput = \""
                    + QFile::encodeName(dir.filePath(QStringLiteral("page.json"))) + "\"\n");
    });
    const QString name = QStringLiteral("Fetch %1 records in pages of %2, %3 ms server latency")
                             .arg(QLocale::c().toString(count))
                             .arg(pageSize)
                             .arg(latencyMs);
    const QString note =
        QStringLiteral("median of %1; ours is `export --all` (start-up, token, file included); "
                       "curl's token is fetched beforehand")
            .arg(runs);
    return {{name, QStringLiteral("ms"), QStringLiteral("lower"), ours, parallel,
                QStringLiteral("curl --parallel --parallel-max 6"),
                note + QStringLiteral("; target at most 1.15x its time (ratio at least 0.87x)")},
        {name, QStringLiteral("ms"), QStringLiteral("lower"), ours, sequential,
            QStringLiteral("a sequential curl loop"),
            note + QStringLiteral("; target at most 0.35x its time (ratio at least 2.86x)")}};
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
    const QCommandLineOption console(QStringLiteral("console"),
        QStringLiteral("The orchestration-console executable, for the export rows."),
        QStringLiteral("FILE"));
    const QCommandLineOption million(QStringLiteral("million"),
        QStringLiteral("Also export and diff 1,000,000 records (slow: minutes, several GB)."));
    parser.addOptions({outputDir, quick, console, million});
    parser.process(app);
    const bool small = parser.isSet(quick);

    const hubsim::Dataset dataset = hubsim::Dataset::generate(7, 5000);
    QList<Result> results;
    results += benchParse(dataset, small ? 40 : 400);
    results += benchMemory(dataset, small ? 10'000 : 100'000);
    results += benchSearch(dataset, small ? 10'000 : 100'000);
    results += benchScan(small ? 1500 : 5000, 20);
    results += benchWrite(dataset, small ? 10'000 : 100'000, ExportDocument::Style::Indented);
    results += benchWrite(dataset, small ? 10'000 : 100'000, ExportDocument::Style::Compact);
    if (parser.isSet(console) && !QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        results += benchFetch(parser.value(console), small ? 2000 : 10'000, 100, 20, small ? 1 : 5);
    if (parser.isSet(console) && QFile::exists(QStringLiteral("/usr/bin/time"))) {
        results += benchExportMemory(parser.value(console), small ? 20'000 : 100'000);
        results += benchDiff(parser.value(console), small ? 20'000 : 100'000);
        if (parser.isSet(million)) {
            results += benchExportMemory(parser.value(console), 1'000'000);
            results += benchDiff(parser.value(console), 1'000'000);
        }
    }

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
