#include "models/connections/secretstore.h"

#include "models/connections/keychainbackend.h"
#include "models/connections/qtkeychainbackend.h"
#include "models/core/buildinfo.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <algorithm>
#include <memory>
#include <optional>

Q_LOGGING_CATEGORY(lcKeychain, "console.keychain")

namespace {

/// The translation context of this file's messages (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

const QString kIndexName = QStringLiteral("index");

// Every stored value starts with this header line: "OC1 <chunks> <bytes>\n". The first entry
// holds the header and the first part; chunks 2..n live under "<key>#2".."<key>#n".
constexpr char kHeaderMagic[] = "OC1";
constexpr int kHeaderReserve = 32;
constexpr int kChunkPayloadBytes = SecretStore::kMaxEntryBytes - kHeaderReserve;

QString chunkKey(const QString &key, int chunk)
{
    return key + QLatin1Char('#') + QString::number(chunk + 1);
}

struct Header
{
    int chunks = 0;
    qsizetype bytes = 0;
    QByteArray firstPart;
};

std::optional<Header> parseHeader(const QByteArray &entry)
{
    const qsizetype newline = entry.indexOf('\n');
    if (newline < 0 || newline > kHeaderReserve)
        return std::nullopt;
    const QList<QByteArray> fields = entry.left(newline).split(' ');
    if (fields.size() != 3 || fields.at(0) != kHeaderMagic)
        return std::nullopt;
    bool chunksOk = false;
    bool bytesOk = false;
    Header header;
    header.chunks = fields.at(1).toInt(&chunksOk);
    header.bytes = fields.at(2).toLongLong(&bytesOk);
    if (!chunksOk || !bytesOk || header.chunks < 1 || header.chunks > 1000 || header.bytes < 0)
        return std::nullopt;
    header.firstPart = entry.mid(newline + 1);
    return header;
}

QString unavailableMessage(const QString &detail)
{
    return Text::tr(
        "The system keychain is not available (%1). Secrets are kept in memory for this "
        "session only and must be entered again after a restart.")
        .arg(detail.isEmpty() ? Text::tr("no details") : detail);
}

QString notAnsweringMessage(int timeoutMs)
{
    return Text::tr(
        "The system keychain is not answering (no reply within %n second(s)). Secrets are "
        "kept in memory for this session only and must be entered again after a restart.",
        nullptr, std::max(1, timeoutMs / 1000));
}

QString corruptMessage()
{
    return Text::tr("The keychain entry is incomplete and cannot be read; enter the secret again.");
}

} // namespace

struct SecretStore::JobOutcome
{
    enum class Kind { Ok, NotFound, Corrupt, Failed, TimedOut };
    Kind kind = Kind::Ok;
    QByteArray data;
    QString error; ///< the keychain's own words, for the user (never carries a value)

    bool failed() const { return kind == Kind::Failed || kind == Kind::TimedOut; }
};

SecretStore::SecretStore(QObject *parent)
    : SecretStore(QStringLiteral(CONSOLE_APP_ID), parent)
{ }

SecretStore::SecretStore(const QString &service, QObject *parent)
    : SecretStore(std::make_shared<QtKeychainBackend>(service), parent)
{ }

SecretStore::SecretStore(std::shared_ptr<KeychainBackend> backend, QObject *parent)
    : QObject(parent)
    , m_backend(std::move(backend))
{
    Q_ASSERT(m_backend);
}

SecretStore::~SecretStore()
{
    // Backend calls still running answer through this object; those answers end here, so a
    // late one finds nobody (QtKeychain's jobs delete themselves when they finish).
}

QString SecretStore::service() const
{
    return m_backend->service();
}

QString SecretStore::keyFor(const QUuid &profile, const QString &name)
{
    return profile.toString(QUuid::WithoutBraces) + QLatin1Char('/') + name;
}

void SecretStore::read(
    const QUuid &profile, const QString &name, QObject *context, Callback callback)
{
    enqueue({Operation::Kind::Read, profile, name, {}, context, std::move(callback)});
}

