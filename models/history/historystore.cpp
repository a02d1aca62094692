#include "models/history/historystore.h"

#include "models/core/atomicfile.h"
#include "models/core/orchestrationdiff.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <algorithm>

Q_LOGGING_CATEGORY(lcHistory, "console.history")

namespace {

/// The translation context of this file's messages (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
};

const QByteArray kMagic = QByteArrayLiteral("orchestration-console-history 1\n");
const QString kIndexName = QStringLiteral("index.json");
const QString kIndexFormat = QStringLiteral("orchestration-console-history-index");
const QString kFileTimeFormat = QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'");
constexpr int kChecksumLength = 64; // hex SHA-256
constexpr int kLockTimeoutMs = 30000;

QByteArray sha256Hex(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

/// The compressed export inside a snapshot file's bytes, once its checksum matched.
std::optional<QByteArray> payloadOf(const QByteArray &bytes, QString *why)
{
    const qsizetype headerSize = kMagic.size() + kChecksumLength + 1;
    if (!bytes.startsWith(kMagic) || bytes.size() < headerSize
        || bytes.at(headerSize - 1) != '\n') {
        *why = Text::tr("not a history snapshot, or cut short");
        return std::nullopt;
    }
    const QByteArray checksum = bytes.mid(kMagic.size(), kChecksumLength);
    QByteArray payload = bytes.mid(headerSize);
    if (sha256Hex(payload) != checksum) {
        *why = Text::tr("its checksum does not match: the file is damaged or was not completely "
                        "written");
        return std::nullopt;
    }
    return payload;
}

QStringList idsOf(const QList<RecordChange> &changes, RecordChange::Kind kind)
{
    QStringList ids;
    for (const RecordChange &change : changes) {
        if (change.kind == kind)
            ids.append(change.id);
    }
    return ids;
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

/// Takes the folder's lock file for the duration of one call, across threads and processes.
class FolderLock
{
public:
    explicit FolderLock(const QString &folder)
        : m_folder(folder)
        , m_lock(QDir(folder).filePath(QStringLiteral(".lock")))
    { }
    bool lock(QString *error)
    {
        if (m_lock.tryLock(kLockTimeoutMs))
            return true;
        *error = Text::tr("The history in \"%1\" is in use by another program.")
                     .arg(QDir::toNativeSeparators(m_folder));
        return false;
    }

private:
    QString m_folder;
    QLockFile m_lock;
};

} // namespace

// --- HistoryEntry ---

bool HistoryEntry::touches(const QString &id) const
{
    return addedIds.contains(id) || removedIds.contains(id) || changedIds.contains(id);
}

QJsonObject HistoryEntry::toJson() const
{
    QJsonObject json {
        {QStringLiteral("file"), fileName},
        {QStringLiteral("takenAt"), takenAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("contentHash"), QString::fromLatin1(contentHash)},
        {QStringLiteral("bytes"), bytes},
        {QStringLiteral("records"), recordCount},
        {QStringLiteral("added"), toArray(addedIds)},
        {QStringLiteral("removed"), toArray(removedIds)},
        {QStringLiteral("changed"), toArray(changedIds)},
    };
    if (first)
        json.insert(QStringLiteral("first"), true);
    return json;
}

std::optional<HistoryEntry> HistoryEntry::fromJson(const QJsonObject &json)
{
    HistoryEntry entry;
    entry.fileName = json.value(QStringLiteral("file")).toString();
    entry.takenAt =
        QDateTime::fromString(json.value(QStringLiteral("takenAt")).toString(), Qt::ISODateWithMs);
    entry.contentHash = json.value(QStringLiteral("contentHash")).toString().toLatin1();
    entry.bytes = json.value(QStringLiteral("bytes")).toInteger(-1);
    entry.recordCount = json.value(QStringLiteral("records")).toInt(-1);
    entry.first = json.value(QStringLiteral("first")).toBool();
    entry.addedIds = toStringList(json.value(QStringLiteral("added")));
    entry.removedIds = toStringList(json.value(QStringLiteral("removed")));
    entry.changedIds = toStringList(json.value(QStringLiteral("changed")));
    if (entry.fileName.isEmpty() || !entry.takenAt.isValid() || entry.contentHash.isEmpty()
        || entry.bytes < 0 || entry.recordCount < 0)
        return std::nullopt;
    return entry;
}

// --- HistoryListing ---

const HistoryEntry *HistoryListing::newestAtOrBefore(const QDateTime &when) const
{
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->takenAt <= when)
            return &*it;
    }
    return nullptr;
}

