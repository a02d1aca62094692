#include "models/core/localeformat.h"

#include <QRegularExpression>

namespace {

/// Widens a short date/time format: "yy" becomes "yyyy", and minutes gain seconds with the
/// separator the locale puts between hours and minutes.
QString widened(QString format)
{
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    format.replace(twoDigitYear, QStringLiteral("yyyy"));
    if (!format.contains(QLatin1Char('s'))) {
        static const QRegularExpression minutes(QStringLiteral("([hH]{1,2})([^hHm]*)(m{1,2})"));
        format.replace(minutes, QStringLiteral("\\1\\2mm\\2ss"));
    }
    return format;
}

} // namespace

namespace LocaleFormat {

QString dateTimeFormat(const QLocale &locale)
{
    return widened(locale.dateTimeFormat(QLocale::ShortFormat));
}

QString timeFormat(const QLocale &locale)
{
    return widened(locale.timeFormat(QLocale::ShortFormat));
}

QString dateTime(const QDateTime &when, const QLocale &locale)
{
    if (!when.isValid())
        return {};
    return locale.toString(when.toLocalTime(), dateTimeFormat(locale));
}

QString time(const QDateTime &when, const QLocale &locale)
{
    if (!when.isValid())
        return {};
    return locale.toString(when.toLocalTime().time(), timeFormat(locale));
}

QString dataSize(qint64 bytes, const QLocale &locale)
{
    return locale.formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace LocaleFormat
