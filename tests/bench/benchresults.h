#pragma once

// What the benchmarks share: a row (ours next to a baseline measured in the same run), the
// median of a few timings, and the BENCHMARKS.md table and benchmarks.json they write.

#include "models/core/buildinfo.h"
#include "sim/dataset.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <functional>
#include <vector>

namespace bench {

/// Records [@p first, @p first + @p count) of @p dataset as one API page.
inline QByteArray pageBody(const hubsim::Dataset &dataset, int first, int count)
{
    QByteArray body = "{\"paginationInfo\":{\"count\":" + QByteArray::number(dataset.size())
        + ",\"pagenum\":1,\"pagesize\":" + QByteArray::number(count) + "},\"orchestration\":[";
    dataset.appendRecords(body, first, count);
    body += "]}";
    return body;
}

/// Every record of @p dataset as one page in the file @p path: a snapshot to open.
inline void writeSnapshotFile(const hubsim::Dataset &dataset, const QString &path)
{
    const QByteArray page = pageBody(dataset, 0, dataset.size());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(page) != page.size())
        qFatal("cannot write %s", qPrintable(path));
}

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
inline double medianMs(int runs, const std::function<void()> &work)
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

inline QString formatNumber(double value)
{
    return value >= 100 ? QLocale::c().toString(qRound64(value)) : QString::number(value, 'f', 1);
}

/// The table's rows, one a line, each with its ratio (> 1: ours is better).
inline QString markdownRows(const QList<Result> &results)
{
    QString text;
    QTextStream out(&text);
    for (const Result &r : results) {
        const double ratio =
            r.better == QLatin1String("higher") ? r.ours / r.baseline : r.baseline / r.ours;
        out << "| " << r.name << " | " << formatNumber(r.ours) << ' ' << r.unit << " | "
            << formatNumber(r.baseline) << ' ' << r.unit << " | " << QString::number(ratio, 'f', 2)
            << "x | " << r.baselineName << " | " << r.note << " |\n";
    }
    return text;
}

/// BENCHMARKS.md: what wrote it, the machine and the date, and the table.
inline QString markdown(const QList<Result> &results)
{
    QString text;
    QTextStream out(&text);
    out << "# Benchmarks\n\n"
        << "Written by `bench_engine` and `bench_gui` (`tools/dev bench`), which measure each "
           "row and its\n"
        << "baseline in the same run on the same machine. Ratio > 1 means ours is better.\n\n"
        << "Version " << CONSOLE_VERSION << ", " << QSysInfo::prettyProductName() << ", "
        << QSysInfo::currentCpuArchitecture() << ", " << QThread::idealThreadCount() << " cores, "
        << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << ".\n"
        << "Commands: `nice bench_engine --console orchestration-console` then `nice bench_gui "
           "--append BENCHMARKS.md --console orchestration-console` (offscreen), as "
           "`tools/dev bench` runs them; on a shared machine timings are noisy, the ratios "
           "within one run are what count.\n\n"
        << "| benchmark | ours | baseline | ratio | baseline is | note |\n"
        << "|---|---:|---:|---:|---|---|\n";
    out.flush();
    return text + markdownRows(results);
}

inline QJsonDocument json(const QList<Result> &results)
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

inline bool writeFile(const QString &path, const QByteArray &data, bool append = false)
{
    QFile file(path);
    return file.open(append ? QIODevice::Append : QIODevice::WriteOnly)
        && file.write(data) == data.size();
}

} // namespace bench
