#include "models/client/retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>
#include <algorithm>

using std::chrono::milliseconds;

RetryPolicy::Decision RetryPolicy::decide(const ApiError &error, int attemptsMade,
    const QByteArray &retryAfter, milliseconds remaining, RetryBudget *budget) const
{
    if (!error.isTransient() || attemptsMade >= maxAttempts)
        return {};
    milliseconds delay = backoff(attemptsMade);
    std::optional<milliseconds> capped;
    if (const auto serverDelay = parseRetryAfter(retryAfter)) {
        delay = std::min(*serverDelay, maxRetryAfter);
        if (*serverDelay > maxRetryAfter)
            capped = serverDelay;
    }
    // Waiting past the deadline would only turn this error into a timeout.
    if (delay >= remaining)
        return {};
    if (budget && !budget->consume())
        return {};
    return {true, delay, capped};
}

QString RetryPolicy::Decision::cappedNote() const
{
    if (!cappedRetryAfter)
        return {};
    const auto seconds = [](milliseconds ms) {
        return QString::number(std::chrono::duration_cast<std::chrono::seconds>(ms).count());
    };
    return QStringLiteral("the server asked for %1 s; waiting %2 s")
        .arg(seconds(*cappedRetryAfter), seconds(delay));
}

milliseconds RetryPolicy::backoffCeiling(int retry) const
{
    const int doublings = std::clamp(retry - 1, 0, 30);
    const auto base = std::max<qint64>(baseDelay.count(), 0);
    // Stop doubling once past the cap, so the shift cannot overflow.
    qint64 ceiling = base;
    for (int i = 0; i < doublings && ceiling < maxDelay.count(); ++i)
        ceiling *= 2;
    return milliseconds(std::min<qint64>(ceiling, maxDelay.count()));
}

milliseconds RetryPolicy::backoff(int retry) const
{
    const qint64 ceiling = backoffCeiling(retry).count();
    if (ceiling <= 0)
        return milliseconds(0);
    return milliseconds(QRandomGenerator::global()->bounded(ceiling + 1));
}

std::optional<milliseconds> RetryPolicy::parseRetryAfter(
    const QByteArray &value, const QDateTime &now)
{
    const QString text = QString::fromLatin1(value).simplified();
    if (text.isEmpty())
        return std::nullopt;

    // delay-seconds is 1*DIGIT (RFC 9110 10.2.3), of any length: a value that does not fit
    // saturates instead of wrapping into a negative or short delay.
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
        constexpr qint64 maxSeconds = milliseconds::max().count() / 1000;
        qint64 seconds = 0;
        for (const QChar c : text) {
            const int digit = c.unicode() - '0';
            if (seconds > (maxSeconds - digit) / 10)
                return milliseconds::max();
            seconds = seconds * 10 + digit;
        }
        return milliseconds(seconds * 1000);
    }

    // HTTP dates are always GMT and in English (RFC 9110 5.6.7).
    const QLocale c = QLocale::c();
    static const QString formats[] = {
        QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"), // IMF-fixdate
        QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'GMT'"), // obsolete RFC 850
        QStringLiteral("ddd MMM d HH:mm:ss yyyy"), // obsolete asctime
    };
    for (const QString &format : formats) {
        QDateTime when = c.toDateTime(text, format);
        if (!when.isValid())
            continue;
        if (when.date().year() < 1970) // two-digit RFC 850 years
            when = when.addYears(100);
        when.setTimeZone(QTimeZone::utc());
        const qint64 delta = now.msecsTo(when);
        return milliseconds(std::max<qint64>(delta, 0));
    }
    return std::nullopt;
}
