#pragma once

#include <QByteArrayView>
#include <QString>
#include <memory>

class QIODevice;
class QSaveFile;
class QTemporaryFile;

/// The outcome of writing a user's file.
struct FileWriteResult
{
    bool ok = false;
    QString error; ///< user-readable, translated: names the path and the system's reason
};

/**
 * Replaces the file at @p path with @p data, all or nothing: the data goes to a temporary
 * file beside it, which is renamed over the target only once fully written (QSaveFile).
 * On any failure the old file is untouched and no temporary file is left behind. On POSIX
 * the directory is synced after the rename, so the new name survives a power loss.
 *
 * Atomic replace is for regular files: when @p path names a character or block device, a
 * FIFO or a socket (links followed: /dev/stdout), the data is written into it, the node
 * itself is never replaced, and a failed write (/dev/full) is reported all the same.
 * The same as AtomicOutput, written in one piece.
 */
FileWriteResult writeFileAtomically(const QString &path, QByteArrayView data);

/**
 * Writes all of @p data to @p device, looping over short writes; false at the first write that
 * fails or writes nothing (the device's errorString() says why).
 */
bool writeAll(QIODevice &device, QByteArrayView data);

/**
 * Makes a completed rename of @p filePath durable: on POSIX the directory holding it is
 * fsynced, since the new name is on disk only once its directory entry is. A failure is
 * logged (the data itself is already safe); elsewhere it does nothing.
 */
void syncParentDirectory(const QString &filePath);

/**
 * A user's file written piece by piece, with writeFileAtomically()'s promise: nothing at the
 * target changes until commit(), and a failure or discard() leaves the old file as it was
 * and no temporary file behind. Memory stays bounded by the pieces, whatever the size.
 *
 * A regular file goes to a temporary file beside it (QSaveFile), renamed over it at commit().
 * A stream node (a device, FIFO or socket; on Windows NUL, CON...) cannot be replaced and a
 * reader would see a half-written document: the bytes wait in a temporary file (the system's
 * temporary folder) and commit() copies them into the node. commitTo() does the same for a
 * stream the caller opened, such as standard output (constructed without a path).
 *
 * Destroying an output that was not committed discards it.
 */
class AtomicOutput
{
public:
    /// Output to @p path, replaced or written through at commit().
    explicit AtomicOutput(const QString &path);
    /// Output that commitTo() copies into a stream.
    AtomicOutput();
    ~AtomicOutput();
    AtomicOutput(const AtomicOutput &) = delete;
    AtomicOutput &operator=(const AtomicOutput &) = delete;

    /// Creates the temporary file; false with errorString() set.
    bool open();
    /// Appends @p data; false with errorString() set (the output is then discarded).
    bool write(QByteArrayView data);
    /// Makes the bytes written the file at the path; false with errorString() set.
    bool commit();
    /// Copies the bytes written into @p stream (open for writing); false with errorString()
    /// set to the stream's reason alone (the caller names the stream).
    bool commitTo(QIODevice &stream);
    /// Drops everything written; the target stays as it was.
    void discard();

    /// Bytes written so far.
    qint64 size() const { return m_size; }
    /// User-readable, translated: names the path and the system's reason.
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &reason);
    bool copySpool(QIODevice &stream);

    QString m_path;
    bool m_throughStream = false; ///< the bytes wait in m_spool for a stream
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QTemporaryFile> m_spool;
    qint64 m_size = 0;
    QString m_error;
};