void SecretStore::write(const QUuid &profile, const QString &name, const QString &value,
    QObject *context, Callback callback)
{
    enqueue({Operation::Kind::Write, profile, name, value, context, std::move(callback)});
}

void SecretStore::remove(
    const QUuid &profile, const QString &name, QObject *context, Callback callback)
{
    enqueue({Operation::Kind::Remove, profile, name, {}, context, std::move(callback)});
}

void SecretStore::forgetProfile(const QUuid &profile, QObject *context, Callback callback)
{
    enqueue({Operation::Kind::Forget, profile, {}, {}, context, std::move(callback)});
}

void SecretStore::startSessionOnly(const QString &reason)
{
    if (m_sessionOnly)
        return;
    m_sessionOnly = true;
    m_sessionOnlyReason = reason;
    qCWarning(lcKeychain) << "keychain unusable, keeping secrets in memory for this session:"
                          << reason;
    emit sessionOnlyStarted(reason);
}

void SecretStore::enqueue(Operation operation)
{
    m_queue.append(std::move(operation));
    if (!m_running) {
        m_running = true;
        // Never answer inside the call, even from memory.
        QTimer::singleShot(0, this, &SecretStore::startNext);
    }
}

void SecretStore::startNext()
{
    if (m_queue.isEmpty()) {
        m_running = false;
        emit idle();
        return;
    }
    m_running = true;
    const Operation operation = m_queue.takeFirst();
    if (m_sessionOnly)
        runInMemory(operation, Problem::None, QString(), QString());
    else
        runOperation(operation);
}

void SecretStore::answer(const Operation &operation, const Result &result)
{
    if (operation.context && operation.callback)
        operation.callback(result);
    // The next call starts from the event loop, so a callback that queues more work (or
    // deletes its context) never reenters a running operation.
    QTimer::singleShot(0, this, &SecretStore::startNext);
}

void SecretStore::failOver(const Operation &operation, const JobOutcome &failure)
{
    const bool timedOut = failure.kind == JobOutcome::Kind::TimedOut;
    const QString message =
        timedOut ? notAnsweringMessage(m_timeoutMs) : unavailableMessage(failure.error);
    const QString detail = timedOut
        ? tr("no reply within %n second(s)", nullptr, std::max(1, m_timeoutMs / 1000))
        : (failure.error.isEmpty() ? tr("no details") : failure.error);
    startSessionOnly(message);
    runInMemory(
        operation, timedOut ? Problem::NotAnswering : Problem::Unavailable, message, detail);
}

void SecretStore::runInMemory(
    const Operation &operation, Problem problem, const QString &message, const QString &detail)
{
    Result result;
    result.sessionOnly = true;
    result.problem = problem;
    result.message = message;
    result.detail = detail;
    const QString key = keyFor(operation.profile, operation.name);
    switch (operation.kind) {
    case Operation::Kind::Read:
        if (m_memory.contains(key))
            result.value = m_memory.value(key);
        else
            result.status = Status::NotFound;
        break;
    case Operation::Kind::Write:
        m_memory.insert(key, operation.value);
        break;
    case Operation::Kind::Remove:
        m_memory.remove(key);
        break;
    case Operation::Kind::Forget: {
        const QString prefix = keyFor(operation.profile, QString());
        m_memory.removeIf([&prefix](const auto &entry) { return entry.key().startsWith(prefix); });
        break;
    }
    }
    answer(operation, result);
}

