#pragma once

#include "models/core/orchestration.h"
#include "models/core/snapshotfile.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>
#include <optional>

/// One snapshot in a profile's history, and what changed since the snapshot before it.
struct HistoryEntry
{
    QString fileName; ///< within the history folder
    QDateTime takenAt; ///< UTC
    QByteArray contentHash; ///< hex SHA-256 of the canonical records (HistoryStore::contentHash)
    qint64 bytes = 0; ///< the file's size
    int recordCount = 0;
    bool first = false; ///< there was no snapshot before it when it was recorded
    QStringList addedIds; ///< since the snapshot before
    QStringList removedIds;
    QStringList changedIds;

    int addedCount() const { return int(addedIds.size()); }
    int removedCount() const { return int(removedIds.size()); }
    int changedCount() const { return int(changedIds.size()); }
    /// Whether this snapshot added, removed or changed the orchestration @p id.
    bool touches(const QString &id) const;

    QJsonObject toJson() const;
    static std::optional<HistoryEntry> fromJson(const QJsonObject &json);
};

/// How much history a profile keeps; 0 means no limit of that kind.
struct HistoryLimits
{
    qint64 maxBytes = 0; ///< the snapshots' total size on disk
    int maxAgeDays = 0; ///< snapshots older than this go
};

/// What reading a history found: its snapshots, oldest first, and what was wrong on disk.
struct HistoryListing
{
    QList<HistoryEntry> entries;
    QStringList problems; ///< translated, one per corrupt or missing file; those are skipped
    QString error; ///< translated: the history could not be read at all

    /// The newest snapshot taken at or before @p when; nullptr when none is.
    const HistoryEntry *newestAtOrBefore(const QDateTime &when) const;
    /// The snapshot before @p entry; nullptr for the first.
    const HistoryEntry *before(const HistoryEntry &entry) const;
    /// The snapshots that added, removed or changed @p id, taken after @p since (all when
    /// invalid), oldest first. Records are matched by id, so a renamed one keeps its history.
    QList<HistoryEntry> changesOf(const QString &id, const QDateTime &since = {}) const;
};

/// What HistoryStore::record() did.
struct HistoryRecordResult
{
    enum class Outcome {
        Recorded, ///< a new snapshot was written
        Unchanged, ///< the records equal the newest snapshot's: nothing was written
        Failed,
    };
    Outcome outcome = Outcome::Failed;
    HistoryEntry entry; ///< the new snapshot, or the newest one when Unchanged
    int pruned = 0; ///< snapshots removed by the limits
    QStringList problems; ///< corrupt files met on the way (skipped, left in place)
    QString error; ///< translated, when Failed
};

/**
 * The local change history of one connection profile: snapshots of its orchestrations in a
 * folder of their own (folderFor(): the application's data folder, "history/<profile id>").
 *
 * Each snapshot is an export document (the records exactly as received and the base URL,
 * never a secret), compressed, behind a SHA-256 checksum, written atomically (atomicfile), so
 * a file is either complete or detected as corrupt. A corrupt or half-written file is
 * reported and skipped and never costs the others. The index (index.json) holds what is
 * costly to derive (what changed between consecutive snapshots); it is rewritten atomically
 * after each snapshot and rebuilt from the snapshot files when it is lost, stale or
 * unreadable, so a crash at any point loses at most the snapshot being written.
 *
 * record() writes nothing when the records equal the newest snapshot's (a hash of the records
 * in canonical form: parsed, keys sorted, in id order), and then applies the limits, oldest
 * first, always keeping the newest snapshot. Every call blocks on the disk: the window calls
 * them from a worker thread. Calls are serialised across threads and processes by a lock file
 * in the folder.
 */
class HistoryStore
{
public:
    explicit HistoryStore(const QString &folder);

    /// The history folder of the profile @p profileId under the application's data folder.
    static QString folderFor(const QUuid &profileId);
    QString folder() const { return m_folder; }

    /// The snapshots and their changes, checking every file's checksum.
    HistoryListing list() const;

    /// Records @p records (of the tenant at @p baseUrl, taken at @p takenAt) unless they equal
    /// the newest snapshot's; then applies @p limits.
    HistoryRecordResult record(const QList<Orchestration> &records, const QUrl &baseUrl,
        const QDateTime &takenAt, const HistoryLimits &limits);

    /// The snapshot @p entry, read back and checked; nullopt with the reason in @p error.
    std::optional<SnapshotFile> load(const HistoryEntry &entry, QString *error) const;

    /// Hex SHA-256 of @p records in canonical form: equal for records that differ only in
    /// order, key order or number spelling.
    static QByteArray contentHash(const QList<Orchestration> &records);

    static constexpr const char *kSuffix = ".snapshot";

private:
    struct Scan;
    Scan scan() const;
    bool writeIndex(const QList<HistoryEntry> &entries, QString *error) const;
    int prune(QList<HistoryEntry> &entries, const HistoryLimits &limits, const QDateTime &now);
    std::optional<SnapshotFile> readFile(const QString &fileName, QString *error) const;

    QString m_folder;
};

Q_DECLARE_METATYPE(HistoryRecordResult)
