#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

/**
 * Dates, times and sizes as the window shows them: in the order, digits and names of the
 * chosen language (QLocale(), which installTranslators() sets), and as precise in every
 * language as in English: a four-digit year and seconds, where a language's short format
 * would cut the year to two digits and drop the seconds ("21.03.21 14:29").
 *
 * For the screen only: files and exports write ISO 8601 and never go through here.
 */
namespace LocaleFormat {

/// The QDateTime display format for @p locale: its short format, widened as above.
QString dateTimeFormat(const QLocale &locale = QLocale());

/// The time-of-day format for @p locale, with seconds.
QString timeFormat(const QLocale &locale = QLocale());

/// @p when in local time, date and time; empty for an invalid date.
QString dateTime(const QDateTime &when, const QLocale &locale = QLocale());

/// The local time of day of @p when; empty for an invalid date.
QString time(const QDateTime &when, const QLocale &locale = QLocale());

/// A byte count in SI units with one decimal ("1.5 MB", "1,5 MB").
QString dataSize(qint64 bytes, const QLocale &locale = QLocale());

} // namespace LocaleFormat