void SecretStore::runOperation(const Operation &operation)
{
    const QString key = keyFor(operation.profile, operation.name);
    const QPointer<SecretStore> self(this);
    const auto finishWith = [this, operation](Status status, const QString &value = QString()) {
        Result result;
        result.status = status;
        result.value = value;
        if (status == Status::Corrupt)
            result.message = corruptMessage();
        answer(operation, result);
    };

    switch (operation.kind) {
    case Operation::Kind::Read:
        readValue(key, [this, operation, finishWith](const JobOutcome &outcome) {
            if (outcome.failed())
                return failOver(operation, outcome);
            if (outcome.kind == JobOutcome::Kind::NotFound)
                return finishWith(Status::NotFound);
            if (outcome.kind == JobOutcome::Kind::Corrupt)
                return finishWith(Status::Corrupt);
            finishWith(Status::Ok, QString::fromUtf8(outcome.data));
        });
        return;

    case Operation::Kind::Write:
        readIndex(operation.profile,
            [this, operation, key, finishWith](
                const JobOutcome &outcome, QHash<QString, int> index) {
                if (outcome.failed())
                    return failOver(operation, outcome);
                const QByteArray value = operation.value.toUtf8();
                const int oldChunks = index.value(operation.name, 0);
                const int newChunks = int(std::max<qsizetype>(
                    1, (value.size() + kChunkPayloadBytes - 1) / kChunkPayloadBytes));
                // The index first lists every chunk that may exist, so a failure halfway leaves
                // nothing forgetProfile() cannot find.
                index.insert(operation.name, std::max(oldChunks, newChunks));
                writeIndex(operation.profile, index, [=, this](const JobOutcome &written) mutable {
                    if (written.failed())
                        return failOver(operation, written);
                    writeValue(key, value, oldChunks, [=, this](const JobOutcome &stored) mutable {
                        if (stored.failed())
                            return failOver(operation, stored);
                        if (index.value(operation.name) == newChunks)
                            return finishWith(Status::Ok);
                        index.insert(operation.name, newChunks);
                        writeIndex(
                            operation.profile, index, [=, this](const JobOutcome &committed) {
                                if (committed.failed())
                                    return failOver(operation, committed);
                                finishWith(Status::Ok);
                            });
                    });
                });
            });
        return;

    case Operation::Kind::Remove:
        readIndex(operation.profile,
            [this, operation, finishWith](const JobOutcome &outcome, QHash<QString, int> index) {
                if (outcome.failed())
                    return failOver(operation, outcome);
                deleteNames(operation.profile, {operation.name}, index,
                    [this, operation, index, finishWith](const JobOutcome &deleted) mutable {
                        if (deleted.failed())
                            return failOver(operation, deleted);
                        if (!index.contains(operation.name))
                            return finishWith(Status::Ok);
                        index.remove(operation.name);
                        writeIndex(operation.profile, index,
                            [this, operation, finishWith](const JobOutcome &committed) {
                                if (committed.failed())
                                    return failOver(operation, committed);
                                finishWith(Status::Ok);
                            });
                    });
            });
        return;

    case Operation::Kind::Forget:
        readIndex(operation.profile,
            [this, operation, finishWith](const JobOutcome &outcome, QHash<QString, int> index) {
                if (outcome.failed())
                    return failOver(operation, outcome);
                QStringList names = index.keys();
                for (const QString &known : {kClientSecret, kAccessToken}) {
                    if (!names.contains(known))
                        names.append(known);
                }
                names.append(kIndexName);
                deleteNames(operation.profile, names, index,
                    [this, operation, finishWith](const JobOutcome &deleted) {
                        if (deleted.failed())
                            return failOver(operation, deleted);
                        finishWith(Status::Ok);
                    });
            });
        return;
    }
}

