#include "app/standardoutput.h"

#include "models/core/atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <cerrno>
#include <cstdio>
#include <cstring>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

bool openStandardOutput(QFile &out, QString *error)
{
    // Whatever stdio or a QTextStream queued before goes first, so the order holds.
    if (std::fflush(stdout) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    // Unbuffered on the descriptor itself: write() reports ENOSPC or EPIPE here and now.
    if (!out.open(fileno(stdout), QIODevice::WriteOnly | QIODevice::Unbuffered,
            QFileDevice::DontCloseHandle)) {
        *error = out.errorString();
        return false;
    }
    return true;
}

bool writeStandardOutput(QByteArrayView data, QString *error)
{
    QFile out;
    if (!openStandardOutput(out, error))
        return false;
    if (!writeAll(out, data)) {
        *error = out.errorString().isEmpty()
            ? QCoreApplication::translate("StandardOutput", "the write failed")
            : out.errorString();
        return false;
    }
    return true;
}

void reportStandardOutputFailure(const QString &error)
{
    const QString line = QCoreApplication::applicationName() + QStringLiteral(": ")
        + QCoreApplication::translate("StandardOutput", "cannot write to standard output: %1")
              .arg(error.isEmpty()
                      ? QCoreApplication::translate("StandardOutput", "the write failed")
                      : error)
        + QLatin1Char('\n');
    const QByteArray bytes = line.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

bool printStandardOutput(QByteArrayView data)
{
    QString error;
    if (writeStandardOutput(data, &error))
        return true;
    reportStandardOutputFailure(error);
    return false;
}
