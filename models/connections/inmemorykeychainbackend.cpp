#include "models/connections/inmemorykeychainbackend.h"

#include <QMetaObject>
#include <algorithm>
#include <utility>

InMemoryKeychainBackend::InMemoryKeychainBackend(const QString &service)
    : m_service(service)
{ }

void InMemoryKeychainBackend::read(const QString &key, QObject *receiver, Callback done)
{
    receive({{Operation::Read, key}, {}, receiver, std::move(done)});
}

void InMemoryKeychainBackend::write(
    const QString &key, const QByteArray &data, QObject *receiver, Callback done)
{
    receive({{Operation::Write, key}, data, receiver, std::move(done)});
}

void InMemoryKeychainBackend::remove(const QString &key, QObject *receiver, Callback done)
{
    receive({{Operation::Remove, key}, {}, receiver, std::move(done)});
}

void InMemoryKeychainBackend::setFault(Fault fault, int afterCalls)
{
    m_fault = fault;
    m_callsBeforeFault = std::max(0, afterCalls);
}

int InMemoryKeychainBackend::answerHeld()
{
    const QList<Pending> held = std::exchange(m_held, {});
    for (const Pending &pending : held) {
        if (pending.receiver)
            deliver(pending.receiver, pending.done, carryOut(pending));
    }
    return int(held.size());
}

int InMemoryKeychainBackend::callCount(Operation operation) const
{
    return int(std::count_if(m_calls.cbegin(), m_calls.cend(),
        [operation](const Call &call) { return call.operation == operation; }));
}

void InMemoryKeychainBackend::receive(Pending pending)
{
    Q_ASSERT(pending.receiver);
    m_calls.append(pending.call);

    Fault fault = m_fault;
    if (fault != Fault::None && m_callsBeforeFault > 0) {
        --m_callsBeforeFault;
        fault = Fault::None;
    }

    Answer answer;
    switch (fault) {
    case Fault::None:
        answer = carryOut(pending);
        break;
    case Fault::NotAnswering:
        m_held.append(std::move(pending));
        return;
    case Fault::AccessDenied:
        answer.status = Status::Failed;
        answer.failure = Failure::AccessDenied;
        answer.message = QStringLiteral("Access to the in-memory keychain was denied");
        break;
    case Fault::NoService:
        answer.status = Status::Failed;
        answer.failure = Failure::NoService;
        answer.message = QStringLiteral("No in-memory keychain service available");
        break;
    }
    deliver(pending.receiver, std::move(pending.done), std::move(answer));
}

KeychainBackend::Answer InMemoryKeychainBackend::carryOut(const Pending &pending)
{
    Answer answer;
    const QString &key = pending.call.key;
    switch (pending.call.operation) {
    case Operation::Read:
        if (m_entries.contains(key))
            answer.data = m_entries.value(key);
        else
            answer.status = Status::NotFound;
        break;
    case Operation::Write:
        m_entries.insert(key, pending.data);
        break;
    case Operation::Remove:
        if (!m_entries.remove(key))
            answer.status = Status::NotFound;
        break;
    }
    return answer;
}

void InMemoryKeychainBackend::deliver(QObject *receiver, Callback done, Answer answer)
{
    // Queued to the receiver: never inside the call, in call order, and dropped with the
    // receiver. Nothing of this backend is captured, so it may go first.
    QMetaObject::invokeMethod(
        receiver,
        [done = std::move(done), answer = std::move(answer)] {
            if (done)
                done(answer);
        },
        Qt::QueuedConnection);
}
