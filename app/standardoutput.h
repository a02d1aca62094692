#pragma once

#include <QByteArrayView>
#include <QString>

class QFile;

/**
 * Opens @p out on the process's standard output, unbuffered, after flushing what stdio
 * queued; false with the system's reason in @p error (translated).
 */
bool openStandardOutput(QFile &out, QString *error);

/**
 * Writes @p data to the process's standard output, all of it, unbuffered: a command that
 * prints learns at once that the bytes did not arrive (a full disk behind `> file`,
 * /dev/full, a closed pipe) instead of losing the error in a buffer flushed at exit.
 * Returns false with the system's reason in @p error (translated).
 */
bool writeStandardOutput(QByteArrayView data, QString *error);

/**
 * As writeStandardOutput(), and on failure says so in one line on standard error
 * ("orchestration-console: cannot write to standard output: No space left on device").
 * Returns whether every byte was written; the caller picks the exit code.
 */
bool printStandardOutput(QByteArrayView data);

/// Says on standard error, in one line, that standard output failed and why (@p error).
void reportStandardOutputFailure(const QString &error);
