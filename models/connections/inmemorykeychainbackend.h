#pragma once

#include "models/connections/keychainbackend.h"

#include <QHash>
#include <QList>
#include <QPointer>

/**
 * A keychain held in this object's memory, for running SecretStore's policy (chunks, index,
 * timeouts, session-only fallback) without a keychain service: it can fail on demand (not
 * answering, access denied, no service), and it records every call it receives.
 *
 * Promises, beyond KeychainBackend's:
 * - a call is carried out when it is made and answered through the receiver's event loop,
 *   so answers come in call order;
 * - a call met by Fault::NotAnswering is held, neither carried out nor answered, until
 *   answerHeld(); destroying the backend drops held calls unanswered;
 * - the log of calls holds operations and keys only, never data.
 */
class InMemoryKeychainBackend final : public KeychainBackend
{
public:
    enum class Operation { Read, Write, Remove };
    enum class Fault {
        None, ///< calls work
        NotAnswering, ///< calls are held, as by a hung keychain
        AccessDenied, ///< calls fail with Failure::AccessDenied
        NoService, ///< calls fail with Failure::NoService
    };

    /// One call received: what and which key (never the data).
    struct Call
    {
        Operation operation = Operation::Read;
        QString key;
    };

    explicit InMemoryKeychainBackend(const QString &service = QStringLiteral("in-memory"));

    QString service() const override { return m_service; }
    void read(const QString &key, QObject *receiver, Callback done) override;
    void write(
        const QString &key, const QByteArray &data, QObject *receiver, Callback done) override;
    void remove(const QString &key, QObject *receiver, Callback done) override;

    /**
     * From now on, after @p afterCalls more calls that work, every call meets @p fault
     * (Fault::None heals the keychain at once).
     */
    void setFault(Fault fault, int afterCalls = 0);
    Fault fault() const { return m_fault; }

    /// Carries out and answers every held call now, as a slow keychain finally would.
    /// Returns how many there were.
    int answerHeld();
    int heldCount() const { return int(m_held.size()); }

    /// What is stored, by key, as the keychain holds it.
    QHash<QString, QByteArray> entries() const { return m_entries; }
    QByteArray entry(const QString &key) const { return m_entries.value(key); }
    bool contains(const QString &key) const { return m_entries.contains(key); }
    /// Changes what is stored behind the user of the backend (e.g. loses a chunk); no call.
    void setEntry(const QString &key, const QByteArray &data) { m_entries.insert(key, data); }
    void removeEntry(const QString &key) { m_entries.remove(key); }

    /// Every call received, in order, including failed and held ones.
    QList<Call> calls() const { return m_calls; }
    int callCount() const { return int(m_calls.size()); }
    /// How many calls of @p operation were received.
    int callCount(Operation operation) const;

private:
    struct Pending
    {
        Call call;
        QByteArray data;
        QPointer<QObject> receiver;
        Callback done;
    };

    void receive(Pending pending);
    Answer carryOut(const Pending &pending);
    static void deliver(QObject *receiver, Callback done, Answer answer);

    QString m_service;
    QHash<QString, QByteArray> m_entries;
    QList<Call> m_calls;
    QList<Pending> m_held;
    Fault m_fault = Fault::None;
    int m_callsBeforeFault = 0;
};
