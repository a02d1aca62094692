#include "models/core/stringinterner.h"

#include <cstring>

namespace {

bool isAscii(QByteArrayView bytes)
{
    quint64 high = 0;
    qsizetype i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
        quint64 word;
        std::memcpy(&word, bytes.data() + i, 8);
        high |= word;
    }
    for (; i < bytes.size(); ++i)
        high |= uchar(bytes[i]);
    return (high & 0x8080808080808080ULL) == 0;
}

} // namespace

QString StringInterner::intern(const QString &text)
{
    // Keyed by the UTF-8 hash so that internUtf8() finds the same entries. (A lone
    // surrogate has no UTF-8; its replacement only shares a hash, never equality.)
    const size_t hash = qHash(QByteArrayView(text.toUtf8()), QHashSeed::globalSeed());
    for (auto it = m_strings.constFind(hash); it != m_strings.cend() && it.key() == hash; ++it) {
        if (*it == text)
            return *it;
    }
    m_strings.insert(hash, text);
    return text;
}

QString StringInterner::internUtf8(QByteArrayView utf8)
{
    const size_t hash = qHash(utf8, QHashSeed::globalSeed());
    const bool ascii = isAscii(utf8);
    for (auto it = m_strings.constFind(hash); it != m_strings.cend() && it.key() == hash; ++it) {
        if (ascii ? QLatin1StringView(utf8) == *it
                  : QAnyStringView::equal(QUtf8StringView(utf8), *it))
            return *it;
    }
    QString text = ascii ? QString::fromLatin1(utf8) : QString::fromUtf8(utf8);
    if (text.capacity() > text.size())
        text.squeeze(); // fromUtf8() reserves a unit per byte; this copy is kept long
    m_strings.insert(hash, text);
    return text;
}
