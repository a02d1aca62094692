#include "models/connections/qtkeychainbackend.h"

#include <qt6keychain/keychain.h>

namespace {

KeychainBackend::Answer answerOf(QKeychain::Job *job, bool isRead)
{
    KeychainBackend::Answer answer;
    switch (job->error()) {
    case QKeychain::NoError:
        if (isRead)
            answer.data = static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData();
        return answer;
    case QKeychain::EntryNotFound:
        answer.status = KeychainBackend::Status::NotFound;
        return answer;
    case QKeychain::NoBackendAvailable:
        answer.failure = KeychainBackend::Failure::NoService;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        answer.failure = KeychainBackend::Failure::AccessDenied;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        answer.failure = KeychainBackend::Failure::Other;
        break;
    }
    answer.status = KeychainBackend::Status::Failed;
    answer.message = job->errorString();
    return answer;
}

void start(
    QKeychain::Job *job, const QString &key, QObject *receiver, KeychainBackend::Callback done)
{
    // Parentless and self-deleting: QtKeychain's backends call back into a running job, so it
    // must outlive a timeout (and its caller) until its own answer arrives.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    const bool isRead = qobject_cast<QKeychain::ReadPasswordJob *>(job) != nullptr;
    // Connected to the receiver: once it is gone, a late answer finds nobody.
    QObject::connect(job, &QKeychain::Job::finished, receiver,
        [isRead, done = std::move(done)](
            QKeychain::Job *finished) { done(answerOf(finished, isRead)); });
    job->start();
}

} // namespace

QtKeychainBackend::QtKeychainBackend(const QString &service)
    : m_service(service)
{ }

void QtKeychainBackend::read(const QString &key, QObject *receiver, Callback done)
{
    start(new QKeychain::ReadPasswordJob(m_service), key, receiver, std::move(done));
}

void QtKeychainBackend::write(
    const QString &key, const QByteArray &data, QObject *receiver, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setBinaryData(data);
    start(job, key, receiver, std::move(done));
}

void QtKeychainBackend::remove(const QString &key, QObject *receiver, Callback done)
{
    start(new QKeychain::DeletePasswordJob(m_service), key, receiver, std::move(done));
}