const HistoryEntry *HistoryListing::before(const HistoryEntry &entry) const
{
    for (qsizetype i = 1; i < entries.size(); ++i) {
        if (entries.at(i).fileName == entry.fileName)
            return &entries.at(i - 1);
    }
    return nullptr;
}

QList<HistoryEntry> HistoryListing::changesOf(const QString &id, const QDateTime &since) const
{
    QList<HistoryEntry> found;
    for (const HistoryEntry &entry : entries) {
        if ((!since.isValid() || entry.takenAt > since) && entry.touches(id))
            found.append(entry);
    }
    return found;
}

// --- HistoryStore ---

struct HistoryStore::Scan
{
    HistoryListing listing;
    bool indexStale = false;
};

HistoryStore::HistoryStore(const QString &folder)
    : m_folder(folder)
{ }

QString HistoryStore::folderFor(const QUuid &profileId)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("history/") + profileId.toString(QUuid::WithoutBraces));
}

QByteArray HistoryStore::contentHash(const QList<Orchestration> &records)
{
    QList<QByteArray> canonical;
    canonical.reserve(records.size());
    for (const Orchestration &record : records)
        canonical.append(QJsonDocument(record.toJsonObject()).toJson(QJsonDocument::Compact));
    std::sort(canonical.begin(), canonical.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray &text : std::as_const(canonical)) {
        hash.addData(text);
        hash.addData("\n");
    }
    return hash.result().toHex();
}

std::optional<SnapshotFile> HistoryStore::readFile(const QString &fileName, QString *error) const
{
    const QString path = QDir(m_folder).filePath(fileName);
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("The history snapshot \"%1\" cannot be read: %2")
                     .arg(shown, file.errorString());
        return std::nullopt;
    }
    if (file.size() > SnapshotFile::kMaxBytes) {
        *error = Text::tr("The history snapshot \"%1\" is too large.").arg(shown);
        return std::nullopt;
    }
    QString why;
    const std::optional<QByteArray> payload = payloadOf(file.readAll(), &why);
    if (!payload) {
        *error = Text::tr("The history snapshot \"%1\" was skipped: %2.").arg(shown, why);
        return std::nullopt;
    }
    const QByteArray json = qUncompress(*payload);
    if (json.isEmpty()) {
        *error = Text::tr("The history snapshot \"%1\" was skipped: it cannot be uncompressed.")
                     .arg(shown);
        return std::nullopt;
    }
    return SnapshotFile::fromBytes(json, path, error);
}

std::optional<SnapshotFile> HistoryStore::load(const HistoryEntry &entry, QString *error) const
{
    return readFile(entry.fileName, error);
}

