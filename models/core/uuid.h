#pragma once

#include <QByteArrayView>
#include <QStringView>

/// Whether @p text is a UUID in its canonical 8-4-4-4-12 hexadecimal form (any case).
bool isCanonicalUuid(QStringView text);

/// As isCanonicalUuid(), for text given as its UTF-8 bytes: checked on the bytes, eight at a
/// time, without decoding them (a record holds several ids and a page many records).
bool isCanonicalUuidUtf8(QByteArrayView utf8);
