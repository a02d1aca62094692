#pragma once

#include <QByteArrayView>
#include <QString>

class QIODevice;

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
 * FIFO or a socket (links followed: /dev/stdout), the data is written straight into it, the
 * node itself is never replaced, and a failed write (/dev/full) is reported all the same.
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
