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
#include <unistd.h>
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

} // namespace

FileWriteResult writeFileAtomically(const QString &path, QByteArrayView data)
{
    if (path.isEmpty())
        return failure(path, QCoreApplication::translate("AtomicFile", "no file name given."));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, file.errorString());

    qsizetype written = 0;
    while (written < data.size()) {
        const qint64 chunk = file.write(data.data() + written, data.size() - written);
        if (chunk <= 0) {
            const QString reason = file.errorString();
            file.cancelWriting(); // the destructor then removes the temporary file
            return failure(path, reason);
        }
        written += chunk;
    }
    if (!file.commit())
        return failure(path, file.errorString());

    syncParentDirectory(file.fileName());
    FileWriteResult result;
    result.ok = true;
    return result;
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
