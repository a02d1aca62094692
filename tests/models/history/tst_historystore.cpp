// The history store on a real disk: snapshots recorded, deduplicated, limited, read back,
// corrupt and half-written files survived, and changes followed by id.

#include "models/history/historystore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

Orchestration record(const QString &id, const QString &name, bool active = true)
{
    const QByteArray json = QStringLiteral(
        R"({"id":"%1","name":"%2","active":%3,"applications":{"botConfiguration":{"bots":[]}}})")
                                .arg(id, name,
                                    active ? QStringLiteral("true") : QStringLiteral("false"))
                                .toUtf8();
    return Orchestration::fromJson(json);
}

const QString kA = QStringLiteral("0b6d7c3e-0000-4000-8000-00000000000a");
const QString kB = QStringLiteral("0b6d7c3e-0000-4000-8000-00000000000b");
const QString kC = QStringLiteral("0b6d7c3e-0000-4000-8000-00000000000c");
const QUrl kBaseUrl(QStringLiteral("https://api.example.com/v3"));

QDateTime at(int day, int hour = 12)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC);
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void recordsAndReadsBack();
    void unchangedRecordsAreNotStoredAgain();
    void countsWhatChangedSinceTheSnapshotBefore();
    void renameKeepsTheHistoryOfAnId();
    void sizeLimitDropsTheOldestButKeepsTheNewest();
    void ageLimitDropsOldSnapshots();
    void corruptFileIsReportedAndSkipped();
    void lostIndexIsRebuiltFromTheFiles();
    void newestAtOrBeforeADate();
    void folderIsPerProfileUnderTheDataFolder();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString folder() const { return m_dir->filePath(QStringLiteral("history")); }
};

void TestHistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHistoryStore::recordsAndReadsBack()
{
    HistoryStore store(folder());
    const QList<Orchestration> records {
        record(kA, QStringLiteral("Sales")), record(kB, QStringLiteral("Support"))};
    const HistoryRecordResult result = store.record(records, kBaseUrl, at(1), {});
    QCOMPARE(result.outcome, HistoryRecordResult::Outcome::Recorded);
    QVERIFY(result.error.isEmpty());
    QVERIFY(result.entry.first);

    const HistoryListing listing = store.list();
    QVERIFY(listing.problems.isEmpty());
    QCOMPARE(listing.entries.size(), 1);
    QCOMPARE(listing.entries.first().takenAt, at(1));
    QCOMPARE(listing.entries.first().recordCount, 2);

    QString error;
    const std::optional<SnapshotFile> back = store.load(listing.entries.first(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->document.records.size(), 2);
    QCOMPARE(back->document.records.at(1).rawJson(), records.at(1).rawJson());
    QCOMPARE(back->document.info.baseUrl, kBaseUrl);
    QCOMPARE(back->document.info.exportedAt, at(1));
    // Compressed: the file is not the export's text.
    QFile file(QDir(folder()).filePath(listing.entries.first().fileName));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("Support"));
}

void TestHistoryStore::unchangedRecordsAreNotStoredAgain()
{
    HistoryStore store(folder());
    QCOMPARE(
        store
            .record({record(kA, QStringLiteral("Sales")), record(kB, QStringLiteral("Support"))},
                kBaseUrl, at(1), {})
            .outcome,
        HistoryRecordResult::Outcome::Recorded);
    // The same records in another order, with other key order: no change.
    const Orchestration reordered = Orchestration::fromJson(QStringLiteral(
        R"({"name":"Sales","applications":{"botConfiguration":{"bots":[]}},"active":true,"id":"%1"})")
                                                                .arg(kA)
                                                                .toUtf8());
    const HistoryRecordResult again =
        store.record({record(kB, QStringLiteral("Support")), reordered}, kBaseUrl, at(2), {});
    QCOMPARE(again.outcome, HistoryRecordResult::Outcome::Unchanged);
    QCOMPARE(again.entry.takenAt, at(1));
    QCOMPARE(store.list().entries.size(), 1);
    QCOMPARE(QDir(folder()).entryList({QStringLiteral("*.snapshot")}).size(), 1);
}

