#pragma once

// Runs the real orchestration-console executable as a user or a script would, for the tests
// that judge it by exit code, stdout, stderr and the files it leaves.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStringList>

namespace testsupport {

struct ConsoleRun
{
    QStringList arguments;
    int exitCode = -1; ///< -1 when it crashed or did not finish
    QByteArray out;
    QByteArray err;
};

/// Where a run's standard streams go, beyond the defaults (stdout captured, stdin empty).
struct ConsoleIo
{
    QString stdoutFile; ///< stdout into this file or device (e.g. /dev/full); empty: captured
    QByteArray stdinData; ///< written to stdin, which is then closed
};

/**
 * Runs @p executable with @p arguments in @p env. A simulator in the test's own thread keeps
 * serving meanwhile: the wait spins the event loop and never blocks it. At most a minute.
 */
inline ConsoleRun runConsole(const QString &executable, const QStringList &arguments,
    const QProcessEnvironment &env, const ConsoleIo &io = {})
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (!io.stdoutFile.isEmpty())
        process.setStandardOutputFile(io.stdoutFile);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(executable, arguments);
    if (process.waitForStarted(10000)) {
        process.write(io.stdinData);
        process.closeWriteChannel();
    }
    ConsoleRun result;
    result.arguments = arguments;
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
        qWarning("%s did not finish; stderr: %s", qPrintable(arguments.value(0)),
            process.readAllStandardError().constData());
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

/// The JSON object in the file at @p path; empty when it is missing or not an object.
inline QJsonObject readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace testsupport