HistoryStore::Scan HistoryStore::scan() const
{
    Scan result;
    const QDir dir(m_folder);
    if (!dir.exists())
        return result;

    QHash<QString, HistoryEntry> indexed;
    QFile indexFile(dir.filePath(kIndexName));
    if (indexFile.open(QIODevice::ReadOnly)) {
        const QJsonObject root = QJsonDocument::fromJson(indexFile.readAll()).object();
        if (root.value(QStringLiteral("format")).toString() == kIndexFormat) {
            const QJsonArray list = root.value(QStringLiteral("snapshots")).toArray();
            for (const QJsonValue &value : list) {
                if (const std::optional<HistoryEntry> entry =
                        HistoryEntry::fromJson(value.toObject()))
                    indexed.insert(entry->fileName, *entry);
            }
        } else {
            qCWarning(lcHistory) << "history index unreadable, rebuilding it:"
                                 << indexFile.fileName();
        }
    }

    const QStringList files =
        dir.entryList({QLatin1String("*") + QLatin1String(kSuffix)}, QDir::Files, QDir::Name);
    if (files.size() != indexed.size())
        result.indexStale = true;
    // The records of the last good snapshot, read only when a snapshot the index lacks needs
    // its changes worked out.
    std::optional<QList<Orchestration>> previousRecords;
    QString previousFile;
    for (const QString &fileName : files) {
        const QString path = dir.filePath(fileName);
        QFile file(path);
        QString why;
        std::optional<QByteArray> payload;
        if (!file.open(QIODevice::ReadOnly))
            why = file.errorString();
        else if (file.size() > SnapshotFile::kMaxBytes)
            why = Text::tr("it is too large");
        else
            payload = payloadOf(file.readAll(), &why);
        if (!payload) {
            result.listing.problems.append(Text::tr("The history snapshot \"%1\" was skipped: %2.")
                                               .arg(QDir::toNativeSeparators(path), why));
            result.indexStale = true;
            continue;
        }
        auto known = indexed.constFind(fileName);
        if (known != indexed.constEnd() && known->bytes == file.size()) {
            result.listing.entries.append(*known);
            previousFile = fileName;
            previousRecords.reset();
            continue;
        }
        // Written, but not yet in the index (a crash in between, or a lost index).
        result.indexStale = true;
        QString error;
        const std::optional<SnapshotFile> snapshot = readFile(fileName, &error);
        if (!snapshot) {
            result.listing.problems.append(error);
            continue;
        }
        HistoryEntry entry;
        entry.fileName = fileName;
        entry.takenAt = QDateTime::fromString(
            fileName.left(fileName.size() - qsizetype(qstrlen(kSuffix))), kFileTimeFormat);
        entry.takenAt.setTimeSpec(Qt::UTC);
        if (!entry.takenAt.isValid())
            entry.takenAt = snapshot->document.info.exportedAt;
        const QList<Orchestration> &records = snapshot->document.records;
        entry.contentHash = contentHash(records);
        entry.bytes = file.size();
        entry.recordCount = int(records.size());
        if (!previousRecords && !previousFile.isEmpty()) {
            QString ignored;
            if (const std::optional<SnapshotFile> before = readFile(previousFile, &ignored))
                previousRecords = before->document.records;
        }
        entry.first = !previousRecords;
        if (previousRecords) {
            const OrchestrationDiff diff = OrchestrationDiff::compare(*previousRecords, records);
            entry.addedIds = idsOf(diff.changes(), RecordChange::Kind::Added);
            entry.removedIds = idsOf(diff.changes(), RecordChange::Kind::Removed);
            entry.changedIds = idsOf(diff.changes(), RecordChange::Kind::Changed);
        }
        result.listing.entries.append(entry);
        previousFile = fileName;
        previousRecords = records;
    }
    return result;
}

bool HistoryStore::writeIndex(const QList<HistoryEntry> &entries, QString *error) const
{
    QJsonArray list;
    for (const HistoryEntry &entry : entries)
        list.append(entry.toJson());
    const QJsonObject root {
        {QStringLiteral("format"), kIndexFormat},
        {QStringLiteral("version"), 1},
        {QStringLiteral("snapshots"), list},
    };
    const FileWriteResult written = writeFileAtomically(
        QDir(m_folder).filePath(kIndexName), QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!written.ok)
        *error = written.error;
    return written.ok;
}

HistoryListing HistoryStore::list() const
{
    if (!QDir(m_folder).exists())
        return {};
    FolderLock lock(m_folder);
    HistoryListing failed;
    if (!lock.lock(&failed.error))
        return failed;
    Scan result = scan();
    if (result.indexStale) {
        QString error;
        if (!writeIndex(result.listing.entries, &error))
            qCWarning(lcHistory).noquote() << "history index not rewritten:" << error;
    }
    return result.listing;
}