void TestHistoryStore::countsWhatChangedSinceTheSnapshotBefore()
{
    HistoryStore store(folder());
    store.record({record(kA, QStringLiteral("Sales")), record(kB, QStringLiteral("Support"))},
        kBaseUrl, at(1), {});
    const HistoryRecordResult second = store.record(
        {record(kA, QStringLiteral("Sales"), false), record(kC, QStringLiteral("Billing"))},
        kBaseUrl, at(2), {});
    QCOMPARE(second.outcome, HistoryRecordResult::Outcome::Recorded);
    const HistoryListing listing = store.list();
    QCOMPARE(listing.entries.size(), 2);
    const HistoryEntry &entry = listing.entries.last();
    QVERIFY(!entry.first);
    QCOMPARE(entry.addedIds, QStringList {kC});
    QCOMPARE(entry.removedIds, QStringList {kB});
    QCOMPARE(entry.changedIds, QStringList {kA});
    QCOMPARE(listing.before(entry)->takenAt, at(1));
}

void TestHistoryStore::renameKeepsTheHistoryOfAnId()
{
    HistoryStore store(folder());
    store.record({record(kA, QStringLiteral("Sales")), record(kB, QStringLiteral("Support"))},
        kBaseUrl, at(1), {});
    store.record({record(kA, QStringLiteral("Sales EU")), record(kB, QStringLiteral("Support"))},
        kBaseUrl, at(2), {});
    store.record({record(kA, QStringLiteral("Sales EU")), record(kB, QStringLiteral("Help"))},
        kBaseUrl, at(3), {});
    store.record({record(kA, QStringLiteral("Sales Europe")), record(kB, QStringLiteral("Help"))},
        kBaseUrl, at(4), {});
    const HistoryListing listing = store.list();
    QCOMPARE(listing.entries.size(), 4);
    const QList<HistoryEntry> changes = listing.changesOf(kA);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).takenAt, at(2));
    QCOMPARE(changes.at(1).takenAt, at(4));
    QCOMPARE(listing.changesOf(kA, at(2)).size(), 1);
    QCOMPARE(listing.changesOf(kB).size(), 1);
}

void TestHistoryStore::sizeLimitDropsTheOldestButKeepsTheNewest()
{
    HistoryStore store(folder());
    for (int day = 1; day <= 5; ++day)
        store.record({record(kA, QStringLiteral("Sales %1").arg(day))}, kBaseUrl, at(day), {});
    const HistoryListing before = store.list();
    QCOMPARE(before.entries.size(), 5);
    const qint64 oneFile = before.entries.last().bytes;

    // Room for about two snapshots: the three oldest go.
    HistoryLimits limits;
    limits.maxBytes = oneFile * 2 + oneFile / 2;
    const HistoryRecordResult result =
        store.record({record(kA, QStringLiteral("Sales 6"))}, kBaseUrl, at(6), limits);
    QCOMPARE(result.pruned, 4);
    const HistoryListing after = store.list();
    QCOMPARE(after.entries.size(), 2);
    QCOMPARE(after.entries.first().takenAt, at(5));
    QCOMPARE(after.entries.last().takenAt, at(6));
    QCOMPARE(QDir(folder()).entryList({QStringLiteral("*.snapshot")}).size(), 2);

    // A limit smaller than one snapshot still keeps the newest.
    limits.maxBytes = 1;
    store.record({record(kA, QStringLiteral("Sales 7"))}, kBaseUrl, at(7), limits);
    QCOMPARE(store.list().entries.size(), 1);
    QCOMPARE(store.list().entries.first().takenAt, at(7));
}

void TestHistoryStore::ageLimitDropsOldSnapshots()
{
    HistoryStore store(folder());
    store.record({record(kA, QStringLiteral("One"))}, kBaseUrl, at(1), {});
    store.record({record(kA, QStringLiteral("Two"))}, kBaseUrl, at(10), {});
    HistoryLimits limits;
    limits.maxAgeDays = 7;
    store.record({record(kA, QStringLiteral("Three"))}, kBaseUrl, at(12), limits);
    const HistoryListing listing = store.list();
    QCOMPARE(listing.entries.size(), 2);
    QCOMPARE(listing.entries.first().takenAt, at(10));
}

