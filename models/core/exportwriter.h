#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QSaveFile;
class QThread;

/// How an ExportWriteJob ended.
struct ExportWriteResult
{
    enum class Outcome { Written, Cancelled, Failed };
    Outcome outcome = Outcome::Failed;
    QString error; ///< user-readable, translated; names the file and the system's reason
    qint64 bytes = 0; ///< bytes in the file when Written

    bool ok() const { return outcome == Outcome::Written; }
};

/**
 * Builds a file's bytes and writes them, both in a worker thread, so the window stays
 * responsive; reports progress and can be cancelled at any point before the commit.
 *
 * The write is all or nothing (QSaveFile): the bytes go to a temporary file beside the
 * target (an unnamed one where the file system allows it, so even a crash leaves nothing
 * behind), which replaces the target only once complete; on POSIX the directory is synced
 * after the rename. A failed or cancelled write leaves the old file as it was and no
 * temporary file behind.
 *
 * finished() is emitted exactly once, in the job's thread. Destroying a running job
 * cancels it and waits for the worker.
 */
class ExportWriteJob : public QObject
{
    Q_OBJECT
public:
    /// Makes the file's bytes; runs in the worker thread, so it must only read shared data.
    using Builder = std::function<QByteArray()>;
    /// Makes the QSaveFile for a path: the seam where a test injects a failing device.
    using FileFactory = std::function<std::unique_ptr<QSaveFile>(const QString &path)>;

    ExportWriteJob(const QString &path, Builder builder, QObject *parent = nullptr);
    ~ExportWriteJob() override;

    QString path() const { return m_path; }

    /// Replaces the QSaveFile the job writes through (tests only); before start().
    void setFileFactory(FileFactory factory);
    /// Bytes per write() call, between which cancel() is noticed (default 256 KiB).
    void setChunkSize(qint64 bytes);

    void start();
    /// Stops before the commit: the old file stays. Thread-safe; nothing once committed.
    void cancel();
    bool isRunning() const;

signals:
    /// Building the bytes is done; @p total bytes will be written.
    void built(qint64 total);
    void progress(qint64 written, qint64 total);
    void finished(const ExportWriteResult &result);

private:
    struct Shared;
    void deliver(const ExportWriteResult &result);

    QString m_path;
    Builder m_builder;
    FileFactory m_factory;
    qint64 m_chunkSize = 256 * 1024;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
    bool m_finished = false;
};

Q_DECLARE_METATYPE(ExportWriteResult)