int HistoryStore::prune(
    QList<HistoryEntry> &entries, const HistoryLimits &limits, const QDateTime &now)
{
    qint64 total = 0;
    for (const HistoryEntry &entry : std::as_const(entries))
        total += entry.bytes;
    const QDateTime oldestKept =
        limits.maxAgeDays > 0 ? now.addDays(-limits.maxAgeDays) : QDateTime();
    int pruned = 0;
    while (entries.size() > 1) {
        const HistoryEntry &oldest = entries.first();
        const bool tooOld = oldestKept.isValid() && oldest.takenAt < oldestKept;
        const bool tooLarge = limits.maxBytes > 0 && total > limits.maxBytes;
        if (!tooOld && !tooLarge)
            break;
        QFile file(QDir(m_folder).filePath(oldest.fileName));
        if (file.exists() && !file.remove()) {
            qCWarning(lcHistory).noquote()
                << "history snapshot not removed:" << file.fileName() << file.errorString();
            break;
        }
        total -= oldest.bytes;
        entries.removeFirst();
        ++pruned;
    }
    return pruned;
}

HistoryRecordResult HistoryStore::record(const QList<Orchestration> &records, const QUrl &baseUrl,
    const QDateTime &takenAt, const HistoryLimits &limits)
{
    HistoryRecordResult result;
    if (!QDir().mkpath(m_folder)) {
        result.error = Text::tr("The history folder \"%1\" cannot be created.")
                           .arg(QDir::toNativeSeparators(m_folder));
        return result;
    }
    FolderLock lock(m_folder);
    if (!lock.lock(&result.error))
        return result;

    Scan scanned = scan();
    QList<HistoryEntry> &entries = scanned.listing.entries;
    result.problems = scanned.listing.problems;
    const QByteArray hash = contentHash(records);
    bool changed = scanned.indexStale;
    if (!entries.isEmpty() && entries.constLast().contentHash == hash) {
        result.outcome = HistoryRecordResult::Outcome::Unchanged;
        result.entry = entries.constLast();
    } else {
        ExportDocument document;
        document.records = records;
        document.info.baseUrl = ExportDocument::sanitizedBaseUrl(baseUrl);
        document.info.scope = QStringLiteral("all");
        document.info.exportedAt = takenAt.toUTC();
        document.pagination.present = true;
        document.pagination.count = records.size();
        document.pagination.pagenum = 1;
        document.pagination.pagesize = int(records.size());
        const QByteArray payload = qCompress(document.toJson(ExportDocument::Style::Compact));
        const QByteArray bytes = kMagic + sha256Hex(payload) + '\n' + payload;

        // Names sort as times do; a second snapshot within the same millisecond waits its turn.
        QDateTime when = takenAt.toUTC();
        QString fileName;
        do {
            fileName = when.toString(kFileTimeFormat) + QLatin1String(kSuffix);
            when = when.addMSecs(1);
        } while (QFile::exists(QDir(m_folder).filePath(fileName)));
        const FileWriteResult written =
            writeFileAtomically(QDir(m_folder).filePath(fileName), bytes);
        if (!written.ok) {
            result.error = written.error;
            return result;
        }

        HistoryEntry entry;
        entry.fileName = fileName;
        entry.takenAt = when.addMSecs(-1);
        entry.contentHash = hash;
        entry.bytes = bytes.size();
        entry.recordCount = int(records.size());
        entry.first = true;
        if (!entries.isEmpty()) {
            QString error;
            if (const std::optional<SnapshotFile> before = load(entries.constLast(), &error)) {
                const OrchestrationDiff diff =
                    OrchestrationDiff::compare(before->document.records, records);
                entry.addedIds = idsOf(diff.changes(), RecordChange::Kind::Added);
                entry.removedIds = idsOf(diff.changes(), RecordChange::Kind::Removed);
                entry.changedIds = idsOf(diff.changes(), RecordChange::Kind::Changed);
                entry.first = false;
            } else {
                result.problems.append(error);
            }
        }
        entries.append(entry);
        result.entry = entry;
        result.outcome = HistoryRecordResult::Outcome::Recorded;
        changed = true;
    }
    result.pruned = prune(entries, limits, takenAt.toUTC());
    if ((changed || result.pruned > 0) && !writeIndex(entries, &result.error)) {
        // The snapshot itself is safe; the next list() rebuilds the index from the files.
        qCWarning(lcHistory).noquote() << "history index not written:" << result.error;
        result.error.clear();
    }
    return result;
}
