#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUuid>
#include <functional>
#include <memory>

class KeychainBackend;

Q_DECLARE_LOGGING_CATEGORY(lcKeychain)

/**
 * The OS keychain (QtKeychain: Secret Service, macOS Keychain, Windows Credential Manager)
 * for the secrets of connection profiles, behind one asynchronous interface.
 *
 * This is the policy (profile-scoped keys, chunks, the index, timeouts, the session-only
 * fallback); the raw entries are read and written through a KeychainBackend, by default the
 * OS keychain (QtKeychainBackend), in tests one in memory (InMemoryKeychainBackend).
 *
 * Entries live under the service name (the application id) with keys scoped by the
 * profile's id: `<profile-uuid>/<name>`, e.g. `.../client-secret`, `.../access-token`, plus
 * `<profile-uuid>/index` listing what was stored, so forgetProfile() deletes it all.
 *
 * Promises:
 * - every call answers exactly once, later (never inside the call), unless @p context is
 *   destroyed first; calls run one after another in call order;
 * - nothing reported as "not stored" is an error: an absent entry is Status::NotFound;
 * - each keychain job has a timeout (setTimeoutMs()): a hung Secret Service is reported as
 *   Problem::NotAnswering and never blocks the event loop; an answer arriving after its
 *   timeout is ignored;
 * - values longer than kMaxEntryBytes (the Windows Credential Manager limit) are split into
 *   chunks of at most kMaxEntryBytes each and joined again on reading; an incomplete set of
 *   chunks reads as Status::Corrupt, never as a wrong value;
 * - when the keychain fails (no Secret Service, locked, access denied, not answering) the
 *   store switches to session-only mode for the rest of its life: values are kept in this
 *   object's memory only, sessionOnlyStarted() says why, and the call that met the failure
 *   is carried out in memory and reports the Problem. There is no plaintext fallback;
 * - a value never reaches a log line, an error message or disk outside the keychain.
 */
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok, ///< done; for read(), value holds what was stored
        NotFound, ///< nothing stored under that name
        Corrupt, ///< an entry exists but cannot be read back whole (e.g. a chunk is missing)
    };
    enum class Problem {
        None,
        Unavailable, ///< no keychain, locked, or access denied
        NotAnswering, ///< a keychain job did not finish within the timeout
    };

    /// The answer to one call.
    struct Result
    {
        Status status = Status::Ok;
        QString value; ///< read(): the secret; never log it
        bool sessionOnly = false; ///< served from memory, not the keychain
        Problem problem = Problem::None; ///< the keychain failed during this call
        QString message; ///< user-readable (translated) when problem != None or Corrupt
        QString detail; ///< the keychain's own short words for the problem, for one-line errors

        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &result)>;

    inline static const QString kClientSecret = QStringLiteral("client-secret");
    inline static const QString kAccessToken = QStringLiteral("access-token");

    /// Windows Credential Manager's limit for one entry, applied on every platform.
    static constexpr int kMaxEntryBytes = 2560;
    static constexpr int kDefaultTimeoutMs = 15000;

    /// The keychain under the application id (CONSOLE_APP_ID).
    explicit SecretStore(QObject *parent = nullptr);
    /// The keychain under @p service (tests use their own).
    explicit SecretStore(const QString &service, QObject *parent = nullptr);
    /// The entries of @p backend (never null). Shared: like a keychain, a backend may outlive
    /// one store and serve the next (tests use that for "after a restart").
    explicit SecretStore(std::shared_ptr<KeychainBackend> backend, QObject *parent = nullptr);
    ~SecretStore() override;

    /// The service the backend's entries live under.
    QString service() const;

    /// The value stored as @p name for @p profile.
    void read(const QUuid &profile, const QString &name, QObject *context, Callback callback);
    /// Stores @p value as @p name for @p profile, replacing what was there.
    void write(const QUuid &profile, const QString &name, const QString &value, QObject *context,
        Callback callback);
    /// Deletes @p name of @p profile; Ok also when nothing was stored.
    void remove(const QUuid &profile, const QString &name, QObject *context, Callback callback);
    /// Deletes every entry of @p profile: its secret, its token, and anything in its index.
    void forgetProfile(const QUuid &profile, QObject *context, Callback callback);

    /// How long one keychain job may take before it counts as not answering.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

    bool isSessionOnly() const { return m_sessionOnly; }
    /// Why the store is session-only (translated), empty when it is not.
    QString sessionOnlyReason() const { return m_sessionOnlyReason; }
    /// Stops using the keychain for the rest of this object's life (e.g. the user chose to).
    void startSessionOnly(const QString &reason);

    /// Whether calls are queued or running.
    bool isBusy() const { return m_running || !m_queue.isEmpty(); }
    /// Answers already timed out that arrived later and were ignored (diagnostics, tests).
    int ignoredLateAnswers() const { return m_ignoredLateAnswers; }

    /// The keychain key of @p name for @p profile.
    static QString keyFor(const QUuid &profile, const QString &name);

signals:
    /// The keychain failed; from now on values are kept in memory only. @p reason is for the user.
    void sessionOnlyStarted(const QString &reason);
    /// The last queued call has answered.
    void idle();

private:
    struct JobOutcome;
    struct Operation
    {
        enum class Kind { Read, Write, Remove, Forget };
        Kind kind = Kind::Read;
        QUuid profile;
        QString name;
        QString value; ///< Write only
        QPointer<QObject> context;
        Callback callback;
    };
    using JobCallback = std::function<void(const JobOutcome &)>;
    enum class JobKind { Read, Write, Delete };

    void enqueue(Operation operation);
    void startNext();
    void runOperation(const Operation &operation);
    void runInMemory(
        const Operation &operation, Problem problem, const QString &message, const QString &detail);
    void answer(const Operation &operation, const Result &result);
    void failOver(const Operation &operation, const JobOutcome &failure);

    void runJob(JobKind kind, const QString &key, const QByteArray &data, JobCallback done);
    void readValue(const QString &key, JobCallback done);
    void readChunks(const QString &key, int index, int count, QByteArray collected, qsizetype total,
        JobCallback done);
    void writeValue(const QString &key, const QByteArray &value, int oldChunks, JobCallback done);
    void writeChunks(
        const QString &key, const QList<QByteArray> &parts, int index, JobCallback done);
    void deleteChunks(const QString &key, int from, int to, JobCallback done);
    void deleteValue(const QString &key, int knownChunks, JobCallback done);
    void readIndex(const QUuid &profile,
        std::function<void(const JobOutcome &, const QHash<QString, int> &)> done);
    void writeIndex(const QUuid &profile, const QHash<QString, int> &index, JobCallback done);
    void deleteNames(
        const QUuid &profile, QStringList names, QHash<QString, int> index, JobCallback done);

    std::shared_ptr<KeychainBackend> m_backend;
    int m_timeoutMs = kDefaultTimeoutMs;
    bool m_sessionOnly = false;
    QString m_sessionOnlyReason;
    /// Session-only values by key. Plain values, not a backend in memory: there is nothing
    /// to chunk or index, and the call that met the failure is carried out here at once.
    QHash<QString, QString> m_memory;
    QList<Operation> m_queue;
    bool m_running = false;
    int m_ignoredLateAnswers = 0;
};