void TestHistoryStore::corruptFileIsReportedAndSkipped()
{
    HistoryStore store(folder());
    for (int day = 1; day <= 3; ++day)
        store.record({record(kA, QStringLiteral("Sales %1").arg(day))}, kBaseUrl, at(day), {});
    const QString middle = QDir(folder()).filePath(store.list().entries.at(1).fileName);
    {
        // Damaged in place: its size is still what the index says, only the checksum can tell.
        QFile file(middle);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        bytes[bytes.size() - 3] = char(bytes.at(bytes.size() - 3) ^ 0x5a);
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    const HistoryListing listing = store.list();
    QCOMPARE(listing.entries.size(), 2);
    QCOMPARE(listing.entries.at(0).takenAt, at(1));
    QCOMPARE(listing.entries.at(1).takenAt, at(3));
    QCOMPARE(listing.problems.size(), 1);
    QVERIFY2(listing.problems.first().contains(QFileInfo(middle).fileName()),
        qPrintable(listing.problems.first()));
    QVERIFY(listing.problems.first().contains(QStringLiteral("checksum")));

    // A truncated file too, and recording goes on.
    {
        QFile file(middle);
        QVERIFY(file.resize(20));
    }
    const HistoryRecordResult next =
        store.record({record(kA, QStringLiteral("Sales 4"))}, kBaseUrl, at(4), {});
    QCOMPARE(next.outcome, HistoryRecordResult::Outcome::Recorded);
    QCOMPARE(next.problems.size(), 1);
    QCOMPARE(store.list().entries.size(), 3);
    QString error;
    QVERIFY2(store.load(store.list().entries.last(), &error), qPrintable(error));
}

void TestHistoryStore::lostIndexIsRebuiltFromTheFiles()
{
    HistoryStore store(folder());
    store.record({record(kA, QStringLiteral("Sales")), record(kB, QStringLiteral("Support"))},
        kBaseUrl, at(1), {});
    store.record({record(kA, QStringLiteral("Sales EU"))}, kBaseUrl, at(2), {});
    const HistoryListing before = store.list();

    // A crash after a snapshot was written and before the index was: the index is gone or old.
    QVERIFY(QFile::remove(QDir(folder()).filePath(QStringLiteral("index.json"))));
    HistoryListing rebuilt = HistoryStore(folder()).list();
    QVERIFY(rebuilt.problems.isEmpty());
    QCOMPARE(rebuilt.entries.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(rebuilt.entries.at(i).takenAt, before.entries.at(i).takenAt);
        QCOMPARE(rebuilt.entries.at(i).contentHash, before.entries.at(i).contentHash);
        QCOMPARE(rebuilt.entries.at(i).changedIds, before.entries.at(i).changedIds);
        QCOMPARE(rebuilt.entries.at(i).removedIds, before.entries.at(i).removedIds);
    }
    QVERIFY(QFile::exists(QDir(folder()).filePath(QStringLiteral("index.json"))));

    QFile index(QDir(folder()).filePath(QStringLiteral("index.json")));
    QVERIFY(index.open(QIODevice::WriteOnly | QIODevice::Truncate));
    index.write("{\"format\": garbage");
    index.close();
    QCOMPARE(HistoryStore(folder()).list().entries.size(), 2);
}

void TestHistoryStore::newestAtOrBeforeADate()
{
    HistoryStore store(folder());
    store.record({record(kA, QStringLiteral("One"))}, kBaseUrl, at(1), {});
    store.record({record(kA, QStringLiteral("Two"))}, kBaseUrl, at(5), {});
    store.record({record(kA, QStringLiteral("Three"))}, kBaseUrl, at(9), {});
    const HistoryListing listing = store.list();
    QVERIFY(!listing.newestAtOrBefore(at(1, 11)));
    QCOMPARE(listing.newestAtOrBefore(at(1))->takenAt, at(1));
    QCOMPARE(listing.newestAtOrBefore(at(7))->takenAt, at(5));
    QCOMPARE(listing.newestAtOrBefore(at(20))->takenAt, at(9));
}

void TestHistoryStore::folderIsPerProfileUnderTheDataFolder()
{
    QStandardPaths::setTestModeEnabled(true);
    const QUuid id = QUuid::createUuid();
    const QString path = HistoryStore::folderFor(id);
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(path.endsWith(QStringLiteral("history/") + id.toString(QUuid::WithoutBraces)));
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
