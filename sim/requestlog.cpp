#include "sim/requestlog.h"

#include <QMutexLocker>

namespace hubsim {

namespace {
// A long demo session keeps the newest requests; tests never come near this.
constexpr qsizetype kMaxEntries = 100000;
} // namespace

QByteArray LoggedRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool LoggedRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &entry : headers) {
        if (QByteArrayView(entry.first).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString LoggedRequest::queryValue(const QString &name) const
{
    for (const auto &[key, value] : query) {
        if (key == name)
            return value.isNull() ? QString(QLatin1String("")) : value;
    }
    return {};
}

void RequestLog::append(const LoggedRequest &request)
{
    QMutexLocker lock(&m_mutex);
    if (m_entries.size() >= kMaxEntries)
        m_entries.removeFirst();
    m_entries.append(request);
}

QList<LoggedRequest> RequestLog::entries() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

void RequestLog::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

int RequestLog::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

int RequestLog::countRequests(const QString &path) const
{
    QMutexLocker lock(&m_mutex);
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
        [&path](const LoggedRequest &entry) { return entry.path == path; }));
}

int RequestLog::countRedirectTargetRequests() const
{
    QMutexLocker lock(&m_mutex);
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
        [](const LoggedRequest &entry) { return entry.toRedirectTarget; }));
}

bool RequestLog::anyUrlContains(const QString &text) const
{
    QMutexLocker lock(&m_mutex);
    for (const LoggedRequest &entry : m_entries) {
        const QByteArray encoded = entry.url.toEncoded();
        if (QString::fromLatin1(encoded).contains(text)
            || QUrl::fromPercentEncoding(encoded).contains(text))
            return true;
    }
    return false;
}

} // namespace hubsim
