// The export writer as a user meets its failures: a full disk, a read-only folder, a device
// that fails mid-write, a cancel mid-export. Whatever happens, the old file is as it was, no
// temporary file is left behind, and the message names the file and the reason.

#include "models/core/exportwriter.h"
#include "support/testsavefiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <functional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using testsupport::FailingSaveFile;
using testsupport::ObservedSaveFile;

namespace {

constexpr int kWaitMs = 20'000;

QByteArray payload(qint64 size)
{
    QByteArray data;
    data.reserve(size);
    while (data.size() < size)
        data.append("{\"id\":\"45a095f4-d0ee-4220-a689-22b541c58f67\",\"name\":\"x\"},\n");
    data.truncate(size);
    return data;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

bool runTool(const QString &program, const QStringList &arguments, QString *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(10'000))
        return false;
    if (output)
        *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool isRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

ExportWriteResult runJob(ExportWriteJob &job)
{
    QSignalSpy finished(&job, &ExportWriteJob::finished);
    job.start();
    if (!finished.wait(kWaitMs))
        return {};
    return finished.first().first().value<ExportWriteResult>();
}

} // namespace

class TestExportWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void writesTheBytesWithProgress();
    void replacesAnExistingFile();
    void deviceErrorKeepsTheOldFile();
    void cancelMidWriteKeepsTheOldFile();
    void cancelBeforeWritingTouchesNothing();
    void fullDiskKeepsTheOldFile();
    void readOnlyFolderKeepsTheOldFile();
    void noNamedTemporaryFileWhileWriting();
    void destroyingARunningJobCancelsIt();

private:
    bool mountTinyTmpfs(const QString &size);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_mounted;
    QString m_immutable;
};

void TestExportWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestExportWriter::cleanup()
{
    if (!m_immutable.isEmpty())
        runTool(QStringLiteral("chattr"), {QStringLiteral("-i"), m_immutable});
    m_immutable.clear();
    if (!m_mounted.isEmpty())
        runTool(QStringLiteral("umount"), {m_mounted});
    m_mounted.clear();
    m_dir.reset();
}

bool TestExportWriter::mountTinyTmpfs(const QString &size)
{
    if (!isRoot())
        return false;
    QString output;
    if (!runTool(QStringLiteral("mount"),
            {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                QStringLiteral("size=") + size, QStringLiteral("tmpfs"), m_dir->path()},
            &output)) {
        qInfo("mount -t tmpfs is not allowed here: %s", qPrintable(output));
        return false;
    }
    m_mounted = m_dir->path();
    return true;
}

void TestExportWriter::writesTheBytesWithProgress()
{
    const QString path = m_dir->filePath(QStringLiteral("out.json"));
    const QByteArray data = payload(1'000'000);
    ExportWriteJob job(path, [data] { return data; });
    job.setChunkSize(64 * 1024);
    QSignalSpy built(&job, &ExportWriteJob::built);
    QSignalSpy progress(&job, &ExportWriteJob::progress);
    const ExportWriteResult result = runJob(job);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.bytes, data.size());
    QCOMPARE(readAll(path), data);
    QCOMPARE(built.size(), 1);
    QCOMPARE(built.first().first().toLongLong(), data.size());
    QVERIFY(progress.size() >= 16); // one per chunk, so a bar can move
    QCOMPARE(progress.last().at(0).toLongLong(), data.size());
    QCOMPARE(entries(m_dir->path()), QStringList {QStringLiteral("out.json")});
}

void TestExportWriter::replacesAnExistingFile()
{
    const QString path = m_dir->filePath(QStringLiteral("out.json"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old contents that are longer than the new ones");
    old.close();
    ExportWriteJob job(path, [] { return QByteArray("{}"); });
    const ExportWriteResult result = runJob(job);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(readAll(path), QByteArray("{}"));
    QCOMPARE(entries(m_dir->path()), QStringList {QStringLiteral("out.json")});
}

void TestExportWriter::deviceErrorKeepsTheOldFile()
{
    const QString path = m_dir->filePath(QStringLiteral("report.json"));
    const QByteArray old = "{\"the\":\"old file\"}";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(old);
    file.close();

    ExportWriteJob job(path, [] { return payload(500'000); });
    job.setChunkSize(32 * 1024);
    job.setFileFactory(
        [](const QString &target) { return std::make_unique<FailingSaveFile>(target, 100'000); });
    const ExportWriteResult result = runJob(job);
    QCOMPARE(result.outcome, ExportWriteResult::Outcome::Failed);
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
    QVERIFY2(
        result.error.contains(QStringLiteral("No space left on device")), qPrintable(result.error));
    QCOMPARE(readAll(path), old);
    QCOMPARE(entries(m_dir->path()), QStringList {QStringLiteral("report.json")});
}

void TestExportWriter::cancelMidWriteKeepsTheOldFile()
{
    const QString path = m_dir->filePath(QStringLiteral("report.json"));
    const QByteArray old = "{\"the\":\"old file\"}";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(old);
    file.close();

    ExportWriteJob job(path, [] { return payload(2'000'000); });
    job.setChunkSize(64 * 1024);
    std::atomic<qint64> writtenAtCancel {-1};
    // The user presses Cancel while the third chunk is on its way to the disk.
    job.setFileFactory([&job, &writtenAtCancel](const QString &target) {
        return std::make_unique<ObservedSaveFile>(target, [&job, &writtenAtCancel](qint64 written) {
            if (written >= 3 * 64 * 1024 && writtenAtCancel < 0) {
                writtenAtCancel = written;
                job.cancel();
            }
        });
    });
    const ExportWriteResult result = runJob(job);
    QCOMPARE(result.outcome, ExportWriteResult::Outcome::Cancelled);
    QVERIFY(writtenAtCancel > 0 && writtenAtCancel < 2'000'000);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(readAll(path), old);
    QCOMPARE(entries(m_dir->path()), QStringList {QStringLiteral("report.json")});
}

void TestExportWriter::cancelBeforeWritingTouchesNothing()
{
    const QString path = m_dir->filePath(QStringLiteral("never.json"));
    std::atomic<bool> release {false};
    ExportWriteJob job(path, [&release] {
        while (!release)
            QThread::yieldCurrentThread();
        return QByteArray("{}");
    });
    QSignalSpy finished(&job, &ExportWriteJob::finished);
    job.start();
    job.cancel(); // while the bytes are still being built
    release = true;
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.first().first().value<ExportWriteResult>().outcome,
        ExportWriteResult::Outcome::Cancelled);
    QVERIFY(!QFile::exists(path));
    QVERIFY(entries(m_dir->path()).isEmpty());
}

void TestExportWriter::fullDiskKeepsTheOldFile()
{
    if (!mountTinyTmpfs(QStringLiteral("64k")))
        QSKIP("A tiny tmpfs cannot be mounted here (needs root and mount rights); the same path "
              "is covered by deviceErrorKeepsTheOldFile.");
    const QString path = m_dir->filePath(QStringLiteral("report.json"));
    const QByteArray old = payload(8 * 1024);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(old), old.size());
    file.close();

    ExportWriteJob job(path, [] { return payload(300 * 1024); });
    const ExportWriteResult result = runJob(job);
    QCOMPARE(result.outcome, ExportWriteResult::Outcome::Failed);
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("No space left on device"), Qt::CaseInsensitive),
        qPrintable(result.error));
    QCOMPARE(readAll(path), old);
    QCOMPARE(entries(m_dir->path()), QStringList {QStringLiteral("report.json")});
}

void TestExportWriter::readOnlyFolderKeepsTheOldFile()
{
    const QString folder = m_dir->filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/report.json");
    const QByteArray old = "{\"the\":\"old file\"}";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(old);
    file.close();

    // As root, permission bits do not stop a write: make the folder immutable instead, or
    // fall back to the permission bits for an ordinary user.
    QString output;
    if (isRoot()) {
        if (!runTool(QStringLiteral("chattr"), {QStringLiteral("+i"), folder}, &output))
            QSKIP(qPrintable(
                QStringLiteral("Running as root and chattr +i is not available here (%1); "
                               "deviceErrorKeepsTheOldFile covers the same failure path.")
                    .arg(output)));
        m_immutable = folder;
    } else {
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }

    ExportWriteJob job(path, [] { return QByteArray("{\"the\":\"new file\"}"); });
    const ExportWriteResult result = runJob(job);
    if (!isRoot())
        QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(result.outcome, ExportWriteResult::Outcome::Failed);
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("not permitted"), Qt::CaseInsensitive)
            || result.error.contains(QStringLiteral("denied"), Qt::CaseInsensitive),
        qPrintable(result.error));
    QCOMPARE(readAll(path), old);
    QCOMPARE(entries(folder), QStringList {QStringLiteral("report.json")});
}

void TestExportWriter::noNamedTemporaryFileWhileWriting()
{
    // Where the file system allows it, QSaveFile writes to an unnamed file: a crash at any
    // moment leaves nothing behind. tmpfs does; so does ext4. Observed mid-write.
    if (!mountTinyTmpfs(QStringLiteral("16m")))
        QSKIP("A tmpfs cannot be mounted here to observe the write on a known file system.");
    const QString path = m_dir->filePath(QStringLiteral("report.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("old");
    file.close();

    QStringList seenMidWrite;
    ExportWriteJob job(path, [] { return payload(1'000'000); });
    job.setChunkSize(64 * 1024);
    const QString dir = m_dir->path();
    job.setFileFactory([&seenMidWrite, dir](const QString &target) {
        return std::make_unique<ObservedSaveFile>(target, [&seenMidWrite, dir](qint64 written) {
            if (seenMidWrite.isEmpty() && written > 0)
                seenMidWrite = entries(dir);
        });
    });
    const ExportWriteResult result = runJob(job);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(seenMidWrite, QStringList {QStringLiteral("report.json")});
}

void TestExportWriter::destroyingARunningJobCancelsIt()
{
    const QString path = m_dir->filePath(QStringLiteral("report.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("old");
    file.close();
    {
        auto job = std::make_unique<ExportWriteJob>(path, [] { return payload(4'000'000); });
        job->setChunkSize(4096);
        job->start();
        // Destroyed mid-run, e.g. by closing the window: cancels, waits, leaves the old file.
    }
    // Either it had finished (the new file) or it was cancelled (the old one); never a mix.
    const QByteArray now = readAll(path);
    QVERIFY(now == QByteArray("old") || now == payload(4'000'000));
    QCOMPARE(entries(m_dir->path()), QStringList {QStringLiteral("report.json")});
}

QTEST_GUILESS_MAIN(TestExportWriter)
#include "tst_exportwriter.moc"
