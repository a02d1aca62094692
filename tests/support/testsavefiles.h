#pragma once

// QSaveFile stand-ins for the writer's FileFactory seam: the real file underneath, with a
// fault or an observer at the device, so tests reach failure paths a disk rarely offers.

#include <QSaveFile>
#include <algorithm>
#include <functional>

namespace testsupport {

/// A QSaveFile whose device fails like a full disk once @p failAfter bytes were written.
class FailingSaveFile : public QSaveFile
{
public:
    FailingSaveFile(const QString &path, qint64 failAfter)
        : QSaveFile(path)
        , m_left(failAfter)
    { }

protected:
    qint64 writeData(const char *data, qint64 len) override
    {
        if (len > m_left) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_left -= len;
        return QSaveFile::writeData(data, len);
    }

private:
    qint64 m_left;
};

/// A QSaveFile that calls @p onWrite with the bytes written so far after each chunk it
/// took (in the writer's thread).
class ObservedSaveFile : public QSaveFile
{
public:
    ObservedSaveFile(const QString &path, std::function<void(qint64)> onWrite)
        : QSaveFile(path)
        , m_onWrite(std::move(onWrite))
    { }

protected:
    qint64 writeData(const char *data, qint64 len) override
    {
        const qint64 written = QSaveFile::writeData(data, len);
        m_written += std::max<qint64>(0, written);
        m_onWrite(m_written);
        return written;
    }

private:
    std::function<void(qint64)> m_onWrite;
    qint64 m_written = 0;
};

} // namespace testsupport
