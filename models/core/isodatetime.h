#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

/**
 * Reads the date-times of the API's records: ISO 8601 with optional milliseconds, as
 * QDateTime::fromString(text, Qt::ISODateWithMs) reads it, always in UTC.
 *
 * The contract's own spelling, "2021-03-21T14:29:01.516Z", is read by hand from the bytes
 * (a page holds two per record, and the general parser took most of the time of reading
 * one); anything else goes to QDateTime, so the result is always what it would have said.
 */
namespace IsoDateTime {

/// The date-time @p utf8 spells, in UTC; invalid when it is not one.
QDateTime fromUtf8(QByteArrayView utf8);

/// As fromUtf8(), for decoded text.
QDateTime fromString(const QString &text);

} // namespace IsoDateTime
