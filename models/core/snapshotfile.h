#pragma once

#include "models/core/exportdocument.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class QThread;

/**
 * An export file (or a raw API page response) read back: the records exactly as written,
 * where they came from, and what was odd about the file. What File -> Open shows, what
 * Compare compares against, and what `orchestration-console diff` reads.
 */
struct SnapshotFile
{
    QString path;
    ExportDocument document;
    QStringList warnings; ///< translated, e.g. "holds the visible columns only"

    /// Whether the file holds full records (not the visible columns only).
    bool hasFullRecords() const;
    /// "Snapshot of <baseUrl> taken <exportedAt>", or what is known of that.
    QString description() const;
    /// For exportInfo.source of an export made from this snapshot: {baseUrl, exportedAt, file}.
    QJsonObject sourceJson() const;

    /// Files larger than this are refused (a page is a few MiB; 100,000 records ~60 MiB).
    static constexpr qint64 kMaxBytes = qint64(1) << 30;

    /// Told the bytes read so far and the file's size (0 when unknown) after each chunk;
    /// returning false stops the read.
    using ReadProgress = std::function<bool(qint64 read, qint64 total)>;

    /// The file at @p path; nullopt with a message naming the file in @p error. Blocks on
    /// the disk: the window uses a SnapshotLoadJob instead.
    static std::optional<SnapshotFile> read(
        const QString &path, QString *error, const ReadProgress &progress = {});
    /// As read(), from bytes already in memory (@p path only names them in messages).
    static std::optional<SnapshotFile> fromBytes(
        const QByteArray &bytes, const QString &path, QString *error);
};

/// How a SnapshotLoadJob ended.
struct SnapshotLoadResult
{
    QString path;
    std::optional<SnapshotFile> snapshot; ///< the file, when it was read and parsed
    QString error; ///< translated and naming the file, when there is no snapshot
    bool cancelled = false;

    bool ok() const { return snapshot.has_value(); }
};

/**
 * Reads and parses a snapshot file (SnapshotFile::read) in a worker thread, so the window
 * stays responsive while a large export loads.
 *
 * progress() reports the bytes read; once they are all read, parsing follows (no further
 * progress until finished()). finished() is emitted exactly once, queued, in the job's
 * thread, with the parsed file or an error naming it; the worker is done with the records
 * by then, so they are safe to use on the job's thread. cancel() stops at the next chunk
 * (4 MiB) read (parsing, once begun, runs to its end and its result is dropped). Destroying a
 * running job cancels it and waits for the worker.
 */
class SnapshotLoadJob : public QObject
{
    Q_OBJECT
public:
    explicit SnapshotLoadJob(const QString &path, QObject *parent = nullptr);
    ~SnapshotLoadJob() override;

    QString path() const { return m_path; }
    void start();
    /// Thread-safe; unless finished() was emitted already, it says cancelled (and carries no
    /// snapshot), even if the worker had read the whole file.
    void cancel();
    bool isRunning() const;

signals:
    void progress(qint64 read, qint64 total);
    void finished(const SnapshotLoadResult &result);

private:
    struct Shared;
    void deliver(const SnapshotLoadResult &result);

    QString m_path;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
    bool m_finished = false;
};

Q_DECLARE_METATYPE(SnapshotLoadResult)
