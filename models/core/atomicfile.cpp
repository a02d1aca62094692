#include "models/core/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

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

#ifdef Q_OS_WIN
/// NUL, CON, COM1... are devices in every folder: they are written straight through (a
/// temporary file cannot be renamed over a device). The C runtime opens them by their Win32
/// name, so NUL really is the null device.
FileWriteResult writeToWindowsDevice(const QString &path, QByteArrayView data)
{
    FILE *device = _wfopen(reinterpret_cast<const wchar_t *>(path.utf16()), L"wb");
    if (!device)
        return failure(path, QString::fromLocal8Bit(std::strerror(errno)));
    const bool written =
        std::fwrite(data.data(), 1, size_t(data.size()), device) == size_t(data.size());
    const int error = errno;
    if (std::fclose(device) != 0 || !written)
        return failure(path, QString::fromLocal8Bit(std::strerror(written ? errno : error)));
    FileWriteResult result;
    result.ok = true;
    return result;
}
#endif

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

// Unbuffered, so a device that refuses the bytes (/dev/full) says so at write() and not at
// a flush whose error is easy to lose.
FileWriteResult writeThrough(const QString &path, QByteArrayView data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failure(path, file.errorString());
    if (!writeAll(file, data))
        return failure(path, file.errorString());
    file.close();
    if (file.error() != QFileDevice::NoError)
        return failure(path, file.errorString());
    FileWriteResult result;
    result.ok = true;
    return result;
}

} // namespace

FileWriteResult writeFileAtomically(const QString &path, QByteArrayView data)
{
    if (path.isEmpty())
        return failure(path, QCoreApplication::translate("AtomicFile", "no file name given."));
#ifdef Q_OS_WIN
    if (isWindowsDeviceName(path))
        return writeToWindowsDevice(path, data);
#endif
    if (isStreamNode(path))
        return writeThrough(path, data);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, file.errorString());

    if (!writeAll(file, data)) {
        const QString reason = file.errorString();
        file.cancelWriting(); // the destructor then removes the temporary file
        return failure(path, reason);
    }
    if (!file.commit())
        return failure(path, file.errorString());

    syncParentDirectory(file.fileName());
    FileWriteResult result;
    result.ok = true;
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
