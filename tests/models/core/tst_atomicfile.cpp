#include "models/core/atomicfile.h"
#include "support/devicenodes.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

/// A user's export must never be half-written: either the new bytes are all there, or the
/// old file is exactly as it was and nothing else appeared beside it.
class TestAtomicFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writesANewFile();
    void overwritesAnExistingFile();
    void writesAnEmptyFile();
    void emptyPathIsAClearError();
    void parentIsARegularFile();
    void parentDirectoryMissing();
    void targetIsADirectory();
    void readOnlyDirectoryKeepsTheOldFile();
    void failedWriteKeepsTheOldFile();
    void regularFileIsReplacedByRename();
    void fifoIsWrittenThrough();
    void devNullIsWrittenThrough();
    void fullDeviceReportsTheWriteError();
    void piecesReplaceTheFileOnlyAtCommit();
    void discardedOutputKeepsTheOldFile();
    void uncommittedNewFileLeavesNothing();
    void streamGetsThePiecesOnlyAtCommit();

private:
    static QByteArray contents(const QString &path);
    QStringList entries() const;
    static void verifyClearError(const FileWriteResult &result, const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAtomicFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QByteArray TestAtomicFile::contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "<unreadable>";
    return file.readAll();
}

QStringList TestAtomicFile::entries() const
{
    // Hidden and system entries too: a temporary file must not hide among them.
    return QDir(m_dir->path())
        .entryList(
            QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

void TestAtomicFile::verifyClearError(const FileWriteResult &result, const QString &path)
{
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
    // "Could not save "<path>": <reason>": the reason is there and not empty.
    const qsizetype reasonAt = result.error.lastIndexOf(u"\": "_s);
    QVERIFY2(reasonAt > 0 && result.error.size() > reasonAt + 3, qPrintable(result.error));
}

void TestAtomicFile::writesANewFile()
{
    const QString path = m_dir->filePath(u"export.json"_s);
    const QByteArray data = "{\"orchestration\":[]}\n";
    const FileWriteResult result = writeFileAtomically(path, data);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(contents(path), data);
    QCOMPARE(entries(), QStringList {u"export.json"_s});
}

void TestAtomicFile::overwritesAnExistingFile()
{
    const QString path = m_dir->filePath(u"export.json"_s);
    QVERIFY(writeFileAtomically(path, QByteArray(100000, 'a')).ok);
    const QByteArray data = "short";
    const FileWriteResult result = writeFileAtomically(path, data);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(contents(path), data); // replaced, not overwritten in place (no tail of 'a's)
    QCOMPARE(entries(), QStringList {u"export.json"_s});
}

void TestAtomicFile::writesAnEmptyFile()
{
    const QString path = m_dir->filePath(u"empty.json"_s);
    const FileWriteResult result = writeFileAtomically(path, QByteArrayView());
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(QFileInfo(path).size(), 0);
}

void TestAtomicFile::emptyPathIsAClearError()
{
    const FileWriteResult result = writeFileAtomically(QString(), "x");
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
}

void TestAtomicFile::parentIsARegularFile()
{
    const QString blocker = m_dir->filePath(u"not-a-folder"_s);
    QVERIFY(writeFileAtomically(blocker, "keep me").ok);
    const QString path = blocker + u"/export.json"_s;
    const FileWriteResult result = writeFileAtomically(path, "new");
    verifyClearError(result, path);
    QCOMPARE(contents(blocker), QByteArray("keep me"));
    QCOMPARE(entries(), QStringList {u"not-a-folder"_s});
}

void TestAtomicFile::parentDirectoryMissing()
{
    const QString path = m_dir->filePath(u"missing/export.json"_s);
    const FileWriteResult result = writeFileAtomically(path, "new");
    verifyClearError(result, path);
    QVERIFY(entries().isEmpty()); // the folder was not created either
}

void TestAtomicFile::targetIsADirectory()
{
    const QString path = m_dir->filePath(u"export.json"_s);
    QVERIFY(QDir(m_dir->path()).mkdir(u"export.json"_s));
    QVERIFY(writeFileAtomically(path + u"/inside.txt"_s, "inside").ok);
    const FileWriteResult result = writeFileAtomically(path, "new");
    verifyClearError(result, path);
    QVERIFY(QFileInfo(path).isDir());
    QCOMPARE(contents(path + u"/inside.txt"_s), QByteArray("inside"));
    QCOMPARE(entries(), QStringList {u"export.json"_s});
    QCOMPARE(QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList {u"inside.txt"_s});
}

void TestAtomicFile::readOnlyDirectoryKeepsTheOldFile()
{
#ifdef Q_OS_UNIX
    if (::geteuid() == 0)
        QSKIP("Running as root: permission bits do not stop root from writing. "
              "failedWriteKeepsTheOldFile covers a failing write instead.");
#endif
    const QString folder = m_dir->filePath(u"locked"_s);
    QVERIFY(QDir(m_dir->path()).mkdir(u"locked"_s));
    const QString path = folder + u"/export.json"_s;
    QVERIFY(writeFileAtomically(path, "old").ok);
    const QFileDevice::Permissions writable = QFile::permissions(folder);
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const FileWriteResult result = writeFileAtomically(path, "new");
    QVERIFY(QFile::setPermissions(folder, writable)); // before any check can return
    verifyClearError(result, path);
    QCOMPARE(contents(path), QByteArray("old"));
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList {u"export.json"_s});
}

void TestAtomicFile::failedWriteKeepsTheOldFile()
{
#ifdef Q_OS_UNIX
    // A file size limit makes write() fail with EFBIG part way, for root too: the closest
    // thing to a full disk a test can arrange.
    const QString path = m_dir->filePath(u"export.json"_s);
    QVERIFY(writeFileAtomically(path, "old").ok);

    rlimit saved {};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit limited = saved;
    limited.rlim_cur = 64 * 1024;
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limited), 0);
    const FileWriteResult result = writeFileAtomically(path, QByteArray(1024 * 1024, 'x'));
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    verifyClearError(result, path);
    QCOMPARE(contents(path), QByteArray("old"));
    QCOMPARE(entries(), QStringList {u"export.json"_s});