void SecretStore::runJob(JobKind kind, const QString &key, const QByteArray &data, JobCallback done)
{
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(m_timeoutMs);

    auto finished = [this, kind, key, done, answered, timer](
                        const KeychainBackend::Answer &answer) {
        if (*answered) {
            ++m_ignoredLateAnswers;
            qCInfo(lcKeychain) << "ignoring a late keychain answer for" << key;
            return;
        }
        *answered = true;
        timer->stop();
        timer->deleteLater();

        JobOutcome outcome;
        switch (answer.status) {
        case KeychainBackend::Status::Ok:
            if (kind == JobKind::Read)
                outcome.data = answer.data;
            break;
        case KeychainBackend::Status::NotFound:
            // Deleting what is not there has succeeded.
            outcome.kind =
                kind == JobKind::Delete ? JobOutcome::Kind::Ok : JobOutcome::Kind::NotFound;
            break;
        case KeychainBackend::Status::Failed:
            outcome.kind = JobOutcome::Kind::Failed;
            outcome.error = answer.message;
            qCWarning(lcKeychain) << "keychain job for" << key << "failed:" << answer.failure
                                  << answer.message;
            break;
        }
        // The key names a profile id and an entry; the value is never logged.
        qCDebug(lcKeychain) << (kind == JobKind::Read ? "read"
                : kind == JobKind::Write              ? "write"
                                                      : "delete")
                            << key << "->"
                            << (outcome.kind == JobOutcome::Kind::Ok                ? "ok"
                                       : outcome.kind == JobOutcome::Kind::NotFound ? "not found"
                                                                                    : "failed");
        done(outcome);
    };
    connect(timer, &QTimer::timeout, this, [this, key, done, answered, timer] {
        if (*answered)
            return;
        *answered = true;
        timer->deleteLater();
        qCWarning(lcKeychain) << "keychain job for" << key << "did not answer within" << m_timeoutMs
                              << "ms";
        JobOutcome outcome;
        outcome.kind = JobOutcome::Kind::TimedOut;
        done(outcome);
    });
    timer->start();
    // The backend answers through this object: once the store is gone, a late answer finds
    // nobody.
    switch (kind) {
    case JobKind::Read:
        m_backend->read(key, this, std::move(finished));
        break;
    case JobKind::Write:
        m_backend->write(key, data, this, std::move(finished));
        break;
    case JobKind::Delete:
        m_backend->remove(key, this, std::move(finished));
        break;
    }
}

void SecretStore::readValue(const QString &key, JobCallback done)
{
    runJob(JobKind::Read, key, {}, [this, key, done](const JobOutcome &outcome) {
        if (outcome.kind != JobOutcome::Kind::Ok)
            return done(outcome);
        const auto header = parseHeader(outcome.data);
        if (!header) {
            qCWarning(lcKeychain) << "keychain entry" << key << "has no valid header";
            JobOutcome corrupt;
            corrupt.kind = JobOutcome::Kind::Corrupt;
            return done(corrupt);
        }
        readChunks(key, 1, header->chunks, header->firstPart, header->bytes, done);
    });
}

void SecretStore::readChunks(const QString &key, int index, int count, QByteArray collected,
    qsizetype total, JobCallback done)
{
    if (index >= count) {
        JobOutcome outcome;
        if (collected.size() != total) {
            qCWarning(lcKeychain) << "keychain entry" << key << "is incomplete";
            outcome.kind = JobOutcome::Kind::Corrupt;
        } else {
            outcome.data = collected;
        }
        return done(outcome);
    }
    runJob(JobKind::Read, chunkKey(key, index), {},
        [this, key, index, count, collected, total, done](const JobOutcome &chunk) {
            if (chunk.kind == JobOutcome::Kind::NotFound) {
                JobOutcome corrupt;
                corrupt.kind = JobOutcome::Kind::Corrupt;
                return done(corrupt);
            }
            if (chunk.kind != JobOutcome::Kind::Ok)
                return done(chunk);
            readChunks(key, index + 1, count, collected + chunk.data, total, done);
        });
}

void SecretStore::writeValue(
    const QString &key, const QByteArray &value, int oldChunks, JobCallback done)
{
    QList<QByteArray> parts;
    for (qsizetype offset = 0; offset < value.size(); offset += kChunkPayloadBytes)
        parts.append(value.mid(offset, kChunkPayloadBytes));
    if (parts.isEmpty())
        parts.append(QByteArray());
    const int newChunks = int(parts.size());
    parts[0].prepend(QByteArray(kHeaderMagic) + ' ' + QByteArray::number(newChunks) + ' '
        + QByteArray::number(value.size()) + '\n');
    // Chunks from the last to the first: the header entry, written last, commits the value.
    writeChunks(key, parts, newChunks - 1,
        [this, key, newChunks, oldChunks, done](const JobOutcome &outcome) {
            if (outcome.kind != JobOutcome::Kind::Ok)
                return done(outcome);
            deleteChunks(key, newChunks, oldChunks, done);
        });
}

