#pragma once

// Shared by the keychain tests: waiting for SecretStore answers without blocking the event
// loop, deciding what a missing Secret Service means, and searching files for a secret.

#include "models/connections/secretstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QObject>
#include <QStringList>
#include <QTest>
#include <functional>
#include <optional>

namespace keychaintest {

/// A service name of the tests' own, so they never touch the application's entries.
inline const QString kTestService = QStringLiteral("io.github.ochub.OrchestrationConsole.tests");

/// Starts one SecretStore call and spins the event loop until it answers (or @p timeoutMs).
inline std::optional<SecretStore::Result> waitForResult(
    const std::function<void(QObject *, SecretStore::Callback)> &start, int timeoutMs = 30000)
{
    QObject context;
    std::optional<SecretStore::Result> result;
    start(&context, [&result](const SecretStore::Result &answer) { result = answer; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        qWarning("no answer from the SecretStore within %d ms", timeoutMs);
    return result;
}

/**
 * Empty when @p store reaches a working keychain; otherwise why not. The probe writes and
 * deletes an entry of a throw-away profile.
 */
inline QString probeKeychain(SecretStore &store)
{
    const QUuid probe = QUuid::createUuid();
    const auto written = waitForResult([&](QObject *context, SecretStore::Callback done) {
        store.write(probe, QStringLiteral("probe"), QStringLiteral("probe-value"), context, done);
    });
    if (!written)
        return QStringLiteral("the keychain probe did not answer");
    if (written->sessionOnly)
        return QStringLiteral("no working Secret Service: ") + written->message;
    waitForResult([&](QObject *context, SecretStore::Callback done) {
        store.forgetProfile(probe, context, done);
    });
    return {};
}

/// Files under @p root whose bytes contain @p needle (as UTF-8), as paths.
inline QStringList filesContaining(const QString &root, const QString &needle)
{
    QStringList hits;
    const QByteArray bytes = needle.toUtf8();
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(bytes))
            hits.append(path);
    }
    return hits;
}

/// Every regular file under @p root, for "something was written" checks.
inline QStringList allFiles(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

} // namespace keychaintest

/// Fails (with CI set) or skips the test when no Secret Service answers: CI must never pass
/// the keychain tests without the real thing.
#define REQUIRE_SECRET_SERVICE(store)                                                              \
    do {                                                                                           \
        const QString whyNot = keychaintest::probeKeychain(store);                                 \
        if (!whyNot.isEmpty()) {                                                                   \
            if (qEnvironmentVariableIsSet("CI"))                                                   \
                QFAIL(qPrintable(whyNot));                                                         \
            QSKIP(qPrintable(whyNot + QStringLiteral(" (run under tools/dev test)")));             \
        }                                                                                          \
    } while (false)
