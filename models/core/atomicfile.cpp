#include "models/core/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTemporaryFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include "models/core/windowsdevicename.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#endif

Q_LOGGING_CATEGORY(lcFiles, "console.files")

namespace {

FileWriteResult failure(const QString &path, const QString &reason)
{
    FileWriteResult result;
    result.error = QCoreApplication::translate("AtomicFile", "Could not save \"%1\": %2")
                       .arg(QDir::toNativeSeparators(path), reason);
    return result;
}

// A device, FIFO or socket is a stream, not a file: a temporary file renamed over it would
// replace the node itself (a pipe a reader waits on, /dev/null), so such targets are written
// through. Symbolic links are followed, so /dev/stdout is judged by what it points to.
bool isStreamNode(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat status
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return false;
    return S_ISCHR(status.st_mode) || S_ISBLK(status.st_mode) || S_ISFIFO(status.st_mode)
        || S_ISSOCK(status.st_mode);
#else
    Q_UNUSED(path);
    return false;
#endif
}

} // namespace

FileWriteResult writeFileAtomically(const QString &path, QByteArrayView data)
{
    AtomicOutput output(path);
    FileWriteResult result;
    result.ok = output.open() && output.write(data) && output.commit();
    result.error = output.errorString();
    return result;
}

bool writeAll(QIODevice &device, QByteArrayView data)
{
    qsizetype written = 0;
    while (written < data.size()) {
        const qint64 chunk = device.write(data.data() + written, data.size() - written);
        if (chunk <= 0)
            return false;
        written += chunk;
    }
    return true;
}

void syncParentDirectory(const QString &filePath)
{
#ifdef Q_OS_UNIX
    const QByteArray directory = QFile::encodeName(QFileInfo(filePath).absolutePath());
    const int fd = ::open(directory.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        qCWarning(lcFiles) << "Cannot open directory to sync it:" << directory
                           << std::strerror(errno);
        return;
    }
    if (::fsync(fd) != 0)
        qCWarning(lcFiles) << "Cannot sync directory:" << directory << std::strerror(errno);
    ::close(fd);
#else
    Q_UNUSED(filePath);
#endif
}

namespace {

constexpr qint64 kCopyChunk = 1024 * 1024;

} // namespace

AtomicOutput::AtomicOutput(const QString &path)
    : m_path(path)
{ }

AtomicOutput::AtomicOutput()
    : m_throughStream(true)
{ }

AtomicOutput::~AtomicOutput()
{
    discard();
}

bool AtomicOutput::fail(const QString &reason)
{
    m_error = m_path.isEmpty() && m_throughStream ? reason : failure(m_path, reason).error;
    discard();
    return false;
}

bool AtomicOutput::open()
{
    m_error.clear();
    m_size = 0;
    if (!m_throughStream) {
        if (m_path.isEmpty())
            return fail(QCoreApplication::translate("AtomicFile", "no file name given."));
#ifdef Q_OS_WIN
        m_throughStream = isWindowsDeviceName(m_path);
#endif
        m_throughStream = m_throughStream || isStreamNode(m_path);
    }
    if (m_throughStream) {
        m_spool = std::make_unique<QTemporaryFile>(
            QDir(QDir::tempPath()).filePath(QStringLiteral("orchestration-console-XXXXXX")));
        if (!m_spool->open())
            return fail(m_spool->errorString());
        return true;
    }
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly))
        return fail(m_file->errorString());
    return true;
}

bool AtomicOutput::write(QByteArrayView data)
{
    QFileDevice *device = m_throughStream ? static_cast<QFileDevice *>(m_spool.get())
                                          : static_cast<QFileDevice *>(m_file.get());
    if (!device)
        return fail(QCoreApplication::translate("AtomicFile", "the file is not open."));
    if (!writeAll(*device, data))
        return fail(device->errorString());
    m_size += data.size();
    return true;
}

bool AtomicOutput::commit()
{
    if (m_file) {
        if (!m_file->commit())
            return fail(m_file->errorString());
        syncParentDirectory(m_file->fileName());
        m_file.reset();
        return true;
    }
    if (!m_spool || m_path.isEmpty())
        return fail(QCoreApplication::translate("AtomicFile", "the file is not open."));
#ifdef Q_OS_WIN
    if (isWindowsDeviceName(m_path)) {
        // NUL, CON, COM1... are devices in every folder. The C runtime opens them by their
        // Win32 name, so NUL really is the null device.
        FILE *device = _wfopen(reinterpret_cast<const wchar_t *>(m_path.utf16()), L"wb");
        if (!device)
            return fail(QString::fromLocal8Bit(std::strerror(errno)));
        bool written = m_spool->seek(0);
        while (written && !m_spool->atEnd()) {
            const QByteArray chunk = m_spool->read(kCopyChunk);
            written = !chunk.isEmpty()
                && std::fwrite(chunk.constData(), 1, size_t(chunk.size()), device)
                    == size_t(chunk.size());
        }
        const int error = errno;
        if (std::fclose(device) != 0 || !written)
            return fail(QString::fromLocal8Bit(std::strerror(written ? errno : error)));
        m_spool.reset();
        return true;
    }
#endif
    // Unbuffered, so a device that refuses the bytes (/dev/full) says so at write().
    QFile stream(m_path);
    if (!stream.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(stream.errorString());
    if (!copySpool(stream))
        return false;
    stream.close();
    if (stream.error() != QFileDevice::NoError)
        return fail(stream.errorString());
    return true;
}

bool AtomicOutput::commitTo(QIODevice &stream)
{
    if (!m_spool)
        return fail(QCoreApplication::translate("AtomicFile", "the file is not open."));
    const QString path = std::exchange(m_path, QString());
    const bool copied = copySpool(stream);
    m_path = path;
    return copied;
}

bool AtomicOutput::copySpool(QIODevice &stream)
{
    if (!m_spool->seek(0))
        return fail(m_spool->errorString());
    QByteArray chunk;
    while (!m_spool->atEnd()) {
        chunk = m_spool->read(kCopyChunk);
        if (chunk.isEmpty())
            return fail(m_spool->errorString());
        if (!writeAll(stream, chunk))
            return fail(stream.errorString());
    }
    m_spool.reset(); // removes the temporary file
    return true;
}

void AtomicOutput::discard()
{
    if (m_file) {
        m_file->cancelWriting(); // the destructor then removes the temporary file
        m_file.reset();
    }
    m_spool.reset();
}
