#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>

/**
 * Raw access to one keychain: read, write or remove one entry by its key, asynchronously,
 * shaped like a QtKeychain job (ReadPasswordJob, WritePasswordJob, DeletePasswordJob).
 *
 * A backend knows nothing of profiles, chunks, indexes, timeouts or fallbacks: that policy
 * lives in SecretStore, so it is the same over the real keychain (QtKeychainBackend) and over
 * memory (InMemoryKeychainBackend, for tests).
 *
 * Promises of every backend:
 * - a call answers at most once, later (never inside the call), on @p receiver's thread,
 *   unless @p receiver is destroyed first; @p receiver must not be null;
 * - a call may never answer (a hung keychain): the caller applies its own timeout;
 * - an absent entry is Status::NotFound, for remove() too; Status::Failed is the keychain
 *   failing (no service, locked, access denied, ...);
 * - a message never carries an entry's value.
 */
class KeychainBackend
{
    Q_GADGET
public:
    enum class Status {
        Ok, ///< done; for read(), data holds the entry
        NotFound, ///< no entry under that key
        Failed, ///< the keychain failed; failure and message say how
    };
    Q_ENUM(Status)
    enum class Failure {
        None,
        NoService, ///< no keychain service at all (e.g. no Secret Service on the bus)
        AccessDenied, ///< locked, or the user or the system refused access
        Other, ///< any other failure of the keychain
    };
    Q_ENUM(Failure)

    /// The answer to one call.
    struct Answer
    {
        Status status = Status::Ok;
        Failure failure = Failure::None; ///< set when status is Failed
        QByteArray data; ///< read(): the entry's bytes; never log them
        QString message; ///< the keychain's own words when status is Failed
    };
    using Callback = std::function<void(const Answer &answer)>;

    KeychainBackend() = default;
    virtual ~KeychainBackend() = default;
    Q_DISABLE_COPY_MOVE(KeychainBackend)

    /// The service (application id) the entries live under.
    virtual QString service() const = 0;

    /// The entry under @p key.
    virtual void read(const QString &key, QObject *receiver, Callback done) = 0;
    /// Stores @p data under @p key, replacing what was there.
    virtual void write(
        const QString &key, const QByteArray &data, QObject *receiver, Callback done) = 0;
    /// Deletes the entry under @p key; NotFound when there was none.
    virtual void remove(const QString &key, QObject *receiver, Callback done) = 0;
};
