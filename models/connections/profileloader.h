#pragma once

#include "models/client/apierror.h"
#include "models/client/hubclient.h"
#include "models/client/retrypolicy.h"
#include "models/connections/connectionprofile.h"
#include "models/core/orchestration.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <memory>

class ClientStack;
class ScanJob;
class SecretStore;
class TokenPersistence;

/**
 * Every orchestration of one saved connection profile, loaded as the profile signs in: the
 * client secret and the cached token come from the keychain (read asynchronously, before
 * anything is sent), a still-good token is reused, a newly issued one is stored. Several
 * loaders run side by side (two tenants compared), each with its own client and progress.
 *
 * The result is whole or a failure: a scan that lacks records the server announced
 * (ScanJob::missing()) fails with a Failure::Incomplete saying what is missing, since a
 * comparison or a history built on it would report records as removed that are not.
 *
 * finished() is emitted exactly once, never from inside start(); cancel() ends the load with
 * Failure::Cancelled. The secret and tokens never reach errorText() or a log line.
 */
class ProfileLoader : public QObject
{
    Q_OBJECT
public:
    enum class Failure {
        None,
        Credentials, ///< nothing to sign in with: the keychain failed or holds no secret
        Remote, ///< signing in or a page failed after retries (apiError() says how)
        Incomplete, ///< the scan ended without every record the server announced
        Cancelled,
    };

    ProfileLoader(
        const ConnectionProfile &profile, SecretStore *secrets, QObject *parent = nullptr);
    ~ProfileLoader() override;

    const ConnectionProfile &profile() const { return m_profile; }

    /// A client secret to use instead of the keychain's (from the environment); before start().
    void setClientSecret(const QString &secret) { m_secretOverride = secret; }
    /// Retries of the token and page requests; before start().
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    /// Timeouts and the scan's budget; before start().
    void setOptions(const HubClientOptions &options) { m_options = options; }

    void start();
    void cancel();
    bool isRunning() const { return m_started && !m_finished; }

    Failure failure() const { return m_failure; }
    /// One translated line naming the profile and what went wrong; empty on success.
    QString errorText() const { return m_errorText; }
    /// For Failure::Remote: the error itself (for an exit code).
    const ApiError &apiError() const { return m_apiError; }
    /// Records loaded so far, and the total the server announced (-1 until known).
    qint64 loadedCount() const { return m_loaded; }
    qint64 totalCount() const { return m_total; }
    /// Every record, in server order (after a successful load).
    const QList<Orchestration> &records() const { return m_records; }
    /// What looked wrong during the scan (translated), and that count changed, if it did.
    const QStringList &warnings() const { return m_warnings; }

signals:
    /// Records loaded so far and the announced total (the loaded count when none was).
    void progress(qint64 loaded, qint64 total);
    void finished();

private:
    void begin();
    void fail(Failure failure, const QString &text);
    void onScanFinished();

    ConnectionProfile m_profile;
    QPointer<SecretStore> m_secrets;
    QString m_secretOverride;
    RetryPolicy m_policy;
    HubClientOptions m_options;
    TokenPersistence *m_persistence = nullptr;
    std::unique_ptr<ClientStack> m_stack;
    QPointer<ScanJob> m_scan;
    bool m_started = false;
    bool m_finished = false;
    Failure m_failure = Failure::None;
    QString m_errorText;
    ApiError m_apiError;
    QList<Orchestration> m_records;
    QStringList m_warnings;
    qint64 m_loaded = 0;
    qint64 m_total = -1;
};