#else
    QSKIP("Needs RLIMIT_FSIZE (POSIX).");
#endif
}

void TestAtomicFile::regularFileIsReplacedByRename()
{
#ifdef Q_OS_UNIX
    // A regular file keeps the atomic replace: a new inode arrives by rename, the old one is
    // never written into.
    const QString path = m_dir->filePath(u"export.json"_s);
    QVERIFY(writeFileAtomically(path, "old").ok);
    struct stat before
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &before), 0);
    QVERIFY(writeFileAtomically(path, "new").ok);
    struct stat after
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &after), 0);
    QVERIFY(S_ISREG(after.st_mode));
    QVERIFY(before.st_ino != after.st_ino);
    QCOMPARE(contents(path), QByteArray("new"));
#else
    QSKIP("Inodes are POSIX.");
#endif
}

void TestAtomicFile::fifoIsWrittenThrough()
{
#ifdef Q_OS_UNIX
    // `export -o pipe` with a reader on the other end: the reader gets every byte and the
    // FIFO is still a FIFO afterwards, not a regular file renamed over it.
    const QString path = m_dir->filePath(u"pipe"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    const QByteArray data(200000, 'r'); // larger than a pipe's buffer
    testsupport::FifoReader reader(path, 20000);
    QVERIFY(reader.isOpen());
    const FileWriteResult result = writeFileAtomically(path, data);
    const QByteArray received = reader.take();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(received.size(), data.size());
    QCOMPARE(received, data);
    struct stat status
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
    QVERIFY(S_ISFIFO(status.st_mode));
    QCOMPARE(entries(), QStringList {u"pipe"_s});
#else
    QSKIP("FIFOs are POSIX.");
#endif
}

void TestAtomicFile::devNullIsWrittenThrough()
{
#ifdef Q_OS_UNIX
    // As a normal user the rename into /dev fails ("Permission denied"); as root it would
    // replace the device. Either way the right thing is to write into it.
    const QString path = testsupport::deviceNode(m_dir->path(), u"null"_s, 3);
    if (path.isEmpty())
        QSKIP("Root without CAP_MKNOD: no safe character device to write to.");
    const FileWriteResult result = writeFileAtomically(path, "discarded");
    QVERIFY2(result.ok, qPrintable(result.error));
    struct stat status
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
    QVERIFY(S_ISCHR(status.st_mode));
#else
    QSKIP("Character devices here are POSIX.");
#endif
}

void TestAtomicFile::fullDeviceReportsTheWriteError()
{
#ifdef Q_OS_UNIX
    const QString path = testsupport::deviceNode(m_dir->path(), u"full"_s, 7);
    if (path.isEmpty() || !QFileInfo::exists(path))
        QSKIP("No safe /dev/full here.");
    const FileWriteResult result = writeFileAtomically(path, QByteArray(4096, 'x'));
    verifyClearError(result, path);
    struct stat status
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
    QVERIFY(S_ISCHR(status.st_mode));
#else
    QSKIP("/dev/full is Linux.");
#endif
}

void TestAtomicFile::piecesReplaceTheFileOnlyAtCommit()
{
    // An export written page by page: the old file stays whole until the last piece is in.
    const QString path = m_dir->filePath(u"export.json"_s);
    QVERIFY(writeFileAtomically(path, "old").ok);
    AtomicOutput output(path);
    QVERIFY2(output.open(), qPrintable(output.errorString()));
    QVERIFY(output.write("first "));
    QVERIFY(output.write(QByteArray(300000, 'x')));
    QVERIFY(output.write(" last"));
    QCOMPARE(contents(path), QByteArray("old"));
    QVERIFY2(output.commit(), qPrintable(output.errorString()));
    QCOMPARE(output.size(), qint64(300011));
    QCOMPARE(contents(path), "first " + QByteArray(300000, 'x') + " last");
    QCOMPARE(entries(), QStringList {u"export.json"_s});
}

void TestAtomicFile::discardedOutputKeepsTheOldFile()
{
    const QString path = m_dir->filePath(u"export.json"_s);
    QVERIFY(writeFileAtomically(path, "old").ok);
    AtomicOutput output(path);
    QVERIFY(output.open());
    QVERIFY(output.write("new, but the scan failed"));
    output.discard();
    QCOMPARE(contents(path), QByteArray("old"));
    QCOMPARE(entries(), QStringList {u"export.json"_s});
}

void TestAtomicFile::uncommittedNewFileLeavesNothing()
{
    {
        AtomicOutput output(m_dir->filePath(u"new.json"_s));
        QVERIFY(output.open());
        QVERIFY(output.write("never committed"));
    }
    QVERIFY(entries().isEmpty());
}

void TestAtomicFile::streamGetsThePiecesOnlyAtCommit()
{
    // Standard output: nothing reaches it until the document is complete.
    QBuffer stream;
    QVERIFY(stream.open(QIODevice::WriteOnly));
    AtomicOutput output;
    QVERIFY2(output.open(), qPrintable(output.errorString()));
    const QByteArray large(3 * 1024 * 1024 + 7, 'y'); // more than one copy chunk
    QVERIFY(output.write("{"));
    QVERIFY(output.write(large));
    QVERIFY(output.write("}"));
    QVERIFY(stream.data().isEmpty());
    QVERIFY2(output.commitTo(stream), qPrintable(output.errorString()));
    QCOMPARE(stream.data(), "{" + large + "}");
}

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
