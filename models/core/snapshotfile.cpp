#include "models/core/snapshotfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>
#include <QThread>
#include <atomic>

Q_LOGGING_CATEGORY(lcSnapshot, "console.snapshot")

namespace {

/// Bytes per read() call: between chunks the reader reports progress and notices a cancel.
constexpr qint64 kReadChunk = qint64(4) << 20;

/// The translation context of this file's messages (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotFile)
};

} // namespace

bool SnapshotFile::hasFullRecords() const
{
    return document.info.extra.value(QLatin1StringView("content")).toString()
        != QLatin1StringView("columns");
}

QString SnapshotFile::description() const
{
    const ExportInfo &info = document.info;
    const QString where = info.baseUrl.isEmpty()
        ? QDir::toNativeSeparators(QFileInfo(path).fileName())
        : info.baseUrl.toDisplayString();
    if (!info.exportedAt.isValid())
        return Text::tr("Snapshot of %1").arg(where);
    // A date a person reads, in their own time zone; the file keeps the exact instant.
    return Text::tr("Snapshot of %1 taken %2")
        .arg(where, QLocale().toString(info.exportedAt.toLocalTime(), QLocale::LongFormat));
}

QJsonObject SnapshotFile::sourceJson() const
{
    const ExportInfo &info = document.info;
    return QJsonObject {
        {QStringLiteral("file"), QFileInfo(path).fileName()},
        {QStringLiteral("baseUrl"),
            ExportDocument::sanitizedBaseUrl(info.baseUrl).toString(QUrl::FullyEncoded)},
        {QStringLiteral("exportedAt"),
            info.exportedAt.isValid()
                ? QJsonValue(info.exportedAt.toUTC().toString(Qt::ISODateWithMs))
                : QJsonValue(QJsonValue::Null)},
    };
}

std::optional<SnapshotFile> SnapshotFile::read(
    const QString &path, QString *error, const ReadProgress &progress)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("Cannot open \"%1\": %2").arg(shown, file.errorString());
        return std::nullopt;
    }
    const auto tooLarge = [&](qint64 size) {
        if (error)
            *error = Text::tr("\"%1\" is too large to open (%2 MiB; at most %3 MiB).")
                         .arg(shown)
                         .arg(size >> 20)
                         .arg(kMaxBytes >> 20);
        return std::nullopt;
    };
    const qint64 total = file.size();
    if (total > kMaxBytes)
        return tooLarge(total);
    // In chunks, so a caller can show progress and stop early; one allocation for a regular file.
    QByteArray bytes;
    bytes.reserve(qsizetype(total + kReadChunk));
    for (;;) {
        const qsizetype before = bytes.size();
        bytes.resize(before + qsizetype(kReadChunk));
        const qint64 got = file.read(bytes.data() + before, kReadChunk);
        bytes.resize(before + qsizetype(std::max<qint64>(got, 0)));
        if (got < 0) {
            if (error)
                *error = Text::tr("Cannot read \"%1\": %2").arg(shown, file.errorString());
            return std::nullopt;
        }
        if (got == 0)
            break;
        if (bytes.size() > kMaxBytes) // a file that grew, or one whose size is not known
            return tooLarge(bytes.size());
        if (progress && !progress(bytes.size(), total)) {
            if (error)
                *error = Text::tr("Opening \"%1\" was cancelled.").arg(shown);
            return std::nullopt;
        }
    }
    return fromBytes(bytes, path, error);
}

std::optional<SnapshotFile> SnapshotFile::fromBytes(
    const QByteArray &bytes, const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    ExportDocument::ReadResult read = ExportDocument::fromJson(bytes);
    if (!read.document) {
        if (error)
            *error = Text::tr("\"%1\" is not an export or an API page: %2").arg(shown, read.error);
        return std::nullopt;
    }
    SnapshotFile snapshot;
    snapshot.path = path;
    snapshot.document = std::move(*read.document);
    for (const ValidationWarning &warning : std::as_const(read.warnings))
        snapshot.warnings.append(warning.path.isEmpty()
                ? warning.message
                : QString(warning.path % QLatin1String(": ") % warning.message));
    if (!snapshot.hasFullRecords()) {
        const QJsonArray columns =
            snapshot.document.info.extra.value(QLatin1StringView("columns")).toArray();
        QStringList names;
        for (const QJsonValue &column : columns)
            names.append(column.toString());
        snapshot.warnings.prepend(Text::tr("The file holds only the columns %1, not full records.")
                                      .arg(names.join(QStringLiteral(", "))));
    }
    return snapshot;
}

// --- SnapshotLoadJob ---

struct SnapshotLoadJob::Shared
{
    std::atomic<bool> cancelled {false};
};

SnapshotLoadJob::SnapshotLoadJob(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_shared(std::make_shared<Shared>())
{
    qRegisterMetaType<SnapshotLoadResult>();
}

SnapshotLoadJob::~SnapshotLoadJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void SnapshotLoadJob::cancel()
{
    m_shared->cancelled = true;
}

bool SnapshotLoadJob::isRunning() const
{
    return m_thread && !m_finished;
}

void SnapshotLoadJob::start()
{
    if (m_thread)
        return;
    // The worker posts to this object; ~SnapshotLoadJob waits for it, so it never outlives us.
    m_thread = QThread::create([this, shared = m_shared, path = m_path] {
        SnapshotLoadResult result;
        result.path = path;
        const auto onProgress = [this, shared](qint64 read, qint64 total) {
            if (shared->cancelled)
                return false;
            QMetaObject::invokeMethod(
                this, [this, read, total] { emit progress(read, total); }, Qt::QueuedConnection);
            return true;
        };
        result.snapshot = SnapshotFile::read(path, &result.error, onProgress);
        if (shared->cancelled) {
            result.snapshot.reset();
            result.cancelled = true;
            result.error =
                Text::tr("Opening \"%1\" was cancelled.").arg(QDir::toNativeSeparators(path));
        }
        QMetaObject::invokeMethod(
            this, [this, result = std::move(result)] { deliver(result); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("snapshot-loader"));
    m_thread->start();
}

void SnapshotLoadJob::deliver(const SnapshotLoadResult &delivered)
{
    if (m_finished)
        return;
    m_finished = true;
    SnapshotLoadResult result = delivered;
    if (m_shared->cancelled && !result.cancelled) {
        // Cancelled after the worker was done: what the user sees must not depend on that race.
        result.snapshot.reset();
        result.cancelled = true;
        result.error =
            Text::tr("Opening \"%1\" was cancelled.").arg(QDir::toNativeSeparators(m_path));
    }
    if (!result.ok() && !result.cancelled)
        qCWarning(lcSnapshot).noquote() << "snapshot not opened:" << result.error;
    emit finished(result);
}
