#include "models/core/isodatetime.h"

#include <optional>

namespace {

/// The decimal number in text[0, Count), or -1 when a byte is not a digit.
template<int Count> int digits(const char *text)
{
    int value = 0;
    bool ok = true;
    for (int i = 0; i < Count; ++i) {
        const unsigned digit = unsigned(uchar(text[i])) - '0';
        ok &= digit <= 9;
        value = value * 10 + int(digit);
    }
    return ok ? value : -1;
}

/// Days from 1970-01-01 to the proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

/**
 * The contract's own spelling, "2021-03-21T14:29:01.516Z", read by hand. Anything else
 * (another offset, no milliseconds, an impossible date, a leap second) is left to
 * QDateTime::fromString(), so the result is always what it would have said.
 */
std::optional<QDateTime> contractDate(QByteArrayView text)
{
    if (text.size() != 24)
        return std::nullopt;
    const char *t = text.data();
    if (t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' || t[16] != ':' || t[19] != '.'
        || t[23] != 'Z')
        return std::nullopt;
    const int year = digits<4>(t);
    const int month = digits<2>(t + 5);
    const int day = digits<2>(t + 8);
    const int hour = digits<2>(t + 11);
    const int minute = digits<2>(t + 14);
    const int second = digits<2>(t + 17);
    const int msec = digits<3>(t + 20);
    if (year < 1 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0
        || minute > 59 || second < 0 || second > 59 || msec < 0)
        return std::nullopt;
    static constexpr int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > monthDays[month - 1] + (month == 2 && leap))
        return std::nullopt;
    const qint64 msecs = daysFromCivil(year, month, day) * 86400000LL
        + ((hour * 60 + minute) * 60 + second) * 1000LL + msec;
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

} // namespace

QDateTime IsoDateTime::fromUtf8(QByteArrayView utf8)
{
    if (std::optional<QDateTime> date = contractDate(utf8))
        return *date;
    return fromString(QString::fromUtf8(utf8));
}

QDateTime IsoDateTime::fromString(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}
