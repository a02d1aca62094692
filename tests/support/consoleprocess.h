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

/**
 * Runs @p executable with @p arguments in @p env. A simulator in the test's own thread keeps
 * serving meanwhile: the wait spins the event loop and never blocks it. At most a minute.
 */
inline ConsoleRun runConsole(
    const QString &executable, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(executable, arguments);
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