void SecretStore::writeChunks(
    const QString &key, const QList<QByteArray> &parts, int index, JobCallback done)
{
    runJob(JobKind::Write, index == 0 ? key : chunkKey(key, index), parts.at(index),
        [this, key, parts, index, done](const JobOutcome &outcome) {
            if (outcome.kind != JobOutcome::Kind::Ok || index == 0)
                return done(outcome);
            writeChunks(key, parts, index - 1, done);
        });
}

void SecretStore::deleteChunks(const QString &key, int from, int to, JobCallback done)
{
    // Deletes chunks with index from .. to-1 (chunk 0 is the key itself).
    if (from >= to)
        return done(JobOutcome {});
    runJob(JobKind::Delete, from == 0 ? key : chunkKey(key, from), {},
        [this, key, from, to, done](const JobOutcome &outcome) {
            if (outcome.kind != JobOutcome::Kind::Ok)
                return done(outcome);
            deleteChunks(key, from + 1, to, done);
        });
}

void SecretStore::deleteValue(const QString &key, int knownChunks, JobCallback done)
{
    // The header says how many chunks there are even when the index lost track.
    runJob(JobKind::Read, key, {}, [this, key, knownChunks, done](const JobOutcome &outcome) {
        if (outcome.failed())
            return done(outcome);
        int chunks = knownChunks;
        if (outcome.kind == JobOutcome::Kind::Ok) {
            if (const auto header = parseHeader(outcome.data))
                chunks = std::max(chunks, header->chunks);
        }
        // Chunks first, the header entry last: an interrupted delete stays findable.
        deleteChunks(key, 1, std::max(chunks, 1), [this, key, done](const JobOutcome &chunks) {
            if (chunks.kind != JobOutcome::Kind::Ok)
                return done(chunks);
            deleteChunks(key, 0, 1, done);
        });
    });
}

void SecretStore::deleteNames(
    const QUuid &profile, QStringList names, QHash<QString, int> index, JobCallback done)
{
    if (names.isEmpty())
        return done(JobOutcome {});
    const QString name = names.takeFirst();
    deleteValue(keyFor(profile, name), index.value(name, 1),
        [this, profile, names, index, done](const JobOutcome &outcome) {
            if (outcome.kind != JobOutcome::Kind::Ok)
                return done(outcome);
            deleteNames(profile, names, index, done);
        });
}

void SecretStore::readIndex(
    const QUuid &profile, std::function<void(const JobOutcome &, const QHash<QString, int> &)> done)
{
    readValue(keyFor(profile, kIndexName), [done](const JobOutcome &outcome) {
        QHash<QString, int> index;
        if (outcome.kind == JobOutcome::Kind::Ok) {
            const QJsonObject json = QJsonDocument::fromJson(outcome.data).object();
            for (auto it = json.constBegin(); it != json.constEnd(); ++it)
                index.insert(it.key(), std::max(1, it.value().toInt()));
        }
        // A missing or unreadable index is an empty one: forgetting still deletes the known
        // names, and the next write rebuilds it.
        if (outcome.failed())
            return done(outcome, index);
        done(JobOutcome {}, index);
    });
}

void SecretStore::writeIndex(
    const QUuid &profile, const QHash<QString, int> &index, JobCallback done)
{
    const QString key = keyFor(profile, kIndexName);
    if (index.isEmpty())
        return deleteValue(key, 1, done);
    QJsonObject json;
    for (auto it = index.constBegin(); it != index.constEnd(); ++it)
        json.insert(it.key(), it.value());
    writeValue(key, QJsonDocument(json).toJson(QJsonDocument::Compact), 1, done);
}
