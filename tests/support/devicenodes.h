#pragma once

// Character devices for tests that write to them (/dev/null, /dev/full) without any risk to
// the machine's own: a fault that replaced the target by a rename replaces only a twin.

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QString>
#include <thread>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#endif

namespace testsupport {

/**
 * A character device like /dev/@p name (Linux major 1, @p minor: 3 null, 7 full) to write to.
 * Root gets a twin made with mknod in @p folder. A normal user, who cannot rename into /dev,
 * gets the real node. Empty when neither is safe (root without CAP_MKNOD, or not POSIX).
 */
inline QString deviceNode(const QString &folder, const QString &name, int minor)
{
#ifdef Q_OS_UNIX
    const QString twin = QDir(folder).filePath(name);
    if (::mknod(QFile::encodeName(twin).constData(), S_IFCHR | 0666, makedev(1, minor)) == 0)
        return twin;
    if (::geteuid() == 0)
        return {};
    const QString real = QStringLiteral("/dev/") + name;
    return QFile::exists(real) ? real : QString();
#else
    Q_UNUSED(folder);
    Q_UNUSED(name);
    Q_UNUSED(minor);
    return {};
#endif
}

#ifdef Q_OS_UNIX
/**
 * The reading end of a FIFO, opened at once (without waiting for a writer), that collects
 * what a writer sends until the writer closes it, in a thread of its own. It never hangs a
 * test: should the FIFO be replaced instead of written (the very fault under test), no
 * writer ever comes and take() returns what arrived by the deadline, nothing.
 */
class FifoReader
{
public:
    FifoReader(const QString &path, int timeoutMs)
        : m_fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC))
    {
        if (m_fd < 0)
            return;
        m_thread = std::thread([this, timeoutMs] { collect(timeoutMs); });
    }
    ~FifoReader() { take(); }
    FifoReader(const FifoReader &) = delete;
    FifoReader &operator=(const FifoReader &) = delete;

    bool isOpen() const { return m_fd >= 0; }
    /// Waits for the writer to close (or the deadline) and returns what it sent.
    QByteArray take()
    {
        if (m_thread.joinable())
            m_thread.join();
        if (m_fd >= 0) {
            ::close(m_fd);
            m_fd = -1;
        }
        return m_received;
    }

private:
    void collect(int timeoutMs)
    {
        // Linux reports neither POLLIN nor POLLHUP before a first writer, so an early read
        // is never taken for the end.
        QElapsedTimer clock;
        clock.start();
        char buffer[65536];
        while (clock.elapsed() < timeoutMs) {
            pollfd entry {m_fd, POLLIN, 0};
            if (::poll(&entry, 1, 100) <= 0 || !(entry.revents & (POLLIN | POLLHUP)))
                continue;
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            if (n > 0)
                m_received.append(buffer, n);
            else if (n == 0 || errno != EAGAIN)
                return;
        }
    }

    int m_fd = -1;
    std::thread m_thread;
    QByteArray m_received;
};
#endif

} // namespace testsupport
